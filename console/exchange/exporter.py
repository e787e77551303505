"""Writing sealed files to a counterpart's outbox: atomically, never overwriting."""

from __future__ import annotations

from pathlib import Path

from console.errors import WatchdeskError
from console.exchange.folders import CounterpartFolders
from console.fsutil import atomic_write


class ExportError(WatchdeskError, OSError):
    """The sealed file could not be written; the notice stays released and can be exported again.

    Its message stays English: the release records it as the audit entry `export_failed`."""


def export_sealed(folders: CounterpartFolders, file_name: str, sealed: bytes) -> Path:
    """Write `sealed` as `outbox/file_name`. An identical file already there counts as done."""
    target = folders.outbox / file_name
    try:
        folders.outbox.mkdir(parents=True, exist_ok=True)  # a removed medium fails here, in words below
        atomic_write(target, sealed, overwrite=False, mode=0o644)
    except FileExistsError:
        if target.read_bytes() == sealed:
            return target
        raise ExportError(
            f"{target} already exists with different content; it was left untouched and this notice was not exported"
        ) from None
    except OSError as exc:
        raise ExportError(f"could not write {target}: {exc.strerror or exc}") from exc
    return target
