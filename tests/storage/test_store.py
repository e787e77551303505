"""Opening, failing closed, durability settings, sqlite-utils over SQLCipher."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from console.service.station import Station
from console.storage import schema
from console.storage.connection import connect_encrypted
from console.storage.errors import (
    NoStore,
    NotAStore,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreTooNew,
    WrongStoreKey,
)
from console.storage.keysource import EphemeralKeySource, KeyringKeySource
from console.storage.store import STORE_FILE_NAME, Store, check_backup, restore
from tests.support.fresh_process import stdout_lines_of_fresh_python


def test_a_new_store_is_encrypted_and_durable(station, data_dir):
    header = (data_dir / STORE_FILE_NAME).read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    conn = station.store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION


def test_plain_sqlite_cannot_read_the_store(station, data_dir):
    station.close()
    plain = sqlite3.connect(data_dir / STORE_FILE_NAME)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_reopen_sees_what_was_written(station, data_dir, memory_keys):
    station.store.record("alice", "draft_saved", {"draft": 1})
    station.close()
    again = Station.open(data_dir, memory_keys)
    assert [r["officer"] for r in again.store.db.query("SELECT officer FROM audit_log WHERE action='draft_saved'")] == [
        "alice"
    ]
    again.close()


def test_creating_over_an_existing_station_is_refused(station, data_dir, memory_keys):
    with pytest.raises(StoreExists, match="already holds a station"):
        Station.initialise(data_dir, "OTHER", "Other", memory_keys)


def test_missing_station_names_the_init_command(tmp_path, memory_keys):
    with pytest.raises(NoStore, match="watchdesk init"):
        Store.open(tmp_path / "empty", memory_keys)


def test_a_wrong_key_gets_its_own_message(station, data_dir, memory_keys):
    station.close()
    wrong = EphemeralKeySource({k: bytes(32) for k in memory_keys.keys})
    with pytest.raises(WrongStoreKey, match="does not open the store"):
        Store.open(data_dir, wrong)


def test_a_foreign_file_is_not_taken_for_a_store(station, data_dir, memory_keys):
    station.close()
    (data_dir / STORE_FILE_NAME).write_bytes(b"this is a spreadsheet, not a store" * 200)
    for side in ("-wal", "-shm"):
        (data_dir / (STORE_FILE_NAME + side)).unlink(missing_ok=True)
    with pytest.raises(NotAStore) as caught:
        Store.open(data_dir, memory_keys)
    assert "file is not a database" not in str(caught.value)
    assert "not a Watchdesk store" in str(caught.value)


def test_a_sqlcipher_file_of_another_application_is_refused(station, data_dir, memory_keys):
    station.close()
    key = next(iter(memory_keys.keys.values()))
    for side in ("", "-wal", "-shm"):
        (data_dir / (STORE_FILE_NAME + side)).unlink(missing_ok=True)
    other = connect_encrypted(data_dir / STORE_FILE_NAME, key)
    other.execute("CREATE TABLE t (x)")
    other.close()
    with pytest.raises(NotAStore, match="not a Watchdesk store"):
        Store.open(data_dir, memory_keys)


def test_a_damaged_store_is_reported_not_used(station, data_dir, memory_keys):
    for n in range(300):
        station.store.record("officer", "filler", {"n": n, "pad": "x" * 200})
    station.close()
    path = data_dir / STORE_FILE_NAME
    data = bytearray(path.read_bytes())
    page = 4096
    # Flip bytes in the middle of a data page: its HMAC no longer matches.
    data[page * 5 + 100 : page * 5 + 110] = bytes(10)
    path.write_bytes(bytes(data))
    with pytest.raises((StoreDamaged, NotAStore)) as caught:
        Store.open(data_dir, memory_keys)
    assert "restore" in str(caught.value) or "damaged" in str(caught.value)


def test_a_newer_major_schema_is_refused(station, data_dir, memory_keys):
    station.store.conn.execute("PRAGMA user_version = 250")
    station.close()
    with pytest.raises(StoreTooNew, match="newer Watchdesk"):
        Store.open(data_dir, memory_keys)


def test_a_newer_minor_schema_of_the_same_major_opens(station, data_dir, memory_keys):
    station.store.conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    station.close()
    Store.open(data_dir, memory_keys).close()


def test_a_failed_transaction_leaves_the_previous_state(station):
    before = station.store.audit.head()
    with pytest.raises(RuntimeError):
        with station.store.transaction():
            station.store.audit.append("2026-11-28T12:00:00Z", "alice", "release", {})
            raise RuntimeError("power cut in the middle")
    assert station.store.audit.head() == before
    assert station.verify_audit().ok


def test_full_text_search_finds_notice_text(station):
    with station.store.transaction() as db:
        db["notices_fts"].insert({"rowid": 7, "text": "Launch from the Barents Sea toward Kura"})
    hits = [r["rowid"] for r in station.store.db.query("SELECT rowid FROM notices_fts WHERE notices_fts MATCH 'barents'")]
    assert hits == [7]


# ---- sqlite-utils calls we rely on, over the SQLCipher connection ------------


def test_sqlite_utils_drop_ignore_works_over_sqlcipher(station):
    station.store.db["nothing_here"].drop(ignore=True)  # catches OperationalError internally
    with pytest.raises(sqlite3.OperationalError):
        station.store.db["nothing_here"].drop()


def test_sqlite_utils_feature_probes_work_over_sqlcipher(station):
    assert station.store.db.supports_strict in (True, False)
    assert station.store.db.supports_on_conflict is True


def test_sqlite_utils_insert_get_and_not_found(station):
    import sqlite_utils

    with station.store.transaction() as db:
        db["templates"].insert(
            {"name": "Exercise", "kind": "general_communication", "content_json": "{}", "created_at": "x"}
        )
    row = station.store.db["templates"].get(1)
    assert row["name"] == "Exercise"
    with pytest.raises(sqlite_utils.db.NotFoundError):
        station.store.db["templates"].get(99)


def test_constraint_violations_raise_the_standard_library_class(station):
    with pytest.raises(sqlite3.IntegrityError):
        with station.store.transaction() as db:
            db["operators"].insert({"name": "a", "role": "captain", "pin_hash": "x", "created_at": "x"})


def test_sqlite_utils_query_runs_inside_our_transactions(station):
    with station.store.transaction() as db:
        rows = list(db.query("SELECT station_id FROM station"))
    assert rows == [{"station_id": "NRRC-TEST"}]


# ---- backup and restore ----------------------------------------------------------


def test_backup_while_in_use_then_restore_keeps_the_previous_store(station, data_dir, tmp_path, memory_keys):
    station.store.record("alice", "before_backup", {})
    backup = tmp_path / "station-backup.wdb"
    station.store.backup(backup)
    station.store.record("alice", "after_backup", {})
    key = next(iter(memory_keys.keys.values()))
    assert check_backup(backup, key, "NRRC-TEST") == schema.CURRENT_VERSION
    station.close()

    kept = restore(data_dir, backup, memory_keys)
    assert kept.exists()
    restored = Station.open(data_dir, memory_keys)
    actions = [r["action"] for r in restored.store.db.query("SELECT action FROM audit_log")]
    assert "before_backup" in actions and "after_backup" not in actions
    restored.close()
    previous = Store.open_with_key(data_dir, key)  # still opens the current one
    previous.close()


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(station, data_dir, tmp_path, memory_keys):
    station.close()
    before = (data_dir / STORE_FILE_NAME).read_bytes()
    bogus = tmp_path / "bogus.wdb"
    bogus.write_bytes(b"\x00" * 8192)
    with pytest.raises(NotAStore):
        restore(data_dir, bogus, memory_keys)
    assert (data_dir / STORE_FILE_NAME).read_bytes() == before


def test_restore_refuses_while_the_console_holds_the_store(station, data_dir, tmp_path, memory_keys):
    backup = tmp_path / "b.wdb"
    station.store.backup(backup)
    from console.storage.errors import StoreError

    with pytest.raises(StoreError, match="in use"):
        restore(data_dir, backup, memory_keys)


def test_station_file_holds_no_key(station, data_dir, memory_keys):
    key = next(iter(memory_keys.keys.values()))
    meta = json.loads((data_dir / "station.json").read_text())
    assert key.hex() not in json.dumps(meta)
    assert set(meta) == {"format", "station_id", "store_file", "key_check"}


def test_background_check_lets_reads_start_and_holds_writes_until_it_passed(station, data_dir, memory_keys):
    station.store.record("alice", "before", {})
    station.close()
    store = Store.open(data_dir, memory_keys, check="background")
    try:
        assert store.db["audit_log"].count >= 2  # reads work at once
        with store.transaction():  # waits for the check, then writes
            store.audit.append("2026-11-28T12:00:00Z", "alice", "after", {})
        assert store.integrity_checked.is_set() and store.integrity_problem is None
    finally:
        store.close()


def test_a_damaged_store_opened_in_the_background_refuses_every_write(station, data_dir, memory_keys):
    for n in range(300):
        station.store.record("officer", "filler", {"n": n, "pad": "x" * 200})
    station.close()
    path = data_dir / STORE_FILE_NAME
    data = bytearray(path.read_bytes())
    data[4096 * 5 + 100 : 4096 * 5 + 110] = bytes(10)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    store = Store.open(data_dir, memory_keys, check="background")
    try:
        with pytest.raises(StoreDamaged, match="Nothing more is written"):
            with store.transaction():
                store.conn.execute("UPDATE station SET name = 'x'")
    finally:
        store.close()
    assert path.read_bytes() == before


def test_closing_stops_a_running_background_check(data_dir, memory_keys):
    from console.service.bulk import fill_history

    station, _ = Station.initialise(data_dir, "NRRC-TEST", "Test", memory_keys)
    fill_history(station, 20_000)
    station.close()
    store = Store.open(data_dir, memory_keys, check="background")
    store.close()  # at once, while quick_check is still reading 20,000 notices
    # Nothing is left running inside SQLite to crash the process on its way out.
    assert store._check_thread is not None and not store._check_thread.is_alive()


def test_a_write_waits_for_the_integrity_check_only_so_long_then_says_why(station, monkeypatch):
    from console.storage import store as store_module

    monkeypatch.setattr(store_module, "INTEGRITY_WRITE_WAIT", 0.2)
    gate = store_module.IntegrityGate()  # a check that has not finished
    station.store.integrity = gate
    worker = station.store.clone()
    try:
        assert worker.integrity is gate  # one gate, shared by reference
        started = time.monotonic()
        with pytest.raises(StoreError, match="integrity check is still running; try again in a moment"):
            station.store.record("alice", "too early", {})
        assert time.monotonic() - started < 5
        gate.passed()
        worker.record("alice", "after the check", {})  # the clone sees the verdict at once
    finally:
        worker.close()


def test_an_integrity_check_interrupted_before_it_starts_never_runs():
    from console.storage.store import IntegrityGate

    class Connection:
        interrupted = False

        def interrupt(self) -> None:
            self.interrupted = True

    gate = IntegrityGate()
    gate.interrupt()  # close() came before the check had its connection
    conn = Connection()
    assert gate.begin(conn) is False
    assert not gate.checked.is_set()
    running = IntegrityGate()
    assert running.begin(conn) is True
    running.interrupt()  # close() while it runs
    assert conn.interrupted and running.interrupted


_OPEN_READ_AND_FAIL = """
import sys
from pathlib import Path
import console.cli.main, console.ui.app  # every module the window's start imports, Qt's included
from console.service.station import Station
from console.storage import connection
from console.storage.keysource import KeyringKeySource

station = Station.open(Path(DATA_DIR), KeyringKeySource(), check="background")
assert station.store.integrity_checked.wait(10) and station.store.integrity_problem is None
station.store.conn.execute("SELECT count(*) FROM notices").fetchone()
print("sqlite3 imported:", "sqlite3" in sys.modules)
try:
    station.store.conn.execute("SELECT * FROM no_such_table")
except connection.OperationalError as exc:
    import sqlite3
    print(type(exc) is sqlite3.OperationalError, "no such table" in str(exc))
station.close()
"""


@pytest.mark.keyring
def test_the_standard_librarys_sqlite3_is_imported_at_the_first_error_with_its_classes(real_keyring, data_dir):
    """It loads the system's libsqlite3 (1.1 MiB of every start) for classes only a failure needs:
    the window's modules imported and a store opened as the console opens it, checked and read
    leave it out; the first error arrives as its class."""
    Station.initialise(data_dir, "NRRC-US", "US NRRC", KeyringKeySource())[0].close()
    script = _OPEN_READ_AND_FAIL.replace("DATA_DIR", repr(str(data_dir)))
    assert stdout_lines_of_fresh_python(script) == ["sqlite3 imported: False", "True True"]
