"""The handover summary: what the officer going off watch hands to the one coming on.

Everything still open at a given moment: notices we have not acknowledged, our
notices the counterpart has not acknowledged, launch windows open now or opening
soon (both directions), missing sequence numbers, recently quarantined files and
traffic held because a counterpart's key is not verified; and what this watch sent,
each cancelled notice marked with the cancellation that cancelled it. The outgoing
officer's own notes go with it. Plain Python: the GUI shows it and prints it; the
handover's audit entry keeps its counts, the notes and the summary itself
(`summary_to_record`), so that the last handover can be read again as it was handed over
(`last_handover`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from console.domain.times import format_rfc3339, parse_rfc3339
from console.exchange.folders import CounterpartFolders, inbox_entries
from console.service.chains import chain_state
from console.storage import audit as audit_entries
from console.storage.counterparts import CounterpartBook
from console.storage import notices as notice_rows
from console.storage import quarantine as quarantine_rows
from console.storage.notices import open_gaps
from console.storage.store import Store

DEFAULT_HORIZON = timedelta(hours=24)
# Quarantined files stay in their folder for good; the handover names the recent ones.
DEFAULT_QUARANTINE_LOOKBACK = timedelta(days=7)
# "This watch" when no start of watch is on record: a long watch's worth of traffic.
DEFAULT_WATCH_LOOKBACK = timedelta(hours=12)
HANDOVER_ACTION = "watch_handover"


def _moment(text: str | None) -> datetime | None:
    return parse_rfc3339(text) if text else None


@dataclass(frozen=True)
class OpenNotice:
    """One notice that needs attention, with the moment that matters for it."""

    notice_id: int
    message_id: str
    direction: str  # 'in' | 'out'
    counterpart: str
    kind: str
    sequence: int
    precedence: str
    status: str
    summary: str
    dtg: datetime
    ack_due_at: datetime | None
    window_start: datetime | None
    window_end: datetime | None
    acknowledged_at: datetime | None = None
    # "CANCELLED by no. 37 at 1612Z": the cancellation on record that cancelled this notice.
    cancelled: str = ""

    @classmethod
    def from_row(cls, row: dict) -> OpenNotice:
        return cls(
            notice_id=row["id"],
            message_id=row["message_id"],
            direction=row["direction"],
            counterpart=row["counterpart"],
            kind=row["kind"],
            sequence=row["sequence"],
            precedence=row["precedence"],
            status=row["status"],
            summary=row["summary"] or "",
            dtg=parse_rfc3339(row["dtg"]),
            ack_due_at=_moment(row["ack_due_at"]),
            window_start=_moment(row.get("window_start")),
            window_end=_moment(row.get("window_end")),
            acknowledged_at=_moment(row.get("acknowledged_at")),
        )

    def overdue(self, now: datetime) -> bool:
        return self.ack_due_at is not None and self.ack_due_at <= now and self.acknowledged_at is None

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            record[item.name] = format_rfc3339(value) if isinstance(value, datetime) else value
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> OpenNotice:
        moments = {"dtg", "ack_due_at", "window_start", "window_end", "acknowledged_at"}
        known = {item.name for item in fields(cls)}
        return cls(**{name: (_moment(value) if name in moments else value)
                      for name, value in record.items() if name in known})


@dataclass(frozen=True)
class QuarantinedFile:
    counterpart: str
    file_name: str
    reason_code: str
    reason: str
    quarantined_at: datetime


@dataclass(frozen=True)
class HeldTraffic:
    """Files waiting unopened in a counterpart's inbox because its key is not verified."""

    counterpart: str
    files: int
    key_changed: bool


@dataclass(frozen=True)
class HandoverSummary:
    at: datetime
    station_id: str
    horizon: timedelta
    quarantine_lookback: timedelta
    unacknowledged: list[OpenNotice] = field(default_factory=list)
    awaiting_acknowledgement: list[OpenNotice] = field(default_factory=list)
    windows_open: list[OpenNotice] = field(default_factory=list)
    windows_opening: list[OpenNotice] = field(default_factory=list)
    gaps: dict[str, list[int]] = field(default_factory=dict)
    quarantined: list[QuarantinedFile] = field(default_factory=list)
    held: list[HeldTraffic] = field(default_factory=list)
    # What this watch sent (since `watch_started_at`), oldest first, cancelled ones marked.
    sent_this_watch: list[OpenNotice] = field(default_factory=list)
    watch_started_at: datetime | None = None
    # The outgoing officer's own words to the incoming one (free text, may be empty).
    notes: str = ""

    def counts(self) -> dict[str, int]:
        """How many of each: recorded in the audit entry of the handover."""
        return {
            "unacknowledged": len(self.unacknowledged),
            "overdue": sum(1 for n in self.unacknowledged if n.overdue(self.at)),
            "awaiting_acknowledgement": len(self.awaiting_acknowledgement),
            "windows_open": len(self.windows_open),
            "windows_opening": len(self.windows_opening),
            "gaps": sum(len(numbers) for numbers in self.gaps.values()),
            "quarantined": len(self.quarantined),
            "held_files": sum(h.files for h in self.held),
        }

    @property
    def open_items(self) -> int:
        counts = self.counts()
        del counts["overdue"]  # already counted among the unacknowledged
        return sum(counts.values())

    @property
    def all_clear(self) -> bool:
        return self.open_items == 0


def _notices(rows: list[dict], store: Store | None = None) -> list[OpenNotice]:
    notices = [OpenNotice.from_row(row) for row in rows]
    return [_marked(store, n) for n in notices] if store is not None else notices


def cancellation_of(store: Store, message_id: str) -> str:
    """"CANCELLED by no. 37 at 1612Z" when a cancellation on record (ours or theirs) cancels this
    message, else '' (the chain's own stamp, as the list, the reading pane and the record say it)."""
    state = chain_state(store.conn, message_id)
    return state.stamp or "" if state.cancelled else ""


def _marked(store: Store, notice: OpenNotice) -> OpenNotice:
    cancelled = cancellation_of(store, notice.message_id)
    return replace(notice, cancelled=cancelled) if cancelled else notice


def watch_started_at(store: Store, now: datetime) -> datetime | None:
    """When the watch on at `now` began: the last start or handover of the watch at or before it."""
    until = format_rfc3339(now + timedelta(seconds=1))
    moments = [row["at"] for action in ("watch_started", HANDOVER_ACTION)
               for row in audit_entries.entries_between(store, action, "", until)]
    return parse_rfc3339(max(moments)) if moments else None


def sent_between(store: Store, since: datetime, until: datetime) -> list[OpenNotice]:
    """Our notices dated in [since, until], oldest first, each cancelled one marked."""
    conn = store.conn
    flt = notice_rows.NoticeFilter(direction="out", since=format_rfc3339(since),
                                   until=format_rfc3339(until + timedelta(seconds=1)))
    ids = notice_rows.listing_ids(conn, flt, "dtg_asc")
    rows = sorted(notice_rows.listing_rows(conn, ids).values(), key=lambda row: (row["dtg"], row["id"]))
    return _notices(rows, store)


def handover_summary(
    store: Store,
    now: datetime,
    *,
    data_dir: Path,
    horizon: timedelta = DEFAULT_HORIZON,
    quarantine_lookback: timedelta = DEFAULT_QUARANTINE_LOOKBACK,
    notes: str = "",
) -> HandoverSummary:
    """The open items of the station in `store` at `now`, and what this watch sent."""
    now_text = format_rfc3339(now)
    until_text = format_rfc3339(now + horizon)
    unacknowledged = _notices(notice_rows.unacknowledged_received_rows(store), store)
    awaiting = _notices(notice_rows.awaiting_their_acknowledgement_rows(store), store)
    windows = _notices(notice_rows.launch_window_rows(store, now_text, until_text))
    started = watch_started_at(store, now)
    windows_open = [n for n in windows if n.window_start is not None and n.window_start <= now]
    windows_opening = [n for n in windows if n.window_start is not None and n.window_start > now]

    since_text = format_rfc3339(now - quarantine_lookback)
    quarantined = [
        QuarantinedFile(
            row["counterpart"] or "", row["file_name"], row["reason_code"], row["reason"],
            parse_rfc3339(row["quarantined_at"]),
        )
        for row in quarantine_rows.since_rows(store, since_text, now_text)
    ]

    held = []
    for counterpart in CounterpartBook(store).all():
        if counterpart.verified:
            continue
        folders = CounterpartFolders.for_counterpart(
            data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
        )
        waiting = len(inbox_entries(folders.inbox))
        if waiting:
            held.append(HeldTraffic(counterpart.station_id, waiting, counterpart.key_changed))

    return HandoverSummary(
        at=now,
        station_id=store.station_id,
        horizon=horizon,
        quarantine_lookback=quarantine_lookback,
        unacknowledged=unacknowledged,
        awaiting_acknowledgement=awaiting,
        windows_open=windows_open,
        windows_opening=windows_opening,
        gaps=open_gaps(store),
        quarantined=quarantined,
        held=held,
        sent_this_watch=sent_between(store, started or now - DEFAULT_WATCH_LOOKBACK, now),
        watch_started_at=started,
        notes=notes,
    )


# ---- the handover's record in the audit log -----------------------------------------------------


def summary_to_record(summary: HandoverSummary) -> dict[str, Any]:
    """The summary as the audit entry keeps it (JSON), read back by `summary_from_record`."""
    def notices(items: list[OpenNotice]) -> list[dict[str, Any]]:
        return [n.to_record() for n in items]

    return {
        "at": format_rfc3339(summary.at),
        "station_id": summary.station_id,
        "horizon_s": int(summary.horizon.total_seconds()),
        "quarantine_lookback_s": int(summary.quarantine_lookback.total_seconds()),
        "unacknowledged": notices(summary.unacknowledged),
        "awaiting_acknowledgement": notices(summary.awaiting_acknowledgement),
        "windows_open": notices(summary.windows_open),
        "windows_opening": notices(summary.windows_opening),
        "gaps": summary.gaps,
        "quarantined": [{"counterpart": q.counterpart, "file_name": q.file_name, "reason_code": q.reason_code,
                         "reason": q.reason, "quarantined_at": format_rfc3339(q.quarantined_at)}
                        for q in summary.quarantined],
        "held": [{"counterpart": h.counterpart, "files": h.files, "key_changed": h.key_changed} for h in summary.held],
        "sent_this_watch": notices(summary.sent_this_watch),
        "watch_started_at": format_rfc3339(summary.watch_started_at) if summary.watch_started_at else None,
    }


def summary_from_record(record: dict[str, Any], notes: str = "") -> HandoverSummary:
    def notices(key: str) -> list[OpenNotice]:
        return [OpenNotice.from_record(item) for item in record.get(key, [])]

    return HandoverSummary(
        at=parse_rfc3339(record["at"]),
        station_id=record["station_id"],
        horizon=timedelta(seconds=record.get("horizon_s", DEFAULT_HORIZON.total_seconds())),
        quarantine_lookback=timedelta(seconds=record.get("quarantine_lookback_s",
                                                         DEFAULT_QUARANTINE_LOOKBACK.total_seconds())),
        unacknowledged=notices("unacknowledged"),
        awaiting_acknowledgement=notices("awaiting_acknowledgement"),
        windows_open=notices("windows_open"),
        windows_opening=notices("windows_opening"),
        gaps={counterpart: list(numbers) for counterpart, numbers in record.get("gaps", {}).items()},
        quarantined=[QuarantinedFile(q["counterpart"], q["file_name"], q["reason_code"], q["reason"],
                                     parse_rfc3339(q["quarantined_at"])) for q in record.get("quarantined", [])],
        held=[HeldTraffic(h["counterpart"], h["files"], h["key_changed"]) for h in record.get("held", [])],
        sent_this_watch=notices("sent_this_watch"),
        watch_started_at=_moment(record.get("watch_started_at")),
        notes=notes,
    )


def handover_details(summary: HandoverSummary, outgoing: str, incoming: str) -> dict[str, Any]:
    """The handover's audit entry: who to whom, the counts, the notes and the summary itself."""
    return {"from": outgoing, "to": incoming, **summary.counts(), "notes": summary.notes,
            "summary": summary_to_record(summary)}


@dataclass(frozen=True)
class HandoverRecord:
    """A past handover as recorded: who handed over to whom, and the summary with the notes."""

    outgoing: str
    incoming: str
    summary: HandoverSummary


def last_handover(store: Store) -> HandoverRecord | None:
    """The newest handover on record, or None when the watch was never handed over (or only before
    handovers kept their summary)."""
    details = audit_entries.last_details(store.conn, HANDOVER_ACTION)
    if details is None or "summary" not in details:
        return None
    summary = summary_from_record(details["summary"], details.get("notes", ""))
    return HandoverRecord(details.get("from", ""), details.get("to", ""), summary)
