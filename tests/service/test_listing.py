"""The packed listing (console/service/listing.py) lists exactly what the SQL listing lists.

A real encrypted store with a few thousand notices of every status, kind, counterpart and
precedence, waiting and acknowledged, with and without launch windows, and with equal DTGs
(so the tie-break by id counts). Every filter and every order the views offer is asked of both
the in-memory index and `storage.notices.listing_ids`, and the two answers must be equal.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from console.service import queries
from console.service.bulk import fill_history
from console.service.chains import chain_state
from console.service.drafts import amendment_of, cancellation_of
from console.service.listing import IndexUnavailable, ListingIndex
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage import listing as listing_store
from console.storage.keysource import EphemeralKeySource
from console.storage.listing import WORK_ORDER
from console.storage.notices import ORDERS, SORT_KEYS, NoticeFilter, NoticeOrder, listing_ids
from tests.support.stations import send_and_import as _send
from tests.exchange.conftest import Clock, carry, clock, import_inbox, launch_draft, pair  # noqa: F401 - fixtures

NOTICES = 3_000


def _vary(conn, seed: int) -> None:
    """Give the bulk rows the variety a real desk has (the generator writes one status only)."""
    rng = random.Random(seed)
    ids = [row[0] for row in conn.execute("SELECT id FROM notices")]
    for notice_id in rng.sample(ids, len(ids) // 3):
        conn.execute("UPDATE notices SET status = ? WHERE id = ?", [rng.choice(["ACTUAL", "TEST"]), notice_id])
    for notice_id in rng.sample(ids, len(ids) // 10):
        conn.execute("UPDATE notices SET window_start = NULL WHERE id = ?", [notice_id])
    same = conn.execute("SELECT dtg FROM notices WHERE id = ?", [ids[len(ids) // 2]]).fetchone()[0]
    for notice_id in rng.sample(ids, 40):
        conn.execute("UPDATE notices SET dtg = ? WHERE id = ?", [same, notice_id])
    for notice_id in rng.sample(ids, 60):
        conn.execute("UPDATE notices SET acknowledged_at = NULL, acknowledged_by = NULL WHERE id = ?", [notice_id])
    for notice_id in rng.sample(ids, 150):  # the counterpart's acknowledgements (none asked of them)
        conn.execute("UPDATE notices SET kind = 'acknowledgement', ack_due_at = NULL, acknowledged_at = NULL, "
                      "acknowledged_by = NULL WHERE id = ?", [notice_id])


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    root = tmp_path_factory.mktemp("listing")
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    station, _ = Station.initialise(root / "USA-NRRC", "USA-NRRC", "Listing test", EphemeralKeySource(), clock=clock)
    fill_history(station, NOTICES, counterparts=3, outgoing_share=0.25, open_incoming=200, days=30)
    with station.store.transaction():
        _vary(station.store.conn, seed=1)
    yield station
    station.close()


def _filters(conn, direction: str) -> list[NoticeFilter]:
    base = NoticeFilter(direction=direction)
    values = {column: sorted({row[0] for row in conn.execute(f"SELECT DISTINCT {column} FROM notices")})
              for column in ("status", "kind", "counterpart", "precedence")}
    filters = [base, base.with_(unacknowledged_only=True), base.with_(status="NO-SUCH-STATUS"),
               base.with_(since="2026-11-10T00:00:00Z"), base.with_(until="2026-11-20T00:00:00Z"),
               base.with_(since="2026-11-10T00:00:00Z", until="2026-11-20T00:00:00Z", unacknowledged_only=True)]
    for column, words in values.items():
        filters += [base.with_(**{column: word}) for word in words]
    filters.append(base.with_(status="EXERCISE", kind="launch_notification", precedence="FLASH"))
    # The inbox's own listing leaves the counterpart's acknowledgements out, unless a kind is asked for.
    filters += [flt.with_(acknowledgements=False) for flt in list(filters)]
    return filters


def _orders() -> list[str | NoticeOrder]:
    orders: list[str | NoticeOrder] = [name for name in ORDERS if name != "sequence_desc"]
    orders += [WORK_ORDER, NoticeOrder(open_first=True), NoticeOrder()]
    orders += [NoticeOrder(column, descending, open_first)
               for column in SORT_KEYS for descending in (False, True) for open_first in (False, True)]
    return orders


@pytest.mark.parametrize("direction", ["in", "out"])
def test_every_order_of_every_filter_matches_the_sql_listing(station, direction):
    conn = station.store.conn
    index = ListingIndex.load(conn, direction)
    assert len(index) == conn.execute("SELECT count(*) FROM notices WHERE direction = ?", [direction]).fetchone()[0]
    mismatches = []
    for flt in _filters(conn, direction):
        for order in _orders():
            if list(index.ids(flt, order)) != queries.notice_ids(conn, flt, order):
                mismatches.append((flt, order))
    assert mismatches == []
    # Leaving the acknowledgements out leaves out exactly them; asking for their kind lists them.
    everything = NoticeFilter(direction=direction)
    folded = queries.notice_ids(conn, everything.with_(acknowledgements=False), WORK_ORDER)
    acknowledgements = queries.notice_ids(conn, everything.with_(kind="acknowledgement"), WORK_ORDER)
    assert acknowledgements and set(acknowledgements) == set(queries.notice_ids(
        conn, everything.with_(kind="acknowledgement", acknowledgements=False), WORK_ORDER))
    assert sorted(folded + acknowledgements) == sorted(queries.notice_ids(conn, everything, WORK_ORDER))


@pytest.mark.parametrize("direction", ["in", "out"])
def test_the_top_rows_asked_alone_are_the_top_of_the_whole_listing(station, direction):
    """An arrival before the packed columns are in is put on screen from the listing's first rows
    alone (the inbox's own order reads them by two indexes): they must be the whole listing's."""
    conn = station.store.conn
    mismatches = []
    for flt in _filters(conn, direction) + [NoticeFilter(direction=direction, text="launch")]:
        for order in (WORK_ORDER, "unacknowledged_first", NoticeOrder(open_first=True), NoticeOrder(None, True, True),
                      NoticeOrder("dtg", True, True), "dtg_desc"):
            whole = queries.notice_ids(conn, flt, order)
            for limit in (1, 51, 250, len(whole) + 5):
                if queries.notice_ids(conn, flt, order, limit=limit) != whole[:limit]:
                    mismatches.append((flt, order, limit))
    assert mismatches == []


def test_the_order_of_work_puts_waiting_flash_then_overdue_then_the_nearest_deadline_on_top(station):
    """Worked out from each row's own facts, not from the SQL: unacknowledged FLASH notices first,
    then the overdue ones, then the others still waiting by deadline, then the rest newest first."""
    conn = station.store.conn
    now = station.clock().strftime("%Y-%m-%dT%H:%M:%SZ")
    waiting = set(listing_store.waiting_ids(conn, "in"))
    facts = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, precedence, ack_due_at, dtg FROM notices WHERE direction = 'in'")}
    # The fixture's notices give every group: waiting FLASH ones, overdue and running others.
    assert any(facts[i][0] == "FLASH" for i in waiting)
    assert any(facts[i][0] != "FLASH" and facts[i][1] <= now for i in waiting)
    assert any(facts[i][0] != "FLASH" and facts[i][1] > now for i in waiting)

    def group(notice_id: int) -> int:
        precedence, due, _dtg = facts[notice_id]
        if notice_id not in waiting:
            return 3
        return 0 if precedence == "FLASH" else 1 if due <= now else 2

    listed = list(ListingIndex.load(conn, "in").ids(NoticeFilter(direction="in"), WORK_ORDER))
    assert listed == queries.notice_ids(conn, NoticeFilter(direction="in"), WORK_ORDER)
    groups = [group(i) for i in listed]
    assert groups == sorted(groups)
    for number in (0, 1, 2):
        dues = [facts[i][1] for i in listed if group(i) == number]
        assert dues == sorted(dues), f"group {number} is not by deadline"
    rest = [facts[i][2] for i in listed if group(i) == 3]
    assert rest == sorted(rest, reverse=True)


def test_the_sequence_order_matches_where_sql_defines_it(station):
    conn = station.store.conn
    index = ListingIndex.load(conn, "in")
    flt = NoticeFilter(direction="in")
    ours = list(index.ids(flt, "sequence_desc"))
    theirs = listing_ids(conn, flt, "sequence_desc")
    key = {row[0]: (row[1], -row[2]) for row in conn.execute("SELECT id, counterpart, sequence FROM notices")}
    assert sorted(ours) == sorted(theirs)
    assert [key[i] for i in ours] == [key[i] for i in theirs]


def test_words_narrow_the_listing_through_the_full_text_index(station):
    conn = station.store.conn
    index = ListingIndex.load(conn, "in")
    flt = NoticeFilter(direction="in", text="launch")
    matches = listing_store.text_match_ids(conn, flt.text)
    listed = index.ids(flt, "dtg_desc", text_ids=matches)
    assert 0 < len(listed) < len(index)
    for order in ("dtg_desc", NoticeOrder("precedence"), NoticeOrder("deadline", True, True)):
        assert list(index.ids(flt, order, text_ids=matches)) == listing_ids(conn, flt, order)


def test_words_asked_within_a_time_give_way_when_the_index_is_slower(station):
    """The GUI thread asks the full-text index with a time limit; past it the answer is None (the
    reader is asked instead) and the connection serves the next query as before."""
    conn = station.store.conn
    everything = listing_store.text_match_ids(conn, "launch")
    assert listing_store.text_match_ids(conn, "launch", within=1.0) == everything

    assert listing_store.text_match_ids(conn, "launch", within=0.0) is None
    assert listing_store.text_match_ids(conn, "launch") == everything  # no limit left behind
    assert conn.execute("SELECT count(*) FROM notices").fetchone()[0] == NOTICES


def test_refresh_with_the_ids_an_event_names_keeps_the_index_equal_to_the_store(tmp_path):
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    station, _ = Station.initialise(tmp_path / "USA-NRRC", "USA-NRRC", "Refresh test", EphemeralKeySource(),
                                    clock=clock)
    try:
        fill_history(station, 800, counterparts=2, open_incoming=50, days=10, seed=7)
        conn = station.store.conn
        index = ListingIndex.load(conn, "in")
        before = set(index.ids(NoticeFilter(direction="in")))

        # Arrivals: new ids, named by the event.
        clock.advance(days=1)
        fill_history(station, 300, counterparts=2, open_incoming=30, days=1, seed=8)
        arrived = [row[0] for row in conn.execute("SELECT id FROM notices WHERE direction = 'in'")
                   if row[0] not in before]
        # A changed state: a status and an acknowledgement, each named by an event.
        changed = sorted(before)[:5]
        with station.store.transaction():
            conn.execute(f"UPDATE notices SET status = 'ACTUAL' WHERE id IN ({','.join('?' * 5)})", changed)
            waiting = listing_store.waiting_ids(conn, "in")
            conn.execute("UPDATE notices SET acknowledged_at = '2026-11-29T12:00:00Z' WHERE id = ?", [waiting[0]])
        index.refresh(conn, arrived + changed)  # the acknowledged one is not named: waiting is read whole

        for flt in (NoticeFilter(direction="in"), NoticeFilter(direction="in", status="ACTUAL"),
                    NoticeFilter(direction="in", unacknowledged_only=True)):
            for order in ("dtg_desc", "unacknowledged_first", NoticeOrder("status", True)):
                assert list(index.ids(flt, order)) == listing_ids(conn, flt, order)
        assert waiting[0] not in set(index.ids(NoticeFilter(direction="in", unacknowledged_only=True)))
    finally:
        station.close()


def test_a_time_the_index_cannot_order_as_sqlite_would_sends_the_listing_back_to_sql(tmp_path):
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    station, _ = Station.initialise(tmp_path / "USA-NRRC", "USA-NRRC", "Odd time", EphemeralKeySource(), clock=clock)
    try:
        fill_history(station, 50, counterparts=1, days=2)
        conn = station.store.conn
        with station.store.transaction():
            conn.execute("UPDATE notices SET dtg = '2026-11-28T12:00:00.5Z' WHERE id = (SELECT min(id) FROM notices)")
        with pytest.raises(IndexUnavailable, match="canonical form"):
            ListingIndex.load(conn, "in")
    finally:
        station.close()


def test_notices_stored_by_another_connection_are_taken_in_without_an_event(tmp_path):
    """A command-line import beside the console publishes no event the console hears: the next
    listing must still show what it stored."""
    clock = Clock(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    station, _ = Station.initialise(tmp_path / "USA-NRRC", "USA-NRRC", "Beside", EphemeralKeySource(), clock=clock)
    try:
        fill_history(station, 200, counterparts=1, open_incoming=10, days=5, seed=3)
        conn = station.store.conn
        index = ListingIndex.load(conn, "in")
        index.catch_up(conn)
        before = len(index)
        other = station.store.clone()  # as another process's connection
        try:
            columns = [row[1] for row in other.conn.execute("PRAGMA table_info(notices)") if row[1] != "id"]
            with other.transaction():
                for n, source in enumerate(other.conn.execute(
                        "SELECT id FROM notices WHERE direction = 'in' LIMIT 5").fetchall()):
                    listed = ", ".join(columns)
                    fresh = {"message_id": f"'{n:08d}-0000-4000-8000-000000000000'", "sequence": f"{90_000 + n}"}
                    copied = ", ".join(fresh.get(column, column) for column in columns)
                    other.conn.execute(f"INSERT INTO notices ({listed}) SELECT {copied} FROM notices WHERE id = ?",
                                       [source[0]])
        finally:
            other.close()
        index.catch_up(conn)
        flt = NoticeFilter(direction="in")
        assert len(index) > before
        assert list(index.ids(flt, "dtg_desc")) == listing_ids(conn, flt, "dtg_desc")
    finally:
        station.close()


def test_each_listed_row_carries_its_chain_stamp_as_the_reading_pane_words_it_in_one_read(pair, clock):
    """A cancelled original, its amendment (which falls with it), an amended notice still standing and
    a plain one, on both sides: every row's stamp is chain_state's, read with the rows in one query."""
    us, them = pair
    cancelled = _send(them, us, launch_draft("NRRC-US", clock))
    clock.advance(minutes=5)
    amended = _send(them, us, launch_draft("NRRC-US", clock))
    clock.advance(minutes=5)
    _send(them, us, launch_draft("NRRC-US", clock))  # stands as sent
    clock.advance(minutes=5)
    for original in (cancelled, amended):
        amendment = amendment_of(original, "ivan")
        amendment["body"]["content"]["remarks"] = "Second stage only"
        _send(them, us, amendment)
        clock.advance(minutes=7)
    cancellation = cancellation_of(cancelled, "ivan")
    cancellation["body"]["reason"] = "Launch called off"
    sent_cancellation = _send(them, us, cancellation)

    stamps = {}
    for station in (us, them):
        conn = station.store.conn
        ids = [row[0] for row in conn.execute("SELECT id FROM notices")]
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        try:
            rows = queries.notice_rows(conn, ids)
        finally:
            conn.set_trace_callback(None)
        assert len(statements) == 1  # the stamps come with the rows, not a query per row
        for row in rows.values():
            assert row["chain_stamp"] == chain_state(conn, row["message_id"]).stamp, row["kind"]
            assert row["cancelled"] == (row["chain_stamp"] or "").startswith("CANCELLED")
            stamps.setdefault(station, []).append(row["chain_stamp"])
    expected = f"CANCELLED by no. {sent_cancellation['sequence']} at {clock.now:%H%M}Z"
    for listed in stamps.values():
        assert listed.count(expected) == 2  # the original and its amendment
        assert sum(1 for stamp in listed if (stamp or "").startswith("AMENDED by no.")) == 1


def test_the_packed_listing_catches_up_with_a_notice_stored_through_its_own_connection(pair, clock):
    """No event named it and no other connection committed it: the listing still takes it in."""
    us, them = pair
    index = ListingIndex.load(us.store.conn, "in")
    index.catch_up(us.store.conn)
    Outgoing(them).release(launch_draft("NRRC-US", clock), "ivan")
    carry(them, us)
    import_inbox(us, "NRRC-RU")  # through us.store, the connection the index reads
    (stored,) = [row[0] for row in us.store.conn.execute("SELECT id FROM notices WHERE direction = 'in'")]
    index.catch_up(us.store.conn)
    assert stored in [int(i) for i in index.ids(NoticeFilter(direction="in"), "dtg_desc")]
