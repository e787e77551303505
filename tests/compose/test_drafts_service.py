"""Drafts and templates in the encrypted store, and drafts that answer an earlier notice (no Qt)."""

from __future__ import annotations

import json

import pytest

from console.service.drafts import (
    POSTPONEMENT_REASON,
    DraftBook,
    DraftError,
    TemplateBook,
    amendment_of,
    cancellation_of,
    cancelled_by,
    copy_of,
    draft_from_template,
    post_launch_report_of,
)
from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from tests.exchange.conftest import carry, import_inbox, launch_draft


def actions(station) -> list[str]:
    return [row["action"] for row in station.store.db.query("SELECT action FROM audit_log ORDER BY idx")]


def details(station, action: str) -> list[dict]:
    rows = station.store.db.query("SELECT details_json FROM audit_log WHERE action = ? ORDER BY idx", [action])
    return [json.loads(row["details_json"]) for row in rows]


def test_a_draft_keeps_what_was_typed_and_its_wire_form(us, them, clock):
    book = DraftBook(us.store, clock)
    typed = {"kind": "launch_notification", "launch": {"launch_area": {"centre": "28-3"}}}
    draft_id = book.save(launch_draft("NRRC-RU", clock), "alice", typed=typed)
    draft = book.get(draft_id)
    assert draft.typed == typed  # the half-typed coordinate survives
    assert draft.notice["body"]["remarks"] == "ZEBRA-7731 exercise launch"
    assert (draft.kind, draft.counterpart, draft.officer) == ("launch_notification", "NRRC-RU", "alice")


def test_autosaves_are_not_audited_but_creation_explicit_saves_and_deletion_are(us, clock):
    book = DraftBook(us.store, clock)
    draft = {"kind": "general_communication", "recipient": "NRRC-RU", "body": {"subject": "T"}}
    draft_id = book.save(draft, "alice", autosave=True)
    for letter in "est":
        draft["body"]["subject"] += letter
        clock.advance(seconds=2)
        assert book.save(draft, "alice", draft_id, autosave=True) == draft_id
    assert book.get(draft_id).notice["body"]["subject"] == "Test"
    assert book.get(draft_id).updated_at == "2026-11-28T12:00:06Z"
    assert details(us, "draft_saved") == [
        {"draft_id": draft_id, "kind": "general_communication", "counterpart": "NRRC-RU", "created": True}
    ]
    book.save(draft, "alice", draft_id)
    assert len(details(us, "draft_saved")) == 2
    assert book.delete(draft_id, "bob")
    assert book.get(draft_id) is None and not book.delete(draft_id, "bob")
    assert details(us, "draft_deleted") == [
        {"draft_id": draft_id, "kind": "general_communication", "counterpart": "NRRC-RU"}
    ]
    assert us.verify_audit().ok


def test_saving_a_draft_that_was_deleted_meanwhile_keeps_the_text(us, clock):
    book = DraftBook(us.store, clock)
    draft = {"kind": "general_communication", "body": {"subject": "kept"}}
    draft_id = book.save(draft, "alice")
    book.delete(draft_id, "bob")
    new_id = book.save(draft, "alice", draft_id, autosave=True)
    assert book.get(new_id).notice["body"]["subject"] == "kept"


def test_drafts_are_listed_newest_first(us, clock):
    book = DraftBook(us.store, clock)
    first = book.save({"kind": "general_communication", "body": {}}, "alice")
    clock.advance(minutes=1)
    second = book.save({"kind": "launch_notification", "body": {}}, "alice")
    assert [d.id for d in book.all()] == [second, first]


def test_templates_are_named_per_counterpart_and_audited(us, them, clock):
    book = TemplateBook(us.store, clock)
    notice = launch_draft("NRRC-RU", clock)
    template_id = book.save("  Northern range ICBM  ", notice, "alice", typed={"kind": "launch_notification"})
    template = book.get(template_id)
    assert (template.name, template.counterpart, template.kind) == ("Northern range ICBM", "NRRC-RU",
                                                                     "launch_notification")
    assert "drafted_by" not in template.notice
    with pytest.raises(DraftError, match="already a template named 'Northern range ICBM' for NRRC-RU"):
        book.save("Northern range ICBM", notice, "alice")
    other = book.save("Channel test", {"kind": "general_communication", "body": {"subject": "x"}}, "alice")
    assert [t.name for t in book.all("NRRC-RU")] == ["Channel test", "Northern range ICBM"]  # 'any' first
    book.rename(template_id, "Northern range, 1x ICBM", "bob")
    assert book.get(template_id).name == "Northern range, 1x ICBM"
    assert book.delete(other, "bob")
    assert [a for a in actions(us) if a.startswith("template_")] == [
        "template_saved", "template_saved", "template_renamed", "template_deleted"
    ]
    notice_from, typed = draft_from_template(book.get(template_id), "carol")
    assert notice_from["drafted_by"] == "carol" and typed["drafted_by"] == "carol"
    assert notice_from["body"] == notice["body"]


def test_a_template_cannot_hold_an_answer_to_one_message(us, clock):
    with pytest.raises(DraftError, match="belongs to the one message it answers"):
        TemplateBook(us.store, clock).save("x", {"kind": "cancellation", "body": {}}, "alice")
    with pytest.raises(DraftError, match="needs a name"):
        TemplateBook(us.store, clock).save("   ", {"kind": "general_communication", "body": {}}, "alice")


@pytest.fixture
def sent(us, them, clock):
    """A launch notification this station sent."""
    result = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob")
    return notice_rows.by_id(us.store, result.notice.id)


def test_an_amendment_carries_the_reference_and_the_whole_launch_content(sent, clock):
    draft = amendment_of(sent, "bob")
    assert draft["kind"] == "amendment" and draft["recipient"] == "NRRC-RU"
    assert draft["references"] == [{"message_id": sent["message_id"], "sha256": sent["sealed_sha256"]}]
    assert draft["body"]["amended_message_id"] == sent["message_id"]
    assert draft["body"]["content"] == sent.notice.body
    assert (draft["precedence"], draft["status"], draft["drafted_by"]) == ("IMMEDIATE", "EXERCISE", "bob")
    assert amendment_of(sent, "bob", postponement=True)["body"]["reason"] == POSTPONEMENT_REASON


def test_cancellation_and_post_launch_report_point_at_the_original(us, sent, clock):
    cancellation = cancellation_of(sent, "bob")
    assert cancellation["body"] == {"cancelled_message_id": sent["message_id"]}
    assert cancellation["references"][0]["sha256"] == sent["sealed_sha256"]
    report = post_launch_report_of(sent, "bob")
    assert report["body"] == {"reported_message_id": sent["message_id"]}
    assert cancelled_by(us.store, sent["message_id"]) is None
    cancellation["body"]["reason"] = "Launch called off"
    Outgoing(us).release(cancellation, "bob", approver="alice")
    assert cancelled_by(us.store, sent["message_id"]) == 2


def test_only_sent_launch_notices_can_be_answered(us, them, clock, sent):
    Outgoing(them).release(launch_draft("NRRC-US", clock), "ivan")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    received = notice_rows.by_id(us.store, us.store.db.execute(
        "SELECT id FROM notices WHERE direction = 'in'").fetchone()[0])
    with pytest.raises(DraftError, match="Only a notice this station sent can be amended; this one was received."):
        amendment_of(received, "alice")
    general = Outgoing(us).release(
        {"kind": "general_communication", "recipient": "NRRC-RU", "precedence": "ROUTINE", "status": "TEST",
         "agreement": "US-USSR BMLNA 1988", "references": [], "drafted_by": "alice",
         "body": {"subject": "Test", "text": "Test"}}, "alice", approver="bob")
    with pytest.raises(DraftError, match="Only a launch notification or an amendment can be cancelled"):
        cancellation_of(notice_rows.by_id(us.store, general.notice.id), "alice")


def test_new_from_a_received_notice_addresses_its_sender(us, them, clock):
    Outgoing(them).release(launch_draft("NRRC-US", clock, status="ACTUAL"), "ivan")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    received = notice_rows.by_id(us.store, us.store.db.execute(
        "SELECT id FROM notices WHERE direction = 'in'").fetchone()[0])
    draft = copy_of(received, "alice")
    assert draft["kind"] == "launch_notification" and draft["recipient"] == "NRRC-RU"
    assert draft["references"] == [] and draft["drafted_by"] == "alice" and draft["status"] == "ACTUAL"
    assert draft["body"] == received.notice.body


def test_new_from_an_amendment_is_a_launch_notification_with_its_replacement_details(us, sent, clock):
    amendment = amendment_of(sent, "alice")
    amendment["body"]["content"]["vehicle_count"] = 2
    result = Outgoing(us).release(amendment, "alice", approver="bob")
    draft = copy_of(notice_rows.by_id(us.store, result.notice.id), "bob")
    assert draft["kind"] == "launch_notification"
    assert draft["body"]["vehicle_count"] == 2
