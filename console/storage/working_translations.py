"""Working translations of a received notice's free text: rows of `working_translations`.

An officer's translation of one free-text field (remarks, a reason, a general communication's
subject or text) kept beside the notice. Rows are only ever added: a correction is a new row,
the newest is shown and every earlier one stays. The notice's own row and JSON are never
touched, and nothing here is sent (docs/format.md does not know these rows).
The rules (which fields, who, audited) are in console/service/working_translations.py.
"""

from __future__ import annotations

from typing import Any

COLUMNS = "id, notice_id, field, language, text, translator, created_at"


def insert(db, notice_id: int, field: str, language: str, text: str, translator: str, created_at: str) -> int:
    """Add one translation; call inside the transaction that audits it. Returns its id."""
    cursor = db.execute(
        "INSERT INTO working_translations (notice_id, field, language, text, translator, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [notice_id, field, language, text, translator, created_at],
    )
    return cursor.lastrowid


def for_notice(conn, notice_id: int) -> list[dict[str, Any]]:
    """Every translation of this notice's fields, oldest first (the order they were made)."""
    cursor = conn.execute(
        f"SELECT {COLUMNS} FROM working_translations WHERE notice_id = ? ORDER BY id", [notice_id]
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def notice_row(conn, notice_id: int) -> dict[str, Any] | None:
    """What a translation is checked against: the notice's direction, counterpart, kind and JSON."""
    cursor = conn.execute(
        "SELECT id, message_id, direction, counterpart, kind, notice_json FROM notices WHERE id = ?", [notice_id]
    )
    row = cursor.fetchone()
    return None if row is None else dict(zip([column[0] for column in cursor.description], row))
