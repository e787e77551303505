"""A view reloads only for the events it shows: a PIN change or a printed record leaves the inbox's
listing alone; an arrival adds its own rows and keeps the officer's selection."""

from __future__ import annotations

from console.service import queries
from console.service.outgoing import Outgoing
from console.storage.operators import OperatorBook
from console.ui import dialogs
from tests.exchange.conftest import carry, import_inbox, launch_draft


class Listings:
    """How often the inbox and outbox were listed, and how often a list was reset on screen."""

    def __init__(self, monkeypatch, window) -> None:
        self.count = 0
        self.resets = 0
        self.inserted: list[int] = []
        listing = queries.notice_ids

        def counted(*args, **kwargs):
            self.count += 1
            return listing(*args, **kwargs)

        monkeypatch.setattr(queries, "notice_ids", counted)
        window.inbox.model.modelReset.connect(self._reset)
        window.inbox.model.rowsInserted.connect(lambda _parent, first, last: self.inserted.append(last - first + 1))

    def _reset(self) -> None:
        self.resets += 1


def _receive(us, them, clock, count: int) -> list[dict]:
    sent = [Outgoing(them).release(launch_draft("NRRC-US", clock), "Lt Ivanov").notice for _ in range(count)]
    carry(them, us)
    return sent


def test_a_pin_change_or_a_printed_record_does_not_list_the_inbox_again(
    qtbot, request, us, them, clock, monkeypatch, tmp_path
):
    _receive(us, them, clock, 2)
    import_inbox(us, "NRRC-RU")
    window = request.getfixturevalue("window")
    window.show_page("inbox")
    assert window.inbox.model.rowCount() == 2
    window.inbox.table.selectRow(1)
    chosen = window.inbox.selected_notice_id()
    audit_row = window.page_keys().index("audit")
    before = window.nav.item(audit_row).text()
    listings = Listings(monkeypatch, window)

    book = OperatorBook(us.store)
    book.add("Dana", "officer", "482913", "system", clock())
    book.change_own_pin("Dana", "771204", clock())
    window.set_officer("Dana")
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *_a: str(target))
    window.print_actions.save_notice_pdf()
    qtbot.waitUntil(target.exists, timeout=30000)  # written on the window's worker

    qtbot.wait(200)  # anything queued to the GUI thread has arrived
    assert (listings.count, listings.resets) == (0, 0)
    assert window.inbox.selected_notice_id() == chosen
    # The events did arrive: the audit page's count and the officers page follow them.
    assert window.nav.item(audit_row).text() != before
    assert "Dana" in [window.pages["officers"].widget.table.item(r, 0).text() for r in range(window.pages["officers"].widget.table.rowCount())]


def test_an_arrival_inserts_only_the_new_rows(qtbot, request, us, them, clock, monkeypatch):
    _receive(us, them, clock, 1)
    import_inbox(us, "NRRC-RU")
    window = request.getfixturevalue("window")
    window.show_page("inbox")
    window.inbox.table.selectRow(0)
    chosen = window.inbox.selected_notice_id()
    listings = Listings(monkeypatch, window)

    window.arrivals.start()
    _receive(us, them, clock, 2)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3, timeout=15000)
    assert listings.resets == 0
    assert sum(listings.inserted) == 2
    assert window.inbox.selected_notice_id() == chosen


def test_a_listing_that_comes_back_after_the_views_closed_is_dropped(qtbot, us):
    """The window closes (and the store with it) while a listing is on its way: nothing reads the closed store."""
    from console.ui.inbox.reader import StoreReader

    reader = StoreReader(us.store)
    reader.start()
    assert reader.wait_ready()
    answers: list = []
    reader.submit("notices-in", lambda conn: conn.execute("SELECT count(*) FROM notices").fetchone()[0], answers.append)
    qtbot.waitUntil(lambda: answers == [0], timeout=5000)
    reader.stop()
    reader._answered.emit(answers.append, 1)  # as the reader thread does with a listing finished at the close
    qtbot.wait(50)
    assert answers == [0]
