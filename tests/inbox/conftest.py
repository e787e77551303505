"""Two real stations joined by real folders, our console on one of them, alerts captured."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from console.ui.inbox import alerts
from tests.exchange.conftest import Clock, introduce, make_station


@pytest.fixture
def clock():
    return Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))


@pytest.fixture
def us(tmp_path, clock):
    station = make_station(tmp_path, "NRRC-US", "US NRRC", clock)
    yield station
    station.close()


@pytest.fixture
def them(tmp_path, clock, us):
    station = make_station(tmp_path, "NRRC-RU", "RU NRRC", clock)
    introduce(us, station)
    yield station
    station.close()


@pytest.fixture(autouse=True)
def raised_alerts(monkeypatch) -> list[alerts.Alert]:
    """Every alert the console raises, instead of the tray message, the sound and the raised window."""
    raised: list[alerts.Alert] = []
    monkeypatch.setattr(alerts, "present_alert", lambda _center, alert: raised.append(alert))
    return raised


@pytest.fixture
def window(qtbot, us, them, clock):
    """The main window on our station, on the test clock; nobody on watch yet."""
    from console.ui.main_window import MainWindow

    main = MainWindow(us, clock=clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()  # stops the inbox reader, the watcher and any acknowledgement still sealing
