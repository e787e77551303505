"""Drafts that are never lost, the Drafts page, templates, and amend / postpone / cancel / new from a notice."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from console.service.drafts import DraftBook, TemplateBook
from console.service.outgoing import Outgoing
from console.storage import notices as notice_rows
from console.ui.compose import window as compose_window
from tests.compose.conftest import (
    activate,
    choose,
    open_compose,
    select_notice,
    type_into,
    wait_for_compose,
)
from tests.compose.test_compose_form import fill_launch
from tests.compose.test_release import audit_entries, press_release, release_now, wait_released
from tests.exchange.conftest import carry, import_inbox, launch_draft


def drafts(station):
    return DraftBook(station.store, station.clock).all()


def received_id(station) -> int:
    return station.store.db.execute("SELECT id FROM notices WHERE direction = 'in'").fetchone()[0]


def trigger(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


# ---- autosave ----------------------------------------------------------------------------------


def test_typing_is_saved_after_a_pause_without_any_save_command(qtbot, window, us):
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    type_into(qtbot, compose.form.subject_edit, "Channel check 0600Z")
    assert drafts(us) == []  # not on every keystroke
    qtbot.waitUntil(lambda: drafts(us) != [], timeout=compose_window.AUTOSAVE_IDLE_MS + 1000)
    [draft] = drafts(us)
    assert draft.typed["subject"] == "Channel check 0600Z"
    assert draft.notice["body"]["subject"] == "Channel check 0600Z"
    assert compose.saved_label.text().startswith(f"Draft {draft.id} saved 12:00:00Z")
    assert window.nav.item(window.page_keys().index("drafts")).text() == "Drafts (1)"


def test_steady_typing_is_saved_within_the_maximum_delay(qtbot, window, us, monkeypatch):
    monkeypatch.setattr(compose_window, "AUTOSAVE_IDLE_MS", 400)
    monkeypatch.setattr(compose_window, "AUTOSAVE_MAX_DELAY_MS", 700)
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    compose.form.text_edit.setFocus()
    saved_while_typing = []
    for letter in "steady typing never pauses":
        qtbot.keyClicks(compose.form.text_edit, letter)
        qtbot.wait(60)  # faster than the idle delay: only the maximum delay can save
        if drafts(us):
            saved_while_typing.append(drafts(us)[0].typed["text"])
    assert saved_while_typing, "nothing was saved during 1.5 s of steady typing"
    assert "steady typing never pauses".startswith(saved_while_typing[0])


def test_leaving_a_field_saves_at_once(qtbot, window, us):
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    type_into(qtbot, compose.form.subject_edit, "Handover")
    qtbot.keyClick(compose.form.subject_edit, Qt.Key.Key_Tab)
    [draft] = drafts(us)
    assert draft.typed["subject"] == "Handover"


def test_closing_the_window_saves_and_ctrl_s_is_an_audited_save(qtbot, window, us):
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    type_into(qtbot, compose.form.subject_edit, "Kept")
    qtbot.keyClick(compose.form.subject_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [entry["created"] for entry in audit_entries(us, "draft_saved")] == [True]
    type_into(qtbot, compose.form.subject_edit, " on close")
    qtbot.keyClick(compose.form.subject_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [entry["created"] for entry in audit_entries(us, "draft_saved")] == [True, False]
    type_into(qtbot, compose.form.subject_edit, "!")
    compose.close()
    assert drafts(us)[0].typed["subject"] == "Kept on close!"


# ---- the Drafts page -------------------------------------------------------------------------------


def test_a_draft_is_resumed_exactly_as_typed_from_the_drafts_page(qtbot, window, us):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    type_into(qtbot, compose.form.impact_editors[0].points.edit, "\n55-30.00N 160-0")  # half-typed at the end of watch
    compose.close()
    window.show_page("drafts")
    page = window.pages["drafts"].widget
    assert page.drafts_model.rowCount() == 1
    summary = page.drafts_model.data(page.drafts_model.index(0, 2))
    assert summary == "EXERCISE IMMEDIATE 1x ICBM window 2026-11-29 18:00Z–22:00Z 1 impact area"

    page.drafts_table.setFocus()
    page.drafts_table.selectRow(0)
    qtbot.keyClick(page.drafts_table, Qt.Key.Key_Return)
    resumed = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    assert resumed is not compose
    assert resumed.form.impact_editors[0].points.text().endswith("5200N16000E\n55-30.00N 160-0")
    assert resumed.form.window_start.text() == "2026-11-29 18:00Z"
    assert "Line 5 ('55-30.00N 160-0') cannot be read" in resumed.form.message_for("body.impact_areas[0].points")

    page.open_selected_draft()  # the same draft again: the same window, never two autosaving over each other
    assert window.compose.compose_windows == [resumed]


def test_deleting_a_draft_asks_first_and_closes_its_window(qtbot, window, us, hands):
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    type_into(qtbot, compose.form.subject_edit, "Throwaway")
    compose.save_now()
    activate(qtbot, window)
    window.show_page("drafts")
    page = window.pages["drafts"].widget
    page.drafts_table.setFocus()
    page.drafts_table.selectRow(0)

    hands.answers.append(False)
    qtbot.keyClick(page.drafts_table, Qt.Key.Key_Delete)
    assert hands.questions[-1].startswith("Delete draft: Delete the general communication draft to NRRC-RU")
    assert len(drafts(us)) == 1

    hands.answers.append(True)
    qtbot.keyClick(page.drafts_table, Qt.Key.Key_Delete)
    assert drafts(us) == []
    assert page.drafts_model.rowCount() == 0 and page.drafts_hint.isVisibleTo(page)
    assert window.compose.compose_windows == []
    assert [entry["officer"] for entry in audit_entries(us, "draft_deleted")] == ["alice"]


# ---- templates -----------------------------------------------------------------------------------------


def test_a_template_without_a_name_is_refused_in_words_and_nothing_is_saved(qtbot, window, us, hands, monkeypatch):
    from console.ui import dialogs

    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda _parent, title, text: warnings.append((title, text)))
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    hands.texts.append("   ")
    qtbot.keyClick(compose.form.text_edit, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert warnings == [("Template not saved",
                         "A template needs a name, for example 'SLV launch from the northern range'.")]
    assert TemplateBook(us.store, us.clock).all() == []
    assert compose.statusBar().currentMessage() == ""


def test_save_as_template_then_start_drafts_from_it_rename_and_delete_it(qtbot, window, us, hands):
    compose = open_compose(qtbot, window, "actionNewGeneralCommunication")
    type_into(qtbot, compose.form.subject_edit, "Weekly channel test")
    type_into(qtbot, compose.form.text_edit, "This is the weekly test of the channel. Please acknowledge.")
    hands.texts.append("Weekly test")
    qtbot.keyClick(compose.form.text_edit, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert hands.questions[-1] == "Save as template: Name of the template (for NRRC-RU):"
    [template] = TemplateBook(us.store, us.clock).all()
    assert (template.name, template.counterpart) == ("Weekly test", "NRRC-RU")
    compose.close()

    activate(qtbot, window)
    trigger(window, "actionNewFromTemplate")
    page = window.pages["drafts"].widget
    assert window.current_page() == "drafts" and page.templates_table.hasFocus()
    assert page.templates_model.data(page.templates_model.index(0, 0)) == "Weekly test"
    qtbot.keyClick(page.templates_table, Qt.Key.Key_Return)
    fresh = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    assert fresh.draft_id is None
    assert fresh.form.text_edit.toPlainText() == "This is the weekly test of the channel. Please acknowledge."
    assert fresh.form.state()["drafted_by"] == "alice"

    hands.texts.append("Weekly channel test")
    activate(qtbot, window)
    page.templates_table.setFocus()
    qtbot.keyClick(page.templates_table, Qt.Key.Key_F2)
    assert TemplateBook(us.store, us.clock).all()[0].name == "Weekly channel test"
    hands.answers.append(True)
    qtbot.keyClick(page.templates_table, Qt.Key.Key_Delete)
    assert TemplateBook(us.store, us.clock).all() == []
    assert [e["name"] for e in audit_entries(us, "template_deleted")] == ["Weekly channel test"]


# ---- answering a sent notice ------------------------------------------------------------------------


@pytest.fixture
def sent(qtbot, us, them, clock, window):
    """A launch notification sent earlier, selected in the Outbox."""
    result = Outgoing(us).release(launch_draft("NRRC-RU", clock), "alice", approver="bob")
    carry(us, them)
    import_inbox(them, "NRRC-US")
    select_notice(qtbot, window, "outbox", result.notice.id)
    return notice_rows.by_id(us.store, result.notice.id)


def test_amend_starts_from_the_selected_sent_notice_and_carries_its_reference(qtbot, window, us, them, sent, hands):
    trigger(window, "actionAmendNotice")
    compose = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    form = compose.form
    assert form.kind() == "amendment"
    assert form.state()["references"] == [{"message_id": sent["message_id"], "sha256": sent["sealed_sha256"]}]
    assert form.target_label.text().startswith("Sequence 1 to NRRC-RU · IMMEDIATE EXERCISE launch notification")
    assert sent["message_id"] in form.target_label.text()
    assert form.impact_editors[0].points.text().splitlines()[0] == "52°00'00.0\"N 160°00'00.0\"E"
    assert [a.label for a in compose.map.areas()] == ["L", "I1"]

    form.count_edit.clear()
    type_into(qtbot, form.count_edit, "2")
    type_into(qtbot, form.reason_edit, "A second vehicle joins the launch.")
    hands.then(lambda dialog: release_now(qtbot, dialog))  # bob approves: the two-person rule is on
    press_release(qtbot, compose)
    assert hands.dialogs[0].summary.refers_to == form.target_label.text()
    outcome = wait_released(qtbot, compose)
    assert outcome.sequence == 2

    carry(us, them)
    assert import_inbox(them, "NRRC-US").count("accepted") == 1
    row = them.store.db.execute("SELECT notice_json FROM notices WHERE kind = 'amendment'").fetchone()
    body = json.loads(row[0])["body"]
    assert body["amended_message_id"] == sent["message_id"]
    assert body["content"]["vehicle_count"] == 2 and body["reason"] == "A second vehicle joins the launch."


def test_postpone_opens_the_amendment_at_the_window(qtbot, window, sent):
    trigger(window, "actionPostponeNotice")
    compose = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    assert compose.form.reason_edit.toPlainText() == "Postponement: the launch window moves."
    assert compose.focusWidget() is compose.form.window_start.edit
    assert compose.form.window_start.edit.selectedText() == "2026-11-29 18:00Z"


def test_cancel_needs_a_reason_and_then_goes_out(qtbot, window, us, sent, hands):
    trigger(window, "actionCancelNotice")
    compose = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    assert compose.form.kind() == "cancellation"
    assert not compose.form.launch_box.isVisibleTo(compose) and not compose.map.isVisibleTo(compose)
    assert compose.focusWidget() is compose.form.reason_edit
    assert compose.form.message_for("body.reason") == "The reason is missing."
    type_into(qtbot, compose.form.reason_edit, "The exercise was called off.")
    assert compose.form.message_for("body.reason") == ""
    hands.then(lambda dialog: release_now(qtbot, dialog))  # bob approves: the two-person rule is on
    press_release(qtbot, compose)
    outcome = wait_released(qtbot, compose)
    cancellation = notice_rows.by_id(us.store, outcome.notice_id)
    assert cancellation.notice.body == {"cancelled_message_id": sent["message_id"],
                                        "reason": "The exercise was called off."}

    select_notice(qtbot, window, "outbox", sent.id)
    trigger(window, "actionAmendNotice")
    assert hands.messages[-1] == ("Amend notice", "This notice was already cancelled (outgoing sequence 2); it "
                                                  "cannot be amended.")


def test_post_launch_report_asks_for_the_actual_launch_time(qtbot, window, sent, clock):
    trigger(window, "actionPostLaunchReport")
    compose = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    assert compose.form.kind() == "post_launch_report"
    assert compose.focusWidget() is compose.form.launch_time.edit
    type_into(qtbot, compose.form.launch_time.edit, "281300Z NOV 26")
    assert "in the future" in compose.form.message_for("body.actual_launch_time")
    compose.form.launch_time.edit.clear()
    type_into(qtbot, compose.form.launch_time.edit, "281100Z NOV 26")
    wire, _ = compose.wire()
    assert wire["body"] == {"reported_message_id": sent["message_id"], "actual_launch_time": "2026-11-28T11:00:00Z"}
    assert [f for f in compose.findings] == []


def test_new_from_a_received_notice_starts_a_launch_notification_to_its_sender(qtbot, window, us, them, clock):
    Outgoing(them).release(launch_draft("NRRC-US", clock, status="TEST"), "ivan")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    select_notice(qtbot, window, "inbox", received_id(us))
    trigger(window, "actionNewFromNotice")
    compose = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    state = compose.form.state()
    assert (state["kind"], state["recipient"], state["status"], state["references"]) == (
        "launch_notification", "NRRC-RU", "TEST", [],
    )
    assert compose.form.remarks_edit.toPlainText() == "ZEBRA-7731 exercise launch"


def test_answering_needs_a_selected_notice(qtbot, window, hands):
    window.show_page("audit")
    trigger(window, "actionCancelNotice")
    assert hands.messages[-1][0] == "Cancel notice"
    assert hands.messages[-1][1].startswith("Select a notice first")
    assert window.compose.compose_windows == []


def test_a_received_notice_cannot_be_amended(qtbot, window, us, them, clock, hands):
    Outgoing(them).release(launch_draft("NRRC-US", clock), "ivan")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    select_notice(qtbot, window, "inbox", received_id(us))
    trigger(window, "actionAmendNotice")
    assert hands.messages[-1] == ("Amend notice",
                                  "Only a notice this station sent can be amended; this one was received.")


def test_new_compose_shortcut_opens_a_launch_notification_to_the_only_counterpart(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    compose = wait_for_compose(qtbot, window.compose.compose_windows[-1])
    state = compose.form.state()
    assert (state["kind"], state["recipient"], state["agreement"], state["drafted_by"]) == (
        "launch_notification", "NRRC-RU", "US-USSR BMLNA 1988", "alice",
    )
    choose(qtbot, compose.form.kind_combo, "General")
    assert compose.form.general_box.isVisibleTo(compose)
