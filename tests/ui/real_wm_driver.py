"""The console on a real X display, for tests/ui/test_real_window_manager.py: our station's main
window with a compose window open on it, and a counterpart station whose FLASH and IMMEDIATE
traffic arrives as sealed files in our watched inbox folder (tests/support/stations.py).

    QT_QPA_PLATFORM=xcb DISPLAY=:N python -m tests.ui.real_wm_driver

Run in a process of its own (the test process has its offscreen QApplication). It takes one
command a line on stdin and answers each with one JSON line on stdout:

    state              what Qt sees: the active window, the focus widget, the remarks typed, the
                       strips, the inbox page and its selection, the X window ids
    flash, immediate   the counterpart releases one; answered when its alert has been presented
    close-compose      the compose window goes (its draft discarded)
    quit
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from console.service.outgoing import Outgoing
from console.ui import app as gui
from console.ui.main_window import MainWindow
from tests.exchange.conftest import launch_draft
from tests.support.stations import WATCH_START, Clock, as_counterpart_desk, carry, introduce, make_station


def say(**answer) -> None:
    print(json.dumps(answer), flush=True)


def widget_name(widget) -> str | None:
    return None if widget is None else (widget.objectName() or type(widget).__name__)


class Driver:
    def __init__(self, folder: Path) -> None:
        self.clock = Clock(WATCH_START)
        self.us = make_station(folder, "NRRC-US", "US NRRC", self.clock)
        self.them = as_counterpart_desk(make_station(folder, "NRRC-RU", "RU NRRC", self.clock), self.clock)
        introduce(self.us, self.them)
        self.window = MainWindow(self.us, clock=self.clock)
        self.window.setWindowTitle("Watchdesk main window")
        self.window.resize(1100, 700)
        self.window.show()
        self.window.arrivals.start()
        self.window.inbox_desk.alerts.raised.connect(self._alert_presented)
        self.waiting_for: str | None = None  # the precedence whose arrival alert a command waits for
        self.window.findChild(QAction, "actionNewLaunchNotification").trigger()
        self.compose = self.window.compose.compose_windows[-1]
        self.compose.setWindowTitle("Watchdesk compose window")
        self.compose.resize(900, 650)
        self.compose.activateWindow()
        self.compose.form.remarks_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def ids(self) -> dict:
        ids = {"main": int(self.window.winId())}
        if self.compose is not None:
            ids["compose"] = int(self.compose.winId())
        return ids

    def state(self) -> dict:
        board = self.window.alert_board
        strips = {}
        for name, top in (("main", self.window), ("compose", self.compose)):
            strip = board.strip_of(top) if top is not None else None
            if strip is not None:
                centre = strip.go_button.mapToGlobal(strip.go_button.rect().center())
                strips[name] = {"visible": strip.isVisible(), "text": strip.text.text(),
                                "go": strip.go_button.text(), "go_at": [centre.x(), centre.y()]}
        active = QApplication.activeWindow()
        return {
            "ids": self.ids(),
            "active": None if active is None else ("main" if active is self.window else
                                                   "compose" if active is self.compose else widget_name(active)),
            "focus": widget_name(QApplication.focusWidget()),
            "focus_in_remarks": self.compose is not None and QApplication.focusWidget() is self.compose.form.remarks_edit,
            "focus_in_list": QApplication.focusWidget() is self.window.inbox.table,
            "main_minimized": self.window.isMinimized(),
            "remarks": None if self.compose is None else self.compose.form.remarks_edit.toPlainText(),
            "strips": strips,
            "page": self.window.current_page(),
            "selected": self.window.inbox.selected_notice_id(),
            "flash_ids": [row[0] for row in self.us.store.conn.execute(
                "SELECT id FROM notices WHERE direction = 'in' AND precedence = 'FLASH'")],
        }

    def arrive(self, precedence: str) -> None:
        self.waiting_for = precedence
        Outgoing(self.them).release(launch_draft("NRRC-US", self.clock, precedence=precedence), "Col Orlova")
        carry(self.them, self.us)  # into our inbox folder: the window's watcher imports it

    def _alert_presented(self, alert) -> None:
        if alert.kind == "arrival" and self.waiting_for is not None and alert.title.startswith(self.waiting_for):
            self.waiting_for = None
            say(event="presented", title=alert.title, **self.state())

    def command(self, line: str) -> bool:
        word = line.strip()
        if word == "state":
            say(event="state", **self.state())
        elif word in ("flash", "immediate"):
            self.arrive(word.upper())
        elif word == "close-compose":
            self.compose.discard()
            self.compose = None
            say(event="closed", **self.state())
        elif word == "quit":
            return False
        else:
            say(event="error", error=f"unknown command {word!r}")
        return True

    def close(self) -> None:
        if self.compose is not None and shiboken6.isValid(self.compose):
            self.compose.discard()
        self.window.close()
        self.us.close()
        self.them.close()


def main() -> int:
    application = gui.make_application()
    with tempfile.TemporaryDirectory() as folder:
        driver = Driver(Path(folder))
        stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

        def read() -> None:
            line = sys.stdin.readline()
            if not line or not driver.command(line):
                stdin.setEnabled(False)
                application.quit()

        stdin.activated.connect(read)
        say(event="ready", **driver.state())
        application.exec()
        driver.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())
