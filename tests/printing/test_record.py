"""The printed record of a message: every field on paper, framed on every page, matched by its QR code."""

from __future__ import annotations

import copy
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import segno

from console.domain.coordinates import Point, format_decimal, format_dms
from console.domain.schema import KINDS
from console.printing.mapdraw import drawing
from console.printing.labels import LABELS
from tests.printing.conftest import (
    BANNER,
    FINGERPRINT,
    MOSCOW,
    PRINTED_AT,
    PRINTER_NAME,
    SEALED_SHA256,
    assert_every_page_framed,
    pdf_page_count,
    pdf_page_size,
    pdf_pages,
    squeeze,
)


def make_record(notice: dict, **changes: Any):
    from console.printing.record import Acknowledgement, RecordData, Verification

    values: dict[str, Any] = dict(
        notice=notice,
        direction="in",
        station_id="RUS-NRRC",
        station_name="Russian NRRC",
        counterpart_id="USA-NRRC",
        counterpart_name="United States NRRC",
        handling_banner=BANNER,
        verification=Verification(signature_valid=True, sender_key_fingerprint=FINGERPRINT, key_verified=True,
                                   sealed_sha256=SEALED_SHA256),
        acknowledgement=Acknowledgement(acknowledged_by="Capt O. Smirnova",
                                        acknowledged_at=datetime(2026, 11, 28, 12, 7, tzinfo=timezone.utc)),
        printed_by=PRINTER_NAME,
        printed_at=PRINTED_AT,
        local_timezone=MOSCOW,
    )
    values.update(changes)
    return RecordData(**values)


def render(tmp_path: Path, data, name: str = "record.pdf") -> tuple[Path, list[str]]:
    from console.printing.record import render_record_pdf

    path = tmp_path / name
    pages = render_record_pdf(data, path)
    text = pdf_pages(path)
    assert pdf_page_count(path) == pages == len(text)
    return path, text


def point_forms(raw: dict) -> list[str]:
    """Both printed forms of a point: 28°30'00.0"N / 080°30'00.0"W and 28.50000 / -80.50000."""
    point = Point(raw["lat"], raw["lon"])
    return format_dms(point).split(" ") + format_decimal(point, signed=True).split(", ")


def expected_texts(value: Any, key: str = "") -> list[str]:
    """What must be on paper for each leaf of a notice, in the form the record prints it."""
    if isinstance(value, dict) and set(value) == {"lat", "lon"}:
        return point_forms(value)
    if isinstance(value, dict):
        if value.get("type") == "circle":
            texts = [f"{value['radius']:g} {value['unit']}"] + point_forms(value["centre"])
            return texts
        if value.get("type") == "ocean_quadrant":
            return [f"{value['ocean']} Ocean, {value['quadrant']} quadrant"]
        return [text for child_key, child in value.items() if child_key != "type"
                for text in expected_texts(child, child_key)]
    if isinstance(value, list):
        return [text for item in value for text in expected_texts(item, key)]
    if key == "kind":
        return [f"Kind {LABELS['kind.' + value]}"]
    if isinstance(value, bool):
        return [f"Group launch {'Yes' if value else 'No'}"]
    if isinstance(value, str) and len(value) == 20 and value.endswith("Z") and value[10] == "T":
        moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        return [f"{moment:%Y-%m-%d %H:%M:%S}Z", f"Local {moment.astimezone(MOSCOW):%Y-%m-%d %H:%M} MSK"]
    return [str(value)]


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_of_every_kind_is_on_paper(qapp, tmp_path, notice_examples, kind):
    notice = notice_examples[kind]
    _, pages = render(tmp_path, make_record(notice))
    text = squeeze("\n".join(pages))
    missing = [expected for expected in expected_texts(notice) if squeeze(expected) not in text]
    assert missing == []
    assert_every_page_framed(pages)


def test_launch_notification_record(qapp, tmp_path, launch_notice):
    path, pages = render(tmp_path, make_record(launch_notice))
    text = squeeze("\n".join(pages))
    body = launch_notice["body"]

    for expected in (
        "RECORD OF MESSAGE RECEIVED",
        "LAUNCH NOTIFICATION",
        "This station RUS-NRRC — Russian NRRC",
        "Counterpart USA-NRRC — United States NRRC",
        "Sender → recipient USA-NRRC → RUS-NRRC",
        "Kind Launch notification",
        f"Message ID {launch_notice['message_id']}",
        "Channel sequence no. 41",
        "Precedence FLASH",
        "Status EXERCISE",
        "Date-time group 2026-11-28 05:30:00Z (Local 2026-11-28 08:30 MSK) 280530Z NOV 26",
        "Agreement US-USSR BMLNA 1988",
        "Drafted by Lt Cdr A. Moreno",
        "Released by Cdr J. Hale",
        "Vehicle category ICBM",
        "Number of vehicles 2",
        "Group launch No",
        "Launch window opens 2026-11-29 06:00:00Z (Local 2026-11-29 09:00 MSK)",
        "Launch window closes 2026-11-29 08:00:00Z (Local 2026-11-29 11:00 MSK)",
        "Window length 2",  # pdftotext -layout drops the narrow space in "2 h"
        f"Planned direction {body['planned_direction']}",
        "Launch area Circle, radius 15 km (8.099 NM)",
        f"Remarks {body['remarks']}",
        "IMPACT AREAS (2)",
        "Impact area 1 of 2 · Polygon, 4 corners",
        "Impact area 2 of 2 · Circle, radius 30 NM (55.56 km)",
        "5 (closes ring)",
        # both coordinate forms, e.g. the circle's centre at 9.05 N 167.65 E
        "Centre 09°03'00.0\"N 167°39'00.0\"E 9.05000 167.65000",
        "34°44'24.0\"N 120°34'12.0\"W 34.74000 -120.57000",
        "Signature VALID",
        f"Sender's key fingerprint {FINGERPRINT}",
        "Sender's key Verified (safety number confirmed)",
        f"SHA-256 of sealed file {SEALED_SHA256}",
        "Acknowledged by Capt O. Smirnova",
        "Acknowledged at 2026-11-28 12:07:00Z (Local 2026-11-28 15:07 MSK)",
        "Approved by Not recorded",
        "Rule override None: the agreement's rules were met",
        "REFERENCES None",
    ):
        assert expected in text, expected
    assert "NOT ACKNOWLEDGED" not in text
    assert "NOT YET SEALED" not in text
    assert_every_page_framed(pages)


def test_a_notice_on_record_prints_from_the_domain_notice_as_from_its_wire_shape(qapp, tmp_path, launch_notice):
    from console.domain.notices import Notice
    from console.printing.record import record_qr_payload

    _, from_wire = render(tmp_path, make_record(launch_notice), "wire.pdf")
    notice = Notice.from_dict(launch_notice)
    _, from_notice = render(tmp_path, make_record(notice), "notice.pdf")
    assert from_notice == from_wire
    assert "MAP OF THE AREAS" in "\n".join(from_notice)
    assert record_qr_payload(make_record(notice)) == record_qr_payload(make_record(launch_notice))


def test_exercise_is_shouted_on_page_one_and_named_on_every_page(qapp, tmp_path, launch_notice):
    _, pages = render(tmp_path, make_record(launch_notice))
    first_lines = [line.strip() for line in pages[0].splitlines() if line.strip()]
    assert "EXERCISE" in first_lines  # the big boxed word stands on its own line
    assert "This message is an EXERCISE. It does not notify a real launch." in first_lines
    for page in pages:
        assert "FLASH · EXERCISE" in page.splitlines()[1] or "FLASH · EXERCISE" in squeeze(page)


def test_test_status_is_boxed_and_actual_is_not(qapp, tmp_path, launch_notice):
    launch_notice["status"] = "TEST"
    _, pages = render(tmp_path, make_record(launch_notice), "test.pdf")
    assert "This message is a TEST of the channel." in squeeze(pages[0])
    launch_notice["status"] = "ACTUAL"
    _, pages = render(tmp_path, make_record(launch_notice), "actual.pdf")
    text = squeeze("\n".join(pages))
    assert "Status ACTUAL" in text
    assert "EXERCISE" not in text and "It does not notify a real launch" not in text


def test_unsealed_unacknowledged_draft_says_so(qapp, tmp_path, launch_notice):
    from console.printing.record import record_qr_payload

    data = make_record(launch_notice, direction="out", verification=None, acknowledgement=None,
                       station_id="USA-NRRC", station_name="United States NRRC",
                       counterpart_id="RUS-NRRC", counterpart_name="Russian NRRC")
    _, pages = render(tmp_path, data)
    text = squeeze("\n".join(pages))
    assert "RECORD OF DRAFT MESSAGE (NOT SENT)" in text
    assert "NOT YET SEALED" in text
    assert "This is a draft or preview. It has not been signed, sealed or sent." in text
    assert "NOT ACKNOWLEDGED" in text
    assert "Direction Sent to RUS-NRRC (Russian NRRC)" in text
    assert record_qr_payload(data) == f"watchdesk:msg={launch_notice['message_id']}"


def test_bad_signature_and_unverified_key_are_spelled_out(qapp, tmp_path, launch_notice):
    from console.printing.record import Verification

    verification = Verification(signature_valid=False, sender_key_fingerprint=FINGERPRINT, key_verified=False,
                                sealed_sha256=SEALED_SHA256)
    _, pages = render(tmp_path, make_record(launch_notice, verification=verification))
    text = squeeze("\n".join(pages))
    assert "Signature INVALID — do not rely on this message" in text
    assert "Sender's key NOT VERIFIED — safety number not confirmed" in text
    assert "Sealed · signature INVALID · sender's key NOT VERIFIED" in squeeze(pages[0])


def test_acknowledgement_state_is_on_page_one(qapp, tmp_path, launch_notice):
    _, pages = render(tmp_path, make_record(launch_notice), "acked.pdf")
    assert "Acknowledged 2026-11-28 12:07Z by Capt O. Smirnova" in squeeze(pages[0])
    _, pages = render(tmp_path, make_record(launch_notice, acknowledgement=None), "not-acked.pdf")
    assert "NOT ACKNOWLEDGED" in squeeze(pages[0])
    assert "No acknowledgement of this message had been recorded when this copy was printed." in squeeze(
        "\n".join(pages))


def test_an_acknowledgement_is_not_itself_awaiting_acknowledgement(qapp, tmp_path, notice_examples):
    _, pages = render(tmp_path, make_record(notice_examples["acknowledgement"], acknowledgement=None))
    text = squeeze("\n".join(pages))
    assert "Not applicable: an acknowledgement is not itself acknowledged." in text
    assert "NOT ACKNOWLEDGED" not in text


def test_rule_override_and_approval_are_recorded(qapp, tmp_path, launch_notice):
    reason = "Notified 20 hours ahead instead of 24 on the duty director's order; weather window."
    data = make_record(launch_notice, override_reason=reason, approved_by="Col S. Volkov")
    _, pages = render(tmp_path, data)
    text = squeeze("\n".join(pages))
    assert "Approved by Col S. Volkov" in text
    assert "Rule override RULE OVERRIDE" in text
    assert "The officer released this message although a rule of the agreement was not met." in text
    assert reason in text


def test_references_are_listed_with_digests(qapp, tmp_path, notice_examples):
    notice = notice_examples["amendment"]
    _, pages = render(tmp_path, make_record(notice))
    text = squeeze("\n".join(pages))
    reference = notice["references"][0]
    assert f"1 {reference['message_id']} {reference['sha256']}" in text
    assert "REPLACEMENT LAUNCH DETAILS (FULL CONTENT OF THE AMENDMENT)" in text
    assert "Reason for amendment Postponed 24 hours for weather." in text


def test_qr_payload_names_message_and_sealed_file(qapp, launch_notice):
    from console.printing.record import record_qr_payload

    payload = record_qr_payload(make_record(launch_notice))
    assert payload == f"watchdesk:msg={launch_notice['message_id']};sha256={SEALED_SHA256}"


def test_printed_qr_code_carries_the_payload(qapp, tmp_path, launch_notice):
    """Read the QR image back out of the PDF and compare it module by module with the payload's symbol."""
    from PySide6.QtGui import QImage

    from console.printing.record import record_qr_payload

    data = make_record(launch_notice)
    path, _ = render(tmp_path, data)
    symbol = segno.make_qr(record_qr_payload(data), error="m")
    width, height = symbol.symbol_size(scale=1, border=4)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    images = [line.split() for line in listing.splitlines()[2:]]
    assert [(int(row[3]), int(row[4])) for row in images if row[0] == "1"] == [(width, height)]
    assert all(row[9] == "no" for row in images), "QR image stored with interpolation"
    assert all(row[8] != "jpeg" for row in images), "QR image stored lossy"

    subprocess.run(["pdfimages", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "img")], check=True)
    image = QImage(str(tmp_path / "img-000.png"))
    assert (image.width(), image.height()) == (width, height)
    for y, row in enumerate(symbol.matrix_iter(scale=1, border=4)):
        for x, dark in enumerate(row):
            assert (image.pixelColor(x, y).lightness() < 128) == bool(dark), (x, y)


def test_long_general_communication_paginates_without_losing_a_word(qapp, tmp_path, notice_examples):
    notice = notice_examples["general_communication"]
    words = [f"w{index:05d}" for index in range(2500)]
    paragraphs = [" ".join(words[start:start + 250]) for start in range(0, len(words), 250)]
    notice["body"]["text"] = "\n\n".join(paragraphs)[:15000]
    kept = notice["body"]["text"].split()
    assert len(notice["body"]["text"]) == 15000

    path, pages = render(tmp_path, make_record(notice))
    assert len(pages) >= 4
    found = [token for page in pages for token in page.split() if token.startswith("w") and token[1:].isdigit()]
    # Every word once, in order: no line lost, clipped or printed twice at a page break.
    assert found == kept
    assert_every_page_framed(pages)


def test_twelve_impact_areas_all_print_in_both_forms(qapp, tmp_path, launch_notice):
    areas = []
    for number in range(12):
        lat, lon = -40.0 + number * 6.25, 100.0 + number * 3.125
        if number % 2:
            areas.append({"type": "circle", "centre": {"lat": lat, "lon": lon}, "radius": 10 + number, "unit": "km"})
        else:
            ring = [{"lat": lat, "lon": lon}, {"lat": lat, "lon": lon + 1.5}, {"lat": lat - 1.25, "lon": lon + 1.5},
                    {"lat": lat - 1.25, "lon": lon}, {"lat": lat, "lon": lon}]
            areas.append({"type": "polygon", "points": ring})
    launch_notice["body"]["impact_areas"] = areas
    path, pages = render(tmp_path, make_record(launch_notice))
    text = squeeze("\n".join(pages))
    assert len(pages) >= 3
    for number, area in enumerate(areas, start=1):
        assert f"Impact area {number} of 12 ·" in text
        points = [area["centre"]] if area["type"] == "circle" else area["points"]
        for point in points:
            assert " ".join(point_forms(point)) in text
    assert_every_page_framed(pages)


def test_every_label_is_filled_in(qapp, tmp_path, notice_examples):
    for kind in KINDS:
        _, pages = render(tmp_path, make_record(notice_examples[kind]), f"{kind}.pdf")
        text = "\n".join(pages)
        assert "{" not in text and "}" not in text, kind


def test_half_written_draft_prints_with_gaps_marked(qapp, tmp_path):
    draft = {"kind": "launch_notification", "message_id": "0f5c7a4e-1d3b-4c2a-9e8f-6a7b8c9d0e1f", "status": "TEST",
             "body": {"vehicle_category": "SLV", "impact_areas": [{"type": "circle", "centre": {"lat": 95, "lon": 0},
                                                                   "radius": 5, "unit": "km"}],
                      "launch_area": {"type": "body_of_water", "name": "Sea of Okhotsk"}, "extra_note": "kept"}}
    _, pages = render(tmp_path, make_record(draft, verification=None, acknowledgement=None, direction="out"))
    text = squeeze("\n".join(pages))
    assert "Vehicle category SLV" in text
    assert "Number of vehicles Not given" in text
    assert "Launch area Sea of Okhotsk" in text
    assert "unreadable point" in text
    assert "extra_note kept" in text
    assert "Channel sequence no. Not given" in text


def test_letter_paper(qapp, tmp_path, launch_notice):
    path, pages = render(tmp_path, make_record(launch_notice, paper="Letter"))
    assert "612 x 792 pts (letter)" in pdf_page_size(path)
    assert_every_page_framed(pages)
    path, _ = render(tmp_path, make_record(launch_notice), "a4.pdf")
    assert "(A4)" in pdf_page_size(path)


def test_print_record_goes_through_a_qprinter(qapp, tmp_path, launch_notice):
    from PySide6.QtPrintSupport import QPrinter

    from console.printing.devices import configure_printer
    from console.printing.record import print_record, record_document

    data = make_record(launch_notice)
    path = tmp_path / "printed.pdf"
    # The printer path on a QPrinter whose output we can read back (the real queue: test_print_cli).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    configure_printer(printer, "Letter", "printed")
    pages = print_record(data, printer)
    assert pages == pdf_page_count(path) == record_document(data).page_count(printer)
    text = pdf_pages(path)
    assert "(A4)" in pdf_page_size(path)  # the record's paper wins over the printer's default
    assert_every_page_framed(text)


def test_record_pdf_is_private_to_the_owner(qapp, tmp_path, launch_notice):
    path, _ = render(tmp_path, make_record(launch_notice))
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


# --- the map ---------------------------------------------------------------------------


def _coloured_pixels(path: Path, page: int, tmp_path: Path) -> int:
    from PySide6.QtGui import QImage

    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), str(path), str(prefix)],
                   check=True)
    image = QImage(str(next(tmp_path.glob(f"page{page}*.png"))))
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            channels = (colour.red(), colour.green(), colour.blue())
            count += max(channels) - min(channels) > 25
    return count


def test_map_of_the_areas_is_drawn(qapp, tmp_path, launch_notice):
    path, pages = render(tmp_path, make_record(launch_notice))
    map_page = next(number for number, page in enumerate(pages, start=1) if "MAP OF THE AREAS" in page)
    assert "for orientation only; the coordinates above are authoritative" in squeeze(pages[map_page - 1])
    assert _coloured_pixels(path, map_page, tmp_path) > 100  # the areas, in colour; nothing else on the page is


def test_a_map_fault_does_not_stop_the_record(qapp, tmp_path, launch_notice, monkeypatch):
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("coastline file missing")

    monkeypatch.setattr(drawing, "draw_map", broken)
    _, pages = render(tmp_path, make_record(copy.deepcopy(launch_notice)))
    text = squeeze("\n".join(pages))
    assert "The map could not be drawn (coastline file missing)." in text
    assert "Acknowledged by Capt O. Smirnova" in text


def test_the_preview_pictures_are_the_pages_of_the_pdf(qapp, tmp_path, launch_notice):
    from PySide6.QtGui import QColor

    from console.printing.record import record_document

    for paper, size in (("A4", (826, 1169)), ("Letter", (850, 1100))):  # whole pixels at 100 dpi
        data = make_record(launch_notice, paper=paper)
        path, pages = render(tmp_path, data, f"{paper}.pdf")
        images = record_document(data).page_images(100)
        assert len(images) == len(pages) > 1
        assert {(image.width(), image.height()) for image in images} == {size}
        for image in images:
            # The banner's frame (black) inside the top margin of 15 mm, left and right of the middle.
            row = [QColor(image.pixel(x, 62)).value() for x in range(image.width())]
            assert min(row[:120]) < 60 and min(row[-120:]) < 60
            assert QColor(image.pixel(5, 5)).value() == 255  # white paper in the margin


# --- the acknowledgement deadline, the sign-off lines, the last page ------------------------------

RECEIVED = datetime(2026, 11, 28, 11, 52, tzinfo=timezone.utc)


def test_an_acknowledgement_after_its_deadline_is_recorded_as_late(qapp, tmp_path, launch_notice):
    from datetime import timedelta

    late = make_record(launch_notice, ack_due_at=RECEIVED + timedelta(minutes=10))  # acknowledged 12:07Z
    _, pages = render(tmp_path, late, "late.pdf")
    text = squeeze("\n".join(pages))
    assert "Acknowledgement due 2026-11-28 12:02Z (Local 2026-11-28 15:02 MSK)" in text
    assert "Deadline met NO: LATE, acknowledged 5 min after the deadline" in text
    # Page 1's state line wraps beside the QR code's caption.
    first = squeeze(pages[0].replace("Scan to match this paper with", "").replace("the stored record", ""))
    assert "Acknowledged 2026-11-28 12:07Z by Capt O. Smirnova · LATE: due 2026-11-28 12:02Z, 5 min after it" in first

    met = make_record(launch_notice, ack_due_at=RECEIVED + timedelta(minutes=30))
    _, pages = render(tmp_path, met, "met.pdf")
    text = squeeze("\n".join(pages))
    assert "Deadline met Yes: acknowledged 15 min before the deadline" in text
    first = squeeze(pages[0].replace("Scan to match this paper with", "").replace("the stored record", ""))
    assert "Acknowledged 2026-11-28 12:07Z by Capt O. Smirnova · due 2026-11-28 12:22Z, met" in first
    assert "LATE" not in text


def test_an_unacknowledged_notice_says_whether_its_deadline_had_passed_when_printed(qapp, tmp_path, launch_notice):
    from datetime import timedelta

    overdue = make_record(launch_notice, acknowledgement=None, ack_due_at=RECEIVED + timedelta(minutes=10))
    _, pages = render(tmp_path, overdue, "overdue.pdf")  # printed 12:10Z
    assert "NOT ACKNOWLEDGED · LATE: due 2026-11-28 12:02Z, 8 min overdue" in squeeze(pages[0])
    assert "Deadline met NO: LATE, not acknowledged and 8 min past the deadline when printed" in squeeze(
        "\n".join(pages))

    running = make_record(launch_notice, acknowledgement=None, ack_due_at=RECEIVED + timedelta(hours=1))
    _, pages = render(tmp_path, running, "running.pdf")
    assert "NOT ACKNOWLEDGED · due 2026-11-28 12:52Z" in squeeze(pages[0])
    assert "Deadline met Not yet acknowledged; 42 min left when printed" in squeeze("\n".join(pages))


def test_received_notice_has_lines_for_who_received_acknowledged_and_filed_it(qapp, tmp_path, launch_notice):
    data = make_record(launch_notice, received_by="Maj I. Petrov", received_at=RECEIVED)
    _, pages = render(tmp_path, data)
    last = squeeze(pages[-1])
    assert "HANDLED BY Step Officer Date-time (UTC) Initials Signature" in last
    assert "Received Maj I. Petrov 2026-11-28 11:52Z" in last
    assert "Acknowledged Capt O. Smirnova 2026-11-28 12:07Z" in last
    assert "Filed Names and times" in last  # the filing officer writes name and time by hand
    assert "Approved" not in last.split("HANDLED BY")[1]  # nobody approves a received notice


def test_sent_notice_has_lines_for_its_drafter_releaser_approver_and_filer(qapp, tmp_path, launch_notice):
    data = make_record(launch_notice, direction="out", acknowledgement=None, approved_by="Col S. Volkov",
                       released_at=datetime(2026, 11, 28, 5, 31, tzinfo=timezone.utc))
    _, pages = render(tmp_path, data)
    signoff = squeeze(pages[-1]).split("HANDLED BY")[1]
    assert "Drafted Lt Cdr A. Moreno" in signoff
    assert "Released Cdr J. Hale 2026-11-28 05:31Z" in signoff
    assert "Approved Col S. Volkov 2026-11-28 05:31Z" in signoff
    assert "Filed" in signoff and "Received" not in signoff


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", ["ACTUAL", "EXERCISE"])
def test_the_last_page_is_never_near_empty(qapp, tmp_path, notice_examples, kind, status):
    notice = notice_examples[kind]
    notice["status"] = status
    _, pages = render(tmp_path, make_record(notice, received_at=RECEIVED, received_by="Maj I. Petrov"))
    last = pages[-1]
    # The acknowledgement, the sign-off lines and the end travel together onto the last page.
    assert "End of record" in last and "HANDLED BY" in last and "ACKNOWLEDGEMENT OF THIS MESSAGE" in last
    between_banners = [line for line in last.splitlines()[3:-3] if line.strip()]
    assert len(between_banners) >= 12, between_banners


def test_a_status_stamp_is_on_page_one_and_in_every_page_header(qapp, tmp_path, launch_notice):
    stamp = "CANCELLED by no. 37 at 1612Z"
    _, pages = render(tmp_path, make_record(launch_notice, status_stamp=stamp))
    assert stamp.upper() in squeeze(pages[0])
    for page in pages:
        assert stamp in squeeze(page)
