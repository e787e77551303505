"""Paint a lazy table's cells from one call per cell, each distinct text laid out once.

Qt's own delegate asks the model for a dozen roles per cell and lays the text out
anew at every paint: a full inbox page (300 cells) took 16 ms to repaint, a whole
frame. This delegate asks the model once per cell (`LazyRowModel.cell_look`), keeps
the laid-out text (`QStaticText`) for the strings it has drawn, and draws the
selection, focus frame and backgrounds through the style as Qt does, so the table
looks as before. Screen readers, tooltips and tests still read the model's roles.
A cell whose look has a gauge (the deadline cells) also gets a mark before its text and a bar
along its foot, so that urgency is told by shape and length, not by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPixmap, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.ui.lazy_model import Gauge, LazyRowModel

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
_ANTIALIASED = QPainter.RenderHint.Antialiasing
# A gauge's bar: this many pixels high, at the cell's foot; its mark at most this many across.
BAR_HEIGHT = 3
MARK_SIZE = 14


class CellDelegate(QStyledItemDelegate):
    """Paints the cells of `model` (a LazyRowModel, the view's own model: no proxy between) in the
    view `parent`."""

    def __init__(self, model: LazyRowModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._layouts: dict[tuple[str, bool, int], QStaticText] = {}
        self._looks: _Looks | None = None  # the view's fonts, colours and margin, until it changes them
        # Gauge marks drawn once each, by (mark, colour, inner colour, size, pixel ratio): a few dozen
        # antialiased shapes per paint cost more than the rest of the cells' drawing.
        self._marks: dict[tuple[str, int, int, int, float], QPixmap] = {}
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESTYLED:
            self._looks = None
            self._layouts.clear()
            self._marks.clear()
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
        left, top = rect.x() + looks.margin, rect.y()
        height = rect.height()
        if look.gauge is not None:
            taken = self._paint_gauge(painter, rect, look.gauge, looks.margin)
            left += taken
            width -= taken
            height -= BAR_HEIGHT + 1  # the text sits above the bar
        if text and width > 0:
            group = (0 if state & _ACTIVE else 1) if state & _ENABLED else 2
            bold = look.bold
            if bold:  # the view's painter has the view's font: only bold cells change it
                painter.save()
                painter.setFont(looks.fonts[1])
            # The pen is left for the next cell, which sets its own; the view draws its grid with its own.
            painter.setPen(looks.highlighted_text[group] if selected else look.foreground or looks.text[group])
            painter.drawStaticText(left, top + (height - looks.heights[bold]) // 2,
                                   self._layout(text, bold, width, looks))
            if bold:
                painter.restore()
        if state & _FOCUSED:
            looks.style.drawPrimitive(_FOCUS_FRAME, option, painter, option.widget)

    def _paint_gauge(self, painter: QPainter, rect: QRect, gauge: Gauge, margin: int) -> int:
        """Draw a gauge's bar and mark in the cell `rect`; the width its mark takes before the text."""
        if gauge.fill >= 0:
            width = rect.width() - 2 * margin
            bar = QRect(rect.x() + margin, rect.bottom() + 1 - BAR_HEIGHT, width, BAR_HEIGHT)
            painter.fillRect(bar, gauge.track)
            bar.setWidth(round(width * min(gauge.fill, 1.0)))
            if bar.width() > 0:
                painter.fillRect(bar, gauge.colour)
        if gauge.mark not in MARKS:
            return 0
        side = min(MARK_SIZE, rect.height() - BAR_HEIGHT - 6)
        if side <= 4:
            return 0
        ratio = painter.device().devicePixelRatioF()
        key = (gauge.mark, QColor(gauge.colour).rgba(), QColor(gauge.inner).rgba(), side, ratio)
        pixmap = self._marks.get(key)
        if pixmap is None:
            pixmap = _mark_pixmap(gauge, side, ratio)
            self._marks[key] = pixmap
        painter.drawPixmap(rect.x() + margin, rect.y() + (rect.height() - BAR_HEIGHT - 1 - side) // 2, pixmap)
        return side + 4

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


def _mark_pixmap(gauge: Gauge, side: int, ratio: float) -> QPixmap:
    """A gauge's mark, `side` pixels square (times the screen's pixel ratio), on a transparent ground."""
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(_ANTIALIASED)
    MARKS[gauge.mark](painter, QRectF(0, 0, side, side), gauge)
    painter.end()
    return pixmap

def _warning(painter: QPainter, box: QRectF, gauge: Gauge) -> None:
    """A filled triangle with an exclamation mark: past the deadline."""
    triangle = QPainterPath(QPointF(box.center().x(), box.top()))
    triangle.lineTo(box.right(), box.bottom())
    triangle.lineTo(box.left(), box.bottom())
    triangle.closeSubpath()
    painter.fillPath(triangle, gauge.colour)
    side = box.width()
    stroke = max(1.5, side / 7)
    x = box.center().x() - stroke / 2
    painter.fillRect(QRectF(x, box.top() + side * 0.35, stroke, side * 0.33), gauge.inner)
    painter.fillRect(QRectF(x, box.bottom() - side * 0.22, stroke, stroke), gauge.inner)


def _clock(painter: QPainter, box: QRectF, gauge: Gauge, *, filled: bool = True) -> None:
    """A clock face, filled (minutes count) or drawn in outline (under the hour)."""
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gauge.colour)
        painter.drawEllipse(box)
        hands = gauge.inner
    else:
        painter.setPen(QPen(gauge.colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(0.75, 0.75, -0.75, -0.75))
        hands = gauge.colour
    centre, side = box.center(), box.width()
    painter.setPen(QPen(hands, max(1.5, side / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(centre, QPointF(centre.x(), box.top() + side * 0.2))
    painter.drawLine(centre, QPointF(box.right() - side * 0.25, centre.y()))


def _check(painter: QPainter, box: QRectF, gauge: Gauge) -> None:
    """A tick: acknowledged."""
    side = box.width()
    painter.setPen(QPen(gauge.colour, max(2.0, side / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPolyline([QPointF(box.left() + side * 0.1, box.center().y()),
                          QPointF(box.left() + side * 0.4, box.bottom() - side * 0.15),
                          QPointF(box.right() - side * 0.05, box.top() + side * 0.2)])


MARKS: dict[str, Callable[[QPainter, QRectF, Gauge], None]] = {
    "warning": _warning,
    "clock": _clock,
    "clock_outline": lambda painter, box, gauge: _clock(painter, box, gauge, filled=False),
    "check": _check,
}
