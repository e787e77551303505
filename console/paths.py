"""Where Watchdesk keeps and finds its files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "watchdesk"


def resources_dir() -> Path:
    """The repository's `resources/` folder (maps, schemas, sounds)."""
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The station's data dir when `--data-dir` is not given.

    WATCHDESK_DATA_DIR overrides it, so tests and scripts never touch the
    officer's real station by accident.
    """
    override = os.environ.get("WATCHDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
