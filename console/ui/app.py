"""Starting the GUI: the application object, the station, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtWidgets import QApplication

import console
from console.logsetup import configure_logging
from console.printing.qt_binding import QtBindingDefect, check_qt_binding
from console.service.events import EventBus
from console.service.station import Station
from console.startup_timeline import StartupTimeline
from console.storage.errors import StoreError
from console.storage.keysource import KeyringKeySource
from console.ui import dialogs, errors
from console.ui.first_paint import AfterFirstPaint
from console.ui.main_window import MainWindow
from console.ui.palette import install_focus_frames, legible_selection

log = logging.getLogger(__name__)

# The folder watcher and the pages' counts start after the window's first paint, or this long
# after it was shown if it has not painted (minimized, on another desktop).
WATCHER_AT_THE_LATEST_MS = 1000


def no_display_reason(environ=os.environ, platform: str = sys.platform) -> str | None:
    """One sentence when a window cannot be shown here, before Qt aborts with xcb jargon."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to open the console's window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
        "start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it unseen."
    )


def make_application(argv: list[str] | None = None) -> QApplication:
    check_qt_binding()  # refuse a binding that would crash the watch, before anything else
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Watchdesk")
    app.setApplicationVersion(console.__version__)
    app.setOrganizationName("Watchdesk")
    install_focus_frames(app)  # a 2 px frame on the focused widget, in every window
    legible_selection(app)  # the selected row's text at WCAG AA in the day palette too
    return app


def open_station(args) -> Station:
    if args.demo:
        from console.service.demo import open_demo_station  # the simulator and the demo's data: only for --demo

        return open_demo_station(None if args.data_dir_given is False else args.data_dir)
    return Station.open(args.data_dir, KeyringKeySource(), check="background")


def run_gui(args, *, started: float, timeline: StartupTimeline | None = None) -> int:
    timeline = timeline or StartupTimeline()
    reason = no_display_reason()
    if reason:
        print(f"watchdesk: {reason}", file=sys.stderr)
        return 2
    try:
        app = make_application()
    except QtBindingDefect as exc:
        print(f"watchdesk: {exc}", file=sys.stderr)
        return 2
    timeline.mark("QApplication")
    # The demo logs into its own throwaway folder, never into a real station's.
    log_path = None if args.demo else configure_logging(args.data_dir)
    errors.install_excepthook(lambda: str(log_path))
    if args.quit_when_ready:
        # Unattended: report on stderr instead of waiting on a dialog nobody will close.
        dialogs.show_error = lambda _parent, _title, text, details: print(f"{text}\n{details}", file=sys.stderr)
    try:
        station = open_station(args)
    except (StoreError, OSError) as exc:
        log.error("cannot open the station: %s", exc)
        print(f"watchdesk: {exc}", file=sys.stderr)
        if not args.quit_when_ready:
            dialogs.show_error(None, "Watchdesk cannot open the station", str(exc), "")
        return 1
    timeline.mark("open the station (key from the keyring, store)")
    if station.demo:
        log_path = configure_logging(station.data_dir)
    log.info("opened station %s in %s", station.station_id, station.data_dir)
    from console.ui import language
    from console.ui.station_admin import watch

    # Before any widget exists: --language, else the workstation's setting, else the system's locale.
    # The officer's own language comes into force when their watch starts (MainWindow.set_officer).
    language.set_command_line_language(getattr(args, "language", None))
    language.install_translator(language.language_in_force(None, station.settings().get("language")))
    watch.ASK_AT_START = not args.quit_when_ready  # never blocks an unattended run
    timeline.mark("logging and translator")
    window = MainWindow(station, EventBus(), timeline=timeline, counts_after_paint=True)

    def after_first_paint() -> None:
        timeline.painted()
        if args.quit_when_ready:
            print(f"ready in {round((time.perf_counter() - started) * 1000)} ms", flush=True)
            if not timeline.recording:  # nothing after the paint: the run ends where start-up does
                window.close()
                app.quit()
                return
        if not window.isVisible():
            return  # closed before it painted
        # What the window need not wait for to paint: its pages' counts, and the folder watcher
        # (an arrival in the meantime waits in the inbox folder, which the watcher reads first).
        window.update_counts()
        timeline.mark("the navigation's counts")
        window.start()
        timeline.mark("start the folder watcher")
        if args.quit_when_ready:
            timeline.report()
            window.close()
            app.quit()

    AfterFirstPaint(window.inbox.table.viewport(), after_first_paint, WATCHER_AT_THE_LATEST_MS, window)
    window.show()
    try:
        return app.exec()
    finally:
        station.close()
