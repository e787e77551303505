"""`watchdesk export` on a real station (its store key in the real keyring): the file written, the
outcome and what was left out printed, the export audited in the officer's name, bad input refused."""

from __future__ import annotations

import pytest

from console.cli.main import main as watchdesk
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage.keysource import KeyringKeySource
from tests.export.conftest import cap_schema, exports_audited, notification, valid
from tests.support.stations import add_officers, introduce, make_station

GENERAL = {"kind": "general_communication", "recipient": "NRRC-RU", "precedence": "ROUTINE", "status": "EXERCISE",
           "agreement": "US-USSR BMLNA 1988", "references": [], "drafted_by": "alice",
           "body": {"subject": "Link test", "text": "Please acknowledge."}}


@pytest.mark.keyring
def test_export_writes_prints_and_audits(real_keyring, tmp_path, capsys, clock):
    ours = tmp_path / "ours"
    assert watchdesk(["--data-dir", str(ours), "init", "--station-id", "NRRC-US", "--name", "US NRRC",
                      "--recovery-sheet", str(tmp_path / "sheet.pdf")]) == 0
    station = Station.open(ours, KeyringKeySource(), clock=clock)
    them = make_station(tmp_path, "NRRC-RU", "RU NRRC", clock)
    introduce(station, them)
    add_officers(station, {"alice": ("officer", "123456"), "bob": ("supervisor", "567890")}, clock)
    launch = Outgoing(station).release(notification("NRRC-RU", launch_area={"type": "body_of_water",
                                                                            "name": "White Sea"}, category="SLBM"),
                                       "alice", approver="bob").notice
    general = Outgoing(station).release(GENERAL, "alice", approver="bob").notice
    station.close()
    them.close()
    capsys.readouterr()

    target = tmp_path / "alert.xml"
    assert watchdesk(["--data-dir", str(ours), "--officer", "Sam Avery", "export", launch["message_id"],
                      "--cap", str(target)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"EXERCISE Missile launch (2 SLBM, group launch): our launch notification no. 1 to NRRC-RU: written as "
        f"CAP 1.2 alert to {target}.",
        "Left out: the launch area (White Sea) is a named area without coordinates, so no shape could be drawn "
        "for it.",
    ]
    valid(cap_schema(), target.read_text("utf-8"))

    assert watchdesk(["--data-dir", str(ours), "export", general["message_id"], "--notam",
                      str(tmp_path / "general.txt")]) == 1
    assert capsys.readouterr().err == (
        "watchdesk: No. 2 is a general communication: it holds no launch or impact areas to export.\n")
    assert not (tmp_path / "general.txt").exists()
    # A message id not on record: the command line's "not found" status (docs/cli.md).
    assert watchdesk(["--data-dir", str(ours), "export", "no-such-id", "--kml", str(tmp_path / "x.kml")]) == 5
    assert "no-such-id" in capsys.readouterr().err and not (tmp_path / "x.kml").exists()

    station = Station.open(ours, KeyringKeySource())
    try:
        audited = exports_audited(station)
    finally:
        station.close()
    assert [(officer, details["format"], details["file"]) for officer, details in audited] == [
        ("Sam Avery", "cap", str(target))]


def test_export_needs_exactly_one_format(capsys):
    with pytest.raises(SystemExit) as missing:
        watchdesk(["export", "00000000-0000-4000-8000-000000000000"])
    assert missing.value.code == 2
    assert "one of the arguments --cap --kml --geojson --notam is required" in capsys.readouterr().err
    with pytest.raises(SystemExit) as two:
        watchdesk(["export", "00000000-0000-4000-8000-000000000000", "--cap", "a.xml", "--kml", "a.kml"])
    assert two.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
