"""GeoJSON exports through the real store, checked against RFC 7946's structure: [longitude,
latitude] positions, closed counter-clockwise exterior rings, an area across the antimeridian cut
into a MultiPolygon, the notice's window, precedence and status on every feature."""

from __future__ import annotations

import json
import math
from itertools import pairwise

from console.export import ExportFormat
from tests.export.conftest import (
    ACROSS_THE_DATE_LINE,
    KURA_50_NM,
    OFF_FLORIDA,
    WHITE_SEA,
    circle,
    notification,
)


def ring_area(ring) -> float:
    """Shoelace area in degrees²: positive when the ring runs counter-clockwise."""
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in pairwise(ring)) / 2


def polygons_of(geometry) -> list[list]:
    """The polygons (each a list of rings) of a Polygon or MultiPolygon."""
    assert geometry["type"] in ("Polygon", "MultiPolygon")
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def check_rfc7946(document: dict) -> None:
    """The structure RFC 7946 asks of what we write (sections 3.1.1, 3.1.6, 3.1.9, 3.2, 3.3)."""
    assert document["type"] == "FeatureCollection"
    for feature in document["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        for rings in polygons_of(feature["geometry"]):
            assert len(rings) == 1  # exterior ring only: notified areas have no holes
            ring = rings[0]
            assert len(ring) >= 4 and ring[0] == ring[-1], "a closed linear ring of at least four positions"
            for position in ring:
                assert len(position) == 2
                lon, lat = position
                assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert ring_area(ring) > 0, "exterior rings are counter-clockwise"
            # Cut at the antimeridian: no edge runs more than half way round the Earth.
            assert all(abs(b[0] - a[0]) <= 180 for a, b in pairwise(ring))


def exported(receive, export, **areas):
    stored = receive(notification("NRRC-US", **areas))
    outcome, text = export(stored, ExportFormat.GEOJSON)
    document = json.loads(text)
    check_rfc7946(document)
    return stored, outcome, document


def test_every_area_is_a_feature_with_the_notices_window_precedence_and_status(receive, export):
    stored, outcome, document = exported(receive, export)
    assert [feature["properties"]["area"] for feature in document["features"]] == [
        "launch area", "impact area 1", "impact area 2"]
    for feature in document["features"]:
        properties = feature["properties"]
        assert properties["window_start"] == "2026-11-30T06:00:00Z"
        assert properties["window_end"] == "2026-11-30T08:00:00Z"
        assert properties["precedence"] == "FLASH"
        assert properties["status"] == "EXERCISE"
        assert properties["title"].startswith("EXERCISE ")
        assert properties["message_id"] == stored["message_id"]
        assert feature["id"].startswith(stored["message_id"] + "/")
    assert outcome.left_out == ()


def test_positions_are_longitude_first_and_rings_turned_counter_clockwise(receive, export):
    _stored, _outcome, document = exported(receive, export, impact_areas=[OFF_FLORIDA])
    listed = [[p["lon"], p["lat"]] for p in OFF_FLORIDA["points"]]
    assert ring_area(listed) < 0  # the notice lists this box's corners clockwise
    (ring,), = polygons_of(document["features"][1]["geometry"])
    assert ring == [listed[0], *reversed(listed[1:-1]), listed[0]]
    assert ring[0] == [-80.5, 28.5]  # 28°30'N 80°30'W


def test_an_area_across_the_antimeridian_is_a_multipolygon_cut_at_180(receive, export):
    _stored, _outcome, document = exported(receive, export, impact_areas=[ACROSS_THE_DATE_LINE])
    geometry = document["features"][1]["geometry"]
    assert geometry["type"] == "MultiPolygon"
    (west,), (east,) = geometry["coordinates"]
    assert {lon for lon, _lat in west} == {178.0, 180.0}
    assert {lon for lon, _lat in east} == {-180.0, -178.0}
    for ring in (west, east):
        assert {lat for _lon, lat in ring} == {38.0, 42.0}


def test_a_circle_is_its_edge_at_the_radius_with_centre_and_radius_as_properties(receive, export):
    _stored, _outcome, document = exported(receive, export, impact_areas=[KURA_50_NM])
    feature = document["features"][1]
    (ring,), = polygons_of(feature["geometry"])
    assert len(ring) == 73
    centre_lat, centre_lon = math.radians(57.77), math.radians(160.75)
    for lon, lat in ring:
        lat, lon = math.radians(lat), math.radians(lon)
        cosine = (math.sin(centre_lat) * math.sin(lat)
                  + math.cos(centre_lat) * math.cos(lat) * math.cos(lon - centre_lon))
        assert abs(6371.0088 * math.acos(min(1.0, cosine)) - 92.6) < 0.01  # 50 NM, in km
    properties = feature["properties"]
    assert (properties["shape"], properties["radius"], properties["radius_unit"], properties["radius_km"]) == (
        "circle", 50, "NM", 92.6)
    assert properties["centre"] == [160.75, 57.77]


def test_a_circle_across_the_antimeridian_is_cut_too(receive, export):
    _stored, _outcome, document = exported(receive, export, impact_areas=[circle(40.0, 179.5, 100, "km")])
    geometry = document["features"][1]["geometry"]
    assert geometry["type"] == "MultiPolygon" and len(geometry["coordinates"]) == 2


def test_a_named_launch_area_is_left_out_and_listed(receive, export):
    _stored, outcome, document = exported(receive, export, launch_area=WHITE_SEA, category="SLBM")
    assert [feature["properties"]["area"] for feature in document["features"]] == ["impact area 1", "impact area 2"]
    assert outcome.left_out == (
        "the launch area (White Sea) is a named area without coordinates, so no shape could be drawn for it",)
