"""Sealing layer: notice files as signed-then-encrypted JOSE objects
(format version 1, specified in docs/format.md). Pure Python, no Qt."""

from .envelope import (
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    OpenedNotice,
    OuterHeader,
    SenderLookup,
    open_sealed,
    peek,
    seal,
    sha256_hex,
)
from .errors import REJECTION_CODES, KeyCardError, RejectedFile, SealingError, StationKeysError
from .fingerprint import card_fingerprint, safety_number
from .keycard import KeyCard
from .keys import StationKeys, jwk_thumbprint
from .naming import (
    QUARANTINE_REASON_SUFFIX,
    SEALED_FILE_SUFFIX,
    SealedFileName,
    parse_sealed_file_name,
    quarantine_reason_name,
    sealed_file_name,
)

__all__ = [
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "QUARANTINE_REASON_SUFFIX",
    "REJECTION_CODES",
    "SEALED_FILE_SUFFIX",
    "KeyCard",
    "KeyCardError",
    "OpenedNotice",
    "OuterHeader",
    "RejectedFile",
    "SealedFileName",
    "SealingError",
    "SenderLookup",
    "StationKeys",
    "StationKeysError",
    "card_fingerprint",
    "jwk_thumbprint",
    "open_sealed",
    "parse_sealed_file_name",
    "peek",
    "quarantine_reason_name",
    "safety_number",
    "seal",
    "sealed_file_name",
    "sha256_hex",
]
