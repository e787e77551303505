"""Render the README's screenshots offscreen: `make screenshots`.

Each picture is a QWidget.grab() of a real window on a demo station, so the
images show what the code draws today. The main window, compose, the release dialog and the
change of watch are also drawn in Russian and Chinese (*-ru.png, *-zh_CN.png), as
`watchdesk --language ru` or `--language zh_CN` shows them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from console.service.demo import open_demo_station  # noqa: E402
from console.ui.app import make_application  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def _grab_demo_inbox(app, name: str, pick_notice, before_window=None) -> None:
    """The demo station's main window at 1280x800, Sam Avery on watch, the inbox showing the notice
    `pick_notice(station)` returns, saved as OUT/name. `before_window(station)` runs first."""
    from console.ui.inbox import alerts

    alerts.present_alert = lambda _center, _alert: None  # no beeps while taking pictures
    with tempfile.TemporaryDirectory() as tmp:
        station = open_demo_station(Path(tmp))
        if before_window is not None:
            before_window(station)
        window = MainWindow(station)
        window.resize(1280, 800)
        window.show()
        window.set_officer("Sam Avery")
        window.inbox_desk.reader.wait_ready()
        window.show_page("inbox")
        window.inbox_desk.go_to_notice(pick_notice(station))
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(OUT / name))
        window.close()
        station.close()


def reading_pane(app) -> None:
    """reading-pane.png: a submarine launch from a named sea selected at 1280x800, the officer's
    zone set to Oslo so that the local time beside UTC shows."""
    import time

    def from_a_named_sea(station) -> int:
        rows = station.store.conn.execute(
            "SELECT id, notice_json LIKE '%\"body_of_water\"%' FROM notices WHERE direction = 'in' "
            "AND kind = 'launch_notification' ORDER BY id").fetchall()
        named = [notice_id for notice_id, from_a_sea in rows if from_a_sea]
        return (named or [rows[0][0]])[0]

    zone = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Oslo"
    time.tzset()
    try:
        _grab_demo_inbox(app, "reading-pane.png", from_a_named_sea)
    finally:
        if zone is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = zone
        time.tzset()


def cancelled_chain(app) -> None:
    """cancelled-chain.png: at 1280x800, a FLASH the counterpart amended and then cancelled, selected in
    our inbox: CANCELLED at the top of the pane and in its deadline strip, the chain on record (theirs
    and our acknowledgements). Two real stations joined by real folders (tests/support/stations.py)."""
    from console.service.drafts import amendment_of, cancellation_of
    from console.service.outgoing import Outgoing
    from console.storage import notices as notice_rows
    from console.ui.inbox import alerts
    from tests.exchange.conftest import launch_draft
    from tests.support.stations import (WATCH_START, Clock, as_counterpart_desk, carry, import_inbox, introduce,
                                        make_station)

    alerts.present_alert = lambda _center, _alert: None  # no beeps while taking pictures
    clock = Clock(WATCH_START)
    with tempfile.TemporaryDirectory() as tmp:
        us = make_station(Path(tmp), "NRRC-US", "US NRRC", clock)
        them = as_counterpart_desk(make_station(Path(tmp), "NRRC-RU", "RU NRRC", clock), clock)
        introduce(us, them)

        def send(draft):
            sent = Outgoing(them).release(draft, "Lt Ivanov")
            carry(them, us)
            import_inbox(us, "NRRC-RU")
            return notice_rows.by_id(them.store, sent.notice.id)

        original = send(launch_draft("NRRC-US", clock, precedence="FLASH"))
        ours = notice_rows.by_message_id(us.store, original["message_id"])
        clock.advance(minutes=4)
        Outgoing(us).acknowledge(ours.id, "Maj Petrov")
        clock.advance(minutes=31)
        amendment = amendment_of(original, "Lt Ivanov")
        amendment["body"]["content"]["remarks"] = "ZEBRA-7731 exercise launch, second stage only"
        send(amendment)
        clock.advance(minutes=52)
        cancellation = cancellation_of(original, "Lt Ivanov")
        cancellation["body"]["reason"] = "Launch called off"
        send(cancellation)
        clock.advance(minutes=3)

        window = MainWindow(us, clock=clock)
        window.resize(1280, 800)
        window.show()
        window.inbox_desk.reader.wait_ready()
        window.inbox_desk.go_to_notice(ours.id)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(OUT / "cancelled-chain.png"))
        window.close()
        us.close()
        them.close()


def night_palette(app) -> None:
    """night-palette.png: the main window at 1280x800 with the station set to the night palette
    (as the settings or View > Night palette leave it), a received notice selected."""
    from console.ui.palette import apply_night

    def first_launch(station) -> int:
        return station.store.conn.execute(
            "SELECT id FROM notices WHERE direction = 'in' AND kind = 'launch_notification' ORDER BY id").fetchone()[0]

    _grab_demo_inbox(app, "night-palette.png", first_launch,
                     before_window=lambda station: station.update_settings("system", night_palette=True))
    apply_night(False)  # the pictures after this one are in the day palette


def translated_main_windows(app) -> None:
    """main-window-ru.png, main-window-zh_CN.png: the demo station's main window at 1280x800 in
    the language, Sam Avery on watch, the first launch notification received read in the pane."""
    from tests.support.in_language import TRANSLATED, in_language

    def first_launch(station) -> int:
        return station.store.conn.execute(
            "SELECT id FROM notices WHERE direction = 'in' AND kind = 'launch_notification' ORDER BY id").fetchone()[0]

    for language in TRANSLATED:
        with in_language(language):
            _grab_demo_inbox(app, f"main-window-{language}.png", first_launch)


def main() -> int:
    app = make_application()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        station = open_demo_station(Path(tmp))
        window = MainWindow(station)
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "main-window.png"))
        window.close()
        station.close()
    reading_pane(app)
    cancelled_chain(app)
    night_palette(app)
    translated_main_windows(app)
    # The feature screenshots are made by the modules that own the widgets.
    import runpy

    for module in ("tests.inbox.make_screenshots", "tests.inbox.make_alert_screenshot", "tests.compose.screenshots",
                   "tests.admin.make_screenshots", "tests.printing.make_screenshots", "tests.export.make_screenshots"):
        try:
            runpy.run_module(module, run_name="__main__")
        except SystemExit as done:  # each ends with sys.exit(main()): go on to the next
            if done.code:
                raise
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
