"""Where a new window of the console goes: no larger than the screen it opens on, centred on the
window it belongs to (a window manager leaves one without a place at the screen's top-left corner)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

# The share of the screen's free area a window may take at most: room left for the panel and
# for the window manager's frame.
MAX_WIDTH_SHARE = 0.95
MAX_HEIGHT_SHARE = 0.92


def screen_area(widget: QWidget | None) -> QRect | None:
    """The free area (without panels) of the screen `widget` is on, or of the primary screen."""
    screen = widget.screen() if widget is not None else QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def place(window: QWidget, width: int, height: int, over: QWidget | None = None) -> None:
    """Size `window` to `width` x `height` or as much of its screen as it may take, and centre it on
    `over` (its main window), kept wholly on that screen."""
    area = screen_area(over or window)
    if area is None:
        window.resize(width, height)
        return
    width = min(width, int(area.width() * MAX_WIDTH_SHARE))
    height = min(height, int(area.height() * MAX_HEIGHT_SHARE))
    window.resize(width, height)
    if over is None or not over.isVisible():
        return
    # move() places the window's frame, whose edges the window manager adds: taken to be as wide
    # as the main window's.
    outer_width = width + over.frameGeometry().width() - over.width()
    outer_height = height + over.frameGeometry().height() - over.height()
    centre = over.frameGeometry().center()
    left = min(max(centre.x() - outer_width // 2, area.left()), area.left() + area.width() - outer_width)
    top = min(max(centre.y() - outer_height // 2, area.top()), area.top() + area.height() - outer_height)
    window.move(left, top)


def grow_to_fit(dialog: QWidget) -> None:
    """Make a shown dialog as large as its contents ask, after a message or an alert strip
    appeared in it: a word-wrapped message grows the layout's height for its width, which an open dialog does not
    follow by itself, so the PIN fields were squeezed to a few pixels instead."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    wanted = dialog.sizeHint()
    if wanted.height() > dialog.height() or wanted.width() > dialog.width():
        dialog.resize(max(wanted.width(), dialog.width()), max(wanted.height(), dialog.height()))
