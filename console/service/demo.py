"""The embedded demo station: a synthetic station that `watchdesk --demo` opens.

Its store is real (SQLCipher, audited) but its key is held only in memory, so the
demo runs on any machine, including one without a Secret Service. Beside it runs
a simulated counterpart, EXER-RED, a complete station of its own that sends
EXERCISE traffic into our inbox folder and acknowledges what we send. Both are
rebuilt at every start and never used for real traffic. EXER-RED's agreement profile
is an exercise, so new notices to it start as EXERCISE; releases follow the
two-person rule as on any station, the demo's two officers forming the pair.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from console.exchange.folders import CounterpartFolders
from console.i18n import tr
from console.exchange.importer import Importer
from console.service.simulator import SimulatedCounterpart, SimulatorThread
from console.domain.rules import DEFAULT_PROFILE
from console.service.station import Station, utc_clock
from console.storage.counterparts import CounterpartBook
from console.storage.keysource import EphemeralKeySource
from console.storage.operators import OperatorBook

DEMO_STATION_ID = "DEMO-WATCH"
DEMO_STATION_NAME = "Demo Watch Desk (synthetic data)"
SIM_STATION_ID = "EXER-RED"
SIM_STATION_NAME = "Exercise counterpart (simulated)"
# Demo officers (name, role, PIN), shown in the demo's start-of-watch dialog. Never real PINs.
DEMO_OFFICERS = (
    ("Lee Morgan", "supervisor", "310588"),
    ("Sam Avery", "officer", "246813"),
)
_MARKER = ".watchdesk-demo"


def prepare_demo_dir(data_dir: Path | None) -> Path:
    """A fresh folder for the demo station; a previous demo there is wiped."""
    if data_dir is None:
        return Path(tempfile.mkdtemp(prefix="watchdesk-demo-"))
    demo_dir = Path(data_dir) / "demo"
    if demo_dir.exists():
        if not (demo_dir / _MARKER).exists():
            raise FileExistsError(
                tr("{path} exists and is not a demo station; refusing to replace it").format(path=demo_dir))
        shutil.rmtree(demo_dir)
    demo_dir.mkdir(parents=True)
    return demo_dir


@dataclass
class DemoWorld:
    station: Station
    simulator_thread: SimulatorThread

    def stop(self) -> None:
        self.simulator_thread.stop()
        if self.simulator_thread.is_alive():
            self.simulator_thread.join(10)


def _introduce(a: Station, b: Station) -> None:
    for me, other in ((a, b), (b, a)):
        book = CounterpartBook(me.store)
        book.add_card(other.own_card(), "system", me.station_id, me.clock())
        book.verify(other.station_id, book.expected_number(other.station_id, me.own_card()), me.own_card(),
                    "system", me.clock())


def open_demo_station(data_dir: Path | None = None, *, history: int = 8) -> Station:
    """Build the demo: our station and the simulated counterpart, with some traffic already in."""
    demo_dir = prepare_demo_dir(data_dir)
    (demo_dir / _MARKER).write_text("This folder holds a throwaway Watchdesk demo station.\n")
    keys = EphemeralKeySource()
    station, _code = Station.initialise(demo_dir / "station", DEMO_STATION_ID, DEMO_STATION_NAME, keys, demo=True)
    # The history was sent and received a while ago, so deadlines run and one is overdue.
    earlier = lambda: utc_clock() - timedelta(minutes=45)  # noqa: E731
    sim, _ = Station.initialise(demo_dir / "counterpart", SIM_STATION_ID, SIM_STATION_NAME, keys, clock=earlier)
    _introduce(station, sim)
    # EXER-RED is a drill partner: new notices to it start as EXERCISE. The two-person rule stays on as
    # on any station; the demo's two officers form the pair.
    CounterpartBook(station.store).set_profile(SIM_STATION_ID, replace(DEFAULT_PROFILE, exercise=True), "system",
                                               station.clock())
    # EXER-RED's simulated traffic is written in English: the reading pane names it so, and an
    # officer working in Russian or Chinese adds working translations into their language.
    CounterpartBook(station.store).set_free_text_language(SIM_STATION_ID, "en", "system", station.clock())
    operators = OperatorBook(station.store)
    for name, role, pin in DEMO_OFFICERS:
        operators.add(name, role, pin, "system", station.clock())
    ours = CounterpartFolders.for_counterpart(station.data_dir, SIM_STATION_ID)
    ours.ensure()
    simulator = SimulatedCounterpart(sim, DEMO_STATION_ID, ours.outbox, ours.inbox, seed=1988)
    for _ in range(history):
        simulator.send_one()
    simulator.send_one("launch_notification")
    Importer(station.store, station.station_id, station.keys, earlier, station.data_dir).import_all()
    sim.close()
    station.demo_keys = keys  # type: ignore[attr-defined]
    station.demo_dir = demo_dir  # type: ignore[attr-defined]
    return station


def start_simulator(station: Station, interval: float = 20.0) -> SimulatorThread:
    """Run the simulated counterpart in the background for an open demo station."""
    demo_dir: Path = station.demo_dir  # type: ignore[attr-defined]
    keys: EphemeralKeySource = station.demo_keys  # type: ignore[attr-defined]
    ours = CounterpartFolders.for_counterpart(station.data_dir, SIM_STATION_ID)

    def make() -> SimulatedCounterpart:
        sim = Station.open(demo_dir / "counterpart", keys)
        return SimulatedCounterpart(sim, DEMO_STATION_ID, ours.outbox, ours.inbox)

    thread = SimulatorThread(make, interval=interval)
    thread.start()
    return thread
