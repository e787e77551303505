"""Acknowledgement deadlines, both directions: what is due, what is overdue, at a given time.

Every notice that asks for an acknowledgement carries `ack_due_at`, fixed when it
was received (incoming) or released (outgoing) from the counterpart's agreement
profile and the notice's precedence. A notice stops waiting when it is
acknowledged, or when a problem report (an error notice) about it crossed the
channel: the desk answered it, even if not with an acknowledgement.

No Qt here: the views, the alerts and any report share these answers, and the
time is always passed in, so a test can stand anywhere on the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from console.domain.times import format_rfc3339, parse_rfc3339
from console.storage import listing as listing_rows
from console.storage import notices as notice_rows


class Phase(StrEnum):
    NOT_REQUIRED = "not_required"  # an acknowledgement is never itself acknowledged
    RUNNING = "running"
    OVERDUE = "overdue"
    ACKNOWLEDGED = "acknowledged"
    PROBLEM_REPORTED = "problem_reported"


@dataclass(frozen=True)
class DeadlineState:
    phase: Phase
    due_at: datetime | None
    # Positive while time is left, negative once overdue; None when nothing is due.
    remaining: timedelta | None

    @property
    def overdue(self) -> bool:
        return self.phase is Phase.OVERDUE


def deadline_state(row: Mapping[str, Any], now: datetime) -> DeadlineState:
    """Where one notice row (as `queries.notice_rows` returns it) stands at `now`."""
    due_text = row.get("ack_due_at")
    due = parse_rfc3339(due_text) if due_text else None
    if row.get("acknowledged_at"):
        return DeadlineState(Phase.ACKNOWLEDGED, due, None)
    if row.get("problem_reported"):
        return DeadlineState(Phase.PROBLEM_REPORTED, due, None)
    if due is None:
        return DeadlineState(Phase.NOT_REQUIRED, None, None)
    remaining = due - now
    return DeadlineState(Phase.OVERDUE if remaining <= timedelta(0) else Phase.RUNNING, due, remaining)


class Urgency(IntEnum):
    """How urgent a notice's deadline is, for the officer's eye (the deadline cell, the banner)."""

    NONE = 0  # nothing waits: acknowledged, answered by a problem report, or no acknowledgement asked
    CALM = 1  # more than DUE_SOON left
    DUE_SOON = 2
    URGENT = 3  # a FLASH still waiting, or URGENT_WITHIN or less left
    OVERDUE = 4


DUE_SOON = timedelta(hours=1)
URGENT_WITHIN = timedelta(minutes=15)
# A waiting notice's nearness to its deadline runs from 0 (this long or more left) to 1 (due now).
NEARNESS_SPAN = timedelta(hours=2)


def urgency(state: DeadlineState, precedence: str) -> Urgency:
    """A FLASH with 9 minutes left is URGENT; a ROUTINE notice with 3 hours left is CALM."""
    if state.phase is Phase.OVERDUE:
        return Urgency.OVERDUE
    if state.phase is not Phase.RUNNING or state.remaining is None:
        return Urgency.NONE
    if precedence == "FLASH" or state.remaining <= URGENT_WITHIN:
        return Urgency.URGENT
    return Urgency.DUE_SOON if state.remaining <= DUE_SOON else Urgency.CALM


def nearness(state: DeadlineState) -> float:
    """How near a waiting notice is to its deadline, 0.0 (NEARNESS_SPAN or more left) to 1.0 (due or
    overdue); 0.0 when nothing waits."""
    if state.phase is Phase.OVERDUE:
        return 1.0
    if state.phase is not Phase.RUNNING or state.remaining is None:
        return 0.0
    return min(1.0, max(0.0, 1.0 - state.remaining / NEARNESS_SPAN))


@dataclass(frozen=True)
class WaitingNotice:
    """A notice still waiting for its acknowledgement, with what an officer needs to name it."""

    notice_id: int
    direction: str
    counterpart: str
    kind: str
    precedence: str
    sequence: int
    summary: str
    due_at: datetime

    def remaining(self, now: datetime) -> timedelta:
        """Time left until the deadline; zero or negative once it has passed."""
        return self.due_at - now

    def late_by(self, now: datetime) -> timedelta:
        return now - self.due_at


class OverdueNotice(WaitingNotice):
    """A waiting notice past its deadline."""


def overdue_notices(conn, now: datetime, direction: str | None = None) -> list[OverdueNotice]:
    """Every notice past its deadline and still waiting at `now`, the longest overdue first (ties as in
    the order of work, so that the alert strip names the notice the banner and Ctrl+J name)."""
    found: list[OverdueNotice] = []
    # One query per direction: each is a range search of the notices_ack_due index.
    for side in (direction,) if direction else ("in", "out"):
        found += [
            OverdueNotice(row[0], row[1], row[2], row[3], row[4], row[5], row[6], parse_rfc3339(row[7]))
            for row in notice_rows.overdue_rows(conn, side, format_rfc3339(now))
        ]
    return sorted(found, key=lambda item: item.due_at)  # stable: each direction's ties stay in order


def most_urgent(conn, direction: str) -> int | None:
    """The first waiting notice in the officer's order of work: a FLASH before any other (even an
    overdue IMMEDIATE), then the deadline that comes (or came) first."""
    first = listing_rows.work_order_ids(conn, notice_rows.NoticeFilter(direction=direction, unacknowledged_only=True),
                                        limit=1)
    return first[0] if first else None


def most_urgent_notice(conn, direction: str) -> WaitingNotice | None:
    """The most urgent waiting notice (most_urgent) with its particulars."""
    notice_id = most_urgent(conn, direction)
    row = notice_rows.listing_rows(conn, [notice_id]).get(notice_id) if notice_id is not None else None
    if row is None:
        return None
    return WaitingNotice(row["id"], row["direction"], row["counterpart"], row["kind"], row["precedence"],
                         row["sequence"], row["summary"], parse_rfc3339(row["ack_due_at"]))


def waiting_count(conn, direction: str) -> int:
    """How many notices of one direction still wait for their acknowledgement."""
    return notice_rows.waiting_count(conn, direction)


def next_deadline(conn, now: datetime, direction: str | None = None) -> datetime | None:
    """The soonest deadline still ahead of `now`, if any."""
    soonest: list[str] = []
    for side in (direction,) if direction else ("in", "out"):
        value = notice_rows.first_deadline_after(conn, side, format_rfc3339(now))
        if value:
            soonest.append(value)
    return parse_rfc3339(min(soonest)) if soonest else None
