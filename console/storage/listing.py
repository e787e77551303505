"""The columns the notice lists filter and sort on, read in bulk for the in-memory listing.

console/service/listing.py keeps them in packed arrays so that narrowing a filter or
re-sorting 100,000 notices needs no round trip through SQLite; this module is the only
place that knows how they are read.
"""

from __future__ import annotations

from console.storage.notices import WAITING_SQL, _fts_query
from console.storage.rows import _CHUNK

# The order of the values in each row of index_rows and changed_rows.
INDEX_COLUMNS = ("id", "status", "kind", "counterpart", "precedence", "dtg", "window_start", "ack_due_at",
                 "sequence", "state")
_SELECT = f"SELECT {', '.join(INDEX_COLUMNS)} FROM notices"


def index_rows(conn, direction: str) -> list[tuple]:
    """Every notice of one direction, oldest id first."""
    return conn.execute(f"{_SELECT} WHERE direction = ? ORDER BY id", [direction]).fetchall()


def changed_rows(conn, direction: str, ids: list[int]) -> list[tuple]:
    """The named notices of one direction (ids of the other direction are left out)."""
    rows: list[tuple] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        # Unary + keeps SQLite on the rowid lookups rather than scanning the direction's index.
        rows += conn.execute(
            f"{_SELECT} WHERE +direction = ? AND id IN ({','.join('?' * len(chunk))})", [direction, *chunk]
        ).fetchall()
    return rows


def waiting_ids(conn, direction: str) -> list[int]:
    """The notices of one direction still waiting for their acknowledgement."""
    return [row[0] for row in conn.execute(f"SELECT id FROM notices WHERE direction = ? AND {WAITING_SQL}",
                                           [direction])]


def text_match_ids(conn, text: str) -> list[int]:
    """The notices (of both directions: an index keeps its own) whose text matches the officer's words,
    each a prefix, by the full-text index alone: joining the direction's index costs four times as much."""
    query = _fts_query(text)
    if not query:
        return []
    return [row[0] for row in conn.execute("SELECT rowid FROM notices_fts WHERE notices_fts MATCH ?", [query])]
