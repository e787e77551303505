"""The compose window screenshot for the docs: ``python -m tests.compose.screenshots``.

A launch notification with two impact areas and one rule failing (short notice), typed
into a real compose window on a real pair of stations, grabbed offscreen to
docs/screenshots/compose-launch.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from console.domain.notices import Kind  # noqa: E402
from console.ui.compose.entry import empty_area, empty_state  # noqa: E402
from console.ui.compose.window import ComposeWindow  # noqa: E402
from tests.exchange.conftest import Clock, introduce, make_station  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "compose-launch.png"
SIZE = (1400, 1200)


def launch_state() -> dict:
    """Two impact areas, the window opening in 16 h: the 24 h lead-time rule fails."""
    state = empty_state(Kind.LAUNCH_NOTIFICATION, recipient="NRRC-RU", precedence="IMMEDIATE", status="EXERCISE",
                        agreement="US-USSR BMLNA 1988", drafted_by="alice")
    launch = state["launch"]
    launch.update(vehicle_category="ICBM", vehicle_count="1", window_start="2026-11-29 04:00Z",
                  window_end="291000Z NOV 26", planned_direction="east-north-east",
                  remarks="Exercise ZEBRA-7731. Reentry vehicle impacts in the Kura test range.")
    launch["launch_area"] = {**empty_area("circle"), "centre": "62-55.00N 040-35.00E", "radius": "20", "unit": "km"}
    launch["impact_areas"] = [
        {**empty_area("polygon"),
         "points": "5700N16000E\n57-00.00N 163-00.00E\n550000N1630000E\n55°00'N 160°00'E\n5700N16000E"},
        {**empty_area("circle"), "centre": "30.0, 175.5", "radius": "60", "unit": "NM"},
    ]
    return state


def compose_launch(station, parent=None) -> ComposeWindow:
    compose = ComposeWindow(station, lambda: "alice", launch_state(), parent=parent)
    compose.resize(*SIZE)
    compose.form.reveal_missing = True
    compose.show()
    compose.recheck()
    return compose


def grab(compose: ComposeWindow, path: Path) -> None:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    compose.grab().save(str(path))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))
    with tempfile.TemporaryDirectory() as tmp:
        us = make_station(Path(tmp), "NRRC-US", "US Nuclear Risk Reduction Center", clock)
        them = make_station(Path(tmp), "NRRC-RU", "RU National Nuclear Risk Reduction Center", clock)
        introduce(us, them)
        compose = compose_launch(us)
        grab(compose, OUT)
        compose.discard()
        app.processEvents()
        us.close()
        them.close()
    print(f"screenshot written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
