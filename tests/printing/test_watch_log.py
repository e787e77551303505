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
# "   11-28 14:00Z  Change of watch ...": a change of watch among the message lines.
WATCH_ROW = re.compile(r"^\s*\d\d-\d\d \d\d:\d\dZ\s+(Change of watch|Watch taken)")


def rows_of(page: str) -> list[str]:
    """Each line of the table with the words its cells wrapped onto the lines below, squeezed."""
    rows: list[str] = []
    for line in page.splitlines():
        if ROW.match(line) or WATCH_ROW.match(line):
            rows.append(squeeze(line))
        elif rows and line.strip() and not line.strip().startswith(("This log lists", "CONFIDENTIAL")):
            rows[-1] += " " + squeeze(line)
    return rows


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
    # Every page but the first (title block) and the last is full: as many lines as fit (a line whose
    # kind wraps, "General communication", takes two).
    full = max(per_page[1:-1])
    assert all(count >= full - 2 for count in per_page[1:-1]) and per_page[-1] <= full
    assert_every_page_framed(pages)


def test_each_line_carries_the_message_facts(qapp, tmp_path):
    _, pages = render(tmp_path, make_log(12))
    lines = rows_of(pages[0])
    assert lines[0] == "1 11-28 00:00Z OUT 100 USA-NRRC Launch notification FLASH EXERCISE — NOT ACK 00000000"
    assert lines[1] == "2 11-28 02:00Z IN 101 USA-NRRC Amendment IMMEDIATE ACTUAL — 02:03Z 00000001"
    assert lines[5].endswith("Acknowledgement IMMEDIATE ACTUAL n/a n/a 00000005")


def test_who_acknowledged_each_notice_by_when_and_late_ones_flagged(qapp, tmp_path):
    from dataclasses import replace

    from console.printing.watch_log import WatchLogEntry

    base = make_log(0)
    at = base.period_start + timedelta(hours=11)

    def entry(sequence: int, due_minutes: int | None, acknowledged_minutes: int | None, by: str = "") -> WatchLogEntry:
        return WatchLogEntry(
            direction="in", kind="launch_notification", precedence="FLASH", dtg=at + timedelta(minutes=sequence),
            counterpart_id="USA-NRRC", sequence=sequence, message_id=f"{sequence:08x}-aaaa",
            ack_due_at=at + timedelta(minutes=due_minutes) if due_minutes is not None else None,
            acknowledged_at=at + timedelta(minutes=acknowledged_minutes) if acknowledged_minutes is not None else None,
            acknowledged_by=by)

    entries = [
        entry(1, 16, 9, "Capt O. Smirnova"),  # met
        entry(2, 17, 29, "Maj I. Petrov"),  # 12 minutes late
        entry(3, 18, None),  # still not acknowledged, past due when printed (12:10Z)
        entry(4, 120, None),  # not yet due when printed
    ]
    _, pages = render(tmp_path, replace(base, entries=entries))
    lines = {int(line.split()[4]): line for line in rows_of(pages[0])}
    # The name may wrap under the time: "11:09Z Capt O. 00000001 Smirnova".
    assert lines[1] == "1 11-28 11:01Z IN 1 USA-NRRC Launch notification FLASH ACTUAL 11:16Z 11:09Z Capt O. Smirnova 00000001"
    assert "ACTUAL 11:17Z LATE 11:29Z Maj I." in lines[2] and "Petrov" in lines[2]
    assert "ACTUAL 11:18Z LATE NOT ACK 00000003" in lines[3]
    assert "ACTUAL 13:00Z NOT ACK 00000004" in lines[4]
    assert "LATE" not in lines[1] and "LATE" not in lines[4]
    text = squeeze("\n".join(pages))
    assert "4 in all: 4 received, 0 sent; 2 not acknowledged; 2 LATE" in text


def test_each_change_of_watch_stands_at_its_time(qapp, tmp_path):
    from dataclasses import replace

    from console.printing.watch_log import WatchChange

    data = make_log(6)  # one message every four hours from midnight
    start = data.period_start
    changes = [WatchChange(at=start + timedelta(hours=14), officer="Capt O. Smirnova", handed_over_by="Maj I. Petrov"),
               WatchChange(at=start + timedelta(minutes=5), officer="Maj I. Petrov")]
    _, pages = render(tmp_path, replace(data, watch_changes=changes))
    text = squeeze("\n".join(pages))
    assert ("Watch 11-28 00:05Z Watch taken by Maj I. Petrov "
            "11-28 14:00Z Watch handed over: Maj I. Petrov to Capt O. Smirnova") in text
    lines = rows_of(pages[0])
    order = [line.split()[0] if ROW.match(line) else "watch" for line in lines]
    # 00:00 message 1, 00:05 watch taken, 04:00 message 2 … 12:00 message 4, 14:00 change of watch, 16:00 message 5
    assert order == ["1", "watch", "2", "3", "4", "watch", "5", "6"]
    assert lines[1] == "11-28 00:05Z Watch taken Maj I. Petrov"
    assert lines[5].startswith("11-28 14:00Z Change of watch Maj I. Petrov to")
    assert "Capt O. Smirnova" in lines[5] or "Capt O." in lines[5] and "Smirnova" in lines[5]


def test_the_signature_shares_the_last_page_with_the_last_lines(qapp, tmp_path):
    from console.printing.layout import PagedDocument
    from console.printing.devices import pdf_writer
    from console.printing.watch_log import watch_log_document

    writer = pdf_writer(tmp_path / "measure.pdf")

    def page_count(count: int) -> int:
        document: PagedDocument = watch_log_document(make_log(count))
        return document.page_count(writer)

    # The number of messages at which the log takes a second page: where the signature alone
    # would otherwise have gone over.
    count = 20
    while page_count(count) == 1:
        count += 1
    for total in (count - 1, count, count + 1):
        _, pages = render(tmp_path, make_log(total))
        last = pages[-1]
        numbers = [int(row.group(1)) for row in map(ROW.match, last.splitlines()) if row]
        assert numbers and numbers[-1] == total, f"{total} messages: no message line beside the signature"
        assert "Signature of the officer closing the watch" in last and "End of watch log" in squeeze(last)
        assert all("Signature of the officer" not in page for page in pages[:-1])


def test_summary_gaps_quarantine_and_signature(qapp, tmp_path):
    _, pages = render(tmp_path, make_log(12))
    text = squeeze("\n".join(pages))
    assert "UTC day 2026-11-28" in text
    assert "Period 2026-11-28 00:00Z – 2026-11-29 00:00Z Local 2026-11-28 03:00 MSK – 2026-11-29 03:00 MSK" in text
    assert "Officers on watch Maj I. Petrov, Capt O. Smirnova" in text
    assert "Messages 12 in all: 8 received, 4 sent; 2 not acknowledged; 0 LATE" in text
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
