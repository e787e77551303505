"""Three stations (ALPHA, BRAVO, CHARLIE) with fixed keys, and a forge that
builds sealed files by hand with jwcrypto so a test can break one rule at a time."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from jwcrypto import jwe, jwk, jws

from console.format import KeyCard, OpenedNotice, StationKeys, open_sealed, seal
from console.format.fields import base64url_encode

# Test modules repeat this value rather than import conftest.
ISSUED_AT = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)
KEYS_CREATED = datetime(2026, 1, 1, 0, 0, 0, tzinfo=UTC)


@dataclass
class Station:
    station_id: str
    keys: StationKeys
    card: KeyCard


def launch_notification(
    sender: str, recipient: str, sequence: int = 1, message_id: str | None = None
) -> dict[str, Any]:
    """A complete launch notification in the wire shape (docs/wire-shape.md)."""
    return {
        "format_version": 1,
        "kind": "launch_notification",
        "message_id": message_id or str(uuid.uuid4()),
        "sequence": sequence,
        "sender": sender,
        "recipient": recipient,
        "dtg": "2026-11-28T12:00:00Z",
        "precedence": "PRIORITY",
        "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988",
        "references": [],
        "drafted_by": "Lt. A. Ivanova",
        "released_by": "Cdr. B. Smith",
        "body": {
            "vehicle_category": "SLBM",
            "vehicle_count": 1,
            "group_launch": False,
            "launch_area": {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NE"},
            "window_start": "2026-11-30T06:00:00Z",
            "window_end": "2026-11-30T10:00:00Z",
            "impact_areas": [{"type": "circle", "centre": {"lat": 52.5, "lon": 160.25}, "radius": 50, "unit": "NM"}],
            "remarks": "Кура — учебный пуск",
        },
    }


class Network:
    """The stations, their directory of key cards, and file forging tools."""

    def __init__(self) -> None:
        self.alpha = self._station("ALPHA", 1)
        self.bravo = self._station("BRAVO", 2)
        self.charlie = self._station("CHARLIE", 3)
        self.signing_keys_on_record: dict[str, list[dict[str, str]]] = {
            station.station_id: [station.card.signing_key] for station in (self.alpha, self.bravo, self.charlie)
        }

    @staticmethod
    def _station(station_id: str, seed_byte: int) -> Station:
        keys = StationKeys.from_seeds(bytes([seed_byte]) * 32, bytes([seed_byte + 100]) * 32, KEYS_CREATED)
        return Station(station_id, keys, KeyCard.for_station(station_id, f"{station_id} centre", keys))

    def lookup(self, station_id: str) -> Sequence[Mapping[str, Any]] | None:
        return self.signing_keys_on_record.get(station_id)

    @staticmethod
    def notice(sender: Station, recipient: Station, sequence: int = 1) -> dict[str, Any]:
        return launch_notification(sender.station_id, recipient.station_id, sequence)

    def seal(self, notice: dict[str, Any], sender: Station, recipient: Station) -> bytes:
        return seal(notice, sender.keys, sender.station_id, recipient.card, ISSUED_AT)

    def open(self, data: bytes, receiver: Station, keys: Sequence[StationKeys] | None = None) -> OpenedNotice:
        return open_sealed(data, receiver.station_id, keys if keys is not None else [receiver.keys], self.lookup)

    # ----- forging by hand, one layer at a time

    def claims(self, sender: Station, recipient: Station, **overrides: Any) -> dict[str, Any]:
        notice = self.notice(sender, recipient)
        claims: dict[str, Any] = {
            "iss": sender.station_id,
            "aud": recipient.station_id,
            "jti": notice["message_id"],
            "seq": notice["sequence"],
            "iat": int(ISSUED_AT.timestamp()),
            "wdv": 1,
            "notice": notice,
        }
        claims.update(overrides)
        return claims

    @staticmethod
    def jws_header(signer: StationKeys, **overrides: Any) -> dict[str, Any]:
        header: dict[str, Any] = {"alg": "EdDSA", "typ": "watchdesk-notice+jws", "kid": signer.signing_key_thumbprint}
        header.update(overrides)
        return {name: value for name, value in header.items() if value is not None}

    @staticmethod
    def sign(payload: bytes | Mapping[str, Any], key: jwk.JWK, header: Mapping[str, Any]) -> str:
        content = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        signed = jws.JWS(content)
        signed.add_signature(key, alg=header.get("alg"), protected=json.dumps(header))
        return signed.serialize(compact=True)

    @staticmethod
    def sign_by_hand(header: bytes, payload: bytes, signer: StationKeys) -> str:
        """A JWS compact serialization with exactly these header bytes, which
        no library would write (duplicate members, "b64" without "crit")."""
        signing_input = f"{base64url_encode(header)}.{base64url_encode(payload)}"
        signature = signer.signing_key.sign(signing_input.encode("ascii"))
        return f"{signing_input}.{base64url_encode(signature)}"

    @staticmethod
    def unsigned_jws(payload: Mapping[str, Any]) -> str:
        """alg "none" with an empty signature, built by hand (libraries refuse to)."""
        header = base64url_encode(json.dumps({"alg": "none", "typ": "watchdesk-notice+jws"}).encode())
        return f"{header}.{base64url_encode(json.dumps(payload).encode())}."

    @staticmethod
    def jwe_header(sender_id: str, message_id: str, recipient: KeyCard, **overrides: Any) -> dict[str, Any]:
        header: dict[str, Any] = {
            "alg": "ECDH-ES+A256KW",
            "enc": "A256GCM",
            "kid": recipient.encryption_key_thumbprint,
            "cty": "watchdesk-notice+jws",
            "wd-sender": sender_id,
            "wd-msgid": message_id,
        }
        header.update(overrides)
        return {name: value for name, value in header.items() if value is not None}

    @staticmethod
    def encrypt(plaintext: str | bytes, recipient_key: jwk.JWK, header: Mapping[str, Any]) -> bytes:
        content = plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext
        encrypted = jwe.JWE(content, protected=json.dumps(header))
        encrypted.add_recipient(recipient_key)
        return (encrypted.serialize(compact=True) + "\n").encode("ascii")

    def forge(
        self,
        sender: Station | None = None,
        recipient: Station | None = None,
        *,
        claims: Mapping[str, Any] | bytes | None = None,
        jws_header: Mapping[str, Any] | None = None,
        signer: StationKeys | None = None,
        jwe_header: Mapping[str, Any] | None = None,
        encrypt_to: KeyCard | None = None,
    ) -> bytes:
        """A file from ALPHA to BRAVO unless told otherwise; every layer can be replaced."""
        sender = sender or self.alpha
        recipient = recipient or self.bravo
        signer = signer or sender.keys
        claims = claims if claims is not None else self.claims(sender, recipient)
        if isinstance(claims, Mapping) and isinstance(claims.get("jti"), str):
            message_id: str = claims["jti"]
        else:
            message_id = str(uuid.uuid4())
        inner = self.sign(claims, signer.signing_jwk(), jws_header or self.jws_header(signer))
        card = encrypt_to or recipient.card
        header = jwe_header or self.jwe_header(sender.station_id, message_id, card)
        return self.encrypt(inner, jwk.JWK(**card.encryption_key), header)

    @staticmethod
    def replace_part(data: bytes, index: int, new_part: str) -> bytes:
        """Swap one dot-separated part of a sealed file, keeping the final LF."""
        parts = data.decode("ascii").rstrip("\n").split(".")
        parts[index] = new_part
        return (".".join(parts) + "\n").encode("ascii")

    def decrypt_as(self, data: bytes, receiver: Station) -> str:
        """What any JOSE library yields when the receiver decrypts: the inner JWS."""
        encrypted = jwe.JWE()
        encrypted.deserialize(data.decode("ascii").strip(), receiver.keys.encryption_jwk())
        return encrypted.payload.decode("ascii")


@pytest.fixture
def net() -> Network:
    return Network()
