"""Importing a counterpart's inbox folder (docs/format.md, sections 7, 11 and 12).

Each file is checked, then stored in one transaction, then moved to
processed/. A crash at any point leaves each file either still in the inbox
(it is imported, or recognised as a duplicate, on the next run) or in
processed/ with its row. A file that fails a check is moved to quarantine/
with a reason file. No file is ever deleted; every outcome is an audit entry.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from console.domain.errors import NoticeFormatError
from console.domain.notices import Kind, Notice
from console.domain.times import format_rfc3339
from console.exchange.folders import (
    CounterpartFolders,
    entry_kind,
    inbox_entries,
    is_sealed_name,
    move_without_overwrite,
    printable_name,
    sync_folders,
    write_reason_file,
)
from console.format import (
    MAX_FILE_BYTES,
    QUARANTINE_REASON_SUFFIX,
    RejectedFile,
    StationKeys,
    open_sealed,
    peek,
    sha256_hex,
)
from console.storage import notices as notice_rows
from console.storage.counterparts import Counterpart, CounterpartBook
from console.storage.store import Store

log = logging.getLogger(__name__)

SYSTEM = "system"
# Files stored per transaction: large enough that commits and folder syncs stop
# dominating, small enough that a new FLASH notice is on screen within a second.
BATCH_SIZE = 50


@dataclass(frozen=True)
class _Checked:
    """A file that passed every check and waits to be stored."""

    path: Path
    data: bytes
    opened: object
    notice: Notice


@dataclass(frozen=True)
class FileOutcome:
    name: str
    outcome: str  # accepted | duplicate | held | quarantined
    code: str = ""
    message: str = ""
    message_id: str | None = None
    notice_id: int | None = None
    kind: str | None = None
    precedence: str | None = None


@dataclass
class ImportReport:
    counterpart: str
    outcomes: list[FileOutcome] = field(default_factory=list)
    new_gaps: list[int] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def describe(self) -> str:
        parts = [f"{self.count(k)} {k}" for k in ("accepted", "duplicate", "held", "quarantined") if self.count(k)]
        return f"{self.counterpart}: " + (", ".join(parts) if parts else "nothing new")


class Quarantine(Exception):
    def __init__(self, code: str, message: str, sha256: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.sha256 = sha256


def _stream_sha256(path: Path) -> str | None:
    import hashlib

    digest = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


class Importer:
    def __init__(
        self,
        store: Store,
        station_id: str,
        keys: Sequence[StationKeys],
        clock: Callable[[], datetime],
        data_dir: Path,
    ) -> None:
        self.store = store
        self.station_id = station_id
        self.keys = list(keys)
        self.clock = clock
        self.data_dir = data_dir
        self.book = CounterpartBook(store)
        self._held_reported: set[tuple[str, str]] = set()
        # (counterpart, file name) of quarantine rows a crash or an error left unfinished (path '');
        # None until a run has looked. Other names need no lookup in the ever-growing table.
        self._unfinished: set[tuple[str, str]] | None = None
        self._signing_keys: Callable[[str], list | None] = self.book.signing_keys

    def folders(self, counterpart: Counterpart) -> CounterpartFolders:
        return CounterpartFolders.for_counterpart(
            self.data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
        )

    def import_all(self, should_stop: Callable[[], bool] = lambda: False) -> list[ImportReport]:
        return [self.import_counterpart(c, should_stop) for c in self.book.all()]

    def import_counterpart(self, counterpart: Counterpart, should_stop: Callable[[], bool] = lambda: False) -> ImportReport:
        """Import the counterpart's inbox, in name order.

        Files are checked one by one, then stored BATCH_SIZE at a time in one
        transaction and moved to processed/ after it commits: one commit and
        one folder sync per batch instead of per file. A crash before the
        commit leaves the batch in the inbox; after it, the files still in the
        inbox are found to be duplicates on the next run and moved on.
        """
        folders = self.folders(counterpart)
        folders.ensure()
        self._finish_interrupted_quarantines(counterpart, folders)
        report = ImportReport(counterpart.station_id)
        # Keys on record do not change during one pass; read and check them once.
        self._signing_keys = functools.lru_cache(maxsize=None)(self.book.signing_keys)
        batch: list[_Checked] = []
        for name in inbox_entries(folders.inbox):
            if should_stop():
                break
            checked = self.check_file(counterpart, folders, folders.inbox / name)
            if checked is None:
                continue
            if isinstance(checked, FileOutcome):
                report.outcomes.append(checked)
                continue
            batch.append(checked)
            if len(batch) >= BATCH_SIZE:
                report.outcomes += self._store_batch(counterpart, folders, batch, report)
                batch = []
        if batch:
            report.outcomes += self._store_batch(counterpart, folders, batch, report)
        return report

    # ---- checks, file by file ------------------------------------------------------

    def check_file(
        self, counterpart: Counterpart, folders: CounterpartFolders, path: Path
    ) -> "_Checked | FileOutcome | None":
        """Every check that needs no store write. Rejected files are quarantined here.

        None: the file left the inbox before it was read (media pulled out, taken back by the
        transfer); there is nothing to record.
        """
        name = printable_name(path.name)
        sha = None
        try:
            data = self._read(path)
            sha = sha256_hex(data)
            if not is_sealed_name(name):
                raise Quarantine("bad_file_name", f"'{name}' is not a sealed notice file name (SENDER_RECIPIENT_SEQ_ID.wdn)")
            header = peek(data)
            # Check 9 of the spec before anything about the sender: a file for another station is
            # rejected as such, whoever claims to have sent it.
            if header.recipient_key_thumbprint not in {k.encryption_key_thumbprint for k in self.keys}:
                raise Quarantine(
                    "wrong_recipient",
                    "it is encrypted to a key that is not one of this station's (it was sealed for another station)",
                )
            if header.sender != counterpart.station_id:
                raise Quarantine(
                    "unknown_sender",
                    f"the file says it comes from {header.sender}, but it is in {counterpart.station_id}'s inbox",
                )
            if not counterpart.verified:
                why = "its key changed and was not verified again" if counterpart.key_changed else "its key is not verified"
                if (counterpart.station_id, name) not in self._held_reported:
                    # Rescans see a held file again and again; log it once per run.
                    self._held_reported.add((counterpart.station_id, name))
                    self._audit("import_held", {"counterpart": counterpart.station_id, "file": name, "reason": why})
                return FileOutcome(name, "held", "unverified_key", f"held: {counterpart.station_id}'s {why}")
            opened = open_sealed(data, self.station_id, self.keys, self._signing_keys)
            retired = self.book.retired_key_refusal(counterpart.station_id, opened.signing_key_thumbprint,
                                                    opened.issued_at)
            if retired:
                raise Quarantine("retired_key", retired)
            try:
                notice = Notice.from_dict(opened.notice)
            except NoticeFormatError as exc:
                raise Quarantine("invalid_notice", f"the notice is not valid: {exc}") from exc
            except (ValueError, TypeError, ArithmeticError, RecursionError) as exc:
                # A reading fault on one odd notice must not stop every later file at each rescan.
                log.exception("reading the notice in %s failed", name)
                raise Quarantine("invalid_notice", f"the notice could not be read ({type(exc).__name__})") from exc
            return _Checked(path, data, opened, notice)
        except FileNotFoundError:
            log.info("%s left %s's inbox before it was read", name, counterpart.station_id)
            return None
        except RejectedFile as exc:
            return self._quarantine(counterpart, folders, path, exc.code, exc.message, sha)
        except Quarantine as exc:
            return self._quarantine(counterpart, folders, path, exc.code, exc.message, exc.sha256 or sha)

    def import_file(
        self, counterpart: Counterpart, folders: CounterpartFolders, path: Path, report: ImportReport
    ) -> FileOutcome | None:
        """Check and store one file on its own."""
        checked = self.check_file(counterpart, folders, path)
        if checked is None or isinstance(checked, FileOutcome):
            return checked
        return self._store_batch(counterpart, folders, [checked], report)[0]

    def _read(self, path: Path) -> bytes:
        kind = entry_kind(path)
        if kind == "missing":
            raise FileNotFoundError(errno.ENOENT, "not in the inbox any more", str(path))
        if kind != "file":
            raise Quarantine("not_a_file", f"it is a {kind}, not a file; it was not opened")
        size = os.lstat(path).st_size
        if size > MAX_FILE_BYTES:
            # Hashed in chunks for the reason file, never loaded or parsed whole.
            raise Quarantine(
                "oversize", f"it is {size} bytes; a notice file is at most {MAX_FILE_BYTES} bytes", _stream_sha256(path)
            )
        # O_NOFOLLOW: a file swapped for a link after the check above is refused, not followed;
        # swapped for a pipe or a folder, it is refused on what the open descriptor is.
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
            raise Quarantine("not_a_file", "it became a link as it was opened; the link was not followed") from None
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise Quarantine("not_a_file", "it stopped being a file as it was opened; it was not read")
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise Quarantine("oversize", f"it grew beyond {MAX_FILE_BYTES} bytes while being read")
        return data

    def _store_batch(
        self, counterpart: Counterpart, folders: CounterpartFolders, batch: list["_Checked"], report: ImportReport
    ) -> list[FileOutcome]:
        now = self.clock()
        stamp = format_rfc3339(now)
        decided: list[tuple[_Checked, FileOutcome | None, tuple[str, str] | None]] = []
        with self.store.transaction() as db:
            for item in batch:
                notice = item.notice
                known = db.execute(
                    "SELECT direction, sender, sequence FROM notices WHERE message_id = ?", [notice.message_id]
                ).fetchone()
                if known is not None and (known[0], known[1]) != ("in", notice.sender):
                    rejection = ("message_id_conflict",
                                 f"message id {notice.message_id} already belongs to another station's notice on record")
                    decided.append((item, None, rejection))
                    continue
                if known is not None:
                    details = {"counterpart": counterpart.station_id, "file": item.path.name,
                               "message_id": notice.message_id}
                    if known[2] != notice.sequence:
                        details["note"] = f"sequence {notice.sequence} differs from the recorded {known[2]}"
                    self.store.audit.append(now, SYSTEM, "import_duplicate", details)
                    decided.append((item, FileOutcome(item.path.name, "duplicate", message=details.get("note", ""),
                                                      message_id=notice.message_id, kind=str(notice.kind)), None))
                    continue
                replayed_by = notice_rows.channel_message_id(db, notice.sender, notice.recipient, notice.sequence)
                if replayed_by is not None:
                    rejection = ("replayed_sequence",
                                 f"sequence number {notice.sequence} was already used on this channel by message {replayed_by}")
                    decided.append((item, None, rejection))
                    continue
                outcome = self._insert(db, counterpart, item.path, item.data, item.opened, notice, report, now, stamp)
                decided.append((item, outcome, None))
        outcomes: list[FileOutcome] = []
        moved = False
        for item, outcome, rejection in decided:
            if rejection is not None:
                outcomes.append(self._quarantine(counterpart, folders, item.path, *rejection, item.opened.sha256))
                continue
            move_without_overwrite(item.path, folders.processed, sync=False)
            moved = True
            outcomes.append(outcome)
        if moved:
            # One sync of both folders makes every move of the batch durable.
            sync_folders(folders.processed, folders.inbox)
        return outcomes

    def _insert(self, db, counterpart, path, data, opened, notice: Notice, report, now, stamp) -> FileOutcome:
        # An acknowledgement is never itself acknowledged, so it has no deadline.
        ack_due = (
            None if notice.kind is Kind.ACKNOWLEDGEMENT
            else format_rfc3339(counterpart.profile.ack_due_at(now, notice.precedence))
        )
        notice_id = notice_rows.insert_notice(
            db, notice, direction="in", counterpart=counterpart.station_id, state="received",
            sealed=data, sealed_sha256=opened.sha256, sealed_file=path.name,
            signing_key=opened.signing_key_thumbprint, received_at=stamp, ack_due_at=ack_due,
        )
        report.new_gaps += notice_rows.update_gaps(
            db, counterpart.station_id, notice.sender, notice.recipient, notice.sequence, now
        )
        # An acknowledgement that names a message we never sent is stored, flagged (docs/format.md section 13).
        problem = None
        if notice.kind is Kind.ACKNOWLEDGEMENT:
            problem = self._apply_acknowledgement(db, notice, notice_id, now)
        self.store.audit.append(
            now, SYSTEM, "import",
            {"counterpart": counterpart.station_id, "file": path.name, "message_id": notice.message_id,
             "kind": str(notice.kind), "sequence": notice.sequence, "sha256": opened.sha256},
        )
        return FileOutcome(
            path.name, "accepted", message=problem or "", message_id=notice.message_id, notice_id=notice_id,
            kind=str(notice.kind), precedence=str(notice.precedence),
        )

    def _apply_acknowledgement(self, db, ack: Notice, ack_row_id: int, now: datetime) -> str | None:
        """Record the acknowledgement on our notice; return what is wrong with it, or None."""
        target_id = ack.body.get("acknowledged_message_id")
        target = db.execute(
            "SELECT id, sealed_sha256, acknowledged_at FROM notices WHERE message_id = ? AND direction = 'out'",
            [target_id],
        ).fetchone()
        if target is None:
            problem = f"acknowledges a message we never sent: {target_id}"
        elif target[1] != ack.body.get("acknowledged_sha256"):
            problem = f"acknowledges message {target_id} with a digest that does not match the file we sent"
        else:
            problem = None
        if problem:
            db.execute("UPDATE notices SET problem = ? WHERE id = ?", [problem, ack_row_id])
            self.store.audit.append(now, SYSTEM, "ack_mismatch", {"ack_message_id": ack.message_id, "problem": problem})
            return problem
        if target[2] is None:
            db.execute(
                "UPDATE notices SET acknowledged_at = ?, acknowledged_by = ?, ack_message_id = ?, state = 'acknowledged' "
                "WHERE id = ?",
                [ack.body["acknowledged_at"], ack.body["acknowledged_by"], ack.message_id, target[0]],
            )
            self.store.audit.append(
                now, SYSTEM, "acknowledged_by_counterpart",
                {"message_id": target_id, "by": ack.body["acknowledged_by"], "at": ack.body["acknowledged_at"]},
            )
        return None

    def _quarantine(self, counterpart, folders, path: Path, code: str, message: str, sha: str | None) -> FileOutcome:
        name = printable_name(path.name)
        now = self.clock()
        stamp = format_rfc3339(now)
        with self.store.transaction() as db:
            # A crash after this commit and before the move re-runs the check; keep one row per file.
            known = None
            if self._unfinished is None or (counterpart.station_id, name) in self._unfinished:
                known = db.execute(
                    "SELECT id FROM quarantine WHERE file_name = ? AND coalesce(sha256, '') = coalesce(?, '') "
                    "AND counterpart = ? AND path = ''",
                    [name, sha, counterpart.station_id],
                ).fetchone()
            if known is not None:
                row_id = known[0]
            else:
                row_id = db["quarantine"].insert(
                    {"counterpart": counterpart.station_id, "file_name": name, "path": "", "reason_code": code,
                     "reason": message, "sha256": sha, "quarantined_at": stamp}
                ).last_pk
                self.store.audit.append(
                    now, SYSTEM, "reject",
                    {"counterpart": counterpart.station_id, "file": name, "code": code, "reason": message,
                     "sha256": sha},
                )
        target = move_without_overwrite(path, folders.quarantine)
        write_reason_file(target, code, message, sha, stamp, counterpart=counterpart.station_id)
        with self.store.transaction() as db:
            db.execute("UPDATE quarantine SET path = ? WHERE id = ?", [printable_name(str(target)), row_id])
        log.warning("quarantined %s from %s: %s (%s)", name, counterpart.station_id, code, message)
        return FileOutcome(name, "quarantined", code, message)

    def _finish_interrupted_quarantines(self, counterpart: Counterpart, folders: CounterpartFolders) -> None:
        """Write the reason file and path of a quarantine that a crash cut short after the file was moved.

        A row keeps path '' until its file is in quarantine/ with its reason file. If the file is
        still in the inbox, this run quarantines it again under the same row; if it was moved
        already, nothing would ever look at it again, so it is finished here.
        """
        unfinished = self.store.conn.execute(
            "SELECT id, file_name, reason_code, reason, sha256, quarantined_at FROM quarantine "
            "WHERE counterpart = ? AND path = ''",
            [counterpart.station_id],
        ).fetchall()
        others = {key for key in (self._unfinished or set()) if key[0] != counterpart.station_id}
        self._unfinished = others | {(counterpart.station_id, row[1]) for row in unfinished}
        for row_id, name, code, message, sha, stamp in unfinished:
            if os.path.lexists(folders.inbox / name):
                continue
            # The file keeps its own name in quarantine/ (or NAME.2, ...); the row holds it printable.
            copies = re.compile(re.escape(name) + r"(\.[0-9]+)?")
            for entry in sorted(os.listdir(folders.quarantine)):
                candidate = folders.quarantine / entry
                if entry.endswith(QUARANTINE_REASON_SUFFIX) or not copies.fullmatch(printable_name(entry)):
                    continue
                claimed = self.store.conn.execute(
                    "SELECT 1 FROM quarantine WHERE path = ?", [printable_name(str(candidate))]
                ).fetchone()
                if claimed is None and (sha is None or _stream_sha256(candidate) == sha):
                    if not os.path.lexists(f"{candidate}{QUARANTINE_REASON_SUFFIX}"):
                        write_reason_file(candidate, code, message, sha, stamp, counterpart=counterpart.station_id)
                    with self.store.transaction() as db:
                        db.execute(
                            "UPDATE quarantine SET path = ? WHERE id = ?", [printable_name(str(candidate)), row_id]
                        )
                    break

    def _audit(self, action: str, details: dict) -> None:
        with self.store.transaction():
            self.store.audit.append(self.clock(), SYSTEM, action, details)
