"""`watchdesk --startup-profile`: where the start-up's time goes, phase by phase."""

from __future__ import annotations

import re

from tests.cli.test_cli import run_watchdesk

PHASE_LINE = re.compile(r"(?P<phase>.+?)\s+(?P<ms>-?\d+) ms(  \(RSS +\d+ MiB\))?")


def test_startup_profile_prints_each_phase_and_exits_after_the_first_paint(tmp_path):
    result = run_watchdesk("--demo", "--data-dir", str(tmp_path), "--startup-profile")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready in \d+ ms", result.stdout.strip()), result.stdout
    phases = {}
    for line in result.stderr.splitlines():
        match = PHASE_LINE.fullmatch(line)
        if match:
            phases[match["phase"]] = int(match["ms"])
    for phase in ("import Qt and the window's modules", "open the station (key from the keyring, store)",
                  "window: feature inbox.feature", "window: first listing of the inbox",
                  "show the window to its first paint", "total to the first paint",
                  "after the first paint: the navigation's counts", "after the first paint: start the folder watcher"):
        assert any(name.startswith(phase) for name in phases), (phase, result.stderr)
    steps = [ms for name, ms in phases.items()
             if name != "total to the first paint" and not name.startswith("after the first paint")]
    assert all(ms >= 0 for ms in steps)
    assert phases["total to the first paint"] >= sum(steps) - len(steps)  # rounding, one ms a phase
    assert re.search(r"^peak memory \(RSS\) at the first paint +\d+ MiB$", result.stderr, re.M), result.stderr


def test_without_the_option_start_up_prints_no_timeline(tmp_path):
    result = run_watchdesk("--demo", "--data-dir", str(tmp_path), "--quit-when-ready")
    assert result.returncode == 0, result.stderr
    assert "total to the first paint" not in result.stderr
