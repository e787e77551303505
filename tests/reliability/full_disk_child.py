"""Export, import and backup on a really full file system, in a private mount namespace.

    python -m tests.reliability.full_disk_child SENDER_DIR RECEIVER_DIR MEDIA DATA FILE...

Run by test_io_faults.py after it mounted two small tmpfs at MEDIA (NRRC-US's outbox, the
"USB stick") and DATA (where NRRC-RU's data dir is copied). The store keys come in
WATCHDESK_SENDER_KEY and WATCHDESK_RECEIVER_KEY (hex). Prints one line of JSON with what the
officer would have seen at each step.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sys
from pathlib import Path


def fill(folder: Path) -> Path:
    """Write a filler file until the file system refuses another byte."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 16, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    return filler


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def main(sender_dir: Path, receiver_dir: Path, media: Path, data: Path, files: list[Path]) -> dict:
    from console.exchange.importer import Importer
    from console.service.outgoing import Outgoing
    from console.service.station import Station
    from console.storage.counterparts import CounterpartBook
    from console.storage.errors import StoreError
    from console.storage.keysource import EphemeralKeySource
    from console.storage.store import check_backup
    from tests.exchange.conftest import Clock, launch_draft

    report: dict = {}

    # ---- export onto a full stick -------------------------------------------------------------
    keys = EphemeralKeySource()
    keys.save("NRRC-US", sender_dir, bytes.fromhex(os.environ.pop("WATCHDESK_SENDER_KEY")))
    sender = Station.open(sender_dir, keys)
    book = CounterpartBook(sender.store)
    book.set_folders("NRRC-RU", None, str(media / "outbox"), "alice", sender.clock())
    (media / "outbox").mkdir()
    filler = fill(media)
    result = Outgoing(sender).release(launch_draft("NRRC-RU", Clock(sender.clock())), "alice", approver="bob")
    export = {
        "exported": result.exported,
        "error": result.export_error,
        "outbox_while_full": listing(media / "outbox"),
        "state_while_full": result.notice["state"],
        "file": result.notice["sealed_file"],
    }
    filler.unlink()
    Outgoing(sender).export_pending("alice")
    export["outbox_after"] = listing(media / "outbox")
    export["identical"] = (media / "outbox" / result.notice["sealed_file"]).read_bytes() == result.notice["sealed_blob"]
    sender.close()
    report["export"] = export

    # ---- import into a data dir on a full disk --------------------------------------------------
    receiver_copy = data / "NRRC-RU"
    shutil.copytree(receiver_dir, receiver_copy)
    keys.save("NRRC-RU", receiver_copy, bytes.fromhex(os.environ.pop("WATCHDESK_RECEIVER_KEY")))
    receiver = Station.open(receiver_copy, keys)
    inbox = receiver_copy / "exchange" / "NRRC-US" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copyfile(path, inbox / path.name)
    importer = Importer(receiver.store, receiver.station_id, receiver.keys, receiver.clock, receiver.data_dir)
    counterpart = CounterpartBook(receiver.store).require("NRRC-US")
    filler = fill(data)
    imported: dict = {}
    try:
        importer.import_counterpart(counterpart)
        imported["error"] = ""
    except Exception as exc:  # noqa: BLE001 - whatever reaches the officer, in words
        imported["error"] = f"{type(exc).__name__}: {exc}"
    imported["inbox_while_full"] = listing(inbox)
    imported["stored_while_full"] = receiver.store.conn.execute("SELECT count(*) FROM notices").fetchone()[0]
    imported["integrity_while_full"] = receiver.store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    imported["audit_while_full"] = receiver.verify_audit().ok

    # ---- backup onto the same full disk ---------------------------------------------------------
    backup: dict = {}
    try:
        receiver.store.backup(data / "station.wdb")
        backup["error"] = ""
    except (OSError, StoreError) as exc:
        backup["error"] = f"{type(exc).__name__}: {exc}"
    backup["left_while_full"] = [name for name in listing(data) if name.startswith(("station.wdb", ".station.wdb"))]

    filler.unlink()
    outcomes = importer.import_counterpart(counterpart).outcomes
    imported["outcomes_after"] = [o.outcome for o in outcomes]
    imported["inbox_after"] = listing(inbox)
    imported["integrity_after"] = receiver.store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    imported["audit_after"] = receiver.verify_audit().ok
    report["import"] = imported

    receiver.store.backup(data / "station.wdb")
    backup["after"] = [name for name in listing(data) if name.startswith(("station.wdb", ".station.wdb"))]
    backup["checked"] = check_backup(data / "station.wdb", receiver.store._key, "NRRC-RU") >= 1
    report["backup"] = backup
    receiver.close()
    return report


if __name__ == "__main__":
    arguments = [Path(a) for a in sys.argv[1:]]
    print(json.dumps(main(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4:])), flush=True)
