"""QR codes drawn module by module with QPainter (segno computes the matrix)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white border the QR standard asks for


def qr_matrix(text: str) -> list[list[bool]]:
    """Dark/light modules of the QR code for `text` (error correction M), without border."""
    code = segno.make(text, error="m", boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix]


def paint_qr(painter: QPainter, rect: QRectF, matrix: list[list[bool]]) -> None:
    """Paint the code, with its quiet zone, as a square centred in `rect`.

    Callers keep the module size a whole number of device pixels (no anti-aliasing),
    so the modules meet without seams and a phone camera reads the code off a screen.
    """
    count = len(matrix) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    module = side / count
    left = rect.x() + (rect.width() - side) / 2
    top = rect.y() + (rect.height() - side) / 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawRect(QRectF(left, top, side, side))
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(left + (x + QUIET_ZONE) * module, top + (y + QUIET_ZONE) * module, module, module))
    painter.restore()


def qr_image(text: str, module_pixels: int = 8) -> QImage:
    """The code as a crisp image, for printing."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_pixels
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_qr(painter, QRectF(0, 0, side, side), matrix)
    painter.end()
    return image


class QrCodeWidget(QWidget):
    """Shows one QR code, scaled to the widget, always square."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(160, 160)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self._matrix = qr_matrix(text) if text else []
        self.setAccessibleDescription(text)
        self.update()

    def module_count(self) -> int:
        return len(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, _event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        # Square modules on whole pixels: no anti-aliasing, so a phone reads it off the screen.
        count = len(self._matrix) + 2 * QUIET_ZONE
        side = (min(self.width(), self.height()) // count) * count
        rect = QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        paint_qr(painter, rect, self._matrix)
        painter.end()
