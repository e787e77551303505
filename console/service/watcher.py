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
import threading
import time

from console.exchange.importer import ImportBusy, Importer, describe_failure
from console.storage.errors import StoreError
from console.storage.store import Store

log = logging.getLogger(__name__)

MAX_BACKOFF = 60.0  # seconds between tries while imports keep failing
# The console's importer waits this long for a CLI import to finish, then tries again at the next scan.
LOCK_WAIT = 0.5


def failure_text(problems: list[str], failures: int, retry_in: float) -> str:
    """What the status bar and the inbox banner say while imports fail for a reason outside any file."""
    cause = "; ".join(problems)
    wait = f"{retry_in:.0f} s" if retry_in >= 1 else "a moment"
    if failures <= 1:
        return (f"Importing the inbox failed ({cause}). The files wait in the inbox and are tried again in {wait}.")
    return (f"Imports keep failing ({failures} tries in a row): {cause}. The files wait in the inbox; "
            f"they are tried again in {wait}, or now with Import arrivals now (Ctrl+I).")


class InboxWatcher(threading.Thread):
    def __init__(self, station, rescan_interval: float = 2.0) -> None:
        super().__init__(name="inbox-watcher", daemon=True)
        self.station = station
        self.rescan_interval = rescan_interval
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._export_for: str | None = None
        self._retry_now = False
        self.failures = 0  # scans in a row that failed for a reason outside any one file
        self.idle = threading.Event()

    def trigger(self) -> None:
        """A file arrived (or the rescan is due): scan, unless backing off after failures."""
        self._wake.set()

    def retry_now(self) -> None:
        """The officer asked for an import: scan now, even while backing off."""
        self._retry_now = True
        self._wake.set()

    def request_export(self, officer: str) -> None:
        """Write every released-but-unexported notice to its outbox, on this thread."""
        self._export_for = officer
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
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
                self._daily_checkpoint(store)
            except StoreError as exc:
                log.error("%s", exc)
                self.station.bus.publish("store_damaged", error=str(exc))
                return
            importer = Importer(store, self.station.station_id, self.station.keys, self.station.clock, self.station.data_dir)
            while not self._stopping.is_set():
                self.idle.clear()
                self._retry_now = False
                try:
                    if self._export_for is not None:
                        officer, self._export_for = self._export_for, None
                        self._export(store, officer)
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
                        "import_failed", error=failure_text(problems, self.failures, delay),
                        failures=self.failures, retry_in=delay,
                    )
                elif self.failures:
                    self.failures = 0
                    self.station.bus.publish("import_recovered")
                self.idle.set()
                self._sleep(delay, backing_off=bool(problems))
        finally:
            store.close()

    def _sleep(self, seconds: float, backing_off: bool) -> None:
        """Wait for the next scan; while backing off, only a stop, an export or the officer's retry ends it early."""
        until = time.monotonic() + seconds
        while not self._stopping.is_set():
            left = until - time.monotonic()
            if left <= 0:
                break
            woken = self._wake.wait(left)
            self._wake.clear()
            if woken and (not backing_off or self._retry_now or self._export_for is not None):
                break

    def _daily_checkpoint(self, store: Store) -> None:
        """The signed audit checkpoint of the UTC day, written from this thread's connection."""
        if store.head_alarm:
            return  # nothing is written until a supervisor acknowledges the audit alarm (the banner says so)
        now = self.station.clock()
        last = store.audit.last_checkpoint_at()
        if last is None or last[:10] != now.strftime("%Y-%m-%d"):
            with store.transaction():
                store.audit.append(now, "system", "audit_checkpoint", {})
                store.audit.write_checkpoint(now, self.station.current_keys.signing_key)
            self.station.bus.publish("audit_changed")

    def _export(self, store: Store, officer: str) -> None:
        from console.service.outgoing import Outgoing

        results = Outgoing(self.station, store).export_pending(officer)
        failed = [(m, e) for m, e in results if e]
        self.station.bus.publish(
            "export_finished", written=len(results) - len(failed), failed=failed,
        )

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
                self.station.bus.publish(
                    "notices_changed",
                    direction="in",
                    counterpart=report.counterpart,
                    accepted=[(o.notice_id, o.kind, o.precedence) for o in report.outcomes if o.outcome == "accepted"],
                    quarantined=[(o.name, o.code) for o in report.outcomes if o.outcome == "quarantined"],
                    gaps=report.new_gaps,
                )
            held = [o.name for o in report.outcomes if o.outcome == "held"]
            if held:
                self.station.bus.publish("traffic_held", counterpart=report.counterpart, files=held)
        return problems
