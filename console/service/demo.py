"""The embedded demo station: a synthetic station that `watchdesk --demo` opens.

Its store is real (SQLCipher, audited) but its key is held only in memory, so the
demo runs on any machine, including one without a Secret Service. It is rebuilt
at every start and never used for real traffic.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from console.service.station import Station
from console.storage.keysource import EphemeralKeySource

DEMO_STATION_ID = "DEMO-WATCH"
DEMO_STATION_NAME = "Demo Watch Desk (synthetic data)"
_MARKER = ".watchdesk-demo"


def prepare_demo_dir(data_dir: Path | None) -> Path:
    """A fresh folder for the demo station; a previous demo there is wiped."""
    if data_dir is None:
        return Path(tempfile.mkdtemp(prefix="watchdesk-demo-"))
    demo_dir = Path(data_dir) / "demo"
    if demo_dir.exists():
        if not (demo_dir / _MARKER).exists():
            raise FileExistsError(f"{demo_dir} exists and is not a demo station; refusing to replace it")
        shutil.rmtree(demo_dir)
    demo_dir.mkdir(parents=True)
    return demo_dir


def open_demo_station(data_dir: Path | None = None) -> Station:
    demo_dir = prepare_demo_dir(data_dir)
    (demo_dir / _MARKER).write_text("This folder holds a throwaway Watchdesk demo station.\n")
    station, _code = Station.initialise(
        demo_dir / "station", DEMO_STATION_ID, DEMO_STATION_NAME, EphemeralKeySource(), demo=True
    )
    return station
