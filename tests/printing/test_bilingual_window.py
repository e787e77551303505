"""The languages of a printout chosen in the window: the preview's toolbar and the print dialog's
Languages tab (issue 18), on the demo station, its EXER-RED set here to write its free text in Russian."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog

from console.storage.counterparts import CounterpartBook
from console.ui import dialogs
from tests.printing.conftest import pdf_pages, squeeze
from tests.printing.test_bilingual import print_translations  # noqa: F401 - fixture
from tests.ui.conftest import demo_station, main_window  # noqa: F401 - fixtures


def _received(main_window):
    """A received notice with remarks, selected, with the officer on watch."""
    row = next(main_window.station.store.db.query(
        "SELECT * FROM notices WHERE direction = 'in' AND kind = 'launch_notification' ORDER BY id LIMIT 1"))
    CounterpartBook(main_window.station.store).set_free_text_language(
        "EXER-RED", "ru", "Lee Morgan", main_window.station.clock())
    main_window.open_notice(row["id"])
    main_window.set_officer("Sam Avery")
    return row


def _prints(window) -> list[dict]:
    return [json.loads(r["details_json"])
            for r in window.station.store.db.query("SELECT details_json FROM audit_log WHERE action = 'print'")]


def test_the_preview_offers_the_console_language_then_the_counterparts_and_lays_out_again(
        qtbot, main_window, print_translations, tmp_path, monkeypatch):
    row = _received(main_window)
    actions = main_window.print_actions
    actions.preview_notice()
    preview = actions.preview
    qtbot.addWidget(preview)
    choice = preview.language_choice
    assert [choice.itemData(i) for i in range(choice.count())] == [("en",), ("en", "ru"), ("en", "zh_CN")]
    assert choice.itemText(1) == "English + Русский"
    assert preview.languages() == ("en",)
    one_language = preview.document

    choice.setCurrentIndex(1)
    assert preview.document is not one_language and preview.languages() == ("en", "ru")
    assert preview.page_count() > 0

    # Save as PDF from the preview saves what it shows, and the audit entry names the languages.
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *_args: str(target))
    preview.save_pdf_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and any("languages" in p for p in _prints(main_window)), timeout=30000)
    text = squeeze("\n".join(pdf_pages(target)))
    assert "Launch area" in text and "Район пуска" in text
    assert "Original (Russian) / Оригинал (русский)" in text
    assert _prints(main_window)[-1]["languages"] == ["en", "ru"]
    assert _prints(main_window)[-1]["message_id"] == row["message_id"]


def test_the_print_dialog_has_a_languages_tab(qtbot, main_window, print_translations, tmp_path, monkeypatch):
    _received(main_window)
    actions = main_window.print_actions
    target = tmp_path / "printed.pdf"
    tabs = []

    def officer_in_the_dialog(dialog):
        tab = actions.language_tab
        tabs.append(tab.windowTitle())
        tab.choice.setCurrentIndex([tab.choice.itemData(i) for i in range(tab.choice.count())].index(("en", "zh_CN")))
        printer = dialog.printer()
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "exec_dialog", officer_in_the_dialog)
    actions.print_notice()
    status = main_window.statusBar()
    qtbot.waitUntil(lambda: not status.currentMessage().endswith("…"), timeout=30000)
    assert tabs == ["Languages"]
    text = "".join("\n".join(pdf_pages(target)).split())
    assert "Launcharea" in text and "发射区" in text and "电文" in text  # 文 as printed, not the radical ⽂
    assert _prints(main_window)[-1]["languages"] == ["en", "zh_CN"]
    assert actions.languages == ("en", "zh_CN")  # offered again next time
