"""Who is acting: an officer picked from the station's list, proved by their PIN."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.i18n import tr
from console.service.station import Station
from console.storage.operators import (
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    Operator,
    OperatorBook,
    OperatorError,
    PinCheck,
    PreparedPin,
    check_new_pin_text,
    prepare_pin,
)
from console.ui.language import available_languages
from console.ui.views import role_name
from console.ui.pin_entry import (
    BusyLine,
    PinDialog,
    PinGuard,
    must_replace_text,
    refusal_text,
    standing_text,
)
from console.ui import dialogs
from console.ui.palette import style_text
from console.ui.placement import grow_to_fit

ERROR_STYLE = "font-weight: bold;"  # with the palette's error colour (palette.style_text)


def pin_field(parent: QWidget, accessible_name: str, *, new: bool = True) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,%d}" % PIN_MAX_DIGITS), field))
    field.setAccessibleName(accessible_name)
    if new:  # an old PIN may be shorter; a new one may not
        field.setPlaceholderText(tr("%1 to %2 digits").replace("%1", str(PIN_MIN_DIGITS))
                                 .replace("%2", str(PIN_MAX_DIGITS)))
    return field


class NewPinFields:
    """A new PIN typed twice, and the line under the form that says what is wrong."""

    def __init__(self, parent: QWidget, pin_name: str, again_name: str) -> None:
        self.pin = pin_field(parent, pin_name)
        self.again = pin_field(parent, again_name)
        self.message = QLabel(parent)
        style_text(self.message, "error", ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

    def mismatch(self) -> str | None:
        if self.pin.text() != self.again.text():
            return tr("The two PINs differ. Type the same PIN twice.")
        return None

    def complain(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self.message.window())

    def hash_new(self, busy: BusyLine, done: Callable[[PreparedPin], None]) -> None:
        """The new PIN typed the same twice, checked against the rule and hashed off the GUI thread;
        `done(prepared)` follows. If it is refused, the reason shows under the form instead."""
        if problem := self.mismatch():
            self.complain(problem)
            return
        pin = self.pin.text()
        try:
            check_new_pin_text(pin)
        except OperatorError as exc:
            self.complain(exc.user_message)
            return
        busy.run(tr("Storing the PIN…"), lambda: prepare_pin(pin), done,
                 lambda error: self.complain(error.user_message))


def demo_hint(station: Station) -> str:
    """On the demo station only: the demo officers and their PINs."""
    if not station.demo:
        return ""
    from console.service.demo import DEMO_OFFICERS

    officers = ", ".join(tr("{name} ({role}) PIN {pin}").format(name=name, role=role_name(role), pin=pin)
                         for name, role, pin in DEMO_OFFICERS)
    return tr("Demo station: {officers}").format(officers=officers)


class CredentialsDialog(PinDialog):
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
        place: str | None = None,
        ask_language: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.place = place or title  # where a wrong PIN was typed, for the audit log
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
        self.pin = pin_field(self, self.tr("PIN"), new=False)
        self.message = QLabel(self)
        self.message.setObjectName("credentialsMessage")
        self.message.setWordWrap(True)
        style_text(self.message, "error", ERROR_STYLE)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Officer:"), self.officer_box)
        form.addRow(self.tr("&PIN:"), self.pin)
        # At the start of a watch: the console language this officer works in, kept with the officer.
        self.language_box: QComboBox | None = None
        if ask_language:
            self.language_box = QComboBox(self)
            self.language_box.setObjectName("officerLanguage")
            self.language_box.setAccessibleName(self.tr("Your language for the console"))
            self.language_box.addItem(self.tr("The workstation's language"), None)
            for code, name in available_languages().items():
                self.language_box.addItem(name, code)
            form.addRow(self.tr("&Language:"), self.language_box)
            self.officer_box.currentIndexChanged.connect(self._show_officer_language)
            self._show_officer_language()
        buttons = QDialogButtonBox(self)
        self.accept_button = QPushButton(accept_text, self)
        self.accept_button.setDefault(True)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.busy = BusyLine(self)
        self.busy.guard([buttons, self.officer_box, self.pin])
        self.guard = PinGuard(self.book, station.clock, self.busy, lambda dialog: dialogs.exec_dialog(dialog))

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        if extra is not None:
            layout.addWidget(extra, 1)
        layout.addLayout(form)
        hint = demo_hint(station)
        if hint:
            hint_label = QLabel(hint, self)
            hint_label.setWordWrap(True)
            style_text(hint_label, "hint")
            layout.addWidget(hint_label)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        if not self.candidates:
            self.show_error(self.tr("There is no active officer who can do this."))
            self.accept_button.setEnabled(False)
        else:
            self.officer_box.currentIndexChanged.connect(self._show_standing)
            self._show_standing()
        self.pin.setFocus()

    def _show_officer_language(self, *_args) -> None:
        name = self.officer_box.currentData()
        operator = self.book.get(name) if name else None
        if self.language_box is not None:
            self.language_box.setCurrentIndex(max(self.language_box.findData(operator.language if operator else None),
                                                  0))

    def chosen_language(self) -> str | None:
        """The language picked for the officer (None: the workstation's); only with ask_language."""
        return self.language_box.currentData() if self.language_box is not None else None

    def _show_standing(self, *_args) -> None:
        """Say at once, before any PIN, that the chosen officer is locked or has few tries left."""
        name = self.officer_box.currentData()
        text = standing_text(self.book, name, self.station.clock()) if name else ""
        if text:
            self.show_error(text)
        else:
            self.message.hide()

    def choose(self, name: str, pin: str) -> None:
        """Fill the form (keyboard users type; tests call this)."""
        index = self.officer_box.findData(name)
        if index >= 0:
            self.officer_box.setCurrentIndex(index)
        self.pin.setText(pin)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)


    def try_accept(self) -> None:
        name = self.officer_box.currentData()
        if not name or self.busy.running:
            return
        self.guard.check(name, self.pin.text(), self.place, lambda check: self._verdict(name, check))

    def _verdict(self, name: str, check: PinCheck) -> None:
        self.pin.clear()
        if not check.accepted:
            self.show_error(refusal_text(check))
            return
        if not self.guard.replace_if_short(check, self):
            self.show_error(must_replace_text(name))
            return
        self.operator = check.operator
        self.accept()
