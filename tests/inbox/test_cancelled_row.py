"""A cancelled notice looks cancelled in the list (issue 15, section 4): its deadline cell says
"CANCELLED by no. N at HHMMZ" as the reading pane does, with no countdown, no gauge and no overdue
red once its deadline passes, and its row is greyed. Real stations, the real main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.service.drafts import cancellation_of
from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from tests.exchange.conftest import carry, import_inbox, launch_draft


def _release(station, draft):
    return notice_rows.by_id(station.store, Outgoing(station).release(draft, "Lt Ivanov").notice.id)


def test_a_cancelled_notice_row_is_stamped_cancelled_without_a_countdown(qtbot, window, us, them, clock):
    original = _release(them, launch_draft("NRRC-US", clock, precedence="IMMEDIATE"))
    clock.advance(minutes=1)
    standing = _release(them, launch_draft("NRRC-US", clock, precedence="IMMEDIATE"))
    clock.advance(minutes=3)
    cancellation = cancellation_of(original, "Lt Ivanov")
    cancellation["body"]["reason"] = "Launch called off"
    sent = _release(them, cancellation)
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    clock.advance(minutes=40)  # both IMMEDIATE deadlines (30 minutes) have passed
    window.resize(1280, 800)
    window.show_page("inbox")
    inbox = window.inbox
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        window.reload_all()
    model = inbox.model
    rows = {model.row(row)["message_id"]: row for row in range(model.rowCount())}
    cancelled_row, standing_row = rows[original["message_id"]], rows[standing["message_id"]]
    deadline = model.deadline_column
    stamp = f"CANCELLED by no. {sent['sequence']} at 1204Z"

    assert model.data(model.index(cancelled_row, deadline)) == stamp
    assert model.cell_look(cancelled_row, deadline).gauge is None  # no countdown bar or clock
    assert model.data(model.index(cancelled_row, 0), Qt.ItemDataRole.BackgroundRole) is None
    grey = model.colours.gauge["CALM"]
    assert all(model.cell_look(cancelled_row, column).foreground == grey for column in range(model.columnCount()))
    # The notice beside it, not cancelled, is overdue and counts on.
    assert model.data(model.index(standing_row, deadline)).startswith("OVERDUE")
    assert model.data(model.index(standing_row, 0), Qt.ItemDataRole.BackgroundRole) == model.colours.overdue_background

    # The reading pane says the same words.
    window.inbox_desk.go_to_notice(model.row(cancelled_row)["id"])
    pane = window.inbox_desk.inbox_detail
    qtbot.waitUntil(lambda: pane.reading is not None and pane.stored is not None
                    and pane.stored.id == model.row(cancelled_row)["id"], timeout=10000)
    assert stamp in pane.reading.stamp.text()
