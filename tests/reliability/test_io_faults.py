"""Disk full and write errors during export, import and backup.

The officer gets a clear error, no partial file appears under a final name, what was there
before is intact (outbox, store, processed/, quarantine/), and the work goes through once the
disk is back. Most tests use a seam: fsync() failing for files under one folder, which is where
a full disk (delayed allocation) or a failing one (EIO) reports itself. One test fills a real,
small tmpfs in a private mount namespace.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from console.cli.common import describe_os_error
from console.service.outgoing import Outgoing
from console.service.events import ImportFailed
from console.service.watcher import InboxWatcher
from console.storage import notices as notice_rows
from console.storage.store import check_backup
from tests.exchange.conftest import Clock, import_inbox, launch_draft
from tests.reliability.conftest import RECEIVER_ID, REPO_ROOT, SENDER_ID, StationCopy, check_import_state, deliver

FAULTS = {"disk full": errno.ENOSPC, "I/O error": errno.EIO}


class FailingDisk:
    """Seam: fsync() of any file or folder under `folder` fails with `error`, until healed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path, error: int) -> None:
        self.folder = Path(folder).resolve()
        self.error = error
        self.failed: list[str] = []
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            target = os.readlink(f"/proc/self/fd/{fd}")
            if self.error and Path(target).is_relative_to(self.folder):
                self.failed.append(target)
                raise OSError(self.error, os.strerror(self.error), target)
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)

    def heal(self) -> None:
        self.error = 0


def final_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@contextmanager
def opened(copy: StationCopy) -> Iterator:
    station = copy.open()
    try:
        yield station
    finally:
        station.close()


@pytest.fixture
def pair(corpus, tmp_path) -> tuple[StationCopy, StationCopy]:
    return corpus.sender(tmp_path / SENDER_ID), corpus.receiver(tmp_path / RECEIVER_ID)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_export_to_a_failing_outbox_keeps_the_notice_released_and_exports_it_later(pair, monkeypatch, fault):
    sender, receiver = pair
    outbox = sender.folders(RECEIVER_ID).outbox
    with opened(sender) as station:
        clock = Clock(station.clock())
        disk = FailingDisk(monkeypatch, outbox, FAULTS[fault])
        result = Outgoing(station).release(launch_draft(RECEIVER_ID, clock), "alice", approver="bob")
        assert not result.exported and os.strerror(FAULTS[fault]) in result.export_error
        assert str(outbox) in result.export_error  # says where
        assert result.notice["state"] == "released"
        assert final_names(outbox) == [], "a partial or temporary file was left in the outbox"
        assert station.verify_audit().ok
        failed = [row["action"] for row in station.store.db.query("SELECT action FROM audit_log ORDER BY idx")][-2:]
        assert failed == ["release", "export_failed"]

        disk.heal()
        assert Outgoing(station).export_pending("alice") == [(result.notice["message_id"], None)]
        stored = notice_rows.by_id(station.store, result.notice.id)
        assert stored["state"] == "exported"
        assert final_names(outbox) == [stored["sealed_file"]]
        assert (outbox / stored["sealed_file"]).read_bytes() == stored["sealed_blob"]
        sealed_file = stored["sealed_file"]
    # The counterpart takes it as if nothing had happened.
    shutil.copyfile(outbox / sealed_file, receiver.folders().inbox / sealed_file)
    with opened(receiver) as station:
        assert [o.outcome for o in import_inbox(station, SENDER_ID).outcomes] == ["accepted"]


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_failing_audit_head_write_does_not_undo_or_hide_a_committed_release(pair, monkeypatch, fault, caplog):
    """The head file mirrors the log after the commit: failing to write it must not report a done
    release as failed (the officer would release it again)."""
    sender, _receiver = pair
    with opened(sender) as station:
        clock = Clock(station.clock())
        head = station.store.audit.head_path
        # The head file's temp file fails its fsync, before it could replace the head file.
        monkeypatch.setattr(os, "fsync", _fail_for_prefix(os.fsync, head.parent, f".{head.name}.", FAULTS[fault]))
        with caplog.at_level(logging.ERROR):
            result = Outgoing(station).release(launch_draft(RECEIVER_ID, clock), "alice", approver="bob")
        assert result.exported
        assert station.store.db["notices"].count == 1
        assert any(head.name in record.getMessage() for record in caplog.records)
        assert station.verify_audit().ok  # the head file is behind the chain: a crash would leave it so
        monkeypatch.undo()
        station.store.record("alice", "note", {"after": "the disk recovered"})
        signed = json.loads(head.read_text())
        assert signed["entry_count"] == station.store.audit.head()[0]
        assert station.verify_audit().ok


def _fail_for_prefix(real_fsync, folder: Path, prefix: str, error: int):
    def fsync(fd: int) -> None:
        target = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if target.parent == folder.resolve() and target.name.startswith(prefix):
            raise OSError(error, os.strerror(error), str(target))
        real_fsync(fd)

    return fsync


@pytest.mark.parametrize("fault", list(FAULTS))
def test_import_onto_a_failing_disk_stops_with_the_cause_and_finishes_once_it_is_back(corpus, pair, monkeypatch,
                                                                                       fault):
    _sender, receiver = pair
    folders = receiver.folders()
    valid = deliver(corpus.files[:5], folders.inbox)
    broken_name = corpus.files[5].name
    (folders.inbox / broken_name).write_bytes(b"not a sealed notice\n")
    rejected = {broken_name: _digest(folders.inbox / broken_name)}
    with opened(receiver) as station:
        # processed/ and quarantine/ are on the failing disk; the store is not.
        disk_processed = FailingDisk(monkeypatch, folders.processed, FAULTS[fault])
        with pytest.raises(OSError) as failed:
            import_inbox(station, SENDER_ID)
        assert failed.value.errno == FAULTS[fault]
        disk_processed.heal()
        state = check_import_state(receiver, valid, rejected)
        assert state.stored == len(valid)  # committed before the folder sync failed; nothing twice
        report = import_inbox(station, SENDER_ID)
        assert {o.outcome for o in report.outcomes} <= {"duplicate", "quarantined"}
    state = check_import_state(receiver, valid, rejected)
    assert (state.stored, state.in_inbox, state.in_processed) == (len(valid), 0, len(valid))
    assert (folders.quarantine / f"{broken_name}.reason.txt").read_text().startswith("code: not_jwe")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_reason_file_that_cannot_be_written_is_written_on_the_next_run(corpus, pair, monkeypatch, fault):
    _sender, receiver = pair
    folders = receiver.folders()
    valid = deliver(corpus.files[:2], folders.inbox)
    broken_name = "broken.wdn"
    (folders.inbox / broken_name).write_bytes(b"junk\n")
    with opened(receiver) as station:
        disk = FailingDisk(monkeypatch, folders.quarantine, FAULTS[fault])
        with pytest.raises(OSError):
            import_inbox(station, SENDER_ID)
        assert not (folders.quarantine / f"{broken_name}.reason.txt").exists()
        disk.heal()
        import_inbox(station, SENDER_ID)
    assert final_names(folders.quarantine) == [broken_name, f"{broken_name}.reason.txt"]
    assert (folders.quarantine / f"{broken_name}.reason.txt").read_text().startswith("code: bad_file_name")
    state = check_import_state(receiver, valid, {broken_name: _digest(folders.quarantine / broken_name)})
    assert state.stored == len(valid) and state.in_inbox == 0


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_backup_to_a_failing_disk_leaves_no_file_and_works_once_it_is_back(pair, tmp_path, monkeypatch, fault):
    _sender, receiver = pair
    media = tmp_path / "media"
    media.mkdir()
    target = media / "station.wdb"
    disk = FailingDisk(monkeypatch, media, FAULTS[fault])
    with opened(receiver) as station:
        with pytest.raises(OSError) as failed:
            station.store.backup(target)
        assert failed.value.errno == FAULTS[fault]
        # What `watchdesk backup` prints: the file, the cause and what to do, in one sentence.
        said = describe_os_error(failed.value)
        assert str(media / ".station.wdb.partial") in said and "\n" not in said
        assert ("disk is full" in said and "Free some space" in said) if fault == "disk full" else (
            "input/output error" in said and "sound disk" in said), said
        assert final_names(media) == []
        disk.heal()
        station.store.backup(target)
        assert check_backup(target, receiver.key, RECEIVER_ID) >= 1
        assert final_names(media) == ["station.wdb"]


# ---- a real full file system -----------------------------------------------------------------


def _namespace_command() -> list[str] | None:
    """How to get a private mount namespace here: as root, or as a user through a user namespace."""
    if not shutil.which("unshare"):
        return None
    candidates = [["unshare", "-m", "--propagation", "private"]] if os.geteuid() == 0 else []
    candidates.append(["unshare", "-r", "-m", "--propagation", "private"])
    for command in candidates:
        probe = subprocess.run([*command, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || "
                                "mount -t tmpfs -o size=64k tmpfs \"$TMPDIR\""], capture_output=True)
        if probe.returncode == 0:
            return command
    return None


def test_a_really_full_file_system_during_export_import_and_backup(corpus, pair, tmp_path):
    command = _namespace_command()
    if command is None:
        pytest.skip("no private mount namespace here (needs root or user namespaces); the seam tests above cover it")
    sender, receiver = pair
    media, data = tmp_path / "media", tmp_path / "data"
    media.mkdir()
    data.mkdir()
    script = (
        'mount -t tmpfs -o size=256k tmpfs "$1" && mount -t tmpfs -o size=8m tmpfs "$2" && shift 2 && exec "$@"'
    )
    env = dict(os.environ, WATCHDESK_SENDER_KEY=sender.key.hex(), WATCHDESK_RECEIVER_KEY=receiver.key.hex())
    proc = subprocess.run(
        [*command, "sh", "-c", script, "sh", str(media), str(data), sys.executable, "-m",
         "tests.reliability.full_disk_child", str(sender.data_dir), str(receiver.data_dir), str(media), str(data),
         *[str(p) for p in corpus.files[:3]]],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"reliability: full file system: {json.dumps(report, indent=1)}")

    export = report["export"]
    assert not export["exported"] and "No space left on device" in export["error"]
    assert export["outbox_while_full"] == [] and export["state_while_full"] == "released"
    assert export["outbox_after"] == [export["file"]] and export["identical"]

    imported = report["import"]
    assert "full" in imported["error"] or "No space left" in imported["error"], imported["error"]
    assert imported["inbox_while_full"] == sorted(p.name for p in corpus.files[:3])
    assert imported["stored_while_full"] == 0 and imported["integrity_while_full"] == "ok"
    assert imported["audit_while_full"] is True
    assert imported["outcomes_after"] == ["accepted"] * 3
    assert imported["inbox_after"] == [] and imported["audit_after"] is True and imported["integrity_after"] == "ok"

    backup = report["backup"]
    assert "full" in backup["error"] or "No space left" in backup["error"], backup["error"]
    assert backup["left_while_full"] == []
    assert backup["after"] == ["station.wdb"] and backup["checked"] is True


def test_the_officer_is_told_why_the_background_import_failed(corpus, pair, monkeypatch):
    """The inbox watcher's message names the cause: on a full disk the log cannot hold it either."""
    _sender, receiver = pair
    folders = receiver.folders()
    valid = deliver(corpus.files[:2], folders.inbox)
    station = receiver.open()
    events: list = []
    station.bus.subscribe(events.append)
    disk = FailingDisk(monkeypatch, folders.processed, errno.ENOSPC)
    watcher = InboxWatcher(station, rescan_interval=0.1)
    watcher.start()
    try:
        failed = _wait_for(lambda: [e for e in events if isinstance(e, ImportFailed)])
        message = failed[0].error
        assert os.strerror(errno.ENOSPC) in message and "tried again" in message
        disk.heal()
        deliver(corpus.files[2:3], folders.inbox)
        watcher.trigger()
        _wait_for(lambda: not any(folders.inbox.iterdir()) and len(list(folders.processed.iterdir())) == 3)
    finally:
        watcher.stop()
        station.close()
    state = check_import_state(receiver, {**valid, corpus.files[2].name: _digest(corpus.files[2])})
    assert (state.stored, state.in_inbox) == (3, 0)


def _wait_for(condition, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError("timed out waiting")
