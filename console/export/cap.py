"""OASIS Common Alerting Protocol 1.2: one `alert`, one `info` for the launch window, one `area`
per launch and impact area (docs/exports.md has the mapping and a sample).

The alert's identifier is the notice's message id and its `sent` the notice's date-time group, so
an update or cancellation names the earlier alerts in `references` without looking up when they
were exported: exporting a notice twice gives the same alert. Times are written with "-00:00" for
UTC, as CAP 1.2 requires (no "Z").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

from console.domain.areas import Circle, Polygon
from console.domain.coordinates import Point, format_decimal
from console.domain.notices import Kind, Precedence
from console.export.facts import ExportFacts, HazardArea, Rendered, summary_lines
from console.export.geometry import NotFlat, area_ring, flat_pieces

CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"

_URGENCY = {Precedence.FLASH: "Immediate", Precedence.IMMEDIATE: "Expected",
            Precedence.PRIORITY: "Future", Precedence.ROUTINE: "Future"}
AUDIENCE = "Aviation, maritime and civil-protection authorities"


def cap_time(moment: datetime) -> str:
    """``2026-11-29T06:00:00-00:00``."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S-00:00")


def _pair(lat: float, lon: float) -> str:
    """``52.00000,160.00000``: CAP's "lat,lon" in WGS 84 decimal degrees (to about 1 m)."""
    return format_decimal(Point(lat, lon), signed=True).replace(" ", "")


def _kilometres(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def cap_polygons(area: Polygon) -> list[str]:
    """The polygon as CAP polygons: two when it crosses the antimeridian."""
    return [" ".join(_pair(lat, lon) for lon, lat in piece) for piece in flat_pieces(area_ring(area))]


def cap_circle(area: Circle) -> str:
    """``lat,lon radius``: the radius in kilometres, as CAP wants it (a radius in NM is converted)."""
    return f"{_pair(area.centre.lat, area.centre.lon)} {_kilometres(area.radius_km)}"


def _add(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    child = ET.SubElement(parent, f"{{{CAP_NAMESPACE}}}{tag}")
    child.text = text
    return child


def _note(facts: ExportFacts) -> str:
    mark = f"{facts.status.value} {facts.status.value} {facts.status.value}. " if facts.marked else ""
    note = (f"{mark}Export of {facts.origin} (message id {facts.message_id}) by the {facts.station_name} "
            f"({facts.station_id}).")
    if facts.kind is Kind.CANCELLATION:
        note += f" The launch is cancelled: {facts.reason}"
    if facts.chain_stamp:
        note += f" Since sent: {facts.chain_stamp}."
    return note


def _instruction(facts: ExportFacts) -> str:
    if facts.cancelled:
        return "The launch is cancelled: the launch and impact areas need no longer be kept clear for it."
    return f"Keep aircraft and vessels clear of the launch and impact areas from {facts.window_words}."


def _area(info: ET.Element, area: HazardArea, left_out: list[str]) -> None:
    if isinstance(area.area, Polygon):
        try:
            polygons = cap_polygons(area.area)
        except NotFlat:
            left_out.append(f"the {area.label} winds round a pole and cannot be written as a CAP polygon")
            return
        element = _add(info, "area")
        _add(element, "areaDesc", f"{area.label[0].upper()}{area.label[1:]}: {area.described()}")
        for polygon in polygons:
            _add(element, "polygon", polygon)
    elif isinstance(area.area, Circle):
        element = _add(info, "area")
        _add(element, "areaDesc", f"{area.label[0].upper()}{area.label[1:]}: {area.described()}")
        _add(element, "circle", cap_circle(area.area))
    else:
        left_out.append(area.unmappable())


def render(facts: ExportFacts) -> Rendered:
    left_out: list[str] = []
    alert = ET.Element(f"{{{CAP_NAMESPACE}}}alert")
    _add(alert, "identifier", facts.message_id)
    _add(alert, "sender", facts.station_id)
    _add(alert, "sent", cap_time(facts.dtg))
    _add(alert, "status", facts.status.value.capitalize())
    _add(alert, "msgType", facts.message_type)
    _add(alert, "source", f"{facts.station_name} ({facts.station_id}), Watchdesk")
    _add(alert, "scope", "Restricted")
    _add(alert, "restriction", f"For the {AUDIENCE.lower()}: not for public release.")
    _add(alert, "note", _note(facts))
    if facts.earlier:
        _add(alert, "references", " ".join(f"{facts.station_id},{earlier.message_id},{cap_time(earlier.dtg)}"
                                           for earlier in facts.earlier))
    left_out += [f"the reference to message {missing}, which is not on record here (CAP needs the time it was "
                 "sent)" for missing in facts.not_on_record]

    info = _add(alert, "info")
    _add(info, "category", "Safety")
    _add(info, "event", facts.event)
    _add(info, "responseType", "AllClear" if facts.cancelled else "Avoid")
    _add(info, "urgency", "Past" if facts.cancelled else _URGENCY[facts.precedence])
    _add(info, "severity", "Minor" if facts.cancelled else "Severe")
    _add(info, "certainty", "Unlikely" if facts.cancelled else "Likely")
    _add(info, "audience", AUDIENCE)
    _add(info, "onset", cap_time(facts.window_start))
    _add(info, "expires", cap_time(facts.window_end))
    _add(info, "senderName", facts.station_name)
    _add(info, "headline", facts.title())
    _add(info, "description", "\n".join(summary_lines(facts)))
    _add(info, "instruction", _instruction(facts))
    for name, value in (("WatchdeskMessageId", facts.message_id), ("WatchdeskStatus", facts.status.value),
                        ("WatchdeskPrecedence", facts.precedence.value), ("WatchdeskSender", facts.sender),
                        ("WatchdeskSequence", str(facts.sequence)), ("WatchdeskKind", facts.kind.value)):
        parameter = _add(info, "parameter")
        _add(parameter, "valueName", name)
        _add(parameter, "value", value)
    for area in facts.areas:
        _area(info, area, left_out)

    ET.register_namespace("", CAP_NAMESPACE)
    tree = ET.ElementTree(alert)
    ET.indent(tree, space="  ")
    data = ET.tostring(alert, encoding="UTF-8", xml_declaration=True) + b"\n"
    return Rendered(data, tuple(left_out))
