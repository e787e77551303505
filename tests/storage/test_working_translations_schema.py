"""Schema 1.5 (issue 18): a store from before it gains the working translations' table and the
counterparts' free-text language (not stated for every counterpart already on record)."""

from __future__ import annotations

from console.service.station import Station
from console.service.working_translations import add_working_translation, working_translations
from console.storage import notices as notice_rows
from console.storage import schema
from console.storage.counterparts import CounterpartBook
from tests.support.stations import copy_of_frozen_store


def test_a_1_0_store_migrates_to_hold_working_translations_and_senders_languages(tmp_path):
    data_dir, keys = copy_of_frozen_store("1.0", tmp_path)
    station = Station.open(data_dir, keys)
    try:
        assert station.store.schema_version() == schema.CURRENT_VERSION >= 105
        assert CounterpartBook(station.store).require("NRRC-RU").free_text_language is None
        received = max(notice_rows.received_unacknowledged(station.store))
        added = add_working_translation(station, received, field="body.remarks", language="en",
                                        text="A working translation.", translator="Sam Avery")
        assert working_translations(station, received) == [added]
        assert station.verify_audit().ok
    finally:
        station.close()
