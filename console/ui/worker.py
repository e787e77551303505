"""One way to run a core call off the GUI thread.

`CoreWorker.run(call, done, failed)` runs `call` on the worker's thread pool. A call that
writes or reads the store asks for a connection of its own (`with_store=True`: it gets a
`Store.clone()`, closed afterwards), never the GUI thread's. The result goes to `done`,
an exception to `failed`, and progress a call reports through the `report(done, total)`
it is given goes to `progress`, each on the GUI thread. The GUI thread never waits
for the call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from console.errors import WatchdeskError
from console.ui import dialogs

log = logging.getLogger(__name__)


class _Delivery(QObject):
    """Lives on the GUI thread; a call's outcome, signalled from the pool, reaches its slots there.

    The callbacks are called from this object's own methods: a signal connected straight to a
    plain function would call it on the thread that emits.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, done, failed, progress, parent: QObject) -> None:
        super().__init__(parent)
        self._done, self._failed, self._progress = done, failed, progress
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progressed)

    def _on_succeeded(self, result) -> None:
        self.deleteLater()
        self._done(result)

    def _on_failed(self, error) -> None:
        self.deleteLater()
        self._failed(error)

    def _on_progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)


class _CoreCall(QRunnable):
    def __init__(self, station, call: Callable[..., Any], with_store: bool, reports: bool, delivery: _Delivery):
        super().__init__()
        self.station, self.call, self.with_store, self.reports, self.delivery = (
            station, call, with_store, reports, delivery)

    def run(self) -> None:
        store = None
        try:
            args: list[Any] = []
            if self.with_store:
                store = self.station.store.clone()
                args.append(store)
            if self.reports:
                args.append(lambda done, total: self.delivery.progressed.emit(done, total))
            result = self.call(*args)
        except Exception as exc:  # delivered to the caller, who says it in words; the log keeps the traceback
            log.debug("a core call off the GUI thread failed", exc_info=True)
            self.delivery.failed.emit(exc)
            return
        finally:
            if store is not None:
                store.close()
        self.delivery.succeeded.emit(result)


class CoreWorker(QObject):
    """Runs core calls off the GUI thread; `max_threads=1` keeps them in the order asked."""

    def __init__(self, station, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.pool = QThreadPool(self)
        if max_threads is not None:
            self.pool.setMaxThreadCount(max_threads)

    def run(
        self,
        call: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        with_store: bool = True,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run `call(store?, report?)` on the pool; `done(result)` or `failed(error)` follow on the GUI thread."""
        delivery = _Delivery(done, failed, progress, self)  # one per call, gone once it is answered
        self.pool.start(_CoreCall(self.station, call, with_store, progress is not None, delivery))

    def wait(self, msecs: int = 30000) -> bool:
        """For closing the window: let the calls under way finish (they hold the store's write lock)."""
        return self.pool.waitForDone(msecs)


def reported_failure(parent, title: str) -> Callable[[Exception], None]:
    """A `failed` callback for `CoreWorker.run`: a WatchdeskError is said in words under `title`
    (console.ui.dialogs.report); anything else is a defect, raised on the GUI thread for the
    last-resort handler."""
    def failed(error: Exception) -> None:
        if not isinstance(error, WatchdeskError):
            raise error
        dialogs.report(parent, title, error)

    return failed
