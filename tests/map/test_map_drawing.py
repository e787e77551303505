"""The offline map as the officer sees it: where areas land on the picture, and in what colour."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

from console.domain.areas import EARTH_RADIUS_KM, BodyOfWater, Circle, OceanQuadrant, Polygon
from console.domain.coordinates import Point
from console.printing.mapdraw.drawing import (
    MAX_ZOOM_DEG,
    PRINT_STYLE,
    SCREEN_STYLE,
    MapArea,
    MapScene,
    MapView,
    areas_from_notice,
    draw_map,
    lat_label,
    legend_entries,
    lon_label,
    render_map_image,
)

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "map-antimeridian.png"
KM_PER_DEGREE = EARTH_RADIUS_KM * 3.141592653589793 / 180.0  # about 111.2 km

DATELINE_BOX = Polygon(
    (Point(10, 170), Point(10, -170), Point(-10, -170), Point(-10, 170), Point(10, 170))
)


def point_dict(lat: float, lon: float) -> dict:
    return {"lat": lat, "lon": lon}


def box_dict(north: float, west: float, south: float, east: float) -> dict:
    corners = [(north, west), (north, east), (south, east), (south, west), (north, west)]
    return {"type": "polygon", "points": [point_dict(lat, lon) for lat, lon in corners]}


def blend(under: QColor, over: QColor, alpha: int) -> QColor:
    share = alpha / 255.0
    return QColor(*(round(u * (1 - share) + o * share) for u, o in zip(under.getRgb()[:3], over.getRgb()[:3])))


def near(actual: QColor, expected: QColor, tolerance: int = 4) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual.getRgb()[:3], expected.getRgb()[:3]))


def pixel(image: QImage, view: MapView, lon: float, lat: float) -> QColor:
    rect = QRectF(0, 0, image.width(), image.height())
    point = view.to_pixel(rect, view.unwrap(lon), lat)
    return image.pixelColor(int(point.x()), int(point.y()))


IMPACT_OVER_OCEAN = blend(SCREEN_STYLE.ocean, SCREEN_STYLE.impact, SCREEN_STYLE.fill_alpha)
LAUNCH_OVER_OCEAN = blend(SCREEN_STYLE.ocean, SCREEN_STYLE.launch, SCREEN_STYLE.fill_alpha)


# --- fitting the view ------------------------------------------------------------------------


def test_fit_of_an_area_across_the_antimeridian_is_narrow_and_holds_every_corner():
    view = MapView.fit([MapArea("impact", "I1", DATELINE_BOX)], aspect=2.0)
    assert view.zoom < 60  # the box is 20° wide, not 340°
    assert abs(abs(view.centre_lon) - 180) < 1
    west, east = view.visible_lon_range()
    south, north = view.visible_lat_range(2.0)
    for corner in DATELINE_BOX.points:
        assert west < view.unwrap(corner.lon) < east
        assert south < corner.lat < north


def test_fit_of_areas_either_side_of_180_centres_between_them():
    areas = [
        MapArea("launch", "L", Circle(Point(52, 176), 100, "km")),
        MapArea("impact", "I1", Polygon((Point(40, -175), Point(40, -170), Point(35, -170), Point(40, -175)))),
    ]
    view = MapView.fit(areas, aspect=1.5)
    assert view.zoom < 40
    west, east = view.visible_lon_range()
    assert west < view.unwrap(176) < view.unwrap(-170) < east


def test_fit_with_nothing_to_draw_shows_the_world():
    named = [MapArea("launch", "L", BodyOfWater("Sea of Okhotsk"))]
    assert MapView.fit(named, aspect=2.0).zoom == MAX_ZOOM_DEG
    assert MapView.fit([], aspect=2.0).zoom == MAX_ZOOM_DEG


# --- what the picture shows ---------------------------------------------------------------


def test_polygon_across_180_is_drawn_on_both_sides_of_the_meridian(qapp):
    areas = [MapArea("impact", "I1", DATELINE_BOX)]
    view = MapView.fit(areas, aspect=2.0)
    image = render_map_image(areas, QSize(800, 400), view=view)
    assert near(pixel(image, view, 177, 3), IMPACT_OVER_OCEAN)
    assert near(pixel(image, view, -177, 3), IMPACT_OVER_OCEAN)
    assert near(pixel(image, view, 177, 13), SCREEN_STYLE.ocean)  # just north of the box


def test_polygon_across_180_is_not_smeared_across_the_world(qapp):
    areas = [MapArea("impact", "I1", DATELINE_BOX)]
    view = MapView(0.0, 0.0, 360.0)
    image = render_map_image(areas, QSize(720, 360), view=view)
    # Both ends of a world map hold a piece of the box…
    assert near(pixel(image, view, 175, 3), IMPACT_OVER_OCEAN)
    assert near(pixel(image, view, -175, 3), IMPACT_OVER_OCEAN)
    # …and the far side of the world, between 170°W and 170°E the long way round, does not.
    for lon in (-140, -100, -20, 100, 140):
        colour = pixel(image, view, lon, 3)
        assert not near(colour, IMPACT_OVER_OCEAN, tolerance=20), (lon, colour.name())


@pytest.mark.parametrize(("radius", "unit"), [(555.0, "km"), (300.0, "NM")])
def test_circle_is_drawn_with_its_radius(qapp, radius, unit):
    circle = Circle(Point(0.0, -150.0), radius, unit)
    view = MapView(-150.0, 0.0, 20.0)
    image = render_map_image([MapArea("impact", "I1", circle)], QSize(800, 400), view=view)
    rect = QRectF(0, 0, 800, 400)
    column = int(view.to_pixel(rect, -150.5, 0).x())  # beside the 150°W graticule line
    tinted = [y for y in range(image.height()) if _is_red_tinted(image.pixelColor(column, y))]
    measured_deg = (max(tinted) - min(tinted)) / view.pixels_per_degree(rect)
    radius_deg = circle.radius_km / KM_PER_DEGREE
    expected_deg = 2 * (radius_deg**2 - 0.5**2) ** 0.5  # chord half a degree off centre
    assert measured_deg == pytest.approx(expected_deg, abs=0.15)


def _is_red_tinted(colour: QColor) -> bool:
    # Ocean is bluer than red and land is nearly grey; the impact tint pulls red well above green.
    return colour.red() - colour.green() > 20


def test_land_and_ocean_at_world_view(qapp):
    view = MapView(0.0, 0.0, 360.0)
    image = render_map_image([], QSize(720, 360), view=view)
    assert near(pixel(image, view, 20, 5), SCREEN_STYLE.land, tolerance=2)  # Central Africa
    assert near(pixel(image, view, -140, 5), SCREEN_STYLE.ocean, tolerance=2)  # mid-Pacific
    assert near(pixel(image, view, 100, 62), SCREEN_STYLE.land, tolerance=2)  # Siberia


def test_print_mode_uses_the_paper_palette(qapp):
    view = MapView(0.0, 0.0, 360.0)
    image = render_map_image([], QSize(720, 360), view=view, print_mode=True)
    assert near(pixel(image, view, 20, 5), PRINT_STYLE.land, tolerance=2)
    assert near(pixel(image, view, -140, 5), PRINT_STYLE.ocean, tolerance=2)


def test_a_circle_round_the_pole_covers_the_polar_cap(qapp):
    cap = Circle(Point(89.0, 30.0), 800, "km")
    view = MapView(0.0, 60.0, 120.0)
    image = render_map_image([MapArea("impact", "I1", cap)], QSize(900, 450), view=view)
    for lon in (-55, -25, 5, 35):
        assert _is_red_tinted(pixel(image, view, lon, 88.5))
    assert not _is_red_tinted(pixel(image, view, -25, 70))


def test_launch_and_impact_areas_have_different_colours(qapp):
    areas = [
        MapArea("launch", "L", Circle(Point(0, -160), 300, "km")),
        MapArea("impact", "I1", Circle(Point(0, -140), 300, "km")),
    ]
    view = MapView(-150.0, 0.0, 40.0)
    image = render_map_image(areas, QSize(800, 400), view=view)
    assert near(pixel(image, view, -160.5, 1.5), LAUNCH_OVER_OCEAN)
    assert near(pixel(image, view, -140.5, 1.5), IMPACT_OVER_OCEAN)


def test_draws_on_a_pdf_page(qapp, tmp_path):
    path = tmp_path / "map.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    areas = [MapArea("launch", "L", OceanQuadrant("Pacific", "NE")), MapArea("impact", "I1", DATELINE_BOX)]
    painter = QPainter(writer)
    rect = QRectF(0, 0, writer.width(), writer.width() * 0.55)
    draw_map(painter, rect, MapView.fit(areas, rect.width() / rect.height()), areas, print_mode=True)
    painter.end()
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 10_000


def test_land_is_read_once_per_process():
    assert MapScene.shared() is MapScene.shared()
    assert MapScene.shared().land.elementCount() > 1000


# --- reading notices, including drafts ----------------------------------------------------------


def launch_body(**overrides) -> dict:
    body = {
        "vehicle_category": "ICBM",
        "vehicle_count": 1,
        "group_launch": False,
        "launch_area": {"type": "circle", "centre": point_dict(52.5, 158.5), "radius": 20, "unit": "km"},
        "window_start": "2026-11-28T12:00:00Z",
        "window_end": "2026-11-28T16:00:00Z",
        "impact_areas": [
            box_dict(44, 174, 37, -173),
            {"type": "circle", "centre": point_dict(50, 168), "radius": 150, "unit": "NM"},
        ],
    }
    body.update(overrides)
    return body


def test_areas_from_a_launch_notification_are_labelled_l_i1_i2():
    notice = {"kind": "launch_notification", "body": launch_body()}
    areas = areas_from_notice(notice)
    assert [(a.role, a.label) for a in areas] == [("launch", "L"), ("impact", "I1"), ("impact", "I2")]
    assert isinstance(areas[1].area, Polygon) and areas[1].area.crosses_antimeridian


def test_areas_from_an_amendment_come_from_its_content():
    amendment = {"kind": "amendment", "body": {"amended_message_id": "x", "content": launch_body()}}
    assert [a.label for a in areas_from_notice(amendment)] == ["L", "I1", "I2"]
    assert [a.label for a in areas_from_notice(amendment["body"])] == ["L", "I1", "I2"]
    assert [a.label for a in areas_from_notice(launch_body())] == ["L", "I1", "I2"]


def test_a_notice_on_record_gives_the_areas_of_its_wire_shape():
    # The inbox's map and the record take the domain Notice; drafts still come as dicts.
    from console.domain.notices import Notice
    from console.domain.schema import examples

    for kind in ("launch_notification", "amendment"):
        wire = examples()[kind]
        from_notice = areas_from_notice(Notice.from_dict(wire))
        assert from_notice == areas_from_notice(wire)
        assert [a.label for a in from_notice][:2] == ["L", "I1"]
    assert areas_from_notice(Notice.from_dict(examples()["acknowledgement"])) == []


def test_named_launch_area_is_spelled_out_in_the_legend():
    body = launch_body(launch_area={"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NE"})
    areas = areas_from_notice(body)
    assert isinstance(areas[0].area, OceanQuadrant)
    entries = [str(entry) for entry in legend_entries(areas)]
    assert entries[0].startswith("L: Launch area: Pacific Ocean, NE quadrant")
    assert entries[1] == "I1, I2: Impact areas"


def test_half_typed_areas_are_skipped_without_raising(qapp):
    draft = launch_body(
        launch_area={"type": "polygon", "points": [point_dict(52, 158), point_dict(53, 159)]},
        impact_areas=[
            {"type": "circle", "centre": point_dict(40, 170), "radius": 0, "unit": "km"},
            {"type": "circle", "centre": point_dict(40, 170), "radius": 50},
            {"type": "circle", "centre": {"lat": "4"}, "radius": 50, "unit": "km"},
            {
                "type": "polygon",
                "points": [point_dict(40, 170), {"lat": 95, "lon": 1}, point_dict(41, 171), point_dict(40, 172)],
            },
            {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NE"},  # not allowed as impact area
            None,
            {"type": "polygon", "points": "40N 170E"},
        ],
    )
    areas = areas_from_notice(draft)
    # Only the unclosed three-corner polygon can be drawn yet; it keeps its number and is closed.
    assert [a.label for a in areas] == ["I4"]
    assert areas[0].area.is_closed and len(areas[0].area.points) == 4
    render_map_image(areas, QSize(300, 200))


@pytest.mark.parametrize(
    "notice", [None, {}, {"body": None}, {"body": {"content": 5}}, {"launch_area": 3, "impact_areas": {}}, []]
)
def test_anything_that_is_not_a_notice_gives_no_areas(notice):
    assert areas_from_notice(notice) == []


def test_degenerate_shapes_passed_directly_still_render(qapp):
    areas = [
        MapArea("launch", "L", Polygon(())),
        MapArea("impact", "I1", Polygon((Point(0, 0),))),
        MapArea("impact", "I2", Polygon((Point(0, 0), Point(1, 1)))),
        MapArea("impact", "I3", Circle(Point(90, 0), 0.001, "km")),
    ]
    image = render_map_image(areas, QSize(400, 200))
    assert not image.isNull()


# --- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lon", "text"), [(150, "150°E"), (-150, "150°W"), (0, "0°"), (180, "180°"), (-180, "180°"), (190, "170°W")]
)
def test_longitude_labels(lon, text):
    assert lon_label(lon) == text


@pytest.mark.parametrize(("lat", "text"), [(30, "30°N"), (-30, "30°S"), (0, "0°")])
def test_latitude_labels(lat, text):
    assert lat_label(lat) == text


# --- the screenshot in docs ----------------------------------------------------------------


def kamchatka_notice() -> dict:
    """A launch off Kamchatka with one impact area across 180° and one in the open Pacific."""
    return {
        "kind": "launch_notification",
        "body": launch_body(
            launch_area={"type": "circle", "centre": point_dict(52.4, 158.9), "radius": 40, "unit": "NM"},
            impact_areas=[
                box_dict(47.0, 175.5, 42.0, -174.0),
                {"type": "circle", "centre": point_dict(39.0, 165.0), "radius": 120, "unit": "NM"},
            ],
        ),
    }


def screenshot_image() -> QImage:
    return render_map_image(areas_from_notice(kamchatka_notice()), QSize(900, 500))


def test_screenshot_notice_draws_both_halves_of_the_dateline_box(qapp, tmp_path):
    areas = areas_from_notice(kamchatka_notice())
    image = screenshot_image()
    view = MapView.fit(areas, 900 / 500)
    assert near(pixel(image, view, 178.5, 44.5), IMPACT_OVER_OCEAN, tolerance=6)
    assert near(pixel(image, view, -176.5, 44.5), IMPACT_OVER_OCEAN, tolerance=6)
    assert image.save(str(tmp_path / "map.png"))


if __name__ == "__main__":
    # Refresh docs/screenshots/map-antimeridian.png:
    #   QT_QPA_PLATFORM=offscreen .venv/bin/python tests/map/test_map_drawing.py
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication([])
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    screenshot_image().save(str(SCREENSHOT))
    print(f"wrote {SCREENSHOT}")
