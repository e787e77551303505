"""The layering rules of docs/architecture.md: who may import whom, and only ui and printing import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CONSOLE = Path(__file__).resolve().parent.parent / "console"
QT_ALLOWED = {"ui", "printing"}
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    nodes = _module_level(tree) if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _module_level(tree: ast.Module):
    """The statements run at import time: the module's own, inside if/try blocks too, not in functions."""
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, (ast.If, ast.Try)):
            pending.extend(ast.iter_child_nodes(node))


# The "may import" table of docs/architecture.md. A layer may always import itself and the
# shared helpers; "stdlib" is implied everywhere.
SHARED_HELPERS = {"paths", "fsutil", "logsetup", "errors", "startup_timeline", "i18n"}
MAY_IMPORT: dict[str, set[str]] = {
    "domain": {"jsonschema", "referencing", "fastjsonschema"},
    "format": {"console.domain", "jwcrypto", "cryptography"},
    "storage": {"console.domain", "console.format", "sqlite_utils", "sqlcipher3", "keyring", "jaraco", "cryptography",
                "argon2"},
    "exchange": {"console.domain", "console.format", "console.storage"},
    "service": {"console.domain", "console.format", "console.storage", "console.exchange", "cryptography", "numpy"},
    "printing": {"console.domain", "console.format", "console.storage", "console.exchange", "console.service",
                 "PySide6", "segno"},
    "export": {"console.domain", "console.storage", "console.service"},
    "ui": {"*"},
    "cli": {"*"},
}
SHARED_HELPERS_MAY_IMPORT = {"platformdirs"}


def _layer_and_target(name: str) -> str:
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == "console" else parts[0]


def _layer_offences() -> list[str]:
    offences = []
    for path in sorted(CONSOLE.rglob("*.py")):
        relative = path.relative_to(CONSOLE)
        if relative.parts[0] == "resources":
            continue
        layer = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        if layer == "__init__":
            continue
        if layer in SHARED_HELPERS:
            allowed = SHARED_HELPERS_MAY_IMPORT
        else:
            allowed = MAY_IMPORT.get(layer)
            if allowed is None:
                offences.append(f"{relative}: console/{layer} is not in the layer table")
                continue
        for name in _imports(path):
            target = _layer_and_target(name)
            if name.split(".")[0] in sys.stdlib_module_names or "*" in allowed:
                continue
            if target in (f"console.{layer}", "console") or target.removeprefix("console.") in SHARED_HELPERS:
                continue
            if target not in allowed:
                offences.append(f"{relative}: console/{layer} imports {name}")
    return offences


def test_every_layer_imports_only_what_the_table_allows():
    offences = _layer_offences()
    assert offences == [], "imports the layer table of docs/architecture.md does not allow:\n" + "\n".join(offences)


def test_the_command_line_loads_the_gui_only_to_start_it():
    eager = [f"{p.relative_to(CONSOLE)}: {name}" for p in sorted((CONSOLE / "cli").rglob("*.py"))
             for name in _imports(p, top_level_only=True) if name.split(".")[:2] == ["console", "ui"]]
    assert eager == []


def test_the_layer_checker_catches_an_upward_import(tmp_path, monkeypatch):
    fake = tmp_path / "console"
    (fake / "storage").mkdir(parents=True)
    (fake / "storage" / "bad.py").write_text("from console.service.station import Station\nimport json\n")
    (fake / "paths.py").write_text("import platformdirs\nimport jsonschema\n")
    monkeypatch.setattr(sys.modules[__name__], "CONSOLE", fake)
    assert _layer_offences() == [
        "paths.py: console/paths imports jsonschema",
        "storage/bad.py: console/storage imports console.service.station",
    ]


def test_the_window_loads_its_features_with_plain_imports():
    uses = [str(p.relative_to(CONSOLE)) for p in sorted(CONSOLE.rglob("*.py")) if "import_module(" in p.read_text("utf-8")]
    assert uses == []


def test_qt_is_imported_only_by_ui_and_printing():
    offenders = []
    for path in sorted(CONSOLE.rglob("*.py")):
        relative = path.relative_to(CONSOLE)
        if relative.parts[0] in QT_ALLOWED:
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{relative}: imports {name}")
    assert offenders == [], "Qt imported outside console/ui and console/printing:\n" + "\n".join(offenders)


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
