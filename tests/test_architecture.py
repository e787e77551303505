"""The layering rule: only console/ui, console/printing and console/mapdraw may import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CONSOLE = Path(__file__).resolve().parent.parent / "console"
QT_ALLOWED = {"ui", "printing", "mapdraw"}
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_qt_is_imported_only_by_ui_printing_and_mapdraw():
    offenders = []
    for path in sorted(CONSOLE.rglob("*.py")):
        relative = path.relative_to(CONSOLE)
        if relative.parts[0] in QT_ALLOWED:
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{relative}: imports {name}")
    assert offenders == [], "Qt imported outside console/ui, console/printing and console/mapdraw:\n" + "\n".join(offenders)


def test_core_packages_import_without_loading_qt():
    # Importing every non-UI module must not pull Qt in indirectly either.
    modules = [
        ".".join(("console",) + p.relative_to(CONSOLE).with_suffix("").parts).removesuffix(".__init__")
        for p in sorted(CONSOLE.rglob("*.py"))
        if p.relative_to(CONSOLE).parts[0] not in QT_ALLOWED
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"Qt loaded by core modules: {result.stdout}{result.stderr}"


def test_the_rule_checker_catches_a_qt_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(sample)
