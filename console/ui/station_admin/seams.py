"""Every modal interaction of the station-admin screens goes through these functions.

Tests replace them (monkeypatch) to answer a question or drive a dialog without
blocking on `exec()`, as console/ui/errors.py does for the error dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def _exec_dialog(dialog: QDialog) -> int:
    return dialog.exec()


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


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
exec_dialog: Callable[[QDialog], int] = _exec_dialog
confirm: Callable[[QWidget | None, str, str], bool] = _confirm
inform: Callable[[QWidget | None, str, str], None] = _inform
warn: Callable[[QWidget | None, str, str], None] = _warn
open_file_name: Callable[[QWidget | None, str, str], str | None] = _open_file_name
save_file_name: Callable[[QWidget | None, str, str, str], str | None] = _save_file_name
existing_directory: Callable[[QWidget | None, str, str], str | None] = _existing_directory
