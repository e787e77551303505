from __future__ import annotations

import pytest

from console.service.station import Station


@pytest.fixture
def station(data_dir, memory_keys):
    station, _code = Station.initialise(data_dir, "NRRC-TEST", "Test Centre", memory_keys)
    yield station
    if station.store.conn is not None:
        station.close()
