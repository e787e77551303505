"""The exchange folders of one counterpart (docs/format.md, section 11).

    <root>/<COUNTERPART>/outbox/      files we sealed for the counterpart
    <root>/<COUNTERPART>/inbox/       files arriving from the counterpart
    <root>/<COUNTERPART>/processed/   accepted inbox files and duplicates
    <root>/<COUNTERPART>/quarantine/  rejected inbox files, each with NAME.reason.txt

Inbox and outbox may be moved to removable media or a transfer folder per
counterpart; processed/ and quarantine/ always stay in the station's data dir,
so nothing that was received is lost with the media.

Every inbox entry is judged by lstat() before anything reads it: only regular files are
ever opened (O_NOFOLLOW | O_NONBLOCK, the type and size checked again on the open
descriptor); links, pipes, sockets, devices and folders are moved as what they are, or,
where that is impossible (a folder on another file system), left where they are.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from console.errors import WatchdeskError
from console.format import MAX_FILE_BYTES, parse_sealed_file_name
from console.fsutil import _fsync_dir, atomic_write
from console.i18n import QT_TRANSLATE_NOOP, tr

# How a cross-device move of a file into processed/ is announced (see finish_interrupted_moves).
MOVE_INTENT_PREFIX = ".move-"
MOVE_INTENT_SUFFIX = ".json"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class InboxEntry:
    """One entry of an inbox: its path as listed (a name may hold any byte but '/' and NUL), and
    its name as it is shown, logged and stored (printable_name)."""

    path: Path
    name: str

    @classmethod
    def at(cls, path: Path) -> "InboxEntry":
        return cls(path, printable_name(path.name))


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

    def prepare_for_import(self) -> None:
        """Make the folders, check that the inbox can be emptied, and clear up what a crash left
        in processed/ and quarantine/: temp files, cross-device moves cut short.

        PermissionError if a folder is not accessible: files that cannot leave the inbox would be
        imported again at every rescan. The caller holds the station's import lock.
        """
        self.ensure()
        for folder in (self.inbox, self.processed, self.quarantine):
            if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, tr("the folder is read-only or not accessible"), str(folder))
        for folder in (self.processed, self.quarantine):
            sweep_temp_files(folder)
        finish_interrupted_moves(self.processed, self.inbox)

    def arrivals(self) -> list[InboxEntry]:
        """The inbox's entries to import, in name order (inbox_entries)."""
        return [InboxEntry.at(self.inbox / name) for name in inbox_entries(self.inbox)]

    def move_to_processed(self, entry: InboxEntry) -> None:
        """Move a stored entry to processed/; the caller syncs the folders once for many (sync_moves)."""
        move_without_overwrite(entry.path, self.processed, sync=False)

    def sync_moves(self) -> None:
        """Make the moves out of the inbox into processed/ durable: one sync of both folders."""
        sync_folders(self.processed, self.inbox)

    def state(self) -> str:
        """A few words for the status bar: is the inbox reachable?"""
        if not self.inbox.is_dir():
            return tr("{counterpart}: inbox missing ({path})").format(counterpart=self.counterpart, path=self.inbox)
        if not os.access(self.inbox, os.R_OK | os.W_OK):
            return tr("{counterpart}: inbox not writable").format(counterpart=self.counterpart)
        waiting = len(inbox_entries(self.inbox))
        if waiting:
            return tr("{counterpart}: %n waiting", None, waiting).format(counterpart=self.counterpart)
        return tr("{counterpart}: ok").format(counterpart=self.counterpart)


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
    if text.isprintable():
        return text  # every ordinary name: no need to look at it character by character
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def is_sealed_name(name: str) -> bool:
    return parse_sealed_file_name(name) is not None


# kind_of_mode's words for the officer (lookup("FileKind", kind)); the quarantine reasons keep English.
FILE_KIND_WORDS = (
    QT_TRANSLATE_NOOP("FileKind", "file"), QT_TRANSLATE_NOOP("FileKind", "symbolic link"),
    QT_TRANSLATE_NOOP("FileKind", "directory"), QT_TRANSLATE_NOOP("FileKind", "named pipe"),
    QT_TRANSLATE_NOOP("FileKind", "socket"), QT_TRANSLATE_NOOP("FileKind", "device"),
    QT_TRANSLATE_NOOP("FileKind", "special file"),
)


def kind_of_mode(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "symbolic link"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def entry_kind(path: Path) -> str:
    """'file', or what else it is, without following links or opening it."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return "missing"
    return kind_of_mode(mode)


class EntryRefused(WatchdeskError):
    """An entry that must not be read: not a regular file, or too large. Nothing of it was parsed."""

    def __init__(self, code: str, message: str, sha256: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.sha256 = sha256


class EntryUnreadable(Exception):
    """A regular file that could not be read (a bad sector on the media, no permission): left where it is."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error


def read_entry(path: Path) -> bytes:
    """An inbox entry's bytes: judged by lstat() first, then read by read_checked."""
    return read_checked(path, entry_kind(path), MAX_FILE_BYTES)


def read_checked(path: Path, kind: str, max_bytes: int, *, hash_oversize: bool = True) -> bytes:
    """The one way an inbox entry (or a file given to `watchdesk verify`) is read.

    `kind` is what lstat() found (entry_kind). Only a regular file is opened, with O_NOFOLLOW
    (a link swapped in since is refused, not followed) and O_NONBLOCK (a pipe swapped in is
    not waited on); its type and size are checked again on the open descriptor before a byte
    is read, and at most `max_bytes` + 1 bytes are ever read. An oversize file is hashed in
    chunks for the reason file (hash_oversize), never held in memory.

    Raises FileNotFoundError if the entry is gone, EntryRefused, or EntryUnreadable.
    """
    if kind == "missing":
        raise FileNotFoundError(errno.ENOENT, "not there any more", str(path))
    if kind != "file":
        article = "an" if kind[0] in "aeiou" else "a"
        raise EntryRefused("not_a_file", f"it is {article} {kind}, not a file; it was not opened")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise EntryRefused("not_a_file", "it became a link as it was opened; the link was not followed") from None
        if exc.errno in (errno.ENXIO, errno.EISDIR, errno.ENOTDIR):
            raise EntryRefused("not_a_file", "it stopped being a file as it was opened; it was not read") from None
        raise EntryUnreadable(exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise EntryRefused("not_a_file", "it stopped being a file as it was opened; it was not read")
        if info.st_size > max_bytes:
            digest = sha256_of_descriptor(fd) if hash_oversize else None
            raise EntryRefused(
                "oversize", f"it is {info.st_size} bytes; a notice file is at most {max_bytes} bytes", digest
            )
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise EntryUnreadable(exc) from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise EntryRefused("oversize", f"it grew beyond {max_bytes} bytes while being read")
    return b"".join(chunks)


def sha256_of_descriptor(fd: int) -> str | None:
    digest = hashlib.sha256()
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def numbered_names(base: str):
    """base, base.2, base.3, ...: the names a file may have in processed/ or quarantine/."""
    yield base
    number = 2
    while True:
        yield f"{base}.{number}"
        number += 1


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `name.2`, `name.3`, ... whichever is free first."""
    for candidate in numbered_names(name):
        if not os.path.lexists(folder / candidate):
            return folder / candidate
    raise AssertionError("unreachable")


def sync_folders(*folders: Path) -> None:
    for folder in folders:
        _fsync_dir(folder)


def sweep_temp_files(folder: Path) -> list[str]:
    """Remove the temp files ('.NAME.XXXXXXXX.tmp') a crash left in processed/ or quarantine/.

    Only the importer writes there, and only while it holds the station's import lock, which
    the caller holds: no temp file here belongs to a write still going on.
    """
    swept = []
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return swept
    for name in names:
        if name.startswith(".") and name.endswith(".tmp"):
            with contextlib.suppress(FileNotFoundError, IsADirectoryError):
                os.unlink(folder / name)
                swept.append(name)
    if swept:
        _fsync_dir(folder)
    return swept


def move_to(source: Path, target: Path) -> None:
    """Move `source` to exactly `target` (FileExistsError if taken), never replacing anything.

    On one file system a regular file is linked then unlinked (a crash leaves both names on one
    inode, which _interrupted_move recognises) and anything else renamed. Across file systems a
    regular file is copied from a descriptor opened without following links, a link is made
    again from its text, a pipe is made again; a folder, socket or device cannot be, and
    OSError(EXDEV) says so with nothing changed.
    """
    info = os.lstat(source)
    try:
        if stat.S_ISREG(info.st_mode):
            os.link(source, target, follow_symlinks=False)
        else:
            if os.path.lexists(target):
                raise FileExistsError(errno.EEXIST, tr("the name is taken"), str(target))
            os.rename(source, target)
            return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        _copy_across_devices(source, target, info)
    os.unlink(source)


def _copy_across_devices(source: Path, target: Path, info: os.stat_result) -> None:
    folder = target.parent
    if stat.S_ISLNK(info.st_mode):
        os.symlink(os.readlink(source), target)
    elif stat.S_ISFIFO(info.st_mode):
        os.mkfifo(target, stat.S_IMODE(info.st_mode) & 0o666)
    elif stat.S_ISREG(info.st_mode):
        source_fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            if not os.path.samestat(os.fstat(source_fd), info):
                raise OSError(errno.EAGAIN, tr("the file changed as it was being moved"), str(source))
            fd, temp_name = tempfile.mkstemp(prefix=f".{target.name[:64]}.", suffix=".tmp", dir=folder)
            temp = Path(temp_name)
            try:
                with os.fdopen(fd, "wb") as out:
                    while chunk := os.read(source_fd, _CHUNK):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                os.chmod(temp, 0o600)
                os.link(temp, target)  # fails if the name was taken meanwhile, which rename() would not
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temp)
        finally:
            os.close(source_fd)
    else:
        # Shown to the officer (never recorded): one whole sentence per kind that cannot cross.
        if stat.S_ISDIR(info.st_mode):
            cannot = tr("a directory cannot be moved to another file system")
        elif stat.S_ISSOCK(info.st_mode):
            cannot = tr("a socket cannot be moved to another file system")
        elif stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            cannot = tr("a device cannot be moved to another file system")
        else:
            cannot = tr("a special file cannot be moved to another file system")
        raise OSError(errno.EXDEV, cannot, str(source))
    _fsync_dir(folder)


def move_without_overwrite(source: Path, folder: Path, *, sync: bool = True) -> Path:
    """Move `source` into `folder` under a free name; never replaces a file.

    Links are moved as links (never followed). Across file systems the move is announced
    first in an intent file in `folder` (finish_interrupted_moves), so a crash after the copy
    and before the original is removed never leaves a second copy on the next run. With
    sync=False the caller syncs both folders itself (once for many moves).
    """
    finished = _interrupted_move(source, folder)
    if finished is not None:
        return finished
    while True:
        target = free_name(folder, source.name)
        try:
            if _same_device(source, folder):
                move_to(source, target)
            else:
                _announced_move(source, target)
            if sync:
                sync_folders(folder, source.parent)
            return target
        except FileExistsError:
            continue  # someone took the name in between; pick the next


def _same_device(source: Path, folder: Path) -> bool:
    try:
        return os.lstat(source.parent).st_dev == os.stat(folder).st_dev
    except FileNotFoundError:
        return True


def _intent_path(folder: Path, source: Path) -> Path:
    token = hashlib.sha256(os.fsencode(source.name)).hexdigest()[:24]
    return folder / f"{MOVE_INTENT_PREFIX}{token}{MOVE_INTENT_SUFFIX}"


def _announced_move(source: Path, target: Path) -> None:
    fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        digest = sha256_of_descriptor(fd)
    finally:
        os.close(fd)
    intent = _intent_path(target.parent, source)
    record = {"source": os.fsencode(source.name).hex(), "target": os.fsencode(target.name).hex(), "sha256": digest}
    atomic_write(intent, json.dumps(record).encode(), overwrite=True, mode=0o600)
    move_to(source, target)
    _fsync_dir(source.parent)
    os.unlink(intent)
    _fsync_dir(target.parent)


def finish_interrupted_moves(folder: Path, inbox: Path) -> list[str]:
    """Complete or undo the cross-device moves from `inbox` into `folder` that a crash cut short.

    An intent names the source, the target and the file's SHA-256. If the target holds that
    file, the copy was complete: the original still in the inbox is removed (only if it is the
    very same content), so the next import neither counts it twice nor copies it again.
    Otherwise nothing was copied under a final name, and the original stays to be imported.
    """
    finished = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith(MOVE_INTENT_PREFIX) and n.endswith(MOVE_INTENT_SUFFIX)]
    except FileNotFoundError:
        return finished
    for name in names:
        intent = folder / name
        try:
            record = json.loads(intent.read_bytes())
            source = inbox / os.fsdecode(bytes.fromhex(record["source"]))
            target = folder / os.fsdecode(bytes.fromhex(record["target"]))
            digest = record["sha256"]
        except (OSError, ValueError, KeyError, TypeError):
            record = None
        if record is not None and regular_file_digest(target) == digest and digest is not None:
            if regular_file_digest(source) == digest:
                os.unlink(source)
                _fsync_dir(inbox)
                finished.append(source.name)
        os.unlink(intent)
        _fsync_dir(folder)
    return finished


def regular_file_digest(path: Path) -> str | None:
    """The SHA-256 of `path` if it is a regular file that can be read (links not followed), else None."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        return sha256_of_descriptor(fd)
    finally:
        os.close(fd)


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
    for name in numbered_names(source.name):
        candidate = folder / name
        if not os.path.lexists(candidate):
            return None
        if os.path.samestat(os.lstat(candidate), source_stat):
            os.unlink(source)
            sync_folders(source.parent)
            return candidate
    return None
