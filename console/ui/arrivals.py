"""Arrivals: watch the inbox folders, import on a worker thread, keep the window current.

QFileSystemWatcher reports a new file at once; the watcher thread's periodic
rescan covers removable media, where file-system events are unreliable.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFileSystemWatcher, QObject

from console.exchange.folders import CounterpartFolders
from console.i18n import tr
from console.service.events import (
    ChangeEvent,
    CounterpartsChanged,
    ExportFinished,
    ImportFailed,
    ImportRecovered,
    StoreDamaged,
)
from console.ui import dialogs
from console.service.watcher import InboxWatcher
from console.storage.counterparts import CounterpartBook

log = logging.getLogger(__name__)


class Arrivals(QObject):
    def __init__(self, window, rescan_interval: float = 2.0) -> None:
        super().__init__(window)
        self.window = window
        self.station = window.station
        self.watcher = InboxWatcher(self.station, rescan_interval)
        self.fs_watcher = QFileSystemWatcher(self)
        self.fs_watcher.directoryChanged.connect(lambda _path: self.watcher.trigger())
        self.simulator = None
        self.watch_folders()
        window.bridge.event.connect(self._on_event)

    def watch_folders(self) -> None:
        paths = []
        for counterpart in CounterpartBook(self.station.store).all():
            folders = CounterpartFolders.for_counterpart(
                self.station.data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
            )
            folders.ensure()
            paths.append(str(folders.inbox))
        stale = set(self.fs_watcher.directories()) - set(paths)
        if stale:
            self.fs_watcher.removePaths(list(stale))
        new = [p for p in paths if p not in self.fs_watcher.directories()]
        if new:
            self.fs_watcher.addPaths(new)

    def start(self) -> None:
        self.watcher.start()
        if self.station.demo and getattr(self.station, "demo_dir", None) is not None:
            from console.service.demo import start_simulator

            self.simulator = start_simulator(self.station)

    def stop(self) -> None:
        if self.simulator is not None:
            self.simulator.stop()
            self.simulator.join(10)
        self.watcher.stop()

    def _on_event(self, event: ChangeEvent) -> None:
        if isinstance(event, CounterpartsChanged):
            # Folders may have moved, or a key was verified and held traffic may now be imported.
            self.watch_folders()
            self.watcher.trigger()
        elif isinstance(event, ExportFinished):
            if event.failed:
                message = self.tr("Export failed for %1 notice(s): %2").replace("%1", str(len(event.failed))).replace(
                    "%2", event.failed[0][1]
                )
            else:
                message = self.tr("%1 notice(s) written to the outbox.").replace("%1", str(event.written))
            self.window.statusBar().showMessage(message, 10000)
        elif isinstance(event, ImportFailed):
            # The inbox feature shows the same event above its list.
            self.window.statusBar().showMessage(event.error, 10000)
            self.window.status.set_import_problem(event.error)
        elif isinstance(event, ImportRecovered):
            self.window.statusBar().showMessage(self.tr("Imports work again."), 10000)
            self.window.status.set_import_problem(None)
        elif isinstance(event, StoreDamaged):
            # Nothing was written to the damaged store; say so and stop using it.
            dialogs.show_error(self.window, self.tr("The station's store is damaged"), event.error, "")
            self.window.close()


def install(window) -> None:
    arrivals = Arrivals(window)
    window.arrivals = arrivals  # for tests and benches, which start the watcher when they need it
    window.on_start.append(arrivals.start)
    window.add_action("file", lambda: tr("&Import arrivals now"), arrivals.watcher.retry_now, "Ctrl+I", "actionImportNow")
    window.add_action(
        "file", lambda: tr("&Export pending notices"),
        lambda: arrivals.watcher.request_export(window.acting_officer()), "Ctrl+E", "actionExportPending",
    )
    window.on_close.append(arrivals.stop)
