"""The paper record of one message ("Print for the record").

Every field of the notice is printed, with times in UTC and local time, points in
degrees-minutes-seconds and decimal degrees, the map of the areas, the verification
and acknowledgement state, and a QR code that ties the paper to the stored file. The
layout is our own (console/printing/layout.py), so the record is the same on every
printer. Drafts and half-filled notices print too: a missing field reads "Not given".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Literal

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from console.domain.areas import KM_PER_NM
from console.domain.coordinates import CoordinateError, Point, format_decimal, format_dms
from console.domain.notices import Notice
from console.domain.times import TimeFormatError, format_dtg, format_duration, format_utc_date_time, parse_rfc3339
from console.printing.mapdraw import drawing as map_drawing
from console.printing.ack_deadline import AckOutcome, ack_outcome
from console.printing.devices import print_paged_document, write_pdf
from console.printing.fonts import require_fonts
from console.printing.labels import (
    LABELS,
    SECOND_LINE_END,
    SECOND_LINE_START,
    bilingual,
    coded,
    in_each_language,
    label,
    language_name,
    primary_language,
    print_languages,
    printed_in,
    utc_and_local,
)
from console.printing.layout import (
    BODY,
    LABEL_STYLE,
    MONO,
    SMALL,
    AuditAnchor,
    Block,
    Cell,
    Column,
    Columns,
    Drawn,
    Framed,
    Heading,
    ImageBlock,
    LayoutContext,
    PagedDocument,
    PageFrame,
    Paragraph,
    Stack,
    Table,
    TextStyle,
    audit_anchor_line,
)

log = logging.getLogger(__name__)

Direction = Literal["in", "out"]
Paper = Literal["A4", "Letter"]

QR_PREFIX = "watchdesk:"
MAP_WIDTH_MM = 180.0  # the shape the map is fitted to; it is drawn across the page's full width
MAP_HEIGHT_MM = 88.0
QR_SIZE_MM = 31.0
_LABEL_COLUMN_MM = 46.0

_MONO_SMALL = MONO.but(size=7.5)
_VALUE_STRONG = BODY.but(bold=True)


@dataclass(frozen=True, kw_only=True)
class Verification:
    """What the receiver's checks (or the sender's sealing) established about the file."""

    signature_valid: bool
    sender_key_fingerprint: str
    key_verified: bool
    sealed_sha256: str


@dataclass(frozen=True, kw_only=True)
class Acknowledgement:
    acknowledged_by: str
    acknowledged_at: datetime


@dataclass(frozen=True, kw_only=True)
class RecordData:
    """Everything the record shows. `notice` is the domain Notice for a notice on record; a
    draft still being written, which may lack fields or hold wrong ones, is given as its
    wire-shape dict (docs/wire-shape.md) and printed with its gaps marked.

    `verification` is None for an unsent draft or preview; `acknowledgement` None means
    none has been recorded. `printed_at` must be an aware datetime. `local_timezone`
    None means the workstation's zone.
    """

    notice: Notice | dict[str, Any]
    direction: Direction
    station_id: str
    station_name: str
    counterpart_id: str
    counterpart_name: str
    handling_banner: str
    printed_by: str
    printed_at: datetime
    verification: Verification | None = None
    acknowledgement: Acknowledgement | None = None
    # What the receiver found wrong with a stored message, e.g. "acknowledges a message we never
    # sent: ID" (docs/format.md section 13: it MUST be shown to the operator).
    problem: str | None = None
    override_reason: str | None = None
    approved_by: str | None = None
    # When the acknowledgement is due (ours for a received notice, the counterpart's for a sent one);
    # None when none is asked (an acknowledgement, a draft).
    ack_due_at: datetime | None = None
    # The officer on watch when the notice arrived, and when it did (received notices).
    received_by: str | None = None
    received_at: datetime | None = None
    released_at: datetime | None = None
    # The notice's state from its whole chain, stamped on page 1 and in every page's header,
    # e.g. "CANCELLED by no. 37 at 1612Z"; None for a notice that stands as sent.
    status_stamp: str | None = None
    # An amendment's changes against the version it replaces, as (field, was, now) with None for a
    # field absent on that side; None when that version is not on record here (or not an amendment).
    amendment_changes: tuple[tuple[str, str | None, str | None], ...] | None = None
    # Every notice of the chain on record, ours and theirs, oldest first, as (sequence, kind,
    # direction, DTG, message id); this notice among them. Empty when it stands alone.
    chain: tuple[tuple[int | None, str | None, str | None, str | None, str], ...] = ()
    paper: Paper = "A4"
    local_timezone: tzinfo | None = None
    # The audit head (count, hash, signature fingerprint) at printing; printed in every page's footer.
    audit_head: AuditAnchor | None = None
    # The languages the record is printed in, the primary first (issue 18: each label in each of
    # them); empty means the console's language.
    languages: tuple[str, ...] = ()
    # The language the counterpart writes its free text in (None: not stated), named beside the
    # original of a received notice's free text.
    free_text_language: str | None = None
    # The officers' working translations of the free text (console/service/working_translations.py:
    # objects with field, language, text, translator, created_at), oldest first; each is printed
    # under the original, marked as a working translation.
    working_translations: tuple[Any, ...] = ()

    def wire(self) -> dict[str, Any]:
        """The notice in its wire shape, field by field as the record prints it."""
        if isinstance(self.notice, Notice):
            return self.notice.to_dict()
        return self.notice if isinstance(self.notice, dict) else {}


# --- public API ------------------------------------------------------------------------


def record_qr_payload(data: RecordData) -> str:
    """``watchdesk:msg=<message id>;sha256=<sealed file digest>``; no digest before sealing."""
    message_id = str(data.wire().get("message_id") or "")
    payload = f"{QR_PREFIX}msg={message_id}"
    if data.verification is not None:
        payload += f";sha256={data.verification.sealed_sha256}"
    return payload


def qr_image(payload: str) -> QImage:
    """The QR symbol, one pixel per module with the 4-module quiet zone, black on white."""
    symbol = segno.make_qr(payload, error="m")
    width, height = symbol.symbol_size(scale=1, border=4)
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    black = QColor("black")
    for y, row in enumerate(symbol.matrix_iter(scale=1, border=4)):
        for x, dark in enumerate(row):
            if dark:
                image.setPixelColor(x, y, black)
    return image


def record_document(data: RecordData) -> PagedDocument:
    """The record laid out as pages; paint it with `render_record_pdf` or `print_record`."""
    with printed_in(data.languages):
        require_fonts(print_languages())
        return _RecordBuilder(data).document()


def render_record_pdf(data: RecordData, path: Path) -> int:
    """Write the record as a PDF (atomically); returns the number of pages."""
    return write_pdf(record_document(data), path)


def print_record(data: RecordData, printer: QPrinter) -> int:
    """Print the record on `printer` (set to the record's paper size); returns the number of pages."""
    return print_paged_document(record_document(data), printer)


# --- helpers ---------------------------------------------------------------------------


def _text(value: Any) -> str:
    """A wire value as printed; an absent or empty value reads "Not given"."""
    if value is None or value == "":
        return label("value.not_given")
    if isinstance(value, bool):
        return label("value.yes") if value else label("value.no")
    return str(value)


def _marked(caption: str) -> str:
    """A caption over free text: small and grey, as a further language's line is."""
    return f"{SECOND_LINE_START}{caption}{SECOND_LINE_END}"


def _number(value: float) -> str:
    """95 rather than 95.0; at most three decimals for derived distances."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _grid(rows: list[tuple[str, str | Cell]], keep_together: bool = False) -> Table:
    """The label/value grid used for every group of fields."""
    columns = [Column(width=_LABEL_COLUMN_MM, style=LABEL_STYLE), Column(style=BODY)]
    return Table(columns, [[name, value] for name, value in rows], header=False, keep_together=keep_together)


def _mono(value: Any) -> str | Cell:
    text = _text(value)
    return Cell(text, MONO) if value not in (None, "") else text


def _point(raw: Any) -> Point | None:
    if not isinstance(raw, dict):
        return None
    try:
        return Point(raw.get("lat"), raw.get("lon"))
    except (CoordinateError, TypeError):
        return None


def _coordinate_columns() -> list[Column]:
    # Built per record, not at import, so the labels follow the language in force when printing.
    return [
        Column(label("coord.point"), fit=True, style=BODY.but(size=8.5)),
        Column(label("coord.lat_dms"), style=MONO.but(align="right")),
        Column(label("coord.lon_dms"), style=MONO.but(align="right")),
        Column(label("coord.lat_dec"), style=MONO.but(align="right")),
        Column(label("coord.lon_dec"), style=MONO.but(align="right")),
    ]


def _coordinate_row(name: str, raw: Any) -> list[str | Cell]:
    point = _point(raw)
    if point is None:
        unreadable = Cell(label("coord.unreadable", raw=raw), BODY.but(bold=True))
        return [name, unreadable, "", "", ""]
    latitude_dms, longitude_dms = format_dms(point).split(" ")
    latitude, longitude = format_decimal(point, signed=True).split(", ")
    return [name, latitude_dms, longitude_dms, latitude, longitude]


def _area_description(area: Any) -> str:
    if not isinstance(area, dict):
        return label("value.not_given")
    area_type = area.get("type")
    if area_type == "polygon":
        points = area.get("points") if isinstance(area.get("points"), list) else []
        corners = len({(p.get("lat"), p.get("lon")) for p in points if isinstance(p, dict)})
        return label("area.type.polygon", corners=corners)
    if area_type == "circle":
        return label("area.type.circle", radius=_radius_text(area))
    if area_type == "ocean_quadrant":
        ocean = coded("ocean", area.get("ocean")) if area.get("ocean") else _text(None)
        return label("area.ocean_quadrant", ocean=ocean, quadrant=_text(area.get("quadrant")))
    if area_type == "body_of_water":
        return _text(area.get("name"))
    return label("area.type.unknown", type=area_type)


def _radius_text(area: dict[str, Any]) -> str:
    radius, unit = area.get("radius"), area.get("unit")
    if isinstance(radius, bool) or not isinstance(radius, (int, float)) or unit not in ("km", "NM"):
        return f"{_text(radius)} {_text(unit)}"
    if unit == "NM":
        other = f"{_number(radius * KM_PER_NM)} km"
    else:
        other = f"{_number(radius / KM_PER_NM)} NM"
    return label("area.radius", radius=_number(radius), unit=unit, other=other)


def _coordinate_table(area: dict[str, Any]) -> Table | None:
    """Every point of a polygon or a circle's centre, in both DMS and decimal degrees."""
    rows: list[list[str | Cell]] = []
    if area.get("type") == "circle":
        rows.append(_coordinate_row(label("area.centre"), area.get("centre")))
    elif area.get("type") == "polygon" and isinstance(area.get("points"), list):
        points = area["points"]
        for number, raw in enumerate(points, start=1):
            closing = number == len(points) and number > 1 and raw == points[0]
            name = label("area.closes_ring", number=number) if closing else str(number)
            rows.append(_coordinate_row(name, raw))
    if not rows:
        return None
    return Table(_coordinate_columns(), rows, zebra=True, space_before=0.5)


def _leftover_rows(body: dict[str, Any], shown: set[str]) -> list[tuple[str, str | Cell]]:
    """Fields the layout does not know (drafts, a newer format): printed rather than dropped."""
    rows: list[tuple[str, str | Cell]] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict) and value:
            for key, item in value.items():
                walk(item, f"{path}.{key}")
        elif isinstance(value, list) and value:
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")
        else:
            rows.append((label("field.other", name=path), _text(value)))

    for key, value in body.items():
        if key not in shown:
            walk(value, key)
    return rows


# --- the record ------------------------------------------------------------------------


class _RecordBuilder:
    def __init__(self, data: RecordData) -> None:
        self.data = data
        self.notice = data.wire()
        body = self.notice.get("body")
        self.body: dict[str, Any] = body if isinstance(body, dict) else {}
        self.kind = str(self.notice.get("kind") or "")
        self.status = str(self.notice.get("status") or "")
        self.message_id = str(self.notice.get("message_id") or label("value.not_given"))

    # times ------------------------------------------------------------------

    def _time(self, value: Any) -> str:
        try:
            return utc_and_local(parse_rfc3339(value), self.data.local_timezone)
        except TimeFormatError:
            return _text(value)

    def _dtg(self) -> str:
        raw = self.notice.get("dtg")
        try:
            moment = parse_rfc3339(raw)
        except TimeFormatError:
            return _text(raw)
        return f"{utc_and_local(moment, self.data.local_timezone)}\n{format_dtg(moment)}"

    def _kind_label(self) -> str:
        key = f"kind.{self.kind}"
        # A kind this layout does not know prints as it was sent.
        return label(key) if key in LABELS else _text(self.kind)

    def _free_text(self, path: str, value: Any, absent: str = "value.not_given") -> str:
        """Free text exactly as received. On a received notice printed in two languages, or with a
        working translation, it is marked as the original (in the sender's language), and each
        working translation follows it, marked as such and never in its place."""
        if value is None or value == "":
            return label(absent)
        text = str(value)
        translations = [t for t in self.data.working_translations if getattr(t, "field", None) == path]
        if self.data.direction != "in" or not (translations or bilingual()):
            return text
        sender = self.data.free_text_language

        def original() -> str:
            if sender:
                return label("freetext.original", language=language_name(sender))
            return label("freetext.original_unstated")

        parts = [_marked(in_each_language(original, inline=True)), text]
        for translation in translations:
            def caption(translation: Any = translation) -> str:
                return label("freetext.translation", language=language_name(translation.language),
                             officer=translation.translator, time=f"{translation.created_at:%Y-%m-%d %H:%M}Z")

            parts += [_marked(in_each_language(caption, inline=True)), str(translation.text)]
        return "\n".join(parts)

    @staticmethod
    def _coded(prefix: str, value: Any) -> str:
        """An agreed code (FLASH, EXERCISE, ICBM) in the printout's languages; "Not given" when absent."""
        return coded(prefix, value) if isinstance(value, str) and value else _text(value)

    def _station(self, station_id: str, name: str) -> str:
        return label("record.route_station", station_id=station_id, station_name=name)

    # page furniture ---------------------------------------------------------

    def document(self) -> PagedDocument:
        data = self.data
        emphasised = self.status in ("EXERCISE", "TEST") or bool(data.status_stamp)
        header_right = f"{_text(self.notice.get('precedence'))} · {_text(self.status)}"  # the agreed codes
        if data.status_stamp:
            header_right += f"\n{data.status_stamp}"  # a cancelled notice says so on every page
        frame = PageFrame(
            banner=data.handling_banner,
            header_left=label("record.header", station=data.station_id, message_id=self.message_id),
            header_right=header_right,
            header_right_style=TextStyle(size=9.0 if emphasised else 7.5, bold=emphasised,
                                         colour="#000000" if emphasised else "#444444"),
            footer_left=f"{LABELS['footer.app']} · {self._kind_label()}",
            footer_right=label("footer.printed", when=format_utc_date_time(data.printed_at, seconds=False),
                               who=data.printed_by, page="{page}", pages="{pages}")
            + audit_anchor_line(data.audit_head),
        )
        blocks: list[Block] = [self._title_block()]
        blocks += self._status_stamp()
        blocks += self._problem_box()
        blocks += self._status_box()
        blocks += self._envelope()
        blocks += self._body()
        blocks += self._references()
        blocks += self._chain()
        blocks += self._handling()
        blocks += self._verification()
        # The acknowledgement, the sign-off lines and the end travel as one: the last page always
        # holds them, never the end line alone.
        end = in_each_language(lambda: f"— {label('record.end', message_id=self.message_id)} —")
        closing = [*self._acknowledgement(), *self._sign_off(),
                   Paragraph(end, SMALL.but(align="center"), space_before=6.0)]
        blocks.append(Stack(closing, space_before=closing[0].space_before, keep_together=True))
        with printed_in((primary_language(),)):
            title = f"{self._kind_label()} {self.message_id}"
        return PagedDocument(title, data.paper, frame, blocks)

    def _title_block(self) -> Block:
        data = self.data
        if data.direction == "in":
            kicker = label("record.kicker.in")
            sender, recipient = (data.counterpart_id, data.counterpart_name), (data.station_id, data.station_name)
        else:
            kicker = label("record.kicker.draft" if data.verification is None else "record.kicker.out")
            sender, recipient = (data.station_id, data.station_name), (data.counterpart_id, data.counterpart_name)
        route = in_each_language(lambda: label("record.route", sender=self._station(*sender),
                                               recipient=self._station(*recipient)))
        precedence = self.notice.get("precedence")
        summary = in_each_language(lambda: label(
            "record.summary", message_id=self.message_id, sequence=_text(self.notice.get("sequence")),
            precedence=coded("precedence", precedence) if precedence else _text(precedence)))
        left = Stack([
            Paragraph(kicker.upper(), TextStyle(size=8.0, bold=True, colour="#444444", tracking=8.0)),
            Paragraph(self._kind_label().upper(), TextStyle(size=21.0, bold=True), space_before=1.0),
            Paragraph(route, BODY.but(size=10.0), space_before=1.5),
            Paragraph(summary, BODY.but(colour="#333333"), space_before=1.0),
            *self._state_lines(),
        ])
        right = Stack([
            ImageBlock(qr_image(record_qr_payload(data)), QR_SIZE_MM, QR_SIZE_MM, align="center"),
            Paragraph(label("record.qr_caption"), TextStyle(size=6.0, colour="#444444", align="center")),
        ])
        return Columns([(left, 0.0), (right, QR_SIZE_MM + 4.0)], gap=4.0)

    def _state_lines(self) -> list[Block]:
        """Seal and acknowledgement at a glance on page 1; the full blocks come at the end."""
        verification, acknowledgement = self.data.verification, self.data.acknowledgement
        ok, warning = BODY.but(colour="#333333"), BODY.but(bold=True)
        if verification is None:
            seal = Paragraph(label("verification.unsealed"), warning, space_before=2.0)
        else:
            signature = "valid" if verification.signature_valid else "invalid"
            key = "verified" if verification.key_verified else "not_verified"
            text = in_each_language(lambda: label(
                "record.state.sealed", signature=label(f"record.state.signature_{signature}"),
                key=label(f"record.state.key_{key}")))
            healthy = verification.signature_valid and verification.key_verified
            seal = Paragraph(text, ok if healthy else warning, space_before=2.0)
        lines: list[Block] = [seal]
        if self.data.problem:
            lines.append(Paragraph(label("record.state.problem", problem=self.data.problem), warning,
                                   space_before=0.5))
        if self.kind == "acknowledgement" and acknowledgement is None:
            return lines
        outcome = self._ack_outcome()

        def state() -> str:
            deadline = self._deadline_words(outcome, short=True)
            if acknowledgement is None:
                return label("ack.none") + (f" · {deadline}" if deadline else "")
            when = format_utc_date_time(acknowledgement.acknowledged_at, seconds=False)
            text = label("record.state.acknowledged", when=when, who=acknowledgement.acknowledged_by)
            return text + (f" · {deadline}" if deadline else "")

        style = warning if acknowledgement is None or outcome.late else ok
        return [*lines, Paragraph(in_each_language(state), style, space_before=0.5)]

    def _ack_outcome(self) -> AckOutcome:
        acknowledgement = self.data.acknowledgement
        due = self.data.ack_due_at if self.kind != "acknowledgement" else None
        return ack_outcome(due, acknowledgement.acknowledged_at if acknowledgement else None, self.data.printed_at)

    def _deadline_words(self, outcome: AckOutcome, short: bool) -> str:
        """The deadline and whether it was met, in words ('' when none was set)."""
        if outcome.due_at is None or outcome.margin is None:
            return ""
        due = format_utc_date_time(outcome.due_at, seconds=False)
        margin = format_duration(outcome.margin)
        key = f"ack.deadline.{outcome.state.value}" + (".short" if short else "")
        return label(key, due=due, margin=margin)

    def _status_stamp(self) -> list[Block]:
        """The notice's state from its chain (e.g. cancelled), stamped under the title."""
        if not self.data.status_stamp:
            return []
        stamp = Paragraph(self.data.status_stamp.upper(), TextStyle(size=16.0, bold=True, align="center",
                                                                     tracking=4.0))
        return [Framed(Stack([stamp], keep_together=True), border=3.0, padding=2.0, space_before=3.0)]

    def _problem_box(self) -> list[Block]:
        if not self.data.problem:
            return []
        inner = Stack([
            Paragraph(label("problem.title"), TextStyle(size=13.0, bold=True, tracking=3.0)),
            Paragraph(label("problem.text", problem=self.data.problem), _VALUE_STRONG.but(size=10.0),
                      space_before=1.0),
            Paragraph(label("problem.caption"), BODY, space_before=0.8),
        ], keep_together=True)
        return [Framed(inner, border=3.0, padding=2.5, fill="#ededed", space_before=3.0)]

    def _status_box(self) -> list[Block]:
        if self.status not in ("EXERCISE", "TEST"):
            return []
        inner = Stack([
            Paragraph(coded("status", self.status), TextStyle(size=34.0, bold=True, align="center", tracking=8.0)),
            Paragraph(label(f"status.{self.status}.caption"), TextStyle(size=9.5, bold=True, align="center"),
                      space_before=0.5),
        ], keep_together=True)
        return [Framed(inner, border=3.0, padding=2.0, fill="#ededed", space_before=3.0)]

    # envelope ---------------------------------------------------------------

    def _envelope(self) -> list[Block]:
        data, notice = self.data, self.notice
        direction_key = "value.direction.in" if data.direction == "in" else "value.direction.out"
        status_style = _VALUE_STRONG.but(size=10.0) if self.status in ("EXERCISE", "TEST") else _VALUE_STRONG
        rows: list[tuple[str, str | Cell]] = [
            (label("field.kind"), Cell(self._kind_label(), _VALUE_STRONG)),
            (label("field.direction"), in_each_language(lambda: label(direction_key, counterpart=self._station(
                data.counterpart_id, data.counterpart_name)))),
            (label("field.station"), label("value.station", station_id=data.station_id,
                                           station_name=data.station_name)),
            (label("field.counterpart"), label("value.station", station_id=data.counterpart_id,
                                               station_name=data.counterpart_name)),
            (label("field.sender_recipient"), f"{_text(notice.get('sender'))} → {_text(notice.get('recipient'))}"),
            (label("field.message_id"), _mono(notice.get("message_id"))),
            (label("field.sequence"), Cell(_text(notice.get("sequence")), _VALUE_STRONG)),
            (label("field.precedence"), Cell(self._coded("precedence", notice.get("precedence")), _VALUE_STRONG)),
            (label("field.status"), Cell(self._coded("status", notice.get("status")), status_style)),
            (label("field.dtg"), self._dtg()),
            (label("field.agreement"), _text(notice.get("agreement"))),
            (label("field.drafted_by"), _text(notice.get("drafted_by"))),
            (label("field.released_by"), _text(notice.get("released_by"))),
            (label("field.format_version"), _text(notice.get("format_version"))),
        ]
        return [Heading(label("section.message")), _grid(rows)]

    # body ---------------------------------------------------------------------

    def _body(self) -> list[Block]:
        renderers: dict[str, Callable[[], list[Block]]] = {
            "launch_notification": lambda: self._launch(self.body, label("section.launch"), "body"),
            "amendment": self._amendment,
            "cancellation": self._cancellation,
            "post_launch_report": self._post_launch_report,
            "general_communication": self._general_communication,
            "acknowledgement": self._acknowledgement_body,
            "error": self._error,
        }
        renderer = renderers.get(self.kind)
        if renderer is None:
            rows = _leftover_rows(self.body, set())
            return [Heading(self._kind_label()), _grid(rows)] if rows else []
        return renderer()

    def _launch(self, content: dict[str, Any], heading: str, path: str) -> list[Block]:
        """Launch details; `path` is where `content` sits in the notice ("body", "body.content")."""
        launch_area = content.get("launch_area")
        remarks = content.get("remarks")
        rows: list[tuple[str, str | Cell]] = [
            (label("field.vehicle_category"), Cell(self._coded("vehicle", content.get("vehicle_category")),
                                                   _VALUE_STRONG)),
            (label("field.vehicle_count"), Cell(_text(content.get("vehicle_count")), _VALUE_STRONG)),
            (label("field.group_launch"), _text(content.get("group_launch"))),
            (label("field.window_start"), self._time(content.get("window_start"))),
            (label("field.window_end"), self._time(content.get("window_end"))),
        ]
        length = self._window_length(content)
        if length:
            rows.append((label("field.window_length"), length))
        rows += [
            (label("field.planned_direction"), _text(content.get("planned_direction"))),
            (label("area.launch"), in_each_language(lambda: _area_description(launch_area))),
            (label("field.remarks"), self._free_text(f"{path}.remarks", remarks, absent="value.none")),
        ]
        shown = {"vehicle_category", "vehicle_count", "group_launch", "window_start", "window_end",
                 "planned_direction", "launch_area", "impact_areas", "remarks"}
        rows += _leftover_rows(content, shown)
        blocks: list[Block] = [Heading(heading), _grid(rows)]

        if isinstance(launch_area, dict) and launch_area.get("type") in ("polygon", "circle"):
            table = _coordinate_table(launch_area)
            blocks.append(Heading(in_each_language(lambda: f"{label('area.launch')} · {_area_description(launch_area)}"),
                                  level=2))
            if table is not None:
                blocks.append(table)

        impact_areas = content.get("impact_areas")
        impact_areas = impact_areas if isinstance(impact_areas, list) else []
        blocks.append(Heading(label("section.impact_areas", count=len(impact_areas))))
        if not impact_areas:
            blocks.append(Paragraph(label("value.not_given"), _VALUE_STRONG))
        for number, area in enumerate(impact_areas, start=1):
            def title(number: int = number, area: Any = area) -> str:
                return (f"{label('area.impact', number=number, count=len(impact_areas))} · "
                        f"{_area_description(area)}")

            blocks.append(Heading(in_each_language(title), level=2, space_before=2.0 if number == 1 else 3.5))
            table = _coordinate_table(area) if isinstance(area, dict) else None
            if table is not None:
                blocks.append(table)
        blocks += self._map(content)
        return blocks

    def _window_length(self, content: dict[str, Any]) -> str | None:
        try:
            start = parse_rfc3339(content.get("window_start"))
            end = parse_rfc3339(content.get("window_end"))
        except TimeFormatError:
            return None
        return format_duration(end - start) if end > start else None

    def _map(self, content: dict[str, Any]) -> list[Block]:
        """The map of the areas, drawn as vector graphics by the same code as the screen's map."""
        notice = dict(self.notice)
        if content is not self.body:
            # An amendment's map shows its replacement content, drawn as a notification would be.
            notice = {**notice, "kind": "launch_notification", "body": content}
        heading = Heading(label("section.map"))
        try:
            areas = map_drawing.areas_from_notice(notice)
            if not areas:
                return []
            map_drawing.MapView.fit(areas, MAP_WIDTH_MM / MAP_HEIGHT_MM)  # fails here, not halfway through printing
        except Exception as error:  # noqa: BLE001 - the coordinates are the record; a map fault must not stop it
            log.exception("could not draw the map for message %s", self.message_id)
            return [heading, Paragraph(label("map.failed", reason=error), _VALUE_STRONG)]

        def paint(painter: QPainter, ctx: LayoutContext, rect: QRectF) -> None:
            try:
                view = map_drawing.MapView.fit(areas, rect.width() / rect.height())
                map_drawing.draw_map(painter, rect, view, areas, print_mode=True)
            except Exception as error:  # noqa: BLE001 - as above: print the rest of the record
                log.exception("could not draw the map for message %s", self.message_id)
                painter.setFont(ctx.font(_VALUE_STRONG))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 label("map.failed", reason=error))
            painter.setPen(QPen(QColor("#555555"), ctx.pt(0.6)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

        return [
            heading,
            Drawn(MAP_HEIGHT_MM, paint),
            Paragraph(label("map.caption"), SMALL.but(align="center"), space_before=1.0),
        ]

    def _amendment(self) -> list[Block]:
        body = self.body
        rows: list[tuple[str, str | Cell]] = [
            (label("field.amended_message_id"), _mono(body.get("amended_message_id"))),
            (label("field.amendment_reason"), self._free_text("body.reason", body.get("reason"), absent="value.none")),
        ]
        rows += _leftover_rows(body, {"amended_message_id", "content", "reason"})
        content = body.get("content") if isinstance(body.get("content"), dict) else {}
        return [Heading(label("section.amendment")), _grid(rows), *self._changes(),
                *self._launch(content, label("section.replacement"), "body.content")]

    def _changes(self) -> list[Block]:
        """What the amendment changes, field by field, before the whole replacement content."""
        heading = Heading(label("section.changes"))
        changes = self.data.amendment_changes
        if changes is None:
            return [heading, Paragraph(label("changes.unknown"), _VALUE_STRONG)]
        if not changes:
            return [heading, Paragraph(label("changes.none"))]
        columns = [Column(label("changes.field"), fit=True), Column(label("changes.was")),
                   Column(label("changes.now"))]
        absent = label("changes.absent")
        rows = [[field, _text(was) if was is not None else absent, Cell(_text(now) if now is not None else absent,
                                                                       _VALUE_STRONG)]
                for field, was, now in changes]
        return [heading, Table(columns, rows)]

    def _cancellation(self) -> list[Block]:
        body = self.body
        rows: list[tuple[str, str | Cell]] = [
            (label("field.cancelled_message_id"), _mono(body.get("cancelled_message_id"))),
            (label("field.reason"), self._free_text("body.reason", body.get("reason"))),
        ]
        rows += _leftover_rows(body, {"cancelled_message_id", "reason"})
        return [Heading(label("section.cancellation")), _grid(rows)]

    def _post_launch_report(self) -> list[Block]:
        body = self.body
        remarks = body.get("remarks")
        rows: list[tuple[str, str | Cell]] = [
            (label("field.reported_message_id"), _mono(body.get("reported_message_id"))),
            (label("field.actual_launch_time"), Cell(self._time(body.get("actual_launch_time")), _VALUE_STRONG)),
            (label("field.remarks"), self._free_text("body.remarks", remarks, absent="value.none")),
        ]
        rows += _leftover_rows(body, {"reported_message_id", "actual_launch_time", "remarks"})
        return [Heading(label("section.post_launch_report")), _grid(rows)]

    def _general_communication(self) -> list[Block]:
        body = self.body
        rows: list[tuple[str, str | Cell]] = [(label("field.subject"),
                                               Cell(self._free_text("body.subject", body.get("subject")), _VALUE_STRONG))]
        rows += _leftover_rows(body, {"subject", "text"})
        return [
            Heading(label("section.general_communication")),
            _grid(rows),
            Paragraph(label("field.text"), LABEL_STYLE, space_before=2.5, keep_with_next=True),
            Paragraph(self._free_text("body.text", body.get("text")), BODY.but(size=9.5), space_before=1.0),
        ]

    def _acknowledgement_body(self) -> list[Block]:
        body = self.body
        rows: list[tuple[str, str | Cell]] = [
            (label("field.acknowledged_message_id"), _mono(body.get("acknowledged_message_id"))),
            (label("field.acknowledged_sha256"), _mono(body.get("acknowledged_sha256"))),
            (label("field.received_at"), self._time(body.get("received_at"))),
            (label("field.acknowledged_at"), self._time(body.get("acknowledged_at"))),
            (label("field.acknowledged_by"), Cell(_text(body.get("acknowledged_by")), _VALUE_STRONG)),
        ]
        rows += _leftover_rows(body, {"acknowledged_message_id", "acknowledged_sha256", "received_at",
                                      "acknowledged_at", "acknowledged_by"})
        return [Heading(label("section.acknowledgement_body")), _grid(rows)]

    def _error(self) -> list[Block]:
        body = self.body
        message_id = body.get("referenced_message_id")
        digest = body.get("referenced_sha256")
        rows: list[tuple[str, str | Cell]] = [
            (label("field.referenced_message_id"),
             _mono(message_id) if message_id else label("value.unknown_message")),
            (label("field.referenced_sha256"), _mono(digest) if digest else label("value.none")),
            (label("field.reason"), self._free_text("body.reason", body.get("reason"))),
        ]
        rows += _leftover_rows(body, {"referenced_message_id", "referenced_sha256", "reason"})
        return [Heading(label("section.error")), _grid(rows)]

    # after the body ---------------------------------------------------------------

    def _references(self) -> list[Block]:
        references = self.notice.get("references")
        references = references if isinstance(references, list) else []
        heading = Heading(label("section.references"))
        if not references:
            return [heading, Paragraph(label("value.none"))]
        columns = [
            Column(label("ref.number"), fit=True),
            Column(label("ref.message_id"), fit=True, style=_MONO_SMALL),
            Column(label("ref.sha256"), style=_MONO_SMALL),
        ]
        rows = [
            [str(number), _text(item.get("message_id")) if isinstance(item, dict) else _text(item),
             _text(item.get("sha256")) if isinstance(item, dict) else ""]
            for number, item in enumerate(references, start=1)
        ]
        return [heading, Table(columns, rows)]

    def _chain(self) -> list[Block]:
        """Every notice of the chain on record, ours and theirs: the cancellation of an original
        shows on the original's record, whoever sent it."""
        if len(self.data.chain) < 2:
            return []
        columns = [Column(label("chain.sequence"), fit=True), Column(label("chain.kind"), fit=True),
                   Column(label("chain.direction"), fit=True), Column(label("chain.dtg"), fit=True),
                   Column(label("chain.message_id"), style=_MONO_SMALL)]
        rows = []
        for sequence, kind, direction, dtg, message_id in self.data.chain:
            this = message_id == self.message_id
            def kind_text(kind: str | None = kind, this: bool = this) -> str:
                text = label(f"kind.{kind}") if f"kind.{kind}" in LABELS else kind or label("chain.not_on_record")
                return text + (f" ({label('chain.this')})" if this else "")

            cells: list[str | Cell] = [
                "" if sequence is None else str(sequence),
                in_each_language(kind_text),
                label(f"chain.{direction}") if direction in ("in", "out") else "",
                format_utc_date_time(parse_rfc3339(dtg), seconds=False) if dtg else "",
                message_id,
            ]
            rows.append([Cell(str(c), _VALUE_STRONG) if this and not isinstance(c, Cell) else c for c in cells])
        return [Heading(label("section.chain")), Table(columns, rows)]

    def _handling(self) -> list[Block]:
        data = self.data
        override = (data.override_reason or "").strip()
        rows: list[tuple[str, str | Cell]] = [
            (label("field.approved_by"), data.approved_by or label("value.not_recorded")),
            (label("field.rule_override"),
             Cell(label("override.title"), _VALUE_STRONG) if override else label("value.no_override")),
        ]
        blocks: list[Block] = [Heading(label("section.handling")), _grid(rows, keep_together=True)]
        if override:
            blocks.append(Framed(Stack([
                Paragraph(label("override.title"), TextStyle(size=11.0, bold=True, tracking=6.0)),
                Paragraph(label("override.text"), BODY, space_before=1.0),
                Paragraph(override, _VALUE_STRONG, space_before=1.0),
            ]), border=1.5, padding=2.5, space_before=2.0))
        return blocks

    def _verification(self) -> list[Block]:
        verification = self.data.verification
        heading = Heading(label("section.verification"))
        if verification is None:
            return [heading, Framed(Stack([
                Paragraph(label("verification.unsealed"), TextStyle(size=16.0, bold=True, tracking=3.0)),
                Paragraph(label("verification.unsealed_caption"), BODY, space_before=0.8),
            ], keep_together=True), border=1.5, padding=2.5)]
        signature = label("value.signature_valid" if verification.signature_valid else "value.signature_invalid")
        key_state = label("value.key_verified" if verification.key_verified else "value.key_not_verified")
        rows: list[tuple[str, str | Cell]] = [
            (label("field.signature"), Cell(signature, _VALUE_STRONG)),
            (label("field.sender_key"), _mono(verification.sender_key_fingerprint)),
            (label("field.key_verified"), Cell(key_state, _VALUE_STRONG) if not verification.key_verified
             else key_state),
            (label("field.sealed_sha256"), _mono(verification.sealed_sha256)),
        ]
        return [heading, _grid(rows, keep_together=True)]

    def _acknowledgement(self) -> list[Block]:
        heading = Heading(label("section.acknowledgement"))
        acknowledgement = self.data.acknowledgement
        if self.kind == "acknowledgement" and acknowledgement is None:
            return [heading, Paragraph(label("ack.not_applicable"))]
        if acknowledgement is None:
            return [heading, Framed(Stack([
                Paragraph(label("ack.none"), TextStyle(size=16.0, bold=True, tracking=3.0)),
                Paragraph(label("ack.none_caption"), BODY, space_before=0.8),
            ], keep_together=True), border=1.5, padding=2.5),
                _grid(self._deadline_rows(), keep_together=True)]
        rows: list[tuple[str, str | Cell]] = [
            (label("field.acknowledged_by"), Cell(acknowledgement.acknowledged_by, _VALUE_STRONG)),
            (label("field.acknowledged_at"),
             utc_and_local(acknowledgement.acknowledged_at, self.data.local_timezone)),
        ]
        return [heading, _grid(rows + self._deadline_rows(), keep_together=True)]

    def _deadline_rows(self) -> list[tuple[str, str | Cell]]:
        """When the acknowledgement was due and whether that was met."""
        outcome = self._ack_outcome()
        if outcome.due_at is None:
            return [(label("field.ack_due"), label("value.no_deadline"))]
        due_key = "field.ack_due" if self.data.direction == "in" else "field.ack_due_counterpart"
        words = self._deadline_words(outcome, short=False)
        return [
            (label(due_key), utc_and_local(outcome.due_at, self.data.local_timezone, seconds=False)),
            (label("field.ack_deadline_met"), Cell(words, _VALUE_STRONG) if outcome.late else words),
        ]

    def _sign_off(self) -> list[Block]:
        """A line per officer who handled the paper's notice, to initial and sign by hand."""
        data, notice = self.data, self.notice

        # UTC only, as the officer writes the time beside a signature.
        def when(moment: datetime | None) -> str:
            return format_utc_date_time(moment, seconds=False) if moment else ""

        steps: list[tuple[str, str, str]] = []
        acknowledgement = data.acknowledgement
        if data.direction == "in":
            steps.append((label("signoff.received"), data.received_by or "", when(data.received_at)))
            if self.kind != "acknowledgement":
                steps.append((label("signoff.acknowledged"), acknowledgement.acknowledged_by if acknowledgement
                              else "", when(acknowledgement.acknowledged_at) if acknowledgement else ""))
        else:
            steps.append((label("signoff.drafted"), str(notice.get("drafted_by") or ""), ""))
            steps.append((label("signoff.released"), str(notice.get("released_by") or "")
                          if data.verification is not None else "", when(data.released_at)))
        if data.approved_by:
            steps.append((label("signoff.approved"), data.approved_by, when(data.released_at)))
        steps.append((label("signoff.filed"), "", ""))
        columns = [
            Column(label("signoff.col.step"), width=29.0, style=LABEL_STYLE.but(bold=True, colour="#000000")),
            Column(label("signoff.col.officer"), style=BODY),
            Column(label("signoff.col.when"), width=34.0, style=BODY.but(size=8.0)),
            Column(label("signoff.col.initials"), width=18.0),
            Column(label("signoff.col.signature"), width=50.0),
        ]
        rows = [[step, name, moment, "", ""] for step, name, moment in steps]
        return [
            Heading(label("section.signoff")),
            Table(columns, rows, frame=True, padding=(3.2, 1.6), keep_together=True),
            Paragraph(in_each_language(lambda: label("signoff.caption") + (
                " " + label("signoff.caption_received") if data.direction == "in" else "")), SMALL, space_before=1.0),
        ]
