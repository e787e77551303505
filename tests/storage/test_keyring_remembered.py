"""The keyring backend chosen at one start is loaded alone at the next, and only when that is safe.

Each start is a fresh interpreter, as an officer's would be: keyring keeps its choice in the process.
"""

from __future__ import annotations

import pytest

from console.storage import keyring_access
from tests.support.fresh_process import stdout_lines_of_fresh_python

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"

# A start: the backend the console keeps the key in, and whether keyring looked at every backend it
# knows to choose it (its detection imports them all, the KWallet one among them).
_START = """
import sys
from console.storage import keyring_access
try:
    backend = keyring_access.secure_backend()
except Exception as exc:
    print(type(exc).__name__, exc)
else:
    print(f"{type(backend).__module__}.{type(backend).__name__}")
    print("detected" if "keyring.backends.kwallet" in sys.modules else "loaded alone")
"""


def start() -> list[str]:
    return stdout_lines_of_fresh_python(_START)


def remembered() -> str:
    return keyring_access.remembered_backend_path().read_text("ascii")


@pytest.mark.keyring
def test_the_backend_chosen_at_the_first_start_is_loaded_alone_at_the_next(real_keyring):
    assert not keyring_access.remembered_backend_path().exists()  # a fresh account
    assert start() == [SECRET_SERVICE, "detected"]
    assert remembered() == SECRET_SERVICE + "\n"
    assert start() == [SECRET_SERVICE, "loaded alone"]
    assert start() == [SECRET_SERVICE, "loaded alone"]


@pytest.mark.keyring
def test_a_remembered_name_that_is_not_an_os_keyring_is_never_imported(real_keyring, tmp_path, monkeypatch):
    """The file is the account's own, but what it names is imported: only keyring's OS backends."""
    planted = tmp_path / "planted_backend.py"
    planted.write_text("print('PLANTED MODULE IMPORTED')\nclass Keyring: pass\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    for name in ("planted_backend.Keyring", "keyrings.alt.file.PlaintextKeyring", "keyring.backends.null.Keyring"):
        path = keyring_access.remembered_backend_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name + "\n")
        assert start() == [SECRET_SERVICE, "detected"], name
        assert remembered() == SECRET_SERVICE + "\n"  # keyring's own choice replaces it


@pytest.mark.keyring
def test_a_remembered_backend_that_no_longer_works_here_gives_way_to_keyrings_own_choice(real_keyring):
    # KWallet's backend is keyring's own, but there is no KWallet here: its priority says so.
    path = keyring_access.remembered_backend_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("keyring.backends.kwallet.DBusKeyring\n")
    assert start() == [SECRET_SERVICE, "detected"]
    assert remembered() == SECRET_SERVICE + "\n"


@pytest.mark.keyring
def test_a_backend_configured_for_keyring_still_comes_before_the_remembered_one(real_keyring, monkeypatch):
    assert start()[0] == SECRET_SERVICE  # remembered now
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    (outcome,) = start()
    assert outcome.startswith("KeyringUnavailable Refusing to use the keyring"), outcome
    assert "keeps secrets in a file" in outcome
    assert remembered() == SECRET_SERVICE + "\n"  # a refused backend is never remembered


@pytest.mark.keyring
def test_an_account_whose_cache_cannot_be_written_still_opens_its_keyring(real_keyring, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "cache-is-a-file"
    not_a_folder.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    assert start() == [SECRET_SERVICE, "detected"]
    assert start() == [SECRET_SERVICE, "detected"]  # slower, nothing else
