"""Who is acting: an officer picked from the station's list, proved by their PIN."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.service.station import Station
from console.storage.operators import Operator, OperatorBook

ERROR_STYLE = "color: #b00020; font-weight: bold;"


def pin_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), field))
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(field.tr("4 to 12 digits"))
    return field


class NewPinFields:
    """A new PIN typed twice, and the line under the form that says what is wrong."""

    def __init__(self, parent: QWidget, pin_name: str, again_name: str) -> None:
        self.pin = pin_field(parent, pin_name)
        self.again = pin_field(parent, again_name)
        self.message = QLabel(parent)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

    def mismatch(self) -> str | None:
        if self.pin.text() != self.again.text():
            return self.message.tr("The two PINs differ. Type the same PIN twice.")
        return None

    def complain(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def demo_hint(station: Station) -> str:
    """On the demo station only: the demo officers and their PINs."""
    if not station.demo:
        return ""
    from console.service.demo import DEMO_OFFICERS

    return "Demo station: " + ", ".join(f"{name} ({role}) PIN {pin}" for name, role, pin in DEMO_OFFICERS)


class CredentialsDialog(QDialog):
    """Pick an officer and type their PIN. `operator` is set once the PIN was right."""

    def __init__(
        self,
        station: Station,
        title: str,
        prompt: str,
        accept_text: str,
        *,
        roles: Iterable[str] = ("officer", "supervisor"),
        exclude: Iterable[str] = (),
        preselect: str | None = None,
        extra: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.book = OperatorBook(station.store)
        self.operator: Operator | None = None
        self.setWindowTitle(title)
        allowed_roles = set(roles)
        excluded = set(exclude)
        self.candidates = [o for o in self.book.all() if o.role in allowed_roles and o.name not in excluded]

        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.officer_box = QComboBox(self)
        self.officer_box.setAccessibleName(self.tr("Officer"))
        for operator in self.candidates:
            label = operator.name + (self.tr(" (supervisor)") if operator.role == "supervisor" else "")
            self.officer_box.addItem(label, operator.name)
        if preselect is not None and self.officer_box.findData(preselect) >= 0:
            self.officer_box.setCurrentIndex(self.officer_box.findData(preselect))
        self.pin = pin_field(self, self.tr("PIN"))
        self.message = QLabel(self)
        self.message.setObjectName("credentialsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Officer:"), self.officer_box)
        form.addRow(self.tr("&PIN:"), self.pin)
        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(accept_text, self)
        self.accept_button.setDefault(True)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        if extra is not None:
            layout.addWidget(extra, 1)
        layout.addLayout(form)
        hint = demo_hint(station)
        if hint:
            hint_label = QLabel(hint, self)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #555555;")
            layout.addWidget(hint_label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if not self.candidates:
            self.show_error(self.tr("There is no active officer who can do this."))
            self.accept_button.setEnabled(False)
        self.pin.setFocus()

    def choose(self, name: str, pin: str) -> None:
        """Fill the form (keyboard users type; tests call this)."""
        index = self.officer_box.findData(name)
        if index >= 0:
            self.officer_box.setCurrentIndex(index)
        self.pin.setText(pin)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def try_accept(self) -> None:
        name = self.officer_box.currentData()
        if not name:
            return
        operator = self.book.authenticate(name, self.pin.text())
        if operator is None:
            self.station.store.record(name, "pin_refused", {"for": self.windowTitle()}, at=self.station.clock())
            self.station.bus.publish("audit_changed")
            self.pin.clear()
            self.show_error(self.tr("Wrong PIN for %1. Nothing was done; try again.").replace("%1", name))
            return
        self.operator = operator
        self.accept()
