"""The exchange folders of one counterpart (docs/format.md, section 11).

    <root>/<COUNTERPART>/outbox/      files we sealed for the counterpart
    <root>/<COUNTERPART>/inbox/       files arriving from the counterpart
    <root>/<COUNTERPART>/processed/   accepted inbox files and duplicates
    <root>/<COUNTERPART>/quarantine/  rejected inbox files, each with NAME.reason.txt

Inbox and outbox may be moved to removable media or a transfer folder per
counterpart; processed/ and quarantine/ always stay in the station's data dir,
so nothing that was received is lost with the media.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from console.format import QUARANTINE_REASON_SUFFIX, parse_sealed_file_name
from console.fsutil import _fsync_dir, atomic_write


@dataclass(frozen=True)
class CounterpartFolders:
    counterpart: str
    inbox: Path
    outbox: Path
    processed: Path
    quarantine: Path

    @classmethod
    def for_counterpart(
        cls, data_dir: Path, counterpart: str, inbox: str | Path | None = None, outbox: str | Path | None = None
    ) -> "CounterpartFolders":
        local = Path(data_dir) / "exchange" / counterpart
        return cls(
            counterpart=counterpart,
            inbox=Path(inbox) if inbox else local / "inbox",
            outbox=Path(outbox) if outbox else local / "outbox",
            processed=local / "processed",
            quarantine=local / "quarantine",
        )

    def ensure(self) -> None:
        for folder in (self.inbox, self.outbox, self.processed, self.quarantine):
            folder.mkdir(parents=True, exist_ok=True)

    def state(self) -> str:
        """A few words for the status bar: is the inbox reachable?"""
        if not self.inbox.is_dir():
            return f"{self.counterpart}: inbox missing ({self.inbox})"
        if not os.access(self.inbox, os.R_OK | os.W_OK):
            return f"{self.counterpart}: inbox not writable"
        waiting = len(inbox_entries(self.inbox))
        return f"{self.counterpart}: {waiting} waiting" if waiting else f"{self.counterpart}: ok"


def inbox_entries(inbox: Path) -> list[str]:
    """Names in the inbox to look at, in name order (so each channel in sequence order).

    Names starting with '.' are files still being written and are skipped.
    Everything else is returned, including names that are not sealed-file
    names, so the importer can quarantine them rather than leave them unseen.
    """
    try:
        names = os.listdir(inbox)
    except FileNotFoundError:
        return []
    return sorted(n for n in names if not n.startswith("."))


def printable_name(name: str) -> str:
    """A file name as text that can be stored, logged and shown.

    os.listdir() hands back bytes that are not UTF-8 as lone surrogates, which the store
    cannot encode; control characters could forge a line in the log or a reason file, and
    format characters (a right-to-left override) disguise a name on screen. Each of them
    is written as an escape (\\xff, \\n, \\u202e); every ordinary name comes back unchanged.
    """
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def is_sealed_name(name: str) -> bool:
    return parse_sealed_file_name(name) is not None


def entry_kind(path: Path) -> str:
    """'file', or what else it is, without following links or opening it."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return "missing"
    if stat.S_ISLNK(mode):
        return "symbolic link"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "named pipe"
    return "special file"


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `name.2`, `name.3`, ... whichever is free first."""
    candidate = folder / name
    number = 2
    while os.path.lexists(candidate):
        candidate = folder / f"{name}.{number}"
        number += 1
    return candidate


def sync_folders(*folders: Path) -> None:
    for folder in folders:
        _fsync_dir(folder)


def move_without_overwrite(source: Path, folder: Path, *, sync: bool = True) -> Path:
    """Move `source` into `folder` under a free name; never replaces a file.

    Links are moved as links (never followed). Falls back to copying only for
    a regular file on another file system. With sync=False the caller syncs
    both folders itself (once for many moves).
    """
    finished = _interrupted_move(source, folder)
    if finished is not None:
        return finished
    while True:
        target = free_name(folder, source.name)
        try:
            if entry_kind(source) == "file":
                os.link(source, target, follow_symlinks=False)
                os.unlink(source)
            else:
                # rename() moves the link/pipe/dir itself; check the name is still free first
                if os.path.lexists(target):
                    continue
                os.rename(source, target)
            if sync:
                sync_folders(folder, source.parent)
            return target
        except FileExistsError:
            continue  # someone took the name in between; pick the next
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            data = source.read_bytes()
            atomic_write(target, data, overwrite=False, mode=0o600)
            os.unlink(source)
            _fsync_dir(source.parent)
            return target


def _interrupted_move(source: Path, folder: Path) -> Path | None:
    """Finish a move that a crash cut between link() and unlink(), if that is what `source` is.

    Then `folder` already holds the very same file (same inode) under `source`'s name or one of
    its numbered names; moving it again would leave a second copy there.
    """
    try:
        source_stat = os.lstat(source)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(source_stat.st_mode) or source_stat.st_nlink < 2:
        return None
    candidate, number = folder / source.name, 2
    while os.path.lexists(candidate):
        if os.path.samestat(os.lstat(candidate), source_stat):
            os.unlink(source)
            sync_folders(source.parent)
            return candidate
        candidate, number = folder / f"{source.name}.{number}", number + 1
    return None


def write_reason_file(quarantined: Path, code: str, message: str, sha256: str | None, at: str, **extra: str) -> Path:
    lines = [f"code: {code}", f"message: {message}", f"sha256: {sha256 or '-'}", f"quarantined_at: {at}"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    # One line per field: a message must not be able to forge further fields.
    text = "\n".join(line.replace("\r", " ").replace("\n", " ") for line in lines)
    target = free_name(quarantined.parent, quarantined.name + QUARANTINE_REASON_SUFFIX)
    atomic_write(target, (text + "\n").encode("utf-8"), overwrite=False, mode=0o600)
    return target
