"""The reading pane shows where a notice stands in its chain (issue 15, section 4): a cancelled one
stamped CANCELLED at the top, its deadline strip without a countdown; an amended one AMENDED with a
link to the latest amendment; an amendment's changes, was and now; every member of the chain, ours
and theirs. Two real stations joined by real folders, the arrivals watched as on the desk."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from console.service.drafts import amendment_of, cancellation_of
from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from console.ui.inbox.reading_pane import change_name
from tests.exchange.conftest import carry, import_inbox, launch_draft
from tests.support.stations import add_officers


def _release(station, draft, officer="Lt Ivanov", approver=None):
    released = Outgoing(station).release(draft, officer, approver=approver)
    return notice_rows.by_id(station.store, released.notice.id)


def _cancellation(original, officer: str) -> dict:
    draft = cancellation_of(original, officer)
    draft["body"]["reason"] = "Launch called off"
    return draft


def _our_copy(us, message_id: str):
    return notice_rows.by_message_id(us.store, message_id)


def _receive_all(qtbot, window, us, them) -> None:
    carry(them, us)
    import_inbox(us, them.station_id)
    with qtbot.waitSignal(window.inbox.loaded, timeout=10000):
        window.reload_all()


def _select(qtbot, window, notice_id: int):
    window.inbox_desk.go_to_notice(notice_id)
    direction = "in" if window.current_page() == "inbox" else "out"
    pane = window.inbox_desk.inbox_detail if direction == "in" else window.inbox_desk.outbox_detail
    qtbot.waitUntil(lambda: pane.reading is not None and pane.stored is not None and pane.stored.id == notice_id,
                    timeout=10000)
    return pane.reading


def _top(widget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def test_an_original_cancelled_by_the_counterpart_shows_cancelled_in_the_pane_without_a_countdown(
        qtbot, window, us, them, clock):
    window.resize(1280, 800)
    window.arrivals.start()  # every notice comes in through the watched folder, as on the desk
    original = _release(them, launch_draft("NRRC-US", clock))
    carry(them, us)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1, timeout=15000)
    ours = _our_copy(us, original["message_id"])
    reading = _select(qtbot, window, ours.id)
    assert reading.deadline.text() == "Acknowledge within 30 min (due 12:30Z)."
    assert not reading.stamp.isVisible()

    # Their cancellation arrives through the watched folder while the original is on screen.
    clock.advance(minutes=4)
    cancellation = _release(them, _cancellation(original, "Lt Ivanov"))
    carry(them, us)
    qtbot.waitUntil(reading.stamp.isVisible, timeout=15000)
    assert reading.stored.id == ours.id  # still the original, stamped where it stands
    stamp = f"CANCELLED by no. {cancellation['sequence']} at 1204Z"
    assert reading.stamp.text() == stamp
    assert _top(reading.stamp) < _top(reading.title) < _top(reading.deadline)
    assert reading.title.accessibleName() == f"{stamp}: IMMEDIATE Launch notification EXERCISE"
    expected = f"{stamp}: this notice no longer stands. Its receipt is still to be acknowledged (due 12:30Z)."
    assert reading.deadline.text() == expected
    # No countdown: a minute later, and past the deadline, the strip says the same.
    for minutes in (1, 30):
        clock.advance(minutes=minutes)
        window.inbox_desk.tick()
        assert reading.deadline.text() == expected
        assert "within" not in reading.deadline.text() and "OVERDUE" not in reading.deadline.text()

    # The chain: both notices, theirs; the cancellation a link that selects it.
    chain = reading.chain.accessibleName()
    assert chain == ("The chain on record: Launch notification no. 1 them 12:00Z (this notice); "
                     f"Cancellation no. {cancellation['sequence']} them 12:04Z")
    theirs = _our_copy(us, cancellation["message_id"])
    assert f"href='notice:{theirs.id}'" in reading.chain.text()
    reading.chain.linkActivated.emit(f"notice:{theirs.id}")
    qtbot.waitUntil(lambda: reading.stored.id == theirs.id, timeout=10000)
    assert not reading.stamp.isVisible()  # the cancellation itself stands
    assert window.inbox.selected_notice_id() == theirs.id


def test_our_own_original_lists_its_cancellation_and_their_acknowledgement_in_the_chain(
        qtbot, window, us, them, clock):
    window.resize(1280, 800)
    # Our station releases with two officers (the two-person rule is on).
    add_officers(us, {"Maj Petrov": ("officer", "246813"), "Capt Hale": ("supervisor", "310588")}, clock)
    original = _release(us, launch_draft("NRRC-RU", clock), "Maj Petrov", "Capt Hale")
    carry(us, them)
    import_inbox(them, "NRRC-US")
    clock.advance(minutes=2)
    Outgoing(them).acknowledge(_our_copy(them, original["message_id"]).id, "Lt Ivanov")
    _receive_all(qtbot, window, us, them)
    reading = _select(qtbot, window, original.id)
    assert window.current_page() == "outbox"
    assert not reading.stamp.isVisible()
    assert reading.chain.accessibleName() == ("The chain on record: Launch notification no. 1 us 12:00Z (this notice); "
                                              "Acknowledgement no. 1 them 12:02Z")

    # We cancel it: the pane on screen follows the release's change event.
    clock.advance(minutes=3)
    cancellation = _release(us, _cancellation(original, "Maj Petrov"), "Maj Petrov", "Capt Hale")
    qtbot.waitUntil(reading.stamp.isVisible, timeout=10000)
    assert reading.stamp.text() == f"CANCELLED by no. {cancellation['sequence']} at 1205Z"
    assert reading.chain.accessibleName() == (
        "The chain on record: Launch notification no. 1 us 12:00Z (this notice); Acknowledgement no. 1 them 12:02Z; "
        f"Cancellation no. {cancellation['sequence']} us 12:05Z")
    assert reading.deadline.text().startswith(f"CANCELLED by no. {cancellation['sequence']} at 1205Z: this notice "
                                              "no longer stands. NRRC-RU acknowledged it: Acknowledged by Lt Ivanov")
    assert reading.title.accessibleName().startswith("CANCELLED")


def test_an_amendment_shows_each_changed_field_was_and_now_and_the_original_links_to_it(
        qtbot, window, us, them, clock):
    window.resize(1280, 800)
    original = _release(them, launch_draft("NRRC-US", clock))
    clock.advance(minutes=6)
    draft = amendment_of(original, "Lt Ivanov")
    draft["body"]["content"]["remarks"] = "Second stage only"
    draft["body"]["content"]["launch_area"]["radius"] = 35
    amendment = _release(them, draft)
    _receive_all(qtbot, window, us, them)

    ours = _our_copy(us, amendment["message_id"])
    reading = _select(qtbot, window, ours.id)
    assert reading.changes_heading.isVisible() and reading.changes.isVisible()
    assert reading.changes.accessibleName() == (
        "Launch area, radius: was 20, now 35; Remarks: was ZEBRA-7731 exercise launch, now Second stage only")
    text = reading.changes.text()
    assert "Against launch notification no. 1 (them, 12:00Z):" in text
    assert "<td style='padding-right:10px'>20</td><td><b>35</b></td>" in text
    assert _top(reading.changes) < _top(reading.window_facts)  # before the whole replacement content

    # The original says it was amended, with a link to the amendment.
    original_here = _our_copy(us, original["message_id"])
    reading.changes.linkActivated.emit(f"notice:{original_here.id}")
    qtbot.waitUntil(lambda: reading.stored.id == original_here.id, timeout=10000)
    assert not reading.changes.isVisible()  # not an amendment
    assert reading.stamp.isVisible() and reading.stamp.accessibleName() == (
        f"AMENDED by no. {amendment['sequence']} at 1206Z")
    assert f"href='notice:{ours.id}'" in reading.stamp.text() and "read the latest amendment" in reading.stamp.text()
    assert reading.deadline.text().startswith("Acknowledge within")  # amended, it still stands
    reading.stamp.linkActivated.emit(f"notice:{ours.id}")
    qtbot.waitUntil(lambda: reading.stored.id == ours.id, timeout=10000)


def test_an_amendment_whose_original_never_arrived_says_so(qtbot, window, us, them, clock):
    original = _release(them, launch_draft("NRRC-US", clock))
    for path in (them.data_dir / "exchange").rglob("*.wdn"):
        if path.parent.name == "outbox":
            path.unlink()  # the original's file is lost on the way
    clock.advance(minutes=1)
    amendment = _release(them, amendment_of(original, "Lt Ivanov"))
    _receive_all(qtbot, window, us, them)
    reading = _select(qtbot, window, _our_copy(us, amendment["message_id"]).id)
    assert reading.changes.accessibleName() == (
        f"The version it replaces (message {original['message_id'][:8]}…) is not on record here: compare the "
        "replacement details below by hand.")
    assert f"Not on record here (message {original['message_id'][:8]}…)" in reading.chain.accessibleName()


def test_changed_fields_are_named_as_the_officer_reads_them():
    assert change_name("launch_area.radius") == "Launch area, radius"
    assert change_name("impact_areas[1].points[0].lat") == "Impact area 2, point 1, lat"
    assert change_name("remarks") == "Remarks"



def test_changed_fields_are_named_in_the_language_in_force():
    from console.domain.rules import field_label
    from console.i18n import lookup, speaking

    with speaking("ru"):
        window_end = field_label("window_end")
        assert window_end == lookup("Rules", "window closing time", language="ru") != "window closing time"
        assert change_name("window_end") == window_end[:1].upper() + window_end[1:]
        impact = lookup("", "Impact area", language="ru").lower()
        assert change_name("impact_areas[1].radius") == f"{impact[:1].upper()}{impact[1:]} 2, radius"
