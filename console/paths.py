"""Where Watchdesk keeps and finds its files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "watchdesk"


def resources_dir() -> Path:
    """The data files the console loads: schemas, map, sounds, translations.

    An installed package (wheel, offline wheelhouse, bundle, .deb) carries them in
    console/resources, copied there by setup.py at build time; a checkout or an
    editable install has no such folder and reads the repository's resources/.
    """
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
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


def user_cache_dir() -> Path:
    """What the console keeps for this account only to go faster: losing it costs time, nothing else."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
