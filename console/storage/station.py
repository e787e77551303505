"""The own station in the store: its settings row and its key generations (newest is current)."""

from __future__ import annotations

import json
from typing import Any

from console.storage.store import Store


def save_settings(db, settings: dict) -> None:
    db.execute("UPDATE station SET settings_json = ? WHERE id = 1", [json.dumps(settings)])


def add_key_generation(db, generation: int, private_json: str, created_at: str) -> None:
    db["station_keys"].insert({"generation": generation, "private_json": private_json, "created_at": created_at})


def retire_current_keys(db, retired_at: str) -> None:
    db.execute("UPDATE station_keys SET retired_at = ? WHERE retired_at IS NULL", [retired_at])


def private_key_jsons(store: Store) -> list[str]:
    """Every generation's private keys, oldest first."""
    return [row[0] for row in store.conn.execute("SELECT private_json FROM station_keys ORDER BY generation")]


def key_generations_newest_first(store: Store) -> list[dict[str, Any]]:
    """generation, created_at, retired_at (None for the current one) of each key generation."""
    return list(store.db.query("SELECT generation, created_at, retired_at FROM station_keys ORDER BY generation DESC"))
