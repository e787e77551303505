"""The inbox answers filters and sorts from its packed columns, at once, and keeps them up with arrivals.

What the officer sees: after the first listing, narrowing a filter or clicking a header puts the
new rows on screen before the action returns (no wait for the reader thread), and they are the
rows the SQL listing gives; notices that arrive while the outbox is not on screen are in it when
the officer turns to it.
"""

from __future__ import annotations

from console.service import queries
from console.service.bulk import fill_history
from console.storage.operators import OperatorBook
from tests.exchange.conftest import import_inbox
from tests.inbox.test_change_events_in_window import _receive


def _sql_listing(view) -> list[int]:
    return queries.notice_ids(view._conn(), view.filter, view.order())


def _on_screen(view) -> list[int]:
    return [view.model.row_id(row) for row in range(view.model.rowCount())]


def test_filters_and_sorts_are_answered_at_once_and_match_the_store(qtbot, request, us, clock):
    fill_history(us, 2_000, counterparts=2, open_incoming=40, days=20)
    window = request.getfixturevalue("window")
    window.show_page("inbox")
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.packed.ready, timeout=30_000)
    loaded: list[int] = []
    inbox.loaded.connect(loaded.append)

    inbox.kind_filter.setCurrentIndex(inbox.kind_filter.findData("amendment"))
    assert len(loaded) == 1, "the listing waited for the reader thread"
    assert _on_screen(inbox) == _sql_listing(inbox) != []

    inbox.set_order("precedence", False)
    assert len(loaded) == 2
    assert _on_screen(inbox) == _sql_listing(inbox)
    assert inbox.model.row(0)["precedence"] == "FLASH"

    # New words go to the full-text index on the reader; sorting the matches is answered at once.
    inbox.clear_filters()
    with qtbot.waitSignal(inbox.loaded, timeout=10_000):
        inbox.search.setText("launch")
        inbox.reload()
    matched = _on_screen(inbox)
    assert matched == _sql_listing(inbox) and 0 < len(matched) < 2_000
    before = len(loaded)
    inbox.set_order("dtg", False)
    assert len(loaded) == before + 1
    assert _on_screen(inbox) == _sql_listing(inbox)
    assert sorted(_on_screen(inbox)) == sorted(matched) and _on_screen(inbox) != matched


def test_arrivals_while_the_outbox_is_hidden_are_in_it_when_shown(qtbot, request, us, them, clock):
    _receive(us, them, clock, 2)
    import_inbox(us, "NRRC-RU")
    window = request.getfixturevalue("window")
    window.show_page("outbox")
    outbox = window.outbox
    qtbot.waitUntil(lambda: outbox.packed.ready, timeout=30_000)
    assert outbox.model.rowCount() == 0
    window.show_page("inbox")
    window.arrivals.start()

    # Our acknowledgements go out while the inbox is on screen.
    _receive(us, them, clock, 3)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 5, timeout=15_000)
    book = OperatorBook(us.store)
    book.add("Dana", "officer", "482913", "system", clock())
    book.change_own_pin("Dana", "771204", clock())
    window.set_officer("Dana")
    for row in range(2):
        window.inbox.table.selectRow(row)
        assert window.inbox_desk.actions.acknowledge(window.inbox.selected_notice_id()) is None
    qtbot.waitUntil(lambda: window.station.store.conn.execute(
        "SELECT count(*) FROM notices WHERE direction = 'out'").fetchone()[0] == 2, timeout=15_000)

    window.show_page("outbox")
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 2, timeout=5_000)
    assert _on_screen(outbox) == _sql_listing(outbox)
    # ... and they stay there through a sort answered from the packed columns.
    outbox.set_order("kind", True)
    assert _on_screen(outbox) == _sql_listing(outbox) and len(_on_screen(outbox)) == 2


def test_a_notice_that_arrives_before_the_packed_columns_is_on_screen_before_the_whole_listing(
    qtbot, request, us, them, clock, monkeypatch
):
    """In the first seconds after start-up the packed columns are still being read. An arrival then
    is put on screen from the listing's first rows; the whole listing (held back here) follows."""
    import threading

    from console.service.listing import IndexUnavailable, ListingIndex

    def unavailable(cls, conn, direction):
        raise IndexUnavailable("held back by the test")

    fill_history(us, 600, counterparts=2, open_incoming=30, days=10)
    # The columns never come (as for a store with a time they cannot order): the lists use SQL.
    monkeypatch.setattr(ListingIndex, "load", classmethod(unavailable))
    whole_listing_asked = threading.Event()
    release_whole_listing = threading.Event()
    sql_listing = queries.notice_ids

    holding = threading.Event()  # from the arrival on; the window's own first listing is not held

    def held_back(conn, flt, order="dtg_desc", limit=None):
        if limit is None and holding.is_set() and threading.current_thread().name == "inbox-reader":
            whole_listing_asked.set()
            release_whole_listing.wait(30)
        return sql_listing(conn, flt, order, limit)

    monkeypatch.setattr(queries, "notice_ids", held_back)
    window = request.getfixturevalue("window")
    window.show_page("inbox")
    inbox = window.inbox
    before = inbox.model.rowCount()
    holding.set()
    window.arrivals.start()
    try:
        (sent,) = _receive(us, them, clock, 1)
        qtbot.waitUntil(lambda: inbox.model.rowCount() == before + 1, timeout=15_000)
        assert whole_listing_asked.is_set() and not release_whole_listing.is_set()
        assert _on_screen(inbox) == sql_listing(inbox._conn(), inbox.filter, inbox.order())
        new_row = inbox.model.row_of(us.store.conn.execute(
            "SELECT id FROM notices WHERE message_id = ?", [sent["message_id"]]).fetchone()[0])
        assert new_row is not None and new_row < 31, "a waiting notice is listed among the open ones at the top"
    finally:
        release_whole_listing.set()
    with qtbot.waitSignal(inbox.loaded, timeout=15_000):
        pass  # the whole listing, merged in: nothing moves
    assert _on_screen(inbox) == sql_listing(inbox._conn(), inbox.filter, inbox.order())
