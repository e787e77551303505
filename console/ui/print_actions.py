"""Printing from the window: the selected notice's record and the day's watch log.

Print (with the choice of any installed printer), Print Preview and Save as
PDF act on the notice selected in the Inbox or Outbox (or its detail pane).
Every print is an audit entry in the name of the officer on watch, who is asked
for first if nobody is (as for every other signed action). The print dialog and the file chooser stay on the
GUI thread; the layout at 1,200 dpi and the painting run on the window's worker
(QPainter on a QPrinter or QPdfWriter works off the GUI thread). The printing modules and Qt's
print support are imported at the first print, not before the window's first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from console.storage import notices as notice_rows
from console.ui import dialogs
from console.ui.station_admin.watch import require_officer

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

PDF_FILTER = "PDF (*.pdf)"


def _choose_printer(parent, printer: QPrinter) -> bool:
    """The print dialog on the window's one printer; True when the officer pressed Print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print the record"))
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

    def _record(self, stored, officer: str):
        from console.printing.from_store import record_for_stored

        return record_for_stored(self.window.station, stored, officer)

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

    def print_notice(self) -> None:
        if self._printing:
            self._status(self.tr("A record is being printed; wait until it has gone to the printer."), 6000)
            return
        stored = self._selected()
        officer = self._officer() if stored is not None else None
        if stored is None or officer is None:
            return
        from PySide6.QtPrintSupport import QPrinter

        from console.printing.devices import configure_printer
        from console.printing.record import print_record

        data = self._record(stored, officer)
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self._printer
        configure_printer(printer, data.paper, f"Record {stored['message_id']}")
        if not _choose_printer(self.window, printer):
            return
        where = printer.outputFileName() or printer.printerName()
        sequence = str(stored["sequence"])
        self._printing = True  # the printer is the worker's until the outcome is back

        def printer_back() -> None:
            self._printing = False

        self._off_gui_thread(
            officer,
            self.tr("Printing the record of no. %1…").replace("%1", sequence),
            self.tr("The record was not printed"),
            lambda: print_record(data, printer),
            {"message_id": stored["message_id"], "to": where},
            lambda pages: self.tr("Record of no. %1 sent to %2 (%3 pages).")
            .replace("%1", sequence).replace("%2", where).replace("%3", str(pages)),
            printer_back,
        )

    def preview_notice(self) -> None:
        from console.ui.compose.preview import PreviewWindow

        stored = self._selected()
        officer = self._officer() if stored is not None else None
        if stored is None or officer is None:
            return
        preview = PreviewWindow(self._record(stored, officer), self.window,
                                title=self.tr("Print preview — record of %1").replace("%1", stored["message_id"]))
        preview.show()
        self.preview = preview

    def save_notice_pdf(self) -> None:
        stored = self._selected()
        officer = self._officer() if stored is not None else None
        if stored is None or officer is None:
            return
        name = dialogs.save_file_name(self.window, self.tr("Save the record as PDF"),
                                      f"record-{stored['counterpart']}-{stored['sequence']:08d}.pdf", PDF_FILTER)
        if not name:
            return
        from console.printing.record import render_record_pdf

        data = self._record(stored, officer)
        self._off_gui_thread(
            officer,
            self.tr("Saving the record of no. %1 as PDF…").replace("%1", str(stored["sequence"])),
            self.tr("The record was not saved as PDF"),
            lambda: render_record_pdf(data, Path(name)),
            {"message_id": stored["message_id"], "to": name},
            lambda _pages: self.tr("Record saved as %1.").replace("%1", name),
        )

    def save_watch_log_pdf(self) -> None:
        officer = self._officer()
        if officer is None:
            return
        today = self.window.clock().date()
        name = dialogs.save_file_name(self.window, self.tr("Save today's watch log as PDF"),
                                      f"watch-log-{today}.pdf", PDF_FILTER)
        if not name:
            return
        from console.printing.from_store import watch_log_for
        from console.printing.watch_log import render_watch_log_pdf

        data = watch_log_for(self.window.station, officer, day=today)
        self._off_gui_thread(
            officer,
            self.tr("Saving the watch log of %1 as PDF…").replace("%1", str(today)),
            self.tr("The watch log was not saved as PDF"),
            lambda: render_watch_log_pdf(data, Path(name)),
            {"watch_log": str(today), "to": name},
            lambda _pages: self.tr("Watch log of %1 (%2 messages) saved as %3.")
            .replace("%1", str(today)).replace("%2", str(len(data.entries))).replace("%3", name),
        )


def install(window) -> None:
    actions = PrintActions(window)
    window.print_actions = actions  # for tests: the actions, with the preview they opened
    window.add_action("file", window.tr("&Print the selected notice…"), actions.print_notice, "Ctrl+P",
                      "actionPrintNotice")
    window.add_action("file", window.tr("Print pre&view of the selected notice"), actions.preview_notice,
                      "Ctrl+Shift+P", "actionPrintPreview")
    window.add_action("file", window.tr("Save the selected notice as P&DF…"), actions.save_notice_pdf,
                      "Ctrl+Shift+S", "actionSaveNoticePdf")
    window.add_action("file", window.tr("Save today's &watch log as PDF…"), actions.save_watch_log_pdf,
                      "Ctrl+Shift+L", "actionSaveWatchLog")
