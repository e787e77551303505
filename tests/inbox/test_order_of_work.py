"""The inbox in the officer's order of work, and deadline cells whose urgency is seen without colour.

Real stations, real files carried between them, the real main window: a FLASH is above an
overdue IMMEDIATE, Ctrl+J goes to it, the banner names it with its countdown, and a FLASH with
9 minutes left is painted unlike a ROUTINE notice with 3 hours, in a light and a dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from console.service import deadlines, queries
from console.service.outgoing import Outgoing
from console.ui.inbox import row_colours
from console.ui.palette import contrast_ratio
from tests.exchange.conftest import carry, import_inbox, launch_draft

WORK_ORDER_TEXT = "Order of work: FLASH, overdue, deadline"


def _receive(them, us, clock, precedence: str) -> None:
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence=precedence), "Lt Ivanov")
    carry(them, us)
    import_inbox(us, "NRRC-RU")


def _listed(view, key: str) -> list:
    return [view.model.row(row)[key] for row in range(view.model.rowCount())]


def _cell_pixels(view, row: int, column: int) -> set[str]:
    image = view.table.viewport().grab(view.table.visualRect(view.model.index(row, column))).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


_contrast = contrast_ratio  # WCAG 2


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                         (QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6")):
        palette.setColor(role, QColor(colour))
    return palette


def test_a_flash_sorts_above_an_overdue_immediate_ctrl_j_goes_to_it_and_the_banner_names_it(
        qtbot, window, us, them, clock):
    _receive(them, us, clock, "ROUTINE")
    _receive(them, us, clock, "IMMEDIATE")
    clock.advance(minutes=35)  # the IMMEDIATE (30 minutes) is overdue
    _receive(them, us, clock, "FLASH")
    clock.advance(minutes=2)
    window.set_officer("Maj Petrov")
    window.show_page("inbox")
    inbox = window.inbox
    window.reload_all()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=5000)

    assert inbox.sort_combo.currentText() == WORK_ORDER_TEXT
    assert _listed(inbox, "precedence") == ["FLASH", "IMMEDIATE", "ROUTINE"]
    flash_id = inbox.model.row_id(0)

    window.inbox_desk.tick()
    banner = inbox.overdue_banner
    assert banner.isVisible()
    assert banner.text().startswith("FLASH launch notification no. 3 from NRRC-RU: acknowledge within 8 min. "
                                    "1 notice is past its acknowledgement deadline.")

    inbox.table.selectRow(2)  # the officer is elsewhere in the list
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "inbox" and inbox.selected_notice_id() == flash_id

    # Acknowledged, the FLASH joins the rest; the overdue IMMEDIATE is now the most urgent.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _listed(inbox, "precedence") == ["IMMEDIATE", "ROUTINE", "FLASH"], timeout=15000)
    assert deadlines.most_urgent(us.store.conn, "in") == inbox.model.row_id(0)
    window.inbox_desk.tick()
    assert banner.text().startswith("IMMEDIATE launch notification no. 2 from NRRC-RU: acknowledgement OVERDUE 7 min.")

    # Another order, named in the sort box; the order of work is one choice away.
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        inbox.sort_combo.setCurrentIndex(inbox.sort_combo.findText("Sort: newest first"))
    assert inbox.open_first.isVisible()
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        inbox.sort_combo.setCurrentIndex(inbox.sort_combo.findText(WORK_ORDER_TEXT))
    assert _listed(inbox, "precedence") == ["IMMEDIATE", "ROUTINE", "FLASH"]
    assert not inbox.open_first.isVisible() and not inbox.descending_button.isEnabled()


def test_as_deadlines_pass_the_list_stays_in_the_order_of_work_without_sorting_again(qtbot, window, us, them, clock):
    """Overdue is a matter of the clock, the order is not: a passed deadline is earlier than any
    still ahead, so each tick's list is the order of work at that moment, worked out afresh here."""
    _receive(them, us, clock, "PRIORITY")  # 60 minutes
    clock.advance(minutes=20)
    _receive(them, us, clock, "IMMEDIATE")  # 30 minutes: due 10 minutes before the PRIORITY one
    _receive(them, us, clock, "ROUTINE")
    window.show_page("inbox")
    inbox = window.inbox
    window.reload_all()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: inbox.packed.ready, timeout=10000)
    model = inbox.model

    def order_of_work_now() -> list[int]:
        rows = [model.row(row) for row in range(model.rowCount())]

        def group(row) -> tuple:
            state = deadlines.deadline_state(row, model.now)
            if state.phase not in (deadlines.Phase.RUNNING, deadlines.Phase.OVERDUE):
                return (3, "", "")
            rank = 0 if row["precedence"] == "FLASH" else 1 if state.overdue else 2
            return (rank, row["ack_due_at"], "")

        return [row["id"] for row in sorted(rows, key=lambda row: (group(row), _negated(row["dtg"]), -row["id"]))]

    immediate = _listed(inbox, "precedence").index("IMMEDIATE")
    immediate_id = model.row_id(immediate)
    listed_first = [model.row_id(row) for row in range(model.rowCount())]
    for minutes in (0, 29, 2, 30):  # the IMMEDIATE turns overdue, then the PRIORITY one too
        clock.advance(minutes=minutes)
        window.inbox_desk.tick()
        # The rows listed before are in the order of work at this moment too ...
        assert [model.row_id(row) for row in range(model.rowCount())] == listed_first == order_of_work_now()
        # ... and listing anew, from the packed columns or from SQL, gives the same.
        inbox.reload()
        assert [model.row_id(row) for row in range(model.rowCount())] == order_of_work_now()
        assert queries.notice_ids(us.store.conn, inbox.filter, queries.WORK_ORDER) == order_of_work_now()
    assert _listed(inbox, "precedence") == ["IMMEDIATE", "PRIORITY", "ROUTINE"]
    assert model.row_id(0) == immediate_id
    deadline = model.deadline_column
    assert model.data(model.index(0, deadline)).startswith("OVERDUE")
    assert model.data(model.index(1, deadline)).startswith("OVERDUE")
    assert model.data(model.index(2, deadline)).endswith("left")


def _negated(text: str) -> list[int]:
    """A text key that sorts descending inside an ascending sort."""
    return [-ord(character) for character in text]


def test_a_flash_with_9_minutes_left_does_not_look_like_a_routine_notice_with_3_hours(qtbot, window, us, them, clock):
    _receive(them, us, clock, "ROUTINE")  # 4 hours
    clock.advance(minutes=59)
    _receive(them, us, clock, "FLASH")  # 10 minutes
    clock.advance(minutes=1)
    window.resize(1400, 700)
    window.show_page("inbox")
    inbox = window.inbox
    window.reload_all()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=5000)
    window.inbox_desk.tick()
    model, deadline = inbox.model, inbox.model.deadline_column
    assert _listed(inbox, "precedence") == ["FLASH", "ROUTINE"]
    colours = model.colours
    assert colours is row_colours.DAY

    flash, routine = model.cell_look(0, deadline), model.cell_look(1, deadline)
    # In words, in weight, by a mark and by a bar.
    assert flash.text == "9 min left" and routine.text == "3 h left"
    assert flash.bold and not routine.bold
    assert flash.gauge.mark == "clock" and routine.gauge.mark == ""
    assert flash.gauge.fill > 0.9 and routine.gauge.fill == 0.0
    assert flash.foreground == colours.urgent_text and routine.foreground is None
    assert model.data(model.index(0, deadline), Qt.ItemDataRole.FontRole).bold()

    # As painted: the FLASH's cell holds its urgent mark and bar, the ROUTINE's only the bar's track.
    inbox.table.clearSelection()
    urgent = colours.gauge["URGENT"].name()
    flash_pixels, routine_pixels = _cell_pixels(inbox, 0, deadline), _cell_pixels(inbox, 1, deadline)
    assert urgent in flash_pixels and colours.urgent_text.name() in flash_pixels
    assert urgent not in routine_pixels and colours.gauge_track.name() in routine_pixels
    assert len(flash_pixels ^ routine_pixels) > 20

    # Past its deadline: the word OVERDUE, the warning mark, a full bar, the row red.
    clock.advance(minutes=10)
    window.inbox_desk.tick()
    overdue = model.cell_look(0, deadline)
    assert overdue.text == "OVERDUE 1 min" and overdue.bold
    assert overdue.gauge.mark == "warning" and overdue.gauge.fill == 1.0
    assert colours.gauge["OVERDUE"].name() in _cell_pixels(inbox, 0, deadline)

    # A dark palette: the cells take the night colours, as legible as by day.
    inbox.setPalette(_dark_palette())
    assert model.colours is row_colours.NIGHT
    night = row_colours.NIGHT
    night_look = model.cell_look(0, deadline)
    assert night_look.foreground == night.overdue_text and night_look.background == night.overdue_background
    assert night.gauge["OVERDUE"].name() in _cell_pixels(inbox, 0, deadline)
    assert colours.overdue_background.name() not in _cell_pixels(inbox, 0, 0)
    inbox.setPalette(QPalette())
    assert model.colours is row_colours.DAY


def test_every_deadline_look_is_legible_in_both_sets_of_colours():
    """WCAG AA: text at 4.5:1 on the row's background and on the palette's bases, marks and bars at 3:1."""
    bases = {"day": ["#ffffff", "#f7f7f7"], "night": ["#1e1e1e", "#2a2a2a", "#303030"]}
    for colours in (row_colours.DAY, row_colours.NIGHT):
        plain = [QColor(base) for base in bases[colours.name]]
        texts = [colours.urgent_text, colours.answered_text, *colours.precedence_text.values()]
        for text in texts:
            for base in plain:
                assert _contrast(text, base) >= 4.5, (colours.name, text.name(), base.name())
        for background in (colours.overdue_background, colours.problem_background):
            assert _contrast(colours.overdue_text, background) >= 4.5, (colours.name, background.name())
        for level, mark in colours.gauge.items():
            for base in [*plain, colours.overdue_background]:
                assert _contrast(mark, base) >= 3.0, (colours.name, level, mark.name(), base.name())
        assert _contrast(colours.mark_inner, colours.gauge["OVERDUE"]) >= 3.0
        assert _contrast(colours.mark_inner, colours.gauge["URGENT"]) >= 3.0
    assert row_colours.for_palette(_dark_palette()) is row_colours.NIGHT
    assert row_colours.for_palette(QPalette(QColor("#efefef"))) is row_colours.DAY

