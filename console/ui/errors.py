"""Uncaught exceptions: logged, and shown to the officer in a dialog. Never a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


def _show_dialog(parent: QWidget | None, title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    box.exec()


# Test seam: tests replace this to observe the dialog instead of blocking on it.
show_error_dialog: Callable[[QWidget | None, str, str, str], None] = _show_dialog


def install_excepthook(log_path: Callable[[], str]) -> None:
    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("uncaught exception:\n%s", details)
        app = QApplication.instance()
        parent = app.activeWindow() if app else None
        show_error_dialog(
            parent,
            "Watchdesk: unexpected error",
            f"Something went wrong: {exc_type.__name__}: {exc}\n\n"
            f"The console keeps running and nothing was lost. The details are in the log: {log_path()}",
            details,
        )

    sys.excepthook = hook
