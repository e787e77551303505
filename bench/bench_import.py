"""Import of 1,000 sealed files, against the bare cost of the same work, and against GnuPG."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from jwcrypto import jwe, jwk, jws

from bench.common import Result, launch_draft, make_pair, median_of

FILES = 1000


def _make_files(root: Path) -> tuple[Path, dict]:
    """1,000 sealed files from NRRC-RU to NRRC-US, and what opening them needs."""
    from console.service.outgoing import Outgoing

    us, them, keys = make_pair(root)
    out = Outgoing(them)
    for n in range(FILES):
        out.release(launch_draft("NRRC-US", them.clock(), n), "bench", approver="bob")
    files = root / "files"
    shutil.copytree(root / "them" / "exchange" / "NRRC-US" / "outbox", files)
    info = {
        "us_private": us.current_keys.to_private_json(),
        "them_signing_public": them.current_keys.public_signing_jwk(),
        "us_dir": str(us.data_dir),
    }
    us.close()
    them.close()
    return files, info | {"keys": keys}


def _fresh_receiver(root: Path, files: Path, info: dict, run: int):
    """A copy of the receiving station with the 1,000 files in its inbox."""
    from console.service.station import Station

    target = root / f"run{run}"
    shutil.copytree(info["us_dir"], target)
    inbox = target / "exchange" / "NRRC-RU" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for path in files.iterdir():
        shutil.copyfile(path, inbox / path.name)
    # The key source is keyed by data dir: register the copy's key.
    keys = info["keys"]
    original = next(v for k, v in keys.keys.items() if k.endswith(str(Path(info["us_dir"]).resolve())))
    keys.save("NRRC-US", target, original)
    return Station.open(target, keys)


def _console_import(root: Path, files: Path, info: dict, run: int) -> float:
    from console.exchange.importer import Importer
    from console.storage.counterparts import CounterpartBook

    station = _fresh_receiver(root, files, info, run)
    try:
        importer = Importer(station.store, station.station_id, station.keys, station.clock, station.data_dir)
        started = time.perf_counter()
        report = importer.import_counterpart(CounterpartBook(station.store).require("NRRC-RU"))
        elapsed = time.perf_counter() - started
        assert report.count("accepted") == FILES, report.describe()
    finally:
        station.close()
    return elapsed


def _bare_import(root: Path, files: Path, info: dict, run: int) -> float:
    """Open and verify each file with jwcrypto, insert the same row with plain sqlite-utils."""
    import sqlite_utils

    from console.format import StationKeys

    keys = StationKeys.from_private_json(info["us_private"])
    decrypt_key = keys.encryption_jwk()
    verify_key = jwk.JWK(**info["them_signing_public"])
    db = sqlite_utils.Database(root / f"bare{run}.db")
    db.conn.execute("PRAGMA journal_mode = WAL")
    db.conn.execute("PRAGMA synchronous = FULL")
    paths = sorted(files.iterdir())
    started = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        outer = jwe.JWE()
        outer.deserialize(data.decode().rstrip("\n"), key=decrypt_key)
        inner = jws.JWS()
        inner.deserialize(outer.payload.decode(), key=verify_key)
        claims = json.loads(inner.payload)
        notice = claims["notice"]
        with db.conn:
            db["notices"].insert(
                {"message_id": notice["message_id"], "sequence": notice["sequence"], "sender": notice["sender"],
                 "kind": notice["kind"], "dtg": notice["dtg"], "notice_json": json.dumps(notice)},
            )
    elapsed = time.perf_counter() - started
    db.conn.close()
    return elapsed


def _gpg_decrypt(root: Path, files: Path, info: dict, count: int = 100) -> float | None:
    """Seconds per file for `gpg --decrypt` of the same notice, signed and encrypted by GnuPG.

    That is what a desk without Watchdesk would run: one gpg process per message.
    """
    if shutil.which("gpg") is None:
        return None
    from console.format import StationKeys

    keys = StationKeys.from_private_json(info["us_private"])
    home = root / "gnupg"
    home.mkdir(mode=0o700)
    env = dict(os.environ, GNUPGHOME=str(home))

    def gpg(*args: str) -> None:
        subprocess.run(["gpg", "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "", *args],
                       env=env, check=True, capture_output=True)

    # future-default: an Ed25519 primary key with a Curve25519 encryption subkey, like ours.
    gpg("--quick-gen-key", "sender@bench", "future-default", "default", "never")
    gpg("--quick-gen-key", "recipient@bench", "future-default", "default", "never")
    messages = []
    for n, path in enumerate(sorted(files.iterdir())[:count]):
        outer = jwe.JWE()
        outer.deserialize(path.read_text().rstrip("\n"), key=keys.encryption_jwk())
        plain = root / f"plain{n}.jws"
        plain.write_bytes(outer.payload)  # the signed notice: same content a gpg user would encrypt
        out = root / f"msg{n}.gpg"
        gpg("--local-user", "sender@bench", "--recipient", "recipient@bench", "--sign", "--encrypt",
            "--output", str(out), str(plain))
        messages.append(out)
    started = time.perf_counter()
    for message in messages:
        gpg("--decrypt", str(message))
    return (time.perf_counter() - started) / len(messages)


def run_import_benchmarks(runs: int = 3) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="wd-bench-import-") as tmp:
        root = Path(tmp)
        files, info = _make_files(root)
        counter = iter(range(1000))
        console_s, console_samples = median_of(lambda: _console_import(root, files, info, next(counter)), runs)
        bare_s, bare_samples = median_of(lambda: _bare_import(root, files, info, next(counter)), runs)
        gpg_per_file = _gpg_decrypt(root, files, info)
    results = [
        Result("import 1,000 sealed files", console_s, "s", bare_s, "jwcrypto open+verify + plain sqlite-utils insert",
               target_ratio=1.5, samples=console_samples,
               note=f"{FILES / console_s:.0f} files/s; baseline samples {', '.join(f'{s:.2f}' for s in bare_samples)}"),
    ]
    if gpg_per_file is not None:
        results.append(
            Result("import 1,000 files vs gpg --decrypt", console_s, "s", gpg_per_file * FILES,
                   "gpg --decrypt per file (100 timed, scaled to 1,000)", note="reported, no target")
        )
    return results
