"""Deadlines count down on the injected clock; overdue rows turn red and the alert repeats until answered."""

from __future__ import annotations

import wave

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from console.service.outgoing import Outgoing
from console.ui import dialogs
from console.ui.inbox import alerts
from console.ui.inbox.table_model import OVERDUE_BACKGROUND
from tests.exchange.conftest import carry, folders, import_inbox, launch_draft


def _receive(them, us, clock, **overrides) -> dict:
    sent = Outgoing(them).release(launch_draft("NRRC-US", clock, **overrides), "Lt Ivanov").notice
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    return sent


def _cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_a_passed_deadline_turns_the_row_red_and_alerts_every_minute_until_acknowledged(
        qtbot, window, us, them, clock, raised_alerts):
    _receive(them, us, clock, precedence="FLASH")
    window.reload_all()
    model = window.inbox.model
    deadline = model.deadline_column
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert _cell(model, 0, deadline) == "10 min left"
    assert _cell(model, 0, 0, Qt.ItemDataRole.BackgroundRole) is None
    # A FLASH waits: the banner names it with its countdown, before anything is overdue.
    banner = window.inbox.overdue_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.text().startswith("FLASH launch notification no. 1 from NRRC-RU: acknowledge within 10 min.")
    assert raised_alerts == []

    clock.advance(minutes=9, seconds=15)
    qtbot.waitUntil(lambda: _cell(model, 0, deadline) == "45 s left", timeout=5000)

    clock.advance(seconds=45 + 3 * 60)  # three minutes past the deadline
    qtbot.waitUntil(lambda: _cell(model, 0, deadline) == "OVERDUE 3 min", timeout=5000)
    assert _cell(model, 0, 0, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert _cell(model, 0, deadline, Qt.ItemDataRole.FontRole).bold()
    assert window.inbox.overdue_banner.isVisible()
    assert banner.text().startswith("FLASH launch notification no. 1 from NRRC-RU: acknowledgement OVERDUE 3 min. "
                                    "1 notice is past its acknowledgement deadline.")
    qtbot.waitUntil(lambda: len(raised_alerts) == 1, timeout=5000)
    alert = raised_alerts[0]
    assert alert.kind == "overdue" and alert.title == "Acknowledgement overdue"
    assert alert.text.startswith("FLASH launch notification no. 1 from NRRC-RU: acknowledgement OVERDUE 3 min.")

    # Not again within the minute ...
    clock.advance(seconds=30)
    qtbot.wait(1500)
    assert len(raised_alerts) == 1
    # ... but again once it has passed.
    clock.advance(seconds=31)
    qtbot.waitUntil(lambda: len(raised_alerts) == 2, timeout=5000)
    assert "OVERDUE 4 min" in raised_alerts[1].text

    # The officer jumps to it and acknowledges; the alerts stop.
    window.set_officer("Maj Petrov")
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "inbox" and window.inbox.selected_notice_id() is not None
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _cell(model, 0, deadline) == "Acknowledged by Maj Petrov at 12:14Z", timeout=15000)
    assert _cell(model, 0, 0, Qt.ItemDataRole.BackgroundRole) is None
    clock.advance(minutes=5)
    qtbot.wait(1500)
    assert len(raised_alerts) == 2
    assert not window.inbox.overdue_banner.isVisible()


def test_flash_traffic_alerts_the_moment_it_arrives(qtbot, window, us, them, clock, raised_alerts):
    window.arrivals.start()
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="FLASH"), "Lt Ivanov")
    carry(them, us)
    qtbot.waitUntil(lambda: any(a.kind == "arrival" for a in raised_alerts), timeout=15000)
    arrival = next(a for a in raised_alerts if a.kind == "arrival")
    assert arrival.title == "FLASH notice received"
    assert arrival.text == "FLASH launch notification no. 1 from NRRC-RU: acknowledge within 10 min."

    # ROUTINE traffic arrives quietly.
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="ROUTINE"), "Lt Ivanov")
    carry(them, us)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 2, timeout=15000)
    qtbot.wait(300)
    assert [a.kind for a in raised_alerts] == ["arrival"]


def test_a_problem_report_answers_the_notice_and_ends_its_alerts(qtbot, window, us, them, clock, raised_alerts,
                                                                monkeypatch):
    sent = _receive(them, us, clock, precedence="IMMEDIATE")
    window.reload_all()
    window.set_officer("Maj Petrov")
    asked = []

    def answer(dialog):  # the officer reads the question and types the reason
        asked.append(dialog.labelText().splitlines()[0])
        dialog.setTextValue("Received garbled: impact area 2 unreadable.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "exec_dialog", answer)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1, timeout=5000)
    window.inbox.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["What is wrong with launch notification no. 1 from NRRC-RU?"]
    model = window.inbox.model
    qtbot.waitUntil(lambda: _cell(model, 0, model.deadline_column) == "Problem reported", timeout=15000)

    report_files = list(folders(us, "NRRC-RU").outbox.glob("*.wdn"))
    assert len(report_files) == 1
    carry(us, them)
    import_inbox(them, "NRRC-US")
    error = them.store.db.execute(
        "SELECT notice_json FROM notices WHERE direction = 'in' AND kind = 'error'").fetchone()
    assert "Received garbled: impact area 2 unreadable." in error[0] and sent["message_id"] in error[0]

    clock.advance(minutes=45)  # long past the 30 minutes
    qtbot.wait(1500)
    assert [a for a in raised_alerts if a.kind == "overdue"] == []


def test_sounds_follow_the_station_setting(qtbot, window, us, monkeypatch):
    center = window.inbox_desk.alerts
    played = []
    monkeypatch.setattr(center.sound, "play", lambda: played.append(True))
    alert = alerts.Alert("overdue", "Acknowledgement overdue", "test", ())
    us.update_settings("Maj Petrov", sounds=False)
    alerts._present(center, alert)
    assert played == []
    assert window.statusBar().currentMessage() == "test"
    us.update_settings("Maj Petrov", sounds=True)
    alerts._present(center, alert)
    assert played == [True]
    # The chime through Qt Multimedia, or the beep where there is no audio device: tests/inbox/test_alarm.py.
    with wave.open(str(alerts.ALERT_SOUND)) as chime:
        assert chime.getnchannels() == 1 and 0.4 <= chime.getnframes() / chime.getframerate() <= 0.6
