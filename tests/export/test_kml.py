"""KML exports through the real store: valid against the OGC KML 2.2 schema, and read back as the
same areas, window and facts that the GeoJSON export holds."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from console.export import ExportFormat
from tests.export.conftest import ACROSS_THE_DATE_LINE, KURA_50_NM, OFF_FLORIDA, kml_schema, notification, valid

KML = "{http://www.opengis.net/kml/2.2}"


def rings(placemark) -> list[list[list[float]]]:
    """Every outer ring of the placemark, as [[lon, lat], ...]."""
    return [[[float(number) for number in position.split(",")] for position in coordinates.text.split()]
            for coordinates in placemark.iter(f"{KML}coordinates")]


def data(element) -> dict[str, str]:
    extended = element.find(f"{KML}ExtendedData")
    return {entry.get("name"): entry.find(f"{KML}value").text for entry in extended.findall(f"{KML}Data")}


def test_kml_is_valid_and_reads_back_as_the_geojson_areas(receive, export):
    stored = receive(notification("NRRC-US", impact_areas=[OFF_FLORIDA, ACROSS_THE_DATE_LINE, KURA_50_NM]))
    outcome, text = export(stored, ExportFormat.KML)
    valid(kml_schema(), text)
    document = ET.fromstring(text).find(f"{KML}Document")

    assert document.find(f"{KML}name").text == (
        "EXERCISE Missile launch (2 ICBM, group launch): NRRC-RU's launch notification no. 1")
    assert data(document)["message_id"] == stored["message_id"]
    assert data(document)["status"] == "EXERCISE"
    placemarks = document.findall(f"{KML}Placemark")
    assert [placemark.find(f"{KML}name").text for placemark in placemarks] == [
        "EXERCISE launch area, Missile launch (2 ICBM, group launch)",
        "EXERCISE impact area 1, Missile launch (2 ICBM, group launch)",
        "EXERCISE impact area 2, Missile launch (2 ICBM, group launch)",
        "EXERCISE impact area 3, Missile launch (2 ICBM, group launch)",
    ]
    for placemark in placemarks:
        span = placemark.find(f"{KML}TimeSpan")
        assert (span.find(f"{KML}begin").text, span.find(f"{KML}end").text) == (
            "2026-11-30T06:00:00Z", "2026-11-30T08:00:00Z")
        assert data(placemark)["precedence"] == "FLASH"
    # Across the date line: two polygons in one MultiGeometry, as GeoJSON's MultiPolygon.
    assert placemarks[2].find(f"{KML}MultiGeometry") is not None

    geojson = json.loads(export(stored, ExportFormat.GEOJSON)[1])
    for placemark, feature in zip(placemarks, geojson["features"], strict=True):
        geometry = feature["geometry"]
        expected = ([geometry["coordinates"][0]] if geometry["type"] == "Polygon"
                    else [polygon[0] for polygon in geometry["coordinates"]])
        assert rings(placemark) == expected
    assert outcome.left_out == ()
