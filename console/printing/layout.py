"""The page layout engine: blocks (paragraphs, tables, pictures, drawings) flowed onto pages.

Records are laid out by our own code (QTextLayout lines placed with QPainter, page by
page) rather than by the printer driver or QTextDocument, so a record looks the same on
every printer and in every PDF: the banner and footer sit on every page, tables repeat
their header, and a page break only ever falls between two lines of text.

Units: blocks are specified in millimetres and points and laid out in device pixels of
the paint device (1200 dpi for PDFs), with fonts measured on that same device.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPagedPaintDevice,
    QPainter,
    QPaintDevice,
    QPen,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from console.i18n import tr
from console.printing.devices import PrintError, page_layout
from console.printing.labels import SECOND_LINE_END, SECOND_LINE_START, label, primary_language, printed_in

# --- styles and measurement ------------------------------------------------------------

# Latin and Cyrillic come from the first families; Chinese from the CJK families after them, named
# here rather than left to fontconfig, which picks Noto Sans CJK JP (Japanese glyph forms) for Han
# characters. Noto Sans CJK SC is Debian's fonts-noto-cjk (SIL OFL 1.1); Qt's PDF writer embeds the
# glyphs used, as a CID font with a ToUnicode map, so the text can be searched and copied.
CJK_SANS_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
                     "WenQuanYi Micro Hei"]
CJK_MONO_FAMILIES = ["Noto Sans Mono CJK SC", *CJK_SANS_FAMILIES]
SANS_FAMILIES = ["DejaVu Sans", "Nimbus Sans", "Liberation Sans", "Arial", "Helvetica", *CJK_SANS_FAMILIES]
MONO_FAMILIES = ["DejaVu Sans Mono", "Nimbus Mono PS", "Liberation Mono", "Courier New", *CJK_MONO_FAMILIES]
# A further language's line (text between SECOND_LINE_START and SECOND_LINE_END): this much
# smaller than its own style, and grey, so the primary language leads the eye.
SECOND_LINE_SCALE = 0.88
SECOND_LINE_COLOUR = "#4a4a4a"
# Ligatures turn "fi" into one glyph, which breaks searching and copying text out of the PDF.
_LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")

ALIGNMENTS = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
              "right": Qt.AlignmentFlag.AlignRight}


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.0  # points
    bold: bool = False
    italic: bool = False
    mono: bool = False
    colour: str = "#000000"
    align: str = "left"
    tracking: float = 0.0  # extra letter spacing, percent of normal

    def but(self, **changes: object) -> TextStyle:
        return replace(self, **changes)  # type: ignore[arg-type]


BODY = TextStyle()
LABEL_STYLE = TextStyle(size=8.0, colour="#444444")
MONO = TextStyle(size=8.5, mono=True)
HEADER_CELL = TextStyle(size=7.5, bold=True, colour="#222222")
SMALL = TextStyle(size=7.5, colour="#444444")


class LayoutContext:
    """The paint device the layout is measured for, and unit conversions to its pixels."""

    def __init__(self, device: QPaintDevice, body_height: float = 0.0) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.body_height = body_height
        self._fonts: dict[TextStyle, QFont] = {}

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def font(self, style: TextStyle) -> QFont:
        font = self._fonts.get(style)
        if font is None:
            font = QFont()
            font.setFamilies(MONO_FAMILIES if style.mono else SANS_FAMILIES)
            font.setStyleHint(QFont.StyleHint.Monospace if style.mono else QFont.StyleHint.SansSerif)
            font.setPointSizeF(style.size)
            font.setBold(style.bold)
            font.setItalic(style.italic)
            # Unhinted outlines keep line breaks the same whatever the device resolution.
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            for tag in _LIGATURE_FEATURES:
                feature = QFont.Tag.fromString(tag)
                if feature is not None:
                    font.setFeature(feature, 0)
            if style.tracking:
                font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100.0 + style.tracking)
            self._fonts[style] = font
        return font


def _printable(text: str) -> str:
    """Line breaks as Unicode line separators (QTextLayout breaks on those); other controls shown as �."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        "\u2028" if char == "\n" else char if char == "\t" or ord(char) >= 32 and char != "\x7f" else "\ufffd"
        for char in text
    )


def _second_lines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` without the second-language marks, and the (start, length) of each marked run."""
    plain: list[str] = []
    runs: list[tuple[int, int]] = []
    start = -1
    length = 0
    for char in text:
        if char == SECOND_LINE_START:
            start = length if start < 0 else start  # a mark inside a marked run changes nothing
        elif char == SECOND_LINE_END:
            if start >= 0:
                runs.append((start, length - start))
            start = -1
        else:
            plain.append(char)
            length += 1
    if start >= 0:
        runs.append((start, length - start))
    return "".join(plain), runs


def second_line_style(style: TextStyle) -> TextStyle:
    grey = SECOND_LINE_COLOUR if style.colour.lower() in ("#000000", "#000", "black") else style.colour
    return style.but(size=round(style.size * SECOND_LINE_SCALE, 2), colour=grey)


class TextLines:
    """Text laid out into lines at a fixed width; a page break may fall between any two lines."""

    def __init__(self, ctx: LayoutContext, text: str, style: TextStyle, width: float) -> None:
        self.style = style
        text, second_lines = _second_lines(text)
        self.layout = QTextLayout(_printable(text), ctx.font(style), ctx.device)
        if second_lines:
            second = second_line_style(style)
            second_format = QTextCharFormat()
            second_format.setFont(ctx.font(second))
            second_format.setForeground(QColor(second.colour))
            ranges = []
            for start, length in second_lines:
                marked = QTextLayout.FormatRange()
                marked.start, marked.length, marked.format = start, length, second_format
                ranges.append(marked)
            self.layout.setFormats(ranges)
        option = QTextOption(ALIGNMENTS[style.align])
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTabStopDistance(ctx.mm(12.5))
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)
        self.tops: list[float] = []
        self.bottoms: list[float] = []
        self.widest = 0.0
        self.layout.beginLayout()
        y = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0.0, y))
            self.tops.append(y)
            y += line.height()
            self.bottoms.append(y)
            self.widest = max(self.widest, line.naturalTextWidth())
        self.layout.endLayout()

    @property
    def count(self) -> int:
        return len(self.tops)

    def span_height(self, first: int, end: int) -> float:
        return self.bottoms[end - 1] - self.tops[first] if end > first else 0.0

    def lines_fitting(self, first: int, end: int, available: float) -> int:
        """How many lines from `first` fit in `available` pixels."""
        fitted = 0
        for index in range(first, end):
            if self.bottoms[index] - self.tops[first] > available + 0.01:
                break
            fitted += 1
        return fitted

    def paint(self, painter: QPainter, x: float, y: float, first: int = 0, end: int | None = None) -> None:
        end = self.count if end is None else end
        if end <= first:
            return
        painter.setPen(QColor(self.style.colour))
        origin = QPointF(x, y - self.tops[first])
        for index in range(first, end):
            self.layout.lineAt(index).draw(painter, origin)


# --- blocks ----------------------------------------------------------------------------


class Laid(ABC):
    """A block laid out at a fixed width: its height, where it may break, how it paints."""

    height: float

    def first_height(self) -> float:
        """The least that must fit at the bottom of a page before this block may start there."""
        return self.height

    def split(self, available: float) -> tuple[Laid | None, Laid | None]:
        """A head that fits in `available` (or None) and the rest (or None). Default: no split."""
        return None, self

    @abstractmethod
    def paint(self, painter: QPainter, x: float, y: float) -> None: ...


class Block(ABC):
    """Content before layout. `space_before` (mm) is dropped at the top of a page."""

    space_before: float = 0.0
    keep_with_next: bool = False

    @abstractmethod
    def lay_out(self, ctx: LayoutContext, width: float) -> Laid: ...


class _LaidParagraph(Laid):
    def __init__(self, lines: TextLines, indent: float, first: int, end: int) -> None:
        self.lines, self.indent, self.first, self.end = lines, indent, first, end
        self.height = lines.span_height(first, end)

    def first_height(self) -> float:
        return self.lines.span_height(self.first, min(self.first + 2, self.end))

    def split(self, available: float) -> tuple[Laid | None, Laid | None]:
        fitted = self.lines.lines_fitting(self.first, self.end, available)
        if fitted >= self.end - self.first:
            return self, None
        if fitted == 0:
            return None, self
        cut = self.first + fitted
        return (_LaidParagraph(self.lines, self.indent, self.first, cut),
                _LaidParagraph(self.lines, self.indent, cut, self.end))

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        self.lines.paint(painter, x + self.indent, y, self.first, self.end)


class Paragraph(Block):
    def __init__(self, text: str, style: TextStyle = BODY, space_before: float = 0.0, indent: float = 0.0,
                 keep_with_next: bool = False) -> None:
        self.text, self.style, self.space_before, self.indent = text, style, space_before, indent
        self.keep_with_next = keep_with_next

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        indent = ctx.mm(self.indent)
        lines = TextLines(ctx, self.text, self.style, width - indent)
        return _LaidParagraph(lines, indent, 0, lines.count)


class Spacer(Block):
    def __init__(self, height: float) -> None:
        self.height = height

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        return _LaidEmpty(ctx.mm(self.height))


class _LaidEmpty(Laid):
    def __init__(self, height: float) -> None:
        self.height = height

    def split(self, available: float) -> tuple[Laid | None, Laid | None]:
        return None, None  # space at a page break is simply dropped

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        return


class Heading(Block):
    """A section title with a rule under it; never left alone at the foot of a page."""

    keep_with_next = True

    def __init__(self, text: str, level: int = 1, space_before: float | None = None) -> None:
        self.text, self.level = text, level
        self.space_before = (5.5 if level == 1 else 3.5) if space_before is None else space_before

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        if self.level == 1:
            style = TextStyle(size=9.5, bold=True, tracking=6.0)
            lines = TextLines(ctx, self.text.upper(), style, width)
            return _LaidHeading(lines, ctx.pt(0.9), ctx.mm(1.0), ctx.mm(2.0), width)
        lines = TextLines(ctx, self.text, TextStyle(size=9.0, bold=True), width)
        return _LaidHeading(lines, 0.0, 0.0, ctx.mm(1.2), width)


class _LaidHeading(Laid):
    def __init__(self, lines: TextLines, rule: float, rule_gap: float, after: float, width: float) -> None:
        self.lines, self.rule, self.rule_gap, self.after, self.width = lines, rule, rule_gap, after, width
        self.height = lines.span_height(0, lines.count) + rule_gap + rule + after

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        self.lines.paint(painter, x, y)
        if self.rule:
            rule_y = y + self.lines.span_height(0, self.lines.count) + self.rule_gap + self.rule / 2
            painter.setPen(QPen(QColor("#000000"), self.rule))
            painter.drawLine(QPointF(x, rule_y), QPointF(x + self.width, rule_y))


@dataclass(frozen=True)
class Column:
    """`width` in mm; or `fit` to the widest cell (header included); otherwise a `stretch` share of the rest,
    at least `min_width` mm (the fixed columns give way, their text wrapping)."""

    heading: str = ""
    width: float = 0.0
    stretch: float = 1.0
    style: TextStyle = BODY
    fit: bool = False
    min_width: float = 0.0


@dataclass(frozen=True)
class Cell:
    """A cell whose style differs from its column's (e.g. a bold warning)."""

    text: str
    style: TextStyle


class _LaidRow:
    """One table row; cut between lines when it is too tall to move to the next page whole."""

    def __init__(self, cells: list[TextLines], pad: float, firsts: list[int] | None = None,
                 ends: list[int] | None = None, fill: str | None = None) -> None:
        self.cells, self.pad, self.fill = cells, pad, fill
        self.firsts = firsts if firsts is not None else [0] * len(cells)
        self.ends = ends if ends is not None else [cell.count for cell in cells]
        self.height = max(
            (cell.span_height(first, end) for cell, first, end in zip(cells, self.firsts, self.ends, strict=True)),
            default=0.0,
        ) + 2 * pad

    def split(self, available: float) -> tuple[_LaidRow | None, _LaidRow | None]:
        inner = available - 2 * self.pad
        cuts = [first + cell.lines_fitting(first, end, inner)
                for cell, first, end in zip(self.cells, self.firsts, self.ends, strict=True)]
        if cuts == self.firsts:
            return None, self
        head = _LaidRow(self.cells, self.pad, self.firsts, cuts, self.fill)
        tail = _LaidRow(self.cells, self.pad, cuts, self.ends, self.fill)
        return head, tail

    def paint(self, painter: QPainter, xs: list[float], y: float) -> None:
        for cell, x, first, end in zip(self.cells, xs, self.firsts, self.ends, strict=True):
            cell.paint(painter, x, y + self.pad, first, end)


class Table(Block):
    """Rows of text cells under an optional header that repeats on every page the table reaches."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str | Cell]],
        *,
        header: bool = True,
        rules: bool = True,
        zebra: bool = False,
        frame: bool = False,
        space_before: float = 0.0,
        padding: tuple[float, float] = (0.9, 1.6),
        row_fills: Sequence[str | None] | None = None,
        keep_together: bool = False,
        keep_with_next: bool = False,
    ) -> None:
        self.columns, self.rows = list(columns), [list(row) for row in rows]
        self.header, self.rules, self.zebra, self.frame = header, rules, zebra, frame
        self.space_before, self.padding = space_before, padding
        self.row_fills = list(row_fills) if row_fills is not None else None
        self.keep_together = keep_together
        # Its last rows go with the next block: the table breaks earlier rather than leave that block alone.
        self.keep_with_next = keep_with_next

    def _cell(self, column: Column, value: str | Cell) -> tuple[str, TextStyle]:
        return (value.text, value.style) if isinstance(value, Cell) else (value, column.style)

    def _fitted_width(self, ctx: LayoutContext, index: int, pad_h: float) -> float:
        column = self.columns[index]
        unbounded = 1e9
        widest = 0.0
        if self.header:
            # A heading in two languages wraps between its words rather than widening its column
            # beyond its data: "Срок подтв. / Ack due" over "12:15Z".
            parts = column.heading.split() if SECOND_LINE_START in column.heading else [column.heading]
            widest = max((TextLines(ctx, part, HEADER_CELL, unbounded).widest for part in parts), default=0.0)
        for row in self.rows:
            text, style = self._cell(column, row[index])
            widest = max(widest, TextLines(ctx, text, style, unbounded).widest)
        return widest + 2 * pad_h + ctx.pt(0.5)  # a hair of slack so rounding never wraps the widest cell

    def _widths(self, ctx: LayoutContext, width: float, pad_h: float) -> list[float]:
        fixed: list[float | None] = []
        for index, column in enumerate(self.columns):
            if column.fit:
                fixed.append(self._fitted_width(ctx, index, pad_h))
            else:
                fixed.append(ctx.mm(column.width) if column.width else None)
        taken = sum(value for value in fixed if value is not None)
        least = sum(ctx.mm(column.min_width) for column, value in zip(self.columns, fixed, strict=True)
                    if value is None)
        room = max(width - least, 0.0)
        if taken > room:
            # More than the page holds: shrink the fixed columns alike and let their text wrap.
            fixed = [value * room / taken if value is not None else None for value in fixed]
            taken = room
        shares = sum(column.stretch for column, value in zip(self.columns, fixed, strict=True) if value is None)
        free = max(width - taken, 0.0)
        return [value if value is not None else free * column.stretch / (shares or 1.0)
                for column, value in zip(self.columns, fixed, strict=True)]

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        pad_v, pad_h = ctx.mm(self.padding[0]), ctx.mm(self.padding[1])
        widths = self._widths(ctx, width, pad_h)
        xs, x = [], 0.0
        for column_width in widths:
            xs.append(x + pad_h)
            x += column_width
        header_row = None
        if self.header:
            header_row = _LaidRow(
                [TextLines(ctx, column.heading, HEADER_CELL.but(align=column.style.align), w - 2 * pad_h)
                 for column, w in zip(self.columns, widths, strict=True)],
                pad_v,
                fill="#e4e4e4",
            )
        rows = []
        for index, row in enumerate(self.rows):
            cells = []
            for column, w, value in zip(self.columns, widths, row, strict=True):
                text, style = self._cell(column, value)
                cells.append(TextLines(ctx, text, style, w - 2 * pad_h))
            fill = None
            if self.row_fills is not None:
                fill = self.row_fills[index]
            elif self.zebra and index % 2 == 1:
                fill = "#f2f2f2"
            rows.append(_LaidRow(cells, pad_v, fill=fill))
        boundaries = [sum(widths[:i]) for i in range(len(widths) + 1)]
        return _LaidTable(header_row, rows, xs, boundaries, width, self, ctx)


class _LaidTable(Laid):
    def __init__(self, header_row: _LaidRow | None, rows: list[_LaidRow], xs: list[float],
                 boundaries: list[float], width: float, table: Table, ctx: LayoutContext) -> None:
        self.header_row, self.rows, self.xs, self.boundaries = header_row, rows, xs, boundaries
        self.width, self.table, self.ctx = width, table, ctx
        self.hairline = ctx.pt(0.4)
        self.header_height = header_row.height if header_row else 0.0
        self.height = self.header_height + sum(row.height for row in rows)

    def _with_rows(self, rows: list[_LaidRow]) -> _LaidTable:
        return _LaidTable(self.header_row, rows, self.xs, self.boundaries, self.width, self.table, self.ctx)

    def first_height(self) -> float:
        if not self.rows or self.table.keep_together:
            return self.height
        first = self.rows[0]
        return self.header_height + min(first.height, self.ctx.mm(12))

    def split(self, available: float) -> tuple[Laid | None, Laid | None]:
        if self.table.keep_together and self.height <= self.ctx.body_height:
            return None, self
        room = available - self.header_height
        placed: list[_LaidRow] = []
        used = 0.0
        for index, row in enumerate(self.rows):
            if used + row.height <= room + 0.01:
                placed.append(row)
                used += row.height
                continue
            # A row is kept whole unless it is tall (long remarks): then it breaks between lines.
            rest = self.rows[index + 1 :]
            if row.height > self.ctx.body_height * 0.25:
                head, tail = row.split(room - used)
                if head is not None:
                    placed.append(head)
                rest = ([tail] if tail is not None else []) + rest
            else:
                rest = [row, *rest]
            if not placed:
                return None, self
            return self._with_rows(placed), self._with_rows(rest) if rest else None
        return self, None

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        xs = [x + offset for offset in self.xs]
        top = y
        rows = ([self.header_row] if self.header_row else []) + self.rows
        for row in rows:
            if row.fill:
                painter.fillRect(QRectF(x, y, self.width, row.height), QColor(row.fill))
            row.paint(painter, xs, y)
            y += row.height
            if self.table.rules or row is self.header_row:
                weight = self.hairline * (2.0 if row is self.header_row else 1.0)
                colour = "#555555" if row is self.header_row else "#b8b8b8"
                painter.setPen(QPen(QColor(colour), weight))
                painter.drawLine(QPointF(x, y), QPointF(x + self.width, y))
        if self.table.frame:
            painter.setPen(QPen(QColor("#555555"), self.hairline * 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, top, self.width, y - top))
            for boundary in self.boundaries[1:-1]:
                painter.drawLine(QPointF(x + boundary, top), QPointF(x + boundary, y))


class Stack(Block):
    """Blocks that travel together as one (e.g. the inside of a frame)."""

    def __init__(self, blocks: Sequence[Block], space_before: float = 0.0, keep_together: bool = False,
                 keep_with_next: bool = False) -> None:
        self.blocks, self.space_before, self.keep_together = list(blocks), space_before, keep_together
        self.keep_with_next = keep_with_next

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        children = [(block.lay_out(ctx, width), ctx.mm(block.space_before)) for block in self.blocks]
        # Kept together only while it fits on a page; a taller stack must break rather than be clipped.
        keep_together = self.keep_together and (
            not ctx.body_height or sum(laid.height + gap for laid, gap in children) <= ctx.body_height
        )
        return _LaidStack(children, keep_together)


class _LaidStack(Laid):
    def __init__(self, children: list[tuple[Laid, float]], keep_together: bool) -> None:
        # The first child's space is dropped, as it would be at the top of a page.
        self.children = [(laid, gap if index else 0.0) for index, (laid, gap) in enumerate(children)]
        self.keep_together = keep_together
        self.height = sum(laid.height + gap for laid, gap in self.children)

    def first_height(self) -> float:
        if self.keep_together or not self.children:
            return self.height
        return self.children[0][0].first_height()

    def split(self, available: float) -> tuple[Laid | None, Laid | None]:
        if self.keep_together:
            return None, self
        used = 0.0
        for index, (laid, gap) in enumerate(self.children):
            if used + gap + laid.height <= available + 0.01:
                used += gap + laid.height
                continue
            head, tail = laid.split(available - used - gap)
            before = self.children[:index] + ([(head, gap)] if head is not None else [])
            after = ([(tail, 0.0)] if tail is not None else []) + self.children[index + 1 :]
            if not before:
                return None, self
            return _LaidStack(before, False), _LaidStack(after, False) if after else None
        return self, None

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for laid, gap in self.children:
            y += gap
            laid.paint(painter, x, y)
            y += laid.height


class Framed(Block):
    """A box around its content; if the content breaks across pages, each part gets its own box."""

    def __init__(self, inner: Block, border: float = 0.8, padding: float = 2.5, fill: str | None = None,
                 space_before: float = 0.0, keep_with_next: bool = False) -> None:
        self.inner, self.border, self.padding, self.fill = inner, border, padding, fill
        self.space_before, self.keep_with_next = space_before, keep_with_next

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        pad = ctx.mm(self.padding) + ctx.pt(self.border)
        return _LaidFramed(self.inner.lay_out(ctx, width - 2 * pad), pad, ctx.pt(self.border), self.fill, width)


class _LaidFramed(Laid):
    def __init__(self, inner: Laid, pad: float, border: float, fill: str | None, width: float) -> None:
        self.inner, self.pad, self.border, self.fill, self.width = inner, pad, border, fill, width
        self.height = inner.height + 2 * pad

    def first_height(self) -> float:
        return self.inner.first_height() + 2 * self.pad

    def split(self, available: float) -> tuple[Laid | None, Laid | None]:
        head, tail = self.inner.split(available - 2 * self.pad)
        return self._around(head), self._around(tail)

    def _around(self, part: Laid | None) -> Laid | None:
        return _LaidFramed(part, self.pad, self.border, self.fill, self.width) if part is not None else None

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        box = QRectF(x + self.border / 2, y + self.border / 2, self.width - self.border, self.height - self.border)
        if self.fill:
            painter.fillRect(box, QColor(self.fill))
        painter.setPen(QPen(QColor("#000000"), self.border))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        self.inner.paint(painter, x + self.pad, y + self.pad)


class ImageBlock(Block):
    """A picture scaled to fit `width` x `height` mm (keeping its shape), never split."""

    def __init__(self, image: QImage, width: float | None, height: float, align: str = "left",
                 border: bool = False, space_before: float = 0.0) -> None:
        self.image, self.width, self.height, self.align = image, width, height, align
        self.border, self.space_before = border, space_before

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        box_w = min(ctx.mm(self.width), width) if self.width else width
        box_h = ctx.mm(self.height)
        if ctx.body_height:
            box_h = min(box_h, ctx.body_height * 0.9)
        scale = min(box_w / max(self.image.width(), 1), box_h / max(self.image.height(), 1))
        image_w, image_h = self.image.width() * scale, self.image.height() * scale
        offset = {"left": 0.0, "center": (width - image_w) / 2, "right": width - image_w}[self.align]
        return _LaidImage(self.image, offset, image_w, image_h, ctx.pt(0.6) if self.border else 0.0)


class _LaidImage(Laid):
    def __init__(self, image: QImage, offset: float, width: float, height: float, border: float) -> None:
        self.image, self.offset, self.width, self.height, self.border = image, offset, width, height, border

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        target = QRectF(x + self.offset, y, self.width, self.height)
        painter.drawImage(target, self.image)
        if self.border:
            painter.setPen(QPen(QColor("#555555"), self.border))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)


class Columns(Block):
    """Blocks side by side (e.g. the title beside the QR code); kept on one page."""

    def __init__(self, parts: Sequence[tuple[Block, float]], gap: float = 5.0, space_before: float = 0.0) -> None:
        self.parts, self.gap, self.space_before = list(parts), gap, space_before  # (block, width mm; 0 = rest)

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        fixed = sum(ctx.mm(part_width) for _, part_width in self.parts if part_width)
        gaps = ctx.mm(self.gap) * (len(self.parts) - 1)
        flexible = [part_width for _, part_width in self.parts if not part_width]
        rest = max(width - fixed - gaps, 0.0) / (len(flexible) or 1)
        laid, x = [], 0.0
        for block, part_width in self.parts:
            column_width = ctx.mm(part_width) if part_width else rest
            laid.append((block.lay_out(ctx, column_width), x))
            x += column_width + ctx.mm(self.gap)
        return _LaidColumns(laid)


class _LaidColumns(Laid):
    def __init__(self, parts: list[tuple[Laid, float]]) -> None:
        self.parts = parts
        self.height = max((part.height for part, _ in parts), default=0.0)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for part, offset in self.parts:
            part.paint(painter, x + offset, y)


class Drawn(Block):
    """A fixed-height block painted by a function `paint(painter, ctx, rect)`; never split."""

    def __init__(self, height: float, paint: Callable[[QPainter, LayoutContext, QRectF], None],
                 space_before: float = 0.0) -> None:
        self.height, self.paint, self.space_before = height, paint, space_before

    def lay_out(self, ctx: LayoutContext, width: float) -> Laid:
        return _LaidDrawn(ctx, ctx.mm(self.height), width, self.paint)


class _LaidDrawn(Laid):
    def __init__(self, ctx: LayoutContext, height: float, width: float,
                 paint: Callable[[QPainter, LayoutContext, QRectF], None]) -> None:
        self.ctx, self.height, self.width, self.painter_function = ctx, height, width, paint

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        self.painter_function(painter, self.ctx, QRectF(x, y, self.width, self.height))


# --- pages -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFrame:
    """What every page carries: the handling banner top and bottom, a running header, a footer.

    `footer_right` may hold ``{page}`` and ``{pages}``.
    """

    banner: str
    header_left: str
    header_right: str = ""
    footer_left: str = ""
    footer_right: str = ""
    header_right_style: TextStyle = SMALL


@dataclass(frozen=True)
class AuditAnchor:
    """The audit log's head when a page was printed: entry count, the head hash cut short, and a
    fingerprint of the station's signature over them. Read back with `audit verify --anchor`."""

    count: int
    short_hash: str
    signature: str


def audit_anchor_line(anchor: AuditAnchor | None) -> str:
    """The footer's line for `anchor` ('' without one), on a line of its own after the rest."""
    if anchor is None:
        return ""
    # In the printout's first language only: a second line would repeat the hash it is about.
    with printed_in((primary_language(),)):
        return "\n" + label("footer.audit_head", count=anchor.count, hash=anchor.short_hash,
                            signature=anchor.signature)


_BANNER_STYLE = TextStyle(size=10.0, bold=True, align="center", tracking=8.0)
_FRAME_GAP_MM = 1.8
_BODY_GAP_MM = 4.0


def _page_numbers(template: str, page: int, pages: int) -> str:
    # Not str.format: the footer already holds officers' names, which may contain braces.
    return template.replace("{page}", str(page)).replace("{pages}", str(pages))


class _LaidFrame:
    def __init__(self, ctx: LayoutContext, frame: PageFrame, width: float) -> None:
        self.ctx, self.frame, self.width = ctx, frame, width
        self.banner_pad = ctx.mm(1.4)
        self.banner = TextLines(ctx, frame.banner.upper(), _BANNER_STYLE, width - 2 * self.banner_pad)
        self.banner_height = self.banner.span_height(0, self.banner.count) + 2 * self.banner_pad
        self.header_right = TextLines(ctx, frame.header_right, frame.header_right_style.but(align="right"),
                                      width * 0.3)
        self.header_left = TextLines(ctx, frame.header_left, SMALL, width * 0.7 - ctx.mm(3))
        self.header_height = max(self.header_left.span_height(0, self.header_left.count),
                                 self.header_right.span_height(0, self.header_right.count))
        self.footer_left = TextLines(ctx, frame.footer_left, SMALL, width * 0.3)
        sample = TextLines(ctx, _page_numbers(frame.footer_right, 999, 999), SMALL, width * 0.7 - ctx.mm(3))
        self.footer_height = max(sample.span_height(0, sample.count),
                                 self.footer_left.span_height(0, self.footer_left.count))
        gap, body_gap = ctx.mm(_FRAME_GAP_MM), ctx.mm(_BODY_GAP_MM)
        self.top = self.banner_height + gap + self.header_height + body_gap
        self.bottom = body_gap + self.footer_height + gap + self.banner_height

    def _banner(self, painter: QPainter, y: float) -> None:
        border = self.ctx.pt(1.0)
        painter.setPen(QPen(QColor("#000000"), border))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(border / 2, y + border / 2, self.width - border, self.banner_height - border))
        self.banner.paint(painter, self.banner_pad, y + self.banner_pad)

    def paint(self, painter: QPainter, page_height: float, page: int, pages: int) -> None:
        ctx, gap = self.ctx, self.ctx.mm(_FRAME_GAP_MM)
        self._banner(painter, 0.0)
        header_y = self.banner_height + gap
        self.header_left.paint(painter, 0.0, header_y)
        self.header_right.paint(painter, self.width * 0.7, header_y)
        rule_y = header_y + self.header_height + ctx.mm(1.0)
        painter.setPen(QPen(QColor("#777777"), ctx.pt(0.4)))
        painter.drawLine(QPointF(0.0, rule_y), QPointF(self.width, rule_y))

        bottom_banner_y = page_height - self.banner_height
        footer_y = bottom_banner_y - gap - self.footer_height
        footer_rule_y = footer_y - ctx.mm(1.0)
        painter.setPen(QPen(QColor("#777777"), ctx.pt(0.4)))
        painter.drawLine(QPointF(0.0, footer_rule_y), QPointF(self.width, footer_rule_y))
        self.footer_left.paint(painter, 0.0, footer_y)
        footer_text = _page_numbers(self.frame.footer_right, page, pages)
        footer_right = TextLines(ctx, footer_text, SMALL.but(align="right"), self.width * 0.7)
        footer_right.paint(painter, self.width * 0.3, footer_y)
        self._banner(painter, bottom_banner_y)


def _prepare(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    # Without this Qt stores pictures as JPEG, which would smear the QR code and the map.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)


def _paint_pages(device: QPagedPaintDevice, title: str, count: int,
                 paint_page: Callable[[QPainter, int], None]) -> int:
    """One painter over all `count` pages of `device`, a new page before each but the first."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(tr("Could not start printing '{title}': the output device refused it.").format(title=title))
    try:
        _prepare(painter)
        for number in range(1, count + 1):
            if number > 1 and not device.newPage():
                raise PrintError(tr("Could not start page {number} of '{title}'.").format(number=number, title=title))
            paint_page(painter, number)
    finally:
        painter.end()
    return count


@dataclass
class _Placed:
    laid: Laid
    y: float


class PagedDocument:
    """Blocks flowed onto pages inside a PageFrame; paints onto a QPrinter or a QPdfWriter,
    or into one picture per page for an on-screen preview."""

    def __init__(self, title: str, paper: str, frame: PageFrame, blocks: Sequence[Block]) -> None:
        self.title, self.paper, self.frame, self.blocks = title, paper, frame, list(blocks)

    def _paginate(self, device: QPaintDevice, layout: QPageLayout) -> tuple[_LaidFrame, float, list[list[_Placed]]]:
        ctx = LayoutContext(device)
        rect = layout.paintRectPixels(int(ctx.dpi))
        width, page_height = float(rect.width()), float(rect.height())
        frame = _LaidFrame(ctx, self.frame, width)
        body_height = page_height - frame.top - frame.bottom
        ctx.body_height = body_height

        queue: deque[tuple[Laid, float, bool]] = deque(
            (block.lay_out(ctx, width), ctx.mm(block.space_before), block.keep_with_next) for block in self.blocks
        )
        pages: list[list[_Placed]] = [[]]
        y = 0.0
        while queue:
            laid, gap, keep_with_next = queue.popleft()
            start = y + gap if y > 0 else 0.0
            room = body_height - start
            needed = laid.height
            if keep_with_next:
                # A run of headings goes with the start of the block they introduce.
                for following, following_gap, following_keeps in queue:
                    needed += following_gap + following.first_height()
                    # A run of headings counts whole; a block that may break ends the run with its start.
                    if not following_keeps or following.first_height() < following.height:
                        break
            if needed <= room + 0.01:
                pages[-1].append(_Placed(laid, start))
                y = start + laid.height
                continue
            if keep_with_next and needed > laid.height:
                # A block that may break (a long table) breaks as usual; where it would end on this
                # page but what follows would not fit, it leaves its last part to go with that
                # (the watch log's signature is never alone on its page). A heading cannot break.
                following = needed - laid.height
                head, tail = laid.split(room - following if laid.height <= room + 0.01 else room)
                if head is not None and tail is not None:
                    pages[-1].append(_Placed(head, start))
                    pages.append([])
                    y = 0.0
                    queue.appendleft((tail, 0.0, keep_with_next))
                    continue
            if y > 0 and (keep_with_next or laid.first_height() > room + 0.01):
                pages.append([])  # start it on a fresh page rather than leave a stub behind
                y = 0.0
                queue.appendleft((laid, gap, keep_with_next))
                continue
            head, tail = laid.split(room)
            if head is None and y == 0.0:
                # Cannot be split and is taller than a page: place it rather than loop forever.
                head, tail = laid, None
            if head is not None:
                pages[-1].append(_Placed(head, start))
            if tail is not None:
                pages.append([])
                y = 0.0
                queue.appendleft((tail, 0.0, keep_with_next))
            else:
                y = start + (head.height if head is not None else 0.0)
        return frame, page_height, pages

    def page_count(self, device: QPagedPaintDevice) -> int:
        return len(self._paginate(device, device.pageLayout())[2])

    @staticmethod
    def _paint_page(painter: QPainter, frame: _LaidFrame, page_height: float, number: int, pages: int,
                    placed_blocks: list[_Placed]) -> None:
        frame.paint(painter, page_height, number, pages)
        for placed in placed_blocks:
            placed.laid.paint(painter, 0.0, frame.top + placed.y)

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto `device`; returns the number of pages."""
        frame, page_height, pages = self._paginate(device, device.pageLayout())
        return _paint_pages(device, self.title, len(pages), lambda painter, number: self._paint_page(
            painter, frame, page_height, number, len(pages), pages[number - 1]))

    def page_images(self, dpi: int) -> list[QImage]:
        """Each whole page (white paper, margins included) as a picture at `dpi`.

        For the on-screen preview: the same layout as the PDF and the printout (fonts are
        unhinted, so lines break alike at any resolution), and no printer involved, since
        every QPrinter asks CUPS for the default printer.
        """
        layout = page_layout(self.paper)
        whole, inside = layout.fullRectPixels(dpi), layout.paintRectPixels(dpi)

        def blank_page() -> QImage:
            image = QImage(whole.width(), whole.height(), QImage.Format.Format_RGB32)
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            image.fill(Qt.GlobalColor.white)
            return image

        frame, page_height, pages = self._paginate(blank_page(), layout)
        images = []
        for number, page in enumerate(pages, start=1):
            image = blank_page()
            painter = QPainter(image)
            try:
                _prepare(painter)
                painter.translate(inside.left() - whole.left(), inside.top() - whole.top())
                self._paint_page(painter, frame, page_height, number, len(pages), page)
            finally:
                painter.end()
            images.append(image)
        return images


class RichTextSheet:
    """A sheet written as HTML and laid out by Qt's own QTextDocument (the key card, the
    handover summary), on the same page geometry and devices as a PagedDocument.

    The document is laid out on the output device itself, so its type keeps its point size and
    its pixel lengths (borders, padding) their 1/96 inch at any resolution; Qt breaks the pages
    between lines and table rows, and every page ends with its number.
    """

    def __init__(self, title: str, paper: str, document: QTextDocument) -> None:
        self.title, self.paper, self.document = title, paper, document

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto `device`; returns the number of pages."""
        ctx = LayoutContext(device)
        rect = device.pageLayout().paintRectPixels(int(ctx.dpi))
        width = float(rect.width())
        footer_height = TextLines(ctx, label("sheet.page", page=999, pages=999), SMALL, width).span_height(0, 1)
        gap = ctx.mm(_BODY_GAP_MM)
        body_height = float(rect.height()) - gap - footer_height
        self.document.documentLayout().setPaintDevice(device)
        self.document.setPageSize(QSizeF(width, body_height))
        pages = self.document.pageCount()

        def paint_page(painter: QPainter, number: int) -> None:
            top = (number - 1) * body_height
            painter.save()
            painter.translate(0.0, -top)
            self.document.drawContents(painter, QRectF(0.0, top, width, body_height))
            painter.restore()
            page_number = TextLines(ctx, label("sheet.page", page=number, pages=pages), SMALL.but(align="right"), width)
            page_number.paint(painter, 0.0, body_height + gap)

        return _paint_pages(device, self.title, pages, paint_page)
