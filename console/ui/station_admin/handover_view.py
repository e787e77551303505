"""The handover summary on screen and on paper (console/service/handover.py computes it)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QTextDocument

from console.domain.times import format_duration, format_utc_with_local
from console.i18n import BUILT_IN, LANGUAGE_NAMES, current_language, speaking, tr
from console.service.handover import HandoverSummary, OpenNotice
from console.ui.palette import DAY, SightColours
from console.ui.views import kind_label


def _when(moment: datetime | None) -> str:
    return format_utc_with_local(moment) if moment else "—"


def _relative(moment: datetime, now: datetime) -> str:
    if moment <= now:
        return tr("%1 ago").replace("%1", format_duration(now - moment))
    return tr("in %1").replace("%1", format_duration(moment - now))


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p class='clear'>{html.escape(empty)}</p>"
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    # Cells are escaped by the callers, which may add emphasis.
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='4' border='1' width='100%'><tr>{head}</tr>{body}</table>"


def _cancelled_mark(notice: OpenNotice) -> str:
    """The cancellation that cancelled this notice, loud: it must not be worked as live."""
    return f" <b class='alarm'>{html.escape(notice.cancelled)}</b>" if notice.cancelled else ""


def _notice_words(notice: OpenNotice) -> str:
    """The notice in one line. In English the stored summary (the search index's, which the
    handover record keeps); in another language the same facts worded in it: precedence, status,
    kind and window (the stored line's other details are English text)."""
    if current_language() == BUILT_IN or not notice.summary:
        return notice.summary or kind_label(notice.kind)
    words = tr("{precedence} {status} {kind}").format(
        precedence=notice.precedence, status=notice.status, kind=kind_label(notice.kind))
    if notice.window_start is not None and notice.window_end is not None:
        end = "%H:%M" if notice.window_end.date() == notice.window_start.date() else "%Y-%m-%d %H:%M"
        span = f"{notice.window_start:%Y-%m-%d %H:%M}Z–{notice.window_end.strftime(end)}Z"
        words = tr("{notice}, window {span}").format(notice=words, span=span)
    return words


def _notice_cells(notice: OpenNotice) -> list[str]:
    """Counterpart, channel number and the one-line summary (precedence, status, kind, window)."""
    summary = _notice_words(notice)
    if notice.cancelled:
        summary_cell = f"<s>{html.escape(summary)}</s>{_cancelled_mark(notice)}"
    else:
        summary_cell = html.escape(summary)
    return [html.escape(notice.counterpart), f"#{notice.sequence}", summary_cell]


def _sent_state_cell(notice: OpenNotice, now: datetime) -> str:
    """Where one of this watch's sent notices stands: acknowledged, awaited (by when), or none asked."""
    if notice.acknowledged_at is not None:
        return html.escape(tr("acknowledged %1").replace("%1", _when(notice.acknowledged_at)))
    if notice.ack_due_at is None:
        return html.escape(tr("no acknowledgement asked"))
    return tr("awaited:") + " " + _due_cell(notice, now)


def notes_html(notes: str, outgoing: str | None) -> str:
    """The outgoing officer's notes, as written (line breaks kept), boxed at the top of the summary."""
    title = tr("Notes from %1").replace("%1", outgoing) if outgoing else tr("Notes from the outgoing officer")
    text = html.escape(notes.strip()).replace("\n", "<br>") if notes.strip() else html.escape(tr("(none written)"))
    return (f"<table cellspacing='0' cellpadding='8' border='1' width='100%'><tr><td class='notes'>"
            f"<b>{html.escape(title)}</b><br>{text}</td></tr></table>")


def _due_cell(notice: OpenNotice, now: datetime) -> str:
    if notice.ack_due_at is None:
        return "—"
    text = html.escape(f"{_when(notice.ack_due_at)} · {_relative(notice.ack_due_at, now)}")
    if notice.overdue(now):
        overdue = html.escape(tr("OVERDUE"))
        return f"<b class='alarm'>{overdue}</b> {text}"
    return text


def _window_cell(notice: OpenNotice, now: datetime) -> str:
    assert notice.window_start is not None and notice.window_end is not None
    span = f"{_when(notice.window_start)} – {_when(notice.window_end)}"
    if notice.window_start <= now:
        return html.escape(span) + " · <b>" + html.escape(tr("open now")) + "</b>"
    opens = tr("opens %1").replace("%1", _relative(notice.window_start, now))
    return html.escape(f"{span} · {opens}")


def _direction(notice: OpenNotice) -> str:
    return tr("from %1") if notice.direction == "in" else tr("to %1")


def _style(colours: SightColours) -> str:
    """The page's colours from one of the palette's sets: paper is always the day set; on screen the
    set of the palette in use, so that headers and marks stay legible under the night palette."""
    return ("h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } "
            f"th {{ {colours.table_head.style()} }} .clear {{ color: {colours.good_text}; }} "
            f".alarm {{ color: {colours.error_text}; }} td.notes {{ {colours.notes.style()} }} "
            ".banner { font-weight: bold; } .language { font-size: 9pt; color: #555555; }")


def handover_html(summary: HandoverSummary, station_name: str, outgoing: str | None, banner: str = "",
                  incoming: str | None = None, with_notes: bool = True, colours: SightColours = DAY) -> str:
    """The summary as one HTML page: the same text on screen and in the PDF. The outgoing officer's
    notes come first (`with_notes`: the change-of-watch dialog shows them beside the summary)."""
    return (f"<html><head><style>{_style(colours)}</style></head><body>"
            + _summary_body(summary, station_name, outgoing, banner, incoming, with_notes) + "</body></html>")


def handover_sheet_html(summary: HandoverSummary, station_name: str, outgoing: str | None, banner: str = "",
                        incoming: str | None = None, languages: Sequence[str] = ()) -> str:
    """The printed sheet: the summary in the console's language, or in each of `languages` in turn,
    the first leading, each on its own pages under its language's name (the data the same in each)."""
    languages = tuple(languages) or (current_language(),)
    bodies = []
    for index, language in enumerate(languages):
        with speaking(language):
            body = _summary_body(summary, station_name, outgoing, banner, incoming, with_notes=True)
        if len(languages) > 1:
            heading = f"<p class='language'>{html.escape(LANGUAGE_NAMES.get(language, language))}</p>"
            body = f"<div{_PAGE_BREAK if index else ''}>{heading}{body}</div>"
        bodies.append(body)
    return f"<html><head><style>{_style(DAY)}</style></head><body>{''.join(bodies)}</body></html>"


_PAGE_BREAK = " style='page-break-before: always'"


def _summary_body(summary: HandoverSummary, station_name: str, outgoing: str | None, banner: str,
                  incoming: str | None, with_notes: bool) -> str:
    now = summary.at
    counts = summary.counts()
    parts = []
    if banner:
        parts.append(f"<p align='center' class='banner'>{html.escape(banner.upper())}</p>")
    title = html.escape(tr("Handover summary"))
    parts.append(f"<h1>{title} — {html.escape(summary.station_id)}</h1>")
    parts.append(
        "<p>" + html.escape(station_name) + "<br>"
        + html.escape(tr("At %1").replace("%1", format_utc_with_local(now, seconds=True)))
        + ("<br>" + html.escape(tr("Handed over by %1").replace("%1", outgoing)) if outgoing else "")
        + ("<br>" + html.escape(tr("Taken over by %1").replace("%1", incoming)) if incoming else "")
        + "</p>"
    )
    if with_notes:
        parts.append(notes_html(summary.notes, outgoing))
    if summary.all_clear:
        clear = html.escape(tr("Nothing is open: no items to hand over."))
        parts.append(f"<p class='clear'><b>{clear}</b></p>")
    else:
        parts.append("<p><b>" + html.escape(tr("%1 open item(s) to hand over.").replace("%1", str(summary.open_items)))
                     + "</b></p>")

    overdue = counts["overdue"]
    heading = tr("Notices we have not acknowledged (%1)").replace("%1", str(len(summary.unacknowledged)))
    if overdue:
        heading += " — " + tr("%1 overdue").replace("%1", str(overdue))
    parts.append(f"<h2>{html.escape(heading)}</h2>")
    parts.append(_table(
        [tr("From"), tr("No."), tr("Notice"), tr("Acknowledge by")],
        [_notice_cells(n) + [_due_cell(n, now)] for n in summary.unacknowledged],
        tr("Every received notice is acknowledged."),
    ))

    parts.append("<h2>" + html.escape(
        tr("Acknowledgements we are waiting for (%1)").replace("%1", str(len(summary.awaiting_acknowledgement)))
    ) + "</h2>")
    parts.append(_table(
        [tr("To"), tr("No."), tr("Notice"), tr("Due from the counterpart by")],
        [_notice_cells(n) + [_due_cell(n, now)] for n in summary.awaiting_acknowledgement],
        tr("The counterparts have acknowledged everything we sent."),
    ))

    windows = summary.windows_open + summary.windows_opening
    hours = int(summary.horizon.total_seconds() // 3600)
    parts.append("<h2>" + html.escape(
        tr("Launch windows open now or opening in the next %1 h (%2)").replace("%1", str(hours)).replace(
            "%2", str(len(windows)))
    ) + "</h2>")
    parts.append(_table(
        [tr("Counterpart"), tr("No."), tr("Notice"), tr("Window (UTC, local)")],
        [[html.escape(_direction(n).replace("%1", n.counterpart))] + _notice_cells(n)[1:] + [_window_cell(n, now)]
         for n in windows],
        tr("No launch window is open or opens in this period."),
    ))

    sent = summary.sent_this_watch
    cancelled = sum(1 for n in sent if n.cancelled)
    since = _when(summary.watch_started_at) if summary.watch_started_at else tr("the last 12 h")
    heading = tr("Sent this watch, since %1 (%2)").replace("%1", since).replace("%2", str(len(sent)))
    if cancelled:
        heading += " — " + tr("%1 cancelled").replace("%1", str(cancelled))
    parts.append(f"<h2><a name='sent'></a>{html.escape(heading)}</h2>")
    parts.append(_table(
        [tr("To"), tr("No."), tr("Notice"), tr("Sent (UTC, local)"), tr("Acknowledgement")],
        [_notice_cells(n) + [html.escape(_when(n.dtg)), _sent_state_cell(n, now)] for n in sent],
        tr("Nothing was sent this watch."),
    ))

    gap_rows = [
        [html.escape(counterpart), html.escape(", ".join(str(n) for n in numbers))]
        for counterpart, numbers in summary.gaps.items()
    ]
    parts.append("<h2>" + html.escape(tr("Missing sequence numbers (%1)").replace("%1", str(counts["gaps"]))) + "</h2>")
    parts.append(_table([tr("From"), tr("Missing numbers")], gap_rows, tr("No gaps in the received sequences.")))

    days = max(int(summary.quarantine_lookback.total_seconds() // 86400), 1)
    parts.append("<h2>" + html.escape(
        tr("Quarantined files, last %1 days (%2)").replace("%1", str(days)).replace("%2", str(len(summary.quarantined)))
    ) + "</h2>")
    parts.append(_table(
        [tr("From"), tr("File"), tr("Why"), tr("When")],
        [[html.escape(q.counterpart), html.escape(q.file_name), html.escape(f"{q.reason_code}: {q.reason}"),
          html.escape(_when(q.quarantined_at))] for q in summary.quarantined],
        tr("No file was quarantined."),
    ))

    if summary.held:
        parts.append("<h2 class='alarm'>" + html.escape(tr("Traffic held: key not verified")) + "</h2>")
        parts.append(_table(
            [tr("From"), tr("Files waiting"), tr("Why")],
            [[html.escape(h.counterpart), str(h.files),
              html.escape(tr("key CHANGED, verify again") if h.key_changed else tr("key not verified yet"))]
             for h in summary.held],
            "",
        ))
    if banner:
        parts.append(f"<p align='center' class='banner'>{html.escape(banner.upper())}</p>")
    return "".join(parts)


def print_handover_pdf(
    summary: HandoverSummary, station_name: str, outgoing: str | None, path: Path, paper: str, banner: str,
    incoming: str | None = None, languages: Sequence[str] = (),
) -> None:
    """Write the summary, with the outgoing officer's notes, to a PDF at `path` (raises PrintError),
    in the console's language or in each of `languages` in turn."""
    document = QTextDocument()
    document.setHtml(handover_sheet_html(summary, station_name, outgoing, banner, incoming, languages))
    # Printing (QtPrintSupport, the page layout) only when a handover is printed: this module is
    # imported with the start of watch, on the way to the first paint.
    from console.printing.devices import write_pdf
    from console.printing.layout import RichTextSheet

    titles = []
    for language in tuple(languages) or (current_language(),):
        with speaking(language):
            title = tr("Handover summary %1").replace("%1", summary.station_id)
        if title not in titles:
            titles.append(title)
    write_pdf(RichTextSheet(" / ".join(titles), paper, document), path)
