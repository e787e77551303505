"""Paint a lazy table's cells from one call per cell, each distinct text laid out once.

Qt's own delegate asks the model for a dozen roles per cell and lays the text out
anew at every paint: a full inbox page (300 cells) took 16 ms to repaint, a whole
frame. This delegate asks the model once per cell (`LazyRowModel.cell_look`), keeps
the laid-out text (`QStaticText`) for the strings it has drawn, and draws the
selection, focus frame and backgrounds through the style as Qt does, so the table
looks as before. Screen readers, tooltips and tests still read the model's roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.ui.lazy_model import LazyRowModel

# Texts kept laid out: a screen has a few hundred cells; past this many the oldest goes, so that
# over a watch (a new DTG with every notice) the cache stays at a fixed size.
LAYOUT_CACHE_SIZE = 1024

# Flags as ints: reading a member off a Python enum at every cell costs more than the drawing.
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUSED = QStyle.StateFlag.State_HasFocus.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_FOCUS_FRAME = QStyle.PrimitiveElement.PE_FrameFocusRect
_TEXT_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


class CellDelegate(QStyledItemDelegate):
    """Paints the cells of `model` (a LazyRowModel, the view's own model: no proxy between) in the
    view `parent`."""

    def __init__(self, model: LazyRowModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._layouts: dict[tuple[str, bool, int], QStaticText] = {}
        self._looks: _Looks | None = None  # the view's fonts, colours and margin, until it changes them
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESTYLED:
            self._looks = None
            self._layouts.clear()
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        look = self._model.cell_look(index.row(), index.column())
        if look is None:
            super().paint(painter, option, index)
            return
        looks = self._looks or self._take_looks(option)
        state = option.state.value
        selected = state & _SELECTED
        rect = option.rect
        if selected:
            looks.style.drawPrimitive(_PANEL, option, painter, option.widget)
        elif look.background is not None:
            painter.fillRect(rect, look.background)
        text = look.text
        width = rect.width() - 2 * looks.margin
        if text and width > 0:
            group = (0 if state & _ACTIVE else 1) if state & _ENABLED else 2
            bold = look.bold
            if bold:  # the view's painter has the view's font: only bold cells change it
                painter.save()
                painter.setFont(looks.fonts[1])
            # The pen is left for the next cell, which sets its own; the view draws its grid with its own.
            painter.setPen(looks.highlighted_text[group] if selected else look.foreground or looks.text[group])
            painter.drawStaticText(rect.x() + looks.margin, rect.y() + (rect.height() - looks.heights[bold]) // 2,
                                   self._layout(text, bold, width, looks))
            if bold:
                painter.restore()
        if state & _FOCUSED:
            looks.style.drawPrimitive(_FOCUS_FRAME, option, painter, option.widget)

    def _take_looks(self, option: QStyleOptionViewItem) -> _Looks:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        bold = QFont(option.font)
        bold.setBold(True)
        groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
        self._looks = _Looks(
            style=style,
            margin=style.pixelMetric(_TEXT_MARGIN, None, widget) + 1,  # as Qt's item text margin
            fonts=(QFont(option.font), bold),
            metrics=(QFontMetrics(option.font), QFontMetrics(bold)),
            heights=(QFontMetrics(option.font).height(), QFontMetrics(bold).height()),
            text=tuple(option.palette.color(g, QPalette.ColorRole.Text) for g in groups),
            highlighted_text=tuple(option.palette.color(g, QPalette.ColorRole.HighlightedText) for g in groups),
        )
        self._layouts.clear()
        return self._looks

    def _layout(self, text: str, bold: bool, width: int, looks: _Looks) -> QStaticText:
        """`text` laid out in the (bold) font, cut with an ellipsis where it is wider than `width`."""
        key = (text, bold, width)
        static = self._layouts.get(key)
        if static is None:
            metrics = looks.metrics[bold]
            shown = text if metrics.horizontalAdvance(text) <= width else metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, width)
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=looks.fonts[bold])
            if len(self._layouts) >= LAYOUT_CACHE_SIZE:
                del self._layouts[next(iter(self._layouts))]  # the oldest laid out
            self._layouts[key] = static
        return static


@dataclass(frozen=True)
class _Looks:
    style: QStyle
    margin: int
    fonts: tuple[QFont, QFont]  # regular, bold
    metrics: tuple[QFontMetrics, QFontMetrics]
    heights: tuple[int, int]
    text: tuple[QColor, ...]  # per colour group: active, inactive, disabled
    highlighted_text: tuple[QColor, ...]
