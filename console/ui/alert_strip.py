"""The alert strip: an urgent alert shown inside every window of the console, without taking focus.

A FLASH arriving while the officer types a notice in a compose window must not raise the
main window over it (the keys would go on into a form they no longer see). Instead each
top-level window of the console that joined the `AlertBoard` shows a strip above its
content: what the most urgent item is and when it is due, a button that goes to it (Ctrl+J)
and one that dismisses the strip. Keyboard focus moves only when the officer presses one of
them: the buttons take focus by Tab, never by a click, so a click on Dismiss leaves the
cursor where it was.

The board holds the alert on show (the inbox's AlertCenter posts it, see
console/ui/inbox/alerts.py) and the windows that show it; the main window joins when it is
made, a compose window when it opens, and leaves when it closes. A modal dialog (the change of
watch, a PIN, a key's verification) shows the strip over its content while it runs
(`shown_in_dialog`, from console/ui/dialogs.py): there the strip has no "Go to" button, since
the main window cannot be reached until the dialog is done, and says so. Going to the alert is
the inbox's business: the board only asks for it (`go_requested`).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from console.i18n import tr
from console.ui.palette import colours_for
from console.ui.placement import grow_to_fit

GO_SHORTCUT = "Ctrl+J"  # the main window's "go to the most urgent open notice" (console/ui/inbox/feature.py)
INCOMING_KINDS = ("arrival", "overdue")  # an alert about a notice we must acknowledge; "follow_up" is ours


class StripAlert(Protocol):
    """What the strip shows of an alert (console.ui.inbox.alerts.Alert)."""

    kind: str
    precedence: str
    headline: str
    notice_ids: tuple[int, ...]


def go_label(alert: StripAlert, with_shortcut: bool = True) -> str:
    """'Go to FLASH (Ctrl+J)' for a notice to acknowledge; 'Go to it in the outbox' for one of ours."""
    if alert.kind not in INCOMING_KINDS:
        return tr("Go to it in the outbox")
    label = tr("Go to %1").replace("%1", alert.precedence or tr("the notice"))
    return f"{label} ({GO_SHORTCUT})" if with_shortcut else label


class AlertStrip(QFrame):
    """One window's strip: a thin view of the board's current alert."""

    def __init__(self, board: AlertBoard, parent: QWidget, *, own_shortcut: bool, in_modal_dialog: bool = False) -> None:
        super().__init__(parent)
        self.board = board
        self.alert: StripAlert | None = None
        self.in_modal_dialog = in_modal_dialog  # no way to the notice until the dialog is done
        # The widget the officer left for the strip's buttons (by Tab): focus goes back there
        # when the strip hides under them.
        self.came_from: QWidget | None = None
        self.setObjectName("alertStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel(self)
        self.text.setObjectName("alertStripText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.go_button = QPushButton(self)
        self.go_button.setObjectName("alertStripGo")
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("alertStripDismiss")
        self._set_texts()
        for button in (self.go_button, self.dismiss_button):
            # Reachable by Tab, never focused by a click: the cursor stays where the officer typed.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(False)
        self.go_button.clicked.connect(self._go)
        self.dismiss_button.clicked.connect(board.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.go_button)
        layout.addWidget(self.dismiss_button)
        # The main window has Ctrl+J already (the most urgent notice); other windows get it here,
        # live only while the strip is on screen (a hidden widget's shortcut does not fire).
        self.shortcut: QShortcut | None = None
        if own_shortcut:
            self.shortcut = QShortcut(QKeySequence(GO_SHORTCUT), self)
            self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            self.shortcut.activated.connect(self._go)
        self.hide()

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Alert"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the alert"))
        self.dismiss_button.setToolTip(self.tr("Hide this alert in every window; an overdue notice alerts again."))

    def retranslate(self) -> None:
        """The language changed: the strip's words, and the alert on show (its headline is the board's)."""
        self._set_texts()
        if self.alert is not None:
            self.show_alert(self.alert)

    def show_alert(self, alert: StripAlert | None) -> None:
        self.alert = alert
        if alert is None:
            self._give_focus_back()
            self.hide()
            return
        if self.in_modal_dialog:
            self.text.setText(alert.headline + ". " + tr("Finish or cancel this dialog to go to it."))
            self.go_button.hide()
        else:
            self.text.setText(alert.headline)
            self.go_button.setText(go_label(alert))
            self.go_button.setAccessibleName(go_label(alert, with_shortcut=False))
        self._colour()
        self.show()
        if self.in_modal_dialog:
            grow_to_fit(self.window())  # the dialog takes the strip's height, its fields keep theirs

    def _colour(self) -> None:
        """Dark red for a FLASH, amber otherwise, in the day or night set of console/ui/palette.py."""
        # The window's palette: the strip's own is its style sheet's.
        swatch = colours_for(self.window()).alert_swatch(self.alert.precedence if self.alert is not None else "")
        style = (f"QFrame#alertStrip {{ background: {swatch.background}; border: none; }}"
                 f" QLabel#alertStripText {{ color: {swatch.text}; font-weight: bold; }}")
        if self.styleSheet() != style:  # a style sheet set again would re-polish, a palette change again
            self.setStyleSheet(style)

    def recolour(self) -> None:
        if self.alert is not None:
            self._colour()

    def _give_focus_back(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return
        back = self.came_from
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.window().focusNextChild()

    def _go(self) -> None:
        if self.alert is not None:
            self.board.go_requested.emit(self.alert)


# The boards of the main windows alive (one in the console; tests make one per window).
_boards: "weakref.WeakSet[AlertBoard]" = weakref.WeakSet()


@contextmanager
def shown_in_dialog(dialog: QDialog) -> Iterator[None]:
    """While `dialog` runs, the current alert and any new one show in a strip over its content."""
    board = _board_for(dialog)
    joined = board is not None and board.join_dialog(dialog) is not None
    try:
        yield
    finally:
        if joined and board is not None and shiboken6.isValid(board):
            board.leave(dialog)


def _board_for(widget: QWidget) -> AlertBoard | None:
    """The board of the main window `widget` belongs to, or the console's only one."""
    alive = [board for board in list(_boards) if shiboken6.isValid(board) and shiboken6.isValid(board.main_window)]
    owner = widget.parentWidget()
    while owner is not None:
        for board in alive:
            if owner is board.main_window or owner in board.strips:
                return board
        owner = owner.parentWidget()
    return alive[0] if len(alive) == 1 else None


class AlertBoard(QObject):
    """The console's windows that show alerts, and the alert they show (one at a time: the latest)."""

    # The officer asked to go to the alert's notice (an Alert): the inbox brings the main window
    # forward, selects it and puts focus in its list.
    go_requested = Signal(object)
    changed = Signal(object)  # the alert on show, or None

    def __init__(self, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.current: StripAlert | None = None
        self.strips: dict[QWidget, AlertStrip] = {}  # a main, compose or preview window, or a dialog
        self.join(main_window, own_shortcut=False)
        _boards.add(self)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._note_focus)

    def _note_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or new is None:
            return
        for strip in self.strips.values():
            if strip.isAncestorOf(new) and not strip.isAncestorOf(old) and old.window() is strip.window():
                strip.came_from = old

    def join(self, window: QMainWindow, *, own_shortcut: bool = True) -> AlertStrip:
        """Put a strip above `window`'s content (its central widget), showing the current alert."""
        if window in self.strips:
            return self.strips[window]
        focus = window.focusWidget()  # moving the content into the new frame drops its focus
        content = window.takeCentralWidget()
        frame = QWidget(window)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        strip = AlertStrip(self, frame, own_shortcut=own_shortcut)
        layout.addWidget(strip)
        if content is not None:
            layout.addWidget(content, 1)
            content.show()
        window.setCentralWidget(frame)
        if focus is not None:
            focus.setFocus()
        self.strips[window] = strip
        # A styled strip hears of no palette change (its palette is its style sheet's); its window does.
        window.installEventFilter(self)
        strip.show_alert(self.current)
        return strip

    def join_dialog(self, dialog: QDialog) -> AlertStrip | None:
        """Put a strip at the top of a modal `dialog`'s layout (None if its layout is not a box)."""
        if dialog in self.strips:
            return self.strips[dialog]
        layout = dialog.layout()
        if not isinstance(layout, QBoxLayout):
            return None
        strip = AlertStrip(self, dialog, own_shortcut=False, in_modal_dialog=True)
        layout.insertWidget(0, strip)
        self.strips[dialog] = strip
        dialog.installEventFilter(self)
        strip.show_alert(self.current)
        return strip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and watched in self.strips:
            self.strips[watched].recolour()
        return False

    def leave(self, window: QWidget) -> None:
        strip = self.strips.pop(window, None)
        if strip is None:
            return
        window.removeEventFilter(self)
        if strip.in_modal_dialog and shiboken6.isValid(strip):
            strip.hide()  # a dialog run again gets a new strip
            strip.deleteLater()

    def retranslate(self) -> None:
        """Every window's strip in the language now in force."""
        for strip in list(self.strips.values()):
            if shiboken6.isValid(strip):
                strip.retranslate()

    def strip_of(self, window: QWidget) -> AlertStrip | None:
        return self.strips.get(window)

    def show(self, alert: StripAlert | None) -> None:
        """Show `alert` in every window that joined (None: hide the strips)."""
        self.current = alert
        for strip in list(self.strips.values()):
            if shiboken6.isValid(strip):
                strip.show_alert(alert)
        self.changed.emit(alert)

    def dismiss(self) -> None:
        """Hide the strip in every window: the officer saw it. Focus on its buttons goes back where it was."""
        self.show(None)
