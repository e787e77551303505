"""Preview of a record (a draft's or a stored notice's): the printed record's own layout
(console/printing/record.py), page by page, in the print preview's window
(console/ui/print_preview.py) without its Print and Save as PDF.

The record says "NOT YET SEALED" until the notice is released. No QPrinter is involved (every
QPrinter asks CUPS for the default printer): opening a preview on the air-gapped workstation
reaches for no print server.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.printing.record import RecordData, record_document
from console.ui.print_preview import DocumentPreview


class PreviewWindow(DocumentPreview):
    def __init__(self, data: RecordData, parent: QWidget | None = None, title: str | None = None) -> None:
        self.data = data
        super().__init__(record_document(data), parent,
                         title or QCoreApplication.translate(
                             "PreviewWindow", "Preview — the record as it will be printed and sent (not yet sealed)"),
                         None, None)

    def set_data(self, data: RecordData) -> None:
        self.data = data
        self.set_document(record_document(data))
