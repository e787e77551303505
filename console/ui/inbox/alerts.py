"""Alerts that are not missed: deadlines passing, FLASH and IMMEDIATE traffic arriving.

An overdue acknowledgement alerts at once and again every minute until the
notice is answered; a notice we sent that the counterpart has not acknowledged
in time alerts once and again every five minutes, so the officer follows it up.
A new FLASH or IMMEDIATE notice alerts the moment it is imported.

Each alert goes out on every channel there is, none of which needs the network:
a message from the system tray (where the desktop has one), the alert strip in every
window of the console (console/ui/alert_strip.py: the most urgent item, with a
button that goes to it), the taskbar entry flashing, a line in the status bar, and
sound. While incoming FLASH or IMMEDIATE traffic waits for our acknowledgement the
alarm (console/ui/alarm.py) chimes over and over, FLASH every few seconds, until it is
acknowledged; an overdue or follow-up alert chimes once when the alarm is not already
sounding and the station's `sounds` setting is on. No window is raised over one the
officer works in (see `_present`). Time comes from the window's injected clock, so
tests move it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from console.i18n import tr
from console.service import deadlines, queries
from console.service.events import NOTICE_EVENTS, SettingsChanged
from console.storage import listing as listing_store
from console.ui.alarm import ALERT_SOUND, ALARM_PRECEDENCES, Alarm, AlarmSound  # noqa: F401 - ALERT_SOUND: read here too
from console.ui.inbox.table_model import kind_label, span_text

log = logging.getLogger(__name__)

OVERDUE_REPEAT = timedelta(seconds=60)
FOLLOW_UP_REPEAT = timedelta(minutes=5)
URGENT_PRECEDENCES = ("FLASH", "IMMEDIATE")
INCOMING_ALERTS = ("arrival", "overdue")  # about notices of theirs we must acknowledge; "follow_up" is ours
STATUS_MESSAGE_MS = 30000
# The audio output is looked for (loading Qt Multimedia) this long after the window is made:
# after its first paint, and before any alarm needs it, so the status bar tells at once when
# only the system beep can sound.
SOUND_PROBE_DELAY_MS = 1500


@dataclass(frozen=True)
class Alert:
    kind: str  # "arrival" | "overdue" | "follow_up"
    title: str
    text: str
    notice_ids: tuple[int, ...]  # the most urgent first
    # For the alert strip: the most urgent notice's precedence, and a line naming it and its deadline.
    precedence: str = ""
    headline: str = ""


def _present(center: "AlertCenter", alert: Alert) -> None:
    window = center.window
    window.statusBar().showMessage(alert.text, STATUS_MESSAGE_MS)
    if QSystemTrayIcon.isSystemTrayAvailable():
        center.tray().showMessage(alert.title, alert.text, QSystemTrayIcon.MessageIcon.Critical, 15000)
    # An arrival is the alarm's (it sounds as the notice starts waiting); another alert chimes
    # once, unless the alarm sounds already.
    if alert.kind != "arrival" and center.alarm.ringing is None and center.sounds_on():
        center.sound.play()
    center.board.show(center.for_strip(alert))
    if _may_raise(window):
        window.raise_()
    ask_for_attention(window)


def ask_for_attention(window: QWidget) -> None:
    """The main window's taskbar entry asks for attention (`QApplication.alert`) until it is active.

    Qt ignores the request for a window it counts as active, and it counts the main window active
    while any window whose transient parent it is has focus: a compose window, a dialog. Under a real
    window manager the hint was lost exactly while the officer typed in compose. So for the call,
    the focused window's link to the main window is undone, then made again (no X property changes).
    """
    handle = window.windowHandle()
    if handle is None:
        return
    link = QGuiApplication.focusWindow()  # then its transient parents, up to the one tied to the main window
    while link is not None and link is not handle and link.transientParent() is not handle:
        link = link.transientParent()
    tied = link is not None and link is not handle
    if tied:
        link.setTransientParent(None)
    try:
        QApplication.alert(window, 0)
    finally:
        if tied:
            link.setTransientParent(handle)


def _may_raise(window: QWidget) -> bool:
    """Whether an alert may bring the main window up: only when the console has no active window,
    no modal dialog is up, no other window of the console is open and the main window is not
    minimized.

    A window the officer works in (a compose window, a dialog, the start-of-watch PIN) keeps its
    place and the keys: raising the main window over it sent typing into a form out of sight and
    hid the start-of-watch dialog. The strip in each window, the sound and the taskbar hint alert
    there. When the officer is in another application or away from an idle desk, the main window
    on top is how a FLASH is seen from across the room; but not over a compose window left open,
    which is where the officer comes back to type (a window manager need not keep it above).
    A minimized window stays so (the taskbar entry asks for attention): restored, it is mapped
    again, and a window manager may give it the keys then (openbox does), out of another
    application the officer types in.
    """
    if QApplication.activeWindow() is not None or QApplication.activeModalWidget() is not None:
        return False
    if window.isMinimized():
        return False
    return not any(
        other is not window and other.isVisible() and other.windowType() in (Qt.WindowType.Window,
                                                                             Qt.WindowType.Dialog)
        for other in QApplication.topLevelWidgets()
    )


# Test seam: tests replace this to capture alerts instead of beeping and raising windows.
present_alert: Callable[["AlertCenter", Alert], None] = _present


class AlertCenter(QObject):
    raised = Signal(object)  # Alert, after it was presented

    def __init__(self, window, go_to: Callable[[int], None]) -> None:
        super().__init__(window)
        self.window = window
        self.station = window.station
        # The strips in the console's windows (console/ui/alert_strip.py); their "Go to" button
        # brings the main window forward on the alert's most urgent notice (`go_to`).
        self.board = window.alert_board
        self.board.go_requested.connect(self._go)
        self._go_to = go_to
        self.sound = AlarmSound(self)
        self.sound.problem_changed.connect(self._show_sound_problem)
        self.alarm = Alarm(self.sound, self.station.settings, self)
        self._precedence_of: dict[int, str] = {}  # of the incoming notices waiting, as last seen
        QTimer.singleShot(SOUND_PROBE_DELAY_MS, self, self.sound.probe)
        window.bridge.event.connect(self._on_event)
        self._tray: QSystemTrayIcon | None = None
        self._overdue_seen: dict[str, set[int]] = {"in": set(), "out": set()}
        self._last_alert: dict[str, datetime | None] = {"in": None, "out": None}

    def retranslate(self) -> None:
        """The language changed: the strip's headline and the alarm's audio problem are said again in it."""
        self._refresh_strip(self.window.clock())
        self.sound.retranslate()

    # ---- channels ---------------------------------------------------------------------

    def tray(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.window.windowTitle())
            self._tray.activated.connect(lambda _reason: (self.window.showNormal(), self.window.activateWindow()))
            self._tray.show()
        return self._tray

    def sounds_on(self) -> bool:
        return bool(self.station.settings().get("sounds", True))

    def close(self) -> None:
        self.alarm.stop()
        self.sound.stop()
        if self._tray is not None:
            self._tray.hide()

    def _show_sound_problem(self, problem: str) -> None:
        self.window.status.set_audio_problem(problem)

    # ---- the alarm ---------------------------------------------------------------------

    def _on_event(self, event) -> None:
        if isinstance(event, NOTICE_EVENTS):
            self._update_alarm()  # an acknowledgement stops it at once, an arrival starts it
        elif isinstance(event, SettingsChanged):
            self.alarm.reload_settings()

    def _update_alarm(self) -> None:
        """Tell the alarm the precedences of the incoming notices that wait for our acknowledgement.

        The waiting ids come from an index (under a millisecond at 100,000 notices); the rows are read
        only for ids not seen waiting before, whose precedence is then kept while they wait."""
        conn = self.station.store.conn
        waiting = listing_store.waiting_ids(conn, "in")
        unseen = [notice_id for notice_id in waiting if notice_id not in self._precedence_of]
        rows = queries.notice_rows(conn, unseen) if unseen else {}
        known = {**self._precedence_of, **{notice_id: row["precedence"] for notice_id, row in rows.items()}}
        self._precedence_of = {notice_id: known[notice_id] for notice_id in waiting if notice_id in known}
        self.alarm.set_waiting(p for p in self._precedence_of.values() if p in ALARM_PRECEDENCES)

    def for_strip(self, alert: Alert) -> Alert:
        """What the strips show for `alert`: it takes the place of the alert on show, but never
        hides a notice of ours to acknowledge that still waits and is more urgent.

        An IMMEDIATE arriving after a FLASH is still named FLASH, and its button goes to the
        FLASH, as Ctrl+J in the main window does: the alert's notices and the waiting ones of the
        alert on show, in the order of work (FLASH first, then overdue, then by deadline). A
        follow-up of our own traffic does not replace a notice to acknowledge.
        """
        shown = self.board.current
        if shown is None or shown.kind not in INCOMING_ALERTS:
            return alert
        now = self.window.clock()
        if alert.kind not in INCOMING_ALERTS:
            return alert if self._headline(shown.notice_ids, now) is None else shown
        merged = tuple(dict.fromkeys(alert.notice_ids + shown.notice_ids))
        waiting = self._waiting(merged, now)
        if not waiting:
            return alert
        ordered = sorted(waiting, key=lambda found: (found[1]["precedence"] != "FLASH", not found[2].overdue,
                                                     found[1]["ack_due_at"] or "~"))
        return self._with_headline(replace(alert, notice_ids=tuple(found[0] for found in ordered)), now)

    def _raise(self, alert: Alert) -> None:
        log.warning("alert: %s", alert.text)
        present_alert(self, alert)
        self.raised.emit(alert)

    def _go(self, alert: Alert) -> None:
        """The officer acted on the strip: the main window comes forward with the notice selected."""
        window = self.window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        waiting = self._waiting(alert.notice_ids, self.window.clock())
        self._go_to(waiting[0][0] if waiting else alert.notice_ids[0])

    # ---- the strip's line ---------------------------------------------------------------

    def _with_states(self, notice_ids, now: datetime) -> list[tuple[int, dict, deadlines.DeadlineState]]:
        """The stored notices among `notice_ids`, in that order, each with its deadline state now."""
        rows = queries.notice_rows(self.station.store.conn, list(notice_ids))
        return [(notice_id, rows[notice_id], deadlines.deadline_state(rows[notice_id], now))
                for notice_id in notice_ids if notice_id in rows]

    def _waiting(self, notice_ids: tuple[int, ...], now: datetime) -> list[tuple[int, dict, deadlines.DeadlineState]]:
        """The alert's notices still waiting for an acknowledgement, in the alert's order."""
        return [found for found in self._with_states(notice_ids, now)
                if found[2].phase in (deadlines.Phase.RUNNING, deadlines.Phase.OVERDUE)]

    def _headline(self, notice_ids: tuple[int, ...], now: datetime) -> tuple[str, str] | None:
        """(precedence, line) of the first notice still waiting, e.g. 'FLASH launch notification no. 12
        from NRRC-RU — ack due in 9 min'; None when none is."""
        waiting = self._waiting(notice_ids, now)
        if not waiting:
            return None
        _id, row, state = waiting[0]
        incoming = row["direction"] == "in"
        what = (tr("%1 %2 no. %3 from %4") if incoming else tr("%1 %2 no. %3 to %4")).replace(
            "%1", row["precedence"]).replace("%2", kind_label(row["kind"]).lower()).replace(
            "%3", str(row["sequence"])).replace("%4", row["counterpart"])
        span = span_text(abs(state.remaining))
        if state.overdue:
            due = (tr("ack OVERDUE %1") if incoming else tr("their ack OVERDUE %1")).replace("%1", span)
        else:
            due = (tr("ack due in %1") if incoming else tr("their ack due in %1")).replace("%1", span)
        line = f"{what} — {due}"
        if len(waiting) > 1:
            line += " " + tr("(%n more waiting)", None, len(waiting) - 1)
        return row["precedence"], line

    def _with_headline(self, alert: Alert, now: datetime) -> Alert:
        headline = self._headline(alert.notice_ids, now)
        if headline is None:
            return alert
        return replace(alert, precedence=headline[0], headline=headline[1])

    def _refresh_strip(self, now: datetime) -> None:
        """Keep the strip's countdown current; hide it once none of its notices waits any more."""
        shown = self.board.current
        if shown is None:
            return
        headline = self._headline(shown.notice_ids, now)
        if headline is None:
            self.board.show(None)
        elif headline != (shown.precedence, shown.headline):
            self.board.show(replace(shown, precedence=headline[0], headline=headline[1]))

    # ---- what alerts ------------------------------------------------------------------

    def check(self, now: datetime, overdue: list[deadlines.OverdueNotice]) -> None:
        """Called every second with the overdue notices of both directions."""
        self._refresh_strip(now)
        self._update_alarm()
        for direction, repeat in (("in", OVERDUE_REPEAT), ("out", FOLLOW_UP_REPEAT)):
            late = [item for item in overdue if item.direction == direction]
            ids = {item.notice_id for item in late}
            newly_late = ids - self._overdue_seen[direction]
            self._overdue_seen[direction] = ids
            if not late:
                self._last_alert[direction] = None
                continue
            last = self._last_alert[direction]
            if newly_late or last is None or now - last >= repeat:
                self._last_alert[direction] = now
                self._raise(self._overdue_alert(direction, late, now))

    def _overdue_alert(self, direction: str, late: list[deadlines.OverdueNotice], now: datetime) -> Alert:
        worst = late[0]  # the longest overdue
        what = (
            tr("%1 %2 no. %3 from %4") if direction == "in" else tr("%1 %2 no. %3 to %4")
        ).replace("%1", worst.precedence).replace("%2", kind_label(worst.kind).lower()).replace(
            "%3", str(worst.sequence)).replace("%4", worst.counterpart)
        late_by = span_text(worst.late_by(now))
        if direction == "in":
            title = tr("Acknowledgement overdue")
            if len(late) == 1:
                text = tr("%1: acknowledgement OVERDUE %2. Acknowledge it (Ctrl+K) or report a problem.")
            else:
                text = tr("%n notices past their acknowledgement deadline; the longest, %1, OVERDUE %2.", None, len(late))
        else:
            title = tr("No acknowledgement from the counterpart")
            if len(late) == 1:
                text = tr("%1 not acknowledged: OVERDUE %2. Follow it up with the counterpart.")
            else:
                text = tr("%n notices we sent not acknowledged in time; the longest, %1, OVERDUE %2.", None, len(late))
        text = text.replace("%1", what).replace("%2", late_by)
        kind = "overdue" if direction == "in" else "follow_up"
        # The strip names a FLASH first, else the longest overdue.
        ordered = sorted(late, key=lambda item: item.precedence != "FLASH")
        return self._with_headline(Alert(kind, title, text, tuple(item.notice_id for item in ordered)), now)

    def on_arrivals(self, accepted: list, now: datetime) -> None:
        """A 'notices_changed' event's accepted list: [(notice id, kind, precedence), ...]."""
        urgent = [
            notice_id for notice_id, kind, precedence in accepted
            if precedence in URGENT_PRECEDENCES and kind != "acknowledgement"
        ]
        if not urgent:
            return
        found = self._with_states(urgent, now)
        rows = {notice_id: row for notice_id, row, _state in found}
        described = []
        for _notice_id, row, state in found:
            within = span_text(state.remaining) if state.remaining is not None else "?"
            described.append(
                tr("%1 %2 no. %3 from %4: acknowledge within %5.")
                .replace("%1", row["precedence"]).replace("%2", kind_label(row["kind"]).lower())
                .replace("%3", str(row["sequence"])).replace("%4", row["counterpart"]).replace("%5", within)
            )
        if not described:
            return
        flash = any(rows.get(i, {}).get("precedence") == "FLASH" for i in urgent)
        title = tr("FLASH notice received") if flash else tr("IMMEDIATE notice received")
        # The strip names the most urgent: a FLASH first, then the earliest deadline.
        ordered = sorted(
            (i for i in urgent if i in rows),
            key=lambda i: (rows[i]["precedence"] != "FLASH", rows[i]["ack_due_at"] or "~"),
        )
        self._raise(self._with_headline(Alert("arrival", title, " ".join(described), tuple(ordered)), now))
