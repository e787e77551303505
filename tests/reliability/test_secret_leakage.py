"""After a scripted watch, no notice text and no key byte is anywhere on disk but in the PDF.

The watch (tests/reliability/session_child.py) releases a launch notification whose remarks
carry a marker, imports it, acknowledges it, prints its record and its text to PDF, writes the
log and backs up both stores. Then every file under both data dirs (stores, WAL, backups,
exchange folders, quarantine, log), the temp dir, HOME and the CUPS spool is searched for the
marker and for every store key and private key, in the encodings they could take.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from pathlib import Path

from tests.reliability.conftest import run_session


def needles_for(result: dict) -> dict[bytes, str]:
    marker = result["marker"]
    needles = {
        marker.encode("utf-8"): "notice text",
        marker.encode("utf-16-le"): "notice text (UTF-16)",
        marker.encode("utf-16-be"): "notice text (UTF-16BE)",
    }
    for number, secret_hex in enumerate(result["secrets"]):
        secret = bytes.fromhex(secret_hex)
        what = f"secret {number} ({'store key' if number < result['store_keys'] else 'private key'})"
        needles[secret] = what
        needles[secret_hex.encode()] = f"{what} in hex"
        needles[secret_hex.upper().encode()] = f"{what} in HEX"
        needles[base64.urlsafe_b64encode(secret).rstrip(b"=")] = f"{what} in base64url"
        needles[base64.b64encode(secret).rstrip(b"=")] = f"{what} in base64"
    return needles


def files_under(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                if path.is_file() and not path.is_symlink():
                    found.append(path)
    return found


def test_no_notice_text_and_no_key_appears_in_any_file_but_the_printout(tmp_path):
    session = run_session(tmp_path)
    needles = needles_for(session.result)
    searched = [session.work, Path(os.environ["TMPDIR"]), Path(os.environ["HOME"])]
    if os.environ.get("CUPS_SERVER", "").startswith("/"):
        searched.append(Path(os.environ["CUPS_SERVER"]).parent)  # the private scheduler's spool and logs
    files = files_under(*searched)

    names = {path.name for path in files}
    # The search covers what the watch wrote: stores, backups, sealed files, the log.
    assert {"station.wdb", "station-ru.wdb", "station-us-backup.wdb", "watchdesk.log", "audit-head.json"} <= names
    assert sum(1 for path in files if path.suffix == ".wdn") >= 4  # outboxes and processed folders
    assert (session.work / "NRRC-RU" / "logs" / "watchdesk.log").stat().st_size > 0
    for path in files:
        assert not path.is_relative_to(session.printed)
        data = path.read_bytes()
        for needle, what in needles.items():
            assert needle not in data, f"{what} found in {path}"

    # The search would have found it: the printout, which is meant to carry the notice, does.
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(session.printed / "record.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert session.result["marker"] in " ".join(text.split())
    else:
        assert (session.printed / "record.pdf").stat().st_size > 0
