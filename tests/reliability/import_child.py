"""The console's import, in a process of its own, for the crash tests to kill.

    python -m tests.reliability.import_child DATA_DIR

WATCHDESK_RELIABILITY_STORE_KEY   the store key in hex. It is taken out of the environment at
                                  once and kept in memory only, as the keyring would hand it over.
WATCHDESK_CRASH_AT                N: kill this process with SIGKILL just before its Nth change to
                                  the file system after the station is open (a link, unlink, rename,
                                  or a file opened for writing).

WATCHDESK_LOCK_WAIT               seconds to wait for another import to finish (the importer's default
                                  otherwise).
WATCHDESK_PAUSE_PER_CHANGE        seconds to sleep before each such change: an import slow enough that
                                  another process surely meets it holding the lock, whatever the
                                  machine's speed.

Prints "ready" once the station is open, then "done CHANGES" with the number of such changes,
or "busy" if another import held the station's import lock (then it imported nothing).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_changes = 0
_counting = False
_crash_at = int(os.environ.get("WATCHDESK_CRASH_AT") or 0)
_pause = float(os.environ.get("WATCHDESK_PAUSE_PER_CHANGE") or 0)


def _is_change(event: str, args: tuple) -> bool:
    if event in ("os.link", "os.remove", "os.rename", "os.rmdir"):
        return True
    if event == "open" and len(args) >= 3:
        flags = args[2]
        return isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
    return False


def _audit(event: str, args: tuple) -> None:
    global _changes
    if not _counting or not _is_change(event, args):
        return
    _changes += 1
    if _changes == _crash_at:
        os.kill(os.getpid(), signal.SIGKILL)
    if _pause:
        time.sleep(_pause)


def main(data_dir: Path) -> int:
    global _counting
    from console.exchange.importer import ImportBusy, Importer
    from console.service.station import Station, station_id_in
    from console.storage.keysource import EphemeralKeySource

    key = bytes.fromhex(os.environ.pop("WATCHDESK_RELIABILITY_STORE_KEY"))
    keys = EphemeralKeySource()
    keys.save(station_id_in(data_dir), data_dir, key)
    station = Station.open(data_dir, keys)
    print("ready", flush=True)
    sys.addaudithook(_audit)
    _counting = True
    importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
    try:
        wait = os.environ.get("WATCHDESK_LOCK_WAIT")
        importer.import_all(**({"wait": float(wait)} if wait else {}))
    except ImportBusy:
        _counting = False
        station.close()
        print("busy", flush=True)
        return 0
    _counting = False
    station.close()
    print(f"done {_changes}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
