import copy
import json

import pytest
from jsonschema import Draft202012Validator

from console.domain.errors import NoticeFormatError
from console.domain.schema import KINDS, _registry, examples, schema_for, schemas_dir, validate_notice_dict

EXAMPLES = examples()
LN = "3f6c2a1e-8b4d-4e7a-9c21-5d0f7b3e9a14"


def schema_files():
    return sorted(schemas_dir().glob("*.schema.json"))


def test_one_schema_per_kind_plus_common_and_dispatcher():
    names = {path.name for path in schema_files()}
    assert names == {f"{kind}.schema.json" for kind in KINDS} | {"common.schema.json", "notice.schema.json"}


@pytest.mark.parametrize("path", schema_files(), ids=lambda p: p.name)
def test_schema_files_are_valid_draft_2020_12(path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def _refs(node, found):
    if isinstance(node, dict):
        if "$ref" in node:
            found.append(node["$ref"])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


@pytest.mark.parametrize("path", schema_files(), ids=lambda p: p.name)
def test_every_reference_resolves_locally(path):
    # The registry has no retrieval function: a reference it cannot resolve would mean a network fetch.
    schema = json.loads(path.read_text(encoding="utf-8"))
    resolver = _registry().resolver(base_uri=schema["$id"])
    for ref in _refs(schema, []):
        assert resolver.lookup(ref).contents is not None


def _objects_with_properties(node, found):
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            found.append(node)
        for value in node.values():
            _objects_with_properties(value, found)
    elif isinstance(node, list):
        for value in node:
            _objects_with_properties(value, found)
    return found


def test_closed_objects_forbid_additional_properties():
    checked = 0
    for path in schema_files():
        schema = json.loads(path.read_text(encoding="utf-8"))
        for node in _objects_with_properties(schema, []):
            # Selectors and if-clauses only look at "type"/"kind"; the schema they select is closed.
            if set(node["properties"]) in ({"type"}, {"kind"}):
                continue
            assert node.get("additionalProperties") is False, (path.name, sorted(node["properties"]))
            checked += 1
    assert checked >= 20  # envelope x7, bodies, points, areas, references, launch details


@pytest.mark.parametrize("kind", KINDS)
def test_example_of_each_kind_is_valid(kind):
    assert EXAMPLES[kind]["kind"] == kind
    validate_notice_dict(EXAMPLES[kind])


@pytest.mark.parametrize("kind", KINDS)
def test_dispatching_schema_accepts_each_example(kind):
    validator = Draft202012Validator(schema_for("notice"), registry=_registry())
    assert list(validator.iter_errors(EXAMPLES[kind])) == []


def test_dispatching_schema_rejects_a_body_of_the_wrong_kind():
    mixed = copy.deepcopy(EXAMPLES["cancellation"])
    mixed["body"] = copy.deepcopy(EXAMPLES["general_communication"]["body"])
    validator = Draft202012Validator(schema_for("notice"), registry=_registry())
    assert not validator.is_valid(mixed)


def test_error_report_may_name_no_message():
    data = copy.deepcopy(EXAMPLES["error"])
    data["references"] = []
    data["body"].update(referenced_message_id=None, referenced_sha256=None)
    validate_notice_dict(data)


def broken(kind, change):
    data = copy.deepcopy(EXAMPLES[kind])
    change(data)
    return data


def _set(path, value):
    def change(data):
        *parents, last = path
        node = data
        for key in parents:
            node = node[key]
        node[last] = value

    return change


def _delete(path):
    def change(data):
        *parents, last = path
        node = data
        for key in parents:
            node = node[key]
        del node[last]

    return change


POLYGON = ("body", "impact_areas", 0)

BROKEN = [
    ("launch_notification", _delete(("kind",)), "kind", "is missing"),
    ("launch_notification", _set(("kind",), "launch"), "kind", "must be one of launch_notification"),
    ("launch_notification", _delete(("released_by",)), "released_by", "is missing"),
    ("launch_notification", _set(("priority",), "high"), "priority", "is not a recognised field"),
    ("launch_notification", _set(("format_version",), 2), "format_version", "must be the format version 1"),
    (
        "launch_notification",
        _set(("message_id",), "3F6C2A1E-8B4D-4E7A-9C21-5D0F7B3E9A14"),
        "message_id",
        "must be a lower-case UUID",
    ),
    ("launch_notification", _set(("sequence",), 0), "sequence", "must be at least 1"),
    ("launch_notification", _set(("sender",), "usa-nrrc"), "sender", "must be a station id"),
    ("launch_notification", _set(("recipient",), "USA-NRRC"), "recipient", "must differ from the sender"),
    ("launch_notification", _set(("dtg",), "2026-11-28T05:30:00+00:00"), "dtg", "must be a UTC time"),
    ("launch_notification", _set(("dtg",), "2026-02-30T05:30:00Z"), "dtg", "day 30 does not exist"),
    ("launch_notification", _set(("precedence",), "URGENT"), "precedence", "must be one of FLASH"),
    ("launch_notification", _set(("agreement",), ""), "agreement", "must not be empty"),
    ("launch_notification", _set(("drafted_by",), "x" * 101), "drafted_by", "at most 100 characters"),
    (
        "launch_notification",
        _set(("body", "vehicle_category"), "IRBM"),
        "body.vehicle_category",
        "must be one of",
    ),
    ("launch_notification", _set(("body", "vehicle_count"), 0), "body.vehicle_count", "at least 1"),
    (
        "launch_notification",
        _set(("body", "group_launch"), "no"),
        "body.group_launch",
        "must be true or false",
    ),
    (
        "launch_notification",
        _set(("body", "window_end"), "2026-11-29T06:00:00Z"),
        "body.window_end",
        "must be after window_start",
    ),
    ("launch_notification", _set(("body", "impact_areas"), []), "body.impact_areas", "at least 1 item"),
    (
        "launch_notification",
        _set(("body", "impact_areas", 0), {"type": "body_of_water", "name": "Sea"}),
        "body.impact_areas[0].type",
        "must be one of polygon, circle",
    ),
    (
        "launch_notification",
        _set((*POLYGON, "points", 4), {"lat": 9.5, "lon": 167.4}),
        "body.impact_areas[0].points",
        "the ring is not closed",
    ),
    (
        "launch_notification",
        _set((*POLYGON, "points"), [{"lat": 1, "lon": 1}] * 3),
        "body.impact_areas[0].points",
        "at least 4 items",
    ),
    (
        "launch_notification",
        _set((*POLYGON, "points", 1, "lat"), 95),
        "body.impact_areas[0].points[1].lat",
        "latitude 95 is out of range (-90 to 90)",
    ),
    (
        "launch_notification",
        _set((*POLYGON, "points", 1, "lon"), -181),
        "body.impact_areas[0].points[1].lon",
        "longitude -181 is out of range (-180 to 180)",
    ),
    (
        "launch_notification",
        _set((*POLYGON, "points", 1, "lat"), float("nan")),
        "body.impact_areas[0].points[1].lat",
        "must be a finite number",
    ),
    (
        "launch_notification",
        _set(("body", "impact_areas", 1, "radius"), 0),
        "body.impact_areas[1].radius",
        "must be above 0",
    ),
    (
        "launch_notification",
        _set(("body", "impact_areas", 1, "unit"), "mi"),
        "body.impact_areas[1].unit",
        "must be one of km, NM",
    ),
    (
        "launch_notification",
        _set(("body", "launch_area", "ocean"), "Pacific"),
        "body.launch_area.ocean",
        "is not a recognised field",
    ),
    (
        "amendment",
        _set(("body", "content", "window_start"), "2026-11-30T09:00:00Z"),
        "body.content.window_end",
        "must be after window_start",
    ),
    (
        "amendment",
        _set(("references",), []),
        "references",
        "must list the message named in body.amended_message_id",
    ),
    ("cancellation", _set(("body", "reason"), ""), "body.reason", "must not be empty"),
    ("post_launch_report", _delete(("body", "actual_launch_time")), "body.actual_launch_time", "is missing"),
    ("general_communication", _set(("body", "text"), "x" * 20001), "body.text", "at most 20000 characters"),
    (
        "acknowledgement",
        _set(("body", "acknowledged_sha256"), "0" * 64),
        "body.acknowledged_sha256",
        "differs from the sha256 given",
    ),
    (
        "acknowledgement",
        _set(("body", "received_at"), "2026-11-28T05:31:10.5Z"),
        "body.received_at",
        "must be a UTC time",
    ),
    (
        "acknowledgement",
        _set(("references", 0, "sha256"), "ABC"),
        "references[0].sha256",
        "64 lower-case hexadecimal",
    ),
    (
        "error",
        _set(("body", "referenced_message_id"), "nope"),
        "body.referenced_message_id",
        "lower-case UUID",
    ),
    # Python's "$" would also match before a trailing newline; the wire must not.
    ("launch_notification", _set(("sender",), "USA-NRRC\n"), "sender", "must be a station id"),
    ("launch_notification", _set(("message_id",), LN + "\n"), "message_id", "must be a lower-case UUID"),
    ("launch_notification", _set(("dtg",), "2026-11-28T05:30:00Z\n"), "dtg", "must be a UTC time"),
]


@pytest.mark.parametrize(
    ("kind", "change", "path", "message"),
    BROKEN,
    ids=[f"{kind}:{path}:{message[:20]}" for kind, _, path, message in BROKEN],
)
def test_broken_notice_is_rejected_at_the_right_field(kind, change, path, message):
    with pytest.raises(NoticeFormatError) as caught:
        validate_notice_dict(broken(kind, change))
    assert caught.value.field_path == path
    assert message in caught.value.message


def test_non_object_is_rejected_as_a_whole():
    with pytest.raises(NoticeFormatError) as caught:
        validate_notice_dict(["not", "a", "notice"])
    assert caught.value.field_path == ""
    assert str(caught.value) == "a notice must be a JSON object"
