"""Printing from the main window: the selected notice to a printer, to PDF, in preview; the watch log."""

from __future__ import annotations

import subprocess
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from console.printing import record as record_printing
from console.ui import dialogs


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def print_dialog(monkeypatch, choose) -> None:
    """Play the officer in the print dialog: `choose(printer)` sets it up and says whether to print."""
    monkeypatch.setattr(
        dialogs, "exec_dialog",
        lambda dialog: QDialog.DialogCode.Accepted if choose(dialog.printer()) else QDialog.DialogCode.Rejected)


def save_as(monkeypatch, path) -> list[tuple[str, str]]:
    """Answer the save-file dialog with `path`; returns the (suggested name, filter) it was asked with."""
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "save_file_name",
                        lambda _parent, _title, suggested, file_filter: asked.append((suggested, file_filter))
                        or (str(path) if path else None))
    return asked


def outcome(qtbot, window) -> str:
    """What the status bar says once the worker's print or save has come back."""
    status = window.statusBar()
    qtbot.waitUntil(lambda: not status.currentMessage().endswith("…"), timeout=30000)
    return status.currentMessage()


def warnings_shown(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda _parent, title, text: shown.append((title, text)))
    return shown


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def selected(qtbot, main_window):
    inbox = main_window.pages["inbox"].widget
    main_window.show_page("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    notice_id = inbox.model.row_id(0)
    main_window.open_notice(notice_id)
    assert main_window.selection.notice_id == notice_id
    main_window.set_officer("Sam Avery")
    row = next(main_window.station.store.db.query("SELECT * FROM notices WHERE id = ?", [notice_id]))
    return row


def prints(window) -> list[str]:
    return [r["details_json"] for r in window.station.store.db.query("SELECT details_json FROM audit_log WHERE action = 'print'")]


def test_print_goes_to_the_chosen_printer_and_is_audited(qtbot, main_window, selected, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    def choose(printer):
        # The officer picks "Print to file": a printer whose output is this PDF.
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    print_dialog(monkeypatch, choose)
    main_window.print_actions.print_notice()
    said = outcome(qtbot, main_window)
    assert said == f"Record of no. {selected['sequence']} sent to {target} ({pdf_pages(target)} pages)."
    text = pdf_text(target)
    assert selected["message_id"] in text and "EXERCISE" in text
    assert " by Sam Avery · Page 1 of " in " ".join(text.split())
    assert any(selected["message_id"] in entry for entry in prints(main_window))
    assert officers_of_prints(main_window) == ["Sam Avery"]


def officers_of_prints(window) -> list[str]:
    return [r["officer"] for r in window.station.store.db.query("SELECT officer FROM audit_log WHERE action = 'print'")]


def test_the_print_dialog_offers_the_last_choice_again(qtbot, main_window, selected, tmp_path, monkeypatch):
    offered = []

    def choose(printer):
        offered.append(printer.outputFileName())
        if not printer.outputFileName():  # the first time the officer picks "Print to file"
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    print_dialog(monkeypatch, choose)
    main_window.print_actions.print_notice()
    outcome(qtbot, main_window)
    (tmp_path / "printed.pdf").unlink()
    main_window.print_actions.print_notice()
    outcome(qtbot, main_window)
    assert offered == ["", str(tmp_path / "printed.pdf")]
    assert selected["message_id"] in pdf_text(tmp_path / "printed.pdf")


def test_cancelling_the_print_dialog_prints_nothing(qtbot, main_window, selected, monkeypatch):
    print_dialog(monkeypatch, lambda _printer: False)
    main_window.print_actions.print_notice()
    assert prints(main_window) == []


def test_save_as_pdf_and_preview_show_the_same_record(qtbot, main_window, selected, tmp_path, monkeypatch):
    target = tmp_path / "record.pdf"
    asked = save_as(monkeypatch, target)
    main_window.print_actions.save_notice_pdf()
    assert outcome(qtbot, main_window) == f"Record saved as {target}."
    assert asked == [(f"record-{selected['counterpart']}-{selected['sequence']:08d}.pdf", "PDF (*.pdf)")]
    assert selected["sealed_sha256"][:16] in pdf_text(target).replace(" ", "")
    main_window.print_actions.preview_notice()
    preview = main_window.print_actions.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    assert selected["message_id"] in preview.windowTitle()


def test_nothing_selected_says_so(qtbot, main_window, monkeypatch):
    main_window.show_page("drafts")
    asked = save_as(monkeypatch, None)
    assert main_window.selection.notice_id is None
    main_window.print_actions.save_notice_pdf()
    assert asked == []
    assert "Select a notice" in main_window.statusBar().currentMessage()


def test_todays_watch_log_as_pdf_lists_the_traffic(qtbot, window_on_the_traffics_day, tmp_path, monkeypatch):
    main_window = window_on_the_traffics_day
    target = tmp_path / "log.pdf"
    save_as(monkeypatch, target)
    main_window.set_officer("Sam Avery")
    main_window.print_actions.save_watch_log_pdf()
    assert outcome(qtbot, main_window).endswith(f"saved as {target}.")
    text = pdf_text(target)
    assert "EXER-RED" in text
    assert any("watch_log" in entry for entry in prints(main_window))


@pytest.mark.parametrize("blocked_by", ["a folder where the file would go", "a file where its folder would be"])
def test_a_failed_pdf_save_says_the_record_was_not_saved(qtbot, main_window, selected, tmp_path, monkeypatch,
                                                          blocked_by):
    # Real targets nobody can write to, even as root (CI runs as root, where a read-only folder is no bar).
    if blocked_by == "a folder where the file would go":
        target = tmp_path / "record.pdf"
        target.mkdir()
    else:
        (tmp_path / "not-a-folder").write_text("")
        target = tmp_path / "not-a-folder" / "record.pdf"
    save_as(monkeypatch, target)
    shown = warnings_shown(monkeypatch)
    main_window.print_actions.save_notice_pdf()
    qtbot.waitUntil(lambda: shown != [], timeout=30000)
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "The record was not saved as PDF"
    assert text.startswith(f"Could not write the PDF '{target}': ")
    assert prints(main_window) == []
    assert main_window.statusBar().currentMessage() == ""


def test_with_nobody_on_watch_the_start_of_watch_comes_first(qtbot, main_window, selected, tmp_path, monkeypatch):
    main_window.set_officer(None)
    asked = save_as(monkeypatch, tmp_path / "record.pdf")
    shown = []
    # The officer closes the start-of-watch dialog without taking the watch.
    monkeypatch.setattr(dialogs, "exec_dialog", lambda dialog: shown.append(dialog.windowTitle())
                        or QDialog.DialogCode.Rejected)
    main_window.print_actions.save_notice_pdf()
    assert shown == ["Start of watch"]
    assert asked == []
    assert prints(main_window) == []
    assert main_window.statusBar().currentMessage() == (
        "Nothing printed: a printout names the officer on watch. Take the watch first.")


@pytest.mark.parametrize("action", ["print", "save as PDF"])
def test_the_window_keeps_working_while_a_record_is_laid_out(qtbot, main_window, selected, tmp_path, monkeypatch,
                                                             action):
    target = tmp_path / "record.pdf"
    if action == "print":
        print_dialog(monkeypatch, lambda printer: printer.setOutputFileName(str(target)) or True)
        start, working, engine = main_window.print_actions.print_notice, "Printing the record of no. %s…", "print_record"
    else:
        save_as(monkeypatch, target)
        start, working, engine = (main_window.print_actions.save_notice_pdf, "Saving the record of no. %s as PDF…",
                                  "render_record_pdf")
    # The real layout and painting, held until the GUI thread has handled three timer ticks: on the
    # GUI thread it would wait in vain (no tick can come) and fail.
    ticks_seen = threading.Event()
    painted_on: list[int] = []
    real = getattr(record_printing, engine)

    def held(*args):
        painted_on.append(threading.get_ident())
        assert ticks_seen.wait(10), "the GUI thread handled no events while the record was laid out"
        return real(*args)

    monkeypatch.setattr(record_printing, engine, held)  # print_actions imports it at the print
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(1) if len(ticks) < 3 else ticks_seen.set())
    ticker.start()
    start()
    # The action came back at once: it says what it is doing, and nothing is printed or audited yet.
    status = main_window.statusBar()
    assert status.currentMessage() == working % selected["sequence"]
    assert prints(main_window) == []
    said = outcome(qtbot, main_window)
    ticker.stop()
    assert said.startswith(f"Record of no. {selected['sequence']} sent to {target}" if action == "print"
                           else f"Record saved as {target}.")
    assert painted_on and painted_on[0] != threading.get_ident()
    assert selected["message_id"] in pdf_text(target)
    assert len(prints(main_window)) == 1


def test_a_second_print_waits_for_the_printer(qtbot, main_window, selected, tmp_path, monkeypatch):
    offered = []
    print_dialog(monkeypatch, lambda printer: offered.append(1) or printer.setOutputFileName(
        str(tmp_path / "printed.pdf")) or True)
    main_window.print_actions.print_notice()
    main_window.print_actions.print_notice()  # while a worker still paints on the one printer
    assert offered == [1]
    assert main_window.statusBar().currentMessage() == (
        "A printout is being printed; wait until it has gone to the printer.")
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith("Record of no."), timeout=30000)
    main_window.print_actions.print_notice()
    assert offered == [1, 1]
    outcome(qtbot, main_window)
    assert len(prints(main_window)) == 2
