"""Drafts and templates in the store: the rows only; console/service/drafts.py gives them meaning.

Functions taking `db` run inside the caller's transaction (the audit entry goes in the same one).
"""

from __future__ import annotations

from typing import Any

from console.storage.store import Store

# ---- drafts ---------------------------------------------------------------------------------


def update_draft(db, draft_id: int, kind: str, counterpart: str | None, content_json: str, officer: str | None,
                 stamp: str) -> bool:
    """Replace a draft's content; False if there is no such draft any more. A None officer keeps the old one."""
    return bool(db.execute(
        "UPDATE drafts SET kind = ?, counterpart = ?, content_json = ?, officer = coalesce(?, officer), "
        "updated_at = ? WHERE id = ?",
        [kind, counterpart, content_json, officer, stamp, draft_id],
    ).rowcount)


def add_draft(db, kind: str, counterpart: str | None, content_json: str, officer: str | None, stamp: str) -> int:
    return db["drafts"].insert(
        {"kind": kind, "counterpart": counterpart, "content_json": content_json, "officer": officer,
         "created_at": stamp, "updated_at": stamp}
    ).last_pk


def draft_row(store: Store, draft_id: int) -> dict[str, Any] | None:
    rows = list(store.query("SELECT * FROM drafts WHERE id = ?", [draft_id]))
    return rows[0] if rows else None


def draft_rows_newest_first(store: Store) -> list[dict[str, Any]]:
    return list(store.query("SELECT * FROM drafts ORDER BY updated_at DESC, id DESC"))


def remove_draft(db, draft_id: int) -> tuple[str, str | None] | None:
    """Delete a draft; its (kind, counterpart), or None if there was no such draft."""
    row = db.execute("SELECT kind, counterpart FROM drafts WHERE id = ?", [draft_id]).fetchone()
    if row is not None:
        db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])
    return row


def draft_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM drafts").fetchone()[0]


# ---- templates ------------------------------------------------------------------------------


def add_template(db, counterpart: str | None, name: str, kind: str, content_json: str, stamp: str) -> int:
    """Raises sqlite3.IntegrityError when the counterpart already has a template of that name."""
    return db["templates"].insert(
        {"counterpart": counterpart, "name": name, "kind": kind, "content_json": content_json, "created_at": stamp}
    ).last_pk


def template_row(store: Store, template_id: int) -> dict[str, Any] | None:
    rows = list(store.query("SELECT * FROM templates WHERE id = ?", [template_id]))
    return rows[0] if rows else None


def template_rows(store: Store, counterpart: str | None = None) -> list[dict[str, Any]]:
    """All templates, or those for one counterpart plus those for any, by counterpart and name."""
    sql = "SELECT * FROM templates"
    params: list[Any] = []
    if counterpart is not None:
        sql += " WHERE counterpart = ? OR counterpart IS NULL"
        params.append(counterpart)
    sql += " ORDER BY coalesce(counterpart, ''), name COLLATE NOCASE"
    return list(store.query(sql, params))


def rename_template(db, template_id: int, new_name: str) -> None:
    """Raises sqlite3.IntegrityError when the name is taken."""
    db.execute("UPDATE templates SET name = ? WHERE id = ?", [new_name, template_id])


def remove_template(db, template_id: int) -> tuple[str, str | None] | None:
    """Delete a template; its (name, counterpart), or None if there was no such template."""
    row = db.execute("SELECT name, counterpart FROM templates WHERE id = ?", [template_id]).fetchone()
    if row is not None:
        db.execute("DELETE FROM templates WHERE id = ?", [template_id])
    return row
