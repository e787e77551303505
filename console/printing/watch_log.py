"""The watch log: one line per message handled in a UTC day or a watch, for the paper file.

Each line says when the acknowledgement was due, when it came and from whom, and LATE when it
came after the deadline (or had not come, past it). The changes of watch stand among the lines
at their time. Before the lines: what needs the officer's attention, the gaps in the
counterparts' sequence numbers and the quarantined files; after them the signature of the
officer closing the watch, which always shares its page with the last lines. Thousands of
lines paginate with the table header repeated on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Literal

from PySide6.QtPrintSupport import QPrinter

from console.domain.times import format_local_date_time, format_utc_date_time
from console.printing.ack_deadline import AckOutcome, ack_outcome
from console.printing.devices import print_paged_document, write_pdf
from console.printing.fonts import require_fonts
from console.printing.labels import (LABELS, bilingual, coded, in_each_language, label, label_inline, primary_language,
                                     print_languages, printed_in)
from console.printing.layout import (
    BODY,
    LABEL_STYLE,
    MONO,
    SMALL,
    AuditAnchor,
    Block,
    Cell,
    Column,
    Heading,
    PagedDocument,
    PageFrame,
    Paragraph,
    Stack,
    Table,
    TextStyle,
    audit_anchor_line,
)

Direction = Literal["in", "out"]
Paper = Literal["A4", "Letter"]

_ROW_STYLE = TextStyle(size=7.5)
_ROW_STRONG = _ROW_STYLE.but(bold=True)
_ROW_MONO = MONO.but(size=7.5)


@dataclass(frozen=True, kw_only=True)
class WatchLogEntry:
    """One message. `acknowledged_at` None means not (yet) acknowledged."""

    direction: Direction
    kind: str  # wire kind, e.g. "launch_notification"
    precedence: str
    dtg: datetime
    counterpart_id: str
    sequence: int
    acknowledged_at: datetime | None = None
    status: str = "ACTUAL"
    message_id: str = ""
    problem: str = ""  # e.g. "acknowledges a message we never sent: ID"
    acknowledged_by: str = ""  # our officer for a received notice, the counterpart's for a sent one
    ack_due_at: datetime | None = None  # None: no acknowledgement is asked (an acknowledgement)


@dataclass(frozen=True, kw_only=True)
class WatchChange:
    """A watch taken (`handed_over_by` empty) or handed over, at `at`."""

    at: datetime
    officer: str
    handed_over_by: str = ""


@dataclass(frozen=True, kw_only=True)
class SequenceGap:
    counterpart_id: str
    missing: Sequence[int]


@dataclass(frozen=True, kw_only=True)
class QuarantinedFile:
    name: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class Attention:
    """Something an officer must see that is not a message line: a flagged message, a duplicate."""

    at: datetime
    text: str


@dataclass(frozen=True, kw_only=True)
class WatchLogData:
    """A UTC day (see `utc_day`) or a watch from `period_start` to `period_end` (aware datetimes)."""

    station_id: str
    station_name: str
    period_start: datetime
    period_end: datetime
    officers: Sequence[str]
    entries: Sequence[WatchLogEntry]
    handling_banner: str
    printed_by: str
    printed_at: datetime
    gaps: Sequence[SequenceGap] = ()
    quarantined: Sequence[QuarantinedFile] = ()
    attention: Sequence[Attention] = ()
    watch_changes: Sequence[WatchChange] = ()
    paper: Paper = "A4"
    local_timezone: tzinfo | None = None
    # The audit head (count, hash, signature fingerprint) at printing; printed in every page's footer.
    audit_head: AuditAnchor | None = None
    # The languages the log is printed in, the primary first; empty means the console's language.
    languages: tuple[str, ...] = ()


def utc_day(day: date) -> tuple[datetime, datetime]:
    """The period of one UTC day: midnight to midnight."""
    start = datetime.combine(day, time(0, 0), tzinfo=timezone.utc)
    return start, start + timedelta(days=1)


def period_title(data: WatchLogData) -> str:
    """``UTC day 2026-11-28`` or ``Watch 2026-11-28 06:00Z – 2026-11-28 14:00Z``."""
    start = data.period_start.astimezone(timezone.utc)
    end = data.period_end.astimezone(timezone.utc)
    if (start.hour, start.minute, start.second) == (0, 0, 0) and end - start == timedelta(days=1):
        return label("log.period.day", day=f"{start:%Y-%m-%d}")
    return label("log.period.watch", start=format_utc_date_time(start, seconds=False),
                 end=format_utc_date_time(end, seconds=False))


def missing_numbers_text(numbers: Sequence[int]) -> str:
    """``5–7, 10``: runs of consecutive numbers written as ranges."""
    ordered = sorted(set(numbers))
    runs: list[str] = []
    index = 0
    while index < len(ordered):
        end = index
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        first, last = ordered[index], ordered[end]
        runs.append(str(first) if first == last else f"{first}–{last}")
        index = end + 1
    return ", ".join(runs)


def _short_time(moment: datetime) -> str:
    """``11-28 12:00Z``: the date is kept because a watch may run past midnight."""
    return f"{moment.astimezone(timezone.utc):%m-%d %H:%M}Z"


def _time_on_the_day_of(moment: datetime, day_of: datetime) -> str:
    """``12:00Z`` on the same UTC day as `day_of` (the line's DTG), else with its date."""
    if moment.astimezone(timezone.utc).date() == day_of.astimezone(timezone.utc).date():
        return f"{moment.astimezone(timezone.utc):%H:%M}Z"
    return _short_time(moment)


def _kind_text(kind: str) -> str:
    key = f"kind.{kind}"
    return label(key) if key in LABELS else kind


def _outcome(entry: WatchLogEntry, printed_at: datetime) -> AckOutcome:
    due = entry.ack_due_at if entry.kind != "acknowledgement" else None
    return ack_outcome(due, entry.acknowledged_at, printed_at)


def _ack_cell(entry: WatchLogEntry, printed_at: datetime) -> str | Cell:
    """When it was acknowledged and by whom, LATE when after the deadline (or still not, past it)."""
    if entry.problem:
        return Cell(label("log.ack.problem"), _ROW_STRONG)  # spelt out under "For the officer's attention"
    if entry.kind == "acknowledgement":
        return label("log.ack.not_applicable")  # an acknowledgement is not itself acknowledged
    late = _outcome(entry, printed_at).late

    def words() -> str:
        if entry.acknowledged_at is None:
            text = label("log.ack.none")
        else:
            text = _time_on_the_day_of(entry.acknowledged_at, entry.dtg)
            if entry.acknowledged_by:
                text += " " + entry.acknowledged_by
        return f"{label('log.ack.late')} {text}" if late else text

    text = in_each_language(words)  # each language's line whole: "LATE NOT ACK" under its translation
    return Cell(text, _ROW_STRONG) if late or entry.acknowledged_at is None else text


def _due_cell(entry: WatchLogEntry) -> str:
    if entry.kind == "acknowledgement":
        return label("log.ack.not_applicable")
    if entry.ack_due_at is None:
        return "—"
    return _time_on_the_day_of(entry.ack_due_at, entry.dtg)


def _columns() -> list[Column]:
    # Built per log, not at import, so the labels follow the language in force when printing.
    return [
        Column(label("log.col.number"), fit=True, style=_ROW_STYLE.but(align="right")),
        Column(label("log.col.dtg"), fit=True, style=_ROW_STYLE),
        Column(label("log.col.direction"), fit=True, style=_ROW_STRONG),
        Column(label("log.col.sequence"), fit=True, style=_ROW_STYLE.but(align="right")),
        Column(label("log.col.counterpart"), fit=True, style=_ROW_STYLE),
        # "Acknowledgement" on one line; in two languages "Уведомление о пуске" too.
        Column(label("log.col.kind"), width=32.0 if bilingual() else 28.0, style=_ROW_STYLE),
        Column(label("log.col.precedence"), fit=True, style=_ROW_STYLE),
        Column(label("log.col.status"), fit=True, style=_ROW_STYLE),
        Column(label("log.col.due"), fit=True, style=_ROW_STYLE),
        Column(label("log.col.ack"), style=_ROW_STYLE, min_width=22.0),  # "LATE 12:07Z Capt O. Smirnova" in two lines
        Column(label("log.col.message_id"), fit=True, style=_ROW_MONO),
    ]


def _watch_change_row(change: WatchChange) -> list[str | Cell]:
    """A change of watch, in time order among the messages."""
    if change.handed_over_by:
        what = label("log.watch.row.handover")
        who = label("log.watch.row.from_to", outgoing=change.handed_over_by, incoming=change.officer)
    else:
        what, who = label("log.watch.row.started"), change.officer
    # The names go in the wide last-but-one column, so that the kind column keeps its width.
    return ["", _short_time(change.at), "", "", "", Cell(what, _ROW_STRONG), "", "", "", Cell(who, _ROW_STRONG), ""]


def _entry_row(number: int, entry: WatchLogEntry, printed_at: datetime) -> list[str | Cell]:
    # The agreed codes, in words in the log's languages (the same codes in English).
    status_words, precedence_words = coded("status", entry.status), coded("precedence", entry.precedence)
    status: str | Cell = Cell(status_words, _ROW_STRONG) if entry.status != "ACTUAL" else status_words
    precedence: str | Cell = Cell(precedence_words, _ROW_STRONG) if entry.precedence == "FLASH" else precedence_words
    return [
        str(number),
        _short_time(entry.dtg),
        label(f"log.direction.{entry.direction}"),
        str(entry.sequence),
        entry.counterpart_id,
        _kind_text(entry.kind),
        precedence,
        status,
        _due_cell(entry),
        _ack_cell(entry, printed_at),
        entry.message_id[:8],
    ]


def watch_log_document(data: WatchLogData) -> PagedDocument:
    """The watch log laid out as pages, in `data.languages`."""
    with printed_in(data.languages):
        require_fonts(print_languages())
        return _watch_log_document(data)


def _watch_log_document(data: WatchLogData) -> PagedDocument:
    title = period_title(data)
    frame = PageFrame(
        banner=data.handling_banner,
        header_left=in_each_language(lambda: label("log.header", station=data.station_id, period=period_title(data))),
        footer_left=LABELS["footer.app"],
        footer_right=label("footer.printed", when=format_utc_date_time(data.printed_at, seconds=False),
                           who=data.printed_by, page="{page}", pages="{pages}")
        + audit_anchor_line(data.audit_head),
    )
    entries = sorted(data.entries, key=lambda entry: entry.dtg)
    changes = sorted(data.watch_changes, key=lambda change: change.at)
    received = sum(1 for entry in entries if entry.direction == "in")
    unacknowledged = sum(1 for entry in entries if entry.acknowledged_at is None and entry.kind != "acknowledgement")
    late = sum(1 for entry in entries if not entry.problem and _outcome(entry, data.printed_at).late)
    start, end, zone = data.period_start, data.period_end, data.local_timezone
    period = label(
        "log.period_local",
        utc=f"{format_utc_date_time(start, seconds=False)} – {format_utc_date_time(end, seconds=False)}",
        local=f"{format_local_date_time(start, zone)} – {format_local_date_time(end, zone)}",
    )
    def watch_line(change: WatchChange) -> str:
        return f"{_short_time(change.at)}  " + in_each_language(
            lambda: label("log.watch.handover", outgoing=change.handed_over_by, incoming=change.officer)
            if change.handed_over_by else label("log.watch.started", officer=change.officer), inline=True)

    watches = "\n".join(watch_line(change) for change in changes) or label("log.watch.none")
    summary = Table(
        [Column(width=38.0, style=LABEL_STYLE), Column(style=BODY)],
        [
            [label("log.station"), f"{data.station_id} — {data.station_name}"],
            [label("log.period"), period],
            [label("log.officers"), ", ".join(data.officers) or label("value.not_recorded")],
            [label("log.watches"), watches],
            [label("log.totals"), label("log.totals_value", total=len(entries), incoming=received,
                                        outgoing=len(entries) - received, unacknowledged=unacknowledged,
                                        late=late)],
        ],
        header=False,
        keep_together=True,
    )
    blocks: list[Block] = [
        Paragraph(label_inline("log.title").upper(), TextStyle(size=8.0, bold=True, colour="#444444", tracking=8.0)),
        Paragraph(title, TextStyle(size=18.0, bold=True), space_before=1.0),
        Stack([summary], space_before=3.0),
    ]
    # What needs a reader's eye comes before the long list, so that the list's last lines can
    # share the last page with the signature.
    blocks.append(Heading(label("log.section.attention")))
    attention = sorted(data.attention, key=lambda item: item.at)
    if attention:
        attention_columns = [Column(label("log.attention.when"), fit=True), Column(label("log.attention.what"))]
        blocks.append(Table(attention_columns, [[_short_time(item.at), Cell(item.text, BODY.but(bold=True))]
                                                for item in attention]))
    else:
        blocks.append(Paragraph(label("log.no_attention")))

    blocks.append(Heading(label("log.section.gaps")))
    gaps = [gap for gap in data.gaps if gap.missing]
    if gaps:
        gap_columns = [Column(label("log.gap.counterpart"), fit=True), Column(label("log.gap.missing"))]
        gap_rows = [[gap.counterpart_id, missing_numbers_text(gap.missing)] for gap in gaps]
        blocks.append(Table(gap_columns, gap_rows))
    else:
        blocks.append(Paragraph(label("log.no_gaps")))

    blocks.append(Heading(label("log.section.quarantine")))
    if data.quarantined:
        quarantine_columns = [Column(label("log.quarantine.name"), width=75.0, style=MONO.but(size=7.5)),
                              Column(label("log.quarantine.reason"))]
        blocks.append(Table(quarantine_columns, [[item.name, item.reason] for item in data.quarantined]))
    else:
        blocks.append(Paragraph(label("log.no_quarantine")))

    blocks.append(Heading(label("log.section.messages")))
    # Messages and changes of watch in time order; at the same minute the watch change comes first.
    lines: list[tuple[datetime, int, list[str | Cell]]] = [
        (change.at, 0, _watch_change_row(change)) for change in changes
    ]
    lines += [(entry.dtg, 1, _entry_row(number, entry, data.printed_at))
              for number, entry in enumerate(entries, start=1)]
    lines.sort(key=lambda line: (line[0], line[1]))
    signature = Stack([
        Paragraph(label("log.signature_intro", count=len(entries)), SMALL, space_before=0.0),
        Paragraph("_" * 60, BODY, space_before=10.0),
        Paragraph(label("log.signature"), SMALL, space_before=0.5),
        Paragraph(in_each_language(lambda: f"— {label('log.end')} —"), SMALL.but(align="center"), space_before=6.0),
    ], space_before=4.0, keep_together=True)
    if lines:
        # Two languages' headings and words need the room: less space between the columns.
        blocks.append(Table(_columns(), [row for _, _, row in lines], zebra=True,
                            padding=(0.7, 0.8 if bilingual() else 1.2), keep_with_next=True))
    else:
        blocks.append(Paragraph(label("log.no_messages"), keep_with_next=True))
    blocks.append(signature)
    with printed_in((primary_language(),)):
        document_title = f"{label('log.title')} {data.station_id} {period_title(data)}"
    return PagedDocument(document_title, data.paper, frame, blocks)


def render_watch_log_pdf(data: WatchLogData, path: Path) -> int:
    """Write the watch log as a PDF (atomically); returns the number of pages."""
    return write_pdf(watch_log_document(data), path)


def print_watch_log(data: WatchLogData, printer: QPrinter) -> int:
    """Print the watch log on `printer`; returns the number of pages."""
    return print_paged_document(watch_log_document(data), printer)
