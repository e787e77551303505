"""Where a laid-out document goes: a printer (one QPrinter per job, set up here) or a PDF file.

Both take any document with a title, a paper size and a ``paint(device)`` that returns its page
count (the record's and reports' PagedDocument, the key card's and handover sheet's RichTextSheet),
so every PDF is written the same way: at 1,200 dpi, on the same page geometry, atomically and
readable by its owner only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPagedPaintDevice, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from console.errors import WatchdeskError
from console.i18n import tr
from console.fsutil import atomic_write
from console.printing.pdf_text import restore_ideographs

PAPER_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
PAGE_MARGIN_MM = 15.0
PDF_RESOLUTION = 1200


class PrintError(WatchdeskError):
    """A print job could not be handed over; the message names the printer and cause."""


def available_printers() -> list[str]:
    # Names only: a QPrinterInfo per printer would make libcups fetch each printer's PPD,
    # and on the way look up this machine's host name, which may go to DNS.
    return QPrinterInfo.availablePrinterNames()


def page_layout(paper: str) -> QPageLayout:
    """Portrait, 15 mm margins all round: the same page geometry for every output."""
    if paper not in PAPER_SIZES:
        raise PrintError(tr("Unknown paper size '{paper}' (expected one of {known}).").format(
            paper=paper, known=", ".join(PAPER_SIZES)))
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(
        QPageSize(PAPER_SIZES[paper]), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def configure_printer(printer: QPrinter, paper: str, title: str) -> None:
    printer.setPageLayout(page_layout(paper))
    printer.setDocName(title)
    printer.setCreator("Watchdesk")


def pdf_writer(path: Path, paper: str = "A4", title: str = "Watchdesk") -> QPdfWriter:
    """A PDF file as a paint device. Not a QPrinter: every QPrinter, even one set to PDF,
    asks CUPS for the default printer first, and an air-gapped console must not reach
    for a print server (or DNS) unless the officer chose a printer."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title)
    writer.setCreator("Watchdesk")
    return writer


def queue_printer(name: str, paper: str = "A4", title: str = "Watchdesk") -> QPrinter:
    if name not in available_printers():
        known = ", ".join(available_printers()) or tr("none")
        raise PrintError(tr("There is no printer named '{name}' (installed printers: {known}).").format(
            name=name, known=known))
    info = QPrinterInfo.printerInfo(name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    configure_printer(printer, paper, title)
    return printer


def print_text_document(document: QTextDocument, device: QPrinter | QPdfWriter) -> None:
    """Lay `document` out on the page of a printer or PDF writer and print it."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(device)
    if isinstance(device, QPrinter) and device.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(tr("The printer '{printer}' reported an error.").format(
            printer=device.printerName() or device.outputFileName()))



class Printable(Protocol):
    """A document the devices can take: it paints itself page by page onto a paged device."""

    title: str
    paper: str

    def paint(self, device: QPagedPaintDevice) -> int: ...


def write_pdf(document: Printable, path: Path) -> int:
    """Render `document` to a PDF at `path` (written atomically, owner-only); returns the page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(document.paper))
    writer.setTitle(document.title)
    writer.setCreator("Watchdesk")
    pages = document.paint(writer)  # the PDF is complete once the painter has ended
    buffer.close()
    try:
        # Chinese searchable and copyable as printed (console/printing/pdf_text.py).
        atomic_write(Path(path), restore_ideographs(bytes(data.data())))
    except OSError as error:
        raise PrintError(tr("Could not write the PDF '{path}': {problem}.").format(
            path=path, problem=error.strerror or error)) from error
    return pages


def print_paged_document(document: Printable, printer: QPrinter) -> int:
    """Send `document` to `printer` on our own page geometry; returns the page count."""
    configure_printer(printer, document.paper, document.title)
    pages = document.paint(printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(tr("The printer '{printer}' reported an error.").format(
            printer=printer.printerName() or printer.outputFileName()))
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        _restore_ideographs_in(Path(printer.outputFileName()))  # "Print to file": a PDF as write_pdf's
    return pages


def _restore_ideographs_in(path: Path) -> None:
    try:
        written = path.read_bytes()
        restored = restore_ideographs(written)
        if restored != written:
            atomic_write(path, restored)
    except OSError as error:
        raise PrintError(tr("Could not write the PDF '{path}': {problem}.").format(
            path=path, problem=error.strerror or error)) from error

