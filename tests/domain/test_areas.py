import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.areas import (
    EARTH_RADIUS_KM,
    IMPACT_AREA_TYPES,
    AreaError,
    BodyOfWater,
    Bounds,
    Circle,
    DistanceUnit,
    Ocean,
    OceanQuadrant,
    Polygon,
    Quadrant,
    area_bounds,
    area_from_dict,
)
from console.domain.coordinates import Point
from console.domain.errors import NoticeFormatError

KWAJALEIN_BOX = Polygon(
    (Point(9.5, 167.3), Point(9.5, 168.0), Point(8.6, 168.0), Point(8.6, 167.3), Point(9.5, 167.3))
)
DATELINE_BOX = Polygon((Point(10, 170), Point(10, -170), Point(-10, -170), Point(-10, 170), Point(10, 170)))


def great_circle_km(a: Point, b: Point) -> float:
    """Haversine distance, written independently of the module under test."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


# --- polygons -------------------------------------------------------------------------


def test_open_ring_is_offered_closed():
    triangle = Polygon((Point(0, 0), Point(0, 1), Point(1, 1)))
    assert not triangle.is_closed
    closed = triangle.closed()
    assert closed.is_closed and closed.is_valid_ring
    assert closed.points == (*triangle.points, Point(0, 0))


def test_closing_a_closed_ring_changes_nothing():
    assert KWAJALEIN_BOX.closed() is KWAJALEIN_BOX


def test_ring_needs_three_distinct_corners():
    sliver = Polygon((Point(0, 0), Point(0, 1), Point(0, 0), Point(0, 0)))
    assert sliver.is_closed and not sliver.is_valid_ring
    assert sliver.corner_count == 2


def test_polygon_accepts_a_list_but_holds_a_tuple():
    assert Polygon([Point(0, 0)]).points == (Point(0, 0),)


def test_polygon_points_must_be_points():
    with pytest.raises(AreaError):
        Polygon(((0, 0),))


def test_polygon_bounds_away_from_the_antimeridian():
    assert not KWAJALEIN_BOX.crosses_antimeridian
    assert KWAJALEIN_BOX.bounds() == Bounds(west=167.3, east=168.0, south=8.6, north=9.5)


def test_polygon_across_the_antimeridian_wraps():
    assert DATELINE_BOX.crosses_antimeridian
    bounds = DATELINE_BOX.bounds()
    assert bounds == Bounds(west=170, east=-170, south=-10, north=10)
    assert bounds.wraps and not bounds.all_longitudes


def test_edges_run_the_short_way_round():
    # 85°E to 100°W is 175° across the Pacific, not 185° across Africa.
    pacific = Polygon((Point(10, 85), Point(10, -100), Point(-10, -100), Point(-10, 85), Point(10, 85)))
    assert pacific.crosses_antimeridian
    assert pacific.bounds() == Bounds(west=85, east=-100, south=-10, north=10)
    atlantic = Polygon((Point(10, -60), Point(10, 10), Point(-10, 10), Point(-10, -60), Point(10, -60)))
    assert not atlantic.crosses_antimeridian
    assert atlantic.bounds() == Bounds(west=-60, east=10, south=-10, north=10)


def test_unclosed_draft_polygon_still_has_bounds():
    draft = Polygon(DATELINE_BOX.points[:-1])
    assert draft.crosses_antimeridian
    assert draft.bounds() == DATELINE_BOX.bounds()


def test_polygon_touching_180_does_not_wrap():
    touching = Polygon((Point(0, 170), Point(0, 180), Point(5, 180), Point(0, 170)))
    assert not touching.crosses_antimeridian
    assert touching.bounds() == Bounds(170, 180, 0, 5)


def test_polygon_round_a_pole_covers_all_longitudes_up_to_the_pole():
    cap = Polygon((Point(80, 0), Point(80, 90), Point(80, 180), Point(80, -90), Point(80, 0)))
    assert cap.crosses_antimeridian
    assert cap.bounds() == Bounds(-180, 180, 80, 90)
    south_cap = Polygon((Point(-70, 0), Point(-70, -120), Point(-70, 120), Point(-70, 0)))
    assert south_cap.bounds() == Bounds(-180, 180, -90, -70)


def test_polygon_wire_form_round_trips():
    data = KWAJALEIN_BOX.to_dict()
    assert data == {
        "type": "polygon",
        "points": [
            {"lat": 9.5, "lon": 167.3},
            {"lat": 9.5, "lon": 168.0},
            {"lat": 8.6, "lon": 168.0},
            {"lat": 8.6, "lon": 167.3},
            {"lat": 9.5, "lon": 167.3},
        ],
    }
    assert Polygon.from_dict(data) == KWAJALEIN_BOX


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [
        ({"type": "polygon", "points": [{"lat": 0, "lon": 0}] * 3}, "area.points", "needs at least 4"),
        (
            Polygon((Point(0, 0), Point(0, 1), Point(1, 1), Point(1, 0))).to_dict(),
            "area.points",
            "not closed",
        ),
        (
            {"type": "polygon", "points": [{"lat": 95, "lon": 0}]},
            "area.points[0].lat",
            "latitude 95 is out of range",
        ),
        ({"type": "polygon", "points": [{"lat": 0}]}, "area.points[0].lon", "is missing"),
        ({"type": "polygon"}, "area.points", "is missing"),
        ({"type": "polygon", "points": [], "colour": "red"}, "area.colour", "not a recognised field"),
        ({"type": "polygon", "points": "0,0"}, "area.points", "must be a list"),
    ],
)
def test_polygon_wire_errors_name_the_field(data, path, message):
    with pytest.raises(NoticeFormatError) as caught:
        Polygon.from_dict(data, "area")
    assert caught.value.field_path == path
    assert message in caught.value.message


# --- circles ---------------------------------------------------------------------------


def test_radius_in_nautical_miles_converts_to_km():
    assert Circle(Point(0, 0), 30, "NM").radius_km == pytest.approx(55.56)
    assert Circle(Point(0, 0), 30, DistanceUnit.KM).radius_km == 30


@pytest.mark.parametrize(
    ("radius", "unit", "problem"),
    [
        (0, "km", "above zero"),
        (-5, "NM", "above zero"),
        (math.nan, "km", "above zero"),
        (5, "mi", "km or NM"),
    ],
)
def test_circle_rejects_impossible_radius_or_unit(radius, unit, problem):
    with pytest.raises(AreaError, match=problem):
        Circle(Point(0, 0), radius, unit)


def test_circle_bounds_at_the_equator():
    circle = Circle(Point(0, 10), 111.19, "km")  # about one degree of arc
    bounds = circle.bounds()
    assert bounds.south == pytest.approx(-1, abs=1e-3) and bounds.north == pytest.approx(1, abs=1e-3)
    assert bounds.west == pytest.approx(9, abs=1e-3) and bounds.east == pytest.approx(11, abs=1e-3)
    assert not circle.crosses_antimeridian


def test_circle_bounds_widen_in_longitude_at_high_latitude():
    bounds = Circle(Point(60, 0), 111.19, "km").bounds()
    assert bounds.east == pytest.approx(2.0, abs=0.01)  # one degree of arc is two of longitude at 60°


def test_circle_near_the_antimeridian_wraps():
    circle = Circle(Point(0, 179.9), 50, "km")
    bounds = circle.bounds()
    assert circle.crosses_antimeridian and bounds.wraps
    assert bounds.west == pytest.approx(179.9 - 0.4497, abs=1e-3)
    assert bounds.east == pytest.approx(-180 + 0.3497, abs=1e-3)


def test_circle_round_a_pole_covers_all_longitudes():
    circle = Circle(Point(89.5, 0), 100, "km")  # the pole is 55.6 km away
    bounds = circle.bounds()
    assert bounds.all_longitudes and bounds.north == 90
    assert bounds.south == pytest.approx(89.5 - math.degrees(100 / EARTH_RADIUS_KM))
    assert circle.crosses_antimeridian


@pytest.mark.parametrize(
    "circle",
    [
        Circle(Point(28.5, -80.5), 50, "NM"),
        Circle(Point(0.5, 179.8), 80, "km"),
        Circle(Point(-45, -179.95), 200, "km"),
        Circle(Point(89.5, 120), 100, "km"),
        Circle(Point(90, 0), 300, "km"),
        Circle(Point(-88, 10), 500, "km"),
    ],
    ids=[
        "florida",
        "dateline-equator",
        "dateline-south",
        "near-north-pole",
        "on-north-pole",
        "over-south-pole",
    ],
)
def test_circle_outline_lies_on_the_circle(circle):
    outline = circle.circle_outline(n=36)
    assert len(outline) == 37 and outline[0] == outline[-1]
    for point in outline:
        assert great_circle_km(circle.centre, point) == pytest.approx(circle.radius_km, rel=1e-6)


def test_outline_near_antimeridian_uses_both_signs_of_longitude():
    outline = Circle(Point(0.5, 179.8), 80, "km").circle_outline()
    assert any(p.lon > 179 for p in outline) and any(p.lon < -179 for p in outline)
    assert all(-180 <= p.lon <= 180 for p in outline)


def test_outline_points_are_spread_round_the_circle():
    outline = Circle(Point(0, 0), 100, "km").circle_outline(n=4)
    north, east, south, west = outline[:4]
    assert north.lat > 0 and north.lon == pytest.approx(0, abs=1e-9)
    assert east.lon > 0 and south.lat < 0 and west.lon < 0


def test_outline_needs_three_points():
    with pytest.raises(AreaError):
        Circle(Point(0, 0), 1, "km").circle_outline(n=2)


@given(
    lat=st.floats(min_value=-89.9, max_value=89.9),
    lon=st.floats(min_value=-180, max_value=180),
    radius=st.floats(min_value=0.1, max_value=2000),
)
def test_outline_stays_inside_the_bounds(lat, lon, radius):
    circle = Circle(Point(lat, lon), radius, "km")
    bounds = circle.bounds()
    slack = 1e-6
    for point in circle.circle_outline(n=24):
        assert bounds.south - slack <= point.lat <= bounds.north + slack
        if bounds.all_longitudes:
            continue
        if bounds.wraps:
            assert point.lon >= bounds.west - slack or point.lon <= bounds.east + slack
        else:
            assert bounds.west - slack <= point.lon <= bounds.east + slack


def test_circle_wire_form_round_trips():
    circle = Circle(Point(9.05, 167.65), 30, "NM")
    data = circle.to_dict()
    assert data == {"type": "circle", "centre": {"lat": 9.05, "lon": 167.65}, "radius": 30.0, "unit": "NM"}
    assert Circle.from_dict(data) == circle


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"radius": 0}, "radius", "above zero"),
        ({"radius": True}, "radius", "above zero"),
        ({"unit": "miles"}, "unit", '"km" or "NM"'),
        ({"centre": {"lat": 0, "lon": 190}}, "centre.lon", "longitude 190 is out of range"),
    ],
)
def test_circle_wire_errors_name_the_field(change, path, message):
    data = {"type": "circle", "centre": {"lat": 0, "lon": 0}, "radius": 10, "unit": "km"} | change
    with pytest.raises(NoticeFormatError) as caught:
        Circle.from_dict(data)
    assert caught.value.field_path == path
    assert message in caught.value.message


# --- named regions ----------------------------------------------------------------------


def test_ocean_quadrant_and_body_of_water_wire_forms():
    quadrant = OceanQuadrant(Ocean.PACIFIC, Quadrant.NW)
    assert quadrant.to_dict() == {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NW"}
    assert OceanQuadrant.from_dict(quadrant.to_dict()) == quadrant
    assert quadrant.describe() == "Pacific Ocean, NW quadrant"
    sea = BodyOfWater("Sea of Okhotsk")
    assert sea.to_dict() == {"type": "body_of_water", "name": "Sea of Okhotsk"}
    assert BodyOfWater.from_dict(sea.to_dict()) == sea


def test_named_regions_validate_their_values():
    with pytest.raises(AreaError):
        OceanQuadrant("Mediterranean", "NE")
    with pytest.raises(AreaError):
        BodyOfWater("   ")
    with pytest.raises(NoticeFormatError) as caught:
        OceanQuadrant.from_dict(
            {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "N"}, "body.launch_area"
        )
    assert caught.value.field_path == "body.launch_area.quadrant"


def test_named_regions_have_no_bounds():
    assert area_bounds(BodyOfWater("Barents Sea")) is None
    assert area_bounds(KWAJALEIN_BOX) == KWAJALEIN_BOX.bounds()


# --- any area ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "area",
    [KWAJALEIN_BOX, Circle(Point(1, 2), 3, "km"), OceanQuadrant("Arctic", "SE"), BodyOfWater("White Sea")],
)
def test_area_from_dict_dispatches_on_type(area):
    assert area_from_dict(area.to_dict()) == area


def test_impact_area_cannot_be_an_ocean_quadrant():
    with pytest.raises(NoticeFormatError) as caught:
        area_from_dict(OceanQuadrant("Pacific", "NE").to_dict(), "body.impact_areas[0]", IMPACT_AREA_TYPES)
    assert caught.value.field_path == "body.impact_areas[0].type"
    assert "polygon, circle" in caught.value.message
