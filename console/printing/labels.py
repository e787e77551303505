"""Every word printed on paper, by key, in the languages a printout is printed in.

The words are marked for pyside6-lupdate under the context "PrintLabels" and looked up per
language with console.i18n.lookup, so a record can carry two languages at once (issue 18): the
first language of a printout leads, each further one follows under it in a smaller line (see
SECOND_LINE_START in console/printing/layout.py) or, in page headers and footers, after " / ".

A document builder sets the languages for the time it lays out (`printed_in`); `label()` then
gives each label in all of them. A phrase built from several labels and values is worded once
per language with `in_each_language(lambda: ...)`, so that each language's line reads whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from datetime import datetime, tzinfo

from console.domain.times import format_local_date_time, format_utc_date_time
from console.i18n import (
    BUILT_IN,
    LANGUAGE_NAMES,
    QT_TRANSLATE_NOOP,
    current_language,
    lookup,
    normalise,
    speaking,
    tr,
)

CONTEXT = "PrintLabels"
# Text between these two characters is a further language's line: painted smaller and grey
# (console/printing/layout.py). Control characters, so no translation or label contains them.
SECOND_LINE_START = "\x0e"
SECOND_LINE_END = "\x0f"

LABELS: dict[str, str] = {
    # page furniture
    "footer.printed": QT_TRANSLATE_NOOP("PrintLabels", "Printed {when} by {who} · Page {page} of {pages}"),
    "footer.app": "Watchdesk",  # not words: the same in every language
    # the key card's and handover summary's pages
    "sheet.page": QT_TRANSLATE_NOOP("PrintLabels", "Page {page} of {pages}"),
    # The audit head when the page was printed: a paper anchor nobody can edit afterwards
    # (`watchdesk audit verify --anchor COUNT:HASH`).
    "footer.audit_head": QT_TRANSLATE_NOOP("PrintLabels", "Audit head {count}:{hash} · signature {signature}"),
    # record: title block
    "record.header": QT_TRANSLATE_NOOP("PrintLabels", "Watchdesk · {station} · Record of message {message_id}"),
    "record.kicker.in": QT_TRANSLATE_NOOP("PrintLabels", "Record of message received"),
    "record.kicker.out": QT_TRANSLATE_NOOP("PrintLabels", "Record of message sent"),
    "record.kicker.draft": QT_TRANSLATE_NOOP("PrintLabels", "Record of draft message (not sent)"),
    "record.route": QT_TRANSLATE_NOOP("PrintLabels", "From {sender} to {recipient}"),
    "record.route_station": QT_TRANSLATE_NOOP("PrintLabels", "{station_id} ({station_name})"),
    "record.summary": QT_TRANSLATE_NOOP("PrintLabels", "Message {message_id} · Sequence {sequence} · {precedence}"),
    "record.qr_caption": QT_TRANSLATE_NOOP("PrintLabels", "Scan to match this paper with the stored record"),
    "record.state.sealed": QT_TRANSLATE_NOOP("PrintLabels", "Sealed · signature {signature} · sender's key {key}"),
    "record.state.signature_valid": QT_TRANSLATE_NOOP("PrintLabels", "valid"),
    "record.state.signature_invalid": QT_TRANSLATE_NOOP("PrintLabels", "INVALID"),
    "record.state.key_verified": QT_TRANSLATE_NOOP("PrintLabels", "verified"),
    "record.state.key_not_verified": QT_TRANSLATE_NOOP("PrintLabels", "NOT VERIFIED"),
    "record.state.acknowledged": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledged {when} by {who}"),
    "record.end": QT_TRANSLATE_NOOP("PrintLabels", "End of record of message {message_id}"),
    # status box
    "status.EXERCISE.caption": QT_TRANSLATE_NOOP("PrintLabels", "This message is an EXERCISE. It does not notify a real launch."),
    "status.TEST.caption": QT_TRANSLATE_NOOP("PrintLabels", "This message is a TEST of the channel. It does not notify a real launch."),
    # sections
    "section.message": QT_TRANSLATE_NOOP("PrintLabels", "Message"),
    "section.launch": QT_TRANSLATE_NOOP("PrintLabels", "Launch details"),
    "section.replacement": QT_TRANSLATE_NOOP("PrintLabels", "Replacement launch details (full content of the amendment)"),
    "section.amendment": QT_TRANSLATE_NOOP("PrintLabels", "Amendment"),
    "section.cancellation": QT_TRANSLATE_NOOP("PrintLabels", "Cancellation"),
    "section.post_launch_report": QT_TRANSLATE_NOOP("PrintLabels", "Post-launch report"),
    "section.general_communication": QT_TRANSLATE_NOOP("PrintLabels", "General communication"),
    "section.acknowledgement_body": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledgement"),
    "section.error": QT_TRANSLATE_NOOP("PrintLabels", "Error report"),
    "section.impact_areas": QT_TRANSLATE_NOOP("PrintLabels", "Impact areas ({count})"),
    "section.map": QT_TRANSLATE_NOOP("PrintLabels", "Map of the areas"),
    "section.references": QT_TRANSLATE_NOOP("PrintLabels", "References"),
    "section.changes": QT_TRANSLATE_NOOP("PrintLabels", "What this amendment changes"),
    "section.chain": QT_TRANSLATE_NOOP("PrintLabels", "The chain on record (ours and theirs)"),
    "changes.field": QT_TRANSLATE_NOOP("PrintLabels", "Field"),
    "changes.was": QT_TRANSLATE_NOOP("PrintLabels", "Was"),
    "changes.now": QT_TRANSLATE_NOOP("PrintLabels", "Now"),
    "changes.absent": QT_TRANSLATE_NOOP("PrintLabels", "(not given)"),
    "changes.none": QT_TRANSLATE_NOOP("PrintLabels", "No launch detail differs from the version it replaces."),
    "changes.unknown": QT_TRANSLATE_NOOP("PrintLabels", "The version this amends is not on record here: compare the replacement below by hand."),
    "chain.sequence": QT_TRANSLATE_NOOP("PrintLabels", "No."),
    "chain.kind": QT_TRANSLATE_NOOP("PrintLabels", "Kind"),
    "chain.direction": QT_TRANSLATE_NOOP("PrintLabels", "From"),
    "chain.dtg": QT_TRANSLATE_NOOP("PrintLabels", "DTG (UTC)"),
    "chain.message_id": QT_TRANSLATE_NOOP("PrintLabels", "Message ID"),
    "chain.in": QT_TRANSLATE_NOOP("PrintLabels", "them"),
    "chain.out": QT_TRANSLATE_NOOP("PrintLabels", "us"),
    "chain.this": QT_TRANSLATE_NOOP("PrintLabels", "this record"),
    "chain.not_on_record": QT_TRANSLATE_NOOP("PrintLabels", "not on record here"),
    "section.handling": QT_TRANSLATE_NOOP("PrintLabels", "Handling"),
    "section.verification": QT_TRANSLATE_NOOP("PrintLabels", "Verification"),
    "section.acknowledgement": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledgement of this message"),
    # envelope fields
    "field.kind": QT_TRANSLATE_NOOP("PrintLabels", "Kind"),
    "field.direction": QT_TRANSLATE_NOOP("PrintLabels", "Direction"),
    "field.station": QT_TRANSLATE_NOOP("PrintLabels", "This station"),
    "field.counterpart": QT_TRANSLATE_NOOP("PrintLabels", "Counterpart"),
    "field.sender_recipient": QT_TRANSLATE_NOOP("PrintLabels", "Sender → recipient"),
    "field.message_id": QT_TRANSLATE_NOOP("PrintLabels", "Message ID"),
    "field.sequence": QT_TRANSLATE_NOOP("PrintLabels", "Channel sequence no."),
    "field.precedence": QT_TRANSLATE_NOOP("PrintLabels", "Precedence"),
    "field.status": QT_TRANSLATE_NOOP("PrintLabels", "Status"),
    "field.dtg": QT_TRANSLATE_NOOP("PrintLabels", "Date-time group"),
    "field.agreement": QT_TRANSLATE_NOOP("PrintLabels", "Agreement"),
    "field.drafted_by": QT_TRANSLATE_NOOP("PrintLabels", "Drafted by"),
    "field.released_by": QT_TRANSLATE_NOOP("PrintLabels", "Released by"),
    "field.format_version": QT_TRANSLATE_NOOP("PrintLabels", "Format version"),
    "value.direction.in": QT_TRANSLATE_NOOP("PrintLabels", "Received from {counterpart}"),
    "value.direction.out": QT_TRANSLATE_NOOP("PrintLabels", "Sent to {counterpart}"),
    "value.station": QT_TRANSLATE_NOOP("PrintLabels", "{station_id} — {station_name}"),
    "value.local_time": QT_TRANSLATE_NOOP("PrintLabels", "Local {local}"),
    "value.none": QT_TRANSLATE_NOOP("PrintLabels", "None"),
    "value.not_given": QT_TRANSLATE_NOOP("PrintLabels", "Not given"),
    "value.not_recorded": QT_TRANSLATE_NOOP("PrintLabels", "Not recorded"),
    "value.yes": QT_TRANSLATE_NOOP("PrintLabels", "Yes"),
    "value.no": QT_TRANSLATE_NOOP("PrintLabels", "No"),
    # launch details
    "field.vehicle_category": QT_TRANSLATE_NOOP("PrintLabels", "Vehicle category"),
    "field.vehicle_count": QT_TRANSLATE_NOOP("PrintLabels", "Number of vehicles"),
    "field.group_launch": QT_TRANSLATE_NOOP("PrintLabels", "Group launch"),
    "field.window_start": QT_TRANSLATE_NOOP("PrintLabels", "Launch window opens"),
    "field.window_end": QT_TRANSLATE_NOOP("PrintLabels", "Launch window closes"),
    "field.window_length": QT_TRANSLATE_NOOP("PrintLabels", "Window length"),
    "field.planned_direction": QT_TRANSLATE_NOOP("PrintLabels", "Planned direction"),
    "field.remarks": QT_TRANSLATE_NOOP("PrintLabels", "Remarks"),
    "area.launch": QT_TRANSLATE_NOOP("PrintLabels", "Launch area"),
    "area.impact": QT_TRANSLATE_NOOP("PrintLabels", "Impact area {number} of {count}"),
    "area.type.polygon": QT_TRANSLATE_NOOP("PrintLabels", "Polygon, {corners} corners"),
    "area.type.circle": QT_TRANSLATE_NOOP("PrintLabels", "Circle, radius {radius}"),
    "area.type.unknown": QT_TRANSLATE_NOOP("PrintLabels", "Unrecognised area type '{type}'"),
    "area.ocean_quadrant": QT_TRANSLATE_NOOP("PrintLabels", "{ocean} Ocean, {quadrant} quadrant"),
    "area.radius": QT_TRANSLATE_NOOP("PrintLabels", "{radius} {unit} ({other})"),
    "area.centre": QT_TRANSLATE_NOOP("PrintLabels", "Centre"),
    "area.closes_ring": QT_TRANSLATE_NOOP("PrintLabels", "{number} (closes ring)"),
    "coord.point": QT_TRANSLATE_NOOP("PrintLabels", "Point"),
    "coord.lat_dms": QT_TRANSLATE_NOOP("PrintLabels", "Latitude (DMS)"),
    "coord.lon_dms": QT_TRANSLATE_NOOP("PrintLabels", "Longitude (DMS)"),
    "coord.lat_dec": QT_TRANSLATE_NOOP("PrintLabels", "Latitude (decimal °)"),
    "coord.lon_dec": QT_TRANSLATE_NOOP("PrintLabels", "Longitude (decimal °)"),
    "coord.unreadable": QT_TRANSLATE_NOOP("PrintLabels", "unreadable point: {raw}"),
    "map.caption": QT_TRANSLATE_NOOP("PrintLabels", "Launch and impact areas, for orientation only; the coordinates above are authoritative."),
    "map.failed": QT_TRANSLATE_NOOP("PrintLabels", "The map could not be drawn ({reason}). The coordinates above are complete."),
    # other kinds
    "field.amended_message_id": QT_TRANSLATE_NOOP("PrintLabels", "Amends message"),
    "field.amendment_reason": QT_TRANSLATE_NOOP("PrintLabels", "Reason for amendment"),
    "field.cancelled_message_id": QT_TRANSLATE_NOOP("PrintLabels", "Cancels message"),
    "field.reason": QT_TRANSLATE_NOOP("PrintLabels", "Reason"),
    "field.reported_message_id": QT_TRANSLATE_NOOP("PrintLabels", "Reports on message"),
    "field.actual_launch_time": QT_TRANSLATE_NOOP("PrintLabels", "Actual launch time"),
    "field.subject": QT_TRANSLATE_NOOP("PrintLabels", "Subject"),
    "field.text": QT_TRANSLATE_NOOP("PrintLabels", "Text"),
    "field.acknowledged_message_id": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledges message"),
    "field.acknowledged_sha256": QT_TRANSLATE_NOOP("PrintLabels", "SHA-256 of acknowledged file"),
    "field.received_at": QT_TRANSLATE_NOOP("PrintLabels", "Received at"),
    "field.acknowledged_at": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledged at"),
    "field.acknowledged_by": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledged by"),
    "field.referenced_message_id": QT_TRANSLATE_NOOP("PrintLabels", "Refers to message"),
    "field.referenced_sha256": QT_TRANSLATE_NOOP("PrintLabels", "SHA-256 of referenced file"),
    "field.other": "{name}",  # not words: the same in every language
    "value.unknown_message": QT_TRANSLATE_NOOP("PrintLabels", "Unknown (the file could not be opened)"),
    # references
    "ref.number": "#",  # not words: the same in every language
    "ref.message_id": QT_TRANSLATE_NOOP("PrintLabels", "Message ID"),
    "ref.sha256": QT_TRANSLATE_NOOP("PrintLabels", "SHA-256 of sealed file"),
    # handling
    "field.approved_by": QT_TRANSLATE_NOOP("PrintLabels", "Approved by"),
    "field.rule_override": QT_TRANSLATE_NOOP("PrintLabels", "Rule override"),
    "value.no_override": QT_TRANSLATE_NOOP("PrintLabels", "None: the agreement's rules were met"),
    "override.title": QT_TRANSLATE_NOOP("PrintLabels", "RULE OVERRIDE"),
    "override.text": QT_TRANSLATE_NOOP("PrintLabels", "The officer released this message although a rule of the agreement was not met. Reason given:"),
    # verification
    "field.signature": QT_TRANSLATE_NOOP("PrintLabels", "Signature"),
    "field.sender_key": QT_TRANSLATE_NOOP("PrintLabels", "Sender's key fingerprint"),
    "field.key_verified": QT_TRANSLATE_NOOP("PrintLabels", "Sender's key"),
    "field.sealed_sha256": QT_TRANSLATE_NOOP("PrintLabels", "SHA-256 of sealed file"),
    "value.signature_valid": QT_TRANSLATE_NOOP("PrintLabels", "VALID"),
    "value.signature_invalid": QT_TRANSLATE_NOOP("PrintLabels", "INVALID — do not rely on this message"),
    "value.key_verified": QT_TRANSLATE_NOOP("PrintLabels", "Verified (safety number confirmed)"),
    "value.key_not_verified": QT_TRANSLATE_NOOP("PrintLabels", "NOT VERIFIED — safety number not confirmed"),
    "verification.unsealed": QT_TRANSLATE_NOOP("PrintLabels", "NOT YET SEALED"),
    "verification.unsealed_caption": QT_TRANSLATE_NOOP("PrintLabels", "This is a draft or preview. It has not been signed, sealed or sent."),
    # acknowledgement
    "ack.none": QT_TRANSLATE_NOOP("PrintLabels", "NOT ACKNOWLEDGED"),
    "ack.none_caption": QT_TRANSLATE_NOOP("PrintLabels", "No acknowledgement of this message had been recorded when this copy was printed."),
    "ack.not_applicable": QT_TRANSLATE_NOOP("PrintLabels", "Not applicable: an acknowledgement is not itself acknowledged."),
    "field.ack_due": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledgement due"),
    "field.ack_due_counterpart": QT_TRANSLATE_NOOP("PrintLabels", "Due from the counterpart"),
    "field.ack_deadline_met": QT_TRANSLATE_NOOP("PrintLabels", "Deadline met"),
    "value.no_deadline": QT_TRANSLATE_NOOP("PrintLabels", "No deadline: none is asked for this message"),
    "ack.deadline.met": QT_TRANSLATE_NOOP("PrintLabels", "Yes: acknowledged {margin} before the deadline"),
    "ack.deadline.late": QT_TRANSLATE_NOOP("PrintLabels", "NO: LATE, acknowledged {margin} after the deadline"),
    "ack.deadline.overdue": QT_TRANSLATE_NOOP("PrintLabels", "NO: LATE, not acknowledged and {margin} past the deadline when printed"),
    "ack.deadline.running": QT_TRANSLATE_NOOP("PrintLabels", "Not yet acknowledged; {margin} left when printed"),
    "ack.deadline.met.short": QT_TRANSLATE_NOOP("PrintLabels", "due {due}, met"),
    "ack.deadline.late.short": QT_TRANSLATE_NOOP("PrintLabels", "LATE: due {due}, {margin} after it"),
    "ack.deadline.overdue.short": QT_TRANSLATE_NOOP("PrintLabels", "LATE: due {due}, {margin} overdue"),
    "ack.deadline.running.short": QT_TRANSLATE_NOOP("PrintLabels", "due {due}"),
    # sign-off: who handled the paper's notice, initialled and signed by hand
    "section.signoff": QT_TRANSLATE_NOOP("PrintLabels", "Handled by"),
    "signoff.col.step": QT_TRANSLATE_NOOP("PrintLabels", "Step"),
    "signoff.col.officer": QT_TRANSLATE_NOOP("PrintLabels", "Officer"),
    "signoff.col.when": QT_TRANSLATE_NOOP("PrintLabels", "Date-time (UTC)"),
    "signoff.col.initials": QT_TRANSLATE_NOOP("PrintLabels", "Initials"),
    "signoff.col.signature": QT_TRANSLATE_NOOP("PrintLabels", "Signature"),
    "signoff.received": QT_TRANSLATE_NOOP("PrintLabels", "Received"),
    "signoff.acknowledged": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledged"),
    "signoff.drafted": QT_TRANSLATE_NOOP("PrintLabels", "Drafted"),
    "signoff.released": QT_TRANSLATE_NOOP("PrintLabels", "Released"),
    "signoff.approved": QT_TRANSLATE_NOOP("PrintLabels", "Approved"),
    "signoff.filed": QT_TRANSLATE_NOOP("PrintLabels", "Filed"),
    "signoff.caption": QT_TRANSLATE_NOOP("PrintLabels", "Names and times as recorded by the console; a blank one is written in by hand."),
    "signoff.caption_received": QT_TRANSLATE_NOOP("PrintLabels", "Received: the officer on watch when the message arrived."),
    "problem.title": QT_TRANSLATE_NOOP("PrintLabels", "PROBLEM — NOT A VALID ACKNOWLEDGEMENT"),
    "problem.text": QT_TRANSLATE_NOOP("PrintLabels", "This message {problem}."),
    "problem.caption": QT_TRANSLATE_NOOP("PrintLabels", "It does not count as an acknowledgement of any message of ours. Raise it with the counterpart."),
    "record.state.problem": QT_TRANSLATE_NOOP("PrintLabels", "PROBLEM: {problem}"),
    # kinds
    "kind.launch_notification": QT_TRANSLATE_NOOP("PrintLabels", "Launch notification"),
    "kind.amendment": QT_TRANSLATE_NOOP("PrintLabels", "Amendment"),
    "kind.cancellation": QT_TRANSLATE_NOOP("PrintLabels", "Cancellation"),
    "kind.post_launch_report": QT_TRANSLATE_NOOP("PrintLabels", "Post-launch report"),
    "kind.general_communication": QT_TRANSLATE_NOOP("PrintLabels", "General communication"),
    "kind.acknowledgement": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledgement"),
    "kind.error": QT_TRANSLATE_NOOP("PrintLabels", "Error report"),
    # watch log
    "log.title": QT_TRANSLATE_NOOP("PrintLabels", "Watch log"),
    "log.header": QT_TRANSLATE_NOOP("PrintLabels", "Watchdesk · {station} · Watch log {period}"),
    "log.period.day": QT_TRANSLATE_NOOP("PrintLabels", "UTC day {day}"),
    "log.period.watch": QT_TRANSLATE_NOOP("PrintLabels", "Watch {start} – {end}"),
    "log.station": QT_TRANSLATE_NOOP("PrintLabels", "Station"),
    "log.period": QT_TRANSLATE_NOOP("PrintLabels", "Period"),
    "log.officers": QT_TRANSLATE_NOOP("PrintLabels", "Officers on watch"),
    "log.totals": QT_TRANSLATE_NOOP("PrintLabels", "Messages"),
    "log.totals_value": QT_TRANSLATE_NOOP("PrintLabels", "{total} in all: {incoming} received, {outgoing} sent; {unacknowledged} not acknowledged; {late} LATE (acknowledged after the deadline, or not yet and past it)"),
    "log.watches": QT_TRANSLATE_NOOP("PrintLabels", "Watch"),
    "log.watch.started": QT_TRANSLATE_NOOP("PrintLabels", "Watch taken by {officer}"),
    "log.watch.handover": QT_TRANSLATE_NOOP("PrintLabels", "Watch handed over: {outgoing} to {incoming}"),
    "log.watch.none": QT_TRANSLATE_NOOP("PrintLabels", "No change of watch recorded in this period"),
    "log.watch.row.handover": QT_TRANSLATE_NOOP("PrintLabels", "Change of watch"),
    "log.watch.row.started": QT_TRANSLATE_NOOP("PrintLabels", "Watch taken"),
    "log.watch.row.from_to": QT_TRANSLATE_NOOP("PrintLabels", "{outgoing} to {incoming}"),
    "log.col.due": QT_TRANSLATE_NOOP("PrintLabels", "Ack due"),
    "log.ack.late": QT_TRANSLATE_NOOP("PrintLabels", "LATE"),
    "log.signature_intro": QT_TRANSLATE_NOOP("PrintLabels", "This log lists {count} message(s). Closed and signed:"),
    "log.section.messages": QT_TRANSLATE_NOOP("PrintLabels", "Messages"),
    "log.section.gaps": QT_TRANSLATE_NOOP("PrintLabels", "Sequence gaps"),
    "log.section.quarantine": QT_TRANSLATE_NOOP("PrintLabels", "Quarantined files"),
    "log.section.attention": QT_TRANSLATE_NOOP("PrintLabels", "For the officer's attention"),
    "log.no_attention": QT_TRANSLATE_NOOP("PrintLabels", "Nothing: no acknowledgement of an unknown message, no message re-sent under another sequence number."),
    "log.attention.when": QT_TRANSLATE_NOOP("PrintLabels", "When (UTC)"),
    "log.attention.what": QT_TRANSLATE_NOOP("PrintLabels", "What"),
    "log.ack.problem": QT_TRANSLATE_NOOP("PrintLabels", "PROBLEM"),
    "log.no_messages": QT_TRANSLATE_NOOP("PrintLabels", "No messages in this period."),
    "log.no_gaps": QT_TRANSLATE_NOOP("PrintLabels", "No gaps in the counterparts' sequence numbers."),
    "log.no_quarantine": QT_TRANSLATE_NOOP("PrintLabels", "No files were quarantined."),
    "log.period_local": QT_TRANSLATE_NOOP("PrintLabels", "{utc}\nLocal {local}"),
    "log.col.number": "#",  # not words: the same in every language
    "log.col.dtg": QT_TRANSLATE_NOOP("PrintLabels", "DTG (UTC)"),
    "log.col.direction": QT_TRANSLATE_NOOP("PrintLabels", "Dir"),
    "log.col.kind": QT_TRANSLATE_NOOP("PrintLabels", "Kind"),
    "log.col.precedence": QT_TRANSLATE_NOOP("PrintLabels", "Prec."),
    "log.col.status": QT_TRANSLATE_NOOP("PrintLabels", "Status"),
    "log.col.counterpart": QT_TRANSLATE_NOOP("PrintLabels", "Station"),
    "log.col.sequence": QT_TRANSLATE_NOOP("PrintLabels", "Seq"),
    "log.col.ack": QT_TRANSLATE_NOOP("PrintLabels", "Acknowledged"),
    "log.col.message_id": QT_TRANSLATE_NOOP("PrintLabels", "Message"),
    "log.direction.in": QT_TRANSLATE_NOOP("PrintLabels", "IN"),
    "log.direction.out": QT_TRANSLATE_NOOP("PrintLabels", "OUT"),
    "log.ack.none": QT_TRANSLATE_NOOP("PrintLabels", "NOT ACK"),
    "log.ack.not_applicable": QT_TRANSLATE_NOOP("PrintLabels", "n/a"),
    "log.gap.counterpart": QT_TRANSLATE_NOOP("PrintLabels", "Counterpart"),
    "log.gap.missing": QT_TRANSLATE_NOOP("PrintLabels", "Missing sequence numbers"),
    "log.quarantine.name": QT_TRANSLATE_NOOP("PrintLabels", "File"),
    "log.quarantine.reason": QT_TRANSLATE_NOOP("PrintLabels", "Reason"),
    "log.signature": QT_TRANSLATE_NOOP("PrintLabels", "Signature of the officer closing the watch"),
    "log.end": QT_TRANSLATE_NOOP("PrintLabels", "End of watch log"),
    # recovery sheet
    "recovery.banner": QT_TRANSLATE_NOOP("PrintLabels", "SECRET — STORE RECOVERY KEY — KEEP IN THE SAFE"),
    "recovery.header": QT_TRANSLATE_NOOP("PrintLabels", "Watchdesk · {station} · Store recovery sheet"),
    "recovery.title": QT_TRANSLATE_NOOP("PrintLabels", "Store recovery sheet"),
    "recovery.station": QT_TRANSLATE_NOOP("PrintLabels", "Station"),
    "recovery.data_dir": QT_TRANSLATE_NOOP("PrintLabels", "Data folder"),
    "recovery.created": QT_TRANSLATE_NOOP("PrintLabels", "Created"),
    "recovery.code_heading": QT_TRANSLATE_NOOP("PrintLabels", "Recovery code"),
    "recovery.code_note": QT_TRANSLATE_NOOP("PrintLabels", "13 groups. The character after each dash checks its group, so a typo is caught in the group where it was made."),
    "recovery.group": QT_TRANSLATE_NOOP("PrintLabels", "Group {number}"),
    "recovery.use_heading": QT_TRANSLATE_NOOP("PrintLabels", "When to use it"),
    "recovery.use": QT_TRANSLATE_NOOP("PrintLabels", "Only when the station's key in the operating system keyring has been lost (new workstation, reinstalled system, damaged keyring). At the station's workstation run:"),
    "recovery.command": "watchdesk --data-dir {data_dir} recover",  # not words: the same in every language
    "recovery.type": QT_TRANSLATE_NOOP("PrintLabels", "and type the code when asked, group by group."),
    "recovery.keep_heading": QT_TRANSLATE_NOOP("PrintLabels", "How to keep it"),
    "recovery.keep": QT_TRANSLATE_NOOP("PrintLabels", "Keep this sheet in the safe. Anyone holding it together with the station's data can read every record of the station. Do not photograph, scan or copy it. Delete the recovery file from disk once this sheet has been printed and checked."),
    "recovery.footer": QT_TRANSLATE_NOOP("PrintLabels", "Created {when} · Page {page} of {pages}"),
    "recovery.check": QT_TRANSLATE_NOOP("PrintLabels", "Checked against the screen by: ______________________   Date: ____________"),
    # the agreed codes of precedence, status and vehicle category, and ocean names, as words
    "precedence.FLASH": QT_TRANSLATE_NOOP("PrintLabels", "FLASH"),
    "precedence.IMMEDIATE": QT_TRANSLATE_NOOP("PrintLabels", "IMMEDIATE"),
    "precedence.PRIORITY": QT_TRANSLATE_NOOP("PrintLabels", "PRIORITY"),
    "precedence.ROUTINE": QT_TRANSLATE_NOOP("PrintLabels", "ROUTINE"),
    "status.ACTUAL": QT_TRANSLATE_NOOP("PrintLabels", "ACTUAL"),
    "status.EXERCISE": QT_TRANSLATE_NOOP("PrintLabels", "EXERCISE"),
    "status.TEST": QT_TRANSLATE_NOOP("PrintLabels", "TEST"),
    "vehicle.ICBM": QT_TRANSLATE_NOOP("PrintLabels", "ICBM"),
    "vehicle.SLBM": QT_TRANSLATE_NOOP("PrintLabels", "SLBM"),
    "vehicle.SLV": QT_TRANSLATE_NOOP("PrintLabels", "SLV"),
    "vehicle.OTHER": QT_TRANSLATE_NOOP("PrintLabels", "OTHER"),
    "ocean.Atlantic": QT_TRANSLATE_NOOP("PrintLabels", "Atlantic"),
    "ocean.Pacific": QT_TRANSLATE_NOOP("PrintLabels", "Pacific"),
    "ocean.Indian": QT_TRANSLATE_NOOP("PrintLabels", "Indian"),
    "ocean.Arctic": QT_TRANSLATE_NOOP("PrintLabels", "Arctic"),
    "ocean.Southern": QT_TRANSLATE_NOOP("PrintLabels", "Southern"),
    # free text: the original as received and the officers' working translations of it
    "language.en": QT_TRANSLATE_NOOP("PrintLabels", "English"),
    "language.ru": QT_TRANSLATE_NOOP("PrintLabels", "Russian"),
    "language.zh_CN": QT_TRANSLATE_NOOP("PrintLabels", "Simplified Chinese"),
    "freetext.original": QT_TRANSLATE_NOOP("PrintLabels", "Original ({language})"),
    "freetext.original_unstated": QT_TRANSLATE_NOOP("PrintLabels", "Original (language not stated)"),
    "freetext.translation": QT_TRANSLATE_NOOP("PrintLabels", "Working translation into {language} by {officer}, {time} — not the original"),
}


_languages: ContextVar[tuple[str, ...]] = ContextVar("printing_languages", default=())


def parse_languages(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """'en,ru' (or a sequence of codes) as the console's language codes, first first, each once.
    Raises ValueError naming a language the console is not translated into."""
    if not text:
        return ()
    codes = text.split(",") if isinstance(text, str) else list(text)
    languages: list[str] = []
    for code in (c.strip() for c in codes):
        if not code:
            continue
        known = normalise(code)
        if known is None:
            raise ValueError(tr("the console is not translated into {language} (printouts can be in {known})").format(
                language=code, known=", ".join(LANGUAGE_NAMES)))
        if known not in languages:
            languages.append(known)
    return tuple(languages)


@contextmanager
def printed_in(languages: Sequence[str]) -> Iterator[None]:
    """Lay out a printout in `languages` (first = primary); empty means the console's language."""
    token = _languages.set(tuple(languages))
    try:
        # The core's sentences on the page (durations, rule findings, kinds) in the primary language too.
        with speaking(languages[0]) if languages else nullcontext():
            yield
    finally:
        _languages.reset(token)


def print_languages() -> tuple[str, ...]:
    """The languages of the printout being laid out, the primary first."""
    return _languages.get() or (current_language(),)


def primary_language() -> str:
    return print_languages()[0]


def bilingual() -> bool:
    return len(print_languages()) > 1


def translated(text: str, language: str) -> str:
    """A label's text in `language`: its PrintLabels translation, else the core's translation of
    the same sentence (the reading pane and the rules word many of the same labels), else English."""
    if language == BUILT_IN:
        return text
    found = lookup(CONTEXT, text, language=language)
    return found if found != text else lookup("", text, language=language)


def in_each_language(word: Callable[[], str], inline: bool = False) -> str:
    """`word()` worded in every language of the printout: the primary's line, then each other
    language's that differs from it, as a smaller second line (or after " / " when `inline`)."""
    languages = print_languages()
    if len(languages) == 1:
        return word()
    worded: list[str] = []
    for language in languages:
        with printed_in((language,)):
            text = word()
        if text not in worded:  # a code or an untranslated label once, not twice
            worded.append(text)
    return join_languages(worded, inline)


def join_languages(worded: Sequence[str], inline: bool = False) -> str:
    first, *others = worded
    if inline:
        return " / ".join([first, *others])
    return first + "".join(f"\n{SECOND_LINE_START}{other}{SECOND_LINE_END}" for other in others)


def _worded(key: str, values: dict[str, object]) -> str:
    text = translated(LABELS[key], primary_language())
    return text.format(**values) if values else text


def label(key: str, /, **values: object) -> str:
    """The printed text for `key`, with `values` filled in, in every language of the printout."""
    return in_each_language(lambda: _worded(key, values))


def label_inline(key: str, /, **values: object) -> str:
    """As `label`, the languages on one line after " / " (page headers and footers)."""
    return in_each_language(lambda: _worded(key, values), inline=True)


def coded(prefix: str, code: object) -> str:
    """An agreed code (FLASH, EXERCISE, ICBM, an ocean) in words, the code itself when unknown."""
    key = f"{prefix}.{code}"
    return label(key) if key in LABELS else str(code)


def language_name(code: str | None) -> str:
    """A language's name in the printout's primary language ("Russian"); the code when unknown."""
    key = f"language.{code}"
    return _worded(key, {}) if key in LABELS else str(code or "")


def utc_and_local(moment: datetime, zone: tzinfo | None, seconds: bool = True) -> str:
    """``2026-11-28 12:00:00Z   (Local 2026-11-28 13:00 CET)``; the word "Local" in every language."""
    local = format_local_date_time(moment, zone)
    if not bilingual():
        return f"{format_utc_date_time(moment, seconds)}   ({label('value.local_time', local=local)})"
    # The word in each language, the time once: "(Local / Местное 2026-11-28 13:00 MSK)".
    words = in_each_language(lambda: _worded("value.local_time", {"local": ""}).strip(), inline=True)
    return f"{format_utc_date_time(moment, seconds)}   ({words} {local})"
