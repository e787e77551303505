"""Render the README's screenshots offscreen: `make screenshots`.

Each picture is a QWidget.grab() of a real window on a demo station, so the
images show what the code draws today.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from console.service.demo import open_demo_station  # noqa: E402
from console.ui.app import make_application  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    app = make_application()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        station = open_demo_station(Path(tmp))
        window = MainWindow(station)
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "main-window.png"))
        window.close()
        station.close()
    # The feature screenshots are made by the modules that own the widgets.
    import runpy

    for module in ("tests.inbox.make_screenshots", "tests.inbox.make_alert_screenshot", "tests.compose.screenshots",
                   "tests.admin.make_screenshots"):
        runpy.run_module(module, run_name="__main__")
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
