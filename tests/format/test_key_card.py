"""Key cards: written and read back unchanged, and every malformed card
refused with a code and a message that names the problem."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from console.format import KeyCard, KeyCardError, StationKeys

CREATED = datetime(2026, 1, 1, tzinfo=UTC)
KEYS = StationKeys.from_seeds(b"\x11" * 32, b"\x12" * 32, CREATED)
OTHER_KEYS = StationKeys.from_seeds(b"\x21" * 32, b"\x22" * 32, CREATED)


def _card_document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(KeyCard.for_station("RU-NRRC", "Национальный центр", KEYS).to_json())
    document.update(changes)
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
    ]
    assert document["type"] == "watchdesk-keycard" and document["wdv"] == 1
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
    "version_2": (_card_document(wdv=2), "unknown_version", "2"),
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
    "fingerprint_edited": (
        _card_document(fingerprint="0000 0000 0000 0000 0000 0000 0000 0000 0000 0000"),
        "fingerprint_mismatch",
        "does not match",
    ),
    "key_swapped_keeping_fingerprint": (
        _card_document(signing_key=OTHER_KEYS.public_signing_jwk()),
        "fingerprint_mismatch",
        "does not match",
    ),
    "fingerprint_lower_case": (
        _card_document(fingerprint=_card_document()["fingerprint"].lower()),
        "fingerprint_mismatch",
        "does not match",
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
