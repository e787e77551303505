"""Who the audit log names for a command (`--officer NAME`, else the OS account as `os:ACCOUNT`), and
the one way a command fails: `watchdesk: SENTENCE` on stderr and exit status 1."""

from __future__ import annotations

import getpass

import pytest

from console.cli.main import main as watchdesk
from console.service.station import Station
from console.storage import audit as audit_entries
from console.storage.keysource import KeyringKeySource


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = watchdesk([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def officers_by_action(data_dir) -> dict[str, list[str]]:
    station = Station.open(data_dir, KeyringKeySource())
    try:
        conn = station.store.conn
        entries = audit_entries.rows(conn, audit_entries.ids_newest_first(conn))
    finally:
        station.close()
    found: dict[str, list[str]] = {}
    for idx in sorted(entries):
        found.setdefault(entries[idx]["action"], []).append(entries[idx]["officer"])
    return found


@pytest.fixture
def station_dir(real_keyring, tmp_path, capsys):
    data_dir = tmp_path / "station"
    code, _, err = run(capsys, "--data-dir", data_dir, "init", "--station-id", "NRRC-US", "--name", "US NRRC",
                       "--recovery-sheet", tmp_path / "sheet.txt")
    assert code == 0, err
    return data_dir


@pytest.mark.keyring
def test_the_audit_log_names_the_officer_given_and_otherwise_the_os_account(station_dir, tmp_path, capsys):
    assert run(capsys, "--data-dir", station_dir, "--officer", "Lee Morgan", "backup", tmp_path / "a.wdb")[0] == 0
    assert run(capsys, "--officer", " Sam Avery ", "--data-dir", station_dir, "audit", "checkpoint")[0] == 0
    assert run(capsys, "--data-dir", station_dir, "keys", "card", tmp_path / "us.card.json")[0] == 0
    assert run(capsys, "--data-dir", station_dir, "--officer", "Lee Morgan", "log", "--day", "2026-11-28",
               "--pdf", tmp_path / "log.pdf")[0] == 0

    officers = officers_by_action(station_dir)
    os_account = f"os:{getpass.getuser()}"
    assert officers["init"] == officers["recovery_sheet_written"] == [os_account]
    assert officers["backup"] == ["Lee Morgan"]
    assert officers["audit_checkpoint"] == ["Sam Avery"]
    assert officers["key_card_exported"] == [os_account]
    assert officers["print"] == ["Lee Morgan"]


@pytest.mark.keyring
@pytest.mark.parametrize(
    ("given", "sentence"),
    [
        ("", "watchdesk: --officer '' is not a name; give the officer's name as the audit log should show it."),
        ("Lee\tMorgan", "watchdesk: --officer 'Lee\\tMorgan' is not a name; give the officer's name as the audit "
                        "log should show it."),
        ("os:root", "watchdesk: --officer 'os:root': a name starting with 'os:' is kept for the OS account, which "
                    "is used when --officer is left out."),
    ],
)
def test_an_officer_name_that_is_not_one_is_refused_before_anything_is_done(station_dir, tmp_path, capsys,
                                                                            given, sentence):
    code, _, err = run(capsys, "--data-dir", station_dir, "--officer", given, "backup", tmp_path / "a.wdb")

    assert (code, err.splitlines()) == (1, [sentence])
    assert not (tmp_path / "a.wdb").exists()
    assert "backup" not in officers_by_action(station_dir)


@pytest.mark.keyring
def test_a_failure_the_command_did_not_foresee_ends_in_one_sentence_and_status_1(station_dir, tmp_path, capsys):
    # write_pdf words a failed write as a PrintError, which no command catches: main's one handler does.
    target = tmp_path / "no such folder" / "log.pdf"
    code, _, err = run(capsys, "--data-dir", station_dir, "log", "--day", "2026-11-28", "--pdf", target)

    assert code == 1
    assert err.splitlines() == [f"watchdesk: Could not write the PDF '{target}': No such file or directory."]
    assert "print" not in officers_by_action(station_dir)


def test_officer_is_refused_for_the_console_window(capsys):
    with pytest.raises(SystemExit) as exit_status:
        watchdesk(["--officer", "Lee Morgan"])

    assert exit_status.value.code == 2
    assert "--officer names who runs a command; in the console window the officer on watch signs in" in (
        capsys.readouterr().err)
