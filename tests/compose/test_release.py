"""Release from the compose window: confirmation, two officers, sealing off the GUI thread, the outbox file."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from console.service.drafts import DraftBook
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from tests.compose.conftest import choose, open_compose, press_release_now, type_into
from tests.compose.test_compose_form import fill_launch
from tests.admin.pin_steps import settled
from tests.exchange.conftest import carry, folders, import_inbox


def audit_entries(station, action: str) -> list[dict]:
    rows = station.store.db.query("SELECT officer, details_json FROM audit_log WHERE action = ? ORDER BY idx", [action])
    return [{"officer": row["officer"], **json.loads(row["details_json"])} for row in rows]


def press_release(qtbot, compose) -> None:
    """Ctrl+Enter, from wherever the officer is typing."""
    qtbot.keyClick(compose.form.remarks_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


BOB = ("bob", "567890")


def release_now(qtbot, dialog, **officers) -> None:
    """Release dialog step: name the officers, type their PINs, press Release now, wait for the verdict.

    The two-person rule is on (the default): unless the test names another approver, bob approves."""
    if dialog.approver_combo is not None:
        officers.setdefault("approver", BOB)
    press_release_now(qtbot, dialog, **officers)
    settled(qtbot, dialog)


def wait_released(qtbot, compose):
    qtbot.waitUntil(lambda: compose.outcome is not None, timeout=20000)
    return compose.outcome


def wait_closed(qtbot, window, compose) -> None:
    qtbot.waitUntil(lambda: compose not in window.compose.compose_windows, timeout=20000)


def test_release_seals_the_notice_into_the_outbox_and_the_counterpart_reads_it(qtbot, window, us, them, hands):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    type_into(qtbot, compose.form.remarks_edit, "ZEBRA-7731 exercise launch")
    hands.then(lambda dialog: release_now(qtbot, dialog))
    press_release(qtbot, compose)

    dialog = hands.dialogs[0]
    assert dialog.banner.text() == "EXERCISE — not a real launch"
    summary = dialog.summary
    assert (summary.recipient, summary.kind, summary.precedence, summary.status) == (
        "NRRC-RU", "Launch notification", "IMMEDIATE", "EXERCISE",
    )
    assert summary.window.startswith("2026-11-29 18:00Z") and "2026-11-29 22:00Z" in summary.window
    outcome = wait_released(qtbot, compose)
    outbox = folders(us, "NRRC-RU").outbox
    assert outcome.released and outcome.exported
    # What happened, in words (IMMEDIATE: acknowledged within 30 min of 12:00Z), not a file path.
    assert outcome.message == "Sealed as sequence 1 to NRRC-RU; waiting for acknowledgement, due 1230Z."
    assert outcome.path.parent == outbox and outcome.path.is_file()
    # Nothing is left to do in the compose window: it closes, the main window's status bar says it.
    wait_closed(qtbot, window, compose)
    assert window.statusBar().currentMessage() == outcome.message
    assert DraftBook(us.store, us.clock).all() == []  # the draft went with the release

    [release] = audit_entries(us, "release")
    assert (release["officer"], release["approved_by"]) == ("alice", "bob")
    stored = notice_rows.by_id(us.store, outcome.notice_id)
    assert stored.notice.released_by == "alice" and stored.notice.drafted_by == "alice"

    carry(us, them)
    report = import_inbox(them, "NRRC-US")
    assert report.count("accepted") == 1
    received = them.store.db.execute("SELECT notice_json FROM notices WHERE direction = 'in'").fetchone()[0]
    assert json.loads(received)["body"]["remarks"] == "ZEBRA-7731 exercise launch"


def test_two_person_rule_is_on_by_default_and_needs_a_second_officer_with_the_right_pin(qtbot, window, us, hands):
    assert us.two_person_rule()  # nobody turned it on
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)

    def wrong_pin_then_right(dialog):
        assert [dialog.approver_combo.itemText(i) for i in range(dialog.approver_combo.count())][1:] == ["bob", "carol"]
        release_now(qtbot, dialog, approver=("bob", "0000"))
        # A wrong PIN decides nothing: the dialog is not accepted and nothing is released.
        assert dialog.result() == 0 and audit_entries(us, "release") == []
        assert dialog.error_label.text() == "Wrong PIN for bob. Nothing was done; 4 tries left before bob is locked."
        assert dialog.approver_pin.text() == ""
        type_into(qtbot, dialog.approver_pin, "567890")
        qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
        settled(qtbot, dialog)

    hands.then(wrong_pin_then_right)
    press_release(qtbot, compose)
    outcome = wait_released(qtbot, compose)
    assert outcome.released
    [release] = audit_entries(us, "release")
    assert (release["officer"], release["approved_by"]) == ("alice", "bob")
    assert notice_rows.by_id(us.store, outcome.notice_id)["approved_by"] == "bob"


def test_two_person_rule_with_supervisor_pairing_refuses_two_officers(qtbot, window, us, hands):
    us.update_settings("carol", two_person_pairing="officer_and_supervisor")
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)

    def officer_then_supervisor(dialog):
        release_now(qtbot, dialog, approver=("bob", "567890"))
        assert dialog.error_label.text() == "This pair cannot release: one of the two must be a supervisor."
        release_now(qtbot, dialog, approver=("carol", "999999"))

    hands.then(officer_then_supervisor)
    press_release(qtbot, compose)
    assert wait_released(qtbot, compose).released
    assert audit_entries(us, "release")[0]["approved_by"] == "carol"


def test_without_an_officer_on_watch_the_releasing_officer_names_themselves(qtbot, window, us, hands):
    window.set_officer(None)
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    hands.then(lambda dialog: release_now(qtbot, dialog, officer=("bob", "567890"), approver=("alice", "123456")))
    press_release(qtbot, compose)
    outcome = wait_released(qtbot, compose)
    stored = notice_rows.by_id(us.store, outcome.notice_id)
    assert (stored.notice.released_by, stored.notice.drafted_by) == ("bob", "bob")
    assert audit_entries(us, "release")[0]["officer"] == "bob"


def test_cancelling_the_confirmation_keeps_the_draft(qtbot, window, us, hands):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    hands.then(lambda dialog: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton))
    press_release(qtbot, compose)
    assert compose.outcome is None
    assert audit_entries(us, "release") == []
    [draft] = DraftBook(us.store, us.clock).all()
    assert draft.id == compose.draft_id
    assert "Release cancelled; the draft is kept." in compose.statusBar().currentMessage()


def test_errors_block_release_and_take_the_officer_to_the_first_one(qtbot, window, us, hands):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    compose.form.count_edit.clear()
    type_into(qtbot, compose.form.count_edit, "0")
    press_release(qtbot, compose)
    assert hands.dialogs == []  # no confirmation while something must be fixed
    assert compose.result_label.text().startswith("Not released: 1 problem(s) to fix first")
    assert compose.focusWidget() is compose.form.count_edit
    assert audit_entries(us, "release") == []


def test_a_rule_warning_needs_an_override_with_a_reason_which_is_recorded(qtbot, window, us, hands):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose, start="2026-11-28 20:00Z", end="2026-11-28 23:00Z")
    press_release(qtbot, compose)
    assert hands.dialogs == []
    assert "Tick 'Release despite the agreement warnings'" in compose.result_label.text()
    assert compose.focusWidget() is compose.override_check

    qtbot.keyClick(compose.override_check, Qt.Key.Key_Space)
    assert compose.focusWidget() is compose.override_reason
    type_into(qtbot, compose.override_reason, "Launch moved forward at short notice; notify now")
    hands.then(lambda dialog: release_now(qtbot, dialog))
    press_release(qtbot, compose)
    summary = hands.dialogs[0].summary
    assert summary.override_reason == "Launch moved forward at short notice; notify now"
    assert summary.warnings == ("The window opens in 8 h; the agreement needs at least 24 h notice.",)
    outcome = wait_released(qtbot, compose)
    [release] = audit_entries(us, "release")
    assert release["override_reason"] == "Launch moved forward at short notice; notify now"
    assert release["overridden"] == ["lead_time"]
    assert notice_rows.by_id(us.store, outcome.notice_id)["override_reason"] == release["override_reason"]


def test_an_unverified_counterpart_is_refused_beside_the_recipient(qtbot, window, us, them, hands):
    book = CounterpartBook(us.store)
    us.store.db.execute("UPDATE counterparts SET verified_fingerprint = NULL WHERE station_id = 'NRRC-RU'")
    assert not book.require("NRRC-RU").verified
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    assert "key is not verified" in compose.form.message_for("recipient")
    press_release(qtbot, compose)
    assert hands.dialogs == []
    assert compose.focusWidget() is compose.form.recipient_combo


def test_export_failure_is_reported_in_words_and_the_notice_stays_released(qtbot, window, us, hands, monkeypatch):
    from console.exchange.exporter import ExportError
    from console.service import outgoing

    def medium_full(folders, file_name, sealed):
        raise ExportError(f"could not write {folders.outbox / file_name}: No space left on device")

    monkeypatch.setattr(outgoing, "export_sealed", medium_full)
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    hands.then(lambda dialog: release_now(qtbot, dialog))
    press_release(qtbot, compose)
    outcome = wait_released(qtbot, compose)
    assert outcome.released and not outcome.exported
    assert outcome.message.startswith("Sealed as sequence 1 to NRRC-RU, but it could not be written to the outbox: "
                                      "could not write ")
    # The window stays until the officer has read why; Escape closes it.
    assert compose.isVisible() and "No space left on device" in compose.result_label.text()
    assert "File → Export pending notices" in compose.result_label.text()
    assert compose.result_label.text().endswith("Escape closes this window.")
    assert "#b00020" in compose.result_label.styleSheet()
    assert notice_rows.by_id(us.store, outcome.notice_id)["state"] == "released"
    qtbot.keyClick(compose, Qt.Key.Key_Escape)
    wait_closed(qtbot, window, compose)


@pytest.mark.parametrize("status", ["TEST", "ACTUAL"])
def test_the_confirmation_banner_names_the_status(qtbot, window, hands, status):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    choose(qtbot, compose.form.status_combo, status)
    hands.then(lambda dialog: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton))
    press_release(qtbot, compose)
    banner = hands.dialogs[0].banner
    assert banner.text().startswith(status)
    big = banner.font().pointSizeF() > hands.dialogs[0].font().pointSizeF() * 2
    assert big == (status == "TEST")


@pytest.fixture
def held_export(monkeypatch):
    """The outbox write waits until the test lets it go: a release that takes as long as the test needs."""
    import threading

    from console.service import outgoing

    gate = threading.Event()
    real_export = outgoing.export_sealed

    def slow_medium(*args, **kwargs):
        assert gate.wait(20), "the test never let the release finish"
        return real_export(*args, **kwargs)

    monkeypatch.setattr(outgoing, "export_sealed", slow_medium)
    yield gate
    gate.set()


def start_release(qtbot, window, hands):
    """A launch notification typed, confirmed and released by alice: the release is under way."""
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    hands.then(lambda dialog: release_now(qtbot, dialog))
    press_release(qtbot, compose)
    return compose


def test_while_a_release_runs_it_cannot_be_pressed_again_and_the_window_says_so(qtbot, window, us, hands,
                                                                               held_export):
    compose = start_release(qtbot, window, hands)
    assert compose.releasing
    assert compose.saved_label.text() == "Sealing and writing to the outbox…"
    assert compose.progress.isVisible()
    assert [compose.buttons[key].isEnabled() for key in ("save", "template", "release")] == [False] * 3
    assert not compose.release_action.isEnabled() and not compose.form.isEnabled()
    press_release(qtbot, compose)  # pressed again: no second confirmation (hands would fail on it)
    qtbot.mouseClick(compose.buttons["release"], Qt.MouseButton.LeftButton)
    assert len(hands.dialogs) == 1

    held_export.set()
    outcome = wait_released(qtbot, compose)
    assert outcome.released and outcome.sequence == 1
    assert len(audit_entries(us, "release")) == 1
    wait_closed(qtbot, window, compose)


def test_closing_the_compose_window_during_a_release_waits_for_it_then_closes(qtbot, window, us, hands,
                                                                              held_export):
    compose = start_release(qtbot, window, hands)
    compose.close()
    assert compose.isVisible()
    assert compose.statusBar().currentMessage() == "The release is still running; the window closes after it."

    held_export.set()
    qtbot.waitUntil(lambda: compose not in window.compose.compose_windows, timeout=20000)
    [release] = audit_entries(us, "release")
    assert window.statusBar().currentMessage().startswith("Sealed as sequence 1 to NRRC-RU; waiting for ")


def test_closing_the_console_during_a_release_lets_it_finish(qtbot, window, us, hands, held_export):
    import threading

    compose = start_release(qtbot, window, hands)
    threading.Timer(0.3, held_export.set).start()  # the medium answers while the console is closing
    window.close()
    assert len(audit_entries(us, "release")) == 1
    assert DraftBook(us.store, us.clock).all() == []
    assert window.statusBar().currentMessage().startswith("Sealed as sequence 1 to NRRC-RU; waiting for ")


def test_a_failing_release_shows_its_reason_and_keeps_the_draft(qtbot, window, us, hands, monkeypatch):
    from console.service.outgoing import Outgoing
    from console.storage.errors import StoreError

    def read_only(*_args, **_kwargs):
        raise StoreError("The store is read-only while the audit log is behind its signed head.")

    monkeypatch.setattr(Outgoing, "release", read_only)
    compose = start_release(qtbot, window, hands)
    outcome = wait_released(qtbot, compose)
    assert not outcome.released
    assert compose.result_label.text() == ("The release failed: The store is read-only while the audit log is "
                                           "behind its signed head. Check the Outbox before trying again.")
    assert compose.saved_label.text() == "Not released; the draft is kept."
    assert compose.form.isEnabled() and compose.buttons["release"].isEnabled()
    [draft] = DraftBook(us.store, us.clock).all()
    assert draft.id == compose.draft_id
