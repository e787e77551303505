#!/usr/bin/env python3
"""Write the sealed-file test kit: tests/vectors/files/, keys/, keycards/ and manifest.json.

Run by hand from the repository root when the kit must change, and commit the
output:

    .venv/bin/python tests/vectors/make_vectors.py [OUTPUT_DIR]

Every file is reproducible byte for byte: the values a sealing draws at random
(ephemeral key, content-encryption key, IV) are fixed (docs/format.md section
17), the attacker's RSA key is derived from a fixed seed, and Ed25519
signatures are deterministic. tests/test_vectors.py runs this script into a
temporary folder and compares every byte with the committed kit.

Each defective file breaks exactly ONE rule of docs/format.md section 18;
everything else about it is as a correct writer would make it. Valid files are
made with the console's own seal() (through its test-vector seam); files
seal() refuses to make are built with `cryptography` alone by the small JOSE
writer below, which follows docs/format.md sections 4 and 5 step by step and,
given the same values, writes the same bytes as seal().
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import math
import random
import shutil
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash
from cryptography.hazmat.primitives.keywrap import aes_key_wrap
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from console.format import KeyCard, StationKeys, safety_number, seal, sealed_file_name
from console.format.envelope import FixedSealingValuesForTestVectors

KIT_DIR = Path(__file__).resolve().parent

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
# The values a sealing otherwise draws at random, fixed (docs/format.md section 17)


@dataclass(frozen=True)
class SealingValues:
    label: str
    ephemeral_private_key: bytes
    content_encryption_key: bytes
    iv: bytes

    @property
    def for_seal(self) -> FixedSealingValuesForTestVectors:
        return FixedSealingValuesForTestVectors(self.ephemeral_private_key, self.content_encryption_key, self.iv)

    def manifest(self) -> dict[str, str]:
        public = X25519PrivateKey.from_private_bytes(self.ephemeral_private_key).public_key()
        return {
            "label": self.label,
            "ephemeral_private_key": self.ephemeral_private_key.hex(),
            "ephemeral_public_key": b64url(public.public_bytes(Encoding.Raw, PublicFormat.Raw)),
            "content_encryption_key": self.content_encryption_key.hex(),
            "iv": self.iv.hex(),
        }


def sealing_values(label: str) -> SealingValues:
    """SHA-256 of 'watchdesk test vector <what> <label>' (ASCII) for each value; the IV is
    the first 12 bytes of its digest."""

    def digest(what: str) -> bytes:
        return hashlib.sha256(f"watchdesk test vector {what} {label}".encode("ascii")).digest()

    return SealingValues(label, digest("ephemeral key"), digest("content encryption key"), digest("iv")[:12])


# Every sealed file of the kit uses FIRST, but for the one sealing of a notice a second time.
FIRST = sealing_values("1")
SECOND = sealing_values("2")


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
                        {"lat": 9.5, "lon": 168.05},
                        {"lat": 8.6, "lon": 168.05},
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


def claims_for(notice: Mapping[str, Any], copy_notice: bool = True) -> dict[str, Any]:
    return {
        "iss": notice["sender"],
        "aud": notice["recipient"],
        "jti": notice["message_id"],
        "seq": notice["sequence"],
        "iat": int(ISSUED_AT.timestamp()),
        "wdv": 1,
        "notice": copy.deepcopy(dict(notice)) if copy_notice else notice,
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


def encrypt_to(plaintext: bytes, recipient_public: bytes, header: Mapping[str, Any],
               values: SealingValues = FIRST, sort_members: bool = True) -> str:
    """JWE compact serialization with ECDH-ES+A256KW to an X25519 key; the
    content cipher is AES-GCM with the key size that `enc` names (A256GCM or,
    for a defective vector, A128GCM: the first 16 bytes of the content key).
    Header members are written in name order, as seal() writes them, unless
    sort_members is False."""
    ephemeral = X25519PrivateKey.from_private_bytes(values.ephemeral_private_key)
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    epk = {"kty": "OKP", "crv": "X25519", "x": b64url(ephemeral_public)}
    full_header = dict(header) | {"epk": epk}
    if sort_members:
        full_header = json.loads(json.dumps(full_header, sort_keys=True))
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    wrapping_key = _concat_kdf(shared, "ECDH-ES+A256KW")
    content_key = values.content_encryption_key[: {"A256GCM": 32, "A128GCM": 16}[full_header["enc"]]]
    return _assemble(full_header, aes_key_wrap(wrapping_key, content_key), content_key, plaintext, values.iv)


_SMALL_PRIMES = [n for n in range(3, 5000, 2) if all(n % d for d in range(3, math.isqrt(n) + 1, 2))]


def _probably_prime(candidate: int, rng: random.Random) -> bool:
    if any(candidate % small == 0 for small in _SMALL_PRIMES):
        return False
    odd, twos = candidate - 1, 0
    while odd % 2 == 0:
        odd, twos = odd // 2, twos + 1
    for _ in range(40):  # Miller-Rabin
        witness = pow(rng.randrange(2, candidate - 1), odd, candidate)
        if witness in (1, candidate - 1):
            continue
        for _ in range(twos - 1):
            witness = pow(witness, 2, candidate)
            if witness == candidate - 1:
                break
        else:
            return False
    return True


def attacker_rsa_modulus() -> int:
    """A 2048-bit RSA modulus made from a fixed seed, so the RSA-OAEP file is the same every run."""
    rng = random.Random("watchdesk test vector attacker RSA key")
    primes: list[int] = []
    while len(primes) < 2:
        candidate = rng.getrandbits(1024) | (3 << 1022) | 1
        if math.gcd(candidate - 1, 65537) == 1 and _probably_prime(candidate, rng):
            primes.append(candidate)
    return primes[0] * primes[1]


def _mgf1_sha1(seed: bytes, length: int) -> bytes:
    output = b""
    counter = 0
    while len(output) < length:
        output += hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return output[:length]


def rsa_oaep_encrypt(message: bytes, modulus: int, seed: bytes) -> bytes:
    """RSAES-OAEP with SHA-1 and MGF1-SHA-1 (RFC 8017 7.1.1, as JWE 'RSA-OAEP'), its seed given."""
    size = (modulus.bit_length() + 7) // 8
    label_hash = hashlib.sha1(b"").digest()
    block = label_hash + b"\0" * (size - len(message) - 2 * len(label_hash) - 2) + b"\1" + message
    masked_block = bytes(a ^ b for a, b in zip(block, _mgf1_sha1(seed, len(block))))
    masked_seed = bytes(a ^ b for a, b in zip(seed, _mgf1_sha1(masked_block, len(seed))))
    encoded = int.from_bytes(b"\0" + masked_seed + masked_block, "big")
    return pow(encoded, 65537, modulus).to_bytes(size, "big")


def encrypt_rsa_oaep(plaintext: bytes, modulus: int, header: Mapping[str, Any]) -> str:
    content_key = FIRST.content_encryption_key
    oaep_seed = hashlib.sha1(b"watchdesk test vector OAEP seed").digest()
    return _assemble(dict(header), rsa_oaep_encrypt(content_key, modulus, oaep_seed), content_key, plaintext, FIRST.iv)


def _assemble(header: Mapping[str, Any], encrypted_key: bytes, content_key: bytes, plaintext: bytes,
              iv: bytes) -> str:
    protected = b64url(compact_json(header))
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


def console_sealed(notice: Mapping[str, Any], sender: TestStation = SENDER, recipient: TestStation = RECEIVER,
                   values: SealingValues = FIRST) -> bytes:
    return seal(notice, sender.keys, sender.station_id, recipient.card, ISSUED_AT,
                fixed_values_for_test_vectors=values.for_seal)


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
    id: str  # also the file's name under files/, with .wdn
    inbox_name: str  # name the file is placed under in the receiver's inbox
    description: str
    outcome: str  # accepted | duplicate | held | quarantined
    code: str | None
    rule: str | None  # the rule of docs/format.md section 18 the file breaks (or, if valid, exercises)
    data: bytes | None  # None: no file of its own (link_to)
    inbox: str = SENDER_ID  # whose inbox folder it is delivered to
    counterpart_verified: bool = True
    import_first: list[str] = field(default_factory=list)  # vector ids imported, in order, just before
    setup: str = ""
    # The receiver retires the counterpart's signing key as compromised before the import (docs/format.md
    # section 14: receiver policy, `retired_key`).
    retire_signing_key: bool = False
    # Delivered as a symbolic link to this vector's file instead of as a file.
    link_to: str | None = None
    claims: dict[str, Any] | None = None  # the expected opened payload of a valid file
    sealing: SealingValues | None = None  # the fixed values its sealing used
    # How our writer reproduces the file: "exact", "without final LF", or None (not by our writer).
    reproduced_by_seal: str | None = None
    flagged: str = ""  # accepted, but shown to the operator with this problem (docs/format.md section 13)

    @property
    def file(self) -> str | None:
        return None if self.data is None else f"{self.id}.wdn"


VALID_LAUNCH = launch_notification("valid launch notification", 1)
VALID_GENERAL = general_communication("valid general communication", 2)
VALID_BY_HAND = launch_notification("valid, independent writer", 3)
FROM_THIRD = launch_notification("valid, from the second counterpart", 1, sender=THIRD_ID)
# A message RUS-NRRC sent to USA-NRRC, which the counterpart acknowledges and reports on.
RECEIVERS_MESSAGE_ID = message_id("a notice the receiver sent")
RECEIVERS_FILE_SHA256 = hashlib.sha256(b"the file RUS-NRRC sent").hexdigest()


def notice_of(kind: str, label: str, sequence: int, body: dict[str, Any],
              references: list[dict[str, str]], precedence: str = "PRIORITY") -> dict[str, Any]:
    return {
        "format_version": 1,
        "kind": kind,
        "message_id": message_id(label),
        "sequence": sequence,
        "sender": SENDER_ID,
        "recipient": RECEIVER_ID,
        "dtg": "2026-11-28T12:00:00Z",
        "precedence": precedence,
        "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988",
        "references": references,
        "drafted_by": "Lt A. Moreno",
        "released_by": "Cdr J. Hale",
        "body": body,
    }


def build_vectors() -> list[Vector]:
    vectors: list[Vector] = []

    def add(slug: str, data: bytes | None, notice_or_name: Mapping[str, Any] | str, description: str, outcome: str,
            code: str | None = None, rule: str | None = None, **setup: Any) -> Vector:
        inbox_name = notice_or_name if isinstance(notice_or_name, str) else name_for(notice_or_name)
        vector = Vector(slug, inbox_name, description, outcome, code, rule, data, **setup)
        vectors.append(vector)
        return vector

    def valid(slug: str, notice: Mapping[str, Any], description: str, outcome: str = "accepted",
              code: str | None = None, rule: str | None = None, values: SealingValues = FIRST,
              without_final_lf: bool = False, **setup: Any) -> Vector:
        data = console_sealed(notice, values=values)
        if without_final_lf:
            data = data.rstrip(b"\n")
        return add(slug, data, notice, description, outcome, code, rule, claims=claims_for(notice), sealing=values,
                   reproduced_by_seal="without final LF" if without_final_lf else "exact", **setup)

    def rejected(slug: str, data: bytes, notice_or_name: Mapping[str, Any] | str, description: str, code: str,
                 rule: str, sealing: SealingValues | None = FIRST, **setup: Any) -> Vector:
        return add(slug, data, notice_or_name, description, "quarantined", code, rule, sealing=sealing, **setup)

    def launch(label: str, sequence: int) -> dict[str, Any]:
        return launch_notification(label, sequence)

    # ---- valid files, one or more of every kind
    valid_launch = valid("valid-launch-notification", VALID_LAUNCH,
                         "a launch notification sealed by the console's own writer")
    launch_file = {"message_id": VALID_LAUNCH["message_id"], "sha256": hashlib.sha256(valid_launch.data).hexdigest()}
    valid("valid-without-final-lf", VALID_GENERAL,
          "a general communication whose file lacks the final LF, which readers must accept", rule="R3",
          without_final_lf=True)
    valid("valid-general-communication", general_communication("plain general communication", 5),
          "a general communication")
    amended_content = copy.deepcopy(VALID_LAUNCH["body"]) | {
        "window_start": "2026-12-01T06:00:00Z", "window_end": "2026-12-01T10:00:00Z",
        "remarks": "Postponed by one day."}
    valid("valid-amendment",
          notice_of("amendment", "amendment of the valid launch", 6,
                    {"amended_message_id": VALID_LAUNCH["message_id"], "content": amended_content,
                     "reason": "Postponed by 24 hours."}, [launch_file], "IMMEDIATE"),
          "an amendment of valid-launch-notification (a postponement: the window moves by a day), "
          "listing it in references with its file's SHA-256", rule="R36")
    valid("valid-cancellation",
          notice_of("cancellation", "cancellation of the valid launch", 7,
                    {"cancelled_message_id": VALID_LAUNCH["message_id"], "reason": "The exercise launch is cancelled."},
                    [launch_file], "IMMEDIATE"),
          "a cancellation of valid-launch-notification", rule="R36")
    valid("valid-post-launch-report",
          notice_of("post_launch_report", "report on the valid launch", 8,
                    {"reported_message_id": VALID_LAUNCH["message_id"], "actual_launch_time": "2026-11-30T07:12:00Z",
                     "remarks": "Launch completed normally."}, [launch_file], "ROUTINE"),
          "a post-launch report on valid-launch-notification", rule="R36")
    receivers_file = {"message_id": RECEIVERS_MESSAGE_ID, "sha256": RECEIVERS_FILE_SHA256}
    valid("valid-acknowledgement",
          notice_of("acknowledgement", "acknowledgement", 9,
                    {"acknowledged_message_id": RECEIVERS_MESSAGE_ID, "acknowledged_sha256": RECEIVERS_FILE_SHA256,
                     "received_at": "2026-11-28T11:58:00Z", "acknowledged_at": "2026-11-28T11:59:00Z",
                     "acknowledged_by": "Maj K. Ortiz"}, [receivers_file], "ROUTINE"),
          f"an acknowledgement of message {RECEIVERS_MESSAGE_ID}, which the kit's receiver never sent: accepted and "
          "recorded, but shown to the operator as acknowledging an unknown message (no acknowledgement counts)",
          rule="R44", flagged="acknowledges a message we never sent")
    valid("valid-error-notice",
          notice_of("error", "error notice", 10,
                    {"referenced_message_id": RECEIVERS_MESSAGE_ID, "referenced_sha256": RECEIVERS_FILE_SHA256,
                     "reason": "Quarantined as decrypt_failed: damaged in transfer. Please send the file again."},
                    [receivers_file]),
          "an error notice about a file of the receiver's that could not be opened (message id and SHA-256 known)",
          rule="R37")
    valid("valid-error-notice-nulls",
          notice_of("error", "error notice without ids", 11,
                    {"referenced_message_id": None, "referenced_sha256": None,
                     "reason": "A folder named like a notice arrived in the inbox; nothing could be read."}, []),
          "an error notice about an inbox entry that was not a file: referenced_message_id and referenced_sha256 null",
          rule="R37")
    never_sent = message_id("a launch notification that never arrived")
    valid("valid-cancellation-of-unknown-message",
          notice_of("cancellation", "cancellation of an unknown message", 12,
                    {"cancelled_message_id": never_sent, "reason": "Cancelled."},
                    [{"message_id": never_sent, "sha256": hashlib.sha256(b"never arrived").hexdigest()}]),
          "a cancellation of a message the receiver has no record of: accepted and recorded", rule="R43")
    by_hand_claims = claims_for(VALID_BY_HAND)
    by_hand_inner = signed_claims(by_hand_claims)
    add("valid-independent-writer",
        as_file(encrypt_to(by_hand_inner.encode("ascii"), encryption_public(RECEIVER.keys),
                           jwe_header(SENDER_ID, VALID_BY_HAND["message_id"]))),
        VALID_BY_HAND, "a launch notification sealed by an independent writer (cryptography only): "
        "the same bytes seal() writes with the same fixed values", "accepted",
        claims=by_hand_claims, sealing=FIRST, reproduced_by_seal="exact")
    reordered = launch("valid, header members in another order", 13)
    reordered_claims = claims_for(reordered)
    # Member order is not significant (RFC 7515/7516): a reader must accept any order.
    reordered_inner = sign_ed25519({"kid": signing_kid(SENDER.keys), "typ": NOTICE_MEDIA_TYPE, "alg": "EdDSA"},
                                   compact_json(reordered_claims), SENDER.keys.signing_key)
    reordered_header = dict(reversed(list(jwe_header(SENDER_ID, reordered["message_id"]).items())))
    add("valid-header-members-reordered",
        as_file(encrypt_to(reordered_inner.encode("ascii"), encryption_public(RECEIVER.keys), reordered_header,
                           sort_members=False)),
        reordered, "a launch notification whose JWS and JWE protected headers list their members in another order "
        "than seal() writes them (a reader must accept it; no writer of ours makes it)", "accepted",
        claims=reordered_claims, sealing=FIRST)
    add("valid-from-second-counterpart", console_sealed(FROM_THIRD, THIRD, RECEIVER), FROM_THIRD,
        f"a launch notification from {THIRD_ID}, the receiver's second counterpart, in {THIRD_ID}'s inbox",
        "accepted", inbox=THIRD_ID, claims=claims_for(FROM_THIRD), sealing=FIRST, reproduced_by_seal="exact")

    # ---- duplicates and held traffic
    add("duplicate-same-file-twice", valid_launch.data, VALID_LAUNCH,
        "the valid launch notification delivered a second time, byte for byte", "duplicate", rule="R39",
        import_first=["valid-launch-notification"], setup="file imported twice", claims=claims_for(VALID_LAUNCH),
        sealing=FIRST, reproduced_by_seal="exact")
    valid("duplicate-resealed", VALID_LAUNCH,
          "the valid launch notification sealed again with the second fixed values (new bytes, same message id "
          "and sequence)", "duplicate", rule="R39", values=SECOND,
          import_first=["valid-launch-notification"], setup="the first sealing of the same notice imported first")
    valid("held-unverified-sender-key", launch("held", 4),
          "a valid file from a counterpart whose key card was imported but whose safety number was not compared",
          "held", "unverified_key", rule="R29", counterpart_verified=False, setup="counterpart key unverified")

    # ---- checks 1-8: the file as bytes and the outer header
    oversize_notice = general_communication("oversize", 20)
    oversize = b""
    while len(oversize) <= MAX_FILE_BYTES:
        # Many references keep the notice valid by its schema; only the size is wrong.
        count = len(oversize_notice["references"])
        oversize_notice["references"] += [
            {
                "message_id": message_id(f"referenced {count + n}"),
                "sha256": hashlib.sha256(b"%d" % (count + n)).hexdigest(),
            }
            for n in range(500 if len(oversize) < MAX_FILE_BYTES - 200_000 else
                           50 if len(oversize) < MAX_FILE_BYTES - 20_000 else 5)
        ]
        oversize = hand_sealed(claims_for(oversize_notice, copy_notice=False))
    rejected("oversize", oversize, oversize_notice,
             f"a well-formed sealed notice of {len(oversize):,} bytes, over the 1 MiB limit", "oversize", "R1")
    not_ascii = launch("not ascii", 21)
    rejected("not-ascii-byte-order-mark", b"\xef\xbb\xbf" + console_sealed(not_ascii), not_ascii,
             "a valid file with a UTF-8 byte order mark in front, as some editors add", "not_ascii", "R2")
    crlf = launch("crlf", 22)
    rejected("trailing-crlf", console_sealed(crlf).rstrip(b"\n") + b"\r\n", crlf,
             "a valid file ending in CR LF instead of LF", "trailing_data", "R3")
    second = launch("second file appended", 23)
    rejected("trailing-second-file", console_sealed(second) + console_sealed(launch("appended", 24)), second,
             "a valid file with a second sealed file appended after its LF", "trailing_data", "R3")
    rejected("empty", b"", name_for(launch("empty", 25)), "an empty file", "not_jwe", "R3", sealing=None)
    rejected("random-text", b"LAUNCH NOTIFICATION: SLBM, Pacific NE, window 0600-1000Z\n", name_for(launch("text", 26)),
             "plain text instead of a sealed notice", "not_jwe", "R3", sealing=None)
    truncated = launch("truncated", 27)
    whole = console_sealed(truncated)
    rejected("truncated", whole[: len(whole) // 2], truncated, "a valid file cut off half-way (transfer interrupted)",
             "not_jwe", "R3")
    json_serialized = launch("json serialization", 28)
    compact = console_sealed(json_serialized).decode("ascii").rstrip("\n").split(".")
    general_json = {"protected": compact[0], "encrypted_key": compact[1], "iv": compact[2],
                    "ciphertext": compact[3], "tag": compact[4]}
    rejected("jwe-json-serialization", compact_json(general_json) + b"\n", json_serialized,
             "a valid notice in JWE JSON (flattened) serialization instead of compact", "not_jwe", "R3")
    padded = launch("padded base64", 29)
    # The wrapped key is 40 bytes, so standard base64 would pad it with "==".
    rejected("base64-padding", replace_part(hand_sealed(claims_for(padded)), 1, lambda part: part + "=="), padded,
             "the encrypted key written in padded base64 ('==' at its end)", "not_jwe", "R4")
    non_canonical = launch("non-canonical base64", 30)
    rejected("base64-non-canonical", replace_part(hand_sealed(claims_for(non_canonical)), 1, set_unused_bits),
             non_canonical, "the encrypted key's last base64url character has unused low bits set (a second "
             "spelling of the same bytes)", "not_jwe", "R4")
    wrong_cty = launch("wrong cty", 31)
    rejected("jwe-wrong-content-type", hand_sealed(claims_for(wrong_cty), cty="JWT"), wrong_cty,
             "the JWE header says cty JWT instead of watchdesk-notice+jws", "bad_jwe_header", "R8")
    lower_sender = launch("wd-sender not a station id", 32)
    rejected("jwe-sender-not-a-station-id", hand_sealed(claims_for(lower_sender), **{"wd-sender": "usa-nrrc"}),
             lower_sender, "the JWE header's wd-sender is 'usa-nrrc', not a station id (lower case)",
             "bad_jwe_header", "R8")
    padded_epk = launch("padded epk", 33)
    rejected("jwe-epk-padded",
             as_file(encrypt_with_padded_epk(signed_claims(claims_for(padded_epk)).encode("ascii"),
                                             jwe_header(SENDER_ID, padded_epk["message_id"]))),
             padded_epk, "the ephemeral key's x written in padded base64 ('=' at its end); the rest of the file, "
             "made with that header, decrypts", "bad_jwe_header", "R8")
    rsa_notice = launch("rsa-oaep", 34)
    rsa_header = jwe_header(SENDER_ID, rsa_notice["message_id"], alg="RSA-OAEP")
    rejected("jwe-rsa-oaep",
             as_file(encrypt_rsa_oaep(signed_claims(claims_for(rsa_notice)).encode("ascii"),
                                      attacker_rsa_modulus(), rsa_header)),
             rsa_notice, "the notice encrypted with RSA-OAEP key management (to an attacker's RSA key) instead of "
             "ECDH-ES+A256KW", "disallowed_algorithm", "R6")
    a128 = launch("a128gcm", 35)
    rejected("jwe-enc-a128gcm", hand_sealed(claims_for(a128), enc="A128GCM"), a128,
             "the content encrypted with A128GCM instead of A256GCM", "disallowed_algorithm", "R6")
    zipped = launch("zip", 36)
    rejected("jwe-zip-deflate", hand_sealed(claims_for(zipped), zip="DEF"), zipped,
             "the JWE header asks for DEFLATE compression ('zip': 'DEF'), which the format refuses",
             "disallowed_algorithm", "R6")
    jwe_crit = launch("jwe crit", 37)
    rejected("jwe-unknown-critical-header",
             hand_sealed(claims_for(jwe_crit), crit=["wd-expires"], **{"wd-expires": 1796000000}), jwe_crit,
             "the JWE header marks an extension 'wd-expires' as critical", "unknown_critical_header", "R7")

    # ---- checks 9-11: keys and decryption
    for_third = launch_notification("sealed for a third station", 38, recipient=THIRD_ID)
    rejected("wrong-recipient", console_sealed(for_third, SENDER, THIRD), for_third,
             f"a valid file from {SENDER_ID} to {THIRD_ID}, delivered to {RECEIVER_ID} by mistake",
             "wrong_recipient", "R9")
    from_attacker = launch_notification("from a station with no key card", 39, sender=ATTACKER.station_id)
    rejected("unknown-sender", console_sealed(from_attacker, ATTACKER, RECEIVER), from_attacker,
             f"a well-made file from {ATTACKER.station_id}, a station with no key card on record, in "
             f"{SENDER_ID}'s inbox", "unknown_sender", "R10")
    in_wrong_inbox = launch_notification("from the second counterpart, wrong inbox", 2, sender=THIRD_ID)
    rejected("other-counterpart-in-wrong-inbox", console_sealed(in_wrong_inbox, THIRD, RECEIVER), in_wrong_inbox,
             f"a valid file from {THIRD_ID}, a verified counterpart, delivered into {SENDER_ID}'s inbox",
             "unknown_sender", "R11")
    tampered = launch("tampered", 40)
    rejected("tag-altered", replace_part(console_sealed(tampered), 4, flip_middle_character), tampered,
             "a valid file with one character of the authentication tag changed in transfer", "decrypt_failed", "R12")

    # ---- checks 12-17: the inner JWS
    not_jws = launch("not a jws", 41)
    rejected("plaintext-not-jws",
             as_file(encrypt_to(compact_json(claims_for(not_jws)), encryption_public(RECEIVER.keys),
                                jwe_header(SENDER_ID, not_jws["message_id"]))),
             not_jws, "encrypted but never signed: the plaintext is the claims JSON, not a JWS", "not_jws", "R13")

    def inner(notice: Mapping[str, Any], compact_jws: str) -> bytes:
        return as_file(encrypt_to(compact_jws.encode("ascii"), encryption_public(RECEIVER.keys),
                                  jwe_header(SENDER_ID, notice["message_id"])))

    padded_signature = launch("padded signature", 42)
    rejected("jws-signature-padded", inner(padded_signature, signed_claims(claims_for(padded_signature)) + "=="),
             padded_signature, "the inner JWS's signature written in padded base64 ('==' at its end)", "not_jws",
             "R13")
    alg_none = launch("alg none", 43)
    rejected("jws-alg-none",
             inner(alg_none, unsigned(jws_header(SENDER.keys, alg="none"), compact_json(claims_for(alg_none)))),
             alg_none, "the inner JWS says alg none and has no signature", "disallowed_algorithm", "R15")
    hs256 = launch("hs256", 44)
    sender_public = SENDER.keys.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    rejected("jws-hs256",
             inner(hs256, sign_hs256(jws_header(SENDER.keys, alg="HS256"), compact_json(claims_for(hs256)),
                                     sender_public)),
             hs256, "the inner JWS is HS256, keyed with the sender's public signing key (algorithm confusion)",
             "disallowed_algorithm", "R15")
    jws_crit = launch("jws crit", 45)
    rejected("jws-unknown-critical-header",
             inner(jws_crit, signed_claims(claims_for(jws_crit), crit=["wd-expires"], **{"wd-expires": 1796000000})),
             jws_crit, "the inner JWS header marks an extension 'wd-expires' as critical", "unknown_critical_header",
             "R16")
    wrong_typ = launch("wrong typ", 46)
    rejected("jws-wrong-type", inner(wrong_typ, signed_claims(claims_for(wrong_typ), typ="JWT")), wrong_typ,
             "the inner JWS says typ JWT instead of watchdesk-notice+jws", "bad_jws_header", "R17")
    forged = launch("forged", 47)
    rejected("bad-signature",
             inner(forged, sign_ed25519(jws_header(SENDER.keys), compact_json(claims_for(forged)),
                                        ATTACKER.keys.signing_key)),
             forged, f"signed with an attacker's Ed25519 key under {SENDER_ID}'s key id", "bad_signature", "R18")

    # ---- checks 18-25: the claims
    not_json = launch("not json", 48)
    rejected("payload-not-json",
             inner(not_json, signed_claims(b"LAUNCH NOTIFICATION SLBM PACIFIC NE 300600Z-301000Z")), not_json,
             "a correctly signed payload that is plain text, not JSON", "not_json", "R19")
    duplicate_member = launch("duplicate member", 49)
    twice = compact_json(claims_for(duplicate_member)).replace(b'"seq":49,', b'"seq":49,"seq":1,', 1)
    rejected("claims-duplicate-member", inner(duplicate_member, signed_claims(twice)), duplicate_member,
             "a correctly signed payload whose claims name 'seq' twice (49, then 1)", "not_json", "R19")
    version_2 = launch("version 2", 50) | {"format_version": 2}
    rejected("unknown-version", hand_sealed(claims_for(version_2) | {"wdv": 2}), version_2,
             "a file of format version 2 (wdv 2, format_version 2)", "unknown_version", "R20")
    no_iat = launch("no iat", 51)
    rejected("claim-iat-missing", hand_sealed({k: v for k, v in claims_for(no_iat).items() if k != "iat"}), no_iat,
             "the signed claims have no 'iat'", "missing_field", "R21")
    text_seq = launch("sequence as text", 52)
    rejected("claim-seq-as-text", hand_sealed(claims_for(text_seq) | {"seq": "52"}), text_seq,
             "the 'seq' claim is the string \"52\", not the integer 52", "bad_field", "R22")
    mismatch = launch_notification("issuer differs from outer sender", 53, sender=THIRD_ID)
    rejected("sender-mismatch", hand_sealed(claims_for(mismatch)), launch("issuer differs from outer sender", 53),
             f"signed by {SENDER_ID} and sent as {SENDER_ID} (wd-sender), but iss and the notice name {THIRD_ID}",
             "sender_mismatch", "R23")
    forwarded = launch_notification("forwarded", 54, recipient=THIRD_ID)
    rejected("forwarded",
             as_file(encrypt_to(signed_claims(claims_for(forwarded)).encode("ascii"), encryption_public(RECEIVER.keys),
                                jwe_header(SENDER_ID, forwarded["message_id"]))),
             launch("forwarded", 54),
             f"a notice {SENDER_ID} signed for {THIRD_ID} (aud {THIRD_ID}), "
             f"re-encrypted by {THIRD_ID} to {RECEIVER_ID}",
             "forwarded", "R24")
    jti_differs = launch("notice message id differs", 55)
    jti_claims = claims_for(jti_differs)
    jti_claims["notice"]["message_id"] = message_id("some other message")
    rejected("claims-mismatch-message-id", hand_sealed(jti_claims), jti_differs,
             "the notice's message_id differs from the signed 'jti' (and wd-msgid)", "claims_mismatch", "R26")
    no_sender = launch("notice without sender", 56)
    no_sender_claims = claims_for(no_sender)
    del no_sender_claims["notice"]["sender"]
    rejected("notice-sender-missing", hand_sealed(no_sender_claims), no_sender,
             "the notice has no 'sender' field (claims are complete)", "missing_field", "R26")

    # ---- receiver policy
    retired = launch("signed with a retired key", 57)
    rejected("retired-signing-key", console_sealed(retired), retired,
             "a valid file signed with the counterpart's signing key, which the receiver retired as compromised "
             "before the import", "retired_key", "R28", retire_signing_key=True,
             setup="counterpart's signing key retired as compromised first")

    # ---- after opening: the notice's wire shape
    def invalid(slug: str, notice: dict[str, Any], description: str, rule: str) -> None:
        rejected(slug, hand_sealed(claims_for(notice)), notice, description, "invalid_notice", rule)

    def changed(label: str, sequence: int, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        notice = launch(label, sequence)
        change(notice)
        return notice

    invalid("notice-precedence-missing", changed("no precedence", 58, lambda n: n.pop("precedence")),
            "a launch notification without 'precedence'", "R30")
    invalid("notice-latitude-95",
            changed("latitude 95", 59, lambda n: n["body"]["impact_areas"][0]["centre"].update(lat=95.0)),
            "an impact area centred at latitude 95", "R30")
    invalid("notice-polygon-not-closed",
            changed("polygon open", 60,
                    lambda n: n["body"]["impact_areas"][1].update(points=n["body"]["impact_areas"][1]["points"][:-1])),
            "an impact polygon whose last point does not repeat the first", "R33")
    invalid("notice-window-end-before-start",
            changed("window reversed", 61,
                    lambda n: n["body"].update(window_start="2026-11-30T10:00:00Z", window_end="2026-11-30T06:00:00Z")),
            "a launch window that ends before it starts", "R34")
    invalid("notice-dtg-not-a-calendar-time",
            changed("february 30", 62, lambda n: n.update(dtg="2026-02-30T12:00:00Z")),
            "a date-time group of 30 February, shaped like a UTC time but no real calendar time", "R32")
    invalid("amendment-without-references",
            notice_of("amendment", "amendment without references", 63,
                      {"amended_message_id": VALID_LAUNCH["message_id"], "content": amended_content}, []),
            "an amendment of valid-launch-notification whose references are empty", "R36")
    invalid("error-digest-differs-from-references",
            notice_of("error", "error notice, digests differ", 64,
                      {"referenced_message_id": RECEIVERS_MESSAGE_ID,
                       "referenced_sha256": hashlib.sha256(b"another file").hexdigest(), "reason": "Unreadable."},
                      [receivers_file]),
            "an error notice whose referenced_sha256 differs from the SHA-256 its references give for the same "
            "message", "R36")

    # ---- the inbox folder and the channel
    bad_name = launch("bad file name", 65)
    rejected("bad-file-name", console_sealed(bad_name), f"USA-NRRC_RUS-NRRC_65_{bad_name['message_id']}.wdn",
             "a valid file under a name whose sequence is not 8 digits", "bad_file_name", "R46")
    add("not-a-file-symlink", None, name_for(launch("a link", 66)),
        "a symbolic link to valid-launch-notification.wdn, named like a notice: moved aside as a link, never followed",
        "quarantined", "not_a_file", "R47", link_to="valid-launch-notification")
    replay = launch("replayed sequence", 1)
    rejected("replayed-sequence", console_sealed(replay), replay,
             "a different notice (new message id) reusing sequence 1, already taken by the valid launch notification",
             "replayed_sequence", "R40", import_first=["valid-launch-notification"],
             setup="previous file with same sequence imported first")
    conflict = launch("message id conflict", 67) | {"message_id": FROM_THIRD["message_id"]}
    rejected("message-id-conflict", console_sealed(conflict), conflict,
             f"a valid file from {SENDER_ID} whose message id is that of valid-from-second-counterpart, "
             f"already accepted from {THIRD_ID}", "message_id_conflict", "R41",
             import_first=["valid-from-second-counterpart"],
             setup=f"the second counterpart's notice with the same message id imported first")
    return vectors


def set_unused_bits(part: str) -> str:
    """The same bytes spelled with the unused low bits of the last character set."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    assert len(part) % 4 in (2, 3), "this part has no unused bits"
    return part[:-1] + alphabet[alphabet.index(part[-1]) | 1]


def encrypt_with_padded_epk(plaintext: bytes, header: Mapping[str, Any]) -> str:
    """As encrypt_to, but the epk's x carries one '=' of padding: a header a lenient library reads
    as the same key, so the file decrypts there."""
    ephemeral = X25519PrivateKey.from_private_bytes(FIRST.ephemeral_private_key)
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    full_header = json.loads(json.dumps(
        dict(header) | {"epk": {"kty": "OKP", "crv": "X25519", "x": b64url(ephemeral_public) + "="}}, sort_keys=True))
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(encryption_public(RECEIVER.keys)))
    wrapping_key = _concat_kdf(shared, "ECDH-ES+A256KW")
    content_key = FIRST.content_encryption_key
    return _assemble(full_header, aes_key_wrap(wrapping_key, content_key), content_key, plaintext, FIRST.iv)


# --------------------------------------------------------------------------
# Key cards: the self-signature of version 2 and the version 1 cards still read
# (docs/format.md sections 8.1 and 8.3, rules R54 to R59)


@dataclass(frozen=True)
class KeyCardVector:
    id: str  # also the file's name under keycards/, with .card.json
    description: str
    data: bytes
    code: str | None  # None: the card is accepted
    rule: str
    self_signed: bool | None = None  # for an accepted card

    def manifest(self, own_card: KeyCard) -> dict[str, Any]:
        card = None if self.code is not None else KeyCard.load(self.data)
        return {
            "id": self.id,
            "file": f"{self.id}.card.json",
            "description": self.description,
            "outcome": "refused" if self.code else "accepted",
            "code": self.code,
            "rule": self.rule,
            "sha256": hashlib.sha256(self.data).hexdigest(),
            "self_signed": None if card is None else card.self_signed,
            "station_id": None if card is None else card.station_id,
            "fingerprint": None if card is None else card.fingerprint,
            "safety_number": None if card is None else safety_number(own_card, card),
        }


def _card_text(document: Mapping[str, Any]) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _one_character_changed(text: str, position: int) -> str:
    # A middle character of base64url: the result is still canonical, only the bytes differ.
    replacement = "B" if text[position] != "B" else "C"
    return text[:position] + replacement + text[position + 1:]


def build_key_card_vectors() -> list[KeyCardVector]:
    signed: dict[str, Any] = json.loads(SENDER.card.to_json())
    unsigned = {member: value for member, value in signed.items() if member != "self_signature"} | {"wdv": 1}
    other: dict[str, Any] = json.loads(THIRD.card.to_json())

    def changed(**members: Any) -> bytes:
        return _card_text(signed | members)

    # Quotes, a backslash and Cyrillic in the name: the signed bytes escape only what JSON must.
    awkward_name = KeyCard.for_station(SENDER_ID, 'Centre "Nord" \\ Национальный центр', SENDER.keys, KEYS_CREATED)
    return [
        KeyCardVector("valid-version-2", "USA-NRRC's card, version 2, as the console writes it", _card_text(signed),
                      None, "R56", True),
        KeyCardVector("valid-version-2-name-with-quotes-backslash-cyrillic",
                      "a version 2 card whose name needs JSON escapes and UTF-8 in the signed bytes",
                      awkward_name.to_json().encode("utf-8"), None, "R56", True),
        KeyCardVector("valid-version-2-reformatted",
                      "the version 2 card with its members in another order and no whitespace: the signature "
                      "covers the content, not the layout",
                      json.dumps(dict(reversed(list(signed.items()))), separators=(",", ":"),
                                 ensure_ascii=False).encode("utf-8"), None, "R56", True),
        KeyCardVector("valid-version-1-unsigned",
                      "the same keys on a version 1 card, written before the self-signature: accepted, marked "
                      "unsigned, with the same fingerprint and safety number",
                      _card_text(unsigned), None, "R58", False),
        KeyCardVector("version-2-signature-removed", "a version 2 card without its self_signature member",
                      _card_text(unsigned | {"wdv": 2}), "missing_self_signature", "R55"),
        KeyCardVector("version-2-name-altered", "one character of the station's name changed after signing",
                      changed(name="United States NRRD"), "self_signature_mismatch", "R56"),
        KeyCardVector("version-2-encryption-key-altered",
                      "one character of the encryption key's x changed after signing (the fingerprint kept)",
                      changed(encryption_key=signed["encryption_key"]
                              | {"x": _one_character_changed(signed["encryption_key"]["x"], 20)}),
                      "self_signature_mismatch", "R56"),
        KeyCardVector("version-2-signing-key-altered",
                      "one character of the signing key's x changed after signing (the fingerprint kept)",
                      changed(signing_key=signed["signing_key"]
                              | {"x": _one_character_changed(signed["signing_key"]["x"], 20)}),
                      "self_signature_mismatch", "R56"),
        KeyCardVector("version-2-keys-replaced",
                      "GBR-NRRC's keys and fingerprint put on USA-NRRC's signed card: consistent but for the "
                      "signature", changed(signing_key=other["signing_key"], encryption_key=other["encryption_key"],
                                           fingerprint=other["fingerprint"]), "self_signature_mismatch", "R56"),
        KeyCardVector("version-2-created-altered", "the card's created time changed after signing",
                      changed(created="2026-01-02T00:00:00Z"), "self_signature_mismatch", "R56"),
        KeyCardVector("version-2-signature-padded", "the self-signature written with base64 padding (==)",
                      changed(self_signature=signed["self_signature"] + "=="), "self_signature_mismatch", "R56"),
        KeyCardVector("version-1-with-self-signature", "a version 1 card carrying a self_signature member",
                      _card_text(signed | {"wdv": 1}), "unknown_field", "R54"),
        KeyCardVector("version-3", "a card of a version no reader implements", changed(wdv=3),
                      "unknown_version", "R54"),
        KeyCardVector("version-1-fingerprint-altered",
                      "a version 1 card whose fingerprint was changed: only the fingerprint check catches it",
                      _card_text(unsigned | {"fingerprint": "0000" + unsigned["fingerprint"][4:]}),
                      "fingerprint_mismatch", "R57"),
    ]


# --------------------------------------------------------------------------
# Writing the kit


KEYS_README = """\
TEST KEYS ONLY. These keys are public: they are the test vector of
docs/format.md section 17 (seeds 00..1f / 20..3f for USA-NRRC, 40..5f / 60..7f
for RUS-NRRC, 80..9f / a0..bf for GBR-NRRC). Never use them for a real station.

- TEST-ONLY-RUS-NRRC.private-keys.json: the receiving station's private keys,
  in the console's stored format (StationKeys.to_private_json).
- TEST-ONLY-RUS-NRRC.card.json: the receiving station's own key card.
- TEST-ONLY-USA-NRRC.card.json: the sending counterpart's key card.
- TEST-ONLY-GBR-NRRC.card.json: the receiver's second counterpart's key card.

Written by tests/vectors/make_vectors.py.
"""


def vector_entry(vector: Vector) -> dict[str, Any]:
    return {
        "id": vector.id,
        "file": vector.file or f"{vector.link_to}.wdn",
        "entry": "file" if vector.link_to is None else "symlink",
        "inbox": vector.inbox,
        "inbox_name": vector.inbox_name,
        "description": vector.description,
        "outcome": vector.outcome,
        "code": vector.code,
        "rule": vector.rule,
        "setup": vector.setup or None,
        "counterpart_verified": vector.counterpart_verified,
        "import_first": vector.import_first,
        "retire_signing_key": vector.retire_signing_key,
        "sha256": None if vector.data is None else hashlib.sha256(vector.data).hexdigest(),
        "kind": None if vector.claims is None else vector.claims["notice"]["kind"],
        "flagged": vector.flagged or None,
        "sealing": None if vector.sealing is None else vector.sealing.label,
        "reproduced_by_seal": vector.reproduced_by_seal,
        "payload": vector.claims,
    }


def write_kit(kit_dir: Path = KIT_DIR) -> list[Vector]:
    vectors = build_vectors()
    files_dir, keys_dir = kit_dir / "files", kit_dir / "keys"
    if files_dir.exists():
        shutil.rmtree(files_dir)
    files_dir.mkdir(parents=True)
    keys_dir.mkdir(exist_ok=True)
    ids = [vector.id for vector in vectors]
    if len(set(ids)) != len(ids):
        raise SystemExit("two vectors have the same id")
    for vector in vectors:
        if vector.data is not None:
            (files_dir / vector.file).write_bytes(vector.data)

    private_keys = "TEST-ONLY-RUS-NRRC.private-keys.json"
    receiver_card = "TEST-ONLY-RUS-NRRC.card.json"
    sender_card = "TEST-ONLY-USA-NRRC.card.json"
    third_card = "TEST-ONLY-GBR-NRRC.card.json"
    (keys_dir / private_keys).write_text(RECEIVER.keys.to_private_json() + "\n", encoding="utf-8")
    (keys_dir / receiver_card).write_text(RECEIVER.card.to_json(), encoding="utf-8")
    (keys_dir / sender_card).write_text(SENDER.card.to_json(), encoding="utf-8")
    (keys_dir / third_card).write_text(THIRD.card.to_json(), encoding="utf-8")
    (keys_dir / "README.md").write_text(KEYS_README, encoding="utf-8")
    key_card_vectors = build_key_card_vectors()
    keycards_dir = kit_dir / "keycards"
    if keycards_dir.exists():
        shutil.rmtree(keycards_dir)
    keycards_dir.mkdir()
    for card_vector in key_card_vectors:
        (keycards_dir / f"{card_vector.id}.card.json").write_bytes(card_vector.data)

    manifest = {
        "description": (
            "Watchdesk sealed-file test kit (docs/format.md version 1, sections 17 and 18). For each vector, "
            "the receiving station RUS-NRRC, with both counterparts' key cards on record and verified (USA-NRRC "
            "unverified where counterpart_verified is false), finds the file in the inbox folder of the "
            "counterpart `inbox` under inbox_name (where entry is symlink, a symbolic link to file instead), "
            "imports it, and must end with outcome and code. The vectors in import_first are imported, in "
            "order, just before; where retire_signing_key is true, the receiver first retires USA-NRRC's "
            "signing key as compromised. payload is the opened claims of a valid file; sealing names the "
            "fixed values its sealing used; reproduced_by_seal says whether a writer given the payload, the "
            "keys and those values writes the file exactly (or without its final LF). Test keys only."
        ),
        "issued_at": int(ISSUED_AT.timestamp()),
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
        "other_counterparts": [
            {
                "station_id": THIRD.station_id,
                "card": f"keys/{third_card}",
                "safety_number": safety_number(RECEIVER.card, THIRD.card),
            }
        ],
        "sealing_values": {values.label: values.manifest() for values in (FIRST, SECOND)},
        "vectors": [vector_entry(vector) for vector in vectors],
        "keycards_description": (
            "Key cards (docs/format.md 8.1 and 8.3) under keycards/, all of USA-NRRC's test keys but where "
            "described: read each alone; it must be accepted (self_signed says whether it carries a "
            "self-signature; fingerprint and safety_number, with the receiver's card, are what it gives) or "
            "refused with code. rule names the rule of section 18 it exercises or breaks."
        ),
        "keycards": [card_vector.manifest(RECEIVER.card) for card_vector in key_card_vectors],
    }
    (kit_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    return vectors


def main(arguments: list[str]) -> int:
    kit_dir = Path(arguments[0]) if arguments else KIT_DIR
    vectors = write_kit(kit_dir)
    for vector in vectors:
        print(f"{vector.outcome:12} {vector.code or '-':24} {vector.id}")
    print(f"{len(vectors)} vectors written to {kit_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
