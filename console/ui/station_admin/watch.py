"""Start of watch and change of watch: who is on watch, proved by PIN, recorded in the audit log.

The start-of-watch question is asked when the window opens only if the app sets
ASK_AT_START (run_gui does, except with --quit-when-ready); tests leave it off. The PIN is
checked off the GUI thread by the dialog, and the handover sheet written on the window's worker;
the watch entries are single audit rows (about 10 ms) and are written on the GUI thread, in
order with the window's change of officer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.service.handover import HandoverSummary, handover_summary
from console.storage.operators import OperatorBook, OperatorError, PreparedPin
from console.ui.pin_entry import BusyLine, PinDialog
from console.ui import dialogs
from console.ui.station_admin.credentials import CredentialsDialog, NewPinFields
from console.ui.station_admin.handover_view import handover_html, print_handover_pdf
from console.ui.worker import reported_failure

# Set by the application (run_gui) before the window is built; off in tests and unattended runs.
ASK_AT_START = False


class FirstOfficerDialog(PinDialog):
    """The station has no officers yet: create the first one, a supervisor."""

    def __init__(self, station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.created: str | None = None
        self.setWindowTitle(self.tr("First officer of the station"))
        intro = QLabel(self.tr(
            "No officers are registered on this station yet. Create the first one now: a supervisor, "
            "who can then add the other officers (Station → Officers)."
        ), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the first supervisor"))
        self.pins = NewPinFields(self, self.tr("PIN"), self.tr("PIN again"))
        self.pin, self.pin_again, self.message = self.pins.pin, self.pins.again, self.pins.message
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(self.tr("&Create supervisor"), self)
        self.accept_button.setDefault(True)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.busy = BusyLine(self)
        self.busy.guard([buttons, self.name, self.pin, self.pin_again])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)


    def try_accept(self) -> None:
        if not self.busy.running:
            self.pins.hash_new(self.busy, self._create)

    def _create(self, prepared: PreparedPin) -> None:
        try:
            operator = OperatorBook(self.station.store).add(
                self.name.text(), "supervisor", prepared, self.name.text().strip() or "system",
                self.station.clock(),
            )
        except OperatorError as exc:
            self.pins.complain(exc.user_message)
            return
        self.created = operator.name
        self.accept()


def _answered(dialog: QDialog) -> bool:
    """Ask; the dialog is deleted afterwards, so a day of handovers leaves no dialogs on the window."""
    try:
        return dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def _record(window, officer: str, action: str, details: dict) -> None:
    window.station.store.record(officer, action, details, at=window.station.clock())


def start_of_watch(window) -> str | None:
    """Ask who is on watch; returns the officer now on watch, or None if nobody was chosen."""
    station = window.station
    book = OperatorBook(station.store)
    if not book.all():
        first = FirstOfficerDialog(station, window)
        if not _answered(first) or first.created is None:
            return None
    dialog = CredentialsDialog(
        station,
        window.tr("Start of watch"),
        window.tr("Who is on watch at %1? Choose your name and type your PIN.").replace("%1", station.station_id),
        window.tr("&Start watch"),
        preselect=window.officer,
        parent=window,
    )
    if not _answered(dialog) or dialog.operator is None:
        return None
    name = dialog.operator.name
    _record(window, name, "watch_started", {"officer": name, "role": dialog.operator.role})
    window.set_officer(name)
    return name


def require_officer(window) -> str | None:
    """The officer on watch; if nobody is, ask for the start of watch first."""
    if window.officer:
        return window.officer
    return start_of_watch(window)


class ChangeOfWatchDialog(CredentialsDialog):
    """The handover summary, and the incoming officer's name and PIN."""

    def __init__(self, window, summary: HandoverSummary) -> None:
        summary_view = QTextBrowser()
        summary_view.setObjectName("handoverSummary")
        summary_view.setAccessibleName(window.tr("Handover summary"))
        summary_view.setOpenLinks(False)
        summary_view.setHtml(handover_html(summary, window.station.name, window.officer))
        print_button = QPushButton(window.tr("&Print summary to PDF…"))
        extra = QWidget()
        box = QVBoxLayout(extra)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(summary_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(print_button)
        box.addLayout(row)
        super().__init__(
            window.station,
            window.tr("Change of watch"),
            window.tr("%1 hands the watch over. Read the open items below together, then the incoming officer "
                      "chooses their name and types their PIN.").replace("%1", window.officer or ""),
            window.tr("&Hand over the watch"),
            exclude=[window.officer or ""],
            extra=extra,
            parent=window,
        )
        self.main_window = window
        self.summary = summary
        self.summary_view = summary_view
        self.print_button = print_button
        print_button.clicked.connect(self.print_summary)
        self.resize(860, 720)

    def summary_text(self) -> str:
        return self.summary_view.toPlainText()

    def print_summary(self) -> None:
        station = self.main_window.station
        stamp = self.summary.at.strftime("%Y%m%d-%H%MZ")
        path = dialogs.save_file_name(
            self, self.tr("Print the handover summary to PDF"), f"handover-{station.station_id}-{stamp}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        settings = station.settings()
        window, summary, target = self.main_window, self.summary, Path(path)
        officer = window.officer  # the officer handing over: a change of watch needs one on watch

        def write(store) -> None:  # laid out, written and fsync'd off the GUI thread (a USB stick is slow)
            print_handover_pdf(summary, station.name, officer, target, settings["paper"], settings["handling_banner"])
            store.record(officer, "handover_printed", {"file": target.name}, at=station.clock())

        # The window's worker and callbacks: this dialog may be gone when the file is written.
        window.worker.run(
            write,
            lambda _result: window.statusBar().showMessage(
                window.tr("Handover summary written to %1").replace("%1", path), 8000),
            reported_failure(window, window.tr("Handover summary not printed")),
        )


def current_summary(window) -> HandoverSummary:
    station = window.station
    return handover_summary(station.store, window.clock(), data_dir=station.data_dir)


def change_of_watch(window) -> str | None:
    """Hand the watch to another officer; returns the officer now on watch (None if not handed over)."""
    if not window.officer:
        return start_of_watch(window)
    outgoing = window.officer
    summary = current_summary(window)
    dialog = ChangeOfWatchDialog(window, summary)
    if not _answered(dialog) or dialog.operator is None:
        return None
    incoming = dialog.operator.name
    _record(window, incoming, "watch_handover", {"from": outgoing, "to": incoming, **summary.counts()})
    window.set_officer(incoming)
    return incoming
