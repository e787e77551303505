import copy
import re
from datetime import datetime, timezone

import pytest

from console.domain.areas import BodyOfWater, Circle, Polygon
from console.domain.coordinates import Point
from console.domain.notices import (
    Kind,
    Notice,
    NoticeFormatError,
    Precedence,
    Reference,
    Status,
    new_message_id,
    notice_text,
    summary_line,
)
from console.domain.schema import KINDS, examples

WIRE_KEY_ORDER = [
    "format_version",
    "kind",
    "message_id",
    "sequence",
    "sender",
    "recipient",
    "dtg",
    "precedence",
    "status",
    "agreement",
    "references",
    "drafted_by",
    "released_by",
    "body",
]
EXAMPLES = examples()


def notice(kind: str, **changes) -> Notice:
    data = copy.deepcopy(EXAMPLES[kind])
    data.update(changes)
    return Notice.from_dict(data)


def test_new_message_ids_are_canonical_and_unique():
    ids = {new_message_id() for _ in range(100)}
    assert len(ids) == 100
    for message_id in ids:
        assert re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", message_id
        )


def test_enums_cover_the_wire_values():
    assert [k.value for k in Kind] == list(KINDS)
    assert [p.value for p in Precedence] == ["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"]
    assert [s.value for s in Status] == ["ACTUAL", "EXERCISE", "TEST"]


def test_precedence_rank_sorts_most_urgent_first():
    shuffled = [Precedence.ROUTINE, Precedence.FLASH, Precedence.PRIORITY, Precedence.IMMEDIATE]
    assert sorted(shuffled, key=lambda p: p.rank) == list(Precedence)


def test_kind_labels_read_as_words():
    assert Kind.POST_LAUNCH_REPORT.label == "post-launch report"
    assert Kind.ERROR.label == "error report"


@pytest.mark.parametrize("kind", KINDS)
def test_wire_round_trip_is_exact(kind):
    parsed = Notice.from_dict(EXAMPLES[kind])
    again = parsed.to_dict()
    assert again == EXAMPLES[kind]
    assert list(again) == WIRE_KEY_ORDER


def test_from_dict_gives_typed_envelope():
    parsed = notice("launch_notification")
    assert parsed.kind is Kind.LAUNCH_NOTIFICATION
    assert parsed.precedence is Precedence.FLASH and parsed.status is Status.EXERCISE
    assert parsed.dtg == datetime(2026, 11, 28, 5, 30, tzinfo=timezone.utc)
    assert notice("amendment").references == (
        Reference("3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14", EXAMPLES["amendment"]["references"][0]["sha256"]),
    )


def test_notices_can_be_kept_in_sets_by_message():
    first, again = notice("cancellation"), notice("cancellation")
    assert {first, again, notice("error")} == {first, notice("error")}


def test_to_dict_does_not_share_the_body():
    parsed = notice("general_communication")
    parsed.to_dict()["body"]["subject"] = "changed"
    assert parsed.body["subject"] == "Scheduled link test"


def test_whole_numbers_written_as_floats_are_normalised():
    data = copy.deepcopy(EXAMPLES["launch_notification"])
    data["sequence"] = 41.0
    data["body"]["vehicle_count"] = 2.0
    again = Notice.from_dict(data).to_dict()
    assert again["sequence"] == 41 and isinstance(again["sequence"], int)
    assert isinstance(again["body"]["vehicle_count"], int)


def test_from_dict_names_the_bad_field():
    data = copy.deepcopy(EXAMPLES["launch_notification"])
    data["body"]["impact_areas"][1]["radius"] = -3
    with pytest.raises(NoticeFormatError) as caught:
        Notice.from_dict(data)
    assert caught.value.field_path == "body.impact_areas[1].radius"
    assert str(caught.value).startswith("body.impact_areas[1].radius: ")


def test_notice_accepts_plain_strings_for_enums():
    draft = Notice(
        kind="general_communication",
        message_id=new_message_id(),
        sequence=1,
        sender="USA-NRRC",
        recipient="RUS-NRRC",
        dtg=datetime(2026, 11, 28, 12, tzinfo=timezone.utc),
        precedence="ROUTINE",
        status="TEST",
        agreement="US-USSR BMLNA 1988",
        references=[],
        drafted_by="A",
        released_by="B",
        body={"subject": "Link check", "text": "Test."},
    )
    assert draft.kind is Kind.GENERAL_COMMUNICATION and draft.status is Status.TEST
    assert Notice.from_dict(draft.to_dict()) == draft


@pytest.mark.parametrize(
    ("kind", "target"),
    [
        ("launch_notification", None),
        ("amendment", "3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14"),
        ("cancellation", "5e1d7c90-4a2b-4c6e-a8f3-1b9d0e7c2a46"),
        ("post_launch_report", "3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14"),
        ("general_communication", None),
        ("acknowledgement", "3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14"),
        ("error", "e8a3c5d7-6f1b-4d29-b0e4-7a5c3d1f8e62"),
    ],
)
def test_target_message_id_names_the_earlier_message(kind, target):
    assert notice(kind).target_message_id == target


def test_typed_areas_of_a_notification():
    parsed = notice("launch_notification")
    assert parsed.launch_area() == Circle(Point(34.74, -120.57), 15, "km")
    first, second = parsed.impact_areas()
    assert isinstance(first, Polygon) and first.is_valid_ring
    assert second == Circle(Point(9.05, 167.65), 30, "NM")


def test_typed_areas_of_an_amendment_come_from_its_content():
    parsed = notice("amendment")
    assert parsed.launch_content is parsed.body["content"]
    assert len(parsed.impact_areas()) == 2


def test_kinds_without_launch_details_have_no_areas():
    parsed = notice("cancellation")
    assert parsed.launch_content is None
    assert parsed.launch_area() is None and parsed.impact_areas() == ()


def test_submarine_launch_area_can_be_a_body_of_water():
    data = copy.deepcopy(EXAMPLES["launch_notification"])
    data["body"]["vehicle_category"] = "SLBM"
    data["body"]["launch_area"] = {"type": "body_of_water", "name": "Barents Sea"}
    assert Notice.from_dict(data).launch_area() == BodyOfWater("Barents Sea")


# --- summary line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("launch_notification", "FLASH EXERCISE launch notification 2x ICBM window 2026-11-29 06:00Z–08:00Z"),
        ("amendment", "FLASH EXERCISE amendment of 3f6c2a1e: 2x ICBM window 2026-11-30 06:00Z–08:00Z"),
        (
            "cancellation",
            "IMMEDIATE EXERCISE cancellation of 5e1d7c90: The submarine launch notified for "
            "1 December will not take place.",
        ),
        (
            "post_launch_report",
            "PRIORITY EXERCISE post-launch report on 3f6c2a1e: launched 2026-11-30 06:12Z",
        ),
        ("general_communication", "ROUTINE EXERCISE general communication: Scheduled link test"),
        ("acknowledgement", "FLASH EXERCISE acknowledgement of 3f6c2a1e by Maj. I. Petrova"),
    ],
)
def test_summary_line_per_kind(kind, line):
    assert summary_line(notice(kind)) == line


def test_summary_line_shows_both_dates_when_the_window_spans_midnight():
    data = copy.deepcopy(EXAMPLES["launch_notification"])
    data["body"].update(
        window_start="2026-11-29T22:00:00Z", window_end="2026-11-30T02:00:00Z", group_launch=True
    )
    assert summary_line(Notice.from_dict(data)).endswith(
        "2x ICBM group launch window 2026-11-29 22:00Z–2026-11-30 02:00Z"
    )


def test_summary_line_shortens_long_text_to_one_line():
    data = copy.deepcopy(EXAMPLES["error"])
    data["body"]["reason"] = "Garbled\nfrom the third line onwards. " + "x" * 200
    line = summary_line(Notice.from_dict(data))
    assert "\n" not in line
    assert line.startswith("PRIORITY EXERCISE error report on e8a3c5d7: Garbled from the third line")
    assert line.endswith("…") and len(line) < 140


def test_summary_line_for_an_error_about_an_unidentified_message():
    data = copy.deepcopy(EXAMPLES["error"])
    data["references"] = []
    data["body"].update(referenced_message_id=None, referenced_sha256=None, reason="Unreadable file.")
    assert summary_line(Notice.from_dict(data)) == (
        "PRIORITY EXERCISE error report on unidentified message: Unreadable file."
    )


def test_summary_line_of_a_half_written_draft_does_not_fail():
    draft = Notice(
        kind=Kind.LAUNCH_NOTIFICATION,
        message_id="",
        sequence=0,
        sender="USA-NRRC",
        recipient="",
        dtg=datetime(2026, 11, 28, 12, tzinfo=timezone.utc),
        precedence=Precedence.IMMEDIATE,
        status=Status.ACTUAL,
        agreement="",
        references=(),
        drafted_by="",
        released_by="",
        body={"vehicle_category": "SLBM", "window_start": "tomorrow"},
    )
    assert summary_line(draft) == "IMMEDIATE ACTUAL launch notification ?x SLBM window ?–?"


# --- full text --------------------------------------------------------------------------


def test_notice_text_holds_every_field_for_search():
    text = notice_text(notice("launch_notification"))
    for expected in [
        "FLASH EXERCISE launch notification",
        "message_id: 3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14",
        "sender: USA-NRRC",
        "recipient: RUS-NRRC",
        "agreement: US-USSR BMLNA 1988",
        "drafted_by: Lt Cdr A. Moreno",
        "released_by: Cdr J. Hale",
        "references: none",
        "body.planned_direction: west-south-west",
        "body.group_launch: no",
        "body.remarks: Exercise traffic for link testing.",
        "body.impact_areas[1].radius: 30",
        "body.impact_areas[1].unit: NM",
    ]:
        assert expected in text


def test_notice_text_gives_times_as_dtg_and_points_in_several_forms():
    text = notice_text(notice("launch_notification"))
    assert "dtg: 2026-11-28T05:30:00Z (280530Z NOV 26)" in text
    assert "body.window_start: 2026-11-29T06:00:00Z (290600Z NOV 26)" in text
    assert (
        "body.impact_areas[0].points[0]: 09°30'00.0\"N 167°18'00.0\"E = 9.50000, 167.30000 = 093000N1671800E"
        in text
    )


def test_notice_text_lists_references_with_digests():
    text = notice_text(notice("acknowledgement"))
    digest = EXAMPLES["acknowledgement"]["references"][0]["sha256"]
    assert f"references[0].sha256: {digest}" in text
    assert "body.acknowledged_by: Maj. I. Petrova" in text
