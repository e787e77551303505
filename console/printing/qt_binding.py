"""Is the installed Qt binding safe to run a 24-hour watch on this interpreter?

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call
that returns nothing (setText, QPainter.save, ...). On 3.12+ ``None`` is
immortal (PEP 683), so nothing happens; on 3.11 the count reaches zero within
minutes of timers and painting and the interpreter aborts ("none_dealloc").
A console that dies at 3 a.m. is worse than one that refuses to start, so
every Qt entry point (the window, printing) probes the binding first.

This lives in printing, the lowest layer allowed to import Qt; the GUI calls it
through ``ensure_gui_application`` like everything else that needs Qt.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from console.errors import WatchdeskError

PROBE_CALLS = 1_000


class QtBindingDefect(WatchdeskError, RuntimeError):
    """The installed Qt binding would crash the console on this Python."""


def binding_version() -> str:
    from importlib import metadata  # only to word a refusal: 14 ms of every start-up otherwise

    for distribution in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    import PySide6

    return PySide6.__version__


def none_references_drained(void_call: Callable[[], object], calls: int = PROBE_CALLS) -> int:
    """How many references to None `calls` calls of `void_call` lose (0 for a sound binding).

    Whatever was lost is handed back, so probing never endangers the process.
    """
    # A garbage collection inside the loop (the calls' own temporaries can start one) would free
    # whatever unreachable objects held None, and their references would count as drained.
    collecting = gc.isenabled()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(calls):
            void_call()
        drained = before - sys.getrefcount(None)
    finally:
        if collecting:
            gc.enable()
    if drained > 0:
        _hand_back_to_none(drained)
    return max(drained, 0)


def _hand_back_to_none(count: int) -> None:
    """Give None back the references a probe saw drained, for good: never released, not even at
    exit, so that the refusal ends cleanly instead of aborting in the interpreter's last collection.
    (Kept in a list, they were released at exit, and two probes' worth then brought None to zero.)"""
    import ctypes

    none = ctypes.py_object(None)
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(none)


def _qt_void_call() -> Callable[[], object]:
    from PySide6.QtCore import QObject

    probe = QObject()
    return lambda: probe.setObjectName("watchdesk-probe")


def check_qt_binding(void_call: Callable[[], object] | None = None) -> None:
    """Raise QtBindingDefect, in one sentence, if Qt calls drain None on this interpreter.

    `void_call` is a test seam; by default a real Qt call that returns nothing.
    """
    if sys.version_info >= (3, 12):
        return  # None is immortal: the defect cannot do harm here
    call = void_call or _qt_void_call()
    drained = none_references_drained(call)
    if drained:
        # The defect drains at every probe; another thread letting go of None in the meantime does
        # not happen twice alike. Refuse only what the second probe confirms.
        drained = min(drained, none_references_drained(call))
    if drained:
        version = ".".join(map(str, sys.version_info[:3]))
        raise QtBindingDefect(
            f"PySide6 {binding_version()} on Python {version} loses a reference to None on every Qt call "
            f"({drained} in {PROBE_CALLS} calls) and would crash the console within the hour, so it will not "
            "start: install PySide6-Essentials<6.12 (`pip install 'PySide6-Essentials<6.12'`) or use Python 3.12 or newer."
        )
