"""Refused files are listed with their reasons and open for inspection; nothing is dropped."""

from __future__ import annotations

import os

from console.service.outgoing import Outgoing
from tests.exchange.conftest import folders, import_inbox, launch_draft


def test_quarantined_files_are_listed_and_inspected_never_dropped(qtbot, window, us, them, clock):
    inbox = folders(us, "NRRC-RU").inbox
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / "holiday-photos.zip").write_bytes(b"PK\x03\x04 not a notice at all")
    sent = Outgoing(them).release(launch_draft("NRRC-US", clock), "Lt Ivanov").notice
    sealed = (folders(them, "NRRC-US").outbox / sent["sealed_file"]).read_bytes()
    # One character of the ciphertext changed in transit (still base64, so the header still reads).
    header, key, iv, ciphertext, tag = sealed.split(b".")
    middle = len(ciphertext) // 2
    swapped = b"B" if ciphertext[middle : middle + 1] == b"A" else b"A"
    damaged = b".".join([header, key, iv, ciphertext[:middle] + swapped + ciphertext[middle + 1 :], tag])
    (inbox / sent["sealed_file"]).write_bytes(damaged)
    os.mkfifo(inbox / "NRRC-RU_NRRC-US_00000009_0b0e7c0e-9a51-4c43-9a4c-5a3f2f3c8a11.wdn")
    report = import_inbox(us, "NRRC-RU")
    assert [o.outcome for o in report.outcomes] == ["quarantined"] * 3

    window.reload_all()
    labels = {key: window.nav.item(i).text() for i, key in enumerate(window.page_keys())}
    assert labels["quarantine"] == "Quarantine (3)"
    window.show_page("quarantine")
    view = window.quarantine
    assert view.model.rowCount() == 3
    rows = {view.model.row(i)["file_name"]: i for i in range(3)}
    detail = window.inbox_desk.quarantine_detail

    view.table.selectRow(rows["holiday-photos.zip"])
    text = detail.toPlainText()
    assert "bad_file_name" in text
    assert "holiday-photos.zip.reason.txt" in text and "code: bad_file_name" in text
    assert "00000000  50 4b 03 04" in text  # the first bytes, as hex
    assert "does not read as a sealed notice" in text

    view.table.selectRow(rows[sent["sealed_file"]])
    text = detail.toPlainText()
    assert "unchanged since it was refused" in text
    assert f"{len(damaged):,} bytes" in text
    assert "sender NRRC-RU" in text and "unauthenticated" in text

    fifo = next(name for name in rows if name.startswith("NRRC-RU_NRRC-US_00000009"))
    view.table.selectRow(rows[fifo])
    assert "a named pipe, not a file: not opened" in detail.toPlainText()

    quarantine_folder = folders(us, "NRRC-RU").quarantine
    assert (quarantine_folder / "holiday-photos.zip").exists()
    assert (quarantine_folder / sent["sealed_file"]).read_bytes() == damaged
