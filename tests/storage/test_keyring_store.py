"""The store against the real Secret Service, and the keyrings it must refuse."""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring

from console.cli.main import main as watchdesk
from console.service.station import Station
from console.storage import keyring_access
from console.storage.errors import KeyringUnavailable, StoreKeyMissing
from console.storage.keysource import KeyringKeySource
from tests.support.fresh_process import stdout_lines_of_fresh_python


def code_from_sheet(pdf) -> str:
    """Read the recovery code off the printed sheet, as a person would type it."""
    import re
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    groups = re.findall(r"\b[A-Z2-7]{4}-[A-Z2-7]\b", text)
    assert len(groups) == 13, text
    return " ".join(groups)


@pytest.mark.keyring
def test_init_close_reopen_and_recover_through_the_real_keyring(real_keyring, data_dir, tmp_path, capsys, monkeypatch):
    sheet = tmp_path / "sheet.pdf"
    assert watchdesk(["--data-dir", str(data_dir), "init", "--station-id", "NRRC-US", "--name", "US NRRC",
                      "--recovery-sheet", str(sheet)]) == 0
    stored = real_keyring.get_password("watchdesk", keyring_access.entry_name("NRRC-US", data_dir))
    assert stored and len(bytes.fromhex(stored)) == 32

    station = Station.open(data_dir, KeyringKeySource())
    station.store.record("officer", "marker", {"note": "before the keyring was lost"})
    station.close()

    # The OS was reinstalled: the keyring entry is gone.
    real_keyring.delete_password("watchdesk", keyring_access.entry_name("NRRC-US", data_dir))
    with pytest.raises(StoreKeyMissing, match="watchdesk recover"):
        Station.open(data_dir, KeyringKeySource())

    code = code_from_sheet(sheet)
    # Typed at the prompt (here: standard input), never passed as an argument others could read.
    monkeypatch.setattr("sys.stdin", io.StringIO(code + "\n"))
    assert watchdesk(["--data-dir", str(data_dir), "recover"]) == 0
    station = Station.open(data_dir, KeyringKeySource())
    actions = [row["action"] for row in station.store.db.query("SELECT action FROM audit_log ORDER BY idx")]
    assert "marker" in actions and actions[-1] == "key_recovered"
    assert station.verify_audit().ok
    station.close()


@pytest.mark.keyring
def test_recover_rejects_a_code_with_a_typo_and_names_the_group(real_keyring, data_dir, tmp_path, capsys, monkeypatch):
    sheet = tmp_path / "sheet.pdf"
    watchdesk(["--data-dir", str(data_dir), "init", "--station-id", "NRRC-US", "--name", "US NRRC",
               "--recovery-sheet", str(sheet)])
    code = code_from_sheet(sheet)
    groups = code.split()
    first = groups[2]
    groups[2] = ("B" if first[0] != "B" else "C") + first[1:]
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(" ".join(groups) + "\n"))
    assert watchdesk(["--data-dir", str(data_dir), "recover"]) == 1
    assert "group 3" in capsys.readouterr().err


@pytest.mark.parametrize(
    "backend, expected",
    [
        (PlaintextKeyring(), "keeps secrets in a file"),
        (fail.Keyring(), "no OS keyring was found"),
        (null.Keyring(), "null keyring"),
    ],
)
def test_store_refuses_unsafe_keyrings_before_writing_anything(backend, expected, data_dir):
    keyring.set_keyring(backend)
    try:
        with pytest.raises(KeyringUnavailable) as caught:
            Station.initialise(data_dir, "NRRC-US", "US NRRC", KeyringKeySource())
    finally:
        keyring.set_keyring(fail.Keyring())
    assert expected in str(caught.value)
    assert "Secret Service" in str(caught.value)  # names the fix
    assert not data_dir.exists() or not any(data_dir.iterdir())


@pytest.mark.keyring
def test_a_keyring_changed_after_a_safe_choice_is_checked_again(real_keyring):
    """The safe backend is chosen once for the backend keyring gives, never kept for another one."""
    assert keyring_access.secure_backend() is real_keyring
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable, match="keeps secrets in a file"):
        keyring_access.secure_backend()
    keyring.set_keyring(real_keyring)
    assert keyring_access.secure_backend() is real_keyring


def test_cli_init_reports_an_unsafe_keyring_in_words(data_dir, capsys, monkeypatch):
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert watchdesk(["--data-dir", str(data_dir), "init", "--station-id", "NRRC-US", "--name", "x"]) == 1
    finally:
        keyring.set_keyring(fail.Keyring())
    assert "Refusing to use the keyring" in capsys.readouterr().err



_CHOSEN = """
import sys
{first}
api_before = sys.modules.get("keyring.backends.macOS.api", "not imported")
from console.storage import keyring_access
backend = keyring_access.secure_backend()
print(f"{{type(backend).__module__}}.{{type(backend).__name__}}")
print("api:", "marked absent" if api_before is None else api_before,
      "| macOS backend known:", "keyring.backends.macOS" in sys.modules)
"""


@pytest.mark.keyring
def test_the_keyring_chosen_without_the_macos_api_is_the_one_keyring_itself_chooses(real_keyring):
    """keyring_access spares keyring's detection the macOS backend's api module off macOS (its
    find_library runs ldconfig and gcc): the choice is the one keyring's own full detection makes."""
    def chosen(first: str) -> list[str]:
        keyring_access.remembered_backend_path().unlink(missing_ok=True)  # keyring detects, each time
        return stdout_lines_of_fresh_python(_CHOSEN.format(first=first))

    # keyring's own detection, before keyring_access is imported: the api is tried and fails.
    own_backend, own_api = chosen("import keyring; keyring.get_keyring()")
    ours, our_api = chosen("from console.storage import keyring_access")
    assert own_backend == ours == "keyring.backends.SecretService.Keyring"
    assert own_api == "api: not imported | macOS backend known: True"  # tried, failed, dropped
    assert our_api == "api: marked absent | macOS backend known: True"


def test_keyring_is_imported_without_urllib_request_which_its_first_user_still_gets_whole():
    """keyring's jaraco.context imports urllib.request (http.client, email, ssl) for a helper keyring
    never calls: keyring_access keeps it out of start-up, and whoever imports it later gets the real
    module, jaraco.context included."""
    script = (
        "import sys\n"
        "from console.storage import keyring_access\n"
        "print(sorted(m for m in ('ssl', 'http.client', 'urllib.request') if m in sys.modules))\n"
        "import jaraco.context, urllib.request\n"
        "print(jaraco.context.urllib.request.urlopen is urllib.request.urlopen, "
        "urllib.request.pathname2url('/a b'))\n"
    )
    assert stdout_lines_of_fresh_python(script) == ["[]", "True /a%20b"]
