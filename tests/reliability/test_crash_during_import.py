"""SIGKILL in the middle of an import: nothing lost, nothing stored twice, no false alarm of tampering.

The import runs in a child process (tests/reliability/import_child.py) that gets the store key
through its environment, never through a file. After every kill the store is checked as the
officer's next start would find it; then a last, uninterrupted run must finish the job.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time

from console.exchange.importer import Importer
from console.storage.counterparts import CounterpartBook
from tests.reliability.conftest import (
    REPO_ROOT,
    SEED,
    SENDER_ID,
    SOAK_ROUNDS,
    StationCopy,
    check_import_state,
    deliver,
    file_digest,
)

CHILD_TIMEOUT = 180.0


def spawn(copy: StationCopy, crash_at: int | None = None) -> subprocess.Popen:
    env = dict(os.environ, WATCHDESK_RELIABILITY_STORE_KEY=copy.key.hex())
    if crash_at is not None:
        env["WATCHDESK_CRASH_AT"] = str(crash_at)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.import_child", str(copy.data_dir)],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_for_line(proc: subprocess.Popen, prefix: str, timeout: float) -> str | None:
    """The first stdout line starting with `prefix`, or None if the child ends or time runs out first."""
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=max(deadline - time.monotonic(), 0)):
                break
            line = proc.stdout.readline()
            if not line:
                return None
            if line.startswith(prefix):
                return line.strip()
    return None


def finish(proc: subprocess.Popen) -> tuple[int, str]:
    _out, err = proc.communicate(timeout=CHILD_TIMEOUT)
    return proc.returncode, err


def wait_for_the_import_to_begin(proc: subprocess.Popen, copy: StationCopy, processed_before: int) -> None:
    """Until a file more than `processed_before` is in processed/, or the child has ended."""
    processed = copy.folders().processed
    deadline = time.monotonic() + CHILD_TIMEOUT
    while proc.poll() is None and time.monotonic() < deadline:
        if sum(1 for p in processed.iterdir() if not p.name.startswith(".")) > processed_before:
            return
        time.sleep(0.002)


KILLS_PER_IMPORT = 20  # kills spread over one import of the whole corpus; more rounds start further imports


def test_an_import_killed_at_random_moments_loses_nothing_and_stores_nothing_twice(corpus, tmp_path):
    rng = random.Random(SEED)
    rate = 150.0  # files stored per second; corrected after every round
    landed: list[tuple[int, float, int, str]] = []
    imports = 0
    copy, originals, state = None, {}, None
    for round_number in range(SOAK_ROUNDS):
        if state is None or state.in_inbox == 0:
            # The first import, or the last one finished: a fresh station and the whole corpus again.
            imports += 1
            copy = corpus.receiver(tmp_path / f"import-{imports}")
            originals = deliver(corpus.files, copy.folders().inbox)
            state = check_import_state(copy, originals)
        stored_before = state.stored
        proc = spawn(copy)
        if rng.random() < 0.2:
            # While the child starts and opens the station (and writes the day's checkpoint).
            time.sleep(rng.uniform(0.0, 0.8))
            delay = 0.0
        else:
            assert wait_for_line(proc, "ready", CHILD_TIMEOUT), proc.communicate()[1]
            # From the first file moved: the import's own start (its modules, the schemas' validators)
            # is a fixed cost the rate below does not cover, and kills timed from "ready" all landed in it.
            wait_for_the_import_to_begin(proc, copy, state.in_processed)
            # About one share of the corpus per round, so the kills land all along the import.
            share = min(max(state.in_inbox, 1), len(originals) / KILLS_PER_IMPORT)
            delay = rng.uniform(0.0, 2.0 * share / rate)
            time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        code, err = finish(proc)
        assert code in (-signal.SIGKILL, 0), err
        state = check_import_state(copy, originals)
        if delay > 0.05 and state.stored > stored_before:
            rate = max((state.stored - stored_before) / delay, 10.0)
        landed.append((imports, round(delay, 3), state.stored, "killed" if code else "finished first"))

    proc = spawn(copy)
    code, err = finish(proc)
    assert code == 0, err
    state = check_import_state(copy, originals)
    assert (state.stored, state.in_inbox, state.in_processed) == (len(originals), 0, len(originals))
    mid_import = sum(1 for _n, _delay, stored, how in landed if how == "killed" and 0 < stored < len(originals))
    print(f"reliability: seed {SEED}: {len(landed)} kills over {imports} import(s) of {len(originals)} files, "
          f"{mid_import} with the import part done; stray temp files {state.stray_temp_files}; "
          f"(import, delay s, stored, outcome) {landed}")
    assert mid_import >= len(landed) // 3, f"too few kills landed during the import: {landed}"


def _tampered(data: bytes) -> bytes:
    """The file with one character of its ciphertext changed: it fails decryption."""
    middle = len(data) // 2
    return data[:middle] + (b"A" if data[middle:middle + 1] != b"A" else b"B") + data[middle + 1:]


def _deliver_small_inbox(copy: StationCopy, corpus) -> tuple[dict[str, str], dict[str, str]]:
    """Three valid files and one damaged one: the valid and the rejected originals."""
    inbox = copy.folders().inbox
    valid = deliver(corpus.files[:3], inbox)
    broken = corpus.files[3]
    (inbox / broken.name).write_bytes(_tampered(broken.read_bytes()))
    return valid, {broken.name: file_digest(inbox / broken.name)}


def test_a_kill_before_each_file_system_change_is_recovered_on_the_next_run(corpus, tmp_path):
    """Deterministic: crash just before the 1st, 2nd, ... change the import makes, then restart."""
    probe = corpus.receiver(tmp_path / "probe")
    _deliver_small_inbox(probe, corpus)
    proc = spawn(probe)
    done = wait_for_line(proc, "done", CHILD_TIMEOUT)
    code, err = finish(proc)
    assert code == 0 and done, err
    changes = int(done.split()[1])
    assert changes >= 10, f"only {changes} file system changes seen; the crash hook is not counting"

    for crash_at in range(1, changes + 1):
        where = f"crash before change {crash_at} of {changes}"
        copy = corpus.receiver(tmp_path / f"crash-{crash_at}")
        valid, rejected = _deliver_small_inbox(copy, corpus)
        code, err = finish(spawn(copy, crash_at))
        assert code == -signal.SIGKILL, f"{where}: the child was not killed ({err})"
        check_import_state(copy, valid, rejected)

        station = copy.open()
        try:
            importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
            importer.import_counterpart(CounterpartBook(station.store).require(SENDER_ID))
        finally:
            station.close()
        _check_finished(copy, valid, rejected, where)
    print(f"reliability: killed before each of the {changes} file system changes of a 4-file import; all recovered")


def _check_finished(copy: StationCopy, valid: dict[str, str], rejected: dict[str, str], where: str) -> None:
    [(broken_name, broken_digest)] = rejected.items()
    folders = copy.folders()
    state = check_import_state(copy, valid, rejected)
    assert (state.stored, state.in_inbox) == (len(valid), 0), where
    # A temp file (".NAME.tmp") that a kill left behind is never given a final name; it may stay.
    def final_names(folder):
        return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))

    assert final_names(folders.processed) == sorted(valid), f"{where}: processed/ holds copies"
    assert final_names(folders.quarantine) == [broken_name, f"{broken_name}.reason.txt"], where
    reason = (folders.quarantine / f"{broken_name}.reason.txt").read_text("utf-8").splitlines()
    assert reason[0] == "code: decrypt_failed" and reason[2] == f"sha256: {broken_digest}", where
    station = copy.inspect()
    try:
        rows = station.store.conn.execute("SELECT file_name, path, reason_code FROM quarantine").fetchall()
        rejects = station.store.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'reject'").fetchone()[0]
    finally:
        station.close()
    assert rows == [(broken_name, str(folders.quarantine / broken_name), "decrypt_failed")], where
    assert rejects == 1, f"{where}: the rejection was logged {rejects} times"
