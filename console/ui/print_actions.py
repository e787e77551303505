"""Printing from the window: the selected notice's record and the day's watch log.

Print (with the choice of any installed printer), Print Preview and Save as
PDF act on the notice selected in the Inbox or Outbox (or its detail pane), and
on today's watch log; each preview has Print and Save as PDF of what it shows.
Every print is an audit entry in the name of the officer on watch, who is asked
for first if nobody is (as for every other signed action). A printout is in the console's
language, or label by label in it and a second one (issue 18): chosen in the preview's toolbar
or on the print dialog's Languages tab, and kept for the session. The print dialog and the file chooser stay on the
GUI thread; the layout at 1,200 dpi and the painting run on the window's worker
(QPainter on a QPrinter or QPdfWriter works off the GUI thread). The printing modules and Qt's
print support are imported at the first print, not before the window's first paint.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from console.storage import notices as notice_rows
from console.ui import dialogs
from console.ui.station_admin.watch import require_officer

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

PDF_FILTER = "PDF (*.pdf)"


def _choose_printer(parent, printer: QPrinter, title: str, language_tab: QWidget | None = None) -> bool:
    """The print dialog on the window's one printer, with `language_tab` among its tabs; True when
    the officer pressed Print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if language_tab is not None:
        dialog.setOptionTabs([language_tab])
    return dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted


def _printed(store, officer: str, details: dict, paint: Callable[[], int]) -> int:
    """On a worker: lay the document out and paint it (printer or PDF), then audit the print
    on the worker's own store. Returns the page count."""
    pages = paint()
    store.record(officer, "print", {**details, "pages": pages})
    return pages


class PrintActions(QObject):
    """The window's print actions. The GUI thread asks (the notice, the printer, the file) and
    reads what the page shows; laying out at 1,200 dpi, painting and writing run on the
    window's worker, and the outcome comes back in words."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # One printer for the session, as in Frescobaldi: the officer's choices in the print
        # dialog (printer, copies, pages) are offered again next time. Made at the first print
        # only, since every QPrinter asks CUPS for the default printer. While a worker paints
        # on it, the GUI thread leaves it alone (`_printing`).
        self._printer: QPrinter | None = None
        self._printing = False
        self.preview: QWidget | None = None  # the last print preview opened
        # The languages chosen last (preview or print dialog), offered again; None: the console's alone.
        self.languages: tuple[str, ...] | None = None
        self.language_tab: QWidget | None = None  # the print dialog's Languages tab, while it is open

    def _officer(self) -> str | None:
        """The officer on watch, whom every printout and its audit entry name; if nobody is on
        watch, the start of watch is asked for first (as for every other signed action)."""
        officer = require_officer(self.window)
        if officer is None:
            self._status(self.tr("Nothing printed: a printout names the officer on watch. Take the watch first."),
                         10000)
        return officer

    def _status(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _selected(self):
        notice_id = self.window.selection.notice_id
        stored = notice_rows.by_id(self.window.station.store, notice_id) if notice_id is not None else None
        if stored is None:
            self._status(self.tr("Select a notice in the Inbox or Outbox first."), 6000)
        return stored

    def _record(self, stored, officer: str, languages: tuple[str, ...] = ()):
        from console.printing.from_store import record_for_stored

        return record_for_stored(self.window.station, stored, officer, languages)

    def _language_options(self, stored=None) -> list[tuple[str, ...]]:
        from console.service.working_translations import sender_language
        from console.ui.print_languages import language_options

        counterpart = sender_language(self.window.station, stored["counterpart"]) if stored is not None else None
        return language_options(counterpart)

    def _chosen_languages(self, options: list[tuple[str, ...]]) -> tuple[str, ...]:
        """The session's choice when it is one of `options`, else the console's language alone."""
        return self.languages if self.languages in options else options[0]

    def _languages_tab(self, options: list[tuple[str, ...]]) -> QWidget:
        """The print dialog's Languages tab: the choice of the preview's toolbar."""
        from console.ui.print_languages import LanguageChoice

        tab = QWidget()
        tab.setWindowTitle(self.tr("Languages"))
        layout = QVBoxLayout(tab)
        note = QLabel(self.tr("Print each label in the console's language, or in it and a second language "
                              "(data once; free text as received, working translations marked as such)."), tab)
        note.setWordWrap(True)
        layout.addWidget(note)
        tab.choice = LanguageChoice(options, self._chosen_languages(options), tab)
        layout.addWidget(tab.choice)
        layout.addStretch(1)
        self.language_tab = tab
        return tab

    def _off_gui_thread(self, officer: str, working: str, not_done: str, paint: Callable[[], int], details: dict,
                        done: Callable[[int], str], settled: Callable[[], None] = lambda: None) -> None:
        """Run `paint` and the audit on the window's worker; say `working` meanwhile, then `done(pages)`,
        or report a WatchdeskError under the title `not_done` (anything else is a defect for the
        last-resort handler). `settled` runs first either way."""
        def finished(pages: int) -> None:
            settled()
            self._status(done(pages), 8000)

        def failed(error: Exception) -> None:
            settled()
            self._status("")
            with dialogs.reported(self.window, not_done):
                raise error

        self._status(working)
        self.window.worker.run(lambda store: _printed(store, officer, details, paint), finished, failed)

    def _choose_printer(self, paper: str, title: str, dialog_title: str,
                        options: list[tuple[str, ...]] | None = None) -> QPrinter | None:
        """The window's one printer set up for this document, after the officer pressed Print in the
        print dialog; None when they cancelled it or the printer is still busy. With `options`, the
        dialog has a Languages tab, and the officer's choice there is `self.languages` after it."""
        if self._printing:
            self._status(self.tr("A printout is being printed; wait until it has gone to the printer."), 6000)
            return None
        from PySide6.QtPrintSupport import QPrinter

        from console.printing.devices import configure_printer

        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self._printer
        configure_printer(printer, paper, title)
        tab = self._languages_tab(options) if options else None
        try:
            if not _choose_printer(self.window, printer, dialog_title, tab):
                return None
            if tab is not None:
                self.languages = tab.choice.languages()
            return printer
        finally:
            self.language_tab = None

    def _print_on(self, printer: QPrinter, officer: str, working: str, not_done: str, paint: Callable[[], int],
                  details: dict, done: Callable[[str, int], str]) -> None:
        where = printer.outputFileName() or printer.printerName()
        self._printing = True  # the printer is the worker's until the outcome is back

        def printer_back() -> None:
            self._printing = False

        self._off_gui_thread(officer, working, not_done, paint, {**details, "to": where},
                             lambda pages: done(where, pages), printer_back)

    # ---- a notice's record ---------------------------------------------------------------------

    def print_notice(self, stored=None) -> None:
        """Print the record of `stored` (from a preview), else of the notice selected."""
        if self._printing:
            self._status(self.tr("A printout is being printed; wait until it has gone to the printer."), 6000)
            return
        stored = stored if stored is not None else self._selected()
        officer = self._officer() if stored is not None else None
        if stored is None or officer is None:
            return
        from console.printing import record as record_printing

        data = self._record(stored, officer)
        options = self._language_options(stored)  # a store read: once per print
        printer = self._choose_printer(data.paper, f"Record {stored['message_id']}", self.tr("Print the record"),
                                       options)
        if printer is None:
            return
        languages = self._chosen_languages(options)
        data = dataclasses.replace(data, languages=languages)
        sequence = str(stored["sequence"])
        self._print_on(
            printer, officer,
            self.tr("Printing the record of no. %1…").replace("%1", sequence),
            self.tr("The record was not printed"),
            lambda: record_printing.print_record(data, printer),
            {"message_id": stored["message_id"], **_languages_detail(languages)},
            lambda where, pages: self.tr("Record of no. %1 sent to %2 (%3 pages).")
            .replace("%1", sequence).replace("%2", where).replace("%3", str(pages)),
        )

    def preview_notice(self) -> None:
        stored = self._selected()
        officer = self._officer() if stored is not None else None
        if stored is None or officer is None:
            return
        from console.printing.record import record_document
        from console.ui.print_preview import DocumentPreview

        options = self._language_options(stored)
        data = self._record(stored, officer, self._chosen_languages(options))

        def lay_out_in(languages: tuple[str, ...]):
            self.languages = languages  # Print and Save as PDF print what the preview shows
            return record_document(dataclasses.replace(data, languages=languages))

        with dialogs.reported(self.window, self.tr("The record cannot be shown")):
            preview = DocumentPreview(
                record_document(data), self.window,
                self.tr("Print preview — record of %1").replace("%1", stored["message_id"]),
                on_print=lambda: self.print_notice(stored), on_save_pdf=lambda: self.save_notice_pdf(stored),
                languages=(options, data.languages, lay_out_in))
            self._show_preview(preview)

    def save_notice_pdf(self, stored=None) -> None:
        """Save the record of `stored` (from a preview), else of the notice selected, as PDF."""
        stored = stored if stored is not None else self._selected()
        officer = self._officer() if stored is not None else None
        if stored is None or officer is None:
            return
        name = dialogs.save_file_name(self.window, self.tr("Save the record as PDF"),
                                      f"record-{stored['counterpart']}-{stored['sequence']:08d}.pdf", PDF_FILTER)
        if not name:
            return
        from console.printing import record as record_printing

        languages = self._chosen_languages(self._language_options(stored))
        data = self._record(stored, officer, languages)
        self._off_gui_thread(
            officer,
            self.tr("Saving the record of no. %1 as PDF…").replace("%1", str(stored["sequence"])),
            self.tr("The record was not saved as PDF"),
            lambda: record_printing.render_record_pdf(data, Path(name)),
            {"message_id": stored["message_id"], "to": name, **_languages_detail(languages)},
            lambda _pages: self.tr("Record saved as %1.").replace("%1", name),
        )

    # ---- today's watch log ---------------------------------------------------------------------

    def _watch_log(self, officer: str, languages: tuple[str, ...] = ()):
        from console.printing.from_store import watch_log_for

        today = self.window.clock().date()
        return today, watch_log_for(self.window.station, officer, day=today, languages=languages)

    def save_watch_log_pdf(self) -> None:
        officer = self._officer()
        if officer is None:
            return
        today = self.window.clock().date()
        name = dialogs.save_file_name(self.window, self.tr("Save today's watch log as PDF"),
                                      f"watch-log-{today}.pdf", PDF_FILTER)
        if not name:
            return
        from console.printing import watch_log as log_printing

        languages = self._chosen_languages(self._language_options())
        today, data = self._watch_log(officer, languages)
        self._off_gui_thread(
            officer,
            self.tr("Saving the watch log of %1 as PDF…").replace("%1", str(today)),
            self.tr("The watch log was not saved as PDF"),
            lambda: log_printing.render_watch_log_pdf(data, Path(name)),
            {"watch_log": str(today), "to": name, **_languages_detail(languages)},
            lambda _pages: self.tr("Watch log of %1 (%2 messages) saved as %3.")
            .replace("%1", str(today)).replace("%2", str(len(data.entries))).replace("%3", name),
        )

    def print_watch_log(self) -> None:
        """Today's watch log on a printer the officer chooses."""
        if self._printing:
            self._status(self.tr("A printout is being printed; wait until it has gone to the printer."), 6000)
            return
        officer = self._officer()
        if officer is None:
            return
        from console.printing import watch_log as log_printing

        today, data = self._watch_log(officer)
        options = self._language_options()
        printer = self._choose_printer(data.paper, f"Watch log {today}", self.tr("Print the watch log"), options)
        if printer is None:
            return
        languages = self._chosen_languages(options)
        data = dataclasses.replace(data, languages=languages)
        self._print_on(
            printer, officer,
            self.tr("Printing the watch log of %1…").replace("%1", str(today)),
            self.tr("The watch log was not printed"),
            lambda: log_printing.print_watch_log(data, printer),
            {"watch_log": str(today), **_languages_detail(languages)},
            lambda where, pages: self.tr("Watch log of %1 (%2 messages) sent to %3 (%4 pages).")
            .replace("%1", str(today)).replace("%2", str(len(data.entries))).replace("%3", where)
            .replace("%4", str(pages)),
        )

    def preview_watch_log(self) -> None:
        officer = self._officer()
        if officer is None:
            return
        from console.printing.watch_log import watch_log_document
        from console.ui.print_preview import DocumentPreview

        options = self._language_options()
        today, data = self._watch_log(officer, self._chosen_languages(options))

        def lay_out_in(languages: tuple[str, ...]):
            self.languages = languages
            return watch_log_document(dataclasses.replace(data, languages=languages))

        with dialogs.reported(self.window, self.tr("The watch log cannot be shown")):
            preview = DocumentPreview(watch_log_document(data), self.window,
                                      self.tr("Print preview — watch log of %1").replace("%1", str(today)),
                                      on_print=self.print_watch_log, on_save_pdf=self.save_watch_log_pdf,
                                      languages=(options, data.languages, lay_out_in))
            self._show_preview(preview)

    def _show_preview(self, preview) -> None:
        # A console window like compose: an alert shows in its own strip, never by raising the main
        # window over it (issue 15, section 1).
        self.window.alert_board.join(preview)
        preview.closed.connect(self.window.alert_board.leave)
        preview.show()
        self.preview = preview


    def add_to_menu(self) -> None:
        # The texts as callables: the window words them again when the language changes.
        window = self.window
        window.add_action("file", lambda: self.tr("&Print the selected notice…"), self.print_notice, "Ctrl+P",
                          "actionPrintNotice")
        window.add_action("file", lambda: self.tr("Print pre&view of the selected notice"), self.preview_notice,
                          "Ctrl+Shift+P", "actionPrintPreview")
        window.add_action("file", lambda: self.tr("Save the selected notice as P&DF…"), self.save_notice_pdf,
                          "Ctrl+Shift+S", "actionSaveNoticePdf")
        window.add_action("file", lambda: self.tr("Save today's &watch log as PDF…"), self.save_watch_log_pdf,
                          "Ctrl+Shift+L", "actionSaveWatchLog")
        window.add_action("file", lambda: self.tr("Print today's watch &log…"), self.print_watch_log, "Ctrl+Alt+L",
                          "actionPrintWatchLog")
        window.add_action("file", lambda: self.tr("Pre&view today's watch log"), self.preview_watch_log, None,
                          "actionPreviewWatchLog")


def _languages_detail(languages: tuple[str, ...]) -> dict:
    """The audit entry's note of the languages, when the printout has more than one."""
    return {"languages": list(languages)} if len(languages) > 1 else {}


def install(window) -> None:
    actions = PrintActions(window)
    window.print_actions = actions  # for tests: the actions, with the preview they opened
    actions.add_to_menu()
