"""`watchdesk notices list|show`, `watchdesk ack` and `watchdesk send`: the window's lists and reading
pane, its Acknowledge button and its compose window's release, from the command line.

Everything goes through the services the window uses: the listing queries and the chain and
deadline states for what is shown (console/service/queries.py, chains.py, deadlines.py), the
officers' roll for PINs (console/cli/pins.py), and Outgoing for the agreement's rules, the
two-person rule, sealing, the audit entries and the export (console/service/outgoing.py). The
words here only put those answers into lines of text; the `--json` shapes are in docs/cli.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from console.cli.common import (
    EXIT_USAGE,
    OS_ACCOUNT_MARK,
    BadInput,
    CommandFailed,
    CommandRefused,
    NotFound,
    machine_readable,
    opened_station,
)
from console.cli.pins import prove_pin
from console.domain.errors import NoticeFormatError
from console.domain.notices import TARGET_FIELD_BY_KIND, Kind, Notice, Precedence, Status, notice_text
from console.domain.rules import Finding, Severity
from console.domain.times import TimeFormatError, format_duration, format_rfc3339, parse_rfc3339
from console.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, lookup, tr
from console.service import queries
from console.service.chains import amendment_changes, chain_state, stamp_words
from console.service.deadlines import Phase, deadline_state
from console.service.drafts import cancelled_by
from console.service.outgoing import Outgoing, ReleaseRefused, ReleaseResult
from console.service.working_translations import (
    ALL_FIELDS,
    WorkingTranslation,
    WorkingTranslationRefused,
    add_working_translation,
    check_working_translation,
    original_caption,
    sender_language,
    translation_caption,
    working_translations,
)
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from console.storage.notices import NoticeFilter, StoredNotice
from console.storage.operators import OperatorBook

# The fields of a notice that the station fills in when it releases it (docs/format.md, section 3).
STATION_FIELDS = ("sequence", "sender", "dtg", "released_by")
# Kinds the compose window does not send: an acknowledgement answers one received notice (`ack`).
NOT_COMPOSED = {Kind.ACKNOWLEDGEMENT.value: QT_TRANSLATE_NOOP(
    "SendCommand", "{path} is an acknowledgement: an acknowledgement is sent with `watchdesk ack ID`, which names "
    "the notice it acknowledges.")}


class MissingOfficer(CommandFailed):
    exit_status = EXIT_USAGE


def add_commands(sub) -> None:
    notices = sub.add_parser("notices", help=tr("list the stored notices, or show one as the reading pane does"))
    notices_sub = notices.add_subparsers(dest="notices_command", metavar="ACTION", required=True)
    listing = notices_sub.add_parser("list", help=tr("the notices, newest first, with deadline and chain state"))
    listing.add_argument("--direction", choices=("in", "out"), help=tr("received (in) or sent (out); default both"))
    listing.add_argument("--status", type=str.upper, choices=[s.value for s in Status])
    listing.add_argument("--precedence", type=str.upper, choices=[p.value for p in Precedence])
    listing.add_argument("--kind", choices=[k.value for k in Kind])
    listing.add_argument("--counterpart", metavar="STATION_ID")
    listing.add_argument("--since", type=since_time, metavar="TIME",
                         help=tr("only notices with a DTG at or after TIME (2026-11-28T06:00:00Z, or a UTC day "
                                 "2026-11-28)"))
    listing.add_argument("--waiting", action="store_true",
                         help=tr("only notices still waiting for an acknowledgement"))
    listing.add_argument("--limit", type=positive_count, metavar="N", help=tr("at most N notices"))
    listing.add_argument("--json", action="store_true", help=tr("one JSON object (docs/cli.md)"))
    listing.set_defaults(handler=cmd_list)
    show = notices_sub.add_parser("show", help=tr("one notice, as the reading pane shows it"))
    show.add_argument("id", help=tr("the notice's number in `notices list`, or its message id"))
    show.add_argument("--json", action="store_true", help=tr("one JSON object (docs/cli.md)"))
    show.set_defaults(handler=cmd_show)
    translate = notices_sub.add_parser(
        "translate", help=tr("keep a working translation of a received notice's free text (never sent; the "
                             "original stays as received)"))
    translate.add_argument("id", help=tr("the notice's number in `notices list`, or its message id"))
    translate.add_argument("--field", required=True, choices=ALL_FIELDS,
                           help=tr("the free-text field, by its path in the notice"))
    # Not --language: that option names the language of the command's own messages, on every command.
    translate.add_argument("--into", dest="translation_language", metavar="LANGUAGE", required=True,
                           choices=list(LANGUAGE_NAMES), help=tr("the language translated into: en, ru or zh_CN"))
    translate.add_argument("--text", required=True, help=tr("the working translation"))
    # Also the option before the command, which names who runs any command; here it must be given.
    translate.add_argument("--officer", metavar="NAME", default=argparse.SUPPRESS,
                           help=tr("the translating officer, on the station's roll (the PIN is asked for)"))
    translate.add_argument("--json", action="store_true", help=tr("the translation kept, as one JSON object"))
    translate.set_defaults(handler=cmd_translate)

    ack = sub.add_parser("ack", help=tr("acknowledge a received notice (the officer's PIN is asked for)"))
    ack.add_argument("id", help=tr("the notice's number in `notices list`, or its message id"))
    # Also the option before the command, which names who runs any command; here it must be given.
    ack.add_argument("--officer", metavar="NAME", default=argparse.SUPPRESS,
                     help=tr("the acknowledging officer, on the station's roll"))
    ack.add_argument("--json", action="store_true", help=tr("the acknowledgement sent, as one JSON object"))
    ack.set_defaults(handler=cmd_ack)

    send = sub.add_parser(
        "send", help=tr("check a notice given as JSON against the agreement and release it (PINs are asked for)"))
    send.add_argument("notice_file", type=Path, metavar="NOTICE.json",
                      help=tr("the notice (docs/format.md, section 3) without sequence, sender, dtg and released_by"))
    send.add_argument("--drafter", required=True, metavar="NAME", help=tr("the officer who drafts and releases it"))
    send.add_argument("--approver", metavar="NAME", help=tr("the second officer, when the two-person rule is on"))
    send.add_argument("--override-reason", metavar="TEXT",
                      help=tr("release despite the agreement's warnings, for this reason (audited)"))
    send.add_argument("--json", action="store_true", help=tr("the notice sent, as one JSON object"))
    send.set_defaults(handler=cmd_send)


# ---- arguments ---------------------------------------------------------------------------


def since_time(text: str) -> str:
    """An RFC 3339 UTC time, or a UTC day meaning its midnight; as the listing filter compares it."""
    value = text.strip()
    if len(value) == 10:
        value += "T00:00:00Z"
    try:
        return format_rfc3339(parse_rfc3339(value))
    except TimeFormatError:
        raise argparse.ArgumentTypeError(
            tr("{given} is not a UTC time like 2026-11-28T06:00:00Z or a day like 2026-11-28").format(
                given=repr(text))) from None


def positive_count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(tr("{given} is not a whole number of 1 or more").format(given=repr(text)))
    return int(text)


def find_notice(station, ident: str) -> StoredNotice:
    """The notice a command names by its number (as `notices list` prints it) or its message id."""
    text = ident.strip()
    stored = (notice_rows.by_id(station.store, int(text)) if text.isdigit()
              else notice_rows.by_message_id(station.store, text.lower()))
    if stored is None:
        raise NotFound(tr("no notice {notice} is on record at this station; `watchdesk notices list` shows their "
                          "numbers.").format(notice=ident))
    return stored


# ---- what the lists and the reading pane show ---------------------------------------------


def zulu(text: str | None) -> str:
    """'12:04Z', as the reading pane writes a time of the day."""
    return f"{parse_rfc3339(text):%H:%M}Z" if text else ""


def _span(span: timedelta) -> str:
    seconds = int(abs(span).total_seconds())
    return tr("{seconds} s").format(seconds=seconds) if seconds < 60 else format_duration(span)


def _acknowledged_words(row: dict[str, Any]) -> str:
    return tr("Acknowledged by {officer} at {time}.").format(officer=row["acknowledged_by"] or "?",
                                                            time=zulu(row["acknowledged_at"]))


def deadline_words(row: dict[str, Any], now: datetime) -> str:
    """The reading pane's deadline strip in words (console/ui/inbox/reading_pane.py, tick)."""
    state = deadline_state(row, now)
    incoming, counterpart = row["direction"] == "in", row["counterpart"]
    due = zulu(row["ack_due_at"])
    if row["cancelled"]:
        text = tr("{stamp}: this notice no longer stands.").format(stamp=stamp_words(row))
        if state.phase is Phase.ACKNOWLEDGED:
            more = _acknowledged_words(row)
            if not incoming:
                more = tr("{counterpart} acknowledged it: {acknowledged}").format(counterpart=counterpart,
                                                                                  acknowledged=more)
        elif state.phase is Phase.PROBLEM_REPORTED:
            more = (tr("A problem report was sent instead of an acknowledgement.") if incoming
                    else tr("{counterpart} reported a problem with it.").format(counterpart=counterpart))
        elif state.phase in (Phase.RUNNING, Phase.OVERDUE):
            more = (tr("Its receipt is still to be acknowledged (due {due}).").format(due=due) if incoming
                    else tr("{counterpart} has not acknowledged it (due {due}).").format(counterpart=counterpart,
                                                                                        due=due))
        else:
            more = ""
        return f"{text} {more}".strip()
    if state.phase is Phase.RUNNING and state.remaining is not None:
        left = _span(state.remaining)
        text = (tr("Acknowledge within {left} (due {due}).") if incoming
                else tr("Awaiting their acknowledgement: {left} left (due {due}).")).format(left=left, due=due)
    elif state.phase is Phase.OVERDUE and state.remaining is not None:
        late = _span(state.remaining)
        text = (tr("Acknowledgement OVERDUE {late} (was due {due}).") if incoming
                else tr("Their acknowledgement is OVERDUE {late} (was due {due}): follow it up with {counterpart}.")
                ).format(late=late, due=due, counterpart=counterpart)
    elif state.phase is Phase.ACKNOWLEDGED:
        text = (_acknowledged_words(row) if incoming
                else tr("{counterpart} acknowledged it: {acknowledged}").format(
                    counterpart=counterpart, acknowledged=_acknowledged_words(row)))
    elif state.phase is Phase.PROBLEM_REPORTED:
        text = (tr("A problem report was sent instead of an acknowledgement.") if incoming
                else tr("{counterpart} reported a problem with this notice: see the inbox.").format(
                    counterpart=counterpart))
    else:
        text = tr("No acknowledgement is asked for this notice.")
    if not incoming and state.phase in (Phase.RUNNING, Phase.OVERDUE):
        delivery = (tr("Released; the file is not written yet (`watchdesk exchange export`).")
                    if row["state"] == "released" else tr("File written to the outbox."))
        text = f"{delivery} {text}"
    return text


def listed(row: dict[str, Any], now: datetime) -> dict[str, Any]:
    """One notice as `notices list --json` gives it, from a row of queries.notice_rows."""
    state = deadline_state(row, now)
    return {
        "id": row["id"],
        "message_id": row["message_id"],
        "direction": row["direction"],
        "counterpart": row["counterpart"],
        "sequence": row["sequence"],
        "dtg": row["dtg"],
        "kind": row["kind"],
        "precedence": row["precedence"],
        "status": row["status"],
        "summary": row["summary"],
        "window_start": row["window_start"],
        "window_end": row["window_end"],
        "delivery": row["state"],
        "read": bool(row["opened"]),
        "chain": {"stamp": row["chain_stamp"], "cancelled": bool(row["cancelled"])},
        "deadline": {
            "phase": state.phase.value,
            "due_at": row["ack_due_at"],
            "seconds_left": int(state.remaining.total_seconds()) if state.remaining is not None else None,
            "words": deadline_words(row, now),
        },
        "acknowledgement": ({"by": row["acknowledged_by"], "at": row["acknowledged_at"]}
                            if row["acknowledged_at"] else None),
        "problem": row["problem"] if row["direction"] == "in" else None,
    }


def _link(link: queries.ChainLink, this_id: int) -> dict[str, Any]:
    return {"id": link.notice_id, "message_id": link.message_id, "direction": link.direction, "kind": link.kind,
            "sequence": link.sequence, "dtg": link.dtg, "this": link.notice_id == this_id}


def shown(station, stored: StoredNotice, now: datetime) -> dict[str, Any]:
    """One notice as `notices show --json` gives it: the list's entry and what else the pane shows."""
    conn = station.store.conn
    entry = listed(queries.notice_rows(conn, [stored.id])[stored.id], now)
    row, notice = stored.row, stored.notice
    state = chain_state(conn, row["message_id"])
    counterpart = CounterpartBook(station.store).get(row["counterpart"])
    changes = None
    if notice.kind is Kind.AMENDMENT:
        found = amendment_changes(conn, notice)
        changes = {
            "against": _link(found.amends, stored.id) if found.amends is not None else None,
            "known": found.known,
            "fields": [{"field": c.field, "was": c.old, "now": c.new} for c in found.changes],
        }
    entry.update(
        counterpart_name=counterpart.name if counterpart else None,
        chain={
            **entry["chain"],
            "cancelled_by": _link(state.cancelled_by, stored.id) if state.cancelled_by else None,
            "amended_by": [_link(link, stored.id) for link in state.amended_by],
            "members": [_link(link, stored.id) for link in queries.notice_chain(conn, stored.id)],
        },
        changes=changes,
        handling={
            "sender": row["sender"],
            "recipient": row["recipient"],
            "sealed_sha256": row["sealed_sha256"],
            "received_at": row["received_at"],
            "released_at": row["released_at"],
            "signing_key": row["signing_key"],
            "agreement": notice.agreement,
            "drafted_by": notice.drafted_by,
            "released_by": notice.released_by,
            "approved_by": row["approved_by"],
            "override_reason": row["override_reason"],
        },
        notice=notice.to_dict(),
        # Local to this station, never sent: the officers' working translations of its free text.
        free_text_language=sender_language(station, row["counterpart"]) if row["direction"] == "in" else None,
        working_translations=[
            {"id": t.id, "field": t.field, "language": t.language, "text": t.text, "translator": t.translator,
             "created_at": format_rfc3339(t.created_at)} for t in working_translations(station, stored.id)],
    )
    return entry


def _columns(entry: dict[str, Any]) -> str:
    # A cancelled notice's words begin with its stamp; an amended one's stamp goes before them.
    deadline, stamp = entry["deadline"]["words"], entry["chain"]["stamp"]
    if stamp and not entry["chain"]["cancelled"]:
        deadline = f"{stamp}; {deadline}"
    if entry["problem"]:
        deadline = tr("PROBLEM: {problem}").format(problem=entry["problem"])
    return "\t".join(str(value) for value in (
        entry["id"], entry["direction"], entry["counterpart"], entry["sequence"], entry["dtg"], entry["precedence"],
        Kind(entry["kind"]).label, entry["status"], deadline))


def _not_given(value: Any) -> Any:
    return value if value is not None else tr("(not given)")


def _show_text(entry: dict[str, Any]) -> str:
    lines = []
    if entry["chain"]["stamp"]:
        lines.append(entry["chain"]["stamp"])
    lines.append(f"{entry['precedence']} · {Kind(entry['kind']).label} · {entry['status']}")
    name = f" — {entry['counterpart_name']}" if entry["counterpart_name"] else ""
    route = (tr("From {counterpart}{name} · no. {sequence} · DTG {dtg}") if entry["direction"] == "in"
             else tr("To {counterpart}{name} · no. {sequence} · DTG {dtg}"))
    lines.append(route.format(counterpart=entry["counterpart"], name=name, sequence=entry["sequence"],
                              dtg=entry["dtg"]))
    lines.append(tr("Deadline: {words}").format(words=entry["deadline"]["words"]))
    if entry["problem"]:
        lines.append(tr("PROBLEM: this message {problem}. It does not count as an acknowledgement; raise it "
                        "with {counterpart}.").format(problem=entry["problem"], counterpart=entry["counterpart"]))
    changes = entry["changes"]
    if changes is not None:
        if not changes["known"]:
            lines.append(tr("Changes: the version it replaces is not on record here; compare the details by hand."))
        elif not changes["fields"]:
            lines.append(tr("Changes: no launch detail differs from the version it replaces."))
        else:
            lines.append(tr("Changes against the version it replaces:"))
            lines += ["  " + tr("{field}: was {was}, now {now}").format(
                field=c["field"], was=_not_given(c["was"]), now=_not_given(c["now"])) for c in changes["fields"]]
    members = entry["chain"]["members"]
    if len(members) > 1:
        lines.append(tr("Chain on record:"))
        for link in members:
            if link["id"] is None:
                lines.append("  " + tr("not on record here (message {message_id})").format(
                    message_id=link["message_id"]))
                continue
            side = tr("us") if link["direction"] == "out" else tr("them")
            mark = "  " + tr("(this notice)") if link["this"] else ""
            number = tr("{kind} no. {sequence}").format(kind=Kind(link["kind"]).words, sequence=link["sequence"])
            lines.append(f"  {link['id']}\t{number}\t{side}\t{zulu(link['dtg'])}{mark}")
    handling = entry["handling"]
    lines.append(tr("Handling:"))
    if entry["direction"] == "in":
        lines.append("  " + tr("signature: valid, checked when the file was imported at {time}").format(
            time=handling["received_at"]))
        lines.append("  " + tr("sender key: {key}").format(key=handling["signing_key"]))
    else:
        lines.append("  " + tr("sealed and signed by this station at {time}; delivery: {delivery}").format(
            time=handling["released_at"], delivery=entry["delivery"]))
    lines.append("  " + tr("sequence {sequence} ({sender} -> {recipient}), message id {message_id}").format(
        sequence=entry["sequence"], sender=handling["sender"], recipient=handling["recipient"],
        message_id=entry["message_id"]))
    lines.append("  " + tr("SHA-256 of the sealed file: {sha256}").format(sha256=handling["sealed_sha256"]))
    people = (tr("drafted by {drafter}, released by {releaser}, approved by {approver}") if handling["approved_by"]
              else tr("drafted by {drafter}, released by {releaser}"))
    lines.append("  " + people.format(drafter=handling["drafted_by"], releaser=handling["released_by"],
                                      approver=handling["approved_by"]))
    if handling["override_reason"]:
        lines.append("  " + tr("released despite the agreement's warnings: {reason}").format(
            reason=handling["override_reason"]))
    lines.append(tr("Notice:"))
    lines += [f"  {line}" for line in notice_text(Notice.from_dict(entry["notice"])).splitlines()]
    if entry["direction"] == "in":
        lines.append(tr("Free text: {caption}").format(caption=original_caption(entry["free_text_language"])))
    for kept in entry["working_translations"]:
        translation = WorkingTranslation(kept["id"], entry["id"], kept["field"], kept["language"], kept["text"],
                                         kept["translator"], parse_rfc3339(kept["created_at"]))
        lines.append(f"{kept['field']}: {translation_caption(translation)}")
        lines += [f"  {line}" for line in kept["text"].splitlines()]
    return "\n".join(lines)


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def cmd_list(args) -> int:
    directions = [args.direction] if args.direction else ["in", "out"]
    with opened_station(args) as station:
        conn = station.store.conn
        ids: list[int] = []
        for direction in directions:
            # As the window lists them: the counterpart's acknowledgements fold into what they acknowledge.
            flt = NoticeFilter(direction=direction, status=args.status, kind=args.kind, counterpart=args.counterpart,
                               precedence=args.precedence, since=args.since, unacknowledged_only=args.waiting,
                               acknowledgements=direction != "in")
            ids += queries.notice_ids(conn, flt, "dtg_desc", args.limit)
        rows = queries.notice_rows(conn, ids)
        now = station.clock()
    ordered = sorted(rows.values(), key=lambda row: (row["dtg"], row["id"]), reverse=True)[: args.limit]
    with machine_readable(args.json):
        entries = [listed(row, now) for row in ordered]
    if args.json:
        _print_json({"notices": entries})
        return 0
    if not entries:
        print(tr("No notices match."))
        return 0
    # The columns are separated by tabs, in every language.
    print(tr("ID\tDIR\tCOUNTERPART\tNO.\tDTG\tPRECEDENCE\tKIND\tSTATUS\tDEADLINE"))
    for entry in entries:
        print(_columns(entry))
    return 0


def cmd_show(args) -> int:
    with opened_station(args) as station, machine_readable(args.json):
        entry = shown(station, find_notice(station, args.id), station.clock())
    if args.json:
        _print_json(entry)
    else:
        print(_show_text(entry))
    return 0


# ---- acknowledging and releasing ----------------------------------------------------------


def _refused(exc: ReleaseRefused) -> CommandRefused:
    return CommandRefused(exc.user_message, [_finding_line(f) for f in exc.findings])


def _finding_line(finding: Finding) -> str:
    return f"{finding.field or 'notice'}: {finding.message} ({finding.code})"


def _outcome(station, result: ReleaseResult, what: str, as_json: bool) -> int:
    stored = result.notice
    counterpart = CounterpartBook(station.store).require(stored["counterpart"])
    path = Outgoing(station).folders(counterpart).outbox / stored["sealed_file"]
    if as_json:
        with machine_readable():
            entry = listed(queries.notice_rows(station.store.conn, [stored.id])[stored.id], station.clock())
        _print_json({"notice": entry, "exported": result.exported, "file": str(path) if result.exported else None,
                     "export_error": result.export_error})
        return 0
    facts = {"what": what, "sequence": stored["sequence"], "counterpart": counterpart.station_id,
             "notice": stored.id, "message_id": stored["message_id"], "error": result.export_error,
             "due": zulu(stored["ack_due_at"])}
    if not result.exported:
        # Released all the same: running the command again would send it twice.
        print(tr("{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}), "
                 "but it could not be written to the outbox: {error}. It is kept; `watchdesk exchange export` "
                 "writes it.").format(**facts))
        return 0
    if stored["ack_due_at"]:
        print(tr("{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message {message_id}); "
                 "waiting for acknowledgement, due {due}.").format(**facts))
    else:
        print(tr("{what} sealed as sequence {sequence} to {counterpart} (notice {notice}, message "
                 "{message_id}).").format(**facts))
    print(tr("File: {path}").format(path=path))
    return 0


def _require_on_roll(book: OperatorBook, name: str) -> None:
    officer = book.get(name)
    if officer is None or not officer.active:
        raise CommandRefused(tr("{name} is not an active officer of this station; nothing was done.").format(
            name=name))


def cmd_ack(args) -> int:
    officer = args.officer
    if officer.startswith(OS_ACCOUNT_MARK):
        raise MissingOfficer(tr("name the acknowledging officer with --officer NAME: an acknowledgement names the "
                                "officer who made it."))
    with opened_station(args) as station:
        stored = find_notice(station, args.id)
        outgoing = Outgoing(station)
        refused = outgoing.acknowledge_refusal(stored)  # before the PIN is typed; acknowledge asks again
        if refused is not None:
            raise _refused(refused)
        book = OperatorBook(station.store)
        _require_on_roll(book, officer)
        place = (f"command line: watchdesk ack: acknowledgement of {stored.notice.kind.label} no. "
                 f"{stored['sequence']} from {stored['counterpart']}")
        prove_pin(book, officer, place, station.clock)
        try:
            result = outgoing.acknowledge(stored.id, officer)
        except ReleaseRefused as exc:
            raise _refused(exc) from None
        return _outcome(station, result, tr("Acknowledgement"), args.json)


def cmd_translate(args) -> int:
    officer = args.officer
    if officer.startswith(OS_ACCOUNT_MARK):
        raise MissingOfficer(tr("name the translating officer with --officer NAME: a working translation names "
                                "the officer who made it."))
    with opened_station(args) as station:
        stored = find_notice(station, args.id)
        book = OperatorBook(station.store)
        _require_on_roll(book, officer)
        place = (f"command line: watchdesk notices translate: working translation of {args.field} of "
                 f"{stored.notice.kind.label} no. {stored['sequence']} from {stored['counterpart']}")
        try:
            # Refused before the PIN is asked for, not after the officer has typed it.
            check_working_translation(station, stored.id, args.field, args.translation_language, args.text, officer)
            prove_pin(book, officer, place, station.clock)
            kept = add_working_translation(station, stored.id, field=args.field, language=args.translation_language,
                                           text=args.text, translator=officer)
        except WorkingTranslationRefused as exc:
            raise CommandRefused(exc.user_message) from None
    if args.json:
        _print_json({"id": kept.id, "notice": kept.notice_id, "field": kept.field, "language": kept.language,
                     "text": kept.text, "translator": kept.translator,
                     "created_at": format_rfc3339(kept.created_at)})
    else:
        print(translation_caption(kept))
    return 0


def read_notice_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(tr("{path} does not exist.").format(path=path)) from None
    except UnicodeDecodeError as exc:
        raise BadInput(tr("{path} is not UTF-8 text (byte {byte}).").format(path=path, byte=exc.start)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(tr("{path} is not JSON: {error} at line {line}, column {column}.").format(
            path=path, error=exc.msg, line=exc.lineno, column=exc.colno)) from None
    if not isinstance(data, dict):
        raise BadInput(tr("{path} holds JSON but not a notice: a notice is a JSON object (docs/format.md, "
                          "section 3).").format(path=path))
    return data


def drafted_notice(path: Path, drafter: str) -> dict[str, Any]:
    """The notice in `path` as the compose window hands it to the release: without what the station fills
    in, drafted by `drafter`."""
    draft = read_notice_file(path)
    given = [name for name in STATION_FIELDS if name in draft]
    if given:
        refusal = (tr("{path} gives {fields}: the station fills it in when it releases the notice; leave them out.")
                   if len(given) == 1 else
                   tr("{path} gives {fields}: the station fills them in when it releases the notice; leave them out."))
        raise BadInput(refusal.format(path=path, fields=", ".join(given)))
    if isinstance(draft.get("kind"), str) and draft["kind"] in NOT_COMPOSED:
        raise BadInput(lookup("SendCommand", NOT_COMPOSED[draft["kind"]]).format(path=path))
    if draft.get("drafted_by", drafter) != drafter:
        raise BadInput(tr("{path} names {named} as drafted_by but --drafter is {drafter}: leave "
                          "drafted_by out (--drafter fills it) or make the two agree.").format(
            path=path, named=repr(draft["drafted_by"]), drafter=repr(drafter)))
    draft["drafted_by"] = drafter
    return draft


def cmd_send(args) -> int:
    draft = drafted_notice(args.notice_file, args.drafter)
    drafter, approver = args.drafter, args.approver
    with opened_station(args) as station:
        outgoing = Outgoing(station)
        message_id = draft.get("message_id")
        if isinstance(message_id, str) and notice_rows.by_message_id(station.store, message_id.lower()):
            raise BadInput(tr("message id {message_id} is on record already: give the notice a new one, or leave "
                              "message_id out and the station makes one.").format(message_id=message_id))
        # As the compose window refuses to amend or cancel a notice cancelled already.
        body = draft.get("body") if isinstance(draft.get("body"), dict) else {}
        target = body.get(TARGET_FIELD_BY_KIND[Kind(draft["kind"])]) if draft.get("kind") in (
            Kind.AMENDMENT, Kind.CANCELLATION) else None
        if isinstance(target, str):
            sequence = cancelled_by(station.store, target)
            if sequence is not None:
                refusal = (tr("the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be "
                              "amended.") if draft["kind"] == Kind.AMENDMENT else
                           tr("the notice {target} was already cancelled (outgoing sequence {sequence}); it cannot be "
                              "cancelled again."))
                raise CommandRefused(refusal.format(target=target, sequence=sequence))
        findings = outgoing.check(draft)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if errors:
            raise BadInput(tr("{path} cannot be sent until these are fixed; nothing was done.").format(
                path=args.notice_file),
                           [_finding_line(f) for f in errors])
        problem = outgoing.wire_problem(draft, drafter)
        if problem is not None:
            raise BadInput(tr("{path} is not a valid notice: {problem}; nothing was done.").format(
                path=args.notice_file, problem=problem))
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        override = (args.override_reason or "").strip() or None
        if warnings and override is None:
            raise CommandRefused(tr("the notice breaks the agreement's rules; release it only with --override-reason "
                                    "TEXT, which the audit log keeps. Nothing was done."),
                                 [_finding_line(f) for f in warnings])
        if not warnings and override is not None:
            print(tr("No rule of the agreement is broken: the override reason is not needed and is not recorded."),
                  file=sys.stderr)
        # The recipient and the two-person rule, as Outgoing.release will check them, before any PIN is typed.
        refused = outgoing.release_refusal(draft, drafter, approver)
        if refused is not None:
            raise _refused(refused)
        book = OperatorBook(station.store)
        kind_words = Kind(draft["kind"]).label
        place = f"command line: watchdesk send: release of {kind_words} to {draft['recipient']}"
        prove_pin(book, drafter, f"{place}: releasing officer", station.clock)
        if approver:
            prove_pin(book, approver, f"{place}: approving officer", station.clock)
        try:
            if draft["kind"] == Kind.ERROR:
                result = _report_problem(outgoing, draft, drafter)
            else:
                result = outgoing.release(draft, drafter, approver=approver, override_reason=override)
        except ReleaseRefused as exc:
            raise _refused(exc) from None
        except NoticeFormatError as exc:
            raise BadInput(tr("{path} is not a valid notice: {problem}; nothing was done.").format(
                path=args.notice_file, problem=exc)) from None
        return _outcome(station, result, kind_words[:1].upper() + kind_words[1:], args.json)


def _report_problem(outgoing: Outgoing, draft: dict[str, Any], officer: str) -> ReleaseResult:
    """An error notice goes out as the window's Report a problem sends one (and is audited so)."""
    body = draft["body"]
    return outgoing.report_problem(
        draft["recipient"], body["reason"], officer, message_id=body.get("referenced_message_id"),
        sha256=body.get("referenced_sha256"), precedence=draft["precedence"], status=draft["status"])

