"""The handover summary computed from the store (no GUI)."""

from __future__ import annotations

from datetime import timedelta

from console.service.handover import handover_summary
from console.service.outgoing import Outgoing
from tests.admin.conftest import OFFICER
from tests.exchange.conftest import carry, folders, import_inbox, introduce, launch_draft


def summary(station, clock):
    return handover_summary(station.store, clock(), data_dir=station.data_dir)


def test_a_quiet_station_has_nothing_to_hand_over(us, clock):
    result = summary(us, clock)
    assert result.all_clear and result.open_items == 0


def test_windows_open_now_and_opening_soon_but_not_cancelled_or_later_ones(us, them, clock):
    introduce(us, them)
    outgoing = Outgoing(them)
    soon = outgoing.release(launch_draft("NRRC-US", clock), "boris").notice  # opens 30 h after now
    cancelled = outgoing.release(launch_draft("NRRC-US", clock), "boris").notice
    late = outgoing.release(launch_draft("NRRC-US", clock), "boris")
    outgoing.release({
        "kind": "cancellation", "recipient": "NRRC-US", "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "drafted_by": "boris",
        "references": [{"message_id": cancelled["message_id"], "sha256": cancelled["sealed_sha256"]}],
        "body": {"cancelled_message_id": cancelled["message_id"], "reason": "range closed"},
    }, "boris")
    carry(them, us)
    assert [o.outcome for o in import_inbox(us, "NRRC-RU").outcomes] == ["accepted"] * 4
    assert late

    clock.advance(hours=7)  # window of all three opens in 23 h
    ids = [n.message_id for n in summary(us, clock).windows_opening]
    assert cancelled["message_id"] not in ids
    assert soon["message_id"] in ids

    clock.advance(hours=24)  # inside the 4-hour window now
    result = summary(us, clock)
    assert [n.message_id for n in result.windows_opening] == []
    assert soon["message_id"] in [n.message_id for n in result.windows_open]

    clock.advance(hours=5)  # the window has closed
    assert summary(us, clock).windows_open == []


def test_acknowledged_notices_gaps_quarantine_age_and_held_traffic(us, them, clock):
    introduce(us, them)
    first = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice
    second = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice
    Outgoing(them).release(launch_draft("NRRC-US", clock), "boris")
    (folders(them, "NRRC-US").outbox / second["sealed_file"]).unlink()
    carry(them, us)
    (folders(us, "NRRC-RU").inbox / "readme.txt").write_text("not a notice")
    import_inbox(us, "NRRC-RU")
    stored = us.store.db.execute("SELECT id FROM notices WHERE message_id = ?", [first["message_id"]]).fetchone()[0]
    Outgoing(us).acknowledge(stored, OFFICER)

    result = summary(us, clock)
    assert len(result.unacknowledged) == 1 and result.unacknowledged[0].sequence == 3
    assert result.awaiting_acknowledgement == []  # an acknowledgement is not itself acknowledged
    assert result.gaps == {"NRRC-RU": [2]}
    assert [q.file_name for q in result.quarantined] == ["readme.txt"]
    assert not result.unacknowledged[0].overdue(clock())
    clock.advance(minutes=31)
    assert summary(us, clock).unacknowledged[0].overdue(clock())

    clock.advance(days=8)  # quarantined more than a week ago: no longer listed
    assert summary(us, clock).quarantined == []

    them.rotate_keys("boris")
    from console.storage.counterparts import CounterpartBook

    CounterpartBook(us.store).add_card(them.own_card(), OFFICER, us.station_id, clock())
    Outgoing(them).release(launch_draft("NRRC-US", clock), "boris")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    held = summary(us, clock).held
    assert [(h.counterpart, h.files, h.key_changed) for h in held] == [("NRRC-RU", 1, True)]
    counts = summary(us, clock).counts()
    assert counts["held_files"] == 1 and counts["gaps"] == 1
    assert timedelta(hours=24) == summary(us, clock).horizon


def test_a_cancellation_from_the_counterpart_marks_the_notice_it_cancels(us, them, clock):
    from console.service.handover import cancellation_of

    introduce(us, them)
    launch = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice
    clock.advance(minutes=12)
    cancel = Outgoing(them).release({
        "kind": "cancellation", "recipient": "NRRC-US", "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "drafted_by": "boris",
        "references": [{"message_id": launch["message_id"], "sha256": launch["sealed_sha256"]}],
        "body": {"cancelled_message_id": launch["message_id"], "reason": "range closed"},
    }, "boris").notice
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    at = cancel["dtg"][11:13] + cancel["dtg"][14:16]
    assert cancellation_of(us.store, launch["message_id"]) == f"CANCELLED by no. {cancel['sequence']} at {at}Z"
    assert cancellation_of(us.store, cancel["message_id"]) == ""
    marked = {n.message_id: n.cancelled for n in summary(us, clock).unacknowledged}
    assert marked[launch["message_id"]].startswith("CANCELLED by no. 2")


def test_the_handover_is_kept_whole_and_read_back_as_it_was_handed_over(us, them, clock):
    from dataclasses import replace

    from console.service.handover import handover_details, last_handover

    assert last_handover(us.store) is None
    introduce(us, them)
    Outgoing(them).release(launch_draft("NRRC-US", clock), "boris")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    Outgoing(us).release(launch_draft("NRRC-RU", clock), OFFICER, approver="Lee Morgan")
    clock.advance(hours=1)
    handed = replace(summary(us, clock), notes="Watch the Kura range.\nNothing else.")
    us.store.record("Lee Morgan", "watch_handover", handover_details(handed, OFFICER, "Lee Morgan"), at=clock())

    clock.advance(hours=5)  # later traffic does not change what was handed over
    Outgoing(us).release(launch_draft("NRRC-RU", clock), "Lee Morgan", approver=OFFICER)
    record = last_handover(us.store)
    assert (record.outgoing, record.incoming) == (OFFICER, "Lee Morgan")
    assert record.summary == handed
    assert len(record.summary.sent_this_watch) == 1 and record.summary.notes == "Watch the Kura range.\nNothing else."
