"""The generated validator (fastjsonschema) and jsonschema must agree on every notice.

The import path trusts the generated validator's "valid" without asking jsonschema, so a
notice that one accepts and the other rejects would let a malformed file into the store
(or refuse a good one). These tests feed both the schema examples, the wire objects inside
every sealed test vector, the broken notices of test_schema.py, and notices mutated at
random, and compare verdicts.
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.domain.errors import NoticeFormatError
from console.domain.schema import KINDS, _fast_check, _validator, examples, validate_notice_dict
from console.format import RejectedFile, StationKeys, envelope
from tests.domain.test_schema import BROKEN, broken

EXAMPLES = examples()
MANIFEST = Path(__file__).resolve().parents[1] / "vectors" / "manifest.json"


def _verdicts(kind: str, data: Any) -> tuple[bool, bool]:
    """(generated validator accepts, jsonschema accepts)."""
    try:
        _fast_check(kind)(data)
        fast = True
    except fastjsonschema.JsonSchemaValueException:
        fast = False
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        return fast, False
    return fast, next(_validator(kind).iter_errors(data), None) is None


@pytest.mark.parametrize("kind", KINDS)
def test_both_accept_each_example(kind):
    assert _verdicts(kind, EXAMPLES[kind]) == (True, True)


# The broken notices whose kind still names a schema (the others are refused before either validator runs).
SCHEMA_CHECKED = [case for case in BROKEN if broken(case[0], case[1]).get("kind") in KINDS]


@pytest.mark.parametrize(("kind", "change", "path", "message"), SCHEMA_CHECKED,
                         ids=[f"{k}:{p}:{m[:20]}" for k, _, p, m in SCHEMA_CHECKED])
def test_both_agree_on_each_broken_notice(kind, change, path, message):
    """Some of these break a rule beyond the schema: then both must accept the shape."""
    data = broken(kind, change)
    fast, slow = _verdicts(data["kind"], data)
    assert fast == slow


def _vector_notices() -> list[tuple[str, dict]]:
    """The wire object inside each sealed vector that decrypts and parses, broken or not."""
    kit = MANIFEST.parent
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    keys = StationKeys.from_private_json((kit / manifest["receiver"]["private_keys"]).read_text(encoding="utf-8"))
    found = []
    for vector in manifest["vectors"]:
        try:
            inner = envelope._decrypt((kit / "files" / vector["file"]).read_bytes(), keys)
            claims = json.loads(base64.urlsafe_b64decode(inner.split(b".")[1] + b"=="))
        except (RejectedFile, ValueError, IndexError):
            continue
        if isinstance(claims, dict) and isinstance(claims.get("notice"), dict):
            found.append((vector["file"], claims["notice"]))
    return found


def test_both_agree_on_every_notice_in_the_test_vectors():
    notices = _vector_notices()
    assert len(notices) >= 30, "the kit's files no longer open: this test would check nothing"
    disagreements = [name for name, data in notices
                     if data.get("kind") in KINDS and len(set(_verdicts(data["kind"], data))) != 1]
    assert disagreements == []


# --- random mutations -----------------------------------------------------------------

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([0.0, 1.0, -0.0, 91.0, 180.5, 1e300]),
    st.text(max_size=40), st.sampled_from(["", "\n", "USA-NRRC\n", "2026-11-28T05:30:00Z", "FLASH", "ROUTINE",
                                           "3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14", "polygon", "circle"]),
)
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=8)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, prefix + (index,))
    return found


@st.composite
def _mutated_notices(draw) -> tuple[str, dict]:
    kind = draw(st.sampled_from(KINDS))
    data = copy.deepcopy(EXAMPLES[kind])
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = _paths(data)
        *parents, last = draw(st.sampled_from(paths))
        node = data
        for key in parents:
            node = node[key]
        action = draw(st.sampled_from(["set", "delete", "add"]))
        if action == "delete":
            del node[last]
        elif action == "add" and isinstance(node, dict):
            node[draw(st.text(min_size=1, max_size=12))] = draw(_VALUES)
        else:
            node[last] = draw(_VALUES)
    return kind, data


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_notices())
def test_both_agree_on_randomly_mutated_notices(case):
    kind, data = case
    fast, slow = _verdicts(kind, data)
    assert fast == slow, json.dumps(data, default=str)[:2000]


def test_a_rejection_is_worded_by_jsonschema():
    data = copy.deepcopy(EXAMPLES["launch_notification"])
    data["precedence"] = "URGENT"
    with pytest.raises(NoticeFormatError) as caught:
        validate_notice_dict(data)
    assert caught.value.field_path == "precedence"
    assert caught.value.message.startswith("must be one of")
