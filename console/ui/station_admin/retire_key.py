"""Retiring a counterpart's signing key: the dialog says what will be refused before anything changes.

The rule itself lives in console/storage/counterparts.py (`retire_key`, `retired_key_refusal`);
the importer applies it, and `watchdesk counterpart retire-key` is the same action on the
command line. Retiring writes one key row and its audit entry (about 10 ms), so it stays on the
GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.i18n import tr
from console.storage.counterparts import CounterpartBook, SigningKeyState, key_state_words
from console.storage.store import utc_stamp
from console.ui import dialogs
from console.ui.palette import style_strip
from console.ui.station_admin.watch import require_officer


def refused_from_now_on(station_id: str, state: SigningKeyState, compromised: bool, now: datetime) -> str:
    """The confirmation, in words: which files will be refused from now on, and what follows."""
    if compromised:
        text = (f"From now on EVERY file signed with {station_id}'s key {state.thumbprint} is refused, "
                "whatever date it carries: files already waiting in the inbox too. They are quarantined "
                "with code retired_key.")
    else:
        text = (f"From now on files signed with {station_id}'s key {state.thumbprint} and dated after "
                f"{utc_stamp(now)} are refused and quarantined with code retired_key. Files it signed "
                "before then are still accepted.")
    if state.current:
        text += (f" This is {station_id}'s CURRENT key: nothing new from {station_id} is accepted until "
                 f"{station_id} sends a new key card and you verify it.")
    return text + " The retirement is recorded in the audit log and cannot be undone here."


class RetireKeyDialog(QDialog):
    """Choose one of the counterpart's signing keys, say whether it is compromised, read the consequence."""

    def __init__(self, station, station_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.station_id = station_id
        self.setObjectName("retireKeyDialog")
        self.setWindowTitle(self.tr("Retire a signing key of %1").replace("%1", station_id))
        self.states = [s for s in CounterpartBook(station.store).key_states(station_id) if not s.compromised]

        intro = QLabel(self.tr(
            "Retire a key when %1 tells you it no longer uses it, or when it may have fallen into other "
            "hands. Files signed with a retired key are refused.").replace("%1", station_id), self)
        intro.setWordWrap(True)
        self.key = QComboBox(self)
        self.key.setObjectName("retireKeyChoice")
        self.key.setAccessibleName(self.tr("Signing key to retire"))
        for state in self.states:
            which = self.tr("current key") if state.current else self.tr("earlier key")
            self.key.addItem(f"{state.thumbprint} ({which}; {key_state_words(state)})", state.thumbprint)
        self.compromised = QCheckBox(self.tr(
            "The key is &compromised: refuse every file it signs, whatever its date"), self)
        self.compromised.setObjectName("retireKeyCompromised")
        self.consequence = QLabel(self)
        self.consequence.setObjectName("retireKeyConsequence")
        self.consequence.setWordWrap(True)
        style_strip(self.consequence, "warning", "QLabel#retireKeyConsequence", "padding: 6px;")
        self.retire_button = QPushButton(self.tr("&Retire this key"), self)
        self.retire_button.setObjectName("retireKeyButton")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.retire_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(self.compromised)
        layout.addWidget(self.consequence)
        layout.addWidget(buttons)
        self.key.currentIndexChanged.connect(self._explain)
        self.compromised.toggled.connect(self._explain)
        self.setMinimumWidth(620)
        self._explain()

    def chosen(self) -> SigningKeyState | None:
        index = self.key.currentIndex()
        return self.states[index] if 0 <= index < len(self.states) else None

    def _explain(self) -> None:
        state = self.chosen()
        self.retire_button.setEnabled(state is not None)
        if state is None:
            self.consequence.setText(self.tr("Every signing key of %1 is already retired as compromised.").replace(
                "%1", self.station_id))
            return
        text = refused_from_now_on(self.station_id, state, self.compromised.isChecked(), self.station.clock())
        self.consequence.setText(text)
        self.consequence.setAccessibleName(text)
        self.adjustSize()  # the consequence grows and shrinks with the choice; never cut it off


def retire_counterpart_key(window, station_id: str) -> bool:
    """Ask which key and how, then retire it in the officer's name; True if a key was retired."""
    dialog = RetireKeyDialog(window.station, station_id, window)
    if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    officer = require_officer(window)
    if officer is None:
        return False
    state = dialog.chosen()
    with dialogs.reported(window, tr("Key not retired")):
        retired = CounterpartBook(window.station.store).retire_key(
            station_id, state.thumbprint, officer, window.station.clock(), compromised=dialog.compromised.isChecked())
        window.statusBar().showMessage(
            tr("%1's signing key %2… is retired: see the counterpart's signing keys.").replace(
                "%1", station_id).replace("%2", retired.thumbprint[:12]), 15000)
        return True
    return False
