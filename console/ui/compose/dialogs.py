"""Test seams for the compose feature's modal dialogs (as console/ui/errors.py does).

Callers use ``dialogs.run_dialog(...)`` etc. through the module, so tests can replace
these functions to drive the dialog (type a PIN, press Release) or answer a question
instead of blocking on ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def _run_dialog(dialog: QDialog) -> int:
    return dialog.exec()


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def _inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# Shows the dialog modally; returns QDialog.DialogCode (Accepted or Rejected).
run_dialog: Callable[[QDialog], int] = _run_dialog
# A yes/no question whose safe answer is No.
confirm: Callable[[QWidget | None, str, str], bool] = _confirm
# One line of text, or None when cancelled.
ask_text: Callable[..., str | None] = _ask_text
# A message the officer acknowledges with OK.
inform: Callable[[QWidget | None, str, str], None] = _inform
