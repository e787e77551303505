"""Two stations on one machine, joined by real folders (tests/support/stations.py), and the
launch notification the exchange tests send."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.service.outgoing import Outgoing
from tests.support.stations import (  # noqa: F401 - fixtures and helpers the tests import from here
    Clock,
    carry,
    clock,
    folders,
    import_inbox,
    introduce,
    make_station,
    pair,
)


def launch_draft(recipient: str, clock: Clock, **overrides):
    start = clock.now + timedelta(hours=30)
    draft = {
        "kind": "launch_notification",
        "recipient": recipient,
        "precedence": "IMMEDIATE",
        "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988",
        "references": [],
        "drafted_by": "alice",
        "body": {
            "vehicle_category": "ICBM",
            "vehicle_count": 1,
            "group_launch": False,
            "launch_area": {"type": "circle", "centre": {"lat": 62.9, "lon": 40.6}, "radius": 20, "unit": "km"},
            "window_start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "window_end": (start + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "planned_direction": "east",
            "impact_areas": [
                {"type": "polygon", "points": [{"lat": 52.0, "lon": 160.0}, {"lat": 52.0, "lon": 162.0},
                                               {"lat": 54.0, "lon": 162.0}, {"lat": 52.0, "lon": 160.0}]}
            ],
            "remarks": "ZEBRA-7731 exercise launch",
        },
    }
    draft.update(overrides)
    return draft


@pytest.fixture
def outgoing():
    return Outgoing
