"""File names in the exchange folders: `<SENDER>_<RECIPIENT>_<seq>_<message_id>.wdn`."""

from __future__ import annotations

import pytest

from console.format import SealedFileName, parse_sealed_file_name, quarantine_reason_name, sealed_file_name

MESSAGE_ID = "0b6f3c2e-5d1a-4c8e-9f00-1234567890ab"


def test_name_carries_sender_recipient_eight_digit_sequence_and_message_id() -> None:
    name = sealed_file_name("US-NRRC", "RU-NRRC", 42, MESSAGE_ID)

    assert name == f"US-NRRC_RU-NRRC_00000042_{MESSAGE_ID}.wdn"
    assert parse_sealed_file_name(name) == SealedFileName("US-NRRC", "RU-NRRC", 42, MESSAGE_ID)


def test_names_sort_by_sequence_within_a_channel() -> None:
    names = [sealed_file_name("A1", "B2", sequence, MESSAGE_ID) for sequence in (10, 9, 100, 1)]

    parsed = [parse_sealed_file_name(name) for name in sorted(names)]
    assert [entry.sequence for entry in parsed if entry is not None] == [1, 9, 10, 100]


@pytest.mark.parametrize(
    "name",
    [
        f".US-NRRC_RU-NRRC_00000042_{MESSAGE_ID}.wdn.tmp",  # a file still being written
        f"US-NRRC_RU-NRRC_00000042_{MESSAGE_ID}.wdn.reason.txt",
        f"US-NRRC_RU-NRRC_42_{MESSAGE_ID}.wdn",
        f"US-NRRC_RU-NRRC_00000000_{MESSAGE_ID}.wdn",
        f"us-nrrc_RU-NRRC_00000042_{MESSAGE_ID}.wdn",
        f"US-NRRC_RU-NRRC_00000042_{MESSAGE_ID.upper()}.wdn",
        f"US-NRRC_RU-NRRC_00000042_{MESSAGE_ID}.WDN",
        "notes.txt",
    ],
)
def test_other_names_are_not_sealed_files(name: str) -> None:
    assert parse_sealed_file_name(name) is None


@pytest.mark.parametrize(
    ("sender", "recipient", "sequence", "message_id"),
    [
        ("us", "RU-NRRC", 1, MESSAGE_ID),
        ("US-NRRC", "RU_NRRC", 1, MESSAGE_ID),
        ("US-NRRC", "RU-NRRC", 0, MESSAGE_ID),
        ("US-NRRC", "RU-NRRC", 100_000_000, MESSAGE_ID),
        ("US-NRRC", "RU-NRRC", 1, "not-a-uuid"),
    ],
)
def test_name_is_refused_for_values_a_notice_cannot_have(
    sender: str, recipient: str, sequence: int, message_id: str
) -> None:
    with pytest.raises(ValueError):
        sealed_file_name(sender, recipient, sequence, message_id)


def test_quarantine_reason_file_sits_beside_the_file() -> None:
    name = sealed_file_name("US-NRRC", "RU-NRRC", 7, MESSAGE_ID)

    assert quarantine_reason_name(name) == name + ".reason.txt"
