"""Notices: the common envelope, the per-kind body, and their one-line and full-text renderings.

The body is kept as the wire dict (docs/wire-shape.md) rather than typed per kind: drafts
may hold half-filled bodies, ``rules.check_notice`` reads them as they are, and the wire
form is what gets sealed. Typed views of the areas are available through
``launch_area()`` and ``impact_areas()``.
"""

from __future__ import annotations

import copy
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from console.domain.areas import IMPACT_AREA_TYPES, LAUNCH_AREA_TYPES, Area, area_from_dict
from console.domain.coordinates import Point, format_compact, format_decimal, format_dms
from console.domain.errors import NoticeFormatError, join_path
from console.domain.schema import validate_notice_dict
from console.domain.times import TimeFormatError, format_dtg, format_rfc3339, parse_rfc3339
from console.i18n import QT_TRANSLATE_NOOP, lookup

FORMAT_VERSION = 1


class Kind(StrEnum):
    LAUNCH_NOTIFICATION = "launch_notification"
    AMENDMENT = "amendment"
    CANCELLATION = "cancellation"
    POST_LAUNCH_REPORT = "post_launch_report"
    GENERAL_COMMUNICATION = "general_communication"
    ACKNOWLEDGEMENT = "acknowledgement"
    ERROR = "error"

    @property
    def label(self) -> str:
        """Words for the record, always English: "launch notification", "post-launch report"
        (summaries, the search index, audit details)."""
        return _KIND_LABELS[self]

    @property
    def words(self) -> str:
        """The label in the language in force, for a sentence shown to the officer."""
        return lookup("Kind", _KIND_LABELS[self])


_KIND_LABELS = {
    Kind.LAUNCH_NOTIFICATION: QT_TRANSLATE_NOOP("Kind", "launch notification"),
    Kind.AMENDMENT: QT_TRANSLATE_NOOP("Kind", "amendment"),
    Kind.CANCELLATION: QT_TRANSLATE_NOOP("Kind", "cancellation"),
    Kind.POST_LAUNCH_REPORT: QT_TRANSLATE_NOOP("Kind", "post-launch report"),
    Kind.GENERAL_COMMUNICATION: QT_TRANSLATE_NOOP("Kind", "general communication"),
    Kind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("Kind", "acknowledgement"),
    Kind.ERROR: QT_TRANSLATE_NOOP("Kind", "error report"),
}


class Precedence(StrEnum):
    FLASH = "FLASH"
    IMMEDIATE = "IMMEDIATE"
    PRIORITY = "PRIORITY"
    ROUTINE = "ROUTINE"

    @property
    def rank(self) -> int:
        """0 for FLASH (most urgent) to 3 for ROUTINE: sort key for queues."""
        return list(Precedence).index(self)


class Status(StrEnum):
    ACTUAL = "ACTUAL"
    EXERCISE = "EXERCISE"
    TEST = "TEST"


class VehicleCategory(StrEnum):
    ICBM = "ICBM"
    SLBM = "SLBM"
    SLV = "SLV"
    OTHER = "OTHER"


# The body field that names the earlier message each kind points at.
TARGET_FIELD_BY_KIND: dict[Kind, str] = {
    Kind.AMENDMENT: "amended_message_id",
    Kind.CANCELLATION: "cancelled_message_id",
    Kind.POST_LAUNCH_REPORT: "reported_message_id",
    Kind.ACKNOWLEDGEMENT: "acknowledged_message_id",
    Kind.ERROR: "referenced_message_id",
}


def new_message_id() -> str:
    """A fresh message identifier: random UUID, lower-case canonical form."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Reference:
    """An earlier message this one points at, pinned by the digest of its sealed file."""

    message_id: str
    sha256: str

    def to_dict(self) -> dict[str, str]:
        return {"message_id": self.message_id, "sha256": self.sha256}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reference:
        return cls(data["message_id"], data["sha256"])


def _copy_json(value: Any) -> Any:
    """A deep copy of a JSON value: dicts and lists copied, text, numbers, true/false and null shared
    (they cannot change). Anything else is left to copy.deepcopy. A few times faster than
    deepcopy alone, which every imported notice's body goes through."""
    kind = type(value)
    if kind is dict:
        return {key: _copy_json(item) for key, item in value.items()}
    if kind is list:
        return [_copy_json(item) for item in value]
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    return copy.deepcopy(value)


@dataclass(frozen=True)
class Notice:
    """One message in wire terms. ``body`` is the per-kind wire object (a plain dict)."""

    kind: Kind
    message_id: str
    sequence: int
    sender: str
    recipient: str
    dtg: datetime
    precedence: Precedence
    status: Status
    agreement: str
    references: tuple[Reference, ...]
    drafted_by: str
    released_by: str
    body: dict[str, Any] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION

    def __post_init__(self) -> None:
        # Accept plain strings from callers (e.g. combo boxes) but always hold the enums.
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "precedence", Precedence(self.precedence))
        object.__setattr__(self, "status", Status(self.status))
        object.__setattr__(self, "references", tuple(self.references))

    def __hash__(self) -> int:
        # The body is a dict, so hash by identity of the message; equal notices share an id.
        return hash(self.message_id)

    def to_dict(self, *, copy_body: bool = True) -> dict[str, Any]:
        """The exact wire object, keys in the documented order.

        `copy_body=False` shares the notice's body with the dict: only for serialising it at once
        (storing 1,000 imported notices spent a fifth of its time copying bodies it then dropped).
        """
        return {
            "format_version": self.format_version,
            "kind": str(self.kind),
            "message_id": self.message_id,
            "sequence": self.sequence,
            "sender": self.sender,
            "recipient": self.recipient,
            "dtg": format_rfc3339(self.dtg),
            "precedence": str(self.precedence),
            "status": str(self.status),
            "agreement": self.agreement,
            "references": [reference.to_dict() for reference in self.references],
            "drafted_by": self.drafted_by,
            "released_by": self.released_by,
            "body": copy.deepcopy(self.body) if copy_body else self.body,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Notice:
        """Validate a wire object completely and build the notice; NoticeFormatError names the field."""
        validate_notice_dict(data)
        body = _copy_json(data["body"])
        # JSON writers may emit 2.0 for 2; keep whole numbers as int so re-serialising is stable.
        for content in (body, body.get("content")):
            if isinstance(content, dict) and "vehicle_count" in content:
                content["vehicle_count"] = int(content["vehicle_count"])
        return cls(
            kind=Kind(data["kind"]),
            message_id=data["message_id"],
            sequence=int(data["sequence"]),
            sender=data["sender"],
            recipient=data["recipient"],
            dtg=parse_rfc3339(data["dtg"]),
            precedence=Precedence(data["precedence"]),
            status=Status(data["status"]),
            agreement=data["agreement"],
            references=tuple(Reference.from_dict(item) for item in data["references"]),
            drafted_by=data["drafted_by"],
            released_by=data["released_by"],
            body=body,
            format_version=int(data["format_version"]),
        )

    @property
    def target_message_id(self) -> str | None:
        """The earlier message this one amends, cancels, reports on, acknowledges or rejects."""
        field_name = TARGET_FIELD_BY_KIND.get(self.kind)
        value = self.body.get(field_name) if field_name else None
        return value if isinstance(value, str) else None

    @property
    def launch_content(self) -> dict[str, Any] | None:
        """The launch details: the body of a notification, the content of an amendment."""
        if self.kind is Kind.LAUNCH_NOTIFICATION:
            return self.body
        if self.kind is Kind.AMENDMENT and isinstance(self.body.get("content"), dict):
            content: dict[str, Any] = self.body["content"]
            return content
        return None

    def launch_area(self) -> Area | None:
        """Typed launch area, or None for kinds without one. Raises NoticeFormatError if malformed."""
        content, path = self._content_and_path()
        if content is None or "launch_area" not in content:
            return None
        return area_from_dict(content["launch_area"], join_path(path, "launch_area"), LAUNCH_AREA_TYPES)

    def impact_areas(self) -> tuple[Area, ...]:
        """Typed impact areas (polygons and circles). Raises NoticeFormatError if malformed."""
        content, path = self._content_and_path()
        if content is None:
            return ()
        areas = content.get("impact_areas", [])
        areas_path = join_path(path, "impact_areas")
        return tuple(
            area_from_dict(area, join_path(areas_path, index), IMPACT_AREA_TYPES)
            for index, area in enumerate(areas)
        )

    def _content_and_path(self) -> tuple[dict[str, Any] | None, str]:
        path = "body.content" if self.kind is Kind.AMENDMENT else "body"
        return self.launch_content, path


# --- one-line summary -------------------------------------------------------------

_SUMMARY_TEXT_LIMIT = 80


def _one_line(value: Any, limit: int = _SUMMARY_TEXT_LIMIT) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _short_id(value: Any) -> str:
    return value[:8] if isinstance(value, str) and value else "?"


def _time_or_raw(value: Any) -> datetime | None:
    try:
        return parse_rfc3339(value)
    except TimeFormatError:
        return None


def _window_text(start_value: Any, end_value: Any) -> str:
    start, end = _time_or_raw(start_value), _time_or_raw(end_value)
    start_text = f"{start:%Y-%m-%d %H:%M}Z" if start else "?"
    if end is None:
        end_text = "?"
    elif start is not None and end.date() == start.date():
        end_text = f"{end:%H:%M}Z"
    else:
        end_text = f"{end:%Y-%m-%d %H:%M}Z"
    return f"window {start_text}–{end_text}"


def _launch_summary(content: Any) -> str:
    if not isinstance(content, dict):
        return "(no launch details)"
    count = content.get("vehicle_count")
    category = content.get("vehicle_category") or "?"
    vehicles = (
        f"{count}x {category}" if isinstance(count, int) and not isinstance(count, bool) else f"?x {category}"
    )
    group = " group launch" if content.get("group_launch") is True else ""
    return f"{vehicles}{group} {_window_text(content.get('window_start'), content.get('window_end'))}"


def summary_line(notice: Notice) -> str:
    """One line for lists and headers, e.g.
    ``FLASH EXERCISE launch notification 2x ICBM window 2026-11-29 06:00Z–08:00Z``.
    Never raises, so it can describe half-written drafts.
    """
    body = notice.body if isinstance(notice.body, dict) else {}
    head = f"{notice.precedence} {notice.status} {notice.kind.label}"
    target = _short_id(notice.target_message_id)
    match notice.kind:
        case Kind.LAUNCH_NOTIFICATION:
            return f"{head} {_launch_summary(body)}"
        case Kind.AMENDMENT:
            return f"{head} of {target}: {_launch_summary(body.get('content'))}"
        case Kind.CANCELLATION:
            return f"{head} of {target}: {_one_line(body.get('reason'))}"
        case Kind.POST_LAUNCH_REPORT:
            launched = _time_or_raw(body.get("actual_launch_time"))
            when = f"{launched:%Y-%m-%d %H:%M}Z" if launched else "?"
            return f"{head} on {target}: launched {when}"
        case Kind.GENERAL_COMMUNICATION:
            return f"{head}: {_one_line(body.get('subject'))}"
        case Kind.ACKNOWLEDGEMENT:
            return f"{head} of {target} by {_one_line(body.get('acknowledged_by'), 40) or '?'}"
        case _:
            about = target if notice.target_message_id else "unidentified message"
            return f"{head} on {about}: {_one_line(body.get('reason'))}"


# --- full text --------------------------------------------------------------------

_RFC3339_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def _time_text(value: str) -> str:
    parsed = _time_or_raw(value)
    return f"{value} ({format_dtg(parsed)})" if parsed else value


def _leaf_text(value: Any) -> str:
    if isinstance(value, str) and len(value) == 20 and _RFC3339_SHAPE.fullmatch(value):
        return _time_text(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "none"
    return str(value)


def _point_text(value: dict[str, Any]) -> str | None:
    try:
        point = Point(value["lat"], value["lon"])
    except (ValueError, KeyError):
        return None
    return f"{format_dms(point)} = {format_decimal(point, signed=True)} = {format_compact(point)}"


def _flatten(value: Any, path: str, lines: list[str]) -> None:
    # One plain recursion; text, the commonest leaf, is written without a further call.
    # Every imported notice passes through here to fill the search index.
    if isinstance(value, dict):
        if len(value) == 2 and "lat" in value and "lon" in value:
            point_text = _point_text(value)
            if point_text is not None:
                lines.append(f"{path}: {point_text}")
                return
        for key, item in value.items():
            child = f"{path}.{key}" if path and isinstance(key, str) else join_path(path, key)
            if type(item) is str and len(item) != 20:
                lines.append(f"{child}: {item}")
            else:
                _flatten(item, child, lines)
    elif isinstance(value, list):
        if not value:
            lines.append(f"{path}: none")
        for index, item in enumerate(value):
            _flatten(item, f"{path}[{index}]", lines)
    else:
        lines.append(f"{path}: {_leaf_text(value)}")


def flat_fields(value: Any) -> dict[str, str]:
    """Every leaf of `value` by its path ("launch_area.center", "impact_areas[0].radius_km"),
    written as notice_text writes it: what an amendment changed is read from two of these."""
    lines: list[str] = []
    _flatten(value, "", lines)
    return dict(line.split(": ", 1) for line in lines)


def notice_text(notice: Notice, *, summary: str | None = None) -> str:
    """Every field as ``path: value`` lines, for full-text search and plain-text views.

    Times also appear as date-time groups and points in DMS, signed decimal and compact
    forms, so a search typed in any of those forms finds the notice. `summary` is
    summary_line(notice), for a caller that has it already.
    """
    dtg = format_rfc3339(notice.dtg)
    lines = [
        summary_line(notice) if summary is None else summary,
        f"kind: {notice.kind.label}",
        f"message_id: {_leaf_text(notice.message_id)}",
        f"sequence: {_leaf_text(notice.sequence)}",
        f"sender: {_leaf_text(notice.sender)}",
        f"recipient: {_leaf_text(notice.recipient)}",
        # The notice holds the time already: no need to read its own text back.
        f"dtg: {dtg} ({format_dtg(notice.dtg)})",
        f"precedence: {_leaf_text(str(notice.precedence))}",
        f"status: {_leaf_text(str(notice.status))}",
    ]
    _flatten(notice.agreement, "agreement", lines)
    if notice.references:
        for index, reference in enumerate(notice.references):
            _flatten(reference.to_dict(), f"references[{index}]", lines)
    else:
        lines.append("references: none")
    _flatten(notice.drafted_by, "drafted_by", lines)
    _flatten(notice.released_by, "released_by", lines)
    _flatten(notice.body, "body", lines)
    return "\n".join(lines)


__all__ = [
    "FORMAT_VERSION",
    "TARGET_FIELD_BY_KIND",
    "Kind",
    "Notice",
    "NoticeFormatError",
    "Precedence",
    "Reference",
    "Status",
    "VehicleCategory",
    "flat_fields",
    "new_message_id",
    "notice_text",
    "summary_line",
]
