"""Subcommands for officers: list them with their locks, and unlock one under a supervisor's PIN.

PINs are read as console/cli/pins.py reads them: from the terminal without echo, or one a line
from standard input when it is not a terminal; never from the arguments.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone

from console.cli.common import CommandFailed, opened_station
from console.cli.pins import read_pin, refusal, replace_short_pin
from console.i18n import tr
from console.storage.operators import FAILURES_BEFORE_LOCK, OperatorBook
from console.storage.store import utc_stamp

PLACE_UNLOCK = "command line: watchdesk officer unlock"


def add_commands(sub: argparse._SubParsersAction) -> None:
    officer = sub.add_parser("officer", help=tr("the station's officers: list them, unlock one"))
    officer_sub = officer.add_subparsers(dest="officer_command", metavar="ACTION", required=True)
    listing = officer_sub.add_parser("list", help=tr("every officer with role, state and any lock"))
    listing.set_defaults(handler=cmd_list)
    unlock = officer_sub.add_parser(
        "unlock", help=tr("lift the lock of an officer locked after wrong PINs (a supervisor's PIN is asked for)"))
    unlock.add_argument("name", help=tr("the locked officer"))
    unlock.add_argument("--supervisor", required=True, help=tr("the supervisor who approves (another officer)"))
    unlock.set_defaults(handler=cmd_unlock)


def cmd_list(args) -> int:
    with opened_station(args) as station:
        book = OperatorBook(station.store)
        now = datetime.now(timezone.utc)
        for officer in book.all(include_inactive=True):
            state = "active" if officer.active else "disabled"
            until = book.locked_until(officer.name, now)
            if until is not None:
                state += f", locked until {utc_stamp(until)}"
            elif book.tries_left(officer.name) < FAILURES_BEFORE_LOCK:
                state += f", {book.tries_left(officer.name)} tries left"
            print(f"{officer.name}\t{officer.role}\t{state}")
    return 0


def cmd_unlock(args) -> int:
    with opened_station(args) as station:
        book = OperatorBook(station.store)
        supervisor = book.get(args.supervisor)
        if supervisor is None or supervisor.role != "supervisor" or not supervisor.active:
            raise CommandFailed(tr("{name} is not an active supervisor of this station.").format(
                name=args.supervisor))
        if args.supervisor == args.name:
            raise CommandFailed(tr("a locked officer cannot unlock themselves; another supervisor must."))
        if book.get(args.name) is None:
            raise CommandFailed(tr("there is no officer named {name}.").format(name=args.name))
        if book.locked_until(args.name, station.clock()) is None:
            raise CommandFailed(tr("{name} is not locked.").format(name=args.name))
        check = book.check_pin_entry(args.supervisor, read_pin(tr("PIN of {name}: ").format(name=args.supervisor)),
                                     PLACE_UNLOCK, station.clock())
        if not check.accepted:
            raise CommandFailed(refusal(check))
        if check.must_change:
            replace_short_pin(book, args.supervisor, station.clock)
        book.unlock(args.name, args.supervisor, station.clock())
        print(tr("{name} unlocked by {supervisor}.").format(name=args.name, supervisor=args.supervisor))
    return 0
