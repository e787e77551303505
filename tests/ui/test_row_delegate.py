"""The inbox's own cell painter shows what Qt's delegate showed: colours, selection, cut-off text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHeaderView, QTableView

from console.ui.lazy_model import Column, LazyRowModel
from console.ui.row_delegate import CellDelegate

OVERDUE = QColor("#ffd6d6")
ROWS = {
    1: {"id": 1, "text": "Launch notification", "overdue": False},
    2: {"id": 2, "text": "OVERDUE 3 min", "overdue": True},
    3: {"id": 3, "text": "", "overdue": False},
}


def _view(qtbot, first_column_width: int = 220) -> QTableView:
    columns = [
        Column("Kind", lambda r: r["text"], background=lambda r: OVERDUE if r["overdue"] else None,
               bold=lambda r: r["overdue"]),
        Column("Empty", lambda r: ""),
    ]
    model = LazyRowModel(columns, lambda ids: {i: ROWS[i] for i in ids})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(CellDelegate(model, view))
    view.setAlternatingRowColors(False)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().resizeSection(0, first_column_width)
    view.resize(first_column_width + 200, 140)
    model.set_ids([1, 2, 3])
    with qtbot.waitExposed(view):
        view.show()
    return view


def _colours(view: QTableView, row: int, column: int) -> set[str]:
    image = view.viewport().grab(view.visualRect(view.model().index(row, column))).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_a_row_with_a_background_is_filled_with_it_and_its_text_is_drawn(qtbot):
    view = _view(qtbot)
    base = view.palette().color(QPalette.ColorRole.Base).name()

    overdue_cell = _colours(view, 1, 0)
    assert OVERDUE.name() in overdue_cell
    assert base not in overdue_cell
    plain_cell = _colours(view, 0, 0)
    assert OVERDUE.name() not in plain_cell
    assert len(plain_cell) > 2, "the text 'Launch notification' is painted, not an empty cell"
    assert _colours(view, 2, 0) == {base}, "an empty text paints nothing but the base"


def test_the_selected_row_is_highlighted_in_the_palette_colour(qtbot):
    view = _view(qtbot)
    view.selectRow(0)
    view.setFocus()
    qtbot.wait(10)
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).name()
    inactive = view.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight).name()
    assert {highlight, inactive} & _colours(view, 0, 1)
    assert not {highlight, inactive} & _colours(view, 2, 1) - {view.palette().color(QPalette.ColorRole.Base).name()}


def test_text_wider_than_its_column_ends_in_an_ellipsis_and_stays_inside_its_cell(qtbot):
    view = _view(qtbot, first_column_width=60)
    base = view.palette().color(QPalette.ColorRole.Base).name()
    delegate = view.itemDelegate()
    view.viewport().repaint()

    laid_out = {text: static for (text, _bold, _width), static in delegate._layouts.items()}
    static = laid_out["Launch notification"]
    assert static.text().endswith("…") and len(static.text()) < len("Launch notification")
    assert _colours(view, 0, 1) == {base}, "nothing of the cut text spills into the next column"


def test_a_bigger_font_is_taken_at_once(qtbot):
    view = _view(qtbot)

    def text_height() -> int:
        image = view.viewport().grab(view.visualRect(view.model().index(0, 0))).toImage()
        base = view.palette().color(QPalette.ColorRole.Base)
        rows = [y for y in range(image.height()) if any(image.pixelColor(x, y) != base for x in range(image.width()))]
        return rows[-1] - rows[0] if rows else 0

    before = text_height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    view.setFont(font)
    view.viewport().repaint()
    assert text_height() > before


def test_the_texts_kept_laid_out_stay_at_a_fixed_number_over_a_watch(qtbot, monkeypatch):
    """A new DTG with every notice: the delegate keeps a bounded number of texts, the newest."""
    import console.ui.row_delegate as row_delegate

    monkeypatch.setattr(row_delegate, "LAYOUT_CACHE_SIZE", 8)
    view = _view(qtbot)
    delegate = view.itemDelegate()
    for n in range(40):
        monkeypatch.setitem(ROWS[1], "text", f"2026-12-03 10:{n:02d}:00")
        view.model().refresh_rows()
        view.viewport().repaint()
        assert len(delegate._layouts) <= 8
    assert any(text == "2026-12-03 10:39:00" for text, _bold, _width in delegate._layouts)


def test_a_gauge_puts_a_mark_before_the_text_and_a_bar_filled_to_its_measure_along_the_foot(qtbot):
    """Urgency not by colour alone: a deadline cell's mark and bar are shapes and lengths."""
    from console.ui.lazy_model import Gauge

    mark, track, inner = QColor("#c75000"), QColor("#d5d9de"), QColor("#ffffff")
    gauges = {1: Gauge("clock", 0.5, mark, track, inner), 2: Gauge("warning", 1.0, mark, track, inner), 3: None}
    columns = [Column("Deadline", lambda r: r["text"], gauge=lambda r: gauges[r["id"]])]
    model = LazyRowModel(columns, lambda ids: {i: ROWS[i] for i in ids})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(CellDelegate(model, view))
    view.setShowGrid(False)
    view.setAlternatingRowColors(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().resizeSection(0, 200)
    view.resize(260, 120)
    model.set_ids([1, 2, 3])
    with qtbot.waitExposed(view):
        view.show()

    def image(row: int):
        return view.viewport().grab(view.visualRect(model.index(row, 0))).toImage()

    half = image(0)
    foot = half.height() - 2
    bar = [half.pixelColor(x, foot).name() for x in range(half.width())]
    filled, empty = bar.count(mark.name()), bar.count(track.name())
    assert filled > 50 and empty > 50 and abs(filled - empty) <= 4, (filled, empty)
    assert bar.index(mark.name()) < bar.index(track.name()), "the bar fills from the left"
    full = image(1)
    assert [full.pixelColor(x, foot).name() for x in range(full.width())].count(track.name()) == 0

    def text_start(picture) -> int:
        """The leftmost column holding the (black) text's pixels, above the bar."""
        for x in range(picture.width()):
            for y in range(picture.height() - 5):
                colour = picture.pixelColor(x, y)
                if max(colour.red(), colour.green(), colour.blue()) < 80:
                    return x
        return -1

    # The mark is drawn where the text would start; the text moves right of it.
    marked = image(0)
    assert mark.name() in {marked.pixelColor(x, y).name() for x in range(4, 20) for y in range(4, 18)}
    plain = _view(qtbot)  # the same text without a gauge
    plain_start = text_start(plain.viewport().grab(plain.visualRect(plain.model().index(0, 0))).toImage())
    assert 0 <= plain_start < 8 and text_start(marked) >= plain_start + 14
    unmarked = image(2)
    assert mark.name() not in {unmarked.pixelColor(x, y).name() for x in range(unmarked.width())
                               for y in range(unmarked.height())}
