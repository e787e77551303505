"""Sending a rendered document to a printer or to a PDF file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger(__name__)

PAPER_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


class PrintError(Exception):
    """A print job could not be handed over; the message names the printer and cause."""


def available_printers() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def _configure(printer: QPrinter, paper: str, title: str) -> None:
    layout = QPageLayout(
        QPageSize(PAPER_SIZES[paper]), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter
    )
    printer.setPageLayout(layout)
    printer.setDocName(title)
    printer.setCreator("Watchdesk")


def pdf_printer(path: Path, paper: str = "A4", title: str = "Watchdesk") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _configure(printer, paper, title)
    return printer


def queue_printer(name: str, paper: str = "A4", title: str = "Watchdesk") -> QPrinter:
    if name not in available_printers():
        known = ", ".join(available_printers()) or "none"
        raise PrintError(f"There is no printer named '{name}' (installed printers: {known}).")
    info = QPrinterInfo.printerInfo(name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    _configure(printer, paper, title)
    return printer


def print_text_document(document: QTextDocument, printer: QPrinter) -> None:
    """Lay `document` out on the printer's page and print it."""
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(f"The printer '{printer.printerName() or printer.outputFileName()}' reported an error.")
