"""The columns the notice lists filter and sort on, read in bulk for the in-memory listing.

console/service/listing.py keeps them in packed arrays so that narrowing a filter or
re-sorting 100,000 notices needs no round trip through SQLite; this module is the only
place that knows how they are read.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator

from console.storage.notices import WAITING_SQL, _fts_query
from console.storage.rows import _CHUNK

# A stored time is always written "YYYY-MM-DDTHH:MM:SSZ" (domain.times.format_rfc3339): its order
# as text, which the SQL listing sorts by, is then its order in seconds since 1970.
_CANONICAL_TIME = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z"


def _seconds(column: str) -> str:
    return f"COALESCE(CAST(strftime('%s', {column}) AS INTEGER), 0) AS {column}"


# Each row: the notice's id, its filter and sort columns, its times as seconds (0 where there is
# none) with a flag for each missing one, and whether every time it has is in the canonical form.
INDEX_COLUMNS = ("id", "status", "kind", "counterpart", "precedence", "sequence", "state",
                 "dtg", "window_start", "ack_due_at", "window_start_null", "ack_due_at_null", "canonical_times")
_SELECT = (
    "SELECT id, status, kind, counterpart, precedence, sequence, state, "
    f"{_seconds('dtg')}, {_seconds('window_start')}, {_seconds('ack_due_at')}, "
    "window_start IS NULL, ack_due_at IS NULL, "
    f"(dtg GLOB '{_CANONICAL_TIME}' AND (window_start IS NULL OR window_start GLOB '{_CANONICAL_TIME}') "
    f"AND (ack_due_at IS NULL OR ack_due_at GLOB '{_CANONICAL_TIME}')) "
    "FROM notices"
)


def index_rows(conn, direction: str, chunk: int = 10_000) -> Iterator[list[tuple]]:
    """Every notice of one direction, oldest id first, `chunk` rows at a time: 100,000 rows as
    Python tuples at once would add some 50 MiB to the console's peak memory for a moment. SQLite
    turns the times into seconds, with the interpreter free for the window meanwhile."""
    cursor = conn.execute(f"{_SELECT} WHERE direction = ? ORDER BY id", [direction])
    while rows := cursor.fetchmany(chunk):
        yield rows


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


def data_version(conn) -> int:
    """A number that changes whenever another connection (a worker, the watcher, a command-line
    import in another process) has committed to the store since this connection last asked."""
    return conn.execute("PRAGMA data_version").fetchone()[0]


def ids_after(conn, direction: str, last_id: int) -> list[int]:
    """The notices of one direction stored after `last_id` (a rowid range: cheap at any size)."""
    return [row[0] for row in conn.execute(
        "SELECT id FROM notices WHERE id > ? AND +direction = ?", [last_id, direction])]


def waiting_ids(conn, direction: str) -> list[int]:
    """The notices of one direction still waiting for their acknowledgement."""
    return [row[0] for row in conn.execute(f"SELECT id FROM notices WHERE direction = ? AND {WAITING_SQL}",
                                           [direction])]


def text_match_ids(conn, text: str, within: float | None = None) -> list[int] | None:
    """The notices (of both directions: an index keeps its own) whose text matches the officer's words,
    each a prefix, by the full-text index alone: joining the direction's index costs four times as much.

    With `within` (seconds), SQLite is stopped once that time has passed and the answer is None: a
    caller that must not wait (the GUI thread) asks the reader instead."""
    query = _fts_query(text)
    if not query:
        return []
    if within is not None:
        deadline = time.perf_counter() + within
        conn.set_progress_handler(lambda: time.perf_counter() > deadline, 1000)
    try:
        # One row holding every match, not a row per match: each row fetched gives up the interpreter
        # lock and waits to take it back, which behind a busy GUI thread made 5,000 matches take 24 ms
        # instead of 6.
        (joined,) = conn.execute(
            "SELECT group_concat(rowid) FROM notices_fts WHERE notices_fts MATCH ?", [query]).fetchone()
    except sqlite3.OperationalError as exc:
        if within is not None and "interrupted" in str(exc):
            return None
        raise
    finally:
        if within is not None:
            conn.set_progress_handler(None, 0)
    return list(map(int, joined.split(","))) if joined else []
