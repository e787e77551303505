"""The printed record, on screen: the same blocks as on paper, flowed as one long page.

`console.printing.record.record_document` lays the record out for pages; here its
blocks are laid out at the pane's width, at screen resolution, one under the
other, with the handling banner on top. What the officer reads is what prints.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from console.printing.layout import Block, Framed, Laid, LayoutContext, Paragraph, TextStyle
from console.printing.record import RecordData, record_document

MARGIN_PX = 12
# Narrower than this, the record is laid out at this width and drawn scaled down: its two-column
# title and 46 mm label column are made for paper, and squeezing them breaks words apart.
MIN_LAYOUT_MM = 135.0
_BANNER_STYLE = TextStyle(size=9.0, bold=True, align="center", tracking=6.0)


class RecordCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blocks: list[Block] = []
        self._laid: list[tuple[Laid, float]] = []
        self._laid_width = -1
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAutoFillBackground(False)

    def set_record(self, data: RecordData | None) -> None:
        if data is None:
            self._blocks = []
        else:
            document = record_document(data)
            banner = Framed(Paragraph(document.frame.banner.upper(), _BANNER_STYLE), border=0.8, padding=1.2)
            self._blocks = [banner, *document.blocks]
        self._laid_width = -1
        self._lay_out()
        self.update()

    def has_record(self) -> bool:
        return bool(self._blocks)

    def _lay_out(self) -> None:
        available = max(self.width() - 2 * MARGIN_PX, 120)
        if available == self._laid_width:
            return
        self._laid_width = available
        context = LayoutContext(self)
        width = max(float(available), context.mm(MIN_LAYOUT_MM))
        self._scale = available / width
        self._laid = []
        y = 0.0
        for number, block in enumerate(self._blocks):
            laid = block.lay_out(context, width)
            gap = context.mm(block.space_before) if number else 0.0
            self._laid.append((laid, y + gap))
            y += gap + laid.height
        self.setMinimumHeight(int(y * self._scale) + 2 * MARGIN_PX if self._blocks else 0)

    def sizeHint(self) -> QSize:
        return QSize(420, self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.translate(MARGIN_PX, MARGIN_PX)
            painter.scale(self._scale, self._scale)
            top = (event.rect().top() - MARGIN_PX) / self._scale
            bottom = (event.rect().bottom() - MARGIN_PX) / self._scale
            for laid, y in self._laid:
                if y > bottom or y + laid.height < top:
                    continue
                laid.paint(painter, 0.0, y)
        finally:
            painter.end()


class RecordView(QScrollArea):
    """The record in a scroll area that follows the pane's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = RecordCanvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the width does not jump when the record grows past one screen.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName(self.tr("The notice as it prints"))

    def set_record(self, data: RecordData | None, plain_text: str = "") -> None:
        """Show the record; `plain_text` (the notice's fields as words) is what screen readers get."""
        self.canvas.set_record(data)
        self.canvas.setAccessibleDescription(plain_text)
        self.verticalScrollBar().setValue(0)
