"""The NOTAM/NAVAREA text draft of known notices, line by line: the window as NOTAM items and as
date-time groups, every position as the NOTAM and NAVAREA services print it."""

from __future__ import annotations

import re

from console.domain.coordinates import parse_point
from console.export import ExportFormat
from tests.export.conftest import OFF_FLORIDA, WHITE_SEA, notification


def test_a_launch_notification_draft_line_by_line(receive, export):
    stored = receive(notification("NRRC-US"))
    outcome, text = export(stored, ExportFormat.NOTAM)
    assert text.splitlines() == [
        "EXERCISE EXERCISE EXERCISE",
        "DRAFT FOR THE NOTAM OFFICE AND THE NAVAREA COORDINATOR: CHECK IT AGAINST THE NOTICE BEFORE ISSUE.",
        "FROM: US NRRC (NRRC-US)",
        "SOURCE: NRRC-RU'S LAUNCH NOTIFICATION NO. 1, DTG 281200Z NOV 26, PRECEDENCE FLASH",
        f"MESSAGE ID: {stored['message_id']}",
        "STATUS: EXERCISE",
        "",
        "NOTAM",
        "B) 2611300600",
        "C) 2611300800",
        "E) EXERCISE. MISSILE LAUNCH (2 ICBM, GROUP LAUNCH).",
        "   LAUNCH AREA: CIRCLE RADIUS 10KM (5.4NM) CENTRE 283000N0803000W.",
        "   IMPACT AREA 1: 283000N0803000W-284500N0794500W-280000N0793000W-",
        "     283000N0803000W.",
        "   IMPACT AREA 2: CIRCLE RADIUS 50NM CENTRE 574612N1604500E.",
        "   WINDOW 300600Z NOV 26 TO 300800Z NOV 26.",
        "",
        "NAVAREA WARNING",
        "EXERCISE.",
        "MISSILE LAUNCH (2 ICBM, GROUP LAUNCH)",
        "300600Z NOV 26 TO 300800Z NOV 26 IN AREAS:",
        "   A. LAUNCH AREA WITHIN 10 KM (5.4 NM) OF 28-30.00N 080-30.00W.",
        "   B. IMPACT AREA 1 BOUNDED BY 28-30.00N 080-30.00W,",
        "      28-45.00N 079-45.00W, 28-00.00N 079-30.00W,",
        "      28-30.00N 080-30.00W.",
        "   C. IMPACT AREA 2 WITHIN 50 NM OF 57-46.20N 160-45.00E.",
        "CANCEL THIS MSG 300900Z NOV 26.",
        "EXERCISE EXERCISE EXERCISE",
    ]
    assert outcome.left_out == ()
    warning = text.split("NAVAREA WARNING")[1]
    assert all(len(line) <= 69 for line in warning.splitlines())


def test_the_positions_read_back_as_the_notices_points(receive, export):
    """The compose form's coordinate reader takes both printed forms back to the notified corners."""
    stored = receive(notification("NRRC-US", impact_areas=[OFF_FLORIDA]))
    text = export(stored, ExportFormat.NOTAM)[1]
    corners = [(point["lat"], point["lon"]) for point in OFF_FLORIDA["points"]]
    compact = re.findall(r"\d{6}[NS]\d{7}[EW]", text.split("IMPACT AREA:")[1].split("WINDOW")[0])
    navarea = re.findall(r"\d\d-\d\d\.\d\dN \d{3}-\d\d\.\d\d[EW]", text.split("IMPACT AREA BOUNDED BY")[1])
    for printed in (compact, navarea):
        assert [(point.lat, point.lon) for point in map(parse_point, printed)] == corners


def test_an_amendment_replaces_and_a_cancellation_cancels_the_earlier_drafts(receive, amend, cancel, export):
    original = receive(notification("NRRC-US", impact_areas=[OFF_FLORIDA]))
    amended = amend(original, window_start="2026-12-01T06:00:00Z", window_end="2026-12-01T08:00:00Z")
    lines = export(amended, ExportFormat.NOTAM)[1].splitlines()
    assert "REASON: WINDOW MOVED A DAY." in lines
    notam = lines[lines.index("NOTAM"):]
    assert notam[1:4] == [f"REPLACES THE NOTAM ISSUED FOR MESSAGE {original['message_id']} (NOTAMR).",
                          "B) 2612010600", "C) 2612010800"]
    assert f"CANCEL THE NAVAREA WARNING ISSUED FOR MESSAGE {original['message_id']}." in lines
    assert "CANCEL THIS MSG 010900Z DEC 26." in lines

    cancellation = cancel(original)
    lines = export(cancellation, ExportFormat.NOTAM)[1].splitlines()
    notam = lines[lines.index("NOTAM"):lines.index("NAVAREA WARNING")]
    assert notam[:3] == ["NOTAM", f"CANCELS THE NOTAM ISSUED FOR MESSAGE {original['message_id']} (NOTAMC).",
                         "E) EXERCISE. MISSILE LAUNCH (2 ICBM, GROUP LAUNCH) CANCELLED."]
    assert "   WINDOW 010600Z DEC 26 TO 010800Z DEC 26." in notam  # the amended window is the one withdrawn
    assert not any(line.startswith(("B) ", "C) ")) for line in notam)
    warning = "\n".join(lines[lines.index("NAVAREA WARNING"):])
    assert warning == (
        "NAVAREA WARNING\nEXERCISE.\n"
        f"CANCEL THE NAVAREA WARNING ISSUED FOR MESSAGE\n{original['message_id']}: MISSILE LAUNCH (2 ICBM, GROUP\n"
        "LAUNCH) 010600Z DEC 26 TO 010800Z DEC 26 CANCELLED.\n"
        "EXERCISE EXERCISE EXERCISE")


def test_an_actual_notice_has_no_exercise_mark_and_a_named_area_is_written_by_name(receive, export):
    stored = receive(notification("NRRC-US", status="ACTUAL", launch_area=WHITE_SEA, category="SLBM"))
    outcome, text = export(stored, ExportFormat.NOTAM)
    assert "EXERCISE" not in text
    lines = text.splitlines()
    assert lines[0].startswith("DRAFT FOR THE NOTAM OFFICE")
    assert "STATUS: ACTUAL" in lines
    assert "   LAUNCH AREA: WHITE SEA." in lines and "   A. LAUNCH AREA: WHITE SEA." in lines
    assert outcome.left_out == ()  # a sea is named in a NOTAM as it is in the notice
