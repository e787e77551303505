"""Crash-safe file writes: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, overwrite: bool = True, mode: int = 0o600,
                 owned: bool = False) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one.

    With overwrite=False an existing file is never replaced: FileExistsError is
    raised and the existing file is left as it was. A failed write (disk full,
    I/O error) removes the temp file and leaves no partial file under `path`.
    `owned`: the temp file's name carries this process's id, so that the temp file of a
    process killed mid-write can be told from another's write still going on
    (sweep_orphaned_temp_files); for a file several processes write, such as the audit head.
    """
    path = Path(path)
    folder = path.parent
    prefix = f".{path.name}.{os.getpid()}." if owned else f".{path.name}."
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if overwrite:
            os.replace(tmp, path)
        else:
            # link() fails if the target exists, which rename() would not.
            os.link(tmp, path)
            tmp.unlink()
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def sweep_orphaned_temp_files(path: Path) -> list[str]:
    """Remove the temp files of `path` (written with atomic_write(owned=True)) whose writing process
    is gone: a kill between the temp file and the rename leaves one behind. A live process's temp
    file is left alone, its write may be going on."""
    path = Path(path)
    swept = []
    try:
        names = os.listdir(path.parent)
    except FileNotFoundError:
        return swept
    start = f".{path.name}."
    for name in names:
        if not (name.startswith(start) and name.endswith(".tmp")):
            continue
        pid = name[len(start):].split(".", 1)[0]
        if not pid.isdigit() or _process_alive(int(pid)):
            continue
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path.parent / name)
            swept.append(name)
    return swept


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True
