"""Officers' PINs on the command line: asked at the terminal without echo, checked by the officers'
roll as the window's PIN dialogs check them (each wrong PIN audited with the place it was typed,
five in a row lock the officer), and a PIN shorter than the rule replaced before going on.

A PIN is never an argument, which any local user can read. Without a terminal (a script, a
test) each PIN is read as one line of standard input, in the order the command asks for them;
with neither, the command is refused (docs/cli.md).
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from datetime import datetime

from console.cli.common import CommandRefused
from console.i18n import tr
from console.storage.operators import (
    FAILURES_BEFORE_LOCK,
    PIN_MIN_DIGITS,
    OperatorBook,
    OperatorError,
    PinCheck,
    prepare_pin,
)
from console.storage.store import utc_stamp


def read_secret(prompt: str) -> str | None:
    """At a terminal, asked without echo; otherwise one line of standard input (None if there is none)."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n") if line else None


def read_pin(prompt: str) -> str:
    """read_secret, refused when no PIN could be read at all."""
    pin = read_secret(prompt)
    if pin is None:
        raise CommandRefused(
            tr("{asked} was not given and there is no terminal to ask it at: run the command at a "
               "terminal, or give each PIN as one line on standard input; nothing was done.").format(
                asked=prompt.rstrip(": \uff1a")))  # the prompt's colon, ASCII or the full-width one of Chinese
    return pin


def refusal(check: PinCheck) -> str:
    if check.outcome == "locked" and check.locked_until is not None:
        return tr("{name} is locked after %n wrong PINs in a row until {until}; another supervisor can unlock "
                  "them.", None, FAILURES_BEFORE_LOCK).format(name=check.name, until=utc_stamp(check.locked_until))
    if check.outcome == "unknown":
        return tr("{name} is not an active officer of this station.").format(name=check.name)
    if check.tries_left == 1:
        return tr("wrong PIN for {name}; nothing was done (1 try left before {name} is locked).").format(
            name=check.name)
    # English writes the other counts one way; the translations choose their plural form by the count.
    return tr("wrong PIN for {name}; nothing was done (%n tries left before {name} is locked).", None,
              check.tries_left).format(name=check.name)


def prove_pin(book: OperatorBook, name: str, place: str, clock: Callable[[], datetime]) -> None:
    """Ask `name`'s PIN and check it; CommandRefused says why when it does not hold (the roll has
    audited the refusal under `place`). A right PIN shorter than the rule must be replaced first."""
    check = book.check_pin_entry(name, read_pin(tr("PIN of {name}: ").format(name=name)), place, clock())
    if not check.accepted:
        raise CommandRefused(refusal(check))
    if check.must_change:
        replace_short_pin(book, name, clock)


def replace_short_pin(book: OperatorBook, name: str, clock: Callable[[], datetime]) -> None:
    print(tr("{name}'s PIN is shorter than %n digits, which this station no longer accepts: set a new one now.",
             None, PIN_MIN_DIGITS).format(name=name), file=sys.stderr)
    new = read_pin(tr("New PIN of {name} ({fewest} to 12 digits): ").format(name=name, fewest=PIN_MIN_DIGITS))
    if read_pin(tr("New PIN of {name} again: ").format(name=name)) != new:
        raise CommandRefused(tr("the two new PINs differ; nothing was done. Run the command again."))
    try:
        book.change_own_pin(name, prepare_pin(new), clock())
    except OperatorError as exc:
        raise CommandRefused(tr("{error} Nothing was done; run the command again.").format(error=exc)) from None
