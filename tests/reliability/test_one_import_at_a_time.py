"""One import at a time per station (issue 14, section 2).

Two imports of one inbox at once used to both run: the loser failed on files the winner had
moved, and the audit log gained "duplicate" entries for files imported once. Now the second
waits briefly for the station's import lock (flock on DATA_DIR/import.lock), then says another
import is running and exits 0. Real processes, real files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from console.cli import exchange_commands
from console.exchange.importer import IMPORT_LOCK_FILE
from console.service.events import ImportFailed
from console.service.watcher import InboxWatcher
from tests.reliability.conftest import REPO_ROOT, StationCopy, check_import_state, deliver
from tests.reliability.test_crash_during_import import CHILD_TIMEOUT, finish, spawn, wait_for_line


def audit_count(copy: StationCopy, action: str) -> int:
    station = copy.inspect()
    try:
        return station.store.conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", [action]).fetchone()[0]
    finally:
        station.close()


def test_two_import_processes_at_once_import_each_file_once_and_the_second_says_so(corpus, receiver: StationCopy,
                                                                                  monkeypatch):
    originals = deliver(corpus.files, receiver.folders().inbox)
    # The first import paced (a few ms per file) so that it still holds the lock when the second
    # process has started, on a fast machine too: 1,000 files once took longer than a start.
    monkeypatch.setenv("WATCHDESK_PAUSE_PER_CHANGE", "0.002")
    first = spawn(receiver)
    monkeypatch.delenv("WATCHDESK_PAUSE_PER_CHANGE")
    assert wait_for_line(first, "ready", CHILD_TIMEOUT), first.communicate()[1]
    # The second waits 1 s for the lock (the CLI 3 s): well within the first's import of 1,000 files.
    monkeypatch.setenv("WATCHDESK_LOCK_WAIT", "1")
    second = spawn(receiver)
    second_says = wait_for_line(second, "", CHILD_TIMEOUT)  # "ready", then "busy" or "done"
    assert second_says == "ready", second.communicate()[1]
    second_ends = wait_for_line(second, "", CHILD_TIMEOUT)
    code_second, err_second = finish(second)
    first_ends = wait_for_line(first, "done", CHILD_TIMEOUT)
    code_first, err_first = finish(first)

    assert code_first == 0, err_first[-3000:]
    assert code_second == 0, err_second[-3000:]
    assert first_ends and first_ends.startswith("done")
    assert second_ends == "busy", f"the second import did not wait for the first: {second_ends!r} {err_second[-2000:]}"
    state = check_import_state(receiver, originals)
    assert (state.stored, state.in_inbox, state.in_processed) == (len(originals), 0, len(originals))
    assert audit_count(receiver, "import_duplicate") == 0
    assert audit_count(receiver, "import") == len(originals)


def test_the_consoles_watcher_and_a_cli_import_at_once_import_each_file_once(corpus, receiver: StationCopy):
    originals = deliver(corpus.files[:400], receiver.folders().inbox)
    station = receiver.open()
    events: list = []
    station.bus.subscribe(events.append)
    watcher = InboxWatcher(station, rescan_interval=0.05)
    try:
        child = spawn(receiver)
        assert wait_for_line(child, "ready", CHILD_TIMEOUT), child.communicate()[1]
        watcher.start()  # scans every 0.05 s while the child imports
        ends = wait_for_line(child, "", CHILD_TIMEOUT)
        code, err = finish(child)
        assert code == 0, err[-3000:]
        assert ends and ends.split()[0] in ("done", "busy"), ends
        deadline = time.monotonic() + 60
        while os.listdir(receiver.folders().inbox) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        watcher.stop()
        station.close()
    assert not [e for e in events if isinstance(e, ImportFailed)], [e.error for e in events if isinstance(e, ImportFailed)]
    state = check_import_state(receiver, originals)
    assert (state.stored, state.in_inbox, state.in_processed) == (len(originals), 0, len(originals))
    assert audit_count(receiver, "import_duplicate") == 0


HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_the_cli_import_says_another_import_is_running_and_exits_0(corpus, receiver: StationCopy, monkeypatch,
                                                                   capsys):
    """`watchdesk exchange import` while another process holds the lock (opened_station is the seam:
    the station's key comes from memory here, not the keyring)."""
    deliver(corpus.files[:3], receiver.folders().inbox)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(receiver.data_dir / IMPORT_LOCK_FILE), "30"],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(exchange_commands, "opened_station", lambda _args: _opened(receiver))
        started = time.monotonic()
        code = exchange_commands.cmd_exchange_import(object())
        waited = time.monotonic() - started
        out = capsys.readouterr().out
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert code == 0
    assert out.strip().splitlines() == [
        "Another import is running on this station (the console or another `watchdesk exchange import`); "
        "it imports the files, so this one did nothing."
    ]
    assert 2.5 <= waited < 10, f"waited {waited:.1f} s"
    assert len(os.listdir(receiver.folders().inbox)) == 3  # untouched: the other import's to do
    # Once the other import is gone, the lock is free again (the kernel released it with the process).
    monkeypatch.setattr(exchange_commands, "opened_station", lambda _args: _opened(receiver))
    assert exchange_commands.cmd_exchange_import(object()) == 0
    assert "NRRC-US: 3 accepted" in capsys.readouterr().out


class _opened:
    def __init__(self, copy: StationCopy) -> None:
        self.copy = copy

    def __enter__(self):
        self.station = self.copy.open()
        return self.station

    def __exit__(self, *_exc) -> None:
        self.station.close()
