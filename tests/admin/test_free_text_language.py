"""The language a counterpart writes its free text in (issue 18): "not stated" until an officer
chooses one on the counterparts page, audited, shown in the counterpart's details."""

from __future__ import annotations

from console.storage import audit as audit_entries
from console.storage.counterparts import CounterpartBook
from console.ui import dialogs
from tests.admin.conftest import OFFICER
from tests.exchange.conftest import introduce


def test_an_officer_states_the_counterparts_language_on_the_counterparts_page(
        qtbot, window, us, them, script, monkeypatch):
    introduce(us, them)
    window.reload_all()
    window.set_officer(OFFICER)
    window.show_page("counterparts")
    page = window.pages["counterparts"].widget
    page.reload()
    page.select("NRRC-RU")
    assert "Language of their free text" in page.detail.toPlainText()
    assert "not stated" in page.detail.toPlainText()

    offered: list[list[str]] = []

    def choose(_parent, _title, _label, items):
        offered.append(items)
        return "Russian"

    monkeypatch.setattr(dialogs, "choose_item", choose)
    assert page.language_button.isEnabled()
    assert page.edit_free_text_language()
    assert offered == [["Language not stated", "English", "Russian", "Chinese (Simplified)"]]
    assert CounterpartBook(us.store).require("NRRC-RU").free_text_language == "ru"
    assert audit_entries.last_details(us.store.conn, "settings_changed") == {
        "counterpart": "NRRC-RU", "free_text_language": "ru"}
    qtbot.waitUntil(lambda: "Russian" in page.detail.toPlainText(), timeout=5000)

    # Asked again, the language in force is offered first; choosing it changes nothing.
    monkeypatch.setattr(dialogs, "choose_item", lambda _p, _t, _l, items: offered.append(items) or items[0])
    assert not page.edit_free_text_language()
    assert offered[-1][0] == "Russian"
