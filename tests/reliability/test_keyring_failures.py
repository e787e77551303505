"""When the keyring fails, the console refuses or stops in words, and writes nothing readable.

Backends: none at all (keyring's fail backend), a Secret Service whose collection is locked (a
fake, the only one here, standing in for the real daemon's locked state), a plaintext file
(keyrings.alt), and the real Secret Service losing the entry while a station is open.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from console.cli.main import main as watchdesk
from console.service.station import Station
from console.storage import keyring_access
from console.storage.errors import KeyringUnavailable, StoreKeyMissing
from console.storage.keysource import KeyringKeySource
from tests.reliability.conftest import REPO_ROOT, new_station
from tests.reliability.locked_keyring import LockedKeyring
from tests.exchange.conftest import Clock

STATION_NAME = "KESTREL-NAME-5521 Centre"


@pytest.fixture
def use_keyring():
    def install(backend) -> None:
        keyring.set_keyring(backend)

    yield install
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def closed_station(tmp_path) -> Path:
    """A station made with its key in memory, then closed: the keyring has never held its key."""
    from datetime import datetime, timezone

    station, _keys = new_station(tmp_path / "station", "NRRC-KEY", STATION_NAME,
                                 Clock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)))
    data_dir = station.data_dir
    station.close()
    return data_dir


def contents(folder: Path) -> dict[str, str]:
    found = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def assert_nothing_readable(folder: Path) -> None:
    """No file holds the station's name: the only place it may be is inside the encrypted store."""
    for root, _dirs, names in os.walk(folder):
        for name in names:
            data = (Path(root) / name).read_bytes()
            assert STATION_NAME.encode() not in data, f"the station's name is readable in {name}"


@pytest.mark.parametrize(
    "backend, expected",
    [
        (fail.Keyring(), "no OS keyring was found"),
        (LockedKeyring(), "The keyring is locked"),
        (PlaintextKeyring(), "keeps secrets in a file"),
    ],
    ids=["missing", "locked", "plaintext"],
)
def test_opening_a_station_refuses_in_words_and_changes_nothing(closed_station, use_keyring, backend, expected,
                                                                capsys):
    before = contents(closed_station)
    use_keyring(backend)
    with pytest.raises(KeyringUnavailable) as refused:
        Station.open(closed_station, KeyringKeySource())
    assert expected in str(refused.value) and "Secret Service" in str(refused.value)  # the cause and the fix
    assert watchdesk(["--data-dir", str(closed_station), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert contents(closed_station) == before
    assert_nothing_readable(closed_station)
    if isinstance(backend, PlaintextKeyring):
        assert not Path(backend.file_path).exists(), "keyrings.alt wrote its plaintext file"


@pytest.mark.parametrize(
    "backend, expected",
    [
        ("keyring.backends.fail.Keyring", "no OS keyring was found"),
        ("tests.reliability.locked_keyring.LockedKeyring", "The keyring is locked"),
    ],
    ids=["missing", "locked"],
)
def test_the_console_window_refuses_to_open_and_says_why(closed_station, backend, expected):
    before = contents(closed_station)
    result = subprocess.run(
        [sys.executable, "-m", "console.cli.main", "--data-dir", str(closed_station), "--quit-when-ready"],
        cwd=REPO_ROOT, env=dict(os.environ, PYTHON_KEYRING_BACKEND=backend), capture_output=True, text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert expected in result.stderr and "Traceback" not in result.stderr
    # The console logs why it stopped; the store and everything else is as it was.
    after = contents(closed_station)
    assert {name: digest for name, digest in after.items() if not name.startswith("logs/")} == before
    assert "cannot open the station" in (closed_station / "logs" / "watchdesk.log").read_text()
    assert_nothing_readable(closed_station)


def test_init_with_a_locked_keyring_refuses_and_leaves_nothing_readable(tmp_path, use_keyring, capsys):
    data_dir = tmp_path / "new-station"
    use_keyring(LockedKeyring())
    assert watchdesk(["--data-dir", str(data_dir), "init", "--station-id", "NRRC-KEY", "--name", STATION_NAME,
                      "--recovery-sheet", str(tmp_path / "sheet.pdf")]) == 1
    assert "The keyring is locked" in capsys.readouterr().err
    assert not (tmp_path / "sheet.pdf").exists()
    if data_dir.exists():
        assert not (data_dir / "station.json").exists()
        assert_nothing_readable(data_dir)


@pytest.mark.keyring
def test_init_after_a_locked_keyring_is_unlocked_succeeds_in_the_same_folder(real_keyring, tmp_path, use_keyring,
                                                                           capsys):
    data_dir = tmp_path / "new-station"
    use_keyring(LockedKeyring())
    init = ["--data-dir", str(data_dir), "init", "--station-id", "NRRC-KEY", "--name", STATION_NAME,
            "--recovery-sheet", str(tmp_path / "sheet.pdf")]
    assert watchdesk(init) == 1
    capsys.readouterr()
    use_keyring(real_keyring)  # the officer unlocked the keyring and tries again
    assert watchdesk(init) == 0, capsys.readouterr().err
    station = Station.open(data_dir, KeyringKeySource())
    try:
        assert station.name == STATION_NAME and station.verify_audit().ok
    finally:
        station.close()


@pytest.mark.keyring
def test_the_entry_deleted_while_a_station_is_open(real_keyring, tmp_path):
    data_dir = tmp_path / "station"
    station, _code = Station.initialise(data_dir, "NRRC-KEY", STATION_NAME, KeyringKeySource())
    try:
        real_keyring.delete_password(keyring_access.SERVICE, keyring_access.entry_name("NRRC-KEY", data_dir))
        # The open station holds its key in memory and keeps working, worker connections included.
        station.store.record("alice", "note", {"text": "after the keyring entry was deleted"})
        worker = station.store.clone()
        try:
            assert worker.db["audit_log"].count == station.store.db["audit_log"].count
        finally:
            worker.close()
        assert station.verify_audit().ok
        # A second start (another console, the CLI) cannot open it, and says how to recover.
        with pytest.raises(StoreKeyMissing, match="watchdesk recover"):
            Station.open(data_dir, KeyringKeySource())
    finally:
        station.close()
    with pytest.raises(StoreKeyMissing, match="watchdesk recover"):
        Station.open(data_dir, KeyringKeySource())
    assert_nothing_readable(data_dir)
