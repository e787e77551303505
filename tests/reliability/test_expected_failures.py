"""Every expected failure of a command ends in one sentence that names the problem and what to do,
never a traceback (issue 14, section 7): a full disk during an import, memory running out, SQLite
errors, and a keyrings.alt backend that cannot be used (EncryptedKeyring would prompt)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from console.cli.main import main as watchdesk
from console.exchange.importer import Importer
from tests.exchange.conftest import Clock
from tests.reliability.conftest import REPO_ROOT, new_station


@pytest.fixture
def station_dir(tmp_path, monkeypatch):
    clock = Clock(datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc))
    station, keys = new_station(tmp_path / "NRRC-MSG", "NRRC-MSG", "Messages", clock)
    station.close()
    # The keyring is the one part held in memory here; tests/storage has the real Secret Service.
    # Its methods are patched on the class, not the name: a command module imported during this
    # test would otherwise keep the stand-in for good, and hand a later test's commands these keys.
    from console.storage.keysource import KeyringKeySource

    for method in ("load", "save", "check_available", "load_head", "save_head"):
        monkeypatch.setattr(KeyringKeySource, method, lambda _self, *args, _kept=getattr(keys, method): _kept(*args))
    return tmp_path / "NRRC-MSG"


def one_sentence(capsys) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("watchdesk: ") and lines[0].endswith("."), lines
    return lines[0]


# A test seam: the import fails the way the file system or SQLite would make it fail. What the
# importer itself does on a really full disk is in test_io_faults.py (a full tmpfs).
FAILURES = {
    "disk full": (OSError(errno.ENOSPC, "No space left on device", "/station/exchange/processed/x.wdn"),
                  ("disk is full", "Free some space")),
    "disk full in SQLite": (sqlite3.OperationalError("database or disk is full"), ("disk is full", "Free some space")),
    "out of memory": (MemoryError(), ("out of memory", "Close other programs")),
    "store locked": (sqlite3.OperationalError("database is locked"), ("busy", "try again")),
    "store error": (sqlite3.DatabaseError("database disk image is malformed"), ("audit verify", "restore")),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failing_import_ends_in_one_sentence_that_says_what_to_do(station_dir, monkeypatch, capsys, failure):
    exc, words = FAILURES[failure]

    def fail(self, *args, **kwargs):
        raise exc

    monkeypatch.setattr(Importer, "import_all", fail)
    assert watchdesk(["--data-dir", str(station_dir), "exchange", "import"]) == 1
    sentence = one_sentence(capsys)
    for word in words:
        assert word in sentence, sentence


def test_the_encrypted_keyrings_alt_backend_is_refused_in_one_sentence(tmp_path):
    data_dir = tmp_path / "station"
    data_dir.mkdir()
    (data_dir / "station.json").write_text('{"format": 1, "station_id": "NRRC-MSG", "key_check": "00"}')
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyrings.alt.file.EncryptedKeyring")
    proc = subprocess.run(
        [sys.executable, "-m", "console.cli.main", "--data-dir", str(data_dir), "audit", "verify"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Refusing to use the keyring" in lines[0] and "PYTHON_KEYRING_BACKEND" in lines[0], lines
