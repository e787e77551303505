"""Start of watch and change of watch: who is on watch, proved by PIN, recorded in the audit log.

At a change of watch the outgoing officer writes notes for the incoming one, who must have them
on screen and confirm reading them before taking the watch; the handover's audit entry keeps
the notes and the summary, so Station → Last handover shows them again, and the taking over
is confirmed in a dialog.

The start-of-watch question is asked when the window opens only if the app sets
ASK_AT_START (run_gui does, except with --quit-when-ready); tests leave it off. The PIN is
checked off the GUI thread by the dialog, and the handover sheet written on the window's worker;
the watch entries are single audit rows (about 10 ms) and are written on the GUI thread, in
order with the window's change of officer.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import format_utc_with_local
from console.i18n import tr
from console.service.handover import (
    HANDOVER_ACTION,
    HandoverRecord,
    HandoverSummary,
    handover_details,
    handover_summary,
    last_handover,
)
from console.storage.operators import OperatorBook, OperatorError, PreparedPin
from console.ui.pin_entry import BusyLine, PinDialog
from console.ui import dialogs
from console.ui.station_admin.credentials import CredentialsDialog, NewPinFields
from console.ui.station_admin.handover_view import handover_html, print_handover_pdf
from console.ui.print_languages import LanguageChoice, language_options
from console.ui.worker import reported_failure
from console.ui.palette import colours_for, style_text
from console.ui.placement import place

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
        tr("Start of watch"),
        tr("Who is on watch at %1? Choose your name and type your PIN.").replace("%1", station.station_id),
        tr("&Start watch"),
        preselect=window.officer,
        ask_language=True,
        parent=window,
    )
    if not _answered(dialog) or dialog.operator is None:
        return None
    name = dialog.operator.name
    _record(window, name, "watch_started", {"officer": name, "role": dialog.operator.role})
    keep_officer_language(window, dialog)
    window.set_officer(name)  # the officer's language comes into force with their watch
    return name


def keep_officer_language(window, dialog: CredentialsDialog) -> None:
    """Store the language the officer picked at the start of their watch, if it changed (audited)."""
    operator = dialog.operator
    if operator is None or dialog.language_box is None or dialog.chosen_language() == operator.language:
        return
    try:
        OperatorBook(window.station.store).set_language(operator.name, dialog.chosen_language(), operator.name,
                                                        window.station.clock())
    except OperatorError as exc:
        window.statusBar().showMessage(tr("Your language was not kept: %1").replace("%1", exc.user_message), 10000)


def require_officer(window) -> str | None:
    """The officer on watch; if nobody is, ask for the start of watch first."""
    if window.officer:
        return window.officer
    return start_of_watch(window)


class ChangeOfWatchDialog(CredentialsDialog):
    """The handover: the summary of what is open and what this watch sent; the outgoing officer's
    notes, written here and then handed over (read-only) to the incoming officer, who confirms
    having read them before choosing their name and typing their PIN."""

    def __init__(self, window, summary: HandoverSummary) -> None:
        outgoing = window.officer or ""
        summary_view = QTextBrowser()
        summary_view.setObjectName("handoverSummary")
        summary_view.setAccessibleName(tr("Handover summary"))
        summary_view.setOpenLinks(False)
        summary_view.setHtml(handover_html(summary, window.station.name, outgoing, with_notes=False,
                                          colours=colours_for(summary_view)))

        notes_title = QLabel(tr("&Notes from %1 to the incoming officer (free text: what to watch, what "
                                "was promised, what is odd):").replace("%1", outgoing))
        notes_title.setWordWrap(True)
        notes = QPlainTextEdit()
        notes.setObjectName("handoverNotes")
        notes.setAccessibleName(tr("Notes of the outgoing officer"))
        notes.setPlaceholderText(tr("Write at least a line, e.g. \u201cNothing further.\u201d"))
        notes.setTabChangesFocus(True)
        notes_title.setBuddy(notes)
        hand_over_notes = QPushButton(tr("&Give the notes to the incoming officer"))
        hand_over_notes.setObjectName("handOverNotes")
        hand_over_notes.setEnabled(False)
        read_box = QCheckBox(tr("I, the incoming officer, have &read these notes and the open items"))
        read_box.setObjectName("notesRead")
        read_box.setEnabled(False)
        read_hint = QLabel(tr("The notes are shown to the incoming officer once the outgoing officer "
                              "gives them over; the watch can be taken only after they were read."))
        read_hint.setObjectName("notesReadHint")
        read_hint.setWordWrap(True)
        style_text(read_hint, "hint")
        print_button = QPushButton(tr("&Print summary to PDF…"))

        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(notes_title)
        notes_layout.addWidget(notes, 1)
        row = QHBoxLayout()
        row.addWidget(hand_over_notes)
        row.addStretch(1)
        notes_layout.addLayout(row)
        notes_layout.addWidget(read_hint)
        notes_layout.addWidget(read_box)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(notes_box)
        split.addWidget(summary_view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 520])  # a few lines of notes above the long summary; the officer may drag it
        extra = QWidget()
        box = QVBoxLayout(extra)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(split, 1)
        print_languages = LanguageChoice(language_options(), None)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(print_languages)
        print_row.addWidget(print_button)
        box.addLayout(print_row)
        super().__init__(
            window.station,
            tr("Change of watch"),
            tr("%1 hands the watch over: write your notes, then give them to the incoming officer, who "
               "reads them and the open items below, then chooses their name and types their PIN.")
            .replace("%1", outgoing),
            tr("&Take over the watch"),
            exclude=[outgoing],
            extra=extra,
            ask_language=True,
            parent=window,
        )
        self.main_window = window
        self.outgoing = outgoing
        self.summary = summary
        self.summary_view = summary_view
        self.notes = notes
        self.hand_over_notes = hand_over_notes
        self.read_box = read_box
        self.read_hint = read_hint
        self.print_button = print_button
        self.print_languages = print_languages
        self.notes_given = False
        notes.textChanged.connect(self._notes_changed)
        hand_over_notes.clicked.connect(self.give_notes)
        notes.verticalScrollBar().valueChanged.connect(self._offer_read_box)
        notes.verticalScrollBar().rangeChanged.connect(self._offer_read_box)
        read_box.toggled.connect(self._read_changed)
        print_button.clicked.connect(self.print_summary)
        self._read_changed(False)
        place(self, 900, 860, over=window)
        notes.setFocus()

    # ---- the notes, from the outgoing officer to the incoming one ---------------------------------

    def _notes_changed(self) -> None:
        self.hand_over_notes.setEnabled(not self.notes_given and bool(self.notes.toPlainText().strip()))

    def give_notes(self) -> None:
        """The outgoing officer is done: the notes are fixed and shown to the incoming officer."""
        if not self.notes.toPlainText().strip():
            return
        self.notes_given = True
        self.notes.setReadOnly(True)
        self.notes.setStyleSheet(f"QPlainTextEdit {{ {colours_for(self).notes.style()} }}")
        self.hand_over_notes.setEnabled(False)
        self.hand_over_notes.setText(self.tr("Notes given to the incoming officer"))
        self.summary = replace(self.summary, notes=self.notes.toPlainText().strip())
        self.notes.moveCursor(QTextCursor.MoveOperation.Start)
        self._offer_read_box()
        self.notes.setFocus()

    def notes_fully_shown(self) -> bool:
        """Every line of the notes has been on screen: the view reached its end, or there is nothing to scroll."""
        bar = self.notes.verticalScrollBar()
        return bar.maximum() == 0 or bar.value() >= bar.maximum() or self._scrolled_to_end

    _scrolled_to_end = False

    def _offer_read_box(self, *_args) -> None:
        bar = self.notes.verticalScrollBar()
        if self.notes_given and bar.maximum() > 0 and bar.value() >= bar.maximum():
            self._scrolled_to_end = True
        ready = self.notes_given and self.notes_fully_shown()
        self.read_box.setEnabled(ready)
        if not self.notes_given:
            self.read_hint.setText(self.tr("The outgoing officer writes the notes and gives them over; the watch "
                                           "can be taken only after the incoming officer has read them."))
        elif not ready:
            self.read_hint.setText(self.tr("Scroll to the end of the notes: every line must be read."))
        else:
            self.read_hint.setText(self.tr("Incoming officer: read the notes, then tick the box."))

    def notes_read(self) -> bool:
        return self.notes_given and self.read_box.isChecked()

    def _read_changed(self, _checked: bool) -> None:
        ready = self.notes_read() and bool(self.candidates)
        for widget in (self.officer_box, self.pin, self.accept_button):
            widget.setEnabled(ready)

    def try_accept(self) -> None:
        if not self.notes_read():
            self.show_error(self.tr("The incoming officer must read the outgoing officer's notes first: give "
                                    "them over, read them, and tick the box."))
            return
        super().try_accept()

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
        summary = replace(self.summary, notes=self.notes.toPlainText().strip())
        write_handover_pdf(self.main_window, summary, self.outgoing, None, path, self.print_languages.languages())


def write_handover_pdf(window, summary: HandoverSummary, outgoing: str, incoming: str | None, path: str,
                       languages: tuple[str, ...] = ()) -> None:
    """The summary with its notes as a PDF, laid out, written and fsync'd off the GUI thread (a USB
    stick is slow), audited in the name of the officer on watch; the outcome in the status bar.
    `languages`: the sheet in each in turn, the first leading (the console's language alone by default)."""
    station = window.station
    settings = station.settings()
    target = Path(path)
    officer = window.officer or outgoing

    def write(store) -> None:
        print_handover_pdf(summary, station.name, outgoing, target, settings["paper"], settings["handling_banner"],
                           incoming, languages)
        store.record(officer, "handover_printed",
                     {"file": target.name, **({"languages": list(languages)} if len(languages) > 1 else {})},
                     at=station.clock())

    # The window's worker and callbacks: the dialog may be gone when the file is written.
    window.worker.run(
        write,
        lambda _result: window.statusBar().showMessage(
            tr("Handover summary written to %1").replace("%1", path), 8000),
        reported_failure(window, tr("Handover summary not printed")),
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
    summary = dialog.summary
    _record(window, incoming, HANDOVER_ACTION, handover_details(summary, outgoing, incoming))
    keep_officer_language(window, dialog)
    window.set_officer(incoming)  # the incoming officer's language comes into force with their watch
    at = format_utc_with_local(window.clock())
    dialogs.inform(window, tr("Watch taken over"), tr(
        "%1 is now on watch at %2 (since %3), taken over from %4.\n\n%5 open item(s) and the notes of %4 were "
        "handed over; Station \u2192 Last handover shows them again.")
        .replace("%1", incoming).replace("%2", window.station.station_id).replace("%3", at)
        .replace("%4", outgoing).replace("%5", str(summary.open_items)))
    return incoming


class LastHandoverDialog(QDialog):
    """The last handover as it was handed over: who to whom and when, the notes and the summary."""

    def __init__(self, window, record: HandoverRecord) -> None:
        super().__init__(window)
        self.main_window = window
        self.record = record
        summary = record.summary
        self.setWindowTitle(self.tr("Last handover — %1").replace("%1", format_utc_with_local(summary.at)))
        heading = QLabel(self.tr("%1 handed the watch over to %2 at %3.").replace("%1", record.outgoing)
                         .replace("%2", record.incoming).replace("%3", format_utc_with_local(summary.at)), self)
        heading.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("lastHandover")
        self.view.setOpenLinks(False)
        self.view.setHtml(handover_html(summary, window.station.name, record.outgoing, incoming=record.incoming,
                                        colours=colours_for(self.view)))
        self.print_button = QPushButton(self.tr("&Print to PDF…"), self)
        self.print_button.clicked.connect(self.print_pdf)
        self.print_languages = LanguageChoice(language_options(), None, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.print_languages)
        row.addWidget(buttons, 1)
        layout.addLayout(row)
        place(self, 860, 780, over=window)

    def text(self) -> str:
        return self.view.toPlainText()

    def print_pdf(self) -> None:
        summary = self.record.summary
        path = dialogs.save_file_name(
            self, self.tr("Print the handover summary to PDF"),
            f"handover-{summary.station_id}-{summary.at:%Y%m%d-%H%MZ}.pdf", self.tr("PDF files (*.pdf)"))
        if path:
            write_handover_pdf(self.main_window, summary, self.record.outgoing, self.record.incoming, path,
                               self.print_languages.languages())


def show_last_handover(window) -> None:
    """Station → Last handover: the newest handover on record, as it was handed over."""
    record = last_handover(window.station.store)
    if record is None:
        dialogs.inform(window, tr("Last handover"),
                       tr("No handover is on record at this station yet."))
        return
    _answered(LastHandoverDialog(window, record))
