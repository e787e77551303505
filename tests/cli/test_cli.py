"""The `watchdesk` command as a user runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import console


def run_watchdesk(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "console.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        **kwargs,
    )


def test_help_lists_the_commands():
    result = run_watchdesk("--help")
    assert result.returncode == 0
    for word in ("--data-dir", "--demo", "--quit-when-ready", "init", "backup", "restore", "recover", "audit"):
        assert word in result.stdout


def test_version_prints_the_package_version():
    result = run_watchdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"watchdesk {console.__version__}"


def test_demo_opens_a_painted_window_and_reports_ready(tmp_path):
    result = run_watchdesk("--demo", "--data-dir", str(tmp_path), "--quit-when-ready")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready in \d+ ms", result.stdout.strip()), result.stdout
    # The demo logs into its own folder.
    log_file = tmp_path / "demo" / "station" / "logs" / "watchdesk.log"
    assert "opened station DEMO-WATCH" in log_file.read_text()


def test_opening_a_missing_station_says_how_to_create_one(tmp_path):
    result = run_watchdesk("--data-dir", str(tmp_path / "nothing"), "--quit-when-ready")
    assert result.returncode == 1
    assert "watchdesk init --station-id" in result.stderr


def test_demo_refuses_to_wipe_a_folder_that_is_not_a_demo(tmp_path):
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "precious.txt").write_text("keep me")
    result = run_watchdesk("--demo", "--data-dir", str(tmp_path), "--quit-when-ready")
    assert result.returncode == 1
    assert "not a demo station" in result.stderr
    assert (tmp_path / "demo" / "precious.txt").read_text() == "keep me"
