"""The inbox at 100,000 notices, measured inside the process on the real model and view.

Each operation is timed from the officer's action to the moment the view has
its new rows and has painted them. The reader thread is up, as in the running
console, so listings are computed off the GUI thread.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import Result, median_of

NOTICES = 100_000
TARGET_MS = 16.0  # one frame at 60 Hz


def _listed(app, view, action) -> float:
    """Seconds from `action()` to the new listing being on screen.

    Waits in a Qt event loop, as the console does, rather than spinning: a busy
    GUI thread would take the interpreter from the reader thread it waits for.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    answered: list[int] = []  # a listing answered from the packed columns comes before action() returns

    def on_loaded(count: int) -> None:
        answered.append(count)
        loop.quit()

    view.loaded.connect(on_loaded)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    try:
        started = time.perf_counter()
        action()
        if not answered:
            timeout.start(30_000)
            loop.exec()
            if not answered:
                raise TimeoutError("the inbox did not answer in time")
        view.table.viewport().repaint()
        return time.perf_counter() - started
    finally:
        timeout.stop()
        view.loaded.disconnect(on_loaded)


def build_window(root: Path, count: int = NOTICES):
    from console.service.bulk import fill_history
    from console.service.station import Station
    from console.storage.keysource import EphemeralKeySource
    from console.ui.main_window import MainWindow

    keys = EphemeralKeySource()
    station, _ = Station.initialise(root / "station", "BENCH-US", "Benchmark station", keys)
    fill_history(station, count)
    station.close()
    station = Station.open(root / "station", keys)
    window = MainWindow(station)
    window.resize(1400, 900)
    window.show()
    return station, window


def run_inbox_benchmarks(runs: int = 5) -> list[Result]:
    from console.printing.app import ensure_gui_application

    app = ensure_gui_application()
    with tempfile.TemporaryDirectory(prefix="wd-bench-inbox-") as tmp:
        station, window = build_window(Path(tmp))
        try:
            view = window.inbox
            view.reader.wait_ready() if view.reader is not None else None
            # The packed columns are read on the reader after the first listing, as in the console.
            deadline = time.monotonic() + 60
            while not (view.packed.ready and view.listing_complete) and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            app.processEvents()
            everything = view.filter

            def reset() -> None:
                if view.filter != everything or view.search.text():
                    _listed(app, view, view.clear_filters)
                # The console is idle when the officer acts: the paints the reset left queued (the
                # filter bar, the header) are done before the next timed action, not inside it.
                app.processEvents()

            def by_status() -> float:
                reset()
                index = view.status_filter.findData("EXERCISE")
                return _listed(app, view, lambda: view.status_filter.setCurrentIndex(index))

            searches = iter(["Barents", "Okhotsk"] * 50)  # new words each time: kept matches are not reused

            def text_search() -> float:
                reset()
                # The search box waits for a pause in typing; time the query the pause starts.
                view.search.blockSignals(True)
                view.search.setText(next(searches))
                view.search.blockSignals(False)
                return _listed(app, view, view.reload)

            def sort_by_dtg() -> float:
                reset()
                ascending = not view.descending_button.isChecked()
                return _listed(app, view, lambda: view.set_order("dtg", ascending))

            def jump_to_last_row() -> float:
                started = time.perf_counter()
                last = view.model.rowCount() - 1
                view.table.scrollToBottom()
                view.table.selectRow(last)
                view.table.viewport().repaint()
                app.processEvents()
                return time.perf_counter() - started

            results = []
            for name, operation in (
                ("filter by status", by_status),
                ("text search", text_search),
                ("sort by DTG", sort_by_dtg),
                ("jump to the last row", jump_to_last_row),
            ):
                operation()  # once to warm the page cache, as after the first minute of a watch
                median, samples = median_of(operation, runs)
                results.append(
                    Result(f"inbox, {NOTICES:,} notices: {name}", median * 1000, "ms", target_absolute=TARGET_MS,
                           samples=[s * 1000 for s in samples])
                )
        finally:
            window.close()
            station.close()
    return results
