"""The sealed-file test kit (tests/vectors/): each file goes through a real
station's inbox and importer, and must end exactly as the manifest says.

The kit is written by tests/vectors/make_vectors.py; see manifest.json for
what each file breaks."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from console.exchange.importer import FileOutcome
from console.format import REJECTION_CODES, KeyCard, StationKeys, parse_sealed_file_name
from console.service.station import Station
from console.storage.counterparts import CounterpartBook
from console.storage.keysource import EphemeralKeySource
from tests.exchange.conftest import Clock, folders, import_inbox

KIT = Path(__file__).resolve().parent / "vectors"
FILES = KIT / "files"
MANIFEST: dict[str, Any] = json.loads((KIT / "manifest.json").read_text(encoding="utf-8"))
VECTORS: list[dict[str, Any]] = MANIFEST["vectors"]
BY_FILE = {vector["file"]: vector for vector in VECTORS}
RECEIVER = MANIFEST["receiver"]
COUNTERPART = MANIFEST["counterpart"]
# The number docs/format.md section 17 publishes for USA-NRRC and RUS-NRRC.
PUBLISHED_SAFETY_NUMBER = "46978 68758 12376 15289 35939 85451 55926 94548 97854 92627 76959 80516"


def _vector_id(vector: dict[str, Any]) -> str:
    return vector["file"].removesuffix(".wdn")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 28, 12, 5, 0, tzinfo=UTC))


def receiving_station(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> Station:
    """A real station whose only key generation is the kit's fixed receiver keys."""
    keys = StationKeys.from_private_json((KIT / RECEIVER["private_keys"]).read_text(encoding="utf-8"))
    # Initialise with the fixed keys in place of fresh ones, so the store, its
    # key row and its signed audit log all agree from the first entry on.
    with monkeypatch.context() as patch:
        patch.setattr(StationKeys, "generate", classmethod(lambda cls, created=None: keys))
        station, _recovery_code = Station.initialise(
            tmp_path / RECEIVER["station_id"], RECEIVER["station_id"], RECEIVER["name"], EphemeralKeySource(),
            clock=clock,
        )
    expected_card = KeyCard.load((KIT / RECEIVER["card"]).read_bytes())
    assert station.own_card().fingerprint == expected_card.fingerprint, "the station did not take the kit's keys"
    return station


def add_counterpart(station: Station, verified: bool, clock: Clock) -> None:
    book = CounterpartBook(station.store)
    card = KeyCard.load((KIT / COUNTERPART["card"]).read_bytes())
    book.add_card(card, "officer", station.station_id, clock())
    if verified:
        # Typed in as read over the telephone: the number the kit publishes.
        book.verify(card.station_id, COUNTERPART["safety_number"], station.own_card(), "officer", clock())


def deliver(station: Station, file: str, inbox_name: str) -> Path:
    inbox = folders(station, COUNTERPART["station_id"]).inbox
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / inbox_name
    shutil.copyfile(FILES / file, target)
    return target


def notice_count(station: Station) -> int:
    return station.store.db["notices"].count


@pytest.fixture
def station(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch):
    station = receiving_station(tmp_path, clock, monkeypatch)
    yield station
    station.close()


@pytest.mark.parametrize("vector", VECTORS, ids=[_vector_id(v) for v in VECTORS])
def test_vector_ends_as_the_manifest_says(vector: dict[str, Any], station: Station, clock: Clock) -> None:
    counterpart = COUNTERPART["station_id"]
    add_counterpart(station, vector["counterpart_verified"], clock)
    if vector["retire_signing_key"]:
        book = CounterpartBook(station.store)
        book.retire_key(counterpart, book.require(counterpart).card.signing_key_thumbprint, "officer", clock(),
                        compromised=True)
    for earlier_file in vector["import_first"]:
        deliver(station, earlier_file, BY_FILE[earlier_file]["inbox_name"])
        earlier = import_inbox(station, counterpart)
        assert [outcome.outcome for outcome in earlier.outcomes] == ["accepted"], f"setup: {earlier_file}"
    rows_before = notice_count(station)
    original = (FILES / vector["file"]).read_bytes()
    name = vector["inbox_name"]
    clock.advance(minutes=1)

    delivered = deliver(station, vector["file"], name)
    report = import_inbox(station, counterpart)

    outcomes: list[FileOutcome] = report.outcomes
    assert [(o.name, o.outcome, o.code or None) for o in outcomes] == [(name, vector["outcome"], vector["code"])], (
        outcomes[0].message if outcomes else "no outcome"
    )
    where = folders(station, counterpart)
    if vector["outcome"] == "accepted":
        assert notice_count(station) == rows_before + 1
        row = station.store.db.execute(
            "SELECT message_id, direction, sealed_sha256, sealed_file FROM notices WHERE id = ?",
            [outcomes[0].notice_id],
        ).fetchone()
        named = parse_sealed_file_name(name)
        assert named is not None
        assert row == (named.message_id, "in", vector["sha256"], name)
        assert (where.processed / name).read_bytes() == original
    elif vector["outcome"] == "duplicate":
        assert notice_count(station) == rows_before
        # The first copy already holds the name in processed/; the duplicate is kept beside it.
        assert (where.processed / f"{name}.2").read_bytes() == original
    elif vector["outcome"] == "held":
        assert notice_count(station) == 0
        assert delivered.read_bytes() == original  # waits in the inbox, untouched
        assert list(where.quarantine.iterdir()) == []
        add_counterpart(station, True, clock)  # the officers compare the safety number at last
        released = import_inbox(station, counterpart)
        assert [o.outcome for o in released.outcomes] == ["accepted"]
        assert notice_count(station) == 1
    else:
        assert vector["outcome"] == "quarantined"
        assert notice_count(station) == rows_before
        assert (where.quarantine / name).read_bytes() == original
        reason_lines = (where.quarantine / f"{name}.reason.txt").read_text(encoding="utf-8").splitlines()
        assert reason_lines[0] == f"code: {vector['code']}"
        assert reason_lines[1].startswith("message: ") and len(reason_lines[1]) > len("message: ")
        # An oversize file is not parsed, but its digest is still computed (in chunks) for the record.
        digest = vector["sha256"]
        assert reason_lines[2] == f"sha256: {digest}"
        assert reason_lines[3] == "quarantined_at: 2026-11-28T12:06:00Z"
    if vector["outcome"] != "held":
        assert not delivered.exists(), "the file was left in the inbox"


def test_every_file_of_the_kit_is_in_the_manifest_with_its_digest() -> None:
    on_disk = sorted(path.name for path in FILES.iterdir())
    assert on_disk == sorted(BY_FILE), "files/ and manifest.json list different files"
    assert len(BY_FILE) == len(VECTORS), "a file is listed twice"
    for vector in VECTORS:
        assert hashlib.sha256((FILES / vector["file"]).read_bytes()).hexdigest() == vector["sha256"], vector["file"]


def test_the_kit_has_valid_files_and_a_file_for_every_rejection_code() -> None:
    outcomes = [vector["outcome"] for vector in VECTORS]
    assert outcomes.count("accepted") >= 3
    assert outcomes.count("quarantined") >= 25
    assert {"duplicate", "held"} <= set(outcomes)
    codes = {vector["code"] for vector in VECTORS}
    missing = (set(REJECTION_CODES) | {"invalid_notice", "replayed_sequence", "bad_file_name", "retired_key"}) - codes
    assert missing == set(), f"no vector for {sorted(missing)}"


def test_only_the_file_name_vector_has_a_bad_name() -> None:
    for vector in VECTORS:
        is_sealed_name = parse_sealed_file_name(vector["inbox_name"]) is not None
        assert is_sealed_name == (vector["code"] != "bad_file_name"), vector["file"]


def test_the_kit_is_keyed_to_the_published_test_vector() -> None:
    # Another implementation can rebuild these keys from docs/format.md alone.
    spec = (Path(__file__).resolve().parent.parent / "docs" / "format.md").read_text(encoding="utf-8")
    assert PUBLISHED_SAFETY_NUMBER in spec
    assert COUNTERPART["safety_number"] == PUBLISHED_SAFETY_NUMBER
    receiver_keys = StationKeys.from_private_json((KIT / RECEIVER["private_keys"]).read_text(encoding="utf-8"))
    receiver_card = KeyCard.load((KIT / RECEIVER["card"]).read_bytes())
    assert receiver_card.signing_key == receiver_keys.public_signing_jwk()
    assert receiver_card.encryption_key == receiver_keys.public_encryption_jwk()
    for card in (receiver_card, KeyCard.load((KIT / COUNTERPART["card"]).read_bytes())):
        assert card.fingerprint in spec, f"{card.station_id}'s card is not the one docs/format.md publishes"
