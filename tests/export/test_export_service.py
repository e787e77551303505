"""Exporting through the real store: the file written whole, the export audited, notices of ours as
well as theirs, and bad input refused in one sentence."""

from __future__ import annotations

import os

import pytest

from console.export import ExportFormat, NoSuchNotice, NothingToExport, export_notice
from console.storage import notices as notice_rows
from tests.export.conftest import OFF_FLORIDA, WHITE_SEA, exports_audited, notification
from tests.support.stations import folders


def test_every_export_is_audited_with_who_what_and_which_format(us, receive, export, tmp_path):
    stored = receive(notification("NRRC-US", launch_area=WHITE_SEA, category="SLBM"))
    for fmt in ExportFormat:
        export(stored, fmt)
    audited = exports_audited(us)
    assert [officer for officer, _details in audited] == ["alice"] * 4
    assert [details["format"] for _officer, details in audited] == ["cap", "kml", "geojson", "notam"]
    for _officer, details in audited:
        assert details["message_id"] == stored["message_id"] and details["sequence"] == 1
        assert details["file"].startswith(str(tmp_path)) and os.path.exists(details["file"])
    # What a format could not hold is on record too: the named launch area, in the drawing formats.
    assert [details.get("left_out") for _officer, details in audited] == [
        ["the launch area (White Sea) is a named area without coordinates, so no shape could be drawn for it"]] * 3 + [
        None]


def test_our_own_notice_exports_with_us_as_its_origin(us, send, export):
    stored = send(notification("NRRC-RU"))
    outcome, text = export(stored, ExportFormat.NOTAM)
    assert "SOURCE: OUR LAUNCH NOTIFICATION NO. 1 TO NRRC-RU, DTG 281200Z NOV 26, PRECEDENCE FLASH" in text
    assert outcome.title == "EXERCISE Missile launch (2 ICBM, group launch): our launch notification no. 1 to NRRC-RU"


def test_a_general_communication_has_no_areas_and_is_refused_in_one_sentence(us, receive, tmp_path, clock):
    stored = receive({"kind": "general_communication", "recipient": "NRRC-US", "precedence": "ROUTINE",
                      "status": "EXERCISE", "agreement": "US-USSR BMLNA 1988", "references": [],
                      "drafted_by": "ivan", "body": {"subject": "Link test", "text": "Please acknowledge."}})
    target = tmp_path / "general.xml"
    with pytest.raises(NothingToExport) as refused:
        export_notice(us.store, stored["message_id"], ExportFormat.CAP, target, "alice", clock())
    assert str(refused.value) == "No. 1 is a general communication: it holds no launch or impact areas to export."
    assert not target.exists() and exports_audited(us) == []


def test_an_unknown_message_id_is_refused(us, tmp_path, clock):
    with pytest.raises(NoSuchNotice, match="No notice with message id 00000000-0000-4000-8000-000000000000 is on "
                                           "record at this station."):
        export_notice(us.store, "00000000-0000-4000-8000-000000000000", ExportFormat.KML, tmp_path / "x.kml",
                      "alice", clock())


def test_a_cancellation_of_a_notice_never_received_has_no_areas_to_export(us, them, receive, tmp_path, clock):
    from console.service.drafts import cancellation_of
    from console.service.outgoing import Outgoing

    lost = Outgoing(them).release(notification("NRRC-US"), "ivan")
    for path in folders(them, "NRRC-US").outbox.glob("*.wdn"):
        path.unlink()  # the medium never carried it
    draft = cancellation_of(notice_rows.by_id(them.store, lost.notice.id), "ivan")
    draft["body"]["reason"] = "Called off."
    stored = receive(draft)
    with pytest.raises(NothingToExport, match=f"Cancellation no. 2 cancels message {lost.notice['message_id']}, "
                                              "which is not on record here, so there are no areas to export."):
        export_notice(us.store, stored["message_id"], ExportFormat.GEOJSON, tmp_path / "x.geojson", "alice",
                      clock())


def test_an_export_replaces_a_file_whole_and_leaves_nothing_half_written(us, receive, export, tmp_path, clock):
    stored = receive(notification("NRRC-US", impact_areas=[OFF_FLORIDA]))
    target = tmp_path / f"1-in{ExportFormat.KML.suffix}"
    target.write_text("an older export")
    _outcome, text = export(stored, ExportFormat.KML)
    assert target.read_text() == text and text.startswith("<?xml")
    missing = tmp_path / "no such folder" / "x.kml"
    with pytest.raises(FileNotFoundError):
        export_notice(us.store, stored["message_id"], ExportFormat.KML, missing, "alice", clock())
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []
    assert len(exports_audited(us)) == 1  # a failed write is not recorded as an export
