"""Sight: the night palette from the View menu and the settings, legible in every state (WCAG AA),
and a 2 px focus frame on whichever widget has keyboard focus.

The demo station's real main window: its inbox and outbox rows, the reading pane's deadline strip
and stamps, the alert strip, measured in the colours the widgets really use.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.service import deadlines
from console.ui import palette
from console.ui.inbox import row_colours

AA_TEXT = 4.5
AA_NON_TEXT = 3.0


contrast = palette.contrast_ratio  # WCAG 2


@pytest.fixture
def day_again():
    """Whatever a test does, the next one starts in the day palette."""
    yield
    palette.apply_night(False)


@dataclass(frozen=True)
class FakeAlert:  # the strip's StripAlert protocol, as the inbox's AlertCenter posts it
    kind: str
    precedence: str
    headline: str
    notice_ids: tuple[int, ...] = (1,)


def _row_pairs(view, now) -> dict[str, set[tuple[str, str]]]:
    """Each row state's (text, background) colour pairs, as the table's delegate paints them."""
    table = view.table
    text = table.palette().color(QPalette.ColorRole.Text)
    bases = (table.palette().color(QPalette.ColorRole.Base), table.palette().color(QPalette.ColorRole.AlternateBase))
    pairs: dict[str, set[tuple[str, str]]] = {}
    for row in range(min(view.model.rowCount(), 300)):
        record = view.model.row(row)
        state = f"{record['direction']} {deadlines.deadline_state(record, now).phase.name} {record['precedence']}"
        for column in range(view.model.columnCount()):
            look = view.model.cell_look(row, column)
            for background in ([look.background] if look.background is not None else bases):
                pairs.setdefault(state, set()).add(((look.foreground or text).name(), QColor(background).name()))
    return pairs


def _strip_pair(label) -> tuple[QColor, QColor]:
    """A style-sheeted label's text and background, as the style sheet set them on its palette."""
    return label.palette().color(QPalette.ColorRole.WindowText), label.palette().color(QPalette.ColorRole.Window)


def test_the_view_menu_turns_the_night_palette_on_in_every_window_and_the_station_keeps_it(
        qtbot, main_window, day_again):
    other_window = QWidget()  # a window opened before the switch (a dialog, a compose window)
    qtbot.addWidget(other_window)
    action = main_window.night_action
    assert action.shortcut().toString() == palette.TOGGLE_SHORTCUT and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: row_colours.is_dark(main_window.palette()))  # the change reaches widgets as an event
    for widget in (main_window, main_window.inbox.table, other_window):
        assert row_colours.is_dark(widget.palette()), widget
    assert main_window.inbox.model.colours is row_colours.NIGHT
    assert action.isChecked() and main_window.station.settings()[palette.NIGHT_SETTING] is True
    window_colour = main_window.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 60  # low glare: a dark surface, not a bright one
    action.trigger()
    qtbot.waitUntil(lambda: not row_colours.is_dark(main_window.palette()))
    assert main_window.inbox.model.colours is row_colours.DAY
    assert main_window.station.settings()[palette.NIGHT_SETTING] is False


def test_a_station_set_to_night_opens_in_the_night_palette(qtbot, demo_station, day_again):
    from tests.support.stations import open_main_window

    demo_station.update_settings("Lt Test", **{palette.NIGHT_SETTING: True})
    window = open_main_window(qtbot, demo_station)
    qtbot.waitUntil(lambda: row_colours.is_dark(window.palette()))
    assert row_colours.is_dark(window.palette()) and window.night_action.isChecked()
    assert window.inbox.model.colours is row_colours.NIGHT


@pytest.mark.parametrize("night", [False, True], ids=["day", "night"])
def test_every_row_state_strip_and_stamp_reads_at_wcag_aa(qtbot, main_window, day_again, night):
    palette.apply_night(night)
    qtbot.waitUntil(lambda: row_colours.is_dark(main_window.inbox.table.palette()) == night)
    features = main_window.inbox, main_window.pages["outbox"].widget
    states = {}
    for view in features:
        states.update(_row_pairs(view, main_window.clock()))
    assert len(states) >= 3, states.keys()  # several states measured, not one (overdue among them)
    assert any("OVERDUE" in state for state in states)
    for state, pairs in states.items():
        for text, background in pairs:
            assert contrast(QColor(text), QColor(background)) >= AA_TEXT, (state, text, background)
    highlight = main_window.inbox.table.palette()
    # The selected row: ours in the night palette (the day one is the platform's own).
    assert not night or contrast(highlight.color(QPalette.ColorRole.HighlightedText),
                    highlight.color(QPalette.ColorRole.Highlight)) >= AA_TEXT

    # The reading pane: each notice's deadline strip and stamp, as the pane colours them.
    strips = set()
    for key in ("inbox", "outbox"):
        view, detail = main_window.pages[key].widget, main_window.pages[key].detail
        for row in range(min(view.model.rowCount(), 40)):
            detail.show_row(view.model.row(row))
            pane = detail.reading
            text, background = _strip_pair(pane.deadline)
            strips.add((text.name(), background.name()))
            if pane.stamp.isVisibleTo(pane):
                stamp_text, stamp_background = _strip_pair(pane.stamp)
                assert contrast(stamp_text, stamp_background) >= AA_TEXT, pane.stamp.text()
    assert len(strips) >= 3, strips  # running, overdue, acknowledged at least
    for text, background in strips:
        assert contrast(QColor(text), QColor(background)) >= AA_TEXT, (text, background)
    wanted = palette.NIGHT if night else palette.DAY
    assert {(swatch.text, swatch.background) for swatch in [*wanted.deadline.values(), wanted.cancelled]} >= strips

    # The alert strip, for a FLASH and an IMMEDIATE.
    strip = main_window.alert_board.strip_of(main_window)
    for precedence in ("FLASH", "IMMEDIATE", "ROUTINE"):
        main_window.alert_board.show(FakeAlert("arrival", precedence, f"{precedence} from NRRC-RU"))
        text = strip.text.palette().color(QPalette.ColorRole.WindowText)
        background = strip.palette().color(QPalette.ColorRole.Window)
        assert background.name() == wanted.alert_swatch(precedence).background
        assert contrast(text, background) >= AA_TEXT, precedence
    main_window.alert_board.dismiss()


def test_a_strip_on_show_changes_colour_with_the_palette(qtbot, main_window, day_again):
    main_window.alert_board.show(FakeAlert("arrival", "FLASH", "FLASH from NRRC-RU"))
    strip = main_window.alert_board.strip_of(main_window)
    main_window.inbox.table.selectRow(0)
    pane = main_window.pages["inbox"].detail.reading
    qtbot.waitUntil(lambda: pane is not None or main_window.pages["inbox"].detail.reading is not None)
    pane = main_window.pages["inbox"].detail.reading
    day_strip = _strip_pair(pane.deadline)[1].name()
    palette.apply_night(True)
    qtbot.waitUntil(lambda: row_colours.is_dark(pane.palette()))
    assert strip.palette().color(QPalette.ColorRole.Window).name() == palette.NIGHT.alert["FLASH"].background
    night_strip = _strip_pair(pane.deadline)[1].name()
    assert night_strip != day_strip and night_strip in {s.background for s in palette.NIGHT.deadline.values()}
    main_window.alert_board.dismiss()


def test_every_swatch_of_both_sets_reads_at_wcag_aa():
    """The sets' every pair, including those the demo shows none of (a problem report, a cancellation)."""
    for colours, window in ((palette.DAY, QColor("#efefef")), (palette.NIGHT, palette.night_palette().window().color())):
        swatches = [*colours.deadline.values(), colours.cancelled, colours.amended, *colours.alert.values()]
        for swatch in swatches:
            assert contrast(QColor(swatch.text), QColor(swatch.background)) >= AA_TEXT, (colours.name, swatch)
        for text in (colours.error_text, colours.warning_text, colours.good_text, colours.hint_text):
            assert contrast(QColor(text), window) >= AA_TEXT, (colours.name, text)
        for swatch in (colours.notes, colours.danger, colours.warning, colours.table_head):
            assert contrast(QColor(swatch.text), QColor(swatch.background)) >= AA_TEXT, (colours.name, swatch)
        assert contrast(QColor(colours.focus_frame), window) >= AA_NON_TEXT, colours.name
    # The audit log's rows to notice keep their own text and background in either palette.
    from console.ui.station_admin.audit_view import ATTENTION_BACKGROUND, ATTENTION_TEXT

    assert contrast(ATTENTION_TEXT, ATTENTION_BACKGROUND) >= AA_TEXT
    night = palette.night_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text_role, base_role in ((QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                                     (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
                                     (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                                     (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                                     (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
            assert contrast(night.color(group, text_role), night.color(group, base_role)) >= AA_TEXT, text_role


def test_the_selected_row_reads_at_wcag_aa_in_the_day_palette_too(qapp, day_again):
    from console.ui.app import make_application

    app = make_application()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        selected = app.palette().color(group, QPalette.ColorRole.HighlightedText)
        assert contrast(selected, app.palette().color(group, QPalette.ColorRole.Highlight)) >= AA_TEXT


def test_a_wrong_pin_message_on_show_takes_the_night_colour_and_gives_it_back(qtbot, demo_station, day_again):
    """A start-of-watch dialog open when the palette changes: its red error text (2.3:1 on the night
    window) is restyled from the set that suits the palette, both ways."""
    from console.ui.station_admin.credentials import CredentialsDialog

    dialog = CredentialsDialog(demo_station, "Start of watch", "Who takes the watch?", "Take the watch")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_error("Wrong PIN. Nothing was done.")

    def text_on_window() -> float:
        dialog.message.ensurePolished()
        return contrast(dialog.message.palette().color(QPalette.ColorRole.WindowText),
                        dialog.palette().color(QPalette.ColorRole.Window))

    assert text_on_window() >= AA_TEXT
    palette.apply_night(True)
    qtbot.waitUntil(lambda: palette.colours_for(dialog) is palette.NIGHT)
    assert dialog.message.styleSheet().startswith(f"color: {palette.NIGHT.error_text}")
    assert text_on_window() >= AA_TEXT
    palette.apply_night(False)
    assert dialog.message.styleSheet().startswith(f"color: {palette.DAY.error_text}")


@pytest.fixture
def focus_frames(qapp):
    frames = palette.install_focus_frames(qapp)
    yield frames
    frames.uninstall()


@pytest.mark.parametrize("night", [False, True], ids=["day", "night"])
def test_the_focused_widget_of_every_kind_wears_a_2px_frame_that_stands_out(qtbot, focus_frames, day_again, night):
    palette.apply_night(night)
    qtbot.wait(1)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    combo = QComboBox(window)
    combo.addItems(["FLASH", "IMMEDIATE"])
    tool = QToolButton(window)
    tool.setText("…")
    tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widgets = [QLineEdit(window), combo, QPushButton("Release", window), QCheckBox("Two-person rule", window),
               QTableView(window), QListWidget(window), QTextEdit(window), tool]
    for widget in widgets:
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    colour = QColor((palette.NIGHT if night else palette.DAY).focus_frame).name()
    for widget in widgets:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        frames = widget.findChildren(palette.FocusFrame)
        assert len(frames) == 1 and frames[0].isVisible() and frames[0].geometry() == widget.rect(), widget
        image = widget.grab().toImage()
        middle_x, middle_y = image.width() // 2, image.height() // 2
        for x, y in ((0, middle_y), (1, middle_y), (image.width() - 1, middle_y), (middle_x, 0), (middle_x, 1),
                     (middle_x, image.height() - 2)):
            assert image.pixelColor(x, y).name() == colour, (type(widget).__name__, x, y)
        assert image.pixelColor(middle_x, 3).name() != colour or isinstance(widget, QPushButton), type(widget).__name__
    # Only the focused widget wears it.
    assert sum(len(w.findChildren(palette.FocusFrame)) for w in widgets) == 1


def test_the_focus_frame_leaves_the_inbox_rows_painted_and_clicks_pass_through(
        qtbot, main_window, focus_frames, day_again):
    table = main_window.inbox.table
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    frame = table.findChild(palette.FocusFrame)
    assert frame is not None and frame.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert frame.focusPolicy() == Qt.FocusPolicy.NoFocus
    # The delegate's rows are still drawn under it: the first row's text is on screen.
    first = table.visualRect(main_window.inbox.model.index(0, 1))
    pixels = table.viewport().grab(first).toImage()
    assert len({pixels.pixelColor(x, y).name() for x in range(pixels.width()) for y in range(pixels.height())}) > 2
    # Focus elsewhere (the search box): the frame follows it, the table's goes.
    main_window.inbox.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(main_window.inbox.search.hasFocus)
    assert table.findChild(palette.FocusFrame) is None or not shiboken_valid(table.findChild(palette.FocusFrame))
    assert main_window.inbox.search.findChild(palette.FocusFrame) is not None


def shiboken_valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj) and obj.isVisible()


def _first_table_head(document) -> tuple[QColor, QColor]:
    """The text and background colour of the first table's first header cell in a rich-text document."""
    from PySide6.QtGui import QTextTable

    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if isinstance(table, QTextTable):
            cell = table.cellAt(0, 0)
            return cell.firstCursorPosition().charFormat().foreground().color(), cell.format().background().color()
        block = block.next()
    raise AssertionError("no table in the document")


def test_banners_and_the_handover_summary_take_the_night_colours_and_give_them_back(
        qtbot, main_window, day_again):
    """No bright strip is left in a darkened room, and nothing goes light on light: the inbox's overdue
    banner, the change-of-watch dialog's notes and its summary's table headers (which were light
    grey behind the night palette's light text, unreadable)."""
    from console.ui.station_admin.watch import ChangeOfWatchDialog, current_summary

    banner = main_window.inbox.overdue_banner
    main_window.show_page("inbox")
    qtbot.waitUntil(banner.isVisible)  # the demo keeps notices overdue
    assert _strip_pair(banner)[1].name() == palette.DAY.danger.background
    palette.apply_night(True)
    qtbot.waitUntil(lambda: row_colours.is_dark(main_window.palette()))  # the change reaches widgets as an event
    assert _strip_pair(banner)[1].name() == palette.NIGHT.danger.background
    text, background = _strip_pair(banner)
    assert background.lightness() < 80 and contrast(text, background) >= AA_TEXT

    main_window.set_officer("Lt Test")
    dialog = ChangeOfWatchDialog(main_window, current_summary(main_window))
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("RU desk phoned: a second FLASH may follow tonight.")
    dialog.give_notes()
    notes = dialog.notes.palette()
    assert notes.color(QPalette.ColorRole.Base).name() == palette.NIGHT.notes.background
    assert contrast(notes.color(QPalette.ColorRole.Text), notes.color(QPalette.ColorRole.Base)) >= AA_TEXT
    head_text, head_background = _first_table_head(dialog.summary_view.document())
    assert head_background.name() == palette.NIGHT.table_head.background
    assert contrast(head_text, head_background) >= AA_TEXT
    dialog.close()

    # The counterparts page's key state (green, amber or red words) in the night's colours.
    from console.ui.station_admin.counterparts_view import KEY_COLUMN

    main_window.show_page("counterparts")
    page = main_window.pages["counterparts"].widget
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    qtbot.waitUntil(lambda: page.table.item(0, KEY_COLUMN).foreground().color().name() == palette.NIGHT.good_text)
    key_cell = page.table.item(0, KEY_COLUMN)
    assert key_cell.text() == "verified"
    assert contrast(key_cell.foreground().color(), page.table.palette().color(QPalette.ColorRole.Base)) >= AA_TEXT

    palette.apply_night(False)
    qtbot.waitUntil(lambda: _strip_pair(banner)[1].name() == palette.DAY.danger.background)
    qtbot.waitUntil(lambda: page.table.item(0, KEY_COLUMN).foreground().color().name() == palette.DAY.good_text)
