import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.coordinates import (
    CoordinateError,
    Point,
    format_compact,
    format_decimal,
    format_dms,
    format_navarea,
    parse_latitude,
    parse_longitude,
    parse_point,
)

CAPE = Point(28.5, -80.5)

latitudes = st.floats(min_value=-90, max_value=90, allow_nan=False)
longitudes = st.floats(min_value=-180, max_value=180, allow_nan=False)
points = st.builds(Point, latitudes, longitudes)


# --- the point itself ---------------------------------------------------------------


def test_point_keeps_decimal_degrees():
    assert (CAPE.lat, CAPE.lon) == (28.5, -80.5)


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        (95, 0, "latitude 95 is out of range (-90 to 90)"),
        (-90.5, 0, "latitude -90.5 is out of range (-90 to 90)"),
        (0, 180.25, "longitude 180.25 is out of range (-180 to 180)"),
        (math.nan, 0, "latitude must be a finite number"),
        (0, math.inf, "longitude must be a finite number"),
        ("28", 0, "latitude must be a number, not str"),
        (True, 0, "latitude must be a number, not bool"),
    ],
)
def test_point_rejects_impossible_values(lat, lon, message):
    with pytest.raises(CoordinateError) as caught:
        Point(lat, lon)
    assert str(caught.value) == message


def test_point_accepts_the_extremes():
    assert Point(-90, 180) == Point(-90.0, 180.0)
    assert Point(90, -180).lon == -180.0


def test_coordinate_error_is_a_value_error():
    assert issubclass(CoordinateError, ValueError)


def test_point_dict_form_matches_wire():
    assert CAPE.to_dict() == {"lat": 28.5, "lon": -80.5}
    assert Point.from_dict({"lat": 28.5, "lon": -80.5}) == CAPE
    with pytest.raises(CoordinateError, match='exactly "lat" and "lon"'):
        Point.from_dict({"lat": 28.5, "lon": -80.5, "alt": 0})


# --- reading every accepted form -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "28.5, -80.5",
        "28.5 -80.5",
        "28.5,-80.5",
        "28.5; -80.5",
        "+28.5 -80.5",
        "28.5N 80.5W",
        "28.5n 80.5w",
        "28.5N80.5W",
        "28.5° N, 80.5° W",
        "28.5°N 80.5°W",
        "N28.5 W80.5",
        "N 28.5, W 80.5",
        "80.5W 28.5N",
        "28°30'00\"N 080°30'00\"W",
        "28°30'00\"N, 080°30'00\"W",
        "28° 30' 00\" N 080° 30' 00\" W",
        "28°30′00″N 080°30′00″W",
        "28º30’00”N 080º30’00”W",
        "28°30'00''N 080°30'00''W",
        "28°30'N 80°30'W",
        "28°30.0'N 080°30.0'W",
        "28 30 00 N 080 30 00 W",
        "28 30 -80 30",
        "28 30 00 -80 30 00",
        "28°30' -80°30'",
        "2830N08030W",
        "2830N 08030W",
        "283000N0803000W",
        "283000N 0803000W",
        "28-30.00N 080-30.00W",
        "28-30N 80-30W",
        "28–30.00N 080–30.00W",
        "28-30-00N 080-30-00W",
    ],
)
def test_reads_the_forms_operators_write(text):
    point = parse_point(text)
    assert point.lat == pytest.approx(28.5, abs=1e-9)
    assert point.lon == pytest.approx(-80.5, abs=1e-9)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("28°30.5'N 80°30.5'W", 28 + 30.5 / 60, -(80 + 30.5 / 60)),
        ("2830.5N08030.5W", 28 + 30.5 / 60, -(80 + 30.5 / 60)),
        ("283000.5N0803000.5W", 28.5 + 0.5 / 3600, -(80.5 + 0.5 / 3600)),
        ("28°30'15.25\"N 80°30'15.25\"W", 28.5 + 15.25 / 3600, -(80.5 + 15.25 / 3600)),
        ("33-51.50S 151-12.75E", -(33 + 51.5 / 60), 151 + 12.75 / 60),
        ("-33.86, 151.21", -33.86, 151.21),
        ("0.0 0.0", 0.0, 0.0),
        ("9000N18000W", 90.0, -180.0),
        ("64°30'S 179°59'59\"E", -64.5, 179 + 59 / 60 + 59 / 3600),
    ],
)
def test_reads_fractions_and_other_hemispheres(text, lat, lon):
    point = parse_point(text)
    assert point.lat == pytest.approx(lat, abs=1e-9)
    assert point.lon == pytest.approx(lon, abs=1e-9)


def test_reads_latitude_and_longitude_boxes_separately():
    assert parse_latitude("28°30'N") == pytest.approx(28.5)
    assert parse_latitude("2830S") == pytest.approx(-28.5)
    assert parse_longitude("08030W") == pytest.approx(-80.5)
    assert parse_longitude("-80.5") == -80.5
    with pytest.raises(CoordinateError, match="not a latitude"):
        parse_latitude("80.5W")
    with pytest.raises(CoordinateError, match="longitude 181 is out of range"):
        parse_longitude("181E")


# --- every error says what is wrong ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("95, 10", "latitude 95 is out of range (-90 to 90)"),
        ("95N 10E", "latitude 95 is out of range (-90 to 90)"),
        ("10, 200", "longitude 200 is out of range (-180 to 180)"),
        ("28°75'N 80°W", "minutes must be below 60 (got 75)"),
        ("28°30'75\"N 80°W", "seconds must be below 60 (got 75)"),
        ("2875N08030W", "minutes must be below 60 (got 75)"),
        ("28-60.00N 080-30.00W", "minutes must be below 60 (got 60.00)"),
        ("28.5°30'N 80°W", "degrees have a decimal part, so minutes cannot follow"),
        ("28°30.5'15\"N 80°W", "minutes have a decimal part, so seconds cannot follow"),
        ("-28.5N 80.5W", "use either a sign or a hemisphere letter, not both"),
        ("28 -30 80 30", "minutes cannot have a sign"),
        ("28.5N, 80.5N", "both parts are latitudes (N/S)"),
        ("80.5E 28.5W", "both parts are longitudes (E/W)"),
        ("28.5N -80.5", "only one hemisphere letter"),
        ("28.5N, -80.5", "give a hemisphere letter for both latitude and longitude, or for neither"),
        ("28,5, -80,5", "has 3 separators; use one comma between latitude and longitude, and a point"),
        ("08030N08030W", "compact latitude '08030' in '08030N08030W' must have 4 digits (DDMM) or 6 digits"),
        ("283000N080300W", "compact longitude '080300' in '283000N080300W' must have 5 digits (DDDMM) or 7"),
        ('28"N 80W', "expected degrees, then minutes ('), then seconds (\") in that order"),
        ("", "no coordinate given"),
        ("   ", "no coordinate given"),
    ],
)
def test_errors_name_the_problem(text, message):
    with pytest.raises(CoordinateError) as caught:
        parse_point(text)
    assert message in str(caught.value)


@pytest.mark.parametrize("text", ["abc", "28.5", "28 30 80", "28.5 -80.5 12", "Cape Canaveral", "28.5.5 80"])
def test_unreadable_text_lists_the_expected_forms(text):
    with pytest.raises(CoordinateError) as caught:
        parse_point(text)
    message = str(caught.value)
    assert message.startswith(f"cannot read '{text}' as a coordinate: expected forms")
    assert "2830N08030W" in message and "28-30.00N 080-30.00W" in message


# --- writing the agreed forms ---------------------------------------------------------


def test_formats_of_a_typical_point():
    assert format_dms(CAPE) == "28°30'00.0\"N 080°30'00.0\"W"
    assert format_decimal(CAPE) == "28.50000°N 080.50000°W"
    assert format_decimal(CAPE, signed=True) == "28.50000, -80.50000"
    assert format_compact(CAPE) == "283000N0803000W"
    assert format_navarea(CAPE) == "28-30.00N 080-30.00W"


def test_formats_in_the_south_and_east():
    sydney = Point(-33.858333, 151.2125)
    assert format_dms(sydney) == "33°51'30.0\"S 151°12'45.0\"E"
    assert format_compact(sydney) == "335130S1511245E"
    assert format_navarea(sydney) == "33-51.50S 151-12.75E"
    assert format_decimal(sydney) == "33.85833°S 151.21250°E"


def test_rounding_carries_into_the_next_unit_instead_of_writing_sixty():
    almost = Point(28.999999, -80.999999)
    assert format_dms(almost) == "29°00'00.0\"N 081°00'00.0\"W"
    assert format_compact(almost) == "290000N0810000W"
    assert format_navarea(almost) == "29-00.00N 081-00.00W"


def test_values_that_round_to_zero_are_not_written_as_south_or_west():
    tiny = Point(-0.0000001, -0.0000001)
    assert format_dms(tiny) == "00°00'00.0\"N 000°00'00.0\"E"
    assert format_decimal(tiny) == "00.00000°N 000.00000°E"
    assert format_decimal(tiny, signed=True) == "0.00000, 0.00000"


# Half of each format's last unit, in degrees, plus float slack.
TOLERANCE = {
    format_dms: 0.05 / 3600 + 1e-9,
    format_compact: 0.5 / 3600 + 1e-9,
    format_navarea: 0.005 / 60 + 1e-9,
    format_decimal: 0.5e-5 + 1e-9,
    (lambda p: format_decimal(p, signed=True)): 0.5e-5 + 1e-9,
}


@pytest.mark.parametrize("formatter", list(TOLERANCE), ids=["dms", "compact", "navarea", "decimal", "signed"])
@given(point=points)
def test_every_format_reads_back_within_its_precision(formatter, point):
    again = parse_point(formatter(point))
    assert abs(again.lat - point.lat) <= TOLERANCE[formatter]
    assert abs(again.lon - point.lon) <= TOLERANCE[formatter]


@given(point=points)
def test_reading_is_stable_after_one_round(point):
    # Writing what was read must give the same text: no drift on repeated editing.
    for formatter in (format_dms, format_compact, format_navarea, format_decimal):
        text = formatter(point)
        assert formatter(parse_point(text)) == text


@pytest.mark.parametrize("text", ["55-3", "28-30", "28.5-80.5", "28-30.5, 80-30"])
def test_a_dash_without_hemisphere_letters_is_refused_not_guessed(text):
    # 28-30 is 28°30' in NAVAREA style, or 28 and -30: never silently one of them.
    with pytest.raises(CoordinateError, match="NAVAREA degree-minute mark"):
        parse_point(text)
