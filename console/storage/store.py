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
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

import sqlite_utils

from console.fsutil import atomic_write
from console.storage import schema
from console.storage.audit import HEAD_FILE_NAME, AuditLog
from console.storage.connection import TranslatingConnection, connect_encrypted
from console.storage.errors import (
    NoStore,
    NotAStore,
    StoreDamaged,
    StoreError,
    StoreExists,
    WrongStoreKey,
)

log = logging.getLogger(__name__)

STORE_FILE_NAME = "station.wdb"
META_FILE_NAME = "station.json"
LOCK_FILE_NAME = "station.lock"
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
            f"There is no Watchdesk station in {Path(data_dir).resolve()}. "
            "Create one with `watchdesk init --station-id ID --name NAME`."
        )
    try:
        meta = json.loads(path.read_text("utf-8"))
        if meta.get("format") != 1 or not meta.get("station_id") or not meta.get("key_check"):
            raise ValueError("missing fields")
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotAStore(f"{path} is not a Watchdesk station file ({exc}).") from exc
    return meta


class Store:
    """An open store. Use `Store.create()` or `Store.open()`, and `close()` when done."""

    def __init__(self, data_dir: Path, conn: TranslatingConnection, meta: dict, key: bytes, lock_fd: int) -> None:
        self.data_dir = Path(data_dir)
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.station_id: str = meta["station_id"]
        self._key = key
        self._lock_fd = lock_fd
        self.audit = AuditLog(conn, self.data_dir / HEAD_FILE_NAME)
        self._head_signer = None
        # Set once the integrity check of this open has passed; writes wait for it.
        self.integrity_checked = threading.Event()
        self.integrity_problem: str | None = None
        self._check_thread: threading.Thread | None = None
        self._check_conn = None
        self._closing = False

    # ---- lifecycle -------------------------------------------------------

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
            raise StoreExists(f"{data_dir.resolve()} already holds a station; choose another --data-dir.")
        lock_fd = _lock(data_dir, exclusive=True)
        conn = None
        try:
            conn = connect_encrypted(data_dir / STORE_FILE_NAME, key)
            _apply_pragmas(conn)
            schema.ensure_current(conn, fresh=True)
            conn.execute(
                "INSERT INTO station (id, station_id, name, created_at) VALUES (1, ?, ?, ?)",
                (station_id, name, utc_stamp()),
            )
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
        store.integrity_checked.set()  # a new, empty store has nothing to check
        return store

    @classmethod
    def open(cls, data_dir: Path, key_source: KeySource, *, check: str = "now") -> "Store":
        data_dir = Path(data_dir)
        meta = read_meta(data_dir)
        key_source.check_available()
        key = key_source.load(meta["station_id"], data_dir)
        return cls.open_with_key(data_dir, key, meta, check=check)

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
                f"The key in the keyring does not open the store of station {meta['station_id']} in "
                f"{data_dir.resolve()}. If the keyring entry was replaced, run `watchdesk recover` "
                "with the station's recovery sheet."
            )
        path = data_dir / STORE_FILE_NAME
        if not path.exists():
            raise NoStore(f"The store file {path} is missing. Restore it with `watchdesk restore BACKUP`.")
        lock_fd = _lock(data_dir, exclusive=False)
        try:
            conn = _open_checked(path, key, quick_check=(check == "now"))
        except BaseException:
            os.close(lock_fd)
            raise
        store = cls(data_dir, conn, meta, key, lock_fd)
        if check == "background":
            store._check_thread = threading.Thread(
                target=store._background_check, name="store-integrity-check", daemon=True
            )
            store._check_thread.start()
        else:
            store.integrity_checked.set()
        return store

    def _background_check(self) -> None:
        try:
            conn = connect_encrypted(self.path, self._key)
            self._check_conn = conn
            try:
                result = _quick_check(conn)
            finally:
                self._check_conn = None
                conn.close()
        except sqlite3.Error as exc:
            result = str(exc)
        if self._closing:
            return  # interrupted by close(): no verdict
        log.info("store %s quick_check: %s", self.path.name, result)
        if result != "ok":
            self.integrity_problem = (
                f"The store {self.path} is damaged ({result}). Nothing more is written to it; close the console "
                "and restore the last backup with `watchdesk restore BACKUP`."
            )
        self.integrity_checked.set()

    def wait_for_integrity(self, timeout: float | None = None) -> None:
        """Block until the open's integrity check is done; StoreDamaged if it failed."""
        if not self.integrity_checked.wait(timeout):
            raise StoreError("The store's integrity check is still running; try again in a moment.")
        origin = getattr(self, "_share_problem", self)
        if origin.integrity_problem:
            raise StoreDamaged(origin.integrity_problem)

    def clone(self) -> "Store":
        """A second connection to the same store, for a worker thread.

        A connection must not be shared between a thread that writes and one
        that reads: each thread gets its own, and WAL lets them run side by side.
        """
        meta = {"station_id": self.station_id, "key_check": key_check(self._key)}
        twin = Store.open_with_key(self.data_dir, self._key, meta, check="none")
        # The twin shares this open's integrity check rather than running its own.
        twin.integrity_checked = self.integrity_checked
        twin._share_problem = self
        twin.set_head_signer(self._head_signer)
        return twin

    def close(self) -> None:
        # Stop a running integrity check first: a thread left inside SQLite while the
        # interpreter shuts down can crash the process on its way out.
        self._closing = True
        check_conn = self._check_conn
        if check_conn is not None:
            check_conn.interrupt()
        if self._check_thread is not None:
            self._check_thread.join(10)
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            os.close(self._lock_fd)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # ---- writing -----------------------------------------------------------

    def set_head_signer(self, signing_key) -> None:
        """The Ed25519 key that signs the audit head file after each write."""
        self._head_signer = signing_key

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """A write transaction (BEGIN IMMEDIATE): all of it lands, or none of it."""
        self.wait_for_integrity()
        before = self.audit.head()[0]
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if self._head_signer is not None and self.audit.head()[0] != before:
            try:
                self.audit.write_head_file(self._head_signer)
            except OSError as exc:
                # The change is committed: raising now would tell the officer that an action failed
                # which happened (and a release would be made twice). The head file stays behind the
                # chain, as after a crash, which verify accepts; the next write brings it up to date.
                log.error("could not update %s after a committed change: %s", HEAD_FILE_NAME, exc)

    def record(self, officer: str, action: str, details: dict | None = None, at: datetime | None = None) -> int:
        """Append one audit entry in its own transaction."""
        with self.transaction():
            return self.audit.append(at or datetime.now(timezone.utc), officer, action, details)

    # ---- station -----------------------------------------------------------

    def station_row(self) -> dict:
        return next(self.db.query("SELECT station_id, name, created_at, settings_json FROM station WHERE id = 1"))

    def settings(self) -> dict:
        return json.loads(self.station_row()["settings_json"])

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
                # Through the wrapper, so a full disk arrives as sqlite3.Error like every other failure.
                self.conn.backup(target.raw)
                target.execute("PRAGMA journal_mode = DELETE")
                result = target.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise StoreDamaged(f"the backup copy failed its check: {result}")
            finally:
                target.close()
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, dest)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"The backup to {dest} failed: {exc}") from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def check_backup(path: Path, key: bytes, station_id: str) -> int:
    """Open a backup file read-only and check it belongs to this station. Returns its version."""
    conn = _open_checked(Path(path), key, what="backup")
    try:
        row = conn.execute("SELECT station_id FROM station WHERE id = 1").fetchone()
        if row is None or row[0] != station_id:
            raise NotAStore(f"{path} is a backup of station {row[0] if row else '?'}, not of {station_id}.")
        result = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check").fetchall())
        if result != "ok":
            raise StoreDamaged(f"{path} failed its integrity check: {result}")
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def restore(data_dir: Path, backup: Path, key_source: KeySource) -> Path:
    """Replace the store with a checked backup. Returns where the previous store was kept.

    Needs the data dir to itself: the console must be closed.
    """
    data_dir = Path(data_dir)
    meta = read_meta(data_dir)
    key = key_source.load(meta["station_id"], data_dir)
    if not hmac.compare_digest(key_check(key), meta["key_check"]):
        raise WrongStoreKey("The key in the keyring does not belong to this station; run `watchdesk recover` first.")
    check_backup(backup, key, meta["station_id"])
    lock_fd = _lock(data_dir, exclusive=True, wait=False)
    try:
        current = data_dir / STORE_FILE_NAME
        kept = data_dir / f"{STORE_FILE_NAME}.before-restore-{utc_stamp().replace(':', '')}"
        staged = data_dir / f".{STORE_FILE_NAME}.restoring"
        shutil.copyfile(backup, staged)
        with open(staged, "rb") as handle:
            os.fsync(handle.fileno())
        if current.exists():
            os.replace(current, kept)
            for suffix in ("-wal", "-shm"):
                side = current.with_name(current.name + suffix)
                if side.exists():
                    os.replace(side, kept.with_name(kept.name + suffix))
        os.replace(staged, current)
        # The head file describes the replaced log; the restored one starts its own.
        head = data_dir / HEAD_FILE_NAME
        if head.exists():
            os.replace(head, kept.with_name(kept.name + ".audit-head.json"))
        return kept
    finally:
        os.close(lock_fd)


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
            f"The station in {Path(data_dir).resolve()} is in use. Close the console (and any "
            "`watchdesk` command using it) and try again."
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
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _open_checked(path: Path, key: bytes, *, what: str = "store", quick_check: bool = True) -> TranslatingConnection:
    conn = connect_encrypted(path, key)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise NotAStore(
                f"{path} is not a Watchdesk {what} that this station's key opens (it may belong to another "
                "station or be damaged beyond reading)."
            ) from exc
        if app_id != schema.APPLICATION_ID:
            raise NotAStore(f"{path} opens, but it is not a Watchdesk {what}.")
        if what == "store":
            _apply_pragmas(conn)
        result = _quick_check(conn) if quick_check else "ok"
        if quick_check:
            log.info("%s %s quick_check: %s", what, path.name, result)
        if result != "ok":
            raise StoreDamaged(
                f"The {what} {path} is damaged ({result}). It was not used; restore the last backup "
                "with `watchdesk restore BACKUP`."
            )
        if what == "store":
            schema.ensure_current(conn, fresh=False)
    except BaseException:
        conn.close()
        raise
    return conn
