"""Logging to a rotating file in the station's data dir."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "watchdesk.log"
_FORMAT = "%(asctime)s.%(msecs)03dZ %(levelname)-7s %(name)s: %(message)s"


class _UTCFormatter(logging.Formatter):
    # Log times are UTC like everything else inside the console.
    import time as _time

    converter = _time.gmtime


def configure_logging(data_dir: Path, *, level: int = logging.INFO, to_stderr: bool = False) -> Path:
    """Send all log records to `data_dir/logs/watchdesk.log` (rotating, 5 x 1 MiB)."""
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_watchdesk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(_UTCFormatter(_FORMAT, datefmt="%Y-%m-%dT%H:%M:%S"))
    file_handler._watchdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if to_stderr:
        stream = logging.StreamHandler()
        stream.setFormatter(_UTCFormatter(_FORMAT, datefmt="%H:%M:%S"))
        stream._watchdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    return log_path
