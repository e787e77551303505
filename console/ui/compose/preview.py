"""Preview of a draft: the printed record's own layout (console/printing/record.py), page by page.

What is shown is painted by the same `print_record` that prints the record after
release, on the same page geometry, so the preview is the paper. The record says
"NOT YET SEALED" until the notice is released.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from console.printing.record import RecordData, print_record


class PreviewWindow(QMainWindow):
    def __init__(self, data: RecordData, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.data = data
        self.pages_painted = 0
        self.setWindowTitle(title or self.tr("Preview — the record as it will be printed and sent (not yet sealed)"))
        self.resize(820, 960)
        self.preview = QPrintPreviewWidget(self)
        self.preview.setAccessibleName(self.tr("Preview of the record"))
        self.preview.paintRequested.connect(self._paint)
        self.preview.previewChanged.connect(self._show_page_number)
        self.setCentralWidget(self.preview)

        toolbar = QToolBar(self.tr("Preview"), self)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self._action(toolbar, self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage,
                     lambda: self.preview.setCurrentPage(self.preview.currentPage() - 1))
        self._action(toolbar, self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage,
                     lambda: self.preview.setCurrentPage(self.preview.currentPage() + 1))
        self._action(toolbar, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.preview.zoomIn())
        self._action(toolbar, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, lambda: self.preview.zoomOut())
        self._action(toolbar, self.tr("Fit width"), "Ctrl+0", self.preview.fitToWidth)
        self._action(toolbar, self.tr("Close"), "Esc", self.close)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page"))
        toolbar.addWidget(self.page_label)
        self.preview.fitToWidth()

    def _action(self, toolbar: QToolBar, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    def _paint(self, printer: QPrinter) -> None:
        self.pages_painted = print_record(self.data, printer)

    def _show_page_number(self) -> None:
        self.page_label.setText(
            self.tr("  Page %1 of %2").replace("%1", str(self.preview.currentPage()))
            .replace("%2", str(self.preview.pageCount()))
        )

    def set_data(self, data: RecordData) -> None:
        self.data = data
        self.preview.updatePreview()

    def page_count(self) -> int:
        return self.preview.pageCount()
