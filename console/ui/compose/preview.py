"""Preview of a record (a draft's or a stored notice's): the printed record's own layout
(console/printing/record.py), page by page.

The pages are painted by the same layout code that writes the PDF and prints the record,
on the same page geometry, so the preview is the paper. The record says "NOT YET SEALED"
until the notice is released. No QPrinter is involved (Qt's print preview needs one, and
every QPrinter asks CUPS for the default printer): opening a preview on the air-gapped
workstation reaches for no print server.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QToolBar, QVBoxLayout, QWidget

from console.printing.devices import page_layout
from console.printing.record import RecordData, record_document

SCREEN_DPI = 96
PAGE_GAP = 16
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class PreviewWindow(QMainWindow):
    def __init__(self, data: RecordData, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.data = data
        self.pages_painted = 0
        self.zoom = 1.0
        self.fitting_width = True  # until the officer zooms: the page follows the window's width
        self.page_labels: list[QLabel] = []
        self._refit = QTimer(self, singleShot=True, interval=150)
        self._refit.timeout.connect(self._fit_if_fitting)
        self.setWindowTitle(title or self.tr("Preview — the record as it will be printed and sent (not yet sealed)"))
        self.resize(820, 960)

        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Preview of the record"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = QWidget(self.scroll)
        self.pages.setObjectName("previewPages")
        self.pages.setStyleSheet("#previewPages { background: #808080; }")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.pages)
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_page_number)
        self.setCentralWidget(self.scroll)

        toolbar = QToolBar(self.tr("Preview"), self)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self._action(toolbar, self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage,
                     lambda: self.go_to_page(self.current_page() - 1))
        self._action(toolbar, self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage,
                     lambda: self.go_to_page(self.current_page() + 1))
        self._action(toolbar, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn,
                     lambda: self.set_zoom(self.zoom * ZOOM_STEP, fitting_width=False))
        self._action(toolbar, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                     lambda: self.set_zoom(self.zoom / ZOOM_STEP, fitting_width=False))
        self._action(toolbar, self.tr("Fit width"), "Ctrl+0", self.fit_to_width)
        self._action(toolbar, self.tr("Close"), "Esc", self.close)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page"))
        toolbar.addWidget(self.page_label)
        self._render()

    def _action(self, toolbar: QToolBar, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    def _render(self) -> None:
        """Paint every page at the current zoom (sharp on high-density screens too)."""
        ratio = self.devicePixelRatioF()
        images = record_document(self.data).page_images(max(round(SCREEN_DPI * self.zoom * ratio), 8))
        while len(self.page_labels) > len(images):
            self.page_labels.pop().deleteLater()
        while len(self.page_labels) < len(images):
            page = QLabel(self.pages)
            self.pages_layout.addWidget(page)
            self.page_labels.append(page)
        for number, (page, image) in enumerate(zip(self.page_labels, images), start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.deviceIndependentSize().toSize())
            page.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
        self.pages_painted = len(images)
        self._show_page_number()

    def set_zoom(self, zoom: float, fitting_width: bool = False) -> None:
        self.fitting_width = fitting_width
        zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        if abs(zoom - self.zoom) > 0.005:
            self.zoom = zoom
            self._render()

    def fit_to_width(self) -> None:
        page_width = page_layout(self.data.paper).fullRectPixels(SCREEN_DPI).width()
        room = self.scroll.viewport().width() - 2 * PAGE_GAP - self.scroll.verticalScrollBar().sizeHint().width()
        self.set_zoom(room / page_width if room > 0 else self.zoom, fitting_width=True)

    def _fit_if_fitting(self) -> None:
        if self.fitting_width:
            self.fit_to_width()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.fitting_width:
            self._refit.start()  # once the resizing settles: each fit paints every page again

    def current_page(self) -> int:
        """The page at the top of the view, counted from 1 (0 when there are none)."""
        top = self.scroll.verticalScrollBar().value()
        current = 0
        for number, page in enumerate(self.page_labels, start=1):
            if page.y() - PAGE_GAP <= top:
                current = number
        return current or (1 if self.page_labels else 0)

    def go_to_page(self, number: int) -> None:
        if not self.page_labels:
            return
        number = min(max(number, 1), len(self.page_labels))
        self.scroll.verticalScrollBar().setValue(self.page_labels[number - 1].y() - PAGE_GAP)
        self._show_page_number()

    def _show_page_number(self) -> None:
        self.page_label.setText(
            self.tr("  Page %1 of %2").replace("%1", str(self.current_page())).replace("%2", str(self.page_count()))
        )

    def set_data(self, data: RecordData) -> None:
        self.data = data
        self._render()

    def page_count(self) -> int:
        return len(self.page_labels)
