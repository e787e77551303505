"""`watchdesk print` and `watchdesk log` on a real station, read back with pdftotext."""

from __future__ import annotations

import subprocess

import pytest

from console.cli.main import main as watchdesk
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage.keysource import KeyringKeySource
from tests.exchange.conftest import introduce, launch_draft, make_station


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.keyring
def test_print_a_sent_notice_and_the_day_log_to_pdf(real_keyring, tmp_path, capsys):
    ours = tmp_path / "ours"
    assert watchdesk(["--data-dir", str(ours), "init", "--station-id", "NRRC-US", "--name", "US NRRC",
                      "--recovery-sheet", str(tmp_path / "sheet.pdf")]) == 0
    assert "RECOVERY" in pdf_text(tmp_path / "sheet.pdf").upper()
    station = Station.open(ours, KeyringKeySource())
    them = make_station(tmp_path, "NRRC-RU", "RU NRRC", station.clock)
    introduce(station, them)
    from datetime import datetime, timezone

    class Now:
        now = datetime.now(timezone.utc).replace(microsecond=0)

    sent = Outgoing(station).release(launch_draft("NRRC-RU", Now), "alice", approver="bob").notice
    station.close()
    them.close()

    pdf = tmp_path / "record.pdf"
    assert watchdesk(["--data-dir", str(ours), "print", sent["message_id"], "--pdf", str(pdf)]) == 0
    text = pdf_text(pdf)
    assert sent["message_id"] in text and "EXERCISE" in text and "NOT ACKNOWLEDGED" in text
    assert sent["sealed_sha256"] in text.replace("\n", "").replace(" ", "") or sent["sealed_sha256"][:16] in text

    log_pdf = tmp_path / "log.pdf"
    day = Now.now.strftime("%Y-%m-%d")
    assert watchdesk(["--data-dir", str(ours), "log", "--day", day, "--pdf", str(log_pdf)]) == 0
    assert f"{sent['sequence']}" in pdf_text(log_pdf)

    capsys.readouterr()
    assert watchdesk(["--data-dir", str(ours), "print", "00000000-0000-4000-8000-000000000000", "--pdf",
                      str(tmp_path / "none.pdf")]) == 1
    assert "No notice with message id" in capsys.readouterr().err
    station = Station.open(ours, KeyringKeySource())
    prints = list(station.store.db.query("SELECT details_json FROM audit_log WHERE action = 'print'"))
    station.close()
    assert len(prints) == 2


@pytest.mark.keyring
@pytest.mark.printer
def test_print_a_notice_through_the_record_queue(real_keyring, tmp_path):
    import os
    import time
    from pathlib import Path

    ours = tmp_path / "ours"
    watchdesk(["--data-dir", str(ours), "init", "--station-id", "NRRC-US", "--name", "US NRRC",
               "--recovery-sheet", str(tmp_path / "sheet.pdf")])
    station = Station.open(ours, KeyringKeySource())
    them = make_station(tmp_path, "NRRC-RU", "RU NRRC", station.clock)
    introduce(station, them)
    from datetime import datetime, timezone

    class Now:
        now = datetime.now(timezone.utc).replace(microsecond=0)

    sent = Outgoing(station).release(launch_draft("NRRC-RU", Now), "alice", approver="bob").notice
    station.close()
    them.close()
    folder = Path(os.environ["WATCHDESK_TEST_PDF_DIR"])
    before = set(folder.glob("*.pdf"))
    assert watchdesk(["--data-dir", str(ours), "print", sent["message_id"], "--printer", "Watchdesk-Record"]) == 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = [p for p in folder.glob("*.pdf") if p not in before and p.stat().st_size > 0]
        if new:
            time.sleep(0.5)
            break
        time.sleep(0.2)
    assert new, "the job's PDF never appeared"
    assert sent["message_id"] in pdf_text(new[0])
