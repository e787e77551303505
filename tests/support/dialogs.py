"""A script that plays the officer at the console's modal dialogs instead of blocking on them.

console/ui/dialogs.py is the console's one seam for modal interaction; DialogScript replaces its
functions for the test's duration (monkeypatch): each `exec_dialog` takes the next scripted step,
which acts on the dialog (fills fields, presses a button), and returns the dialog's result as
exec() would; yes/no questions are answered from `answers`, text prompts from `texts`, file and
folder choosers from `files`; information and warnings are kept in `messages`. A modal dialog or
question nobody scripted fails the test instead of blocking it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from console.ui import dialogs


class DialogScript:
    def __init__(self, monkeypatch) -> None:
        self.steps: list[Callable[[QDialog], None]] = []
        self.dialogs: list[QDialog] = []
        self.answers: list[bool] = []
        self.texts: list[str | None] = []
        self.files: list[str | None] = []
        self.questions: list[str] = []
        self.messages: list[tuple[str, str]] = []
        monkeypatch.setattr(dialogs, "exec_dialog", self._exec)
        monkeypatch.setattr(dialogs, "confirm", self._confirm)
        monkeypatch.setattr(dialogs, "ask_text", self._ask_text)
        monkeypatch.setattr(dialogs, "inform", lambda _parent, title, text: self.messages.append((title, text)))
        monkeypatch.setattr(dialogs, "warn", lambda _parent, title, text: self.messages.append((title, text)))
        monkeypatch.setattr(dialogs, "open_file_name", lambda *_args: self.files.pop(0))
        monkeypatch.setattr(dialogs, "save_file_name", lambda *_args: self.files.pop(0))
        monkeypatch.setattr(dialogs, "existing_directory", lambda *_args: self.files.pop(0))

    def then(self, step: Callable[[QDialog], None]) -> DialogScript:
        self.steps.append(step)
        return self

    def done(self) -> bool:
        return not self.steps and not self.answers

    def _exec(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        assert self.steps, f"unexpected dialog {dialog.windowTitle()!r}"
        self.steps.pop(0)(dialog)
        return dialog.result()

    def _confirm(self, _parent, title: str, text: str) -> bool:
        self.questions.append(f"{title}: {text}")
        assert self.answers, f"unexpected question {title!r}"
        return self.answers.pop(0)

    def _ask_text(self, _parent, title: str, label: str, text: str = "") -> str | None:
        self.questions.append(f"{title}: {label}")
        assert self.texts, f"unexpected question {title!r}"
        return self.texts.pop(0)
