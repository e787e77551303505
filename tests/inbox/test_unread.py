"""Unread notices in bold (issue 15, section 6): an incoming notice nobody has opened in the reading
pane is bold in the inbox; shown in the pane, it is marked opened in the store (schema 1.4) and its row
is regular, also after the list is read again. A store from before 1.4 migrates with every notice it
holds counted as opened (an upgrade does not turn the whole inbox bold)."""

from __future__ import annotations

from console.service import queries
from console.service.outgoing import Outgoing
from console.service.station import Station
from console.storage import schema
from tests.exchange.conftest import carry, import_inbox, launch_draft
from tests.support.stations import copy_of_frozen_store


def _bold(model, row: int) -> list[bool]:
    """The weight of each cell but the deadline's (whose weight tells its urgency)."""
    return [model.cell_look(row, column).bold for column in range(model.columnCount())
            if column != model.deadline_column]


def test_an_unread_notice_is_bold_until_it_is_shown_in_the_reading_pane(qtbot, window, us, them, clock):
    for _ in range(2):
        Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="ROUTINE"), "Lt Ivanov")
        clock.advance(minutes=1)
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    window.show_page("inbox")
    inbox = window.inbox
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        window.reload_all()
    model = inbox.model
    assert all(_bold(model, 0)) and all(_bold(model, 1))

    inbox.table.selectRow(0)
    opened = model.row_id(0)
    pane = window.inbox_desk.inbox_detail
    qtbot.waitUntil(lambda: pane.stored is not None and pane.stored.id == opened, timeout=5000)
    assert not any(_bold(model, 0)) and all(_bold(model, 1))
    # A ROUTINE deadline cell is regular, read or not: its weight is for urgency.
    assert not model.cell_look(1, model.deadline_column).bold
    # Kept in the store: read again, the row stays regular and the other stays bold.
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.clear_filters()
    rows = queries.notice_rows(us.store.conn, [model.row_id(0), model.row_id(1)])
    assert {notice_id: row["opened"] for notice_id, row in rows.items()} == {
        opened: 1, next(i for i in rows if i != opened): 0}
    assert not _bold(model, model.row_of(opened))[0]


def test_a_store_from_before_1_4_migrates_with_its_notices_counted_as_opened(tmp_path):
    data_dir, keys = copy_of_frozen_store("1.0", tmp_path)
    station = Station.open(data_dir, keys)
    try:
        conn = station.store.conn
        assert station.store.schema_version() == schema.CURRENT_VERSION >= 104
        ids = [row[0] for row in conn.execute("SELECT id FROM notices")]
        assert ids and all(row["opened"] == 1 for row in queries.notice_rows(conn, ids).values())
        # Marking works on the migrated store, once.
        conn.execute("DELETE FROM notices_opened WHERE notice_id = ?", [ids[0]])
        assert queries.mark_opened(conn, ids[0], "2026-12-03T12:00:00Z")
        assert not queries.mark_opened(conn, ids[0], "2026-12-03T12:01:00Z")
    finally:
        station.close()
