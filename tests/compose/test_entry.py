"""What the officer typed, read into the wire draft (no Qt)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from console.domain.rules import Finding, Severity
from console.domain.times import TimeFormatError
from console.ui.compose.entry import (
    empty_state,
    merge_findings,
    read_time,
    time_echo,
    typed_from_wire,
    wire_from_typed,
)
from tests.exchange.conftest import Clock, launch_draft


def test_a_typed_launch_notification_reads_into_the_wire_shape():
    state = empty_state(recipient="NRRC-RU", status="EXERCISE", agreement="US-USSR BMLNA 1988", drafted_by="alice")
    launch = state["launch"]
    launch.update(vehicle_category="SLBM", vehicle_count="2", group_launch=True, window_start="291800Z NOV 26",
                  window_end="2611292200", planned_direction=" north-east ", remarks="")
    launch["launch_area"] = {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NW"}
    launch["impact_areas"][0].update(type="circle", centre="52-00.00N 160-00.00E", radius="40,5", unit="NM")
    wire, problems = wire_from_typed(state)
    assert problems == []
    assert wire == {
        "kind": "launch_notification", "recipient": "NRRC-RU", "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "drafted_by": "alice", "references": [],
        "body": {
            "vehicle_category": "SLBM", "vehicle_count": 2, "group_launch": True,
            "launch_area": {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NW"},
            "window_start": "2026-11-29T18:00:00Z", "window_end": "2026-11-29T22:00:00Z",
            "planned_direction": "north-east",
            "impact_areas": [{"type": "circle", "centre": {"lat": 52.0, "lon": 160.0}, "radius": 40.5, "unit": "NM"}],
        },
    }


def test_what_cannot_be_read_is_an_error_at_the_field_and_the_rest_still_reads():
    state = empty_state()
    state["launch"].update(vehicle_count="two", window_start="tomorrow")
    state["launch"]["impact_areas"][0]["points"] = "5200N16000E\nfifty-two north\n5400N16200E"
    wire, problems = wire_from_typed(state)
    assert [(p.field, p.severity) for p in problems] == [
        ("body.vehicle_count", Severity.ERROR),
        ("body.window_start", Severity.ERROR),
        ("body.impact_areas[0].points", Severity.ERROR),
    ]
    assert problems[0].message == "'two' is not a whole number of vehicles."
    assert problems[1].message.startswith("Cannot read 'tomorrow' as a UTC time: write it like 2026-11-29 18:00Z")
    assert problems[2].message.startswith("Line 2 ('fifty-two north') cannot be read as a position")
    assert [p["lat"] for p in wire["body"]["impact_areas"][0]["points"]] == [52.0, 54.0]
    assert "vehicle_count" not in wire["body"] and "window_start" not in wire["body"]


def test_one_message_per_field_the_reading_problem_first():
    problem = Finding("body.vehicle_count", "unreadable", "'x' is not a whole number of vehicles.", Severity.ERROR)
    missing = Finding("body.vehicle_count", "missing_field", "The number of vehicles is missing.", Severity.ERROR)
    other = Finding("body.window_end", "missing_field", "The window closing time is missing.", Severity.ERROR)
    assert merge_findings([problem], [missing, other]) == [problem, other]


def test_empty_impact_area_forms_mean_no_impact_area():
    wire, _ = wire_from_typed(empty_state())
    assert wire["body"]["impact_areas"] == []


@pytest.mark.parametrize("typed", ["2026-11-29 18:00Z", "2026-11-29T18:00:00Z", "2026-11-29 1800", "291800Z NOV 26",
                                   "2611291800", "2026-11-29 18:00 UTC"])
def test_times_in_the_forms_officers_use(typed):
    assert read_time(typed) == datetime(2026, 11, 29, 18, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("typed", "why"), [
    ("2026-11-31 18:00Z", "day 31 does not exist in NOV 2026"),
    ("2026-11-29 18:00+01:00", "has a time-zone offset; write the time in UTC"),
    ("291800Z XYZ 26", "'XYZ' is not a month"),
])
def test_times_that_cannot_be_read_say_why(typed, why):
    with pytest.raises(TimeFormatError, match=why):
        read_time(typed)


def test_the_time_echo_gives_dtg_local_time_and_how_far_away():
    echo = time_echo(datetime(2026, 11, 29, 18, 0, tzinfo=timezone.utc), datetime(2026, 11, 28, 12, 0,
                                                                                    tzinfo=timezone.utc))
    assert echo.startswith("2026-11-29 18:00:00Z · 291800Z NOV 26 · local ")
    assert echo.endswith(" · in 30 h")


def test_a_wire_draft_reads_back_into_the_same_wire_draft():
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))
    draft = launch_draft("NRRC-RU", clock)
    state = typed_from_wire(draft)
    assert state["launch"]["window_start"] == "2026-11-29 18:00Z"
    assert state["launch"]["launch_area"]["centre"] == "62°54'00.0\"N 040°36'00.0\"E"
    wire, problems = wire_from_typed(state)
    assert problems == []
    assert wire == draft
