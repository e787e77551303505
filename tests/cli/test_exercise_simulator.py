"""`watchdesk simulate` as an exercise peer: a script of timed traffic (a FLASH, its cancellation, a
gap, a key change), files moved out of our outbox as a real station's import moves them, and
automatic acknowledgement an option. Our station and the simulated one are real stations in the
real keyring, joined by real folders; the timing of a script is checked on a recorded clock."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from console.cli.main import main as watchdesk
from console.service.exercise_script import ScriptError, parse_script, play_script
from console.service.station import Station
from console.storage.keysource import KeyringKeySource
from tests.support.stations import add_officers

OFFICERS = {"Dana Reyes": ("officer", "246810"), "Lee Morgan": ("supervisor", "135792")}
PINS = "246810\n135792\n"
REHEARSAL = {"events": [
    {"minute": 12, "send": "cancellation", "of": "the flash"},
    {"minute": 5, "send": "launch_notification", "precedence": "FLASH", "name": "the flash"},
    {"minute": 13, "gap": 1},
    {"minute": 14, "send": "general_communication"},
    {"minute": 20, "key_change": True},
    {"minute": 21, "send": "general_communication", "precedence": "IMMEDIATE"},
]}


class Exercise:
    def __init__(self, tmp_path: Path, capsys, monkeypatch) -> None:
        self.tmp, self.capsys, self.monkeypatch = tmp_path, capsys, monkeypatch
        self.ours, self.sim = tmp_path / "ours", tmp_path / "sim"
        self.inbox, self.outbox = tmp_path / "from-red", tmp_path / "to-red"

    def run(self, *args, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        code = watchdesk([str(a) for a in args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ours_run(self, *args, stdin: str = "") -> tuple[int, str, str]:
        return self.run("--data-dir", self.ours, *args, stdin=stdin)

    def simulate(self, script: dict, *options) -> tuple[int, str, str]:
        path = self.tmp / "script.json"
        path.write_text(json.dumps(script))
        return self.run("--data-dir", self.sim, "simulate", "--peer-card", self.tmp / "us.card.json",
                        "--peer-inbox", self.inbox, "--peer-outbox", self.outbox, "--script", path, "--minute", "0",
                        *options)

    def meet(self, card: Path) -> None:
        """Our officers add the simulated station's card and verify the number it gives."""
        code, out, err = self.ours_run("counterpart", "add", card)
        assert code == 0, err
        number = re.search(r"\n    ([\d ]{71})\n", out).group(1)
        assert self.ours_run("counterpart", "verify", "EXER-RED", number)[0] == 0


@pytest.fixture
def exercise(real_keyring, tmp_path, capsys, monkeypatch):
    ex = Exercise(tmp_path, capsys, monkeypatch)
    assert ex.ours_run("init", "--station-id", "NRRC-US", "--name", "US", "--recovery-sheet",
                       tmp_path / "sheet.txt")[0] == 0
    assert ex.ours_run("keys", "card", tmp_path / "us.card.json")[0] == 0
    station = Station.open(ex.ours, KeyringKeySource())
    try:
        add_officers(station, OFFICERS, station.clock)
    finally:
        station.close()
    # The simulated station comes to be, with its first card, before the rehearsal.
    code, out, err = ex.simulate({"events": []})
    assert code == 0, err
    ex.meet(ex.sim / "EXER-RED.card.json")
    assert ex.ours_run("counterpart", "folders", "EXER-RED", "--inbox", ex.inbox, "--outbox", ex.outbox)[0] == 0
    return ex


@pytest.mark.keyring
def test_a_scripted_rehearsal_sends_a_flash_its_cancellation_a_gap_and_a_key_change(exercise):
    code, out, err = exercise.simulate(REHEARSAL)
    assert code == 0, err
    played = [line for line in out.splitlines() if line.startswith("minute ")]
    assert played[0] == "minute 5: sent launch_notification FLASH seq 1 (the flash)"
    assert played[1].startswith("minute 12: sent cancellation ") and played[1].endswith(" seq 2")
    assert played[2:4] == ["minute 13: gap: sequence 3 released and lost on the way",
                           "minute 14: sent general_communication ROUTINE seq 4"]
    assert played[4].startswith("minute 20: key change: a new key generation, fingerprint ")
    assert played[5] == "minute 21: sent general_communication IMMEDIATE seq 5"
    assert sorted(int(p.name.split("_")[2]) for p in exercise.inbox.glob("*.wdn")) == [1, 2, 4, 5]

    # The new key card reaches our officers out of band; they compare the number again.
    code, out, err = exercise.ours_run("counterpart", "add", exercise.sim / "EXER-RED.card.json")
    assert "key CHANGED" in out
    number = re.search(r"\n    ([\d ]{71})\n", out).group(1)
    assert exercise.ours_run("counterpart", "verify", "EXER-RED", number)[0] == 0

    code, out, err = exercise.ours_run("exchange", "import")
    assert code == 0, err
    assert "EXER-RED: 4 accepted" in out and "gap: sequence numbers 3 have not arrived" in out
    listed = json.loads(exercise.ours_run("notices", "list", "--json")[1])["notices"]
    by_sequence = {n["sequence"]: n for n in listed}
    assert sorted(by_sequence) == [1, 2, 4, 5]
    assert by_sequence[1]["precedence"] == "FLASH" and by_sequence[1]["chain"]["stamp"].startswith(
        "CANCELLED by no. 2 at ")
    assert by_sequence[2]["kind"] == "cancellation" and by_sequence[5]["precedence"] == "IMMEDIATE"


@pytest.mark.keyring
def test_the_peer_moves_our_files_and_acknowledges_only_when_told_to(exercise):
    notice = {
        "kind": "general_communication", "recipient": "EXER-RED", "precedence": "ROUTINE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "references": [],
        "body": {"subject": "Link check", "text": "Please acknowledge."},
    }
    (exercise.tmp / "notice.json").write_text(json.dumps(notice))

    def send() -> str:
        code, out, err = exercise.ours_run("send", exercise.tmp / "notice.json", "--drafter", "Dana Reyes",
                                           "--approver", "Lee Morgan", "--json", stdin=PINS)
        assert code == 0, err
        return json.loads(out)["notice"]["message_id"]

    def our_sent() -> dict[str, dict]:
        assert exercise.ours_run("exchange", "import")[0] == 0
        return {n["message_id"]: n for n in json.loads(exercise.ours_run(
            "notices", "list", "--direction", "out", "--json")[1])["notices"]}

    unanswered = send()
    code, out, err = exercise.simulate({"events": []}, "--no-auto-acknowledge")
    assert code == 0, err
    assert "acknowledged" not in out
    # Taken out of our outbox, as a real station's import takes it: into the peer's processed/.
    assert list(exercise.outbox.glob("*.wdn")) == []
    assert len(list((exercise.sim / "exchange" / "NRRC-US" / "processed").glob("*.wdn"))) == 1
    assert our_sent()[unanswered]["deadline"]["phase"] == "running"

    answered = send()
    code, out, err = exercise.simulate({"events": []})
    assert code == 0, err
    # The default acknowledges what is waiting, the notice left unanswered before included.
    assert "acknowledged 2 notice(s) of NRRC-US's" in out
    assert list(exercise.outbox.glob("*.wdn")) == []
    sent = our_sent()
    assert sent[answered]["acknowledgement"]["by"] == "sim-officer"
    assert sent[unanswered]["deadline"]["phase"] == "acknowledged"


@pytest.mark.keyring
def test_a_script_that_cannot_be_played_is_refused_in_words(exercise):
    code, _, err = exercise.simulate({"events": [{"minute": 3, "send": "cancellation", "of": "nothing"}]})
    assert code == 6
    assert err == (f"watchdesk: {exercise.tmp / 'script.json'}, event 1: \"of\" names 'nothing', which no event "
                   "before it sends.\n")
    code, _, err = exercise.simulate({"events": [{"minute": 3, "send": "acknowledgement"}]})
    assert code == 6 and "\"send\" must be one of launch_notification, " in err


class RecordedClock:
    """The time a script is played on, moved by its own sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class RecordingPeer:
    """A stand-in for SimulatedCounterpart that notes when each thing was asked of it (the real one
    plays the scripts above)."""

    peer_id = "NRRC-US"

    def __init__(self, clock: RecordedClock) -> None:
        self.clock, self.sent, self.polls = clock, [], []

    def acknowledge_peer_traffic(self) -> int:
        self.polls.append(self.clock.now)
        return 0

    def latest_launches(self) -> list[dict]:
        return [row for _at, _kind, row in self.sent if row["kind"] == "launch_notification"]

    def send_one(self, kind, *, prec=None, target=None):
        row = {"kind": kind, "precedence": prec or "ROUTINE", "sequence": len(self.sent) + 1, "target": target}
        self.sent.append((self.clock.now, kind, row))
        return SimpleNamespace(notice=StoredRow(row))


class StoredRow:
    def __init__(self, row: dict) -> None:
        self.row = row

    def __getitem__(self, key: str):
        return self.row[key]


def test_each_event_plays_at_its_minute_and_our_traffic_is_answered_in_between():
    clock = RecordedClock()
    peer = RecordingPeer(clock)
    lines: list[str] = []
    events = parse_script({"events": [e for e in REHEARSAL["events"] if "send" in e]}, "rehearsal")
    play_script(peer, events, say=lines.append, monotonic=clock.monotonic, sleep=clock.sleep, poll_seconds=30)
    assert [(at, kind) for at, kind, _row in peer.sent] == [
        (300.0, "launch_notification"), (720.0, "cancellation"), (840.0, "general_communication"),
        (1260.0, "general_communication")]
    assert peer.sent[1][2]["target"] is peer.sent[0][2]  # the cancellation answers the named FLASH
    assert max(clock.sleeps) == 30 and peer.polls[:3] == [30.0, 60.0, 90.0]
    assert lines[0] == "minute 5: sent launch_notification FLASH seq 1 (the flash)"
    with pytest.raises(ScriptError, match="event 2: the name 'a' is taken already"):
        parse_script({"events": [{"minute": 1, "send": "launch_notification", "name": "a"},
                                 {"minute": 2, "send": "launch_notification", "name": "a"}]}, "script")
    with pytest.raises(ScriptError, match="event 1: \"minute\" must be a number of minutes from the start"):
        parse_script({"events": [{"minute": -1, "gap": 1}]}, "script")
