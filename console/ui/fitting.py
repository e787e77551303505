"""Widgets as wide as their words, in the language in force: table columns and combo boxes.

A column is given the width of its head and of the widest text its cells can show (samples the
view names: every kind label, a date-time group, the longest deadline sentence), measured in the
view's font made bold, as an unread row draws it. Fixed pixel widths cut Russian, which runs
about 30 % longer than English, and Chinese, whose characters are wider than Latin letters; so a
view fits its columns when it is made and again when the language changes (its model's
headerDataChanged, which LazyRowModel.retranslate emits).

A combo box sizes itself from its items, but with Fusion it comes out a few pixels short of
a Chinese item ("NM（海里）" is cut to "NM（海…"): fit_combo keeps it at least as wide as its longest
item plus the frame and arrow the style draws around the text, and again whenever its items change.
A field whose grey hint says what to type (fit_placeholder) is kept wide enough to show it whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox, QStyleOptionFrame, QTableView


def cell_width(view: QTableView, text: str, *, bold: bool = True, extra: int = 0) -> int:
    """The width a cell of `view` needs to show `text` whole: the text in the view's (bold) font,
    the item margins on both sides, `extra` (a mark drawn before the text) and the grid line."""
    font = QFont(view.font())
    font.setBold(bold)
    # As Qt's item views (and console/ui/row_delegate.py) place a cell's text: this margin each side.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    grid = 1 if view.showGrid() else 0
    return QFontMetrics(font).horizontalAdvance(text) + 2 * margin + extra + grid + 1


def fit_columns(view: QTableView, samples: Mapping[int, Iterable[str | tuple[str, bool]]],
                extra: Mapping[int, int] | None = None, minimum: Mapping[int, int] | None = None) -> None:
    """Each column in `samples` as wide as its head and the widest of its sample cells, and at least
    its `minimum` (a column of free-form data, such as file names, has no longest sample). A sample
    is measured bold, or as (text, bold) where the view draws it in a given weight."""
    header = view.horizontalHeader()
    for column, texts in samples.items():
        if column >= header.count():
            continue
        needed = max(header.sectionSizeFromContents(column).width(), (minimum or {}).get(column, 0))
        for sample in texts:
            text, bold = sample if isinstance(sample, tuple) else (sample, True)
            if text:
                needed = max(needed, cell_width(view, text, bold=bold, extra=(extra or {}).get(column, 0)))
        header.resizeSection(column, needed)


def combo_width(combo: QComboBox) -> int:
    """The width at which `combo` shows its longest item whole: the item's words and the room the
    style takes around the text (frame, margins, drop-down arrow, an item's icon)."""
    metrics = combo.fontMetrics()
    words = max((metrics.horizontalAdvance(combo.itemText(index)) for index in range(combo.count())), default=0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    hint = combo.sizeHint()
    option.rect.setSize(hint)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    around = hint.width() - field.width()
    icon = combo.iconSize().width() + 4 if any(not combo.itemIcon(i).isNull() for i in range(combo.count())) else 0
    return words + around + icon + 1


def fit_combo(combo: QComboBox) -> QComboBox:
    """Keep `combo` at least as wide as its longest item, now and whenever its items change (a
    language switched at run time renames them). Returns `combo`."""

    def refit(*_args) -> None:
        combo.setMinimumWidth(combo_width(combo))

    model = combo.model()
    for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(refit)
    refit()
    return combo


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """Keep `edit` at least as wide as its placeholder (the hint saying what to type), in its own font,
    with the frame and the margins QLineEdit leaves around its text. Returns `edit`."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
    margins = edit.textMargins()
    words = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(words + 2 * frame + 4 + margins.left() + margins.right() + 1)  # 2 px each side
    return edit
