"""Free text in the reading pane (issue 18): a received notice's remarks shown exactly as received,
under the language its sender writes in, with the newest working translation below, marked as such;
the dialog shows the original beside the editor and keeps a translation under the officer on watch."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from console.service.outgoing import Outgoing
from console.service.working_translations import add_working_translation, working_translations
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from tests.exchange.conftest import carry, import_inbox, launch_draft
from tests.support.dialogs import DialogScript

REMARKS = "Пуск с подводной лодки.\nРайон закрыт для судоходства."


def _arrive_and_select(qtbot, window, us, them, clock, **body):
    draft = launch_draft("NRRC-US", clock)
    draft["body"] = draft["body"] | {"remarks": REMARKS} | body
    Outgoing(them).release(draft, "Lt Ivanov")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    with qtbot.waitSignal(window.inbox.loaded, timeout=10000):
        window.reload_all()
    window.show_page("inbox")
    window.inbox.table.selectRow(0)
    reading = window.inbox_desk.inbox_detail.reading
    qtbot.waitUntil(lambda: reading.isVisible() and reading.stored is not None, timeout=5000)
    return reading


def _label(reading, name: str) -> QLabel:
    label = reading.findChild(QLabel, name)
    assert label is not None, name
    return label


def test_the_remarks_show_as_received_with_the_senders_language_and_the_newest_translation(
        qtbot, window, us, them, clock):
    CounterpartBook(us.store).set_free_text_language("NRRC-RU", "ru", "Lee Morgan", clock())
    reading = _arrive_and_select(qtbot, window, us, them, clock)
    notice_id = reading.stored.id
    section = reading.free_text
    assert section.isVisible()
    assert _label(reading, "freeTextOriginal_remarks").text() == REMARKS
    assert _label(reading, "freeTextLanguage_remarks").text() == "as received, in Russian"
    assert reading.findChild(QLabel, "freeTextTranslationCaption_remarks") is None  # none yet
    assert not reading.remarks.isVisible()  # the remarks are shown once, in the free-text section

    add_working_translation(us, notice_id, field="body.remarks", language="en",
                            text="Launch from a submarine.", translator="Sam Avery")
    clock.advance(minutes=5)
    add_working_translation(us, notice_id, field="body.remarks", language="en",
                            text="Launch from a submarine.\nThe area is closed to shipping.", translator="Lee Morgan")
    section.show_notice(reading.stored)
    assert _label(reading, "freeTextOriginal_remarks").text() == REMARKS  # the original, unchanged
    assert _label(reading, "freeTextTranslationCaption_remarks").text() == (
        "Working translation into English by Lee Morgan, 2026-11-28 12:05Z — not the original")
    assert _label(reading, "freeTextTranslationText_remarks").text() == (
        "Launch from a submarine.\nThe area is closed to shipping.")


def test_without_a_stated_language_the_pane_says_so(qtbot, window, us, them, clock):
    reading = _arrive_and_select(qtbot, window, us, them, clock)
    assert _label(reading, "freeTextLanguage_remarks").text() == "as received, language not stated"


def test_the_dialog_shows_the_original_beside_the_editor_and_keeps_the_translation(
        qtbot, window, us, them, clock, monkeypatch):
    window.set_officer("Sam Avery")
    reading = _arrive_and_select(qtbot, window, us, them, clock)
    notice_id = reading.stored.id
    seen = {}

    def translate(dialog: QDialog) -> None:
        seen["original"] = dialog.original.toPlainText()
        seen["read_only"] = dialog.original.isReadOnly()
        seen["language"] = dialog.target_language()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen["save_enabled_when_empty"] = save.isEnabled()
        dialog.editor.setPlainText("Launch from a submarine. The area is closed to shipping.")
        save.click()

    script = DialogScript(monkeypatch).then(translate)
    reading.free_text.add_buttons["body.remarks"].click()
    assert script.done()
    assert seen == {"original": REMARKS, "read_only": True, "language": "en", "save_enabled_when_empty": False}
    [kept] = working_translations(us, notice_id)
    assert (kept.field, kept.language, kept.translator) == ("body.remarks", "en", "Sam Avery")
    assert _label(reading, "freeTextTranslationText_remarks").text() == kept.text
    assert _label(reading, "freeTextOriginal_remarks").text() == REMARKS
    assert notice_rows.by_id(us.store, notice_id).notice.body["remarks"] == REMARKS


def test_with_nobody_on_watch_no_translation_is_asked_for(qtbot, window, us, them, clock, monkeypatch):
    reading = _arrive_and_select(qtbot, window, us, them, clock)
    script = DialogScript(monkeypatch)  # no dialog scripted: one opening would fail the test
    assert reading.free_text.add_translation("body.remarks") is False
    assert "No officer is on watch" in script.messages[0][1]
    assert working_translations(us, reading.stored.id) == []
