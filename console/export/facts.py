"""What every export format says about one stored notice: its areas, window, status and chain.

A launch notification exports its own launch details; an amendment the details it puts in force;
a cancellation the details it withdraws (those of the latest version on record of the notice it
cancels). Every other kind holds no areas, and says so. The chain gives CAP its message type
(Alert, Update, Cancel) and the earlier notices an update or cancellation refers to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.domain.areas import (
    IMPACT_AREA_TYPES,
    LAUNCH_AREA_TYPES,
    Area,
    BodyOfWater,
    Circle,
    OceanQuadrant,
    Polygon,
    area_from_dict,
    named_area_name,
)
from console.domain.notices import Kind, Notice, Precedence, Status
from console.domain.times import format_dtg, format_rfc3339, parse_rfc3339
from console.errors import WatchdeskError
from console.i18n import tr
from console.service.chains import chain_state
from console.storage import notices as notice_rows
from console.storage import station as station_rows
from console.storage.notices import StoredNotice


class NothingToExport(WatchdeskError, ValueError):
    """The notice holds no launch or impact areas (a general communication, an acknowledgement...)."""


# CAP's msgType for each kind that carries areas.
MESSAGE_TYPES = {Kind.LAUNCH_NOTIFICATION: "Alert", Kind.AMENDMENT: "Update", Kind.CANCELLATION: "Cancel"}

# (what the event is called, the vehicle in words) per vehicle category.
_VEHICLES = {
    "ICBM": ("Missile launch", "intercontinental ballistic missile"),
    "SLBM": ("Missile launch", "submarine-launched ballistic missile"),
    "SLV": ("Space launch", "space launch vehicle"),
    "OTHER": ("Launch", "launch vehicle"),
}


@dataclass(frozen=True)
class HazardArea:
    """One launch or impact area of the notice, numbered as the notice lists them."""

    role: str  # "launch" or "impact"
    number: int  # impact areas 1, 2, ...; the launch area is 1
    area: Area
    impact_count: int = 1

    @property
    def label(self) -> str:
        """"launch area", "impact area" (the only one) or "impact area 2"."""
        if self.role == "launch":
            return "launch area"
        return "impact area" if self.impact_count == 1 else f"impact area {self.number}"

    @property
    def key(self) -> str:
        """A name without spaces for ids: "launch", "impact-2"."""
        return "launch" if self.role == "launch" else f"impact-{self.number}"

    @property
    def geometric(self) -> bool:
        return isinstance(self.area, (Polygon, Circle))

    @property
    def shape(self) -> str:
        return {Polygon: "polygon", Circle: "circle", BodyOfWater: "body of water",
                OceanQuadrant: "ocean quadrant"}[type(self.area)]

    def described(self) -> str:
        """The area in words, its coordinates in degrees, minutes and seconds."""
        return self.area.describe()

    def unmappable(self) -> str:
        """Why a drawing format leaves this named area out, in one clause."""
        return (f"the {self.label} ({named_area_name(self.area)}) is a named area without coordinates, so no "
                "shape could be drawn for it")


@dataclass(frozen=True)
class EarlierNotice:
    """A notice earlier in the chain, which an update or cancellation refers to."""

    message_id: str
    dtg: datetime


@dataclass(frozen=True)
class ExportFacts:
    station_id: str  # ours: the exporting centre
    station_name: str
    message_id: str
    sequence: int
    kind: Kind
    direction: str  # "in" (theirs) or "out" (ours)
    sender: str
    recipient: str
    dtg: datetime
    status: Status
    precedence: Precedence
    agreement: str
    vehicle_category: str
    vehicle_count: int
    group_launch: bool
    planned_direction: str
    remarks: str
    window_start: datetime
    window_end: datetime
    areas: tuple[HazardArea, ...]
    earlier: tuple[EarlierNotice, ...]  # the chain before this notice, on record here, oldest first
    not_on_record: tuple[str, ...]  # message ids the chain names that this station never saw
    answers: str | None  # the message id this notice amends or cancels
    reason: str  # an amendment's or cancellation's reason
    chain_stamp: str | None  # "CANCELLED by no. 37 at 1612Z" when later notices answered this one

    @property
    def message_type(self) -> str:
        return MESSAGE_TYPES[self.kind]

    @property
    def cancelled(self) -> bool:
        return self.kind is Kind.CANCELLATION

    @property
    def event(self) -> str:
        """"Missile launch (2 ICBM, group launch)", "Space launch (1 SLV)"."""
        title, _vehicle = _VEHICLES.get(self.vehicle_category, _VEHICLES["OTHER"])
        group = ", group launch" if self.group_launch else ""
        return f"{title} ({self.vehicle_count} {self.vehicle_category}{group})"

    @property
    def vehicle_words(self) -> str:
        _title, vehicle = _VEHICLES.get(self.vehicle_category, _VEHICLES["OTHER"])
        return f"{self.vehicle_count} {vehicle}{'s' if self.vehicle_count != 1 else ''}"

    @property
    def origin(self) -> str:
        """"EXER-RED's notice no. 7" or "our notice no. 7 to EXER-RED"."""
        if self.direction == "in":
            return f"{self.sender}'s {self.kind.label} no. {self.sequence}"
        return f"our {self.kind.label} no. {self.sequence} to {self.recipient}"

    @property
    def window_words(self) -> str:
        return f"{format_dtg(self.window_start)} to {format_dtg(self.window_end)}"

    @property
    def marked(self) -> bool:
        """EXERCISE and TEST traffic says so in every format; ACTUAL needs no mark."""
        return self.status is not Status.ACTUAL

    @property
    def mark(self) -> str:
        """"EXERCISE ", "EXERCISE CANCELLED ", "AMENDED ", or nothing: what every title starts with."""
        status = f"{self.status.value} " if self.marked else ""
        return status + {Kind.AMENDMENT: "AMENDED ", Kind.CANCELLATION: "CANCELLED "}.get(self.kind, "")

    def title(self) -> str:
        """The one-line name of the export: "EXERCISE Missile launch (2 ICBM): EXER-RED's launch
        notification no. 7"."""
        return f"{self.mark}{self.event}: {self.origin}"

    def area_title(self, area: HazardArea) -> str:
        """"EXERCISE impact area 2, Missile launch (2 ICBM)"."""
        return f"{self.mark}{area.label}, {self.event}"


def facts_for(store, stored: StoredNotice) -> ExportFacts:
    """The export facts of a notice on record; NothingToExport for a kind without areas, or a
    cancellation whose notice is not on record here."""
    notice = stored.notice
    conn = store.conn
    if notice.kind not in MESSAGE_TYPES:
        raise NothingToExport(
            tr("No. {sequence} is a {kind}: it holds no launch or impact areas to export.").format(
                sequence=notice.sequence, kind=notice.kind.words))
    content, answers = notice.launch_content, notice.target_message_id
    if notice.kind is Kind.CANCELLATION:
        content = _content_cancelled(conn, notice)
        if content is None:
            raise NothingToExport(
                tr("Cancellation no. {sequence} cancels message {message_id}, which is not on record here, so "
                   "there are no areas to export.").format(sequence=notice.sequence, message_id=answers))
    assert content is not None  # a notification's body, an amendment's content: the schema requires them
    earlier, missing = _earlier(conn, notice)
    return ExportFacts(
        station_id=store.station_id,
        station_name=station_rows.station_name(conn),
        message_id=notice.message_id,
        sequence=notice.sequence,
        kind=notice.kind,
        direction=stored["direction"],
        sender=notice.sender,
        recipient=notice.recipient,
        dtg=notice.dtg,
        status=notice.status,
        precedence=notice.precedence,
        agreement=notice.agreement,
        vehicle_category=str(content.get("vehicle_category", "OTHER")),
        vehicle_count=int(content.get("vehicle_count", 1)),
        group_launch=bool(content.get("group_launch", False)),
        planned_direction=str(content.get("planned_direction", "")),
        remarks=str(content.get("remarks", "")),
        window_start=parse_rfc3339(content["window_start"]),
        window_end=parse_rfc3339(content["window_end"]),
        areas=_areas(content),
        earlier=earlier,
        not_on_record=missing,
        answers=answers,
        reason=str(notice.body.get("reason", "")) if notice.kind is not Kind.LAUNCH_NOTIFICATION else "",
        chain_stamp=chain_state(conn, notice.message_id).stamp,
    )


def _stored_notice(conn, message_id: str) -> Notice | None:
    text = notice_rows.notice_json_by_message_id(conn, message_id)
    return None if text is None else Notice.from_dict(json.loads(text))


def _areas(content: dict[str, Any]) -> tuple[HazardArea, ...]:
    launch = content.get("launch_area")
    impacts = content.get("impact_areas", [])
    areas = [HazardArea("launch", 1, area_from_dict(launch, "launch_area", LAUNCH_AREA_TYPES))] if launch else []
    areas += [HazardArea("impact", number, area_from_dict(area, f"impact_areas[{number - 1}]", IMPACT_AREA_TYPES),
                         len(impacts)) for number, area in enumerate(impacts, start=1)]
    return tuple(areas)


def _root(conn, notice: Notice) -> str | None:
    """The notification a chain starts from: what the notice amends or cancels, or, when that is
    itself an amendment, the notification that amendment amends."""
    target = notice.target_message_id
    if target is None:
        return None
    rows = notice_rows.chain_rows(conn, [target])
    if rows and rows[0][3] == Kind.AMENDMENT.value:
        amended = _stored_notice(conn, target)
        if amended is not None and amended.target_message_id is not None:
            return amended.target_message_id
    return target


def _amendments_before(conn, root: str, notice: Notice) -> list[tuple]:
    """The amendments of `root` on record, older than `notice` and other than it, oldest first."""
    dtg = format_rfc3339(notice.dtg)
    return [row for row in notice_rows.answers_of_kind(conn, root, (Kind.AMENDMENT.value,))
            if row[1] != notice.message_id and (row[5] or "") <= dtg]


def _earlier(conn, notice: Notice) -> tuple[tuple[EarlierNotice, ...], tuple[str, ...]]:
    """The notices before this one in its chain that are on record, and the ids of those that are not."""
    root = _root(conn, notice)
    if root is None:
        return (), ()
    rows = notice_rows.chain_rows(conn, [root]) + _amendments_before(conn, root, notice)
    found = tuple(EarlierNotice(row[1], parse_rfc3339(row[5])) for row in rows)
    wanted = {root, notice.target_message_id}
    missing = tuple(sorted(wanted - {item.message_id for item in found}))
    return found, missing


def _content_cancelled(conn, cancellation: Notice) -> dict[str, Any] | None:
    """The launch details a cancellation withdraws: its notice's latest version on record."""
    target = cancellation.target_message_id
    cancelled = _stored_notice(conn, target) if target else None
    if cancelled is None:
        return None
    if cancelled.kind is Kind.LAUNCH_NOTIFICATION:
        amendments = _amendments_before(conn, cancelled.message_id, cancellation)
        if amendments:
            latest = _stored_notice(conn, amendments[-1][1])
            if latest is not None and latest.launch_content is not None:
                return latest.launch_content
    return cancelled.launch_content


@dataclass(frozen=True)
class Rendered:
    """One format's file, and what it could not hold (one clause each, for the officer)."""

    data: bytes
    left_out: tuple[str, ...] = ()


def summary_lines(facts: ExportFacts) -> list[str]:
    """The notice in plain sentences, for the formats' free-text descriptions."""
    lines = [f"{facts.status.value} {facts.status.value} {facts.status.value}"] if facts.marked else []
    lines.append(f"{facts.origin[0].upper()}{facts.origin[1:]} (message id {facts.message_id}, DTG "
                 f"{format_dtg(facts.dtg)}, precedence {facts.precedence.value}), under the {facts.agreement}.")
    if facts.kind is Kind.AMENDMENT:
        lines.append(f"It amends message {facts.answers}" + (f": {facts.reason}" if facts.reason else "."))
    if facts.kind is Kind.CANCELLATION:
        lines.append(f"It CANCELS message {facts.answers} and the launch below: {facts.reason}")
    group = ", a group launch" if facts.group_launch else ""
    direction = f", planned direction {facts.planned_direction}" if facts.planned_direction else ""
    lines.append(f"Launch of {facts.vehicle_words} ({facts.vehicle_category}){group}{direction}.")
    lines.append(f"Window: {facts.window_words}.")
    lines += [f"{area.label[0].upper()}{area.label[1:]}: {area.described()}." for area in facts.areas]
    if facts.remarks:
        lines.append(f"Remarks: {facts.remarks}")
    if facts.chain_stamp:
        lines.append(f"Since sent: {facts.chain_stamp}.")
    return lines
