"""A SQLCipher connection that speaks the standard library's sqlite3 exceptions.

sqlite-utils catches `sqlite3.OperationalError` and friends (for example in
`Table.drop(ignore=True)` and `Database.supports_strict`). sqlcipher3 raises its
own, unrelated classes, so those code paths would crash. Wrapping the connection
and translating every exception into the stdlib class of the same name makes
sqlite-utils behave as documented, and lets the rest of Watchdesk catch the
stdlib classes only.

The rest of Watchdesk names those classes through this module (`connection.OperationalError`),
which imports the standard library's sqlite3 at the first use of one, never at start: it loads
the system's libsqlite3 beside SQLCipher's own, 1.1 MiB of every start-up for classes that matter
only once something has failed (or once sqlite-utils, which imports it too, is first used).
"""

from __future__ import annotations

import functools
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3

# The standard library's exception classes, as attributes of this module (see __getattr__).
STDLIB_ERRORS = ("Error", "Warning", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
                 "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError")


@functools.cache
def stdlib_sqlite3() -> ModuleType:
    """The standard library's sqlite3, imported at the first call (cached: an import statement run
    after Qt's goes through PySide's import hook each time)."""
    import sqlite3

    return sqlite3


def __getattr__(name: str) -> Any:
    """connection.OperationalError and the others: the stdlib's class, imported at its first use."""
    if name in STDLIB_ERRORS:
        return getattr(stdlib_sqlite3(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _translations() -> dict[type, type]:
    """Each sqlcipher3 exception class to the stdlib class of the same name."""
    return {getattr(sqlcipher3.dbapi2, name): getattr(stdlib_sqlite3(), name) for name in STDLIB_ERRORS}


def translate(exc: BaseException) -> BaseException:
    translations = _translations()
    for cipher_cls in type(exc).__mro__:
        std_cls = translations.get(cipher_cls)
        if std_cls is not None:
            new = std_cls(*exc.args)
            for attr in ("sqlite_errorcode", "sqlite_errorname"):
                if hasattr(exc, attr):
                    setattr(new, attr, getattr(exc, attr))
            return new
    return exc


def _translating(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except sqlcipher3.dbapi2.Error as exc:
            raise translate(exc) from exc

    return wrapper


class TranslatingCursor:
    """A cursor that raises stdlib exceptions and closes itself when a statement fails.

    Closing at once matters beyond tidiness: sqlcipher3 0.6 drops one reference
    to None too many when a connection is closed while a cursor whose statement
    failed is still open, and Python 3.11 then aborts at exit ("none_dealloc").
    """

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def _guard(self, fn, *args: Any) -> Any:
        try:
            return fn(*args)
        except sqlcipher3.dbapi2.Error as exc:
            self._cursor.close()
            raise translate(exc) from exc

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._cursor, name)
        return _translating(value) if callable(value) else value

    def __iter__(self):
        while True:
            row = self._guard(self._cursor.fetchone)
            if row is None:
                return
            yield row

    def fetchone(self) -> Any:
        return self._guard(self._cursor.fetchone)

    def fetchmany(self, *args: Any) -> Any:
        return self._guard(self._cursor.fetchmany, *args)

    def fetchall(self) -> Any:
        return self._guard(self._cursor.fetchall)

    def execute(self, *args: Any) -> "TranslatingCursor":
        self._guard(self._cursor.execute, *args)
        return self

    def executemany(self, *args: Any) -> "TranslatingCursor":
        self._guard(self._cursor.executemany, *args)
        return self

    def executescript(self, *args: Any) -> "TranslatingCursor":
        self._guard(self._cursor.executescript, *args)
        return self


class TranslatingConnection:
    """Wraps a sqlcipher3 connection; every call raises stdlib sqlite3 exceptions."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    @property
    def raw(self) -> Any:
        return self._conn

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._conn, name)
        return _translating(value) if callable(value) else value

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "_conn":
            object.__setattr__(self, name, value)
        else:
            setattr(self._conn, name, value)

    def cursor(self) -> TranslatingCursor:
        # Not through _translating: wrapping the method anew for every statement cost more than running many.
        try:
            return TranslatingCursor(self._conn.cursor())
        except sqlcipher3.dbapi2.Error as exc:
            raise translate(exc) from exc

    def execute(self, *args: Any) -> TranslatingCursor:
        return self.cursor().execute(*args)

    def executemany(self, *args: Any) -> TranslatingCursor:
        return self.cursor().executemany(*args)

    def executescript(self, *args: Any) -> TranslatingCursor:
        return self.cursor().executescript(*args)

    def __enter__(self) -> "TranslatingConnection":
        self._conn.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> Any:
        return _translating(self._conn.__exit__)(*exc_info)


PAGE_CACHE_KIB = 2048


def connect_encrypted(path: Path, key: bytes, *, cache_kib: int = PAGE_CACHE_KIB) -> TranslatingConnection:
    """Open (or create) the SQLCipher file at `path` with a raw 256-bit key, and a page cache
    of `cache_kib`.

    A raw key skips SQLCipher's passphrase KDF, so opening is instant; the key
    is random, so the KDF would add nothing.
    """
    if len(key) != 32:
        raise ValueError("the store key must be 32 bytes")
    raw = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn = TranslatingConnection(raw)
    # SQLCipher logs decryption failures to stderr; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    # sqlcipher3's build caches 8 MiB a connection; the console keeps three open around the
    # clock, and over a watch their caches fill to a fixed 24 MiB that a desk's store never needs.
    try:
        raw.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    except sqlcipher3.dbapi2.DatabaseError:
        # This pragma reads the header: a foreign or damaged file fails here. Leave the verdict to
        # the caller's first real read, which names what the file is (NotAStore, StoreDamaged).
        pass
    return conn


def set_cache_size(conn, cache_size: int) -> None:
    """SQLite's cache_size for this connection: pages, or KiB when negative."""
    conn.execute(f"PRAGMA cache_size = {int(cache_size)}")


def writes_seen(conn) -> tuple[int, int]:
    """A value that changes whenever the store was written: `PRAGMA data_version` moves when
    another connection commits, `total_changes` when this one writes."""
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes
