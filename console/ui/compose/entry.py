"""What the officer typed, and the wire draft it stands for (no Qt here).

The compose form keeps every field as typed (``TypedState``, plain JSON) so a draft
can hold a half-written coordinate. ``wire_from_typed`` reads it into the wire dict
of docs/wire-shape.md plus *entry problems*: text that cannot be read at all (a
coordinate, a time, a number), reported in plain words at the wire path of the
field. The agreement's rules (console.domain.rules) then run on the wire dict;
``merge_findings`` keeps one message per field, the entry problem first.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from console.domain.coordinates import (
    CoordinateError,
    Point,
    format_decimal,
    format_dms,
    parse_point,
)
from console.domain.notices import Kind
from console.domain.rules import Finding, Severity
from console.domain.times import (
    TimeFormatError,
    format_dtg,
    format_duration,
    format_local_beside,
    format_rfc3339,
    parse_dtg,
    parse_notam,
    parse_rfc3339,
)
from console.i18n import tr

TypedState = dict[str, Any]

TIME_FORMS = "2026-11-29 18:00Z, 2026-11-29T18:00:00Z, 291800Z NOV 26 or 2611291800"
AREA_TYPES = ("polygon", "circle", "ocean_quadrant", "body_of_water")
UNREADABLE = "unreadable"


# --- single fields -----------------------------------------------------------------------


@dataclass(frozen=True)
class PointReading:
    """One typed position: the point, or why it cannot be read."""

    text: str
    point: Point | None
    problem: str | None

    @property
    def echo(self) -> str:
        """``28°30'00.0"N 080°30'00.0"W = 28.50000, -80.50000``."""
        if self.point is None:
            return ""
        return f"{format_dms(self.point)} = {format_decimal(self.point, signed=True)}"


def read_point(text: str) -> PointReading:
    stripped = text.strip()
    if not stripped:
        return PointReading(text, None, None)
    try:
        return PointReading(text, parse_point(stripped), None)
    except CoordinateError as error:
        return PointReading(text, None, _sentence(str(error)))


def read_point_lines(text: str) -> list[tuple[int, PointReading]]:
    """(line number from 1, reading) for every line that is not blank."""
    return [(number, read_point(line)) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]


_LOOSE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ]\s*(\d{2}):?(\d{2})(?::?(\d{2}))?\s*(Z|UTC)?"
)
_OFFSET = re.compile(r".*\d\s*[+-]\d{2}:?\d{2}$")


def read_time(text: str) -> datetime:
    """A UTC time as officers write it; raises TimeFormatError in plain words."""
    stripped = text.strip().upper()
    if not stripped:
        raise TimeFormatError("no time given")
    if _OFFSET.fullmatch(stripped):
        raise TimeFormatError(f"'{text.strip()}' has a time-zone offset; write the time in UTC, e.g. {TIME_FORMS}")
    try:
        return parse_rfc3339(stripped)
    except TimeFormatError:
        pass
    match = _LOOSE_TIME.fullmatch(stripped)
    if match:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups()[:6])
        wire = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}Z"
        try:
            return parse_rfc3339(wire)
        except TimeFormatError as error:
            # "'<wire form>': month 13 does not exist (1 to 12)": say it about what was typed.
            reason = str(error).split("': ", 1)[-1]
            raise TimeFormatError(f"'{text.strip()}': {reason}") from None
    if re.fullmatch(r"\d{10}", stripped):
        return parse_notam(stripped)
    if re.fullmatch(r"\d{6}\s*Z\s*[A-Z]{3}\s*\d{2}", stripped):
        return parse_dtg(stripped)
    raise TimeFormatError(f"cannot read '{text.strip()}' as a UTC time: write it like {TIME_FORMS}")


def time_echo(moment: datetime, now: datetime) -> str:
    """``2026-11-29 18:00:00Z · 291800Z NOV 26 · 19:00 CET · in 30 h``."""
    local = format_local_beside(moment).split("(", 1)[1].rstrip(")")
    delta = moment - now
    relative = (tr("in {duration}") if delta > timedelta(0) else tr("{duration} ago")).format(
        duration=format_duration(delta))
    local_words = tr("local {time}").format(time=local)
    return f"{moment:%Y-%m-%d %H:%M:%S}Z · {format_dtg(moment)} · {local_words} · {relative}"


def typed_time(value: Any) -> str:
    """The wire time as the form shows it: ``2026-11-29 18:00Z`` (seconds only when set)."""
    try:
        moment = parse_rfc3339(value)
    except TimeFormatError:
        return value if isinstance(value, str) else ""
    return f"{moment:%Y-%m-%d %H:%M:%S}Z" if moment.second else f"{moment:%Y-%m-%d %H:%M}Z"


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


# --- typed state ---------------------------------------------------------------------------


def empty_area(area_type: str = "polygon") -> TypedState:
    return {"type": area_type, "points": "", "centre": "", "radius": "", "unit": "km", "ocean": "", "quadrant": "",
            "name": ""}


def empty_launch() -> TypedState:
    return {
        "vehicle_category": "",
        "vehicle_count": "1",
        "group_launch": False,
        "window_start": "",
        "window_end": "",
        "planned_direction": "",
        "remarks": "",
        "launch_area": empty_area("circle"),
        "impact_areas": [empty_area("polygon")],
    }


def empty_state(kind: str = Kind.LAUNCH_NOTIFICATION, **envelope: Any) -> TypedState:
    state: TypedState = {
        "kind": str(kind),
        "recipient": "",
        "precedence": "IMMEDIATE",
        "status": "",  # chosen by the officer, or EXERCISE by an exercise agreement (compose controller)
        "agreement": "",
        "drafted_by": "",
        "references": [],
        "target": "",
        "launch": empty_launch(),
        "reason": "",
        "actual_launch_time": "",
        "report_remarks": "",
        "subject": "",
        "text": "",
    }
    state.update(envelope)
    return state


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _point_text(raw: Any) -> str:
    try:
        point = Point.from_dict(raw)
    except (CoordinateError, TypeError):
        return ""
    return format_dms(point)


def typed_area(raw: Any, default_type: str) -> TypedState:
    area = empty_area(default_type)
    if not isinstance(raw, dict):
        return area
    area_type = raw.get("type") if raw.get("type") in AREA_TYPES else default_type
    area["type"] = area_type
    if area_type == "polygon" and isinstance(raw.get("points"), list):
        area["points"] = "\n".join(_point_text(point) for point in raw["points"])
    elif area_type == "circle":
        area["centre"] = _point_text(raw.get("centre"))
        area["radius"] = _text(raw.get("radius"))
        area["unit"] = raw.get("unit") if raw.get("unit") in ("km", "NM") else "km"
    elif area_type == "ocean_quadrant":
        area["ocean"] = _text(raw.get("ocean"))
        area["quadrant"] = _text(raw.get("quadrant"))
    else:
        area["name"] = _text(raw.get("name"))
    return area


def typed_launch(content: Any) -> TypedState:
    launch = empty_launch()
    if not isinstance(content, dict):
        return launch
    launch.update(
        vehicle_category=_text(content.get("vehicle_category")),
        vehicle_count=_text(content.get("vehicle_count")),
        group_launch=content.get("group_launch") is True,
        window_start=typed_time(content.get("window_start")),
        window_end=typed_time(content.get("window_end")),
        planned_direction=_text(content.get("planned_direction")),
        remarks=_text(content.get("remarks")),
        launch_area=typed_area(content.get("launch_area"), "circle"),
    )
    impacts = content.get("impact_areas")
    if isinstance(impacts, list) and impacts:
        launch["impact_areas"] = [typed_area(area, "polygon") for area in impacts]
    return launch


def typed_from_wire(draft: dict[str, Any]) -> TypedState:
    """The form's fields for a wire draft (a notice copied, a template without typed fields)."""
    body = draft.get("body") if isinstance(draft.get("body"), dict) else {}
    kind = draft.get("kind") or Kind.LAUNCH_NOTIFICATION
    state = empty_state(
        kind,
        recipient=_text(draft.get("recipient")),
        precedence=_text(draft.get("precedence")) or "IMMEDIATE",
        status=_text(draft.get("status")),
        agreement=_text(draft.get("agreement")),
        drafted_by=_text(draft.get("drafted_by")),
        references=copy.deepcopy(draft.get("references") or []),
    )
    if kind == Kind.LAUNCH_NOTIFICATION:
        state["launch"] = typed_launch(body)
    elif kind == Kind.AMENDMENT:
        state["target"] = _text(body.get("amended_message_id"))
        state["launch"] = typed_launch(body.get("content"))
        state["reason"] = _text(body.get("reason"))
    elif kind == Kind.CANCELLATION:
        state["target"] = _text(body.get("cancelled_message_id"))
        state["reason"] = _text(body.get("reason"))
    elif kind == Kind.POST_LAUNCH_REPORT:
        state["target"] = _text(body.get("reported_message_id"))
        state["actual_launch_time"] = typed_time(body.get("actual_launch_time"))
        state["report_remarks"] = _text(body.get("remarks"))
    elif kind == Kind.GENERAL_COMMUNICATION:
        state["subject"] = _text(body.get("subject"))
        state["text"] = _text(body.get("text"))
    return state


# --- typed state to wire -------------------------------------------------------------------


class _Reader:
    """Builds the wire dict from typed fields and collects what cannot be read."""

    def __init__(self) -> None:
        self.problems: list[Finding] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Finding(path, UNREADABLE, message, Severity.ERROR))

    def text_into(self, target: dict[str, Any], key: str, value: Any) -> None:
        text = _text(value).strip()
        if text:
            target[key] = text

    def time_into(self, target: dict[str, Any], key: str, value: Any, path: str) -> None:
        text = _text(value)
        if not text.strip():
            return
        try:
            target[key] = format_rfc3339(read_time(text))
        except TimeFormatError as error:
            self.problem(path, _sentence(str(error)))

    def point(self, text: str, path: str) -> dict[str, float] | None:
        reading = read_point(text)
        if reading.problem:
            self.problem(path, reading.problem)
        return None if reading.point is None else reading.point.to_dict()

    def area(self, typed: Any, path: str) -> dict[str, Any]:
        typed = typed if isinstance(typed, dict) else empty_area()
        area_type = typed.get("type") or "polygon"
        wire: dict[str, Any] = {"type": area_type}
        if area_type == "polygon":
            points = []
            unreadable = []
            for number, reading in read_point_lines(_text(typed.get("points"))):
                if reading.point is None:
                    unreadable.append(f"Line {number} ('{reading.text.strip()}') cannot be read as a position.")
                else:
                    points.append(reading.point.to_dict())
            if unreadable:
                example = "write it like 28-30.00N 080-30.00W, 2830N08030W or 28.5, -80.5"
                self.problem(f"{path}.points", " ".join(unreadable)[:-1] + f"; {example}.")
            if points:
                wire["points"] = points
        elif area_type == "circle":
            centre = self.point(_text(typed.get("centre")), f"{path}.centre")
            if centre is not None:
                wire["centre"] = centre
            radius_text = _text(typed.get("radius")).strip().replace(",", ".")
            if radius_text:
                try:
                    radius = float(radius_text)
                except ValueError:
                    self.problem(f"{path}.radius", f"The radius '{radius_text}' is not a number.")
                else:
                    wire["radius"] = int(radius) if radius.is_integer() else radius
            wire["unit"] = typed.get("unit") or "km"
        elif area_type == "ocean_quadrant":
            self.text_into(wire, "ocean", typed.get("ocean"))
            self.text_into(wire, "quadrant", typed.get("quadrant"))
        else:
            self.text_into(wire, "name", typed.get("name"))
        return wire

    def launch(self, typed: Any, path: str) -> dict[str, Any]:
        typed = typed if isinstance(typed, dict) else empty_launch()
        content: dict[str, Any] = {}
        self.text_into(content, "vehicle_category", typed.get("vehicle_category"))
        count_text = _text(typed.get("vehicle_count")).strip()
        if count_text:
            if re.fullmatch(r"[+-]?\d+", count_text):
                content["vehicle_count"] = int(count_text)
            else:
                self.problem(f"{path}.vehicle_count", f"'{count_text}' is not a whole number of vehicles.")
        content["group_launch"] = typed.get("group_launch") is True
        content["launch_area"] = self.area(typed.get("launch_area"), f"{path}.launch_area")
        self.time_into(content, "window_start", typed.get("window_start"), f"{path}.window_start")
        self.time_into(content, "window_end", typed.get("window_end"), f"{path}.window_end")
        self.text_into(content, "planned_direction", typed.get("planned_direction"))
        impacts = typed.get("impact_areas") if isinstance(typed.get("impact_areas"), list) else []
        if all(_blank_area(area) for area in impacts):
            # An untouched area form is not an area: the rule says "give at least one".
            impacts = []
        content["impact_areas"] = [
            self.area(area, f"{path}.impact_areas[{index}]") for index, area in enumerate(impacts)
        ]
        self.text_into(content, "remarks", typed.get("remarks"))
        return content


def _blank_area(typed: Any) -> bool:
    if not isinstance(typed, dict):
        return True
    return not any(_text(typed.get(key)).strip() for key in ("points", "centre", "radius", "ocean", "quadrant", "name"))


def wire_from_typed(state: TypedState) -> tuple[dict[str, Any], list[Finding]]:
    """The wire draft for these fields and the entry problems (unreadable text), in form order."""
    reader = _Reader()
    kind = state.get("kind") or Kind.LAUNCH_NOTIFICATION
    wire: dict[str, Any] = {"kind": str(kind)}
    for key in ("recipient", "precedence", "status", "agreement", "drafted_by"):
        reader.text_into(wire, key, state.get(key))
    wire["references"] = copy.deepcopy(state.get("references") or [])
    target = _text(state.get("target")).strip()
    body: dict[str, Any] = {}
    if kind == Kind.LAUNCH_NOTIFICATION:
        body = reader.launch(state.get("launch"), "body")
    elif kind == Kind.AMENDMENT:
        if target:
            body["amended_message_id"] = target
        body["content"] = reader.launch(state.get("launch"), "body.content")
        reader.text_into(body, "reason", state.get("reason"))
    elif kind == Kind.CANCELLATION:
        if target:
            body["cancelled_message_id"] = target
        reader.text_into(body, "reason", state.get("reason"))
    elif kind == Kind.POST_LAUNCH_REPORT:
        if target:
            body["reported_message_id"] = target
        reader.time_into(body, "actual_launch_time", state.get("actual_launch_time"), "body.actual_launch_time")
        reader.text_into(body, "remarks", state.get("report_remarks"))
    elif kind == Kind.GENERAL_COMMUNICATION:
        reader.text_into(body, "subject", state.get("subject"))
        # The text keeps its inner layout; only surrounding blank space goes.
        text = _text(state.get("text")).strip("\n ")
        if text:
            body["text"] = text
    wire["body"] = body
    return wire, reader.problems


def covers(parent: str, path: str) -> bool:
    """True if `path` is `parent` or lies inside it (``body.x`` covers ``body.x[0].lat``)."""
    return path == parent or path.startswith(parent + ".") or path.startswith(parent + "[")


def merge_findings(problems: list[Finding], rules: list[Finding]) -> list[Finding]:
    """Entry problems, then rule findings about fields that read; one field, one story."""
    kept = list(problems)
    for finding in rules:
        if any(covers(problem.field, finding.field) for problem in problems):
            continue
        kept.append(finding)
    return kept


__all__ = [
    "TIME_FORMS",
    "PointReading",
    "TypedState",
    "covers",
    "empty_area",
    "empty_state",
    "merge_findings",
    "read_point",
    "read_point_lines",
    "read_time",
    "time_echo",
    "typed_from_wire",
    "typed_time",
    "wire_from_typed",
]
