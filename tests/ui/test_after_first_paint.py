"""What the window need not wait for to paint comes after its first paint, and never later than a
second after start when it does not paint (started minimized, or on another desktop)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from console.ui.first_paint import AfterFirstPaint
from console.ui.main_window import MainWindow


def test_the_pages_show_their_names_until_their_counts_follow_the_first_paint(qtbot, demo_station):
    window = MainWindow(demo_station, counts_after_paint=True)
    qtbot.addWidget(window)
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert names[:3] == ["Inbox", "Outbox", "Drafts"]
    followed: list[str] = []

    def after() -> None:
        window.update_counts()
        followed.append("counts")

    AfterFirstPaint(window.inbox.table.viewport(), after, 60_000, window)
    window.show()
    qtbot.waitUntil(lambda: followed == ["counts"], timeout=5000)
    received = demo_station.store.conn.execute("SELECT count(*) FROM notices WHERE direction = 'in'").fetchone()[0]
    assert re.fullmatch(rf"Inbox \(\d+ open / {received}\)", window.nav.item(0).text())
    window.close()


def test_a_widget_that_never_paints_still_gets_what_follows_after_the_fallback(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    never_shown = QWidget(parent)
    called: list[str] = []
    AfterFirstPaint(never_shown, lambda: called.append("watcher started"), 1500, parent)
    qtbot.wait(100)
    assert called == []  # a loaded machine may stall, so the fallback is far off
    qtbot.waitUntil(lambda: called == ["watcher started"], timeout=10_000)
    parent.show()  # a paint after the fallback calls nothing twice
    qtbot.wait(100)
    assert called == ["watcher started"]
