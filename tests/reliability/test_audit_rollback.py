"""An insider rolls the audit log back or rewrites it (issue 14, section 5).

An old backup copied over `station.wdb` (no key needed), with or without the old head file, and a
log rewritten and re-signed with the store key in hand: the station opens in an alarm that names
what is missing, reads, refuses every write until a supervisor acknowledges (audited), and
`audit verify` fails. The notices still in `processed/` come back with `exchange reimport`. Paper
anchors: the audit head printed on a watch log is checked against the chain.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from console.exchange.importer import Importer
from console.service.station import Station
from console.storage.audit import HEAD_FILE_NAME, entry_hash
from console.storage.errors import StoreError
from console.storage.keysource import EphemeralKeySource
from console.storage.operators import OperatorBook
from tests.exchange.conftest import Clock, introduce
from tests.reliability.conftest import RECEIVER_ID, SENDER_ID, StationCopy, new_station, sealed_notice

SUPERVISOR, SUPERVISOR_PIN = "sam", "48151623"


@dataclass
class RolledBack:
    data_dir: Path
    keys: EphemeralKeySource  # the keyring: it holds the store key and the copy of the signed head
    clock: Clock
    backup: Path
    head_at_backup: bytes
    entries_before: int  # what the log held before the attack
    files: list[str]  # every notice file received, all in processed/

    def open(self) -> Station:
        return Station.open(self.data_dir, self.keys, clock=self.clock)

    @property
    def processed(self) -> Path:
        return self.data_dir / "exchange" / SENDER_ID / "processed"


def import_files(station: Station, sender: Station, clock: Clock, first: int, last: int) -> list[str]:
    inbox = station.data_dir / "exchange" / SENDER_ID / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    names = []
    for sequence in range(first, last + 1):
        clock.advance(seconds=30)
        name, data = sealed_notice(sender, RECEIVER_ID, sequence, clock, f"notice {sequence}")
        (inbox / name).write_bytes(data)
        names.append(name)
    reports = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir).import_all()
    assert sum(r.count("accepted") for r in reports) == len(names)
    return names


@pytest.fixture
def rolled_back(tmp_path) -> RolledBack:
    """NRRC-RU received 3 notices, was backed up, received 3 more; then the backup was copied over
    its store file (the WAL removed with it, as a careful insider would)."""
    clock = Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))
    sender, _ = new_station(tmp_path / SENDER_ID, SENDER_ID, "US NRRC", clock)
    receiver, keys = new_station(tmp_path / RECEIVER_ID, RECEIVER_ID, "RU NRRC", clock)
    introduce(sender, receiver)
    OperatorBook(receiver.store).add(SUPERVISOR, "supervisor", SUPERVISOR_PIN, "admin", clock())
    files = import_files(receiver, sender, clock, 1, 3)
    backup = tmp_path / "monday.wdb"
    receiver.store.backup(backup)
    head_at_backup = (receiver.data_dir / HEAD_FILE_NAME).read_bytes()
    files += import_files(receiver, sender, clock, 4, 6)
    entries_before = receiver.store.audit.head()[0]
    receiver.close()
    sender.close()
    data_dir = tmp_path / RECEIVER_ID
    shutil.copyfile(backup, data_dir / "station.wdb")
    for side in ("-wal", "-shm"):
        (data_dir / f"station.wdb{side}").unlink(missing_ok=True)
    return RolledBack(data_dir, keys, clock, backup, head_at_backup, entries_before, files)


def stored_notices(station: Station) -> int:
    return station.store.conn.execute("SELECT count(*) FROM notices WHERE direction = 'in'").fetchone()[0]


def test_an_old_backup_put_in_place_opens_read_only_and_names_what_is_missing(rolled_back):
    station = rolled_back.open()
    try:
        restored = station.store.audit.head()[0]
        assert restored < rolled_back.entries_before
        # Reading works: the three notices of the backup are there.
        assert stored_notices(station) == 3
        # An ordinary write is refused, in words that name what is missing.
        with pytest.raises(StoreError) as refused:
            station.store.record("alice", "note", {"text": "an ordinary write"})
        assert f"signed head: {rolled_back.entries_before} entries; store: {restored}" in str(refused.value)
        assert "supervisor" in str(refused.value)
        result = station.verify_audit()
        assert not result.ok, result.describe()
        assert station.store.audit.head()[0] == restored, "something was written"
    finally:
        station.close()


def test_the_old_head_file_put_back_too_is_caught_by_the_copy_in_the_keyring(rolled_back):
    (rolled_back.data_dir / HEAD_FILE_NAME).write_bytes(rolled_back.head_at_backup)
    station = rolled_back.open()
    try:
        restored = station.store.audit.head()[0]
        with pytest.raises(StoreError) as refused:
            station.store.record("alice", "note", {})
        assert f"keyring's copy of the signed head: {rolled_back.entries_before} entries; store: {restored}" in str(
            refused.value
        )
        result = station.verify_audit()
        assert not result.ok and "keyring" in result.problem, result.describe()
    finally:
        station.close()


def rewrite_and_re_sign(copy: StationCopy, position: int) -> None:
    """What an insider holding the store key can do: change entry `position`, recompute every hash
    after it, drop the checkpoints and sign the new head with the station key the store holds."""
    forger = copy.inspect()
    try:
        conn = forger.store.conn
        rows = conn.execute("SELECT idx, at, officer, action, details_json FROM audit_log ORDER BY idx").fetchall()
        prev = "0" * 64
        for idx, at, officer, action, details in rows:
            officer = "mallory" if idx == position else officer
            digest = entry_hash(prev, idx, at, officer, action, details)
            conn.execute("UPDATE audit_log SET officer = ?, prev_hash = ?, hash = ? WHERE idx = ?",
                         [officer, prev, digest, idx])
            prev = digest
        conn.execute("DELETE FROM audit_checkpoints")
        forger.store.audit.write_head_file(forger.current_keys.signing_key)
    finally:
        forger.close()


def signed_station(tmp_path: Path, entries: int) -> tuple[Station, EphemeralKeySource, Clock]:
    clock = Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))
    station, keys = new_station(tmp_path / "NRRC-RW", "NRRC-RW", "Rewrite", clock)
    for n in range(entries):
        station.store.record("alice", "release", {"n": n})
    return station, keys, clock


def test_a_log_rewritten_and_re_signed_with_the_store_key_is_caught(tmp_path):
    station, keys, clock = signed_station(tmp_path, 8)
    station.close()
    copy = StationCopy(tmp_path / "NRRC-RW", "NRRC-RW", next(iter(keys.keys.values())))
    rewrite_and_re_sign(copy, 3)
    station = Station.open(tmp_path / "NRRC-RW", keys, clock=clock)
    try:
        with pytest.raises(StoreError, match="rewritten"):
            station.store.record("mallory", "note", {})
        assert not station.verify_audit().ok
    finally:
        station.close()


def test_a_supervisor_acknowledges_and_reimport_brings_back_what_processed_holds(rolled_back):
    from console.service.reimport import reimport_processed

    station = rolled_back.open()
    try:
        restored = station.store.audit.head()[0]
        # A wrong PIN acknowledges nothing; the alarm stays.
        with station.store.acknowledging():
            assert OperatorBook(station.store).authenticate(SUPERVISOR, "00000000") is None
        with pytest.raises(StoreError):
            station.store.record("alice", "note", {})
        with station.store.acknowledging():
            assert OperatorBook(station.store).authenticate(SUPERVISOR, SUPERVISOR_PIN) is not None
        missing = station.acknowledge_head_alarm(SUPERVISOR)
        assert missing == rolled_back.entries_before - restored
        entry = json.loads(station.store.conn.execute(
            "SELECT details_json FROM audit_log WHERE action = 'audit_alarm_acknowledged'").fetchone()[0])
        assert entry["missing_entries"] == missing and f"store: {restored}" in entry["problem"]
        station.store.record("alice", "note", {"text": "writing resumes"})
        assert station.verify_audit().ok

        results = reimport_processed(station)
        assert [(r.counterpart, r.candidates, r.report.count("accepted")) for r in results if r.report] == [
            (SENDER_ID, 3, 3)
        ]
        assert stored_notices(station) == 6
        assert sorted(p.name for p in rolled_back.processed.iterdir()) == sorted(rolled_back.files)
        assert not any((rolled_back.data_dir / "exchange" / SENDER_ID / "reimport").iterdir())
        # A second run finds nothing to do and counts nothing twice.
        again = reimport_processed(station)
        assert all(r.report is None for r in again) and stored_notices(station) == 6
        result = station.verify_audit()
        assert result.ok, result.describe()
    finally:
        station.close()
    # The next open is clean: no alarm, writes go through.
    station = rolled_back.open()
    try:
        assert station.store.head_alarm is None
        station.store.record("alice", "note", {})
    finally:
        station.close()


def test_a_paper_anchor_catches_a_rewrite_that_re_signed_everything(tmp_path):
    from console.cli.common import CommandFailed
    from console.cli.store_commands import parse_anchor
    from console.printing.from_store import watch_log_for
    from console.printing.app import ensure_gui_application
    from console.printing.watch_log import render_watch_log_pdf

    app = ensure_gui_application()  # noqa: F841 - the page is laid out with Qt
    station, keys, clock = signed_station(tmp_path, 4)
    pdf = tmp_path / "log.pdf"
    render_watch_log_pdf(watch_log_for(station, "alice", day=clock().date()), pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # Read off the paper as an officer would: "Audit head COUNT:HASH · signature FINGERPRINT".
    line = next(line for line in text.splitlines() if line.startswith("Audit head "))
    anchor = parse_anchor(line.split()[2])
    assert anchor[0] == station.store.audit.head()[0]
    assert station.verify_audit(anchor).ok
    station.store.record("bob", "release", {"n": 4})
    assert station.verify_audit(anchor).ok, "a log that grew since the paper still holds its anchor"
    station.close()
    # An insider with the store key and the keyring: every signature on disk and the keyring's copy
    # are made anew. Only the paper knows.
    copy = StationCopy(tmp_path / "NRRC-RW", "NRRC-RW", next(iter(keys.keys.values())))
    rewrite_and_re_sign(copy, 1)
    keys.heads.clear()
    station = Station.open(tmp_path / "NRRC-RW", keys, clock=clock)
    try:
        assert station.verify_audit().ok, "the rewrite was not complete"
        against_paper = station.verify_audit(anchor)
        assert not against_paper.ok and "paper anchor" in against_paper.problem and "rewritten" in against_paper.problem
    finally:
        station.close()
    with pytest.raises(CommandFailed, match="not an audit anchor"):
        parse_anchor("twelve")


@pytest.mark.keyring
def test_through_the_real_keyring_and_command_line_a_rolled_back_store_refuses_writes(
    real_keyring, tmp_path, capsys
):
    """The same attack on a station made by `watchdesk init`, its key and head copy in the real
    Secret Service: `audit verify` exits non-zero, a write ends in one sentence, nothing is written."""
    import time

    from console.cli.main import main as watchdesk
    from console.storage import keyring_access
    from console.storage.keysource import KeyringKeySource

    data_dir = tmp_path / "station"
    run = ["--data-dir", str(data_dir)]
    assert watchdesk([*run, "init", "--station-id", "NRRC-KR", "--name", "Keyring",
                      "--recovery-sheet", str(tmp_path / "sheet.txt")]) == 0
    assert watchdesk([*run, "backup", str(tmp_path / "old.wdb")]) == 0
    started = time.perf_counter()
    for _ in range(3):
        assert watchdesk([*run, "audit", "checkpoint"]) == 0
    per_command = (time.perf_counter() - started) / 3
    kept = json.loads(real_keyring.get_password("watchdesk", keyring_access.head_entry_name("NRRC-KR", data_dir)))
    station = Station.open(data_dir, KeyringKeySource())
    signed = station.store.audit.head()[0]
    station.close()
    assert kept["entry_count"] == signed, "the keyring's copy of the head is not up to date"
    print(f"audit checkpoint with the head copy in the Secret Service: {per_command * 1000:.0f} ms a command")

    shutil.copyfile(tmp_path / "old.wdb", data_dir / "station.wdb")
    for side in ("-wal", "-shm"):
        (data_dir / f"station.wdb{side}").unlink(missing_ok=True)
    capsys.readouterr()
    assert watchdesk([*run, "audit", "verify"]) == 3
    out = capsys.readouterr().out
    assert f"signed head: {signed} entries; store:" in out or f"{signed} entries were signed" in out, out
    assert watchdesk([*run, "audit", "checkpoint"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nothing is written until a supervisor acknowledges" in err[0], err


def test_no_false_alarm_for_two_connections_writing_in_turn_across_a_key_rotation(tmp_path):
    """The console's window and its inbox watcher write through two connections; the head file is
    signed by whichever committed last, with the key each holds. None of that is a rollback."""
    station, keys, clock = signed_station(tmp_path, 2)
    watcher = station.store.clone()
    try:
        for n in range(5):
            station.store.record("alice", "note", {"n": n})
            watcher.record("system", "import", {"n": n})
        station.rotate_keys("alice")
        for n in range(5, 8):
            watcher.record("system", "import", {"n": n})
            station.store.record("alice", "note", {"n": n})
        assert station.store.head_alarm is None and station.verify_audit().ok
    finally:
        watcher.close()
        station.close()
    reopened = Station.open(tmp_path / "NRRC-RW", keys, clock=clock)
    try:
        assert reopened.store.head_alarm is None
        reopened.store.record("alice", "note", {})
    finally:
        reopened.close()


def test_no_false_alarm_when_another_process_rotated_the_keys(tmp_path):
    """A command opened before the console rotated the station's keys still writes: the head file
    signed with the new key is checked against the keys the store now holds."""
    station, keys, clock = signed_station(tmp_path, 2)
    other = Station.open(tmp_path / "NRRC-RW", keys, clock=clock)  # e.g. a `watchdesk exchange import`
    try:
        station.rotate_keys("alice")
        station.store.record("alice", "note", {})
        other.store.record("system", "import", {})
        assert other.store.head_alarm is None and other.verify_audit().ok
    finally:
        other.close()
        station.close()


def test_the_command_line_way_back_verify_acknowledge_reimport(rolled_back):
    """`audit verify` fails, `audit acknowledge` takes the supervisor's PIN from standard input (a
    wrong one acknowledges nothing), `exchange reimport` brings the notices back, `audit verify` passes."""
    import os
    import sys

    from tests.reliability.conftest import REPO_ROOT

    key = next(iter(rolled_back.keys.keys.values()))

    def watchdesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        env = dict(os.environ, WATCHDESK_RELIABILITY_STORE_KEY=key.hex(), WATCHDESK_CRASH_AT="0")
        return subprocess.run(
            [sys.executable, "-m", "tests.reliability.cli_child", "--data-dir", str(rolled_back.data_dir), *args],
            cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120, input=stdin,
        )

    def said(proc: subprocess.CompletedProcess) -> list[str]:
        return [line for line in proc.stderr.splitlines() if line and not line.startswith("changes ")]

    verify = watchdesk("audit", "verify")
    assert verify.returncode == 3 and "10 entries were signed, 7 remain" in verify.stdout, verify.stdout
    refused = watchdesk("audit", "checkpoint")
    assert refused.returncode == 1 and len(said(refused)) == 1, refused.stderr
    assert "nothing is written until a supervisor acknowledges" in said(refused)[0]
    wrong = watchdesk("audit", "acknowledge", "--supervisor", SUPERVISOR, stdin="00000000\n")
    assert wrong.returncode == 1 and said(wrong)[-1].startswith("watchdesk: Wrong PIN"), wrong.stderr
    right = watchdesk("audit", "acknowledge", "--supervisor", SUPERVISOR, stdin=SUPERVISOR_PIN + "\n")
    assert right.returncode == 0 and "3 audit entries are missing" in right.stdout, right.stdout + right.stderr
    from console.exchange.importer import station_import_lock

    with station_import_lock(rolled_back.data_dir, 0):  # the console's watcher importing right now
        busy = watchdesk("exchange", "reimport")
    assert busy.returncode == 0 and "Another import is running" in busy.stdout, busy.stdout + busy.stderr
    assert len(list(rolled_back.processed.iterdir())) == 6, "the busy reimport moved files"
    reimport = watchdesk("exchange", "reimport")
    assert reimport.returncode == 0 and f"{SENDER_ID}: 3 file(s) not on record" in reimport.stdout, reimport.stdout
    verify = watchdesk("audit", "verify")
    assert verify.returncode == 0 and "intact" in verify.stdout, verify.stdout
    station = rolled_back.open()
    try:
        assert stored_notices(station) == 6
    finally:
        station.close()
