"""Storage owns every SQL statement: no module outside console/storage/ writes SQL.

The repositories in console/storage/ (notices, quarantine, counterparts and keys, operators,
drafts, audit, the station) are the only places that know the tables; the services, the
importer, printing and the UI call them. Found with an AST walk over string literals, f-string
parts included, so a docstring or a label that merely starts with "Select" or "Delete" is not SQL.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

CONSOLE = Path(__file__).resolve().parent.parent / "console"

# Upper case only: SQL here is always written in capitals, officer-facing text never starts so.
_STATEMENT_START = re.compile(
    r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|REPLACE|WITH|BEGIN|COMMIT|ROLLBACK|SAVEPOINT"
    r"|VACUUM|ATTACH|DETACH|ANALYZE|REINDEX)\b(?![a-z])"
)
# A statement inside a longer literal (a sub-query, a fragment after a comment).
_STATEMENT_INSIDE = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\s+\w|\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\s+\w|\bDELETE\s+FROM\s+\w|\bUPDATE\s+\w+\s+SET\b"
)


def sql_literals(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, text) of each string literal in `source` that holds an SQL statement."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if _STATEMENT_START.match(text) or _STATEMENT_INSIDE.search(text):
                found.append((node.lineno, text))
    return found


def test_no_sql_is_written_outside_console_storage():
    offenders = []
    for path in sorted(CONSOLE.rglob("*.py")):
        relative = path.relative_to(CONSOLE)
        if relative.parts[0] == "storage":
            continue
        for line, text in sql_literals(path.read_text("utf-8"), str(path)):
            offenders.append(f"console/{relative}:{line}: {text.strip()[:70]!r}")
    assert offenders == [], "SQL outside console/storage/ (move it into a repository there):\n" + "\n".join(offenders)


def test_the_checker_finds_sql_in_plain_and_formatted_strings_but_not_in_words():
    source = '''
def look(conn, table, key):
    conn.execute("SELECT id FROM notices WHERE id = ?", [key])
    conn.execute(f"UPDATE {table} SET name = ? WHERE id = ?", ["x", key])
    conn.execute("  pragma_free_text", [])
    where = "id IN (SELECT rowid FROM notices_fts WHERE notices_fts MATCH ?)"
    conn.execute("PRAGMA cache_size = 1000")
    label = "Select a notice first."
    button = "Delete draft"
    note = "Release now"
    return "Create the draft or replace its content."
'''
    lines = sorted(line for line, _ in sql_literals(source))
    assert lines == [3, 4, 6, 7]


def test_the_storage_package_does_hold_the_sql():
    # The rule would pass vacuously if the walk found nothing anywhere; the repositories must show up.
    holders = {
        path.name
        for path in (CONSOLE / "storage").glob("*.py")
        if sql_literals(path.read_text("utf-8"), str(path))
    }
    assert {"notices.py", "quarantine.py", "counterparts.py", "operators.py", "drafts.py", "audit.py"} <= holders
