"""Watches the counterparts' inbox folders and imports arrivals on a worker thread.

The GUI adds a QFileSystemWatcher that calls `trigger()` the moment a file
lands; the periodic rescan catches what watchers miss (removable media,
network shares). Imports never run on the GUI thread.

When imports fail for a reason outside any one file (the disk is full, a folder is not
writable), the officer is told in words and the watcher backs off, doubling its wait up to
a minute, instead of retrying every rescan; new files arriving do not cut the wait short,
"Import arrivals now" does.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass

from console.service.events import (
    ExportFinished,
    ImportFailed,
    ImportRecovered,
    NoticesArrived,
    StoreDamaged,
    TrafficHeld,
)
from console.exchange.importer import ImportBusy, Importer, describe_failure
from console.i18n import tr
from console.storage.errors import StoreError
from console.storage.store import Store

log = logging.getLogger(__name__)

MAX_BACKOFF = 60.0  # seconds between tries while imports keep failing
# The console's importer waits this long for a CLI import to finish, then tries again at the next scan.
LOCK_WAIT = 0.5


def failure_text(problems: list[str], failures: int, retry_in: float) -> str:
    """What the status bar and the inbox banner say while imports fail for a reason outside any file."""
    cause = "; ".join(problems)
    seconds = f"{retry_in:.0f}"
    # Whole sentences for "in N s" and "in a moment": the wait's words are not spliced into another language.
    if failures <= 1:
        if retry_in >= 1:
            text = tr("Importing the inbox failed ({cause}). The files wait in the inbox and are tried again in "
                      "{seconds} s.")
        else:
            text = tr("Importing the inbox failed ({cause}). The files wait in the inbox and are tried again in "
                      "a moment.")
        return text.format(cause=cause, seconds=seconds)
    if retry_in >= 1:
        text = tr("Imports keep failing (%n tries in a row): {cause}. The files wait in the inbox; "
                  "they are tried again in {seconds} s, or now with Import arrivals now (Ctrl+I).", None, failures)
    else:
        text = tr("Imports keep failing (%n tries in a row): {cause}. The files wait in the inbox; "
                  "they are tried again in a moment, or now with Import arrivals now (Ctrl+I).", None, failures)
    return text.format(cause=cause, seconds=seconds)


@dataclass(frozen=True)
class _Scan:
    """Scan the inboxes; `retry` (the officer asked) even while backing off after failures."""

    retry: bool = False


@dataclass(frozen=True)
class _Export:
    officer: str


class _Stop:
    pass


class InboxWatcher(threading.Thread):
    """Takes its commands through a queue: each one asked for is carried out, none overwrites another."""

    def __init__(self, station, rescan_interval: float = 2.0) -> None:
        super().__init__(name="inbox-watcher", daemon=True)
        self.station = station
        self.rescan_interval = rescan_interval
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._exports: list[str] = []  # officers whose export requests are taken off the queue, not yet run
        self._stopping = threading.Event()
        self.failures = 0  # scans in a row that failed for a reason outside any one file
        self.idle = threading.Event()

    def trigger(self) -> None:
        """A file arrived (or the rescan is due): scan, unless backing off after failures."""
        self._commands.put(_Scan())

    def retry_now(self) -> None:
        """The officer asked for an import: scan now, even while backing off."""
        self._commands.put(_Scan(retry=True))

    def request_export(self, officer: str) -> None:
        """Write every released-but-unexported notice to its outbox, on this thread."""
        self._commands.put(_Export(officer))

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._commands.put(_Stop())
        if self.is_alive():
            self.join(timeout)

    def run(self) -> None:
        store: Store = self.station.store.clone()
        try:
            try:
                # The open's integrity check may still be running; nothing is imported before it passed.
                while not store.integrity_checked.wait(0.2):
                    if self._stopping.is_set():
                        return
                store.wait_for_integrity()
                # The signed audit checkpoint of the UTC day, from this thread's connection.
                self.station.ensure_daily_checkpoint(self.station.clock(), store)
            except StoreError as exc:
                log.error("%s", exc)
                self.station.bus.publish(StoreDamaged(str(exc)))
                return
            importer = Importer(store, self.station.station_id, self.station.keys, self.station.clock, self.station.data_dir)
            while not self._stopping.is_set():
                self.idle.clear()
                self._take_waiting_commands()
                try:
                    while self._exports:
                        self._export(store, self._exports.pop(0))
                    problems = self._scan(importer)
                except ImportBusy:
                    problems = []  # a CLI import is at work; the next scan picks up what is left
                except Exception as exc:
                    log.exception("importing the inbox failed")
                    problems = [describe_failure(exc) if isinstance(exc, OSError) else str(exc) or type(exc).__name__]
                delay = self.rescan_interval
                if problems:
                    self.failures += 1
                    delay = min(self.rescan_interval * 2 ** (self.failures - 1), max(MAX_BACKOFF, self.rescan_interval))
                    # Say why here: when the disk is full, the log cannot say it either.
                    self.station.bus.publish(
                        ImportFailed(failure_text(problems, self.failures, delay), self.failures, delay)
                    )
                elif self.failures:
                    self.failures = 0
                    self.station.bus.publish(ImportRecovered())
                self.idle.set()
                self._sleep(delay, backing_off=bool(problems))
        finally:
            store.close()

    def _take(self, command) -> bool:
        """Note one command; True if it cuts a back-off short (a stop, an export, the officer's retry)."""
        if isinstance(command, _Export):
            self._exports.append(command.officer)
            return True
        return isinstance(command, _Stop) or command.retry

    def _take_waiting_commands(self) -> None:
        """Scans asked for are covered by the scan about to run; exports are kept to run first."""
        while True:
            try:
                self._take(self._commands.get_nowait())
            except queue.Empty:
                return

    def _sleep(self, seconds: float, backing_off: bool) -> None:
        """Wait for the next scan; while backing off, only a stop, an export or the officer's retry ends it early."""
        until = time.monotonic() + seconds
        while not self._stopping.is_set():
            left = until - time.monotonic()
            if left <= 0:
                break
            try:
                command = self._commands.get(timeout=left)
            except queue.Empty:
                break
            if self._take(command) or not backing_off:
                break

    def _export(self, store: Store, officer: str) -> None:
        from console.service.outgoing import Outgoing

        results = Outgoing(self.station, store).export_pending(officer)
        failed = [(m, e) for m, e in results if e]
        self.station.bus.publish(ExportFinished(len(results) - len(failed), tuple(failed)))

    def _scan(self, importer: Importer) -> list[str]:
        """Import every inbox; return why a counterpart's import stopped, if one did."""
        # Keys may have been rotated since the last scan.
        importer.keys = list(self.station.keys)
        problems = []
        for report in importer.import_all(should_stop=self._stopping.is_set, wait=LOCK_WAIT):
            if report.error:
                problems.append(f"{report.counterpart}: {report.error}")
            changed = [o for o in report.outcomes if o.outcome in ("accepted", "quarantined", "duplicate")]
            if changed:
                log.info("import: %s", report.describe())
                accepted = tuple((o.notice_id, o.kind, o.precedence) for o in report.outcomes if o.outcome == "accepted")
                self.station.bus.publish(NoticesArrived(
                    report.counterpart,
                    notice_ids=tuple(notice_id for notice_id, _kind, _precedence in accepted),
                    accepted=accepted,
                    quarantined=tuple((o.name, o.code) for o in report.outcomes if o.outcome == "quarantined"),
                    gaps=tuple(report.new_gaps),
                ))
            held = [o.name for o in report.outcomes if o.outcome == "held"]
            if held:
                self.station.bus.publish(TrafficHeld(report.counterpart, tuple(held)))
        return problems
