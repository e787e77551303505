"""The benchmarks and the endurance run are not run by `make test`; their imports of our code are,
and so is the start-up's floor, a script in a string.

A rename in console/ (a module or a name moved) must not leave `make bench` or `make endurance`
to fail an hour into a run: every `from console... import name` in bench/, including the ones
inside functions, must resolve.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _console_imports() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(BENCH.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "console":
                found += [(path.name, node.module, alias.name) for alias in node.names]
            elif isinstance(node, ast.Import):
                found += [(path.name, alias.name, "") for alias in node.names if alias.name.split(".")[0] == "console"]
    return found


def test_every_import_of_our_code_in_the_benchmarks_resolves():
    imports = _console_imports()
    assert len(imports) > 20, "the walk found no imports: it would check nothing"
    missing = []
    for file, module, name in imports:
        try:
            imported = importlib.import_module(module)
        except ImportError as error:
            missing.append(f"{file}: {module} ({error})")
            continue
        if name and not hasattr(imported, name):
            try:
                importlib.import_module(f"{module}.{name}")
            except ImportError:
                missing.append(f"{file}: from {module} import {name}")
    assert missing == []


@pytest.mark.keyring
def test_the_start_up_floor_paints_the_first_rows_of_a_real_station(real_keyring, tmp_path):
    """`make bench`'s floor is a script in a string: this runs it, as the benchmark does, on a
    station whose key is in the real keyring, so that a rename in console/ or a new entry name in
    the keyring fails here and not in the middle of a benchmark run."""
    from bench.bench_startup import FLOOR_WINDOW, STATION_ID, _child_environment
    from console.service.bulk import fill_history
    from console.service.station import Station
    from console.storage.keysource import KeyringKeySource

    station, _code = Station.initialise(tmp_path / "station", STATION_ID, "Floor", KeyringKeySource())
    try:
        fill_history(station, 120)
    finally:
        station.close()
    result = subprocess.run([sys.executable, "-c", FLOOR_WINDOW, str(tmp_path / "station"), STATION_ID],
                            capture_output=True, text=True, timeout=120,
                            env=_child_environment(tmp_path / "bytecode"), cwd=BENCH.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["ready"]
