"""Drafts and templates in the store, and drafts started from earlier notices.

A draft holds two things (``content_json``):

  * ``notice``: the wire dict of docs/wire-shape.md as far as it reads, without
    sequence/dtg/sender/message_id/released_by: what `Outgoing.release` takes;
  * ``typed``: what the officer typed, field by field, exactly as typed (a
    half-written coordinate such as ``28-3`` has no wire form yet). The compose
    window restores from it, so resuming a draft loses no keystroke.

Autosaves update a draft without an audit entry (they are not officer decisions
and would bury the log); creating, explicitly saving and deleting a draft, and
every change to a template, are audited.

The ``*_of`` functions build the wire draft that answers an earlier notice
(amendment, postponement, cancellation, post-launch report) or copies it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.domain.notices import Kind
from console.errors import WatchdeskError
from console.i18n import tr
from console.storage import connection
from console.storage import drafts as draft_rows
from console.storage.notices import StoredNotice, cancelling_sequence
from console.storage.store import Store, utc_stamp

# Kinds an officer composes from scratch; the others answer an earlier message.
STANDALONE_KINDS = (Kind.LAUNCH_NOTIFICATION, Kind.GENERAL_COMMUNICATION)
# Kinds whose launch details can be amended, postponed, cancelled or reported on.
ANSWERABLE_KINDS = (Kind.LAUNCH_NOTIFICATION, Kind.AMENDMENT)
POSTPONEMENT_REASON = "Postponement: the launch window moves."


class DraftError(WatchdeskError, ValueError):
    """A draft or template operation was refused; the message says why in plain words."""


@dataclass(frozen=True)
class Draft:
    id: int
    kind: str
    counterpart: str | None
    notice: dict[str, Any]
    typed: dict[str, Any] | None
    officer: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    kind: str
    counterpart: str | None
    notice: dict[str, Any]
    typed: dict[str, Any] | None
    created_at: str


def _content_json(notice: dict[str, Any], typed: dict[str, Any] | None) -> str:
    return json.dumps({"notice": notice, "typed": typed}, ensure_ascii=False, sort_keys=True)


def _read_content(text: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    data = json.loads(text)
    if isinstance(data, dict) and "notice" in data:
        return data["notice"], data.get("typed")
    return data, None  # a bare wire dict, as any other writer of the table would store it


def _kind_of(notice: dict[str, Any]) -> str:
    kind = notice.get("kind")
    if not isinstance(kind, str) or not kind:
        raise DraftError(tr("A draft needs a message kind."))
    return kind


def _recipient_of(notice: dict[str, Any]) -> str | None:
    recipient = notice.get("recipient")
    return recipient if isinstance(recipient, str) and recipient else None


class DraftBook:
    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.clock = clock

    def save(
        self,
        notice: dict[str, Any],
        officer: str | None,
        draft_id: int | None = None,
        *,
        typed: dict[str, Any] | None = None,
        autosave: bool = False,
    ) -> int:
        """Create the draft (``draft_id`` None) or replace its content. Returns its id.

        A draft deleted meanwhile (released from elsewhere, deleted on the Drafts page)
        is created afresh rather than silently dropped.
        """
        kind = _kind_of(notice)
        stamp = utc_stamp(self.clock())
        content = _content_json(notice, typed)
        with self.store.transaction() as db:
            updated = draft_id is not None and draft_rows.update_draft(
                db, draft_id, kind, _recipient_of(notice), content, officer, stamp
            )
            created = not updated
            if created:
                draft_id = draft_rows.add_draft(db, kind, _recipient_of(notice), content, officer, stamp)
            if created or not autosave:
                self.store.audit.append(
                    self.clock(), officer or "officer", "draft_saved",
                    {"draft_id": draft_id, "kind": kind, "counterpart": _recipient_of(notice), "created": created},
                )
        assert draft_id is not None
        return draft_id

    def get(self, draft_id: int) -> Draft | None:
        row = draft_rows.draft_row(self.store, draft_id)
        return _draft(row) if row else None

    def all(self) -> list[Draft]:
        """Newest first."""
        return [_draft(row) for row in draft_rows.draft_rows_newest_first(self.store)]

    def delete(self, draft_id: int, officer: str | None) -> bool:
        """Returns False when there was no such draft (already released or deleted)."""
        with self.store.transaction() as db:
            row = draft_rows.remove_draft(db, draft_id)
            if row is None:
                return False
            self.store.audit.append(
                self.clock(), officer or "officer", "draft_deleted",
                {"draft_id": draft_id, "kind": row[0], "counterpart": row[1]},
            )
        return True


def _draft(row: dict[str, Any]) -> Draft:
    notice, typed = _read_content(row["content_json"])
    return Draft(
        id=row["id"], kind=row["kind"], counterpart=row["counterpart"], notice=notice, typed=typed,
        officer=row["officer"], created_at=row["created_at"], updated_at=row["updated_at"],
    )


class TemplateBook:
    """Named, pre-agreed notice texts, one set per counterpart (``counterpart`` None: any)."""

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.clock = clock

    def save(
        self, name: str, notice: dict[str, Any], officer: str | None, *, typed: dict[str, Any] | None = None
    ) -> int:
        name = name.strip()
        if not name:
            raise DraftError(tr("A template needs a name, for example 'SLV launch from the northern range'."))
        kind = _kind_of(notice)
        if kind not in STANDALONE_KINDS:
            raise DraftError(
                tr("Templates hold new launch notifications and general communications; "
                   "an {kind} belongs to the one message it answers.").format(kind=Kind(kind).words)
            )
        counterpart = _recipient_of(notice)
        template_notice = _template_notice(notice)
        template_typed = _template_typed(typed)
        try:
            with self.store.transaction() as db:
                template_id = draft_rows.add_template(
                    db, counterpart, name, kind, _content_json(template_notice, template_typed),
                    utc_stamp(self.clock()),
                )
                self.store.audit.append(
                    self.clock(), officer or "officer", "template_saved",
                    {"template_id": template_id, "name": name, "kind": kind, "counterpart": counterpart},
                )
        except connection.IntegrityError:
            raise DraftError(_duplicate_name(name, counterpart)) from None
        return template_id

    def get(self, template_id: int) -> Template | None:
        row = draft_rows.template_row(self.store, template_id)
        return _template(row) if row else None

    def all(self, counterpart: str | None = None) -> list[Template]:
        """All templates, or those for one counterpart plus those for any, by counterpart and name."""
        return [_template(row) for row in draft_rows.template_rows(self.store, counterpart)]

    def rename(self, template_id: int, new_name: str, officer: str | None) -> None:
        new_name = new_name.strip()
        if not new_name:
            raise DraftError(tr("A template needs a name."))
        template = self.get(template_id)
        if template is None:
            raise DraftError(tr("That template no longer exists."))
        try:
            with self.store.transaction() as db:
                draft_rows.rename_template(db, template_id, new_name)
                self.store.audit.append(
                    self.clock(), officer or "officer", "template_renamed",
                    {"template_id": template_id, "from": template.name, "to": new_name},
                )
        except connection.IntegrityError:
            raise DraftError(_duplicate_name(new_name, template.counterpart)) from None

    def delete(self, template_id: int, officer: str | None) -> bool:
        with self.store.transaction() as db:
            row = draft_rows.remove_template(db, template_id)
            if row is None:
                return False
            self.store.audit.append(
                self.clock(), officer or "officer", "template_deleted",
                {"template_id": template_id, "name": row[0], "counterpart": row[1]},
            )
        return True


def _duplicate_name(name: str, counterpart: str | None) -> str:
    if counterpart:
        return tr("There is already a template named '{name}' for {counterpart}; choose another name.").format(
            name=name, counterpart=counterpart)
    return tr("There is already a template named '{name}' for any counterpart; choose another name.").format(name=name)


def _template(row: dict[str, Any]) -> Template:
    notice, typed = _read_content(row["content_json"])
    return Template(
        id=row["id"], name=row["name"], kind=row["kind"], counterpart=row["counterpart"], notice=notice,
        typed=typed, created_at=row["created_at"],
    )


def _template_notice(notice: dict[str, Any]) -> dict[str, Any]:
    """What a template keeps: the content, not who drafted it or what it referred to."""
    kept = copy.deepcopy(notice)
    kept.pop("drafted_by", None)
    kept["references"] = []
    return kept


def _template_typed(typed: dict[str, Any] | None) -> dict[str, Any] | None:
    if typed is None:
        return None
    kept = copy.deepcopy(typed)
    kept.pop("drafted_by", None)
    kept["references"] = []
    kept["target"] = ""
    return kept


def draft_from_template(template: Template, officer: str | None) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The notice and typed fields a new draft starts from."""
    notice = copy.deepcopy(template.notice)
    typed = copy.deepcopy(template.typed)
    if officer:
        notice["drafted_by"] = officer
        if typed is not None:
            typed["drafted_by"] = officer
    return notice, typed


# --- drafts that start from an earlier notice ------------------------------------------


def _envelope(stored: StoredNotice, kind: Kind, officer: str | None, *, reference: bool) -> dict[str, Any]:
    notice = stored.notice
    draft: dict[str, Any] = {
        "kind": str(kind),
        "recipient": stored["counterpart"],
        "precedence": str(notice.precedence),
        "status": str(notice.status),
        "agreement": notice.agreement,
        "references": (
            [{"message_id": notice.message_id, "sha256": stored["sealed_sha256"]}] if reference else []
        ),
    }
    if officer:
        draft["drafted_by"] = officer
    return draft


def _require_answerable(stored: StoredNotice, action: str) -> None:
    """`action`: "amended", "postponed", "cancelled" or "reported on"; each refusal is a whole sentence."""
    if stored["direction"] != "out":
        received = {
            "amended": lambda: tr("Only a notice this station sent can be amended; this one was received."),
            "postponed": lambda: tr("Only a notice this station sent can be postponed; this one was received."),
            "cancelled": lambda: tr("Only a notice this station sent can be cancelled; this one was received."),
            "reported on": lambda: tr("Only a notice this station sent can be reported on; this one was received."),
        }
        raise DraftError(received[action]())
    if stored.notice.kind not in ANSWERABLE_KINDS:
        unanswerable = {
            "amended": lambda: tr("Only a launch notification or an amendment can be amended; this is a {kind}."),
            "postponed": lambda: tr("Only a launch notification or an amendment can be postponed; this is a {kind}."),
            "cancelled": lambda: tr("Only a launch notification or an amendment can be cancelled; this is a {kind}."),
            "reported on": lambda: tr("Only a launch notification or an amendment can be reported on; "
                                      "this is a {kind}."),
        }
        raise DraftError(unanswerable[action]().format(kind=stored.notice.kind.words))
    if not stored["sealed_sha256"]:
        raise DraftError(tr("This notice has no sealed file to refer to."))


def cancelled_by(store: Store, message_id: str) -> int | None:
    """The outgoing sequence number of the cancellation that already cancelled this message, if any."""
    return cancelling_sequence(store, message_id)


def amendment_of(stored: StoredNotice, officer: str | None, *, postponement: bool = False) -> dict[str, Any]:
    """An amendment carrying the full launch details of `stored`, to be edited."""
    _require_answerable(stored, "postponed" if postponement else "amended")
    draft = _envelope(stored, Kind.AMENDMENT, officer, reference=True)
    draft["body"] = {
        "amended_message_id": stored.notice.message_id,
        "content": copy.deepcopy(stored.notice.launch_content),
    }
    if postponement:
        draft["body"]["reason"] = POSTPONEMENT_REASON
    return draft


def cancellation_of(stored: StoredNotice, officer: str | None) -> dict[str, Any]:
    _require_answerable(stored, "cancelled")
    draft = _envelope(stored, Kind.CANCELLATION, officer, reference=True)
    draft["body"] = {"cancelled_message_id": stored.notice.message_id}
    return draft


def post_launch_report_of(stored: StoredNotice, officer: str | None) -> dict[str, Any]:
    _require_answerable(stored, "reported on")
    draft = _envelope(stored, Kind.POST_LAUNCH_REPORT, officer, reference=True)
    draft["body"] = {"reported_message_id": stored.notice.message_id}
    return draft


def copy_of(stored: StoredNotice, officer: str | None) -> dict[str, Any]:
    """A new notice with the content of `stored` (sent or received), to the same counterpart.

    An amendment's replacement details become a new launch notification.
    """
    notice = stored.notice
    if notice.kind is Kind.GENERAL_COMMUNICATION:
        draft = _envelope(stored, Kind.GENERAL_COMMUNICATION, officer, reference=False)
        draft["body"] = copy.deepcopy(notice.body)
        return draft
    content = notice.launch_content
    if content is None:
        raise DraftError(
            tr("A {kind} belongs to the message it answers and cannot start a new notice; "
               "start from a launch notification, an amendment or a general communication.").format(
                kind=notice.kind.words)
        )
    draft = _envelope(stored, Kind.LAUNCH_NOTIFICATION, officer, reference=False)
    draft["body"] = copy.deepcopy(content)
    return draft
