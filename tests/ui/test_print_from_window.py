"""Printing from the main window: the selected notice to a printer, to PDF, in preview; the watch log."""

from __future__ import annotations

import subprocess

import pytest

from console.ui import print_actions


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def selected(qtbot, main_window):
    main_window.show_page("inbox")
    qtbot.waitUntil(lambda: main_window.inbox.model.rowCount() > 0)
    main_window.inbox.table.selectRow(0)
    notice_id = main_window.inbox.selected_notice_id()
    row = next(main_window.station.store.db.query("SELECT * FROM notices WHERE id = ?", [notice_id]))
    return row


def prints(window) -> list[str]:
    return [r["details_json"] for r in window.station.store.db.query("SELECT details_json FROM audit_log WHERE action = 'print'")]


def test_print_goes_to_the_chosen_printer_and_is_audited(qtbot, main_window, selected, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    def choose(_parent, printer):
        # The officer picks "Print to file": a printer whose output is this PDF.
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(print_actions, "choose_printer", choose)
    main_window.set_officer("Sam Avery")
    main_window.print_actions.print_notice()
    text = pdf_text(target)
    assert selected["message_id"] in text and "EXERCISE" in text
    assert any(selected["message_id"] in entry for entry in prints(main_window))


def test_the_print_dialog_offers_the_last_choice_again(qtbot, main_window, selected, tmp_path, monkeypatch):
    offered = []

    def choose(_parent, printer):
        offered.append(printer.outputFileName())
        if not printer.outputFileName():  # the first time the officer picks "Print to file"
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    monkeypatch.setattr(print_actions, "choose_printer", choose)
    main_window.print_actions.print_notice()
    (tmp_path / "printed.pdf").unlink()
    main_window.print_actions.print_notice()
    assert offered == ["", str(tmp_path / "printed.pdf")]
    assert selected["message_id"] in pdf_text(tmp_path / "printed.pdf")


def test_cancelling_the_print_dialog_prints_nothing(qtbot, main_window, selected, monkeypatch):
    monkeypatch.setattr(print_actions, "choose_printer", lambda _parent, _printer: False)
    main_window.print_actions.print_notice()
    assert prints(main_window) == []


def test_save_as_pdf_and_preview_show_the_same_record(qtbot, main_window, selected, tmp_path, monkeypatch):
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(print_actions, "save_file_name", lambda *_a: str(target))
    main_window.print_actions.save_notice_pdf()
    assert selected["sealed_sha256"][:16] in pdf_text(target).replace(" ", "")
    main_window.print_actions.preview_notice()
    preview = main_window.print_preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    assert selected["message_id"] in preview.windowTitle()


def test_nothing_selected_says_so(qtbot, main_window, monkeypatch):
    main_window.show_page("drafts")
    called = []
    monkeypatch.setattr(print_actions, "save_file_name", lambda *_a: called.append(1) or "")
    main_window.compose.last_selected_notice_id = None
    main_window.print_actions.save_notice_pdf()
    assert not called
    assert "Select a notice" in main_window.statusBar().currentMessage()


def test_todays_watch_log_as_pdf_lists_the_traffic(qtbot, main_window, tmp_path, monkeypatch):
    target = tmp_path / "log.pdf"
    monkeypatch.setattr(print_actions, "save_file_name", lambda *_a: str(target))
    main_window.print_actions.save_watch_log_pdf()
    text = pdf_text(target)
    assert "EXER-RED" in text
    assert any("watch_log" in entry for entry in prints(main_window))
