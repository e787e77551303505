#!/usr/bin/env python3
"""Write the sealed-file test kit: tests/vectors/files/, keys/ and manifest.json.

Run by hand from the repository root when the kit must change, and commit the
output:

    .venv/bin/python tests/vectors/make_vectors.py

Sealed files are not reproducible byte for byte (ephemeral keys, content keys
and IVs are random), so every run rewrites every file; the keys, message ids,
sequence numbers and expectations stay the same.

Each defective file breaks exactly ONE rule of docs/format.md (or of the
notice's wire shape); everything else about it is as a correct writer would
make it. Valid files are made with the console's own seal(); files seal()
refuses to make are built with `cryptography` alone by the small JOSE writer
below, which follows docs/format.md sections 4 and 5 step by step.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import os
import shutil
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash
from cryptography.hazmat.primitives.keywrap import aes_key_wrap
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from console.format import KeyCard, StationKeys, safety_number, seal, sealed_file_name

KIT_DIR = Path(__file__).resolve().parent
FILES_DIR = KIT_DIR / "files"
KEYS_DIR = KIT_DIR / "keys"
MANIFEST = KIT_DIR / "manifest.json"

MAX_FILE_BYTES = 1_048_576
KEYS_CREATED = datetime(2026, 1, 1, 0, 0, 0, tzinfo=UTC)
ISSUED_AT = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)
NOTICE_MEDIA_TYPE = "watchdesk-notice+jws"

SENDER_ID = "USA-NRRC"
RECEIVER_ID = "RUS-NRRC"
THIRD_ID = "GBR-NRRC"


@dataclass(frozen=True)
class TestStation:
    station_id: str
    name: str
    keys: StationKeys

    @property
    def card(self) -> KeyCard:
        return KeyCard.for_station(self.station_id, self.name, self.keys, KEYS_CREATED)


def _seeded(station_id: str, name: str, signing_seed_hex: str, encryption_seed_hex: str) -> TestStation:
    keys = StationKeys.from_seeds(bytes.fromhex(signing_seed_hex), bytes.fromhex(encryption_seed_hex), KEYS_CREATED)
    return TestStation(station_id, name, keys)


# The sender and receiver keys are the test vector of docs/format.md section 17.
SENDER = _seeded(
    SENDER_ID,
    "United States NRRC",
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
    "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f",
)
RECEIVER = _seeded(
    RECEIVER_ID,
    "Russian Federation NRRC",
    "404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f",
    "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f",
)
THIRD = _seeded(
    THIRD_ID,
    "United Kingdom NRRC",
    "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
    "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf",
)
# Holds no key card anywhere; it forges files that claim to be from SENDER.
ATTACKER = _seeded(
    "MALLORY",
    "Attacker",
    "c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf",
    "e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
)


# --------------------------------------------------------------------------
# Notices and claims


def message_id(label: str) -> str:
    """A fixed random-looking version 4 UUID per label, so file names stay
    the same from one run of this script to the next."""
    digest = bytearray(hashlib.sha256(f"watchdesk test vector {label}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x40
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest)))


def launch_notification(
    label: str, sequence: int, sender: str = SENDER_ID, recipient: str = RECEIVER_ID
) -> dict[str, Any]:
    return {
        "format_version": 1,
        "kind": "launch_notification",
        "message_id": message_id(label),
        "sequence": sequence,
        "sender": sender,
        "recipient": recipient,
        "dtg": "2026-11-28T12:00:00Z",
        "precedence": "PRIORITY",
        "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988",
        "references": [],
        "drafted_by": "Lt A. Moreno",
        "released_by": "Cdr J. Hale",
        "body": {
            "vehicle_category": "SLBM",
            "vehicle_count": 1,
            "group_launch": False,
            "launch_area": {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NE"},
            "window_start": "2026-11-30T06:00:00Z",
            "window_end": "2026-11-30T10:00:00Z",
            "planned_direction": "south-west",
            "impact_areas": [
                {"type": "circle", "centre": {"lat": 9.05, "lon": 167.65}, "radius": 50, "unit": "NM"},
                {
                    "type": "polygon",
                    "points": [
                        {"lat": 9.5, "lon": 167.3},
                        {"lat": 9.5, "lon": 168.0},
                        {"lat": 8.6, "lon": 168.0},
                        {"lat": 8.6, "lon": 167.3},
                        {"lat": 9.5, "lon": 167.3},
                    ],
                },
            ],
            "remarks": f"Test vector {label}. Учебный пуск с подводной лодки.",
        },
    }


def general_communication(label: str, sequence: int, references: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {
        "format_version": 1,
        "kind": "general_communication",
        "message_id": message_id(label),
        "sequence": sequence,
        "sender": SENDER_ID,
        "recipient": RECEIVER_ID,
        "dtg": "2026-11-28T12:00:00Z",
        "precedence": "ROUTINE",
        "status": "TEST",
        "agreement": "US-USSR BMLNA 1988",
        "references": references or [],
        "drafted_by": "Lt A. Moreno",
        "released_by": "Cdr J. Hale",
        "body": {"subject": "Scheduled link test", "text": f"Weekly link test ({label}). Please acknowledge."},
    }


def claims_for(notice: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "iss": notice["sender"],
        "aud": notice["recipient"],
        "jti": notice["message_id"],
        "seq": notice["sequence"],
        "iat": int(ISSUED_AT.timestamp()),
        "wdv": 1,
        "notice": copy.deepcopy(dict(notice)),
    }


# --------------------------------------------------------------------------
# An independent JOSE writer (docs/format.md sections 4 and 5), `cryptography` only


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def compact_json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def thumbprint(crv: str, raw_public: bytes) -> str:
    canonical = '{"crv":"%s","kty":"OKP","x":"%s"}' % (crv, b64url(raw_public))
    return b64url(hashlib.sha256(canonical.encode("ascii")).digest())


def signing_kid(keys: StationKeys) -> str:
    return thumbprint("Ed25519", keys.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def encryption_public(keys: StationKeys) -> bytes:
    return keys.encryption_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def jws_header(signer: StationKeys, **changes: Any) -> dict[str, Any]:
    header: dict[str, Any] = {"alg": "EdDSA", "typ": NOTICE_MEDIA_TYPE, "kid": signing_kid(signer)}
    header.update(changes)
    return header


def sign_ed25519(header: Mapping[str, Any], payload: bytes, key: Ed25519PrivateKey) -> str:
    signing_input = f"{b64url(compact_json(header))}.{b64url(payload)}"
    return f"{signing_input}.{b64url(key.sign(signing_input.encode('ascii')))}"


def sign_hs256(header: Mapping[str, Any], payload: bytes, secret: bytes) -> str:
    signing_input = f"{b64url(compact_json(header))}.{b64url(payload)}"
    mac = hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(mac)}"


def unsigned(header: Mapping[str, Any], payload: bytes) -> str:
    return f"{b64url(compact_json(header))}.{b64url(payload)}."


def signed_claims(claims: Mapping[str, Any] | bytes, signer: StationKeys = SENDER.keys, **header_changes: Any) -> str:
    payload = claims if isinstance(claims, bytes) else compact_json(claims)
    return sign_ed25519(jws_header(signer, **header_changes), payload, signer.signing_key)


def jwe_header(sender_id: str, msgid: str, recipient: StationKeys = RECEIVER.keys, **changes: Any) -> dict[str, Any]:
    header: dict[str, Any] = {
        "alg": "ECDH-ES+A256KW",
        "enc": "A256GCM",
        "kid": thumbprint("X25519", encryption_public(recipient)),
        "cty": NOTICE_MEDIA_TYPE,
        "wd-sender": sender_id,
        "wd-msgid": msgid,
    }
    header.update(changes)
    return header


def _concat_kdf(shared_secret: bytes, algorithm_id: str) -> bytes:
    # RFC 7518 4.6.2: AlgorithmID, empty PartyUInfo and PartyVInfo, keydatalen 256.
    def length_prefixed(data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + data

    other_info = length_prefixed(algorithm_id.encode("ascii")) + length_prefixed(b"") + length_prefixed(b"")
    other_info += (256).to_bytes(4, "big")
    return ConcatKDFHash(algorithm=hashes.SHA256(), length=32, otherinfo=other_info).derive(shared_secret)


def encrypt_to(plaintext: bytes, recipient_public: bytes, header: Mapping[str, Any]) -> str:
    """JWE compact serialization with ECDH-ES+A256KW to an X25519 key; the
    content cipher is AES-GCM with the key size that `enc` names (A256GCM or,
    for a defective vector, A128GCM). Header members are written as given."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    epk = {"kty": "OKP", "crv": "X25519", "x": b64url(ephemeral_public)}
    full_header = dict(header) | {"epk": epk}
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    wrapping_key = _concat_kdf(shared, "ECDH-ES+A256KW")
    content_key = os.urandom({"A256GCM": 32, "A128GCM": 16}[full_header["enc"]])
    return _assemble(full_header, aes_key_wrap(wrapping_key, content_key), content_key, plaintext)


def encrypt_rsa_oaep(plaintext: bytes, public_key: rsa.RSAPublicKey, header: Mapping[str, Any]) -> str:
    content_key = os.urandom(32)
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    return _assemble(dict(header), public_key.encrypt(content_key, oaep), content_key, plaintext)


def _assemble(header: Mapping[str, Any], encrypted_key: bytes, content_key: bytes, plaintext: bytes) -> str:
    protected = b64url(compact_json(header))
    iv = os.urandom(12)
    sealed = AESGCM(content_key).encrypt(iv, plaintext, protected.encode("ascii"))
    ciphertext, tag = sealed[:-16], sealed[-16:]
    return ".".join([protected, b64url(encrypted_key), b64url(iv), b64url(ciphertext), b64url(tag)])


def as_file(compact: str) -> bytes:
    return (compact + "\n").encode("ascii")


def hand_sealed(claims: Mapping[str, Any], **header_changes: Any) -> bytes:
    """From SENDER to RECEIVER as seal() would make it, but by the independent
    writer, which also writes what seal() refuses to."""
    return as_file(encrypt_to(signed_claims(claims).encode("ascii"), encryption_public(RECEIVER.keys),
                              jwe_header(SENDER_ID, claims["jti"], **header_changes)))


def console_sealed(notice: Mapping[str, Any], sender: TestStation = SENDER, recipient: TestStation = RECEIVER) -> bytes:
    return seal(notice, sender.keys, sender.station_id, recipient.card, ISSUED_AT)


def name_for(notice: Mapping[str, Any]) -> str:
    return sealed_file_name(notice["sender"], notice["recipient"], notice["sequence"], notice["message_id"])


def replace_part(data: bytes, index: int, change: Callable[[str], str]) -> bytes:
    parts = data.decode("ascii").rstrip("\n").split(".")
    parts[index] = change(parts[index])
    return as_file(".".join(parts))


def flip_middle_character(part: str) -> str:
    # A middle character always carries whole bits of the decoded bytes.
    middle = len(part) // 2
    return part[:middle] + ("B" if part[middle] == "A" else "A") + part[middle + 1 :]


# --------------------------------------------------------------------------
# The vectors


@dataclass
class Vector:
    file: str  # name under files/
    inbox_name: str  # name the file is placed under in the counterpart's inbox
    description: str
    outcome: str  # accepted | duplicate | held | quarantined
    code: str | None
    data: bytes
    counterpart_verified: bool = True
    import_first: list[str] = field(default_factory=list)  # files (under files/) imported before this one
    setup: str = ""
    # The receiver retires the counterpart's signing key as compromised before the import (docs/format.md
    # section 14: receiver policy, `retired_key`).
    retire_signing_key: bool = False


VALID_LAUNCH = launch_notification("valid launch notification", 1)
VALID_GENERAL = general_communication("valid general communication", 2)
VALID_BY_HAND = launch_notification("valid, independent writer", 3)


def build_vectors() -> list[Vector]:
    vectors: list[Vector] = []

    def add(slug: str, data: bytes, notice_or_name: Mapping[str, Any] | str, description: str, outcome: str,
            code: str | None = None, **setup: Any) -> None:
        inbox_name = notice_or_name if isinstance(notice_or_name, str) else name_for(notice_or_name)
        vectors.append(Vector(f"{slug}.wdn", inbox_name, description, outcome, code, data, **setup))

    def rejected(slug: str, data: bytes, notice_or_name: Mapping[str, Any] | str, description: str, code: str,
                 **setup: Any) -> None:
        add(slug, data, notice_or_name, description, "quarantined", code, **setup)

    def launch(label: str, sequence: int) -> dict[str, Any]:
        return launch_notification(label, sequence)

    # ---- valid files
    valid_launch = console_sealed(VALID_LAUNCH)
    add("valid-launch-notification", valid_launch, VALID_LAUNCH,
        "a launch notification sealed by the console's own writer", "accepted")
    add("valid-without-final-lf", console_sealed(VALID_GENERAL).rstrip(b"\n"), VALID_GENERAL,
        "a general communication whose file lacks the final LF, which readers must accept", "accepted")
    by_hand_claims = claims_for(VALID_BY_HAND)
    # Header members in another order than seal() writes them: order is not significant.
    by_hand_inner = sign_ed25519({"kid": signing_kid(SENDER.keys), "typ": NOTICE_MEDIA_TYPE, "alg": "EdDSA"},
                                 compact_json(by_hand_claims), SENDER.keys.signing_key)
    by_hand_header = dict(reversed(list(jwe_header(SENDER_ID, VALID_BY_HAND["message_id"]).items())))
    add("valid-independent-writer",
        as_file(encrypt_to(by_hand_inner.encode("ascii"), encryption_public(RECEIVER.keys), by_hand_header)),
        VALID_BY_HAND, "a launch notification sealed by an independent writer (cryptography only), "
        "header members in another order", "accepted")

    # ---- duplicates and held traffic
    add("duplicate-same-file-twice", valid_launch, VALID_LAUNCH,
        "the valid launch notification delivered a second time, byte for byte", "duplicate",
        import_first=["valid-launch-notification.wdn"], setup="file imported twice")
    add("duplicate-resealed", console_sealed(VALID_LAUNCH), VALID_LAUNCH,
        "the valid launch notification sealed again (new bytes, same message id and sequence)", "duplicate",
        import_first=["valid-launch-notification.wdn"], setup="the first sealing of the same notice imported first")
    held = launch("held", 4)
    add("held-unverified-sender-key", console_sealed(held), held,
        "a valid file from a counterpart whose key card was imported but whose safety number was not compared",
        "held", "unverified_key", counterpart_verified=False, setup="counterpart key unverified")

    # ---- checks 1-8: the file as bytes and the outer header
    oversize_notice = general_communication("oversize", 10)
    oversize = b""
    while len(oversize) <= MAX_FILE_BYTES:
        # Many references keep the notice valid by its schema; only the size is wrong.
        count = len(oversize_notice["references"])
        oversize_notice["references"] += [
            {
                "message_id": message_id(f"referenced {count + n}"),
                "sha256": hashlib.sha256(b"%d" % (count + n)).hexdigest(),
            }
            for n in range(500 if len(oversize) < MAX_FILE_BYTES - 200_000 else 5)
        ]
        oversize = hand_sealed(claims_for(oversize_notice))
    rejected("oversize", oversize, oversize_notice,
             f"a well-formed sealed notice of {len(oversize):,} bytes, over the 1 MiB limit", "oversize")
    not_ascii = launch("not ascii", 11)
    rejected("not-ascii-byte-order-mark", b"\xef\xbb\xbf" + console_sealed(not_ascii), not_ascii,
             "a valid file with a UTF-8 byte order mark in front, as some editors add", "not_ascii")
    crlf = launch("crlf", 12)
    rejected("trailing-crlf", console_sealed(crlf).rstrip(b"\n") + b"\r\n", crlf,
             "a valid file ending in CR LF instead of LF", "trailing_data")
    second = launch("second file appended", 13)
    rejected("trailing-second-file", console_sealed(second) + console_sealed(launch("appended", 14)), second,
             "a valid file with a second sealed file appended after its LF", "trailing_data")
    rejected("empty", b"", name_for(launch("empty", 15)), "an empty file", "not_jwe")
    rejected("random-text", b"LAUNCH NOTIFICATION: SLBM, Pacific NE, window 0600-1000Z\n", name_for(launch("text", 16)),
             "plain text instead of a sealed notice", "not_jwe")
    truncated = launch("truncated", 17)
    whole = console_sealed(truncated)
    rejected("truncated", whole[: len(whole) // 2], truncated, "a valid file cut off half-way (transfer interrupted)",
             "not_jwe")
    json_serialized = launch("json serialization", 18)
    compact = console_sealed(json_serialized).decode("ascii").rstrip("\n").split(".")
    general_json = {"protected": compact[0], "encrypted_key": compact[1], "iv": compact[2],
                    "ciphertext": compact[3], "tag": compact[4]}
    rejected("jwe-json-serialization", compact_json(general_json) + b"\n", json_serialized,
             "a valid notice in JWE JSON (flattened) serialization instead of compact", "not_jwe")
    padded = launch("padded base64", 19)
    # The wrapped key is 40 bytes, so standard base64 would pad it with "==".
    rejected("base64-padding", replace_part(hand_sealed(claims_for(padded)), 1, lambda part: part + "=="), padded,
             "the encrypted key written in padded base64 ('==' at its end)", "not_jwe")
    wrong_cty = launch("wrong cty", 20)
    rejected("jwe-wrong-content-type", hand_sealed(claims_for(wrong_cty), cty="JWT"), wrong_cty,
             "the JWE header says cty JWT instead of watchdesk-notice+jws", "bad_jwe_header")
    rsa_notice = launch("rsa-oaep", 21)
    attacker_rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    rsa_header = jwe_header(SENDER_ID, rsa_notice["message_id"], alg="RSA-OAEP")
    rejected("jwe-rsa-oaep",
             as_file(encrypt_rsa_oaep(signed_claims(claims_for(rsa_notice)).encode("ascii"),
                                      attacker_rsa.public_key(), rsa_header)),
             rsa_notice, "the notice encrypted with RSA-OAEP key management instead of ECDH-ES+A256KW",
             "disallowed_algorithm")
    a128 = launch("a128gcm", 22)
    rejected("jwe-enc-a128gcm", hand_sealed(claims_for(a128), enc="A128GCM"), a128,
             "the content encrypted with A128GCM instead of A256GCM", "disallowed_algorithm")
    zipped = launch("zip", 23)
    rejected("jwe-zip-deflate", hand_sealed(claims_for(zipped), zip="DEF"), zipped,
             "the JWE header asks for DEFLATE compression ('zip': 'DEF'), which the format refuses",
             "disallowed_algorithm")
    jwe_crit = launch("jwe crit", 24)
    rejected("jwe-unknown-critical-header",
             hand_sealed(claims_for(jwe_crit), crit=["wd-expires"], **{"wd-expires": 1796000000}), jwe_crit,
             "the JWE header marks an extension 'wd-expires' as critical", "unknown_critical_header")

    # ---- checks 9-11: keys and decryption
    for_third = launch_notification("sealed for a third station", 25, recipient=THIRD_ID)
    rejected("wrong-recipient", console_sealed(for_third, SENDER, THIRD), for_third,
             f"a valid file from {SENDER_ID} to {THIRD_ID}, delivered to {RECEIVER_ID} by mistake",
             "wrong_recipient")
    from_third = launch_notification("from a station with no key card", 26, sender=THIRD_ID)
    rejected("unknown-sender", console_sealed(from_third, THIRD, RECEIVER), from_third,
             f"a valid file from {THIRD_ID}, a station with no key card on record, in {SENDER_ID}'s inbox",
             "unknown_sender")
    tampered = launch("tampered", 27)
    rejected("tag-altered", replace_part(console_sealed(tampered), 4, flip_middle_character), tampered,
             "a valid file with one character of the authentication tag changed in transfer", "decrypt_failed")

    # ---- checks 12-17: the inner JWS
    not_jws = launch("not a jws", 28)
    rejected("plaintext-not-jws",
             as_file(encrypt_to(compact_json(claims_for(not_jws)), encryption_public(RECEIVER.keys),
                                jwe_header(SENDER_ID, not_jws["message_id"]))),
             not_jws, "encrypted but never signed: the plaintext is the claims JSON, not a JWS", "not_jws")

    def inner(notice: Mapping[str, Any], compact_jws: str) -> bytes:
        return as_file(encrypt_to(compact_jws.encode("ascii"), encryption_public(RECEIVER.keys),
                                  jwe_header(SENDER_ID, notice["message_id"])))

    alg_none = launch("alg none", 29)
    rejected("jws-alg-none",
             inner(alg_none, unsigned(jws_header(SENDER.keys, alg="none"), compact_json(claims_for(alg_none)))),
             alg_none, "the inner JWS says alg none and has no signature", "disallowed_algorithm")
    hs256 = launch("hs256", 30)
    sender_public = SENDER.keys.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    rejected("jws-hs256",
             inner(hs256, sign_hs256(jws_header(SENDER.keys, alg="HS256"), compact_json(claims_for(hs256)),
                                     sender_public)),
             hs256, "the inner JWS is HS256, keyed with the sender's public signing key (algorithm confusion)",
             "disallowed_algorithm")
    jws_crit = launch("jws crit", 31)
    rejected("jws-unknown-critical-header",
             inner(jws_crit, signed_claims(claims_for(jws_crit), crit=["wd-expires"], **{"wd-expires": 1796000000})),
             jws_crit, "the inner JWS header marks an extension 'wd-expires' as critical", "unknown_critical_header")
    wrong_typ = launch("wrong typ", 32)
    rejected("jws-wrong-type", inner(wrong_typ, signed_claims(claims_for(wrong_typ), typ="JWT")), wrong_typ,
             "the inner JWS says typ JWT instead of watchdesk-notice+jws", "bad_jws_header")
    forged = launch("forged", 33)
    rejected("bad-signature",
             inner(forged, sign_ed25519(jws_header(SENDER.keys), compact_json(claims_for(forged)),
                                        ATTACKER.keys.signing_key)),
             forged, f"signed with an attacker's Ed25519 key under {SENDER_ID}'s key id", "bad_signature")

    # ---- checks 18-25: the claims
    not_json = launch("not json", 34)
    rejected("payload-not-json",
             inner(not_json, signed_claims(b"LAUNCH NOTIFICATION SLBM PACIFIC NE 300600Z-301000Z")), not_json,
             "a correctly signed payload that is plain text, not JSON", "not_json")
    version_2 = launch("version 2", 35) | {"format_version": 2}
    rejected("unknown-version", hand_sealed(claims_for(version_2) | {"wdv": 2}), version_2,
             "a file of format version 2 (wdv 2, format_version 2)", "unknown_version")
    no_iat = launch("no iat", 36)
    rejected("claim-iat-missing", hand_sealed({k: v for k, v in claims_for(no_iat).items() if k != "iat"}), no_iat,
             "the signed claims have no 'iat'", "missing_field")
    text_seq = launch("sequence as text", 37)
    rejected("claim-seq-as-text", hand_sealed(claims_for(text_seq) | {"seq": "37"}), text_seq,
             "the 'seq' claim is the string \"37\", not the integer 37", "bad_field")
    mismatch = launch_notification("issuer differs from outer sender", 38, sender=THIRD_ID)
    rejected("sender-mismatch", hand_sealed(claims_for(mismatch)), launch("issuer differs from outer sender", 38),
             f"signed by {SENDER_ID} and sent as {SENDER_ID} (wd-sender), but iss and the notice name {THIRD_ID}",
             "sender_mismatch")
    forwarded = launch_notification("forwarded", 39, recipient=THIRD_ID)
    rejected("forwarded",
             as_file(encrypt_to(signed_claims(claims_for(forwarded)).encode("ascii"), encryption_public(RECEIVER.keys),
                                jwe_header(SENDER_ID, forwarded["message_id"]))),
             launch("forwarded", 39),
             f"a notice {SENDER_ID} signed for {THIRD_ID} (aud {THIRD_ID}), "
             f"re-encrypted by {THIRD_ID} to {RECEIVER_ID}",
             "forwarded")
    jti_differs = launch("notice message id differs", 40)
    jti_claims = claims_for(jti_differs)
    jti_claims["notice"]["message_id"] = message_id("some other message")
    rejected("claims-mismatch-message-id", hand_sealed(jti_claims), jti_differs,
             "the notice's message_id differs from the signed 'jti' (and wd-msgid)", "claims_mismatch")
    no_sender = launch("notice without sender", 41)
    no_sender_claims = claims_for(no_sender)
    del no_sender_claims["notice"]["sender"]
    rejected("notice-sender-missing", hand_sealed(no_sender_claims), no_sender,
             "the notice has no 'sender' field (claims are complete)", "missing_field")

    # ---- after opening: the notice's wire shape and the channel
    def invalid(
        slug: str, label: str, sequence: int, change: Callable[[dict[str, Any]], None], description: str
    ) -> None:
        notice = launch(label, sequence)
        change(notice)
        rejected(slug, hand_sealed(claims_for(notice)), notice, description, "invalid_notice")

    invalid("notice-precedence-missing", "no precedence", 42, lambda n: n.pop("precedence"),
            "a launch notification without 'precedence'")
    invalid("notice-latitude-95", "latitude 95", 43,
            lambda n: n["body"]["impact_areas"][0]["centre"].update(lat=95.0),
            "an impact area centred at latitude 95")
    invalid("notice-polygon-not-closed", "polygon open", 44,
            lambda n: n["body"]["impact_areas"][1].update(points=n["body"]["impact_areas"][1]["points"][:-1]),
            "an impact polygon whose last point does not repeat the first")
    invalid("notice-window-end-before-start", "window reversed", 45,
            lambda n: n["body"].update(window_start="2026-11-30T10:00:00Z", window_end="2026-11-30T06:00:00Z"),
            "a launch window that ends before it starts")
    bad_name = launch("bad file name", 46)
    rejected("bad-file-name", console_sealed(bad_name), f"USA-NRRC_RUS-NRRC_46_{bad_name['message_id']}.wdn",
             "a valid file under a name whose sequence is not 8 digits", "bad_file_name")
    replay = launch("replayed sequence", 1)
    rejected("replayed-sequence", console_sealed(replay), replay,
             "a different notice (new message id) reusing sequence 1, already taken by the valid launch notification",
             "replayed_sequence", import_first=["valid-launch-notification.wdn"],
             setup="previous file with same sequence imported first")
    retired = launch("signed with a retired key", 47)
    rejected("retired-signing-key", console_sealed(retired), retired,
             "a valid file signed with the counterpart's signing key, which the receiver retired as compromised "
             "before the import", "retired_key", retire_signing_key=True,
             setup="counterpart's signing key retired as compromised first")
    return vectors


# --------------------------------------------------------------------------
# Writing the kit


KEYS_README = """\
TEST KEYS ONLY. These keys are public: they are the test vector of
docs/format.md section 17 (seeds 00..1f / 20..3f for USA-NRRC, 40..5f / 60..7f
for RUS-NRRC). Never use them for a real station.

- TEST-ONLY-RUS-NRRC.private-keys.json: the receiving station's private keys,
  in the console's stored format (StationKeys.to_private_json).
- TEST-ONLY-RUS-NRRC.card.json: the receiving station's own key card.
- TEST-ONLY-USA-NRRC.card.json: the sending counterpart's key card.

Written by tests/vectors/make_vectors.py.
"""


def write_kit() -> list[Vector]:
    vectors = build_vectors()
    if FILES_DIR.exists():
        shutil.rmtree(FILES_DIR)
    FILES_DIR.mkdir(parents=True)
    KEYS_DIR.mkdir(exist_ok=True)
    written: dict[str, bytes] = {}
    for vector in vectors:
        if vector.file in written:
            raise SystemExit(f"two vectors are both named {vector.file}")
        written[vector.file] = vector.data
        (FILES_DIR / vector.file).write_bytes(vector.data)

    private_keys = "TEST-ONLY-RUS-NRRC.private-keys.json"
    receiver_card = "TEST-ONLY-RUS-NRRC.card.json"
    sender_card = "TEST-ONLY-USA-NRRC.card.json"
    (KEYS_DIR / private_keys).write_text(RECEIVER.keys.to_private_json() + "\n", encoding="utf-8")
    (KEYS_DIR / receiver_card).write_text(RECEIVER.card.to_json(), encoding="utf-8")
    (KEYS_DIR / sender_card).write_text(SENDER.card.to_json(), encoding="utf-8")
    (KEYS_DIR / "README.md").write_text(KEYS_README, encoding="utf-8")

    manifest = {
        "description": (
            "Watchdesk sealed-file test kit (docs/format.md version 1). Drop each file into the receiving "
            "station's inbox for the counterpart under inbox_name, import, and expect outcome and code. "
            "Files in import_first are imported, in order, just before; where retire_signing_key is true, the "
            "receiver first retires the counterpart's signing key as compromised (watchdesk counterpart "
            "retire-key ID KID --compromised). Test keys only."
        ),
        "receiver": {
            "station_id": RECEIVER.station_id,
            "name": RECEIVER.name,
            "private_keys": f"keys/{private_keys}",
            "card": f"keys/{receiver_card}",
        },
        "counterpart": {
            "station_id": SENDER.station_id,
            "card": f"keys/{sender_card}",
            "safety_number": safety_number(RECEIVER.card, SENDER.card),
        },
        "vectors": [
            {
                "file": vector.file,
                "inbox_name": vector.inbox_name,
                "description": vector.description,
                "outcome": vector.outcome,
                "code": vector.code,
                "setup": vector.setup or None,
                "counterpart_verified": vector.counterpart_verified,
                "import_first": vector.import_first,
                "retire_signing_key": vector.retire_signing_key,
                "sha256": hashlib.sha256(vector.data).hexdigest(),
            }
            for vector in vectors
        ],
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return vectors


def main() -> int:
    vectors = write_kit()
    for vector in vectors:
        print(f"{vector.outcome:12} {vector.code or '-':24} {vector.file}")
    print(f"{len(vectors)} vectors written to {FILES_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
