"""Importing a counterpart's inbox folder (docs/format.md, sections 7, 11 and 12).

Each file is checked, then stored in one transaction, then moved to
processed/. A crash at any point leaves each file either still in the inbox
(it is imported, or recognised as a duplicate, on the next run) or in
processed/ with its row. A file that fails a check is moved to quarantine/
with a reason file. No file is ever deleted; every outcome is an audit entry.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import fcntl
import functools
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from console.domain.errors import NoticeFormatError
from console.domain.notices import Kind, Notice
from console.domain.times import format_rfc3339
from console.exchange.folders import (
    CounterpartFolders,
    EntryRefused,
    EntryUnreadable,
    InboxEntry,
    is_sealed_name,
    printable_name,
    read_entry,
)
from console.exchange.quarantine import Rejection, find_placed, place_in_quarantine
from console.format import RejectedFile, StationKeys, open_sealed, peek, sha256_hex
from console.i18n import tr
from console.storage import notices as notice_rows
from console.storage import quarantine as quarantine_rows
from console.storage.connection import writes_seen
from console.storage.counterparts import Counterpart, CounterpartBook, SigningKeyState, retired_key_refusal
from console.storage.store import Store

log = logging.getLogger(__name__)

SYSTEM = "system"
# Files stored per transaction: large enough that commits and folder syncs stop
# dominating, small enough that a new FLASH notice is on screen within a second.
BATCH_SIZE = 50
# The station's import lock (see station_import_lock), a file in the data dir.
IMPORT_LOCK_FILE = "import.lock"
# How long an import waits for another to finish before it gives up and says so.
IMPORT_LOCK_WAIT = 3.0
# Errors that concern the station's own folders or disk, not one inbox entry: an import that
# meets one stops (for that counterpart) and says why; every other error refuses one entry only.
STATION_WIDE_ERRORS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.ENOMEM, errno.EMFILE, errno.ENFILE}
)


@dataclass(frozen=True)
class _Checked:
    """A file that passed every check and waits to be stored."""

    entry: InboxEntry
    data: bytes
    opened: object
    notice: Notice


@dataclass(frozen=True)
class FileOutcome:
    name: str
    outcome: str  # accepted | duplicate | held | quarantined | refused (left in the inbox, named, counted)
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
    # Why this counterpart's import stopped, for a reason outside any one entry (disk full, no permission).
    error: str = ""

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def describe(self) -> str:
        counted = {
            "accepted": lambda n: tr("%n accepted", None, n),
            "duplicate": lambda n: tr("%n duplicate", None, n),
            "held": lambda n: tr("%n held", None, n),
            "quarantined": lambda n: tr("%n quarantined", None, n),
            "refused": lambda n: tr("%n refused", None, n),
        }
        parts = [words(self.count(kind)) for kind, words in counted.items() if self.count(kind)]
        text = (tr("{counterpart}: {counts}").format(counterpart=self.counterpart, counts=", ".join(parts)) if parts
                else tr("{counterpart}: nothing new").format(counterpart=self.counterpart))
        return tr("{summary}; stopped: {error}").format(summary=text, error=self.error) if self.error else text


class ImportBusy(Exception):
    """Another import of this station is running (another process, or the console's watcher)."""


def is_station_wide(exc: OSError) -> bool:
    return exc.errno in STATION_WIDE_ERRORS


def describe_failure(exc: OSError) -> str:
    where = f" ({printable_name(str(exc.filename))})" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


@contextlib.contextmanager
def station_import_lock(data_dir: Path, wait: float = IMPORT_LOCK_WAIT) -> Iterator[None]:
    """Hold the station's exclusive import lock: flock() on DATA_DIR/import.lock.

    Two imports at once would each check and move the same files (the loser finding them gone, and
    both logging "duplicates"). The kernel releases the lock when its holder dies, so a killed import
    never blocks the next one. Waits up to `wait` seconds, then raises ImportBusy.
    """
    fd = os.open(Path(data_dir) / IMPORT_LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ImportBusy(tr("another import is running")) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing the only descriptor releases the lock


class Quarantine(Exception):
    def __init__(self, code: str, message: str, sha256: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.sha256 = sha256


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
        # Each counterpart's signing keys with their retirements (three queries and the cards), kept
        # with the store's write counters when they were read: read again only after a write.
        self._key_states: dict[str, tuple[tuple[int, int], list[SigningKeyState]]] = {}
        self._lock_held = False

    def folders(self, counterpart: Counterpart) -> CounterpartFolders:
        return CounterpartFolders.for_counterpart(
            self.data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
        )

    @contextlib.contextmanager
    def locked(self, wait: float = IMPORT_LOCK_WAIT) -> Iterator[None]:
        """The station's import lock for the duration (re-entrant within this importer)."""
        if self._lock_held:
            yield
            return
        with station_import_lock(self.data_dir, wait):
            self._lock_held = True
            try:
                yield
            finally:
                self._lock_held = False

    def import_all(
        self, should_stop: Callable[[], bool] = lambda: False, wait: float = IMPORT_LOCK_WAIT
    ) -> list[ImportReport]:
        """Every counterpart's inbox, under the station's import lock (ImportBusy if another holds it).

        A counterpart whose import stops for a reason outside any one entry (its folders on a full
        or failing disk, say) gets the reason in its report's `error`; the others are imported.
        """
        reports = []
        with self.locked(wait):
            for counterpart in self.book.all():
                try:
                    reports.append(self.import_counterpart(counterpart, should_stop))
                except OSError as exc:
                    log.error("importing %s's inbox stopped: %s", counterpart.station_id, exc)
                    reports.append(ImportReport(counterpart.station_id, error=describe_failure(exc)))
        return reports

    def import_counterpart(self, counterpart: Counterpart, should_stop: Callable[[], bool] = lambda: False) -> ImportReport:
        """Import the counterpart's inbox, in name order.

        Files are checked one by one, then stored BATCH_SIZE at a time in one
        transaction and moved to processed/ after it commits: one commit and
        one folder sync per batch instead of per file. A crash before the
        commit leaves the batch in the inbox; after it, the files still in the
        inbox are found to be duplicates on the next run and moved on.

        A problem with one entry (its name, type, size, a move that fails) quarantines or refuses
        that entry alone. OSError comes out only for the station's own folders or disk.
        """
        with self.locked():
            folders = self.folders(counterpart)
            # What a crash left: temp files and cross-device moves cut short, then unfinished quarantines.
            folders.prepare_for_import()
            self._finish_interrupted_quarantines(counterpart, folders)
            report = ImportReport(counterpart.station_id)
            # Keys on record do not change during one pass; read and check them once.
            self._signing_keys = functools.lru_cache(maxsize=None)(self.book.signing_keys)
            self._key_states.clear()
            batch: list[_Checked] = []
            for entry in folders.arrivals():
                if should_stop():
                    break
                checked = self._check_entry(counterpart, folders, entry)
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

    def _check_entry(self, counterpart: Counterpart, folders: CounterpartFolders, entry: InboxEntry):
        """check_file, with any failure that concerns this entry alone turned into a refusal of it."""
        try:
            return self.check_file(counterpart, folders, entry)
        except OSError as exc:
            if is_station_wide(exc):
                raise
            log.warning("refused %s from %s: %s", entry.name, counterpart.station_id, exc)
            return FileOutcome(
                entry.name, "refused", "entry_failed",
                tr("it could not be handled ({error}); it was left in the inbox").format(error=describe_failure(exc)),
            )

    # ---- checks, file by file ------------------------------------------------------

    def check_file(
        self, counterpart: Counterpart, folders: CounterpartFolders, entry: InboxEntry
    ) -> "_Checked | FileOutcome | None":
        """Every check that needs no store write. Rejected files are quarantined here.

        None: the file left the inbox before it was read (media pulled out, taken back by the
        transfer); there is nothing to record.
        """
        name = entry.name
        sha = None
        try:
            data = read_entry(entry.path)
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
                # `why` is the audit record's, in English; the officer reads the whole sentence.
                held = (tr("held: {station}'s key changed and was not verified again") if counterpart.key_changed
                        else tr("held: {station}'s key is not verified"))
                return FileOutcome(name, "held", "unverified_key", held.format(station=counterpart.station_id))
            opened = open_sealed(data, self.station_id, self.keys, self._signing_keys, peeked=header)
            retired = retired_key_refusal(self._key_state(counterpart.station_id, opened.signing_key_thumbprint),
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
            return _Checked(entry, data, opened, notice)
        except FileNotFoundError:
            log.info("%s left %s's inbox before it was read", name, counterpart.station_id)
            return None
        except EntryUnreadable as exc:
            # A bad sector on the media, say: not the file's fault, and perhaps readable next time.
            log.warning("could not read %s from %s's inbox: %s", name, counterpart.station_id, exc)
            return FileOutcome(name, "refused", "unreadable",
                               tr("it could not be read ({error}); it was left in the inbox").format(
                                   error=describe_failure(exc.error)))
        except EntryRefused as exc:
            return self._quarantine(counterpart, folders, entry, exc.code, exc.message, exc.sha256)
        except RejectedFile as exc:
            return self._quarantine(counterpart, folders, entry, exc.code, exc.message, sha)
        except Quarantine as exc:
            return self._quarantine(counterpart, folders, entry, exc.code, exc.message, exc.sha256 or sha)

    def _key_state(self, station_id: str, thumbprint: str) -> SigningKeyState | None:
        """What CounterpartBook.key_state says now, without reading the keys for every file.

        The states read before still hold if nothing was written to the store since: PRAGMA
        data_version moves when another connection commits, total_changes when this one writes.
        A key retired meanwhile (here, in the console or by the command line) is refused from
        the next file on, as when the states were read for each file.
        """
        writes = writes_seen(self.store.conn)
        known = self._key_states.get(station_id)
        if known is None or known[0] != writes:
            known = self._key_states[station_id] = (writes, self.book.key_states(station_id))
        return next((state for state in known[1] if state.thumbprint == thumbprint), None)

    def _store_batch(
        self, counterpart: Counterpart, folders: CounterpartFolders, batch: list["_Checked"], report: ImportReport
    ) -> list[FileOutcome]:
        now = self.clock()
        stamp = format_rfc3339(now)
        decided: list[tuple[_Checked, FileOutcome | None, tuple[str, str] | None]] = []
        # The batch's audit entries, in the order of the files, appended as one stretch of the
        # chain before the commit: the same entries and hashes as one append per file.
        audit: list[tuple[str, dict]] = []
        with self.store.transaction() as db:
            for item in batch:
                notice = item.notice
                known = notice_rows.channel_entry(db, notice.message_id)
                if known is not None and (known[0], known[1]) != ("in", notice.sender):
                    rejection = ("message_id_conflict",
                                 f"message id {notice.message_id} already belongs to another station's notice on record")
                    decided.append((item, None, rejection))
                    continue
                if known is not None:
                    details = {"counterpart": counterpart.station_id, "file": item.entry.name,
                               "message_id": notice.message_id}
                    if known[2] != notice.sequence:
                        details["note"] = f"sequence {notice.sequence} differs from the recorded {known[2]}"
                    audit.append(("import_duplicate", details))
                    decided.append((item, FileOutcome(item.entry.name, "duplicate", message=details.get("note", ""),
                                                      message_id=notice.message_id, kind=str(notice.kind)), None))
                    continue
                replayed_by = notice_rows.channel_message_id(db, notice.sender, notice.recipient, notice.sequence)
                if replayed_by is not None:
                    rejection = ("replayed_sequence",
                                 f"sequence number {notice.sequence} was already used on this channel by message {replayed_by}")
                    decided.append((item, None, rejection))
                    continue
                outcome = self._insert(db, counterpart, item.entry.name, item.data, item.opened, notice, report, now, stamp,
                                       audit)
                decided.append((item, outcome, None))
            if audit:
                self.store.audit.append_many(now, SYSTEM, audit)
        outcomes: list[FileOutcome] = []
        moved = False
        for item, outcome, rejection in decided:
            if rejection is not None:
                outcomes.append(self._quarantine(counterpart, folders, item.entry, *rejection, item.opened.sha256))
                continue
            try:
                folders.move_to_processed(item.entry)
                moved = True
            except OSError as exc:
                if is_station_wide(exc):
                    raise
                # Stored already (the store holds the sealed file); only its copy in processed/ is missing.
                log.warning("%s was stored but not moved to processed/: %s", item.entry.name, exc)
                if not isinstance(exc, FileNotFoundError):
                    outcome = dataclasses.replace(outcome, message=(
                        tr("stored, but it could not be moved to processed/ ({error})").format(
                            error=describe_failure(exc))))
            outcomes.append(outcome)
        if moved:
            # One sync of both folders makes every move of the batch durable.
            folders.sync_moves()
        return outcomes

    def _insert(self, db, counterpart, file_name: str, data, opened, notice: Notice, report, now, stamp,
                audit: list[tuple[str, dict]]) -> FileOutcome:
        # An acknowledgement is never itself acknowledged, so it has no deadline.
        ack_due = (
            None if notice.kind is Kind.ACKNOWLEDGEMENT
            else format_rfc3339(counterpart.profile.ack_due_at(now, notice.precedence))
        )
        notice_id = notice_rows.insert_notice(
            db, notice, direction="in", counterpart=counterpart.station_id, state="received",
            sealed=data, sealed_sha256=opened.sha256, sealed_file=file_name,
            signing_key=opened.signing_key_thumbprint, received_at=stamp, ack_due_at=ack_due,
        )
        report.new_gaps += notice_rows.update_gaps(
            db, counterpart.station_id, notice.sender, notice.recipient, notice.sequence, now
        )
        # An acknowledgement that names a message we never sent is stored, flagged (docs/format.md section 13).
        problem = None
        if notice.kind is Kind.ACKNOWLEDGEMENT:
            problem = self._apply_acknowledgement(db, notice, notice_id, audit)
        audit.append((
            "import",
            {"counterpart": counterpart.station_id, "file": file_name, "message_id": notice.message_id,
             "kind": str(notice.kind), "sequence": notice.sequence, "sha256": opened.sha256},
        ))
        return FileOutcome(
            file_name, "accepted", message=problem or "", message_id=notice.message_id, notice_id=notice_id,
            kind=str(notice.kind), precedence=str(notice.precedence),
        )

    def _apply_acknowledgement(self, db, ack: Notice, ack_row_id: int, audit: list[tuple[str, dict]]) -> str | None:
        """Record the acknowledgement on our notice (its audit entry added to `audit`); return what is
        wrong with it, or None."""
        target_id = ack.body.get("acknowledged_message_id")
        target = notice_rows.sent_for_acknowledgement(db, target_id)
        if target is None:
            problem = f"acknowledges a message we never sent: {target_id}"
        elif target[1] != ack.body.get("acknowledged_sha256"):
            problem = f"acknowledges message {target_id} with a digest that does not match the file we sent"
        else:
            problem = None
        if problem:
            notice_rows.set_problem(db, ack_row_id, problem)
            audit.append(("ack_mismatch", {"ack_message_id": ack.message_id, "problem": problem}))
            return problem
        if target[2] is None:
            notice_rows.mark_acknowledged(
                db, target[0], ack.body["acknowledged_at"], ack.body["acknowledged_by"], ack.message_id
            )
            audit.append((
                "acknowledged_by_counterpart",
                {"message_id": target_id, "by": ack.body["acknowledged_by"], "at": ack.body["acknowledged_at"]},
            ))
        return None

    def _quarantine(self, counterpart, folders, entry: InboxEntry, code: str, message: str, sha: str | None) -> FileOutcome:
        """Record the rejection, then have the entry placed in quarantine/ beside its reason file
        (exchange/quarantine.py), then record where it went. A crash in between is finished by the
        next run. An entry that cannot be moved (a folder on another file system) stays in the
        inbox, refused and named.
        """
        name = entry.name
        row_id, rejection = self._record_rejection(counterpart, name, code, message, sha)
        try:
            placed = place_in_quarantine(entry.path, folders.quarantine, rejection)
        except FileNotFoundError:
            log.info("%s left %s's inbox before it could be quarantined", name, counterpart.station_id)
            # `message` is the quarantine reason, recorded in English; the officer reads the sentence around it.
            return FileOutcome(name, "refused", code,
                               tr("{reason}; it left the inbox before it could be quarantined").format(reason=message))
        except OSError as exc:
            if is_station_wide(exc):
                raise
            log.warning("refused %s from %s in place: %s (%s); moving it failed: %s",
                        name, counterpart.station_id, code, message, exc)
            return FileOutcome(
                name, "refused", code,
                tr("{reason}; it could not be moved to quarantine ({error}), so it was left in the inbox").format(
                    reason=message, error=describe_failure(exc)),
            )
        with self.store.transaction() as db:
            quarantine_rows.set_path(db, row_id, placed.shown)
        log.warning("quarantined %s from %s: %s (%s)", name, counterpart.station_id, code, message)
        return FileOutcome(name, "quarantined", code, message)

    def _record_rejection(self, counterpart, name: str, code: str, message: str, sha: str | None):
        """The quarantine row (path '') and its audit entry, committed before the entry moves:
        (row id, the Rejection its reason file records)."""
        now = self.clock()
        stamp = format_rfc3339(now)
        with self.store.transaction() as db:
            # A crash after this commit and before the move re-runs the check; keep one row per file.
            known = None
            if self._unfinished is None or (counterpart.station_id, name) in self._unfinished:
                known = quarantine_rows.unmoved_row(db, counterpart.station_id, name, sha)
            if known is not None:
                row_id, stamp = known
            else:
                row_id = quarantine_rows.add(db, counterpart.station_id, name, code, message, sha, stamp)
                self.store.audit.append(
                    now, SYSTEM, "reject",
                    {"counterpart": counterpart.station_id, "file": name, "code": code, "reason": message,
                     "sha256": sha},
                )
                if self._unfinished is not None:
                    self._unfinished.add((counterpart.station_id, name))
        return row_id, Rejection(counterpart.station_id, name, code, message, sha, stamp)

    def _finish_interrupted_quarantines(self, counterpart: Counterpart, folders: CounterpartFolders) -> None:
        """Set the path of a quarantine that a crash cut short after the entry was moved.

        A row keeps path '' until its entry is in quarantine/ with its reason file. If the entry is
        still in the inbox, this run quarantines it again under the same row; if it was moved
        already, nothing would ever look at it again, so it is finished here. A row that cannot be
        finished is left for the next run; it never stops this one.
        """
        unfinished = quarantine_rows.unmoved(self.store, counterpart.station_id)
        others = {key for key in (self._unfinished or set()) if key[0] != counterpart.station_id}
        self._unfinished = others | {(counterpart.station_id, row[1]) for row in unfinished}
        for row_id, name, code, message, sha, stamp in unfinished:
            rejection = Rejection(counterpart.station_id, name, code, message, sha, stamp)
            try:
                placed = find_placed(folders.inbox, folders.quarantine, rejection, self._claimed)
                if placed is not None:
                    with self.store.transaction() as db:
                        quarantine_rows.set_path(db, row_id, placed.shown)
            except OSError as exc:
                if is_station_wide(exc):
                    raise
                log.warning("could not finish quarantining %s from %s: %s", name, counterpart.station_id, exc)

    def _claimed(self, shown_path: str) -> bool:
        return quarantine_rows.path_is_claimed(self.store, shown_path)

    def _audit(self, action: str, details: dict) -> None:
        with self.store.transaction():
            self.store.audit.append(self.clock(), SYSTEM, action, details)

