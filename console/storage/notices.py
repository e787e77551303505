"""Notices in the store: both directions, their references, search text, sequences and gaps."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from console.domain.notices import Notice, notice_text, summary_line
from console.storage.rows import rows_by_id
from console.storage.store import Store, utc_stamp


@dataclass(frozen=True)
class StoredNotice:
    """One row of `notices` with the notice itself parsed."""

    row: dict[str, Any]
    notice: Notice

    @property
    def id(self) -> int:
        return self.row["id"]

    def __getitem__(self, key: str) -> Any:
        return self.row[key]


def allocate_sequence(db, sender: str, recipient: str) -> int:
    """The next number on the sender->recipient channel. Call inside the transaction that stores the notice."""
    row = db.execute(
        "SELECT last_sequence FROM channel_sequences WHERE sender = ? AND recipient = ?", [sender, recipient]
    ).fetchone()
    next_number = 1 if row is None else row[0] + 1
    db.execute(
        "INSERT INTO channel_sequences (sender, recipient, last_sequence) VALUES (?, ?, ?) "
        "ON CONFLICT (sender, recipient) DO UPDATE SET last_sequence = excluded.last_sequence",
        [sender, recipient, next_number],
    )
    return next_number


def _launch_window(notice: Notice) -> tuple[str | None, str | None]:
    content = notice.launch_content
    if not content:
        return None, None
    return content.get("window_start"), content.get("window_end")


def insert_notice(
    db,
    notice: Notice,
    *,
    direction: str,
    counterpart: str,
    state: str,
    sealed: bytes,
    sealed_sha256: str,
    sealed_file: str,
    signing_key: str | None = None,
    received_at: str | None = None,
    released_at: str | None = None,
    approved_by: str | None = None,
    override_reason: str | None = None,
    ack_due_at: str | None = None,
) -> int:
    window_start, window_end = _launch_window(notice)
    summary = summary_line(notice)
    wire = notice.to_dict(copy_body=False)  # serialised below and dropped
    row = {
        "message_id": notice.message_id,
        "direction": direction,
        "counterpart": counterpart,
        "kind": wire["kind"],
        "sequence": notice.sequence,
        "sender": notice.sender,
        "recipient": notice.recipient,
        "dtg": wire["dtg"],
        "precedence": wire["precedence"],
        "status": wire["status"],
        "agreement": notice.agreement,
        "window_start": window_start,
        "window_end": window_end,
        "summary": summary,
        "notice_json": json.dumps(wire, ensure_ascii=False),
        "state": state,
        "sealed_sha256": sealed_sha256,
        "sealed_file": sealed_file,
        "sealed_blob": sealed,
        "signing_key": signing_key,
        "received_at": received_at,
        "released_at": released_at,
        "drafted_by": notice.drafted_by,
        "released_by": notice.released_by,
        "approved_by": approved_by,
        "override_reason": override_reason,
        "ack_due_at": ack_due_at,
    }
    # Plain SQL: this runs once per imported file, and sqlite-utils' insert()
    # re-reads the table's columns on every call.
    cursor = db.execute(
        f"INSERT INTO notices ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    notice_id = cursor.lastrowid
    for reference in notice.references:
        db.execute(
            "INSERT OR IGNORE INTO notice_references (notice_id, message_id, sha256) VALUES (?, ?, ?)",
            [notice_id, reference.message_id, reference.sha256],
        )
    db.execute("INSERT INTO notices_fts (rowid, text) VALUES (?, ?)", [notice_id, notice_text(notice, summary=summary)])
    return notice_id


def by_message_id(store: Store, message_id: str) -> StoredNotice | None:
    rows = list(store.query("SELECT * FROM notices WHERE message_id = ?", [message_id]))
    return _stored(rows[0]) if rows else None


def by_id(store: Store, notice_id: int) -> StoredNotice | None:
    rows = list(store.query("SELECT * FROM notices WHERE id = ?", [notice_id]))
    return _stored(rows[0]) if rows else None


def _stored(row: dict[str, Any]) -> StoredNotice:
    return StoredNotice(row, Notice.from_dict(json.loads(row["notice_json"])))


def channel_message_id(db, sender: str, recipient: str, sequence: int) -> str | None:
    row = db.execute(
        "SELECT message_id FROM notices WHERE sender = ? AND recipient = ? AND sequence = ?", [sender, recipient, sequence]
    ).fetchone()
    return None if row is None else row[0]


MAX_GAP_ROWS = 1000


def update_gaps(db, counterpart: str, sender: str, recipient: str, sequence: int, now: datetime) -> list[int]:
    """Record numbers below `sequence` not yet received as gaps; fill `sequence` if it was one.

    Returns the numbers newly found missing.
    """
    stamp = utc_stamp(now)
    db.execute(
        "UPDATE sequence_gaps SET filled_at = ? WHERE counterpart = ? AND sequence = ? AND filled_at IS NULL",
        [stamp, counterpart, sequence],
    )
    row = db.execute(
        "SELECT max(sequence) FROM notices WHERE sender = ? AND recipient = ? AND sequence < ?",
        [sender, recipient, sequence],
    ).fetchone()
    highest_before = row[0] or 0
    missing = []
    # A jump of millions means broken numbering, not millions of lost notices;
    # record the last MAX_GAP_ROWS numbers below it.
    for number in range(max(highest_before + 1, sequence - MAX_GAP_ROWS), sequence):
        known = db.execute(
            "SELECT 1 FROM notices WHERE sender = ? AND recipient = ? AND sequence = ?", [sender, recipient, number]
        ).fetchone()
        if known is None:
            inserted = db.execute(
                "INSERT OR IGNORE INTO sequence_gaps (counterpart, sequence, recorded_at) VALUES (?, ?, ?)",
                [counterpart, number, stamp],
            )
            if inserted.rowcount:
                missing.append(number)
    return missing


def open_gaps(store: Store, counterpart: str | None = None) -> dict[str, list[int]]:
    sql = "SELECT counterpart, sequence FROM sequence_gaps WHERE filled_at IS NULL"
    params: list[Any] = []
    if counterpart:
        sql += " AND counterpart = ?"
        params.append(counterpart)
    gaps: dict[str, list[int]] = {}
    for row in store.query(sql + " ORDER BY counterpart, sequence", params):
        gaps.setdefault(row["counterpart"], []).append(row["sequence"])
    return gaps


def channel_entry(db, message_id: str) -> tuple[str, str, int] | None:
    """(direction, sender, sequence) of the notice on record under this message id, or None."""
    return db.execute(
        "SELECT direction, sender, sequence FROM notices WHERE message_id = ?", [message_id]
    ).fetchone()


def sent_for_acknowledgement(db, message_id: str) -> tuple[int, str, str | None] | None:
    """(id, sealed_sha256, acknowledged_at) of the notice we sent under this message id, or None."""
    return db.execute(
        "SELECT id, sealed_sha256, acknowledged_at FROM notices WHERE message_id = ? AND direction = 'out'",
        [message_id],
    ).fetchone()


def set_problem(db, notice_id: int, problem: str) -> None:
    db.execute("UPDATE notices SET problem = ? WHERE id = ?", [problem, notice_id])


def mark_acknowledged(db, notice_id: int, at: str, by: str, ack_message_id: str | None) -> None:
    """Record the acknowledgement, unless one is on record already."""
    db.execute(
        "UPDATE notices SET acknowledged_at = ?, acknowledged_by = ?, ack_message_id = ?, state = 'acknowledged' "
        "WHERE id = ? AND acknowledged_at IS NULL",
        [at, by, ack_message_id, notice_id],
    )


def mark_exported(db, notice_id: int) -> None:
    db.execute("UPDATE notices SET state = 'exported' WHERE id = ? AND state = 'released'", [notice_id])


def released_not_exported(store: Store) -> list[int]:
    """Ids of our released notices whose file was not written yet."""
    return [row[0] for row in store.conn.execute("SELECT id FROM notices WHERE direction = 'out' AND state = 'released'")]


def received_ids_and_digests(conn) -> tuple[set[str], set[str]]:
    """The message ids and the sealed-file digests of every notice received."""
    held_ids = {row[0] for row in conn.execute("SELECT message_id FROM notices WHERE direction = 'in'")}
    held_digests = {row[0] for row in conn.execute("SELECT sealed_sha256 FROM notices WHERE direction = 'in'")}
    return held_ids, held_digests


def latest_sent_launches(store: Store, limit: int) -> list[dict[str, Any]]:
    """message_id, sealed_sha256, notice_json of our newest launch notifications and amendments."""
    return list(store.query(
        "SELECT message_id, sealed_sha256, notice_json FROM notices WHERE direction = 'out' "
        "AND kind IN ('launch_notification', 'amendment') ORDER BY id DESC LIMIT ?", [limit]
    ))


def received_unacknowledged(store: Store) -> list[int]:
    """Ids of received notices (acknowledgements aside) not acknowledged yet."""
    return [row[0] for row in store.conn.execute(
        "SELECT id FROM notices WHERE direction = 'in' AND acknowledged_at IS NULL AND kind != 'acknowledgement'"
    )]


def cancelling_sequence(store: Store, message_id: str) -> int | None:
    """The outgoing sequence number of the cancellation that already cancelled this message, if any."""
    row = store.conn.execute(
        "SELECT n.sequence FROM notice_references r JOIN notices n ON n.id = r.notice_id "
        "WHERE r.message_id = ? AND n.direction = 'out' AND n.kind = 'cancellation' ORDER BY n.sequence LIMIT 1",
        [message_id],
    ).fetchone()
    return None if row is None else row[0]


# ---- generated history (service/bulk.py) ----------------------------------------------------

BULK_COLUMNS = (
    "id, message_id, direction, counterpart, kind, sequence, sender, recipient, dtg, precedence, status, "
    "agreement, window_start, window_end, summary, notice_json, state, sealed_sha256, sealed_file, signing_key, "
    "received_at, released_at, drafted_by, released_by, ack_due_at, acknowledged_at, acknowledged_by"
)


def next_free_id(db) -> int:
    return db.execute("SELECT coalesce(max(id), 0) + 1 FROM notices").fetchone()[0]


def highest_sequences(db) -> dict[tuple[str, str], int]:
    """The highest sequence number on record per (sender, recipient) channel."""
    return {
        (sender, recipient): highest for sender, recipient, highest in db.execute(
            "SELECT sender, recipient, max(sequence) FROM notices GROUP BY sender, recipient").fetchall()
    }


def insert_many(db, notice_rows: list[tuple], text_rows: list[tuple], reference_rows: list[tuple],
                cache_kib: int) -> None:
    """Insert generated rows (BULK_COLUMNS order), their search text and references, with a larger page cache."""
    previous_cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {cache_kib}")
    try:
        db.conn.executemany(
            f"INSERT INTO notices ({BULK_COLUMNS}) VALUES (" + ", ".join("?" * len(BULK_COLUMNS.split(","))) + ")",
            notice_rows,
        )
        db.conn.executemany("INSERT INTO notices_fts (rowid, text) VALUES (?, ?)", text_rows)
        db.conn.executemany(
            "INSERT OR IGNORE INTO notice_references (notice_id, message_id, sha256) VALUES (?, ?, ?)",
            reference_rows,
        )
    finally:
        db.execute(f"PRAGMA cache_size = {previous_cache}")


def raise_sequence(db, sender: str, recipient: str, highest: int) -> None:
    """Make the channel's next number follow `highest`, never lowering it."""
    db.execute(
        "INSERT INTO channel_sequences (sender, recipient, last_sequence) VALUES (?, ?, ?) "
        "ON CONFLICT (sender, recipient) DO UPDATE SET "
        "last_sequence = max(last_sequence, excluded.last_sequence)",
        [sender, recipient, highest],
    )


# ---- acknowledgement deadlines (service/deadlines.py gives them meaning) -------------------

# Notices answered by an error notice about them, sent the other way: the desk (or the
# counterpart) replied with a problem report instead of an acknowledgement. Uncorrelated, so
# SQLite evaluates it once per query however many rows it filters.
ANSWERED_BY_PROBLEM_REPORT_SQL = (
    "SELECT t.id FROM notices e JOIN notice_references r ON r.notice_id = e.id "
    "JOIN notices t ON t.message_id = r.message_id WHERE e.kind = 'error' AND e.direction != t.direction"
)
PROBLEM_REPORTED_SQL = f"(id IN ({ANSWERED_BY_PROBLEM_REPORT_SQL}))"
# Still waiting for its acknowledgement (the desk's, or the counterpart's).
WAITING_SQL = f"(ack_due_at IS NOT NULL AND acknowledged_at IS NULL AND id NOT IN ({ANSWERED_BY_PROBLEM_REPORT_SQL}))"


def overdue_rows(conn, direction: str, now_text: str) -> list[tuple]:
    """(id, direction, counterpart, kind, precedence, sequence, summary, ack_due_at) of each notice of one
    direction past its deadline and still waiting, the longest overdue first and, among those due at
    the same time, newest first as in the order of work (listing.WORK_ORDER_SQL). A range search of
    the notices_ack_due index."""
    return conn.execute(
        "SELECT id, direction, counterpart, kind, precedence, sequence, summary, ack_due_at FROM notices "
        f"WHERE direction = ? AND acknowledged_at IS NULL AND ack_due_at <= ? AND {WAITING_SQL} "
        "ORDER BY ack_due_at, dtg DESC, id DESC",
        [direction, now_text],
    ).fetchall()


def waiting_count(conn, direction: str) -> int:
    return conn.execute(f"SELECT count(*) FROM notices WHERE direction = ? AND {WAITING_SQL}", [direction]).fetchone()[0]


def first_deadline_after(conn, direction: str, now_text: str) -> str | None:
    return conn.execute(
        f"SELECT min(ack_due_at) FROM notices WHERE direction = ? AND acknowledged_at IS NULL "
        f"AND ack_due_at > ? AND {WAITING_SQL}",
        [direction, now_text],
    ).fetchone()[0]


# ---- open items at a handover (service/handover.py) -----------------------------------------

_OPEN_FIELDS = (
    "id, message_id, direction, counterpart, kind, sequence, precedence, status, summary, dtg, "
    "ack_due_at, window_start, window_end"
)
# A launch whose notice was later cancelled or replaced by an amendment is not pending any more.
_NOT_SUPERSEDED = """
    NOT EXISTS (
        SELECT 1 FROM notices later
        WHERE later.kind IN ('cancellation', 'amendment')
          AND later.direction = notices.direction
          AND later.counterpart = notices.counterpart
          AND coalesce(json_extract(later.notice_json, '$.body.cancelled_message_id'),
                       json_extract(later.notice_json, '$.body.amended_message_id')) = notices.message_id
    )
"""


def _open_rows(store: Store, where: str, params: list, order: str) -> list[dict[str, Any]]:
    return list(store.query(f"SELECT {_OPEN_FIELDS} FROM notices WHERE {where} ORDER BY {order}", params))


def unacknowledged_received_rows(store: Store) -> list[dict[str, Any]]:
    """Received notices the desk has not acknowledged, those with the soonest deadline first."""
    return _open_rows(store, "direction = 'in' AND acknowledged_at IS NULL AND kind != 'acknowledgement'", [],
                      "ack_due_at IS NULL, ack_due_at, dtg")


def awaiting_their_acknowledgement_rows(store: Store) -> list[dict[str, Any]]:
    return _open_rows(store, "direction = 'out' AND acknowledged_at IS NULL AND ack_due_at IS NOT NULL", [],
                      "ack_due_at, dtg")


def launch_window_rows(store: Store, now_text: str, until_text: str) -> list[dict[str, Any]]:
    """Launches still pending whose window is open at now or opens before until."""
    return _open_rows(store, f"window_start IS NOT NULL AND window_start < ? AND window_end > ? AND {_NOT_SUPERSEDED}",
                      [until_text, now_text], "window_start, id")


# ---- the inbox and outbox listings (service/queries.py is the views' read model) ------------

LISTING_COLUMNS = (
    "id, message_id, direction, counterpart, kind, sequence, dtg, precedence, status, "
    "window_start, window_end, summary, state, ack_due_at, acknowledged_at, acknowledged_by, received_at, "
    f"released_at, problem, {PROBLEM_REPORTED_SQL} AS problem_reported"
)

ORDERS = {
    "dtg_desc": "dtg DESC, id DESC",
    "dtg_asc": "dtg ASC, id ASC",
    # Open items first, the most urgent deadline at the top.
    "unacknowledged_first": f"(NOT {WAITING_SQL}), (CASE WHEN {WAITING_SQL} THEN ack_due_at END), dtg DESC, id DESC",
    "sequence_desc": "counterpart, sequence DESC",
}

PRECEDENCE_RANK_SQL = "(CASE precedence WHEN 'FLASH' THEN 0 WHEN 'IMMEDIATE' THEN 1 WHEN 'PRIORITY' THEN 2 ELSE 3 END)"

# What a click on a column header sorts by. Ascending precedence is the most urgent first.
SORT_KEYS = {
    "status": "status",
    "precedence": PRECEDENCE_RANK_SQL,
    "kind": "kind",
    "counterpart": "counterpart",
    "dtg": "dtg",
    "window": "window_start",
    "deadline": "ack_due_at",
    "sequence": "sequence",
    "delivery": "state",
}


@dataclass(frozen=True)
class NoticeOrder:
    """A header sort (`column` a key of SORT_KEYS, or None for the default), optionally open items first."""

    column: str | None = None
    descending: bool = False
    open_first: bool = False

    def sql(self) -> str:
        parts = [f"(NOT {WAITING_SQL})"] if self.open_first else []
        if self.column is None:
            if self.open_first:
                parts.append(f"(CASE WHEN {WAITING_SQL} THEN ack_due_at END)")
            parts.append("dtg DESC, id DESC")
            return ", ".join(parts)
        key = SORT_KEYS[self.column]
        direction = "DESC" if self.descending else "ASC"
        # Rows without a value (no launch window, no deadline) go last either way.
        parts.append(f"({key}) IS NULL, {key} {direction}, id {direction}")
        return ", ".join(parts)


@dataclass(frozen=True)
class NoticeFilter:
    direction: str = "in"
    status: str | None = None
    kind: str | None = None
    counterpart: str | None = None
    precedence: str | None = None
    since: str | None = None  # RFC 3339 Z, inclusive
    until: str | None = None  # RFC 3339 Z, exclusive
    text: str | None = None
    unacknowledged_only: bool = False  # still waiting for an acknowledgement
    # False: the counterpart's acknowledgements are not rows of their own (each is shown on the
    # notice it acknowledges); a kind filter asking for them lists them all the same.
    acknowledgements: bool = True

    def with_(self, **changes: Any) -> "NoticeFilter":
        return replace(self, **changes)

    @property
    def hidden_kind(self) -> str | None:
        """The kind this filter leaves out ("acknowledgement"), or None."""
        return None if self.acknowledgements or self.kind else "acknowledgement"


def _fts_query(text: str) -> str:
    # Each word as a quoted prefix term: officers type words, not FTS syntax.
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words)


def filter_sql(flt: NoticeFilter) -> tuple[str, list[Any]]:
    """The WHERE clause of a listing filter and its parameters (listing_ids, storage/listing.py)."""
    where = ["direction = ?"]
    params: list[Any] = [flt.direction]
    for column in ("status", "kind", "counterpart", "precedence"):
        value = getattr(flt, column)
        if value:
            # Unary + keeps SQLite on the covering notices_listing index instead of a narrower
            # index on this column that would then read every matching (wide) row.
            where.append(f"+{column} = ?")
            params.append(value)
    if flt.since:
        where.append("dtg >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("dtg < ?")
        params.append(flt.until)
    if flt.unacknowledged_only:
        where.append(WAITING_SQL)
    if flt.hidden_kind:
        where.append("+kind != ?")
        params.append(flt.hidden_kind)
    if flt.text and _fts_query(flt.text):
        where.append("id IN (SELECT rowid FROM notices_fts WHERE notices_fts MATCH ?)")
        params.append(_fts_query(flt.text))
    return " AND ".join(where), params


def listing_ids(conn, flt: NoticeFilter, order: str | NoticeOrder = "dtg_desc", limit: int | None = None) -> list[int]:
    """The ids matching the filter, sorted (an ORDERS key or a header sort): one cheap indexed query.
    With `limit`, only the first rows of that order (SQLite keeps the top rows, sorting nothing else)."""
    where_sql, params = filter_sql(flt)
    open_first = order == "unacknowledged_first" or (
        isinstance(order, NoticeOrder) and order.open_first and order.column is None)
    if limit is not None and open_first:
        return _open_first_top(conn, where_sql, params, limit)
    order_sql = order.sql() if isinstance(order, NoticeOrder) else ORDERS[order]
    sql = f"SELECT id FROM notices WHERE {where_sql} ORDER BY {order_sql}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in conn.execute(sql, params).fetchall()]


def _open_first_top(conn, where: str, params: list[Any], limit: int) -> list[int]:
    """The first `limit` rows of the inbox's own order (waiting first, by deadline; then newest
    first) as two indexed reads, the waiting rows by the deadline index and the rest by the DTG
    index, instead of working the order out for every row: 0.16 s to a few ms at 100,000."""
    waiting = [row[0] for row in conn.execute(
        # The planner would rather scan the listing index for the ORDER BY; the deadline index
        # holds exactly the waiting rows' range.
        f"SELECT id FROM notices INDEXED BY notices_ack_due WHERE {where} AND {WAITING_SQL} "
        "ORDER BY ack_due_at, dtg DESC, id DESC LIMIT ?",
        [*params, limit]).fetchall()]
    if len(waiting) == limit:
        return waiting
    return waiting + [row[0] for row in conn.execute(
        f"SELECT id FROM notices WHERE {where} AND NOT {WAITING_SQL} ORDER BY dtg DESC, id DESC LIMIT ?",
        [*params, limit - len(waiting)]).fetchall()]


def listing_rows(conn, ids: list[int]) -> dict[int, dict]:
    return rows_by_id(conn, "notices", LISTING_COLUMNS, ids)


def count_and_waiting(conn, direction: str, hidden_kind: str | None = None) -> tuple[int, int]:
    """How many notices of one direction (less those of `hidden_kind`, which its list does not show
    as rows), and how many of them still wait for an acknowledgement.

    Counts each by the narrowest index that holds it: counting the waiting ones among all
    rows (one expression per row) took 33 ms at 100,000 notices, these two 13 ms and 0.4 ms."""
    (count,) = conn.execute("SELECT count(*) FROM notices INDEXED BY notices_state WHERE direction = ?",
                            [direction]).fetchone()
    if hidden_kind is not None:
        (hidden,) = conn.execute("SELECT count(*) FROM notices INDEXED BY notices_kind WHERE kind = ? "
                                 "AND direction = ?", [hidden_kind, direction]).fetchone()
        count -= hidden
    (waiting,) = conn.execute(f"SELECT count(*) FROM notices INDEXED BY notices_ack_due WHERE direction = ? "
                              f"AND {WAITING_SQL}", [direction]).fetchone()
    return count, waiting


# ---- chains of references -------------------------------------------------------------------


def message_id_of(conn, notice_id: int) -> str | None:
    row = conn.execute("SELECT message_id FROM notices WHERE id = ?", [notice_id]).fetchone()
    return None if row is None else row[0]


def referred_to_by(conn, message_id: str) -> list[str]:
    """The message ids this message refers to."""
    return [r[0] for r in conn.execute(
        "SELECT r.message_id FROM notice_references r JOIN notices n ON n.id = r.notice_id "
        "WHERE n.message_id = ?", [message_id],
    )]


def referring_to(conn, message_id: str) -> list[str]:
    """The message ids of the notices on record that refer to this message."""
    return [r[0] for r in conn.execute(
        "SELECT n.message_id FROM notice_references r JOIN notices n ON n.id = r.notice_id "
        "WHERE r.message_id = ?", [message_id],
    )]


def answers_of_kind(conn, message_id: str, kinds: tuple[str, ...]) -> list[tuple]:
    """(id, message_id, direction, kind, sequence, dtg, counterpart) of the notices on record of
    these kinds that refer to this message, ours and theirs, oldest first."""
    return conn.execute(
        "SELECT n.id, n.message_id, n.direction, n.kind, n.sequence, n.dtg, n.counterpart "
        "FROM notice_references r JOIN notices n ON n.id = r.notice_id "
        f"WHERE r.message_id = ? AND n.kind IN ({','.join('?' * len(kinds))}) ORDER BY n.dtg, n.id",
        [message_id, *kinds],
    ).fetchall()


def notice_json_by_message_id(conn, message_id: str) -> str | None:
    row = conn.execute("SELECT notice_json FROM notices WHERE message_id = ?", [message_id]).fetchone()
    return None if row is None else row[0]


def chain_rows(conn, message_ids: list[str]) -> list[tuple]:
    """(id, message_id, direction, kind, sequence, dtg, counterpart) of the notices on record among these."""
    return conn.execute(
        "SELECT id, message_id, direction, kind, sequence, dtg, counterpart FROM notices "
        f"WHERE message_id IN ({','.join('?' * len(message_ids))})", message_ids,
    ).fetchall()


def traffic_by_counterpart(conn) -> list[tuple[str, str, int, int]]:
    """(counterpart, direction, notices, open): open is received-not-acknowledged ('in') or
    sent-awaiting-acknowledgement ('out')."""
    return conn.execute(
        "SELECT counterpart, direction, count(*), "
        "coalesce(sum(CASE WHEN direction = 'in' THEN acknowledged_at IS NULL AND kind != 'acknowledgement' "
        "ELSE acknowledged_at IS NULL AND ack_due_at IS NOT NULL END), 0) "
        "FROM notices GROUP BY counterpart, direction"
    ).fetchall()


# ---- the watch log (printing/from_store.py) --------------------------------------------------


def problems_received_between(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """received_at, counterpart, sequence, message_id, problem of the received notices with a problem,
    received in [start, end)."""
    return list(store.query(
        "SELECT received_at, counterpart, sequence, message_id, problem FROM notices WHERE problem IS NOT NULL "
        "AND direction = 'in' AND received_at >= ? AND received_at < ? ORDER BY received_at, id", [start, end]))


