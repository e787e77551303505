"""The columns the notice lists filter and sort on, read in bulk for the in-memory listing.

console/service/listing.py keeps them in packed arrays so that narrowing a filter or
re-sorting 100,000 notices needs no round trip through SQLite; this module is the only
place that knows how they are read.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from console.storage import connection
from console.storage.notices import LISTING_COLUMNS, WAITING_SQL, NoticeFilter, _fts_query, filter_sql
from console.storage.rows import _CHUNK, rows_by_id

# The officer's order of work, the inbox's default: notices still waiting for their acknowledgement
# first, a FLASH before any other, then by deadline, soonest first (so every overdue one, whose
# deadline has passed, above every one still running), then the rest by DTG, newest first.
# Which notices are overdue changes with the clock; this order does not: a passed deadline is
# earlier than any deadline still ahead.
WORK_ORDER = "order_of_work"
_WAITING_FLASH_SQL = f"({WAITING_SQL} AND precedence = 'FLASH')"
WORK_ORDER_SQL = (f"(NOT {WAITING_SQL}), (NOT {_WAITING_FLASH_SQL}), (CASE WHEN {WAITING_SQL} THEN ack_due_at END), "
                  "dtg DESC, id DESC")

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


# Where each listed notice stands in its chain, read with its row (a subquery per column on the
# notice_references_target index, not a query per row): the first cancellation of the notice, or of
# the notification an amendment amends (an amendment falls with it), and its latest amendment, each
# "sequence|dtg". service/chains.py's chain_state works the same out for one notice; the two agree
# (tests/service/test_listing.py).
_CANCELLED_BY_SQL = (
    "(SELECT coalesce(answer.sequence, '') || '|' || coalesce(answer.dtg, '') "
    "FROM notice_references ref CROSS JOIN notices answer ON answer.id = ref.notice_id "
    "WHERE +answer.kind = 'cancellation' AND ref.message_id IN ("
    "SELECT notices.message_id UNION ALL SELECT own.message_id FROM notice_references own "
    "WHERE notices.kind = 'amendment' AND own.notice_id = notices.id) "
    "ORDER BY answer.dtg, answer.id LIMIT 1) AS cancelled_by"
)
_AMENDED_BY_SQL = (
    "(SELECT coalesce(answer.sequence, '') || '|' || coalesce(answer.dtg, '') "
    "FROM notice_references ref CROSS JOIN notices answer ON answer.id = ref.notice_id "
    "WHERE answer.kind = 'amendment' AND ref.message_id = notices.message_id "
    "ORDER BY answer.dtg DESC, answer.id DESC LIMIT 1) AS amended_by"
)


_OPENED_SQL = "EXISTS (SELECT 1 FROM notices_opened WHERE notices_opened.notice_id = notices.id) AS opened"


def listing_rows(conn, ids: list[int]) -> dict[int, dict]:
    """The rows the lists paint, by id, each with `cancelled_by` and `amended_by`: "sequence|dtg" of
    the answer that cancelled it (its first cancellation) or last amended it, or None; and `opened`
    (1 once an officer has read it in the reading pane)."""
    return rows_by_id(conn, "notices", f"{LISTING_COLUMNS}, {_CANCELLED_BY_SQL}, {_AMENDED_BY_SQL}, {_OPENED_SQL}",
                      ids)


def mark_opened(conn, notice_id: int, at: str) -> bool:
    """Record that the notice was opened (the first time counts); True if it had not been."""
    cursor = conn.execute("INSERT OR IGNORE INTO notices_opened (notice_id, opened_at) VALUES (?, ?)",
                          [notice_id, at])
    return cursor.rowcount > 0


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
    except connection.OperationalError as exc:
        if within is not None and "interrupted" in str(exc):
            return None
        raise
    finally:
        if within is not None:
            conn.set_progress_handler(None, 0)
    return list(map(int, joined.split(","))) if joined else []


def work_order_ids(conn, flt: NoticeFilter, limit: int | None = None) -> list[int]:
    """The ids matching the filter in the order of work (WORK_ORDER); with `limit`, its first rows.

    The first rows are three indexed reads, the waiting FLASH notices and then the other waiting
    ones by the deadline index, the rest by the DTG index, instead of working the order out for
    every row (a few milliseconds at 100,000 notices, against 0.16 s)."""
    where, params = filter_sql(flt)
    if limit is None:
        return [row[0] for row in conn.execute(f"SELECT id FROM notices WHERE {where} ORDER BY {WORK_ORDER_SQL}",
                                               params)]
    found: list[int] = []
    for flash in ("precedence = 'FLASH'", "precedence IS NOT 'FLASH'"):
        # The planner would rather scan the listing index for the ORDER BY; the deadline index holds
        # exactly the waiting rows' range.
        found += [row[0] for row in conn.execute(
            f"SELECT id FROM notices INDEXED BY notices_ack_due WHERE {where} AND {WAITING_SQL} AND {flash} "
            "ORDER BY ack_due_at, dtg DESC, id DESC LIMIT ?", [*params, limit - len(found)])]
        if len(found) == limit:
            return found
    return found + [row[0] for row in conn.execute(
        f"SELECT id FROM notices WHERE {where} AND NOT {WAITING_SQL} ORDER BY dtg DESC, id DESC LIMIT ?",
        [*params, limit - len(found)])]
