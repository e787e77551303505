"""Officers managed under a supervisor's PIN; station settings; agreement profiles."""

from __future__ import annotations

from datetime import timedelta

import pytest

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from console.domain.notices import Kind, Precedence
from console.storage.counterparts import CounterpartBook
from console.storage.operators import OperatorBook
from console.storage.operators import pairing_problem
from console.ui.station_admin.officers import NewOfficerDialog, NewPinDialog
from console.ui.station_admin.profile_editor import AgreementProfileDialog
from console.ui.station_admin.settings_dialog import SettingsDialog
from tests.admin.conftest import OFFICER, OFFICER_PIN, SUPERVISOR, SUPERVISOR_PIN
from tests.admin.pin_steps import accepted_after_hash, signed_in
from tests.exchange.conftest import introduce


def last_audit(station) -> dict:
    return next(station.store.db.query("SELECT officer, action, details_json FROM audit_log ORDER BY idx DESC LIMIT 1"))


def fill_new_officer(qtbot, name: str, role: str, pin: str):
    def step(dialog: NewOfficerDialog) -> None:
        dialog.name.setText(name)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.pin.setText(pin)
        dialog.pin_again.setText(pin)
        accepted_after_hash(qtbot, dialog)  # OK: checks the PIN against the rule and hashes it

    return step


def test_adding_an_officer_needs_a_supervisors_pin(qtbot, window, us, script):
    window.show_page("officers")
    page = window.pages["officers"].widget
    refused = []

    def wrong_supervisor_pin(dialog) -> None:
        assert [dialog.officer_box.itemData(i) for i in range(dialog.officer_box.count())] == [SUPERVISOR]
        signed_in(qtbot, dialog, SUPERVISOR, "999999")
        refused.append(dialog.message.text())
        dialog.reject()

    script.then(fill_new_officer(qtbot, "Kim Ortega", "officer", "555555")).then(wrong_supervisor_pin)
    assert not page.add_officer()
    assert refused and "Wrong PIN" in refused[0]
    assert OperatorBook(us.store).get("Kim Ortega") is None

    script.then(fill_new_officer(qtbot, "Kim Ortega", "officer", "555555"))
    script.then(lambda dialog: signed_in(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN))
    assert page.add_officer()
    assert OperatorBook(us.store).authenticate("Kim Ortega", "555555") is not None
    assert last_audit(us)["action"] == "operator_added" and last_audit(us)["officer"] == SUPERVISOR
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["Kim Ortega", SUPERVISOR, OFFICER]
    assert window.nav.item(window.page_keys().index("officers")).text() == "Officers (3)"


def test_disable_and_reset_pin_under_a_supervisor(qtbot, window, us, script):
    page = window.pages["officers"].widget
    page.select(OFFICER)

    script.then(lambda dialog: signed_in(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN))
    assert page.toggle_active()
    assert OperatorBook(us.store).authenticate(OFFICER, OFFICER_PIN) is None  # disabled officers cannot sign in
    assert page.table.item(1, 2).text() == "disabled"
    assert page.toggle_button.text() == "&Enable"

    script.then(lambda dialog: signed_in(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN))
    assert page.toggle_active()

    def new_pin(dialog: NewPinDialog) -> None:
        dialog.pin.setText("777777")
        dialog.pin_again.setText("777777")
        accepted_after_hash(qtbot, dialog)

    page.select(OFFICER)
    script.then(new_pin).then(lambda dialog: signed_in(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN))
    assert page.reset_pin()
    assert OperatorBook(us.store).authenticate(OFFICER, "777777") is not None
    assert last_audit(us)["action"] == "pin_reset"


def test_the_last_supervisor_and_the_officer_on_watch_cannot_be_disabled(qtbot, window, us, script):
    page = window.pages["officers"].widget
    page.select(SUPERVISOR)
    assert not page.toggle_active()
    assert script.messages[-1][0] == "Last supervisor"
    window.set_officer(OFFICER)
    page.select(OFFICER)
    assert not page.toggle_active()
    assert "is on watch" in script.messages[-1][1]
    assert all(o.active for o in OperatorBook(us.store).all(include_inactive=True))


def test_two_person_pairing_follows_the_station_setting(us):
    book = OperatorBook(us.store)
    OperatorBook(us.store).add("Kim Ortega", "officer", "555555", "system", us.clock())
    assert pairing_problem(book, OFFICER, OFFICER, "any_two") == "a second, different officer must approve"
    assert pairing_problem(book, OFFICER, "Kim Ortega", "any_two") is None
    assert pairing_problem(book, OFFICER, "Kim Ortega", "officer_and_supervisor") == "one of the two must be a supervisor"
    assert pairing_problem(book, OFFICER, SUPERVISOR, "officer_and_supervisor") is None


def test_a_name_that_is_not_an_active_officer_cannot_approve_or_release_under_the_two_person_rule(us, them):
    """The core refuses a pair it cannot find on the roll, whatever the caller checked before."""
    from console.service.outgoing import Outgoing, ReleaseRefused
    from tests.exchange.conftest import launch_draft

    introduce(us, them)
    book = OperatorBook(us.store)
    book.add("Kim Ortega", "officer", "555555", "system", us.clock())
    assert pairing_problem(book, OFFICER, "Nobody Here", "any_two") == (
        "Nobody Here is not an active officer of this station and cannot take part in")
    book.set_active("Kim Ortega", False, "system", us.clock())
    with pytest.raises(ReleaseRefused, match="The two-person rule is on: Kim Ortega is not an active officer of "
                                             "this station and cannot take part in this release."):
        Outgoing(us).release(launch_draft("NRRC-RU", us.clock), OFFICER, approver="Kim Ortega")


def test_settings_dialog_saves_what_changed_under_the_officer_on_watch(qtbot, tmp_path, window, us, them, script):
    introduce(us, them)
    window.reload_all()
    window.set_officer(SUPERVISOR)
    transfer = tmp_path / "usb" / "to-us"
    transfer.mkdir(parents=True)
    script.files.append(str(transfer))

    def change(dialog: SettingsDialog) -> None:
        assert dialog.folder_rows[0].inbox.placeholderText().endswith("exchange/NRRC-RU/inbox")
        dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
        dialog.two_person.setChecked(True)
        dialog.pairing.setCurrentIndex(dialog.pairing.findData("officer_and_supervisor"))
        dialog.banner.setText("EXERCISE TRAFFIC ONLY")
        browse = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "Choose the inbox folder of NRRC-RU"]
        browse[0].click()
        assert dialog.folder_rows[0].inbox.text() == str(transfer)
        dialog.accept()

    script.then(change)
    window.findChild(QAction, "actionSettings").trigger()
    settings = us.settings()
    assert settings["paper"] == "Letter"
    assert settings["two_person_rule"] is True
    assert settings["two_person_pairing"] == "officer_and_supervisor"
    assert settings["handling_banner"] == "EXERCISE TRAFFIC ONLY"
    assert settings["sounds"] is True and settings["language"] == "system"  # the default: the workstation's locale
    assert CounterpartBook(us.store).require("NRRC-RU").inbox_dir == str(transfer)
    actions = [r["action"] for r in us.store.db.query("SELECT action FROM audit_log ORDER BY idx DESC LIMIT 2")]
    assert actions == ["settings_changed", "settings_changed"]
    assert str(transfer) in window.pages["counterparts"].widget.detail.toPlainText()


def test_agreement_profile_editor_saves_the_rules_and_refuses_an_empty_one(qtbot, window, us, them, script):
    introduce(us, them)
    window.reload_all()
    window.set_officer(SUPERVISOR)
    refusals = []

    def edit(dialog: AgreementProfileDialog) -> None:
        for box in dialog.kind_boxes.values():
            box.setChecked(False)
        dialog.save_button.click()
        refusals.append(dialog.message.text())
        dialog.name.setText("India-Pakistan 2005 (exercise)")
        dialog.min_lead.set_value(timedelta(days=3))
        dialog.max_window.set_value(timedelta(days=5))
        dialog.kind_boxes[Kind.LAUNCH_NOTIFICATION].setChecked(True)
        dialog.kind_boxes[Kind.ACKNOWLEDGEMENT].setChecked(True)
        dialog.deadline_fields[Precedence.FLASH].set_value(timedelta(minutes=5))
        dialog.banner.setText("RESTRICTED")
        dialog.save_button.click()

    script.then(edit)
    assert window.pages["counterparts"].widget.edit_profile()
    assert refusals == ["Not saved: allow at least one message kind"]
    profile = CounterpartBook(us.store).require("NRRC-RU").profile
    assert profile.name == "India-Pakistan 2005 (exercise)"
    assert profile.min_lead_time == timedelta(days=3) and profile.max_window == timedelta(days=5)
    assert profile.allowed_kinds == {Kind.LAUNCH_NOTIFICATION, Kind.ACKNOWLEDGEMENT}
    assert profile.ack_deadline(Precedence.FLASH) == timedelta(minutes=5)
    assert profile.handling_banner == "RESTRICTED"
    assert "India-Pakistan 2005 (exercise)" in window.pages["counterparts"].widget.table.item(0, 2).text()
    detail = window.pages["counterparts"].widget.detail.toPlainText()
    assert "Minimum lead time\n3 d" in detail and "Maximum window\n5 d" in detail
