"""Run a few lines of Python in a new interpreter: what a fresh start of the console imports."""

from __future__ import annotations

import subprocess
import sys


def stdout_lines_of_fresh_python(script: str, timeout: float = 60) -> list[str]:
    """The lines `script` prints in an interpreter of its own; fails the test on a non-zero exit."""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()
