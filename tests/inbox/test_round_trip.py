"""Two stations through real folders: a notice arrives in the open window, the officer acknowledges it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from tests.exchange.conftest import carry, folders, import_inbox, launch_draft


def _deadline_cell(window, row: int = 0) -> str:
    model = window.inbox.model
    return model.data(model.index(row, model.deadline_column))


def _press_acknowledge(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)


def test_a_notice_arrives_live_and_one_press_acknowledges_it_across_the_channel(qtbot, window, us, them, clock):
    window.arrivals.start()
    sent = Outgoing(them).release(launch_draft("NRRC-US", clock), "Lt Ivanov").notice
    assert carry(them, us) == [sent["sealed_file"]]

    # The folder watcher imports it on its worker; the row appears without a restart.
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1, timeout=15000)
    assert _deadline_cell(window) == "30 min left"  # IMMEDIATE under the default profile
    # The page counts follow a moment after a burst of events (MainWindow.COUNTS_AFTER_MS).
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Inbox (1 open / 1)", timeout=2000)

    window.show_page("inbox")
    window.inbox.table.selectRow(0)
    pane = window.inbox_desk.inbox_detail.reading
    assert pane.stored.row["message_id"] == sent["message_id"]
    assert "Acknowledge within 30 min" in pane.deadline.text()

    # Nobody on watch: the desk says so and sends nothing.
    _press_acknowledge(qtbot, window)
    assert "No officer is on watch" in pane.action_message.text()
    our_outbox = folders(us, "NRRC-RU").outbox
    assert list(our_outbox.glob("*.wdn")) == []

    window.set_officer("Maj Petrov")
    clock.advance(minutes=4)
    _press_acknowledge(qtbot, window)
    qtbot.waitUntil(lambda: pane.acknowledge_button.text() == "Acknowledged by Maj Petrov at 12:04Z", timeout=15000)
    assert not pane.acknowledge_button.isEnabled()
    # The worker reports after the store shows the acknowledgement; under load that can come later.
    qtbot.waitUntil(lambda: "written to NRRC-RU's outbox" in pane.action_message.text(), timeout=15000)
    qtbot.waitUntil(lambda: _deadline_cell(window) == "Acknowledged by Maj Petrov at 12:04Z", timeout=10000)
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Inbox (0 open / 1)", timeout=2000)
    ack_files = list(our_outbox.glob("*.wdn"))
    assert len(ack_files) == 1

    # Once only: a second press changes nothing.
    _press_acknowledge(qtbot, window)
    assert "Already acknowledged by Maj Petrov" in pane.action_message.text()
    assert len(list(our_outbox.glob("*.wdn"))) == 1

    # The counterpart imports the acknowledgement and its notice is marked acknowledged.
    assert carry(us, them) == [ack_files[0].name]
    report = import_inbox(them, "NRRC-US")
    assert [o.outcome for o in report.outcomes] == ["accepted"]
    theirs = notice_rows.by_message_id(them.store, sent["message_id"])
    assert theirs["state"] == "acknowledged"
    assert theirs["acknowledged_by"] == "Maj Petrov"
    assert theirs["acknowledged_at"] == "2026-11-28T12:04:00Z"
    assert us.verify_audit().ok


def test_what_we_send_shows_its_delivery_until_the_counterpart_acknowledges(qtbot, window, us, them, clock,
                                                                            raised_alerts):
    window.arrivals.start()
    window.show_page("outbox")
    sent = Outgoing(us).release(launch_draft("NRRC-RU", clock, precedence="FLASH"), "Maj Petrov", approver="bob").notice
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=10000)
    model = window.outbox.model
    delivery = model.sort_keys.index("delivery")
    assert model.data(model.index(0, delivery)) == "File written to outbox"
    assert model.data(model.index(0, model.deadline_column)) == "10 min left"

    # No acknowledgement in time: the row turns red and the officer is told to follow up.
    clock.advance(minutes=12)
    qtbot.waitUntil(lambda: model.data(model.index(0, model.deadline_column)) == "OVERDUE 2 min", timeout=5000)
    qtbot.waitUntil(lambda: any(a.kind == "follow_up" for a in raised_alerts), timeout=5000)
    follow_up = next(a for a in raised_alerts if a.kind == "follow_up")
    assert "FLASH launch notification no. 1 to NRRC-RU not acknowledged" in follow_up.text
    assert window.outbox.overdue_banner.isVisible()
    assert "follow up" in window.outbox.overdue_banner.text()

    # The counterpart acknowledges; its acknowledgement arrives through our inbox folder.
    carry(us, them)
    import_inbox(them, "NRRC-US")
    received = notice_rows.by_message_id(them.store, sent["message_id"])
    Outgoing(them).acknowledge(received.id, "Lt Ivanov")
    carry(them, us)
    qtbot.waitUntil(lambda: model.data(model.index(0, delivery)) == "Acknowledged by Lt Ivanov", timeout=15000)
    assert model.data(model.index(0, model.deadline_column)) == "Acknowledged by Lt Ivanov at 12:12Z"
    qtbot.waitUntil(lambda: not window.outbox.overdue_banner.isVisible(), timeout=5000)
