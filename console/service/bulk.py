"""A large, realistic history in a real store, fast: for the 100,000-notice tests and benchmarks.

`fill_history(station, 100_000)` writes notices into the station's own
encrypted store, in one transaction with `executemany`, together with their
search text (notices_fts), references, channel sequence numbers and one audit
entry. The rows are what the importer and the release path would have stored,
with two shortcuts that keep 100,000 rows to seconds rather than minutes:

* nothing is sealed: `sealed_blob` is empty and `sealed_sha256` is the digest of
  the notice JSON (the verification facts of these rows say nothing real);
* the notices are variations of a few dozen fully built (and validated)
  templates: the summary line, search text and JSON of the body are rendered
  once per template, and per row only the envelope is filled in.

Counterparts `BULK-A`, `BULK-B`, ... are created with fresh keys and verified,
so the inbox can filter by counterpart and the detail pane finds their cards.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain.notices import Kind, Notice, notice_text, summary_line
from console.domain.times import MONTHS, format_rfc3339
from console.format import KeyCard, StationKeys
from console.format.naming import SealedFileName
from console.service.traffic import general_body, launch_body
from console.storage import notices
from console.storage.counterparts import CounterpartBook

BULK_OFFICER = "bulk-generator"
AGREEMENT = "US-USSR BMLNA 1988"
STATUS = "EXERCISE"
# Stands in for the message an amendment or cancellation points at, inside the templates.
_PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000"
PRECEDENCE_WEIGHTS = {"FLASH": 1, "IMMEDIATE": 3, "PRIORITY": 3, "ROUTINE": 3}
KIND_WEIGHTS = {"launch_notification": 60, "general_communication": 20, "amendment": 12, "cancellation": 8}
TEMPLATES = 48
# SQLite page cache for the fill (KiB, negative as PRAGMA cache_size wants it): the random
# message ids and digests land all over their indexes, and decrypting evicted pages again is slow.
FILL_CACHE_KIB = -262144


@dataclass(frozen=True)
class BulkResult:
    inserted: int
    incoming: int
    outgoing: int
    open_incoming: int  # received and not yet acknowledged
    counterparts: tuple[str, ...]


@dataclass(frozen=True)
class _Template:
    kind: Kind
    body_json: str  # with the placeholder id where the referenced message goes
    body_text: str  # the "body...." lines of notice_text, likewise
    summary_tail: str  # summary_line after "PRECEDENCE STATUS kind", likewise
    window_start: str | None
    window_end: str | None


def _templates(rng: random.Random, now: datetime) -> dict[Kind, list[_Template]]:
    templates: dict[Kind, list[_Template]] = {}
    kinds = [Kind(k) for k in KIND_WEIGHTS]
    for index in range(TEMPLATES):
        kind = kinds[index % len(kinds)]
        if kind is Kind.LAUNCH_NOTIFICATION:
            body = launch_body(rng, now)
        elif kind is Kind.GENERAL_COMMUNICATION:
            body = general_body(rng)
        elif kind is Kind.AMENDMENT:
            body = {"amended_message_id": _PLACEHOLDER_ID, "content": launch_body(rng, now),
                    "reason": "Launch window postponed."}
        else:
            body = {"cancelled_message_id": _PLACEHOLDER_ID, "reason": "The exercise launch is cancelled."}
        refers = kind in (Kind.AMENDMENT, Kind.CANCELLATION)
        notice = Notice.from_dict({  # validated once here, so every row built from it is well formed
            "format_version": 1, "kind": str(kind), "message_id": str(uuid.UUID(int=index + 1, version=4)),
            "sequence": 1, "sender": "BULK-A", "recipient": "BULK-Z", "dtg": format_rfc3339(now),
            "precedence": "ROUTINE", "status": STATUS, "agreement": AGREEMENT,
            "references": [{"message_id": _PLACEHOLDER_ID, "sha256": "0" * 64}] if refers else [],
            "drafted_by": BULK_OFFICER, "released_by": BULK_OFFICER, "body": body,
        })
        text_lines = notice_text(notice).split("\n")
        head = f"{notice.precedence} {notice.status} {notice.kind.label}"
        content = notice.launch_content or {}
        templates.setdefault(kind, []).append(_Template(
            kind, json.dumps(body, ensure_ascii=False), "\n".join(line for line in text_lines if line.startswith("body")),
            summary_line(notice)[len(head):], content.get("window_start"), content.get("window_end"),
        ))
    return templates


def add_counterparts(station, count: int, *, prefix: str = "BULK") -> list[str]:
    """Add `count` counterparts with fresh keys, verified; returns their station ids."""
    book = CounterpartBook(station.store)
    own = station.own_card()
    ids = []
    for index in range(count):
        letter = chr(ord("A") + index)
        station_id = f"{prefix}-{letter}"
        card = KeyCard.for_station(station_id, f"Bulk counterpart {letter}", StationKeys.generate())
        book.add_card(card, BULK_OFFICER, station.station_id, station.clock())
        book.verify(station_id, book.expected_number(station_id, own), own, BULK_OFFICER, station.clock())
        ids.append(station_id)
    return ids


def _z(moment: datetime) -> str:
    """format_rfc3339 for a naive UTC time, at a fraction of its cost."""
    return moment.isoformat(timespec="seconds") + "Z"


def _dtg(moment: datetime) -> str:
    """format_dtg for a naive UTC time."""
    return f"{moment.day:02d}{moment.hour:02d}{moment.minute:02d}Z {MONTHS[moment.month - 1]} {moment.year % 100:02d}"


def fill_history(
    station,
    count: int,
    *,
    counterparts: int = 3,
    outgoing_share: float = 0.1,
    open_incoming: int = 25,
    days: int = 365,
    seed: int = 1988,
) -> BulkResult:
    """Store `count` notices spread over the last `days` days before the station's clock.

    All outgoing and all but the newest `open_incoming` incoming notices are
    acknowledged; of those left open, the older ones are already past their deadline.
    """
    rng = random.Random(seed)
    now = station.clock()
    own_id = station.station_id
    counterpart_ids = add_counterparts(station, counterparts)
    book = CounterpartBook(station.store)
    deadlines = {
        (c, p): book.require(c).profile.ack_deadline(p) for c in counterpart_ids for p in PRECEDENCE_WEIGHTS
    }
    thumbprints = {c: book.require(c).card.signing_key_thumbprint for c in counterpart_ids}
    templates = _templates(rng, now)

    directions = ["out" if rng.random() < outgoing_share else "in" for _ in range(count)]
    kinds = rng.choices([Kind(k) for k in KIND_WEIGHTS], list(KIND_WEIGHTS.values()), k=count)
    precedences = rng.choices(list(PRECEDENCE_WEIGHTS), list(PRECEDENCE_WEIGHTS.values()), k=count)
    incoming_total = directions.count("in")
    naive_now = now.replace(tzinfo=None)
    start = naive_now - timedelta(days=days)
    step = timedelta(days=days) / max(count, 1)

    store = station.store
    with store.transaction() as db:
        first_id = notices.next_free_id(db)
        sequences: dict[tuple[str, str], int] = notices.highest_sequences(db)
        latest_launch: dict[tuple[str, str], tuple[str, str]] = {}  # per channel: (message id, digest)
        notice_rows: list[tuple] = []
        text_rows: list[tuple] = []
        reference_rows: list[tuple] = []
        incoming = open_count = 0
        for index, direction in enumerate(directions):
            counterpart = counterpart_ids[index % len(counterpart_ids)]
            sender, recipient = (counterpart, own_id) if direction == "in" else (own_id, counterpart)
            channel = (sender, recipient)
            kind = kinds[index]
            if kind in (Kind.AMENDMENT, Kind.CANCELLATION) and channel not in latest_launch:
                kind = Kind.LAUNCH_NOTIFICATION
            template = rng.choice(templates[kind])
            precedence = "ROUTINE" if kind is Kind.GENERAL_COMMUNICATION else precedences[index]
            sequence = sequences.get(channel, 0) + 1
            sequences[channel] = sequence
            message_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            dtg = start + step * index
            dtg_text = _z(dtg)
            reference_id, reference_sha = latest_launch.get(channel, (_PLACEHOLDER_ID, "0" * 64))
            refers = kind in (Kind.AMENDMENT, Kind.CANCELLATION)
            references = f'[{{"message_id": "{reference_id}", "sha256": "{reference_sha}"}}]' if refers else "[]"
            body_json = template.body_json.replace(_PLACEHOLDER_ID, reference_id) if refers else template.body_json
            # Every value is a plain ASCII id or word, so the envelope needs no escaping.
            notice_json = (
                f'{{"format_version": 1, "kind": "{kind}", "message_id": "{message_id}", "sequence": {sequence}, '
                f'"sender": "{sender}", "recipient": "{recipient}", "dtg": "{dtg_text}", '
                f'"precedence": "{precedence}", "status": "{STATUS}", "agreement": "{AGREEMENT}", '
                f'"references": {references}, "drafted_by": "{BULK_OFFICER}", "released_by": "{BULK_OFFICER}", '
                f'"body": {body_json}}}'
            )
            digest = hashlib.sha256(notice_json.encode("utf-8")).hexdigest()
            if kind is Kind.LAUNCH_NOTIFICATION:
                latest_launch[channel] = (message_id, digest)

            moment = dtg + timedelta(minutes=1 + index % 5)
            acknowledged_at, acknowledged_by, state = None, None, "acknowledged"
            if direction == "in":
                incoming += 1
                if incoming > incoming_total - open_incoming:
                    open_count += 1
                    # The newest open notices arrive close to now, so some deadlines still run.
                    moment = naive_now - timedelta(minutes=(incoming_total - incoming) * 7)
                    state = "received"
                else:
                    acknowledged_at, acknowledged_by = _z(moment + timedelta(minutes=2)), "Duty officer"
            else:
                acknowledged_at, acknowledged_by = _z(moment + timedelta(minutes=9)), f"{counterpart} officer"
            due = moment + deadlines[(counterpart, precedence)]
            summary = f"{precedence} {STATUS} {kind.label}{template.summary_tail}"
            body_text = template.body_text
            if refers:
                summary = summary.replace(_PLACEHOLDER_ID[:8], reference_id[:8])
                body_text = body_text.replace(_PLACEHOLDER_ID, reference_id)
            text = (
                f"{summary}\nkind: {kind.label}\nmessage_id: {message_id}\nsequence: {sequence}\n"
                f"sender: {sender}\nrecipient: {recipient}\ndtg: {dtg_text} ({_dtg(dtg)})\n"
                f"precedence: {precedence}\nstatus: {STATUS}\nagreement: {AGREEMENT}\n{body_text}"
            )
            notice_id = first_id + index
            moment_text = _z(moment)
            notice_rows.append((
                notice_id, message_id, direction, counterpart, str(kind), sequence, sender, recipient, dtg_text,
                precedence, STATUS, AGREEMENT, template.window_start, template.window_end, summary, notice_json,
                state, digest, str(SealedFileName(sender, recipient, sequence, message_id)),
                thumbprints[counterpart] if direction == "in" else None,
                moment_text if direction == "in" else None, moment_text if direction == "out" else None,
                BULK_OFFICER, BULK_OFFICER, _z(due), acknowledged_at, acknowledged_by,
            ))
            text_rows.append((notice_id, text))
            if refers:
                reference_rows.append((notice_id, reference_id, reference_sha))

        notices.insert_many(db, notice_rows, text_rows, reference_rows, FILL_CACHE_KIB)
        for (sender, recipient), highest in sequences.items():
            if sender == own_id:
                notices.raise_sequence(db, sender, recipient, highest)
        outgoing = count - incoming
        store.audit.append(
            now, BULK_OFFICER, "bulk_history",
            {"notices": count, "incoming": incoming, "outgoing": outgoing, "counterparts": counterpart_ids},
        )
    return BulkResult(count, incoming, outgoing, open_count, tuple(counterpart_ids))
