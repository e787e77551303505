"""The inbox by keyboard (issue 15, section 6): Tab from the search box reaches the list in one step,
Up/Down in the search box move the list's selection, j/k move and Enter reads in the list, and
Ctrl+K keeps the selection on the next notice still waiting. Real stations, the real main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.service.outgoing import Outgoing
from tests.exchange.conftest import carry, import_inbox, launch_draft


def _receive(them, us, clock, precedence: str) -> None:
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence=precedence), "Lt Ivanov")
    carry(them, us)
    import_inbox(us, "NRRC-RU")


def _three_waiting(qtbot, window, us, them, clock):
    for precedence in ("ROUTINE", "PRIORITY", "IMMEDIATE"):
        _receive(them, us, clock, precedence)
        clock.advance(minutes=1)
    window.show_page("inbox")
    window.activateWindow()
    inbox = window.inbox
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        window.reload_all()
    assert inbox.model.rowCount() == 3
    return inbox


def test_tab_from_search_reaches_the_list_and_arrows_in_search_move_the_selection(qtbot, window, us, them, clock):
    inbox = _three_waiting(qtbot, window, us, them, clock)
    inbox.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inbox.search)

    qtbot.keyClick(inbox.search, Qt.Key.Key_Down)
    assert inbox.selected_notice_id() == inbox.model.row_id(0)
    qtbot.keyClick(inbox.search, Qt.Key.Key_Down)
    qtbot.keyClick(inbox.search, Qt.Key.Key_Down)
    assert inbox.selected_notice_id() == inbox.model.row_id(2)
    qtbot.keyClick(inbox.search, Qt.Key.Key_Down)  # stays on the last row
    assert inbox.selected_notice_id() == inbox.model.row_id(2)
    qtbot.keyClick(inbox.search, Qt.Key.Key_Up)
    assert inbox.selected_notice_id() == inbox.model.row_id(1)
    assert QApplication.focusWidget() is inbox.search  # the officer keeps typing
    assert inbox.search.text() == ""

    qtbot.keyClick(inbox.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inbox.table


def test_j_k_move_and_enter_reads_the_notice_in_the_reading_pane(qtbot, window, us, them, clock):
    inbox = _three_waiting(qtbot, window, us, them, clock)
    inbox.table.setFocus()
    inbox.table.selectRow(0)
    qtbot.keyClick(inbox.table, Qt.Key.Key_J)
    qtbot.keyClick(inbox.table, Qt.Key.Key_J)
    assert inbox.selected_notice_id() == inbox.model.row_id(2)
    qtbot.keyClick(inbox.table, Qt.Key.Key_K)
    assert inbox.selected_notice_id() == inbox.model.row_id(1)

    pane = window.inbox_desk.inbox_detail
    qtbot.waitUntil(lambda: pane.stored is not None and pane.stored.id == inbox.model.row_id(1), timeout=5000)
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.reading.hasFocus())
    assert pane.stored.id == inbox.model.row_id(1)


def test_acknowledging_keeps_the_selection_on_the_next_notice_waiting(qtbot, window, us, them, clock):
    inbox = _three_waiting(qtbot, window, us, them, clock)
    window.set_officer("Maj Petrov")
    first, second, third = (inbox.model.row_id(row) for row in range(3))
    inbox.table.setFocus()
    inbox.table.selectRow(0)

    qtbot.keyClick(inbox.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    # The acknowledged notice goes below the waiting ones; the selection stays at the top, on the next.
    qtbot.waitUntil(lambda: inbox.model.row_id(2) == first, timeout=15000)
    assert inbox.selected_notice_id() == second
    assert inbox.model.row_id(0) == second

    qtbot.keyClick(inbox.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: inbox.model.row(0)["id"] == third and bool(inbox.model.row(1)["acknowledged_at"]),
                    timeout=15000)
    assert inbox.selected_notice_id() == third
