"""Officers: who may stand watch, their roles, PINs; every change approved by a supervisor's PIN.

The slow part, hashing a PIN, runs off the GUI thread in the dialogs (console/ui/pin_entry.py).
What is then stored is one officer row and its audit entry (about 10 ms measured), written on
the GUI thread so the page's next read sees it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import format_utc_with_local
from console.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP
from console.storage.operators import ROLES, Operator, OperatorBook, PreparedPin
from console.ui.pin_entry import BusyLine, PinDialog
from console.ui import dialogs
from console.ui.station_admin.credentials import CredentialsDialog, NewPinFields
from console.ui.language import available_languages
from console.ui.views import role_name
from console.ui.station_admin.watch import require_officer, start_of_watch

# Station setting `two_person_pairing`: who may form the pair for a two-person release.
PAIRINGS = {
    "any_two": QT_TRANSLATE_NOOP("Pairings", "any two different officers"),
    "officer_and_supervisor": QT_TRANSLATE_NOOP("Pairings", "an officer and a supervisor"),
}


class _PreparesPin(PinDialog):
    """A dialog whose new PIN, once hashed, is kept in `prepared` for the action that stores it."""

    prepared: PreparedPin | None = None

    def _hashed(self, prepared: PreparedPin) -> None:
        self.prepared = prepared
        self.accept()


class NewOfficerDialog(_PreparesPin):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an officer"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the new officer"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.pins = NewPinFields(self, self.tr("PIN of the new officer"), self.tr("PIN again"))
        self.pin, self.pin_again, self.message = self.pins.pin, self.pins.again, self.pins.message
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&PIN:"), self.pin)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.busy = BusyLine(self)
        self.busy.guard([buttons, self.name, self.role, self.pin, self.pin_again])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)


    def try_accept(self) -> None:
        if self.busy.running:
            return
        if not self.name.text().strip():
            self.pins.complain(self.tr("An officer needs a name."))
        else:
            self.pins.hash_new(self.busy, self._hashed)


class NewPinDialog(_PreparesPin):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New PIN for %1").replace("%1", name))
        self.pins = NewPinFields(self, self.tr("New PIN"), self.tr("New PIN again"))
        self.pin, self.pin_again, self.message = self.pins.pin, self.pins.again, self.pins.message
        form = QFormLayout()
        form.addRow(self.tr("New &PIN:"), self.pin)
        form.addRow(self.tr("New PIN &again:"), self.pin_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.busy = BusyLine(self)
        self.busy.guard([buttons, self.pin, self.pin_again])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)


    def try_accept(self) -> None:
        if not self.busy.running:
            self.pins.hash_new(self.busy, self._hashed)


class OfficersPage(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.station = window.station
        self.book = OperatorBook(self.station.store)
        self.officers: list[Operator] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Officer"), self.tr("Role"), self.tr("State"),
                                              self.tr("Language")])
        self.table.setAccessibleName(self.tr("Officers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("&Add officer…"), self)
        self.add_button.clicked.connect(self.add_officer)
        self.toggle_button = QPushButton(self.tr("&Disable"), self)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("&Reset PIN…"), self)
        self.reset_button.clicked.connect(self.reset_pin)
        self.unlock_button = QPushButton(self.tr("&Unlock…"), self)
        self.unlock_button.clicked.connect(self.unlock)
        self.language_button = QPushButton(self.tr("&Language…"), self)
        self.language_button.setObjectName("officerLanguageAction")
        self.language_button.setToolTip(self.tr("The language the console shows while this officer is on watch"))
        self.language_button.clicked.connect(self.choose_language)
        self.note = QLabel(self.tr(
            "Adding an officer, disabling one, resetting a PIN and unlocking an officer locked after wrong PINs "
            "each need a supervisor's PIN."), self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.reset_button, self.unlock_button,
                       self.language_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        chosen = self.current_name()
        self.officers = self.book.all(include_inactive=True)
        self.table.setRowCount(len(self.officers))
        now = self.station.clock()
        for row, officer in enumerate(self.officers):
            on_watch = officer.name == self.main_window.officer
            state = self.tr("active") if officer.active else self.tr("disabled")
            if on_watch:
                state += self.tr(", on watch")
            locked_until = self.book.locked_until(officer.name, now)
            if locked_until is not None:
                state += self.tr(", locked until %1").replace("%1", format_utc_with_local(locked_until))
            language = (LANGUAGE_NAMES.get(officer.language, officer.language) if officer.language
                        else self.tr("the workstation's"))
            for column, value in enumerate((officer.name, role_name(officer.role), state, language)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, officer.name)
                self.table.setItem(row, column, item)
        if chosen:
            self.select(chosen)
        self._selection_changed()

    def title(self, _counts: dict) -> str:
        active = sum(1 for o in self.officers if o.active)
        return self.tr("Officers (%1)").replace("%1", str(active))

    def current_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def current(self) -> Operator | None:
        chosen = self.current_name()
        return next((o for o in self.officers if o.name == chosen), None)

    def select(self, name: str) -> None:
        for row, officer in enumerate(self.officers):
            if officer.name == name:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        officer = self.current()
        self.toggle_button.setEnabled(officer is not None)
        self.language_button.setEnabled(officer is not None and officer.active)
        self.reset_button.setEnabled(officer is not None and officer.active)
        self.unlock_button.setEnabled(
            officer is not None and self.book.locked_until(officer.name, self.station.clock()) is not None)
        self.toggle_button.setText(self.tr("&Enable") if officer and not officer.active else self.tr("&Disable"))

    # ---- actions ----------------------------------------------------------------------

    def _supervisor(self, what: str, exclude: tuple[str, ...] = ()) -> str | None:
        """A supervisor approves `what` with their PIN; returns their name."""
        current = self.main_window.officer
        dialog = CredentialsDialog(
            self.station, self.tr("Supervisor approval"),
            self.tr("A supervisor approves this change with their PIN: %1").replace("%1", what),
            self.tr("&Approve"), roles=("supervisor",), preselect=current, exclude=exclude,
            place=self.tr("Supervisor approval: %1").replace("%1", what), parent=self,
        )
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.operator is None:
            return None
        return dialog.operator.name

    def add_officer(self) -> bool:
        if not self.book.all(include_inactive=True):
            # The very first officer: the start-of-watch flow creates a supervisor.
            return start_of_watch(self.main_window) is not None
        dialog = NewOfficerDialog(self)
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        name, role = dialog.name.text().strip(), dialog.role.currentData()
        supervisor = self._supervisor(self.tr("add %1 as %2").replace("%1", name).replace("%2", role))
        if supervisor is None:
            return False
        with dialogs.reported(self, self.tr("Officer not added")):
            self.book.add(name, role, dialog.prepared, supervisor, self.station.clock())
            return True
        return False

    def toggle_active(self) -> bool:
        officer = self.current()
        if officer is None:
            return False
        if officer.active:
            if officer.name == self.main_window.officer:
                dialogs.warn(self, self.tr("Officer on watch"), self.tr(
                    "%1 is on watch. Hand the watch over (Station → Change of watch) before disabling them."
                ).replace("%1", officer.name))
                return False
            supervisors = [o for o in self.book.all() if o.role == "supervisor"]
            if officer.role == "supervisor" and len(supervisors) <= 1:
                dialogs.warn(self, self.tr("Last supervisor"), self.tr(
                    "%1 is the only active supervisor. Add another supervisor first, or nobody could manage "
                    "officers any more."
                ).replace("%1", officer.name))
                return False
        what = (self.tr("disable %1") if officer.active else self.tr("enable %1")).replace("%1", officer.name)
        supervisor = self._supervisor(what)
        if supervisor is None:
            return False
        self.book.set_active(officer.name, not officer.active, supervisor, self.station.clock())
        return True

    def reset_pin(self) -> bool:
        officer = self.current()
        if officer is None:
            return False
        dialog = NewPinDialog(officer.name, self)
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        supervisor = self._supervisor(self.tr("new PIN for %1").replace("%1", officer.name))
        if supervisor is None:
            return False
        with dialogs.reported(self, self.tr("PIN not changed")):
            self.book.reset_pin(officer.name, dialog.prepared, supervisor, self.station.clock())
            return True
        return False

    def choose_language(self) -> bool:
        """The console language of the selected officer (or the workstation's), audited under the
        officer on watch; it applies at that officer's next start of watch, at once if they are on watch."""
        officer = self.current()
        if officer is None:
            return False
        codes = [None, *available_languages()]
        names = [self.tr("The workstation's language"), *available_languages().values()]
        current = codes.index(officer.language) if officer.language in codes else 0
        # The current choice first: choose_item offers the first item.
        offered = [names[current], *(name for index, name in enumerate(names) if index != current)]
        chosen = dialogs.choose_item(
            self, self.tr("Language of %1").replace("%1", officer.name),
            self.tr("The console shows this language while %1 is on watch:").replace("%1", officer.name), offered)
        if chosen is None or codes[names.index(chosen)] == officer.language:
            return False
        by = require_officer(self.main_window)
        if by is None:
            return False
        with dialogs.reported(self, self.tr("Language not changed")):
            self.book.set_language(officer.name, codes[names.index(chosen)], by, self.station.clock())
            if officer.name == self.main_window.officer:
                self.main_window.apply_language()
            return True
        return False

    def unlock(self) -> bool:
        """Lift the lock of an officer locked after wrong PINs: another officer, a supervisor, approves."""
        officer = self.current()
        if officer is None or self.book.locked_until(officer.name, self.station.clock()) is None:
            return False
        supervisor = self._supervisor(self.tr("unlock %1").replace("%1", officer.name), exclude=(officer.name,))
        if supervisor is None:
            return False
        with dialogs.reported(self, self.tr("Officer not unlocked")):
            self.book.unlock(officer.name, supervisor, self.station.clock())
            return True
        return False
