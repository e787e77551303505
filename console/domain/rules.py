"""Agreement rules: what the desk checks before an officer releases a notice.

Severity policy:
  * ERROR: the notice cannot go out as it stands (it would not meet the wire shape);
  * WARNING: the notice is well formed but departs from the agreement profile, e.g. less
    than 24 h notice. The officer may still release it after confirming: a late
    notification is better than none. A window that has already closed is an ERROR:
    it notifies nothing that can still happen.

``check_notice`` reads drafts as they are: missing or malformed fields become findings,
never exceptions. Envelope fields stamped at release (message_id, sequence, sender, dtg,
released_by, format_version) are not reported when absent; the
wire check at sealing (``Notice.from_dict`` / ``validate_notice_dict``) covers them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from console.domain.areas import (
    IMPACT_AREA_TYPES,
    KNOWN_SEA_EXTENTS,
    LAUNCH_AREA_TYPES,
    Polygon,
    named_extents_from_dict,
    named_extents_to_dict,
)
from console.domain.coordinates import CoordinateError, check_coordinate
from console.domain.errors import NoticeFormatError, join_path
from console.domain.notices import TARGET_FIELD_BY_KIND, Kind, Notice, Precedence, Status, VehicleCategory
from console.domain.times import MONTHS, RFC3339_EXAMPLE, TimeFormatError, format_duration, parse_rfc3339
from console.errors import WatchdeskError
from console.i18n import QT_TRANSLATE_NOOP, lookup, tr

# --- agreement profile ----------------------------------------------------------------

DEFAULT_ACK_DEADLINES: dict[Precedence, timedelta] = {
    Precedence.FLASH: timedelta(minutes=10),
    Precedence.IMMEDIATE: timedelta(minutes=30),
    Precedence.PRIORITY: timedelta(minutes=60),
    Precedence.ROUTINE: timedelta(minutes=240),
}

DEFAULT_HANDLING_BANNER = "CONFIDENTIAL BETWEEN THE PARTIES"


class ProfileFormatError(WatchdeskError, ValueError):
    """A stored agreement profile is malformed; ``field`` names the setting."""

    def __init__(self, field_name: str, message: str) -> None:
        self.field = field_name
        self.message = message
        super().__init__(f"{field_name}: {message}")


@dataclass(frozen=True)
class AgreementProfile:
    """The rules of one notification agreement, as configured for this station.

    ``max_window`` is a station setting: the 1988 agreement sets no maximum, but an open
    window of any length would defeat the purpose, so the default is 7 days (the
    India-Pakistan agreement uses 5). ``None`` means no limit.

    ``exercise``: traffic with this counterpart is practice (a drill partner, the demo's
    simulated station). New notices to it start as EXERCISE, and an ACTUAL one is flagged.

    ``named_areas``: the outlines of named launch areas (seas, ocean quadrants) this agreement's
    traffic uses, by name, so that a map can draw them; by default the seas of
    ``KNOWN_SEA_EXTENTS``. A named area not in it is listed, not drawn.
    """

    name: str
    min_lead_time: timedelta = timedelta(hours=24)
    max_window: timedelta | None = timedelta(days=7)
    allowed_kinds: frozenset[Kind] = frozenset(Kind)
    ack_deadlines: Mapping[Precedence, timedelta] = field(default_factory=lambda: dict(DEFAULT_ACK_DEADLINES))
    handling_banner: str = DEFAULT_HANDLING_BANNER
    exercise: bool = False
    named_areas: Mapping[str, Polygon] = field(default_factory=lambda: dict(KNOWN_SEA_EXTENTS))

    def ack_deadline(self, precedence: Precedence | str) -> timedelta:
        """How long the desk has to acknowledge a message of this precedence."""
        return self.ack_deadlines[Precedence(precedence)]

    def ack_due_at(self, received_at: datetime, precedence: Precedence | str) -> datetime:
        return received_at + self.ack_deadline(precedence)

    def to_dict(self) -> dict[str, Any]:
        """Settings-file form; durations in whole minutes."""
        return {
            "name": self.name,
            "min_lead_time_minutes": _minutes(self.min_lead_time),
            "max_window_minutes": None if self.max_window is None else _minutes(self.max_window),
            "allowed_kinds": [kind.value for kind in Kind if kind in self.allowed_kinds],
            "ack_deadline_minutes": {p.value: _minutes(self.ack_deadlines[p]) for p in Precedence},
            "handling_banner": self.handling_banner,
            "exercise": self.exercise,
            # Only when not the built-in outlines, which a profile without the key is read with.
            **({} if self.named_areas == KNOWN_SEA_EXTENTS
               else {"named_areas": named_extents_to_dict(self.named_areas)}),
        }

    @classmethod
    def from_dict(cls, data: Any) -> AgreementProfile:
        if not isinstance(data, dict):
            raise ProfileFormatError("", tr("a profile must be an object"))
        expected = set(_PROFILE_KEYS)
        missing = sorted(expected - set(data) - set(_OPTIONAL_PROFILE_KEYS))
        if missing:
            raise ProfileFormatError(missing[0], tr("is missing"))
        unknown = sorted(set(data) - expected)
        if unknown:
            raise ProfileFormatError(unknown[0], tr("is not a recognised setting"))
        name = data["name"]
        if not isinstance(name, str) or not name.strip():
            raise ProfileFormatError("name", tr("must be non-empty text"))
        banner = data["handling_banner"]
        if not isinstance(banner, str):
            raise ProfileFormatError("handling_banner", tr("must be text"))
        kinds = data["allowed_kinds"]
        if not isinstance(kinds, list) or not kinds:
            raise ProfileFormatError("allowed_kinds", tr("must be a non-empty list of kinds"))
        for index, kind in enumerate(kinds):
            if kind not in {k.value for k in Kind}:
                raise ProfileFormatError(
                    f"allowed_kinds[{index}]", tr("{kind} is not a known kind").format(kind=repr(kind))
                )
        deadlines = data["ack_deadline_minutes"]
        if not isinstance(deadlines, dict) or set(deadlines) != {p.value for p in Precedence}:
            raise ProfileFormatError(
                "ack_deadline_minutes", tr("must give minutes for FLASH, IMMEDIATE, PRIORITY and ROUTINE")
            )
        exercise = data.get("exercise", False)
        if not isinstance(exercise, bool):
            raise ProfileFormatError("exercise", tr("must be true or false"))
        named_areas = dict(KNOWN_SEA_EXTENTS)
        if "named_areas" in data:
            try:
                named_areas = named_extents_from_dict(data["named_areas"])
            except NoticeFormatError as error:
                raise ProfileFormatError(error.field_path, error.message) from None
        max_window = data["max_window_minutes"]
        return cls(
            name=name,
            min_lead_time=timedelta(
                minutes=_read_minutes(data["min_lead_time_minutes"], "min_lead_time_minutes", 0)
            ),
            max_window=None
            if max_window is None
            else timedelta(minutes=_read_minutes(max_window, "max_window_minutes", 1)),
            allowed_kinds=frozenset(Kind(kind) for kind in kinds),
            ack_deadlines={
                Precedence(p): timedelta(minutes=_read_minutes(m, f"ack_deadline_minutes.{p}", 1))
                for p, m in deadlines.items()
            },
            handling_banner=banner,
            exercise=exercise,
            named_areas=named_areas,
        )


_PROFILE_KEYS = (
    "name",
    "min_lead_time_minutes",
    "max_window_minutes",
    "allowed_kinds",
    "ack_deadline_minutes",
    "handling_banner",
    "exercise",
    "named_areas",
)
# Profiles stored before a key existed are read with its default.
_OPTIONAL_PROFILE_KEYS = ("exercise", "named_areas")


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def _read_minutes(value: Any, name: str, smallest: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < smallest:
        raise ProfileFormatError(
            name, tr("must be a whole number of minutes, at least {smallest}").format(smallest=smallest)
        )
    return value


DEFAULT_PROFILE = AgreementProfile(name="US-USSR BMLNA 1988")


# --- findings ---------------------------------------------------------------------------


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem, located by a dotted wire path such as ``body.impact_areas[1].points``."""

    field: str
    code: str
    message: str
    severity: Severity


def has_errors(findings: list[Finding]) -> bool:
    """True when something must be fixed before the notice can be released."""
    return any(finding.severity is Severity.ERROR for finding in findings)


# Names officers use for wire fields, for messages like "The window closing time is missing."
# Marked here, translated where a finding is worded (_label): a module-level table is built once.
FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("Rules", "message kind"),
    "recipient": QT_TRANSLATE_NOOP("Rules", "recipient station"),
    "precedence": QT_TRANSLATE_NOOP("Rules", "precedence"),
    "status": QT_TRANSLATE_NOOP("Rules", "status"),
    "agreement": QT_TRANSLATE_NOOP("Rules", "agreement"),
    "drafted_by": QT_TRANSLATE_NOOP("Rules", "drafting officer"),
    "body": QT_TRANSLATE_NOOP("Rules", "message content"),
    "vehicle_category": QT_TRANSLATE_NOOP("Rules", "vehicle category"),
    "vehicle_count": QT_TRANSLATE_NOOP("Rules", "number of vehicles"),
    "group_launch": QT_TRANSLATE_NOOP("Rules", "group launch flag"),
    "launch_area": QT_TRANSLATE_NOOP("Rules", "launch area"),
    "window_start": QT_TRANSLATE_NOOP("Rules", "window opening time"),
    "window_end": QT_TRANSLATE_NOOP("Rules", "window closing time"),
    "planned_direction": QT_TRANSLATE_NOOP("Rules", "planned direction"),
    "impact_areas": QT_TRANSLATE_NOOP("Rules", "impact areas"),
    "remarks": QT_TRANSLATE_NOOP("Rules", "remarks"),
    "amended_message_id": QT_TRANSLATE_NOOP("Rules", "message being amended"),
    "content": QT_TRANSLATE_NOOP("Rules", "amended launch details"),
    "reason": QT_TRANSLATE_NOOP("Rules", "reason"),
    "cancelled_message_id": QT_TRANSLATE_NOOP("Rules", "message being cancelled"),
    "reported_message_id": QT_TRANSLATE_NOOP("Rules", "message being reported on"),
    "actual_launch_time": QT_TRANSLATE_NOOP("Rules", "actual launch time"),
    "subject": QT_TRANSLATE_NOOP("Rules", "subject"),
    "text": QT_TRANSLATE_NOOP("Rules", "text"),
    "acknowledged_message_id": QT_TRANSLATE_NOOP("Rules", "message being acknowledged"),
    "acknowledged_sha256": QT_TRANSLATE_NOOP("Rules", "digest of the acknowledged message"),
    "received_at": QT_TRANSLATE_NOOP("Rules", "time received"),
    "acknowledged_at": QT_TRANSLATE_NOOP("Rules", "time acknowledged"),
    "acknowledged_by": QT_TRANSLATE_NOOP("Rules", "acknowledging officer"),
    "referenced_message_id": QT_TRANSLATE_NOOP("Rules", "message being reported"),
    "type": QT_TRANSLATE_NOOP("Rules", "area type"),
    "points": QT_TRANSLATE_NOOP("Rules", "boundary points"),
    "centre": QT_TRANSLATE_NOOP("Rules", "circle centre"),
    "radius": QT_TRANSLATE_NOOP("Rules", "circle radius"),
    "unit": QT_TRANSLATE_NOOP("Rules", "radius unit"),
    "ocean": QT_TRANSLATE_NOOP("Rules", "ocean"),
    "quadrant": QT_TRANSLATE_NOOP("Rules", "quadrant"),
    "name": QT_TRANSLATE_NOOP("Rules", "name"),
    "lat": QT_TRANSLATE_NOOP("Rules", "latitude"),
    "lon": QT_TRANSLATE_NOOP("Rules", "longitude"),
}

_TEXT_LIMITS = {
    "agreement": 200,
    "drafted_by": 100,
    "planned_direction": 100,
    "remarks": 4000,
    "reason": 2000,
    "subject": 200,
    "text": 20000,
    "acknowledged_by": 100,
    "name": 100,
}

_AREA_WORDS = {
    "polygon": QT_TRANSLATE_NOOP("Rules", "a polygon"),
    "circle": QT_TRANSLATE_NOOP("Rules", "a circle"),
    "ocean_quadrant": QT_TRANSLATE_NOOP("Rules", "an ocean quadrant"),
    "body_of_water": QT_TRANSLATE_NOOP("Rules", "a body of water"),
}

# "The agreement profile 'X' does not provide for launch notifications.": one whole sentence per
# kind, as a translator words each differently (Kind.label stays English: it is in stored text).
_KIND_NOT_ALLOWED = {
    Kind.LAUNCH_NOTIFICATION: QT_TRANSLATE_NOOP(
        "Rules", "The agreement profile '{profile}' does not provide for launch notifications."),
    Kind.AMENDMENT: QT_TRANSLATE_NOOP("Rules", "The agreement profile '{profile}' does not provide for amendments."),
    Kind.CANCELLATION: QT_TRANSLATE_NOOP(
        "Rules", "The agreement profile '{profile}' does not provide for cancellations."),
    Kind.POST_LAUNCH_REPORT: QT_TRANSLATE_NOOP(
        "Rules", "The agreement profile '{profile}' does not provide for post-launch reports."),
    Kind.GENERAL_COMMUNICATION: QT_TRANSLATE_NOOP(
        "Rules", "The agreement profile '{profile}' does not provide for general communications."),
    Kind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP(
        "Rules", "The agreement profile '{profile}' does not provide for acknowledgements."),
    Kind.ERROR: QT_TRANSLATE_NOOP("Rules", "The agreement profile '{profile}' does not provide for error reports."),
}


_PLURAL_FIELDS = {"impact_areas", "points", "remarks"}


def _key(path: str) -> str:
    return path.rsplit(".", 1)[-1].split("[", 1)[0]


def field_label(path: str) -> str:
    """The field's name for officers ("window closing time"), in the current language."""
    key = _key(path)
    return lookup("Rules", FIELD_LABELS[key]) if key in FIELD_LABELS else key.replace("_", " ")


def _is_plural(path: str) -> bool:
    """Verb agreement: "the remarks are", "the subject is"."""
    return _key(path) in _PLURAL_FIELDS


def _when(moment: datetime) -> str:
    """``29 NOV 06:00Z``: month spelled from our own table, not the workstation locale."""
    return f"{moment:%d} {MONTHS[moment.month - 1]} {moment:%H:%M}Z"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Checker:
    """Collects findings for one notice; each method checks one part of the wire object."""

    def __init__(self, profile: AgreementProfile, now: datetime) -> None:
        self.profile = profile
        self.now = now
        self.findings: list[Finding] = []

    def add(self, path: str, code: str, message: str, severity: Severity = Severity.ERROR) -> None:
        self.findings.append(Finding(path, code, message, severity))

    def missing(self, path: str) -> None:
        message = tr("The {field} are missing.") if _is_plural(path) else tr("The {field} is missing.")
        self.add(path, "missing_field", message.format(field=field_label(path)))

    def present(self, data: Mapping[str, Any], key: str, path: str) -> bool:
        """True if the field has a value; reports it as missing otherwise."""
        value = data.get(key)
        if value is None or (isinstance(value, (str, list, dict)) and not value):
            self.missing(join_path(path, key))
            return False
        return True

    def choice(self, data: Mapping[str, Any], key: str, path: str, allowed: list[str]) -> None:
        if self.present(data, key, path) and data[key] not in allowed:
            self.add(
                join_path(path, key),
                "invalid_value",
                tr("The {field} {value} is not one of {choices}.").format(
                    field=field_label(key), value=repr(data[key]), choices=", ".join(allowed)
                ),
            )

    def text(self, data: Mapping[str, Any], key: str, path: str, required: bool) -> None:
        if required and not self.present(data, key, path):
            return
        value = data.get(key)
        if value is None:
            return
        field_path = join_path(path, key)
        if not isinstance(value, str):
            self.add(field_path, "invalid_value", tr("The {field} must be text.").format(field=field_label(key)))
        elif key in _TEXT_LIMITS and len(value) > _TEXT_LIMITS[key]:
            self.add(
                field_path,
                "text_too_long",
                # Every limit is above 1, so "characters" always fits; %n gives other languages their plurals.
                (tr("The {field} are %n characters long; the limit is {limit}.", None, len(value))
                 if _is_plural(key)
                 else tr("The {field} is %n characters long; the limit is {limit}.", None, len(value))
                 ).format(field=field_label(key), limit=_TEXT_LIMITS[key]),
            )

    def time(self, data: Mapping[str, Any], key: str, path: str) -> datetime | None:
        if not self.present(data, key, path):
            return None
        try:
            return parse_rfc3339(data[key])
        except TimeFormatError as error:
            self.add(
                join_path(path, key),
                "invalid_time",
                tr("The {field} is not a UTC time like {example} ({problem}).").format(
                    field=field_label(key), example=RFC3339_EXAMPLE, problem=error
                ),
            )
            return None

    # -- envelope --

    def envelope(self, data: Mapping[str, Any]) -> Kind | None:
        kind: Kind | None = None
        if self.present(data, "kind", ""):
            if not isinstance(data["kind"], str) or data["kind"] not in {k.value for k in Kind}:
                self.add(
                    "kind", "invalid_value", tr("{kind} is not a known message kind.").format(kind=repr(data["kind"]))
                )
            else:
                kind = Kind(data["kind"])
                if kind not in self.profile.allowed_kinds:
                    self.add(
                        "kind",
                        "kind_not_allowed",
                        lookup("Rules", _KIND_NOT_ALLOWED[kind]).format(profile=self.profile.name),
                        Severity.WARNING,
                    )
        if self.present(data, "recipient", "") and data["recipient"] == data.get("sender"):
            self.add(
                "recipient",
                "recipient_is_sender",
                tr("The recipient is this station itself; choose the counterpart station."),
            )
        self.choice(data, "precedence", "", [p.value for p in Precedence])
        self.choice(data, "status", "", [s.value for s in Status])
        # Acknowledgements and error reports echo the status of the notice they answer.
        if self.profile.exercise and data.get("status") == Status.ACTUAL and kind not in (
            Kind.ACKNOWLEDGEMENT, Kind.ERROR
        ):
            self.add(
                "status",
                "actual_under_exercise",
                tr("The agreement profile '{profile}' is an exercise, yet the status is ACTUAL: "
                   "the counterpart will read this notice as a real event.").format(profile=self.profile.name),
                Severity.WARNING,
            )
        self.text(data, "agreement", "", required=True)
        agreement = data.get("agreement")
        if isinstance(agreement, str) and agreement and agreement != self.profile.name:
            self.add(
                "agreement",
                "agreement_mismatch",
                tr("The notice is sent under '{agreement}' but the desk is checking it against "
                   "'{profile}'.").format(agreement=agreement, profile=self.profile.name),
                Severity.WARNING,
            )
        self.text(data, "drafted_by", "", required=True)
        return kind

    # -- areas --

    def point(self, value: Any, path: str) -> None:
        if not isinstance(value, Mapping):
            self.add(path, "invalid_value", tr("A point needs a latitude and a longitude."))
            return
        for axis in ("lat", "lon"):
            if value.get(axis) is None:
                self.missing(join_path(path, axis))
                continue
            try:
                check_coordinate(value[axis], axis)
            except CoordinateError as error:
                code = "coordinate_out_of_range" if error.out_of_range else "invalid_value"
                self.add(join_path(path, axis), code, _sentence(str(error)) + ".")

    def area(self, value: Any, path: str, allowed: tuple[str, ...]) -> None:
        """A launch area (``allowed`` is LAUNCH_AREA_TYPES) or an impact area (IMPACT_AREA_TYPES)."""
        if not isinstance(value, Mapping):
            message = (tr("The launch area must be an area.") if allowed == LAUNCH_AREA_TYPES
                       else tr("The impact area must be an area."))
            self.add(path, "invalid_value", message)
            return
        if not self.present(value, "type", path):
            return
        area_type = value["type"]
        if area_type not in allowed:
            known = isinstance(area_type, str) and area_type in _AREA_WORDS
            got = lookup("Rules", _AREA_WORDS[area_type]) if known else repr(area_type)
            # The choices are spelled out whole: a translator needs the sentence, not a list to join.
            if allowed == LAUNCH_AREA_TYPES:
                message = tr("The launch area must be a polygon or a circle or an ocean quadrant or a body of water, "
                             "not {got}.")
            else:
                message = tr("The impact area must be a polygon or a circle, not {got}.")
            self.add(join_path(path, "type"), "area_type_not_allowed", message.format(got=got))
            return
        if area_type == "polygon":
            self.polygon(value, path)
        elif area_type == "circle":
            self.circle(value, path)
        elif area_type == "ocean_quadrant":
            self.choice(value, "ocean", path, ["Atlantic", "Pacific", "Indian", "Arctic", "Southern"])
            self.choice(value, "quadrant", path, ["NE", "NW", "SE", "SW"])
        else:
            self.text(value, "name", path, required=True)

    def polygon(self, value: Mapping[str, Any], path: str) -> None:
        if not self.present(value, "points", path):
            return
        points = value["points"]
        points_path = join_path(path, "points")
        if not isinstance(points, list):
            self.add(points_path, "invalid_value", tr("The boundary points must be a list of points."))
            return
        for index, point in enumerate(points):
            self.point(point, join_path(points_path, index))
        corners = {(p.get("lat"), p.get("lon")) for p in points if isinstance(p, Mapping)}
        if len(corners) < 3:
            self.add(
                points_path,
                "polygon_too_few_points",
                # Two English sources (corner, corners); %n gives other languages their own plural forms.
                tr("The polygon has %n distinct corner; an area needs at least 3.", None, len(corners))
                if len(corners) == 1
                else tr("The polygon has %n distinct corners; an area needs at least 3.", None, len(corners)),
            )
        elif points[0] != points[-1]:
            self.add(
                points_path,
                "polygon_not_closed",
                tr("The polygon is not closed: its last point should repeat the first. "
                   "Close the ring to continue."),
            )

    def circle(self, value: Mapping[str, Any], path: str) -> None:
        if self.present(value, "centre", path):
            self.point(value["centre"], join_path(path, "centre"))
        if value.get("radius") is None:
            self.missing(join_path(path, "radius"))
        else:
            radius = value["radius"]
            numeric = isinstance(radius, (int, float)) and not isinstance(radius, bool)
            if not numeric or not math.isfinite(radius) or radius <= 0:
                self.add(
                    join_path(path, "radius"),
                    "radius_not_positive",
                    tr("The circle radius must be a number above zero (it is {radius}).").format(radius=repr(radius)),
                )
        self.choice(value, "unit", path, ["km", "NM"])

    # -- launch details --

    def launch_content(self, content: Mapping[str, Any], path: str) -> None:
        self.choice(content, "vehicle_category", path, [c.value for c in VehicleCategory])
        if content.get("vehicle_count") is None:
            self.missing(join_path(path, "vehicle_count"))
        else:
            count = content["vehicle_count"]
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                self.add(
                    join_path(path, "vehicle_count"),
                    "count_below_one",
                    tr("The number of vehicles must be a whole number, at least 1 (it is {count}).").format(
                        count=repr(count)
                    ),
                )
        if not isinstance(content.get("group_launch"), bool):
            self.missing(join_path(path, "group_launch"))
        if self.present(content, "launch_area", path):
            self.area(
                content["launch_area"], join_path(path, "launch_area"), LAUNCH_AREA_TYPES
            )
        self.window(content, path)
        self.text(content, "planned_direction", path, required=False)
        areas = content.get("impact_areas")
        areas_path = join_path(path, "impact_areas")
        if not areas:
            self.add(areas_path, "no_impact_area", tr("Give at least one impact area."))
        elif not isinstance(areas, list):
            self.add(areas_path, "invalid_value", tr("The impact areas must be a list of areas."))
        else:
            for index, area in enumerate(areas):
                self.area(area, join_path(areas_path, index), IMPACT_AREA_TYPES)
        self.text(content, "remarks", path, required=False)

    def window(self, content: Mapping[str, Any], path: str) -> None:
        start = self.time(content, "window_start", path)
        end = self.time(content, "window_end", path)
        start_path, end_path = join_path(path, "window_start"), join_path(path, "window_end")
        if start is not None and end is not None:
            if end < start:
                self.add(
                    end_path,
                    "window_end_before_start",
                    tr("The window closes ({end}) before it opens ({start}).").format(
                        end=_when(end), start=_when(start)
                    ),
                )
            elif end == start:
                self.add(
                    end_path,
                    "window_end_before_start",
                    tr("The window closes at the moment it opens ({start}); give a later closing time.").format(
                        start=_when(start)
                    ),
                )
            elif self.profile.max_window is not None and end - start > self.profile.max_window:
                self.add(
                    end_path,
                    "window_too_long",
                    tr("The window is {length} long; the agreement profile allows at most {limit}.").format(
                        length=format_duration(end - start), limit=format_duration(self.profile.max_window)
                    ),
                    Severity.WARNING,
                )
        if start is None:
            return
        if end is not None and start < end <= self.now:
            # Nothing can be launched in a window that has closed: no override releases it.
            self.add(
                end_path,
                "window_closed",
                tr("The whole window is in the past: it closed {ago} ago ({end}). "
                   "Give the window of a launch still to come.").format(
                    ago=format_duration(self.now - end), end=_when(end)
                ),
            )
        elif start <= self.now:
            self.add(
                start_path,
                "window_in_past",
                tr("The window opened {ago} ago; the agreement asks for notice in advance.").format(
                    ago=format_duration(self.now - start)
                ),
                Severity.WARNING,
            )
        elif start - self.now < self.profile.min_lead_time:
            self.add(
                start_path,
                "lead_time",
                tr("The window opens in {within}; the agreement needs at least {lead} notice.").format(
                    within=format_duration(start - self.now), lead=format_duration(self.profile.min_lead_time)
                ),
                Severity.WARNING,
            )

    # -- per kind --

    def body(self, kind: Kind, data: Mapping[str, Any]) -> None:
        body = data.get("body")
        if not isinstance(body, Mapping):
            self.missing("body")
            return
        target_field = TARGET_FIELD_BY_KIND.get(kind)
        match kind:
            case Kind.LAUNCH_NOTIFICATION:
                self.launch_content(body, "body")
            case Kind.AMENDMENT:
                self.present(body, "amended_message_id", "body")
                if self.present(body, "content", "body"):
                    if isinstance(body["content"], Mapping):
                        self.launch_content(body["content"], "body.content")
                    else:
                        self.add(
                            "body.content", "invalid_value", tr("The amended launch details must be an object.")
                        )
                self.text(body, "reason", "body", required=False)
            case Kind.CANCELLATION:
                self.present(body, "cancelled_message_id", "body")
                self.text(body, "reason", "body", required=True)
            case Kind.POST_LAUNCH_REPORT:
                self.present(body, "reported_message_id", "body")
                launched = self.time(body, "actual_launch_time", "body")
                if launched is not None and launched > self.now:
                    self.add(
                        "body.actual_launch_time",
                        "launch_time_in_future",
                        tr("The actual launch time is {ahead} in the future.").format(
                            ahead=format_duration(launched - self.now)
                        ),
                        Severity.WARNING,
                    )
                self.text(body, "remarks", "body", required=False)
            case Kind.GENERAL_COMMUNICATION:
                self.text(body, "subject", "body", required=True)
                self.text(body, "text", "body", required=True)
            case Kind.ACKNOWLEDGEMENT:
                self.present(body, "acknowledged_message_id", "body")
                self.present(body, "acknowledged_sha256", "body")
                self.time(body, "received_at", "body")
                self.time(body, "acknowledged_at", "body")
                self.text(body, "acknowledged_by", "body", required=True)
            case Kind.ERROR:
                self.text(body, "reason", "body", required=True)
        self.target_listed(body, target_field, data.get("references"))

    def target_listed(self, body: Mapping[str, Any], target_field: str | None, references: Any) -> None:
        """A message pointing at an earlier one must also carry it in references."""
        target = body.get(target_field) if target_field else None
        if not (isinstance(target, str) and target and target_field):
            return
        # Only text ids: a list or an object where an id belongs is a finding of its own, not a crash.
        listed = (
            {r["message_id"] for r in references if isinstance(r, Mapping) and isinstance(r.get("message_id"), str)}
            if isinstance(references, list)
            else set()
        )
        if target not in listed:
            self.add(
                "references",
                "reference_not_listed",
                tr("The {field} ({target}…) is not listed in the references.").format(
                    field=field_label(target_field), target=target[:8]
                ),
            )


def check_notice(
    notice: Notice | Mapping[str, Any], profile: AgreementProfile, now: datetime
) -> list[Finding]:
    """All findings for a notice or a (possibly partial) draft wire dict, in field order."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime (UTC)")
    data = notice.to_dict() if isinstance(notice, Notice) else notice
    checker = _Checker(profile, now)
    if not isinstance(data, Mapping):
        checker.add("", "invalid_value", tr("This is not a notice."))
        return checker.findings
    kind = checker.envelope(data)
    if kind is not None:
        checker.body(kind, data)
    return checker.findings
