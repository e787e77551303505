"""`make`'s venv step on a fresh workstation: a failed step leaves nothing a rerun trusts.

On Debian 12, `python3 -m venv` fails half-way when python3.11-venv is missing and
leaves `.venv/bin/python` behind; a rerun must not take that for a venv.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def make_venv(venv: Path, python: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO), f"VENV={venv}", f"PYTHON={python}", f"{venv}/.created"],
        capture_output=True, text=True, timeout=300,
    )


def half_failing_python(folder: Path) -> Path:
    """A python3 whose venv module dies after making bin/python, as Debian's does without ensurepip."""
    fake = folder / "python3"
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = -m ] && [ "$2" = venv ]; then\n'
        '  mkdir -p "$3/bin" && ln -sf ' + sys.executable + ' "$3/bin/python"\n'
        '  echo "The virtual environment was not created successfully because ensurepip is not available." >&2\n'
        "  exit 1\n"
        "fi\n"
        f'exec {sys.executable} "$@"\n'
    )
    fake.chmod(0o755)
    return fake


def test_a_venv_step_that_fails_half_way_leaves_nothing_behind(tmp_path):
    venv = tmp_path / ".venv"
    result = make_venv(venv, str(half_failing_python(tmp_path)))
    assert result.returncode != 0
    assert "ensurepip is not available" in result.stderr
    assert "nothing was kept" in result.stderr
    assert not venv.exists(), "a half-made venv was left for the next run to trust"


def test_a_rerun_after_a_failure_makes_a_working_venv(tmp_path):
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(sys.executable)  # what an older, failed run left
    result = make_venv(venv, sys.executable)
    assert result.returncode == 0, result.stderr
    assert f"Creating {venv}" in result.stdout
    assert (venv / ".created").exists()
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "--version"], capture_output=True, text=True)
    assert pip.returncode == 0 and str(venv) in pip.stdout
