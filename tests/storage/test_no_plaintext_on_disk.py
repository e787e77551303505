"""Nothing readable leaves the encrypted store: no notice text, no key bytes."""

from __future__ import annotations

import os
from pathlib import Path

from console.service.station import Station

MARKERS = ["ZEBRA-MARKER-7731 impact near Kura", "OCELOT-MARKER-0042 Barents Sea"]


def _all_files(*folders: Path):
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                yield Path(root) / name


def test_markers_and_key_bytes_appear_in_no_file(data_dir, memory_keys):
    station, _code = Station.initialise(data_dir, "NRRC-TEST", "Test", memory_keys)
    with station.store.transaction() as db:
        for n, marker in enumerate(MARKERS, start=1):
            db["drafts"].insert(
                {"kind": "general_communication", "content_json": f'{{"text": "{marker}"}}', "created_at": "x",
                 "updated_at": "x"}
            )
            db["notices_fts"].insert({"rowid": n, "text": marker})
            station.store.audit.append("2026-11-28T12:00:00Z", "alice", "draft_saved", {"text": marker})
    station.store.backup(data_dir / "backup.wdb")
    station.close()

    store_key = next(iter(memory_keys.keys.values()))
    reopened = Station.open(data_dir, memory_keys)
    private = reopened.keys[0]
    reopened.close()
    import base64

    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    raw_private = [
        k.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        for k in (private.signing_key, private.encryption_key)
    ]
    secrets = [store_key, store_key.hex().encode()] + raw_private
    secrets += [base64.urlsafe_b64encode(k).rstrip(b"=") for k in raw_private]
    needles = [m.encode() for m in MARKERS] + [m.encode("utf-16-le") for m in MARKERS] + secrets
    temp_dir = Path(os.environ["TMPDIR"])
    checked = 0
    for path in _all_files(data_dir, temp_dir):
        data = path.read_bytes()
        checked += 1
        for needle in needles:
            assert needle not in data, f"{needle[:12]!r} found in {path}"
    assert checked >= 4  # store, WAL or backup, station.json, log
