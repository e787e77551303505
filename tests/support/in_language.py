"""The console in one language for a screenshot, as `watchdesk --language CODE` starts it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

# The languages the translated screenshots are made in (docs/screenshots/*-ru.png, *-zh_CN.png).
TRANSLATED = ("ru", "zh_CN")


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Windows built inside are in `code`: the core's sentences, the windows' own and Qt's standard
    buttons. It outranks the station's and the officer's choice, as --language does; English after."""
    from console.ui import language

    language.set_command_line_language(code)
    language.switch_to(code)
    try:
        yield
    finally:
        language.set_command_line_language(None)
        language.switch_to("en")
