"""Real stations on one machine, joined by real folders, on a test clock: the station-pair
scaffolding of the exchange, admin, compose and inbox tests and of the reliability suite.

`station_pair_fixtures` makes a folder's `us`, `them` and `window` fixtures; each folder's
conftest states what its tests start from (officers, whether the stations already know each
other, who is on watch), and a test module elsewhere that imports those fixtures by name gets
that folder's, not another's.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from console.exchange.folders import CounterpartFolders
from console.exchange.importer import Importer
from console.service.station import Station
from console.storage.counterparts import CounterpartBook
from console.storage.keysource import EphemeralKeySource
from console.storage.operators import OperatorBook

WATCH_START = datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock():
    return Clock(WATCH_START)

FROZEN_STORES = Path(__file__).resolve().parent.parent / "data"


def copy_of_frozen_store(version: str, folder: Path) -> tuple[Path, EphemeralKeySource]:
    """A copy of the store an earlier schema `version` wrote (tests/data/store-VERSION; the original
    must never change) in `folder`, and a key source holding its test-only key."""
    source = FROZEN_STORES / f"store-{version}"
    shutil.copytree(source / "station", folder / "station")
    keys = EphemeralKeySource()
    keys.save("NRRC-US", folder / "station", bytes.fromhex((source / "TEST-ONLY-store-key.hex").read_text().strip()))
    return folder / "station", keys


def make_station(tmp_path, station_id, name, clock):
    station, _ = Station.initialise(tmp_path / station_id, station_id, name, EphemeralKeySource(), clock=clock)
    return station


# The counterpart's supervisor in the station-pair fixtures (see as_counterpart_desk).
COUNTERPART_SUPERVISOR = ("Col Orlova", "supervisor", "135790")


def as_counterpart_desk(station: Station, clock) -> Station:
    """NRRC-RU stands in for the other state's desk, whose own release procedure these tests do not
    check: its supervisor turns its two-person rule off (the audited action, as on a real station), so
    one of its officers releases the traffic a test needs. Our station, NRRC-US, keeps the rule on."""
    name, role, pin = COUNTERPART_SUPERVISOR
    OperatorBook(station.store).add(name, role, pin, "system", clock())
    station.turn_off_two_person_rule(name)
    return station


def add_officers(station: Station, officers: dict[str, tuple[str, str]], clock) -> None:
    """Officers by name: (role, PIN), added in this order by "system"."""
    book = OperatorBook(station.store)
    for name, (role, pin) in officers.items():
        book.add(name, role, pin, "system", clock())


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


def send_and_import(sender: Station, receiver: Station, draft: dict, officer: str = "ivan"):
    """`sender` releases `draft` (its desk's rule permitting one officer), the file is carried and
    `receiver` imports it; the sender's stored notice."""
    from console.service.outgoing import Outgoing
    from console.storage import notices as notice_rows

    released = Outgoing(sender).release(draft, officer)
    carry(sender, receiver)
    import_inbox(receiver, sender.station_id)
    return notice_rows.by_id(sender.store, released.notice.id)


@pytest.fixture
def pair(tmp_path, clock):
    us = make_station(tmp_path, "NRRC-US", "US NRRC", clock)
    them = as_counterpart_desk(make_station(tmp_path, "NRRC-RU", "RU NRRC", clock), clock)
    introduce(us, them)
    yield us, them
    us.close()
    them.close()


def open_main_window(qtbot, station: Station, **kwargs):
    """Our console's main window on `station`, shown and exposed (closed by the caller)."""
    from console.ui.main_window import MainWindow

    main = MainWindow(station, **kwargs)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    # The inbox opens with its first rows; the whole listing follows from the reader thread.
    qtbot.waitUntil(lambda: main.inbox.listing_complete, timeout=30_000)
    return main


def station_pair_fixtures(*, officers: dict[str, tuple[str, str]] | None = None, introduced: bool,
                          on_watch: str | None = None):
    """A folder's `us`, `them` and `window` fixtures: `us` is NRRC-US with `officers`; `them` is
    NRRC-RU, its key card exchanged and verified with ours when `introduced` (else the two do not
    know each other), its two-person rule off (as_counterpart_desk); `window` is our main window on the test clock, opened once `them` is
    introduced, with `on_watch` signed in (nobody when None). Assign them to those three names."""

    @pytest.fixture
    def us(tmp_path, clock):
        station = make_station(tmp_path, "NRRC-US", "US NRRC", clock)
        add_officers(station, officers or {}, clock)
        yield station
        station.close()

    @pytest.fixture
    def them(request, tmp_path, clock):
        ours = request.getfixturevalue("us") if introduced else None  # made first: it is introduced to
        station = as_counterpart_desk(make_station(tmp_path, "NRRC-RU", "RU NRRC", clock), clock)
        if ours is not None:
            introduce(ours, station)
        yield station
        station.close()

    @pytest.fixture
    def window(request, qtbot, us, clock):
        if introduced:
            request.getfixturevalue("them")  # our console meets a counterpart it already knows
        main = open_main_window(qtbot, us, clock=clock)
        if on_watch is not None:
            main.set_officer(on_watch)
        yield main
        main.close()  # stops the inbox reader, the watcher and compose windows before the station closes

    return us, them, window
