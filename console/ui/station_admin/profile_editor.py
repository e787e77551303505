"""Editing a counterpart's agreement profile: the rules the desk checks before release."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.domain.notices import Kind, Precedence
from console.domain.rules import AgreementProfile, ProfileFormatError
from console.i18n import QT_TRANSLATE_NOOP, lookup
from console.ui.station_admin.credentials import ERROR_STYLE
from console.ui.views import kind_label
from console.ui.palette import style_text

UNITS = ((QT_TRANSLATE_NOOP("DurationField", "min"), 1), (QT_TRANSLATE_NOOP("DurationField", "h"), 60),
         (QT_TRANSLATE_NOOP("DurationField", "d"), 1440))


class DurationField(QWidget):
    """A whole number and a unit (minutes, hours, days): how officers write notice periods."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 99999)
        self.amount.setAccessibleName(accessible_name)
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(accessible_name + self.tr(", unit"))
        for label, minutes in UNITS:
            self.unit.addItem(lookup("DurationField", label), minutes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)

    def set_value(self, span: timedelta) -> None:
        minutes = int(span.total_seconds() // 60)
        for index in reversed(range(len(UNITS))):
            size = UNITS[index][1]
            if minutes % size == 0:
                self.unit.setCurrentIndex(index)
                self.amount.setValue(minutes // size)
                return

    def minutes(self) -> int:
        return self.amount.value() * int(self.unit.currentData())


class AgreementProfileDialog(QDialog):
    """`profile` holds the edited profile after the dialog was accepted."""

    def __init__(self, counterpart_id: str, profile: AgreementProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement profile for %1").replace("%1", counterpart_id))
        self.profile: AgreementProfile | None = None
        self.original = profile  # what the form does not show (the named areas' outlines) is kept from it

        self.name = QLineEdit(profile.name, self)
        self.name.setAccessibleName(self.tr("Agreement name"))
        self.min_lead = DurationField(self.tr("Minimum lead time"), self)
        self.min_lead.set_value(profile.min_lead_time)
        self.no_max_window = QCheckBox(self.tr("No maximum"), self)
        self.max_window = DurationField(self.tr("Maximum launch window"), self)
        self.max_window.set_value(profile.max_window or timedelta(days=7))
        self.no_max_window.setChecked(profile.max_window is None)
        self.max_window.setEnabled(profile.max_window is not None)
        self.no_max_window.toggled.connect(lambda on: self.max_window.setEnabled(not on))
        window_row = QWidget(self)
        window_layout = QHBoxLayout(window_row)
        window_layout.setContentsMargins(0, 0, 0, 0)
        window_layout.addWidget(self.max_window)
        window_layout.addWidget(self.no_max_window)
        self.banner = QLineEdit(profile.handling_banner, self)
        self.banner.setAccessibleName(self.tr("Handling banner printed on records"))
        self.exercise = QCheckBox(self.tr("An &exercise agreement: new notices start as EXERCISE"), self)
        self.exercise.setChecked(profile.exercise)

        rules = QFormLayout()
        rules.addRow(self.tr("Agreement &name:"), self.name)
        rules.addRow(self.tr("Minimum &lead time:"), self.min_lead)
        rules.addRow(self.tr("Maximum launch &window:"), window_row)
        rules.addRow(self.tr("Handling &banner for prints:"), self.banner)
        rules.addRow("", self.exercise)

        kinds_box = QGroupBox(self.tr("Message kinds allowed under this agreement"), self)
        kinds_layout = QVBoxLayout(kinds_box)
        self.kind_boxes: dict[Kind, QCheckBox] = {}
        for kind in Kind:
            box = QCheckBox(kind_label(kind.value), kinds_box)
            box.setChecked(kind in profile.allowed_kinds)
            kinds_layout.addWidget(box)
            self.kind_boxes[kind] = box

        deadlines_box = QGroupBox(self.tr("Acknowledge within, by precedence"), self)
        deadlines = QFormLayout(deadlines_box)
        self.deadline_fields: dict[Precedence, DurationField] = {}
        for precedence in Precedence:
            field = DurationField(self.tr("Acknowledgement deadline for %1").replace("%1", precedence.value), deadlines_box)
            field.set_value(profile.ack_deadline(precedence))
            deadlines.addRow(precedence.value + ":", field)
            self.deadline_fields[precedence] = field

        self.message = QLabel(self)
        style_text(self.message, "error", ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        columns = QHBoxLayout()
        columns.addWidget(kinds_box)
        columns.addWidget(deadlines_box)
        layout = QVBoxLayout(self)
        layout.addLayout(rules)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def edited_profile(self) -> AgreementProfile:
        """The form as a profile; ProfileFormatError names the field that is wrong. What the form does
        not edit (the outlines of the named launch areas) is the profile's as it was."""
        data = self.original.to_dict() | {
            "name": self.name.text().strip(),
            "min_lead_time_minutes": self.min_lead.minutes(),
            "max_window_minutes": None if self.no_max_window.isChecked() else self.max_window.minutes(),
            "allowed_kinds": [kind.value for kind, box in self.kind_boxes.items() if box.isChecked()],
            "ack_deadline_minutes": {p.value: field.minutes() for p, field in self.deadline_fields.items()},
            "handling_banner": self.banner.text().strip(),
            "exercise": self.exercise.isChecked(),
        }
        return AgreementProfile.from_dict(data)

    def try_accept(self) -> None:
        try:
            self.profile = self.edited_profile()
        except ProfileFormatError as exc:
            self.message.setText(self.tr("Not saved: %1").replace("%1", _plain_words(exc)))
            self.message.show()
            return
        self.accept()


_FIELD_WORDS = {
    "name": "the agreement needs a name",
    "allowed_kinds": "allow at least one message kind",
    "max_window_minutes": "the maximum launch window must be at least 1 minute (or tick No maximum)",
}


def _plain_words(error: ProfileFormatError) -> str:
    if error.field in _FIELD_WORDS:
        return _FIELD_WORDS[error.field]
    if error.field.startswith("ack_deadline_minutes."):
        return f"the acknowledgement deadline for {error.field.split('.', 1)[1]} must be at least 1 minute"
    return str(error)
