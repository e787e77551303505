"""The counterpart's acknowledgements are not rows of their own in the inbox (issue 15, section 6):
not an IMMEDIATE "None asked" row for each, but "Acknowledged by ..." on the notice they acknowledge
(in the outbox); the "Show acknowledgements" filter lists them. Real stations, the real window."""

from __future__ import annotations

from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from tests.exchange.conftest import carry, import_inbox, launch_draft


def _kinds(view) -> list[str]:
    return [view.model.row(row)["kind"] for row in range(view.model.rowCount())]


def test_their_acknowledgement_folds_into_our_notice_and_a_filter_lists_it(qtbot, window, us, them, clock):
    sent = Outgoing(us).release(launch_draft("NRRC-RU", clock), "Maj Petrov", approver="bob").notice
    carry(us, them)
    import_inbox(them, "NRRC-US")
    theirs = notice_rows.by_message_id(them.store, notice_rows.message_id_of(us.store.conn, sent.id))
    Outgoing(them).release(launch_draft("NRRC-US", clock), "Lt Ivanov")  # and a notice of their own
    clock.advance(minutes=2)
    Outgoing(them).acknowledge(theirs["id"], "Lt Ivanov")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    assert sorted(kind for (kind,) in us.store.conn.execute("SELECT kind FROM notices WHERE direction = 'in'")) \
        == ["acknowledgement", "launch_notification"]

    window.show_page("inbox")
    inbox = window.inbox
    window.reload_all()
    qtbot.waitUntil(lambda: inbox.count_label.text().endswith("notice"), timeout=10000)
    assert _kinds(inbox) == ["launch_notification"]
    assert inbox.count_label.text() == "1 notice"
    # The navigation counts what the list shows: one notice, none waiting (theirs asks no answer).
    assert window.nav.item(window.page_keys().index("inbox")).text() == "Inbox (1 open / 1)"
    # Folded into our notice: the outbox row says who acknowledged it.
    window.show_page("outbox")
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=10000)
    delivery = window.outbox.model.sort_keys.index("delivery")
    assert window.outbox.model.index(0, delivery).data() == "Acknowledged by Lt Ivanov"

    window.show_page("inbox")
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.show_acknowledgements.setChecked(True)
    assert sorted(_kinds(inbox)) == ["acknowledgement", "launch_notification"]
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.clear_filters()
    assert not inbox.show_acknowledgements.isChecked() and _kinds(inbox) == ["launch_notification"]
    # Asking for their kind lists them too.
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.kind_filter.setCurrentIndex(inbox.kind_filter.findData("acknowledgement"))
    assert _kinds(inbox) == ["acknowledgement"]
