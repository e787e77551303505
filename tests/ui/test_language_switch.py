"""The console's language switched while it runs (issue 18): English, Russian, Chinese and back.

The main window on the demo station changes language through the settings dialog, as an officer
does; a sample of what it shows (a menu, an action, the inbox's column titles, cells and filters,
the navigation, the status bar, a page built when first shown, the settings dialog, Qt's own
buttons) must then read as the real translation (resources/i18n/watchdesk_<lang>.qm, compiled by
`make`) says, read here through console.i18n.lookup. Also: which language is in force (command
line, officer, workstation, system), and an officer's own language coming in with their watch.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import console.i18n as i18n
from console.i18n import lookup
from console.storage.operators import OperatorBook, OperatorError
from console.ui import language
from console.ui.station_admin.settings_dialog import SettingsDialog, open_settings
from console.domain.notices import Kind
from tests.support.dialogs import DialogScript

OFFICER, OFFICER_PIN = "Sam Avery", "246813"  # the demo station's officers (console/service/demo.py)
SUPERVISOR = "Lee Morgan"


@pytest.fixture(autouse=True)
def english_afterwards():
    for code in ("ru", "zh_CN"):
        assert i18n.translation_file(code).is_file(), "run `make` to compile the .qm files"
    yield
    language.set_command_line_language(None)
    language.switch_to("en")


@pytest.fixture
def script(monkeypatch):
    return DialogScript(monkeypatch)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _kind_label(kind: str, code: str) -> str:
    """A kind as a list's column shows it: the kind's words in `code`, capitalised."""
    words = _translated("Kind", Kind(kind).label, code)
    return words[:1].upper() + words[1:]


def _translated(context: str, text: str, code: str) -> str:
    """`text` as the real translation gives it in `code`; in Russian and Chinese it must be translated."""
    words = lookup(context, text, language=code)
    if code != "en":
        assert words != text, f"{text!r} ({context or 'no context'}) has no {code} translation"
    return words


def choose_workstation_language(window, script: DialogScript, code: str) -> None:
    """Station → Settings, the language chosen, Save: as an officer switches it."""

    def choose(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.accept()

    script.then(choose)
    window.findChild(QAction, "actionSettings").trigger()
    _settle()


def assert_window_in(window, code: str) -> None:
    assert language.current_language() == code
    # The menus and their actions.
    assert window.menus["file"].title() == _translated("MainWindow", "&File", code)
    assert window.findChild(QAction, "actionQuit").text() == _translated("MainWindow", "&Quit", code)
    assert window.findChild(QAction, "actionStartOfWatch").text() == _translated("", "Start of &watch…", code)
    # The inbox: a column title, a cell, a filter, the navigation's title.
    inbox = window.inbox
    kind_column = inbox.model.sort_keys.index("kind")
    assert inbox.model.headerData(kind_column, Qt.Orientation.Horizontal) == _translated("", "Kind", code)
    row = inbox.model.row(0)
    cell = inbox.model.data(inbox.model.index(0, kind_column), Qt.ItemDataRole.DisplayRole)
    assert cell == _kind_label(row["kind"], code)
    assert inbox.kind_filter.itemText(0) == _translated("NoticeListView", "All kinds", code)
    quarantine_row = window.page_keys().index("quarantine")
    assert window.nav.item(quarantine_row).text() == _translated("", "Quarantine (%1)", code).replace("%1", "0")
    # The reading pane, made again around the notice on show; the notice's kind in its title.
    reading = window.inbox_desk.inbox_detail.reading
    assert reading is not None and reading.stored is not None
    assert reading.report_button.text() == _translated("ReadingPane", "Report a &problem…", code)
    assert _kind_label(reading.stored["kind"], code) in reading.title.text()
    # The status bar, with the officer on watch.
    assert window.status.officer.text() == _translated("WatchStatusBar", "On watch: %s", code) % OFFICER
    # A page built when it was first shown, built again in the new language.
    officers = window.pages["officers"].widget
    assert officers.add_button.text() == _translated("OfficersPage", "&Add officer…", code)
    # The settings dialog, opened now.
    dialog = SettingsDialog(window.station, window)
    try:
        assert dialog.language_label.text() == _translated("SettingsDialog", "&Language:", code)
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).text()
        english_save = QCoreApplication.translate("QPlatformTheme", "Save") if code == "en" else None
        if code == "en":
            assert save.replace("&", "") == english_save.replace("&", "")
        else:
            assert not save.replace("&", "").isascii(), f"Qt's own Save button is not in {code}: {save!r}"
    finally:
        dialog.deleteLater()


def test_the_main_window_follows_the_language_at_run_time(main_window, script):
    window = main_window
    window.set_officer(OFFICER)
    window.show_page("officers")  # built now, in English: it must come back in each language
    window.show_page("inbox")
    window.inbox.select_notice(window.inbox.model.row_id(0))  # the reading pane shows it
    _settle()
    assert language.current_language() == "en"
    assert_window_in(window, "en")
    for code in ("ru", "zh_CN", "en"):
        choose_workstation_language(window, script, code)
        assert window.station.settings()["language"] == code
        assert_window_in(window, code)
    assert script.done()


def test_an_open_compose_window_keeps_its_language_and_says_so(main_window, script):
    window = main_window
    window.set_officer(OFFICER)
    window.findChild(QAction, "actionNewLaunchNotification").trigger()
    compose = window.compose.compose_windows[-1]
    kept = compose.windowTitle()
    choose_workstation_language(window, script, "ru")
    assert compose.windowTitle() == kept  # the draft's window stays as it was
    assert compose.language_note.isVisible()
    assert compose.language_note.text() == _translated(
        "", "This window stays in {kept} while it is open; it opens in {new} next time.", "ru").format(
        kept="English", new="Русский")
    choose_workstation_language(window, script, "en")
    assert compose.language_note.isHidden()


def test_the_language_in_force_is_command_line_then_officer_then_workstation_then_system(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert language.language_in_force(None, "system") == "ru"  # the system's locale
    assert language.language_in_force(None, None) == "ru"
    assert language.language_in_force(None, "en") == "en"  # the workstation's setting over the system
    assert language.language_in_force("zh_CN", "en") == "zh_CN"  # the officer's over the workstation's
    language.set_command_line_language("en")
    assert language.language_in_force("zh_CN", "ru") == "en"  # --language over everything
    language.set_command_line_language(None)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert language.language_in_force(None, "system") == "en"  # a locale the console is not in: English
    choices = dict(language.language_choices())
    assert list(choices)[:4] == ["system", "en", "ru", "zh_CN"]
    assert choices["system"] == "System language (English)"


def test_an_officers_language_comes_in_with_their_watch(qtbot, main_window, script):
    window = main_window
    book = OperatorBook(window.station.store)
    book.set_language(OFFICER, "ru", SUPERVISOR, window.station.clock())
    assert book.get(OFFICER).language == "ru"
    with pytest.raises(OperatorError):
        book.set_language(OFFICER, "fr", SUPERVISOR, window.station.clock())
    # Start of watch: the officer signs in (the PIN is checked off the GUI thread); their language
    # comes into force with the watch.
    def sign_in(dialog) -> None:
        dialog.choose(OFFICER, OFFICER_PIN)
        assert dialog.language_box.currentData() == "ru"  # their choice, offered to keep or change
        dialog.accept_button.click()
        qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10000)

    script.then(sign_in)
    window.findChild(QAction, "actionStartOfWatch").trigger()
    assert window.officer == OFFICER
    assert language.current_language() == "ru"
    assert window.menus["file"].title() == _translated("MainWindow", "&File", "ru")
    # The supervisor takes over without a language of their own: the workstation's comes back.
    window.set_officer(SUPERVISOR)
    assert language.current_language() == "en"
    assert window.menus["file"].title() == "&File"
    # --language outranks the officer's choice.
    language.set_command_line_language("zh_CN")
    window.set_officer(OFFICER)
    assert language.current_language() == "zh_CN"


def test_an_officer_picks_their_language_at_the_start_of_watch(qtbot, main_window, script):
    window = main_window

    def sign_in_choosing_chinese(dialog) -> None:
        dialog.choose(OFFICER, OFFICER_PIN)
        assert dialog.language_box.currentData() is None  # none chosen yet: the workstation's
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
        dialog.accept_button.click()
        qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10000)

    script.then(sign_in_choosing_chinese)
    window.findChild(QAction, "actionStartOfWatch").trigger()
    assert window.officer == OFFICER
    assert OperatorBook(window.station.store).get(OFFICER).language == "zh_CN"
    assert language.current_language() == "zh_CN"
    assert window.status.officer.text() == _translated("WatchStatusBar", "On watch: %s", "zh_CN") % OFFICER


def test_the_officer_on_watch_chooses_their_language_on_the_officers_page(main_window, script, monkeypatch):
    from console.ui import dialogs

    window = main_window
    window.set_officer(OFFICER)
    page = window.pages["officers"].widget
    page.select(OFFICER)
    offered = []

    def choose(_parent, _title, _label, items):
        offered.append(items)
        return "Русский"

    monkeypatch.setattr(dialogs, "choose_item", choose)
    assert page.choose_language()
    assert offered == [["The workstation's language", "English", "Русский", "简体中文"]]
    assert OperatorBook(window.station.store).get(OFFICER).language == "ru"
    assert language.current_language() == "ru"  # their own choice, and they are on watch: at once
    page = window.pages["officers"].widget  # built again in Russian
    row = [o.name for o in page.officers].index(OFFICER)
    assert page.table.item(row, 3).text() == "Русский"
    assert page.language_button.text() == _translated("OfficersPage", "&Language…", "ru")


def test_a_workstation_language_outranked_by_the_officers_own_is_said_so(main_window, script):
    window = main_window
    OperatorBook(window.station.store).set_language(OFFICER, "ru", OFFICER, window.station.clock())
    window.set_officer(OFFICER)
    assert language.current_language() == "ru"
    choose_workstation_language(window, script, "zh_CN")
    assert window.station.settings()["language"] == "zh_CN"
    assert language.current_language() == "ru"  # the officer's own choice outranks the workstation's
    assert script.messages == [(
        _translated("", "Language", "ru"),
        _translated("", "The console stays in {language}, the language {officer} chose for their watch; the "
                        "workstation's language applies when an officer without a language of their own is on "
                        "watch.", "ru").format(language="Русский", officer=OFFICER))]
    window.set_officer(SUPERVISOR)  # no language of their own: the workstation's
    assert language.current_language() == "zh_CN"
