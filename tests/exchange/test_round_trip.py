"""The whole round trip between two stations through real folders."""

from __future__ import annotations

import json

import pytest

from console.service.outgoing import Outgoing, ReleaseRefused
from console.storage import notices as notice_rows
from tests.exchange.conftest import carry, folders, import_inbox, introduce, launch_draft, make_station


def test_release_import_acknowledge_and_ack_marks_the_original(pair, clock):
    us, them = pair
    result = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob")
    assert result.exported
    sent = result.notice
    assert sent["sequence"] == 1 and sent["state"] == "exported"
    outbox_file = folders(us, "NRRC-RU").outbox / sent["sealed_file"]
    assert outbox_file.read_bytes() == sent["sealed_blob"]

    assert carry(us, them) == [sent["sealed_file"]]
    clock.advance(minutes=3)
    report = import_inbox(them, "NRRC-US")
    assert [o.outcome for o in report.outcomes] == ["accepted"]
    received = notice_rows.by_message_id(them.store, sent["message_id"])
    assert received["direction"] == "in" and received["sealed_sha256"] == sent["sealed_sha256"]
    assert received.notice.body["remarks"] == "ZEBRA-7731 exercise launch"
    assert received["ack_due_at"] == "2026-11-28T12:33:00Z"  # IMMEDIATE: 30 minutes after receipt
    assert (folders(them, "NRRC-US").processed / sent["sealed_file"]).exists()
    assert not (folders(them, "NRRC-US").inbox / sent["sealed_file"]).exists()

    clock.advance(minutes=2)
    ack = Outgoing(them).acknowledge(received.id, "boris").notice
    assert ack["kind"] == "acknowledgement" and ack["sequence"] == 1
    with pytest.raises(ReleaseRefused, match="Already acknowledged by boris"):
        Outgoing(them).acknowledge(received.id, "boris")

    carry(them, us)
    report = import_inbox(us, "NRRC-RU")
    assert [o.outcome for o in report.outcomes] == ["accepted"]
    original = notice_rows.by_message_id(us.store, sent["message_id"])
    assert original["state"] == "acknowledged"
    assert original["acknowledged_by"] == "boris"
    assert original["acknowledged_at"] == "2026-11-28T12:05:00Z"
    assert us.verify_audit().ok and them.verify_audit().ok
    actions = [r["action"] for r in them.store.db.query("SELECT action FROM audit_log")]
    assert {"import", "acknowledge", "release", "export"} <= set(actions)


def test_sequence_numbers_count_up_per_channel(pair, clock):
    us, them = pair
    numbers = [Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob").notice["sequence"] for _ in range(3)]
    assert numbers == [1, 2, 3]


def test_a_duplicate_file_adds_no_row_and_is_moved_to_processed(pair, clock):
    us, them = pair
    sent = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob").notice
    carry(us, them)
    import_inbox(them, "NRRC-US")
    inbox = folders(them, "NRRC-US").inbox
    (inbox / sent["sealed_file"]).write_bytes(sent["sealed_blob"])
    report = import_inbox(them, "NRRC-US")
    assert [o.outcome for o in report.outcomes] == ["duplicate"]
    assert them.store.db["notices"].count == 1
    processed = sorted(p.name for p in folders(them, "NRRC-US").processed.iterdir())
    assert processed == [sent["sealed_file"], sent["sealed_file"] + ".2"]


def test_a_gap_is_recorded_and_filled_when_the_missing_notice_arrives(pair, clock):
    us, them = pair
    out = Outgoing(us)
    first, second, third = (out.release(launch_draft("NRRC-RU", clock), "alice", approver="bob").notice for _ in range(3))
    us_outbox = folders(us, "NRRC-RU").outbox
    held_back = us_outbox / second["sealed_file"]
    aside = held_back.read_bytes()
    held_back.unlink()
    carry(us, them)
    report = import_inbox(them, "NRRC-US")
    assert report.new_gaps == [2]
    assert notice_rows.open_gaps(them.store) == {"NRRC-US": [2]}
    (folders(them, "NRRC-US").inbox / second["sealed_file"]).write_bytes(aside)
    import_inbox(them, "NRRC-US")
    assert notice_rows.open_gaps(them.store) == {}


def test_a_replayed_sequence_number_is_quarantined_with_its_reason(tmp_path, pair, clock):
    us, them = pair
    Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob")
    carry(us, them)
    import_inbox(them, "NRRC-US")
    # The sender's station is rebuilt from scratch with the same keys and numbers again from 1.
    us.store.conn.execute("DELETE FROM channel_sequences")
    us.store.conn.execute("DELETE FROM notices")
    replay = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob").notice
    assert replay["sequence"] == 1
    carry(us, them)
    report = import_inbox(them, "NRRC-US")
    assert [(o.outcome, o.code) for o in report.outcomes] == [("quarantined", "replayed_sequence")]
    quarantine = folders(them, "NRRC-US").quarantine
    reason = (quarantine / (replay["sealed_file"] + ".reason.txt")).read_text()
    assert reason.startswith("code: replayed_sequence\nmessage: sequence number 1 was already used")
    assert (quarantine / replay["sealed_file"]).read_bytes() == replay["sealed_blob"]
    assert them.store.db["notices"].count == 1


def test_traffic_from_an_unverified_key_is_held_until_verified(tmp_path, clock):
    us = make_station(tmp_path, "NRRC-US", "US", clock)
    them = make_station(tmp_path, "NRRC-RU", "RU", clock)
    introduce(us, them)
    # The receiver imports the sender's card but has not compared the number yet.
    from console.storage.counterparts import CounterpartBook

    them.store.conn.execute("UPDATE counterparts SET verified_fingerprint = NULL")
    Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob")
    carry(us, them)
    report = import_inbox(them, "NRRC-US")
    assert [o.outcome for o in report.outcomes] == ["held"]
    assert them.store.db["notices"].count == 0
    assert len(list(folders(them, "NRRC-US").inbox.glob("*.wdn"))) == 1  # still there, not lost

    book = CounterpartBook(them.store)
    book.verify("NRRC-US", book.expected_number("NRRC-US", them.own_card()), them.own_card(), "boris", clock())
    report = import_inbox(them, "NRRC-US")
    assert [o.outcome for o in report.outcomes] == ["accepted"]
    us.close()
    them.close()


def test_release_is_refused_to_an_unverified_counterpart(pair, clock):
    us, them = pair
    us.store.conn.execute("UPDATE counterparts SET verified_fingerprint = NULL")
    with pytest.raises(ReleaseRefused, match="not verified"):
        Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob")
    assert us.store.db["notices"].count == 0


def test_a_late_notice_needs_an_override_with_a_reason_which_is_recorded(pair, clock):
    us, them = pair
    late = launch_draft("NRRC-RU", clock)
    late["body"]["window_start"] = "2026-11-28T18:00:00Z"
    late["body"]["window_end"] = "2026-11-28T20:00:00Z"
    with pytest.raises(ReleaseRefused) as refused:
        Outgoing(us).release(late, "alice", approver="bob")
    assert "lead_time" in [f.code for f in refused.value.findings]
    sent = Outgoing(us).release(late, "alice", approver="bob",
                                override_reason="Short-notice test ordered by the commander").notice
    assert sent["override_reason"] == "Short-notice test ordered by the commander"
    entry = next(us.store.db.query("SELECT details_json FROM audit_log WHERE action = 'release'"))
    assert "Short-notice test" in json.loads(entry["details_json"])["override_reason"]


def test_two_person_rule_is_on_by_default_and_needs_a_second_different_officer(pair, clock):
    us, them = pair
    assert us.two_person_rule()
    with pytest.raises(ReleaseRefused, match="two-person"):
        Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice")
    with pytest.raises(ReleaseRefused, match="two-person"):
        Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="alice")
    sent = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="carol").notice
    assert sent["approved_by"] == "carol" and sent["released_by"] == "alice"


def test_export_failure_keeps_the_notice_released_and_export_resumes(pair, clock, monkeypatch):
    us, them = pair
    import console.exchange.exporter as exporter

    real = exporter.atomic_write

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter, "atomic_write", disk_full)
    result = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob")
    assert not result.exported and "No space left" in result.export_error
    assert result.notice["state"] == "released"
    assert list(folders(us, "NRRC-RU").outbox.iterdir()) == []
    monkeypatch.setattr(exporter, "atomic_write", real)
    assert Outgoing(us).export_pending("alice") == [(result.notice["message_id"], None)]
    assert (folders(us, "NRRC-RU").outbox / result.notice["sealed_file"]).exists()


def test_key_rotation_keeps_old_traffic_readable(pair, clock):
    us, them = pair
    old = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice  # sealed to our old key
    us.rotate_keys("alice")
    from console.storage.counterparts import CounterpartBook

    book = CounterpartBook(them.store)
    _c, outcome = book.add_card(us.own_card(), "boris", them.station_id, clock())
    assert outcome == "key_changed"
    book.verify("NRRC-US", book.expected_number("NRRC-US", them.own_card()), them.own_card(), "boris", clock())
    new = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice  # sealed to our new key
    carry(them, us)
    report = import_inbox(us, "NRRC-RU")
    assert [o.outcome for o in report.outcomes] == ["accepted", "accepted"]
    assert {old["message_id"], new["message_id"]} <= {r["message_id"] for r in us.store.db.query("SELECT message_id FROM notices")}


def test_a_file_for_another_station_is_rejected_as_such_even_from_an_unverified_sender(tmp_path, clock):
    us = make_station(tmp_path, "NRRC-US", "US", clock)
    them = make_station(tmp_path, "NRRC-RU", "RU", clock)
    third = make_station(tmp_path, "NRRC-GB", "GB", clock)
    introduce(us, third)
    introduce(them, third)
    from console.storage.counterparts import CounterpartBook

    them.store.conn.execute("UPDATE counterparts SET verified_fingerprint = NULL")  # NRRC-GB unverified at them
    sent = Outgoing(third).release(launch_draft("NRRC-US", clock), "gina", approver="vera").notice  # sealed for us, not for them
    inbox = folders(them, "NRRC-GB").inbox
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / sent["sealed_file"]).write_bytes(sent["sealed_blob"])
    report = import_inbox(them, "NRRC-GB")
    assert [(o.outcome, o.code) for o in report.outcomes] == [("quarantined", "wrong_recipient")]
    for station in (us, them, third):
        station.close()
