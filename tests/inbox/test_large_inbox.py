"""100,000 notices in a real store: the inbox opens, scrolls, filters, searches and sorts.

The timings are printed and recorded as test properties for the benchmark to report;
they are not asserted (this machine's speed is not the code's correctness). What is
asserted is what the officer sees: the right notices, in the right order.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from console.service import queries
from console.service.bulk import fill_history
from tests.exchange.conftest import make_station

COUNT = 100_000


@pytest.fixture
def big_station(tmp_path, clock):
    station = make_station(tmp_path, "NRRC-US", "US NRRC", clock)
    started = time.perf_counter()
    result = fill_history(station, COUNT)
    station.bulk_seconds = time.perf_counter() - started  # type: ignore[attr-defined]
    station.bulk = result  # type: ignore[attr-defined]
    yield station
    station.close()


@pytest.mark.slow
def test_the_inbox_opens_and_filters_100000_notices(qtbot, big_station, clock, record_property):
    from console.ui.main_window import MainWindow

    timings: dict[str, float] = {"fill_store_s": big_station.bulk_seconds}
    started = time.perf_counter()
    window = MainWindow(big_station, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    timings["open_window_s"] = time.perf_counter() - started
    inbox = window.inbox
    assert 0 < inbox.model.rowCount() <= 200, "the window opens with its first rows"
    qtbot.waitUntil(lambda: inbox.listing_complete, timeout=30_000)  # the whole listing, from the reader
    incoming = big_station.bulk.incoming
    assert inbox.model.rowCount() == incoming
    assert inbox.count_label.text() == f"{incoming:,} notices"
    assert window.nav.item(0).text() == f"Inbox ({big_station.bulk.open_incoming} open / {incoming})"
    # Unacknowledged first: the open notices lead, the most urgent deadline on top.
    top = inbox.model.row(0)
    assert top["acknowledged_at"] is None and top["ack_due_at"] is not None
    assert window.inbox_desk.reader.wait_ready(60)

    started = time.perf_counter()
    inbox.table.scrollToBottom()
    inbox.table.viewport().repaint()
    timings["scroll_to_bottom_s"] = time.perf_counter() - started
    bottom = inbox.model.row(inbox.model.rowCount() - 1)
    assert bottom["dtg"] < top["dtg"] or bottom["acknowledged_at"] is not None

    def timed(name: str, action) -> None:
        begun = time.perf_counter()
        with qtbot.waitSignal(inbox.loaded, timeout=30000):
            action()
        timings[name] = time.perf_counter() - begun

    conn = big_station.store.conn
    timed("filter_kind_s", lambda: inbox.kind_filter.setCurrentIndex(inbox.kind_filter.findData("amendment")))
    amendments = conn.execute("SELECT count(*) FROM notices WHERE direction = 'in' AND kind = 'amendment'").fetchone()[0]
    assert inbox.model.rowCount() == amendments > 0
    assert {inbox.model.row(i)["kind"] for i in range(0, amendments, max(amendments // 50, 1))} == {"amendment"}

    timed("filter_counterpart_and_precedence_s", lambda: (
        inbox.counterpart_filter.setCurrentIndex(inbox.counterpart_filter.findData("BULK-B")),
        inbox.precedence_filter.setCurrentIndex(inbox.precedence_filter.findData("FLASH")),
    ))
    expected = conn.execute(
        "SELECT count(*) FROM notices WHERE direction = 'in' AND kind = 'amendment' AND counterpart = 'BULK-B' "
        "AND precedence = 'FLASH'").fetchone()[0]
    assert inbox.model.rowCount() == expected

    timed("clear_filters_s", inbox.clear_filters)
    assert inbox.model.rowCount() == incoming

    inbox.search.setText("Barents")
    timed("search_text_s", inbox.reload)
    found = inbox.model.rowCount()
    assert 0 < found < incoming
    assert "Barents Sea" in conn.execute(
        "SELECT notice_json FROM notices WHERE id = ?", [inbox.model.row_id(0)]).fetchone()[0]
    inbox.search.clear()

    with qtbot.waitSignal(inbox.loaded, timeout=30000):
        inbox.open_first.setChecked(False)
    precedence_column = inbox.model.sort_keys.index("precedence")
    timed("sort_by_precedence_s", lambda: qtbot.mouseClick(
        inbox.table.horizontalHeader().viewport(), Qt.MouseButton.LeftButton,
        pos=_section_centre(inbox.table.horizontalHeader(), precedence_column)))
    assert inbox.model.rowCount() == incoming
    flash = conn.execute("SELECT count(*) FROM notices WHERE direction = 'in' AND precedence = 'FLASH'").fetchone()[0]
    assert inbox.model.row(0)["precedence"] == "FLASH"
    assert inbox.model.row(flash - 1)["precedence"] == "FLASH"
    assert inbox.model.row(flash)["precedence"] == "IMMEDIATE"
    assert inbox.model.row(incoming - 1)["precedence"] == "ROUTINE"

    timed("date_range_s", lambda: inbox.since_edit.setDate(inbox.since_edit.date().fromString("2026-06-01", "yyyy-MM-dd")))
    in_range = conn.execute(
        "SELECT count(*) FROM notices WHERE direction = 'in' AND dtg >= '2026-06-01T00:00:00Z'").fetchone()[0]
    assert inbox.model.rowCount() == in_range
    assert queries.notice_ids(conn, inbox.filter, inbox.order())[:5] == [inbox.model.row_id(i) for i in range(5)]

    for name, seconds in timings.items():
        record_property(name, round(seconds, 3))
    print("\n" + "\n".join(f"{name:>40}: {seconds * 1000:9.1f} ms" for name, seconds in timings.items()))
    window.close()


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
