"""The notice table: rows fetched lazily by id, acknowledgement deadlines counting down, overdue rows red.

The model keeps one "now" for all rows, moved on by the desk's one-second tick,
so every countdown on screen agrees and a test can stand the clock anywhere.
A deadline cell shows its urgency (deadlines.urgency) four ways: the words ("OVERDUE 3 min",
"9 min left"), bold from URGENT up, a mark (warning triangle, filled clock, clock outline,
tick) and a bar that fills as the deadline nears; its colours come from row_colours.py.
A cancelled notice (service/chains.py) says so in its deadline cell ("CANCELLED by no. 37 at
1612Z", no countdown) and its row is greyed. An incoming notice not yet opened in the reading pane
is bold.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from console.domain.times import format_duration, format_rfc3339_with_local, parse_optional_rfc3339
from console.i18n import tr
from console.service.chains import stamp_words
from console.service.deadlines import DeadlineState, Phase, Urgency, deadline_state, nearness, urgency
from console.ui.inbox.row_colours import DAY, RowColours
from console.ui.lazy_model import Column, Gauge, LazyRowModel
from console.ui.views import kind_label  # noqa: F401 - the inbox's views import it from here

# The day set's colours under the names other views use (the reading pane); row_colours.py holds them.
OVERDUE_BACKGROUND = DAY.overdue_background
PROBLEM_BACKGROUND = DAY.problem_background
OVERDUE_TEXT = DAY.overdue_text
ANSWERED_TEXT = DAY.answered_text
PRECEDENCE_COLOURS = DAY.precedence_text

# The mark before a deadline cell's text, by urgency: shapes an officer tells apart without colour.
URGENCY_MARKS = {Urgency.OVERDUE: "warning", Urgency.URGENT: "clock", Urgency.DUE_SOON: "clock_outline"}




def zulu_clock(text: str | None) -> str:
    """'12:04Z' from an RFC 3339 time."""
    moment = parse_optional_rfc3339(text)
    return f"{moment:%H:%M}Z" if moment else ""


def span_text(span: timedelta) -> str:
    """Seconds in the last minute, minutes (and hours) above it: '45 s', '12 min', '3 h 10 min'."""
    seconds = int(abs(span).total_seconds())
    return tr("%1 s").replace("%1", str(seconds)) if seconds < 60 else format_duration(span)


def flag_text(row: dict[str, Any]) -> str:
    """'⚠ acknowledges a message we never sent: ID' for a flagged message, else ''."""
    problem = row.get("problem") if row.get("direction") == "in" else None
    return f"⚠ {problem}" if problem else ""


def deadline_text(state: DeadlineState, row: dict[str, Any]) -> str:
    """What the deadline column says: '12 min left', 'OVERDUE 3 min', 'Acknowledged by X at 12:04Z'.

    A flagged message says what is wrong with it instead: the column every officer reads."""
    if flag_text(row):
        return flag_text(row)
    if state.phase is Phase.RUNNING and state.remaining is not None:
        return tr("%1 left").replace("%1", span_text(state.remaining))
    if state.phase is Phase.OVERDUE and state.remaining is not None:
        return tr("OVERDUE %1").replace("%1", span_text(state.remaining))
    if state.phase is Phase.ACKNOWLEDGED:
        return (
            tr("Acknowledged by %1 at %2")
            .replace("%1", row.get("acknowledged_by") or "?")
            .replace("%2", zulu_clock(row.get("acknowledged_at")))
        )
    if state.phase is Phase.PROBLEM_REPORTED:
        return tr("Problem reported") if row["direction"] == "in" else tr("Counterpart reported a problem")
    return tr("None asked")


def row_deadline_text(state: DeadlineState, row: dict[str, Any]) -> str:
    """The list's deadline cell: a cancelled notice's stamp ("CANCELLED by no. 37 at 1612Z"; it has
    no deadline left to count down, and whether it was acknowledged is in the pane), else deadline_text."""
    if row.get("cancelled") and not flag_text(row):
        return stamp_words(row)
    return deadline_text(state, row)


def delivery_text(row: dict[str, Any]) -> str:
    """Where an outgoing notice stands: released, exported (file written), acknowledged."""
    if row.get("acknowledged_at"):
        return tr("Acknowledged by %1").replace("%1", row.get("acknowledged_by") or "?")
    if row.get("problem_reported"):
        return tr("Counterpart reported a problem")
    if row.get("state") == "exported":
        return tr("File written to outbox")
    if row.get("state") == "released":
        return tr("Released, file not written yet")
    return row.get("state") or ""


def launch_window_text(row: dict[str, Any]) -> str:
    """'2026-11-30 05:00–11:00Z', or '2026-11-30 22:00 – 12-01 02:00Z' across midnight."""
    if not row.get("window_start"):
        return ""
    start, end = row["window_start"], row.get("window_end") or ""
    if end[:10] == start[:10]:
        return f"{start[:10]} {start[11:16]}–{end[11:16]}Z"
    return f"{start[:10]} {start[11:16]} – {end[5:10]} {end[11:16]}Z"


def _kind_tooltip(row: dict[str, Any]) -> str:
    """The notice's summary, and where it stands in its chain ("AMENDED by no. 36 at 1540Z")."""
    stamp = stamp_words(row)
    return f"{row['summary']}\n{stamp}" if stamp else row["summary"]


class NoticeTableModel(LazyRowModel):
    """Inbox or outbox rows. `sort_keys[column]` names the SQL sort of each column (queries.SORT_KEYS)."""

    def __init__(
        self,
        direction: str,
        fetch_rows: Callable[[list[int]], dict[int, dict]],
        now: datetime,
        parent=None,
        colours: RowColours = DAY,
    ) -> None:
        self.direction = direction
        self._now = now
        self.colours = colours
        background = self._row_background
        plain = self._cancelled_text
        unread = self._unread
        # The deadline sits up front, beside the precedence: it must be visible however narrow the window.
        columns: list[tuple[str, Column]] = [
            ("status", Column(lambda: tr("Status"), lambda r: r["status"], foreground=plain, background=background,
                              bold=unread)),
            ("precedence", Column(
                lambda: tr("Precedence"), lambda r: r["precedence"],
                foreground=lambda r: self._cancelled_text(r) or self.colours.precedence_text.get(r["precedence"]),
                background=background, bold=unread,
            )),
        ]
        if direction == "out":
            columns.append(("delivery", Column(lambda: tr("Delivery"), delivery_text, foreground=plain,
                                               background=background, bold=unread)))
        columns += [
            ("deadline", Column(
                lambda: tr("Ack deadline") if direction == "in" else tr("Their ack deadline"),
                lambda r: row_deadline_text(self.state(r), r),
                tooltip=self._deadline_tooltip, foreground=self._deadline_foreground, background=background,
                # Its weight tells urgency, not whether the notice was read (the other cells do).
                bold=lambda r: self.urgency(r) >= Urgency.URGENT or bool(flag_text(r) or r.get("cancelled")),
                gauge=self._deadline_gauge,
            )),
            ("kind", Column(lambda: tr("Kind"), lambda r: kind_label(r["kind"]), tooltip=_kind_tooltip, foreground=plain,
                            background=background, bold=unread)),
            ("counterpart", Column(lambda: tr("Counterpart"), lambda r: r["counterpart"], foreground=plain,
                                   background=background, bold=unread)),
            ("dtg", Column(
                lambda: tr("DTG (UTC)"), lambda r: r["dtg"].replace("T", " "),
                tooltip=lambda r: format_rfc3339_with_local(r["dtg"]), foreground=plain,
                background=background, bold=unread,
            )),
            ("window", Column(lambda: tr("Launch window (UTC)"), launch_window_text, foreground=plain,
                              background=background, bold=unread)),
            ("sequence", Column(lambda: tr("Seq"), lambda r: str(r["sequence"]), foreground=plain, background=background,
                                bold=unread)),
        ]
        self.sort_keys = [key for key, _column in columns]
        self.deadline_column = self.sort_keys.index("deadline")
        self._overdue_shown: dict[int, bool] = {}
        self._states: dict[int, tuple[dict[str, Any], DeadlineState]] = {}
        self._states_now: datetime | None = None
        super().__init__([column for _key, column in columns], fetch_rows, parent)

    # ---- deadlines ---------------------------------------------------------------------

    @property
    def now(self) -> datetime:
        """The one time every countdown on screen is worked out from."""
        return self._now

    @now.setter
    def now(self, now: datetime) -> None:
        if now != self._now:
            self._now = now
            self.forget_looks()

    def state(self, row: dict[str, Any]) -> DeadlineState:
        # Asked for every cell of a row at each paint (its background, the deadline's text and
        # colour): worked out once per row and clock tick, and kept only for the current tick (the
        # rows painted in one second). The row object is part of the key, so a row fetched again
        # (its notice changed) is worked out again.
        if self._states_now != self.now:
            self._states.clear()
            self._states_now = self.now
        cached = self._states.get(row["id"])
        if cached is not None and cached[0] is row:
            return cached[1]
        state = deadline_state(row, self.now)
        self._states[row["id"]] = (row, state)
        return state

    def urgency(self, row: dict[str, Any]) -> Urgency:
        return urgency(self.state(row), row["precedence"])

    def set_colours(self, colours: RowColours) -> None:
        """Paint with another set of colours (the list's palette turned dark, or light again)."""
        if colours is not self.colours:
            self.colours = colours
            self.forget_looks()
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _unread(self, row: dict[str, Any]) -> bool:
        """An incoming notice nobody has opened in the reading pane yet: its row is bold."""
        return self.direction == "in" and row.get("opened") == 0

    def _cancelled_text(self, row: dict[str, Any]) -> QColor | None:
        """A cancelled notice's row is greyed: the gauge's calm slate, legible on either set's base."""
        return self.colours.gauge["CALM"] if row.get("cancelled") else None

    def _row_background(self, row: dict[str, Any]) -> QColor | None:
        if row.get("cancelled"):
            return None  # no longer stands: nothing is overdue on it
        if self.state(row).overdue:
            return self.colours.overdue_background
        return self.colours.problem_background if flag_text(row) else None

    def _deadline_foreground(self, row: dict[str, Any]) -> QColor | None:
        if flag_text(row):
            return self.colours.overdue_text
        if row.get("cancelled"):
            return self._cancelled_text(row)
        phase = self.state(row).phase
        if phase is Phase.OVERDUE:
            return self.colours.overdue_text
        if phase is Phase.ACKNOWLEDGED:
            return self.colours.answered_text
        return self.colours.urgent_text if self.urgency(row) is Urgency.URGENT else None

    def _deadline_gauge(self, row: dict[str, Any]) -> Gauge | None:
        """The mark and bar of a deadline cell: none for a flagged message (its text says what is wrong)
        or where nothing was asked; a tick once acknowledged."""
        if flag_text(row) or row.get("cancelled"):
            return None
        state = self.state(row)
        colours = self.colours
        if state.phase is Phase.ACKNOWLEDGED:
            return Gauge("check", -1.0, colours.answered_text, colours.gauge_track, colours.mark_inner)
        level = urgency(state, row["precedence"])
        if level is Urgency.NONE:
            return None
        return Gauge(URGENCY_MARKS.get(level, ""), nearness(state), colours.gauge[level.name], colours.gauge_track,
                     colours.mark_inner)

    def _deadline_tooltip(self, row: dict[str, Any]) -> str:
        if row.get("cancelled"):
            return stamp_words(row)
        if flag_text(row):
            return tr("This message %1. It does not count as an acknowledgement.").replace("%1", row["problem"])
        due = row.get("ack_due_at")
        return tr("Due %1").replace("%1", format_rfc3339_with_local(due)) if due else ""

    def set_now(self, now: datetime, first_row: int, last_row: int) -> None:
        """Move the clock on; repaint the deadline cells of rows first..last, whole rows that turned overdue."""
        self.now = now
        if self.rowCount() == 0 or first_row < 0:
            return
        last_row = min(last_row, self.rowCount() - 1)
        self.dataChanged.emit(
            self.index(first_row, self.deadline_column), self.index(last_row, self.deadline_column),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole],
        )
        for row_number in range(first_row, last_row + 1):
            record = self.row(row_number)
            if record is None:
                continue
            overdue = self.state(record).overdue
            if self._overdue_shown.get(record["id"], overdue) != overdue:
                self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, self.columnCount() - 1))
            self._overdue_shown[record["id"]] = overdue

    def set_ids(self, ids: list[int]) -> None:
        self._overdue_shown.clear()
        super().set_ids(ids)
