"""Two stations on one machine, joined by real folders."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest

from console.exchange.folders import CounterpartFolders
from console.exchange.importer import Importer
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage.counterparts import CounterpartBook
from console.storage.keysource import EphemeralKeySource


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))


def make_station(tmp_path, station_id, name, clock):
    station, _ = Station.initialise(tmp_path / station_id, station_id, name, EphemeralKeySource(), clock=clock)
    return station


def introduce(a: Station, b: Station, *, verify: bool = True) -> None:
    """Exchange key cards both ways, and verify each side's safety number."""
    for me, other in ((a, b), (b, a)):
        book = CounterpartBook(me.store)
        book.add_card(other.own_card(), "officer", me.station_id, me.clock())
        if verify:
            number = book.expected_number(other.station_id, me.own_card())
            book.verify(other.station_id, number, me.own_card(), "officer", me.clock())


def folders(station: Station, counterpart: str) -> CounterpartFolders:
    c = CounterpartBook(station.store).require(counterpart)
    return CounterpartFolders.for_counterpart(station.data_dir, counterpart, c.inbox_dir, c.outbox_dir)


def carry(sender: Station, receiver: Station) -> list[str]:
    """The removable medium: copy every file in sender's outbox for receiver into receiver's inbox."""
    source = folders(sender, receiver.station_id).outbox
    theirs = folders(receiver, sender.station_id)
    target = theirs.inbox
    target.mkdir(parents=True, exist_ok=True)
    names = []
    for path in sorted(source.glob("*.wdn")):
        # Like a transfer that carries each file once.
        delivered = any((folder / path.name).exists() for folder in (target, theirs.processed, theirs.quarantine))
        if not delivered:
            shutil.copyfile(path, target / path.name)
            names.append(path.name)
    return names


def import_inbox(station: Station, counterpart: str):
    importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
    return importer.import_counterpart(CounterpartBook(station.store).require(counterpart))


@pytest.fixture
def pair(tmp_path, clock):
    us = make_station(tmp_path, "NRRC-US", "US NRRC", clock)
    them = make_station(tmp_path, "NRRC-RU", "RU NRRC", clock)
    introduce(us, them)
    yield us, them
    us.close()
    them.close()


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
