"""Small, strict parsers shared by the sealing layer: station ids, message ids,
UTC timestamps, base64url and JSON without the lenient corners of the stdlib."""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import UTC, datetime
from typing import Any

STATION_ID_PATTERN = r"^[A-Z0-9][A-Z0-9-]{1,31}$"
MESSAGE_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
RFC3339_UTC_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"

# The file name carries the sequence as 8 digits, which caps the sequence.
MAX_SEQUENCE = 99_999_999

_STATION_ID = re.compile(STATION_ID_PATTERN)
_MESSAGE_ID = re.compile(MESSAGE_ID_PATTERN)
_RFC3339_UTC = re.compile(RFC3339_UTC_PATTERN)
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]*$")


def is_station_id(value: object) -> bool:
    # fullmatch: "$" alone would also accept a trailing newline.
    return isinstance(value, str) and _STATION_ID.fullmatch(value) is not None


def is_message_id(value: object) -> bool:
    return isinstance(value, str) and _MESSAGE_ID.fullmatch(value) is not None


def is_sequence_number(value: object) -> bool:
    # bool is an int subclass; True must not pass as sequence 1.
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_SEQUENCE


def format_rfc3339_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a timestamp must carry a time zone; naive datetimes are ambiguous")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_rfc3339_utc(text: object) -> datetime:
    """Parse "YYYY-MM-DDTHH:MM:SSZ" (UTC, whole seconds) and nothing looser."""
    if not isinstance(text, str) or _RFC3339_UTC.fullmatch(text) is None:
        raise ValueError(f"{text!r} is not an RFC 3339 UTC time like 2026-11-28T12:00:00Z")
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a real calendar time") from error


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
    if base64url_encode(decoded) != text:
        raise ValueError("not canonical base64url (unused bits set in the last character)")
    return decoded


def _refuse_duplicate_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two readers could otherwise disagree on which duplicate wins.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"member {key!r} appears twice")
        result[key] = value
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
