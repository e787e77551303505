"""Whether a notice's acknowledgement deadline was met, as the record and the watch log print it.

Plain Python (no Qt): the answer is fixed by three moments, so paper printed twice says the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class AckState(StrEnum):
    NO_DEADLINE = "no_deadline"  # an acknowledgement, a draft: nothing is due
    MET = "met"  # acknowledged at or before the deadline
    LATE = "late"  # acknowledged after it
    OVERDUE = "overdue"  # not acknowledged, and the deadline had passed when printed
    RUNNING = "running"  # not acknowledged, the deadline still ahead when printed


@dataclass(frozen=True)
class AckOutcome:
    state: AckState
    due_at: datetime | None
    # How far from the deadline: time to spare (MET, RUNNING) or time past it (LATE, OVERDUE).
    margin: timedelta | None

    @property
    def late(self) -> bool:
        """Acknowledged late, or still not acknowledged past the deadline: the LATE flag on paper."""
        return self.state in (AckState.LATE, AckState.OVERDUE)


def ack_outcome(due_at: datetime | None, acknowledged_at: datetime | None, printed_at: datetime) -> AckOutcome:
    """Where a notice stood against its acknowledgement deadline when it was printed."""
    if due_at is None:
        return AckOutcome(AckState.NO_DEADLINE, None, None)
    if acknowledged_at is not None:
        if acknowledged_at <= due_at:
            return AckOutcome(AckState.MET, due_at, due_at - acknowledged_at)
        return AckOutcome(AckState.LATE, due_at, acknowledged_at - due_at)
    if printed_at >= due_at:
        return AckOutcome(AckState.OVERDUE, due_at, printed_at - due_at)
    return AckOutcome(AckState.RUNNING, due_at, due_at - printed_at)
