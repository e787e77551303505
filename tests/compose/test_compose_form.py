"""The compose window as an officer meets it: typing, echoes, the live map, rules beside the fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.ui.compose.window import ComposeWindow
from tests.compose.conftest import choose, open_compose, type_into


@pytest.fixture
def compose(qtbot, window) -> ComposeWindow:
    return open_compose(qtbot, window)


def fill_launch(qtbot, compose: ComposeWindow, *, start="2026-11-29 18:00Z", end="2026-11-29 22:00Z",
                status: str | None = "EXERCISE") -> None:
    """A complete EXERCISE launch notification with 30 h notice (status None: the status is left as it is)."""
    form = compose.form
    if status is not None:
        choose(qtbot, form.status_combo, status)
    choose(qtbot, form.category_combo, "ICBM")
    type_into(qtbot, form.window_start.edit, start)
    type_into(qtbot, form.window_end.edit, end)
    type_into(qtbot, form.launch_area.centre.edit, "62-54.00N 040-36.00E")
    type_into(qtbot, form.launch_area.radius, "20")
    type_into(qtbot, form.impact_editors[0].points.edit, "5200N16000E\n5200N16200E\n5400N16200E\n5200N16000E")


def map_labels(compose: ComposeWindow) -> list[str]:
    return [area.label for area in compose.map.areas()]


@pytest.mark.parametrize(
    "typed",
    ["28.5, -80.5", "28°30'00\"N 080°30'00\"W", "2830N08030W", "283000N0803000W", "28-30.00N 080-30.00W"],
)
def test_a_position_typed_in_any_usual_form_is_echoed_normalised(qtbot, compose, typed):
    centre = compose.form.launch_area.centre
    type_into(qtbot, centre.edit, typed)
    assert centre.echo.isVisibleTo(compose)
    assert centre.echo.text() == "= 28°30'00.0\"N 080°30'00.0\"W = 28.50000, -80.50000"


def test_the_map_draws_the_areas_as_they_are_typed(qtbot, compose):
    form = compose.form
    assert map_labels(compose) == []
    type_into(qtbot, form.launch_area.centre.edit, "2830N08030W")
    assert map_labels(compose) == []  # a circle needs its radius before it can be drawn
    type_into(qtbot, form.launch_area.radius, "25")
    assert map_labels(compose) == ["L"]
    points = form.impact_editors[0].points
    type_into(qtbot, points.edit, "30-00.00N 070-00.00W\n3000N06800W\n32.0, -68.0")
    assert map_labels(compose) == ["L", "I1"]
    impact = compose.map.areas()[1].area
    # Drawn closed while the officer is still typing the ring.
    assert [(p.lat, p.lon) for p in impact.points][:3] == [(30.0, -70.0), (30.0, -68.0), (32.0, -68.0)]

    qtbot.mouseClick(form.add_impact_button, Qt.MouseButton.LeftButton)
    second = form.impact_editors[1]
    assert QApplication.focusWidget() is second.type_combo
    choose(qtbot, second.type_combo, "Circle")
    type_into(qtbot, second.centre.edit, "283000N0753000W")
    type_into(qtbot, second.radius, "40")
    choose(qtbot, second.unit, "NM")
    assert map_labels(compose) == ["L", "I1", "I2"]
    assert compose.map.areas()[2].area.radius_km == pytest.approx(40 * 1.852)


def test_each_boundary_line_is_echoed_and_a_bad_one_is_named(qtbot, compose):
    points = compose.form.impact_editors[0].points
    type_into(qtbot, points.edit, "5200N16000E\n52-00.00N 162-00.00E\n54 north\n5400N16200E")
    assert points.echo_lines == [
        " 1  52°00'00.0\"N 160°00'00.0\"E = 52.00000, 160.00000",
        " 2  52°00'00.0\"N 162°00'00.0\"E = 52.00000, 162.00000",
        " 3  ✖ cannot read '54 north'",
        " 4  54°00'00.0\"N 162°00'00.0\"E = 54.00000, 162.00000",
    ]
    assert "Line 3 ('54 north') cannot be read as a position" in compose.form.message_for("body.impact_areas[0].points")
    assert any("Line 3" in compose.checks.item(i).text() for i in range(compose.checks.count()))


def test_an_unreadable_centre_says_what_forms_are_understood(qtbot, compose):
    type_into(qtbot, compose.form.launch_area.centre.edit, "28-3X")
    message = compose.form.message_for("body.launch_area.centre")
    assert "Cannot read '28-3X' as a coordinate" in message
    assert "2830N08030W" in message
    assert not compose.form.launch_area.centre.echo.isVisibleTo(compose)


def test_a_latitude_out_of_range_is_refused_beside_the_field(qtbot, compose):
    type_into(qtbot, compose.form.launch_area.centre.edit, "95N 080W")
    assert "latitude 95 is out of range" in compose.form.message_for("body.launch_area.centre").lower()


def test_short_notice_is_a_warning_beside_the_opening_time(qtbot, compose):
    fill_launch(qtbot, compose, start="2026-11-28 20:00Z", end="2026-11-28 23:00Z")
    message = compose.form.message_for("body.window_start")
    assert message == "The window opens in 8 h; the agreement needs at least 24 h notice."
    assert compose.override_box.isVisibleTo(compose)
    assert compose.form.window_start.echo.text().startswith("= 2026-11-28 20:00:00Z · 282000Z NOV 26")
    assert compose.form.window_start.echo.text().endswith("in 8 h")


def test_a_window_longer_than_the_agreement_allows_is_flagged_at_its_end(qtbot, compose):
    fill_launch(qtbot, compose, start="2026-11-29 18:00Z", end="2026-12-07 18:00Z")
    assert compose.form.message_for("body.window_end") == (
        "The window is 8 d long; the agreement profile allows at most 7 d."
    )


def test_a_window_in_the_past_is_flagged_as_an_error_with_no_override(qtbot, compose):
    fill_launch(qtbot, compose, start="2026-11-28 06:00Z", end="2026-11-28 08:00Z")
    assert compose.form.message_for("body.window_end") == (
        "The whole window is in the past: it closed 4 h ago (28 NOV 08:00Z). Give the window of a launch still "
        "to come."
    )
    assert not compose.override_box.isVisibleTo(compose)


def test_times_are_read_as_operators_write_them(qtbot, compose):
    for typed in ("2026-11-29T18:00:00Z", "291800Z NOV 26", "2611291800", "2026-11-29 1800"):
        compose.form.window_start.edit.clear()
        type_into(qtbot, compose.form.window_start.edit, typed)
        assert compose.form.window_start.echo.text().startswith("= 2026-11-29 18:00:00Z"), typed
    compose.form.window_start.edit.clear()
    type_into(qtbot, compose.form.window_start.edit, "2026-11-29 18:00+03:00")
    assert "write the time in UTC" in compose.form.message_for("body.window_start")


def test_an_open_ring_is_flagged_and_close_ring_fixes_it(qtbot, compose):
    fill_launch(qtbot, compose)
    points = compose.form.impact_editors[0].points
    points.edit.clear()
    type_into(qtbot, points.edit, "5200N16000E\n5200N16200E\n5400N16200E")
    assert "The polygon is not closed" in compose.form.message_for("body.impact_areas[0].points")
    assert points.close_button.isEnabled()
    qtbot.mouseClick(points.close_button, Qt.MouseButton.LeftButton)
    assert points.text().splitlines()[-1] == "5200N16000E"
    assert compose.form.message_for("body.impact_areas[0].points") == ""
    assert not points.close_button.isEnabled()


def test_radius_and_count_must_be_positive_numbers(qtbot, compose):
    form = compose.form
    type_into(qtbot, form.launch_area.radius, "0")
    assert form.message_for("body.launch_area.radius") == "The circle radius must be a number above zero (it is 0)."
    form.launch_area.radius.clear()
    type_into(qtbot, form.launch_area.radius, "twenty")
    assert form.message_for("body.launch_area.radius") == "The radius 'twenty' is not a number."
    form.count_edit.clear()
    type_into(qtbot, form.count_edit, "0")
    assert form.message_for("body.vehicle_count") == "The number of vehicles must be a whole number, at least 1 (it is 0)."


def test_empty_fields_are_named_once_the_officer_has_been_there(qtbot, compose):
    form = compose.form
    assert form.message_for("body.vehicle_category") == ""  # untouched: not nagged yet
    assert any("vehicle category is missing" in compose.checks.item(i).text() for i in range(compose.checks.count()))
    form.category_combo.setFocus()
    form.count_edit.setFocus()
    assert form.message_for("body.vehicle_category") == "The vehicle category is missing."


def test_without_impact_areas_the_form_asks_for_one(qtbot, compose):
    compose.form.impact_editors[0].points.edit.setFocus()
    compose.form.remarks_edit.setFocus()
    assert compose.form.message_for("body.impact_areas") == "Give at least one impact area."


def test_launch_area_may_be_an_ocean_quadrant_or_a_named_sea(qtbot, compose):
    area = compose.form.launch_area
    choose(qtbot, area.type_combo, "Ocean")
    choose(qtbot, area.ocean, "Pacific")
    choose(qtbot, area.quadrant, "NW")
    wire, _ = compose.wire()
    assert wire["body"]["launch_area"] == {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NW"}
    choose(qtbot, area.type_combo, "Named")
    type_into(qtbot, area.water_name, "Sea of Okhotsk")
    wire, _ = compose.wire()
    assert wire["body"]["launch_area"] == {"type": "body_of_water", "name": "Sea of Okhotsk"}


def test_activating_a_check_takes_the_officer_to_the_field(qtbot, compose):
    type_into(qtbot, compose.form.launch_area.radius, "-3")
    row = next(i for i in range(compose.checks.count()) if "radius" in compose.checks.item(i).text())
    compose.checks.setFocus()
    compose.checks.setCurrentRow(row)
    qtbot.keyClick(compose.checks, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is compose.form.launch_area.radius


def test_tab_walks_the_form_in_reading_order(qtbot, compose):
    form = compose.form
    form.kind_combo.setFocus()
    expected = [
        form.kind_combo, form.recipient_combo, form.precedence_combo, form.status_combo, form.agreement_edit,
        form.category_combo, form.count_edit, form.group_check, form.window_start.edit, form.window_end.edit,
        form.direction_edit, form.launch_area.type_combo, form.launch_area.centre.edit, form.launch_area.radius,
        form.launch_area.unit, form.impact_editors[0].type_combo, form.impact_editors[0].points.edit,
        form.add_impact_button, form.remarks_edit, compose.map, compose.checks,
    ]
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    names = [w.accessibleName() for w in seen]
    assert seen == expected, names


def test_every_field_has_a_name_for_screen_readers_and_a_label(qtbot, compose):
    form = compose.form
    for widget in form.focus_chain():
        assert widget.accessibleName(), widget
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy() is not None}
    for widget in (form.recipient_combo, form.window_start.edit, form.count_edit, form.remarks_edit,
                   form.launch_area.centre.edit, form.impact_editors[0].points.edit):
        assert widget in buddies, widget.accessibleName()


def test_general_communication_needs_subject_and_text(qtbot, window):
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    assert compose.form.general_box.isVisibleTo(compose)
    assert not compose.form.launch_box.isVisibleTo(compose)
    assert not compose.map.isVisibleTo(compose)
    type_into(qtbot, compose.form.subject_edit, "Channel test")
    compose.form.text_edit.setFocus()
    compose.form.subject_edit.setFocus()
    assert compose.form.message_for("body.text") == "The text is missing."
    type_into(qtbot, compose.form.text_edit, "Please confirm receipt of this test.")
    assert compose.form.message_for("body.text") == ""
    wire, problems = compose.wire()
    assert problems == []
    assert wire["body"] == {"subject": "Channel test", "text": "Please confirm receipt of this test."}


def test_status_banner_makes_exercise_and_test_unmistakable(qtbot, compose):
    choose(qtbot, compose.form.status_combo, "EXERCISE")
    assert compose.banner.text() == "EXERCISE — not a real launch"
    assert "#f2b600" in compose.banner.styleSheet()
    choose(qtbot, compose.form.status_combo, "TEST")
    assert compose.banner.text().startswith("TEST")
    assert compose.banner.font().pointSizeF() > compose.header.font().pointSizeF()


def test_preview_shows_the_record_of_exactly_this_draft(qtbot, compose):
    fill_launch(qtbot, compose)
    qtbot.keyClick(compose.form.remarks_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = compose.preview_window
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.page_count() >= 1)
    wire, _ = compose.wire()
    assert preview.data.notice["body"] == wire["body"]
    assert preview.data.verification is None  # "NOT YET SEALED"
    assert preview.data.notice["status"] == "EXERCISE"
    assert preview.pages_painted == preview.page_count()


def test_the_docs_screenshot_shows_two_impact_areas_and_one_failing_rule(qtbot, us, them, tmp_path):
    from PySide6.QtGui import QImage

    from tests.compose import screenshots

    compose = screenshots.compose_launch(us)
    qtbot.addWidget(compose)
    assert [area.label for area in compose.map.areas()] == ["L", "I1", "I2"]
    assert [(f.field, f.code) for f in compose.findings] == [("body.window_start", "lead_time")]
    assert compose.form.message_for("body.window_start").startswith("The window opens in 16 h")
    assert compose.banner.text() == "EXERCISE — not a real launch"
    screenshots.grab(compose, tmp_path / "compose-launch.png")
    image = QImage(str(tmp_path / "compose-launch.png"))
    assert (image.width(), image.height()) == screenshots.SIZE
    compose.discard()
