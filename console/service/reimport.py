"""Re-import what `processed/` holds and the store does not: after a restore of an older backup
(or a rollback acknowledged by a supervisor), the notices received since sit there as files.

Each such file is moved into `exchange/<COUNTERPART>/reimport/` (same file system, one rename)
and that folder is imported as the counterpart's inbox through the importer's own checks: an
accepted file goes back to `processed/` with its row and audit entry, a refused one to
`quarantine/` with its reason file. A crash leaves files in `reimport/`, which the next run
imports first; nothing is ever copied, so nothing is counted twice.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from console.exchange.folders import CounterpartFolders, entry_kind, free_name, inbox_entries, sync_folders
from console.exchange.importer import Importer, ImportReport
from console.format import parse_sealed_file_name
from console.service.station import Station
from console.storage.counterparts import Counterpart, CounterpartBook
from console.storage.notices import received_ids_and_digests

REIMPORT_FOLDER = "reimport"


@dataclass
class ReimportResult:
    counterpart: str
    candidates: int
    report: ImportReport | None


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def files_not_held(station: Station, processed: Path) -> list[Path]:
    """Regular files in `processed` whose message (by id in the name, or by digest) is not stored."""
    held_ids, held_digests = received_ids_and_digests(station.store.conn)
    missing = []
    for name in inbox_entries(processed):
        path = processed / name
        if entry_kind(path) != "file":
            continue
        parsed = parse_sealed_file_name(name)
        if parsed is not None and parsed.message_id in held_ids:
            continue
        if _sha256(path) in held_digests:
            continue
        missing.append(path)
    return missing


def reimport_processed(station: Station) -> list[ReimportResult]:
    """Import again every file of `processed/` that the store does not hold, counterpart by counterpart."""
    importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
    # Under the station's import lock (ImportBusy if another import holds it): what an import is
    # moving into processed/ right now must not be taken for a file the store does not hold.
    with importer.locked():
        return [_reimport_counterpart(station, importer, c) for c in CounterpartBook(station.store).all()]


def _reimport_counterpart(station: Station, importer: Importer, counterpart: Counterpart) -> ReimportResult:
    folders = CounterpartFolders.for_counterpart(
        station.data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
    )
    staging = folders.processed.parent / REIMPORT_FOLDER
    if not folders.processed.is_dir() and not staging.is_dir():
        return ReimportResult(counterpart.station_id, 0, None)
    staging.mkdir(mode=0o700, exist_ok=True)
    candidates = files_not_held(station, folders.processed) if folders.processed.is_dir() else []
    for path in candidates:
        os.rename(path, free_name(staging, path.name))
    if candidates:
        sync_folders(staging, folders.processed)
    waiting = len(inbox_entries(staging))
    report = None
    if waiting:
        # The importer's whole path, with reimport/ standing in for the inbox.
        report = importer.import_counterpart(dataclasses.replace(counterpart, inbox_dir=str(staging)))
    return ReimportResult(counterpart.station_id, waiting, report)
