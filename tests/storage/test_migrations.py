"""Stores written by earlier schema versions open, migrate forward, and keep everything.

Each schema change adds a frozen store made by the version before it under
tests/data/ (with its test-only key beside it) and a test here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from console.service import queries
from console.service.station import Station
from console.storage import schema
from tests.support.stations import copy_of_frozen_store

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def store_1_0(tmp_path):
    """A copy of the frozen 1.0 store (the original must never change), and a key source for it."""
    return copy_of_frozen_store("1.0", tmp_path)


def _indexes(station) -> set[str]:
    return {r[0] for r in station.store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_1_0_store_migrates_to_the_current_schema_and_keeps_its_records(store_1_0):
    data_dir, keys = store_1_0
    station = Station.open(data_dir, keys)
    try:
        assert station.store.schema_version() == schema.CURRENT_VERSION
        indexes = _indexes(station)
        assert {"notices_listing", "notices_kind"} <= indexes
        assert "notices_direction_dtg" not in indexes
        received = queries.notice_ids(station.store.conn, queries.NoticeFilter(direction="in"))
        sent = queries.notice_ids(station.store.conn, queries.NoticeFilter(direction="out"))
        assert (len(received), len(sent)) == (3, 1)
        rows = queries.notice_rows(station.store.conn, received)
        assert {r["counterpart"] for r in rows.values()} == {"NRRC-RU"}
        assert station.verify_audit().ok  # the chain and its signed checkpoints survive
        hits = queries.notice_ids(station.store.conn, queries.NoticeFilter(direction="in", text="ZEBRA"))
        assert len(hits) == 3  # the search index came along
    finally:
        station.close()


def test_the_frozen_store_itself_is_still_version_1_0(store_1_0):
    import sqlcipher3

    data_dir, _keys = store_1_0
    key = (DATA / "store-1.0" / "TEST-ONLY-store-key.hex").read_text().strip()
    conn = sqlcipher3.connect(str(data_dir / "station.wdb"))  # the copy: opening writes WAL files
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 100
    finally:
        conn.close()
