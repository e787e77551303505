"""A notice's state from its whole chain: cancelled or amended by either side, and what each
amendment changed (console/service/chains.py), on two real stations joined by real folders."""

from __future__ import annotations

from console.service.chains import FieldChange, amendment_changes, chain_state
from console.service.drafts import amendment_of, cancellation_of
from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from tests.exchange.conftest import clock, launch_draft, pair  # noqa: F401 - fixtures
from tests.support.stations import send_and_import as _send


def _received(station, message_id):
    return notice_rows.by_message_id(station.store, message_id)


def test_their_amendment_and_cancellation_stamp_the_original_on_our_side(pair, clock):
    us, them = pair
    original = _send(them, us, launch_draft("NRRC-US", clock))
    ours = _received(us, original["message_id"])
    assert chain_state(us.store.conn, ours["message_id"]).stamp is None

    clock.advance(minutes=20)
    amendment = amendment_of(original, "ivan")
    amendment["body"]["content"]["remarks"] = "ZEBRA-7731 exercise launch, second stage only"
    sent_amendment = _send(them, us, amendment)
    state = chain_state(us.store.conn, ours["message_id"])
    assert [link.message_id for link in state.amended_by] == [sent_amendment["message_id"]]
    assert state.stamp == f"AMENDED by no. {sent_amendment['sequence']} at {clock.now:%H%M}Z"
    assert not state.cancelled

    clock.advance(minutes=32)
    cancellation = cancellation_of(original, "ivan")
    cancellation["body"]["reason"] = "Launch called off"
    sent_cancellation = _send(them, us, cancellation)
    state = chain_state(us.store.conn, ours["message_id"])
    assert state.cancelled and state.cancelled_by.direction == "in"
    assert state.stamp == f"CANCELLED by no. {sent_cancellation['sequence']} at {clock.now:%H%M}Z"
    # The sender's own original says the same: the chain is read whichever side answered.
    assert chain_state(them.store.conn, original["message_id"]).stamp == state.stamp
    # The amendment falls with the original it amended: a cancelled launch stands in no version.
    assert chain_state(us.store.conn, sent_amendment["message_id"]).stamp == state.stamp


def test_an_amendment_lists_each_changed_field_with_its_old_and_new_value(pair, clock):
    us, them = pair
    original = _send(them, us, launch_draft("NRRC-US", clock))
    first = amendment_of(original, "ivan")
    first["body"]["content"]["remarks"] = "Second stage only"
    first["body"]["content"]["launch_area"]["radius"] = 35
    clock.advance(minutes=5)
    sent_first = _send(them, us, first)

    changes = amendment_changes(us.store.conn, _received(us, sent_first["message_id"]).notice)
    assert changes.known and changes.amends.message_id == original["message_id"]
    assert set(changes.changes) == {
        FieldChange("remarks", "ZEBRA-7731 exercise launch", "Second stage only"),
        FieldChange("launch_area.radius", "20", "35"),
    }

    # A second amendment is compared with the first, not with the original.
    second = amendment_of(original, "ivan")
    second["body"]["content"] = dict(first["body"]["content"], remarks="Called for 0600Z")
    clock.advance(minutes=5)
    sent_second = _send(them, us, second)
    changes = amendment_changes(us.store.conn, _received(us, sent_second["message_id"]).notice)
    assert changes.amends.message_id == sent_first["message_id"]
    assert changes.changes == (FieldChange("remarks", "Second stage only", "Called for 0600Z"),)


def test_an_amendment_whose_earlier_version_never_arrived_says_its_changes_are_unknown(pair, clock):
    us, them = pair
    original = Outgoing(them).release(launch_draft("NRRC-US", clock), "ivan")
    # The original's file is lost on the way: only the amendment reaches us.
    for path in (them.data_dir / "exchange").rglob("*"):
        if path.is_file() and path.parent.name == "outbox":
            path.unlink()
    sent = _send(them, us, amendment_of(notice_rows.by_id(them.store, original.notice.id), "ivan"))
    changes = amendment_changes(us.store.conn, _received(us, sent["message_id"]).notice)
    assert not changes.known and changes.changes == ()
    assert changes.amends.message_id == original.notice["message_id"]


def test_a_listed_rows_stamp_is_worded_in_the_language_in_force_and_kept_english_for_the_record():
    from console.i18n import lookup, speaking
    from console.service.chains import listed_chain_state, stamp_words

    row = {"chain_cancelled_by": "37|2026-11-28T16:12:00Z", "chain_amended_by": "36|2026-11-28T15:40:00Z"}
    assert listed_chain_state(row["chain_cancelled_by"], row["chain_amended_by"]).stamp == \
        "CANCELLED by no. 37 at 1612Z"
    assert stamp_words(row) == "CANCELLED by no. 37 at 1612Z"
    with speaking("ru"):
        russian = stamp_words(row)
    assert russian == lookup("", "CANCELLED by no. {sequence} at {time}", language="ru").format(
        sequence=37, time="1612Z")
    assert russian != "CANCELLED by no. 37 at 1612Z" and "37" in russian and "1612Z" in russian
    assert stamp_words({"chain_cancelled_by": None, "chain_amended_by": None}) is None
