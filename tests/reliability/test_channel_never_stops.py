"""One bad inbox entry never stops the channel (issue 14, section 1).

A file name too long for its reason file, an inbox on another file system (a USB stick) holding
a folder, a pipe, a socket and links, a station that an earlier version left stuck: each entry is
refused or quarantined on its own, the rest of the inbox imports, and the next import neither
fails nor counts anything twice. When imports fail for a reason outside any one entry, the
officer is told in words and the watcher backs off.
"""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from console.exchange.folders import printable_name
from console.exchange.importer import Importer
from console.exchange.quarantine import KEPT_NAME_BYTES, quarantine_base_name
from console.format import QUARANTINE_REASON_SUFFIX
from console.service.events import ImportFailed, ImportRecovered
from console.service.watcher import InboxWatcher
from tests.reliability.conftest import SENDER_ID, StationCopy, deliver, file_digest
from tests.reliability.test_hostile_inbox import deadline, sealed_name, snapshot
from tests.reliability.test_io_faults import FailingDisk

NAME_MAX = 255


def import_all_twice(copy: StationCopy):
    """Two imports in a row, as the CLI or the watcher would run them; and what the store then holds."""
    station = copy.open()
    try:
        importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
        with deadline(60):
            first = importer.import_all()
            second = importer.import_all()
        db = station.store.conn
        stored = {row[0] for row in db.execute("SELECT sealed_file FROM notices")}
        rows = db.execute("SELECT file_name, path, reason_code FROM quarantine ORDER BY id").fetchall()
        rejects = db.execute("SELECT count(*) FROM audit_log WHERE action = 'reject'").fetchone()[0]
        assert station.verify_audit().ok
    finally:
        station.close()
    return first, second, stored, rows, rejects


def reason_fields(path: Path) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in path.read_text("utf-8", errors="strict").splitlines())


def entries(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_a_name_too_long_for_a_reason_file_is_quarantined_under_a_short_name(corpus, receiver: StationCopy):
    folders = receiver.folders()
    valid = deliver(corpus.files[:3], folders.inbox)
    # 248 bytes, legal on Linux, not UTF-8: "NAME.reason.txt" and its temp name would not fit in 255.
    raw = b"NRRC-US_\xff\xfe" + b"L" * 234 + b".wdn"
    with open(os.path.join(os.fsencode(folders.inbox), raw), "wb") as handle:
        handle.write(b"not a sealed notice\n")
    junk_digest = hashlib.sha256(b"not a sealed notice\n").hexdigest()
    shown = printable_name(os.fsdecode(raw))

    first, second, stored, rows, rejects = import_all_twice(receiver)

    [report] = first
    outcomes = {o.name: (o.outcome, o.code) for o in report.outcomes}
    assert outcomes == {**{name: ("accepted", "") for name in valid}, shown: ("quarantined", "bad_file_name")}
    assert not report.error
    assert stored == set(valid)
    [again] = second
    assert again.outcomes == [] and not again.error, "the next import failed or found something to do again"
    short = quarantine_base_name(shown, os.fsdecode(raw))
    assert short.startswith("long-name-") and len(short.encode()) <= KEPT_NAME_BYTES
    assert entries(folders.quarantine) == [short, short + QUARANTINE_REASON_SUFFIX]
    assert all(len(os.fsencode(name)) <= NAME_MAX for name in entries(folders.quarantine))
    assert file_digest(folders.quarantine / short) == junk_digest
    fields = reason_fields(folders.quarantine / (short + QUARANTINE_REASON_SUFFIX))
    assert fields["code"] == "bad_file_name" and fields["sha256"] == junk_digest
    # The original name byte for byte (hex: a name may hold any byte but '/' and NUL) and as shown.
    assert bytes.fromhex(fields["original_name_bytes_hex"]) == raw
    assert fields["original_name"] == shown
    assert rows == [(shown, str(folders.quarantine / short), "bad_file_name")]
    assert rejects == 1
    assert entries(folders.inbox) == []


def test_a_station_an_earlier_version_left_stuck_on_a_long_name_imports_again(corpus, receiver: StationCopy):
    """The earlier version moved the file, committed its row, then failed to write the reason file
    (ENAMETOOLONG); every later import failed at its start. The next import finishes that quarantine."""
    folders = receiver.folders()
    raw = b"NRRC-US_" + b"Z" * 240 + b".wdn"
    long_name = os.fsdecode(raw)
    (folders.quarantine / long_name).write_bytes(b"junk\n")
    station = receiver.open()
    try:
        with station.store.transaction() as db:
            db["quarantine"].insert({"counterpart": SENDER_ID, "file_name": long_name, "path": "",
                                     "reason_code": "bad_file_name", "reason": "not a sealed notice file name",
                                     "sha256": hashlib.sha256(b"junk\n").hexdigest(),
                                     "quarantined_at": "2026-11-28T12:00:00Z"})
    finally:
        station.close()
    valid = deliver(corpus.files[:3], folders.inbox)

    first, second, stored, rows, _rejects = import_all_twice(receiver)

    assert [o.outcome for o in first[0].outcomes] == ["accepted"] * 3 and not first[0].error
    assert stored == set(valid)
    assert second[0].outcomes == [] and not second[0].error
    short = quarantine_base_name(long_name)
    assert entries(folders.quarantine) == [short, short + QUARANTINE_REASON_SUFFIX]
    fields = reason_fields(folders.quarantine / (short + QUARANTINE_REASON_SUFFIX))
    assert bytes.fromhex(fields["original_name_bytes_hex"]) == raw
    assert fields["quarantined_at"] == "2026-11-28T12:00:00Z"
    assert rows == [(long_name, str(folders.quarantine / short), "bad_file_name")]


def test_an_inbox_on_another_file_system_refuses_what_is_not_a_file_without_reading_it(
    corpus, receiver: StationCopy, other_file_system: Path, tmp_path
):
    media = other_file_system / "from-us"
    receiver.use_inbox(media)
    folders = receiver.folders()
    assert os.stat(media).st_dev != os.stat(folders.quarantine).st_dev
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_bytes(b"OUTSIDE-SECRET not for the importer\n")
    # Names that sort before the notices, so each is met before any of them.
    (media / "0-folder.wdn").mkdir()
    (media / "0-folder.wdn" / "inside.wdn").write_bytes(corpus.files[10].read_bytes())
    os.mkfifo(media / "1-pipe.wdn")
    os.symlink("/dev/zero", media / "2-zero.wdn")
    os.symlink(secret, media / "3-secret.wdn")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(media / "4-socket"))
    valid = deliver(corpus.files[:3], media)
    outside_before = snapshot(outside)

    try:
        started = time.monotonic()
        first, second, stored, rows, rejects = import_all_twice(receiver)
        took = time.monotonic() - started
    finally:
        listener.close()

    [report] = first
    outcomes = {o.name: (o.outcome, o.code) for o in report.outcomes}
    assert outcomes == {
        **{name: ("accepted", "") for name in valid},
        # Moved as what they are: the pipe made again, each link made again from its text.
        "1-pipe.wdn": ("quarantined", "not_a_file"),
        "2-zero.wdn": ("quarantined", "not_a_file"),
        "3-secret.wdn": ("quarantined", "not_a_file"),
        # A folder or a socket cannot be moved to another file system: left where it is, refused.
        "0-folder.wdn": ("refused", "not_a_file"),
        "4-socket": ("refused", "not_a_file"),
    }
    assert not report.error and stored == set(valid)
    assert took < 30, f"the import took {took:.1f} s"
    refused = {o.name: o.message for o in report.outcomes if o.outcome == "refused"}
    assert all("left in the inbox" in message for message in refused.values()), refused
    # The next import: the same two refused, nothing new recorded, nothing failing.
    assert {(o.name, o.outcome) for o in second[0].outcomes} == {("0-folder.wdn", "refused"), ("4-socket", "refused")}
    assert not second[0].error
    assert rejects == 5 and len(rows) == 5
    assert entries(media) == ["0-folder.wdn", "4-socket"]
    assert (media / "0-folder.wdn" / "inside.wdn").read_bytes() == corpus.files[10].read_bytes()

    quarantine = folders.quarantine
    assert stat.S_ISFIFO(os.lstat(quarantine / "1-pipe.wdn").st_mode)
    assert os.readlink(quarantine / "2-zero.wdn") == "/dev/zero"
    assert os.readlink(quarantine / "3-secret.wdn") == str(secret)
    # Never followed: no regular file in quarantine/ holds the secret, and nothing outside changed.
    regular = [p for p in quarantine.iterdir() if stat.S_ISREG(os.lstat(p).st_mode)]
    assert not any(b"OUTSIDE-SECRET" in p.read_bytes() for p in regular)
    assert snapshot(outside) == outside_before
    # Every quarantined entry has its reason file; no temp or intent file is left.
    kept = [n for n in entries(quarantine) if not n.endswith(QUARANTINE_REASON_SUFFIX)]
    assert kept == ["1-pipe.wdn", "2-zero.wdn", "3-secret.wdn"]
    for name in kept:
        assert reason_fields(quarantine / (name + QUARANTINE_REASON_SUFFIX))["code"] == "not_a_file"
    assert not [n for n in entries(quarantine) + entries(folders.processed) if n.startswith(".")]
    assert entries(folders.processed) == sorted(valid)


def test_when_imports_keep_failing_the_officer_is_told_in_words_and_the_watcher_backs_off(
    corpus, receiver: StationCopy, monkeypatch
):
    folders = receiver.folders()
    deliver(corpus.files[:2], folders.inbox)
    # quarantine/ is on a full disk: the junk file's reason file cannot be written, so the junk stays
    # in the inbox and every import fails the same way, until the disk has room again.
    (folders.inbox / "junk.wdn").write_bytes(b"junk\n")
    station = receiver.open()
    events: list = []
    station.bus.subscribe(events.append)
    disk = FailingDisk(monkeypatch, folders.quarantine, errno.ENOSPC)
    rescan = 0.05
    watcher = InboxWatcher(station, rescan_interval=rescan)
    watcher.start()
    try:
        time.sleep(3.0)
        failed = [e for e in events if isinstance(e, ImportFailed)]
        # Without backing off, a scan every 0.05 s: about 60 failures in 3 s. Doubling: about 6.
        assert 3 <= len(failed) <= 8, f"{len(failed)} failed imports in 3 s"
        last = failed[-1]
        assert last.error.startswith("Imports keep failing")
        assert os.strerror(errno.ENOSPC) in last.error and "tried again in" in last.error
        assert last.retry_in > 10 * rescan
        disk.heal()
        watcher.retry_now()  # Import arrivals now (Ctrl+I) cuts the wait short
        _wait_for(lambda: any(isinstance(e, ImportRecovered) for e in events), 10)
        _wait_for(lambda: sorted(os.listdir(folders.processed)) == sorted(p.name for p in corpus.files[:2]), 10)
        _wait_for(lambda: os.listdir(folders.inbox) == [], 10)
    finally:
        watcher.stop()
        station.close()


def test_the_status_bar_and_the_inbox_banner_say_imports_are_failing_and_clear_when_they_work(
    corpus, receiver: StationCopy, monkeypatch, qtbot
):
    from console.ui.main_window import MainWindow

    folders = receiver.folders()
    deliver(corpus.files[:2], folders.inbox)
    (folders.inbox / "junk.wdn").write_bytes(b"junk\n")  # its reason file cannot be written (see above)
    station = receiver.open()
    disk = FailingDisk(monkeypatch, folders.quarantine, errno.ENOSPC)
    window = MainWindow(station)
    qtbot.addWidget(window)
    try:
        window.show()
        window.arrivals.start()  # as the console's start does (console/ui/app.py)
        banner, label = window.inbox.import_banner, window.status.import_problem
        qtbot.waitUntil(lambda: not banner.isHidden(), timeout=15000)
        assert os.strerror(errno.ENOSPC) in banner.text() and "wait in the inbox" in banner.text()
        assert not label.isHidden() and os.strerror(errno.ENOSPC) in label.toolTip()
        disk.heal()
        window.findChild(type(window.menus["file"].actions()[0]), "actionImportNow").trigger()
        qtbot.waitUntil(lambda: banner.isHidden() and label.isHidden(), timeout=15000)
        assert station.store.db["notices"].count == 2
    finally:
        window.close()
        station.close()


def _wait_for(condition, timeout: float):
    deadline_at = time.monotonic() + timeout
    while time.monotonic() < deadline_at:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


@pytest.mark.parametrize("kind", ["sparse 1.5 GiB file", "named pipe", "/dev/zero", "link to /dev/zero"])
def test_verify_judges_type_and_size_before_it_reads(tmp_path, kind):
    """`watchdesk verify FILE` uses the importer's open-and-check path: one sentence, at once, in little memory."""
    import resource
    import subprocess
    import sys

    from tests.reliability.conftest import REPO_ROOT

    target = tmp_path / "suspect.wdn"
    if kind == "sparse 1.5 GiB file":
        with open(target, "wb") as handle:
            handle.truncate(3 * 512 * 1024 * 1024)
        expected = "REJECTED (oversize)"
    elif kind == "named pipe":
        os.mkfifo(target)
        expected = "REJECTED (not_a_file)"
    elif kind == "/dev/zero":
        target = Path("/dev/zero")
        expected = "REJECTED (not_a_file)"
    else:
        os.symlink("/dev/zero", target)
        expected = "REJECTED (not_a_file)"

    def limit_memory():
        # Reading the sparse file or /dev/zero whole could not fit: the old way ends in MemoryError.
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "console.cli.main", "--data-dir", str(tmp_path / "station"), "verify", str(target)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=20, preexec_fn=limit_memory,
    )
    took = time.monotonic() - started
    assert proc.returncode == 3, proc.stderr[-2000:]
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"result:   {expected}"), proc.stdout
    assert "Traceback" not in proc.stderr
    assert took < 15, f"verify took {took:.1f} s"


def test_an_entry_that_vanishes_after_it_was_read_is_passed_over_and_the_rest_imports(
    corpus, receiver: StationCopy, monkeypatch
):
    """Taken back by the transfer tool between its check and its move to quarantine/."""
    import console.exchange.importer as importer_module

    folders = receiver.folders()
    valid = deliver(corpus.files[:3], folders.inbox)
    taken = folders.inbox / sealed_name(999)
    taken.write_bytes(b"junk\n")
    real_peek = importer_module.peek

    def peek_then_vanish(data: bytes):
        if data == b"junk\n" and os.path.lexists(taken):
            taken.unlink()
        return real_peek(data)

    monkeypatch.setattr(importer_module, "peek", peek_then_vanish)
    station = receiver.open()
    try:
        importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
        reports = importer.import_all()
        stored = {row[0] for row in station.store.conn.execute("SELECT sealed_file FROM notices")}
    finally:
        station.close()
    [report] = reports
    outcomes = {o.name: o.outcome for o in report.outcomes}
    assert outcomes == {**{name: "accepted" for name in valid}, taken.name: "refused"}
    assert stored == set(valid)
    assert entries(folders.quarantine) == [], "a reason file was left for an entry that is not there"
