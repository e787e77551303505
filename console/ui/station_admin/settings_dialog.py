"""The station's settings: exchange folders per counterpart, paper, two-person rule, sounds and the
alarm's intervals, banner, language, the night palette.

Saving writes the settings row and one folders row per changed counterpart, each with its audit
entry (about 10 ms measured): quick enough for the GUI thread, which keeps them in order with
the reads that follow.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.exchange.folders import CounterpartFolders
from console.i18n import LANGUAGE_NAMES, current_language, lookup, resolve, tr
from console.printing.devices import PAPER_SIZES
from console.storage.counterparts import CounterpartBook
from console.ui import dialogs
from console.ui.alarm import INTERVAL_LIMITS, INTERVAL_SETTINGS, interval_seconds
from console.ui.palette import NIGHT_SETTING, TOGGLE_SHORTCUT, apply_night
from console.ui.language import command_line_language, language_choices
from console.ui.station_admin.officers import PAIRINGS


class FolderRow:
    """Inbox and outbox of one counterpart; empty means the default folder in the data dir."""

    def __init__(self, dialog: QDialog, grid: QGridLayout, row: int, counterpart, data_dir) -> None:
        self.station_id = counterpart.station_id
        default = CounterpartFolders.for_counterpart(data_dir, counterpart.station_id)
        self.inbox = QLineEdit(counterpart.inbox_dir or "", dialog)
        self.inbox.setPlaceholderText(str(default.inbox))
        self.inbox.setToolTip(str(default.inbox))  # the default folder's whole path, wider than the field
        self.inbox.setAccessibleName(tr("Inbox folder of %1").replace("%1", counterpart.station_id))
        self.outbox = QLineEdit(counterpart.outbox_dir or "", dialog)
        self.outbox.setPlaceholderText(str(default.outbox))
        self.outbox.setToolTip(str(default.outbox))  # the default folder's whole path, wider than the field
        self.outbox.setAccessibleName(tr("Outbox folder of %1").replace("%1", counterpart.station_id))
        grid.addWidget(QLabel(f"<b>{counterpart.station_id}</b>", dialog), row, 0)
        for column, (label, field) in enumerate(((tr("Inbox"), self.inbox), (tr("Outbox"), self.outbox))):
            browse = QPushButton(tr("Browse…"), dialog)
            browse.setAccessibleName(tr("Choose the %1 folder of %2").replace("%1", label.lower())
                                     .replace("%2", counterpart.station_id))
            browse.clicked.connect(lambda _c=False, f=field, t=label: self._browse(dialog, f, t))
            grid.addWidget(QLabel(label + ":", dialog), row, 1 + column * 3)
            grid.addWidget(field, row, 2 + column * 3)
            grid.addWidget(browse, row, 3 + column * 3)
        self.original = (counterpart.inbox_dir or None, counterpart.outbox_dir or None)

    def _browse(self, dialog: QDialog, field: QLineEdit, what: str) -> None:
        chosen = dialogs.existing_directory(dialog, tr("%1 folder of %2").replace("%1", what)
                                          .replace("%2", self.station_id), field.text() or field.placeholderText())
        if chosen:
            field.setText(chosen)

    def value(self) -> tuple[str | None, str | None]:
        return (self.inbox.text().strip() or None, self.outbox.text().strip() or None)


class SettingsDialog(QDialog):
    def __init__(self, station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Settings of %1").replace("%1", station.station_id))
        settings = station.settings()
        self.original = settings

        folders_box = QGroupBox(self.tr("Exchange folders (empty: the station's own folder)"), self)
        grid = QGridLayout(folders_box)
        self.folder_rows = [
            FolderRow(self, grid, row, counterpart, station.data_dir)
            for row, counterpart in enumerate(CounterpartBook(station.store).all())
        ]
        if not self.folder_rows:
            grid.addWidget(QLabel(self.tr("No counterparts yet."), self), 0, 0)

        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(max(self.paper.findData(settings["paper"]), 0))
        self.two_person = QCheckBox(self.tr("Two-person release: a second officer approves every notice"), self)
        self.two_person.setChecked(bool(settings["two_person_rule"]))
        self.pairing = QComboBox(self)
        self.pairing.setAccessibleName(self.tr("Who may form the pair"))
        for key, words in PAIRINGS.items():
            self.pairing.addItem(lookup("Pairings", words), key)
        self.pairing.setCurrentIndex(max(self.pairing.findData(settings.get("two_person_pairing", "any_two")), 0))
        self.pairing.setEnabled(self.two_person.isChecked())
        self.two_person.toggled.connect(self.pairing.setEnabled)
        self.sounds = QCheckBox(self.tr("Sound IMMEDIATE traffic and overdue notices (FLASH always sounds)"), self)
        self.sounds.setChecked(bool(settings["sounds"]))
        # Seconds between the alarm's chimes while a notice of that precedence waits for our
        # acknowledgement (console/ui/alarm.py); FLASH has no "never".
        self.alarm_intervals: dict[str, QSpinBox] = {}
        for precedence, name in (("FLASH", self.tr("FLASH alarm repeats every")),
                                 ("IMMEDIATE", self.tr("IMMEDIATE alarm repeats every"))):
            box = QSpinBox(self)
            box.setRange(*INTERVAL_LIMITS[precedence])
            box.setSuffix(self.tr(" s"))
            box.setValue(interval_seconds(settings, precedence))
            box.setAccessibleName(self.tr("%1 (seconds) until acknowledged").replace("%1", name))
            self.alarm_intervals[precedence] = box
        self.alarm_intervals["IMMEDIATE"].setEnabled(self.sounds.isChecked())
        self.sounds.toggled.connect(self.alarm_intervals["IMMEDIATE"].setEnabled)
        self.banner = QLineEdit(settings["handling_banner"], self)
        self.banner.setAccessibleName(self.tr("Handling banner"))
        # The workstation's language: an officer's own choice and --language outrank it (language.py).
        self.language = QComboBox(self)
        self.language.setObjectName("workstationLanguage")
        self.language.setAccessibleName(self.tr("Language of the console"))
        for value, words in language_choices():
            self.language.addItem(words, value)
        self.language.setCurrentIndex(max(self.language.findData(settings["language"]), 0))

        self.night_palette = QCheckBox(self.tr("Night palette: dark and low-glare (View menu, %1)")
                                       .replace("%1", TOGGLE_SHORTCUT), self)
        self.night_palette.setChecked(bool(settings.get(NIGHT_SETTING, False)))

        form = QFormLayout()
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow("", self.two_person)
        form.addRow(self.tr("Pair &made of:"), self.pairing)
        form.addRow("", self.sounds)
        form.addRow(self.tr("&FLASH alarm every:"), self.alarm_intervals["FLASH"])
        form.addRow(self.tr("&IMMEDIATE alarm every:"), self.alarm_intervals["IMMEDIATE"])
        form.addRow(self.tr("Handling &banner:"), self.banner)
        form.addRow(self.tr("&Language:"), self.language)
        self.language_label = form.labelForField(self.language)
        form.addRow("", self.night_palette)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(folders_box)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(900, self.sizeHint().height())

    def changed_settings(self) -> dict:
        chosen = {
            "paper": self.paper.currentData(),
            "two_person_rule": self.two_person.isChecked(),
            "two_person_pairing": self.pairing.currentData(),
            "sounds": self.sounds.isChecked(),
            **{INTERVAL_SETTINGS[precedence]: box.value() for precedence, box in self.alarm_intervals.items()},
            "handling_banner": self.banner.text().strip() or self.original["handling_banner"],
            "language": self.language.currentData(),
            NIGHT_SETTING: self.night_palette.isChecked(),
        }
        return {key: value for key, value in chosen.items() if self.original.get(key) != value}

    def changed_folders(self) -> dict[str, tuple[str | None, str | None]]:
        return {row.station_id: row.value() for row in self.folder_rows if row.value() != row.original}


def open_settings(window) -> bool:
    """Show the settings; save what changed under the officer on watch. Returns whether anything changed."""
    from console.ui.station_admin.watch import require_officer

    station = window.station
    dialog = SettingsDialog(station, window)
    if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return False
    changes = dialog.changed_settings()
    folders = dialog.changed_folders()
    if not changes and not folders:
        return False
    officer = require_officer(window)
    if officer is None:
        return False
    if changes.get("two_person_rule") is False:
        # One officer releasing alone is a supervisor's decision, proved by their PIN and audited.
        from console.ui.station_admin.credentials import CredentialsDialog

        what = tr("turn the two-person release rule off")
        approval = CredentialsDialog(
            station, tr("Supervisor approval"),
            tr("A supervisor approves this change with their PIN: %1").replace("%1", what),
            tr("&Approve"), roles=("supervisor",), preselect=officer,
            place=tr("Supervisor approval: %1").replace("%1", what), parent=window,
        )
        del changes["two_person_rule"]
        if dialogs.exec_dialog(approval) == QDialog.DialogCode.Accepted and approval.operator is not None:
            station.turn_off_two_person_rule(approval.operator.name)
        else:
            dialogs.inform(window, tr("Two-person rule"), tr(
                "The two-person rule stays on: no supervisor approved turning it off."))
    if changes:
        station.update_settings(officer, **changes)
    book = CounterpartBook(station.store)
    for station_id, (inbox, outbox) in folders.items():
        book.set_folders(station_id, inbox, outbox, officer, station.clock())
    if NIGHT_SETTING in changes:
        apply_night(changes[NIGHT_SETTING])
        window.sync_night_action()
    if "language" in changes:
        say_language_outcome(window)
    return True


def say_language_outcome(window) -> None:
    """Switch to the language now in force; when the workstation's new setting is not it (the command
    line's or the officer's own choice outranks it), say so, and how it applies."""
    window.apply_language()
    station_choice = resolve(window.station.settings().get("language"))
    if station_choice == current_language():
        return
    if command_line_language():
        text = tr("The console stays in {language}, as --language asked when Watchdesk was started; "
                  "the workstation's language applies from the next start without it.")
    else:
        text = tr("The console stays in {language}, the language {officer} chose for their watch; the "
                  "workstation's language applies when an officer without a language of their own is on watch.")
    dialogs.inform(window, tr("Language"), text.format(
        language=LANGUAGE_NAMES.get(current_language(), current_language()), officer=window.officer or ""))
