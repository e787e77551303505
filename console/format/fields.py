"""Small, strict parsers shared by the sealing layer: station ids, message ids,
base64url and JSON without the lenient corners of the stdlib (UTC timestamps are
read and written by console/domain/times.py, the one place for times)."""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

STATION_ID_PATTERN = r"^[A-Z0-9][A-Z0-9-]{1,31}$"
MESSAGE_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"

# The file name carries the sequence as 8 digits, which caps the sequence.
MAX_SEQUENCE = 99_999_999

_STATION_ID = re.compile(STATION_ID_PATTERN)
_MESSAGE_ID = re.compile(MESSAGE_ID_PATTERN)
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]*$")
_BASE64URL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
# Text of length 4n + 2 (4n + 3) ends in a character whose low 4 (2) bits are unused.
_UNUSED_BITS = {2: 0b1111, 3: 0b11}


def is_station_id(value: object) -> bool:
    # fullmatch: "$" alone would also accept a trailing newline.
    return isinstance(value, str) and _STATION_ID.fullmatch(value) is not None


def is_message_id(value: object) -> bool:
    return isinstance(value, str) and _MESSAGE_ID.fullmatch(value) is not None


def is_sequence_number(value: object) -> bool:
    # bool is an int subclass; True must not pass as sequence 1.
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_SEQUENCE


def base64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def base64url_decode(text: str) -> bytes:
    """Decode unpadded base64url, rejecting padding, other alphabets and
    impossible lengths (JOSE forbids padding, RFC 7515 section 2)."""
    if _BASE64URL.fullmatch(text) is None or len(text) % 4 == 1:
        raise ValueError("not unpadded base64url")
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as error:
        raise ValueError("not unpadded base64url") from error
    # The last character may carry unused bits; set, they spell the same bytes in another
    # way, so a file altered there would open as the same notice under a different SHA-256.
    # (Looked at directly: encoding the whole part again to compare cost as much as decoding it.)
    unused = _UNUSED_BITS.get(len(text) % 4)
    if unused is not None and _BASE64URL_ALPHABET.index(text[-1]) & unused:
        raise ValueError("not canonical base64url (unused bits set in the last character)")
    return decoded


def _refuse_duplicate_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two readers could otherwise disagree on which duplicate wins.
    result = dict(pairs)
    if len(result) != len(pairs):
        # Rare: find the first repeated member to name it (the common case stays in C).
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"member {key!r} appears twice")
            seen.add(key)
    return result


def _refuse_non_finite(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def strict_json_loads(data: bytes | str) -> Any:
    """json.loads without duplicate members, NaN or Infinity; bytes must be UTF-8.
    Raises ValueError with a readable reason."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValueError(f"not UTF-8 ({error.reason} at byte {error.start})") from error
    else:
        text = data
    try:
        return json.loads(
            text,
            object_pairs_hook=_refuse_duplicate_members,
            parse_constant=_refuse_non_finite,
        )
    except json.JSONDecodeError as error:
        raise ValueError(f"{error.msg} at line {error.lineno} column {error.colno}") from error
    except RecursionError as error:
        raise ValueError("nested too deeply") from error


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
