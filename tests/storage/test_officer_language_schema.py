"""Schema 1.6 (issue 18): a store from before it gains the officers' own console language (none
chosen: the workstation's language)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from console.service.station import Station
from console.storage import schema
from console.storage.operators import OperatorBook, OperatorError
from tests.support.stations import copy_of_frozen_store

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=timezone.utc)


def test_a_1_0_store_migrates_to_keep_each_officers_language(tmp_path):
    data_dir, keys = copy_of_frozen_store("1.0", tmp_path)
    station = Station.open(data_dir, keys)
    try:
        assert station.store.schema_version() == schema.CURRENT_VERSION >= 106
        columns = {row[1] for row in station.store.conn.execute("PRAGMA table_info(operators)")}
        assert "language" in columns
        book = OperatorBook(station.store)
        name = "Sam Avery"
        book.add(name, "supervisor", "246813", "system", NOW)
        assert book.get(name).language is None  # none chosen: the workstation's language
        book.set_language(name, "zh_CN", name, NOW)
        assert book.get(name).language == "zh_CN"
        with pytest.raises(OperatorError, match="not translated into 'fr'"):
            book.set_language(name, "fr", name, NOW)
        book.set_language(name, None, name, NOW)  # back to the workstation's
        assert book.get(name).language is None
        entries = [json.loads(row["details_json"]) for row in station.store.db.query(
            "SELECT details_json FROM audit_log WHERE action = 'officer_language_set' ORDER BY idx")]
        assert entries == [{"name": name, "language": "zh_CN"}, {"name": name, "language": None}]
        assert station.verify_audit().ok
    finally:
        station.close()
