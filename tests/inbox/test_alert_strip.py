"""A FLASH arriving while the officer composes: no window is raised over compose, the keys stay
there, and the alert strip in every window of the console names it and goes to it on request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from console.service.outgoing import Outgoing
from console.ui.inbox import alerts
from tests.exchange.conftest import carry, launch_draft


@pytest.fixture
def presented(monkeypatch, window):
    """The real presentation (the folder's conftest captures alerts instead), the sound recorded
    rather than beeped, and every raise of the main window recorded beside its real effect."""
    monkeypatch.setattr(alerts, "present_alert", alerts._present)
    played: list[bool] = []
    monkeypatch.setattr(window.inbox_desk.alerts.sound, "play", lambda: played.append(True))
    raises: list[str] = []
    real_raise = window.raise_
    monkeypatch.setattr(window, "raise_", lambda: (raises.append("main window"), real_raise()))
    return raises


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def open_compose(qtbot, window):
    window.findChild(QAction, "actionNewLaunchNotification").trigger()
    compose = window.compose.compose_windows[-1]
    qtbot.waitExposed(compose)
    activate(qtbot, compose)
    return compose


def flash_arrives(window, us, them, clock) -> None:
    window.arrivals.start()
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="FLASH"), "Lt Ivanov")
    carry(them, us)


def strips(window, compose):
    board = window.alert_board
    return board.strip_of(window), board.strip_of(compose)


def test_a_flash_while_composing_leaves_the_keys_in_compose_and_shows_the_strip_in_every_window(
        qtbot, window, us, them, clock, presented):
    compose = open_compose(qtbot, window)
    remarks = compose.form.remarks_edit
    remarks.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(remarks, "Launch from ")

    flash_arrives(window, us, them, clock)
    main_strip, compose_strip = strips(window, compose)
    qtbot.waitUntil(compose_strip.isVisible, timeout=15000)

    # Nothing moved: compose is still the active window, the cursor in its field, and the main
    # window was not raised over it.
    assert QApplication.activeWindow() is compose
    assert QApplication.focusWidget() is remarks
    assert presented == []
    qtbot.keyClicks(remarks, "Plesetsk")
    assert remarks.toPlainText() == "Launch from Plesetsk"

    line = "FLASH launch notification no. 1 from NRRC-RU — ack due in 10 min"
    assert compose_strip.text.text() == line
    assert main_strip.isVisible() and main_strip.text.text() == line
    assert compose_strip.go_button.text() == "Go to FLASH (Ctrl+J)"
    assert window.statusBar().currentMessage() == (
        "FLASH launch notification no. 1 from NRRC-RU: acknowledge within 10 min.")

    # The countdown on the strip follows the clock.
    clock.advance(minutes=1)
    qtbot.waitUntil(lambda: compose_strip.text.text().endswith("ack due in 9 min"), timeout=5000)

    # Dismissed with the mouse: gone from every window, and the cursor still where it was.
    qtbot.mouseClick(compose_strip.dismiss_button, Qt.MouseButton.LeftButton)
    assert not compose_strip.isVisible() and not main_strip.isVisible()
    assert QApplication.activeWindow() is compose and QApplication.focusWidget() is remarks
    assert presented == []


def test_the_strips_button_brings_the_main_window_forward_on_the_notice(qtbot, window, us, them, clock, presented):
    compose = open_compose(qtbot, window)
    flash_arrives(window, us, them, clock)
    main_strip, compose_strip = strips(window, compose)
    qtbot.waitUntil(compose_strip.isVisible, timeout=15000)
    window.show_page("outbox")  # the officer was last on another page

    qtbot.mouseClick(compose_strip.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert presented == ["main window"]  # raised because the officer asked for it
    assert window.current_page() == "inbox"
    flash_id = compose_strip.alert.notice_ids[0]
    qtbot.waitUntil(lambda: window.inbox.selected_notice_id() == flash_id, timeout=5000)
    assert QApplication.focusWidget() is window.inbox.table

    # Acknowledged, the notice no longer waits: the strips go at the next tick of the clock.
    window.set_officer("Maj Petrov")
    qtbot.keyClick(window.inbox.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main_strip.isVisible() and not compose_strip.isVisible(), timeout=15000)


def test_ctrl_j_in_a_compose_window_goes_to_the_alert(qtbot, window, us, them, clock, presented):
    compose = open_compose(qtbot, window)
    flash_arrives(window, us, them, clock)
    _main_strip, compose_strip = strips(window, compose)
    qtbot.waitUntil(compose_strip.isVisible, timeout=15000)

    qtbot.keyClick(compose.form.remarks_edit, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.inbox.selected_notice_id() == compose_strip.alert.notice_ids[0], timeout=5000)
    assert QApplication.focusWidget() is window.inbox.table


def test_a_compose_window_that_closed_leaves_the_board(qtbot, window, presented):
    compose = open_compose(qtbot, window)
    assert window.alert_board.strip_of(compose) is not None
    compose.close()
    assert window.alert_board.strip_of(compose) is None


def test_an_alert_raises_no_window_while_a_modal_dialog_or_another_console_window_is_up(
        qtbot, window, presented, monkeypatch):
    center = window.inbox_desk.alerts
    alert = alerts.Alert("overdue", "Acknowledgement overdue", "test", (), "FLASH", "a FLASH")
    activate(qtbot, window)
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.open()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    alerts._present(center, alert)
    assert presented == []
    assert QApplication.activeWindow() is dialog
    assert window.alert_board.strip_of(window).text.text() == "a FLASH"
    dialog.reject()

    # With nothing of the console active (the officer in another application: a seam, as the
    # offscreen platform always has an active window once one was shown): the main window comes up
    # only when it is the console's only window, not over an open compose window.
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    alerts._present(center, alert)
    assert presented == ["main window"]
    window.findChild(QAction, "actionNewLaunchNotification").trigger()
    qtbot.waitExposed(window.compose.compose_windows[-1])
    alerts._present(center, alert)
    assert presented == ["main window"]


def test_dismissed_from_the_keyboard_the_cursor_goes_back_to_the_field(qtbot, window, us, them, clock, presented):
    compose = open_compose(qtbot, window)
    remarks = compose.form.remarks_edit
    remarks.setFocus(Qt.FocusReason.TabFocusReason)
    flash_arrives(window, us, them, clock)
    _main_strip, compose_strip = strips(window, compose)
    qtbot.waitUntil(compose_strip.isVisible, timeout=15000)
    assert QApplication.focusWidget() is remarks

    compose_strip.dismiss_button.setFocus(Qt.FocusReason.TabFocusReason)  # as the officer tabs to it
    qtbot.keyClick(compose_strip.dismiss_button, Qt.Key.Key_Space)
    assert not compose_strip.isVisible()
    assert QApplication.focusWidget() is remarks


def test_a_flash_during_a_long_modal_dialog_shows_in_the_dialog_and_leaves_with_it(
        qtbot, window, us, them, clock, presented):
    """The officer is in the change of watch (a modal dialog run by console/ui/dialogs.py) when a
    FLASH arrives: the dialog shows the strip over its content, says the notice is reached once
    the dialog is done, takes no key from the officer, and the strip goes with the dialog."""
    from PySide6.QtCore import QTimer

    from console.ui import dialogs
    from console.ui.station_admin.watch import ChangeOfWatchDialog, current_summary

    window.set_officer("Lt Test")
    dialog = ChangeOfWatchDialog(window, current_summary(window))
    qtbot.addWidget(dialog)
    seen: dict[str, object] = {}

    def while_the_dialog_runs() -> None:
        try:  # whatever happens, the dialog ends (a failed test must not hang in exec())
            strip = window.alert_board.strip_of(dialog)
            seen["at_top"] = strip is not None and dialog.layout().itemAt(0).widget() is strip
            if strip is None:
                return
            dialog.notes.setFocus()
            flash_arrives(window, us, them, clock)
            qtbot.waitUntil(strip.isVisible, timeout=15000)
            seen.update(text=strip.text.text(), go=strip.go_button.isVisible(),
                        focus=QApplication.focusWidget(), active=QApplication.activeWindow())
        finally:
            dialog.reject()

    QTimer.singleShot(0, while_the_dialog_runs)
    dialogs.exec_dialog(dialog)

    assert seen["at_top"]
    assert seen["text"] == ("FLASH launch notification no. 1 from NRRC-RU — ack due in 10 min. "
                            "Finish or cancel this dialog to go to it.")
    assert seen["go"] is False  # the main window cannot be reached while the dialog is up
    assert seen["focus"] is dialog.notes and seen["active"] is dialog
    assert presented == []
    assert window.alert_board.strip_of(dialog) is None
    assert window.alert_board.strip_of(window).isVisible()  # the main window's strip stays


def test_a_strip_appearing_in_a_shown_pin_dialog_grows_it_instead_of_squeezing_its_fields(qtbot, window, us):
    """Seen on a fresh Debian 12 under Xvfb: the demo's start-of-watch dialog was up when the FLASH
    strip joined it, and the officer's name and PIN fields were squeezed to slivers."""
    from console.ui.station_admin.credentials import CredentialsDialog

    dialog = CredentialsDialog(us, "Start of watch", "Who is on watch?", "Start watch", parent=window)
    qtbot.addWidget(dialog)
    window.alert_board.join_dialog(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heights = (dialog.officer_box.height(), dialog.pin.height())
    window.alert_board.show(alerts.Alert("arrival", "FLASH", "text", (1,), "FLASH",
                                         "FLASH launch notification no. 10 from EXER-RED — ack due in 10 min"))
    strip = window.alert_board.strip_of(dialog)
    qtbot.waitUntil(strip.isVisible)
    qtbot.waitUntil(lambda: (dialog.officer_box.height(), dialog.pin.height()) == heights)
    assert strip.text.height() >= strip.text.heightForWidth(strip.text.width())  # the whole headline shows
    window.alert_board.leave(dialog)
