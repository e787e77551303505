"""The print preview of a record and of the watch log: Print and Save as PDF on its toolbar, a window
that fits the screen; the watch log printed from the window, to a file and through the real queue."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.ui.test_print_from_window import outcome, pdf_text, print_dialog, prints, save_as, selected  # noqa: F401


def _opened_preview(qtbot, window):
    preview = window.print_actions.preview
    qtbot.addWidget(preview)
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    return preview


def test_the_preview_fits_the_screen_and_its_page_the_window(qtbot, main_window, selected):
    main_window.print_actions.preview_notice()
    preview = _opened_preview(qtbot, main_window)
    screen = preview.screen().availableGeometry()
    assert screen.contains(preview.frameGeometry()), (screen, preview.frameGeometry())
    # Fitted to the width: no sideways scrolling, the page as wide as the view allows.
    qtbot.waitUntil(lambda: preview.page_labels[0].width() <= preview.scroll.viewport().width())
    assert not preview.scroll.horizontalScrollBar().isVisible()
    assert preview.page_labels[0].width() > preview.scroll.viewport().width() * 0.75
    preview.findChild(QAction, "previewWholePage").trigger()
    page = preview.page_labels[0]
    assert page.height() <= preview.scroll.viewport().height() and page.width() <= preview.scroll.viewport().width()
    assert [action.text() for action in preview.findChildren(QAction) if action.objectName() in
            ("previewPrint", "previewSavePdf")] == ["&Print…", "Save as P&DF…"]


def test_print_and_save_in_the_preview_act_on_the_notice_it_shows(qtbot, main_window, selected, tmp_path,
                                                                   monkeypatch):
    main_window.print_actions.preview_notice()
    preview = _opened_preview(qtbot, main_window)
    # The officer selects another notice in the window meanwhile: the preview still prints its own.
    inbox = main_window.pages["inbox"].widget
    other = next(inbox.model.row_id(row) for row in range(inbox.model.rowCount())
                 if inbox.model.row_id(row) != selected["id"])
    main_window.open_notice(other)
    assert main_window.selection.notice_id == other

    printed = tmp_path / "printed.pdf"
    print_dialog(monkeypatch, lambda printer: printer.setOutputFileName(str(printed)) or True)
    preview.print_action.trigger()
    assert outcome(qtbot, main_window).startswith(f"Record of no. {selected['sequence']} sent to {printed}")
    assert selected["message_id"] in pdf_text(printed)

    saved = tmp_path / "saved.pdf"
    save_as(monkeypatch, saved)
    preview.save_pdf_action.trigger()
    assert outcome(qtbot, main_window) == f"Record saved as {saved}."
    assert selected["message_id"] in pdf_text(saved)
    assert len(prints(main_window)) == 2


def test_the_watch_log_is_previewed_and_printed_from_the_window(qtbot, window_on_the_traffics_day, tmp_path,
                                                                 monkeypatch):
    main_window = window_on_the_traffics_day
    main_window.set_officer("Sam Avery")
    main_window.findChild(QAction, "actionPreviewWatchLog").trigger()
    preview = _opened_preview(qtbot, main_window)
    assert preview.windowTitle() == f"Print preview — watch log of {main_window.clock().date()}"
    printed = tmp_path / "log.pdf"
    print_dialog(monkeypatch, lambda printer: printer.setOutputFileName(str(printed)) or True)
    preview.print_action.trigger()
    said = outcome(qtbot, main_window)
    assert said.startswith(f"Watch log of {main_window.clock().date()} (") and f"sent to {printed}" in said
    text = " ".join(pdf_text(printed).split())
    assert "WATCH LOG" in text and "EXER-RED" in text and "Signature of the officer closing the watch" in text
    assert any("watch_log" in entry and str(printed) in entry for entry in prints(main_window))


@pytest.mark.printer
def test_the_watch_log_goes_through_the_record_queue(qtbot, main_window, monkeypatch):
    folder = os.environ.get("WATCHDESK_TEST_PDF_DIR")
    if not folder:
        pytest.fail("No test print queue folder: run the suite with `make test` (tests/env/with-services.sh).")
    folder = Path(folder)
    before = set(folder.glob("*.pdf"))
    main_window.set_officer("Sam Avery")

    def choose(printer) -> bool:
        printer.setOutputFormat(printer.OutputFormat.NativeFormat)
        printer.setPrinterName("Watchdesk-Record")
        return True

    print_dialog(monkeypatch, choose)
    main_window.findChild(QAction, "actionPrintWatchLog").trigger()
    assert "sent to Watchdesk-Record" in outcome(qtbot, main_window)
    deadline = time.monotonic() + 60
    new: list[Path] = []
    while time.monotonic() < deadline and not new:
        new = [p for p in folder.glob("*.pdf") if p not in before and p.stat().st_size > 0]
        qtbot.wait(200)
    assert new, "the job's PDF never appeared"
    qtbot.wait(500)  # the backend finishes writing
    text = " ".join(pdf_text(new[0]).split())
    assert "WATCH LOG" in text and "Signature of the officer closing the watch" in text


def test_a_print_preview_shows_the_alert_strip_as_every_console_window_does(qtbot, main_window, selected):
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Flash:  # the strip's StripAlert protocol, as the inbox's AlertCenter posts it
        kind: str = "arrival"
        precedence: str = "FLASH"
        headline: str = "FLASH launch notification no. 9 from NRRC-RU: acknowledge within 10 min."
        notice_ids: tuple[int, ...] = (1,)

    main_window.print_actions.preview_notice()
    preview = _opened_preview(qtbot, main_window)
    board = main_window.alert_board
    board.show(Flash())
    strip = board.strip_of(preview)
    assert strip is not None and strip.isVisible()
    assert "FLASH launch notification no. 9" in strip.text.text()
    from PySide6.QtCore import Qt

    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it again at the end
    preview.close()
    assert board.strip_of(preview) is None
