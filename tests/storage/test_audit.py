"""`watchdesk audit verify` against every kind of tampering, made underneath it."""

from __future__ import annotations

import json

import pytest

from console.cli.main import main as watchdesk
from console.service.station import Station
from console.storage.keysource import EphemeralKeySource

ENTRIES = 40


@pytest.fixture
def audited(data_dir, memory_keys):
    station, _ = Station.initialise(data_dir, "NRRC-TEST", "Test", memory_keys)
    for n in range(ENTRIES):
        station.store.record(f"officer{n % 3}", "acknowledge", {"n": n})
    total = station.store.audit.head()[0]
    yield station, total
    if station.store.conn is not None:
        station.close()


def verify(station):
    return station.verify_audit()


def test_an_untouched_log_verifies(audited):
    station, total = audited
    result = verify(station)
    assert result.ok and result.entries == total


def test_entries_appended_together_chain_exactly_as_one_by_one(data_dir, tmp_path, memory_keys):
    """The importer appends a batch's entries in one go; the log must read as if appended singly."""
    entries = [("import", {"file": f"f{n}.wdn", "n": n}) for n in range(5)] + [("ack_mismatch", None)]
    logs = []
    for folder, together in ((data_dir, True), (tmp_path / "single", False)):
        station, _ = Station.initialise(folder, "NRRC-TEST", "Test", memory_keys)
        with station.store.transaction():
            if together:
                station.store.audit.append_many("2026-12-01T10:00:00Z", "system", entries)
            else:
                for action, details in entries:
                    station.store.audit.append("2026-12-01T10:00:00Z", "system", action, details)
        assert verify(station).ok
        logs.append(station.store.conn.execute(
            "SELECT idx, action, details_json, prev_hash, hash FROM audit_log WHERE action != 'init' ORDER BY idx"
        ).fetchall())
        station.close()
    assert len(logs[0]) == len(entries)
    assert [row[:3] for row in logs[0]] == [row[:3] for row in logs[1]]
    # Each entry's hash follows from the one before it, in the order given.
    assert all(later[3] == earlier[4] for earlier, later in zip(logs[0], logs[0][1:]))


def test_an_edited_entry_is_named(audited):
    station, _ = audited
    station.store.conn.execute("UPDATE audit_log SET officer = 'mallory' WHERE idx = 17")
    result = verify(station)
    assert not result.ok and result.first_bad_index == 17
    assert "changed" in result.problem


def test_edited_details_are_named(audited):
    station, _ = audited
    station.store.conn.execute("""UPDATE audit_log SET details_json = '{"n":999}' WHERE idx = 9""")
    assert verify(station).first_bad_index == 9


def test_a_deleted_entry_is_named(audited):
    station, _ = audited
    station.store.conn.execute("DELETE FROM audit_log WHERE idx = 23")
    result = verify(station)
    assert result.first_bad_index == 23 and "missing" in result.problem


def test_an_inserted_entry_is_named(audited):
    station, total = audited
    conn = station.store.conn
    # Make room at 12 by shifting everything after it up by one, then insert a forged entry.
    conn.execute("UPDATE audit_log SET idx = idx + 100000 WHERE idx >= 12")
    conn.execute("UPDATE audit_log SET idx = idx - 100000 + 1 WHERE idx >= 100000")
    prev = conn.execute("SELECT hash FROM audit_log WHERE idx = 11").fetchone()[0]
    from console.storage.audit import entry_hash

    forged = entry_hash(prev, 12, "2026-11-28T12:00:00Z", "mallory", "release", "{}")
    conn.execute(
        "INSERT INTO audit_log VALUES (12, '2026-11-28T12:00:00Z', 'mallory', 'release', '{}', ?, ?)", (prev, forged)
    )
    result = verify(station)
    assert not result.ok and result.first_bad_index == 13


def test_swapped_entries_are_named(audited):
    station, _ = audited
    conn = station.store.conn
    conn.execute("UPDATE audit_log SET idx = -1 WHERE idx = 30")
    conn.execute("UPDATE audit_log SET idx = 30 WHERE idx = 31")
    conn.execute("UPDATE audit_log SET idx = 31 WHERE idx = -1")
    assert verify(station).first_bad_index == 30


def test_a_truncated_tail_is_named(audited):
    station, total = audited
    station.store.conn.execute("DELETE FROM audit_log WHERE idx >= ?", (total - 5,))
    result = verify(station)
    assert not result.ok and result.first_bad_index == total - 5
    assert "truncated" in result.problem


def test_a_truncation_with_the_head_file_rolled_back_is_caught_by_a_checkpoint(audited):
    station, total = audited
    station.write_checkpoint("supervisor")
    head_path = station.store.audit.head_path
    signed = json.loads(head_path.read_text())
    station.store.conn.execute("DELETE FROM audit_log WHERE idx >= ?", (total - 2,))
    head_path.unlink()
    result = verify(station)
    assert not result.ok and "truncated" in result.problem
    assert signed["entry_count"] > total - 2


def test_a_forged_checkpoint_is_refused(audited):
    station, _ = audited
    station.write_checkpoint("supervisor")
    station.store.conn.execute("UPDATE audit_checkpoints SET entry_count = entry_count - 1")
    assert "signature" in verify(station).problem


def test_a_daily_checkpoint_is_written_once_per_utc_day(audited):
    from datetime import datetime, timezone

    station, _ = audited
    day = datetime(2030, 1, 2, 0, 5, tzinfo=timezone.utc)
    assert station.ensure_daily_checkpoint(day) is True
    assert station.ensure_daily_checkpoint(day.replace(hour=23)) is False
    assert station.ensure_daily_checkpoint(datetime(2030, 1, 3, 0, 1, tzinfo=timezone.utc)) is True
    assert verify(station).ok


@pytest.mark.keyring
def test_cli_audit_verify_names_the_first_bad_index(real_keyring, data_dir, tmp_path, capsys):
    assert watchdesk(["--data-dir", str(data_dir), "init", "--station-id", "NRRC-US", "--name", "US",
                      "--recovery-sheet", str(tmp_path / "sheet.txt")]) == 0
    assert watchdesk(["--data-dir", str(data_dir), "audit", "checkpoint"]) == 0
    capsys.readouterr()
    assert watchdesk(["--data-dir", str(data_dir), "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out

    from console.storage.keysource import KeyringKeySource

    station = Station.open(data_dir, KeyringKeySource())
    station.store.conn.execute("UPDATE audit_log SET action = 'nothing happened' WHERE idx = 1")
    station.close()
    assert watchdesk(["--data-dir", str(data_dir), "audit", "verify"]) == 3
    assert "damaged at entry 1" in capsys.readouterr().out
