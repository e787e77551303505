"""Every modal interaction of the console goes through this module, and only this one.

Tests replace its functions (monkeypatch) to answer a question or drive a dialog instead
of blocking on `exec()`. `report` is the one place where an expected failure
(`WatchdeskError`) becomes words on the screen; anything else is left to the last-resort
handler in console/ui/errors.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from console.errors import WatchdeskError
from console.ui.alert_strip import shown_in_dialog


def _exec_dialog(dialog: QDialog) -> int:
    with shown_in_dialog(dialog):  # an alert during a long dialog shows in it, not behind it
        return dialog.exec()


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def _choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return value if ok else None


def _inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def _show_error(parent: QWidget | None, title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def _open_file_name(parent: QWidget | None, title: str, file_filter: str) -> str | None:
    path, _selected = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path or None


def _save_file_name(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def _existing_directory(parent: QWidget | None, title: str, start: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


# Test seams: replace to observe or answer instead of blocking.
# Shows a dialog modally; returns QDialog.DialogCode (Accepted or Rejected).
exec_dialog: Callable[[QDialog], int] = _exec_dialog
# A yes/no question whose safe answer is No.
confirm: Callable[[QWidget | None, str, str], bool] = _confirm
# One line of text, or None when cancelled.
ask_text: Callable[..., str | None] = _ask_text
# One of `items` (the first offered), or None when cancelled.
choose_item: Callable[[QWidget | None, str, str, list[str]], str | None] = _choose_item
inform: Callable[[QWidget | None, str, str], None] = _inform
warn: Callable[[QWidget | None, str, str], None] = _warn
# A critical error with optional details (the last-resort handler, a damaged store).
show_error: Callable[[QWidget | None, str, str, str], None] = _show_error
open_file_name: Callable[[QWidget | None, str, str], str | None] = _open_file_name
save_file_name: Callable[[QWidget | None, str, str, str], str | None] = _save_file_name
existing_directory: Callable[[QWidget | None, str, str], str | None] = _existing_directory


def report(parent: QWidget | None, title: str, error: WatchdeskError) -> None:
    """Say an expected failure in the officer's words: the title says what did not happen."""
    warn(parent, title, error.user_message)


@contextmanager
def reported(parent: QWidget | None, title: str) -> Iterator[None]:
    """Run an action; a `WatchdeskError` it raises is reported under `title` and goes no further."""
    try:
        yield
    except WatchdeskError as error:
        report(parent, title, error)
