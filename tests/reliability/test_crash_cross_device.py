"""SIGKILL during an import from an inbox on another file system (a USB stick): moves there are
copies, and a crash at any point must leave nothing that the next import counts twice.

After every kill and the next import: each message stored once, no NAME.2 copy of a file already
moved, every quarantined entry beside its reason file, no temp or intent file left.
`make test` runs a bounded number of random kills (WATCHDESK_XDEV_KILLS, 5); `make soak` 20.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from console.exchange.importer import Importer
from console.format import QUARANTINE_REASON_SUFFIX
from console.storage.counterparts import CounterpartBook
from tests.reliability.conftest import SEED, SENDER_ID, StationCopy, check_import_state, deliver, env_int, file_digest
from tests.reliability.test_crash_during_import import (
    CHILD_TIMEOUT,
    _tampered,
    finish,
    spawn,
    wait_for_line,
    wait_for_the_import_to_begin,
)

XDEV_KILLS = env_int("WATCHDESK_XDEV_KILLS", 5)
XDEV_FILES = 200  # per import; a finished import starts another on a fresh station


def deliver_small_inbox(copy: StationCopy, corpus, outside: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Three valid files, a damaged one and a link to a file outside: the valid and the rejected originals."""
    inbox = copy.folders().inbox
    valid = deliver(corpus.files[:3], inbox)
    broken = corpus.files[3]
    (inbox / broken.name).write_bytes(_tampered(broken.read_bytes()))
    link = corpus.files[4].name
    if not os.path.lexists(inbox / link):
        os.symlink(outside, inbox / link)
    return valid, {broken.name: file_digest(inbox / broken.name), link: file_digest(outside)}


def check_nothing_twice(copy: StationCopy, valid: dict[str, str], where: str, finished: bool) -> None:
    """No numbered copy in processed/, no quarantined entry without its reason file; once an import
    has run to its end, no temp or intent file either."""
    folders = copy.folders()
    processed = sorted(os.listdir(folders.processed))
    quarantine = sorted(os.listdir(folders.quarantine))
    assert not [n for n in processed if not n.startswith(".") and n not in valid], f"{where}: copies in processed/"
    for name in quarantine:
        if name.startswith(".") or name.endswith(QUARANTINE_REASON_SUFFIX):
            continue
        assert name + QUARANTINE_REASON_SUFFIX in quarantine, f"{where}: {name} is in quarantine/ without a reason file"
    if finished:
        strays = [n for n in processed + quarantine if n.startswith(".")]
        assert not strays, f"{where}: left behind: {strays}"


def import_in_process(copy: StationCopy) -> None:
    station = copy.open()
    try:
        importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
        importer.import_counterpart(CounterpartBook(station.store).require(SENDER_ID))
    finally:
        station.close()


def test_a_kill_before_each_change_of_a_cross_device_import_is_recovered(corpus, tmp_path, other_file_system):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"a file outside the inbox\n")
    probe = corpus.receiver(tmp_path / "probe")
    probe.use_inbox(other_file_system / "probe")
    deliver_small_inbox(probe, corpus, outside)
    done = wait_for_line(proc := spawn(probe), "done", CHILD_TIMEOUT)
    code, err = finish(proc)
    assert code == 0 and done, err
    changes = int(done.split()[1])
    assert changes >= 20, f"only {changes} file system changes seen; the crash hook is not counting"

    started = time.monotonic()
    for crash_at in range(1, changes + 1):
        where = f"crash before change {crash_at} of {changes}"
        copy = corpus.receiver(tmp_path / f"crash-{crash_at}")
        copy.use_inbox(other_file_system / f"crash-{crash_at}")
        valid, rejected = deliver_small_inbox(copy, corpus, outside)
        code, err = finish(spawn(copy, crash_at))
        assert code == -signal.SIGKILL, f"{where}: the child was not killed ({err})"
        check_import_state(copy, valid, rejected)
        check_nothing_twice(copy, valid, where, finished=False)

        import_in_process(copy)
        state = check_import_state(copy, valid, rejected)
        assert (state.stored, state.in_inbox, state.in_processed) == (3, 0, 3), where
        check_nothing_twice(copy, valid, where, finished=True)
        folders = copy.folders()
        assert sorted(os.listdir(folders.quarantine)) == sorted(
            [*rejected, *(name + QUARANTINE_REASON_SUFFIX for name in rejected)]), where
        assert os.readlink(folders.quarantine / corpus.files[4].name) == str(outside), where
        station = copy.inspect()
        try:
            rejects = station.store.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'reject'").fetchone()[0]
            unfinished = station.store.conn.execute("SELECT count(*) FROM quarantine WHERE path = ''").fetchone()[0]
        finally:
            station.close()
        assert (rejects, unfinished) == (2, 0), where
    print(f"reliability: killed before each of the {changes} file system changes of a 5-entry import from "
          f"another file system; all recovered, nothing twice ({time.monotonic() - started:.0f} s)")


def test_random_kills_during_imports_from_another_file_system_leave_no_duplicates_and_no_strays(
    corpus, tmp_path, other_file_system
):
    rng = random.Random(SEED + 14)
    files = corpus.files[:XDEV_FILES]
    # How long a whole import takes here, ready line to exit, so that the kills land along it
    # however fast this machine imports (a fixed window of 1.5 s missed it once imports got faster).
    calibration = corpus.receiver(tmp_path / "calibration")
    calibration.use_inbox(other_file_system / "calibration")
    deliver(files, calibration.folders().inbox)
    proc = spawn(calibration)
    assert wait_for_line(proc, "ready", CHILD_TIMEOUT), proc.communicate()[1]
    # From the first file moved: the import's own start is a fixed cost outside the window.
    wait_for_the_import_to_begin(proc, calibration, 0)
    started = time.monotonic()
    assert finish(proc)[0] == 0
    whole_import = time.monotonic() - started
    landed: list[tuple[int, float, int, int, str]] = []
    imports = 0
    copy, originals, state = None, {}, None
    for _round in range(XDEV_KILLS):
        if state is None or state.in_inbox == 0:
            imports += 1
            copy = corpus.receiver(tmp_path / f"import-{imports}")
            copy.use_inbox(other_file_system / f"import-{imports}")
            originals = deliver(files, copy.folders().inbox)
            state = check_import_state(copy, originals)
        proc = spawn(copy)
        assert wait_for_line(proc, "ready", CHILD_TIMEOUT), proc.communicate()[1]
        wait_for_the_import_to_begin(proc, copy, state.in_processed)
        delay = rng.uniform(0.0, whole_import * state.in_inbox / len(originals))
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        code, err = finish(proc)
        assert code in (-signal.SIGKILL, 0), err
        state = check_import_state(copy, originals)
        check_nothing_twice(copy, originals, f"kill {len(landed) + 1}", finished=code == 0)
        landed.append((imports, round(delay, 3), state.stored, state.in_processed, "killed" if code else "finished first"))

    code, err = finish(spawn(copy))
    assert code == 0, err
    state = check_import_state(copy, originals)
    assert (state.stored, state.in_inbox, state.in_processed) == (len(originals), 0, len(originals))
    check_nothing_twice(copy, originals, "after the last import", finished=True)
    assert state.stray_temp_files == []
    # Mid-import: killed with files still to move. Not "stored" alone: a batch is stored before its
    # files are copied across, so a kill among the last copies leaves every message stored.
    mid_import = sum(1 for *_at, moved, how in landed if how == "killed" and moved < len(originals))
    print(f"reliability: seed {SEED + 14}: a whole import {whole_import:.2f} s; {len(landed)} kills during imports of {len(files)} files from another "
          f"file system over {imports} import(s), {mid_import} with files still to move; 0 duplicates, 0 strays; "
          f"(import, delay s, stored, moved, outcome) {landed}")
    assert mid_import >= len(landed) // 3, f"too few kills landed during the import: {landed}"
