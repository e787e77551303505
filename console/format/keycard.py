"""Key cards: the public half of a station's keys, exchanged with the
counterpart on paper or media and confirmed by reading the safety number."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from console.domain.times import format_rfc3339, parse_rfc3339

from .errors import KeyCardError
from .fields import (
    STATION_ID_PATTERN,
    base64url_decode,
    is_station_id,
    strict_json_loads,
)
from .fingerprint import card_fingerprint
from .keys import ENCRYPTION_CURVE, SIGNING_CURVE, StationKeys, jwk_thumbprint

KEYCARD_TYPE = "watchdesk-keycard"
KEYCARD_VERSION = 1
MAX_KEYCARD_BYTES = 65_536
MAX_NAME_LENGTH = 100

# Field order of the written card; also the complete set of allowed members.
_CARD_MEMBERS = ("type", "wdv", "station_id", "name", "signing_key", "encryption_key", "created", "fingerprint")
_PUBLIC_JWK_MEMBERS = frozenset({"kty", "crv", "x"})


@dataclass(frozen=True)
class KeyCard:
    station_id: str
    name: str
    signing_key: dict[str, str]
    encryption_key: dict[str, str]
    created: datetime
    fingerprint: str

    def __post_init__(self) -> None:
        # Same checks as load(), so no invalid card exists in memory either.
        _check_station_id(self.station_id)
        _check_name(self.name)
        _check_public_key(self.signing_key, "signing_key", SIGNING_CURVE)
        _check_public_key(self.encryption_key, "encryption_key", ENCRYPTION_CURVE)
        # Own copies: a caller mutating its dict must not change a checked card.
        object.__setattr__(self, "signing_key", dict(self.signing_key))
        object.__setattr__(self, "encryption_key", dict(self.encryption_key))
        if not isinstance(self.created, datetime) or self.created.tzinfo is None:
            raise KeyCardError("bad_created", "created must be a time-zone-aware datetime")
        expected = card_fingerprint(self.signing_key, self.encryption_key)
        if self.fingerprint != expected:
            raise KeyCardError(
                "fingerprint_mismatch",
                f"the card's fingerprint {self.fingerprint!r} does not match its keys, "
                f"which give {expected!r}; the card was altered or damaged",
            )

    def __hash__(self) -> int:
        return hash((self.station_id, self.fingerprint))

    @classmethod
    def for_station(cls, station_id: str, name: str, keys: StationKeys, created: datetime | None = None) -> KeyCard:
        signing_key = keys.public_signing_jwk()
        encryption_key = keys.public_encryption_jwk()
        return cls(
            station_id=station_id,
            name=name,
            signing_key=signing_key,
            encryption_key=encryption_key,
            created=(created or keys.created).astimezone(UTC).replace(microsecond=0),
            fingerprint=card_fingerprint(signing_key, encryption_key),
        )

    @property
    def signing_key_thumbprint(self) -> str:
        return jwk_thumbprint(self.signing_key)

    @property
    def encryption_key_thumbprint(self) -> str:
        return jwk_thumbprint(self.encryption_key)

    def to_json(self) -> str:
        """The card file's text (UTF-8 when written), members in spec order."""
        document = {
            "type": KEYCARD_TYPE,
            "wdv": KEYCARD_VERSION,
            "station_id": self.station_id,
            "name": self.name,
            "signing_key": dict(self.signing_key),
            "encryption_key": dict(self.encryption_key),
            "created": format_rfc3339(self.created),
            "fingerprint": self.fingerprint,
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, data: bytes | str) -> KeyCard:
        """Parse and validate a key card; KeyCardError names the first problem."""
        size = len(data.encode("utf-8") if isinstance(data, str) else data)
        if size > MAX_KEYCARD_BYTES:
            raise KeyCardError("too_large", f"a key card is at most {MAX_KEYCARD_BYTES} bytes; this one is {size}")
        try:
            document = strict_json_loads(data)
        except ValueError as error:
            raise KeyCardError("not_json", f"the key card is not valid JSON: {error}") from error
        if not isinstance(document, dict):
            raise KeyCardError("not_object", "the key card must be a JSON object")
        for member in _CARD_MEMBERS:
            if member not in document:
                raise KeyCardError("missing_field", f"the key card has no {member!r} field")
        for member in document:
            if member not in _CARD_MEMBERS:
                raise KeyCardError("unknown_field", f"the key card has an unknown field {member!r}")
        if document["type"] != KEYCARD_TYPE:
            raise KeyCardError("wrong_document_type", f"type is {document['type']!r}, not {KEYCARD_TYPE!r}")
        if document["wdv"] != KEYCARD_VERSION or isinstance(document["wdv"], bool):
            raise KeyCardError(
                "unknown_version", f"key card version {document['wdv']!r} is not supported (only {KEYCARD_VERSION})"
            )
        # In the order of docs/format.md 8.1; the constructor repeats these checks.
        _check_station_id(document["station_id"])
        _check_name(document["name"])
        _check_public_key(document["signing_key"], "signing_key", SIGNING_CURVE)
        _check_public_key(document["encryption_key"], "encryption_key", ENCRYPTION_CURVE)
        try:
            created = parse_rfc3339(document["created"])
        except ValueError as error:
            raise KeyCardError("bad_created", f"created: {error}") from error
        if not isinstance(document["fingerprint"], str):
            raise KeyCardError("fingerprint_mismatch", "fingerprint must be a string")
        return cls(
            station_id=document["station_id"],
            name=document["name"],
            signing_key=document["signing_key"],
            encryption_key=document["encryption_key"],
            created=created,
            fingerprint=document["fingerprint"],
        )


def _check_station_id(station_id: object) -> None:
    if not is_station_id(station_id):
        raise KeyCardError(
            "bad_station_id",
            f"station_id {station_id!r} does not match {STATION_ID_PATTERN} "
            "(2 to 32 capital letters, digits or hyphens, not starting with a hyphen)",
        )


def _check_name(name: object) -> None:
    if not isinstance(name, str) or not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise KeyCardError("bad_name", f"name must be text of 1 to {MAX_NAME_LENGTH} characters")
    if any(unicodedata.category(character) == "Cc" for character in name):
        raise KeyCardError("bad_name", "name must not contain control characters such as line breaks")


def _check_public_key(public_jwk: object, field_name: str, curve: str) -> None:
    if not isinstance(public_jwk, Mapping):
        raise KeyCardError("bad_key", f"{field_name} must be a JSON Web Key object")
    key: Mapping[str, Any] = public_jwk
    if key.get("kty") != "OKP":
        raise KeyCardError(
            "wrong_key_type", f"{field_name} has key type {key.get('kty')!r}; it must be 'OKP' ({curve})"
        )
    if key.get("crv") != curve:
        raise KeyCardError("wrong_curve", f"{field_name} is on curve {key.get('crv')!r}; it must be {curve!r}")
    if "d" in key:
        raise KeyCardError(
            "bad_key", f"{field_name} contains a private key ('d'); a key card must hold public keys only"
        )
    extra = sorted(set(key) - _PUBLIC_JWK_MEMBERS)
    if extra:
        raise KeyCardError("bad_key", f"{field_name} has members {extra}; only kty, crv and x are allowed")
    x = key.get("x")
    try:
        raw = base64url_decode(x) if isinstance(x, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise KeyCardError("bad_key", f"{field_name}.x must be 32 bytes in unpadded base64url")
