"""The sealed-file test kit (tests/vectors/, docs/format.md sections 17 and 18), both ways:

- reader: each file goes through a real station's inbox and importer and must end exactly as
  the manifest says, a valid file with the payload the manifest gives;
- writer: seal() given the payload, the test keys and the published fixed values writes each
  valid file byte for byte, and the generator remakes the whole kit byte for byte;
- rules: every code the importer can quarantine a file with has a numbered rule in
  docs/format.md and a vector in the manifest; so has every code the key-card reader refuses a
  card's version or self-signature with (the key cards of keycards/).

The kit is written by tests/vectors/make_vectors.py; manifest.json says what each file breaks."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from console.exchange.importer import FileOutcome
from console.format import REJECTION_CODES, KeyCard, StationKeys, parse_sealed_file_name, seal
from console.format.envelope import FixedSealingValuesForTestVectors
from console.service.station import Station
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from console.storage.keysource import EphemeralKeySource
from tests.exchange.conftest import Clock, folders, import_inbox

REPOSITORY = Path(__file__).resolve().parent.parent
KIT = REPOSITORY / "tests" / "vectors"
FILES = KIT / "files"
SPEC = (REPOSITORY / "docs" / "format.md").read_text(encoding="utf-8")
MANIFEST: dict[str, Any] = json.loads((KIT / "manifest.json").read_text(encoding="utf-8"))
VECTORS: list[dict[str, Any]] = MANIFEST["vectors"]
BY_ID = {vector["id"]: vector for vector in VECTORS}
# The vectors delivered as files, by file name (each has its own).
BY_FILE = {vector["file"]: vector for vector in VECTORS if vector["entry"] == "file"}
RECEIVER = MANIFEST["receiver"]
COUNTERPART = MANIFEST["counterpart"]
COUNTERPARTS = [COUNTERPART, *MANIFEST["other_counterparts"]]
# The number docs/format.md section 17 publishes for USA-NRRC and RUS-NRRC.
PUBLISHED_SAFETY_NUMBER = "46978 68758 12376 15289 35939 85451 55926 94548 97854 92627 76959 80516"
KEYS_CREATED = datetime(2026, 1, 1, tzinfo=UTC)
# The sending stations' private seeds as docs/format.md section 17 publishes them (first byte of
# the 32-byte Ed25519 seed; the X25519 seed follows it): a writer's test needs nothing else.
SENDER_SEEDS = {"USA-NRRC": 0x00, "GBR-NRRC": 0x80}
# Codes a file can end with that are not rejections: it waits in the inbox (docs/format.md R29).
NOT_REJECTIONS = {"unverified_key"}


def _vector_id(vector: dict[str, Any]) -> str:
    return vector["id"]


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


def add_counterpart(station: Station, verified: bool, clock: Clock, counterpart: dict[str, Any] = COUNTERPART) -> None:
    book = CounterpartBook(station.store)
    card = KeyCard.load((KIT / counterpart["card"]).read_bytes())
    book.add_card(card, "officer", station.station_id, clock())
    if verified:
        # Typed in as read over the telephone: the number the kit publishes.
        book.verify(card.station_id, counterpart["safety_number"], station.own_card(), "officer", clock())


def deliver(station: Station, vector: dict[str, Any]) -> Path:
    inbox = folders(station, vector["inbox"]).inbox
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / vector["inbox_name"]
    if vector["entry"] == "symlink":
        target.symlink_to(FILES / vector["file"])
    else:
        shutil.copyfile(FILES / vector["file"], target)
    return target


def notice_count(station: Station) -> int:
    return station.store.db["notices"].count


@pytest.fixture
def station(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch):
    station = receiving_station(tmp_path, clock, monkeypatch)
    yield station
    station.close()


@pytest.mark.parametrize("vector", VECTORS, ids=[_vector_id(v) for v in VECTORS])
def test_our_reader_ends_each_vector_as_the_manifest_says(vector: dict[str, Any], station: Station,
                                                          clock: Clock) -> None:
    add_counterpart(station, vector["counterpart_verified"], clock)
    for other in MANIFEST["other_counterparts"]:
        add_counterpart(station, True, clock, other)
    counterpart = vector["inbox"]
    if vector["retire_signing_key"]:
        book = CounterpartBook(station.store)
        sender = COUNTERPART["station_id"]
        book.retire_key(sender, book.require(sender).card.signing_key_thumbprint, "officer", clock(), compromised=True)
    for earlier_id in vector["import_first"]:
        earlier = BY_ID[earlier_id]
        deliver(station, earlier)
        earlier_report = import_inbox(station, earlier["inbox"])
        assert [outcome.outcome for outcome in earlier_report.outcomes] == ["accepted"], f"setup: {earlier_id}"
    rows_before = notice_count(station)
    name = vector["inbox_name"]
    clock.advance(minutes=1)

    delivered = deliver(station, vector)
    original = delivered.read_bytes()
    report = import_inbox(station, counterpart)

    outcomes: list[FileOutcome] = report.outcomes
    assert [(o.name, o.outcome, o.code or None) for o in outcomes] == [(name, vector["outcome"], vector["code"])], (
        outcomes[0].message if outcomes else "no outcome"
    )
    where = folders(station, counterpart)
    if vector["outcome"] == "accepted":
        assert notice_count(station) == rows_before + 1
        row = station.store.db.execute(
            "SELECT message_id, direction, sealed_sha256, sealed_file, problem FROM notices WHERE id = ?",
            [outcomes[0].notice_id],
        ).fetchone()
        named = parse_sealed_file_name(name)
        assert named is not None
        assert row[:4] == (named.message_id, "in", vector["sha256"], name)
        stored = notice_rows.by_message_id(station.store, named.message_id)
        assert stored is not None and stored.notice.to_dict() == vector["payload"]["notice"]
        if vector["flagged"]:
            assert vector["flagged"] in outcomes[0].message and row[4] == outcomes[0].message
        else:
            assert row[4] is None and outcomes[0].message == ""
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
        quarantined = where.quarantine / name
        if vector["entry"] == "symlink":
            assert quarantined.is_symlink(), "a link must be moved aside as a link"
            assert os.readlink(quarantined) == str(FILES / vector["file"])
        else:
            assert not quarantined.is_symlink() and quarantined.read_bytes() == original
        reason_lines = (where.quarantine / f"{name}.reason.txt").read_text(encoding="utf-8").splitlines()
        assert reason_lines[0] == f"code: {vector['code']}"
        assert reason_lines[1].startswith("message: ") and len(reason_lines[1]) > len("message: ")
        # An oversize file is not parsed, but its digest is still computed (in chunks) for the record.
        assert reason_lines[2] == f"sha256: {vector['sha256'] or '-'}"
        assert reason_lines[3] == "quarantined_at: 2026-11-28T12:06:00Z"
    if vector["outcome"] != "held":
        assert not os.path.lexists(delivered), "the entry was left in the inbox"


def _sender_keys(station_id: str) -> StationKeys:
    first = SENDER_SEEDS[station_id]
    return StationKeys.from_seeds(bytes(range(first, first + 32)), bytes(range(first + 32, first + 64)), KEYS_CREATED)


def _fixed_values(label: str) -> FixedSealingValuesForTestVectors:
    values = MANIFEST["sealing_values"][label]
    return FixedSealingValuesForTestVectors(
        bytes.fromhex(values["ephemeral_private_key"]), bytes.fromhex(values["content_encryption_key"]),
        bytes.fromhex(values["iv"]),
    )


WRITER_VECTORS = [vector for vector in VECTORS if vector["reproduced_by_seal"]]


@pytest.mark.parametrize("vector", WRITER_VECTORS, ids=[_vector_id(v) for v in WRITER_VECTORS])
def test_our_writer_with_the_fixed_values_makes_each_valid_file_byte_for_byte(vector: dict[str, Any]) -> None:
    payload = vector["payload"]
    recipient_card = KeyCard.load((KIT / RECEIVER["card"]).read_bytes())
    assert recipient_card.station_id == payload["aud"]
    assert payload["iat"] == MANIFEST["issued_at"]

    written = seal(
        payload["notice"], _sender_keys(payload["iss"]), payload["iss"], recipient_card,
        datetime.fromtimestamp(payload["iat"], UTC), fixed_values_for_test_vectors=_fixed_values(vector["sealing"]),
    )

    expected = (FILES / vector["file"]).read_bytes()
    if vector["reproduced_by_seal"] == "without final LF":
        assert written == expected + b"\n"
    else:
        assert vector["reproduced_by_seal"] == "exact"
        assert written == expected


def test_every_valid_file_but_the_reordered_one_is_reproduced_by_our_writer() -> None:
    valid = {vector["id"] for vector in VECTORS if vector["payload"] is not None}
    assert valid - {vector["id"] for vector in WRITER_VECTORS} == {"valid-header-members-reordered"}


def test_the_generator_remakes_the_kit_byte_for_byte(tmp_path: Path) -> None:
    from tests.vectors import make_vectors

    assert make_vectors.main([str(tmp_path)]) == 0

    def contents(root: Path) -> dict[str, bytes]:
        return {
            str(path.relative_to(root)): path.read_bytes()
            for path in sorted(root.rglob("*"))
            if path.is_file() and path.relative_to(root).parts[0] in {"files", "keys", "keycards", "manifest.json"}
        }

    remade, committed = contents(tmp_path), contents(KIT)
    assert sorted(remade) == sorted(committed)
    differing = [name for name in remade if remade[name] != committed[name]]
    assert differing == [], f"the generator no longer makes these committed files: {differing}"


def test_every_file_of_the_kit_is_in_the_manifest_with_its_digest() -> None:
    on_disk = sorted(path.name for path in FILES.iterdir())
    listed = [vector["file"] for vector in VECTORS if vector["entry"] == "file"]
    assert on_disk == sorted(listed), "files/ and manifest.json list different files"
    assert len(set(listed)) == len(listed), "two vectors share a file"
    assert len(BY_ID) == len(VECTORS), "an id is listed twice"
    for vector in VECTORS:
        if vector["entry"] == "file":
            digest = hashlib.sha256((FILES / vector["file"]).read_bytes()).hexdigest()
            assert digest == vector["sha256"], vector["file"]
        else:
            assert vector["entry"] == "symlink" and vector["sha256"] is None  # a link is not read
            assert (FILES / vector["file"]).is_file(), vector["id"]


def test_the_kit_has_sixty_vectors_every_kind_and_every_rejection_code() -> None:
    assert len(VECTORS) >= 60
    outcomes = [vector["outcome"] for vector in VECTORS]
    assert {"accepted", "duplicate", "held", "quarantined"} == set(outcomes)
    accepted_kinds = {vector["kind"] for vector in VECTORS if vector["outcome"] == "accepted"}
    assert accepted_kinds == {
        "launch_notification", "amendment", "cancellation", "post_launch_report", "general_communication",
        "acknowledgement", "error",
    }
    for vector in VECTORS:
        assert (vector["payload"] is not None) == (vector["outcome"] != "quarantined"), vector["id"]
        assert (vector["code"] is None) == (vector["outcome"] in {"accepted", "duplicate"}), vector["id"]


def test_only_the_file_name_vector_has_a_bad_name() -> None:
    for vector in VECTORS:
        is_sealed_name = parse_sealed_file_name(vector["inbox_name"]) is not None
        assert is_sealed_name == (vector["code"] != "bad_file_name"), vector["id"]


def test_the_kit_is_keyed_to_the_published_test_vector() -> None:
    # Another implementation can rebuild these keys from docs/format.md alone.
    assert PUBLISHED_SAFETY_NUMBER in SPEC
    assert COUNTERPART["safety_number"] == PUBLISHED_SAFETY_NUMBER
    receiver_keys = StationKeys.from_private_json((KIT / RECEIVER["private_keys"]).read_text(encoding="utf-8"))
    receiver_card = KeyCard.load((KIT / RECEIVER["card"]).read_bytes())
    assert receiver_card.signing_key == receiver_keys.public_signing_jwk()
    assert receiver_card.encryption_key == receiver_keys.public_encryption_jwk()
    for counterpart in COUNTERPARTS:
        card = KeyCard.load((KIT / counterpart["card"]).read_bytes())
        assert card.fingerprint in SPEC, f"{card.station_id}'s card is not the one docs/format.md publishes"
        assert card.signing_key == _sender_keys(card.station_id).public_signing_jwk()
    assert receiver_card.fingerprint in SPEC


def test_docs_format_states_what_the_kit_holds() -> None:
    section = " ".join(SPEC[SPEC.index("### 17.3 The sealed-file kit"):SPEC.index("## 18.")].split())
    files = [vector for vector in VECTORS if vector["entry"] == "file"]
    valid = [vector for vector in VECTORS if vector["payload"] is not None]
    negative = [vector for vector in VECTORS if vector["outcome"] == "quarantined"]
    codes = {vector["code"] for vector in negative}
    assert f"{len(files)} files" in section
    assert f"({len(VECTORS)}: one vector is a symbolic link" in section
    assert f"{len(valid)} valid files ({sum(v['outcome'] == 'accepted' for v in VECTORS)} accepted" in section
    assert f"{len(negative)} negative files covering all {len(codes)} rejection codes" in section


def test_docs_format_publishes_the_fixed_sealing_values() -> None:
    section = SPEC[SPEC.index("## 17. Test vectors"):SPEC.index("## 18.")]
    for values in MANIFEST["sealing_values"].values():
        for name in ("ephemeral_private_key", "ephemeral_public_key", "content_encryption_key", "iv"):
            assert values[name] in section, f"section 17 does not give the {name} of values {values['label']}"


# ---- the numbered rules (docs/format.md section 18) ------------------------------------------

RULE = re.compile(r"^- \*\*R(\d+)\*\* \(([^)]*)\)", re.MULTILINE)


def numbered_rules() -> dict[str, set[str]]:
    """Rule id (R1, R2, ...) -> the codes its parenthesis names."""
    section = SPEC[SPEC.index("## 18. "):]
    rules: dict[str, set[str]] = {}
    for match in RULE.finditer(section):
        keywords, _, codes = match.group(2).partition(";")
        assert re.fullmatch(r"(MUST|MUST NOT|SHOULD|SHOULD NOT|MAY)(, (MUST|MUST NOT|SHOULD|SHOULD NOT|MAY))*",
                            keywords.strip()), f"R{match.group(1)} does not open with its key word: {keywords!r}"
        rules[f"R{match.group(1)}"] = set(re.findall(r"`([a-z_]+)`", codes))
    return rules


def quarantine_codes_in_the_code() -> set[str]:
    """Every code the importer can quarantine a file with, read from the source: the string a
    RejectedFile, EntryRefused or Quarantine is raised with, and the importer's channel rejections."""
    sources = [REPOSITORY / "console" / "format" / "envelope.py",
               *sorted((REPOSITORY / "console" / "exchange").glob("*.py"))]
    codes: set[str] = set()
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in {"RejectedFile", "EntryRefused", "Quarantine"}
                    and node.args and isinstance(node.args[0], ast.Constant)):
                codes.add(node.args[0].value)
            if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "rejection"
                                                     for t in node.targets)
                    and isinstance(node.value, ast.Tuple) and isinstance(node.value.elts[0], ast.Constant)):
                codes.add(node.value.elts[0].value)
    return codes


def key_card_codes_in_the_code() -> set[str]:
    """Every code the key-card reader refuses a card with: the first argument of each KeyCardError."""
    source = (REPOSITORY / "console" / "format" / "keycard.py").read_text(encoding="utf-8")
    return {node.args[0].value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "KeyCardError"
            and node.args and isinstance(node.args[0], ast.Constant)}


def key_card_rules() -> dict[str, set[str]]:
    section = SPEC[SPEC.index("### 18.10 Key cards"):]
    return {rule: codes for rule, codes in numbered_rules().items() if f"**{rule}**" in section}


def test_the_rules_are_numbered_one_by_one() -> None:
    rules = numbered_rules()
    assert len(rules) >= 40
    assert list(rules) == [f"R{n}" for n in range(1, len(rules) + 1)]


def test_every_rejection_code_has_a_numbered_rule_and_a_vector() -> None:
    codes = quarantine_codes_in_the_code()
    # The scan found the codes it is meant to find (it would pass on nothing otherwise).
    assert set(REJECTION_CODES) | {"bad_file_name", "not_a_file", "retired_key", "invalid_notice",
                                   "replayed_sequence", "message_id_conflict"} <= codes
    rules = numbered_rules()
    with_rule = set().union(*rules.values())
    with_vector = {vector["code"] for vector in VECTORS}
    without_rule = sorted(codes - with_rule)
    without_vector = sorted(codes - with_vector)
    assert without_rule == [], f"no numbered rule in docs/format.md section 18 names {without_rule}"
    assert without_vector == [], f"no vector in tests/vectors/manifest.json ends with {without_vector}"
    unknown = sorted(with_rule - codes - NOT_REJECTIONS - key_card_codes_in_the_code())
    assert unknown == [], f"section 18 names codes neither the importer nor the key-card reader produces: {unknown}"


def test_every_key_card_version_and_self_signature_code_has_a_rule_and_a_card_vector() -> None:
    codes = key_card_codes_in_the_code()
    assert {"missing_self_signature", "self_signature_mismatch", "unknown_version", "bad_key"} <= codes
    rules = key_card_rules()
    named = set().union(*rules.values())
    assert named <= codes, f"section 18.10 names codes the key-card reader never produces: {named - codes}"
    assert {"missing_self_signature", "self_signature_mismatch", "unknown_version", "fingerprint_mismatch"} <= named
    for vector in MANIFEST["keycards"]:
        assert vector["rule"] in rules, vector["id"]
        if vector["code"] is not None:
            assert vector["code"] in rules[vector["rule"]], f"{vector['id']}: {vector['rule']} does not name its code"
    refused = {vector["code"] for vector in MANIFEST["keycards"]}
    assert named <= refused, f"no key card of keycards/ is refused with {sorted(named - refused)}"
    on_disk = sorted(path.name for path in (KIT / "keycards").iterdir())
    assert on_disk == sorted(vector["file"] for vector in MANIFEST["keycards"])


def test_each_vector_names_a_rule_that_names_its_code() -> None:
    rules = numbered_rules()
    for vector in VECTORS:
        if vector["code"] is not None:
            assert vector["rule"] in rules, vector["id"]
            assert vector["code"] in rules[vector["rule"]], f"{vector['id']}: {vector['rule']} does not name its code"
        elif vector["rule"] is not None:
            assert vector["rule"] in rules, vector["id"]
