"""The benchmarks and the endurance run are not run by `make test`; their imports of our code are.

A rename in console/ (a module or a name moved) must not leave `make bench` or `make endurance`
to fail an hour into a run: every `from console... import name` in bench/, including the ones
inside functions, must resolve.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

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
