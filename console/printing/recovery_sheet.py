"""The store's recovery sheet on paper: the recovery code in large boxed groups, and what to do with it.

Same content as the plain-text sheet `watchdesk init` writes (console/cli/store_commands.py,
`recovery_sheet_text`), laid out so the code can be read back without mistakes: a large
monospace font (0/O and 1/I differ), one numbered box per group.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from console.domain.times import format_utc_date_time, utc_now
from console.printing.devices import write_pdf
from console.printing.labels import label
from console.printing.layout import (
    BODY,
    LABEL_STYLE,
    MONO,
    SMALL,
    Block,
    Column,
    Drawn,
    Framed,
    Heading,
    LayoutContext,
    PagedDocument,
    PageFrame,
    Paragraph,
    Table,
    TextLines,
    TextStyle,
)

GROUPS_PER_ROW = 4
_BOX_HEIGHT_MM = 17.0
_BOX_GAP_MM = 3.5
_GROUP_STYLE = TextStyle(size=22.0, mono=True, bold=True, align="center")
_GROUP_NUMBER_STYLE = TextStyle(size=6.5, colour="#444444")


def _code_grid(groups: list[str]) -> Block:
    """Numbered boxes, four to a row, each holding one group such as ``ABCD-E``."""
    rows = max(1, math.ceil(len(groups) / GROUPS_PER_ROW))
    height = rows * _BOX_HEIGHT_MM + (rows - 1) * _BOX_GAP_MM

    def paint(painter: QPainter, ctx: LayoutContext, rect: QRectF) -> None:
        gap = ctx.mm(_BOX_GAP_MM)
        box_width = (rect.width() - gap * (GROUPS_PER_ROW - 1)) / GROUPS_PER_ROW
        box_height = ctx.mm(_BOX_HEIGHT_MM)
        border = ctx.pt(1.2)
        for index, group in enumerate(groups):
            row, column = divmod(index, GROUPS_PER_ROW)
            box = QRectF(rect.left() + column * (box_width + gap), rect.top() + row * (box_height + gap),
                         box_width, box_height)
            painter.setPen(QPen(QColor("#000000"), border))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(border / 2, border / 2, -border / 2, -border / 2))
            number = TextLines(ctx, label("recovery.group", number=index + 1), _GROUP_NUMBER_STYLE, box_width)
            number.paint(painter, box.left() + ctx.mm(1.5), box.top() + ctx.mm(1.0))
            text = TextLines(ctx, group, _GROUP_STYLE, box_width)
            text_height = text.span_height(0, text.count)
            text.paint(painter, box.left(), box.top() + (box_height - text_height) / 2 + ctx.mm(1.2))

    return Drawn(height, paint, space_before=2.5)


def recovery_sheet_document(station_id: str, station_name: str, data_dir: Path, code: str,
                            paper: str = "A4", created_at: datetime | None = None) -> PagedDocument:
    created = created_at or utc_now()
    groups = code.split()
    frame = PageFrame(
        banner=label("recovery.banner"),
        header_left=label("recovery.header", station=station_id),
        footer_left=label("footer.app"),
        footer_right=label("recovery.footer", when=format_utc_date_time(created, seconds=False), page="{page}",
                           pages="{pages}"),
    )
    details = Table(
        [Column(width=32.0, style=LABEL_STYLE), Column(style=BODY)],
        [
            [label("recovery.station"), f"{station_id} ({station_name})"],
            [label("recovery.data_dir"), str(Path(data_dir).resolve())],
            [label("recovery.created"), format_utc_date_time(created, seconds=False)],
        ],
        header=False,
        keep_together=True,
        space_before=3.0,
    )
    command = label("recovery.command", data_dir=Path(data_dir).resolve())
    blocks: list[Block] = [
        Paragraph(label("recovery.title").upper(), TextStyle(size=20.0, bold=True)),
        details,
        Heading(label("recovery.code_heading")),
        Paragraph(label("recovery.code_note"), BODY),
        _code_grid(groups),
        Heading(label("recovery.use_heading")),
        Paragraph(label("recovery.use"), BODY),
        Framed(Paragraph(command, MONO.but(size=9.5)), border=0.6, padding=2.0, fill="#f0f0f0", space_before=1.5),
        Paragraph(label("recovery.type"), BODY, space_before=1.5),
        Heading(label("recovery.keep_heading")),
        Paragraph(label("recovery.keep"), BODY.but(bold=True)),
        Paragraph(label("recovery.check"), SMALL.but(size=9.0), space_before=12.0),
    ]
    return PagedDocument(label("recovery.title"), paper, frame, blocks)


def render_recovery_sheet_pdf(station_id: str, station_name: str, data_dir: Path, code: str, path: Path,
                              *, paper: str = "A4", created_at: datetime | None = None) -> int:
    """Write the recovery sheet as a PDF (atomically, owner-only); returns the number of pages."""
    return write_pdf(recovery_sheet_document(station_id, station_name, data_dir, code, paper, created_at), path)
