"""Read-side queries the views use: ids first, rows on demand.

A view asks for the ordered ids that match a filter (one cheap indexed query,
even at 100,000 rows) and then fetches only the rows it paints, a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

NOTICE_COLUMNS = (
    "id, message_id, direction, counterpart, kind, sequence, dtg, precedence, status, "
    "window_start, window_end, summary, state, ack_due_at, acknowledged_at, acknowledged_by, received_at"
)

ORDERS = {
    "dtg_desc": "dtg DESC, id DESC",
    "dtg_asc": "dtg ASC, id ASC",
    # Open items first, the most urgent deadline at the top.
    "unacknowledged_first": "(acknowledged_at IS NOT NULL), ack_due_at ASC, dtg DESC, id DESC",
    "sequence_desc": "counterpart, sequence DESC",
}


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
    unacknowledged_only: bool = False

    def with_(self, **changes: Any) -> "NoticeFilter":
        return replace(self, **changes)


def _fts_query(text: str) -> str:
    # Each word as a quoted prefix term: officers type words, not FTS syntax.
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words)


def notice_ids(conn, flt: NoticeFilter, order: str = "dtg_desc") -> list[int]:
    where = ["direction = ?"]
    params: list[Any] = [flt.direction]
    for column in ("status", "kind", "counterpart", "precedence"):
        value = getattr(flt, column)
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if flt.since:
        where.append("dtg >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("dtg < ?")
        params.append(flt.until)
    if flt.unacknowledged_only:
        where.append("acknowledged_at IS NULL")
    if flt.text and _fts_query(flt.text):
        where.append("id IN (SELECT rowid FROM notices_fts WHERE notices_fts MATCH ?)")
        params.append(_fts_query(flt.text))
    sql = f"SELECT id FROM notices WHERE {' AND '.join(where)} ORDER BY {ORDERS[order]}"
    return [row[0] for row in conn.execute(sql, params)]


def notice_rows(conn, ids: list[int]) -> dict[int, dict]:
    if not ids:
        return {}
    rows: dict[int, dict] = {}
    # SQLite limits bound parameters; 500 per query is far below it.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = conn.execute(
            f"SELECT {NOTICE_COLUMNS} FROM notices WHERE id IN ({','.join('?' * len(chunk))})", chunk
        )
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values))
            rows[row["id"]] = row
    return rows


def folder_counts(conn) -> dict[str, int]:
    inbox, unacked = conn.execute(
        "SELECT count(*), coalesce(sum(acknowledged_at IS NULL AND kind != 'acknowledgement'), 0) "
        "FROM notices WHERE direction = 'in'"
    ).fetchone()
    outbox = conn.execute("SELECT count(*) FROM notices WHERE direction = 'out'").fetchone()[0]
    drafts = conn.execute("SELECT count(*) FROM drafts").fetchone()[0]
    counterparts = conn.execute("SELECT count(*) FROM counterparts").fetchone()[0]
    audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    quarantined = conn.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    return {
        "inbox": inbox,
        "inbox_unacknowledged": unacked,
        "outbox": outbox,
        "drafts": drafts,
        "counterparts": counterparts,
        "audit": audit,
        "quarantine": quarantined,
    }


def audit_ids(conn, text: str | None = None) -> list[int]:
    if text:
        like = f"%{text}%"
        sql = "SELECT idx FROM audit_log WHERE action LIKE ? OR officer LIKE ? OR details_json LIKE ? ORDER BY idx DESC"
        return [r[0] for r in conn.execute(sql, (like, like, like))]
    return [r[0] for r in conn.execute("SELECT idx FROM audit_log ORDER BY idx DESC")]


def audit_rows(conn, ids: list[int]) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = conn.execute(
            f"SELECT idx, at, officer, action, details_json, hash FROM audit_log WHERE idx IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for idx, at, officer, action, details, digest in cursor:
            rows[idx] = {"idx": idx, "at": at, "officer": officer, "action": action, "details": details, "hash": digest}
    return rows
