"""Safer defaults (issue 15, section 5): no notice starts ACTUAL, two officers release, a closed launch
window is never released, and the confirmation and its outcome say what goes out in words."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from console.domain.rules import DEFAULT_PROFILE
from console.service.outgoing import Outgoing, ReleaseRefused
from console.service.station import SettingsError
from console.storage.counterparts import CounterpartBook
from console.ui.station_admin.profile_editor import AgreementProfileDialog
from console.ui.station_admin.settings_dialog import SettingsDialog
from tests.admin.pin_steps import signed_in
from tests.compose.conftest import choose, open_compose, type_into
from tests.compose.test_compose_form import fill_launch
from tests.compose.test_release import BOB, audit_entries, press_release, release_now, wait_closed, wait_released
from tests.exchange.conftest import introduce, launch_draft, make_station


def make_exercise(station, counterpart: str) -> None:
    CounterpartBook(station.store).set_profile(counterpart, replace(DEFAULT_PROFILE, exercise=True), "carol",
                                               station.clock())


def cancel(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


# --- EXERCISE by default, ACTUAL by choice ---------------------------------------------------------


def test_a_notice_to_an_exercise_counterpart_starts_as_exercise_and_actual_is_a_deliberate_choice(
        qtbot, window, us, hands):
    make_exercise(us, "NRRC-RU")
    compose = open_compose(qtbot, window)
    form = compose.form
    assert form.recipient() == "NRRC-RU" and form.status() == "EXERCISE"
    assert compose.banner.text() == "EXERCISE — not a real launch"

    fill_launch(qtbot, compose, status="ACTUAL")
    assert form.message_for("status") == (
        "The agreement profile 'US-USSR BMLNA 1988' is an exercise, yet the status is ACTUAL: the counterpart "
        "will read this notice as a real event.")
    press_release(qtbot, compose)
    assert hands.dialogs == []  # an ACTUAL notice to a drill partner needs the override and its reason
    assert "Tick 'Release despite the agreement warnings'" in compose.result_label.text()

    qtbot.keyClick(compose.override_check, Qt.Key.Key_Space)
    type_into(qtbot, compose.override_reason, "Real launch: the drill channel is the only one up")
    said = []

    def read_then_release(dialog) -> None:
        said.append(dialog.status_words.text())
        release_now(qtbot, dialog)

    hands.then(read_then_release)
    press_release(qtbot, compose)
    assert said == ["Under an exercise agreement, yet ACTUAL: NRRC-RU will read this as a real launch notification."]
    assert wait_released(qtbot, compose).released
    [release] = audit_entries(us, "release")
    assert (release["status"], release["overridden"]) == ("ACTUAL", ["actual_under_exercise"])


def test_a_notice_to_a_real_counterpart_has_no_status_until_the_officer_chooses_one(qtbot, window, us, hands):
    compose = open_compose(qtbot, window)
    form = compose.form
    assert form.recipient() == "NRRC-RU" and form.status() == ""
    assert form.status_combo.currentText() == "Choose the status"
    assert compose.banner.text() == "No status chosen yet: EXERCISE, TEST or ACTUAL"

    fill_launch(qtbot, compose, status=None)
    press_release(qtbot, compose)
    assert hands.dialogs == []
    assert compose.result_label.text().startswith("Not released: 1 problem(s) to fix first")
    assert form.message_for("status") == "The status is missing."
    assert compose.focusWidget() is form.status_combo

    choose(qtbot, form.status_combo, "ACTUAL")
    said = []
    hands.then(lambda dialog: (said.append((dialog.banner.text(), dialog.status_words.text())), cancel(qtbot, dialog)))
    press_release(qtbot, compose)
    assert said == [("ACTUAL — this notifies a real event",
                     "ACTUAL: NRRC-RU will read this as a real launch notification.")]
    assert "#b00020" in hands.dialogs[0].status_words.styleSheet()


def test_the_status_follows_the_recipients_agreement_until_the_officer_chooses_one(
        qtbot, tmp_path, clock, window, us, them, hands):
    drill = make_station(tmp_path, "EXER-RED", "Drill partner", clock)
    try:
        introduce(us, drill)
        make_exercise(us, "EXER-RED")
        window.reload_all()
        compose = open_compose(qtbot, window)
        form = compose.form
        assert (form.recipient(), form.status()) == ("", "")  # two counterparts: nobody chosen yet
        choose(qtbot, form.recipient_combo, "EXER-RED")
        assert form.status() == "EXERCISE"
        choose(qtbot, form.recipient_combo, "NRRC-RU")
        assert form.status() == ""  # EXERCISE came from the drill partner's agreement, not from the officer
        choose(qtbot, form.status_combo, "TEST")
        choose(qtbot, form.recipient_combo, "EXER-RED")
        assert form.status() == "TEST"  # the officer's choice stays
        compose.discard()
    finally:
        drill.close()


def test_a_new_notice_copied_from_an_actual_one_starts_without_a_status(qtbot, window, us, them, clock, hands):
    from tests.compose.conftest import select_notice
    from tests.exchange.conftest import carry, import_inbox

    Outgoing(them).release(launch_draft("NRRC-US", clock, status="ACTUAL"), "ivan")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    received = us.store.db.execute("SELECT id FROM notices WHERE direction = 'in'").fetchone()[0]
    select_notice(qtbot, window, "inbox", received)
    compose = open_compose(qtbot, window, "actionNewFromNotice")
    assert compose.form.recipient() == "NRRC-RU" and compose.form.status() == ""
    assert compose.form.window_start.text()  # the rest of the notice is copied
    compose.discard()


def test_the_agreement_profile_editor_keeps_and_sets_the_exercise_flag(qtbot):
    dialog = AgreementProfileDialog("EXER-RED", replace(DEFAULT_PROFILE, exercise=True))
    qtbot.addWidget(dialog)
    assert dialog.exercise.isChecked() and dialog.edited_profile().exercise
    dialog.exercise.setChecked(False)
    assert dialog.edited_profile() == DEFAULT_PROFILE


# --- two officers by default -----------------------------------------------------------------------


def test_two_person_release_is_on_for_a_new_station_and_no_setting_call_turns_it_off(us):
    assert us.settings()["two_person_rule"] is True
    with pytest.raises(SettingsError, match="Only a supervisor can turn the two-person rule off"):
        us.update_settings("alice", two_person_rule=False)
    with pytest.raises(SettingsError, match="bob is not an active supervisor"):
        us.turn_off_two_person_rule("bob")
    assert us.two_person_rule() and audit_entries(us, "two_person_rule_turned_off") == []


def untick_two_person(dialog: SettingsDialog) -> None:
    assert dialog.two_person.isChecked()
    dialog.two_person.setChecked(False)
    dialog.accept()


def test_turning_two_person_release_off_is_a_supervisors_audited_action(qtbot, window, us, hands):
    asked = []

    def supervisor_approves(dialog) -> None:
        asked.append((dialog.prompt.text(), [dialog.officer_box.itemData(i) for i in range(dialog.officer_box.count())]))
        signed_in(qtbot, dialog, "carol", "999999")

    hands.then(untick_two_person).then(supervisor_approves)
    window.findChild(QAction, "actionSettings").trigger()
    assert asked == [("A supervisor approves this change with their PIN: turn the two-person release rule off",
                      ["carol"])]  # only supervisors are offered
    assert not us.two_person_rule()
    [entry] = audit_entries(us, "two_person_rule_turned_off")
    assert entry["officer"] == "carol" and entry["supervisor"] == "carol"

    # From now on one officer releases alone.
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose)
    hands.then(lambda dialog: (asked.append(dialog.approver_combo), release_now(qtbot, dialog)))
    press_release(qtbot, compose)
    assert asked[-1] is None  # nobody is asked to approve
    assert wait_released(qtbot, compose).released
    [release] = audit_entries(us, "release")
    assert release["officer"] == "alice" and "approved_by" not in release


def test_without_a_supervisors_approval_two_person_release_stays_on(qtbot, window, us, hands):
    hands.then(untick_two_person).then(lambda dialog: dialog.reject())
    window.findChild(QAction, "actionSettings").trigger()
    assert us.two_person_rule()
    assert hands.messages[-1] == ("Two-person rule",
                                  "The two-person rule stays on: no supervisor approved turning it off.")
    assert audit_entries(us, "two_person_rule_turned_off") == []


def test_the_demo_keeps_two_person_release_and_its_counterpart_is_an_exercise(tmp_path):
    from console.service.demo import SIM_STATION_ID, open_demo_station

    station = open_demo_station(tmp_path, history=2)
    try:
        assert station.two_person_rule()
        assert CounterpartBook(station.store).require(SIM_STATION_ID).profile.exercise
        # The simulated desk released its traffic under its own two-person rule: it arrived.
        assert station.store.db.execute("SELECT count(*) FROM notices WHERE direction = 'in'").fetchone()[0] == 3
    finally:
        station.close()


# --- launch windows in the past ----------------------------------------------------------------------


def test_a_launch_window_that_has_closed_is_never_released_override_or_not(qtbot, window, us, hands):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose, start="2026-11-28 06:00Z", end="2026-11-28 08:00Z")  # now is 12:00Z
    assert not compose.override_box.isVisibleTo(compose)  # nothing to tick
    press_release(qtbot, compose)
    assert hands.dialogs == []
    assert compose.result_label.text().startswith("Not released: 1 problem(s) to fix first")
    assert compose.focusWidget() is compose.form.window_end.edit

    # Not by the service either, whatever reason is given.
    wire, _problems = compose.wire()
    with pytest.raises(ReleaseRefused) as refused:
        Outgoing(us).release(wire, "alice", approver="bob", override_reason="The commander says so")
    assert [f.code for f in refused.value.findings] == ["window_closed"]
    assert audit_entries(us, "release") == []
    compose.discard()


def test_a_window_already_open_is_released_with_the_reason_and_the_summary_names_window_and_areas(
        qtbot, window, us, hands):
    compose = open_compose(qtbot, window)
    fill_launch(qtbot, compose, start="2026-11-28 11:00Z", end="2026-11-28 15:00Z")
    assert compose.form.message_for("body.window_start").startswith("The window opened 1 h ago")
    qtbot.keyClick(compose.override_check, Qt.Key.Key_Space)
    type_into(qtbot, compose.override_reason, "Launch moved forward; the window is open now")
    shown = {}

    def read_then_release(dialog) -> None:
        shown.update({label: value.text() for label, value in dialog.values.items()})
        release_now(qtbot, dialog)

    hands.then(read_then_release)
    press_release(qtbot, compose)
    summary = hands.dialogs[0].summary
    assert summary.window.startswith("2026-11-28 11:00Z") and "2026-11-28 15:00Z" in summary.window
    assert summary.launch_area == "circle radius 20 km around 62°54'00.0\"N 040°36'00.0\"E"
    assert summary.impact_areas == (
        "I1: polygon 52°00'00.0\"N 160°00'00.0\"E / 52°00'00.0\"N 162°00'00.0\"E / 54°00'00.0\"N 162°00'00.0\"E"
        " / 52°00'00.0\"N 160°00'00.0\"E",)
    assert shown["Launch window:"] == summary.window
    assert shown["Launch area:"] == summary.launch_area
    assert shown["Impact areas:"] == summary.impact_areas[0]
    outcome = wait_released(qtbot, compose)
    assert outcome.message == "Sealed as sequence 1 to NRRC-RU; waiting for acknowledgement, due 1230Z."
    wait_closed(qtbot, window, compose)
    [release] = audit_entries(us, "release")
    assert release["overridden"] == ["window_in_past"]
    assert release["override_reason"] == "Launch moved forward; the window is open now"
    assert json.loads(us.store.db.execute("SELECT notice_json FROM notices").fetchone()[0])["status"] == "EXERCISE"
