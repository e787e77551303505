"""Quarantined files in the store: one row per refused file, its reason, and where it went.

A row's `path` stays '' until the file sits in quarantine/ beside its reason file; the importer
finishes such rows after a crash.
"""

from __future__ import annotations

from typing import Any

from console.storage.rows import rows_by_id
from console.storage.store import Store


def add(db, counterpart: str, file_name: str, reason_code: str, reason: str, sha256: str | None, stamp: str) -> int:
    """Record a refused file, not yet moved (path ''). Call inside the importer's transaction."""
    return db["quarantine"].insert(
        {"counterpart": counterpart, "file_name": file_name, "path": "", "reason_code": reason_code,
         "reason": reason, "sha256": sha256, "quarantined_at": stamp}
    ).last_pk


def unmoved_row(db, counterpart: str, file_name: str, sha256: str | None) -> tuple[int, str] | None:
    """(id, quarantined_at) of this file's row that a crash left unmoved, or None."""
    return db.execute(
        "SELECT id, quarantined_at FROM quarantine WHERE file_name = ? "
        "AND coalesce(sha256, '') = coalesce(?, '') AND counterpart = ? AND path = ''",
        [file_name, sha256, counterpart],
    ).fetchone()


def unmoved(store: Store, counterpart: str) -> list[tuple]:
    """(id, file_name, reason_code, reason, sha256, quarantined_at) of each of its rows not yet moved."""
    return store.conn.execute(
        "SELECT id, file_name, reason_code, reason, sha256, quarantined_at FROM quarantine "
        "WHERE counterpart = ? AND path = ''",
        [counterpart],
    ).fetchall()


def set_path(db, row_id: int, path: str) -> None:
    db.execute("UPDATE quarantine SET path = ? WHERE id = ?", [path, row_id])


def path_is_claimed(store: Store, path: str) -> bool:
    """Whether a quarantine row already names this file."""
    return store.conn.execute("SELECT 1 FROM quarantine WHERE path = ?", [path]).fetchone() is not None


def ids_newest_first(conn) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM quarantine ORDER BY quarantined_at DESC, id DESC")]


def count(conn, counterpart: str | None = None) -> int:
    if counterpart is None:
        return conn.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    return conn.execute("SELECT count(*) FROM quarantine WHERE counterpart = ?", [counterpart]).fetchone()[0]


def rows_between(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """file_name, reason_code, reason of the files quarantined in [start, end), in the order they were refused."""
    return list(store.query(
        "SELECT file_name, reason_code, reason FROM quarantine WHERE quarantined_at >= ? AND quarantined_at < ? "
        "ORDER BY id", [start, end]))


COLUMNS = "id, counterpart, file_name, path, reason_code, reason, sha256, quarantined_at"


def rows(conn, ids: list[int]) -> dict[int, dict]:
    return rows_by_id(conn, "quarantine", COLUMNS, ids)


def since_rows(store: Store, since: str, until: str) -> list[dict[str, Any]]:
    """counterpart, file_name, reason_code, reason, quarantined_at of the files quarantined in [since, until],
    newest first."""
    return list(store.query(
        "SELECT counterpart, file_name, reason_code, reason, quarantined_at FROM quarantine "
        "WHERE quarantined_at >= ? AND quarantined_at <= ? ORDER BY quarantined_at DESC, id DESC",
        [since, until],
    ))

