"""Render docs/screenshots/inbox-*.png from the demo station, offscreen.

    .venv/bin/python -m tests.inbox.make_screenshots [OUT_DIR]

inbox-selected.png: a launch notification selected, its record and deadline in the pane (1280x800).
inbox-overdue.png: an overdue notice selected, the red rows and the overdue banner.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from console.service import deadlines  # noqa: E402
from console.service.demo import open_demo_station  # noqa: E402
from console.ui import app as gui  # noqa: E402
from console.ui.inbox import alerts  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _settle(application, rounds: int = 20) -> None:
    for _ in range(rounds):
        application.processEvents()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    application = gui.make_application()
    alerts.present_alert = lambda _center, alert: None  # no beeps while taking pictures
    with tempfile.TemporaryDirectory() as tmp:
        station = open_demo_station(Path(tmp))
        window = MainWindow(station)
        window.resize(1280, 800)  # the size a watch desk gives it: nothing may be cut
        window.show()
        window.set_officer("Sam Avery")
        desk = window.inbox_desk
        desk.reader.wait_ready()
        window.show_page("inbox")
        _settle(application)
        conn = station.store.conn
        now = window.clock()
        overdue = deadlines.overdue_notices(conn, now, "in")
        running = conn.execute(
            "SELECT id FROM notices WHERE direction = 'in' AND kind = 'launch_notification' AND ack_due_at > ? "
            "ORDER BY ack_due_at LIMIT 1", [now.strftime("%Y-%m-%dT%H:%M:%SZ")],
        ).fetchone()
        shots = [("inbox-selected.png", running[0] if running else None),
                 ("inbox-overdue.png", overdue[0].notice_id if overdue else None)]
        for name, notice_id in shots:
            if notice_id is None:
                print(f"{name}: the demo has no such notice", file=sys.stderr)
                continue
            desk.go_to_notice(notice_id)
            desk.tick()
            _settle(application)
            window.grab().save(str(out / name))
            print(out / name, f"(list {window.inbox.width()} px, reading pane {desk.inbox_detail.width()} px)")
        window.close()
        station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
