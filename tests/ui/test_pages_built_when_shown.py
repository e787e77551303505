"""Paint first (issue 17): the pages other than the inbox are built when first shown, and the
modules only they need are imported then; the navigation and the shortcuts work from the start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from tests.exchange.conftest import clock, pair  # noqa: F401 - fixtures

# Modules the inbox's first page does not need: none may be imported before the first paint.
NOT_BEFORE_FIRST_PAINT = (
    "console.ui.compose.controller",
    "console.ui.compose.window",
    "console.ui.compose.drafts_page",
    "console.ui.station_admin.counterparts_view",
    "console.ui.station_admin.audit_view",
    "console.ui.station_admin.own_station",
    "console.ui.station_admin.officers",
    "console.ui.station_admin.keycards",
    "console.printing.watch_log",
    "console.printing.from_store",
    "console.printing.layout",
    "console.printing.devices",
    "PySide6.QtPrintSupport",
)

OPEN_THE_DEMO_WINDOW = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from console.service.demo import open_demo_station
from console.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
station = open_demo_station(sys.argv[1])
window = MainWindow(station)
window.show()
app.processEvents()
imported = sorted(name for name in list(sys.modules) if name in json.loads(sys.argv[2]))  # threads import too
built = sorted(key for key, page in window.pages.items() if page.built)
print(json.dumps({"imported": imported, "built": built}))
window.close()
station.close()
"""


def test_the_window_opens_with_the_inbox_built_and_without_the_other_pages_modules(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", OPEN_THE_DEMO_WINDOW, str(tmp_path), json.dumps(NOT_BEFORE_FIRST_PAINT)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["imported"] == []
    assert seen["built"] == ["inbox", "outbox", "quarantine"]


def test_a_page_is_built_and_listed_when_first_shown(qtbot, main_window):
    page = main_window.pages["counterparts"]
    assert not page.built
    assert main_window.nav.item(main_window.page_keys().index("counterparts")).text() == "Counterparts (1)"
    main_window.show_page("counterparts")
    assert page.built
    assert main_window.stack.currentWidget() is page.widget
    assert page.widget.table.rowCount() == 1  # listed on being built
    assert main_window.detail_stack.currentWidget() is page.detail


def test_ctrl_n_opens_compose_the_first_time_though_nothing_of_compose_was_built(qtbot, main_window):
    assert not main_window.pages["drafts"].built
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(main_window.compose.compose_windows) == 1, timeout=10000)
    main_window.close()  # closes the compose window with it


def test_a_change_while_a_page_is_not_built_is_in_its_title_and_its_list_when_shown(qtbot, main_window):
    from console.storage.operators import OperatorBook

    assert not main_window.pages["officers"].built
    row = main_window.page_keys().index("officers")
    active = len(OperatorBook(main_window.station.store).all())
    assert main_window.nav.item(row).text() == f"Officers ({active})"
    OperatorBook(main_window.station.store).add("Quinn", "officer", "482913", "system", main_window.clock())
    qtbot.waitUntil(lambda: main_window.nav.item(row).text() == f"Officers ({active + 1})", timeout=10000)
    assert not main_window.pages["officers"].built  # its change event cost nothing
    main_window.show_page("officers")
    table = main_window.pages["officers"].widget.table
    assert "Quinn" in [table.item(r, 0).text() for r in range(table.rowCount())]


def test_numpy_and_sqlite_utils_are_not_imported_before_the_first_listing():
    """sqlite-utils would import numpy, if installed, as it loads; the store makes its sqlite-utils view
    at first use (the start-up reads through the connection), and when it does, numpy stays out until
    the inbox imports it after the first listing."""
    script = ("import sys\nimport console.cli.main, console.ui.app\n"
              "assert 'numpy' not in sys.modules and 'sqlite_utils' not in sys.modules\n"
              "from console.storage.store import _import_sqlite_utils\n_import_sqlite_utils()\n"
              "assert 'numpy' not in sys.modules\nimport numpy\nprint(numpy.arange(3).sum())")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"


WINDOW_ON_A_STATION = """
import os, sys
from pathlib import Path
from console.service.station import Station, station_id_in
from console.storage.keysource import EphemeralKeySource
from console.ui.app import make_application
from console.ui.main_window import MainWindow
data_dir = Path(sys.argv[1])
keys = EphemeralKeySource()
keys.save(station_id_in(data_dir), data_dir, bytes.fromhex(os.environ["STORE_KEY"]))
app = make_application()
window = MainWindow(Station.open(data_dir, keys))
window.show()
for _ in range(20):
    app.processEvents()
print("sqlite_utils" in sys.modules)
window.close()
"""


def test_a_window_on_a_station_with_counterparts_opens_without_sqlite_utils(pair, tmp_path):
    """The store's readers on the way to the first paint (the counterparts for the exchange line, the
    officers, the settings) read through the connection: sqlite-utils (0.1 s of import) stays out."""
    us, _them = pair
    key, data_dir = us.store._key, us.data_dir
    us.close()
    env = dict(os.environ, STORE_KEY=key.hex(), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", WINDOW_ON_A_STATION, str(data_dir)], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False", result.stdout
