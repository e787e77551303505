"""Feature modules that plug into the main window, in the order they install.

Each module has `install(window: MainWindow) -> None`, which adds its pages
(`window.add_page`), actions (`window.add_action`) and event handlers.
"""

FEATURES: list[str] = [
    "console.ui.arrivals",
    "console.ui.station_admin",
    "console.ui.compose",
    "console.ui.inbox.feature",
    "console.ui.print_actions",
]
