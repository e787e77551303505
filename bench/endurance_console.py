"""The console under test in an endurance run (a child of bench/endurance.py).

Opens the demo station in the real main window (offscreen), lets the simulated
counterpart send about one notice a second, scripts an officer's routine on
timers (start of watch with a PIN, Ctrl+J then Ctrl+K to acknowledge the most
urgent notice, other pages looked at, rows selected, a change of watch, an
audit checkpoint) and writes one JSON line per sample to `samples.jsonl`:
RSS, the gc-tracked object count, the reference count of None, and how many
of the notices sent were imported and listed.

This process only measures; the supervisor judges, so a crash here is seen.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

# A notice sent longer ago than this must be in the store and on the inbox list.
ARRIVAL_GRACE_S = 60.0
SIMULATOR_INTERVAL_S = 1.0
ACK_STEP_MS = 400  # Ctrl+J, then Ctrl+K on the next step: about one acknowledgement every 0.8 s
PAGE_VISIT_S = 30
HANDOVER_S = 600
CHECKPOINT_S = 900
FIRST_ACTIONS_S = 60
DRAIN_S = 90


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


class Officer:
    """The scripted officer: answers PIN dialogs, acknowledges, browses, hands over."""

    def __init__(self, window) -> None:
        from console.service.demo import DEMO_OFFICERS

        self.window = window
        self.desk = window.inbox_desk
        self.officers = [(name, pin) for name, _role, pin in DEMO_OFFICERS]
        self.next_officer = 0
        self.handovers = 0
        self.acks_ok = 0
        self.acks_failed = 0
        self.page_visits = 0
        self.checkpoints = 0
        self._ack_phase = 0
        self.desk.actions.finished.connect(self._on_finished)

    def answer_dialog(self, dialog) -> int:
        """Stands in for QDialog.exec(): types the next officer's name and PIN, presses the button."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QDialog

        from console.ui.station_admin.credentials import CredentialsDialog

        if not isinstance(dialog, CredentialsDialog):
            dialog.reject()
            return QDialog.DialogCode.Rejected
        if hasattr(dialog, "give_notes"):  # a change of watch: the incoming officer takes it once the notes are read
            dialog.notes.setPlainText("Endurance run: nothing further.")
            dialog.give_notes()
            dialog.read_box.setChecked(True)
        candidates = [o.name for o in dialog.candidates]
        name, pin = next((n, p) for n, p in self.officers[self.next_officer:] + self.officers if n in candidates)
        self.next_officer = (self.next_officer + 1) % len(self.officers)
        dialog.choose(name, pin)
        # The PIN's verdict comes back later, off the GUI thread: exec() waits for it as the officer does.
        QTimer.singleShot(0, dialog, dialog.try_accept)
        return dialog.exec()

    def start_of_watch(self) -> None:
        from console.ui.station_admin import watch

        if watch.start_of_watch(self.window) is None:
            raise RuntimeError("the scripted start of watch was refused")

    def change_of_watch(self) -> None:
        from console.ui.station_admin import watch

        if watch.change_of_watch(self.window) is not None:
            self.handovers += 1

    def acknowledge_step(self) -> None:
        # The keyboard path: Ctrl+J selects the most urgent open notice, Ctrl+K acknowledges it.
        if self.desk.actions._busy:
            return
        if self._ack_phase == 0:
            self.desk.go_to_most_urgent()
        else:
            self.desk.acknowledge_selected()
        self._ack_phase ^= 1

    def visit_a_page(self) -> None:
        keys = [k for k in self.window.page_keys() if k != "inbox"]
        key = keys[self.page_visits % len(keys)]
        self.page_visits += 1
        self.window.show_page(key)
        view = self.window.pages[key].widget
        table = getattr(view, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount() > 0:
            table.selectRow(self.page_visits % table.model().rowCount())
        self.window.inbox.table.selectRow(0)

    def checkpoint(self) -> None:
        self.window.write_checkpoint()
        self.checkpoints += 1

    def _on_finished(self, outcome) -> None:
        if outcome.ok:
            self.acks_ok += 1
        else:
            self.acks_failed += 1


class Recorder:
    """The notices the simulator sent, with when; appended by the simulator thread."""

    def __init__(self) -> None:
        self.sent: list[tuple[float, str]] = []

    def wrap(self, simulator) -> None:
        send = simulator.send_one

        def send_and_record(kind=None):
            result = send(kind)
            self.sent.append((time.monotonic(), result.notice["message_id"]))
            return result

        simulator.send_one = send_and_record


def tracked_inside(container) -> int:
    """The gc-tracked objects a cache holds: its keys and values, and the contents of the tuples,
    lists and dicts among them (not what a held Qt object or class leads to)."""
    seen: set[int] = set()
    stack = [container]
    while stack:
        for item in gc.get_referents(stack.pop()):
            if not gc.is_tracked(item) or isinstance(item, type) or id(item) in seen:
                continue
            seen.add(id(item))
            if isinstance(item, (tuple, list, dict)):
                stack.append(item)
    return len(seen)


def run(out: Path, minutes: float, sample_s: float) -> int:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QTimer, qVersion
    from PySide6.QtWidgets import QDialog

    from console.exchange.folders import CounterpartFolders
    from console.logsetup import configure_logging
    from console.service.demo import SIM_STATION_ID, open_demo_station
    from console.service.events import EventBus
    from console.service.simulator import SimulatedCounterpart, SimulatorThread
    from console.service.station import Station
    from console.ui import dialogs, errors
    from console.ui.app import make_application
    from console.ui.main_window import MainWindow

    app = make_application()
    uncaught: list[str] = []

    def on_error(_parent, _title, text, details) -> None:
        uncaught.append(text)
        print(f"endurance: uncaught error in the console: {text}\n{details}", file=sys.stderr, flush=True)

    dialogs.show_error = on_error
    errors.install_excepthook(lambda: str(out / "demo" / "station" / "logs"))
    station = open_demo_station(out)
    configure_logging(station.data_dir)
    window = MainWindow(station, EventBus())
    officer = Officer(window)
    dialogs.exec_dialog = officer.answer_dialog
    dialogs.inform = lambda *_args: None  # e.g. "Watch taken over": the scripted officer reads it at once

    # The demo's own simulator (console.service.demo.start_simulator), at one notice a second, recorded.
    recorder = Recorder()
    keys, demo_dir = station.demo_keys, station.demo_dir
    ours = CounterpartFolders.for_counterpart(station.data_dir, SIM_STATION_ID)

    def make_simulator() -> SimulatedCounterpart:
        simulator = SimulatedCounterpart(Station.open(demo_dir / "counterpart", keys), station.station_id,
                                         ours.outbox, ours.inbox)
        recorder.wrap(simulator)
        return simulator

    arrivals = window.arrivals
    arrivals.watcher.start()
    arrivals.simulator = SimulatorThread(make_simulator, interval=SIMULATOR_INTERVAL_S, first_delay=1.0)
    arrivals.simulator.start()
    window.show()
    officer.start_of_watch()

    started = time.monotonic()
    samples = (out / "samples.jsonl").open("a", encoding="utf-8")
    meta = {
        "meta": True, "python": sys.version.split()[0], "pyside6": pyside_version, "qt": qVersion(),
        "started_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "pid": os.getpid(),
        "minutes": minutes, "sample_s": sample_s,
    }
    samples.write(json.dumps(meta) + "\n")
    samples.flush()

    def notice_figures() -> dict:
        sent = list(recorder.sent)
        stored = dict(station.store.db.execute(
            "SELECT message_id, id FROM notices WHERE direction = 'in' AND counterpart = ?", [SIM_STATION_ID]
        ).fetchall())
        model = window.inbox.model
        listed = {model.row_id(r) for r in range(model.rowCount())}
        due = time.monotonic() - ARRIVAL_GRACE_S
        not_imported = [m for t, m in sent if t < due and m not in stored]
        not_listed = [m for t, m in sent if t < due and m in stored and stored[m] not in listed]
        sent_ids = {m for _t, m in sent}
        return {
            "sent": len(sent), "imported": sum(1 for m in sent_ids if m in stored),
            "listed": sum(1 for m in sent_ids if m in stored and stored[m] in listed),
            "not_imported": len(not_imported), "not_listed": len(not_listed),
            "missing_ids": (not_imported + not_listed)[:20],
        }

    def tracked_objects() -> int:
        # With the ones the console froze out of collection once its start-up was done
        # (console/ui/inbox/packed.py): gc.get_objects() no longer lists them.
        return len(gc.get_objects()) + gc.get_freeze_count()

    def cache_objects() -> int:
        # The tables' caches are bounded in their own code (the cell delegate's laid-out texts,
        # LAYOUT_CACHE_SIZE; each model's worked-out row looks, a few pages) and tested there; they
        # take 20 minutes of this load to fill, which a count that includes them reads as a leak.
        from console.ui.lazy_model import LazyRowModel
        from console.ui.row_delegate import CellDelegate

        caches = [delegate._layouts for delegate in window.findChildren(CellDelegate)]
        caches += [model._looks for model in window.findChildren(LazyRowModel)]
        return sum(tracked_inside(cache) for cache in caches)

    types_file = (out / "types.jsonl").open("a", encoding="utf-8")

    def record_types(t: float) -> None:
        # What the tracked objects are, by type: when the count grows, the types that grew name the
        # leak (bench/endurance_checks.growing_types). About 0.1 s at 100,000 objects.
        counts = Counter(type(o).__qualname__ for o in gc.get_objects())
        types_file.write(json.dumps({"t": t, "counts": {k: n for k, n in counts.items() if n >= 10}}) + "\n")
        types_file.flush()

    def sample(final: bool = False) -> dict:
        gc.collect()
        figures = {
            "t": round(time.monotonic() - started, 1), "rss_kib": rss_kib(), "gc_objects": tracked_objects() - (cached := cache_objects()),
            "cache_objects": cached,
            "none_refs": sys.getrefcount(None), **notice_figures(),
            "acks_ok": officer.acks_ok, "acks_failed": officer.acks_failed, "handovers": officer.handovers,
            "page_visits": officer.page_visits, "dialogs_alive": len(window.findChildren(QDialog)),
            "uncaught_errors": len(uncaught), "final": final,
        }
        samples.write(json.dumps(figures) + "\n")
        samples.flush()
        record_types(figures["t"])
        return figures

    timers = []

    def every(seconds: float, slot) -> None:
        timer = QTimer(window)
        timer.timeout.connect(slot)
        timer.start(int(seconds * 1000))
        timers.append(timer)

    every(ACK_STEP_MS / 1000, officer.acknowledge_step)
    every(PAGE_VISIT_S, officer.visit_a_page)
    # A short check run still hands over and signs checkpoints a few times.
    every(min(HANDOVER_S, minutes * 60 / 4), officer.change_of_watch)
    every(min(CHECKPOINT_S, minutes * 60 / 3), officer.checkpoint)
    # One of each early, inside the warm-up: the first handover alone costs about 9 MiB once
    # (the handover view and what it loads), which is not growth.
    first_s = min(FIRST_ACTIONS_S, minutes * 60 / 8)
    QTimer.singleShot(int(first_s * 1000), officer.change_of_watch)
    QTimer.singleShot(int(first_s * 1000) + 5000, officer.checkpoint)

    def sample_between_pin_hashes() -> None:
        # A PIN hash holds Argon2id's 64 MiB for its 250 ms and frees it when done: a sample taken
        # meanwhile (the window runs on while it hashes) would read that as growth; take it just after.
        from console.ui.pin_entry import hashing_now

        if hashing_now():
            QTimer.singleShot(100, sample_between_pin_hashes)
        else:
            sample()

    every(sample_s, sample_between_pin_hashes)

    def finish() -> None:
        for timer in timers:
            timer.stop()
        arrivals.simulator.stop()
        arrivals.simulator.join(30)
        drain_until = time.monotonic() + DRAIN_S

        def drain() -> None:
            arrivals.watcher.trigger()
            figures = notice_figures()
            everything_in = figures["imported"] == figures["listed"] == figures["sent"]
            if everything_in or time.monotonic() > drain_until:
                drain_timer.stop()
                sample(final=True)
                window.close()
                app.quit()

        # Once the simulator stopped, everything it sent must arrive however recent.
        global ARRIVAL_GRACE_S
        ARRIVAL_GRACE_S = 0.0
        drain_timer = QTimer(window)
        drain_timer.timeout.connect(drain)
        drain_timer.start(1000)

    QTimer.singleShot(int(minutes * 60_000), finish)
    try:
        code = app.exec()
    finally:
        samples.close()
        types_file.close()
        station.close()
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the run's folder (samples.jsonl, demo/)")
    parser.add_argument("--minutes", type=float, required=True)
    parser.add_argument("--sample-seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run(args.out, args.minutes, args.sample_seconds)


if __name__ == "__main__":
    sys.exit(main())
