"""Notices in the store: both directions, their references, search text, sequences and gaps."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.domain.notices import Notice, notice_text, summary_line
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
    wire = notice.to_dict()
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
        "summary": summary_line(notice),
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
    db.execute("INSERT INTO notices_fts (rowid, text) VALUES (?, ?)", [notice_id, notice_text(notice)])
    return notice_id


def by_message_id(store: Store, message_id: str) -> StoredNotice | None:
    rows = list(store.db.query("SELECT * FROM notices WHERE message_id = ?", [message_id]))
    return _stored(rows[0]) if rows else None


def by_id(store: Store, notice_id: int) -> StoredNotice | None:
    rows = list(store.db.query("SELECT * FROM notices WHERE id = ?", [notice_id]))
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
    for row in store.db.query(sql + " ORDER BY counterpart, sequence", params):
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
    db.execute(
        "UPDATE notices SET acknowledged_at = ?, acknowledged_by = ?, ack_message_id = ?, state = 'acknowledged' "
        "WHERE id = ?",
        [at, by, ack_message_id, notice_id],
    )
