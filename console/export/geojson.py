"""GeoJSON (RFC 7946): a FeatureCollection with one Feature per launch and impact area.

Positions are [longitude, latitude] (WGS 84, six decimals, about 10 cm); exterior rings run
counter-clockwise; an area across the antimeridian is cut there into a MultiPolygon (section
3.1.9). A circle, which GeoJSON cannot hold, is its edge as a polygon of 72 points, with its centre
and radius in the properties. The notice's window, precedence, status and message id are
properties of every feature, so that a GIS tool shows them on whichever area is picked.
"""

from __future__ import annotations

import json
import re
from typing import Any

from console.domain.areas import Circle
from console.domain.times import format_rfc3339
from console.export.facts import ExportFacts, HazardArea, Rendered
from console.export.geometry import NotFlat, Ring, drawn_pieces

_PLACES = 6
# A position that json.dumps spreads over four lines, to be written on one: [lon, lat]. Only the
# layout has raw line breaks (text escapes them as \n), so no property's text is touched.
_POSITION = re.compile(r"\[\n +(-?[0-9.e+-]+),\n +(-?[0-9.e+-]+)\n +\]")


def _positions(ring: Ring) -> list[list[float]]:
    return [[round(lon, _PLACES), round(lat, _PLACES)] for lon, lat in ring]


def geometry(pieces: list[Ring]) -> dict[str, Any]:
    if len(pieces) == 1:
        return {"type": "Polygon", "coordinates": [_positions(pieces[0])]}
    return {"type": "MultiPolygon", "coordinates": [[_positions(piece)] for piece in pieces]}


def notice_properties(facts: ExportFacts) -> dict[str, Any]:
    """The notice's facts every feature carries."""
    properties: dict[str, Any] = {
        "status": facts.status.value,
        "event": facts.event,
        "window_start": format_rfc3339(facts.window_start),
        "window_end": format_rfc3339(facts.window_end),
        "precedence": facts.precedence.value,
        "message_id": facts.message_id,
        "kind": facts.kind.value,
        "sequence": facts.sequence,
        "sender": facts.sender,
        "recipient": facts.recipient,
        "dtg": format_rfc3339(facts.dtg),
        "agreement": facts.agreement,
        "cancelled": facts.cancelled,
    }
    if facts.answers:
        properties["amends" if not facts.cancelled else "cancels"] = facts.answers
    if facts.chain_stamp:
        properties["since_sent"] = facts.chain_stamp
    properties["exported_by"] = f"{facts.station_name} ({facts.station_id})"
    return properties


def _feature(facts: ExportFacts, area: HazardArea, pieces: list[Ring]) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "title": facts.area_title(area),
        "area": area.label,
        "role": area.role,
        "shape": area.shape,
        "description": area.described(),
    }
    if isinstance(area.area, Circle):
        properties.update(centre=[round(area.area.centre.lon, _PLACES), round(area.area.centre.lat, _PLACES)],
                          radius=area.area.radius, radius_unit=area.area.unit.value,
                          radius_km=round(area.area.radius_km, 3))
    properties.update(notice_properties(facts))
    return {"type": "Feature", "id": f"{facts.message_id}/{area.key}", "geometry": geometry(pieces),
            "properties": properties}


def drawn_areas(facts: ExportFacts) -> tuple[list[tuple[HazardArea, list[Ring]]], list[str]]:
    """Each area GeoJSON and KML can draw, with its flat rings; and what was left out, and why."""
    drawn, left_out = [], []
    for area in facts.areas:
        if not area.geometric:
            left_out.append(area.unmappable())
            continue
        try:
            drawn.append((area, drawn_pieces(area.area)))  # type: ignore[arg-type]
        except NotFlat:
            left_out.append(f"the {area.label} winds round a pole and cannot be drawn as a flat polygon")
    return drawn, left_out


def render(facts: ExportFacts) -> Rendered:
    drawn, left_out = drawn_areas(facts)
    features = [_feature(facts, area, pieces) for area, pieces in drawn]
    collection = {"type": "FeatureCollection", "features": features}
    text = _POSITION.sub(r"[\1, \2]", json.dumps(collection, indent=2, ensure_ascii=False))
    return Rendered((text + "\n").encode("utf-8"), tuple(left_out))
