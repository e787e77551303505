"""The application object that printing needs, made on demand for the command line and the tests."""

from __future__ import annotations

import os
import sys


def ensure_gui_application():
    """Printing lays text out with Qt, which needs an application object (no window is shown).

    A QApplication rather than a QGuiApplication, so that widgets can still be
    used later in the same process (the GUI, the tests).
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from console.printing.qt_binding import check_qt_binding

    check_qt_binding()
    return QApplication.instance() or QApplication([sys.argv[0]])
