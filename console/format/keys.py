"""A station's own key pairs: Ed25519 to sign notices, X25519 to receive them.

A station keeps several generations of StationKeys while rotating: it seals
with the newest and opens with any of them (the JWE "kid" picks one)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from console.domain.times import format_rfc3339, parse_rfc3339

from console.i18n import tr

from .errors import StationKeysError
from .fields import base64url_decode, base64url_encode, strict_json_loads

if TYPE_CHECKING:
    from jwcrypto import jwk

SIGNING_CURVE = "Ed25519"
ENCRYPTION_CURVE = "X25519"
PRIVATE_KEYS_TYPE = "watchdesk-station-keys"
PRIVATE_KEYS_VERSION = 1


def public_okp_jwk(curve: str, raw_public_key: bytes) -> dict[str, str]:
    """The public JWK in the exact member set used on the wire and on key cards."""
    return {"kty": "OKP", "crv": curve, "x": base64url_encode(raw_public_key)}


def jwk_thumbprint(public_jwk: Mapping[str, Any]) -> str:
    """RFC 7638 SHA-256 thumbprint of an OKP key (RFC 8037 section 2),
    base64url without padding. Only crv, kty and x take part, in that order."""
    return _okp_thumbprint(public_jwk["crv"], public_jwk["x"])


@lru_cache(maxsize=256)
def _okp_thumbprint(curve: str, x: str) -> str:
    # Asked for each key on record at every file opened: the keys are few, the files many.
    required = {"crv": curve, "kty": "OKP", "x": x}
    canonical = json.dumps(required, separators=(",", ":"), sort_keys=True, ensure_ascii=True)
    return base64url_encode(hashlib.sha256(canonical.encode("ascii")).digest())


def raw_public_key(public_jwk: Mapping[str, Any]) -> bytes:
    """The 32 raw key bytes of an Ed25519 or X25519 public JWK."""
    return base64url_decode(public_jwk["x"])


def _private_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _public_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True, eq=False)
class StationKeys:
    """One generation of a station's private keys."""

    # repr=False: a stray log line must never print private key material.
    signing_key: Ed25519PrivateKey = field(repr=False)
    encryption_key: X25519PrivateKey = field(repr=False)
    created: datetime

    @classmethod
    def generate(cls, created: datetime | None = None) -> StationKeys:
        return cls.from_seeds(os.urandom(32), os.urandom(32), created or datetime.now(UTC))

    @classmethod
    def from_seeds(cls, signing_seed: bytes, encryption_seed: bytes, created: datetime) -> StationKeys:
        """Keys from 32-byte private seeds (RFC 8032 / RFC 7748 private keys)."""
        if len(signing_seed) != 32 or len(encryption_seed) != 32:
            raise StationKeysError("private key seeds must be exactly 32 bytes")
        format_rfc3339(created)  # refuses naive datetimes early
        return cls(
            signing_key=Ed25519PrivateKey.from_private_bytes(signing_seed),
            encryption_key=X25519PrivateKey.from_private_bytes(encryption_seed),
            created=created.astimezone(UTC).replace(microsecond=0),
        )

    def public_signing_jwk(self) -> dict[str, str]:
        return public_okp_jwk(SIGNING_CURVE, _public_bytes(self.signing_key))

    def public_encryption_jwk(self) -> dict[str, str]:
        return public_okp_jwk(ENCRYPTION_CURVE, _public_bytes(self.encryption_key))

    # Worked out once per key generation: every file opened compares them.
    @cached_property
    def signing_key_thumbprint(self) -> str:
        return jwk_thumbprint(self.public_signing_jwk())

    @cached_property
    def encryption_key_thumbprint(self) -> str:
        return jwk_thumbprint(self.public_encryption_jwk())

    def public_jwks(self) -> dict[str, list[dict[str, str]]]:
        """Both public keys as an RFC 7517 JWK Set, with kid = thumbprint."""
        signing = self.public_signing_jwk() | {"use": "sig", "alg": "EdDSA", "kid": self.signing_key_thumbprint}
        encryption = self.public_encryption_jwk() | {
            "use": "enc",
            "alg": "ECDH-ES+A256KW",
            "kid": self.encryption_key_thumbprint,
        }
        return {"keys": [signing, encryption]}

    def signing_jwk(self) -> jwk.JWK:
        """The private signing key as a jwcrypto JWK, for the JOSE library."""
        from jwcrypto import jwk  # when first sealing, not at start-up (see envelope.py)

        return jwk.JWK.from_pyca(self.signing_key)

    def encryption_jwk(self) -> jwk.JWK:
        """The private decryption key as a jwcrypto JWK, for the JOSE library (made once: opening
        each of 1,000 files imported it anew)."""
        return self._encryption_jwk

    @cached_property
    def _encryption_jwk(self) -> jwk.JWK:
        from jwcrypto import jwk

        return jwk.JWK.from_pyca(self.encryption_key)

    def to_private_json(self) -> str:
        """Private keys as JSON for the encrypted store. Handle as a secret."""
        signing = self.public_signing_jwk() | {"d": base64url_encode(_private_bytes(self.signing_key))}
        encryption = self.public_encryption_jwk() | {"d": base64url_encode(_private_bytes(self.encryption_key))}
        document = {
            "type": PRIVATE_KEYS_TYPE,
            "version": PRIVATE_KEYS_VERSION,
            "created": format_rfc3339(self.created),
            "signing_key": signing,
            "encryption_key": encryption,
        }
        return json.dumps(document, indent=2)

    @classmethod
    def from_private_json(cls, data: str | bytes) -> StationKeys:
        try:
            document = strict_json_loads(data)
        except ValueError as error:
            raise StationKeysError(tr("stored station keys are not JSON: {error}").format(error=error)) from error
        if not isinstance(document, dict):
            raise StationKeysError(tr("stored station keys are not a JSON object"))
        if document.get("type") != PRIVATE_KEYS_TYPE:
            raise StationKeysError(
                tr("stored station keys do not say type {type}").format(type=repr(PRIVATE_KEYS_TYPE))
            )
        if document.get("version") != PRIVATE_KEYS_VERSION:
            raise StationKeysError(
                tr("stored station keys have unknown version {version}").format(version=repr(document.get("version")))
            )
        try:
            created = parse_rfc3339(document.get("created"))
        except ValueError as error:
            raise StationKeysError(tr("stored station keys: created: {problem}").format(problem=error)) from error
        signing_seed = _private_seed(document.get("signing_key"), SIGNING_CURVE, "signing_key")
        encryption_seed = _private_seed(document.get("encryption_key"), ENCRYPTION_CURVE, "encryption_key")
        keys = cls.from_seeds(signing_seed, encryption_seed, created)
        # The stored public half must belong to the private half, or the store is corrupt.
        if keys.public_signing_jwk()["x"] != document["signing_key"]["x"]:
            raise StationKeysError(tr("stored signing_key: public part does not match the private part"))
        if keys.public_encryption_jwk()["x"] != document["encryption_key"]["x"]:
            raise StationKeysError(tr("stored encryption_key: public part does not match the private part"))
        return keys

    def __repr__(self) -> str:
        return (
            f"StationKeys(created={format_rfc3339(self.created)}, "
            f"signing={self.signing_key_thumbprint}, encryption={self.encryption_key_thumbprint})"
        )


def _private_seed(private_jwk: object, curve: str, name: str) -> bytes:
    if not isinstance(private_jwk, dict):
        raise StationKeysError(tr("stored {key} is missing or not a JSON object").format(key=name))
    if private_jwk.get("kty") != "OKP" or private_jwk.get("crv") != curve:
        raise StationKeysError(tr("stored {key} is not an OKP {curve} key").format(key=name, curve=curve))
    for member in ("x", "d"):
        if not isinstance(private_jwk.get(member), str):
            raise StationKeysError(tr("stored {key} lacks member {member}").format(key=name, member=repr(member)))
    try:
        seed = base64url_decode(private_jwk["d"])
        base64url_decode(private_jwk["x"])
    except ValueError as error:
        raise StationKeysError(tr("stored {key}: {problem}").format(key=name, problem=error)) from error
    if len(seed) != 32:
        raise StationKeysError(tr("stored {key}: private key is not 32 bytes").format(key=name))
    return seed
