"""`watchdesk` opens the window without loading the commands' modules, and still knows every command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from console.cli.main import _names_a_command, build_parser, main


@pytest.mark.parametrize("argv, names_one", [
    ([], False),
    (["--demo"], False),
    (["--data-dir", "/srv/desk", "--startup-profile"], False),
    (["--data-dir", "import"], False),  # a folder called "import" is not the import command
    (["--officer", "Dana", "import"], True),
    (["import"], True),
    (["improt"], True),  # a wrong command is reported as one, by the whole parser
    (["--help"], True),
])
def test_the_window_is_told_from_a_command(argv, names_one):
    assert _names_a_command(argv) is names_one


def test_opening_the_window_does_not_load_the_commands():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, console.cli.main; print(sorted(m for m in sys.modules if m in ("
         "'console.cli.exchange_commands', 'console.cli.store_commands', 'console.exchange.importer', "
         "'console.cli.notice_commands', 'console.cli.pins', 'console.service.station')))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert loaded == "[]"


def test_a_wrong_command_is_named_and_the_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as wrong:
        main(["improt"])
    assert wrong.value.code == 2
    assert "invalid choice: 'improt'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for command in ("import", "export", "audit", "verify", "notices", "ack", "send"):
        assert command in listed
    assert build_parser(with_commands=False).parse_args(["--demo"]).command is None
