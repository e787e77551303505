"""A new window of the console fits its screen and opens over the window it belongs to, not at the
screen's corner (found under a real window manager: compose opened at the top-left corner, nearly
as tall as the screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from console.ui.placement import MAX_HEIGHT_SHARE, MAX_WIDTH_SHARE, place, screen_area


def test_a_window_larger_than_the_screen_is_cut_to_it_and_centred_on_its_main_window(qtbot):
    main = QWidget()
    qtbot.addWidget(main)
    area = screen_area(main)
    main.setGeometry(area.left() + 40, area.top() + 30, area.width() // 2, area.height() // 2)
    main.show()
    qtbot.waitExposed(main)
    other = QWidget()
    qtbot.addWidget(other)
    place(other, area.width() * 2, area.height() * 2, over=main)
    assert other.width() == int(area.width() * MAX_WIDTH_SHARE)
    assert other.height() == int(area.height() * MAX_HEIGHT_SHARE)
    assert area.contains(other.geometry())  # kept on the screen though centred near its corner

    small = QWidget()
    qtbot.addWidget(small)
    place(small, 200, 100, over=main)
    small.show()
    qtbot.waitExposed(small)
    assert small.size().toTuple() == (200, 100)
    centre, wanted = small.frameGeometry().center(), main.frameGeometry().center()
    assert abs(centre.x() - wanted.x()) <= 2 and abs(centre.y() - wanted.y()) <= 2


def test_the_compose_window_opens_within_the_screen_over_the_main_window(qtbot, main_window):
    from PySide6.QtGui import QAction

    main_window.findChild(QAction, "actionNewLaunchNotification").trigger()
    compose = main_window.compose.compose_windows[-1]
    qtbot.waitExposed(compose)
    area = screen_area(main_window)
    assert compose.height() <= area.height() * MAX_HEIGHT_SHARE and compose.width() <= area.width() * MAX_WIDTH_SHARE
    assert area.contains(compose.geometry())
    compose.close()
