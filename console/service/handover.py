"""The handover summary: what the officer going off watch hands to the one coming on.

Everything still open at a given moment: notices we have not acknowledged, our
notices the counterpart has not acknowledged, launch windows open now or opening
soon (both directions), missing sequence numbers, recently quarantined files and
traffic held because a counterpart's key is not verified. Plain Python: the GUI
shows it, prints it and records its counts in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from console.domain.times import format_rfc3339, parse_rfc3339
from console.exchange.folders import CounterpartFolders, inbox_entries
from console.storage.counterparts import CounterpartBook
from console.storage import notices as notice_rows
from console.storage import quarantine as quarantine_rows
from console.storage.notices import open_gaps
from console.storage.store import Store

DEFAULT_HORIZON = timedelta(hours=24)
# Quarantined files stay in their folder for good; the handover names the recent ones.
DEFAULT_QUARANTINE_LOOKBACK = timedelta(days=7)


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
            window_start=_moment(row["window_start"]),
            window_end=_moment(row["window_end"]),
        )

    def overdue(self, now: datetime) -> bool:
        return self.ack_due_at is not None and self.ack_due_at <= now


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


def _notices(rows: list[dict]) -> list[OpenNotice]:
    return [OpenNotice.from_row(row) for row in rows]


def handover_summary(
    store: Store,
    now: datetime,
    *,
    data_dir: Path,
    horizon: timedelta = DEFAULT_HORIZON,
    quarantine_lookback: timedelta = DEFAULT_QUARANTINE_LOOKBACK,
) -> HandoverSummary:
    """The open items of the station in `store` at `now`."""
    now_text = format_rfc3339(now)
    until_text = format_rfc3339(now + horizon)
    unacknowledged = _notices(notice_rows.unacknowledged_received_rows(store))
    awaiting = _notices(notice_rows.awaiting_their_acknowledgement_rows(store))
    windows = _notices(notice_rows.launch_window_rows(store, now_text, until_text))
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
    )
