"""Names of sealed files in the exchange folders (docs/format.md, "File naming").

The name is a convenience for people and routing; every decision is taken
from the authenticated contents, never from the name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fields import MAX_SEQUENCE, is_message_id, is_sequence_number, is_station_id

SEALED_FILE_SUFFIX = ".wdn"
QUARANTINE_REASON_SUFFIX = ".reason.txt"

_SEALED_FILE_NAME = re.compile(
    r"(?P<sender>[A-Z0-9][A-Z0-9-]{1,31})_(?P<recipient>[A-Z0-9][A-Z0-9-]{1,31})_(?P<sequence>[0-9]{8})_"
    r"(?P<message_id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.wdn"
)


@dataclass(frozen=True)
class SealedFileName:
    sender: str
    recipient: str
    sequence: int
    message_id: str

    def __str__(self) -> str:
        return f"{self.sender}_{self.recipient}_{self.sequence:08d}_{self.message_id}{SEALED_FILE_SUFFIX}"


def sealed_file_name(sender: str, recipient: str, sequence: int, message_id: str) -> str:
    """`<SENDER>_<RECIPIENT>_<seq as 8 digits>_<message_id>.wdn`."""
    if not is_station_id(sender) or not is_station_id(recipient):
        raise ValueError("sender and recipient must be station ids")
    if not is_sequence_number(sequence):
        raise ValueError(f"sequence must be a whole number from 1 to {MAX_SEQUENCE}")
    if not is_message_id(message_id):
        raise ValueError("message_id must be a lower-case canonical UUID")
    return str(SealedFileName(sender, recipient, sequence, message_id))


def parse_sealed_file_name(name: str) -> SealedFileName | None:
    """The parts of a sealed file's name, or None for any other name
    (temporary files, reason files, stray files)."""
    match = _SEALED_FILE_NAME.fullmatch(name)
    if match is None or int(match["sequence"]) == 0:
        return None
    return SealedFileName(match["sender"], match["recipient"], int(match["sequence"]), match["message_id"])


def quarantine_reason_name(sealed_name: str) -> str:
    """`NAME.reason.txt`, kept beside a quarantined file."""
    return sealed_name + QUARANTINE_REASON_SUFFIX
