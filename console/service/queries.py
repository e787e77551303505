"""Read-side queries the views use: ids first, rows on demand.

A view asks for the ordered ids that match a filter (one cheap indexed query,
even at 100,000 rows) and then fetches only the rows it paints, a page at a time.
Sorting happens here, in SQL, on the id query: never in Python over all rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from console.format import KeyCard
from console.service.deadlines import PROBLEM_REPORTED_SQL, WAITING_SQL

NOTICE_COLUMNS = (
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

    def with_(self, **changes: Any) -> "NoticeFilter":
        return replace(self, **changes)


def _fts_query(text: str) -> str:
    # Each word as a quoted prefix term: officers type words, not FTS syntax.
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words)


def notice_ids(conn, flt: NoticeFilter, order: str | NoticeOrder = "dtg_desc") -> list[int]:
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
    if flt.text and _fts_query(flt.text):
        where.append("id IN (SELECT rowid FROM notices_fts WHERE notices_fts MATCH ?)")
        params.append(_fts_query(flt.text))
    order_sql = order.sql() if isinstance(order, NoticeOrder) else ORDERS[order]
    sql = f"SELECT id FROM notices WHERE {' AND '.join(where)} ORDER BY {order_sql}"
    return [row[0] for row in conn.execute(sql, params).fetchall()]


def rows_by_id(conn, table: str, columns: str, ids: list[int], key: str = "id") -> dict[int, dict]:
    """The rows of `table` with these ids, as dicts keyed by id: what a lazy view fetches per page."""
    rows: dict[int, dict] = {}
    # SQLite limits bound parameters; 500 per query is far below it.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = conn.execute(
            f"SELECT {columns} FROM {table} WHERE {key} IN ({','.join('?' * len(chunk))})", chunk
        )
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values))
            rows[row[key]] = row
    return rows


def notice_rows(conn, ids: list[int]) -> dict[int, dict]:
    return rows_by_id(conn, "notices", NOTICE_COLUMNS, ids)


def counterpart_ids(conn) -> list[str]:
    return [row[0] for row in conn.execute("SELECT station_id FROM counterparts ORDER BY station_id")]


def folder_counts(conn) -> dict[str, int]:
    inbox, unacked = conn.execute(
        f"SELECT count(*), coalesce(sum({WAITING_SQL}), 0) FROM notices WHERE direction = 'in'"
    ).fetchone()
    outbox, awaiting = conn.execute(
        f"SELECT count(*), coalesce(sum({WAITING_SQL}), 0) FROM notices WHERE direction = 'out'"
    ).fetchone()
    drafts = conn.execute("SELECT count(*) FROM drafts").fetchone()[0]
    counterparts = conn.execute("SELECT count(*) FROM counterparts").fetchone()[0]
    audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    quarantined = conn.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    return {
        "inbox": inbox,
        "inbox_unacknowledged": unacked,
        "outbox": outbox,
        "outbox_awaiting": awaiting,
        "drafts": drafts,
        "counterparts": counterparts,
        "audit": audit,
        "quarantine": quarantined,
    }


# ---- one notice's neighbours ---------------------------------------------------------


@dataclass(frozen=True)
class ChainLink:
    """One message in a chain of references. `notice_id` is None for a message this station never saw."""

    message_id: str
    notice_id: int | None = None
    direction: str | None = None
    kind: str | None = None
    sequence: int | None = None
    dtg: str | None = None
    counterpart: str | None = None


CHAIN_LIMIT = 50  # a chain longer than this is a fault, not a conversation


def notice_chain(conn, notice_id: int) -> list[ChainLink]:
    """The notice with everything it refers to and everything that refers to it, oldest first.

    Follows notice_references both ways (original → amendments → cancellation, and
    the acknowledgements and problem reports of each), across both directions.
    """
    start = conn.execute("SELECT message_id FROM notices WHERE id = ?", [notice_id]).fetchone()
    if start is None:
        return []
    seen: set[str] = set()
    queue = [start[0]]
    while queue and len(seen) < CHAIN_LIMIT:
        message_id = queue.pop()
        if message_id in seen:
            continue
        seen.add(message_id)
        # What this message refers to ...
        queue += [
            r[0] for r in conn.execute(
                "SELECT r.message_id FROM notice_references r JOIN notices n ON n.id = r.notice_id "
                "WHERE n.message_id = ?", [message_id],
            )
        ]
        # ... and what refers to it.
        queue += [
            r[0] for r in conn.execute(
                "SELECT n.message_id FROM notice_references r JOIN notices n ON n.id = r.notice_id "
                "WHERE r.message_id = ?", [message_id],
            )
        ]
    known = {
        row[1]: ChainLink(row[1], row[0], row[2], row[3], row[4], row[5], row[6])
        for row in conn.execute(
            "SELECT id, message_id, direction, kind, sequence, dtg, counterpart FROM notices "
            f"WHERE message_id IN ({','.join('?' * len(seen))})", sorted(seen),
        )
    }
    links = [known.get(message_id, ChainLink(message_id)) for message_id in seen]
    # Unknown messages (never received here) sort first: they were referred to, so they came earlier.
    return sorted(links, key=lambda link: (link.dtg or "", link.notice_id or 0))


@dataclass(frozen=True)
class SigningCard:
    fingerprint: str
    current: bool  # the counterpart's key card on record now, not an earlier one


def signing_card(conn, counterpart: str, thumbprint: str | None) -> SigningCard | None:
    """The counterpart key card whose signing key has this JWK thumbprint, current or earlier."""
    if not thumbprint:
        return None
    row = conn.execute("SELECT card_json FROM counterparts WHERE station_id = ?", [counterpart]).fetchone()
    if row is not None and KeyCard.load(row[0]).signing_key_thumbprint == thumbprint:
        card = KeyCard.load(row[0])
        return SigningCard(card.fingerprint, True)
    for (card_json,) in conn.execute(
        "SELECT card_json FROM counterpart_key_history WHERE counterpart = ? ORDER BY id DESC", [counterpart]
    ):
        card = KeyCard.load(card_json)
        if card.signing_key_thumbprint == thumbprint:
            return SigningCard(card.fingerprint, False)
    return None


# ---- quarantine ----------------------------------------------------------------------------


QUARANTINE_COLUMNS = "id, counterpart, file_name, path, reason_code, reason, sha256, quarantined_at"


def quarantine_ids(conn) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM quarantine ORDER BY quarantined_at DESC, id DESC")]


def quarantine_rows(conn, ids: list[int]) -> dict[int, dict]:
    return rows_by_id(conn, "quarantine", QUARANTINE_COLUMNS, ids)


# ---- audit log -----------------------------------------------------------------------------


def audit_ids(conn, text: str | None = None) -> list[int]:
    if text:
        like = f"%{text}%"
        sql = "SELECT idx FROM audit_log WHERE action LIKE ? OR officer LIKE ? OR details_json LIKE ? ORDER BY idx DESC"
        return [r[0] for r in conn.execute(sql, (like, like, like))]
    return [r[0] for r in conn.execute("SELECT idx FROM audit_log ORDER BY idx DESC")]


def attention_text(action: str, details: dict) -> str | None:
    """An audit entry an officer must notice, in words (docs/format.md sections 12 and 13), else None.

    A duplicate re-sent under another sequence number, an acknowledgement of a message we
    never sent (or of a file we did not write)."""
    if action == "import_duplicate" and details.get("note"):
        return (f"{details.get('counterpart', '?')} re-sent message {str(details.get('message_id', '?'))[:8]} "
                f"under another sequence number: {details['note']} (file {details.get('file', '?')})")
    if action == "ack_mismatch":
        return f"Acknowledgement {str(details.get('ack_message_id', '?'))[:8]} {details.get('problem', '')}"
    return None


def audit_rows(conn, ids: list[int]) -> dict[int, dict]:
    return rows_by_id(conn, "audit_log", "idx, at, officer, action, details_json AS details, hash", ids, key="idx")
