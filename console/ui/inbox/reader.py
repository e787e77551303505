"""Read queries on a worker thread with its own store connection, answered on the GUI thread.

Listing 100,000 notices in a new order takes SQLite a tenth of a second or more
on a slow machine; the view asks here and keeps painting the rows it has until
the answer comes. For each key only the newest request is run: typing a search
word by word does not queue up a query per keystroke.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.storage import connection
from console.storage.connection import set_cache_size
from console.storage.store import Store

log = logging.getLogger(__name__)

GUI_SWITCH_INTERVAL_S = 0.001
READER_CACHE_KIB = -65536  # 64 MiB: the notices_listing index of 100,000 notices is about 15 MiB
Query = Callable[[Any], Any]  # gets the worker's DB-API connection
Answer = Callable[[Any], None]  # gets the result, or the exception the query raised
_SUPERSEDED = object()  # the result of a query stopped because a newer one under its key came


class StoreReader(QObject):
    # (answer callback, result): emitted on the worker thread, delivered queued on the GUI thread.
    _answered = Signal(object, object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pending: dict[str, tuple[Query, Answer]] = {}
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._ready = threading.Event()
        self._running: str | None = None  # the key of the query under way
        self._conn = None  # the worker's connection while it is open
        self._aside: dict[threading.Thread, Any] = {}  # reads run aside, and their connections
        self._thread = threading.Thread(target=self._run, name="inbox-reader", daemon=True)
        self._answered.connect(self._deliver)

    @property
    def ready(self) -> bool:
        """True once the worker has its own connection open (the first views load before)."""
        return self._ready.is_set() and not self._stopping.is_set()

    @property
    def stopped(self) -> bool:
        """True once the views closed: nothing more is read."""
        return self._stopping.is_set()

    def start(self) -> None:
        # The reads beside the GUI thread (the packed columns' read builds Python objects for a
        # second at start-up) hold the interpreter lock for up to the switch interval at a time,
        # and the GUI thread takes it many times per paint: at Python's 5 ms an arrival's row
        # waited up to 0.27 s behind them, at 1 ms 0.13–0.16 s (bench/bench_arrival.py).
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
        self._thread.start()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        return self._ready.wait(timeout)

    def submit(self, key: str, query: Query, answer: Answer, *, first: bool = False) -> None:
        """Run `query` soon; a request under the same key that has not started yet is dropped.
        With `first`, before every request still waiting (the top rows an arrival needs on screen)."""
        with self._lock:
            if self._running == key and self._conn is not None:
                # The listing under way answers a question no longer asked (its answer would be
                # dropped): stop it, so the one asked now, and an arrival's, need not wait for it.
                # Under the lock, the worker cannot start another statement meanwhile; with none
                # running, SQLite ignores the interrupt.
                self._conn.interrupt()
            self._pending.pop(key, None)
            if first:
                self._pending = {key: (query, answer), **self._pending}
            else:
                self._pending[key] = (query, answer)
        self._wake.set()

    def run_aside(self, name: str, query: Query, answer: Answer) -> None:
        """Run one long read on a thread and connection of its own, so that the listings submitted
        meanwhile (an arrival's) do not queue behind it; the answer comes like `submit`'s.
        `stop()` interrupts it and waits for its thread."""

        def run() -> None:
            try:
                store = self._store.clone()
            except Exception as exc:  # the view shows it; the reader keeps serving
                log.exception("%s could not open its own store connection", name)
                self._answered.emit(answer, exc)
                return
            with self._lock:
                if self._stopping.is_set():
                    store.close()
                    return
                self._aside[thread] = store.conn
            try:
                result = query(store.conn)
            except connection.OperationalError as exc:
                result = exc
                if not (self._stopping.is_set() and "interrupted" in str(exc)):
                    log.exception("%s failed", name)
            except Exception as exc:
                log.exception("%s failed", name)
                result = exc
            finally:
                with self._lock:
                    del self._aside[thread]
                store.close()
            if not self._stopping.is_set():
                self._answered.emit(answer, result)

        thread = threading.Thread(target=run, name=name, daemon=True)
        thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop reading: the reader's thread ends, and reads run aside are interrupted and waited
        for (a thread left inside SQLite or numpy while the interpreter exits crashed the console)."""
        self._stopping.set()
        self._wake.set()
        with self._lock:
            aside = list(self._aside.items())
        for _thread, conn in aside:
            conn.interrupt()
        for thread, _conn in aside:
            thread.join(timeout)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _deliver(self, answer: Answer, result: Any) -> None:
        if self._stopping.is_set():
            return  # the views are closing, perhaps with the store: a listing that was under way is dropped
        answer(result)

    def _run(self) -> None:
        try:
            store = self._store.clone()
            # Room for the listing indexes of a large store, so re-sorting does not decrypt them again.
            set_cache_size(store.conn, READER_CACHE_KIB)
        except Exception:
            log.exception("the inbox reader could not open its own store connection; views read on the GUI thread")
            return
        with self._lock:
            self._conn = store.conn
        self._ready.set()
        try:
            while not self._stopping.is_set():
                self._wake.wait()
                self._wake.clear()
                while not self._stopping.is_set():
                    with self._lock:
                        if not self._pending:
                            break
                        key = next(iter(self._pending))
                        query, answer = self._pending.pop(key)
                        self._running = key
                    try:
                        result = query(store.conn)
                    except connection.OperationalError as exc:
                        result = _SUPERSEDED if "interrupted" in str(exc) else exc
                        if result is exc:
                            log.exception("inbox query %s failed", key)
                    except Exception as exc:  # the view shows it; the reader keeps serving
                        log.exception("inbox query %s failed", key)
                        result = exc
                    with self._lock:
                        self._running = None
                    if result is not _SUPERSEDED:
                        self._answered.emit(answer, result)
        finally:
            with self._lock:
                self._conn = None
            store.close()
