"""A process killed between the audit head's temp file and its rename leaves the temp file; the next
open of the store sweeps it, and never another live process's write in progress."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from console.fsutil import atomic_write, sweep_orphaned_temp_files


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_writers_temp_file_is_swept_and_a_live_ones_kept(tmp_path: Path):
    head = tmp_path / "audit-head.json"
    atomic_write(head, b"{}\n", owned=True)
    assert [p.name for p in tmp_path.iterdir()] == ["audit-head.json"]  # the write itself leaves none
    dead = tmp_path / f".audit-head.json.{_dead_pid()}.k3j9x1.tmp"
    live = tmp_path / f".audit-head.json.{os.getpid()}.q8w2e4.tmp"
    someone_elses = tmp_path / ".other.json.1.abc.tmp"
    for path in (dead, live, someone_elses):
        path.write_bytes(b"half a head")
    assert sweep_orphaned_temp_files(head) == [dead.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["audit-head.json", live.name, someone_elses.name])
    assert head.read_bytes() == b"{}\n"


def test_opening_the_store_sweeps_the_head_temp_file_of_a_killed_writer(data_dir):
    from console.storage.keysource import EphemeralKeySource
    from console.storage.store import Store

    keys = EphemeralKeySource()
    Store.create(data_dir, "NRRC-US", "US NRRC", keys, os.urandom(32)).close()
    stray = data_dir / f".audit-head.json.{_dead_pid()}.z7x6c5.tmp"
    stray.write_bytes(b"half a head")
    reopened = Store.open(data_dir, keys)
    try:
        assert not stray.exists()
    finally:
        reopened.close()
