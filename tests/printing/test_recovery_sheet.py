"""The printed store recovery sheet: every code group readable, the instructions beside it."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from console.storage.recovery import code_to_key, key_to_code
from tests.printing.conftest import pdf_page_count, pdf_pages, squeeze

KEY = bytes(range(32))


def test_recovery_sheet_shows_every_group_and_how_to_use_it(qapp, tmp_path):
    from console.printing.recovery_sheet import render_recovery_sheet_pdf

    code = key_to_code(KEY)
    data_dir = tmp_path / "station"
    path = tmp_path / "recovery.pdf"
    created = datetime(2026, 11, 28, 9, 30, tzinfo=timezone.utc)
    pages = render_recovery_sheet_pdf("RUS-NRRC", "Russian NRRC", data_dir, code, path, created_at=created)

    assert pages == pdf_page_count(path) == 1
    text = pdf_pages(path)[0]
    groups = code.split()
    assert len(groups) == 13
    printed = [token for token in text.split() if len(token) == 6 and token[4] == "-" and token in groups]
    assert printed == groups  # in order, each once
    assert code_to_key(" ".join(printed)) == KEY  # what is on paper types back to the key
    flat = squeeze(text)
    for expected in (
        "SECRET — STORE RECOVERY KEY — KEEP IN THE SAFE",
        "STORE RECOVERY SHEET",
        "Station RUS-NRRC (Russian NRRC)",
        f"Data folder {Path(data_dir).resolve()}",
        "Created 2026-11-28 09:30Z",
        "Keep this sheet in the safe.",
        "Created 2026-11-28 09:30Z · Page 1 of 1",
    ):
        assert expected in flat, expected
    # A long folder may wrap inside the command box; the command itself must be whole.
    assert f"watchdesk--data-dir{Path(data_dir).resolve()}recover" in "".join(text.split())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0] == lines[-1] == "SECRET — STORE RECOVERY KEY — KEEP IN THE SAFE"
    assert path.stat().st_mode & 0o777 == 0o600


def test_recovery_sheet_on_letter_paper(qapp, tmp_path):
    from console.printing.recovery_sheet import render_recovery_sheet_pdf

    path = tmp_path / "recovery.pdf"
    assert render_recovery_sheet_pdf("USA-NRRC", "United States NRRC", tmp_path, key_to_code(KEY), path,
                                     paper="Letter") == 1
