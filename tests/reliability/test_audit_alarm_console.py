"""The console in the audit log's alarm state (issue 14, section 5): a red strip says in words what
is missing, and a supervisor's acknowledgement (with their PIN, audited) lets writing resume."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QDialog

from console.service.station import Station
from console.storage.operators import OperatorBook
from console.ui import dialogs
from tests.exchange.conftest import Clock
from tests.reliability.conftest import new_station

SUPERVISOR, SUPERVISOR_PIN = "Lee Morgan", "310588"


@pytest.fixture
def rolled_back_station(tmp_path):
    clock = Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))
    station, keys = new_station(tmp_path / "NRRC-GUI", "NRRC-GUI", "Console", clock)
    OperatorBook(station.store).add(SUPERVISOR, "supervisor", SUPERVISOR_PIN, "system", clock())
    station.store.backup(tmp_path / "old.wdb")
    for n in range(4):
        station.store.record("alice", "release", {"n": n})
    expected = station.store.audit.head()[0]
    station.close()
    shutil.copyfile(tmp_path / "old.wdb", tmp_path / "NRRC-GUI" / "station.wdb")
    for side in ("-wal", "-shm"):
        (tmp_path / "NRRC-GUI" / f"station.wdb{side}").unlink(missing_ok=True)
    # The next day: the console's inbox watcher wants to write the day's audit checkpoint.
    clock.advance(days=1)
    station = Station.open(tmp_path / "NRRC-GUI", keys, clock=clock)
    yield station, expected, clock
    station.close()


def test_the_console_shows_the_alarm_in_words_and_a_supervisor_acknowledges_it(
    qtbot, rolled_back_station, monkeypatch
):
    from console.ui.main_window import MainWindow

    station, signed, clock = rolled_back_station
    store_count = station.store.audit.head()[0]
    errors_shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text, _d: errors_shown.append(f"{title}: {text}"))
    window = MainWindow(station, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.arrivals.start()  # as run_gui does
    try:
        bar = window.audit_alarm_bar
        assert bar.isVisible()
        # The watcher started, found it may not write, and neither called the store damaged nor closed.
        qtbot.waitUntil(lambda: window.arrivals.watcher.idle.is_set() or bool(errors_shown), timeout=10_000)
        qtbot.wait(200)
        assert not errors_shown and window.isVisible(), errors_shown
        assert f"signed head: {signed} entries; store: {store_count}" in bar.label.text()
        assert "AUDIT LOG ALARM" in bar.label.text() and "supervisor acknowledges" in bar.label.text()
        assert "exchange reimport" in bar.label.toolTip()
        messages = []

        def sign_in(dialog: QDialog) -> int:
            dialog.choose(SUPERVISOR, SUPERVISOR_PIN)
            dialog.accept_button.click()
            qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
            return dialog.result()

        monkeypatch.setattr(dialogs, "exec_dialog", sign_in)
        monkeypatch.setattr(dialogs, "inform", lambda _p, title, text: messages.append(text))
        monkeypatch.setattr(dialogs, "warn", lambda _p, title, text: messages.append(text))
        bar.acknowledge_button.click()
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)
        assert messages and f"{signed - store_count} audit entries are missing" in messages[-1], messages
        actions = [row[0] for row in station.store.conn.execute("SELECT officer || ':' || action FROM audit_log")]
        assert f"{SUPERVISOR}:audit_alarm_acknowledged" in actions
        station.store.record("alice", "note", {})  # writing resumes
        assert station.verify_audit().ok
    finally:
        window.close()
