"""The inbox lists 100,000 notices from one covering index; stores of schema 1.0 gain it on opening."""

from __future__ import annotations

from console.service import queries
from console.service.station import Station
from console.storage import schema
from console.storage.keysource import EphemeralKeySource


def _indexes(conn) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notices'")}


def _plan(conn, flt: queries.NoticeFilter, order: queries.NoticeOrder) -> str:
    sql = f"SELECT id FROM notices WHERE direction = ? AND +kind = ? ORDER BY {order.sql()}"
    return " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", [flt.direction, flt.kind]))


def test_filtered_listings_read_only_the_covering_index(us):
    conn = us.store.conn
    for order in (queries.NoticeOrder(), queries.NoticeOrder(open_first=True), queries.NoticeOrder("precedence")):
        plan = _plan(conn, queries.NoticeFilter(kind="amendment"), order)
        assert "COVERING INDEX notices_listing" in plan, plan


def test_a_store_of_schema_1_0_gains_the_listing_indexes_when_opened(tmp_path):
    keys = EphemeralKeySource()
    station, _ = Station.initialise(tmp_path / "s", "NRRC-OLD", "Old station", keys)
    conn = station.store.conn
    # Put the store back as version 1.0 wrote it.
    conn.execute("DROP INDEX notices_listing")
    conn.execute("DROP INDEX notices_kind")
    conn.execute("CREATE INDEX notices_direction_dtg ON notices(direction, dtg)")
    conn.execute("PRAGMA user_version = 100")
    station.close()

    reopened = Station.open(tmp_path / "s", keys)
    try:
        assert reopened.store.schema_version() == schema.CURRENT_VERSION
        names = _indexes(reopened.store.conn)
        assert {"notices_listing", "notices_kind"} <= names
        assert "notices_direction_dtg" not in names
    finally:
        reopened.close()
