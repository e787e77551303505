"""Watches the counterparts' inbox folders and imports arrivals on a worker thread.

The GUI adds a QFileSystemWatcher that calls `trigger()` the moment a file
lands; the periodic rescan catches what watchers miss (removable media,
network shares). Imports never run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading

from console.exchange.importer import Importer
from console.storage.errors import StoreError
from console.storage.store import Store

log = logging.getLogger(__name__)


class InboxWatcher(threading.Thread):
    def __init__(self, station, rescan_interval: float = 2.0) -> None:
        super().__init__(name="inbox-watcher", daemon=True)
        self.station = station
        self.rescan_interval = rescan_interval
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._export_for: str | None = None
        self.idle = threading.Event()

    def trigger(self) -> None:
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
                try:
                    if self._export_for is not None:
                        officer, self._export_for = self._export_for, None
                        self._export(store, officer)
                    self._scan(importer)
                except Exception as exc:
                    log.exception("importing the inbox failed")
                    # Say why here: when the disk is full, the log cannot say it either.
                    self.station.bus.publish(
                        "import_failed",
                        error=f"Importing the inbox failed ({exc}). The files wait in the inbox and are tried again.",
                    )
                self.idle.set()
                self._wake.wait(self.rescan_interval)
                self._wake.clear()
        finally:
            store.close()

    def _daily_checkpoint(self, store: Store) -> None:
        """The signed audit checkpoint of the UTC day, written from this thread's connection."""
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

    def _scan(self, importer: Importer) -> None:
        # Keys may have been rotated since the last scan.
        importer.keys = list(self.station.keys)
        for report in importer.import_all(should_stop=self._stopping.is_set):
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
