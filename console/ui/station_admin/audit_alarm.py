"""The red strip across the window while the audit log is behind (or unlike) its signed head.

The store then refuses every write (console/storage/store.py): an old copy of the store was put
in place, or the log was rewritten. The strip says so in words and offers the one way on: a
supervisor acknowledges with their PIN, which is recorded with what was missing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from console.service.station import Station
from console.ui import dialogs
from console.ui.palette import style_sheet
from console.ui.station_admin.credentials import CredentialsDialog


class AuditAlarmBar(QToolBar):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setObjectName("auditAlarmBar")
        self.setWindowTitle(self.tr("Audit log alarm"))
        self.setMovable(False)
        self.setFloatable(False)
        # Nobody may hide the alarm from the toolbar menu.
        self.toggleViewAction().setVisible(False)
        strip = QFrame(self)
        strip.setObjectName("auditAlarmStrip")
        style_sheet(strip, lambda colours: (
            f"#auditAlarmStrip {{ {colours.danger.style()} font-weight: bold; padding: 6px; }} "
            f"#auditAlarmStrip QLabel {{ color: {colours.danger.text}; }}"))
        self.label = QLabel(strip)
        self.label.setObjectName("auditAlarmText")
        # One line across the window (a wrapped label makes a toolbar far taller than its text); the
        # whole text, with what to do, is the tooltip and the acknowledgement dialog's prompt.
        self.label.setWordWrap(False)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge as supervisor…"), strip)
        self.acknowledge_button.setObjectName("auditAlarmAcknowledge")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        layout = QHBoxLayout(strip)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.acknowledge_button)
        self.addWidget(strip)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log alarm"))
        self.acknowledge_button.setText(self.tr("Acknowledge as supervisor…"))
        self.refresh()

    def refresh(self) -> None:
        store = self.station.store
        alarm = store.head_alarm
        line = self.tr("AUDIT LOG ALARM (%1): nothing is written until a supervisor acknowledges.").replace(
            "%1", store.head_alarm_summary)
        self.label.setText(line if alarm else "")
        self.label.setToolTip(alarm or "")
        self.label.setAccessibleName(alarm or "")
        self.setVisible(bool(alarm))

    def acknowledge(self) -> None:
        store = self.station.store
        if not store.head_alarm:
            self.refresh()
            return
        with dialogs.reported(self, self.tr("Audit log alarm")):
            # The supervisor's PIN entry is recorded as usual; the head is signed only by the acknowledgement.
            with store.acknowledging():
                dialog = CredentialsDialog(
                    self.station, self.tr("Acknowledge the audit log alarm"),
                    self.tr("%1\n\nA supervisor acknowledges this with their PIN. It is recorded in the audit log "
                            "with what is missing; writing then resumes.").replace("%1", store.head_alarm),
                    self.tr("&Acknowledge"), roles=("supervisor",), parent=self,
                )
                accepted = dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.operator is not None
            if accepted:
                missing = self.station.acknowledge_head_alarm(dialog.operator.name)
                text = self.tr(
                    "Acknowledged by %1: %2 audit entries are missing. Re-import the notices still in processed/ "
                    "with `watchdesk exchange reimport`."
                )
                text = text.replace("%1", dialog.operator.name).replace("%2", str(missing))
                dialogs.inform(self, self.tr("Audit log alarm acknowledged"), text)
        self.refresh()
