"""Two real stations joined by real folders, our console on one of them with alice on watch,
officers with PINs (tests/support/stations.py), and a script that plays the officer at the
modal dialogs (tests/support/dialogs.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from tests.support.dialogs import DialogScript
from tests.support.stations import clock, station_pair_fixtures  # noqa: F401 - clock is a fixture

OFFICERS = {"alice": ("officer", "123456"), "bob": ("officer", "567890"), "carol": ("supervisor", "999999")}

us, them, window = station_pair_fixtures(officers=OFFICERS, introduced=True, on_watch="alice")


@pytest.fixture(autouse=True)
def hands(monkeypatch):
    """Always in place: a dialog nobody scripted fails the test instead of blocking it."""
    return DialogScript(monkeypatch)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Focus the field as Tab would and type, key by key (a newline is the Return key)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


@pytest.fixture(autouse=True)
def _short_keyboard_search(qapp):
    """Letters typed into a combo box more than this many ms apart start a new search."""
    before = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(KEYBOARD_SEARCH_MS)
    yield
    QApplication.setKeyboardInputInterval(before)


KEYBOARD_SEARCH_MS = 60


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry by typing its first letters, as a keyboard user does in a closed combo box."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(KEYBOARD_SEARCH_MS + 10)  # a pause, so these letters are a search of their own
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), f"{combo.accessibleName()}: {combo.currentText()!r}"


def open_compose(qtbot, window, action_name: str = "actionNewLaunchNotification"):
    """Trigger a Notice menu action and wait for its compose window to be shown and active."""
    from PySide6.QtGui import QAction

    window.findChild(QAction, action_name).trigger()
    return wait_for_compose(qtbot, window.compose.compose_windows[-1])


def wait_for_compose(qtbot, compose):
    qtbot.waitExposed(compose)
    return activate(qtbot, compose)


def activate(qtbot, window):
    """Bring a window to the front, as the officer clicks it; keys then go to it."""
    window.activateWindow()
    # The offscreen platform activates windows later than waitActive() returns.
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_release_now(qtbot, dialog, *, officer: tuple[str, str] | None = None,
                      approver: tuple[str, str] | None = None) -> None:
    """Release dialog step: name the officers, type their PINs, press Release now."""
    if officer is not None:
        choose(qtbot, dialog.officer_combo, officer[0])
        type_into(qtbot, dialog.officer_pin, officer[1])
    if approver is not None:
        choose(qtbot, dialog.approver_combo, approver[0])
        type_into(qtbot, dialog.approver_pin, approver[1])
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)


def focus_widget() -> QWidget | None:
    return QApplication.focusWidget()


def select_notice(qtbot, window, page_key: str, notice_id: int) -> None:
    """Show the Inbox or Outbox and select one notice in it, as the officer clicks a row."""
    from console.ui.compose import selected_notice_id

    window.reload_all()
    window.show_page(page_key)
    page = window.pages[page_key].widget
    qtbot.waitUntil(lambda: page.model.row_of(notice_id) is not None)  # lists may load on a reader thread
    page.table.setFocus()
    page.table.selectRow(page.model.row_of(notice_id))
    assert selected_notice_id(window) == notice_id
