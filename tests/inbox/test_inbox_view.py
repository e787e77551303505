"""The inbox as an officer uses it: filters, header sorting, the gap banner, the chain of references."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt

from console.service.outgoing import Outgoing
from tests.exchange.conftest import carry, folders, import_inbox, launch_draft


def _send(them, clock, **overrides) -> dict:
    return Outgoing(them).release(launch_draft("NRRC-US", clock, **overrides), "Lt Ivanov").notice


def _listed(view, key: str) -> list:
    model = view.model
    return [model.row(i)[key] for i in range(model.rowCount())]


def _reload(qtbot, view, action=None) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10000):
        (action or view.reload)()


def _click_header(qtbot, view, key: str) -> None:
    header = view.table.horizontalHeader()
    section = view.model.sort_keys.index(key)
    centre = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_filters_search_and_header_sorting(qtbot, window, us, them, clock):
    _send(them, clock, precedence="ROUTINE")
    clock.advance(hours=30)
    _send(them, clock, precedence="FLASH", status="ACTUAL")
    clock.advance(minutes=5)
    _send(them, clock, kind="general_communication", precedence="ROUTINE",
          body={"subject": "Link test", "text": "Please acknowledge this test of the PELICAN circuit."})
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    inbox = window.inbox
    _reload(qtbot, inbox, window.reload_all)
    assert inbox.count_label.text() == "3 notices"
    # Unacknowledged first, nearest deadline on top: the FLASH one (10 min) leads.
    assert _listed(inbox, "precedence") == ["FLASH", "ROUTINE", "ROUTINE"]

    _reload(qtbot, inbox, lambda: inbox.status_filter.setCurrentIndex(inbox.status_filter.findData("ACTUAL")))
    assert _listed(inbox, "status") == ["ACTUAL"]
    _reload(qtbot, inbox, inbox.clear_filters)
    _reload(qtbot, inbox, lambda: inbox.kind_filter.setCurrentIndex(inbox.kind_filter.findData("general_communication")))
    assert _listed(inbox, "kind") == ["general_communication"]
    _reload(qtbot, inbox, inbox.clear_filters)
    _reload(qtbot, inbox, lambda: inbox.precedence_filter.setCurrentIndex(inbox.precedence_filter.findData("ROUTINE")))
    assert _listed(inbox, "precedence") == ["ROUTINE", "ROUTINE"]
    _reload(qtbot, inbox, inbox.clear_filters)
    assert inbox.counterpart_filter.findData("NRRC-RU") > 0
    _reload(qtbot, inbox, lambda: inbox.counterpart_filter.setCurrentIndex(inbox.counterpart_filter.findData("NRRC-RU")))
    assert inbox.model.rowCount() == 3
    _reload(qtbot, inbox, inbox.clear_filters)

    # Date range, in UTC days: only the notice sent on the 28th.
    _reload(qtbot, inbox, lambda: inbox.until_edit.setDate(QDate(2026, 11, 28)))
    assert _listed(inbox, "dtg") == ["2026-11-28T12:00:00Z"]
    _reload(qtbot, inbox, inbox.clear_filters)

    # Search by a word of the text, as typed: the list follows once the officer pauses.
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        qtbot.keyClicks(inbox.search, "pelican")
    assert _listed(inbox, "kind") == ["general_communication"]
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.search.clear()
    assert inbox.model.rowCount() == 3
    _reload(qtbot, inbox, lambda: inbox.search.setText("no-such-word"))
    assert inbox.model.rowCount() == 0
    assert inbox.empty_hint.isVisible() and inbox.empty_hint.text() == "No notices match these filters."
    _reload(qtbot, inbox, inbox.clear_filters)

    # Header clicks sort in SQL: by sequence ascending, then descending.
    _reload(qtbot, inbox, lambda: inbox.open_first.setChecked(False))
    _click_header(qtbot, inbox, "sequence")
    assert _listed(inbox, "sequence") == [1, 2, 3]
    assert inbox.sort_combo.currentData() == "sequence"
    _click_header(qtbot, inbox, "sequence")
    assert _listed(inbox, "sequence") == [3, 2, 1]
    assert inbox.descending_button.isChecked()
    # The same from the keyboard: the sort box and the direction button.
    _reload(qtbot, inbox, lambda: inbox.sort_combo.setCurrentIndex(inbox.sort_combo.findData("precedence")))
    assert _listed(inbox, "precedence") == ["ROUTINE", "ROUTINE", "FLASH"]
    _reload(qtbot, inbox, lambda: inbox.descending_button.setChecked(False))
    assert _listed(inbox, "precedence") == ["FLASH", "ROUTINE", "ROUTINE"]


def test_the_countdown_repaints_only_the_deadline_cells(qtbot, window, us, them, clock):
    _send(them, clock)
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    _reload(qtbot, window.inbox, window.reload_all)
    model = window.inbox.model
    changed = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.column(), bottom.column())))
    clock.advance(seconds=5)
    window.inbox_desk.tick()
    assert changed == [(model.deadline_column, model.deadline_column)]


def test_missing_sequence_numbers_are_named_until_they_arrive(qtbot, window, us, them, clock):
    numbers = [_send(them, clock)["sealed_file"] for _ in range(4)]
    theirs = folders(them, "NRRC-US").outbox
    ours = folders(us, "NRRC-RU").inbox
    for name in (numbers[0], numbers[3]):
        (ours / name).write_bytes((theirs / name).read_bytes())
    import_inbox(us, "NRRC-RU")
    _reload(qtbot, window.inbox, window.reload_all)
    banner = window.inbox.gap_banner
    assert banner.isVisible()
    assert banner.text().startswith("Missing notices from NRRC-RU: no. 2, 3.")

    carry(them, us)
    import_inbox(us, "NRRC-RU")
    _reload(qtbot, window.inbox, window.reload_all)
    assert not banner.isVisible()


def test_the_chain_of_references_links_each_notice(qtbot, window, us, them, clock):
    original = _send(them, clock)
    clock.advance(minutes=2)
    Outgoing(them).release({
        "kind": "cancellation", "recipient": "NRRC-US", "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "drafted_by": "Lt Ivanov",
        "references": [{"message_id": original["message_id"], "sha256": original["sealed_sha256"]}],
        "body": {"cancelled_message_id": original["message_id"], "reason": "Weather."},
    }, "Lt Ivanov")
    carry(them, us)
    clock.advance(minutes=1)
    import_inbox(us, "NRRC-RU")
    window.set_officer("Maj Petrov")
    inbox = window.inbox
    _reload(qtbot, inbox, window.reload_all)
    window.show_page("inbox")
    pane = window.inbox_desk.inbox_detail
    cancellation_row = _listed(inbox, "kind").index("cancellation")
    inbox.table.selectRow(cancellation_row)
    reading = pane.reading
    assert reading.chain.accessibleName() == ("The chain on record: Launch notification no. 1 them 12:00Z; "
                                              "Cancellation no. 2 them 12:02Z (this notice)")
    assert "▸ <b>Cancellation</b>" in reading.chain.text()
    handling = reading.handling.facts.text()
    assert "SHA-256 of the sealed file" in handling and "(verified)" in handling
    # What it says: which notice it cancels; the reason is free text, shown as received (issue 18).
    assert "Launch notification no. 1" in reading.content.text()
    assert [(f.path, f.original) for f in reading.free_text.fields] == [("body.reason", "Weather.")]
    # The cancellation has no areas of its own: the map shows the original's.
    assert reading.map.areas() and "refers to (no. 1)" in reading.areas.caption.text()

    original_id = next(inbox.model.row(i)["id"] for i in range(2) if inbox.model.row(i)["kind"] == "launch_notification")
    reading.chain.linkActivated.emit(f"notice:{original_id}")
    assert inbox.selected_notice_id() == original_id
    assert pane.stored.row["message_id"] == original["message_id"]

    # The acknowledgement joins the chain, from our outbox. The selection moves on to the notice
    # still waiting (the cancellation); back on the original, its chain names the acknowledgement.
    cancellation_id = next(inbox.model.row(i)["id"] for i in range(2) if inbox.model.row(i)["kind"] == "cancellation")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: inbox.selected_notice_id() == cancellation_id, timeout=15000)
    inbox.select_notice(original_id)
    qtbot.waitUntil(lambda: reading.acknowledge_button.text().startswith("Acknowledged by Maj Petrov"), timeout=15000)
    assert "Acknowledgement no. 1 us 12:03Z" in reading.chain.accessibleName()
    ack_id = window.station.store.conn.execute(
        "SELECT id FROM notices WHERE direction = 'out' AND kind = 'acknowledgement'").fetchone()[0]
    reading.chain.linkActivated.emit(f"notice:{ack_id}")
    assert window.current_page() == "outbox"
    qtbot.waitUntil(lambda: window.outbox.selected_notice_id() == ack_id, timeout=10000)
    assert window.inbox_desk.outbox_detail.reading.deadline.text() == "No acknowledgement is asked for this notice."
