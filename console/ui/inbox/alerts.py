"""Alerts that are not missed: deadlines passing, FLASH and IMMEDIATE traffic arriving.

An overdue acknowledgement alerts at once and again every minute until the
notice is answered; a notice we sent that the counterpart has not acknowledged
in time alerts once and again every five minutes, so the officer follows it up.
A new FLASH or IMMEDIATE notice alerts the moment it is imported.

Each alert goes out on every channel there is, none of which needs the network:
a message from the system tray (where the desktop has one), a sound (the chime
in resources/sounds through QtMultimedia when installed, else the system beep;
never when the station's `sounds` setting is off), the window raised and its
taskbar entry flashing, and a line in the status bar. Time comes from the
window's injected clock, so tests move it.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from console.paths import resources_dir
from console.service import deadlines, queries
from console.ui.inbox.table_model import kind_label, span_text

log = logging.getLogger(__name__)

OVERDUE_REPEAT = timedelta(seconds=60)
FOLLOW_UP_REPEAT = timedelta(minutes=5)
URGENT_PRECEDENCES = ("FLASH", "IMMEDIATE")
ALERT_SOUND = resources_dir() / "sounds" / "alert.wav"
STATUS_MESSAGE_MS = 30000


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Alerts", text, disambiguation, n)


@dataclass(frozen=True)
class Alert:
    kind: str  # "arrival" | "overdue" | "follow_up"
    title: str
    text: str
    notice_ids: tuple[int, ...]


class AlertSound:
    """The chime through QtMultimedia's QSoundEffect when PySide6 ships it, else the system beep.

    PySide6-Essentials (the project's dependency) has no QtMultimedia; PySide6-Addons adds it.
    """

    def __init__(self, parent: QObject) -> None:
        self.effect = None
        if importlib.util.find_spec("PySide6.QtMultimedia") is not None and ALERT_SOUND.exists():
            from PySide6.QtMultimedia import QSoundEffect

            self.effect = QSoundEffect(parent)
            self.effect.setSource(QUrl.fromLocalFile(str(ALERT_SOUND)))
            self.effect.setVolume(0.8)

    @property
    def description(self) -> str:
        return tr("chime (%1)").replace("%1", ALERT_SOUND.name) if self.effect is not None else tr("system beep")

    def play(self) -> None:
        if self.effect is not None:
            self.effect.play()
        else:
            QApplication.beep()


def _present(center: "AlertCenter", alert: Alert) -> None:
    window = center.window
    window.statusBar().showMessage(alert.text, STATUS_MESSAGE_MS)
    if QSystemTrayIcon.isSystemTrayAvailable():
        center.tray().showMessage(alert.title, alert.text, QSystemTrayIcon.MessageIcon.Critical, 15000)
    if center.sounds_on():
        center.sound.play()
    window.raise_()
    QApplication.alert(window, 0)


# Test seam: tests replace this to capture alerts instead of beeping and raising windows.
present_alert: Callable[["AlertCenter", Alert], None] = _present


class AlertCenter(QObject):
    raised = Signal(object)  # Alert, after it was presented

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.station = window.station
        self.sound = AlertSound(self)
        self._tray: QSystemTrayIcon | None = None
        self._overdue_seen: dict[str, set[int]] = {"in": set(), "out": set()}
        self._last_alert: dict[str, datetime | None] = {"in": None, "out": None}

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
        if self._tray is not None:
            self._tray.hide()

    def _raise(self, alert: Alert) -> None:
        log.warning("alert: %s", alert.text)
        present_alert(self, alert)
        self.raised.emit(alert)

    # ---- what alerts ------------------------------------------------------------------

    def check(self, now: datetime, overdue: list[deadlines.OverdueNotice]) -> None:
        """Called every second with the overdue notices of both directions."""
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
        return Alert(kind, title, text, tuple(item.notice_id for item in late))

    def on_arrivals(self, accepted: list, now: datetime) -> None:
        """A 'notices_changed' event's accepted list: [(notice id, kind, precedence), ...]."""
        urgent = [
            notice_id for notice_id, kind, precedence in accepted
            if precedence in URGENT_PRECEDENCES and kind != "acknowledgement"
        ]
        if not urgent:
            return
        rows = queries.notice_rows(self.station.store.conn, urgent)
        described = []
        for notice_id in urgent:
            row = rows.get(notice_id)
            if row is None:
                continue
            state = deadlines.deadline_state(row, now)
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
        self._raise(Alert("arrival", title, " ".join(described), tuple(urgent)))
