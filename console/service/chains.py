"""Where a notice stands in its chain: cancelled, amended (and what each amendment changed).

A notice is answered by later notices that refer to it: a cancellation ends it, an amendment
replaces its launch details. The officer must see that on the notice itself, in the list, the
reading pane and the printed record ("CANCELLED by no. 37 at 1612Z"), whichever side sent the
answer; this module works it out once for all of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from console.domain.notices import Kind, Notice, flat_fields
from console.domain.times import format_rfc3339, parse_rfc3339
from console.i18n import BUILT_IN, speaking, tr
from console.service.queries import ChainLink
from console.storage import notices as notice_rows

_ANSWERS = (Kind.CANCELLATION.value, Kind.AMENDMENT.value)


def _link(row: tuple) -> ChainLink:
    notice_id, message_id, direction, kind, sequence, dtg, counterpart = row
    return ChainLink(message_id, notice_id, direction, kind, sequence, dtg, counterpart)


def _at(link: ChainLink) -> str:
    return f"{parse_rfc3339(link.dtg):%H%M}Z" if link.dtg else tr("an unknown time")


@dataclass(frozen=True)
class ChainState:
    """What the notices on record that answer one notice have done to it."""

    cancelled_by: ChainLink | None = None
    amended_by: tuple[ChainLink, ...] = ()  # oldest first

    @property
    def stamp(self) -> str | None:
        """"CANCELLED by no. 37 at 1612Z", "AMENDED by no. 36 at 1540Z" (the latest amendment),
        or None for a notice that stands as sent: English, for the record and the exports."""
        with speaking(BUILT_IN):
            return self.words()

    def words(self) -> str | None:
        """The stamp in the language in force, for the officer (`stamp` stays English for the
        handover record and the exports)."""
        if self.cancelled_by is not None:
            return tr("CANCELLED by no. {sequence} at {time}").format(
                sequence=self.cancelled_by.sequence, time=_at(self.cancelled_by))
        if self.amended_by:
            latest = self.amended_by[-1]
            return tr("AMENDED by no. {sequence} at {time}").format(sequence=latest.sequence, time=_at(latest))
        return None

    @property
    def cancelled(self) -> bool:
        return self.cancelled_by is not None


def chain_state(conn, message_id: str) -> ChainState:
    """The state of this message from the cancellations and amendments on record that refer to it.
    The first cancellation counts: a second one cancels what is cancelled already. An amendment
    falls with the notification it amends: a cancellation of the original cancels every version."""
    answers = [_link(row) for row in notice_rows.answers_of_kind(conn, message_id, _ANSWERS)]
    own = notice_rows.chain_rows(conn, [message_id])
    if own and own[0][3] == Kind.AMENDMENT.value:
        for original in notice_rows.referred_to_by(conn, message_id):
            answers += [_link(row) for row in notice_rows.answers_of_kind(conn, original, (Kind.CANCELLATION.value,))]
    cancellations = sorted((link for link in answers if link.kind == Kind.CANCELLATION.value),
                           key=lambda link: (link.dtg or "", link.notice_id or 0))
    return ChainState(
        cancelled_by=cancellations[0] if cancellations else None,
        amended_by=tuple(link for link in answers if link.kind == Kind.AMENDMENT.value),
    )


def stamp_words(row: dict) -> str | None:
    """A listed row's chain stamp (queries.notice_rows) in the language in force."""
    return listed_chain_state(row.get("chain_cancelled_by"), row.get("chain_amended_by")).words()


def listed_chain_state(cancelled_by: str | None, amended_by: str | None) -> ChainState:
    """The state of a listed notice from the "sequence|dtg" of its cancellation and latest amendment
    that storage/listing.py reads with its row (the same answers chain_state finds)."""

    def link(kind: str, found: str | None) -> ChainLink | None:
        if found is None:
            return None
        sequence, _bar, dtg = found.partition("|")
        return ChainLink("", kind=kind, sequence=int(sequence) if sequence else None, dtg=dtg or None)

    cancellation, amendment = link(Kind.CANCELLATION.value, cancelled_by), link(Kind.AMENDMENT.value, amended_by)
    return ChainState(cancelled_by=cancellation, amended_by=(amendment,) if amendment else ())


@dataclass(frozen=True)
class FieldChange:
    """One launch detail an amendment changed: None for a field that was not there before, or is
    not there after."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class AmendmentChanges:
    amends: ChainLink | None  # the version it replaces: the original or the amendment before it
    changes: tuple[FieldChange, ...]
    known: bool  # False when that version is not on record here: the changes cannot be told


def amendment_changes(conn, amendment: Notice) -> AmendmentChanges:
    """What this amendment changed in the launch details it replaces: the latest earlier version
    on record (the original notification, or the last amendment to it before this one)."""
    target = amendment.target_message_id
    content = amendment.launch_content
    if amendment.kind is not Kind.AMENDMENT or target is None or content is None:
        return AmendmentChanges(None, (), known=False)
    earlier = [
        _link(row) for row in notice_rows.answers_of_kind(conn, target, (Kind.AMENDMENT.value,))
        if row[1] != amendment.message_id and (row[5] or "") < format_rfc3339(amendment.dtg)
    ]
    previous_id = earlier[-1].message_id if earlier else target
    previous_json = notice_rows.notice_json_by_message_id(conn, previous_id)
    rows = notice_rows.chain_rows(conn, [previous_id])
    previous_link = _link(rows[0]) if rows else ChainLink(previous_id)
    if previous_json is None:
        return AmendmentChanges(previous_link, (), known=False)
    previous_content = Notice.from_dict(json.loads(previous_json)).launch_content or {}
    before, after = flat_fields(previous_content), flat_fields(content)
    changes = tuple(
        FieldChange(name, before.get(name), after.get(name))
        for name in sorted(before.keys() | after.keys(), key=_field_order(before, after))
        if before.get(name) != after.get(name)
    )
    return AmendmentChanges(previous_link, changes, known=True)


def _field_order(before: dict[str, str], after: dict[str, str]):
    """Fields in the order the notice has them (the new version's, then the dropped ones)."""
    order = {name: n for n, name in enumerate([*after, *(name for name in before if name not in after)])}
    return order.__getitem__
