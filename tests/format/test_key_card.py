"""Key cards: written and read back unchanged, and every malformed card
refused with a code and a message that names the problem; the self-signature
of version 2 catches a damaged or altered card, and version 1 cards stay
readable, marked unsigned, with the same safety number."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from console.format import KeyCard, KeyCardError, StationKeys, safety_number
from console.format.fields import base64url_decode

CREATED = datetime(2026, 1, 1, tzinfo=UTC)
KEYS = StationKeys.from_seeds(b"\x11" * 32, b"\x12" * 32, CREATED)
OTHER_KEYS = StationKeys.from_seeds(b"\x21" * 32, b"\x22" * 32, CREATED)


def _card_document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(KeyCard.for_station("RU-NRRC", "Национальный центр", KEYS).to_json())
    document.update(changes)
    return document


def _version_1_document(**changes: Any) -> dict[str, Any]:
    """The same card as version 1 wrote it: no self-signature."""
    document = _card_document(wdv=1, **changes)
    del document["self_signature"]
    return document


def _load(document: dict[str, Any] | bytes) -> KeyCard:
    return KeyCard.load(document if isinstance(document, bytes) else json.dumps(document).encode("utf-8"))


def test_card_round_trip_keeps_every_field() -> None:
    card = KeyCard.for_station("RU-NRRC", "Национальный центр", KEYS)

    loaded = KeyCard.load(card.to_json().encode("utf-8"))

    assert loaded == card
    assert loaded.name == "Национальный центр"
    assert loaded.created == CREATED
    assert loaded.signing_key_thumbprint == KEYS.signing_key_thumbprint
    assert loaded.encryption_key_thumbprint == KEYS.encryption_key_thumbprint


def test_written_card_has_exactly_the_specified_members() -> None:
    document = json.loads(KeyCard.for_station("US-NRRC", "US NRRC", KEYS).to_json())

    assert list(document) == [
        "type", "wdv", "station_id", "name", "signing_key", "encryption_key", "created", "fingerprint",
        "self_signature",
    ]
    assert document["type"] == "watchdesk-keycard" and document["wdv"] == 2
    assert document["signing_key"] == KEYS.public_signing_jwk()
    assert document["encryption_key"] == KEYS.public_encryption_jwk()
    assert document["created"] == "2026-01-01T00:00:00Z"


def test_card_carries_no_private_key_material() -> None:
    text = KeyCard.for_station("US-NRRC", "US NRRC", KEYS).to_json()

    assert '"d"' not in text


def _missing(member: str) -> dict[str, Any]:
    document = _card_document()
    del document[member]
    return document


BAD_CARDS: dict[str, tuple[dict[str, Any] | bytes, str, str]] = {
    # name: (card, code, phrase the message must contain)
    "not_json": (b"station RU-NRRC", "not_json", "not valid JSON"),
    "not_utf8": (b'{"name": "\xff"}', "not_json", "UTF-8"),
    "duplicate_member": (b'{"station_id": "A1", "station_id": "B2"}', "not_json", "twice"),
    "array": (b"[]", "not_object", "JSON object"),
    "too_large": (b" " * 70_000, "too_large", "65536"),
    **{
        f"missing_{member}": (_missing(member), "missing_field", f"'{member}'")
        for member in ("type", "wdv", "station_id", "name", "signing_key", "encryption_key", "created", "fingerprint")
    },
    "unknown_field": (_card_document(comment="hello"), "unknown_field", "'comment'"),
    "other_document": (_card_document(type="watchdesk-notice"), "wrong_document_type", "watchdesk-notice"),
    "version_3": (_card_document(wdv=3), "unknown_version", "only 1 and 2"),
    "version_true": (_card_document(wdv=True), "unknown_version", "True"),
    "version_as_fraction": (_card_document(wdv=2.0), "unknown_version", "2.0"),
    "lower_case_station": (_card_document(station_id="ru-nrrc"), "bad_station_id", "'ru-nrrc'"),
    "leading_hyphen": (_card_document(station_id="-RU"), "bad_station_id", "'-RU'"),
    "one_character_station": (_card_document(station_id="R"), "bad_station_id", "'R'"),
    "underscore_station": (_card_document(station_id="RU_NRRC"), "bad_station_id", "'RU_NRRC'"),
    "33_character_station": (_card_document(station_id="R" * 33), "bad_station_id", "R" * 33),
    "station_with_newline": (_card_document(station_id="RU-NRRC\n"), "bad_station_id", "station_id"),
    "empty_name": (_card_document(name=""), "bad_name", "1 to 100"),
    "long_name": (_card_document(name="N" * 101), "bad_name", "1 to 100"),
    "name_with_line_break": (_card_document(name="RU\nNRRC"), "bad_name", "control characters"),
    "rsa_signing_key": (
        _card_document(signing_key={"kty": "RSA", "n": "AQAB", "e": "AQAB"}),
        "wrong_key_type",
        "signing_key has key type 'RSA'",
    ),
    "ec_encryption_key": (
        _card_document(encryption_key={"kty": "EC", "crv": "P-256", "x": "AA", "y": "AA"}),
        "wrong_key_type",
        "encryption_key",
    ),
    "signing_key_on_x25519": (
        _card_document(signing_key=KEYS.public_encryption_jwk()),
        "wrong_curve",
        "signing_key is on curve 'X25519'",
    ),
    "encryption_key_on_x448": (
        _card_document(encryption_key={"kty": "OKP", "crv": "X448", "x": "AA"}),
        "wrong_curve",
        "encryption_key is on curve 'X448'",
    ),
    "private_key_included": (
        _card_document(signing_key=KEYS.public_signing_jwk() | {"d": "AAAA"}),
        "bad_key",
        "private key",
    ),
    "extra_key_member": (
        _card_document(signing_key=KEYS.public_signing_jwk() | {"use": "sig"}),
        "bad_key",
        "'use'",
    ),
    "short_key": (_card_document(signing_key={"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}), "bad_key", "32 bytes"),
    "key_not_object": (_card_document(encryption_key="X25519"), "bad_key", "encryption_key"),
    "created_with_offset": (_card_document(created="2026-01-01T03:00:00+03:00"), "bad_created", "created"),
    "created_impossible_date": (_card_document(created="2026-02-30T00:00:00Z"), "bad_created", "created"),
    "created_in_non_ascii_digits": (
        _card_document(created="\u0662\u0660\u0662\u0666-01-01T00:00:00Z"), "bad_created", "expected the form"
    ),
    "name_with_lone_surrogate": (
        b'{"type": "watchdesk-keycard", "wdv": 1, "station_id": "RU-NRRC", "name": "RU \\ud800", '
        b'"signing_key": {}, "encryption_key": {}, "created": "", "fingerprint": ""}',
        "bad_name",
        "lone surrogate",
    ),
    # Version 1 cards have only the fingerprint to catch an edit.
    "version_1_fingerprint_edited": (
        _version_1_document(fingerprint="0000 0000 0000 0000 0000 0000 0000 0000 0000 0000"),
        "fingerprint_mismatch",
        "does not match",
    ),
    "version_1_key_swapped_keeping_fingerprint": (
        _version_1_document(signing_key=OTHER_KEYS.public_signing_jwk()),
        "fingerprint_mismatch",
        "does not match",
    ),
    "version_1_fingerprint_lower_case": (
        _version_1_document(fingerprint=_card_document()["fingerprint"].lower()),
        "fingerprint_mismatch",
        "does not match",
    ),
    "version_1_with_a_self_signature": (_card_document(wdv=1), "unknown_field", "'self_signature'"),
    # Version 2: the self-signature catches every edit, before the fingerprint is looked at.
    "signature_removed": (
        {member: value for member, value in _card_document().items() if member != "self_signature"},
        "missing_self_signature",
        "has no self-signature: the card was damaged or altered",
    ),
    "signature_null": (_card_document(self_signature=None), "self_signature_mismatch", "is not text"),
    "signature_truncated": (
        _card_document(self_signature=_card_document()["self_signature"][:-4]),
        "self_signature_mismatch",
        "not a 64-byte Ed25519 signature",
    ),
    "signature_of_another_card": (
        _card_document(self_signature=KeyCard.for_station("US-NRRC", "US", KEYS).self_signature),
        "self_signature_mismatch",
        "does not match its contents",
    ),
    "fingerprint_edited": (
        _card_document(fingerprint="0000 0000 0000 0000 0000 0000 0000 0000 0000 0000"),
        "self_signature_mismatch",
        "does not match its contents",
    ),
    "key_swapped_keeping_fingerprint": (
        _card_document(signing_key=OTHER_KEYS.public_signing_jwk()),
        "self_signature_mismatch",
        "does not match its contents",
    ),
}


@pytest.mark.parametrize("case_name", sorted(BAD_CARDS))
def test_bad_card_is_refused_naming_the_problem(case_name: str) -> None:
    card, code, phrase = BAD_CARDS[case_name]

    with pytest.raises(KeyCardError) as refusal:
        _load(card)

    assert refusal.value.code == code
    assert phrase in refusal.value.message


def test_card_cannot_be_built_in_memory_with_a_wrong_fingerprint() -> None:
    card = KeyCard.for_station("US-NRRC", "US NRRC", KEYS)

    with pytest.raises(KeyCardError) as refusal:
        KeyCard(card.station_id, card.name, card.signing_key, card.encryption_key, card.created, "0000")

    assert refusal.value.code == "fingerprint_mismatch"


def test_changing_the_callers_dict_does_not_change_a_checked_card() -> None:
    signing_key = KEYS.public_signing_jwk()
    card = KeyCard(
        "US-NRRC", "US NRRC", signing_key, KEYS.public_encryption_jwk(), CREATED,
        KeyCard.for_station("US-NRRC", "US NRRC", KEYS).fingerprint,
    )

    signing_key["x"] = OTHER_KEYS.public_signing_jwk()["x"]

    assert card.signing_key == KEYS.public_signing_jwk()


# ---- the self-signature (docs/format.md 8.3) --------------------------------------------------

DAMAGED = "the key card's self-signature does not match its contents: the card was damaged or altered"
KIT = Path(__file__).resolve().parents[1] / "vectors"
MANIFEST: dict[str, Any] = json.loads((KIT / "manifest.json").read_text(encoding="utf-8"))
PUBLISHED_SAFETY_NUMBER = "46978 68758 12376 15289 35939 85451 55926 94548 97854 92627 76959 80516"


def _one_character_changed(text: str, position: int) -> str:
    return text[:position] + ("B" if text[position] != "B" else "C") + text[position + 1:]


def test_a_new_card_is_version_2_and_its_self_signature_verifies_by_the_documented_bytes() -> None:
    card = KeyCard.for_station("RU-NRRC", 'Центр "Север" \\ 1', KEYS)
    document = json.loads(card.to_json())
    signature = base64url_decode(document.pop("self_signature"))

    # docs/format.md 8.3, done here by hand: the other members as RFC 8785 JSON, in UTF-8.
    signed = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert signed.startswith(b'{"created":"2026-01-01T00:00:00Z","encryption_key":{"crv":"X25519"')
    assert 'Центр \\"Север\\" \\\\ 1'.encode() in signed
    Ed25519PublicKey.from_public_bytes(base64url_decode(card.signing_key["x"])).verify(signature, signed)
    assert card.signed_content() == signed
    assert card.self_signed and card.version == 2 and KeyCard.load(card.to_json()) == card


def test_a_new_card_is_the_same_bytes_every_time() -> None:
    assert KeyCard.for_station("RU-NRRC", "RU", KEYS).to_json() == KeyCard.for_station("RU-NRRC", "RU", KEYS).to_json()


@pytest.mark.parametrize("change", ["name", "station_id", "signing_key", "encryption_key", "created"])
def test_a_card_with_one_character_altered_is_refused_in_one_sentence(change: str) -> None:
    document = _card_document()
    if change.endswith("_key"):
        document[change] = document[change] | {"x": _one_character_changed(document[change]["x"], 20)}
    elif change == "created":
        document["created"] = "2026-01-01T00:00:01Z"
    else:
        document[change] = _one_character_changed(document[change], 1)

    with pytest.raises(KeyCardError) as refusal:
        _load(document)

    assert (refusal.value.code, refusal.value.message) == ("self_signature_mismatch", DAMAGED)


def test_a_version_1_card_is_read_marked_unsigned_and_kept_as_it_came() -> None:
    text = json.dumps(_version_1_document(), indent=2, ensure_ascii=False) + "\n"

    card = KeyCard.load(text)

    assert not card.self_signed and card.version == 1 and card.self_signature is None
    assert card.to_json() == text  # stored and shown as version 1: we cannot sign another station's card
    assert card.fingerprint == KeyCard.for_station("RU-NRRC", "Национальный центр", KEYS).fingerprint


def test_old_and_new_cards_of_the_same_keys_give_the_same_safety_number() -> None:
    ours = KeyCard.for_station("US-NRRC", "US NRRC", OTHER_KEYS)
    new = KeyCard.for_station("RU-NRRC", "Национальный центр", KEYS)
    old = KeyCard.load(json.dumps(_version_1_document()))

    assert new.self_signed and not old.self_signed
    assert safety_number(ours, old) == safety_number(ours, new)
    assert safety_number(old, ours) == safety_number(new, ours)


def test_a_card_cannot_be_built_in_memory_with_a_wrong_self_signature() -> None:
    card = KeyCard.for_station("US-NRRC", "US NRRC", KEYS)
    other = KeyCard.for_station("US-NRRC", "US NRRC", OTHER_KEYS)

    with pytest.raises(KeyCardError) as refusal:
        KeyCard(card.station_id, "US NRRC 2", card.signing_key, card.encryption_key, card.created,
                card.fingerprint, card.self_signature)
    assert refusal.value.code == "self_signature_mismatch"
    with pytest.raises(KeyCardError):
        KeyCard(card.station_id, card.name, card.signing_key, card.encryption_key, card.created,
                card.fingerprint, other.self_signature)


@pytest.mark.parametrize("vector", MANIFEST["keycards"], ids=lambda vector: vector["id"])
def test_each_key_card_of_the_kit_is_read_as_the_manifest_says(vector: dict[str, Any]) -> None:
    data = (KIT / "keycards" / vector["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == vector["sha256"]

    if vector["code"] is not None:
        with pytest.raises(KeyCardError) as refusal:
            KeyCard.load(data)
        assert refusal.value.code == vector["code"]
        assert "." not in refusal.value.message.rstrip(".")  # one sentence
        return
    card = KeyCard.load(data)
    assert card.self_signed is vector["self_signed"]
    assert card.fingerprint == vector["fingerprint"]
    receiver = KeyCard.load((KIT / MANIFEST["receiver"]["card"]).read_bytes())
    # Every accepted card holds USA-NRRC's test keys: signed or not, the published safety number.
    assert safety_number(receiver, card) == vector["safety_number"] == PUBLISHED_SAFETY_NUMBER


def test_the_kit_has_a_damaged_card_for_every_self_signature_refusal() -> None:
    codes = {vector["code"] for vector in MANIFEST["keycards"]}
    assert {"missing_self_signature", "self_signature_mismatch", None} <= codes
    assert any(vector["self_signed"] is False for vector in MANIFEST["keycards"])
