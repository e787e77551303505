"""The station's encrypted store: one SQLCipher file per station and data dir.

Opening is fail-closed: a missing, wrong or unusable key, a file that is not
ours, a damaged file and a newer-major schema each raise their own StoreError
with a message naming the cause and the fix, never SQLCipher's bare
"file is not a database".
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import stat
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from console.fsutil import _fsync_dir, atomic_write, sweep_orphaned_temp_files
from console.i18n import tr
from console.storage import connection, schema
from console.storage import station as station_rows
from console.storage.changes import ChangeTracker, Committed, CommitListener, tell
from console.storage.audit import HEAD_FILE_NAME, AuditLog, HeadFileProblem, SignedHead, canonical_json
from console.storage.connection import TranslatingConnection, connect_encrypted
from console.storage.errors import (
    AuditLogBehind,
    NoStore,
    NotAStore,
    RestoreRefused,
    StoreDamaged,
    StoreError,
    StoreExists,
    WrongStoreKey,
)


def _import_sqlite_utils():
    """sqlite-utils imports numpy and pandas when they are installed, only to map their scalar
    types to column types, which the store never writes. Hidden while it loads, they stay off the
    console's start-up (numpy: 0.15 s and 17 MiB); the inbox imports numpy itself, after its first
    listing (console/ui/inbox/packed.py)."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # `import name` raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return sqlite_utils


if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

STORE_FILE_NAME = "station.wdb"
QUICK_CHECK_CACHE_KIB = 256  # the page cache of the open's background integrity check
META_FILE_NAME = "station.json"
LOCK_FILE_NAME = "station.lock"
RESTORE_JOURNAL_NAME = "restore-journal.json"
RESTORE_STAGED_NAME = f".{STORE_FILE_NAME}.restoring"
# Where the chain stood when the alarm was first raised: the PIN entries of a supervisor's attempts
# to acknowledge are written after it (unsigned), and must not shrink what is reported missing.
ALARM_MARK_NAME = "audit-alarm.json"
# The keyring's copy of the head is written at most this often (and when the store closes): a write
# to the Secret Service takes about 50 ms, and an import of thousands of files signs as many heads.
KEYRING_HEAD_INTERVAL_S = 10.0
_KEY_CHECK_LABEL = b"watchdesk-store-key-check"


class KeySource(Protocol):
    def load(self, station_id: str, data_dir: Path) -> bytes: ...
    def save(self, station_id: str, data_dir: Path, key: bytes) -> None: ...
    def check_available(self) -> None: ...


def key_check(key: bytes) -> str:
    """A value that tells a right key from a wrong one and reveals nothing about it."""
    return hmac.new(key, _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def utc_stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_meta(data_dir: Path) -> dict:
    path = Path(data_dir) / META_FILE_NAME
    if not path.exists():
        raise NoStore(
            tr("There is no Watchdesk station in {folder}. "
               "Create one with `watchdesk init --station-id ID --name NAME`.").format(folder=Path(data_dir).resolve())
        )
    try:
        meta = json.loads(path.read_text("utf-8"))
        if meta.get("format") != 1 or not meta.get("station_id") or not meta.get("key_check"):
            raise ValueError("missing fields")
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotAStore(tr("{path} is not a Watchdesk station file ({error}).").format(path=path, error=exc)) from exc
    return meta


class _HeadAlarm:
    """Shared by a store and its clones: why writing stops (None: it does not)."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.references: list[dict] = []
        self.store_entries = 0  # what the chain held when the alarm was raised
        self.summary = ""  # what is missing, in a few words: "signed head: 14 entries; store: 10"
        # The thread on which a supervisor is proving who they are for the acknowledgement.
        self.acknowledging_thread: int | None = None

    def lets_write(self, rebase: bool) -> bool:
        return rebase or self.text is None or self.acknowledging_thread == threading.get_ident()


# How long a write waits for the open's integrity check before it is refused in words: the
# GUI thread must not hang on a check of a large store.
INTEGRITY_WRITE_WAIT = 10.0


class IntegrityGate:
    """The verdict of one open's integrity check, shared by reference by the store and its clones.

    `interrupt()` stops the check whenever it is called: before the check has its connection
    (it then never starts), while it runs, or after (nothing to do).
    """

    def __init__(self) -> None:
        self.checked = threading.Event()  # set once the check passed or failed; writes wait for it
        self.problem: str | None = None
        self._lock = threading.Lock()
        self._conn = None
        self.interrupted = False

    def passed(self) -> None:
        self.checked.set()

    def failed(self, problem: str) -> None:
        self.problem = problem
        self.checked.set()

    def begin(self, conn) -> bool:
        """The check is about to run on `conn`; False if it was interrupted already."""
        with self._lock:
            if self.interrupted:
                return False
            self._conn = conn
            return True

    def end(self) -> None:
        with self._lock:
            self._conn = None

    def interrupt(self) -> None:
        with self._lock:
            self.interrupted = True
            if self._conn is not None:
                self._conn.interrupt()


class Store:
    """An open store. Use `Store.create()` or `Store.open()`, and `close()` when done."""

    def __init__(self, data_dir: Path, conn: TranslatingConnection, meta: dict, key: bytes, lock_fd: int) -> None:
        self.data_dir = Path(data_dir)
        self.conn = conn
        self._db = None  # sqlite-utils' view of conn, made at first use (see `db`)
        self.station_id: str = meta["station_id"]
        self._key = key
        self._lock_fd = lock_fd
        self.audit = AuditLog(conn, self.data_dir / HEAD_FILE_NAME)
        self._head_signer = None
        self._trusted_head_keys: list[bytes] = []
        # Where the second copy of the signed head lives (the keyring); None for bare opens.
        self._key_source = None
        self._alarm = _HeadAlarm()
        self._keyring_head_due: SignedHead | None = None
        self._keyring_head_written_at: float | None = None
        # Set once the integrity check of this open has passed; writes wait for it.
        self.integrity = IntegrityGate()
        self._check_thread: threading.Thread | None = None
        self._changes = ChangeTracker(conn)
        # Told after each commit; shared by reference with this store's clones (worker connections).
        self.commit_listeners: list[CommitListener] = []

    # ---- lifecycle -------------------------------------------------------

    @property
    def db(self) -> "sqlite_utils.Database":
        """sqlite-utils over the store's connection, for the writers and the admin commands. Made
        at first use: importing sqlite-utils takes 0.1 s, and the console's start-up reads through
        `conn` alone."""
        if self._db is None:
            self._db = _import_sqlite_utils().Database(self.conn)
        return self._db

    def query(self, sql: str, params: list | tuple | dict | None = None) -> Iterator[dict]:
        """Rows as dicts by column name, as `db.query` gives them, read through the connection
        alone (the readers on the start-up path must not import sqlite-utils for it)."""
        cursor = self.conn.execute(sql, params if params is not None else [])  # at once, as db.query does
        names = [column[0] for column in cursor.description or ()]
        return (dict(zip(names, row)) for row in cursor)

    @property
    def path(self) -> Path:
        return self.data_dir / STORE_FILE_NAME

    @classmethod
    def create(cls, data_dir: Path, station_id: str, name: str, key_source: KeySource, key: bytes) -> "Store":
        data_dir = Path(data_dir)
        key_source.check_available()  # refuse before anything is written
        data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(data_dir, 0o700)
        if (data_dir / META_FILE_NAME).exists() or (data_dir / STORE_FILE_NAME).exists():
            raise StoreExists(
                tr("{folder} already holds a station; choose another --data-dir.").format(folder=data_dir.resolve())
            )
        lock_fd = _lock(data_dir, exclusive=True)
        conn = None
        try:
            conn = connect_encrypted(data_dir / STORE_FILE_NAME, key)
            _apply_pragmas(conn)
            schema.ensure_current(conn, fresh=True)
            station_rows.add_station(conn, station_id, name, utc_stamp())
            key_source.save(station_id, data_dir, key)
            meta = {"format": 1, "station_id": station_id, "store_file": STORE_FILE_NAME, "key_check": key_check(key)}
            atomic_write(data_dir / META_FILE_NAME, json.dumps(meta, indent=2).encode() + b"\n", overwrite=False)
        except BaseException:
            # Take back the store file this attempt made (the key to it is lost), so that once the
            # cause is fixed (a locked keyring, a full disk) init can run again in the same folder.
            if conn is not None:
                conn.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                (data_dir / f"{STORE_FILE_NAME}{suffix}").unlink(missing_ok=True)
            os.close(lock_fd)
            raise
        # Downgrade to the shared lock every other user of the data dir takes.
        fcntl.flock(lock_fd, fcntl.LOCK_SH)
        log.info("created store for station %s in %s", station_id, data_dir)
        store = cls(data_dir, conn, meta, key, lock_fd)
        store._key_source = key_source
        store.integrity.passed()  # a new, empty store has nothing to check
        return store

    @classmethod
    def open(cls, data_dir: Path, key_source: KeySource, *, check: str = "now") -> "Store":
        data_dir = Path(data_dir)
        meta = read_meta(data_dir)
        key_source.check_available()
        key = key_source.load(meta["station_id"], data_dir)
        store = cls.open_with_key(data_dir, key, meta, check=check)
        store._key_source = key_source
        return store

    @classmethod
    def open_with_key(cls, data_dir: Path, key: bytes, meta: dict | None = None, *, check: str = "now") -> "Store":
        """Open the store. `check`: "now" runs PRAGMA quick_check before returning;
        "background" starts it on its own connection and returns at once (reads may
        start, writes wait until it has passed); "none" is for a second connection
        of a store whose check already ran."""
        data_dir = Path(data_dir)
        meta = meta or read_meta(data_dir)
        if not hmac.compare_digest(key_check(key), meta["key_check"]):
            raise WrongStoreKey(
                tr("The key in the keyring does not open the store of station {station} in "
                   "{folder}. If the keyring entry was replaced, run `watchdesk recover` "
                   "with the station's recovery sheet.").format(station=meta['station_id'], folder=data_dir.resolve())
            )
        path = data_dir / STORE_FILE_NAME
        # A restore cut short by a crash is completed (or taken back) before anything opens the file.
        finish_interrupted_restore_files(data_dir)
        if not path.exists():
            raise NoStore(tr("The store file {path} is missing. Restore it with `watchdesk restore BACKUP`.").format(path=path))
        lock_fd = _lock(data_dir, exclusive=False)
        try:
            conn = _open_checked(path, key, quick_check=(check == "now"))
        except BaseException:
            os.close(lock_fd)
            raise
        store = cls(data_dir, conn, meta, key, lock_fd)
        # The audit head's temp file of a process killed while it wrote it (the head itself is whole).
        sweep_orphaned_temp_files(data_dir / HEAD_FILE_NAME)
        if check == "background":
            store._check_thread = threading.Thread(
                target=store._background_check, name="store-integrity-check", daemon=True
            )
            store._check_thread.start()
        else:
            store.integrity.passed()
        return store

    @property
    def integrity_checked(self) -> threading.Event:
        return self.integrity.checked

    @property
    def integrity_problem(self) -> str | None:
        return self.integrity.problem

    def _background_check(self) -> None:
        gate = self.integrity
        try:
            # The check reads each page once: a small cache serves it as well as the connection's
            # 2 MiB (2.4 s either way at 100,000 notices), which it filled during the start-up.
            conn = connect_encrypted(self.path, self._key, cache_kib=QUICK_CHECK_CACHE_KIB)
            try:
                if not gate.begin(conn):
                    return  # closed before the check started
                try:
                    result = _quick_check(conn)
                finally:
                    gate.end()
            finally:
                conn.close()
        except connection.Error as exc:
            result = str(exc)
        if gate.interrupted:
            return  # interrupted by close(): no verdict
        log.info("store %s quick_check: %s", self.path.name, result)
        if result != "ok":
            gate.failed(
                tr("The store {path} is damaged ({problem}). Nothing more is written to it; close the console "
                   "and restore the last backup with `watchdesk restore BACKUP`.").format(path=self.path, problem=result)
            )
        else:
            gate.passed()

    def wait_for_integrity(self, timeout: float | None = None) -> None:
        """Block until the open's integrity check is done; StoreDamaged if it failed."""
        if not self.integrity.checked.wait(timeout):
            raise StoreError(tr("The store's integrity check is still running; try again in a moment."))
        if self.integrity.problem:
            raise StoreDamaged(self.integrity.problem)

    def clone(self) -> "Store":
        """A second connection to the same store, for a worker thread.

        A connection must not be shared between a thread that writes and one
        that reads: each thread gets its own, and WAL lets them run side by side.
        """
        meta = {"station_id": self.station_id, "key_check": key_check(self._key)}
        twin = Store.open_with_key(self.data_dir, self._key, meta, check="none")
        # The twin shares this open's integrity check rather than running its own.
        twin.integrity = self.integrity
        twin._trusted_head_keys = self._trusted_head_keys
        twin.set_head_signer(self._head_signer, list(self._trusted_head_keys))
        twin._key_source = self._key_source
        twin._alarm = self._alarm
        twin.commit_listeners = self.commit_listeners
        return twin

    def close(self) -> None:
        # Stop a running integrity check first: a thread left inside SQLite while the
        # interpreter shuts down can crash the process on its way out.
        if self._check_thread is not None:  # this open runs the check (a clone only shares its verdict)
            self.integrity.interrupt()
        if self._check_thread is not None:
            self._check_thread.join(10)
        if self._keyring_head_due is not None:
            self._save_keyring_head(self._keyring_head_due, now=True)
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            os.close(self._lock_fd)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # ---- writing -----------------------------------------------------------

    def set_head_signer(self, signing_key, trusted_public_keys: list[bytes] | None = None) -> None:
        """The Ed25519 key that signs the audit head file after each write, and every key whose
        signature on a head file this station accepts (the signer's alone if not given)."""
        self._head_signer = signing_key
        if trusted_public_keys is None and signing_key is not None:
            raw = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            trusted_public_keys = [raw]
        # In place: a clone shares this list, so a key rotated in on one connection is trusted on all.
        self._trusted_head_keys[:] = list(trusted_public_keys or [])

    # ---- the signed head: never signed backwards ------------------------------

    @property
    def head_alarm(self) -> str | None:
        """Why nothing is written: the audit log is behind or unlike a head signed earlier."""
        return self._alarm.text

    @property
    def head_alarm_references(self) -> list[dict]:
        return list(self._alarm.references)

    @property
    def head_alarm_summary(self) -> str:
        return self._alarm.summary

    @property
    def head_alarm_store_entries(self) -> int:
        return self._alarm.store_entries

    def keyring_head(self) -> SignedHead | None:
        """The copy of the signed head kept beside the store key; None where there is none."""
        load = getattr(self._key_source, "load_head", None)
        if load is None:
            return None
        try:
            value = load(self.station_id, self.data_dir)
        except StoreError as exc:
            log.warning("could not read the audit head kept in the keyring: %s", exc)
            return None
        if not value:
            return None
        try:
            record = json.loads(value)
            return SignedHead(int(record["entry_count"]), str(record["head_hash"]))
        except (ValueError, KeyError, TypeError):
            log.error("the audit head kept in the keyring is unreadable; ignored")
            return None

    def _refresh_trusted_head_keys(self) -> None:
        """Every signing key the store holds: another process may have rotated in a new one."""
        from console.format.keys import StationKeys

        keys = [StationKeys.from_private_json(text).signing_key.public_key()
                for text in station_rows.private_key_jsons(self.conn)]
        self._trusted_head_keys[:] = [key.public_bytes(Encoding.Raw, PublicFormat.Raw) for key in keys]

    def _head_file_problem(self) -> tuple[str, dict] | None:
        try:
            try:
                head = self.audit.read_head_file(self._trusted_head_keys)
            except HeadFileProblem:
                self._refresh_trusted_head_keys()
                head = self.audit.read_head_file(self._trusted_head_keys)
        except HeadFileProblem as exc:
            return str(exc), {"source": HEAD_FILE_NAME, "problem": str(exc)}
        if head is None:
            return None
        problem = self.audit.behind(head, "signed head")
        if problem is None:
            return None
        return problem, {"source": HEAD_FILE_NAME, "entry_count": head.entry_count, "head_hash": head.head_hash}

    def _alarm_mark(self) -> int:
        """The chain's count when the alarm was first raised, if this chain still runs through it."""
        path = self.data_dir / ALARM_MARK_NAME
        try:
            mark = json.loads(path.read_text("utf-8"))
            count, head_hash = int(mark["store_entries"]), str(mark["head_hash"])
        except FileNotFoundError:
            mark = None
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            mark = None
        if mark is not None and count <= self.audit.head()[0] and self.audit.hash_at(count) == head_hash:
            return count
        count = self.audit.head()[0]
        record = {"store_entries": count, "head_hash": self.audit.hash_at(count), "at": utc_stamp()}
        try:
            atomic_write(path, json.dumps(record).encode() + b"\n")
        except OSError as exc:
            log.error("could not write %s: %s", path.name, exc)
        return count

    def _raise_alarm(self, problems: list[str], references: list[dict]) -> str:
        count = self._alarm_mark()
        since = self.audit.head()[0] - count
        problems = [
            re.sub(r"store: \d+$", f"store: {count}", problem) if "entries; store: " in problem else problem
            for problem in problems
        ]
        if since:
            problems.append(f"{since} entries written since, unsigned, while a supervisor's PIN was checked")
        # English, unmarked: the supervisor's acknowledgement stores this text as its audit entry's `problem`.
        self._alarm.text = (
            f"The audit log is behind or unlike its signed head ({'; '.join(problems)}): reading works, but "
            "nothing is written until a supervisor acknowledges this (the console's red banner, or `watchdesk "
            "audit acknowledge --supervisor NAME`), after which `watchdesk exchange reimport` brings back the "
            "missing notices."
        )
        self._alarm.references = references
        self._alarm.summary = "; ".join(problems)
        self._alarm.store_entries = count
        if log.hasHandlers():  # the console's log file; a command says it in its own words instead
            log.error("%s", self._alarm.text)
        return self._alarm.text

    def check_head(self) -> str | None:
        """Compare the chain with the head signed on disk and the copy in the keyring.

        Sets (and returns) the alarm if the store is behind either or differs from it: an old
        copy of the store was put in place, or the log was rewritten. Nothing is written then
        until a supervisor acknowledges (a `transaction(rebase=True)` that records it).
        """
        if (self.data_dir / RESTORE_JOURNAL_NAME).exists():
            return None  # a restore is being completed: it re-signs the head and records itself
        problems: list[str] = []
        references: list[dict] = []
        if self._trusted_head_keys:
            found = self._head_file_problem()
            if found is not None:
                problems.append(found[0])
                references.append(found[1])
        kept = self.keyring_head()
        if kept is not None:
            problem = self.audit.behind(kept, "keyring's copy of the signed head")
            if problem is not None:
                problems.append(problem)
                references.append({"source": "keyring", "entry_count": kept.entry_count, "head_hash": kept.head_hash})
        if problems:
            return self._raise_alarm(problems, references)
        return self._alarm.text

    @contextlib.contextmanager
    def acknowledging(self) -> Iterator[None]:
        """While a supervisor types their PIN for the acknowledgement, on this thread only: the PIN
        entry is recorded as usual (a wrong PIN is audited, and counts), but no head is signed
        until the acknowledgement itself (`transaction(rebase=True)`) records what was missing."""
        self._alarm.acknowledging_thread = threading.get_ident()
        try:
            yield
        finally:
            self._alarm.acknowledging_thread = None

    def _save_keyring_head(self, head: SignedHead, *, now: bool = False) -> None:
        save = getattr(self._key_source, "save_head", None)
        if save is None:
            return
        self._keyring_head_due = head
        written_at = self._keyring_head_written_at
        if not now and written_at is not None and time.monotonic() - written_at < KEYRING_HEAD_INTERVAL_S:
            return  # written by close() or a later write
        self._keyring_head_due = None
        self._keyring_head_written_at = time.monotonic()
        value = canonical_json({"entry_count": head.entry_count, "head_hash": head.head_hash}).decode("ascii")
        try:
            save(self.station_id, self.data_dir, value)
        except StoreError as exc:
            # Committed already; the copy stays behind (a lower floor, never a false alarm).
            log.error("could not update the audit head kept in the keyring: %s", exc)

    def _sign_head(self, rebase: bool = False) -> None:
        try:
            head = self.audit.write_head_file(self._head_signer)
        except OSError as exc:
            # The change is committed: raising now would tell the officer that an action failed
            # which happened (and a release would be made twice). The head file stays behind the
            # chain, as after a crash, which verify accepts; the next write brings it up to date.
            log.error("could not update %s after a committed change: %s", HEAD_FILE_NAME, exc)
            head = self.audit.signed_head(self._head_signer)
        self._save_keyring_head(head, now=rebase)

    @contextlib.contextmanager
    def transaction(self, *, rebase: bool = False) -> Iterator["sqlite_utils.Database"]:
        """A write transaction (BEGIN IMMEDIATE): all of it lands, or none of it.

        Refused (AuditLogBehind) while the audit log is behind a head signed earlier: signing
        the head of an older chain would hide the loss. `rebase` is for the two writes that
        may sign a head behind the old one, each recording why: a supervisor's acknowledgement
        and the completion of a restore.
        """
        self.wait_for_integrity(INTEGRITY_WRITE_WAIT)
        if not self._alarm.lets_write(rebase):
            raise AuditLogBehind(self._alarm.text)
        deferred = self._alarm.text is not None and not rebase  # a PIN entry for the acknowledgement
        before = self.audit.head()[0]
        self._changes.prepare()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self._head_signer is not None and not rebase and not deferred:
                # Under the write lock: a head file ahead of this chain was signed for another one.
                found = self._head_file_problem()
                if found is not None:
                    raise AuditLogBehind(self._raise_alarm([found[0]], [found[1]]))
            yield self.db
            changed = self._changes.collect()
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if self._head_signer is not None and not deferred and (rebase or self.audit.head()[0] != before):
            self._sign_head(rebase)
        if rebase:
            self._alarm.text = None
            self._alarm.references = []
            (self.data_dir / ALARM_MARK_NAME).unlink(missing_ok=True)
        after = self.audit.head()[0]
        if changed or after != before:
            appended = (before, after - 1) if after != before else (None, None)
            tell(self.commit_listeners, Committed(*appended, changes=changed))

    def record(self, officer: str, action: str, details: dict | None = None, at: datetime | None = None) -> int:
        """Append one audit entry in its own transaction."""
        with self.transaction():
            return self.audit.append(at or datetime.now(timezone.utc), officer, action, details)

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ---- backup and restore -------------------------------------------------

    def backup(self, dest: Path) -> None:
        """Write a consistent encrypted copy to `dest` while the store stays in use.

        SQLite's online backup API copies the pages under a read transaction, WAL
        included, into a file keyed with the same key; it is written beside `dest`
        and renamed into place, so `dest` is complete or absent.
        """
        dest = Path(dest)
        tmp = dest.with_name(f".{dest.name}.partial")
        tmp.unlink(missing_ok=True)
        try:
            target = connect_encrypted(tmp, self._key)
            try:
                # Through the wrapper, so a full disk arrives as connection.Error like every other failure.
                self.conn.backup(target.raw)
                target.execute("PRAGMA journal_mode = DELETE")
                result = target.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise StoreDamaged(tr("the backup copy failed its check: {problem}").format(problem=result))
            finally:
                target.close()
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, dest)
        except connection.Error as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(tr("The backup to {path} failed: {error}").format(path=dest, error=exc)) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def check_backup(path: Path, key: bytes, station_id: str) -> int:
    """Open a backup file read-only and check it belongs to this station. Returns its version."""
    conn = _open_checked(Path(path), key, what="backup")
    try:
        held = station_rows.recorded_station_id(conn)
        if held != station_id:
            raise NotAStore(tr("{path} is a backup of station {held}, not of {station}.").format(
                path=path, held=held or "?", station=station_id))
        result = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check").fetchall())
        if result != "ok":
            raise StoreDamaged(tr("{path} failed its integrity check: {problem}").format(path=path, problem=result))
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def check_restore_source(backup: Path) -> None:
    """Refuse anything but a regular file before it is read: a FIFO would hang the restore, a
    device would be read without end."""
    backup = Path(backup)
    try:
        mode = os.stat(backup).st_mode
    except FileNotFoundError:
        raise RestoreRefused(
            tr("There is no file {path}; give the path of a backup written by `watchdesk backup`.").format(path=backup)
        ) from None
    if not stat.S_ISREG(mode):
        # One whole sentence per kind of file: the kind's words are not spliced into another language's order.
        if stat.S_ISDIR(mode):
            refusal = tr("{path} is a folder, not a backup file; nothing was read or changed. Give the path of "
                         "a backup file written by `watchdesk backup`.")
        elif stat.S_ISFIFO(mode):
            refusal = tr("{path} is a named pipe (FIFO), not a backup file; nothing was read or changed. Give "
                         "the path of a backup file written by `watchdesk backup`.")
        elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            refusal = tr("{path} is a device, not a backup file; nothing was read or changed. Give the path of "
                         "a backup file written by `watchdesk backup`.")
        elif stat.S_ISSOCK(mode):
            refusal = tr("{path} is a socket, not a backup file; nothing was read or changed. Give the path of "
                         "a backup file written by `watchdesk backup`.")
        else:
            refusal = tr("{path} is not a regular file, not a backup file; nothing was read or changed. Give "
                         "the path of a backup file written by `watchdesk backup`.")
        raise RestoreRefused(refusal.format(path=backup))


def read_restore_journal(data_dir: Path) -> dict | None:
    """The journal of a restore whose files are in place but which is not recorded yet, if any."""
    path = Path(data_dir) / RESTORE_JOURNAL_NAME
    try:
        return json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (ValueError, UnicodeDecodeError) as exc:
        raise StoreError(
            tr("{path} is unreadable ({error}): a restore was interrupted and cannot be completed from it. "
               "Run `watchdesk restore BACKUP` again.").format(path=path, error=exc)
        ) from exc


def restore(data_dir: Path, backup: Path, key_source: KeySource, *, by: str = "system") -> Path:
    """Replace the store with a checked backup. Returns where the previous store was kept.

    Needs the data dir to itself: the console must be closed. Crash-safe: the backup is copied
    beside the store first; once that copy is complete, a journal says what is to happen, and
    every step after it is repeated by the next open if a crash cuts it short (see
    `finish_interrupted_restore_files`). The next `Station.open` records the restore in the
    audit log and signs the restored log's head, then removes the journal.
    """
    data_dir = Path(data_dir)
    backup = Path(backup)
    meta = read_meta(data_dir)
    key = key_source.load(meta["station_id"], data_dir)
    if not hmac.compare_digest(key_check(key), meta["key_check"]):
        raise WrongStoreKey(
            tr("The key in the keyring does not belong to this station; run `watchdesk recover` first.")
        )
    check_restore_source(backup)
    check_backup(backup, key, meta["station_id"])
    lock_fd = _lock(data_dir, exclusive=True, wait=False)
    try:
        _roll_forward(data_dir)
        if (data_dir / RESTORE_JOURNAL_NAME).exists():
            raise StoreError(
                tr("An earlier restore is not recorded in the audit log yet; run `watchdesk audit verify` "
                   "(which completes it), then restore again.")
            )
        kept = data_dir / f"{STORE_FILE_NAME}.before-restore-{utc_stamp().replace(':', '')}"
        number = 2
        while kept.exists():  # two restores within a second must not share a name
            kept = kept.with_name(f"{STORE_FILE_NAME}.before-restore-{utc_stamp().replace(':', '')}-{number}")
            number += 1
        staged = data_dir / RESTORE_STAGED_NAME
        shutil.copyfile(backup, staged)
        with open(staged, "rb") as handle:
            os.fsync(handle.fileno())
        previous = _head_file_summary(data_dir / HEAD_FILE_NAME)
        journal = {
            "restore_id": str(uuid.uuid4()),
            "backup": str(backup.resolve()),
            "kept": kept.name,
            "by": by,
            "started_at": utc_stamp(),
            "previous_head": previous,
            "files_done": False,
        }
        # The point of no return: from here on the restore is completed, never taken back.
        atomic_write(data_dir / RESTORE_JOURNAL_NAME, json.dumps(journal, indent=2).encode() + b"\n")
        _roll_forward(data_dir)
        return kept
    finally:
        os.close(lock_fd)


def _head_file_summary(path: Path) -> dict | None:
    try:
        record = json.loads(path.read_text("utf-8"))
        return {"entry_count": int(record["entry_count"]), "head_hash": str(record["head_hash"])}
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return {"unreadable": True}


def finish_interrupted_restore_files(data_dir: Path) -> None:
    """Complete the file steps of a restore a crash cut short, or take back one that had not
    reached its journal (a half-copied backup is deleted; the store was not touched)."""
    data_dir = Path(data_dir)
    if not ((data_dir / RESTORE_JOURNAL_NAME).exists() or (data_dir / RESTORE_STAGED_NAME).exists()):
        return
    try:
        lock_fd = _lock(data_dir, exclusive=True, wait=False)
    except StoreError:
        return  # a running restore (or an open that got here first) holds the data dir
    try:
        _roll_forward(data_dir)
    finally:
        os.close(lock_fd)


def _roll_forward(data_dir: Path) -> None:
    """Idempotent: each step checks whether it was done. Call with the exclusive lock held."""
    staged = data_dir / RESTORE_STAGED_NAME
    journal_path = data_dir / RESTORE_JOURNAL_NAME
    journal = read_restore_journal(data_dir)
    if journal is None:
        if staged.exists():
            log.warning("taking back a restore that was interrupted while copying the backup")
            staged.unlink()
            _fsync_dir(data_dir)
        return
    if journal.get("files_done"):
        return
    current = data_dir / STORE_FILE_NAME
    kept = data_dir / journal["kept"]
    if staged.exists():
        # Until the staged copy is renamed into place, whatever sits at `current` is the old store.
        if current.exists() and not kept.exists():
            os.replace(current, kept)
        # The old store's WAL must go with it: beside the restored file it would be replayed into it.
        for suffix in ("-wal", "-shm"):
            side = current.with_name(current.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        _fsync_dir(data_dir)
        os.replace(staged, current)
        _fsync_dir(data_dir)
    # The head file describes the replaced log; the restored one is signed when the restore is recorded.
    head = data_dir / HEAD_FILE_NAME
    kept_head = kept.with_name(kept.name + ".audit-head.json")
    if head.exists() and not kept_head.exists():
        os.replace(head, kept_head)
    journal["files_done"] = True
    atomic_write(journal_path, json.dumps(journal, indent=2).encode() + b"\n")
    log.info("restore %s: files in place", journal.get("restore_id"))


def finish_restore_journal(data_dir: Path) -> None:
    (Path(data_dir) / RESTORE_JOURNAL_NAME).unlink(missing_ok=True)
    _fsync_dir(Path(data_dir))


# ---- internals --------------------------------------------------------------


def _lock(data_dir: Path, *, exclusive: bool, wait: bool = True) -> int:
    fd = os.open(Path(data_dir) / LOCK_FILE_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    if not wait:
        flags |= fcntl.LOCK_NB
    try:
        fcntl.flock(fd, flags)
    except BlockingIOError:
        os.close(fd)
        raise StoreError(
            tr("The station in {folder} is in use. Close the console (and any "
               "`watchdesk` command using it) and try again.").format(folder=Path(data_dir).resolve())
        ) from None
    return fd


def _apply_pragmas(conn: TranslatingConnection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    # Keep sort and index scratch space in memory, never in a temp file.
    conn.execute("PRAGMA temp_store = MEMORY")


def _quick_check(conn: TranslatingConnection) -> str:
    # fetchall(), not fetchone(): sqlcipher3 drops a reference to None when a
    # cursor whose statement failed mid-way is reset later, which crashes
    # Python 3.11 at exit. Reading to the end leaves nothing to reset.
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA quick_check").fetchall())
    except connection.DatabaseError as exc:
        return str(exc)


def _open_checked(path: Path, key: bytes, *, what: str = "store", quick_check: bool = True) -> TranslatingConnection:
    conn = connect_encrypted(path, key)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except connection.DatabaseError as exc:
            unreadable = (
                tr("{path} is not a Watchdesk store that this station's key opens (it may belong to another "
                   "station or be damaged beyond reading).") if what == "store" else
                tr("{path} is not a Watchdesk backup that this station's key opens (it may belong to another "
                   "station or be damaged beyond reading).")
            )
            raise NotAStore(unreadable.format(path=path)) from exc
        if app_id != schema.APPLICATION_ID:
            foreign = (tr("{path} opens, but it is not a Watchdesk store.") if what == "store"
                       else tr("{path} opens, but it is not a Watchdesk backup."))
            raise NotAStore(foreign.format(path=path))
        if what == "store":
            _apply_pragmas(conn)
        result = _quick_check(conn) if quick_check else "ok"
        if quick_check:
            log.info("%s %s quick_check: %s", what, path.name, result)
        if result != "ok":
            damaged = (
                tr("The store {path} is damaged ({problem}). It was not used; restore the last backup "
                   "with `watchdesk restore BACKUP`.") if what == "store" else
                tr("The backup {path} is damaged ({problem}). It was not used; restore the last backup "
                   "with `watchdesk restore BACKUP`.")
            )
            raise StoreDamaged(damaged.format(path=path, problem=result))
        if what == "store":
            schema.ensure_current(conn, fresh=False)
    except BaseException:
        conn.close()
        raise
    return conn
