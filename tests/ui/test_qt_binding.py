"""The Qt binding must not drain references to None (PySide6 6.12.0 on Python 3.11 does).

On Python 3.11 a binding that loses one reference to None per void call kills a
console within the half hour ("none_dealloc"); these tests fail on such a pair,
and the console refuses to start on it with one sentence.
"""

from __future__ import annotations

import ctypes
import gc
import os
import subprocess
import sys

import pytest

from console.cli.main import main
from console.printing import qt_binding

MORTAL_NONE = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683): nothing can drain it"
)
TOTAL_CALLS = 100_000
BATCH = 1_000


def _drain_like_the_defect() -> None:
    """What PySide6 6.12.0 does on 3.11 after every void call: one Py_DECREF(None) too many."""
    ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))


@MORTAL_NONE
def test_a_hundred_thousand_void_qt_calls_keep_every_reference_to_none(qapp):
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("red"))
    calls = [
        lambda: label.setText("FLASH"),
        lambda: painter.setPen(pen),
        painter.save,
        painter.restore,
        lambda: label.setObjectName("row"),
    ]
    try:
        made = 0
        while made < TOTAL_CALLS:
            for call in calls:
                # Checked per batch and handed back at once, so a bad binding fails this
                # test instead of aborting the whole run.
                drained = qt_binding.none_references_drained(call, BATCH)
                made += BATCH
                assert drained == 0, (
                    f"PySide6 {qt_binding.binding_version()} lost {drained} references to None in "
                    f"{BATCH} calls of {call}: this pair crashes the console on Python {sys.version.split()[0]}"
                )
    finally:
        painter.end()
    assert made >= TOTAL_CALLS


@MORTAL_NONE
def test_the_probe_sees_a_draining_call_and_hands_the_references_back():
    before = sys.getrefcount(None)
    assert qt_binding.none_references_drained(_drain_like_the_defect, 500) == 500
    assert sys.getrefcount(None) >= before  # repaid: the process is as safe as before
    with pytest.raises(qt_binding.QtBindingDefect, match=r"PySide6 .* on Python 3\.11.*PySide6-Essentials<6\.12"):
        qt_binding.check_qt_binding(_drain_like_the_defect)


class _CycleHoldingNone:
    def __init__(self) -> None:
        self.value = None
        self.me = self


@MORTAL_NONE
def test_a_garbage_collection_or_a_one_off_release_during_the_probe_is_not_taken_for_the_defect():
    """The probe once refused a sound binding: something let go of a reference to None while it
    counted. A collection cannot run inside it, and a single release is not the defect, which
    drains at every call of every probe."""
    gc.collect()
    garbage = [_CycleHoldingNone() for _ in range(5)]
    del garbage  # unreachable cycles holding None: the next collection frees them

    kept = []

    def allocating_call() -> None:
        kept.append([])  # objects that stay: enough to start a collection among 1,000 calls

    assert gc.isenabled()
    assert qt_binding.none_references_drained(allocating_call, 1_000) == 0
    assert gc.isenabled()
    gc.collect()

    holder = _CycleHoldingNone()
    calls = 0

    def releases_once() -> None:
        nonlocal calls
        calls += 1
        if calls == 10:
            holder.__dict__.clear()  # lets go of one reference to None, once

    qt_binding.check_qt_binding(releases_once)  # one release in the first probe, none in the second
    assert calls == 2 * qt_binding.PROBE_CALLS


def test_the_installed_binding_passes_the_probe(qapp):
    qt_binding.check_qt_binding()  # the real Qt call; raises on a defective pair


@MORTAL_NONE
def test_the_console_refuses_to_start_on_a_draining_binding(monkeypatch, capsys):
    monkeypatch.setattr(qt_binding, "_qt_void_call", lambda: _drain_like_the_defect)
    status = main(["--demo", "--quit-when-ready"])
    err = capsys.readouterr().err.strip()
    assert status == 2
    assert err.startswith("watchdesk: PySide6 ") and "would crash the console" in err
    assert err.count("\n") == 0, "one sentence, not a traceback"


def test_with_no_display_the_console_says_so_in_one_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "console.cli.main", "--demo"],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "watchdesk: there is no display to open the console's window on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set): start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it unseen."
    ]
    assert "xcb" not in result.stderr and "Aborted" not in result.stderr
