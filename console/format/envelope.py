"""Sealing and opening notice files (format version 1, docs/format.md).

A file is a JWE (ECDH-ES+A256KW / A256GCM to the recipient's X25519 key)
wrapping a JWS (EdDSA with the sender's Ed25519 key) whose payload holds the
claims and the notice. Every check is done here, in our own code, before the
JOSE library sees anything; the library is then also restricted to the one
allowed algorithm pair, so a gap in one layer is caught by the other.

Sealing signs with jwcrypto and encrypts here, with `cryptography`'s primitives, so that the
test kit can fix the values a sealing otherwise draws at random (FixedSealingValuesForTestVectors,
docs/format.md section 17); opening stays with jwcrypto."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from console.i18n import QT_TRANSLATE_NOOP, tr

from .errors import RejectedFile, SealingError
from .fields import (
    MAX_SEQUENCE,
    base64url_decode,
    base64url_encode,
    compact_json,
    is_message_id,
    is_sequence_number,
    is_station_id,
    strict_json_loads,
)
from .keycard import KeyCard
from .keys import ENCRYPTION_CURVE, SIGNING_CURVE, StationKeys, jwk_thumbprint

if TYPE_CHECKING:
    from jwcrypto import jwk

# jwcrypto is imported where a file is sealed or opened, not when the console starts (about 50 ms
# before the first paint): the first import happens on the watcher's thread or a worker's.

FORMAT_VERSION = 1
MAX_FILE_BYTES = 1_048_576
FILE_ENCODING = "ascii"

SIGNATURE_ALGORITHM = "EdDSA"
KEY_MANAGEMENT_ALGORITHM = "ECDH-ES+A256KW"
CONTENT_ENCRYPTION_ALGORITHM = "A256GCM"
NOTICE_MEDIA_TYPE = "watchdesk-notice+jws"  # JWS "typ" and JWE "cty"
SENDER_HEADER = "wd-sender"
MESSAGE_ID_HEADER = "wd-msgid"

CLAIMS = ("iss", "aud", "jti", "seq", "iat", "wdv", "notice")
# Highest instant a JWS "iat" may name: 9999-12-31T23:59:59Z.
MAX_ISSUED_AT = 253_402_300_799

# The longest prefix made only of base64url characters and dots.
_TOKEN_PREFIX = re.compile(r"[A-Za-z0-9_.\-]*")

PublicJwk = Mapping[str, Any]
# Station id -> that station's public Ed25519 signing JWKs (all accepted
# generations), or None when the station is not a known counterpart.
SenderLookup = Callable[[str], Sequence[PublicJwk] | None]


@dataclass(frozen=True)
class OuterHeader:
    """What the unencrypted JWE header says. Not authenticated until the file
    is opened: use it to route and spot duplicates, never to trust."""

    sender: str
    message_id: str
    recipient_key_thumbprint: str


@dataclass(frozen=True)
class OpenedNotice:
    notice: dict[str, Any]
    sender: str
    recipient: str
    message_id: str
    sequence: int
    issued_at: datetime
    sha256: str  # of the file bytes exactly as received, lower-case hex
    signing_key_thumbprint: str
    recipient_key_thumbprint: str  # which of our encryption keys opened it


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------
# Sealing


@dataclass(frozen=True)
class FixedSealingValuesForTestVectors:
    """The three values a sealing otherwise draws at random, fixed: TEST VECTORS ONLY.

    With them seal() makes the same bytes every time, which is what a published test vector
    needs (docs/format.md section 17). A real file made with them would reuse its ephemeral key,
    content key and IV, so seal() takes them only for a recipient whose encryption key is one
    of the public test keys (TEST_VECTOR_ENCRYPTION_KEYS); nothing in console/ passes them
    (tests/format/test_sealing_seam.py checks both)."""

    ephemeral_private_key: bytes  # X25519 private key, 32 bytes (RFC 7748 scalar)
    content_encryption_key: bytes  # AES-256 key, 32 bytes
    iv: bytes  # AES-GCM initialization vector, 12 bytes

    def __post_init__(self) -> None:
        for name, size in (("ephemeral_private_key", 32), ("content_encryption_key", 32), ("iv", 12)):
            value = getattr(self, name)
            if not isinstance(value, bytes) or len(value) != size:
                raise SealingError(f"the fixed {name.replace('_', ' ')} must be {size} bytes")


# The X25519 public keys ("x") of the test stations of docs/format.md section 17 and the test kit
# (tests/vectors/): USA-NRRC, RUS-NRRC and GBR-NRRC. Public values; no real station has them.
TEST_VECTOR_ENCRYPTION_KEYS = frozenset({
    "NYBy1jZYgNGu6jKa35EhODhR7SGijjt16WXQ0s0WYlQ",
    "Z13VdO13iTELPS52gfN5C0ZsdzsVIf7PNld5WDcepS8",
    "YFpyXSpK3-6xop4X7dYhwbdZPujNvESsbEq24vgF0jw",
})


def seal(
    notice: Mapping[str, Any],
    sender: StationKeys,
    sender_id: str,
    recipient_card: KeyCard,
    issued_at: datetime,
    *,
    fixed_values_for_test_vectors: FixedSealingValuesForTestVectors | None = None,
) -> bytes:
    """Sign the notice with the sender's key and encrypt it to the recipient's
    card. Returns the complete file: JWE compact serialization plus one LF.

    fixed_values_for_test_vectors: for the test kit only (FixedSealingValuesForTestVectors);
    a real sealing draws a fresh ephemeral key, content key and IV."""
    _check_notice_for_sealing(notice, sender_id, recipient_card.station_id)
    if (
        fixed_values_for_test_vectors is not None
        and recipient_card.encryption_key.get("x") not in TEST_VECTOR_ENCRYPTION_KEYS
    ):
        raise SealingError(
            tr("fixed sealing values are for the test vectors only; "
               "{station}'s encryption key is not one of the published test keys").format(
                station=recipient_card.station_id
            )
        )
    if issued_at.tzinfo is None:
        raise SealingError(tr("issued_at must carry a time zone"))
    claims = {
        "iss": sender_id,
        "aud": recipient_card.station_id,
        "jti": notice["message_id"],
        "seq": notice["sequence"],
        "iat": int(issued_at.timestamp() // 1),
        "wdv": FORMAT_VERSION,
        "notice": notice,
    }
    try:
        payload = compact_json(claims).encode("utf-8")
    except (TypeError, ValueError) as error:
        raise SealingError(tr("the notice cannot be written as JSON: {error}").format(error=error)) from error

    from jwcrypto import jws

    signature_header = {"alg": SIGNATURE_ALGORITHM, "typ": NOTICE_MEDIA_TYPE, "kid": sender.signing_key_thumbprint}
    signed = jws.JWS(payload)
    signed.allowed_algs = [SIGNATURE_ALGORITHM]
    signed.add_signature(sender.signing_jwk(), alg=SIGNATURE_ALGORITHM, protected=compact_json(signature_header))
    compact_jws = signed.serialize(compact=True)

    encryption_header = {
        "alg": KEY_MANAGEMENT_ALGORITHM,
        "enc": CONTENT_ENCRYPTION_ALGORITHM,
        "kid": recipient_card.encryption_key_thumbprint,
        "cty": NOTICE_MEDIA_TYPE,
        SENDER_HEADER: sender_id,
        MESSAGE_ID_HEADER: notice["message_id"],
    }
    compact_jwe = _encrypt_to_x25519(
        compact_jws.encode("ascii"), recipient_card.encryption_key["x"], encryption_header,
        fixed_values_for_test_vectors,
    )
    data = (compact_jwe + "\n").encode(FILE_ENCODING)
    if len(data) > MAX_FILE_BYTES:
        raise SealingError(
            tr("the sealed file would be {size} bytes, over the {limit}-byte limit "
               "every receiver enforces; shorten the notice").format(size=f"{len(data):,}", limit=f"{MAX_FILE_BYTES:,}")
        )
    return data


def _encrypt_to_x25519(
    plaintext: bytes, recipient_x: str, header: Mapping[str, Any], fixed: FixedSealingValuesForTestVectors | None
) -> str:
    """JWE compact serialization, ECDH-ES+A256KW with A256GCM (RFC 7518 4.6 and 5.3, docs/format.md 5.2).

    Written here rather than by jwcrypto because jwcrypto draws the ephemeral key, content key
    and IV itself, and the test vectors need them fixed; every file is still opened by jwcrypto
    (and by Node's jose in the interoperability tests). The protected header is compact JSON
    with its members, and the epk's, in name order."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash
    from cryptography.hazmat.primitives.keywrap import aes_key_wrap

    if fixed is None:
        ephemeral = X25519PrivateKey.generate()
        content_key, iv = os.urandom(32), os.urandom(12)
    else:
        ephemeral = X25519PrivateKey.from_private_bytes(fixed.ephemeral_private_key)
        content_key, iv = fixed.content_encryption_key, fixed.iv
    epk = {"kty": "OKP", "crv": ENCRYPTION_CURVE, "x": base64url_encode(ephemeral.public_key().public_bytes_raw())}
    protected_json = json.dumps(dict(header) | {"epk": epk}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    protected = base64url_encode(protected_json.encode("utf-8"))
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(base64url_decode(recipient_x)))
    except ValueError as error:  # a low-order recipient key gives an all-zero secret, which cryptography refuses
        raise SealingError(tr("the recipient's encryption key cannot be used: {error}").format(error=error)) from error

    def counted(data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + data

    # Concat KDF: AlgorithmID, empty PartyUInfo and PartyVInfo (no apu/apv), keydatalen 256 bits.
    other_info = counted(KEY_MANAGEMENT_ALGORITHM.encode("ascii")) + counted(b"") + counted(b"")
    other_info += (256).to_bytes(4, "big")
    wrapping_key = ConcatKDFHash(algorithm=hashes.SHA256(), length=32, otherinfo=other_info).derive(shared)
    sealed = AESGCM(content_key).encrypt(iv, plaintext, protected.encode("ascii"))
    return ".".join((
        protected,
        base64url_encode(aes_key_wrap(wrapping_key, content_key)),
        base64url_encode(iv),
        base64url_encode(sealed[:-16]),
        base64url_encode(sealed[-16:]),
    ))


def _check_notice_for_sealing(notice: Mapping[str, Any], sender_id: str, recipient_id: str) -> None:
    # A file that the counterpart would reject must not be produced at all.
    if not is_station_id(sender_id) or not is_station_id(recipient_id):
        raise SealingError(tr("sender and recipient must be valid station ids"))
    if sender_id == recipient_id:
        raise SealingError(tr("a station cannot seal a notice to itself"))
    if not isinstance(notice, Mapping):
        raise SealingError(tr("the notice must be a JSON object"))
    for name in ("format_version", "message_id", "sequence", "sender", "recipient"):
        if name not in notice:
            raise SealingError(tr("the notice has no {field}").format(field=repr(name)))
    if not _same(notice["format_version"], FORMAT_VERSION):
        raise SealingError(tr("this writer produces format version {version} only").format(version=FORMAT_VERSION))
    if not _same(notice["sender"], sender_id):
        raise SealingError(
            tr("the notice's sender {sender} is not the sealing station {station}").format(
                sender=repr(notice["sender"]), station=repr(sender_id)
            )
        )
    if not _same(notice["recipient"], recipient_id):
        raise SealingError(
            tr("the notice's recipient {recipient} is not the key card's station {station}").format(
                recipient=repr(notice["recipient"]), station=repr(recipient_id)
            )
        )
    if not is_message_id(notice["message_id"]):
        raise SealingError(tr("message_id must be a lower-case canonical UUID"))
    if not is_sequence_number(notice["sequence"]):
        raise SealingError(tr("sequence must be a whole number from 1 to {largest}").format(largest=MAX_SEQUENCE))


# --------------------------------------------------------------------------
# Opening


def peek(data: bytes) -> OuterHeader:
    """Run the checks that need no key and return the routing header."""
    parts = _split_jwe(data)
    header = _check_jwe_header(parts[0])
    return OuterHeader(
        sender=header[SENDER_HEADER],
        message_id=header[MESSAGE_ID_HEADER],
        recipient_key_thumbprint=header["kid"],
    )


def open_sealed(
    data: bytes,
    my_station_id: str,
    my_keys: Sequence[StationKeys],
    sender_lookup: SenderLookup,
    peeked: OuterHeader | None = None,
) -> OpenedNotice:
    """Decrypt, verify and check a sealed file addressed to my_station_id.

    my_keys: all of our key generations still accepted (current first).
    peeked: what peek(data) returned, if the caller has run it already (the checks it
    stands for are not run twice).
    Raises RejectedFile on the first failed check, in the order of
    docs/format.md "Receiver checks"."""
    outer = peek(data) if peeked is None else peeked

    decryption_keys = [keys for keys in my_keys if keys.encryption_key_thumbprint == outer.recipient_key_thumbprint]
    if not decryption_keys:
        raise RejectedFile(
            "wrong_recipient",
            QT_TRANSLATE_NOOP("RejectedFile", "the file is encrypted to key {key}, which is none of this station's "
                                              "encryption keys (current or previous); it is meant for another "
                                              "station, or for a key generation this station no longer holds"),
            key=outer.recipient_key_thumbprint,
        )
    sender_keys = sender_lookup(outer.sender)
    if not sender_keys:
        raise RejectedFile(
            "unknown_sender",
            QT_TRANSLATE_NOOP("RejectedFile", "the file says it comes from {sender}, a station with no key card on "
                                              "record"),
            sender=repr(outer.sender),
        )

    inner_jws = _decrypt(data, decryption_keys[0])
    signature_header = _check_jws_structure_and_header(inner_jws)
    signed_payload = _verify_signature(inner_jws, signature_header["kid"], outer.sender, sender_keys)
    claims = _parse_claims(signed_payload)
    _check_claims(claims, outer, my_station_id)

    return OpenedNotice(
        notice=claims["notice"],
        sender=claims["iss"],
        recipient=claims["aud"],
        message_id=claims["jti"],
        sequence=claims["seq"],
        issued_at=datetime.fromtimestamp(claims["iat"], UTC),
        sha256=sha256_hex(data),
        signing_key_thumbprint=signature_header["kid"],
        recipient_key_thumbprint=outer.recipient_key_thumbprint,
    )


def _split_jwe(data: bytes) -> list[str]:
    # Size first: nothing else may look at an oversize file.
    if len(data) > MAX_FILE_BYTES:
        raise RejectedFile(
            "oversize",
            QT_TRANSLATE_NOOP("RejectedFile", "the file is {size} bytes; the limit is {limit} bytes (1 MiB)"),
            size=f"{len(data):,}", limit=f"{MAX_FILE_BYTES:,}",
        )
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as error:
        raise RejectedFile(
            "not_ascii",
            QT_TRANSLATE_NOOP("RejectedFile", "the file contains a non-ASCII byte ({byte} at offset {offset})"),
            byte=f"0x{data[error.start]:02x}", offset=error.start,
        ) from error
    body = text[:-1] if text.endswith("\n") else text
    token_length = _TOKEN_PREFIX.match(body).end()
    parts = body[:token_length].split(".")
    if token_length < len(body):
        if len(parts) == 5:
            raise RejectedFile(
                "trailing_data",
                QT_TRANSLATE_NOOP("RejectedFile", "the file has data after the sealed notice (at offset {offset}); "
                                                  "only a single line feed may follow it"),
                offset=token_length,
            )
        raise RejectedFile(
            "not_jwe",
            QT_TRANSLATE_NOOP("RejectedFile", "the file is not a sealed notice: unexpected character at offset "
                                              "{offset}"),
            offset=token_length,
        )
    if len(parts) != 5:
        raise RejectedFile(
            "not_jwe",
            QT_TRANSLATE_NOOP("RejectedFile", "the file is not a sealed notice: a JWE compact serialization has 5 "
                                              "parts, this has {count}"),
            count=len(parts),
        )
    part_names = ("protected header", "encrypted key", "initialization vector", "ciphertext", "authentication tag")
    for part, part_name in zip(parts, part_names):
        try:
            decoded = base64url_decode(part)
        except ValueError:
            raise RejectedFile(
                "not_jwe",
                QT_TRANSLATE_NOOP("RejectedFile", "the JWE {part} is not valid base64url"),
                part=part_name,
            ) from None
        # The encrypted key is legitimately empty under some algorithms; the
        # algorithm check names those files better than "empty part" would.
        if not decoded and part_name != "encrypted key":
            raise RejectedFile("not_jwe", QT_TRANSLATE_NOOP("RejectedFile", "the JWE {part} is empty"), part=part_name)
    return parts


def _decode_protected_header(segment: str, layer: str, code: str) -> dict[str, Any]:
    try:
        header = strict_json_loads(base64url_decode(segment))
    except ValueError as error:
        raise RejectedFile(
            code,
            QT_TRANSLATE_NOOP("RejectedFile", "the {layer} protected header is not valid JSON: {error}"),
            layer=layer, error=error,
        ) from error
    if not isinstance(header, dict):
        raise RejectedFile(
            code,
            QT_TRANSLATE_NOOP("RejectedFile", "the {layer} protected header is not a JSON object"),
            layer=layer,
        )
    return header


def _check_jwe_header(segment: str) -> dict[str, Any]:
    header = _decode_protected_header(segment, "JWE", "bad_jwe_header")
    if not _same(header.get("alg"), KEY_MANAGEMENT_ALGORITHM):
        raise RejectedFile(
            "disallowed_algorithm",
            QT_TRANSLATE_NOOP("RejectedFile", "key management algorithm {found} is not allowed; only {allowed}"),
            found=repr(header.get("alg")), allowed=KEY_MANAGEMENT_ALGORITHM,
        )
    if not _same(header.get("enc"), CONTENT_ENCRYPTION_ALGORITHM):
        raise RejectedFile(
            "disallowed_algorithm",
            QT_TRANSLATE_NOOP("RejectedFile", "content encryption {found} is not allowed; only {allowed}"),
            found=repr(header.get("enc")), allowed=CONTENT_ENCRYPTION_ALGORITHM,
        )
    if "zip" in header:
        raise RejectedFile(
            "disallowed_algorithm",
            QT_TRANSLATE_NOOP("RejectedFile", "compressed content ('zip' header) is not allowed"),
        )
    if "crit" in header:
        # Version 1 defines no extensions, so every critical one is unknown.
        raise RejectedFile(
            "unknown_critical_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWE header marks {names} as critical extensions, which this "
                                              "version does not know"),
            names=repr(header["crit"]),
        )
    if not isinstance(header.get("kid"), str) or not header["kid"]:
        raise RejectedFile(
            "bad_jwe_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWE header has no key id ('kid') naming the recipient's key"),
        )
    if not _same(header.get("cty"), NOTICE_MEDIA_TYPE):
        raise RejectedFile(
            "bad_jwe_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWE content type ('cty') is {found}, not {expected}"),
            found=repr(header.get("cty")), expected=repr(NOTICE_MEDIA_TYPE),
        )
    if not is_station_id(header.get(SENDER_HEADER)):
        raise RejectedFile(
            "bad_jwe_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWE header '{header}' is missing or not a station id"),
            header=SENDER_HEADER,
        )
    if not is_message_id(header.get(MESSAGE_ID_HEADER)):
        raise RejectedFile(
            "bad_jwe_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWE header '{header}' is missing or not a message id"),
            header=MESSAGE_ID_HEADER,
        )
    epk = header.get("epk")
    if not isinstance(epk, dict) or epk.get("kty") != "OKP" or epk.get("crv") != ENCRYPTION_CURVE:
        raise RejectedFile(
            "bad_jwe_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWE ephemeral key ('epk') is missing or not an {curve} key"),
            curve=ENCRYPTION_CURVE,
        )
    # A padded or non-canonical 'x' decodes to the same key in lenient libraries (jwcrypto
    # among them): refused here, as docs/format.md section 2 says of every base64url value.
    if not _is_canonical_key(epk.get("x")):
        raise RejectedFile(
            "bad_jwe_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWE ephemeral key's 'x' is not 32 bytes in unpadded canonical "
                                              "base64url"),
        )
    return header


def _is_canonical_key(x: object) -> bool:
    try:
        return isinstance(x, str) and len(base64url_decode(x)) == 32
    except ValueError:
        return False


@lru_cache(maxsize=1)
def _blank_jwe() -> Any:
    from jwcrypto import jwe

    blank = jwe.JWE()
    # Second line of defence: the library refuses anything but our pair too.
    blank.allowed_algs = [KEY_MANAGEMENT_ALGORITHM, CONTENT_ENCRYPTION_ALGORITHM]
    return blank


@lru_cache(maxsize=1)
def _blank_jws() -> Any:
    from jwcrypto import jws

    blank = jws.JWS()
    blank.allowed_algs = [SIGNATURE_ALGORITHM]
    return blank


def _fresh(blank: Any) -> Any:
    """A new jwcrypto object as the blank one was made: a shallow copy.

    jwcrypto deep-copies its whole header registry into every JWE and JWS it makes (0.13 ms
    each, a tenth of importing a file). The copies share the blank's registry and allowed
    algorithms, which nothing changes (we add no headers to the registry); deserialize()
    gives each copy its own parts, payload and logs, and the blank is never deserialized.
    """
    return copy.copy(blank)


def _decrypt(data: bytes, keys: StationKeys) -> bytes:
    encrypted = _fresh(_blank_jwe())
    try:
        encrypted.deserialize(data.decode(FILE_ENCODING).rstrip("\n"))
        encrypted.decrypt(keys.encryption_jwk(), max_plaintext=MAX_FILE_BYTES)
        plaintext = encrypted.payload
    except Exception as error:  # noqa: BLE001 - any library failure means the same to the operator
        raise RejectedFile(
            "decrypt_failed",
            QT_TRANSLATE_NOOP("RejectedFile", "the file could not be decrypted with this station's key: it was "
                                              "damaged or altered in transfer, or not made for this key ({error})"),
            error=type(error).__name__,
        ) from error
    if not isinstance(plaintext, bytes):
        raise RejectedFile("decrypt_failed", QT_TRANSLATE_NOOP("RejectedFile", "decryption produced no content"))
    return plaintext


def _check_jws_structure_and_header(inner: bytes) -> dict[str, Any]:
    try:
        text = inner.decode("ascii")
    except UnicodeDecodeError:
        raise RejectedFile(
            "not_jws",
            QT_TRANSLATE_NOOP("RejectedFile", "the decrypted content is not a signed notice (non-ASCII)"),
        ) from None
    parts = text.split(".")
    if len(parts) != 3 or _TOKEN_PREFIX.match(text).end() != len(text):
        raise RejectedFile(
            "not_jws",
            QT_TRANSLATE_NOOP("RejectedFile", "the decrypted content is not a JWS compact serialization (3 base64url "
                                              "parts joined by dots)"),
        )
    for part, part_name in zip(parts, ("protected header", "payload", "signature")):
        try:
            decoded = base64url_decode(part)
        except ValueError:
            raise RejectedFile(
                "not_jws",
                QT_TRANSLATE_NOOP("RejectedFile", "the JWS {part} is not valid base64url"),
                part=part_name,
            ) from None
        # An empty signature ("alg":"none") is for the algorithm check to name.
        if not decoded and part_name != "signature":
            raise RejectedFile("not_jws", QT_TRANSLATE_NOOP("RejectedFile", "the JWS {part} is empty"), part=part_name)

    header = _decode_protected_header(parts[0], "JWS", "bad_jws_header")
    if not _same(header.get("alg"), SIGNATURE_ALGORITHM):
        raise RejectedFile(
            "disallowed_algorithm",
            QT_TRANSLATE_NOOP("RejectedFile", "signature algorithm {found} is not allowed; only {allowed} (Ed25519)"),
            found=repr(header.get("alg")), allowed=SIGNATURE_ALGORITHM,
        )
    if "crit" in header:
        raise RejectedFile(
            "unknown_critical_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWS header marks {names} as critical extensions, which this "
                                              "version does not know"),
            names=repr(header["crit"]),
        )
    if "b64" in header:
        raise RejectedFile(
            "bad_jws_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWS header carries 'b64'; unencoded payloads are not allowed"),
        )
    if not _same(header.get("typ"), NOTICE_MEDIA_TYPE):
        raise RejectedFile(
            "bad_jws_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWS type ('typ') is {found}, not {expected}"),
            found=repr(header.get("typ")), expected=repr(NOTICE_MEDIA_TYPE),
        )
    if not isinstance(header.get("kid"), str) or not header["kid"]:
        raise RejectedFile(
            "bad_jws_header",
            QT_TRANSLATE_NOOP("RejectedFile", "the JWS header has no key id ('kid') naming the signing key"),
        )
    return header


def _verify_signature(inner: bytes, key_id: str, sender: str, sender_keys: Sequence[PublicJwk]) -> bytes:
    """Verify with the sender's key named by the JWS kid; return the payload."""
    matching = [
        key
        for key in sender_keys
        if key.get("kty") == "OKP" and key.get("crv") == SIGNING_CURVE and isinstance(key.get("x"), str)
        if jwk_thumbprint(key) == key_id
    ]
    if not matching:
        raise RejectedFile(
            "bad_signature",
            QT_TRANSLATE_NOOP("RejectedFile", "the notice is signed with key {key}, which is not a signing key on "
                                              "record for {sender}"),
            key=key_id, sender=repr(sender),
        )
    signed = _fresh(_blank_jws())
    public = matching[0]
    try:
        signed.deserialize(
            inner.decode("ascii"), key=_signing_public_key(public["x"]), alg=SIGNATURE_ALGORITHM
        )
    except Exception as error:  # noqa: BLE001 - any verification failure is a bad signature
        raise RejectedFile(
            "bad_signature",
            QT_TRANSLATE_NOOP("RejectedFile", "the signature does not verify with {sender}'s signing key {key}; the "
                                              "notice was altered or forged"),
            sender=repr(sender), key=key_id,
        ) from error
    return bytes(signed.payload)


@lru_cache(maxsize=64)
def _signing_public_key(x: str) -> jwk.JWK:
    """A counterpart's signing key as jwcrypto wants it, made once per key rather than once per file."""
    from jwcrypto import jwk

    return jwk.JWK(kty="OKP", crv=SIGNING_CURVE, x=x)


def _parse_claims(payload: bytes) -> dict[str, Any]:
    try:
        claims = strict_json_loads(payload)
    except ValueError as error:
        raise RejectedFile(
            "not_json",
            QT_TRANSLATE_NOOP("RejectedFile", "the signed content is not valid JSON: {error}"),
            error=error,
        ) from error
    if not isinstance(claims, dict):
        raise RejectedFile("not_json", QT_TRANSLATE_NOOP("RejectedFile", "the signed content is not a JSON object"))
    if "wdv" not in claims:
        raise RejectedFile(
            "missing_field",
            QT_TRANSLATE_NOOP("RejectedFile", "the signed content has no format version ('wdv')"),
        )
    if not _same(claims["wdv"], FORMAT_VERSION):
        raise RejectedFile(
            "unknown_version",
            QT_TRANSLATE_NOOP("RejectedFile", "format version {found} is not supported; this console reads version "
                                              "{version}"),
            found=repr(claims["wdv"]), version=FORMAT_VERSION,
        )
    for name in CLAIMS:
        if name not in claims:
            raise RejectedFile(
                "missing_field",
                QT_TRANSLATE_NOOP("RejectedFile", "the signed content has no {claim} claim"),
                claim=repr(name),
            )
    if not is_station_id(claims["iss"]):
        raise RejectedFile("bad_field", QT_TRANSLATE_NOOP("RejectedFile", "the 'iss' claim is not a station id"))
    if not is_station_id(claims["aud"]):
        raise RejectedFile("bad_field", QT_TRANSLATE_NOOP("RejectedFile", "the 'aud' claim is not a single station id"))
    if not is_message_id(claims["jti"]):
        raise RejectedFile(
            "bad_field",
            QT_TRANSLATE_NOOP("RejectedFile", "the 'jti' claim is not a lower-case canonical UUID"),
        )
    if not is_sequence_number(claims["seq"]):
        raise RejectedFile(
            "bad_field",
            QT_TRANSLATE_NOOP("RejectedFile", "the 'seq' claim is not a whole number from 1 to {largest}"),
            largest=MAX_SEQUENCE,
        )
    iat = claims["iat"]
    if not isinstance(iat, int) or isinstance(iat, bool) or not 0 <= iat <= MAX_ISSUED_AT:
        raise RejectedFile(
            "bad_field",
            QT_TRANSLATE_NOOP("RejectedFile", "the 'iat' claim is not a whole number of seconds since 1970 UTC"),
        )
    if not isinstance(claims["notice"], dict):
        raise RejectedFile("bad_field", QT_TRANSLATE_NOOP("RejectedFile", "the 'notice' claim is not a JSON object"))
    return claims


def _check_claims(claims: dict[str, Any], outer: OuterHeader, my_station_id: str) -> None:
    if claims["iss"] != outer.sender:
        raise RejectedFile(
            "sender_mismatch",
            QT_TRANSLATE_NOOP("RejectedFile", "the signed sender {signed} differs from the sender {outside} on the "
                                              "outside of the file"),
            signed=repr(claims["iss"]), outside=repr(outer.sender),
        )
    if claims["aud"] != my_station_id:
        raise RejectedFile(
            "forwarded",
            QT_TRANSLATE_NOOP("RejectedFile", "the notice was addressed to {addressee}, not to this station "
                                              "{station}; it was passed on by another party"),
            addressee=repr(claims["aud"]), station=repr(my_station_id),
        )
    if claims["jti"] != outer.message_id:
        raise RejectedFile(
            "claims_mismatch",
            QT_TRANSLATE_NOOP("RejectedFile", "the signed message id {signed} differs from {outside} on the outside "
                                              "of the file"),
            signed=claims["jti"], outside=outer.message_id,
        )
    notice = claims["notice"]
    expected = {
        "format_version": ("wdv", claims["wdv"]),
        "sender": ("iss", claims["iss"]),
        "recipient": ("aud", claims["aud"]),
        "message_id": ("jti", claims["jti"]),
        "sequence": ("seq", claims["seq"]),
    }
    for field_name in expected:
        if field_name not in notice:
            raise RejectedFile(
                "missing_field",
                QT_TRANSLATE_NOOP("RejectedFile", "the notice has no {field} field"),
                field=repr(field_name),
            )
    for field_name, (claim_name, claim_value) in expected.items():
        if not _same(notice[field_name], claim_value):
            raise RejectedFile(
                "claims_mismatch",
                QT_TRANSLATE_NOOP("RejectedFile", "the notice's {field} {value} differs from the signed {claim} "
                                                  "{claim_value}"),
                field=field_name, value=repr(notice[field_name]), claim=repr(claim_name), claim_value=repr(claim_value),
            )


def _same(value: object, expected: object) -> bool:
    # Type-strict: JSON true must not equal 1, nor 1.0 equal 1.
    return type(value) is type(expected) and value == expected
