"""Render docs/screenshots/export-hazard-areas.png and export-left-out.png offscreen, and write the
samples of docs/exports/ with the real export: a demo-like EXERCISE launch from the White Sea with an
impact area across the date line and one in nautical miles, then its cancellation, received from the
counterpart by two real stations joined by real folders (tests/support/stations.py).

    .venv/bin/python -m tests.export.make_screenshots [SCREENSHOT_DIR [SAMPLE_DIR]]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from console.export import ExportFormat, export_notice  # noqa: E402
from console.service.drafts import cancellation_of  # noqa: E402
from console.storage import notices as notice_rows  # noqa: E402
from console.ui import app as gui  # noqa: E402
from console.ui import dialogs  # noqa: E402
from console.ui.inbox import alerts  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402
from tests.export.conftest import ACROSS_THE_DATE_LINE, KURA_50_NM, WHITE_SEA, notification  # noqa: E402
from tests.support.stations import (  # noqa: E402
    WATCH_START,
    Clock,
    as_counterpart_desk,
    introduce,
    make_station,
    send_and_import,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {ExportFormat.CAP: "launch-notification.cap.xml", ExportFormat.KML: "launch-notification.kml",
           ExportFormat.GEOJSON: "launch-notification.geojson", ExportFormat.NOTAM: "launch-notification.notam.txt"}


def _settle(application) -> None:
    for _ in range(20):
        application.processEvents()


def main(argv: list[str]) -> int:
    shots = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    samples = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "exports"
    shots.mkdir(parents=True, exist_ok=True)
    samples.mkdir(parents=True, exist_ok=True)
    application = gui.make_application()
    alerts.present_alert = lambda _center, _alert: None  # no beeps while taking pictures
    clock = Clock(WATCH_START)
    with tempfile.TemporaryDirectory() as tmp:
        us = make_station(Path(tmp), "NRRC-US", "US Nuclear Risk Reduction Center", clock)
        them = as_counterpart_desk(make_station(Path(tmp), "NRRC-RU", "RU National Nuclear Risk Reduction Center",
                                                clock), clock)
        introduce(us, them)
        sent = send_and_import(them, us, notification(
            "NRRC-US", launch_area=WHITE_SEA, category="SLBM", impact_areas=[ACROSS_THE_DATE_LINE, KURA_50_NM]))
        ours = notice_rows.by_message_id(us.store, sent["message_id"])
        for fmt, name in SAMPLES.items():
            export_notice(us.store, ours["message_id"], fmt, samples / name, "Sam Avery", clock())
        clock.advance(minutes=5)

        window = MainWindow(us, clock=clock)
        window.resize(1280, 800)
        window.show()
        window.set_officer("Sam Avery")
        window.inbox_desk.reader.wait_ready()
        window.inbox_desk.go_to_notice(ours.id)
        _settle(application)

        # The Notice menu open on the action, drawn where it drops down from the menu bar.
        menu = window.menus["notice"]
        action = next(item for item in menu.actions() if item.objectName() == "actionExportHazardAreas")
        menu_bar = window.menuBar()
        at = menu_bar.mapTo(window, menu_bar.actionGeometry(menu.menuAction()).bottomLeft())
        menu.popup(window.mapToGlobal(at))
        menu.setActiveAction(action)
        _settle(application)
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(at, menu.grab())
        painter.end()
        menu.hide()
        picture.save(str(shots / "export-hazard-areas.png"))

        # The outcome: the status bar's line, and the dialog listing what the format could not hold.
        told: list[tuple[str, str]] = []
        media = Path(tmp) / "for-the-authorities"
        media.mkdir()
        kept = dialogs.choose_item, dialogs.save_file_name, dialogs.inform
        dialogs.choose_item = lambda *_args: ExportFormat.GEOJSON.label
        dialogs.save_file_name = lambda _parent, _title, suggested, _filter: str(media / suggested)
        dialogs.inform = lambda _parent, title, text: told.append((title, text))
        try:
            action.trigger()
            while not told:
                application.processEvents()
        finally:
            dialogs.choose_item, dialogs.save_file_name, dialogs.inform = kept
        box = QMessageBox(QMessageBox.Icon.Information, *told[0], QMessageBox.StandardButton.Ok, window)
        box.show()
        _settle(application)
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(QPoint((window.width() - box.width()) // 2, (window.height() - box.height()) // 2),
                           box.grab())
        painter.end()
        box.close()
        picture.save(str(shots / "export-left-out.png"))
        window.close()

        # Then the counterpart cancels it: the cancellation's CAP alert.
        clock.advance(minutes=40)
        cancellation = cancellation_of(sent, "ivan")
        cancellation["body"]["reason"] = "The exercise launch is called off."
        cancelled = send_and_import(them, us, cancellation)
        export_notice(us.store, cancelled["message_id"], ExportFormat.CAP, samples / "cancellation.cap.xml",
                      "Sam Avery", clock())
        us.close()
        them.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
