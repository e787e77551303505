"""The alert strip names the most urgent notice still waiting, not the latest news: an IMMEDIATE
arriving after a FLASH leaves the strip (and its Go button) on the FLASH until it is acknowledged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from console.service.outgoing import Outgoing
from console.ui.inbox import alerts
from tests.exchange.conftest import carry, launch_draft


@pytest.fixture
def presented(monkeypatch, window):
    """The real presentation (the folder's conftest captures alerts instead), without the sound."""
    monkeypatch.setattr(alerts, "present_alert", alerts._present)
    monkeypatch.setattr(window.inbox_desk.alerts.sound, "play", lambda: None)


def arrives(them, us, clock, precedence: str) -> None:
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence=precedence), "Lt Ivanov")
    carry(them, us)


def test_an_immediate_after_a_flash_leaves_the_strip_on_the_flash_until_it_is_acknowledged(
        qtbot, window, us, them, clock, presented):
    window.findChild(QAction, "actionNewLaunchNotification").trigger()
    compose = window.compose.compose_windows[-1]
    qtbot.waitExposed(compose)
    main_strip, compose_strip = window.alert_board.strip_of(window), window.alert_board.strip_of(compose)
    window.arrivals.start()
    arrives(them, us, clock, "FLASH")
    qtbot.waitUntil(compose_strip.isVisible, timeout=15000)

    arrives(them, us, clock, "IMMEDIATE")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("IMMEDIATE"), timeout=15000)
    # The news is the IMMEDIATE (status bar); the strips still name the FLASH, and go to it.
    line = "FLASH launch notification no. 1 from NRRC-RU — ack due in 10 min (1 more waiting)"
    assert compose_strip.text.text() == line and main_strip.text.text() == line
    assert compose_strip.go_button.text() == "Go to FLASH (Ctrl+J)"

    qtbot.mouseClick(compose_strip.go_button, Qt.MouseButton.LeftButton)
    flash_id = us.store.conn.execute("SELECT id FROM notices WHERE precedence = 'FLASH'").fetchone()[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and window.inbox.selected_notice_id() == flash_id,
                    timeout=5000)
    window.set_officer("Maj Petrov")
    qtbot.keyClick(window.inbox.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    # The FLASH acknowledged, the strips go on to the IMMEDIATE that still waits.
    qtbot.waitUntil(lambda: main_strip.text.text().startswith("IMMEDIATE launch notification no. 2"), timeout=15000)
    assert compose_strip.go_button.text() == "Go to IMMEDIATE (Ctrl+J)"
