"""Arrival to alert: a sealed FLASH notice lands in the watched inbox folder of a
console holding 100,000 notices; timed until its row is on screen and the alert fired."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import Result

DROPS = 50
TARGET_WORST_S = 0.20  # issue 17: arrival to row on screen and alert, worst of 50


def run_arrival_benchmarks(runs: int = 5) -> list[Result]:
    from PySide6.QtCore import QEventLoop, QTimer

    from bench.bench_inbox import build_window
    from console.exchange.folders import CounterpartFolders
    from console.printing.app import ensure_gui_application
    from console.service.outgoing import Outgoing
    from console.service.station import Station
    from console.storage.counterparts import CounterpartBook
    from console.storage.keysource import EphemeralKeySource
    from console.ui.inbox import alerts

    app = ensure_gui_application()
    alerts.present_alert = lambda _center, _alert: None  # no beeps; the `raised` signal still fires
    with tempfile.TemporaryDirectory(prefix="wd-bench-arrival-") as tmp:
        root = Path(tmp)
        station, window = build_window(root)
        sender, _ = Station.initialise(root / "sender", "NRRC-RU", "Sender", EphemeralKeySource())
        for me, other in ((station, sender), (sender, station)):
            book = CounterpartBook(me.store)
            book.add_card(other.own_card(), "bench", me.station_id, me.clock())
            book.verify(other.station_id, book.expected_number(other.station_id, me.own_card()), me.own_card(),
                        "bench", me.clock())
        from bench.common import launch_draft

        for n in range(DROPS):
            draft = launch_draft("BENCH-US", sender.clock(), n)
            draft["precedence"] = "FLASH"
            Outgoing(sender).release(draft, "bench", approver="bob")
        files = sorted((sender.data_dir / "exchange" / "BENCH-US" / "outbox").glob("*.wdn"))
        inbox = CounterpartFolders.for_counterpart(station.data_dir, "NRRC-RU").inbox
        window.arrivals.watch_folders()
        window.arrivals.start()
        window.inbox.reader.wait_ready()
        samples: list[float] = []
        try:
            for path in files:
                loop = QEventLoop()
                seen = {"row": False, "alert": False}
                before = window.inbox.model.rowCount()

                def on_loaded(count: int) -> None:
                    if count > before:
                        seen["row"] = True
                    if all(seen.values()):
                        loop.quit()

                def on_alert(_alert) -> None:
                    seen["alert"] = True
                    if all(seen.values()):
                        loop.quit()

                window.inbox.loaded.connect(on_loaded)
                window.inbox_desk.alerts.raised.connect(on_alert)
                timeout = QTimer()
                timeout.setSingleShot(True)
                timeout.timeout.connect(loop.quit)
                started = time.perf_counter()
                # Written beside and renamed in, as the transfer does: the watcher never sees half a file.
                shutil.copyfile(path, inbox / f".{path.name}.tmp")
                (inbox / f".{path.name}.tmp").rename(inbox / path.name)
                timeout.start(30_000)
                loop.exec()
                window.inbox.table.viewport().repaint()
                elapsed = time.perf_counter() - started
                window.inbox.loaded.disconnect(on_loaded)
                window.inbox_desk.alerts.raised.disconnect(on_alert)
                if not all(seen.values()):
                    raise TimeoutError(f"drop {len(samples) + 1}: {seen} after 30 s")
                samples.append(elapsed)
        finally:
            window.close()
            station.close()
            sender.close()
    return [
        Result(f"arrival to row on screen and alert, {DROPS} drops, median", statistics.median(samples), "s",
               samples=samples, note=f"worst {max(samples):.3f} s"),
        Result(f"arrival to row on screen and alert, {DROPS} drops, worst", max(samples), "s",
               target_absolute=TARGET_WORST_S),
    ]
