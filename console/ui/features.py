"""Feature modules that plug into the main window, in the order they install.

Each module has `install(window: MainWindow) -> None`, which adds its pages
(`window.add_page`), actions (`window.add_action`) and event handlers. Plain
imports, so the import graph (and tests/test_architecture.py) sees them.
"""

from collections.abc import Callable

from console.ui import arrivals, compose, export_action, print_actions, station_admin
from console.ui.inbox import feature as inbox

FEATURES: list[Callable] = [
    arrivals.install,
    station_admin.install,
    compose.install,
    inbox.install,
    export_action.install,
    print_actions.install,
]
