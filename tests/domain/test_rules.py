import copy
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from console.domain.areas import Polygon
from console.domain.coordinates import Point
from console.domain.notices import Kind, Notice, Precedence
from console.domain.rules import (
    DEFAULT_PROFILE,
    AgreementProfile,
    Finding,
    ProfileFormatError,
    Severity,
    check_notice,
    has_errors,
)
from console.domain.schema import KINDS, examples

EXAMPLES = examples()
ISSUED = datetime(2026, 11, 28, 5, 30, tzinfo=timezone.utc)  # dtg of the example notification
WINDOW_OPENS = datetime(2026, 11, 29, 6, 0, tzinfo=timezone.utc)


def draft(kind="launch_notification"):
    return copy.deepcopy(EXAMPLES[kind])


def codes(findings):
    return [(finding.field, finding.code) for finding in findings]


def only(findings, code):
    matching = [finding for finding in findings if finding.code == code]
    assert len(matching) == 1, findings
    return matching[0]


# --- clean notices -------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_each_example_passes_when_sent_at_its_own_time(kind):
    data = draft(kind)
    sent_at = datetime.fromisoformat(data["dtg"])
    assert check_notice(data, DEFAULT_PROFILE, sent_at) == []


def test_notice_objects_and_draft_dicts_get_the_same_findings():
    data = draft()
    data["body"]["vehicle_count"] = 0
    late = WINDOW_OPENS - timedelta(hours=2)
    as_dict = check_notice(data, DEFAULT_PROFILE, late)
    as_notice = check_notice(replace(Notice.from_dict(draft()), body=data["body"]), DEFAULT_PROFILE, late)
    assert as_dict == as_notice and len(as_dict) == 2


def test_now_must_be_aware():
    with pytest.raises(ValueError, match="aware"):
        check_notice(draft(), DEFAULT_PROFILE, datetime(2026, 11, 28, 12))


# --- lead time and window -----------------------------------------------------------------


def test_short_notice_is_flagged_in_plain_words():
    finding = only(
        check_notice(draft(), DEFAULT_PROFILE, WINDOW_OPENS - timedelta(hours=3, minutes=10)), "lead_time"
    )
    assert finding == Finding(
        field="body.window_start",
        code="lead_time",
        message="The window opens in 3 h 10 min; the agreement needs at least 24 h notice.",
        severity=Severity.WARNING,
    )


def test_exactly_the_minimum_notice_is_enough():
    assert check_notice(draft(), DEFAULT_PROFILE, WINDOW_OPENS - timedelta(hours=24)) == []
    assert codes(check_notice(draft(), DEFAULT_PROFILE, WINDOW_OPENS - timedelta(hours=23, minutes=59))) == [
        ("body.window_start", "lead_time")
    ]


def test_lead_time_follows_the_profile():
    three_days = AgreementProfile(
        name="India-Pakistan 2005", min_lead_time=timedelta(days=3), max_window=timedelta(days=5)
    )
    data = draft()
    data["agreement"] = "India-Pakistan 2005"
    finding = only(check_notice(data, three_days, ISSUED), "lead_time")
    assert finding.message == "The window opens in 24 h 30 min; the agreement needs at least 3 d notice."


def test_window_already_open():
    finding = only(
        check_notice(draft(), DEFAULT_PROFILE, WINDOW_OPENS + timedelta(minutes=30)), "window_in_past"
    )
    assert finding.field == "body.window_start" and finding.severity is Severity.WARNING
    assert finding.message.startswith("The window opened 30 min ago")


def test_a_window_entirely_past_is_an_error_no_override_can_release():
    findings = check_notice(draft(), DEFAULT_PROFILE, WINDOW_OPENS + timedelta(hours=3))
    finding = only(findings, "window_closed")
    assert finding.field == "body.window_end" and finding.severity is Severity.ERROR
    assert finding.message == ("The whole window is in the past: it closed 1 h ago (29 NOV 08:00Z). "
                               "Give the window of a launch still to come.")
    assert has_errors(findings) and "window_in_past" not in [f.code for f in findings]


def test_a_window_that_closes_this_very_moment_is_closed():
    closes = WINDOW_OPENS + timedelta(hours=2)
    assert only(check_notice(draft(), DEFAULT_PROFILE, closes), "window_closed").severity is Severity.ERROR
    still_open = check_notice(draft(), DEFAULT_PROFILE, closes - timedelta(minutes=1))
    assert codes(still_open) == [("body.window_start", "window_in_past")]
    assert not has_errors(still_open)


def test_window_longer_than_the_station_maximum():
    data = draft()
    data["body"]["window_end"] = "2026-12-07T06:00:00Z"
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "window_too_long")
    assert finding.field == "body.window_end" and finding.severity is Severity.WARNING
    assert finding.message == "The window is 8 d long; the agreement profile allows at most 7 d."


def test_window_of_exactly_the_maximum_is_accepted():
    data = draft()
    data["body"]["window_end"] = "2026-12-06T06:00:00Z"
    assert check_notice(data, DEFAULT_PROFILE, ISSUED) == []


def test_profile_without_window_limit_accepts_long_windows():
    data = draft()
    data["body"]["window_end"] = "2027-06-01T00:00:00Z"
    unlimited = AgreementProfile(name=DEFAULT_PROFILE.name, max_window=None)
    assert check_notice(data, unlimited, ISSUED) == []


@pytest.mark.parametrize(
    ("end", "message"),
    [
        ("2026-11-29T05:00:00Z", "The window closes (29 NOV 05:00Z) before it opens (29 NOV 06:00Z)."),
        (
            "2026-11-29T06:00:00Z",
            "The window closes at the moment it opens (29 NOV 06:00Z); give a later closing time.",
        ),
    ],
)
def test_window_closing_before_it_opens(end, message):
    data = draft()
    data["body"]["window_end"] = end
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "window_end_before_start")
    assert finding.field == "body.window_end" and finding.severity is Severity.ERROR
    assert finding.message == message


def test_unreadable_window_time():
    data = draft()
    data["body"]["window_start"] = "29/11/2026 06:00"
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "invalid_time")
    assert finding.field == "body.window_start"
    assert "not a UTC time like 2026-11-28T12:00:00Z" in finding.message


def test_amendment_window_is_checked_inside_its_content():
    data = draft("amendment")
    findings = check_notice(data, DEFAULT_PROFILE, datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc))
    assert codes(findings) == [("body.content.window_start", "lead_time")]


# --- areas ------------------------------------------------------------------------------


def test_missing_impact_area():
    for areas in ([], None):
        data = draft()
        data["body"]["impact_areas"] = areas
        finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "no_impact_area")
        assert finding.field == "body.impact_areas" and finding.message == "Give at least one impact area."
    data = draft()
    del data["body"]["impact_areas"]
    assert codes(check_notice(data, DEFAULT_PROFILE, ISSUED)) == [("body.impact_areas", "no_impact_area")]


def test_open_polygon_is_flagged_and_closing_it_clears_the_finding():
    data = draft()
    data["body"]["impact_areas"].insert(
        0, {"type": "polygon", "points": [{"lat": 0, "lon": 0}, {"lat": 0, "lon": 1}, {"lat": 1, "lon": 1}]}
    )
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "polygon_not_closed")
    assert finding.field == "body.impact_areas[0].points" and finding.severity is Severity.ERROR
    assert "last point should repeat the first" in finding.message
    data["body"]["impact_areas"][0] = Polygon((Point(0, 0), Point(0, 1), Point(1, 1))).closed().to_dict()
    assert check_notice(data, DEFAULT_PROFILE, ISSUED) == []


def test_polygon_with_too_few_corners():
    data = draft()
    data["body"]["impact_areas"][0]["points"] = [
        {"lat": 0, "lon": 0},
        {"lat": 1, "lon": 1},
        {"lat": 0, "lon": 0},
    ]
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "polygon_too_few_points")
    assert finding.message == "The polygon has 2 distinct corners; an area needs at least 3."


def test_out_of_range_coordinates_are_located_exactly():
    data = draft()
    data["body"]["impact_areas"][0]["points"][2]["lon"] = 190
    data["body"]["impact_areas"][1]["centre"]["lat"] = -95
    findings = check_notice(data, DEFAULT_PROFILE, ISSUED)
    assert findings == [
        Finding(
            "body.impact_areas[0].points[2].lon",
            "coordinate_out_of_range",
            "Longitude 190 is out of range (-180 to 180).",
            Severity.ERROR,
        ),
        Finding(
            "body.impact_areas[1].centre.lat",
            "coordinate_out_of_range",
            "Latitude -95 is out of range (-90 to 90).",
            Severity.ERROR,
        ),
    ]


def test_missing_coordinate_is_reported_as_missing():
    data = draft()
    del data["body"]["launch_area"]["centre"]["lon"]
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "missing_field")
    assert finding.field == "body.launch_area.centre.lon" and finding.message == "The longitude is missing."


@pytest.mark.parametrize("radius", [0, -5, "ten"])
def test_circle_radius_must_be_positive(radius):
    data = draft()
    data["body"]["impact_areas"][1]["radius"] = radius
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "radius_not_positive")
    assert finding.field == "body.impact_areas[1].radius"
    assert finding.message == f"The circle radius must be a number above zero (it is {radius!r})."


def test_circle_radius_unit_must_be_km_or_nm():
    data = draft()
    data["body"]["impact_areas"][1]["unit"] = "mi"
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "invalid_value")
    assert finding.field == "body.impact_areas[1].unit"
    assert finding.message == "The radius unit 'mi' is not one of km, NM."


def test_impact_area_must_be_polygon_or_circle():
    data = draft()
    data["body"]["impact_areas"][0] = {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NE"}
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "area_type_not_allowed")
    assert finding.field == "body.impact_areas[0].type"
    assert finding.message == "The impact area must be a polygon or a circle, not an ocean quadrant."


def test_submarine_launch_area_may_be_an_ocean_quadrant_but_needs_valid_names():
    data = draft()
    data["body"]["vehicle_category"] = "SLBM"
    data["body"]["launch_area"] = {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NE"}
    assert check_notice(data, DEFAULT_PROFILE, ISSUED) == []
    data["body"]["launch_area"]["ocean"] = "Caspian"
    assert codes(check_notice(data, DEFAULT_PROFILE, ISSUED)) == [("body.launch_area.ocean", "invalid_value")]


# --- vehicles, kinds and envelope -----------------------------------------------------------


@pytest.mark.parametrize("count", [0, -1, "two", 1.5, True])
def test_vehicle_count_below_one(count):
    data = draft()
    data["body"]["vehicle_count"] = count
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "count_below_one")
    assert finding.field == "body.vehicle_count" and finding.severity is Severity.ERROR
    assert finding.message == f"The number of vehicles must be a whole number, at least 1 (it is {count!r})."


def test_kind_outside_the_agreement_is_a_warning():
    launches_only = AgreementProfile(
        name=DEFAULT_PROFILE.name,
        allowed_kinds=frozenset(
            {Kind.LAUNCH_NOTIFICATION, Kind.AMENDMENT, Kind.CANCELLATION, Kind.ACKNOWLEDGEMENT, Kind.ERROR}
        ),
    )
    data = draft("general_communication")
    findings = check_notice(data, launches_only, datetime(2026, 11, 28, 8, tzinfo=timezone.utc))
    assert findings == [
        Finding(
            "kind",
            "kind_not_allowed",
            "The agreement profile 'US-USSR BMLNA 1988' does not provide for general communications.",
            Severity.WARNING,
        )
    ]
    assert check_notice(draft("launch_notification"), launches_only, ISSUED) == []


def test_unknown_kind_is_reported_and_body_not_guessed():
    data = draft()
    data["kind"] = "launch"
    assert codes(check_notice(data, DEFAULT_PROFILE, ISSUED)) == [("kind", "invalid_value")]


def test_notice_under_another_agreement_is_a_warning():
    data = draft()
    data["agreement"] = "China-Russia 2009"
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "agreement_mismatch")
    assert finding.severity is Severity.WARNING
    assert "'China-Russia 2009'" in finding.message and "'US-USSR BMLNA 1988'" in finding.message


def test_recipient_cannot_be_the_sender():
    data = draft()
    data["recipient"] = data["sender"]
    assert codes(check_notice(data, DEFAULT_PROFILE, ISSUED)) == [("recipient", "recipient_is_sender")]


def test_invalid_precedence():
    data = draft()
    data["precedence"] = "URGENT"
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "invalid_value")
    assert finding.message == "The precedence 'URGENT' is not one of FLASH, IMMEDIATE, PRIORITY, ROUTINE."


def test_overlong_remarks():
    data = draft()
    data["body"]["remarks"] = "x" * 4001
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "text_too_long")
    assert finding.field == "body.remarks"
    assert finding.message == "The remarks are 4001 characters long; the limit is 4000."


def test_a_fresh_draft_lists_what_is_still_missing():
    findings = check_notice(
        {"kind": "launch_notification", "sender": "USA-NRRC", "body": {}}, DEFAULT_PROFILE, ISSUED
    )
    assert codes(findings) == [
        ("recipient", "missing_field"),
        ("precedence", "missing_field"),
        ("status", "missing_field"),
        ("agreement", "missing_field"),
        ("drafted_by", "missing_field"),
        ("body.vehicle_category", "missing_field"),
        ("body.vehicle_count", "missing_field"),
        ("body.group_launch", "missing_field"),
        ("body.launch_area", "missing_field"),
        ("body.window_start", "missing_field"),
        ("body.window_end", "missing_field"),
        ("body.impact_areas", "no_impact_area"),
    ]
    assert findings[9].message == "The window opening time is missing."
    assert has_errors(findings)


def test_draft_without_body_or_kind():
    assert codes(
        check_notice(
            {
                "kind": "cancellation",
                "recipient": "RUS-NRRC",
                "precedence": "ROUTINE",
                "status": "TEST",
                "agreement": DEFAULT_PROFILE.name,
                "drafted_by": "A",
            },
            DEFAULT_PROFILE,
            ISSUED,
        )
    ) == [("body", "missing_field")]
    assert ("kind", "missing_field") in codes(check_notice({}, DEFAULT_PROFILE, ISSUED))
    assert codes(check_notice("nonsense", DEFAULT_PROFILE, ISSUED)) == [("", "invalid_value")]


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("amendment", "body.amended_message_id"),
        ("cancellation", "body.cancelled_message_id"),
        ("cancellation", "body.reason"),
        ("post_launch_report", "body.actual_launch_time"),
        ("general_communication", "body.subject"),
        ("general_communication", "body.text"),
        ("acknowledgement", "body.acknowledged_by"),
        ("error", "body.reason"),
    ],
)
def test_required_body_fields_of_each_kind(kind, field):
    data = draft(kind)
    del data["body"][field.split(".")[1]]
    sent_at = datetime.fromisoformat(data["dtg"])
    assert (field, "missing_field") in codes(check_notice(data, DEFAULT_PROFILE, sent_at))


def test_message_pointing_at_another_must_list_it_in_references():
    data = draft("cancellation")
    data["references"] = []
    finding = only(check_notice(data, DEFAULT_PROFILE, ISSUED), "reference_not_listed")
    assert finding.field == "references" and finding.severity is Severity.ERROR
    assert finding.message == "The message being cancelled (5e1d7c90…) is not listed in the references."


def test_post_launch_report_cannot_describe_a_future_launch():
    data = draft("post_launch_report")
    before_launch = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
    finding = only(check_notice(data, DEFAULT_PROFILE, before_launch), "launch_time_in_future")
    assert finding.message == "The actual launch time is 12 min in the future."


def test_has_errors_ignores_warnings():
    late = check_notice(draft(), DEFAULT_PROFILE, WINDOW_OPENS - timedelta(hours=1))
    assert late and not has_errors(late)


# --- the agreement profile ----------------------------------------------------------------


def test_default_profile_is_the_1988_agreement():
    assert DEFAULT_PROFILE.name == "US-USSR BMLNA 1988"
    assert DEFAULT_PROFILE.min_lead_time == timedelta(hours=24)
    assert DEFAULT_PROFILE.max_window == timedelta(days=7)
    assert DEFAULT_PROFILE.allowed_kinds == frozenset(Kind)
    assert DEFAULT_PROFILE.handling_banner


@pytest.mark.parametrize(
    ("precedence", "minutes"), [("FLASH", 10), ("IMMEDIATE", 30), ("PRIORITY", 60), ("ROUTINE", 240)]
)
def test_acknowledgement_deadlines_by_precedence(precedence, minutes):
    assert DEFAULT_PROFILE.ack_deadline(precedence) == timedelta(minutes=minutes)
    assert DEFAULT_PROFILE.ack_due_at(ISSUED, Precedence(precedence)) == ISSUED + timedelta(minutes=minutes)


def test_profile_settings_round_trip():
    custom = AgreementProfile(
        name="China-Russia 2009",
        min_lead_time=timedelta(hours=12),
        max_window=None,
        allowed_kinds=frozenset({Kind.LAUNCH_NOTIFICATION, Kind.POST_LAUNCH_REPORT}),
        ack_deadlines={p: timedelta(minutes=5 * (p.rank + 1)) for p in Precedence},
        handling_banner="CONFIDENTIAL",
    )
    data = custom.to_dict()
    assert data["max_window_minutes"] is None
    assert data["allowed_kinds"] == ["launch_notification", "post_launch_report"]
    assert AgreementProfile.from_dict(data) == custom
    assert AgreementProfile.from_dict(DEFAULT_PROFILE.to_dict()) == DEFAULT_PROFILE


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": ""}, "name"),
        ({"min_lead_time_minutes": -1}, "min_lead_time_minutes"),
        ({"max_window_minutes": 0}, "max_window_minutes"),
        ({"allowed_kinds": ["launch_notification", "telegram"]}, "allowed_kinds[1]"),
        ({"allowed_kinds": []}, "allowed_kinds"),
        ({"ack_deadline_minutes": {"FLASH": 10}}, "ack_deadline_minutes"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_profile_settings_name_the_setting(change, field):
    data = DEFAULT_PROFILE.to_dict() | change
    with pytest.raises(ProfileFormatError) as caught:
        AgreementProfile.from_dict(data)
    assert caught.value.field == field


EXERCISE_PROFILE = replace(DEFAULT_PROFILE, exercise=True)


def test_actual_traffic_under_an_exercise_profile_is_flagged_beside_the_status():
    data = draft()
    data["status"] = "ACTUAL"
    finding = only(check_notice(data, EXERCISE_PROFILE, ISSUED), "actual_under_exercise")
    assert (finding.field, finding.severity) == ("status", Severity.WARNING)
    assert finding.message == ("The agreement profile 'US-USSR BMLNA 1988' is an exercise, yet the status is "
                               "ACTUAL: the counterpart will read this notice as a real event.")
    assert check_notice(data, DEFAULT_PROFILE, ISSUED) == []  # a real agreement: ACTUAL is what it is for
    for status in ("EXERCISE", "TEST"):
        assert check_notice(draft() | {"status": status}, EXERCISE_PROFILE, ISSUED) == []


def test_an_acknowledgement_under_an_exercise_profile_echoes_any_status_unflagged():
    data = draft("acknowledgement")
    data["status"] = "ACTUAL"
    assert "actual_under_exercise" not in [f.code for f in check_notice(data, EXERCISE_PROFILE,
                                                                        datetime.fromisoformat(data["dtg"]))]


def test_the_exercise_flag_round_trips_and_older_profiles_without_it_are_real_agreements():
    assert AgreementProfile.from_dict(EXERCISE_PROFILE.to_dict()) == EXERCISE_PROFILE
    older = DEFAULT_PROFILE.to_dict()
    del older["exercise"]
    assert AgreementProfile.from_dict(older).exercise is False
    with pytest.raises(ProfileFormatError, match="exercise: must be true or false"):
        AgreementProfile.from_dict(DEFAULT_PROFILE.to_dict() | {"exercise": "yes"})


def test_missing_profile_setting():
    data = DEFAULT_PROFILE.to_dict()
    del data["handling_banner"]
    with pytest.raises(ProfileFormatError, match="handling_banner: is missing"):
        AgreementProfile.from_dict(data)
