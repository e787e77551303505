"""Working translations of a received notice's free text (issue 18): stored beside the notice in
the real SQLCipher store, audited under the translator's name, several per field (the newest shown,
all kept), the original unchanged; refused in words, with nothing stored, when they cannot apply."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from console.service.outgoing import Outgoing
from console.service.working_translations import (
    AUDIT_ACTION,
    WorkingTranslation,
    WorkingTranslationRefused,
    add_working_translation,
    free_text_fields,
    newest_by_field,
    original_caption,
    sender_language,
    translation_caption,
    working_translations,
)
from console.storage import audit as audit_entries
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from tests.exchange.conftest import carry, import_inbox, launch_draft
from tests.support.stations import clock, pair  # noqa: F401 - fixtures

REMARKS = "Пуск с подводной лодки в подводном положении."


def _received(us, them, clock, draft) -> int:
    Outgoing(them).release(draft, "Lt Ivanov")
    carry(them, us)
    import_inbox(us, them.station_id)
    return max(notice_rows.received_unacknowledged(us.store))


@pytest.fixture
def received(pair, clock):
    us, them = pair
    draft = launch_draft("NRRC-US", clock)
    draft["body"]["remarks"] = REMARKS
    return us, _received(us, them, clock, draft)


def _store_row(station, notice_id):
    return dict(next(station.store.query("SELECT notice_json, summary, sealed_sha256 FROM notices WHERE id = ?",
                                         [notice_id])))


def test_a_translation_round_trips_through_the_store_and_is_audited_under_the_translator(received, clock):
    us, notice_id = received
    before = _store_row(us, notice_id)
    clock.advance(minutes=3)
    added = add_working_translation(us, notice_id, field="body.remarks", language="en",
                                    text="Launch from a submerged submarine.", translator="Sam Avery")
    assert added == WorkingTranslation(added.id, notice_id, "body.remarks", "en",
                                       "Launch from a submerged submarine.", "Sam Avery", clock.now)
    assert working_translations(us, notice_id) == [added]
    assert working_translations(us.store, notice_id) == [added]  # a store serves as well as a station

    # The notice on record is exactly as received.
    assert _store_row(us, notice_id) == before
    assert json.loads(before["notice_json"])["body"]["remarks"] == REMARKS
    assert [(f.path, f.original) for f in free_text_fields(json.loads(before["notice_json"]))] == [
        ("body.remarks", REMARKS)]

    details = audit_entries.last_details(us.store.conn, AUDIT_ACTION)
    assert details["translator"] == "Sam Avery"
    assert (details["notice_id"], details["field"], details["language"]) == (notice_id, "body.remarks", "en")
    assert details["message_id"] == notice_rows.by_id(us.store, notice_id)["message_id"]
    entry = next(us.store.query("SELECT officer FROM audit_log WHERE action = ? ORDER BY idx DESC LIMIT 1",
                                [AUDIT_ACTION]))
    assert entry["officer"] == "Sam Avery"
    assert us.verify_audit().ok


def test_a_correction_is_a_new_translation_the_newest_is_shown_and_all_are_kept(received, clock):
    us, notice_id = received
    first = add_working_translation(us, notice_id, field="body.remarks", language="en",
                                    text="Launch from a submarine.", translator="Sam Avery")
    clock.advance(minutes=10)
    second = add_working_translation(us, notice_id, field="body.remarks", language="en",
                                     text="Launch from a submerged submarine.", translator="Lee Morgan")
    assert working_translations(us, notice_id) == [first, second]
    assert newest_by_field(working_translations(us, notice_id)) == {"body.remarks": second}
    assert len(list(us.store.query("SELECT 1 FROM audit_log WHERE action = ?", [AUDIT_ACTION]))) == 2
    assert json.loads(_store_row(us, notice_id)["notice_json"])["body"]["remarks"] == REMARKS
    assert translation_caption(second) == (
        "Working translation into English by Lee Morgan, 2026-11-28 12:10Z — not the original")


@pytest.mark.parametrize(("changes", "words"), [
    ({"text": "   "}, "empty"),
    ({"translator": ""}, "Name the officer"),
    ({"field": "body.launch_area"}, "is not a free-text field"),
    ({"field": "body.text"}, "has no Text"),
    ({"language": "de"}, "not a language the console knows"),
])
def test_refusals_name_the_problem_and_store_nothing(received, changes, words):
    us, notice_id = received
    audit_before = us.store.audit.head()
    arguments = {"field": "body.remarks", "language": "en", "text": "Launch.", "translator": "Sam Avery", **changes}
    with pytest.raises(WorkingTranslationRefused, match=words) as refused:
        add_working_translation(us, notice_id, **arguments)
    assert "nothing was stored" in str(refused.value)
    assert working_translations(us, notice_id) == []
    assert us.store.audit.head() == audit_before


def test_an_empty_field_a_missing_notice_and_a_sent_notice_are_refused(pair, clock):
    us, them = pair
    draft = launch_draft("NRRC-US", clock)
    del draft["body"]["remarks"]
    notice_id = _received(us, them, clock, draft)
    with pytest.raises(WorkingTranslationRefused, match="has no Remarks"):
        add_working_translation(us, notice_id, field="body.remarks", language="en", text="x", translator="Sam")
    with pytest.raises(WorkingTranslationRefused, match="no notice 9999"):
        add_working_translation(us, 9999, field="body.remarks", language="en", text="x", translator="Sam")
    sent = Outgoing(them).release(launch_draft("NRRC-US", clock), "Lt Ivanov").notice.id
    with pytest.raises(WorkingTranslationRefused, match="sent by this station"):
        add_working_translation(them, sent, field="body.remarks", language="ru", text="x", translator="Lt Ivanov")


def test_a_general_communication_has_its_subject_and_text_translated_separately(pair, clock):
    us, them = pair
    draft = {**launch_draft("NRRC-US", clock), "kind": "general_communication",
             "body": {"subject": "Связь", "text": "Проверка канала связи."}}
    notice_id = _received(us, them, clock, draft)
    wire = json.loads(_store_row(us, notice_id)["notice_json"])
    assert [f.path for f in free_text_fields(wire)] == ["body.subject", "body.text"]
    subject = add_working_translation(us, notice_id, field="body.subject", language="en", text="Communications",
                                      translator="Sam Avery")
    text = add_working_translation(us, notice_id, field="body.text", language="en", text="Checking the link.",
                                   translator="Sam Avery")
    assert newest_by_field(working_translations(us, notice_id)) == {"body.subject": subject, "body.text": text}


def test_the_senders_language_is_a_counterpart_setting_not_stated_until_set(pair, clock):
    us, _them = pair
    book = CounterpartBook(us.store)
    assert book.require("NRRC-RU").free_text_language is None
    assert sender_language(us, "NRRC-RU") is None
    assert original_caption(None) == "as received, language not stated"
    book.set_free_text_language("NRRC-RU", "ru", "Lee Morgan", clock())
    assert book.require("NRRC-RU").free_text_language == "ru"
    assert sender_language(us, "NRRC-RU") == "ru"
    assert original_caption("ru") == "as received, in Russian"
    assert audit_entries.last_details(us.store.conn, "settings_changed") == {
        "counterpart": "NRRC-RU", "free_text_language": "ru"}


def test_the_demos_simulated_counterpart_is_named_in_the_language_it_writes(tmp_path):
    """The reading pane must not call English text Russian: the simulator writes English."""
    import json

    from console.service.demo import SIM_STATION_ID, open_demo_station

    station = open_demo_station(tmp_path)
    try:
        assert sender_language(station, SIM_STATION_ID) == "en"
        texts = [json.loads(row[0])["body"]["text"] for row in station.store.conn.execute(
            "SELECT notice_json FROM notices WHERE direction = 'in' AND kind = 'general_communication'")]
        assert texts and all(text.isascii() and " the " in f" {text} " for text in texts)
    finally:
        station.close()


def test_the_arguments_may_be_given_in_order_and_the_time_is_the_stations_clock(received, clock):
    us, notice_id = received
    clock.advance(hours=2)
    by_station = add_working_translation(us, notice_id, "body.remarks", "zh_CN", "从潜艇发射。", "Sam Avery")
    assert (by_station.language, by_station.created_at) == ("zh_CN", clock.now)
    assert translation_caption(by_station, "en") == (
        "Working translation into Chinese (Simplified) by Sam Avery, 2026-11-28 14:00Z — not the original")
    # Given the store alone, the time is the real UTC time (a store has no clock of its own).
    before = datetime.now(UTC).replace(microsecond=0)
    by_store = add_working_translation(us.store, notice_id, "body.remarks", "en", "Launch.", "Sam Avery")
    assert before <= by_store.created_at <= datetime.now(UTC)
    assert working_translations(us, notice_id) == [by_station, by_store]
