"""The interactive map: keyboard and mouse as an officer uses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from console.domain.areas import BodyOfWater, Circle, Polygon
from console.domain.coordinates import Point
from console.printing.mapdraw.drawing import MAX_ZOOM_DEG, MIN_ZOOM_DEG, MapArea, MapView, areas_from_notice
from console.ui.map_widget import KEY_PAN_FRACTION, WHEEL_ZOOM_FACTOR, MapWidget

pytestmark = pytest.mark.gui

KAMCHATKA = [MapArea("launch", "L", Circle(Point(52.5, 158.5), 60, "km"))]
DATELINE = [
    MapArea(
        "impact",
        "I1",
        Polygon((Point(44, 174), Point(44, -173), Point(37, -173), Point(37, 174), Point(44, 174))),
    )
]
ATLANTIC = [MapArea("impact", "I1", Circle(Point(30, -40), 200, "NM"))]


@pytest.fixture
def map_widget(qtbot):
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def fitted(widget: MapWidget, areas) -> MapView:
    return MapView.fit(areas, widget.width() / widget.height())


def test_is_reachable_and_named_for_assistive_technology(map_widget):
    assert map_widget.accessibleName() == "Map of launch and impact areas"
    assert map_widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    map_widget.set_areas([MapArea("launch", "L", BodyOfWater("Sea of Okhotsk"))])
    assert "Sea of Okhotsk" in map_widget.accessibleDescription()
    for button in (map_widget.fit_button, map_widget.zoom_in_button, map_widget.zoom_out_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus  # keys stay with the map


def test_plus_halves_the_width_shown_and_minus_restores_it(qtbot, map_widget):
    map_widget.set_areas(DATELINE)
    before = map_widget.view().zoom
    qtbot.keyClick(map_widget, Qt.Key.Key_Plus)
    assert map_widget.view().zoom == pytest.approx(before / 2)
    qtbot.keyClick(map_widget, Qt.Key.Key_Minus)
    assert map_widget.view().zoom == pytest.approx(before)
    qtbot.keyClick(map_widget, Qt.Key.Key_Equal)  # + without Shift on most keyboards
    assert map_widget.view().zoom == pytest.approx(before / 2)


def test_zoom_stops_at_its_limits(qtbot, map_widget):
    map_widget.set_areas(KAMCHATKA)
    for _ in range(30):
        qtbot.keyClick(map_widget, Qt.Key.Key_Plus)
    assert map_widget.view().zoom == MIN_ZOOM_DEG
    for _ in range(30):
        qtbot.keyClick(map_widget, Qt.Key.Key_Minus)
    assert map_widget.view().zoom == MAX_ZOOM_DEG


def test_arrow_keys_move_the_view_that_way(qtbot, map_widget):
    map_widget.set_areas(ATLANTIC)
    start = map_widget.view()
    step_lon = start.zoom * KEY_PAN_FRACTION
    qtbot.keyClick(map_widget, Qt.Key.Key_Right)
    assert map_widget.view().centre_lon == pytest.approx(start.centre_lon + step_lon)
    qtbot.keyClick(map_widget, Qt.Key.Key_Left)
    qtbot.keyClick(map_widget, Qt.Key.Key_Left)
    assert map_widget.view().centre_lon == pytest.approx(start.centre_lon - step_lon)
    qtbot.keyClick(map_widget, Qt.Key.Key_Up)
    assert map_widget.view().centre_lat > start.centre_lat
    qtbot.keyClick(map_widget, Qt.Key.Key_Down)
    qtbot.keyClick(map_widget, Qt.Key.Key_Down)
    assert map_widget.view().centre_lat < start.centre_lat


def test_panning_east_across_180_wraps_round(qtbot, map_widget):
    map_widget.set_areas(DATELINE)
    for _ in range(10):
        qtbot.keyClick(map_widget, Qt.Key.Key_Right)
    assert -180 <= map_widget.view().centre_lon < 180


def test_new_areas_refit_the_map_until_the_officer_pans(qtbot, map_widget):
    map_widget.set_areas(KAMCHATKA)
    assert map_widget.view() == fitted(map_widget, KAMCHATKA)
    map_widget.set_areas(DATELINE)
    assert map_widget.view() == fitted(map_widget, DATELINE)

    qtbot.keyClick(map_widget, Qt.Key.Key_Right)
    moved = map_widget.view()
    assert not map_widget.follows_areas
    map_widget.set_areas(ATLANTIC)
    assert map_widget.view() == moved  # the officer's view is left alone

    qtbot.keyClick(map_widget, Qt.Key.Key_F)
    assert map_widget.view() == fitted(map_widget, ATLANTIC)
    assert map_widget.follows_areas
    map_widget.set_areas(KAMCHATKA)
    assert map_widget.view() == fitted(map_widget, KAMCHATKA)


def test_fit_button_brings_the_areas_back(qtbot, map_widget):
    map_widget.set_areas(ATLANTIC)
    qtbot.keyClick(map_widget, Qt.Key.Key_Minus)
    qtbot.mouseClick(map_widget.fit_button, Qt.MouseButton.LeftButton)
    assert map_widget.view() == fitted(map_widget, ATLANTIC)


def test_zoom_buttons(qtbot, map_widget):
    map_widget.set_areas(ATLANTIC)
    before = map_widget.view().zoom
    qtbot.mouseClick(map_widget.zoom_in_button, Qt.MouseButton.LeftButton)
    assert map_widget.view().zoom == pytest.approx(before / 2)
    qtbot.mouseClick(map_widget.zoom_out_button, Qt.MouseButton.LeftButton)
    assert map_widget.view().zoom == pytest.approx(before)


def send_mouse(widget, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_dragging_moves_the_map_with_the_mouse(map_widget):
    map_widget.set_areas(ATLANTIC)
    start = map_widget.view()
    rect = QRectF(map_widget.rect())
    grabbed = start.to_geo(rect, QPointF(300, 150))
    left = Qt.MouseButton.LeftButton
    send_mouse(map_widget, QEvent.Type.MouseButtonPress, QPointF(300, 150), left)
    send_mouse(map_widget, QEvent.Type.MouseMove, QPointF(250, 170), left)
    send_mouse(map_widget, QEvent.Type.MouseMove, QPointF(200, 190), left)
    send_mouse(map_widget, QEvent.Type.MouseButtonRelease, QPointF(200, 190), Qt.MouseButton.NoButton)
    # The spot that was grabbed is now under the pointer.
    lon, lat = map_widget.view().to_geo(rect, QPointF(200, 190))
    assert lon == pytest.approx(grabbed[0]) and lat == pytest.approx(grabbed[1])
    assert not map_widget.follows_areas


def test_wheel_zooms_about_the_pointer(map_widget):
    map_widget.set_areas(ATLANTIC)
    start = map_widget.view()
    rect = QRectF(map_widget.rect())
    pointer = QPointF(450, 80)
    under_pointer = start.to_geo(rect, pointer)
    event = QWheelEvent(
        pointer,
        map_widget.mapToGlobal(pointer),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(map_widget, event)
    view = map_widget.view()
    assert view.zoom == pytest.approx(start.zoom / WHEEL_ZOOM_FACTOR)
    lon, lat = view.to_geo(rect, pointer)
    assert lon == pytest.approx(under_pointer[0]) and lat == pytest.approx(under_pointer[1])


def test_resizing_keeps_following_the_areas(qtbot, map_widget):
    map_widget.set_areas(DATELINE)
    map_widget.resize(300, 400)
    assert map_widget.view() == fitted(map_widget, DATELINE)


def test_half_typed_draft_paints_without_error(map_widget):
    draft = {
        "launch_area": {"type": "polygon", "points": [{"lat": 52, "lon": 158}, {"lat": 53, "lon": 159}]},
        "impact_areas": [{"type": "circle", "centre": {"lat": 40, "lon": 170}, "radius": 0, "unit": "km"}],
    }
    map_widget.set_areas(areas_from_notice(draft))
    assert map_widget.areas() == []
    assert not map_widget.grab().isNull()


def test_paints_the_areas_and_the_attribution(map_widget):
    map_widget.set_areas(DATELINE)
    image = map_widget.grab().toImage()
    view = map_widget.view()
    rect = QRectF(map_widget.rect())
    inside = view.to_pixel(rect, view.unwrap(179.0), 40.5)
    colour = image.pixelColor(int(inside.x()), int(inside.y()))
    assert colour.red() - colour.green() > 20  # the impact tint
    # The attribution's white box lightens the bottom-right corner above the ocean's tone.
    corner = image.pixelColor(image.width() - 5, image.height() - 5)
    assert corner.lightness() > 235
