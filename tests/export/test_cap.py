"""CAP 1.2 exports through the real store, each validated against the OASIS CAP 1.2 schema: every
status, an amendment (Update, with references), a cancellation (Cancel), a polygon across the
antimeridian, a circle in nautical miles."""

from __future__ import annotations

import pytest

from console.export import ExportFormat
from tests.export.conftest import (
    ACROSS_THE_DATE_LINE,
    KURA_50_NM,
    OFF_FLORIDA,
    WHITE_SEA,
    cap_schema,
    notification,
    valid,
)

CAP = "{urn:oasis:names:tc:emergency:cap:1.2}"


def text(element, path: str) -> str:
    found = element.find("/".join(f"{CAP}{step}" for step in path.split("/")))
    assert found is not None, f"no {path}"
    return found.text


def areas(alert) -> list[tuple[str, list[str], list[str]]]:
    """(areaDesc, polygons, circles) of each area."""
    return [(text(area, "areaDesc"), [p.text for p in area.findall(f"{CAP}polygon")],
             [c.text for c in area.findall(f"{CAP}circle")]) for area in alert.iter(f"{CAP}area")]


def parameters(alert) -> dict[str, str]:
    return {text(p, "valueName"): text(p, "value") for p in alert.iter(f"{CAP}parameter")}


@pytest.mark.parametrize("status, cap_status", [("ACTUAL", "Actual"), ("EXERCISE", "Exercise"), ("TEST", "Test")])
def test_each_status_is_a_valid_alert_marked_in_caps_own_way(receive, export, status, cap_status):
    stored = receive(notification("NRRC-US", status=status))
    outcome, xml = export(stored, ExportFormat.CAP)
    alert = valid(cap_schema(), xml)

    assert text(alert, "status") == cap_status
    assert text(alert, "msgType") == "Alert"
    assert text(alert, "identifier") == stored["message_id"]
    assert text(alert, "sender") == "NRRC-US"
    assert text(alert, "sent") == "2026-11-28T12:00:00-00:00"
    assert text(alert, "info/category") == "Safety"
    assert text(alert, "info/event") == "Missile launch (2 ICBM, group launch)"
    assert (text(alert, "info/onset"), text(alert, "info/expires")) == (
        "2026-11-30T06:00:00-00:00", "2026-11-30T08:00:00-00:00")
    assert parameters(alert)["WatchdeskMessageId"] == stored["message_id"]
    assert parameters(alert)["WatchdeskStatus"] == status
    assert alert.find(f"{CAP}references") is None
    marked = [text(alert, "note"), text(alert, "info/headline"), text(alert, "info/description")]
    if status == "ACTUAL":
        assert not any("EXERCISE" in item or "TEST" in item for item in marked)
    else:
        assert text(alert, "note").startswith(f"{status} {status} {status}.")
        assert text(alert, "info/headline").startswith(f"{status} Missile launch")
        assert text(alert, "info/description").startswith(f"{status} {status} {status}\n")
    # The launch area and both impact areas, each its own area.
    assert [desc.split(":")[0] for desc, _polygons, _circles in areas(alert)] == [
        "Launch area", "Impact area 1", "Impact area 2"]
    assert outcome.left_out == ()


def test_an_amendment_is_an_update_naming_the_alerts_it_updates(receive, amend, export):
    original = receive(notification("NRRC-US"))
    first = amend(original, window_start="2026-12-01T06:00:00Z", window_end="2026-12-01T08:00:00Z")
    second = amend(original, window_start="2026-12-02T06:00:00Z", window_end="2026-12-02T09:00:00Z")

    alert = valid(cap_schema(), export(first, ExportFormat.CAP)[1])
    assert text(alert, "msgType") == "Update"
    assert text(alert, "references") == f"NRRC-US,{original['message_id']},2026-11-28T12:00:00-00:00"
    assert text(alert, "info/onset") == "2026-12-01T06:00:00-00:00"

    alert = valid(cap_schema(), export(second, ExportFormat.CAP)[1])
    assert text(alert, "msgType") == "Update"
    # Every earlier alert of the chain, oldest first, each as its own export identified it.
    assert text(alert, "references").split(" ") == [
        f"NRRC-US,{original['message_id']},2026-11-28T12:00:00-00:00",
        f"NRRC-US,{first['message_id']},2026-11-28T12:10:00-00:00",
    ]
    assert text(alert, "sent") == "2026-11-28T12:20:00-00:00"
    assert (text(alert, "info/onset"), text(alert, "info/expires")) == (
        "2026-12-02T06:00:00-00:00", "2026-12-02T09:00:00-00:00")
    assert "Window moved a day." in text(alert, "info/description")
    original_alert = valid(cap_schema(), export(original, ExportFormat.CAP)[1])
    assert text(original_alert, "sent") == "2026-11-28T12:00:00-00:00"  # what the references name


def test_a_cancellation_is_a_cancel_of_the_whole_chain_with_the_areas_it_frees(receive, amend, cancel, export):
    original = receive(notification("NRRC-US"))
    amended = amend(original, window_start="2026-12-01T06:00:00Z", window_end="2026-12-01T08:00:00Z",
                    impact_areas=[KURA_50_NM])
    cancellation = cancel(original, reason="The exercise launch is called off.")

    outcome, xml = export(cancellation, ExportFormat.CAP)
    alert = valid(cap_schema(), xml)
    assert text(alert, "msgType") == "Cancel"
    assert text(alert, "identifier") == cancellation["message_id"]
    assert text(alert, "references").split(" ") == [
        f"NRRC-US,{original['message_id']},2026-11-28T12:00:00-00:00",
        f"NRRC-US,{amended['message_id']},2026-11-28T12:10:00-00:00",
    ]
    assert text(alert, "info/responseType") == "AllClear"
    assert text(alert, "info/certainty") == "Unlikely"
    assert "The exercise launch is called off." in text(alert, "note")
    # The areas of the version in force when it was cancelled: the amendment's.
    assert text(alert, "info/onset") == "2026-12-01T06:00:00-00:00"
    assert [circles for _desc, _polygons, circles in areas(alert)] == [["28.50000,-80.50000 10"],
                                                                      ["57.77000,160.75000 92.6"]]
    # The original, exported now, says what became of it.
    outcome, xml = export(original, ExportFormat.CAP)
    assert outcome.since_sent == "CANCELLED by no. 3 at 1220Z"
    assert "Since sent: CANCELLED by no. 3 at 1220Z." in text(valid(cap_schema(), xml), "note")


def test_a_polygon_across_the_antimeridian_is_two_cap_polygons_one_each_side(receive, export):
    stored = receive(notification("NRRC-US", impact_areas=[ACROSS_THE_DATE_LINE]))
    alert = valid(cap_schema(), export(stored, ExportFormat.CAP)[1])
    (_desc, polygons, circles), = [area for area in areas(alert) if area[0].startswith("Impact")]
    assert circles == []
    assert polygons == [
        "38.00000,178.00000 38.00000,180.00000 42.00000,180.00000 42.00000,178.00000 38.00000,178.00000",
        "38.00000,-180.00000 38.00000,-178.00000 42.00000,-178.00000 42.00000,-180.00000 38.00000,-180.00000",
    ]


def test_a_circle_in_nautical_miles_is_a_cap_circle_in_kilometres(receive, export):
    stored = receive(notification("NRRC-US", impact_areas=[KURA_50_NM]))
    alert = valid(cap_schema(), export(stored, ExportFormat.CAP)[1])
    desc, polygons, circles = areas(alert)[1]
    assert circles == ["57.77000,160.75000 92.6"]  # 50 NM = 92.6 km
    assert polygons == [] and "50 NM" in desc


def test_a_named_launch_area_is_left_out_and_said_so(receive, export):
    stored = receive(notification("NRRC-US", launch_area=WHITE_SEA, category="SLBM", impact_areas=[OFF_FLORIDA]))
    outcome, xml = export(stored, ExportFormat.CAP)
    alert = valid(cap_schema(), xml)
    assert [desc.split(":")[0] for desc, _p, _c in areas(alert)] == ["Impact area"]
    assert outcome.left_out == (
        "the launch area (White Sea) is a named area without coordinates, so no shape could be drawn for it",)
    assert "Launch area: White Sea." in text(alert, "info/description")


def test_the_schema_check_refuses_what_cap_forbids(receive, export):
    """The validation the tests above rely on is real: CAP 1.2 forbids "Z" for UTC."""
    stored = receive(notification("NRRC-US"))
    xml = export(stored, ExportFormat.CAP)[1].replace("2026-11-28T12:00:00-00:00", "2026-11-28T12:00:00Z")
    from lxml import etree

    assert not cap_schema().validate(etree.fromstring(xml.encode("utf-8")))
    assert "sent" in str(cap_schema().error_log.last_error)


def test_an_amendment_of_a_notice_never_received_is_an_update_that_says_what_it_cannot_reference(
        us, them, receive, export):
    from console.service.drafts import amendment_of
    from console.service.outgoing import Outgoing
    from console.storage import notices as notice_rows
    from tests.support.stations import folders

    lost = Outgoing(them).release(notification("NRRC-US"), "ivan")
    for path in folders(them, "NRRC-US").outbox.glob("*.wdn"):
        path.unlink()  # the medium never carried it
    draft = amendment_of(notice_rows.by_id(them.store, lost.notice.id), "ivan")
    stored = receive(draft)
    outcome, xml = export(stored, ExportFormat.CAP)
    alert = valid(cap_schema(), xml)
    assert text(alert, "msgType") == "Update"
    assert alert.find(f"{CAP}references") is None
    assert outcome.left_out == (f"the reference to message {lost.notice['message_id']}, which is not on record here "
                                "(CAP needs the time it was sent)",)
