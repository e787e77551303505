from __future__ import annotations

import pytest

from console.service.demo import open_demo_station


@pytest.fixture
def demo_station(tmp_path):
    station = open_demo_station(tmp_path)
    yield station
    if station.store.conn is not None:
        station.close()


@pytest.fixture
def main_window(qtbot, demo_station):
    from console.ui.main_window import MainWindow

    window = MainWindow(demo_station)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
