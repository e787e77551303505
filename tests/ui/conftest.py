from __future__ import annotations

import pytest

from console.domain.times import parse_rfc3339
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


@pytest.fixture
def window_on_the_traffics_day(main_window, monkeypatch):
    """The main window, its clock at the demo's newest incoming notice. The demo's traffic is dated
    45 minutes before the demo was made: in the first 45 minutes of a UTC day it is yesterday's, and
    "today's watch log" rightly holds none of it. The test's "today" is the traffic's day, at any hour."""
    (newest,) = main_window.station.store.conn.execute(
        "SELECT max(dtg) FROM notices WHERE direction = 'in'").fetchone()
    at = parse_rfc3339(newest)
    monkeypatch.setattr(main_window, "clock", lambda: at)
    return main_window
