"""What the printouts show, read from an open station's store."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from console.domain.times import parse_optional_rfc3339, parse_rfc3339
from console.errors import WatchdeskError
from console.i18n import tr
from console.printing.layout import AuditAnchor
from console.printing.record import Acknowledgement, RecordData, Verification
from console.printing.watch_log import (
    Attention,
    QuarantinedFile,
    SequenceGap,
    WatchChange,
    WatchLogData,
    WatchLogEntry,
    utc_day,
)
from console.service.chains import amendment_changes, chain_state
from console.service.queries import attention_text, notice_chain
from console.service.station import Station
from console.service.working_translations import sender_language, working_translations
from console.storage import audit as audit_entries
from console.storage import notices as notice_rows
from console.storage import quarantine as quarantine_rows
from console.storage.audit import signature_fingerprint
from console.storage.counterparts import CounterpartBook


class NothingToPrint(WatchdeskError, LookupError):
    """No notice on record under the message id asked for."""


def audit_anchor(station: Station) -> AuditAnchor:
    """The audit head as it is now, for the footer of what is being printed."""
    head = station.signed_head()
    anchor = head.anchor().split(":")[1]
    return AuditAnchor(head.entry_count, anchor, signature_fingerprint(head.signature))


def record_for(station: Station, message_id: str, printed_by: str, languages: tuple[str, ...] = ()) -> RecordData:
    stored = notice_rows.by_message_id(station.store, message_id)
    if stored is None:
        raise NothingToPrint(tr("No notice with message id {message_id} is on record at this station.").format(
            message_id=message_id))
    return record_for_stored(station, stored, printed_by, languages)


def record_for_stored(station: Station, stored: notice_rows.StoredNotice, printed_by: str,
                      languages: tuple[str, ...] = ()) -> RecordData:
    """The record of a stored notice, in `languages` (the primary first; empty: the console's)."""
    row = stored.row
    counterpart = CounterpartBook(station.store).get(row["counterpart"])
    settings = station.settings()
    banner = counterpart.profile.handling_banner if counterpart else settings["handling_banner"]
    if row["direction"] == "in":
        sender_card_fingerprint = counterpart.card.fingerprint if counterpart else "unknown"
        key_verified = bool(counterpart and counterpart.verified)
    else:
        sender_card_fingerprint = station.own_card().fingerprint
        key_verified = True
    verification = Verification(
        # Incoming rows exist only for files whose signature verified at import;
        # outgoing ones were signed here.
        signature_valid=True,
        sender_key_fingerprint=sender_card_fingerprint,
        key_verified=key_verified,
        sealed_sha256=row["sealed_sha256"],
    )
    acknowledgement = None
    if row["acknowledged_at"]:
        acknowledgement = Acknowledgement(
            acknowledged_by=row["acknowledged_by"], acknowledged_at=parse_rfc3339(row["acknowledged_at"])
        )
    received_at = parse_optional_rfc3339(row["received_at"])
    return RecordData(
        notice=stored.notice,
        direction=row["direction"],
        station_id=station.station_id,
        station_name=station.name,
        counterpart_id=row["counterpart"],
        counterpart_name=counterpart.name if counterpart else row["counterpart"],
        handling_banner=banner,
        printed_by=printed_by,
        printed_at=station.clock(),
        verification=verification,
        acknowledgement=acknowledgement,
        problem=row["problem"],
        override_reason=row["override_reason"],
        approved_by=row["approved_by"],
        ack_due_at=parse_optional_rfc3339(row["ack_due_at"]),
        received_by=officer_on_watch_at(station, received_at) if received_at else None,
        received_at=received_at,
        released_at=parse_optional_rfc3339(row["released_at"]),
        status_stamp=chain_state(station.store.conn, row["message_id"]).stamp,
        amendment_changes=_amendment_changes(station, stored),
        chain=tuple((link.sequence, link.kind, link.direction, link.dtg, link.message_id)
                    for link in notice_chain(station.store.conn, row["id"])),
        paper=settings["paper"],
        audit_head=audit_anchor(station),
        languages=tuple(languages),
        free_text_language=sender_language(station, row["counterpart"]) if row["direction"] == "in" else None,
        working_translations=tuple(working_translations(station, row["id"])),
    )


def _amendment_changes(station: Station, stored: notice_rows.StoredNotice):
    if stored.notice.kind.value != "amendment":
        return None
    changes = amendment_changes(station.store.conn, stored.notice)
    return tuple((c.field, c.old, c.new) for c in changes.changes) if changes.known else None


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def watch_changes_between(station: Station, start: str, end: str) -> list[WatchChange]:
    """Each watch taken or handed over in [start, end) (UTC stamps), from the audit log, in time order."""
    changes = [WatchChange(at=parse_rfc3339(r["at"]), officer=json.loads(r["details_json"]).get("officer", ""))
               for r in audit_entries.entries_between(station.store, "watch_started", start, end)]
    for r in audit_entries.entries_between(station.store, "watch_handover", start, end):
        details = json.loads(r["details_json"])
        changes.append(WatchChange(at=parse_rfc3339(r["at"]), officer=details.get("to", ""),
                                   handed_over_by=details.get("from", "")))
    return sorted(changes, key=lambda change: change.at)


def officer_on_watch_at(station: Station, moment: datetime) -> str | None:
    """Who was on watch at `moment`: the last watch taken or handed over at or before it."""
    changes = watch_changes_between(station, "", _stamp(moment + timedelta(seconds=1)))
    return changes[-1].officer if changes else None


def attention_items(station: Station, start: str, end: str) -> list[Attention]:
    """What an officer must see from [start, end) (UTC stamps) beyond the message lines (docs/format.md
    sections 12 and 13): acknowledgements of messages we never sent, duplicates re-sent under another
    sequence number."""
    items = [
        Attention(at=parse_rfc3339(r["received_at"]),
                  text=f"No. {r['sequence']} from {r['counterpart']} ({r['message_id'][:8]}) {r['problem']}")
        for r in notice_rows.problems_received_between(station.store, start, end)
    ]
    for r in audit_entries.entries_between(station.store, "import_duplicate", start, end):
        text = attention_text("import_duplicate", json.loads(r["details_json"]))
        if text:
            items.append(Attention(at=parse_rfc3339(r["at"]), text=text))
    return items


def _watch_log_rows(station: Station, start: str, end: str) -> list[dict]:
    """The notices dated in [start, end), both directions, with who acknowledged them and by when
    it was due (the listing's rows carry both), in time order."""
    conn = station.store.conn
    rows: list[dict] = []
    for direction in ("in", "out"):
        ids = notice_rows.listing_ids(conn, notice_rows.NoticeFilter(direction=direction, since=start, until=end),
                                      "dtg_asc")
        rows += notice_rows.listing_rows(conn, ids).values()
    return sorted(rows, key=lambda row: (row["dtg"], row["id"]))


def watch_log_for(
    station: Station, printed_by: str, *, day: date | None = None, start: datetime | None = None,
    end: datetime | None = None, languages: tuple[str, ...] = (),
) -> WatchLogData:
    if day is not None:
        start, end = utc_day(day)
    if start is None or end is None:
        raise ValueError("give a UTC day, or the start and end of a watch")
    z = _stamp
    rows = _watch_log_rows(station, z(start), z(end))
    entries = [
        WatchLogEntry(
            direction=r["direction"], kind=r["kind"], precedence=r["precedence"], dtg=parse_rfc3339(r["dtg"]),
            counterpart_id=r["counterpart"], sequence=r["sequence"],
            acknowledged_at=parse_optional_rfc3339(r["acknowledged_at"]),
            acknowledged_by=r["acknowledged_by"] or "", ack_due_at=parse_optional_rfc3339(r["ack_due_at"]),
            status=r["status"], message_id=r["message_id"], problem=r["problem"] or "",
        )
        for r in rows
    ]
    officers = sorted(audit_entries.officers_between(station.store, z(start), z(end)))
    gaps = [
        SequenceGap(counterpart_id=cp, missing=tuple(numbers))
        for cp, numbers in notice_rows.open_gaps(station.store).items()
    ]
    quarantined = [
        QuarantinedFile(name=r["file_name"], reason=f"{r['reason_code']}: {r['reason']}")
        for r in quarantine_rows.rows_between(station.store, z(start), z(end))
    ]
    return WatchLogData(
        station_id=station.station_id, station_name=station.name, period_start=start, period_end=end,
        officers=officers, entries=entries, handling_banner=station.settings()["handling_banner"],
        printed_by=printed_by, printed_at=station.clock(), gaps=gaps, quarantined=quarantined,
        attention=attention_items(station, z(start), z(end)),
        watch_changes=watch_changes_between(station, z(start), z(end)),
        paper=station.settings()["paper"],
        audit_head=audit_anchor(station),
        languages=tuple(languages),
    )
