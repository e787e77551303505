"""Tampering with a 1,000-entry audit log, made underneath the console with the store key in hand:
every edit, deletion, insertion, swap and truncation is found, at the entry where it was made."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from console.storage.audit import HEAD_FILE_NAME, entry_hash
from tests.reliability.conftest import StationCopy, new_station
from tests.exchange.conftest import Clock

ENTRIES = 1000
CHECKPOINTS = (250, 500, 750)
POSITIONS = (0, 1, 249, 250, 500, 777, 998, 999)


@pytest.fixture(scope="module")
def audited_template(tmp_path_factory) -> tuple[StationCopy, dict[int, bytes]]:
    """A station whose log has exactly ENTRIES entries, signed checkpoints at CHECKPOINTS, and the
    head file as it was at each checkpoint (for rolling it back)."""
    root = tmp_path_factory.mktemp("audited")
    clock = Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))
    station, keys = new_station(root / "NRRC-AUDIT", "NRRC-AUDIT", "Audit Test", clock)
    store = station.store
    heads: dict[int, bytes] = {}
    officers = ("alice", "bob", "carol")
    while store.audit.head()[0] < ENTRIES:
        count = store.audit.head()[0]
        step = min([50] + [boundary - count for boundary in (*CHECKPOINTS, ENTRIES) if boundary > count])
        with store.transaction():
            for n in range(count, count + step):
                at = clock.now + timedelta(seconds=n)
                store.audit.append(at, officers[n % 3], "acknowledge", {"n": n, "message_id": f"m-{n:04d}"})
            if count + step in CHECKPOINTS:
                store.audit.write_checkpoint(clock.now, station.current_keys.signing_key)
        if count + step in CHECKPOINTS:
            heads[count + step] = (station.data_dir / HEAD_FILE_NAME).read_bytes()
    assert store.audit.head()[0] == ENTRIES
    key = next(iter(keys.keys.values()))
    station.close()
    return StationCopy(root / "NRRC-AUDIT", "NRRC-AUDIT", key), heads


@pytest.fixture
def audited(audited_template, tmp_path) -> StationCopy:
    template, _heads = audited_template
    shutil.copytree(template.data_dir, tmp_path / "station")
    return StationCopy(tmp_path / "station", template.station_id, template.key)


def tamper(copy: StationCopy, *statements: tuple[str, tuple]) -> None:
    station = copy.inspect()
    try:
        for sql, params in statements:
            station.store.conn.execute(sql, params)
    finally:
        station.close()


def verify(copy: StationCopy):
    station = copy.inspect()
    try:
        return station.verify_audit()
    finally:
        station.close()


def entry(copy: StationCopy, idx: int) -> tuple:
    station = copy.inspect()
    try:
        return station.store.conn.execute(
            "SELECT idx, at, officer, action, details_json, prev_hash, hash FROM audit_log WHERE idx = ?", [idx]
        ).fetchone()
    finally:
        station.close()


def test_the_untouched_log_verifies(audited):
    result = verify(audited)
    assert result.ok and result.entries == ENTRIES and result.checkpoints == 1 + len(CHECKPOINTS)


EDITS = {
    "officer": "UPDATE audit_log SET officer = 'mallory' WHERE idx = ?",
    "action": "UPDATE audit_log SET action = 'nothing happened' WHERE idx = ?",
    "details": """UPDATE audit_log SET details_json = '{"n":-1}' WHERE idx = ?""",
    "time": "UPDATE audit_log SET at = '1999-01-01T00:00:00Z' WHERE idx = ?",
    "stored hash": "UPDATE audit_log SET hash = substr(hash, 2) || '0' WHERE idx = ?",
}


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("field", list(EDITS))
def test_an_edit_is_named_at_its_entry(audited, field, position):
    tamper(audited, (EDITS[field], (position,)))
    result = verify(audited)
    assert not result.ok and result.first_bad_index == position, result.describe()
    assert "changed" in result.problem


@pytest.mark.parametrize("position", POSITIONS)
def test_an_edit_with_its_hash_recomputed_is_named_at_the_entry_after_or_at_the_signed_head(audited, position):
    idx, at, _officer, action, details, prev, _digest = entry(audited, position)
    forged = entry_hash(prev, idx, at, "mallory", action, details)
    tamper(audited, ("UPDATE audit_log SET officer = 'mallory', hash = ? WHERE idx = ?", (forged, position)))
    result = verify(audited)
    if position < ENTRIES - 1:
        # The next entry no longer follows from it.
        assert result.first_bad_index == position + 1 and "does not follow" in result.problem, result.describe()
    else:
        # The last entry has no successor: the signed head hash no longer matches it.
        assert result.first_bad_index == position and "head" in result.problem, result.describe()


@pytest.mark.parametrize("position", [p for p in POSITIONS if p < ENTRIES - 1])
def test_a_deleted_entry_is_named(audited, position):
    tamper(audited, ("DELETE FROM audit_log WHERE idx = ?", (position,)))
    result = verify(audited)
    assert not result.ok and result.first_bad_index == position and "missing" in result.problem, result.describe()


@pytest.mark.parametrize("position", [p for p in POSITIONS if p < ENTRIES - 1])
def test_an_inserted_entry_is_named_where_the_chain_breaks(audited, position):
    prev = entry(audited, position - 1)[6] if position else "0" * 64
    forged = entry_hash(prev, position, "2026-11-28T12:00:00Z", "mallory", "release", "{}")
    tamper(
        audited,
        ("UPDATE audit_log SET idx = idx + 1000000 WHERE idx >= ?", (position,)),
        ("UPDATE audit_log SET idx = idx - 1000000 + 1 WHERE idx >= 1000000", ()),
        ("INSERT INTO audit_log VALUES (?, '2026-11-28T12:00:00Z', 'mallory', 'release', '{}', ?, ?)",
         (position, prev, forged)),
    )
    result = verify(audited)
    # The forged entry itself is well formed; the original entry after it no longer follows.
    assert not result.ok and result.first_bad_index == position + 1, result.describe()


@pytest.mark.parametrize("position", [p for p in POSITIONS if p < ENTRIES - 1])
def test_swapped_entries_are_named(audited, position):
    tamper(
        audited,
        ("UPDATE audit_log SET idx = -1 WHERE idx = ?", (position,)),
        ("UPDATE audit_log SET idx = ? WHERE idx = ?", (position, position + 1)),
        ("UPDATE audit_log SET idx = ? WHERE idx = -1", (position + 1,)),
    )
    result = verify(audited)
    assert not result.ok and result.first_bad_index == position, result.describe()


@pytest.mark.parametrize("keep", [1, 250, 251, 600, 999])
def test_a_truncated_tail_is_named(audited, keep):
    tamper(audited, ("DELETE FROM audit_log WHERE idx >= ?", (keep,)))
    result = verify(audited)
    assert not result.ok and result.first_bad_index == keep and "truncated" in result.problem, result.describe()


@pytest.mark.parametrize("keep", [250, 500, 600])
def test_a_truncation_with_the_head_file_rolled_back_is_caught_by_a_later_checkpoint(audited_template, audited, keep):
    _template, heads = audited_template
    signed_at = max(count for count in heads if count <= keep)
    tamper(audited, ("DELETE FROM audit_log WHERE idx >= ?", (keep,)))
    (audited.data_dir / HEAD_FILE_NAME).write_bytes(heads[signed_at])
    result = verify(audited)
    later_checkpoint = min(count for count in CHECKPOINTS if count > keep)
    assert not result.ok and result.first_bad_index == keep, result.describe()
    assert "truncated" in result.problem and f"{later_checkpoint} entries were signed" in result.problem


def test_a_truncation_with_the_head_file_deleted_is_caught_by_a_checkpoint_or_the_missing_head(audited):
    tamper(audited, ("DELETE FROM audit_log WHERE idx >= 600", ()))
    (audited.data_dir / HEAD_FILE_NAME).unlink()
    result = verify(audited)
    assert not result.ok and result.first_bad_index == 600 and "truncated" in result.problem, result.describe()


def test_a_deleted_head_file_alone_is_reported(audited):
    (audited.data_dir / HEAD_FILE_NAME).unlink()
    result = verify(audited)
    assert not result.ok and "missing" in result.problem


def test_a_head_file_behind_the_chain_is_a_crash_between_commit_and_head_write_not_tampering(audited_template, audited):
    _template, heads = audited_template
    (audited.data_dir / HEAD_FILE_NAME).write_bytes(heads[750])
    assert verify(audited).ok


def test_a_head_file_ahead_of_the_chain_is_never_accepted(audited_template, audited):
    # The log rolled back to a backup of itself while the head file kept counting.
    _template, heads = audited_template
    tamper(
        audited,
        ("DELETE FROM audit_log WHERE idx >= 751", ()),
        ("DELETE FROM audit_checkpoints WHERE entry_count > 750", ()),
    )
    result = verify(audited)
    assert not result.ok and result.first_bad_index == 751 and "truncated" in result.problem, result.describe()


@pytest.mark.parametrize("change", ["count", "hash", "signature", "key"])
def test_a_forged_head_file_is_refused(audited, change):
    path: Path = audited.data_dir / HEAD_FILE_NAME
    head = json.loads(path.read_text())
    if change == "count":
        head["entry_count"] -= 10
    elif change == "hash":
        head["head_hash"] = "f" * 64
    elif change == "signature":
        head["signature"] = head["signature"][::-1]
    else:
        head["public_key"] = "A" * 43 + "="
    path.write_text(json.dumps(head))
    result = verify(audited)
    assert not result.ok and "head file" in result.problem, result.describe()


def test_a_forged_checkpoint_is_refused(audited):
    tamper(audited, ("UPDATE audit_checkpoints SET entry_count = entry_count - 1 WHERE entry_count = 500", ()))
    result = verify(audited)
    assert not result.ok and "signature" in result.problem
