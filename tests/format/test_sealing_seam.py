"""The sealer's test-vector seam (docs/format.md section 17): fixed values give the same file
every time, and nothing but the test kit can use them; fresh values every time otherwise."""

from __future__ import annotations

import ast
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.format import KeyCard, RejectedFile, SealingError, StationKeys, open_sealed, peek, seal
from console.format.envelope import TEST_VECTOR_ENCRYPTION_KEYS, FixedSealingValuesForTestVectors
from console.format.fields import base64url_decode, base64url_encode

REPOSITORY = Path(__file__).resolve().parents[2]
CREATED = datetime(2026, 1, 1, tzinfo=UTC)
ISSUED_AT = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
FIXED = FixedSealingValuesForTestVectors(b"\x11" * 32, b"\x22" * 32, b"\x33" * 12)
SPEC = (REPOSITORY / "docs" / "format.md").read_text(encoding="utf-8")


def launch_notification(sequence: int = 12) -> dict:
    """The launch notification docs/format.md shows, from USA-NRRC to RUS-NRRC."""
    match = re.search(r"<!-- example: launch_notification -->\s*```json\n(.*?)```", SPEC, re.DOTALL)
    assert match
    return json.loads(match.group(1)) | {"sequence": sequence}


def _station(station_id: str, first_seed_byte: int) -> tuple[StationKeys, KeyCard]:
    keys = StationKeys.from_seeds(bytes(range(first_seed_byte, first_seed_byte + 32)),
                                  bytes(range(first_seed_byte + 32, first_seed_byte + 64)), CREATED)
    return keys, KeyCard.for_station(station_id, station_id, keys, CREATED)


USA_KEYS, USA_CARD = _station("USA-NRRC", 0x00)
RUS_KEYS, RUS_CARD = _station("RUS-NRRC", 0x40)


def _open(data: bytes):
    return open_sealed(data, "RUS-NRRC", [RUS_KEYS], lambda station: [USA_CARD.signing_key])


def _epk(data: bytes) -> dict:
    header = json.loads(base64url_decode(data.decode("ascii").split(".")[0]))
    return header["epk"]


def test_fixed_values_make_the_same_file_every_time_and_it_opens() -> None:
    notice = launch_notification(7)
    first = seal(notice, USA_KEYS, "USA-NRRC", RUS_CARD, ISSUED_AT, fixed_values_for_test_vectors=FIXED)
    second = seal(notice, USA_KEYS, "USA-NRRC", RUS_CARD, ISSUED_AT, fixed_values_for_test_vectors=FIXED)

    assert first == second
    assert _open(first).notice == notice
    parts = first.decode("ascii").rstrip("\n").split(".")
    assert base64url_decode(parts[2]) == b"\x33" * 12  # the IV, as given


def test_a_real_sealing_draws_a_fresh_ephemeral_key_and_iv_each_time() -> None:
    notice = launch_notification(7)
    first = seal(notice, USA_KEYS, "USA-NRRC", RUS_CARD, ISSUED_AT)
    second = seal(notice, USA_KEYS, "USA-NRRC", RUS_CARD, ISSUED_AT)

    assert _epk(first)["x"] != _epk(second)["x"]
    assert first.split(b".")[2] != second.split(b".")[2]
    assert _open(first).notice == _open(second).notice == notice


def test_fixed_values_are_refused_for_a_key_that_is_not_a_published_test_key() -> None:
    real_keys = StationKeys.generate(CREATED)
    real_card = KeyCard.for_station("RUS-NRRC", "Real station", real_keys, CREATED)
    assert real_card.encryption_key["x"] not in TEST_VECTOR_ENCRYPTION_KEYS

    with pytest.raises(SealingError, match="test vectors only; RUS-NRRC's encryption key is not one of the published"):
        seal(launch_notification(), USA_KEYS, "USA-NRRC", real_card, ISSUED_AT,
             fixed_values_for_test_vectors=FIXED)


def test_fixed_values_of_the_wrong_size_are_refused() -> None:
    with pytest.raises(SealingError, match="the fixed iv must be 12 bytes"):
        FixedSealingValuesForTestVectors(b"\x11" * 32, b"\x22" * 32, b"\x33" * 16)


def test_nothing_in_the_console_uses_the_seam() -> None:
    # Only the test kit may seal with fixed values: no call in console/ passes them or makes them.
    users = []
    for source in sorted((REPOSITORY / "console").rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "fixed_values_for_test_vectors":
                users.append(f"{source.relative_to(REPOSITORY)}:{node.value.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FixedSealingValuesForTestVectors":
                users.append(f"{source.relative_to(REPOSITORY)}:{node.lineno}")
    assert users == []


def _with_epk_x(data: bytes, x: str) -> bytes:
    # A header check comes before decryption, so the rest of the file may stay as sealed.
    parts = data.decode("ascii").rstrip("\n").split(".")
    header = json.loads(base64url_decode(parts[0]))
    header["epk"]["x"] = x
    parts[0] = base64url_encode(json.dumps(header).encode())
    return (".".join(parts) + "\n").encode("ascii")


@pytest.mark.parametrize("spelling", ["padded", "non-canonical", "31 bytes"])
def test_an_ephemeral_key_not_in_canonical_base64url_is_refused_before_decryption(spelling: str) -> None:
    data = seal(launch_notification(), USA_KEYS, "USA-NRRC", RUS_CARD, ISSUED_AT)
    x = _epk(data)["x"]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    changed = {
        "padded": x + "=",
        # 32 bytes are 43 characters: the last one carries 2 unused bits, set here.
        "non-canonical": x[:-1] + alphabet[alphabet.index(x[-1]) | 1],
        "31 bytes": base64url_encode(base64url_decode(x)[:31]),
    }[spelling]
    assert changed != x

    with pytest.raises(RejectedFile) as refused:
        peek(_with_epk_x(data, changed))
    assert refused.value.code == "bad_jwe_header"
    assert "ephemeral key's 'x' is not 32 bytes in unpadded canonical base64url" in refused.value.message
