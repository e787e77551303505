"""The reading pane as the officer reads it at 1280x800: the system font, what and when first, the
launch window in UTC, the areas with the map beside them, the handling facts folded (issue 15,
section 3); and built only when a notice is first selected (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from console.domain.areas import KNOWN_SEA_EXTENTS, BodyOfWater, Polygon
from console.printing.mapdraw.drawing import role_colour
from console.service.outgoing import Outgoing
from tests.exchange.conftest import carry, import_inbox, launch_draft

WHITE_SEA = {"type": "body_of_water", "name": "White Sea"}
# The Chizha range, on the White Sea's eastern shore: the map fits both at a scale that shows the sea.
NEAR_THE_WHITE_SEA = [{"type": "circle", "centre": {"lat": 67.1, "lon": 44.3}, "radius": 40, "unit": "km"}]


def _submarine_launch(them, clock, launch_area: dict, impact_areas: list | None = None, **overrides) -> dict:
    draft = launch_draft("NRRC-US", clock, **overrides)
    draft["body"] = draft["body"] | {"vehicle_category": "SLBM", "launch_area": launch_area}
    if impact_areas is not None:
        draft["body"]["impact_areas"] = impact_areas
    return Outgoing(them).release(draft, "Lt Ivanov").notice


def _arrive_and_select(qtbot, window, us, them) -> QWidget:
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    with qtbot.waitSignal(window.inbox.loaded, timeout=10000):
        window.reload_all()
    window.show_page("inbox")
    window.inbox.table.selectRow(0)
    reading = window.inbox_desk.inbox_detail.reading
    qtbot.waitUntil(lambda: reading.isVisible() and reading.stored is not None, timeout=5000)
    return reading


def _top(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_at_1280x800_the_notice_reads_at_the_system_font_what_and_when_first(qtbot, window, us, them, clock):
    window.resize(1280, 800)
    _submarine_launch(them, clock, WHITE_SEA, precedence="FLASH")
    assert window.inbox_desk.inbox_detail.reading is None  # nothing selected yet: not built
    reading = _arrive_and_select(qtbot, window, us, them)
    page = reading.page

    # The system font, not a page scaled down: every label at least the application's size.
    system = QFontInfo(QApplication.font()).pixelSize()
    labels = [label for label in page.findChildren(QLabel) if label.isVisible() and label.text()]
    assert labels and all(QFontInfo(label.font()).pixelSize() >= system for label in labels)
    assert QFontInfo(reading.title.font()).pixelSize() > system  # the headline stands out

    # What it is and its deadline at the top.
    assert reading.title.accessibleName() == "FLASH Launch notification EXERCISE"
    assert reading.deadline.text() == "Acknowledge within 10 min (due 12:10Z)."
    # Then the window in UTC, UTC first with its Z, the local time beside it.
    window_text = reading.window_facts.text()
    assert "Opens" in window_text and "Closes" in window_text and "Length" in window_text
    opens = window_text.index("2026-11-29 18:00Z")
    assert window_text.index("(", opens) > opens and "2026-11-29 22:00Z" in window_text
    assert "1 × SLBM" in window_text
    # Then the areas, the remarks, and only then the handling facts.
    order = [reading.title, reading.deadline, reading.window_facts, reading.areas, reading.remarks, reading.handling]
    tops = [_top(widget, page) for widget in order]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert reading.remarks.text() == "ZEBRA-7731 exercise launch"
    assert reading.preview_button.isVisible()  # the paper layout, a click away (File → Print preview)

    # At 1280x800 the pane is narrow: the map goes under the list of areas at the pane's width
    # (beside it, it was a 200 px thumbnail); in a wide pane it sits beside the list.
    areas = reading.areas
    assert areas.width() < areas.SIDE_BY_SIDE_MIN_WIDTH
    qtbot.waitUntil(lambda: areas.map.geometry().top() > areas.list.geometry().bottom())  # laid out anew
    list_box, map_box = areas.list.geometry(), areas.map.geometry()
    assert map_box.top() > list_box.bottom() and map_box.width() >= 0.9 * areas.width()
    assert areas.map.isVisible() and areas.map.height() >= 180
    window.resize(2400, 1000)
    qtbot.waitUntil(lambda: areas.width() >= areas.SIDE_BY_SIDE_MIN_WIDTH)
    qtbot.waitUntil(lambda: areas.map.geometry().left() > areas.list.geometry().right())
    assert areas.map.geometry().top() < areas.list.geometry().bottom() and areas.map.width() >= 0.5 * areas.width()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: areas.map.geometry().top() > areas.list.geometry().bottom())
    assert "White Sea" in areas.list.text() and "Impact area" in areas.list.text()
    assert "1. 52°00′00″N 160°00′00″E" in areas.points.text()

    # Handling facts folded by default; opened from the keyboard.
    handling = reading.handling
    assert not handling.facts.isVisible() and not handling.expanded()
    handling.toggle.setFocus()
    qtbot.keyClick(handling.toggle, Qt.Key.Key_Space)
    assert handling.facts.isVisible()
    facts = handling.facts.text()
    assert "Sequence" in facts and "1 (NRRC-RU → NRRC-US)" in facts and "SHA-256 of the sealed file" in facts
    assert "Sender key" in facts and "(verified)" in facts
    qtbot.keyClick(handling.toggle, Qt.Key.Key_Space)
    assert not handling.facts.isVisible()


def _launch_pixels(reading) -> int:
    """Pixels of the map painted in the launch area's outline colour."""
    image = reading.map.grab().toImage()
    wanted = role_colour("launch")
    count = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green()) + abs(
                    pixel.blue() - wanted.blue()) < 40:
                count += 1
    return count


def test_a_named_sea_the_profile_outlines_is_drawn_and_an_unknown_one_is_not_on_the_map(qtbot, window, us, them,
                                                                                        clock):
    window.resize(1280, 800)
    _submarine_launch(them, clock, WHITE_SEA, NEAR_THE_WHITE_SEA)
    reading = _arrive_and_select(qtbot, window, us, them)
    launch = reading.map.areas()[0]
    assert launch.role == "launch" and isinstance(launch.area, Polygon)
    assert launch.area == KNOWN_SEA_EXTENTS["White Sea"]
    assert "L, Launch area: White Sea, drawn from the agreement profile's outline" in reading.areas.list.accessibleName()
    qtbot.waitExposed(reading.map)
    drawn = _launch_pixels(reading)

    # A sea the agreement profile has no outline for: listed, not drawn.
    clock.advance(minutes=1)
    _submarine_launch(them, clock, {"type": "body_of_water", "name": "Gulf of Bothnia"}, NEAR_THE_WHITE_SEA)
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    with qtbot.waitSignal(window.inbox.loaded, timeout=10000):
        window.reload_all()
    row = next(i for i in range(window.inbox.model.rowCount()) if window.inbox.model.row(i)["sequence"] == 2)
    window.inbox.table.selectRow(row)
    qtbot.waitUntil(lambda: reading.stored.row["sequence"] == 2, timeout=5000)
    listed = reading.areas.list.accessibleName()
    assert "Launch area: Gulf of Bothnia, not on the map: the agreement profile has no outline for it" in listed
    assert isinstance(reading.map.areas()[0].area, BodyOfWater)
    qtbot.wait(50)
    # The outline of the White Sea filled and stroked hundreds of pixels; only the key's swatch is left.
    assert drawn > 200 and _launch_pixels(reading) < drawn / 4


def test_the_reading_pane_and_the_map_drawing_are_not_imported_at_start_up():
    code = (
        "import sys\n"
        "import console.ui.app, console.ui.features\n"
        "heavy = ['console.ui.inbox.reading_pane', 'console.ui.map_widget', 'console.printing.mapdraw.drawing',\n"
        "         'console.printing.record', 'segno']\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_before_any_selection_acknowledge_says_what_to_do_in_the_empty_pane(qtbot, window):
    pane = window.inbox_desk.inbox_detail
    window.show_page("inbox")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert pane.reading is None
    assert pane.message.isVisible() and pane.message.text() == "Select a received notice in the inbox first."
