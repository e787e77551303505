"""Keys, counterparts, exchange and the simulator from the command line, on the real keyring."""

from __future__ import annotations

import re

import pytest

from console.cli.main import main as watchdesk


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = watchdesk([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.keyring
def test_two_stations_meet_verify_and_exchange_from_the_cli(real_keyring, tmp_path, capsys):
    ours, sim_dir = tmp_path / "ours", tmp_path / "sim"
    code, _, err = run(capsys, "--data-dir", ours, "init", "--station-id", "NRRC-US", "--name", "US",
                       "--recovery-sheet", tmp_path / "sheet.txt")
    assert code == 0, err
    assert run(capsys, "--data-dir", ours, "keys", "card", tmp_path / "us.card.json")[0] == 0

    inbox, outbox = tmp_path / "from-red", tmp_path / "to-red"
    # The simulated station trusts the card it is given; it stands in for the other side's officers.
    code, out, err = run(capsys, "--data-dir", sim_dir, "simulate", "--peer-card", tmp_path / "us.card.json",
                         "--peer-inbox", inbox, "--peer-outbox", outbox, "--count", "3", "--interval", "0",
                         "--seed", "7")
    assert code == 0, err
    assert out.count("sent ") == 3
    sim_card = sim_dir / "EXER-RED.card.json"

    code, out, _ = run(capsys, "--data-dir", ours, "counterpart", "add", sim_card)
    assert code == 0 and "NOT verified" in out
    number = re.search(r"\n    ([\d ]{71})\n", out).group(1)
    assert run(capsys, "--data-dir", ours, "counterpart", "folders", "EXER-RED", "--inbox", inbox,
               "--outbox", outbox)[0] == 0

    # Before verification the traffic is held, not imported and not lost.
    code, out, _ = run(capsys, "--data-dir", ours, "exchange", "import")
    assert "3 held" in out
    assert len(list(inbox.glob("*.wdn"))) == 3

    wrong = number[:-1] + ("1" if number[-1] != "1" else "2")
    code, _, err = run(capsys, "--data-dir", ours, "counterpart", "verify", "EXER-RED", wrong)
    assert code == 1 and "does not match" in err
    assert run(capsys, "--data-dir", ours, "counterpart", "verify", "EXER-RED", number)[0] == 0

    code, out, _ = run(capsys, "--data-dir", ours, "exchange", "import")
    assert "EXER-RED: 3 accepted" in out
    processed = sorted((ours / "exchange" / "EXER-RED" / "processed").glob("*.wdn"))
    assert len(processed) == 3

    code, out, _ = run(capsys, "--data-dir", ours, "verify", processed[0])
    assert code == 0
    assert "signature: valid" in out and "EXER-RED -> NRRC-US, sequence 1" in out

    (tmp_path / "garbage.wdn").write_text("not a sealed file")
    code, out, _ = run(capsys, "--data-dir", ours, "verify", tmp_path / "garbage.wdn")
    assert code == 3 and "REJECTED (not_jwe)" in out

    assert run(capsys, "--data-dir", ours, "audit", "verify")[0] == 0


@pytest.mark.keyring
def test_counterpart_add_refuses_an_altered_card_before_any_safety_number_and_notes_an_old_one(
    real_keyring, tmp_path, capsys
):
    import json

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for data_dir, station_id in ((ours, "NRRC-US"), (theirs, "NRRC-RU")):
        code, _, err = run(capsys, "--data-dir", data_dir, "init", "--station-id", station_id, "--name", station_id,
                           "--recovery-sheet", tmp_path / f"{station_id}.sheet.txt")
        assert code == 0, err
    assert run(capsys, "--data-dir", theirs, "keys", "card", tmp_path / "ru.card.json")[0] == 0
    card = json.loads((tmp_path / "ru.card.json").read_text(encoding="utf-8"))
    assert card["wdv"] == 2 and "self_signature" in card

    altered = card | {"name": "NRRC-RV"}
    (tmp_path / "altered.card.json").write_text(json.dumps(altered), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", ours, "counterpart", "add", tmp_path / "altered.card.json")
    assert code == 1 and out == ""  # no safety number was printed
    assert "the key card's self-signature does not match its contents: the card was damaged or altered" in err
    unsigned = {member: value for member, value in card.items() if member != "self_signature"}
    (tmp_path / "stripped.card.json").write_text(json.dumps(unsigned), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", ours, "counterpart", "add", tmp_path / "stripped.card.json")
    assert code == 1 and "version 2 but has no self-signature" in err
    assert run(capsys, "--data-dir", ours, "counterpart", "list") == (0, "", "")  # nothing stored

    (tmp_path / "old.card.json").write_text(json.dumps(unsigned | {"wdv": 1}), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", ours, "counterpart", "add", tmp_path / "old.card.json")
    assert code == 0, err
    assert "older key card (version 1), with no self-signature" in out
    old_number = re.search(r"\n    ([\d ]{71})\n", out).group(1)
    code, out, err = run(capsys, "--data-dir", ours, "counterpart", "add", tmp_path / "ru.card.json")
    assert code == 0 and "now carries a self-signature; it replaced the older card" in out
    assert "older key card" not in out
    assert re.search(r"\n    ([\d ]{71})\n", out).group(1) == old_number  # the same keys, the same number
