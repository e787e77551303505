"""Rich-text sheets (the key card, the handover summary) written to PDF, atomically.

QTextDocument.print_ lays the document out in points when it has no page size of its
own, so type comes out at its real size whatever the writer's resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from console.fsutil import atomic_write
from console.printing.devices import PAPER_SIZES, PrintError

PDF_RESOLUTION = 300
MARGIN_MM = 15.0


def write_document_pdf(document: QTextDocument, path: Path, paper: str, title: str) -> None:
    """Raises PrintError (unknown paper, write failed) with the reason in words."""
    if paper not in PAPER_SIZES:
        raise PrintError(f"Unknown paper size '{paper}' (expected one of {', '.join(PAPER_SIZES)}).")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(
        QPageSize(PAPER_SIZES[paper]), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    ))
    writer.setTitle(title)
    writer.setCreator("Watchdesk")
    document.print_(writer)
    del writer  # the writer finishes the file when it goes away
    buffer.close()
    try:
        atomic_write(Path(path), bytes(data.data()))
    except OSError as error:
        raise PrintError(f"Could not write the PDF '{path}': {error.strerror or error}.") from error
