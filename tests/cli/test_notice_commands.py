"""`watchdesk notices list|show`, `ack`, `send` and `exchange export` on a real station: its store
in the real keyring, a real counterpart station on the same machine exchanging sealed files with
it through real folders, and the officers' PINs given on standard input (the documented way
without a terminal) or typed at a real pseudo-terminal."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from console.cli.main import main as watchdesk
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from console.storage.keysource import KeyringKeySource
from tests.support.stations import (
    Clock,
    add_officers,
    as_counterpart_desk,
    carry,
    import_inbox,
    introduce,
    make_station,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
OFFICERS = {"Dana Reyes": ("officer", "246810"), "Lee Morgan": ("supervisor", "135792"),
            "Sam Avery": ("officer", "975310")}
DANA, LEE = "Dana Reyes", "Lee Morgan"
PIN = {name: pin for name, (_role, pin) in OFFICERS.items()}
CORE_RELEASE_DETAILS = {"message_id", "kind", "counterpart", "sequence", "precedence", "status", "sha256"}


class Desk:
    """Our station (NRRC-US, run through the command line) and the counterpart's (NRRC-RU, a station
    object on a clock at the real time, as ours runs on)."""

    def __init__(self, ours: Path, them: Station, capsys, monkeypatch) -> None:
        self.ours, self.them, self.capsys, self.monkeypatch = ours, them, capsys, monkeypatch

    def run(self, *args, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        try:
            code = watchdesk(["--data-dir", str(self.ours), *(str(a) for a in args)])
        except SystemExit as wrong_command_line:  # argparse's own refusal
            code = wrong_command_line.code
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args, stdin: str = "") -> dict:
        code, out, err = self.run(*args, "--json", stdin=stdin)
        assert code == 0, err
        return json.loads(out)

    def station(self) -> Station:
        return Station.open(self.ours, KeyringKeySource())

    def audit(self, action: str) -> list[dict]:
        station = self.station()
        try:
            rows = station.store.db.query(
                "SELECT officer, details_json FROM audit_log WHERE action = ? ORDER BY idx", [action])
            return [{"officer": r["officer"], **json.loads(r["details_json"])} for r in rows]
        finally:
            station.close()

    def receive(self, draft: dict) -> dict:
        """The counterpart releases `draft` and we import it from the command line; its stored row."""
        released = Outgoing(self.them).release({**draft, "drafted_by": "Col Orlova"}, "Col Orlova")
        station = self.station()
        try:
            carry(self.them, station)
        finally:
            station.close()
        code, out, err = self.run("exchange", "import")
        assert code == 0 and "NRRC-RU: 1 accepted" in out, (out, err)
        return released.notice.row

    def deliver_to_them(self) -> None:
        station = self.station()
        try:
            carry(station, self.them)
        finally:
            station.close()
        import_inbox(self.them, "NRRC-US")


def launch(recipient: str, now: datetime, *, lead: timedelta = timedelta(hours=30), **overrides) -> dict:
    start = (now + lead).replace(microsecond=0)
    notice = {
        "kind": "launch_notification",
        "recipient": recipient,
        "precedence": "IMMEDIATE",
        "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988",
        "references": [],
        "body": {
            "vehicle_category": "ICBM",
            "vehicle_count": 1,
            "group_launch": False,
            "launch_area": {"type": "circle", "centre": {"lat": 62.9, "lon": 40.6}, "radius": 20, "unit": "km"},
            "window_start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "window_end": (start + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "planned_direction": "east",
            "impact_areas": [{"type": "circle", "centre": {"lat": 53.0, "lon": 161.0}, "radius": 50, "unit": "NM"}],
            "remarks": "ZEBRA-7731 exercise launch",
        },
    }
    notice.update(overrides)
    return notice


@pytest.fixture
def desk(real_keyring, tmp_path, capsys, monkeypatch):
    ours = tmp_path / "ours"
    assert watchdesk(["--data-dir", str(ours), "init", "--station-id", "NRRC-US", "--name", "US NRRC",
                      "--recovery-sheet", str(tmp_path / "sheet.txt")]) == 0
    them = as_counterpart_desk(
        make_station(tmp_path, "NRRC-RU", "RU NRRC", Clock(datetime.now(timezone.utc).replace(microsecond=0))),
        Clock(datetime.now(timezone.utc)))
    station = Station.open(ours, KeyringKeySource())
    try:
        add_officers(station, OFFICERS, station.clock)
        introduce(station, them)
    finally:
        station.close()
    yield Desk(ours, them, capsys, monkeypatch)
    them.close()


@pytest.mark.keyring
def test_the_lists_and_the_reading_pane_from_the_command_line(desk):
    now = desk.them.clock()
    first = desk.receive(launch("NRRC-US", now))
    desk.receive({**launch("NRRC-US", now, precedence="ROUTINE"), "kind": "general_communication", "status": "TEST",
                  "body": {"subject": "Channel check", "text": "Please confirm receipt."}})

    code, out, _ = desk.run("notices", "list")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("ID\tDIR\tCOUNTERPART\tNO.\tDTG")
    assert len(lines) == 3
    assert "\tin\tNRRC-RU\t1\t" in out and "\tIMMEDIATE\tlaunch notification\tEXERCISE\tAcknowledge within " in out

    listed = desk.json("notices", "list", "--direction", "in")["notices"]
    assert [(n["sequence"], n["kind"], n["status"]) for n in listed] == [
        (2, "general_communication", "TEST"), (1, "launch_notification", "EXERCISE")]
    launch_entry = listed[1]
    assert launch_entry["message_id"] == first["message_id"]
    assert launch_entry["deadline"]["phase"] == "running" and 0 < launch_entry["deadline"]["seconds_left"] <= 3600
    assert launch_entry["deadline"]["words"].startswith("Acknowledge within ")
    assert launch_entry["chain"] == {"stamp": None, "cancelled": False}
    assert launch_entry["acknowledgement"] is None and launch_entry["read"] is False

    assert [n["sequence"] for n in desk.json("notices", "list", "--status", "test")["notices"]] == [2]
    assert [n["sequence"] for n in desk.json("notices", "list", "--kind", "launch_notification")["notices"]] == [1]
    assert desk.json("notices", "list", "--direction", "out")["notices"] == []
    tomorrow = (now + timedelta(days=1)).strftime("%Y-%m-%d")
    assert desk.run("notices", "list", "--since", tomorrow)[1] == "No notices match.\n"
    code, _, err = desk.run("notices", "list", "--since", "yesterday")
    assert code == 2 and "'yesterday' is not a UTC time" in err

    # The counterpart cancels its notification: the list and the pane say so, above everything.
    cancellation = desk.receive({
        "kind": "cancellation", "recipient": "NRRC-US", "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988",
        "references": [{"message_id": first["message_id"], "sha256": first["sealed_sha256"]}],
        "body": {"cancelled_message_id": first["message_id"], "reason": "Launch called off."}})
    stamp = f"CANCELLED by no. 3 at {datetime.fromisoformat(cancellation['dtg'].replace('Z', '+00:00')):%H%M}Z"
    code, out, _ = desk.run("notices", "list", "--kind", "launch_notification")
    assert f"\tEXERCISE\t{stamp}: this notice no longer stands. Its receipt is still to be acknowledged" in out

    shown = desk.json("notices", "show", str(launch_entry["id"]))
    assert shown["chain"]["stamp"] == stamp and shown["chain"]["cancelled"] is True
    assert shown["chain"]["cancelled_by"]["sequence"] == 3
    assert [(m["sequence"], m["this"]) for m in shown["chain"]["members"]] == [(1, True), (3, False)]
    assert shown["deadline"]["words"].startswith(f"{stamp}: this notice no longer stands. Its receipt is still to be "
                                                 "acknowledged (due ")
    assert shown["notice"]["body"]["remarks"] == "ZEBRA-7731 exercise launch"
    assert shown["handling"]["sealed_sha256"] == first["sealed_sha256"] and shown["counterpart_name"] == "RU NRRC"

    code, out, _ = desk.run("notices", "show", first["message_id"])
    assert code == 0
    text = out.splitlines()
    assert text[0] == stamp and text[1] == "IMMEDIATE · launch notification · EXERCISE"
    assert text[2].startswith("From NRRC-RU — RU NRRC · no. 1 · DTG ")
    assert "  body.remarks: ZEBRA-7731 exercise launch" in text

    code, _, err = desk.run("notices", "show", "999")
    assert (code, err) == (5, "watchdesk: no notice 999 is on record at this station; `watchdesk notices list` "
                              "shows their numbers.\n")


@pytest.mark.keyring
def test_an_acknowledgement_asks_the_officers_pin_and_is_audited_as_the_windows(desk):
    received = desk.receive(launch("NRRC-US", desk.them.clock()))
    notice_id = desk.json("notices", "list")["notices"][0]["id"]

    code, _, err = desk.run("ack", notice_id)
    assert code == 2 and "name the acknowledging officer with --officer NAME" in err
    code, _, err = desk.run("ack", notice_id, "--officer", DANA)
    assert code == 4 and "PIN of Dana Reyes was not given and there is no terminal to ask it at" in err
    code, _, err = desk.run("ack", notice_id, "--officer", DANA, stdin="000000\n")
    assert (code, err) == (4, "watchdesk: wrong PIN for Dana Reyes; nothing was done (4 tries left before Dana "
                              "Reyes is locked).\n")
    refused = desk.audit("pin_refused")
    assert [(r["officer"], r["reason"], r["failures_in_a_row"]) for r in refused] == [(DANA, "wrong PIN", 1)]
    assert refused[0]["place"] == ("command line: watchdesk ack: acknowledgement of launch notification no. 1 "
                                   "from NRRC-RU")
    code, _, err = desk.run("ack", notice_id, "--officer", "Pat Nobody", stdin="123456\n")
    assert code == 4 and "Pat Nobody is not an active officer of this station" in err
    assert desk.audit("release") == [] and desk.audit("acknowledge") == []

    code, out, err = desk.run("ack", notice_id, "--officer", DANA, stdin=PIN[DANA] + "\n")
    assert code == 0, err
    assert out.startswith("Acknowledgement sealed as sequence 1 to NRRC-RU")
    outbox_file = Path(out.splitlines()[-1].removeprefix("File: "))
    assert outbox_file.is_file()

    # The audit entries of the window's Acknowledge button (Outgoing.acknowledge), under Dana's name.
    released, = desk.audit("release")
    acknowledged, = desk.audit("acknowledge")
    exported, = desk.audit("export")
    assert released["officer"] == acknowledged["officer"] == exported["officer"] == DANA
    assert set(released) == CORE_RELEASE_DETAILS | {"officer"} and released["kind"] == "acknowledgement"
    assert acknowledged == {"officer": DANA, "message_id": received["message_id"],
                            "ack_message_id": released["message_id"]}
    assert exported == {"officer": DANA, "message_id": released["message_id"], "file": str(outbox_file)}

    entry = desk.json("notices", "show", notice_id)
    assert entry["acknowledgement"]["by"] == DANA and entry["deadline"]["phase"] == "acknowledged"
    assert entry["deadline"]["words"].startswith("Acknowledged by Dana Reyes at ")
    code, _, err = desk.run("ack", notice_id, "--officer", LEE)  # refused before the PIN is asked
    assert code == 4 and "Already acknowledged by Dana Reyes" in err

    # The counterpart's station reads it as the acknowledgement of its notice.
    desk.deliver_to_them()
    theirs = notice_rows.by_message_id(desk.them.store, received["message_id"])
    assert theirs["acknowledged_by"] == DANA


@pytest.mark.keyring
def test_the_pin_is_asked_at_a_terminal_without_echo(desk):
    desk.receive(launch("NRRC-US", desk.them.clock()))
    notice_id = desk.json("notices", "list")["notices"][0]["id"]
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "console.cli.main", "--data-dir", str(desk.ours), "--officer", DANA, "ack",
         str(notice_id)],
        stdin=follower, stdout=follower, stderr=follower, cwd=REPO_ROOT, start_new_session=True)
    os.close(follower)
    seen = b""
    try:
        seen = _read_until(leader, b"PIN of Dana Reyes: ", seen)
        os.write(leader, (PIN[DANA] + "\n").encode())
        seen = _read_until(leader, b"File: ", seen)
        assert child.wait(timeout=60) == 0, seen
        seen = _read_until(leader, None, seen)
    finally:
        if child.poll() is None:
            child.kill()
        os.close(leader)
    assert PIN[DANA].encode() not in seen  # no echo
    assert b"Acknowledgement sealed as sequence 1 to NRRC-RU" in seen
    assert desk.json("notices", "show", notice_id)["acknowledgement"]["by"] == DANA


def _read_until(fd: int, wanted: bytes | None, seen: bytes, timeout: float = 60.0) -> bytes:
    """Read the terminal until `wanted` has appeared (None: until the child closed it)."""
    deadline = time.monotonic() + timeout
    while wanted is None or wanted not in seen:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"the terminal did not show {wanted!r}; it showed {seen!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            chunk = b""
        if not chunk:
            if wanted is None:
                return seen
            raise AssertionError(f"the terminal closed before {wanted!r}; it showed {seen!r}")
        seen += chunk
    return seen


@pytest.mark.keyring
def test_a_release_passes_the_two_person_rule_and_the_agreement_only_as_in_the_window(desk, tmp_path):
    now = desk.them.clock()
    notice_file = tmp_path / "notice.json"
    notice_file.write_text(json.dumps(launch("NRRC-RU", now)))

    # One person cannot pass the rule, nor someone who is not on the roll; no PIN is asked before.
    code, _, err = desk.run("send", notice_file, "--drafter", DANA)
    assert (code, err) == (4, "watchdesk: The two-person rule is on: a second, different officer must approve this "
                              "release.\n")
    assert desk.run("send", notice_file, "--drafter", DANA, "--approver", DANA)[0] == 4
    code, _, err = desk.run("send", notice_file, "--drafter", DANA, "--approver", "Pat Nobody")
    assert code == 4 and "Pat Nobody is not an active officer of this station and cannot take part in this" in err
    # The approver's own PIN, checked after the drafter's.
    code, _, err = desk.run("send", notice_file, "--drafter", DANA, "--approver", LEE,
                            stdin=f"{PIN[DANA]}\n{PIN[DANA]}\n")
    assert code == 4 and "wrong PIN for Lee Morgan" in err
    refused, = desk.audit("pin_refused")
    assert refused["officer"] == LEE and refused["place"] == (
        "command line: watchdesk send: release of launch notification to NRRC-RU: approving officer")
    assert desk.audit("release") == []

    code, out, err = desk.run("send", notice_file, "--drafter", DANA, "--approver", LEE,
                              stdin=f"{PIN[DANA]}\n{PIN[LEE]}\n")
    assert code == 0, err
    assert out.startswith("Launch notification sealed as sequence 1 to NRRC-RU")
    assert "waiting for acknowledgement" in out
    released, = desk.audit("release")
    assert released["officer"] == DANA and released["approved_by"] == LEE and "override_reason" not in released
    assert set(released) == CORE_RELEASE_DETAILS | {"officer", "approved_by"}

    # The agreement asks for 24 h notice: a window opening in 2.5 h breaks it, and goes only with a reason.
    short = tmp_path / "short.json"
    short.write_text(json.dumps(launch("NRRC-RU", now, lead=timedelta(hours=2, minutes=30), precedence="FLASH")))
    code, _, err = desk.run("send", short, "--drafter", DANA, "--approver", LEE, stdin=f"{PIN[DANA]}\n{PIN[LEE]}\n")
    assert code == 4 and "release it only with --override-reason TEXT" in err
    assert "  - body.window_start: The window opens in 2 h" in err and "(lead_time)" in err
    assert len(desk.audit("release")) == 1
    reason = "Short notice agreed with NRRC-RU by phone at 1205Z"
    result = desk.json("send", short, "--drafter", DANA, "--approver", LEE, "--override-reason", reason,
                       stdin=f"{PIN[DANA]}\n{PIN[LEE]}\n")
    assert result["exported"] is True and Path(result["file"]).is_file()
    assert result["notice"]["precedence"] == "FLASH" and result["notice"]["sequence"] == 2
    overridden = desk.audit("release")[-1]
    assert overridden["override_reason"] == reason and overridden["overridden"] == ["lead_time"]

    sent = desk.json("notices", "list", "--direction", "out")["notices"]
    assert [n["sequence"] for n in sent] == [2, 1]
    assert sent[0]["deadline"]["words"].startswith("File written to the outbox. Awaiting their acknowledgement: ")
    desk.deliver_to_them()
    arrived = notice_rows.by_message_id(desk.them.store, result["notice"]["message_id"])
    assert arrived.notice.drafted_by == DANA and arrived.notice.released_by == DANA


@pytest.mark.keyring
def test_a_notice_file_that_is_not_a_notice_is_refused_in_words(desk, tmp_path):
    now = desk.them.clock()
    bad = tmp_path / "bad.json"
    bad.write_text("{\"kind\": \"launch_notification\",")
    code, _, err = desk.run("send", bad, "--drafter", DANA, "--approver", LEE)
    assert code == 6 and err.startswith(f"watchdesk: {bad} is not JSON: ") and "line 1" in err
    bad.write_text(json.dumps({**launch("NRRC-RU", now), "sequence": 7, "dtg": "2026-11-28T12:00:00Z"}))
    code, _, err = desk.run("send", bad, "--drafter", DANA, "--approver", LEE)
    assert (code, err) == (6, f"watchdesk: {bad} gives sequence, dtg: the station fills them in when it releases "
                              "the notice; leave them out.\n")
    notice = launch("NRRC-RU", now)
    del notice["body"]["vehicle_count"]
    bad.write_text(json.dumps(notice))
    code, _, err = desk.run("send", bad, "--drafter", DANA, "--approver", LEE)
    assert code == 6 and "cannot be sent until these are fixed" in err and "  - body.vehicle_count: " in err
    bad.write_text(json.dumps({**launch("NRRC-RU", now), "kind": ["launch_notification"]}))
    code, _, err = desk.run("send", bad, "--drafter", DANA, "--approver", LEE)
    assert code == 6 and "  - kind: " in err
    bad.write_text(json.dumps({**launch("NRRC-RU", now), "recipient": ["NRRC-RU"]}))
    code, _, err = desk.run("send", bad, "--drafter", DANA, "--approver", LEE)
    assert code == 6 and err.startswith(f"watchdesk: {bad} is not a valid notice: recipient") and "Traceback" not in err
    bad.write_text(json.dumps({**launch("NRRC-RU", now), "kind": "acknowledgement"}))
    code, _, err = desk.run("send", bad, "--drafter", DANA, "--approver", LEE)
    assert code == 6 and "`watchdesk ack ID`" in err
    code, _, err = desk.run("send", tmp_path / "missing.json", "--drafter", DANA)
    assert code == 6 and "missing.json does not exist" in err
    assert desk.audit("release") == [] and desk.audit("pin_refused") == []


@pytest.mark.keyring
def test_exchange_export_writes_what_is_pending_and_says_when_nothing_is(desk, tmp_path):
    code, out, _ = desk.run("exchange", "export")
    assert (code, out) == (0, "Nothing to export: every released notice's file is written already.\n")

    # The medium is not there when the notice is released: it stays released, its file unwritten.
    blocker = tmp_path / "usb"
    blocker.write_text("not a folder")
    assert desk.run("counterpart", "folders", "NRRC-RU", "--outbox", blocker / "to-ru")[0] == 0
    notice_file = tmp_path / "notice.json"
    notice_file.write_text(json.dumps(launch("NRRC-RU", desk.them.clock())))
    code, out, err = desk.run("send", notice_file, "--drafter", DANA, "--approver", LEE,
                              stdin=f"{PIN[DANA]}\n{PIN[LEE]}\n")
    assert code == 0, err
    assert "could not be written to the outbox" in out and "`watchdesk exchange export` writes it" in out
    pending, = desk.json("notices", "list", "--direction", "out")["notices"]
    assert pending["delivery"] == "released"
    assert pending["deadline"]["words"].startswith("Released; the file is not written yet")

    blocker.unlink()
    code, out, err = desk.run("exchange", "export")
    assert (code, out) == (0, "1 notice(s) written, 0 failed\n"), err
    written = list((blocker / "to-ru").glob("*.wdn"))
    assert len(written) == 1
    assert desk.audit("export")[-1]["file"] == str(written[0])
    assert desk.json("notices", "list", "--direction", "out")["notices"][0]["delivery"] == "exported"
    assert desk.run("exchange", "export")[1].startswith("Nothing to export")
    station = desk.station()
    try:
        assert CounterpartBook(station.store).require("NRRC-RU").outbox_dir == str((blocker / "to-ru").resolve())
    finally:
        station.close()


def test_a_working_translation_from_the_command_line_is_kept_under_the_officer_and_the_pin(desk):
    desk.receive(launch("NRRC-US", desk.them.clock()) | {"body": {
        **launch("NRRC-US", desk.them.clock())["body"], "remarks": "Пуск с подводной лодки."}})
    notice_id = desk.json("notices", "list")["notices"][0]["id"]
    arguments = ("notices", "translate", notice_id, "--field", "body.remarks", "--into", "en",
                 "--text", "Launch from a submarine.")

    code, _, err = desk.run(*arguments)
    assert code == 2 and "name the translating officer with --officer NAME" in err
    # Refused before the PIN is asked for: no PIN on stdin, and the refusal is the only word.
    code, _, err = desk.run(*arguments[:-1], "  ", "--officer", DANA)
    assert (code, err) == (4, "watchdesk: The working translation is empty; nothing was stored.\n")
    code, _, err = desk.run(*arguments[:4], "body.text", *arguments[5:], "--officer", DANA)
    assert (code, err) == (4, f"watchdesk: Notice {notice_id} has no Text to translate; nothing was stored.\n")
    assert desk.audit("working_translation_added") == []

    kept = desk.json(*arguments, "--officer", DANA, stdin=PIN[DANA] + "\n")
    assert (kept["notice"], kept["field"], kept["language"], kept["translator"]) == (
        notice_id, "body.remarks", "en", DANA)
    code, out, _ = desk.run(*arguments[:-1], "Launch from a submerged submarine.", "--officer", DANA,
                            stdin=PIN[DANA] + "\n")
    assert code == 0 and out.startswith("Working translation into English by Dana Reyes, ")
    entries = desk.audit("working_translation_added")
    assert [(e["officer"], e["translator"], e["field"], e["language"]) for e in entries] == [
        (DANA, DANA, "body.remarks", "en")] * 2
    shown = desk.json("notices", "show", notice_id)
    assert shown["notice"]["body"]["remarks"] == "Пуск с подводной лодки."  # the original, as received
    assert shown["free_text_language"] is None
    assert [(t["field"], t["text"], t["translator"]) for t in shown["working_translations"]] == [
        ("body.remarks", "Launch from a submarine.", DANA), ("body.remarks", "Launch from a submerged submarine.", DANA)]
    code, out, _ = desk.run("notices", "show", notice_id)
    assert code == 0 and "Free text: as received, language not stated" in out
    assert "body.remarks: Working translation into English by Dana Reyes, " in out
    assert out.rstrip().endswith("  Launch from a submerged submarine.")
