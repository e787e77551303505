"""argparse's own words ("usage:", "error:", "the following arguments are required") in the
console's language.

argparse looks its sentences up through gettext's module-level function, bound in argparse as
`_`; rebinding it to console.i18n is the one seam it offers without a gettext catalogue. The
sentences are those of Python 3.11 to 3.13; one not listed (a newer Python's) stays in English.
"""

from __future__ import annotations

import argparse

from console.i18n import QT_TRANSLATE_NOOP, lookup

ARGPARSE_SENTENCES = frozenset({
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
})


def argparse_sentence(text: str) -> str:
    return lookup("argparse", text) if text in ARGPARSE_SENTENCES else text


def speak_argparse_in_console_language() -> None:
    """From now on argparse words its help and errors in the language console.i18n is set to."""
    argparse._ = argparse_sentence  # type: ignore[attr-defined]
