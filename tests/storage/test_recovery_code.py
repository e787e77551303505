"""The recovery code: a person types it back from paper, typos are caught per group."""

from __future__ import annotations

import secrets

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.storage.recovery import ALPHABET, RecoveryCodeError, code_to_key, key_to_code


@given(st.binary(min_size=32, max_size=32))
def test_code_round_trips_to_the_same_key(key):
    assert code_to_key(key_to_code(key)) == key


def test_code_is_thirteen_groups_of_four_with_a_check_character():
    groups = key_to_code(secrets.token_bytes(32)).split()
    assert len(groups) == 13
    assert all(len(g) == 6 and g[4] == "-" for g in groups)


def test_spacing_case_and_lookalike_digits_do_not_matter():
    key = secrets.token_bytes(32)
    code = key_to_code(key)
    typed = code.lower().replace(" ", "").replace("O", "0")
    assert code_to_key(typed) == key


@given(st.binary(min_size=32, max_size=32), st.integers(0, 12), st.integers(0, 3), st.integers(1, 31))
def test_every_single_mistyped_character_is_caught_in_its_group(key, group, position, shift):
    groups = key_to_code(key).split()
    chars = list(groups[group])
    chars[position] = ALPHABET[(ALPHABET.index(chars[position]) + shift) % 32]
    groups[group] = "".join(chars)
    with pytest.raises(RecoveryCodeError, match=f"group {group + 1} "):
        code_to_key(" ".join(groups))


def test_a_short_code_says_how_long_it_should_be():
    with pytest.raises(RecoveryCodeError, match="65 in all"):
        code_to_key("ABCD-E")


def test_characters_not_on_the_sheet_are_named():
    with pytest.raises(RecoveryCodeError, match=r"not on the sheet: \?"):
        code_to_key("?" * 65)
