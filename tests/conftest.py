"""Suite-wide fixtures. In the style of qutebrowser: all state goes to temp dirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never try to reach a display, whatever the caller's environment.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# The scaffolding the folders' conftests share asserts too; its failures show their operands.
pytest.register_assert_rewrite("tests.support")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path_factory, monkeypatch):
    """Point HOME, XDG dirs and the default data dir at a fresh temp folder.

    The D-Bus address and CUPS_SERVER set by tests/env/with-services.sh are
    left alone, so tests still reach the run's private keyring and print queue.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("WATCHDESK_DATA_DIR", str(home / "station-data"))
    monkeypatch.setenv("TMPDIR", str(tmp_path_factory.mktemp("tmp")))
    yield


@pytest.fixture(autouse=True)
def _cheap_pin_hash(request, monkeypatch):
    """Argon2id at its smallest cost, so a test's officers are not 250 ms a PIN each.

    tests/reliability/test_pin_guessing.py measures the real cost (marker real_pin_cost).
    """
    if request.node.get_closest_marker("real_pin_cost"):
        return
    from argon2 import PasswordHasher, Type

    from console.storage import operators

    monkeypatch.setattr(operators, "PIN_HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1,
                                                                  type=Type.ID))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "station"


@pytest.fixture
def real_keyring():
    """The run's real Secret Service. Fails (never skips) when it is not reachable."""
    import keyring
    from keyring.backends import SecretService

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.fail("No D-Bus session: run the suite with `make test` (tests/env/with-services.sh).")
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def memory_keys():
    from console.storage.keysource import EphemeralKeySource

    return EphemeralKeySource()
