"""The compose form keeps the field the officer tabs into on screen, in a window too short for the form."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.compose.conftest import open_compose


def _visible_part(compose, widget) -> QRect:
    """The part of `widget` the officer sees through the form's scroll area."""
    viewport = compose.scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(top_left, widget.size()).intersected(viewport.rect())


def test_tabbing_down_the_form_scrolls_each_field_into_view(qtbot, window):
    compose = open_compose(qtbot, window)
    compose.resize(1000, 420)  # far shorter than the form: most fields start below the fold
    qtbot.waitUntil(lambda: compose.scroll.viewport().height() < compose.form.height())
    compose.form.kind_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is compose.form.kind_combo)
    scrollbar = compose.scroll.verticalScrollBar()
    assert scrollbar.value() == 0
    seen_below_the_fold = 0
    for _press in range(40):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or not compose.form.isAncestorOf(focused):
            continue  # Tab went on to the checks list or the buttons, outside the form
        if focused.mapTo(compose.form, QPoint(0, 0)).y() > compose.scroll.viewport().height():
            seen_below_the_fold += 1
        # Wholly on screen (or, for a field taller than the view, filling it).
        whole = min(focused.height(), compose.scroll.viewport().height())
        assert _visible_part(compose, focused).height() >= whole, type(focused).__name__
        qtbot.wait(1)  # the second look, after the layout settles, must keep it so
        assert _visible_part(compose, focused).height() >= whole, type(focused).__name__
    assert seen_below_the_fold >= 3  # the test reached fields that needed scrolling
    assert scrollbar.value() > 0

