"""The once-a-second clock moves on only the deadline cells on screen.

A list not on screen reported its first row at 0 and no last row, so every tick read and
checked all of its notices: with 10,000 notices in the outbox the window spent 0.4 s of every
second on it, and an arriving FLASH waited behind that work. Each tick must read no row of a
list that is not shown, and no more rows of the shown list than fit on the screen.
"""

from __future__ import annotations

from console.service.bulk import fill_history


def test_a_tick_reads_only_the_rows_on_screen(qtbot, request, us, monkeypatch):
    fill_history(us, 3_000, counterparts=2, outgoing_share=0.5, open_incoming=40, days=20)
    window = request.getfixturevalue("window")
    window.show_page("outbox")  # listed when first shown
    qtbot.waitUntil(lambda: window.outbox.listing_complete, timeout=15_000)
    window.show_page("inbox")
    inbox, outbox = window.inbox, window.outbox
    assert outbox.model.rowCount() > 1_000 and inbox.model.rowCount() > 1_000
    asked: dict[str, int] = {"in": 0, "out": 0}
    for view in (inbox, outbox):
        reading = view.model.row

        def counted(row, _reading=reading, _direction=view.direction):
            asked[_direction] += 1
            return _reading(row)

        monkeypatch.setattr(view.model, "row", counted)

    window.inbox_desk.tick()  # the first shows the overdue banner, which takes room from the list
    asked.update({"in": 0, "out": 0})
    window.inbox_desk.tick()

    table = inbox.table
    on_screen = table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1
    assert 10 < on_screen < 100
    assert asked == {"in": on_screen, "out": 0}
