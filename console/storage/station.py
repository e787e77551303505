"""The own station's tables, the only module that knows them: `station` (its one row: id, name,
settings) and `station_keys` (its key generations; the newest is current). store.py calls it to
write the row when a store is made and to read which station a backup belongs to."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # store.py imports this module, so Store is known to type checkers only
    from console.storage.store import Store


def add_station(db, station_id: str, name: str, created_at: str) -> None:
    db.execute("INSERT INTO station (id, station_id, name, created_at) VALUES (1, ?, ?, ?)",
               [station_id, name, created_at])


def recorded_station_id(conn) -> str | None:
    """The station id a store file holds; None when it has no station row."""
    row = conn.execute("SELECT station_id FROM station WHERE id = 1").fetchone()
    return row[0] if row else None


def station_name(conn) -> str:
    return conn.execute("SELECT name FROM station WHERE id = 1").fetchone()[0]


def stored_settings(conn) -> dict[str, Any]:
    """The settings saved so far (the defaults of settings never changed are not stored)."""
    return json.loads(conn.execute("SELECT settings_json FROM station WHERE id = 1").fetchone()[0])


def save_settings(db, settings: dict) -> None:
    db.execute("UPDATE station SET settings_json = ? WHERE id = 1", [json.dumps(settings)])


def add_key_generation(db, generation: int, private_json: str, created_at: str) -> None:
    db["station_keys"].insert({"generation": generation, "private_json": private_json, "created_at": created_at})


def retire_current_keys(db, retired_at: str) -> None:
    db.execute("UPDATE station_keys SET retired_at = ? WHERE retired_at IS NULL", [retired_at])


def private_key_jsons(conn) -> list[str]:
    """Every generation's private keys, oldest first."""
    return [row[0] for row in conn.execute("SELECT private_json FROM station_keys ORDER BY generation")]


def key_generations_newest_first(store: Store) -> list[dict[str, Any]]:
    """generation, created_at, retired_at (None for the current one) of each key generation."""
    return list(store.query("SELECT generation, created_at, retired_at FROM station_keys ORDER BY generation DESC"))
