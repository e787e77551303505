"""The store key in a form a person can type back from paper.

The 32-byte key is written in RFC 4648 base32 (52 characters), cut into 13
groups of 4, and each group is followed by one check character, so a typo is
caught in the group where it was made: `ABCD-E FGHI-J ...`. The check character
is Luhn mod 32 over the group number and the group, which catches every
single mistyped character (and most swaps of neighbours).
"""

from __future__ import annotations

import base64
import re

from console.errors import WatchdeskError
from console.i18n import tr

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
GROUP_SIZE = 4
GROUPS = 13
# Characters people confuse with base32 digits when reading paper.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


class RecoveryCodeError(WatchdeskError, ValueError):
    """The typed recovery code cannot be read; the message says where."""


def _check_char(group_number: int, group: str) -> str:
    """Luhn mod N with N = 32: any one wrong character changes the check digit."""
    digits = [group_number % 32] + [ALPHABET.index(c) for c in group]
    total, factor = 0, 2
    for digit in reversed(digits):
        addend = factor * digit
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]


def key_to_code(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the store key must be 32 bytes")
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    groups = [text[i : i + GROUP_SIZE] for i in range(0, len(text), GROUP_SIZE)]
    return " ".join(f"{g}-{_check_char(n, g)}" for n, g in enumerate(groups, start=1))


def code_to_key(code: str) -> bytes:
    """Read a typed code back; spaces, dashes and case do not matter."""
    cleaned = re.sub(r"[\s\-]", "", code.upper()).translate(_LOOKALIKES)
    bad = sorted({c for c in cleaned if c not in ALPHABET})
    if bad:
        raise RecoveryCodeError(
            tr("the code contains characters that are not on the sheet: {characters}").format(characters=" ".join(bad))
        )
    expected = GROUPS * (GROUP_SIZE + 1)
    if len(cleaned) != expected:
        raise RecoveryCodeError(
            tr("the code has {count} characters; a recovery code has {groups} groups of "
               "{size} plus a check character ({expected} in all)").format(
                count=len(cleaned), groups=GROUPS, size=GROUP_SIZE, expected=expected)
        )
    text = ""
    for n in range(GROUPS):
        chunk = cleaned[n * (GROUP_SIZE + 1) : (n + 1) * (GROUP_SIZE + 1)]
        group, check = chunk[:GROUP_SIZE], chunk[GROUP_SIZE]
        if _check_char(n + 1, group) != check:
            raise RecoveryCodeError(
                tr("group {number} ({group}) has a typo: its check character does not match").format(
                    number=n + 1, group=f"{group}-{check}")
            )
        text += group
    try:
        key = base64.b32decode(text + "====")
    except ValueError as exc:
        raise RecoveryCodeError(tr("the code does not decode to a key ({error})").format(error=exc)) from exc
    if len(key) != 32:
        raise RecoveryCodeError(tr("the code does not decode to a 256-bit key"))
    return key
