"""Render docs/screenshots/flash-alert.png offscreen: a FLASH arrives from the counterpart while the
officer composes a notice, and the alert strip shows over the compose window. Two real stations
joined by real folders (tests/support/stations.py), as in the tests.

    .venv/bin/python -m tests.inbox.make_alert_screenshot [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QAction  # noqa: E402

from console.service.outgoing import Outgoing  # noqa: E402
from console.ui import app as gui  # noqa: E402
from console.ui.inbox import alerts  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402
from tests.compose.screenshots import launch_state  # noqa: E402
from tests.exchange.conftest import launch_draft  # noqa: E402
from tests.inbox.make_screenshots import OUT, _settle  # noqa: E402
from tests.support.stations import WATCH_START, Clock, carry, import_inbox, introduce, make_station  # noqa: E402

SIZE = (1280, 800)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    application = gui.make_application()
    clock = Clock(WATCH_START)
    with tempfile.TemporaryDirectory() as tmp:
        us = make_station(Path(tmp), "NRRC-US", "US Nuclear Risk Reduction Center", clock)
        them = make_station(Path(tmp), "NRRC-RU", "RU National Nuclear Risk Reduction Center", clock)
        introduce(us, them)
        window = MainWindow(us, clock=clock)
        window.show()
        window.set_officer("alice")
        desk = window.inbox_desk
        # The real presentation (run after tests.inbox.make_screenshots, which turns it off), silent.
        alerts.present_alert = alerts._present
        desk.alerts.sound.play = lambda: None
        _settle(application)
        # The officer is writing a notice when the FLASH comes in.
        window.findChild(QAction, "actionNewLaunchNotification").trigger()
        compose = window.compose.compose_windows[-1]
        compose.form.set_state(launch_state())
        compose.recheck()
        compose.resize(*SIZE)
        compose.activateWindow()
        compose.form.remarks_edit.setFocus()
        _settle(application)
        Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="FLASH"), "Lt Ivanov", approver="vera")
        carry(them, us)
        import_inbox(us, "NRRC-RU")
        clock.advance(minutes=1)
        row = us.store.conn.execute(
            "SELECT id, kind, precedence FROM notices WHERE direction = 'in' AND precedence = 'FLASH'").fetchone()
        desk.alerts.on_arrivals([tuple(row)], clock())  # as the inbox watcher reports an import
        _settle(application)
        path = out / "flash-alert.png"
        compose.grab().save(str(path))
        print(path)
        compose.discard()
        window.close()
        us.close()
        them.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
