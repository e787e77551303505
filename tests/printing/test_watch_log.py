"""The daily watch log: one line per message, header repeated on every page, gaps and quarantine listed."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from tests.printing.conftest import (
    BANNER,
    MOSCOW,
    PRINTED_AT,
    PRINTER_NAME,
    assert_every_page_framed,
    pdf_page_count,
    pdf_pages,
    squeeze,
)

KINDS = ("launch_notification", "amendment", "cancellation", "post_launch_report", "general_communication",
         "acknowledgement", "error")
PRECEDENCES = ("FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE")
# "  12 11-28 00:02Z OUT  101 USA-NRRC ...": the number, the DTG and the direction open every message line.
ROW = re.compile(r"^\s*(\d+)\s+\d\d-\d\d \d\d:\d\dZ\s+(IN|OUT)\s+(\d+)\s")


def make_log(count: int, **changes):
    from console.printing.watch_log import QuarantinedFile, SequenceGap, WatchLogData, WatchLogEntry, utc_day

    start, end = utc_day(date(2026, 11, 28))
    entries = []
    for index in range(count):
        dtg = start + timedelta(minutes=1440 * index // max(count, 1))
        entries.append(WatchLogEntry(
            direction="in" if index % 3 else "out",
            kind=KINDS[index % len(KINDS)],
            precedence=PRECEDENCES[index % len(PRECEDENCES)],
            dtg=dtg,
            counterpart_id="USA-NRRC",
            sequence=100 + index,
            acknowledged_at=None if index % 11 == 0 else dtg + timedelta(minutes=3),
            status="EXERCISE" if index % 4 == 0 else "ACTUAL",
            message_id=f"{index:08x}-3d9e-4a07-8f2b-91c4d5e6a7b8",
        ))
    values = dict(
        station_id="RUS-NRRC", station_name="Russian NRRC", period_start=start, period_end=end,
        officers=["Maj I. Petrov", "Capt O. Smirnova"], entries=entries, handling_banner=BANNER,
        printed_by=PRINTER_NAME, printed_at=PRINTED_AT, local_timezone=MOSCOW,
        gaps=[SequenceGap(counterpart_id="USA-NRRC", missing=[57, 41, 42, 43])],
        quarantined=[QuarantinedFile(name="USA-NRRC_RUS-NRRC_00000041_6b1f0c52.wdn",
                                     reason="the signature does not verify (bad_signature)")],
    )
    values.update(changes)
    return WatchLogData(**values)


def render(tmp_path, data):
    from console.printing.watch_log import render_watch_log_pdf

    path = tmp_path / "log.pdf"
    pages = render_watch_log_pdf(data, path)
    text = pdf_pages(path)
    assert pages == pdf_page_count(path) == len(text)
    return path, text


def test_five_hundred_messages_one_line_each_header_on_every_page(qapp, tmp_path):
    data = make_log(500)
    _, pages = render(tmp_path, data)

    numbers, per_page = [], []
    for page in pages:
        rows = [ROW.match(line) for line in page.splitlines()]
        rows = [row for row in rows if row]
        per_page.append(len(rows))
        numbers += [int(row.group(1)) for row in rows]
        assert "DTG (UTC)" in page and "Acknowledged" in page  # the table header, repeated
    assert numbers == list(range(1, 501))
    # Every page but the first (title block) and the last is filled with the same number of lines.
    assert len(set(per_page[1:-1])) == 1 and per_page[-1] <= per_page[1]
    full = per_page[1]
    assert len(pages) == 1 + -(-(500 - per_page[0]) // full)
    assert_every_page_framed(pages)


def test_each_line_carries_the_message_facts(qapp, tmp_path):
    _, pages = render(tmp_path, make_log(12))
    lines = [squeeze(line) for line in pages[0].splitlines() if ROW.match(line)]
    assert lines[0] == "1 11-28 00:00Z OUT 100 USA-NRRC Launch notification FLASH EXERCISE NOT ACK 00000000"
    assert lines[1] == "2 11-28 02:00Z IN 101 USA-NRRC Amendment IMMEDIATE ACTUAL 11-28 02:03Z 00000001"
    assert lines[5].endswith("Acknowledgement IMMEDIATE ACTUAL n/a 00000005")


def test_summary_gaps_quarantine_and_signature(qapp, tmp_path):
    _, pages = render(tmp_path, make_log(12))
    text = squeeze("\n".join(pages))
    assert "UTC day 2026-11-28" in text
    assert "Period 2026-11-28 00:00Z – 2026-11-29 00:00Z Local 2026-11-28 03:00 MSK – 2026-11-29 03:00 MSK" in text
    assert "Officers on watch Maj I. Petrov, Capt O. Smirnova" in text
    assert "Messages 12 in all: 8 received, 4 sent; 2 not acknowledged" in text
    assert "USA-NRRC 41–43, 57" in text
    assert "USA-NRRC_RUS-NRRC_00000041_6b1f0c52.wdn the signature does not verify (bad_signature)" in text
    assert "Signature of the officer closing the watch" in text


def test_a_watch_period_and_an_empty_log(qapp, tmp_path):
    start = datetime(2026, 11, 28, 6, 0, tzinfo=timezone.utc)
    data = make_log(0, period_start=start, period_end=start + timedelta(hours=8), gaps=[], quarantined=[])
    _, pages = render(tmp_path, data)
    text = squeeze("\n".join(pages))
    assert "Watch 2026-11-28 06:00Z – 2026-11-28 14:00Z" in text
    assert "No messages in this period." in text
    assert "No gaps in the counterparts' sequence numbers." in text
    assert "No files were quarantined." in text
    assert len(pages) == 1
    assert_every_page_framed(pages)


def test_missing_numbers_are_written_as_ranges():
    from console.printing.watch_log import missing_numbers_text

    assert missing_numbers_text([10, 5, 6, 7, 12, 13]) == "5–7, 10, 12–13"
    assert missing_numbers_text([3]) == "3"
    assert missing_numbers_text([]) == ""
