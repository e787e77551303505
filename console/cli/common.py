"""What every subcommand shares: opening the station, naming the acting officer, and failing in
words with a documented exit status (README.md, "A real station")."""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from console.errors import WatchdeskError
from console.i18n import BUILT_IN, speaking, tr

if TYPE_CHECKING:
    import sqlite3

    from console.service.station import Station

# Exit statuses besides 0, done.
EXIT_FAILED = 1  # the command could not do it; one sentence on stderr says why
EXIT_USAGE = 2  # the command line is incomplete or wrong (argparse's own status)
EXIT_PROBLEM_FOUND = 3  # a check ran and found a problem: `audit verify`, `verify FILE`
EXIT_REFUSED = 4  # the station's rules refused it: a wrong or missing PIN, the two-person rule, the agreement
EXIT_NOT_FOUND = 5  # the notice the command names is not on record
EXIT_BAD_INPUT = 6  # a file given to the command is not what it must be (`send NOTICE.json`)

# The default acting officer is the OS account, marked so, so the audit log shows that no
# officer's name was given; a name given with --officer may not take the mark.
OS_ACCOUNT_MARK = "os:"


class CommandFailed(WatchdeskError):
    """The command could not do what was asked; the message says why, each of `details` (the rules a
    notice breaks) goes on a line of its own below it, and `exit_status` is the command's."""

    exit_status = EXIT_FAILED

    def __init__(self, message: str, details: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.details = tuple(details)


class CommandRefused(CommandFailed):
    """The station's rules refused the action (a PIN, the two-person rule, the agreement's rules)."""

    exit_status = EXIT_REFUSED


class NotFound(CommandFailed):
    exit_status = EXIT_NOT_FOUND


class BadInput(CommandFailed):
    exit_status = EXIT_BAD_INPUT


def _said() -> tuple[type[BaseException], ...]:
    """What run_command puts into one sentence; anything else is a defect and keeps its traceback.
    The store's errors are the standard library's sqlite3 classes, whose module is imported at the
    first one (console/storage/connection.py): before that no sqlite3.Error exists to be said, and
    a failure (a MemoryError, say) is never met by an import here."""
    sqlite3 = sys.modules.get("sqlite3")
    return (WatchdeskError, OSError, MemoryError) + ((sqlite3.Error,) if sqlite3 is not None else ())


def run_command(args) -> int:
    """Run the subcommand `args` names as `args.officer` (see acting_officer). The one place a
    failure becomes words: `watchdesk: SENTENCE` on stderr and EXIT_FAILED, or the exit status of
    a CommandFailed that names its own (refused, not found, bad input)."""
    try:
        args.officer = acting_officer(args.officer)
        return args.handler(args)
    except _said() as exc:
        print(f"watchdesk: {failure_sentence(exc)}", file=sys.stderr)
        for detail in getattr(exc, "details", ()):
            print(f"  - {detail}", file=sys.stderr)
        return getattr(exc, "exit_status", EXIT_FAILED)


def failure_sentence(exc: BaseException) -> str:
    if isinstance(exc, WatchdeskError):  # first: some are OSErrors too, with a better message
        return exc.user_message
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    return describe_unexpected(exc)


def acting_officer(given: str | None) -> str:
    """Who the audit log names for this command: --officer NAME, or else the OS account that runs
    it as `os:ACCOUNT`."""
    if given is None:
        try:
            account = getpass.getuser()
        except (KeyError, OSError):  # no login name in the environment nor the password database
            account = f"uid {os.getuid()}"
        return OS_ACCOUNT_MARK + account
    name = given.strip()
    if not name or not name.isprintable():
        raise CommandFailed(tr("--officer {given} is not a name; give the officer's name as the audit log should "
                               "show it.").format(given=repr(given)))
    if name.startswith(OS_ACCOUNT_MARK):
        raise CommandFailed(
            tr("--officer {given}: a name starting with '{mark}' is kept for the OS account, "
               "which is used when --officer is left out.").format(given=repr(given), mark=OS_ACCOUNT_MARK)
        )
    return name


@contextlib.contextmanager
def opened_station(args) -> Iterator[Station]:
    # Imported here: `watchdesk` without a command imports this module on its way to the window.
    from console.service.station import Station
    from console.storage.keysource import KeyringKeySource

    station = Station.open(args.data_dir, KeyringKeySource())
    try:
        yield station
    finally:
        station.close()


def describe_os_error(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return tr(
            "the disk is full (cannot write{where}); nothing half-written was kept. Free some space on it "
            "and run the command again."
        ).format(where=where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr(
            "cannot use{where}: {error}. Check the folder's permissions (or that the medium "
            "is not read-only) and try again."
        ).format(where=where, error=exc.strerror or exc)
    if exc.errno == errno.EIO:
        return tr(
            "cannot use{where}: input/output error. The disk or medium is failing; copy the data dir to a "
            "sound disk and try again."
        ).format(where=where)
    return tr("cannot use{where}: {error}. Check the path and try again.").format(where=where,
                                                                                    error=exc.strerror or exc)


def describe_unexpected(exc: MemoryError | sqlite3.Error) -> str:
    """One sentence for the failures no command can prevent."""
    if isinstance(exc, MemoryError):
        return tr(
            "this computer ran out of memory; nothing half-done was kept. Close other programs (or the console "
            "if it is open) and run the command again."
        )
    text = str(exc)
    if "full" in text:
        return tr(
            "the disk is full (the store said: {error}); nothing half-written was kept. Free some space "
            "and run the command again."
        ).format(error=text)
    if "locked" in text or "busy" in text:
        return tr(
            "the store is busy ({error}); another watchdesk command or the console holds it. Wait a "
            "moment and try again."
        ).format(error=text)
    return tr(
        "the store reported an error ({error}). Run `watchdesk audit verify`; if it says the store is damaged, "
        "restore the last backup with `watchdesk restore BACKUP`."
    ).format(error=text)


def machine_readable(active: bool = True) -> contextlib.AbstractContextManager[None]:
    """While `active`, sentences are put in English: what goes into --json output is read by scripts,
    whatever the officer's language (the words of a deadline, say)."""
    return speaking(BUILT_IN) if active else contextlib.nullcontext()
