"""Shared pieces of the reliability suite: budgets, the sealed corpus, station copies, invariants.

The bounded runs of `make test` and the long runs of `make soak` are the same tests:
the counts below come from environment variables, which `make soak` raises.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from console.domain.notices import Notice, new_message_id
from console.exchange.folders import CounterpartFolders
from console.format import StationKeys, seal, sealed_file_name
from console.service.station import Station
from console.storage.counterparts import CounterpartBook
from console.storage.keysource import EphemeralKeySource
from console.storage import station as station_rows
from console.storage.store import Store
from tests.exchange.conftest import launch_draft
from tests.support.stations import WATCH_START, Clock, introduce

REPO_ROOT = Path(__file__).resolve().parents[2]
SENDER_ID = "NRRC-US"
RECEIVER_ID = "NRRC-RU"
# Every notice body of the corpus carries this, so a leak of notice text is easy to spot.
BODY_MARKER = "ZEBRA-MARKER-7731"


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


# Budgets: `make test` uses the defaults, `make soak` raises them.
SEED = env_int("WATCHDESK_RELIABILITY_SEED", 20261128)
CRASH_FILES = env_int("WATCHDESK_CRASH_FILES", 1000)
SOAK_ROUNDS = env_int("WATCHDESK_SOAK_ROUNDS", 20)
# "all" flips every bit of the file; a number flips a deterministic sample of that many.
BITFLIPS = os.environ.get("WATCHDESK_BITFLIPS", "2000").strip() or "2000"
JUNK_FILES = env_int("WATCHDESK_JUNK_FILES", 10_000)
FUZZ_EXAMPLES = env_int("WATCHDESK_FUZZ_EXAMPLES", 300)


@dataclass
class StationCopy:
    """A closed station's data dir and its store key (held in memory, as the keyring would)."""

    data_dir: Path
    station_id: str
    key: bytes
    keys: EphemeralKeySource = field(default_factory=EphemeralKeySource)
    inbox: Path | None = None  # the sender's inbox, when it is not the default one (use_inbox)

    def __post_init__(self) -> None:
        self.keys.save(self.station_id, self.data_dir, self.key)

    def open(self, **kwargs) -> Station:
        return Station.open(self.data_dir, self.keys, **kwargs)

    def inspect(self) -> Station:
        """The station opened without writing anything (no daily checkpoint)."""
        store = Store.open_with_key(self.data_dir, self.key)
        keys = [StationKeys.from_private_json(text) for text in station_rows.private_key_jsons(store.conn)]
        return Station(store, keys)

    def folders(self, counterpart: str = SENDER_ID) -> CounterpartFolders:
        inbox = self.inbox if counterpart == SENDER_ID else None
        folders = CounterpartFolders.for_counterpart(self.data_dir, counterpart, inbox)
        folders.ensure()
        return folders

    def use_inbox(self, inbox: Path) -> None:
        """Set the sender's inbox folder (removable media, say), as `watchdesk counterpart folders` does."""
        inbox.mkdir(parents=True, exist_ok=True)
        station = self.open()
        try:
            CounterpartBook(station.store).set_folders(SENDER_ID, str(inbox), None, "alice", station.clock())
        finally:
            station.close()
        self.inbox = inbox


@dataclass
class Corpus:
    """Sealed files from NRRC-US to NRRC-RU, made once per session, and NRRC-RU as it was before any arrived."""

    root: Path
    receiver_template: Path
    receiver_key: bytes
    sender_template: Path
    sender_key: bytes
    files: list[Path]

    def receiver(self, where: Path) -> StationCopy:
        shutil.copytree(self.receiver_template, where)
        return StationCopy(where, RECEIVER_ID, self.receiver_key)

    def sender(self, where: Path) -> StationCopy:
        shutil.copytree(self.sender_template, where)
        return StationCopy(where, SENDER_ID, self.sender_key)

    def small_file(self) -> Path:
        return min(self.files, key=lambda p: p.stat().st_size)


def new_station(data_dir: Path, station_id: str, name: str, clock: Clock) -> tuple[Station, EphemeralKeySource]:
    keys = EphemeralKeySource()
    station, _code = Station.initialise(data_dir, station_id, name, keys, clock=clock)
    return station, keys


def sealed_notice(sender: Station, recipient: str, sequence: int, clock: Clock, text: str) -> tuple[str, bytes]:
    """A launch notification sealed as Outgoing.release seals it, without storing it at the sender."""
    draft = launch_draft(recipient, clock)
    draft["body"]["remarks"] = text
    wire = dict(
        draft, format_version=1, message_id=new_message_id(), sequence=sequence, sender=sender.station_id,
        dtg=clock.now.strftime("%Y-%m-%dT%H:%M:%SZ"), released_by="alice",
    )
    notice = Notice.from_dict(wire)
    card = CounterpartBook(sender.store).require(recipient).card
    data = seal(notice.to_dict(), sender.current_keys, sender.station_id, card, clock.now)
    return sealed_file_name(notice.sender, notice.recipient, notice.sequence, notice.message_id), data


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Corpus:
    root = tmp_path_factory.mktemp("sealed-corpus")
    clock = Clock(WATCH_START)
    sender, sender_keys = new_station(root / "templates" / SENDER_ID, SENDER_ID, "US NRRC", clock)
    receiver, receiver_keys = new_station(root / "templates" / RECEIVER_ID, RECEIVER_ID, "RU NRRC", clock)
    introduce(sender, receiver)
    files_dir = root / "files"
    files_dir.mkdir()
    files = []
    for sequence in range(1, CRASH_FILES + 1):
        clock.advance(seconds=7)
        name, data = sealed_notice(sender, RECEIVER_ID, sequence, clock, f"{BODY_MARKER} notice {sequence}")
        (files_dir / name).write_bytes(data)
        files.append(files_dir / name)
    sender_key = next(iter(sender_keys.keys.values()))
    receiver_key = next(iter(receiver_keys.keys.values()))
    sender.close()
    receiver.close()
    return Corpus(
        root, root / "templates" / RECEIVER_ID, receiver_key, root / "templates" / SENDER_ID, sender_key,
        sorted(files),
    )


# ---- invariants after an interrupted import -------------------------------------------------


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class ImportState:
    stored: int
    in_inbox: int
    in_processed: int
    stray_temp_files: list[str]


def check_import_state(
    copy: StationCopy, originals: dict[str, str], rejected: dict[str, str] | None = None
) -> ImportState:
    """Assert what must hold after any crash: each message stored once, each file in the inbox or in
    processed/ with its row and unchanged, the store intact and the audit chain verified.

    `originals` maps each delivered valid file's name to its SHA-256; `rejected` the same for
    delivered files that must be refused, which may be in the inbox or in quarantine/ (one row each).
    """
    rejected = rejected or {}
    folders = copy.folders()
    station = copy.inspect()
    try:
        store = station.store
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        audit = station.verify_audit()
        assert audit.ok, audit.describe()
        rows = store.conn.execute("SELECT message_id, sealed_file, sealed_sha256 FROM notices WHERE direction = 'in'")
        rows = rows.fetchall()
        per_message = Counter(row[0] for row in rows)
        twice = [m for m, n in per_message.items() if n > 1]
        assert not twice, f"stored more than once: {twice[:5]}"
        stored_files = {row[1]: row[2] for row in rows}
        imported = Counter(
            entry[0] for entry in store.conn.execute(
                "SELECT json_extract(details_json, '$.message_id') FROM audit_log WHERE action = 'import'"
            )
        )
        assert imported == per_message, "the audit log's import entries differ from the stored notices"
        quarantined = Counter(row[0] for row in store.conn.execute("SELECT file_name FROM quarantine"))
        assert set(quarantined) <= set(rejected), f"quarantined but valid: {sorted(set(quarantined) - set(rejected))}"
        assert all(n == 1 for n in quarantined.values()), f"a file was quarantined twice: {quarantined}"
    finally:
        station.close()

    inbox = {p.name for p in folders.inbox.iterdir() if not p.name.startswith(".")}
    processed = {p.name for p in folders.processed.iterdir() if not p.name.startswith(".")}
    in_quarantine = {p.name for p in folders.quarantine.iterdir() if not p.name.startswith(".")}
    assert not (processed - set(originals)), f"unexpected files in processed/: {sorted(processed - set(originals))[:5]}"
    unexpected = inbox - set(originals) - set(rejected)
    assert not unexpected, f"unexpected files in the inbox: {sorted(unexpected)[:5]}"
    for name, digest in originals.items():
        assert name in inbox or name in processed, f"{name} is neither in the inbox nor in processed/"
        if name in processed:
            assert stored_files.get(name) == digest, f"{name} is in processed/ without its row"
            assert file_digest(folders.processed / name) == digest, f"{name} changed on its way to processed/"
        if name in inbox:
            assert file_digest(folders.inbox / name) == digest, f"{name} changed in the inbox"
    for name, digest in rejected.items():
        assert name in inbox or name in in_quarantine, f"{name} is neither in the inbox nor in quarantine/"
        if name in in_quarantine:
            assert file_digest(folders.quarantine / name) == digest, f"{name} changed on its way to quarantine/"
    assert set(stored_files) <= inbox | processed, "a stored notice's file vanished"
    temp = sorted(
        str(p.relative_to(copy.data_dir)) for p in copy.data_dir.rglob(".*") if p.is_file() and p.name.endswith(".tmp")
    )
    return ImportState(len(rows), len(inbox), len(processed), temp)


def deliver(files: list[Path], inbox: Path) -> dict[str, str]:
    inbox.mkdir(parents=True, exist_ok=True)
    originals = {}
    for path in files:
        shutil.copyfile(path, inbox / path.name)
        originals[path.name] = file_digest(path)
    return originals


@pytest.fixture
def receiver(corpus, tmp_path) -> StationCopy:
    return corpus.receiver(tmp_path / RECEIVER_ID)


@pytest.fixture
def ram_dir(tmp_path) -> Iterator[Path]:
    """A folder on a RAM disk, for tests that quarantine thousands of files.

    Each quarantine syncs several files and folders; on a disk, thousands of them take
    minutes. These tests are about what the importer decides, not about durability (the
    crash tests cover that, on disk), so they run where fsync costs nothing.
    """
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="watchdesk-reliability-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def ram_receiver(corpus, ram_dir) -> StationCopy:
    return corpus.receiver(ram_dir / RECEIVER_ID)


@pytest.fixture
def other_file_system(tmp_path) -> Iterator[Path]:
    """A folder on a file system other than the data dir's, as a USB stick would be.

    As root: a tmpfs mounted for the test. Otherwise /dev/shm, if it is another file system
    than the temp dir's; else the test is skipped, saying why.
    """
    media = tmp_path / "media"
    media.mkdir()
    if os.geteuid() == 0 and shutil.which("mount"):
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512m,mode=0700", "tmpfs", str(media)],
                                 capture_output=True, text=True)
        if mounted.returncode == 0:
            try:
                yield media
            finally:
                subprocess.run(["umount", "-l", str(media)], capture_output=True)
            return
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK) and os.stat(shm).st_dev != os.stat(tmp_path).st_dev:
        folder = Path(tempfile.mkdtemp(prefix="watchdesk-media-", dir=shm))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    pytest.skip("no second file system here: mounting a tmpfs needs root, and /dev/shm is on the temp dir's")


# ---- a scripted watch in a fresh interpreter ------------------------------------------------


@dataclass
class Session:
    result: dict
    work: Path  # the two stations' data dirs
    printed: Path  # the PDFs: outside every folder that must stay free of notice text


def run_session(tmp_path: Path, **env: str) -> Session:
    work, printed = tmp_path / "work", tmp_path / "printed"
    work.mkdir()
    printed.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "tests.reliability.session_child", str(work), str(printed)],
        cwd=REPO_ROOT, env=dict(os.environ, **env), capture_output=True, text=True, timeout=300,
    )
    if proc.returncode == -signal.SIGSYS:
        pytest.fail("The session was killed by the seccomp filter: something in it created an IPv4 or IPv6 socket.")
    assert proc.returncode == 0, proc.stderr[-4000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    # What an officer would notice if the session had not really happened.
    assert result["released"] and result["imported"] == ["accepted"]
    assert result["acknowledgement_imported"] == ["accepted"] and result["acknowledged_at_sender"]
    assert result["record_pages"] >= 1 and (printed / "record.pdf").stat().st_size > 1000
    assert result["preview_pages"] == result["record_pages"]
    return Session(result, work, printed)
