"""Counterparts' key cards in a real store: a version 1 card (no self-signature) is kept as it came
and recorded as unsigned, and the version 2 card of the same keys replaces it without a new
comparison of the safety number (docs/format.md R58)."""

from __future__ import annotations

import json

from console.format import KeyCard, safety_number
from console.storage.counterparts import CounterpartBook
from tests.support.stations import clock, make_station  # noqa: F401 - fixture


def version_1_card(card: KeyCard) -> KeyCard:
    """The same card as version 1 wrote it, before the self-signature."""
    document = json.loads(card.to_json())
    del document["self_signature"]
    return KeyCard.load(json.dumps(document | {"wdv": 1}))


def audit(station, action: str) -> list[dict]:
    rows = station.store.db.query("SELECT details_json FROM audit_log WHERE action = ? ORDER BY idx", [action])
    return [json.loads(row["details_json"]) for row in rows]


def test_an_old_card_is_stored_unsigned_then_its_signed_card_replaces_it_still_verified(tmp_path, clock) -> None:
    us = make_station(tmp_path, "NRRC-US", "US NRRC", clock)
    them = make_station(tmp_path, "NRRC-RU", "RU NRRC", clock)
    try:
        book = CounterpartBook(us.store)
        old = version_1_card(them.own_card())

        counterpart, outcome = book.add_card(old, "officer", us.station_id, clock())
        assert outcome == "added" and not counterpart.card.self_signed
        assert json.loads(us.store.conn.execute(
            "SELECT card_json FROM counterparts WHERE station_id = 'NRRC-RU'").fetchone()[0])["wdv"] == 1
        assert {"card_version": 1, "self_signed": False}.items() <= audit(us, "key_added")[-1].items()
        number = book.expected_number("NRRC-RU", us.own_card())
        assert number == safety_number(us.own_card(), them.own_card())
        book.verify("NRRC-RU", number, us.own_card(), "officer", clock())

        counterpart, outcome = book.add_card(them.own_card(), "officer", us.station_id, clock())

        assert outcome == "self_signed"
        assert counterpart.card.self_signed and counterpart.card == them.own_card()
        assert counterpart.verified  # the same keys: the comparison made on the old card still holds
        assert book.expected_number("NRRC-RU", us.own_card()) == number
        assert audit(us, "key_card_self_signed") == [{"counterpart": "NRRC-RU", "fingerprint": old.fingerprint}]
        # Importing the old card again does not undo the signed one.
        assert book.add_card(old, "officer", us.station_id, clock())[0].card.self_signed
    finally:
        us.close()
        them.close()
