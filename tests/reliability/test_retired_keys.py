"""Issue 14, section 6: a counterpart's signing key can be retired, and a rotation retires the old key.

Before, a file signed with a counterpart's old signing key was accepted forever after a
rotation, and nothing could retire a key. Now files signed with a retired key are
quarantined with code `retired_key`: all of them for a compromised key, those dated after
the retirement otherwise; a verified rotation retires the replaced key for files dated
after the new key card was made.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import timedelta

import pytest

from console.cli.main import main as watchdesk
from console.domain.notices import Notice, new_message_id
from console.exchange.importer import Importer
from console.format import seal, sealed_file_name
from console.service.station import Station
from console.storage.counterparts import CounterpartBook, CounterpartError
from console.storage.keysource import KeyringKeySource
from tests.exchange.conftest import clock, folders, import_inbox, launch_draft, pair  # noqa: F401 - fixtures
from tests.reliability.conftest import sealed_notice


def _deliver(receiver: Station, sender: Station, name: str, data: bytes) -> None:
    inbox = folders(receiver, sender.station_id).inbox
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / name).write_bytes(data)


def _outcomes(report) -> list[tuple[str, str]]:
    return [(o.outcome, o.code) for o in report.outcomes]


def _reason(receiver: Station, sender: Station, name: str) -> str:
    return (folders(receiver, sender.station_id).quarantine / f"{name}.reason.txt").read_text(encoding="utf-8")


def _audit(station: Station, action: str) -> list[dict]:
    return [
        {"officer": row["officer"], **json.loads(row["details_json"])}
        for row in station.store.db.query("SELECT officer, details_json FROM audit_log WHERE action = ?", [action])
    ]


def test_a_key_retired_as_compromised_signs_nothing_whatever_the_file_says_its_date_is(pair, clock):
    us, them = pair
    kid = them.own_card().signing_key_thumbprint
    # Sealed (and dated) an hour before the retirement: a thief backdates what he forges.
    early_name, early = sealed_notice(them, us.station_id, 1, clock, "sealed before the theft was known")
    clock.advance(hours=1)

    CounterpartBook(us.store).retire_key(them.station_id, kid, "supervisor", clock(), compromised=True)
    _deliver(us, them, early_name, early)
    report = import_inbox(us, them.station_id)

    assert _outcomes(report) == [("quarantined", "retired_key")]
    assert "compromised" in report.outcomes[0].message and kid in report.outcomes[0].message
    assert us.store.db["notices"].count == 0
    assert _reason(us, them, early_name).startswith("code: retired_key\nmessage: it is signed with key ")
    [entry] = _audit(us, "key_retired")
    assert entry["officer"] == "supervisor" and entry["key"] == kid and entry["compromised"] is True


def test_a_retired_key_still_counts_for_files_dated_before_the_retirement(pair, clock):
    us, them = pair
    kid = them.own_card().signing_key_thumbprint
    before_name, before = sealed_notice(them, us.station_id, 1, clock, "dated before the retirement")
    clock.advance(minutes=10)
    CounterpartBook(us.store).retire_key(them.station_id, kid, "supervisor", clock())
    clock.advance(seconds=1)
    after_name, after = sealed_notice(them, us.station_id, 2, clock, "dated after the retirement")
    _deliver(us, them, before_name, before)
    _deliver(us, them, after_name, after)

    report = import_inbox(us, them.station_id)

    by_name = {o.name: (o.outcome, o.code) for o in report.outcomes}
    assert by_name == {before_name: ("accepted", ""), after_name: ("quarantined", "retired_key")}
    assert "dated 2026-11-28T12:10:01Z, after that" in _reason(us, them, after_name)


@pytest.mark.parametrize("where", ["this connection", "another connection"])
def test_a_key_retired_while_an_import_runs_is_refused_from_the_next_file_on(pair, clock, where):
    """The importer keeps the key states it read while nothing is written; a retirement is a write."""
    us, them = pair
    kid = them.own_card().signing_key_thumbprint
    names = []
    for sequence in range(1, 5):
        name, data = sealed_notice(them, us.station_id, sequence, clock, f"file {sequence}")
        _deliver(us, them, name, data)
        names.append(name)
    retiring_store = us.store if where == "this connection" else us.store.clone()
    asked = []

    def retire_before_the_third_file() -> bool:
        # Called before each file is checked; the four files are one batch.
        asked.append(True)
        if len(asked) == 3:
            CounterpartBook(retiring_store).retire_key(them.station_id, kid, "supervisor", clock(), compromised=True)
        return False

    try:
        importer = Importer(us.store, us.station_id, us.keys, us.clock, us.data_dir)
        report = importer.import_counterpart(CounterpartBook(us.store).require(them.station_id),
                                             retire_before_the_third_file)
    finally:
        if retiring_store is not us.store:
            retiring_store.close()

    by_name = {o.name: (o.outcome, o.code) for o in report.outcomes}
    assert by_name == {names[0]: ("accepted", ""), names[1]: ("accepted", ""),
                       names[2]: ("quarantined", "retired_key"), names[3]: ("quarantined", "retired_key")}
    assert us.store.db["notices"].count == 2


def test_a_verified_rotation_retires_the_old_key_for_files_dated_after_the_rotation(pair, clock):
    us, them = pair
    old_keys = them.current_keys
    before_name, before = sealed_notice(them, us.station_id, 1, clock, "sealed with the old key, in time")
    clock.advance(minutes=5)
    new_card = them.rotate_keys("officer")
    clock.advance(minutes=5)
    # Someone who kept the old private key seals a new file with it after the rotation.
    late_name, late = _sealed_with(old_keys, them, us.station_id, 2, clock)

    book = CounterpartBook(us.store)
    assert book.add_card(new_card, "officer", us.station_id, clock())[1] == "key_changed"
    book.verify(them.station_id, book.expected_number(them.station_id, us.own_card()), us.own_card(), "officer",
                clock())
    _deliver(us, them, before_name, before)
    _deliver(us, them, late_name, late)
    report = import_inbox(us, them.station_id)

    by_name = {o.name: (o.outcome, o.code) for o in report.outcomes}
    assert by_name == {before_name: ("accepted", ""), late_name: ("quarantined", "retired_key")}
    assert "replaced by a new key card" in _reason(us, them, late_name)
    retired = _audit(us, "key_retired")
    assert [e["key"] for e in retired] == [old_keys.signing_key_thumbprint]


def _sealed_with(keys, sender: Station, recipient: str, sequence: int, clock) -> tuple[str, bytes]:
    """A launch notification of `sender` sealed with `keys`, an earlier key generation, at clock.now."""
    draft = launch_draft(recipient, clock)
    wire = dict(draft, format_version=1, message_id=new_message_id(), sequence=sequence, sender=sender.station_id,
                dtg=clock.now.strftime("%Y-%m-%dT%H:%M:%SZ"), released_by="alice")
    notice = Notice.from_dict(wire)
    card = CounterpartBook(sender.store).require(recipient).card
    data = seal(notice.to_dict(), keys, sender.station_id, card, clock.now)
    return sealed_file_name(notice.sender, notice.recipient, notice.sequence, notice.message_id), data


def test_retiring_a_key_that_is_not_on_record_names_the_keys_that_are(pair, clock):
    us, them = pair
    with pytest.raises(CounterpartError, match=r"is not a signing key of NRRC-RU on record \(its keys: "):
        CounterpartBook(us.store).retire_key(them.station_id, "no-such-key", "supervisor", clock())
    assert _audit(us, "key_retired") == []


def _run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = watchdesk([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.keyring
def test_retire_key_from_the_command_line_refuses_the_next_files_and_says_so(real_keyring, tmp_path, capsys):
    ours, sim_dir = tmp_path / "ours", tmp_path / "sim"
    inbox, outbox = tmp_path / "from-red", tmp_path / "to-red"
    assert _run(capsys, "--data-dir", ours, "init", "--station-id", "NRRC-US", "--name", "US",
                "--recovery-sheet", tmp_path / "sheet.txt")[0] == 0
    assert _run(capsys, "--data-dir", ours, "keys", "card", tmp_path / "us.card.json")[0] == 0
    simulate = ("--data-dir", sim_dir, "simulate", "--peer-card", tmp_path / "us.card.json", "--peer-inbox", inbox,
                "--peer-outbox", outbox, "--count", "1", "--interval", "0")
    assert _run(capsys, *simulate, "--seed", "1")[0] == 0
    code, out, _ = _run(capsys, "--data-dir", ours, "counterpart", "add", sim_dir / "EXER-RED.card.json")
    number = re.search(r"\n    ([\d ]{71})\n", out).group(1)
    assert _run(capsys, "--data-dir", ours, "counterpart", "folders", "EXER-RED", "--inbox", inbox,
                "--outbox", outbox)[0] == 0
    assert _run(capsys, "--data-dir", ours, "counterpart", "verify", "EXER-RED", number)[0] == 0
    assert "EXER-RED: 1 accepted" in _run(capsys, "--data-dir", ours, "exchange", "import")[1]

    code, out, _ = _run(capsys, "--data-dir", ours, "counterpart", "keys", "EXER-RED")
    assert code == 0
    kid, which, *_rest = out.splitlines()[0].split("\t")
    assert which == "current" and out.splitlines()[0].endswith("in use")

    code, _, err = _run(capsys, "--data-dir", ours, "counterpart", "retire-key", "EXER-RED", "typo" + kid)
    assert code == 1 and f"its keys: {kid} (current)" in err and "Traceback" not in err
    # A key id that begins with "-" (a base64url thumbprint, one in 64) must follow "--", as the
    # command's help says; this one is made at random, so the test always writes it so.
    code, _, err = _run(capsys, "--data-dir", ours, "counterpart", "retire-key", "EXER-RED", "--", "-" + kid)
    assert code == 1 and f"its keys: {kid} (current)" in err and "Traceback" not in err
    code, out, err = _run(capsys, "--data-dir", ours, "counterpart", "retire-key", "--compromised", "EXER-RED",
                          "--", kid)
    assert code == 0, err
    assert "every file it signs is refused, whatever its date" in out and "CURRENT key" in out

    assert _run(capsys, *simulate, "--seed", "2")[0] == 0
    [arrived] = inbox.glob("*.wdn")
    code, out, _ = _run(capsys, "--data-dir", ours, "verify", arrived)
    assert code == 3 and f"result:   REJECTED (retired_key): it is signed with key {kid}" in out
    code, out, _ = _run(capsys, "--data-dir", ours, "exchange", "import")
    assert "EXER-RED: 1 quarantined" in out and "retired_key" in out
    quarantined = [p for p in (ours / "exchange" / "EXER-RED" / "quarantine").iterdir()
                   if p.name.endswith(".reason.txt")]
    assert len(quarantined) == 1 and quarantined[0].read_text().startswith("code: retired_key\n")

    station = Station.open(ours, KeyringKeySource())
    try:
        [entry] = _audit(station, "key_retired")
        assert entry["key"] == kid and entry["compromised"] is True
        assert station.verify_audit().ok
    finally:
        station.close()
    shutil.rmtree(sim_dir)


def test_the_counterpart_view_lists_retirements_after_a_rotation(pair, clock):
    us, them = pair
    first = them.own_card().signing_key_thumbprint
    clock.advance(minutes=1)
    card = them.rotate_keys("officer")
    clock.advance(minutes=1)
    book = CounterpartBook(us.store)
    book.add_card(card, "officer", us.station_id, clock())
    # Not verified yet: the old key is not retired by a rotation nobody has confirmed.
    assert [k.in_use for k in book.key_states(them.station_id)] == [True, True]
    book.verify(them.station_id, book.expected_number(them.station_id, us.own_card()), us.own_card(), "officer",
                clock())
    states = book.key_states(them.station_id)
    assert [(k.thumbprint, k.current, k.in_use) for k in states] == [
        (card.signing_key_thumbprint, True, True), (first, False, False)]
    assert states[1].refused_after == card.created
    assert clock() - card.created == timedelta(minutes=1)


@pytest.mark.keyring
def test_verifying_a_rotated_key_from_the_command_line_says_what_the_old_key_may_no_longer_sign(
    real_keyring, tmp_path, capsys
):
    ours, sim_dir = tmp_path / "ours", tmp_path / "sim"
    inbox, outbox = tmp_path / "from-red", tmp_path / "to-red"
    assert _run(capsys, "--data-dir", ours, "init", "--station-id", "NRRC-US", "--name", "US",
                "--recovery-sheet", tmp_path / "sheet.txt")[0] == 0
    assert _run(capsys, "--data-dir", ours, "keys", "card", tmp_path / "us.card.json")[0] == 0
    assert _run(capsys, "--data-dir", sim_dir, "simulate", "--peer-card", tmp_path / "us.card.json", "--peer-inbox",
                inbox, "--peer-outbox", outbox, "--count", "1", "--interval", "0")[0] == 0
    # The simulated station's first card, verified; then it rotates and sends its new card.
    out = _run(capsys, "--data-dir", ours, "counterpart", "add", sim_dir / "EXER-RED.card.json")[1]
    number = re.search(r"\n    ([\d ]{71})\n", out).group(1)
    assert _run(capsys, "--data-dir", ours, "counterpart", "verify", "EXER-RED", number)[0] == 0
    sim = Station.open(sim_dir, KeyringKeySource())
    try:
        old_kid = sim.own_card().signing_key_thumbprint
        new_card = sim.rotate_keys("sim-officer")
        (tmp_path / "new.card.json").write_text(new_card.to_json())
    finally:
        sim.close()
    out = _run(capsys, "--data-dir", ours, "counterpart", "add", tmp_path / "new.card.json")[1]
    assert "key CHANGED" in out
    number = re.search(r"\n    ([\d ]{71})\n", out).group(1)
    code, out, err = _run(capsys, "--data-dir", ours, "counterpart", "verify", "EXER-RED", number)
    assert code == 0, err
    created = new_card.created.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert (f"Earlier signing key {old_kid}: replaced by a verified key rotation: files it signs dated after "
            f"{created} are refused.") in out
