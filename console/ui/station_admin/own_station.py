"""Our station: our key card (show, export, print), key generations, key rotation."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QAbstractItemView,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import format_rfc3339_with_local
from console.storage.station import key_generations_newest_first
from console.ui.station_admin.keycards import export_own_card, print_key_card, rotate_own_keys
from console.ui.station_admin.qr import QrCodeWidget


class OwnStationPage(QWidget):
    def __init__(self, window, open_settings) -> None:
        super().__init__(window)
        self.main_window = window
        self.station = window.station
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSize(18)

        self.identity = QLabel(self)
        self.identity.setObjectName("ownStationIdentity")
        self.identity.setWordWrap(True)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("ownFingerprint")
        self.fingerprint.setFont(big)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Our card fingerprint"))
        self.created = QLabel(self)
        self.data_dir = QLabel(self)
        self.data_dir.setFont(mono)
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QrCodeWidget("", self)
        self.qr.setFixedSize(200, 200)
        self.qr.setAccessibleName(self.tr("Our key card as a QR code"))

        card_box = QGroupBox(self.tr("Our key card"), self)
        card_form = QFormLayout()
        card_form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        card_form.addRow(self.tr("Keys created:"), self.created)
        card_form.addRow(self.tr("Data folder:"), self.data_dir)
        card_row = QHBoxLayout(card_box)
        card_row.addLayout(card_form, 1)
        card_row.addWidget(self.qr)

        self.export_button = QPushButton(self.tr("&Export key card…"), self)
        self.export_button.clicked.connect(lambda: export_own_card(self.main_window))
        self.print_button = QPushButton(self.tr("&Print key card to PDF…"), self)
        self.print_button.clicked.connect(lambda: print_key_card(self.main_window))
        self.rotate_button = QPushButton(self.tr("&Rotate our keys…"), self)
        self.rotate_button.clicked.connect(lambda: rotate_own_keys(self.main_window))
        self.settings_button = QPushButton(self.tr("&Settings…"), self)
        self.settings_button.clicked.connect(open_settings)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.print_button, self.rotate_button, self.settings_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.generations = QTableWidget(0, 3, self)
        self.generations.setHorizontalHeaderLabels([self.tr("Generation"), self.tr("Created"), self.tr("Retired")])
        self.generations.setAccessibleName(self.tr("Our key generations"))
        self.generations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.generations.verticalHeader().setVisible(False)
        self.generations.horizontalHeader().setStretchLastSection(True)
        generations_box = QGroupBox(self.tr("Key generations (old keys are kept to open traffic sealed to them)"), self)
        QVBoxLayout(generations_box).addWidget(self.generations)

        layout = QVBoxLayout(self)
        layout.addWidget(self.identity)
        layout.addWidget(card_box)
        layout.addLayout(buttons)
        layout.addWidget(generations_box, 1)

    def reload(self) -> None:
        station = self.station
        card = station.own_card()
        self.identity.setText(f"<h2>{html.escape(station.station_id)} — {html.escape(station.name)}</h2>")
        groups = card.fingerprint.split()
        self.fingerprint.setText(" ".join(groups[:5]) + "\n" + " ".join(groups[5:]))
        self.created.setText(format_rfc3339_with_local(card.created.strftime("%Y-%m-%dT%H:%M:%SZ")))
        self.data_dir.setText(str(station.data_dir))
        self.qr.set_text(card.to_json())
        rows = key_generations_newest_first(station.store)
        self.generations.setRowCount(len(rows))
        for index, row in enumerate(rows):
            current = row["retired_at"] is None
            values = (
                str(row["generation"]) + (self.tr(" (current)") if current else ""),
                format_rfc3339_with_local(row["created_at"]),
                format_rfc3339_with_local(row["retired_at"]) if row["retired_at"] else "—",
            )
            for column, value in enumerate(values):
                self.generations.setItem(index, column, QTableWidgetItem(value))
        self.generations.resizeColumnsToContents()

    def title(self, _counts: dict) -> str:
        return self.tr("Our station")
