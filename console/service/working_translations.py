"""Working translations of a received notice's free text (issue 18).

A notice's structured fields (kind, precedence, areas, times) are data and are shown in the
officer's language; its free text (remarks, reasons, a general communication's subject and
text) is shown exactly as received, with the language its sender writes in named. An officer
may attach a working translation of one such field: stored beside the notice, audited under
the translator's name, never replacing the original and never sent. A correction is a new
translation; the newest of a field is the one shown, every earlier one is kept.

For the reading pane, printing and the command line:
  * ``free_text_fields(notice)``: the fields a notice has, with their original text;
  * ``working_translations(store_or_station, notice_id)``, ``newest_by_field(...)``;
  * ``add_working_translation(store_or_station, notice_id, field=..., language=..., text=...,
    translator=...)``;
  * ``sender_language(store_or_station, counterpart)`` and the captions ``original_caption`` and
    ``translation_caption`` (in any console language, for bilingual records).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from console.errors import WatchdeskError
from console.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, current_language, lookup, tr
from console.storage import counterparts as counterpart_rows
from console.storage import working_translations as translation_rows
from console.storage.store import Store, utc_stamp

AUDIT_ACTION = "working_translation_added"
# Where lupdate files this module's labels (written out at each QT_TRANSLATE_NOOP: lupdate reads literals).
_CONTEXT = "WorkingTranslation"

# Every free-text field of each kind, by its path in the notice (as notice_text names it), with
# its label. What is not here is data: shown in the officer's language, never translated by hand.
FREE_TEXT_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "launch_notification": (("body.remarks", QT_TRANSLATE_NOOP("WorkingTranslation", "Remarks")),),
    "amendment": (("body.content.remarks", QT_TRANSLATE_NOOP("WorkingTranslation", "Remarks")),
                  ("body.reason", QT_TRANSLATE_NOOP("WorkingTranslation", "Reason"))),
    "cancellation": (("body.reason", QT_TRANSLATE_NOOP("WorkingTranslation", "Reason")),),
    "post_launch_report": (("body.remarks", QT_TRANSLATE_NOOP("WorkingTranslation", "Remarks")),),
    "general_communication": (("body.subject", QT_TRANSLATE_NOOP("WorkingTranslation", "Subject")),
                              ("body.text", QT_TRANSLATE_NOOP("WorkingTranslation", "Text"))),
    "error": (("body.reason", QT_TRANSLATE_NOOP("WorkingTranslation", "Reason")),),
}
ALL_FIELDS = tuple(sorted({path for fields in FREE_TEXT_FIELDS.values() for path, _label in fields}))

# The languages free text is named in and translated into: the console's own.
_LANGUAGE_LABELS = {
    "en": QT_TRANSLATE_NOOP("WorkingTranslation", "English"),
    "ru": QT_TRANSLATE_NOOP("WorkingTranslation", "Russian"),
    "zh_CN": QT_TRANSLATE_NOOP("WorkingTranslation", "Chinese (Simplified)"),
}
assert set(_LANGUAGE_LABELS) == set(LANGUAGE_NAMES)

_AS_RECEIVED = QT_TRANSLATE_NOOP("WorkingTranslation", "as received, in {language}")
_NOT_STATED = QT_TRANSLATE_NOOP("WorkingTranslation", "as received, language not stated")
_TRANSLATION = QT_TRANSLATE_NOOP(
    "WorkingTranslation", "Working translation into {language} by {officer}, {time} — not the original")


class WorkingTranslationRefused(WatchdeskError, ValueError):
    """A working translation was not stored; the message says why."""


@dataclass(frozen=True)
class WorkingTranslation:
    """One officer's working translation of one free-text field of a received notice."""

    id: int
    notice_id: int
    field: str  # the field's path in the notice, e.g. "body.remarks"
    language: str  # the language translated into: en, ru, zh_CN
    text: str
    translator: str  # the officer's name, as the store records officers
    created_at: datetime  # UTC


@dataclass(frozen=True)
class FreeTextField:
    """A free-text field a notice has, with its text exactly as received."""

    path: str
    label: str  # in the officer's language
    original: str


def _store_of(store_or_station) -> Store:
    return getattr(store_or_station, "store", store_or_station)


def _now(store_or_station) -> datetime:
    clock = getattr(store_or_station, "clock", None)
    return clock() if clock is not None else datetime.now(UTC).replace(microsecond=0)


def _value_at(wire: dict[str, Any], path: str) -> Any:
    value: Any = wire
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def language_label(code: str | None, language: str | None = None) -> str:
    """A language's name ("Russian") in `language` (the console's by default); the code if unknown."""
    label = _LANGUAGE_LABELS.get(code or "")
    return lookup(_CONTEXT, label, language=language) if label else (code or "")


def field_label(path: str, language: str | None = None) -> str:
    """A free-text field's label ("Remarks") in `language` (the console's by default)."""
    for fields in FREE_TEXT_FIELDS.values():
        for field_path, label in fields:
            if field_path == path:
                return lookup(_CONTEXT, label, language=language)
    return path


def free_text_fields(wire: dict[str, Any] | Any) -> list[FreeTextField]:
    """The free-text fields this notice (its wire dict, or a Notice) has and fills, in the
    order the kind lists them, each with its text exactly as received."""
    if not isinstance(wire, dict):
        wire = wire.to_dict(copy_body=False)
    found = []
    for path, label in FREE_TEXT_FIELDS.get(str(wire.get("kind")), ()):
        value = _value_at(wire, path)
        if isinstance(value, str) and value.strip():
            found.append(FreeTextField(path, lookup(_CONTEXT, label), value))
    return found


def sender_language(store_or_station, counterpart: str) -> str | None:
    """The language this counterpart writes its free text in, or None: not stated."""
    return counterpart_rows.free_text_language(_store_of(store_or_station).conn, counterpart)


def original_caption(sender_language_code: str | None, language: str | None = None) -> str:
    """"as received, in Russian", or "as received, language not stated", in `language`."""
    if not sender_language_code:
        return lookup(_CONTEXT, _NOT_STATED, language=language)
    return lookup(_CONTEXT, _AS_RECEIVED, language=language).format(
        language=language_label(sender_language_code, language))


def translation_caption(translation: WorkingTranslation, language: str | None = None) -> str:
    """"Working translation into English by Sam Avery, 2026-12-04 15:40Z — not the original"."""
    return lookup(_CONTEXT, _TRANSLATION, language=language).format(
        language=language_label(translation.language, language), officer=translation.translator,
        time=f"{translation.created_at:%Y-%m-%d %H:%M}Z")


def _from_row(row: dict[str, Any]) -> WorkingTranslation:
    created = datetime.strptime(row["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return WorkingTranslation(row["id"], row["notice_id"], row["field"], row["language"], row["text"],
                              row["translator"], created)


def working_translations(store_or_station, notice_id: int) -> list[WorkingTranslation]:
    """Every working translation of this notice's fields, newest last."""
    return [_from_row(row) for row in translation_rows.for_notice(_store_of(store_or_station).conn, notice_id)]


def newest_by_field(translations: list[WorkingTranslation]) -> dict[str, WorkingTranslation]:
    """The translation shown for each field: the newest (a correction replaces it on screen, not on record)."""
    newest: dict[str, WorkingTranslation] = {}
    for translation in translations:  # oldest first: a later one wins
        newest[translation.field] = translation
    return newest


def check_working_translation(store_or_station, notice_id: int, field: str, language: str, text: str,
                              translator: str) -> None:
    """WorkingTranslationRefused if add_working_translation would refuse these (before a PIN is
    asked for them)."""
    _refuse_or_notice(_store_of(store_or_station), notice_id, field, language, text, translator)


def _refuse_or_notice(store, notice_id: int, field: str, language: str, text: str, translator: str):
    """The notice's row, or WorkingTranslationRefused saying why nothing can be stored."""
    translator = (translator or "").strip()
    if not translator:
        raise WorkingTranslationRefused(tr("Name the officer who made the translation; nothing was stored."))
    if not text or not text.strip():
        raise WorkingTranslationRefused(tr("The working translation is empty; nothing was stored."))
    if language not in _LANGUAGE_LABELS:
        raise WorkingTranslationRefused(
            tr("{language} is not a language the console knows (it knows {known}); nothing was stored.").format(
                language=language, known=", ".join(_LANGUAGE_LABELS)))
    if field not in ALL_FIELDS:
        raise WorkingTranslationRefused(
            tr("{field} is not a free-text field of a notice (those are {known}); nothing was stored.").format(
                field=field, known=", ".join(ALL_FIELDS)))
    row = translation_rows.notice_row(store.conn, notice_id)
    if row is None:
        raise WorkingTranslationRefused(tr("There is no notice {id} on record.").format(id=notice_id))
    if row["direction"] != "in":
        raise WorkingTranslationRefused(
            tr("Notice {id} was sent by this station: working translations are for the free text a "
               "counterpart sent; nothing was stored.").format(id=notice_id))
    wire = json.loads(row["notice_json"])
    original = _value_at(wire, field)
    if not isinstance(original, str) or field not in dict(FREE_TEXT_FIELDS.get(row["kind"], ())):
        raise WorkingTranslationRefused(tr("Notice {id} has no {field} to translate; nothing was stored.").format(
            id=notice_id, field=field_label(field)))
    if not original.strip():
        raise WorkingTranslationRefused(
            tr("Notice {id}'s {field} is empty: there is nothing to translate; nothing was stored.").format(
                id=notice_id, field=field_label(field)))
    return row


def add_working_translation(
    store_or_station, notice_id: int, field: str, language: str, text: str, translator: str, *,
    now: datetime | None = None,
) -> WorkingTranslation:
    """Store a working translation of one free-text field of a received notice, and its audit
    entry, in one transaction. The notice itself is not touched. WorkingTranslationRefused says
    why nothing was stored."""
    store = _store_of(store_or_station)
    row = _refuse_or_notice(store, notice_id, field, language, text, translator)
    translator = translator.strip()
    when = (now or _now(store_or_station)).astimezone(UTC).replace(microsecond=0)
    stamp = utc_stamp(when)
    with store.transaction() as db:
        translation_id = translation_rows.insert(db, notice_id, field, language, text, translator, stamp)
        store.audit.append(when, translator, AUDIT_ACTION, {
            "notice_id": notice_id, "message_id": row["message_id"], "counterpart": row["counterpart"],
            "field": field, "language": language, "translator": translator, "translation_id": translation_id,
            # The text is on record beside the notice; its digest here shows it was not changed since.
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        })
    return WorkingTranslation(translation_id, notice_id, field, language, text, translator, when)


def default_target_language() -> str:
    """What a new translation is into unless the officer chooses: the console's language."""
    return current_language()
