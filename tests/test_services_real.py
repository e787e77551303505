"""The real services `make test` starts: a Secret Service keyring and a CUPS queue."""

from __future__ import annotations

import os
import secrets
import subprocess
import time
from pathlib import Path

import pytest

QUEUE = "Watchdesk-Record"


@pytest.mark.keyring
def test_secret_round_trips_through_the_real_secret_service(real_keyring):
    from keyring.backends import SecretService

    assert isinstance(real_keyring, SecretService.Keyring)
    secret = secrets.token_hex(16)
    real_keyring.set_password("watchdesk-test", "round-trip", secret)
    try:
        assert real_keyring.get_password("watchdesk-test", "round-trip") == secret
        # Another client of the same Secret Service sees the same secret.
        seen = subprocess.run(
            ["secret-tool", "lookup", "service", "watchdesk-test", "username", "round-trip"],
            capture_output=True,
            text=True,
        )
        assert seen.stdout.strip() == secret
    finally:
        real_keyring.delete_password("watchdesk-test", "round-trip")
    assert real_keyring.get_password("watchdesk-test", "round-trip") is None


def _wait_for_pdf(folder: Path, before: set[Path], timeout: float = 60.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = [p for p in folder.glob("*.pdf") if p not in before and p.stat().st_size > 0]
        # The queue's backend renames each PDF into place whole; still, wait until its size settles.
        if new:
            size = new[0].stat().st_size
            time.sleep(0.3)
            if new[0].stat().st_size == size:
                return new[0]
        time.sleep(0.2)
    log = os.environ.get("WATCHDESK_TEST_CUPS_LOG")
    detail = Path(log).read_text(errors="replace")[-2000:] if log and Path(log).exists() else "no CUPS log"
    pytest.fail(f"no PDF appeared in {folder} within {timeout} s; CUPS log:\n{detail}")


@pytest.mark.printer
def test_page_printed_to_the_record_queue_comes_out_as_a_pdf(qapp):
    from PySide6.QtGui import QTextDocument

    from console.printing.devices import available_printers, print_text_document, queue_printer

    pdf_dir = os.environ.get("WATCHDESK_TEST_PDF_DIR")
    if not pdf_dir:
        pytest.fail("No test print queue folder: run the suite with `make test` (tests/env/with-services.sh).")
    assert QUEUE in available_printers()
    folder = Path(pdf_dir)
    before = set(folder.glob("*.pdf"))
    marker = f"WATCHDESK PRINT CHECK {secrets.token_hex(4).upper()}"
    document = QTextDocument()
    document.setPlainText(f"{marker}\nA page for the record.")
    print_text_document(document, queue_printer(QUEUE, title="print check"))
    pdf = _wait_for_pdf(folder, before)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert marker in text
