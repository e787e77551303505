"""Counterpart key cards in the console: import, verification by safety number, key changes that hold traffic."""

from __future__ import annotations

import json
import os

from PySide6.QtGui import QAction

from console.service.events import TrafficHeld
from console.exchange.folders import inbox_entries
from console.exchange.importer import Importer
from console.format import safety_number
from console.service.outgoing import Outgoing
from console.storage.counterparts import CounterpartBook
from console.ui.station_admin.verification import VerifyKeyDialog
from tests.admin.conftest import OFFICER, SUPERVISOR, their_number
from tests.exchange.conftest import carry, folders, introduce, launch_draft


def audit_actions(station) -> list[str]:
    return [row["action"] for row in station.store.db.query("SELECT action FROM audit_log ORDER BY idx")]


def write_card(tmp_path, station, name="card.json"):
    path = tmp_path / name
    path.write_text(station.own_card().to_json(), encoding="utf-8")
    return str(path)


def test_import_a_card_refuse_a_wrong_number_then_verify_the_right_one(qtbot, tmp_path, window, us, them, script):
    window.set_officer(SUPERVISOR)
    script.files.append(write_card(tmp_path, them))
    script.answers.append(True)  # "Verify the key now?"
    wrong = "12345 " * 12
    refusals = []

    def type_wrong_number(dialog: VerifyKeyDialog) -> None:
        expected = safety_number(us.own_card(), them.own_card())
        assert " ".join(label.text() for label in dialog.group_labels) == expected
        assert dialog.qr.text.endswith(expected) and dialog.qr.module_count() >= 21
        dialog.typed.setText(wrong)
        assert dialog.verify_button.isEnabled()
        dialog.verify_button.click()
        refusals.append(dialog.message.text())
        assert not dialog.message.isHidden() and dialog.result() == 0  # still open
        dialog.reject()

    script.then(type_wrong_number)
    window.findChild(QAction, "actionImportKeyCard").trigger()

    assert "NOT VERIFIED" in script.questions[0] or "not verified" in script.questions[0].lower()
    assert "does not match" in refusals[0] and "NOT marked verified" in refusals[0]
    counterpart = CounterpartBook(us.store).require("NRRC-RU")
    assert not counterpart.verified
    assert window.pages["counterparts"].widget.table.item(0, 1).text() == "NOT VERIFIED"
    assert audit_actions(us)[-2:] == ["key_added", "key_verification_failed"]

    def type_number_read_by_them(dialog: VerifyKeyDialog) -> None:
        dialog.typed.setText(their_number(us, them))
        dialog.verify_button.click()

    script.then(type_number_read_by_them)
    assert window.pages["counterparts"].widget.verify_selected()
    assert CounterpartBook(us.store).require("NRRC-RU").verified
    assert window.pages["counterparts"].widget.table.item(0, 1).text() == "verified"
    assert f"by {SUPERVISOR}" in window.pages["counterparts"].widget.detail.toPlainText()
    assert audit_actions(us)[-1] == "key_verified"
    assert script.done()


def test_a_damaged_card_is_refused_in_words_and_nothing_is_added(tmp_path, window, us, them, script):
    window.set_officer(SUPERVISOR)
    card = json.loads(them.own_card().to_json())
    card["signing_key"]["x"] = card["encryption_key"]["x"]  # a swapped key no longer matches the self-signature
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(card))
    script.files.append(str(path))
    assert window.pages["counterparts"].widget.import_button.click() is None
    title, text = script.messages[-1]
    assert title == "Not a usable key card"
    assert "tampered.json was not imported" in text
    # Refused when read: no safety number was computed or offered for comparison.
    assert "the key card's self-signature does not match its contents: the card was damaged or altered" in text
    assert not script.questions
    assert CounterpartBook(us.store).all() == []
    assert not window.pages["counterparts"].widget.empty_hint.isHidden()


def test_rotating_our_keys_keeps_old_and_new_traffic_open_at_the_counterpart(
    qtbot, window, us, them, clock, script
):
    introduce(us, them)
    window.set_officer(SUPERVISOR)
    old_card = us.own_card()
    before = Outgoing(us).release(launch_draft("NRRC-RU", clock), SUPERVISOR, approver=OFFICER).notice  # signed with the old key
    to_old_key = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice  # sealed to our old card

    script.answers.append(True)  # "Rotate our keys?"
    window.findChild(QAction, "actionRotateKeys").trigger()
    new_card = us.own_card()
    assert new_card.fingerprint != old_card.fingerprint
    assert "sent to every counterpart (NRRC-RU)" in script.questions[0]
    assert new_card.fingerprint in script.messages[-1][1]
    window.show_page("station")
    assert window.pages["station"].widget.generations.rowCount() == 2
    assert window.pages["station"].widget.fingerprint.text().replace("\n", " ") == new_card.fingerprint
    assert audit_actions(us)[-1] == "key_rotated"

    after = Outgoing(us).release(launch_draft("NRRC-RU", clock), SUPERVISOR, approver=OFFICER).notice  # signed with the new key
    book = CounterpartBook(them.store)
    _counterpart, outcome = book.add_card(new_card, "boris", them.station_id, clock())
    assert outcome == "key_changed"
    book.verify("NRRC-US", safety_number(new_card, them.own_card()), them.own_card(), "boris", clock())
    carry(us, them)
    from tests.exchange.conftest import import_inbox

    report = import_inbox(them, "NRRC-US")
    assert [o.outcome for o in report.outcomes] == ["accepted", "accepted"]
    received = {r["message_id"]: r["signing_key"] for r in them.store.db.query(
        "SELECT message_id, signing_key FROM notices WHERE direction = 'in'")}
    assert set(received) == {before["message_id"], after["message_id"]}
    assert received[before["message_id"]] != received[after["message_id"]]

    # Their traffic sealed to our old card still opens here.
    carry(them, us)
    report = import_inbox(us, "NRRC-RU")
    assert [o.outcome for o in report.outcomes] == ["accepted"]
    assert report.outcomes[0].message_id == to_old_key["message_id"]


def test_a_changed_counterpart_key_holds_its_traffic_until_verified_again(
    qtbot, tmp_path, window, us, them, clock, script
):
    introduce(us, them)
    window.set_officer(SUPERVISOR)
    window.arrivals.start()
    them.rotate_keys("boris")
    script.files.append(write_card(tmp_path, them, "ru-new.json"))
    script.answers += [True, False]  # import the new key: yes; verify now: not yet
    window.findChild(QAction, "actionImportKeyCard").trigger()
    assert "DIFFERENT KEY" in script.questions[0]
    counterpart = CounterpartBook(us.store).require("NRRC-RU")
    assert counterpart.key_changed and not counterpart.verified

    bar = window.key_alert_bar
    assert not bar.isHidden() and "KEY CHANGED" in bar.banner.label.text()
    assert "#b00020" in bar.banner.styleSheet()
    assert not window.pages["counterparts"].widget.banner.isHidden()
    assert window.nav.item(window.page_keys().index("counterparts")).text() == "⚠ Counterparts (1): key changed"

    sent = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice
    with qtbot.waitSignal(window.bridge.event, timeout=10000,
                          check_params_cb=lambda event: isinstance(event, TrafficHeld)) as held:
        carry(them, us)
        window.arrivals.watcher.trigger()
    assert held.args[0].files == (sent["sealed_file"],)
    inbox = folders(us, "NRRC-RU").inbox
    assert inbox_entries(inbox) == [sent["sealed_file"]]
    assert us.store.db["notices"].count == 0
    qtbot.waitUntil(lambda: "1 file(s) held unopened" in bar.banner.label.text())
    assert "1 file(s) from it are held unopened" in window.pages["counterparts"].widget.banner.label.text()
    assert "import_held" in audit_actions(us)

    def verify_new_key(dialog: VerifyKeyDialog) -> None:
        assert dialog.findChild(type(dialog.message), "keyChangedWarning") is not None
        dialog.typed.setText(their_number(us, them))
        dialog.verify_button.click()

    script.then(verify_new_key)
    bar.banner.verify_button.click()
    assert CounterpartBook(us.store).require("NRRC-RU").verified
    # The row is committed first, then the file moves to processed/.
    qtbot.waitUntil(lambda: us.store.db["notices"].count == 1 and inbox_entries(inbox) == [], timeout=10000)
    row = next(us.store.db.query("SELECT message_id FROM notices"))
    assert row["message_id"] == sent["message_id"]
    qtbot.waitUntil(lambda: bar.isHidden())
    assert window.pages["counterparts"].widget.banner.isHidden()
    assert script.done()


def test_retire_a_counterpart_key_from_the_counterparts_page_says_what_is_refused(
    qtbot, tmp_path, window, us, them, script, clock
):
    """Issue 14, section 6: the counterpart view retires a key, after saying what will be refused."""
    introduce(us, them)
    window.set_officer(SUPERVISOR)
    window.show_page("counterparts")
    window.pages["counterparts"].widget.reload()
    window.pages["counterparts"].widget.select("NRRC-RU")
    kid = them.own_card().signing_key_thumbprint
    assert kid in window.pages["counterparts"].widget.detail.toPlainText() and "in use" in window.pages["counterparts"].widget.detail.toPlainText()
    said = []

    def retire_as_compromised(dialog) -> None:
        assert dialog.key.currentData() == kid
        said.append(dialog.consequence.text())
        dialog.compromised.setChecked(True)
        said.append(dialog.consequence.text())
        shot = os.environ.get("WATCHDESK_SHOT_DIR")
        if shot:
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.grab().save(os.path.join(shot, "retire-key-dialog.png"))
        dialog.retire_button.click()

    script.then(retire_as_compromised)
    assert window.pages["counterparts"].widget.retire_button.isEnabled()
    window.pages["counterparts"].widget.retire_button.click()

    assert script.done()
    assert "dated after 2026-11-28T12:00:00Z are refused" in said[0] and "CURRENT key" in said[0]
    assert "EVERY file signed with NRRC-RU's key" in said[1] and "whatever date it carries" in said[1]
    assert audit_actions(us)[-1] == "key_retired"
    window.pages["counterparts"].widget.reload()
    detail = window.pages["counterparts"].widget.detail.toPlainText()
    assert "retired as compromised by Lee Morgan" in detail
    assert window.pages["counterparts"].widget.table.item(0, 1).text() == "verified, but its current key is RETIRED"
    shot = os.environ.get("WATCHDESK_SHOT_DIR")
    if shot:
        window.grab().save(os.path.join(shot, "retire-key-counterparts-page.png"))

    # What the officer was told holds: the next file from that key is refused.
    Outgoing(them).release(launch_draft("NRRC-US", clock), "alice")
    carry(them, us)
    report = Importer(us.store, us.station_id, us.keys, us.clock, us.data_dir).import_counterpart(
        CounterpartBook(us.store).require("NRRC-RU"))
    assert [(o.outcome, o.code) for o in report.outcomes] == [("quarantined", "retired_key")]


def test_the_counterparts_page_says_whether_a_card_is_self_signed(qtbot, window, us, them):
    """docs/format.md R58: an older card (version 1, no self-signature) is accepted, and the officer
    is told so where the card is shown; its signed card of the same keys replaces it."""
    from console.format import KeyCard

    document = json.loads(them.own_card().to_json())
    del document["self_signature"]
    old_card = KeyCard.load(json.dumps(document | {"wdv": 1}))
    book = CounterpartBook(us.store)
    book.add_card(old_card, OFFICER, us.station_id, us.clock())
    window.show_page("counterparts")
    page = window.pages["counterparts"].widget
    page.reload()
    page.select("NRRC-RU")
    assert "version 1: an older card, with no self-signature" in page.detail.toPlainText()

    book.add_card(them.own_card(), OFFICER, us.station_id, us.clock())
    page.reload()
    page.select("NRRC-RU")
    text = page.detail.toPlainText()
    assert "version 2, self-signed" in text and "older card" not in text
