"""Every sentence marked for translation is found by pyside6-lupdate under the context the code
looks it up in; otherwise a complete .ts still leaves the sentence in English on screen.

pyside6-lupdate reads the source, not the running program: a bare tr("...") is filed under the
context "", self.tr("...") under the enclosing class, x.tr("...") under the literal "x", and an
f-string is filed with its braces while the running text differs. console/i18n's docstring has
the rules these tests hold the code to.
"""

from __future__ import annotations

import ast
from pathlib import Path

CONSOLE = Path(__file__).resolve().parents[2] / "console"


def _is_literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def marking_offences(root: Path) -> list[str]:
    offences = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent)
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "tr" and path.parent.name != "i18n":
                offences.append(f"{relative}:{node.lineno}: defines its own tr(); import console.i18n's")
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _call_name(inner) in ("tr", "translate",
                                                                            "QT_TRANSLATE_NOOP"):
                        offences.append(f"{relative}:{inner.lineno}: {_call_name(inner)}() inside an f-string: "
                                        "lupdate reads the f-string as one string and never finds it")
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            where = f"{relative}:{node.lineno}"
            if name == "tr":
                if isinstance(node.func, ast.Attribute) and not (
                        isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
                    offences.append(f"{where}: {ast.unparse(node.func)}() is filed by lupdate under the "
                                    f"context {ast.unparse(node.func.value)!r}; use self.tr() or tr()")
                if not node.args or not _is_literal(node.args[0]):
                    argument = node.args[0] if node.args else None
                    offences.append(f"{where}: {ast.unparse(node.func)}() of something other than a string "
                                    f"literal ({ast.unparse(argument) if argument else 'nothing'}) is never "
                                    "translated; mark the sentences QT_TRANSLATE_NOOP(\"Context\", \"...\") "
                                    "and look them up with lookup()")
                    continue
                source = node.args[0].value
                if len(node.args) > 1 and not (isinstance(node.args[1], ast.Constant)):
                    offences.append(f"{where}: tr()'s disambiguation must be a literal or None")
                plural = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
                if plural and "%n" not in source:
                    offences.append(f"{where}: a count is passed but {source[:40]!r} has no %n")
                if "%n" in source and len(node.args) < 3:
                    offences.append(f"{where}: {source[:40]!r} has %n but no count as the third argument")
                if any(k.arg == "n" for k in node.keywords):
                    offences.append(f"{where}: pass the count positionally (tr(text, None, n)): "
                                    "lupdate does not read n=")
            elif name in ("QT_TRANSLATE_NOOP", "translate") and len(node.args) >= 2:
                context, text = node.args[0], node.args[1]
                if _is_literal(text) and not _is_literal(context):
                    offences.append(f"{where}: {name}() with a context lupdate cannot read "
                                    f"({ast.unparse(context)})")
                if name == "QT_TRANSLATE_NOOP" and not _is_literal(text):
                    offences.append(f"{where}: QT_TRANSLATE_NOOP() of something other than a string literal")
    return offences


def test_every_marked_sentence_is_found_under_the_context_it_is_looked_up_in():
    offences = marking_offences(CONSOLE)
    assert offences == [], "sentences pyside6-lupdate would file wrongly:\n" + "\n".join(offences)


def test_the_checker_catches_each_way_of_getting_it_wrong(tmp_path):
    package = tmp_path / "console" / "ui"
    package.mkdir(parents=True)
    (package / "bad.py").write_text(
        'def tr(text):\n    return text\n'
        'window.tr("Open")\n'
        'tr(f"Opened {name}")\n'
        'self.tr(KIND_TITLES[kind])\n'
        'tr(KIND_TITLES[kind])\n'
        'tr("%n files", None)\n'
        'tr("Files", None, count)\n'
        'QT_TRANSLATE_NOOP(CONTEXT, "Kind")\n'
        'self.tr("Fine")\n'
        'tr("%n files", None, count)\n'
        'f"{tr(\'opens\')} soon"\n')
    offences = [line.split(": ", 1)[1] for line in marking_offences(tmp_path / "console")]
    assert offences == [
        "defines its own tr(); import console.i18n's",
        "window.tr() is filed by lupdate under the context 'window'; use self.tr() or tr()",
        "tr() of something other than a string literal (f'Opened {name}') is never translated; mark the "
        "sentences QT_TRANSLATE_NOOP(\"Context\", \"...\") and look them up with lookup()",
        "self.tr() of something other than a string literal (KIND_TITLES[kind]) is never translated; mark the "
        "sentences QT_TRANSLATE_NOOP(\"Context\", \"...\") and look them up with lookup()",
        "tr() of something other than a string literal (KIND_TITLES[kind]) is never translated; mark the "
        "sentences QT_TRANSLATE_NOOP(\"Context\", \"...\") and look them up with lookup()",
        "'%n files' has %n but no count as the third argument",
        "a count is passed but 'Files' has no %n",
        "QT_TRANSLATE_NOOP() with a context lupdate cannot read (CONTEXT)",
        "tr() inside an f-string: lupdate reads the f-string as one string and never finds it",
    ]
