"""One way off the GUI thread: a core call runs on the pool with its own store connection; its
result, its error and its progress come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtGui import QAction

from console.storage.errors import StoreError
from console.ui.worker import CoreWorker


def test_a_core_call_runs_off_the_gui_thread_on_its_own_connection(qtbot, demo_station):
    worker = CoreWorker(demo_station)
    seen: dict = {}

    def call(store, report):
        seen["call thread"] = threading.get_ident()
        seen["own connection"] = store is not demo_station.store
        report(1, 2)
        report(2, 2)
        return store.audit.head()[0]

    def done(result) -> None:
        seen["done thread"] = threading.get_ident()
        seen["result"] = result

    progress: list[tuple[int, int]] = []
    worker.run(call, done, lambda error: seen.setdefault("error", error),
               progress=lambda done_, total: progress.append((done_, total)))
    qtbot.waitUntil(lambda: "result" in seen, timeout=10000)
    assert seen["call thread"] != threading.get_ident() and seen["own connection"]
    assert seen["done thread"] == threading.get_ident()
    assert seen["result"] == demo_station.store.audit.head()[0]
    qtbot.waitUntil(lambda: progress == [(1, 2), (2, 2)], timeout=5000)
    assert "error" not in seen
    assert worker.wait()


def test_the_error_of_a_core_call_comes_back_on_the_gui_thread(qtbot, demo_station):
    worker = CoreWorker(demo_station)
    failures: list[tuple[Exception, int]] = []

    def call(_store):
        raise StoreError("The store is read-only while the audit log is behind its signed head.")

    worker.run(call, lambda _result: None, lambda error: failures.append((error, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    error, thread = failures[0]
    assert isinstance(error, StoreError) and "read-only" in str(error)
    assert thread == threading.get_ident()
    assert worker.wait()


def test_the_checkpoint_is_signed_off_the_gui_thread_and_reported(qtbot, main_window):
    store = main_window.station.store

    def checkpoints() -> int:
        return len(list(store.db.query("SELECT idx FROM audit_log WHERE action = 'audit_checkpoint'")))

    before = checkpoints()
    assert main_window.officer is None
    main_window.findChild(QAction, "actionCheckpoint").trigger()
    qtbot.waitUntil(lambda: "Signed an audit checkpoint over" in main_window.statusBar().currentMessage(),
                    timeout=10000)
    assert checkpoints() == before + 1
    # Nobody is on watch: the entry names the desk as unsigned, not an officer or the OS account.
    signer = store.conn.execute(
        "SELECT officer FROM audit_log WHERE action = 'audit_checkpoint' ORDER BY idx DESC").fetchone()[0]
    assert signer == "desk:nobody-on-watch"
