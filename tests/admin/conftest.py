"""Two real stations joined by real folders, our console's main window on one of them,
and a script that answers the station-admin dialogs instead of an officer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QDialog

from console.format import safety_number
from console.storage.operators import OperatorBook
from console.ui import dialogs
from tests.exchange.conftest import Clock, make_station

SUPERVISOR, SUPERVISOR_PIN = "Lee Morgan", "310588"
OFFICER, OFFICER_PIN = "Sam Avery", "246813"


@pytest.fixture
def clock():
    return Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))


@pytest.fixture
def us(tmp_path, clock):
    station = make_station(tmp_path, "NRRC-US", "US NRRC", clock)
    book = OperatorBook(station.store)
    book.add(SUPERVISOR, "supervisor", SUPERVISOR_PIN, "system", clock())
    book.add(OFFICER, "officer", OFFICER_PIN, "system", clock())
    yield station
    station.close()


@pytest.fixture
def them(tmp_path, clock):
    station = make_station(tmp_path, "NRRC-RU", "RU NRRC", clock)
    yield station
    station.close()


class DialogScript:
    """Plays the officer: answers each modal in turn with the next scripted step.

    `exec_dialog` steps get the dialog and act on it (fill fields, click buttons); the
    dialog's result is returned as exec() would. Questions are answered from `answers`.
    """

    def __init__(self, monkeypatch) -> None:
        self.steps: list[Callable[[QDialog], None]] = []
        self.dialogs: list[QDialog] = []
        self.answers: list[bool] = []
        self.questions: list[str] = []
        self.messages: list[tuple[str, str]] = []
        self.files: list[str | None] = []
        monkeypatch.setattr(dialogs, "exec_dialog", self._exec)
        monkeypatch.setattr(dialogs, "confirm", self._confirm)
        monkeypatch.setattr(dialogs, "inform", lambda _p, title, text: self.messages.append((title, text)))
        monkeypatch.setattr(dialogs, "warn", lambda _p, title, text: self.messages.append((title, text)))
        monkeypatch.setattr(dialogs, "open_file_name", lambda *_a: self.files.pop(0))
        monkeypatch.setattr(dialogs, "save_file_name", lambda *_a: self.files.pop(0))
        monkeypatch.setattr(dialogs, "existing_directory", lambda *_a: self.files.pop(0))

    def then(self, step: Callable[[QDialog], None]) -> DialogScript:
        self.steps.append(step)
        return self

    def _exec(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        assert self.steps, f"unexpected dialog {dialog.windowTitle()!r}"
        self.steps.pop(0)(dialog)
        return dialog.result()

    def _confirm(self, _parent, title: str, text: str) -> bool:
        self.questions.append(f"{title}: {text}")
        assert self.answers, f"unexpected question {title!r}"
        return self.answers.pop(0)

    def done(self) -> bool:
        return not self.steps and not self.answers


@pytest.fixture
def script(monkeypatch):
    return DialogScript(monkeypatch)


@pytest.fixture
def window(qtbot, us, clock):
    from console.ui.main_window import MainWindow

    main = MainWindow(us, clock=clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()  # stops the inbox watcher before the station closes


def sign_in(dialog, name: str, pin: str) -> None:
    """Step for a CredentialsDialog: choose the officer, type the PIN, press the accept button."""
    dialog.choose(name, pin)
    dialog.accept_button.click()


def their_number(own, other) -> str:
    """The safety number the other station's console shows for `own`: what its officer reads out."""
    return safety_number(other.own_card(), own.own_card())
