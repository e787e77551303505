"""KML 2.2 (OGC 07-147r2): a Document with one Placemark per launch and impact area.

Each Placemark has the launch window as its TimeSpan (so a time slider shows the areas only
then), the notice's facts as ExtendedData, and its area as a Polygon; an area across the
antimeridian is two Polygons in a MultiGeometry, cut as GeoJSON cuts it, and a circle is its
edge of 72 points. Coordinates are "lon,lat" (WGS 84).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from console.domain.times import format_rfc3339
from console.export.facts import ExportFacts, HazardArea, Rendered, summary_lines
from console.export.geojson import drawn_areas, notice_properties
from console.export.geometry import Ring

KML_NAMESPACE = "http://www.opengis.net/kml/2.2"
# aabbggrr: launch areas red, impact areas orange, their insides a quarter opaque.
_STYLES = {"launch": "ff1c1cd0", "impact": "ff0080ff"}


def _add(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    child = ET.SubElement(parent, f"{{{KML_NAMESPACE}}}{tag}")
    child.text = text
    return child


def _coordinates(ring: Ring) -> str:
    return " ".join(f"{lon:.6f},{lat:.6f}" for lon, lat in ring)


def _polygon(parent: ET.Element, ring: Ring) -> None:
    polygon = _add(parent, "Polygon")
    _add(polygon, "tessellate", "1")  # edges follow the ground, as the notified areas' edges do
    ring_element = _add(_add(polygon, "outerBoundaryIs"), "LinearRing")
    _add(ring_element, "coordinates", _coordinates(ring))


def _extended_data(parent: ET.Element, values: dict[str, Any]) -> None:
    data = _add(parent, "ExtendedData")
    for name, value in values.items():
        entry = _add(data, "Data")
        entry.set("name", name)
        _add(entry, "value", str(value).lower() if isinstance(value, bool) else str(value))


def _time_span(parent: ET.Element, facts: ExportFacts) -> None:
    span = _add(parent, "TimeSpan")
    _add(span, "begin", format_rfc3339(facts.window_start))
    _add(span, "end", format_rfc3339(facts.window_end))


def _placemark(document: ET.Element, facts: ExportFacts, area: HazardArea, pieces: list[Ring]) -> None:
    placemark = _add(document, "Placemark")
    placemark.set("id", f"area-{area.key}")
    _add(placemark, "name", facts.area_title(area))
    _add(placemark, "description", f"{area.label[0].upper()}{area.label[1:]}: {area.described()}")
    _time_span(placemark, facts)
    _add(placemark, "styleUrl", f"#style-{area.role}")
    _extended_data(placemark, {"area": area.label, "shape": area.shape, **notice_properties(facts)})
    if len(pieces) == 1:
        _polygon(placemark, pieces[0])
    else:
        several = _add(placemark, "MultiGeometry")
        for piece in pieces:
            _polygon(several, piece)


def _styles(document: ET.Element) -> None:
    for role, colour in _STYLES.items():
        style = _add(document, "Style")
        style.set("id", f"style-{role}")
        line = _add(style, "LineStyle")
        _add(line, "color", colour)
        _add(line, "width", "2")
        _add(_add(style, "PolyStyle"), "color", "40" + colour[2:])


def render(facts: ExportFacts) -> Rendered:
    kml = ET.Element(f"{{{KML_NAMESPACE}}}kml")
    document = _add(kml, "Document")
    _add(document, "name", facts.title())
    _add(document, "description", "\n".join(summary_lines(facts)))
    _time_span(document, facts)
    _styles(document)
    _extended_data(document, notice_properties(facts))
    drawn, left_out = drawn_areas(facts)
    for area, pieces in drawn:
        _placemark(document, facts, area, pieces)
    ET.register_namespace("", KML_NAMESPACE)
    ET.indent(kml, space="  ")
    return Rendered(ET.tostring(kml, encoding="UTF-8", xml_declaration=True) + b"\n", tuple(left_out))
