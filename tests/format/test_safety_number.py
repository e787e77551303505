"""Safety numbers and card fingerprints, pinned by the test vector published in
docs/format.md so a change of algorithm cannot pass unnoticed."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from console.format import KeyCard, StationKeys, card_fingerprint, safety_number
from console.format.fingerprint import station_safety_digits

CREATED = datetime(2026, 1, 1, tzinfo=UTC)

# The test vector of docs/format.md, "Test vector".
USA_SIGNING_SEED = bytes(range(0, 32))
USA_ENCRYPTION_SEED = bytes(range(32, 64))
RUS_SIGNING_SEED = bytes(range(64, 96))
RUS_ENCRYPTION_SEED = bytes(range(96, 128))
USA_FINGERPRINT = "3619 E750 A2DD 52BA 9788 07B2 A00D F56D 9AE3 3543"
RUS_FINGERPRINT = "CE04 D757 588B 607D B7DD 1E31 C428 B180 CC55 46AB"
USA_DIGITS = "469786875812376152893593985451"
RUS_DIGITS = "559269454897854926277695980516"
SAFETY_NUMBER = "46978 68758 12376 15289 35939 85451 55926 94548 97854 92627 76959 80516"


def _card(station_id: str, signing_seed: bytes, encryption_seed: bytes) -> KeyCard:
    keys = StationKeys.from_seeds(signing_seed, encryption_seed, CREATED)
    return KeyCard.for_station(station_id, f"{station_id} watch desk", keys)


@pytest.fixture
def usa_card() -> KeyCard:
    return _card("USA-NRRC", USA_SIGNING_SEED, USA_ENCRYPTION_SEED)


@pytest.fixture
def rus_card() -> KeyCard:
    return _card("RUS-NRRC", RUS_SIGNING_SEED, RUS_ENCRYPTION_SEED)


def test_safety_number_known_answer(usa_card: KeyCard, rus_card: KeyCard) -> None:
    assert safety_number(usa_card, rus_card) == SAFETY_NUMBER


def test_each_stations_half_known_answer(usa_card: KeyCard, rus_card: KeyCard) -> None:
    assert station_safety_digits(usa_card.station_id, usa_card.signing_key, usa_card.encryption_key) == USA_DIGITS
    assert station_safety_digits(rus_card.station_id, rus_card.signing_key, rus_card.encryption_key) == RUS_DIGITS


def test_card_fingerprint_known_answer(usa_card: KeyCard, rus_card: KeyCard) -> None:
    assert usa_card.fingerprint == USA_FINGERPRINT
    assert rus_card.fingerprint == RUS_FINGERPRINT
    assert card_fingerprint(usa_card.signing_key, usa_card.encryption_key) == USA_FINGERPRINT


def test_both_consoles_show_the_same_number(usa_card: KeyCard, rus_card: KeyCard) -> None:
    assert safety_number(usa_card, rus_card) == safety_number(rus_card, usa_card)


def test_safety_number_is_twelve_groups_of_five_digits(usa_card: KeyCard, rus_card: KeyCard) -> None:
    assert re.fullmatch(r"\d{5}( \d{5}){11}", safety_number(usa_card, rus_card))


@pytest.mark.parametrize(
    "changed",
    [
        pytest.param(lambda: _card("USA-NRRC-2", USA_SIGNING_SEED, USA_ENCRYPTION_SEED), id="station id"),
        pytest.param(lambda: _card("USA-NRRC", b"\x99" * 32, USA_ENCRYPTION_SEED), id="signing key"),
        pytest.param(lambda: _card("USA-NRRC", USA_SIGNING_SEED, b"\x99" * 32), id="encryption key"),
    ],
)
def test_any_change_of_id_or_key_changes_the_number(rus_card: KeyCard, changed: Callable[[], KeyCard]) -> None:
    assert safety_number(changed(), rus_card) != SAFETY_NUMBER


def test_card_fingerprint_changes_with_either_key(usa_card: KeyCard, rus_card: KeyCard) -> None:
    assert card_fingerprint(rus_card.signing_key, usa_card.encryption_key) not in (USA_FINGERPRINT, RUS_FINGERPRINT)
    assert card_fingerprint(usa_card.signing_key, rus_card.encryption_key) not in (USA_FINGERPRINT, RUS_FINGERPRINT)
