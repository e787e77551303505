"""`watchdesk restore` killed (SIGKILL) before each of its changes to the file system, in a real child
process (`cli_child.py`); the next start completes or takes back the restore, with no false alarm,
and a completed restore is in the audit log exactly once. Plus what restore and recover refuse."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from console.storage.store import STORE_FILE_NAME
from tests.exchange.conftest import Clock
from tests.reliability.conftest import REPO_ROOT, StationCopy, new_station

STATION_ID = "NRRC-REST"
# Spelled out, not imported: the names the restore leaves while it runs (console/storage/store.py).
RESTORE_STAGED_NAME = ".station.wdb.restoring"
RESTORE_JOURNAL_NAME = "restore-journal.json"


def watchdesk(data_dir: Path, *args: str, key: bytes | None, crash_at: int = 0, stdin: str | None = None,
              timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, WATCHDESK_CRASH_AT=str(crash_at), QT_QPA_PLATFORM="offscreen")
    env.pop("WATCHDESK_RELIABILITY_STORE_KEY", None)
    if key is not None:
        env["WATCHDESK_RELIABILITY_STORE_KEY"] = key.hex()
    return subprocess.run(
        [sys.executable, "-m", "tests.reliability.cli_child", "--data-dir", str(data_dir), *args],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout,
        input=stdin if stdin is not None else "",
    )


def changes_made(proc: subprocess.CompletedProcess) -> int:
    lines = [line for line in proc.stderr.splitlines() if line.startswith("changes ")]
    return int(lines[-1].split()[1])


@dataclass
class Template:
    copy: StationCopy
    backup: Path
    backup_hashes: list[str]
    hashes: list[str]


def chain(copy: StationCopy) -> list[tuple[str, str]]:
    station = copy.inspect()
    try:
        rows = station.store.conn.execute("SELECT action, hash FROM audit_log ORDER BY idx")
        return [(row[0], row[1]) for row in rows]
    finally:
        station.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Template:
    root = tmp_path_factory.mktemp("restore")
    clock = Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))
    station, keys = new_station(root / STATION_ID, STATION_ID, "Restore Test", clock)
    for n in range(5):
        station.store.record("alice", "marker", {"n": n})
    backup = root / "station.backup"
    station.store.backup(backup)
    for n in range(5, 12):
        station.store.record("bob", "marker", {"n": n})
    station.close()
    copy = StationCopy(root / STATION_ID, STATION_ID, next(iter(keys.keys.values())))
    backup_copy = StationCopy(root / "backup-view", STATION_ID, copy.key)
    (root / "backup-view").mkdir()
    shutil.copyfile(backup, root / "backup-view" / STORE_FILE_NAME)
    shutil.copyfile(copy.data_dir / "station.json", root / "backup-view" / "station.json")
    backup_hashes = [h for _a, h in chain(backup_copy)]
    return Template(copy, backup, backup_hashes, [h for _a, h in chain(copy)])


def fresh(template: Template, where: Path) -> StationCopy:
    shutil.copytree(template.copy.data_dir, where)
    return StationCopy(where, STATION_ID, template.copy.key)


def assert_completed_or_taken_back(template: Template, copy: StationCopy) -> str:
    """After the next start: which of the two happened; fails on anything else."""
    assert not (copy.data_dir / RESTORE_STAGED_NAME).exists(), "a half-copied backup was left behind"
    assert not (copy.data_dir / RESTORE_JOURNAL_NAME).exists(), "the restore was not finished"
    station = copy.inspect()
    try:
        assert station.store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        result = station.verify_audit()
        assert result.ok, result.describe()
        alarm = getattr(station.store, "head_alarm", None)
        assert alarm is None, alarm
    finally:
        station.close()
    entries = chain(copy)
    hashes = [h for _a, h in entries]
    restores = [a for a, _h in entries if a == "restore"]
    if restores:
        assert len(restores) == 1, "the restore was recorded more than once"
        assert hashes[: len(template.backup_hashes)] == template.backup_hashes, "the backup's log is not in place"
        kept = sorted(copy.data_dir.glob(f"{STORE_FILE_NAME}.before-restore-*[0-9]Z"))
        assert len(kept) == 1, "the replaced store was not kept"
        return "completed"
    assert hashes[: len(template.hashes)] == template.hashes, "neither the old store nor the backup"
    return "taken back"


def test_a_restore_that_is_not_killed_is_recorded_once_and_verifies(template, tmp_path):
    copy = fresh(template, tmp_path / "station")
    proc = watchdesk(copy.data_dir, "restore", str(template.backup), key=copy.key)
    assert proc.returncode == 0, proc.stderr
    assert "7 recorded since the backup are not in it" in proc.stdout or "not in it" in proc.stdout, proc.stdout
    verified = watchdesk(copy.data_dir, "audit", "verify", key=copy.key)
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stdout + verified.stderr
    assert assert_completed_or_taken_back(template, copy) == "completed"


def test_a_restore_killed_before_each_change_is_completed_or_taken_back_by_the_next_start(template, tmp_path):
    probe = fresh(template, tmp_path / "probe")
    total = changes_made(watchdesk(probe.data_dir, "restore", str(template.backup), key=probe.key))
    assert total >= 6, f"the restore made only {total} changes to the file system"
    outcomes = {}
    for crash_at in range(1, total + 1):
        copy = fresh(template, tmp_path / f"kill-{crash_at}")
        killed = watchdesk(copy.data_dir, "restore", str(template.backup), key=copy.key, crash_at=crash_at)
        assert killed.returncode == -signal.SIGKILL, f"not killed at change {crash_at}: {killed.stderr[-2000:]}"
        # The next start: any command that opens the station. No "damaged", no "missing", no alarm.
        after = watchdesk(copy.data_dir, "audit", "verify", key=copy.key)
        assert after.returncode == 0 and "intact" in after.stdout, (
            f"after a kill at change {crash_at} of {total}: {after.stdout}{after.stderr[-2000:]}"
        )
        outcomes[crash_at] = assert_completed_or_taken_back(template, copy)
    print(f"restore killed at each of its {total} changes: {sorted(outcomes.items())}")
    # Early kills take the restore back; once its journal is written, every later one completes it.
    assert outcomes[total] == "completed"
    assert "taken back" in outcomes.values()
    first_completed = min(n for n, outcome in outcomes.items() if outcome == "completed")
    assert all(outcomes[n] == "completed" for n in range(first_completed, total + 1)), outcomes


@pytest.mark.parametrize("kind", ["fifo", "directory", "device", "socket"])
def test_restore_refuses_a_source_that_is_not_a_file_without_reading_it(template, tmp_path, kind):
    copy = fresh(template, tmp_path / "station")
    source = tmp_path / "source"
    listener = None
    if kind == "fifo":
        os.mkfifo(source)
    elif kind == "directory":
        source.mkdir()
    elif kind == "device":
        source = Path("/dev/zero")
    else:
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(source))
    try:
        before = (copy.data_dir / STORE_FILE_NAME).read_bytes()
        proc = watchdesk(copy.data_dir, "restore", str(source), key=copy.key, timeout=30)
    finally:
        if listener is not None:
            listener.close()
    assert proc.returncode == 1, proc.stderr
    message = [line for line in proc.stderr.splitlines() if not line.startswith("changes ")]
    assert len(message) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "not a backup file" in message[0] and "watchdesk backup" in message[0], message
    assert (copy.data_dir / STORE_FILE_NAME).read_bytes() == before


def test_recover_never_takes_the_code_from_its_arguments(template, tmp_path):
    from console.storage.recovery import key_to_code

    copy = fresh(template, tmp_path / "station")
    code = key_to_code(copy.key)
    refused = watchdesk(copy.data_dir, "recover", "--code", code, key=None)
    assert refused.returncode == 2 and "unrecognized arguments" in refused.stderr, refused.stderr
    # From standard input (a prompt without echo at a terminal), as an officer types it.
    recovered = watchdesk(copy.data_dir, "recover", key=None, stdin=code + "\n")
    assert recovered.returncode == 0, recovered.stderr
    assert f"The store key of station {STATION_ID} is back in the keyring." in recovered.stdout
    typo = watchdesk(copy.data_dir, "recover", key=None, stdin=code.replace(code[0], "Z" if code[0] != "Z" else "Y", 1))
    assert typo.returncode == 1 and "group 1" in typo.stderr and "Traceback" not in typo.stderr, typo.stderr
