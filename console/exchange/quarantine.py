"""The file side of quarantine: a refused inbox entry moved to quarantine/ beside its reason file.

The importer decides that an entry is refused and records it (storage/quarantine.py, a row whose
path stays '' until the entry is placed); this module places it, crash-safely, and finds where
an interrupted placement left it. The reason file is written first, under the name the entry
will take, so a quarantined entry never lacks one: a crash in between is finished by the next
run, the reason file (matched by digest and time) saying where the entry was going.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from console.exchange.folders import (
    EntryRefused,
    EntryUnreadable,
    entry_kind,
    free_name,
    move_to,
    numbered_names,
    printable_name,
    read_checked,
    regular_file_digest,
    sync_folders,
)
from console.format import QUARANTINE_REASON_SUFFIX
from console.fsutil import atomic_write

# Longest name (UTF-8 bytes) kept as it is in quarantine/. The reason file adds 11 bytes, a
# numbered copy ".NN" 3, and atomic_write's temp name ".NAME.XXXXXXXX.tmp" 14: NAME_MAX is 255.
KEPT_NAME_BYTES = 200


@dataclass(frozen=True)
class Rejection:
    """Why an entry was refused, as its quarantine row and its reason file both record it."""

    counterpart: str
    name: str  # the entry's name as shown and stored (folders.printable_name)
    code: str
    message: str
    sha256: str | None
    at: str  # quarantined_at, RFC 3339: with the digest, what ties a reason file to its row


@dataclass(frozen=True)
class Placed:
    """Where a quarantined entry and its reason file are."""

    path: Path

    @property
    def shown(self) -> str:
        """The path as the quarantine row holds it."""
        return printable_name(str(self.path))

    @property
    def reason_path(self) -> Path:
        return Path(f"{self.path}{QUARANTINE_REASON_SUFFIX}")


def place_in_quarantine(entry: Path, quarantine: Path, rejection: Rejection) -> Placed:
    """Write the reason file, then move `entry` beside it; resume an attempt a crash cut short.

    Raises FileNotFoundError if the entry left the inbox, another OSError if it could not be
    moved (a folder on another file system); then the entry stays where it is.
    """
    base = quarantine_base_name(rejection.name, entry.name)
    reason = reason_text(rejection, **_reason_extra(rejection, base, entry.name))
    for candidate in numbered_names(base):
        target, reason_path = quarantine / candidate, quarantine / (candidate + QUARANTINE_REASON_SUFFIX)
        has_file = os.path.lexists(target)
        if _is_own_reason_file(reason_path, rejection):
            if has_file:
                # Copied across file systems before a crash; only removing the original was left.
                os.unlink(entry)
            else:
                move_to(entry, target)
            sync_folders(quarantine, entry.parent)
            return Placed(target)
        if has_file or os.path.lexists(reason_path):
            continue
        try:
            atomic_write(reason_path, reason, overwrite=False, mode=0o600)
        except FileExistsError:
            continue  # the name was taken in between; the next one
        try:
            move_to(entry, target)
        except BaseException as exc:
            if not isinstance(exc, FileExistsError) and os.path.lexists(entry):
                raise  # not moved; the reason file waits for the next attempt (matched above)
            # Gone from the inbox, or the name taken: this reason file stands for nothing.
            os.unlink(reason_path)
            if isinstance(exc, FileExistsError):
                continue
            raise
        sync_folders(quarantine, entry.parent)
        return Placed(target)
    raise AssertionError("unreachable")


def find_placed(
    inbox: Path, quarantine: Path, rejection: Rejection, claimed: Callable[[str], bool]
) -> Placed | None:
    """Where a placement that a crash cut short after the move left the entry, or None.

    None while the entry is still in the inbox (the import places it again) or when no copy in
    quarantine/ is found. `claimed(shown_path)` says whether another row already names a copy.
    An entry that earlier versions moved without a reason file is given one here.
    """
    if os.path.lexists(inbox / rejection.name):
        return None
    base = quarantine_base_name(rejection.name)
    # Written by this version: the reason file first, then the entry beside it.
    for candidate in numbered_names(base):
        target, reason = quarantine / candidate, quarantine / (candidate + QUARANTINE_REASON_SUFFIX)
        if not os.path.lexists(target) and not os.path.lexists(reason):
            break
        if _is_own_reason_file(reason, rejection):
            if os.path.lexists(target) and not claimed(printable_name(str(target))):
                return Placed(target)
            break
    return _find_older_placement(quarantine, rejection, base, claimed)


def _find_older_placement(
    quarantine: Path, rejection: Rejection, base: str, claimed: Callable[[str], bool]
) -> Placed | None:
    """An entry moved under its own name with no reason file yet (as earlier versions did),
    found by name and digest; too long a name is shortened before its reason file is written."""
    copies = re.compile(re.escape(rejection.name) + r"(\.[0-9]+)?")
    for entry in sorted(os.listdir(quarantine)):
        candidate = quarantine / entry
        if entry.endswith(QUARANTINE_REASON_SUFFIX) or not copies.fullmatch(printable_name(entry)):
            continue
        if claimed(printable_name(str(candidate))):
            continue
        if rejection.sha256 is not None and regular_file_digest(candidate) != rejection.sha256:
            continue
        if os.path.lexists(f"{candidate}{QUARANTINE_REASON_SUFFIX}"):
            return Placed(candidate)
        if len(os.fsencode(entry)) > KEPT_NAME_BYTES:
            for short in numbered_names(base):
                shortened = quarantine / short
                if not os.path.lexists(shortened) and not os.path.lexists(f"{shortened}{QUARANTINE_REASON_SUFFIX}"):
                    break
            move_to(candidate, shortened)
            sync_folders(quarantine)
            extra = _reason_extra(rejection, base, entry)
            candidate = shortened
        else:
            extra = {"counterpart": rejection.counterpart}
        reason_path = free_name(quarantine, candidate.name + QUARANTINE_REASON_SUFFIX)
        atomic_write(reason_path, reason_text(rejection, **extra), overwrite=False, mode=0o600)
        return Placed(candidate)
    return None


def quarantine_base_name(shown_name: str, raw_name: str | None = None) -> str:
    """The name an entry gets in quarantine/: its own (`raw_name`, as listed), or a short one
    derived from it when its own would leave no room for the reason file's name (NAME_MAX is
    255 bytes).

    Derived from the printable name (what the quarantine row holds), so the same entry always
    gets the same derived name; the reason file then records the original name byte for byte.
    """
    own = shown_name if raw_name is None else raw_name
    if len(os.fsencode(own)) <= KEPT_NAME_BYTES:
        return own
    digest = hashlib.sha256(shown_name.encode("utf-8")).hexdigest()[:16]
    return f"long-name-{digest}{'.wdn' if shown_name.endswith('.wdn') else ''}"


def reason_text(rejection: Rejection, **extra: str) -> bytes:
    lines = [f"code: {rejection.code}", f"message: {rejection.message}", f"sha256: {rejection.sha256 or '-'}",
             f"quarantined_at: {rejection.at}"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    # One line per field: a message must not be able to forge further fields.
    return ("\n".join(line.replace("\r", " ").replace("\n", " ") for line in lines) + "\n").encode("utf-8")


def reason_fields(path: Path) -> dict[str, str] | None:
    """The fields of a reason file we wrote, or None if `path` is not one (read without following links)."""
    try:
        data = read_checked(path, entry_kind(path), 65536, hash_oversize=False)
    except (OSError, EntryRefused, EntryUnreadable):
        return None
    fields = {}
    for line in data.decode("utf-8", "replace").splitlines():
        key, _sep, value = line.partition(": ")
        fields.setdefault(key, value)
    return fields


def _reason_extra(rejection: Rejection, base: str, raw_name: str) -> dict[str, str]:
    """The reason file's fields after the four common ones. An entry kept under a derived name has
    its original name recorded twice: as shown (escaped, one line) and byte for byte, in hex,
    since a file name may hold any byte but '/' and NUL, and need not be UTF-8."""
    extra = {"counterpart": rejection.counterpart}
    if base != raw_name:
        extra["original_name"] = rejection.name
        extra["original_name_bytes_hex"] = os.fsencode(raw_name).hex()
    return extra


def _is_own_reason_file(reason: Path, rejection: Rejection) -> bool:
    """Whether `reason` is the reason file written for this rejection's row (same digest and time)."""
    if not os.path.lexists(reason):
        return False
    fields = reason_fields(reason)
    return (bool(fields) and fields.get("quarantined_at") == rejection.at
            and fields.get("sha256") == (rejection.sha256 or "-"))
