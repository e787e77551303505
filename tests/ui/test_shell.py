"""The shell's typed interfaces: features reach each other through them, never by attributes
they hope another feature set on the window."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

import console
from console.ui.shell import OpenNotice

UI = Path(console.__file__).parent / "ui"
LOOKUPS = {"getattr", "hasattr", "setattr", "delattr"}


def _names_the_window(node: ast.expr) -> bool:
    """`window`, `main_window`, `self.window`, `self.main_window`, `x.window`..."""
    if isinstance(node, ast.Name):
        return node.id in ("window", "main_window")
    if isinstance(node, ast.Attribute):
        return node.attr in ("window", "main_window")
    return False


def window_lookups(source: str) -> list[int]:
    """Lines where getattr/hasattr/setattr/delattr is asked about the window itself."""
    return [
        node.lineno for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LOOKUPS
        and node.args and _names_the_window(node.args[0])
    ]


def test_the_check_finds_a_feature_looked_up_on_the_window():
    source = (
        "def f(window, self):\n"
        "    inbox = getattr(window, 'inbox', None)\n"
        "    if hasattr(self.window, 'compose'):\n"
        "        setattr(self.main_window, 'x', 1)\n"
        "    getattr(self.station, 'demo_dir', None)\n"
    )
    assert window_lookups(source) == [2, 3, 4]


def test_no_ui_code_looks_features_up_on_the_window():
    found = [
        f"{path.relative_to(UI.parent)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in window_lookups(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "use the shell's interfaces (console/ui/shell.py) instead of getattr/hasattr on the window"


def test_a_service_is_offered_by_one_feature_and_says_when_none_is():
    service = OpenNotice("show a notice")
    with pytest.raises(RuntimeError, match="no feature of this window can show a notice"):
        service(1)
    shown = []
    service.register(shown.append)
    service(7)
    assert shown == [7]
    with pytest.raises(RuntimeError, match="two features offer to show a notice"):
        service.register(shown.append)


def _inbox_ids(qtbot, window) -> list[int]:
    inbox = window.pages["inbox"].widget
    window.show_page("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 1)
    return [inbox.model.row_id(row) for row in range(inbox.model.rowCount())]


def test_the_selection_follows_the_officer_through_the_lists(qtbot, main_window):
    ids = _inbox_ids(qtbot, main_window)
    changes = []
    main_window.selection.changed.connect(changes.append)
    main_window.open_notice(ids[1])
    assert main_window.selection.notice_id == ids[1]
    main_window.pages["inbox"].widget.table.selectRow(0)  # the officer clicks another row
    assert main_window.selection.notice_id == ids[0]
    main_window.show_page("audit")  # a page without notices keeps the last one selected
    assert main_window.selection.notice_id == ids[0]
    assert changes == [ids[1], ids[0]]


def test_an_answer_action_acts_on_the_selected_notice(qtbot, main_window):
    ids = _inbox_ids(qtbot, main_window)
    main_window.open_notice(ids[1])
    main_window.findChild(QAction, "actionNewFromNotice").trigger()
    (compose,) = main_window.compose.compose_windows
    qtbot.addWidget(compose)
    original = main_window.station.store.db.execute("SELECT notice_json FROM notices WHERE id = ?", [ids[1]]).fetchone()[0]
    remarks = json.loads(original)["body"]["remarks"]
    assert remarks and compose.form.remarks_edit.toPlainText() == remarks
