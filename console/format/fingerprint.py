"""Numbers that duty officers read to each other to confirm keys out of band.

* Card fingerprint: identifies one station's pair of public keys.
* Safety number: covers both stations' ids and keys, computed like Signal's
  numeric fingerprint, identical on both consoles.
The algorithms are specified in docs/format.md ("Key cards", "Safety number")."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .keys import raw_public_key

if TYPE_CHECKING:
    from .keycard import KeyCard

CARD_FINGERPRINT_BYTES = 20
SAFETY_NUMBER_ITERATIONS = 5200
# Two bytes, big-endian, as Signal prefixes its numeric fingerprint input.
SAFETY_NUMBER_VERSION = (0).to_bytes(2, "big")


def _key_material(signing_jwk: Mapping[str, Any], encryption_jwk: Mapping[str, Any]) -> bytes:
    # Fixed 32 + 32 bytes, so nothing appended after it can be confused with it.
    return raw_public_key(signing_jwk) + raw_public_key(encryption_jwk)


def card_fingerprint(signing_jwk: Mapping[str, Any], encryption_jwk: Mapping[str, Any]) -> str:
    """First 20 bytes of SHA-256(Ed25519 key || X25519 key), as 10 groups of
    4 upper-case hex digits: "1A2B 3C4D ..."."""
    digest = hashlib.sha256(_key_material(signing_jwk, encryption_jwk)).digest()
    hex_digits = digest[:CARD_FINGERPRINT_BYTES].hex().upper()
    return " ".join(hex_digits[i : i + 4] for i in range(0, len(hex_digits), 4))


def station_safety_digits(station_id: str, signing_jwk: Mapping[str, Any], encryption_jwk: Mapping[str, Any]) -> str:
    """One station's 30-digit half of the safety number."""
    key_material = _key_material(signing_jwk, encryption_jwk)
    digest = SAFETY_NUMBER_VERSION + key_material + station_id.encode("ascii")
    for _ in range(SAFETY_NUMBER_ITERATIONS):
        digest = hashlib.sha512(digest + key_material).digest()
    # Six 5-byte chunks of the first 30 bytes, each read big-endian, mod 100000.
    chunks = (int.from_bytes(digest[offset : offset + 5], "big") % 100_000 for offset in range(0, 30, 5))
    return "".join(f"{chunk:05d}" for chunk in chunks)


def safety_number(card_a: KeyCard, card_b: KeyCard) -> str:
    """60 digits in 12 groups of 5, the same whichever card comes first."""
    halves = sorted(
        station_safety_digits(card.station_id, card.signing_key, card.encryption_key) for card in (card_a, card_b)
    )
    digits = "".join(halves)
    return " ".join(digits[i : i + 5] for i in range(0, 60, 5))
