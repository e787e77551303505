"""Rows fetched by id, a page at a time: what the lazy views paint (used by the repositories)."""

from __future__ import annotations

# SQLite limits bound parameters; 500 per query is far below it.
_CHUNK = 500


def rows_by_id(conn, table: str, columns: str, ids: list[int], key: str = "id") -> dict[int, dict]:
    """The rows of `table` with these ids, as dicts keyed by id."""
    rows: dict[int, dict] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cursor = conn.execute(
            f"SELECT {columns} FROM {table} WHERE {key} IN ({','.join('?' * len(chunk))})", chunk
        )
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():  # one call, not one per row: a page is painted while it waits
            row = dict(zip(names, values))
            rows[row[key]] = row
    return rows
