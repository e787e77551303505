from __future__ import annotations

import pytest

from console.service.demo import open_demo_station
from tests.support.stations import open_main_window


@pytest.fixture
def demo_station(tmp_path):
    station = open_demo_station(tmp_path)
    yield station
    if station.store.conn is not None:
        station.close()


@pytest.fixture
def main_window(qtbot, demo_station):
    return open_main_window(qtbot, demo_station)
