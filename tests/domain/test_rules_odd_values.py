"""The agreement's checker reads any JSON without a crash: a list or an object where a text belongs
(a notice file given to `watchdesk send`, a draft) leaves it to name what it checks, and the wire
schema (Notice.from_dict) the rest."""

from __future__ import annotations

import copy
from datetime import datetime, timezone

import pytest

from console.domain.rules import DEFAULT_PROFILE, check_notice

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
REFERENCE = {"message_id": "6b1f0c52-3d9e-4a07-8f2b-91c4d5e6a7b8", "sha256": "a" * 64}
LAUNCH = {"vehicle_category": "ICBM", "vehicle_count": 1, "group_launch": False,
          "launch_area": {"type": "circle", "centre": {"lat": 62.9, "lon": 40.6}, "radius": 20, "unit": "km"},
          "window_start": "2026-11-30T06:00:00Z", "window_end": "2026-11-30T10:00:00Z",
          "impact_areas": [{"type": "circle", "centre": {"lat": 53.0, "lon": 161.0}, "radius": 50, "unit": "NM"}]}
NOTICES = [
    ("launch_notification", [], LAUNCH),
    ("cancellation", [REFERENCE], {"cancelled_message_id": REFERENCE["message_id"], "reason": "Called off."}),
    ("post_launch_report", [REFERENCE], {"reported_message_id": REFERENCE["message_id"],
                                         "actual_launch_time": "2026-11-28T11:00:00Z"}),
    ("general_communication", [], {"subject": "Link check", "text": "Please acknowledge."}),
]
ODD = [[], ["launch_notification"], {}, {"a": 1}]


def _paths(value, path=()):
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield (*path, key)
        yield from _paths(item, (*path, key))


@pytest.mark.parametrize("kind, references, body", NOTICES, ids=[n[0] for n in NOTICES])
def test_an_odd_value_anywhere_is_read_without_a_crash(kind, references, body):
    notice = {"kind": kind, "recipient": "NRRC-RU", "precedence": "ROUTINE", "status": "EXERCISE",
              "agreement": "US-USSR BMLNA 1988", "references": references, "drafted_by": "Dana Reyes", "body": body}
    assert check_notice(notice, DEFAULT_PROFILE, NOW) == []
    for path in _paths(notice):
        for odd in ODD:
            changed = copy.deepcopy(notice)
            holder = changed
            for key in path[:-1]:
                holder = holder[key]
            if holder[path[-1]] == odd or isinstance(holder[path[-1]], (dict, list)) and not odd:
                continue  # an empty container where one belongs may well be allowed
            holder[path[-1]] = odd
            findings = check_notice(changed, DEFAULT_PROFILE, NOW)  # once crashed on a list as kind or id
            if path in (("kind",), ("body", "launch_area", "type")):
                assert findings and findings[0].field == ".".join(map(str, path)), (path, odd)
