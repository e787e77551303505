"""Verifying a counterpart's key: both officers compare the safety number over the phone or in person.

The number is shown large, in groups of five, and as a QR code. The key is marked
verified only when the officer types the number the other side reads out and it
matches; a mismatch is refused (CounterpartBook.verify raises) and nothing is marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import format_rfc3339_with_local
from console.service.station import Station
from console.storage.counterparts import CounterpartBook, CounterpartError, normalise_number
from console.ui.fitting import fit_placeholder
from console.ui.station_admin.credentials import ERROR_STYLE
from console.ui.station_admin.qr import QrCodeWidget
from console.ui.palette import style_strip, style_text

SAFETY_DIGITS = 60
GREEN_NOTE_STYLE = "font-weight: bold; padding: 6px;"  # with the palette's "good" colour
GROUPS_PER_ROW = 4


def qr_payload(station_a: str, station_b: str, number: str) -> str:
    """The QR text: the same on both consoles (ids sorted), readable in any phone's scanner."""
    first, second = sorted((station_a, station_b))
    return f"WATCHDESK SAFETY NUMBER {first} {second}: {number}"


def grouped(number: str) -> list[str]:
    digits = normalise_number(number)
    return [digits[i : i + 5] for i in range(0, len(digits), 5)]


class VerifyKeyDialog(QDialog):
    def __init__(self, station: Station, counterpart_id: str, officer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.officer = officer
        self.book = CounterpartBook(station.store)
        self.counterpart = self.book.require(counterpart_id)
        self.verified = False
        own_card = station.own_card()
        self.expected = self.book.expected_number(counterpart_id, own_card)
        self.setWindowTitle(self.tr("Verify the key of %1").replace("%1", counterpart_id))
        self.setObjectName("verifyKeyDialog")

        layout = QVBoxLayout(self)
        if self.counterpart.key_changed:
            changed = QLabel(self.tr(
                "%1's KEY HAS CHANGED since it was last verified (new card imported %2). Its traffic is held "
                "unopened until you compare the new safety number with %1."
            ).replace("%1", counterpart_id).replace(
                "%2", format_rfc3339_with_local(self.counterpart.key_changed_at)), self)
            changed.setObjectName("keyChangedWarning")
            changed.setWordWrap(True)
            style_strip(changed, "danger", extra="padding: 6px;")
            layout.addWidget(changed)
        else:
            state = QLabel(
                self.tr("Verified by %1 at %2. Compare again whenever in doubt; a mismatch changes nothing.")
                .replace("%1", self.counterpart.verified_by or "?")
                .replace("%2", format_rfc3339_with_local(self.counterpart.verified_at))
                if self.counterpart.verified else
                self.tr("%1's key is NOT VERIFIED yet: nothing is sent to %1 and nothing from it is opened until "
                        "this number is confirmed.").replace("%1", counterpart_id),
                self,
            )
            state.setObjectName("keyState")
            state.setWordWrap(True)
            if self.counterpart.verified:
                style_text(state, "good", GREEN_NOTE_STYLE)
            else:
                style_strip(state, "warning", extra="padding: 6px;")
            layout.addWidget(state)

        heading = QLabel(self.tr("<b>Safety number of %1 (%2) and %3 (%4)</b>")
                         .replace("%1", station.station_id).replace("%2", station.name)
                         .replace("%3", counterpart_id).replace("%4", self.counterpart.name), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        steps = QLabel(self.tr(
            "1. Call the duty officer of %1 on the agreed line, or meet in person. Do not use the channel the key "
            "card came through.\n"
            "2. Both consoles show this same number. Ask the other officer to read theirs aloud, group by group, "
            "and type what you hear below. Do not read yours out first.\n"
            "3. Or compare the QR codes: scan both screens with a phone."
        ).replace("%1", counterpart_id), self)
        steps.setWordWrap(True)
        layout.addWidget(steps)

        middle = QHBoxLayout()
        self.number_grid = QGridLayout()
        self.number_grid.setHorizontalSpacing(28)
        self.number_grid.setVerticalSpacing(10)
        self.group_labels: list[QLabel] = []
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSize(26)
        big.setWeight(QFont.Weight.DemiBold)
        for index, group in enumerate(grouped(self.expected)):
            label = QLabel(group, self)
            label.setFont(big)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.number_grid.addWidget(label, index // GROUPS_PER_ROW, index % GROUPS_PER_ROW)
            self.group_labels.append(label)
        number_box = QWidget(self)
        number_box.setObjectName("safetyNumber")
        number_box.setLayout(self.number_grid)
        number_box.setAccessibleName(self.tr("Safety number"))
        number_box.setAccessibleDescription(self.expected)
        middle.addWidget(number_box, 0, Qt.AlignmentFlag.AlignVCenter)
        middle.addStretch(1)
        qr_column = QVBoxLayout()
        self.qr = QrCodeWidget(qr_payload(station.station_id, counterpart_id, self.expected), self)
        self.qr.setObjectName("safetyNumberQr")
        self.qr.setAccessibleName(self.tr("Safety number as a QR code"))
        self.qr.setFixedSize(230, 230)
        qr_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_caption = QLabel(self.tr("The same number as a QR code"), self)
        qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(qr_caption)
        middle.addLayout(qr_column)
        layout.addLayout(middle)

        details = QFormLayout()
        details.addRow(self.tr("%1's card fingerprint:").replace("%1", counterpart_id),
                       self._mono(self.counterpart.card.fingerprint))
        details.addRow(self.tr("Our card fingerprint:"), self._mono(own_card.fingerprint))
        layout.addLayout(details)

        self.typed = QLineEdit(self)
        self.typed.setObjectName("typedSafetyNumber")
        self.typed.setAccessibleName(self.tr("Safety number read out by %1").replace("%1", counterpart_id))
        self.typed.setPlaceholderText(self.tr("Type the 60 digits as %1 reads them; spaces do not matter")
                                      .replace("%1", counterpart_id))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(14)
        self.typed.setFont(mono)
        fit_placeholder(self.typed)  # in this large font the hint was cut, in English too
        self.typed.textChanged.connect(self._typed_changed)
        self.progress = QLabel(self)
        self.progress.setObjectName("typedProgress")
        typed_row = QFormLayout()
        typed_row.addRow(self.tr("Number &read by %1:").replace("%1", counterpart_id), self.typed)
        typed_row.addRow("", self.progress)
        layout.addLayout(typed_row)

        self.message = QLabel(self)
        self.message.setObjectName("verifyMessage")
        self.message.setWordWrap(True)
        style_text(self.message, "error", ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.verify_button = QPushButton(self.tr("&Mark the key verified"), self)
        self.verify_button.setObjectName("markVerifiedButton")
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.try_verify)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close without verifying"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._typed_changed("")
        self.typed.setFocus()

    def _mono(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _typed_changed(self, text: str) -> None:
        count = len(normalise_number(text))
        self.progress.setText(self.tr("%1 of %2 digits").replace("%1", str(count)).replace("%2", str(SAFETY_DIGITS)))
        self.verify_button.setEnabled(count == SAFETY_DIGITS)
        self.message.hide()

    def try_verify(self) -> None:
        try:
            self.counterpart = self.book.verify(
                self.counterpart.station_id, self.typed.text(), self.station.own_card(), self.officer,
                self.station.clock(),
            )
        except CounterpartError as exc:
            self.message.setText(exc.user_message)
            self.message.show()
            return
        self.verified = True
        self.accept()
