"""Key cards: the public half of a station's keys, exchanged with the
counterpart on paper or media and confirmed by reading the safety number.

Two versions, each with its own reader and writer (docs/format.md 8.1, 8.3):
version 2 carries a self-signature by the card's own Ed25519 key, so damage
or an edit is caught before the officers compare the safety number; version 1
cards, written before it, stay readable and are marked as unsigned."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from console.domain.times import format_rfc3339, parse_rfc3339

from console.i18n import tr

from .errors import KeyCardError
from .fields import (
    STATION_ID_PATTERN,
    base64url_decode,
    base64url_encode,
    is_station_id,
    strict_json_loads,
)
from .fingerprint import card_fingerprint
from .keys import ENCRYPTION_CURVE, SIGNING_CURVE, StationKeys, jwk_thumbprint, raw_public_key

KEYCARD_TYPE = "watchdesk-keycard"
# The version written; UNSIGNED_KEYCARD_VERSION is still read (docs/format.md section 15).
KEYCARD_VERSION = 2
UNSIGNED_KEYCARD_VERSION = 1
READABLE_KEYCARD_VERSIONS = (UNSIGNED_KEYCARD_VERSION, KEYCARD_VERSION)
MAX_KEYCARD_BYTES = 65_536
MAX_NAME_LENGTH = 100
SELF_SIGNATURE_MEMBER = "self_signature"

# Field order of the written card; also the complete set of allowed members (version 2 adds
# the self-signature, last).
_CARD_MEMBERS = ("type", "wdv", "station_id", "name", "signing_key", "encryption_key", "created", "fingerprint")
_SIGNED_CARD_MEMBERS = (*_CARD_MEMBERS, SELF_SIGNATURE_MEMBER)
_PUBLIC_JWK_MEMBERS = frozenset({"kty", "crv", "x"})


@dataclass(frozen=True)
class KeyCard:
    station_id: str
    name: str
    signing_key: dict[str, str]
    encryption_key: dict[str, str]
    created: datetime
    fingerprint: str
    # Base64url Ed25519 signature of signed_content() by signing_key; None for a version 1 card.
    self_signature: str | None = None

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
            raise KeyCardError("bad_created", tr("created must be a time-zone-aware datetime"))
        if self.self_signature is not None:
            # Before the fingerprint: on a signed card any edit, a key's included, is named as such.
            _check_self_signature(self.self_signature, self.signing_key, self.signed_content())
        expected = card_fingerprint(self.signing_key, self.encryption_key)
        if self.fingerprint != expected:
            raise KeyCardError(
                "fingerprint_mismatch",
                tr("the card's fingerprint {fingerprint} does not match its keys, "
                   "which give {expected}; the card was altered or damaged").format(
                    fingerprint=repr(self.fingerprint), expected=repr(expected)
                ),
            )

    @property
    def version(self) -> int:
        return KEYCARD_VERSION if self.self_signature is not None else UNSIGNED_KEYCARD_VERSION

    @property
    def self_signed(self) -> bool:
        """False for a version 1 card: an older card, with no self-signature."""
        return self.self_signature is not None

    def __hash__(self) -> int:
        return hash((self.station_id, self.fingerprint))

    @classmethod
    def for_station(cls, station_id: str, name: str, keys: StationKeys, created: datetime | None = None) -> KeyCard:
        """This station's card, in the current version: signed with its own signing key."""
        signing_key = keys.public_signing_jwk()
        encryption_key = keys.public_encryption_jwk()
        unsigned = cls(
            station_id=station_id,
            name=name,
            signing_key=signing_key,
            encryption_key=encryption_key,
            created=(created or keys.created).astimezone(UTC).replace(microsecond=0),
            fingerprint=card_fingerprint(signing_key, encryption_key),
        )
        # Ed25519 is deterministic (RFC 8032): the same keys and fields give the same card bytes.
        signature = keys.signing_key.sign(_signed_bytes(unsigned._content(KEYCARD_VERSION)))
        return replace(unsigned, self_signature=base64url_encode(signature))

    @property
    def signing_key_thumbprint(self) -> str:
        return jwk_thumbprint(self.signing_key)

    @property
    def encryption_key_thumbprint(self) -> str:
        return jwk_thumbprint(self.encryption_key)

    def _content(self, version: int) -> dict[str, Any]:
        """The card's members but the self-signature, in spec order."""
        return {
            "type": KEYCARD_TYPE,
            "wdv": version,
            "station_id": self.station_id,
            "name": self.name,
            "signing_key": dict(self.signing_key),
            "encryption_key": dict(self.encryption_key),
            "created": format_rfc3339(self.created),
            "fingerprint": self.fingerprint,
        }

    def signed_content(self) -> bytes:
        """The bytes a version 2 card's self-signature signs (docs/format.md 8.3)."""
        return _signed_bytes(self._content(KEYCARD_VERSION))

    def to_json(self) -> str:
        """The card file's text (UTF-8 when written), members in spec order, in the card's own
        version: a version 1 card read from a counterpart is kept as it came, unsigned."""
        document = self._content(self.version)
        if self.self_signature is not None:
            document[SELF_SIGNATURE_MEMBER] = self.self_signature
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, data: bytes | str) -> KeyCard:
        """Parse and validate a key card; KeyCardError names the first problem."""
        size = len(data.encode("utf-8") if isinstance(data, str) else data)
        if size > MAX_KEYCARD_BYTES:
            raise KeyCardError(
                "too_large",
                tr("a key card is at most {limit} bytes; this one is {size}").format(
                    limit=MAX_KEYCARD_BYTES, size=size
                ),
            )
        try:
            document = strict_json_loads(data)
        except ValueError as error:
            raise KeyCardError("not_json", tr("the key card is not valid JSON: {error}").format(error=error)) from error
        if not isinstance(document, dict):
            raise KeyCardError("not_object", tr("the key card must be a JSON object"))
        for member in _CARD_MEMBERS:
            if member not in document:
                raise KeyCardError("missing_field", tr("the key card has no {field} field").format(field=repr(member)))
        for member in document:
            if member not in _SIGNED_CARD_MEMBERS:
                raise KeyCardError(
                    "unknown_field", tr("the key card has an unknown field {field}").format(field=repr(member))
                )
        if document["type"] != KEYCARD_TYPE:
            raise KeyCardError(
                "wrong_document_type",
                tr("type is {found}, not {expected}").format(found=repr(document["type"]), expected=repr(KEYCARD_TYPE)),
            )
        version = document["wdv"]
        # An integer literal only: true, 2.0 or "2" is no version.
        if type(version) is not int or version not in READABLE_KEYCARD_VERSIONS:
            raise KeyCardError(
                "unknown_version",
                tr("key card version {version} is not supported (only 1 and 2)").format(version=repr(version)),
            )
        if version == UNSIGNED_KEYCARD_VERSION and SELF_SIGNATURE_MEMBER in document:
            # Version 1 never had one; read as version 1 it would be ignored, so it is refused.
            raise KeyCardError(
                "unknown_field",
                tr("the key card has an unknown field {field} (a version 1 card has none)").format(
                    field=repr(SELF_SIGNATURE_MEMBER)
                ),
            )
        if version == KEYCARD_VERSION and SELF_SIGNATURE_MEMBER not in document:
            raise KeyCardError(
                "missing_self_signature",
                tr("the key card is version 2 but has no self-signature: the card was damaged or altered"),
            )
        if version == KEYCARD_VERSION and not isinstance(document[SELF_SIGNATURE_MEMBER], str):
            raise KeyCardError(
                "self_signature_mismatch",
                tr("the key card's self-signature is not text (a 64-byte Ed25519 signature in unpadded base64url): "
                   "the card was damaged or altered"),
            )
        # In the order of docs/format.md 8.1; the constructor repeats these checks.
        _check_station_id(document["station_id"])
        _check_name(document["name"])
        _check_public_key(document["signing_key"], "signing_key", SIGNING_CURVE)
        _check_public_key(document["encryption_key"], "encryption_key", ENCRYPTION_CURVE)
        try:
            created = parse_rfc3339(document["created"])
        except ValueError as error:
            raise KeyCardError("bad_created", tr("created: {problem}").format(problem=error)) from error
        if not isinstance(document["fingerprint"], str):
            raise KeyCardError("fingerprint_mismatch", tr("fingerprint must be a string"))
        # The constructor checks the self-signature, then the fingerprint.
        return cls(
            station_id=document["station_id"],
            name=document["name"],
            signing_key=document["signing_key"],
            encryption_key=document["encryption_key"],
            created=created,
            fingerprint=document["fingerprint"],
            self_signature=document.get(SELF_SIGNATURE_MEMBER),
        )


def _signed_bytes(content: Mapping[str, Any]) -> bytes:
    # RFC 8785 (JCS) for these members: names sorted, no whitespace, only the escapes JSON
    # requires, UTF-8. The name has no control characters or lone surrogates (bad_name), so
    # Python's escaping and JCS's agree; the only number is wdv, a small integer.
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _check_self_signature(self_signature: object, signing_key: Mapping[str, Any], content: bytes) -> None:
    try:
        signature = base64url_decode(self_signature) if isinstance(self_signature, str) else b""
    except ValueError:
        signature = b""
    if len(signature) != 64:
        raise KeyCardError(
            "self_signature_mismatch",
            tr("the key card's self-signature is not a 64-byte Ed25519 signature in unpadded base64url: "
               "the card was damaged or altered"),
        )
    try:
        Ed25519PublicKey.from_public_bytes(raw_public_key(signing_key)).verify(signature, content)
    except (InvalidSignature, ValueError) as error:
        raise KeyCardError(
            "self_signature_mismatch",
            tr("the key card's self-signature does not match its contents: the card was damaged or altered"),
        ) from error


def _check_station_id(station_id: object) -> None:
    if not is_station_id(station_id):
        raise KeyCardError(
            "bad_station_id",
            tr("station_id {station} does not match {pattern} "
               "(2 to 32 capital letters, digits or hyphens, not starting with a hyphen)").format(
                station=repr(station_id), pattern=STATION_ID_PATTERN
            ),
        )


def _check_name(name: object) -> None:
    if not isinstance(name, str) or not 1 <= len(name) <= MAX_NAME_LENGTH:
        raise KeyCardError(
            "bad_name", tr("name must be text of 1 to {longest} characters").format(longest=MAX_NAME_LENGTH)
        )
    if any(unicodedata.category(character) == "Cc" for character in name):
        raise KeyCardError("bad_name", tr("name must not contain control characters such as line breaks"))
    if any(unicodedata.category(character) == "Cs" for character in name):
        # A lone surrogate (from a \ud800 escape) is no character: it has no UTF-8 to sign or store.
        raise KeyCardError("bad_name", tr("name must not contain a lone surrogate escape such as \\ud800"))


def _check_public_key(public_jwk: object, field_name: str, curve: str) -> None:
    if not isinstance(public_jwk, Mapping):
        raise KeyCardError("bad_key", tr("{field} must be a JSON Web Key object").format(field=field_name))
    key: Mapping[str, Any] = public_jwk
    if key.get("kty") != "OKP":
        raise KeyCardError(
            "wrong_key_type",
            tr("{field} has key type {found}; it must be 'OKP' ({curve})").format(
                field=field_name, found=repr(key.get("kty")), curve=curve
            ),
        )
    if key.get("crv") != curve:
        raise KeyCardError(
            "wrong_curve",
            tr("{field} is on curve {found}; it must be {curve}").format(
                field=field_name, found=repr(key.get("crv")), curve=repr(curve)
            ),
        )
    if "d" in key:
        raise KeyCardError(
            "bad_key",
            tr("{field} contains a private key ('d'); a key card must hold public keys only").format(field=field_name),
        )
    extra = sorted(set(key) - _PUBLIC_JWK_MEMBERS)
    if extra:
        raise KeyCardError(
            "bad_key",
            tr("{field} has members {extra}; only kty, crv and x are allowed").format(field=field_name, extra=extra),
        )
    x = key.get("x")
    try:
        raw = base64url_decode(x) if isinstance(x, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise KeyCardError(
            "bad_key", tr("{field} must be 32 bytes in unpadded base64url").format(field=f"{field_name}.x")
        )
