"""docs/format.md is the public specification a counterpart implements alone:
it must agree with what the code does."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from console.format import (
    MAX_FILE_BYTES,
    REJECTION_CODES,
    KeyCard,
    StationKeys,
    open_sealed,
    safety_number,
    seal,
    sealed_file_name,
)
from console.format.fingerprint import SAFETY_NUMBER_ITERATIONS, station_safety_digits

REPOSITORY = Path(__file__).resolve().parents[2]
SPEC = (REPOSITORY / "docs" / "format.md").read_text(encoding="utf-8")
SCHEMAS = REPOSITORY / "resources" / "schemas"
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def _example_notice() -> dict[str, Any]:
    match = re.search(r"<!-- example: launch_notification -->\s*```json\n(.*?)```", SPEC, re.DOTALL)
    assert match, "the spec must show a complete launch notification"
    notice: dict[str, Any] = json.loads(match.group(1))
    return notice


def _vector_station(station_id: str, first_seed_byte: int) -> tuple[StationKeys, KeyCard]:
    keys = StationKeys.from_seeds(
        bytes(range(first_seed_byte, first_seed_byte + 32)),
        bytes(range(first_seed_byte + 32, first_seed_byte + 64)),
        CREATED,
    )
    return keys, KeyCard.for_station(station_id, station_id, keys)


def test_spec_lists_every_rejection_code() -> None:
    for code in REJECTION_CODES:
        assert f"`{code}`" in SPEC, code


def test_spec_states_the_limits_the_code_enforces() -> None:
    assert f"{MAX_FILE_BYTES:,}" in SPEC
    assert f"**{SAFETY_NUMBER_ITERATIONS}**" in SPEC
    assert "99,999,999" in SPEC


def test_spec_test_vector_matches_the_code() -> None:
    usa_keys, usa_card = _vector_station("USA-NRRC", 0)
    rus_keys, rus_card = _vector_station("RUS-NRRC", 64)

    for keys, card in ((usa_keys, usa_card), (rus_keys, rus_card)):
        assert keys.signing_key.private_bytes_raw().hex() in SPEC
        assert keys.encryption_key.private_bytes_raw().hex() in SPEC
        assert card.signing_key["x"] in SPEC and card.encryption_key["x"] in SPEC
        assert card.signing_key_thumbprint in SPEC and card.encryption_key_thumbprint in SPEC
        assert card.fingerprint in SPEC
        assert station_safety_digits(card.station_id, card.signing_key, card.encryption_key) in SPEC
    assert safety_number(usa_card, rus_card) in SPEC


def test_spec_key_card_example_is_a_valid_card() -> None:
    match = re.search(r"### 8\.1 Format.*?```json\n(.*?)```", SPEC, re.DOTALL)
    assert match
    card = KeyCard.load(match.group(1).encode("utf-8"))
    assert card.station_id == "USA-NRRC"
    # The example is the card our writer makes for the published keys, self-signature included.
    usa_keys, usa_card = _vector_station("USA-NRRC", 0)
    assert card == KeyCard.for_station("USA-NRRC", "United States NRRC", usa_keys) and card.self_signed


def test_spec_shows_the_example_cards_signed_content_byte_for_byte() -> None:
    match = re.search(r"### 8\.3 Self-signature.*?these (\d+) bytes \(one line\):\n\n```\n(.*?)\n```", SPEC, re.DOTALL)
    assert match
    card = KeyCard.load(re.search(r"### 8\.1 Format.*?```json\n(.*?)```", SPEC, re.DOTALL).group(1))
    assert match.group(2).encode("utf-8") == card.signed_content()
    assert int(match.group(1)) == len(card.signed_content())


def test_spec_example_notice_seals_and_opens_between_the_vector_stations() -> None:
    notice = _example_notice()
    usa_keys, usa_card = _vector_station("USA-NRRC", 0)
    rus_keys, rus_card = _vector_station("RUS-NRRC", 64)

    data = seal(notice, usa_keys, "USA-NRRC", rus_card, datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    opened = open_sealed(data, "RUS-NRRC", [rus_keys], lambda station: [usa_card.signing_key])

    assert opened.notice == notice
    assert sealed_file_name(opened.sender, opened.recipient, opened.sequence, opened.message_id) in SPEC


def test_spec_example_notice_is_valid_under_the_published_schema() -> None:
    documents = [json.loads(path.read_text(encoding="utf-8")) for path in SCHEMAS.glob("*.schema.json")]
    registry = Registry().with_resources(
        (document["$id"], Resource.from_contents(document, default_specification=DRAFT202012)) for document in documents
    )
    schema = json.loads((SCHEMAS / "notice.schema.json").read_text(encoding="utf-8"))
    errors = [error.message for error in Draft202012Validator(schema, registry=registry).iter_errors(_example_notice())]
    assert errors == []
