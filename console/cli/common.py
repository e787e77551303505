"""What every subcommand shares: opening the station, and failing in words."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
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
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"the disk is full (cannot write{where}); nothing half-written was kept. Free some space on it "
            "and run the command again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"cannot use{where}: {exc.strerror or exc}. Check the folder's permissions (or that the medium "
            "is not read-only) and try again."
        )
    if exc.errno == errno.EIO:
        return (
            f"cannot use{where}: input/output error. The disk or medium is failing; copy the data dir to a "
            "sound disk and try again."
        )
    return f"cannot use{where}: {exc.strerror or exc}. Check the path and try again."


def describe_unexpected(exc: BaseException) -> str | None:
    """One sentence for the failures no command can prevent, or None for a real bug."""
    if isinstance(exc, MemoryError):
        return (
            "this computer ran out of memory; nothing half-done was kept. Close other programs (or the console "
            "if it is open) and run the command again."
        )
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        if "full" in text:
            return (
                f"the disk is full (the store said: {text}); nothing half-written was kept. Free some space "
                "and run the command again."
            )
        if "locked" in text or "busy" in text:
            return (
                f"the store is busy ({text}); another watchdesk command or the console holds it. Wait a "
                "moment and try again."
            )
        return (
            f"the store reported an error ({text}). Run `watchdesk audit verify`; if it says the store is damaged, "
            "restore the last backup with `watchdesk restore BACKUP`."
        )
    return None
