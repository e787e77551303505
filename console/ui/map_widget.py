"""An interactive map of a notice's launch and impact areas (compose window, inbox detail).

The painting is ``console.printing.mapdraw.drawing.draw_map``, the same code that draws
the printed record, so what the officer sees is what gets printed. This widget adds
panning, zooming and refitting, by mouse and by keyboard:

    drag / arrow keys   pan (Shift + arrow: a smaller step)
    wheel / + and -     zoom (the wheel keeps the point under the cursor in place)
    F or the Fit button show all areas again
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolButton, QWidget

from console.printing.mapdraw.drawing import MapArea, MapView, draw_map, legend_entries

KEY_ZOOM_FACTOR = 2.0  # one + or - press halves or doubles the width shown
WHEEL_ZOOM_FACTOR = 1.25  # per wheel notch (120 eighths of a degree)
KEY_PAN_FRACTION = 0.125  # of the view's width or height per arrow press
FINE_PAN_FRACTION = 0.025  # with Shift held
ATTRIBUTION = "Natural Earth"
BUTTONS_SHARE_OF_WIDTH = 2.5  # the buttons show when the map is at least this many times their width


class MapWidget(QWidget):
    """Shows areas on the offline map; follows new areas until the officer moves the map."""

    view_changed = Signal(object)  # the new MapView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas: list[MapArea] = []
        self._view = MapView.world()
        self._follows_areas = True
        self._drag_origin: QPointF | None = None
        self._drag_view: MapView | None = None

        self.setAccessibleName(self.tr("Map of launch and impact areas"))
        self._describe_for_screen_readers()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 100)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

        self.fit_action = QAction(self.tr("Fit map to areas"), self)
        self.fit_action.setShortcut(QKeySequence(Qt.Key.Key_F))
        self.fit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.fit_action.setToolTip(self.tr("Show all areas (F)"))
        self.fit_action.triggered.connect(self.fit_to_areas)
        self.zoom_in_action = QAction(self.tr("Zoom in"), self)
        self.zoom_in_action.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(KEY_ZOOM_FACTOR))
        self.zoom_out_action = QAction(self.tr("Zoom out"), self)
        self.zoom_out_action.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(1.0 / KEY_ZOOM_FACTOR))
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # Buttons for the mouse; they never take focus, so the keys keep working on the map.
        self.fit_button = self._tool_button(self.fit_action, self.tr("Fit"))
        self.zoom_in_button = self._tool_button(self.zoom_in_action, "+")
        self.zoom_out_button = self._tool_button(self.zoom_out_action, "−")
        self._buttons = [self.fit_button, self.zoom_in_button, self.zoom_out_button]

    # -- public API

    def areas(self) -> list[MapArea]:
        return list(self._areas)

    def set_areas(self, areas: Sequence[MapArea]) -> None:
        """Show these areas; the view refits to them unless the officer has panned or zoomed."""
        self._areas = list(areas)
        self._describe_for_screen_readers()
        if self._follows_areas:
            self._set_view(MapView.fit(self._areas, self._aspect()))
        self.update()

    def view(self) -> MapView:
        return self._view

    def set_view(self, view: MapView) -> None:
        """Show exactly this view; new areas no longer move the map until the next fit."""
        self._follows_areas = False
        self._set_view(view.clamped(self._aspect()))

    @property
    def follows_areas(self) -> bool:
        """True until the officer pans or zooms; then only a fit (F) brings it back."""
        return self._follows_areas

    def fit_to_areas(self) -> None:
        self._follows_areas = True
        self._set_view(MapView.fit(self._areas, self._aspect()))

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """``factor`` > 1 zooms in; ``anchor`` (a widget position) stays under the cursor."""
        geo_anchor = self._view.to_geo(self._rect(), anchor) if anchor is not None else None
        self._moved_by_user(self._view.zoomed(factor, self._aspect(), geo_anchor))

    def pan_by_pixels(self, dx: float, dy: float) -> None:
        """Move the map content by (dx, dy) pixels, as a drag would."""
        scale = self._view.pixels_per_degree(self._rect())
        self._moved_by_user(self._view.panned(-dx / scale, dy / scale, self._aspect()))

    def sizeHint(self) -> QSize:
        return QSize(480, 280)

    # -- events

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = self._rect()
            buttons = [QRectF(button.geometry()) for button in self._buttons if button.isVisible()]
            draw_map(painter, rect, self._view, self._areas, reserved=buttons)
            self._draw_attribution(painter, rect)
            if self.hasFocus():
                # A visible focus ring: the map is driven from the keyboard too.
                pen = QPen(self.palette().highlight().color(), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._follows_areas:
            self._set_view(MapView.fit(self._areas, self._aspect()))
        else:
            self._set_view(self._view.clamped(self._aspect()))
        self._place_buttons()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        fraction = FINE_PAN_FRACTION if fine else KEY_PAN_FRACTION
        width, height = self.width() * fraction, self.height() * fraction
        pans = {
            Qt.Key.Key_Left: (width, 0.0),
            Qt.Key.Key_Right: (-width, 0.0),
            Qt.Key.Key_Up: (0.0, height),
            Qt.Key.Key_Down: (0.0, -height),
        }
        if key in pans:
            # An arrow moves the view that way, so the content slides the other way.
            self.pan_by_pixels(*pans[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(KEY_ZOOM_FACTOR)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1.0 / KEY_ZOOM_FACTOR)
        elif key == Qt.Key.Key_F:
            self.fit_to_areas()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120.0
        if notches == 0:
            event.ignore()
            return
        self.zoom_by(WHEEL_ZOOM_FACTOR**notches, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_origin = event.position()
            self._drag_view = self._view
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_origin is None or self._drag_view is None:
            super().mouseMoveEvent(event)
            return
        delta = event.position() - self._drag_origin
        scale = self._drag_view.pixels_per_degree(self._rect())
        self._moved_by_user(self._drag_view.panned(-delta.x() / scale, delta.y() / scale, self._aspect()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_origin is not None:
            self._drag_origin = None
            self._drag_view = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.zoom_by(KEY_ZOOM_FACTOR, event.position())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- internals

    def _rect(self) -> QRectF:
        return QRectF(self.rect())

    def _aspect(self) -> float:
        return self.width() / self.height() if self.height() > 0 else 1.0

    def _set_view(self, view: MapView) -> None:
        if view != self._view:
            self._view = view
            self.view_changed.emit(view)
        self.update()

    def _moved_by_user(self, view: MapView) -> None:
        self._follows_areas = False
        self._set_view(view)

    def _describe_for_screen_readers(self) -> None:
        key = "; ".join(str(entry) for entry in legend_entries(self._areas)) or self.tr("No areas")
        self.setAccessibleDescription(
            self.tr("%1. Arrow keys pan, plus and minus zoom, F fits the map to the areas.").replace("%1", key))

    def _tool_button(self, action: QAction, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.ArrowCursor)
        button.setAccessibleName(action.text())
        return button

    def _place_buttons(self) -> None:
        margin, spacing = 6, 3
        x = margin
        for button in self._buttons:
            size = button.sizeHint()
            button.setGeometry(x, margin, max(size.width(), size.height()), size.height())
            x += max(size.width(), size.height()) + spacing
        # On a narrow map the buttons would cover the map's key; the keys, the wheel and the
        # context menu still fit, pan and zoom.
        roomy = self.width() >= x * BUTTONS_SHARE_OF_WIDTH
        for button in self._buttons:
            button.setVisible(roomy)

    def _draw_attribution(self, painter: QPainter, rect: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.75))
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(ATTRIBUTION) + 8, metrics.height() + 2
        box = QRectF(rect.right() - width - 2, rect.bottom() - height - 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 190))
        painter.drawRect(box)
        painter.setFont(font)
        painter.setPen(QColor("#4a5560"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, ATTRIBUTION)
