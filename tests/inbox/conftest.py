"""Two real stations joined by real folders, our console on one of them with nobody on watch
(tests/support/stations.py), alerts captured."""

from __future__ import annotations

import pytest

from console.ui.inbox import alerts
from tests.support.stations import clock, station_pair_fixtures  # noqa: F401 - clock is a fixture

us, them, window = station_pair_fixtures(introduced=True)


@pytest.fixture(autouse=True)
def raised_alerts(monkeypatch) -> list[alerts.Alert]:
    """Every alert the console raises, instead of the tray message, the sound and the raised window."""
    raised: list[alerts.Alert] = []
    monkeypatch.setattr(alerts, "present_alert", lambda _center, alert: raised.append(alert))
    return raised
