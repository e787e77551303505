"""Uncaught exceptions: logged, and shown to the officer in a dialog. Never a silent exit.

Expected failures are `WatchdeskError`s and are reported where they happen (console.ui.dialogs.report);
what reaches this hook is a defect, so the dialog says only what is known: the action stopped
part-way, the console keeps running, and where the details are.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from console.ui import dialogs

log = logging.getLogger(__name__)


def install_excepthook(log_path: Callable[[], str]) -> None:
    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("uncaught exception:\n%s", details)
        app = QApplication.instance()
        parent = app.activeWindow() if app else None
        dialogs.show_error(
            parent,
            "Watchdesk: unexpected error",
            f"Something went wrong: {exc_type.__name__}: {exc}\n\n"
            "The action you took may have stopped part-way: check its result before you go on. "
            f"The console keeps running. The details are in the log: {log_path()}",
            details,
        )

    sys.excepthook = hook
