"""Whatever lands in an inbox, the import neither hangs, nor follows it out of the data dir,
nor parses what it must refuse unopened; and the rest of the inbox still imports."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import stat
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import console.exchange.folders as folders_module
import console.exchange.importer as importer_module
from console.format import MAX_FILE_BYTES
from tests.exchange.conftest import import_inbox
from tests.reliability.conftest import JUNK_FILES, SENDER_ID, StationCopy

HUNDRED_MB = 100 * 1024 * 1024


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail instead of hanging: a blocking open() of a FIFO is interrupted by the alarm."""

    def expired(_signum, _frame):
        raise TimeoutError(f"the import did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def snapshot(folder: Path, skip: Path | None = None) -> dict[str, tuple]:
    """Every entry under `folder` (links not followed): type, mode, size, mtime and content digest."""
    entries = {}
    for root, dirs, files in os.walk(folder):
        if skip is not None and Path(root) == skip.parent:
            dirs[:] = [d for d in dirs if Path(root) / d != skip]
        for name in dirs + files:
            path = Path(root) / name
            info = os.lstat(path)
            digest = None
            if stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                digest = os.readlink(path)
            entries[str(path.relative_to(folder))] = (stat.S_IFMT(info.st_mode), info.st_mode, info.st_size,
                                                      info.st_mtime_ns, digest)
    return entries


class ParseSpy:
    """Records the digest of every byte string the importer hands to the parser."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.parsed: list[tuple[int, str]] = []
        real_peek = importer_module.peek

        def spying_peek(data: bytes):
            self.parsed.append((len(data), hashlib.sha256(data).hexdigest()))
            return real_peek(data)

        monkeypatch.setattr(importer_module, "peek", spying_peek)


def sealed_name(sequence: int, salt: int = 0) -> str:
    return f"{SENDER_ID}_NRRC-RU_{sequence:08d}_{salt:08x}-0000-4000-8000-{sequence:012x}.wdn"


def test_a_hostile_inbox_is_refused_entry_by_entry_and_the_rest_imports(corpus, receiver: StationCopy, tmp_path,
                                                                        monkeypatch):
    folders = receiver.folders()
    inbox = folders.inbox
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("OUTSIDE-SECRET not for the importer\n")
    hard_target = outside / "hard-linked.txt"
    hard_target.write_text("a file someone hard-linked into the inbox\n")
    lured = outside / corpus.files[10].name
    lured.write_bytes(corpus.files[10].read_bytes())  # a valid notice, reachable only through a link

    valid = corpus.files[:3]
    for path in valid:
        (inbox / path.name).write_bytes(path.read_bytes())
    expected: dict[str, str] = {}

    big = sealed_name(100)
    with open(inbox / big, "wb") as handle:
        handle.truncate(HUNDRED_MB)  # sparse: 100 MB long, no blocks on disk
    expected[big] = "oversize"
    link_out = sealed_name(101)
    os.symlink(lured, inbox / link_out)
    expected[link_out] = "not_a_file"
    link_secret = sealed_name(102)
    os.symlink(secret, inbox / link_secret)
    expected[link_secret] = "not_a_file"
    loop_a, loop_b = sealed_name(103), sealed_name(104)
    os.symlink(inbox / loop_b, inbox / loop_a)
    os.symlink(inbox / loop_a, inbox / loop_b)
    expected[loop_a] = expected[loop_b] = "not_a_file"
    dangling = sealed_name(105)
    os.symlink(outside / "does-not-exist", inbox / dangling)
    expected[dangling] = "not_a_file"
    fifo = sealed_name(106)
    os.mkfifo(inbox / fifo)
    expected[fifo] = "not_a_file"
    os.mkfifo(inbox / "pipe")
    expected["pipe"] = "not_a_file"
    directory = sealed_name(107)
    (inbox / directory).mkdir()
    (inbox / directory / "inside.wdn").write_bytes(corpus.files[11].read_bytes())
    expected[directory] = "not_a_file"
    empty = sealed_name(108)
    (inbox / empty).write_bytes(b"")
    expected[empty] = "not_jwe"
    hard = sealed_name(109)
    os.link(hard_target, inbox / hard)
    expected[hard] = "not_jwe"
    # ".." as far as a file name can hold it ("..", and anything with "/", cannot be one).
    for odd in ("a..b", "a..b.wdn", "NRRC-US_NRRC-RU_..wdn"):
        (inbox / odd).write_bytes(b"junk\n")
        expected[odd] = "bad_file_name"
    # Names that start with "." are files still being written (docs/format.md section 11): left alone.
    (inbox / "..evil.wdn").write_bytes(corpus.files[12].read_bytes())
    # Names as bytes the file system allows, and how the console must show them: escaped, on one line.
    shown = {
        b"NRRC-US_\xff\xfe_not_utf8.wdn": r"NRRC-US_\xff\xfe_not_utf8.wdn",
        b"bell\x07and\nnewline\x1b[31m.wdn": r"bell\x07and\nnewline\x1b[31m.wdn",
        b"tab\tand\rreturn": r"tab\tand\rreturn",
        "right-to-left\u202eNDW.exe".encode(): r"right-to-left\u202eNDW.exe",
    }
    for raw in shown:
        fd = os.open(os.path.join(os.fsencode(inbox), raw), os.O_WRONLY | os.O_CREAT, 0o600)
        os.write(fd, b"junk\n")
        os.close(fd)
        expected[os.fsdecode(raw)] = "bad_file_name"
    shown_as = {os.fsdecode(raw): text for raw, text in shown.items()}

    outside_before = snapshot(tmp_path, skip=receiver.data_dir)
    spy = ParseSpy(monkeypatch)
    station = receiver.open()
    try:
        started = time.monotonic()
        with deadline(60):
            report = import_inbox(station, SENDER_ID)
        took = time.monotonic() - started
        stored = {row["sealed_file"] for row in station.store.db.query("SELECT sealed_file FROM notices")}
        assert station.verify_audit().ok
        quarantine_rows = station.store.db["quarantine"].count
    finally:
        station.close()

    outcomes = {o.name: (o.outcome, o.code) for o in report.outcomes}
    for path in valid:
        assert outcomes.pop(path.name) == ("accepted", "")
    assert stored == {path.name for path in valid}
    assert outcomes == {shown_as.get(name, name): ("quarantined", code) for name, code in expected.items()}
    assert quarantine_rows == len(expected)
    assert took < 30, f"the hostile inbox took {took:.1f} s"

    # Nothing outside the data dir changed: not the link targets, not the hard-linked file.
    assert snapshot(tmp_path, skip=receiver.data_dir) == outside_before
    # Refused before parsing: nothing oversize, nothing behind a link, no pipe was ever handed to the parser.
    assert all(size <= MAX_FILE_BYTES for size, _digest in spy.parsed)
    lured_digest = hashlib.sha256(lured.read_bytes()).hexdigest()
    secret_digest = hashlib.sha256(secret.read_bytes()).hexdigest()
    assert not {lured_digest, secret_digest} & {digest for _size, digest in spy.parsed}

    # Each refused entry is in quarantine/ as it was (links as links), with a one-field-per-line reason.
    left = sorted(os.listdir(inbox))
    assert left == ["..evil.wdn"]
    for name, code in expected.items():
        kept = folders.quarantine / name
        assert os.path.lexists(kept), f"{name!r} is not in quarantine"
        reason = (folders.quarantine / f"{name}.reason.txt").read_text("utf-8", errors="strict").splitlines()
        assert reason[0] == f"code: {code}"
        assert [line.split(":")[0] for line in reason] == ["code", "message", "sha256", "quarantined_at", "counterpart"]
    assert os.readlink(folders.quarantine / link_out) == str(lured)
    assert stat.S_ISFIFO(os.lstat(folders.quarantine / fifo).st_mode)
    assert (folders.quarantine / directory / "inside.wdn").is_file()
    # Nothing was written through a link or beside the data dir.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["outside", receiver.data_dir.name])


def test_ten_thousand_files_at_once_are_worked_through_and_the_valid_ones_imported(corpus, ram_receiver: StationCopy):
    receiver = ram_receiver
    inbox = receiver.folders().inbox
    valid = corpus.files[:5]
    # Junk under sealed-file names that sort among the valid ones, so they are met along the way.
    for number in range(JUNK_FILES):
        (inbox / sealed_name(number % 5 + 1, salt=number + 1)).write_bytes(b"junk %d\n" % number)
    for path in valid:
        (inbox / path.name).write_bytes(path.read_bytes())
    station = receiver.open()
    try:
        started = time.monotonic()
        with deadline(300):
            report = import_inbox(station, SENDER_ID)
        took = time.monotonic() - started
        assert station.store.db["notices"].count == len(valid)
        assert station.verify_audit().ok
    finally:
        station.close()
    assert Counter(o.outcome for o in report.outcomes) == {"quarantined": JUNK_FILES, "accepted": len(valid)}
    assert os.listdir(inbox) == []
    per_file = took / (JUNK_FILES + len(valid))
    print(f"reliability: {JUNK_FILES} junk files and {len(valid)} valid ones imported in {took:.1f} s "
          f"({per_file * 1000:.2f} ms a file)")
    assert per_file < 0.02, f"{per_file * 1000:.1f} ms a file"


def test_a_file_swapped_for_a_link_after_its_check_is_not_followed(corpus, receiver: StationCopy, tmp_path,
                                                                   monkeypatch):
    folders = receiver.folders()
    lured = tmp_path / "lured.wdn"
    lured.write_bytes(corpus.files[0].read_bytes())
    swapped = corpus.files[1].name
    for path in corpus.files[1:4]:
        (folders.inbox / path.name).write_bytes(path.read_bytes())
    real_entry_kind = folders_module.entry_kind

    def entry_kind_then_swap(path: Path) -> str:
        kind = real_entry_kind(path)
        if path.name == swapped and kind == "file":
            # Between the check and the open, someone with access to the inbox puts a link there.
            path.unlink()
            os.symlink(lured, path)
        return kind

    # read_entry judges the entry by lstat() (entry_kind), then opens it.
    monkeypatch.setattr(folders_module, "entry_kind", entry_kind_then_swap)
    spy = ParseSpy(monkeypatch)
    station = receiver.open()
    try:
        with deadline(30):
            report = import_inbox(station, SENDER_ID)
        stored = {row["sealed_file"] for row in station.store.db.query("SELECT sealed_file FROM notices")}
    finally:
        station.close()
    outcomes = {o.name: (o.outcome, o.code) for o in report.outcomes}
    assert outcomes[swapped] == ("quarantined", "not_a_file")
    assert stored == {p.name for p in corpus.files[2:4]}  # the rest of the inbox imported
    assert os.path.islink(folders.quarantine / swapped)
    assert hashlib.sha256(lured.read_bytes()).hexdigest() not in {digest for _size, digest in spy.parsed}


def test_a_file_that_vanishes_during_the_scan_is_passed_over(corpus, receiver: StationCopy, monkeypatch):
    """Removable media pulled out, or a transfer tool taking a file back: no phantom quarantine."""
    folders = receiver.folders()
    for path in corpus.files[:3]:
        (folders.inbox / path.name).write_bytes(path.read_bytes())
    ghost = corpus.files[5].name
    real_entries = folders_module.inbox_entries
    monkeypatch.setattr(folders_module, "inbox_entries", lambda inbox: sorted(real_entries(inbox) + [ghost]))
    station = receiver.open()
    try:
        report = import_inbox(station, SENDER_ID)
        assert station.store.db["quarantine"].count == 0
        assert station.store.db["notices"].count == 3
        assert station.verify_audit().ok
    finally:
        station.close()
    assert ghost not in {o.name for o in report.outcomes if o.outcome == "quarantined"}
    assert os.listdir(folders.quarantine) == []
