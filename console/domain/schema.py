"""Wire validation: the JSON Schemas in resources/schemas plus the rules they cannot express.

``validate_notice_dict`` is the single gate for a wire object: it passes only what
docs/wire-shape.md allows, and otherwise raises NoticeFormatError naming the first bad
field as a dotted path (``body.impact_areas[1].points[0].lat``).

Schemas are read from local files into a ``referencing`` registry with no retrieval
function, so validation never touches the network. Each kind's schema is checked first by
a validator that fastjsonschema generates from it (compiled once, on first use); only a
notice it rejects goes through jsonschema, whose errors say which field is wrong and why.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

from console.domain.coordinates import CoordinateError, check_coordinate
from console.domain.errors import NoticeFormatError, join_path
from console.domain.times import TimeFormatError, parse_rfc3339
from console.i18n import QT_TRANSLATE_NOOP, lookup, tr
from console.paths import resources_dir

KINDS = (
    "launch_notification",
    "amendment",
    "cancellation",
    "post_launch_report",
    "general_communication",
    "acknowledgement",
    "error",
)

# Body fields holding the earlier message a kind points at (and its digest, where the body has one).
_TARGET_FIELDS = {
    "amendment": ("amended_message_id", None),
    "cancellation": ("cancelled_message_id", None),
    "post_launch_report": ("reported_message_id", None),
    "acknowledgement": ("acknowledged_message_id", "acknowledged_sha256"),
    "error": ("referenced_message_id", "referenced_sha256"),
}

_TIME_FIELDS = ("window_start", "window_end", "actual_launch_time", "received_at", "acknowledged_at")


def schemas_dir() -> Path:
    """The JSON Schemas: in the installed package or the checkout's resources/ (see console.paths)."""
    return resources_dir() / "schemas"


@cache
def _load_schemas() -> dict[str, dict[str, Any]]:
    """Every *.schema.json by file name."""
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(schemas_dir().glob("*.schema.json"))
    }


# jsonschema and referencing are imported when first needed, not when the console starts (about
# 60 ms): the generated validators answer every valid notice, and jsonschema words a rejection.


@cache
def _registry() -> Registry:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resources = [
        (contents["$id"], Resource.from_contents(contents, default_specification=DRAFT202012))
        for contents in _load_schemas().values()
    ]
    return Registry().with_resources(resources)


def schema_for(kind: str) -> dict[str, Any]:
    """The schema document for one kind, or ``"notice"`` for the dispatching schema."""
    return _load_schemas()[f"{kind}.schema.json"]


def _ecma_pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """JSON Schema patterns are ECMA-262: "$" ends the text. Python's "$" also matches before a
    trailing newline, which would let "USA-NRRC\\n" pass as a station id."""
    from jsonschema.exceptions import ValidationError

    if not validator.is_type(instance, "string"):
        return
    python_pattern = (
        pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith(r"\$") else pattern
    )
    if re.search(python_pattern, instance) is None:
        yield ValidationError(
            tr("{value} does not match {pattern}").format(value=repr(instance), pattern=repr(pattern))
        )


@cache
def _notice_validator_class() -> Any:
    from jsonschema import Draft202012Validator, validators

    return validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})


def _inline_refs(node: Any, resolver: Any) -> Any:
    """The schema with every $ref replaced by what it points to.

    Validation then never looks anything up, which halves its cost on the
    import path; instance paths in errors are unchanged. Our schemas are not
    recursive, so this terminates.
    """
    if isinstance(node, list):
        return [_inline_refs(item, resolver) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        resolved = resolver.lookup(node["$ref"])
        target = _inline_refs(resolved.contents, resolved.resolver)
        rest = {key: _inline_refs(value, resolver) for key, value in node.items() if key != "$ref"}
        return {"allOf": [target], **rest} if rest else target
    return {key: _inline_refs(value, resolver) for key, value in node.items() if key not in ("$defs", "$id")}


def _ecma_patterns(node: Any) -> Any:
    """The schema with each pattern's final "$" written as Python's end of text (see _ecma_pattern)."""
    if isinstance(node, list):
        return [_ecma_patterns(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (value[:-1] + r"\Z" if key == "pattern" and isinstance(value, str) and value.endswith("$")
              and not value.endswith(r"\$") else _ecma_patterns(value))
        for key, value in node.items()
    }


@cache
def _flat_schema(kind: str) -> dict[str, Any]:
    root = schema_for(kind)
    return _inline_refs(root, _registry().resolver(base_uri=root.get("$id", "")))


@cache
def _validator(kind: str) -> Any:
    """jsonschema's validator: slow, but its errors name the field and the rule."""
    return _notice_validator_class()(_flat_schema(kind))


@cache
def _fastjsonschema() -> Any:
    import fastjsonschema  # at first use: the console's window opens without it

    return fastjsonschema


@cache
def _fast_check(kind: str) -> Any:
    """A generated validator that only needs to say yes or no (about 0.1 ms for a launch notification)."""
    return _fastjsonschema().compile(_ecma_patterns(_flat_schema(kind)), use_formats=False)


def _schema_error(kind: str, data: dict[str, Any]) -> NoticeFormatError | None:
    try:
        _fast_check(kind)(data)
    except _fastjsonschema().JsonSchemaValueException as fast_error:  # looked up only when one is raised
        from jsonschema.exceptions import best_match

        error = best_match(_validator(kind).iter_errors(data))
        if error is not None:
            return NoticeFormatError(*_describe(error))
        # The two disagree: the stricter verdict stands (tests/domain/test_schema_fast.py keeps them agreeing).
        return NoticeFormatError(_path_text(fast_error.path[1:]), fast_error.message.removeprefix(fast_error.name).strip())
    return None


def examples() -> dict[str, dict[str, Any]]:
    """One valid example notice per kind, read from resources/schemas/examples/<kind>.json."""
    folder = schemas_dir() / "examples"
    return {kind: json.loads((folder / f"{kind}.json").read_text(encoding="utf-8")) for kind in KINDS}


# --- schema errors in plain words -----------------------------------------------------

# Marked here, translated where an error is worded (_type_words): a module-level table is built once.
_TYPE_WORDS = {
    "string": QT_TRANSLATE_NOOP("Schema", "text"),
    "integer": QT_TRANSLATE_NOOP("Schema", "a whole number"),
    "number": QT_TRANSLATE_NOOP("Schema", "a number"),
    "object": QT_TRANSLATE_NOOP("Schema", "an object"),
    "array": QT_TRANSLATE_NOOP("Schema", "a list"),
    "boolean": QT_TRANSLATE_NOOP("Schema", "true or false"),
    "null": QT_TRANSLATE_NOOP("Schema", "null"),
}


def _type_words(kinds: list[str]) -> str:
    """"text or null": the JSON types a value may have, in words."""
    words = [lookup("Schema", _TYPE_WORDS[kind]) if kind in _TYPE_WORDS else kind for kind in kinds]
    joined = words[0]
    for word in words[1:]:
        joined = tr("{one} or {other}").format(one=joined, other=word)
    return joined


def _path_text(parts: Any) -> str:
    path = ""
    for part in parts:
        path = join_path(path, part)
    return path


def _describe(error: ValidationError) -> tuple[str, str]:
    """(field path, message) for one jsonschema error."""
    path = _path_text(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    value = error.validator_value
    instance = error.instance
    match error.validator:
        case "required":
            missing = [name for name in value if name not in instance]
            return join_path(path, missing[0]), tr("is missing")
        case "additionalProperties":
            allowed = set(schema.get("properties", {}))
            extra = sorted(name for name in instance if name not in allowed)
            return join_path(path, extra[0]), tr("is not a recognised field")
        case "type":
            kinds = value if isinstance(value, list) else [value]
            return path, tr("must be {type}").format(type=_type_words(kinds))
        case "pattern" | "const" if "description" in schema:
            # The description is the schema file's own (English) text: data, not a sentence of ours.
            return path, tr("must be {description} (got {value})").format(
                description=schema["description"], value=repr(instance)
            )
        case "const":
            return path, tr("must be {expected} (got {value})").format(expected=repr(value), value=repr(instance))
        case "enum":
            return path, tr("must be one of {choices} (got {value})").format(
                choices=", ".join(map(str, value)), value=repr(instance)
            )
        case "minimum" | "maximum" if path.endswith(("lat", "lon")):
            try:
                check_coordinate(instance, "lat" if path.endswith("lat") else "lon")
            except CoordinateError as coordinate_error:
                return path, str(coordinate_error)
        case "minimum":
            return path, tr("must be at least {limit} (got {value})").format(limit=value, value=instance)
        case "maximum":
            return path, tr("must be at most {limit} (got {value})").format(limit=value, value=instance)
        case "exclusiveMinimum":
            return path, tr("must be above {limit} (got {value})").format(limit=value, value=instance)
        case "minLength":
            if value == 1:
                return path, tr("must not be empty")
            return path, tr("must be at least %n characters", None, value)
        case "maxLength":
            return path, tr("must be at most %n characters (got {length})", None, value).format(length=len(instance))
        case "minItems":
            # Two English sources (item, items); %n gives other languages their own plural forms.
            message = (tr("must have at least %n item (got {count})", None, value) if value == 1
                       else tr("must have at least %n items (got {count})", None, value))
            return path, message.format(count=len(instance))
    return path, error.message


# --- rules beyond JSON Schema ---------------------------------------------------------


def _check_values(value: Any, path: str, name: str) -> None:
    """The per-value rules, over `value` and everything inside it, in document order.

    `name` is the last dotted part of `path` (what a time field is recognised by). One plain
    recursion, with text and numbers inside an object checked in the loop: a generator chain
    and a join_path call per value cost a tenth of an import.
    """
    if isinstance(value, float) and not math.isfinite(value):
        raise NoticeFormatError(path, tr("must be a finite number"))
    if name == "dtg" or name in _TIME_FIELDS:
        _check_time(value, path)
    if isinstance(value, dict):
        if value.get("type") == "polygon":
            points = value["points"]
            if points[0] != points[-1]:
                raise NoticeFormatError(
                    join_path(path, "points"), tr("the ring is not closed: the last point must repeat the first")
                )
        for key, item in value.items():
            if type(key) is not str:
                child = join_path(path, key)
                _check_values(item, child, "" if isinstance(key, int) else child.rsplit(".", 1)[-1])
                continue
            child_name = key.rpartition(".")[2]
            kind = type(item)
            if kind is str or kind is int or kind is bool or item is None:
                if child_name == "dtg" or child_name in _TIME_FIELDS:
                    _check_time(item, join_path(path, key))
            elif kind is float and math.isfinite(item) and child_name != "dtg" and child_name not in _TIME_FIELDS:
                pass
            else:
                _check_values(item, join_path(path, key), child_name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_values(item, f"{path}[{index}]", "")


def _check_time(value: Any, path: str) -> None:
    try:
        parse_rfc3339(value)
    except TimeFormatError as error:
        raise NoticeFormatError(path, str(error)) from None


def _check_beyond_schema(data: dict[str, Any]) -> None:
    """Rules JSON Schema cannot state: real calendar times, closed rings, ordering, cross-links."""
    if data["recipient"] == data["sender"]:
        raise NoticeFormatError("recipient", tr("must differ from the sender"))

    _check_values(data, "", "")

    body = data["body"]
    for content, path in ((body, "body"), (body.get("content"), "body.content")):
        is_launch_content = isinstance(content, dict) and "window_start" in content
        if is_launch_content and parse_rfc3339(content["window_end"]) <= parse_rfc3339(
            content["window_start"]
        ):
            raise NoticeFormatError(join_path(path, "window_end"), tr("must be after window_start"))

    target_field, digest_field = _TARGET_FIELDS.get(data["kind"], (None, None))
    target = body.get(target_field) if target_field else None
    if target is not None:
        listed = {reference["message_id"]: reference["sha256"] for reference in data["references"]}
        if target not in listed:
            raise NoticeFormatError(
                "references",
                tr("must list the message named in {field} ({target})").format(
                    field=f"body.{target_field}", target=target
                ),
            )
        digest = body.get(digest_field) if digest_field else None
        if digest is not None and listed[target] != digest:
            raise NoticeFormatError(
                f"body.{digest_field}",
                tr("differs from the sha256 given for {target} in references").format(target=target),
            )


def validate_notice_dict(data: Any) -> None:
    """Raise NoticeFormatError for the first way ``data`` departs from the wire shape."""
    if not isinstance(data, dict):
        raise NoticeFormatError("", tr("a notice must be a JSON object"))
    if "kind" not in data:
        raise NoticeFormatError("kind", tr("is missing"))
    kind = data["kind"]
    if kind not in KINDS:
        raise NoticeFormatError(
            "kind", tr("must be one of {choices} (got {value})").format(choices=", ".join(KINDS), value=repr(kind))
        )
    error = _schema_error(kind, data)
    if error is not None:
        raise error
    _check_beyond_schema(data)
