"""What every subcommand shares: opening the station, and failing in words."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from console.format import KeyCardError
from console.printing.qt_binding import QtBindingDefect
from console.service.outgoing import ReleaseRefused
from console.service.station import Station, StationIdError
from console.storage.counterparts import CounterpartError
from console.storage.errors import StoreError
from console.storage.keysource import KeyringKeySource


class CommandFailed(Exception):
    """The command could not do what was asked; the message says why."""


# Errors that end a command with their message and exit status 1, never a traceback.
EXPECTED_ERRORS = (
    CommandFailed, StoreError, CounterpartError, KeyCardError, StationIdError, ReleaseRefused, QtBindingDefect,
)


@contextlib.contextmanager
def opened_station(args) -> Iterator[Station]:
    station = Station.open(args.data_dir, KeyringKeySource())
    try:
        yield station
    finally:
        station.close()


def describe_os_error(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    return f"cannot use{where}: {exc.strerror or exc}"
