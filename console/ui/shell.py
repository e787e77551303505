"""What the main window offers its features, typed: the current notice, and the services one
feature provides for the others ("show this notice", "compose an answer to this one").

The window makes each of these once, in its constructor; a feature registers the
implementation of a service it owns and calls the others through the window. No feature
looks another up by an attribute it hopes was set on the window.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Generic, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

P = ParamSpec("P")
R = TypeVar("R")


class Selection(QObject):
    """The notice the officer works on: the one selected in the Inbox or Outbox on screen,
    else the last one selected in either. The inbox feature keeps it current; the print
    and compose actions act on it."""

    changed = Signal(object)  # the notice id, or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notice_id: int | None = None

    @property
    def notice_id(self) -> int | None:
        return self._notice_id

    def set(self, notice_id: int | None) -> None:
        if notice_id != self._notice_id:
            self._notice_id = notice_id
            self.changed.emit(notice_id)


class ShellService(Generic[P, R]):
    """One thing the window can be asked to do, done by the one feature that registered for it."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._implementation: Callable[P, R] | None = None

    def register(self, implementation: Callable[P, R]) -> None:
        if self._implementation is not None:
            raise RuntimeError(f"two features offer to {self.what}; the window takes one")
        self._implementation = implementation

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if self._implementation is None:
            raise RuntimeError(f"no feature of this window can {self.what}")
        return self._implementation(*args, **kwargs)


class Answer(Enum):
    """How an outgoing notice answers one on record (the Notice menu's actions on the selected notice)."""

    AMENDMENT = "amendment"
    POSTPONEMENT = "postponement"
    CANCELLATION = "cancellation"
    POST_LAUNCH_REPORT = "post_launch_report"
    NEW_FROM = "new_from"


# "Show this notice": its list page on screen, its row selected (the inbox feature).
OpenNotice = ShellService[[int], None]
# "Compose this answer to this notice": the compose window opened, or None when the officer
# was told why not (the compose feature).
ComposeAnswer = ShellService[[int | None, Answer], QWidget | None]
