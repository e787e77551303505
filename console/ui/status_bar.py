"""The status bar: live UTC clock with local time beside it, station, exchange, officer; warnings that
imports fail or that the alarm can only beep."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from console.domain.times import format_utc_with_local


class ClockLabel(QLabel):
    def __init__(self, clock: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setObjectName("utcClock")
        self.setAccessibleName(self.tr("Current time, UTC and local"))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(1000)
        self.tick()

    def tick(self) -> None:
        self.setText(format_utc_with_local(self._clock(), seconds=True))


class WatchStatusBar(QStatusBar):
    def __init__(self, station_text: str, clock: Callable[[], datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.clock = ClockLabel(clock or (lambda: datetime.now(timezone.utc)), self)
        self.station = QLabel(station_text, self)
        self.station.setObjectName("stationLabel")
        self.exchange = QLabel(self)
        self.exchange.setObjectName("exchangeState")
        # Shown while imports fail for a reason outside any one file (disk full, permissions).
        self.import_problem = QLabel(self)
        self.import_problem.setObjectName("importProblem")
        self.import_problem.setStyleSheet("QLabel#importProblem { color: white; background: #b00020; padding: 0 6px; }")
        self.import_problem.hide()
        self.addPermanentWidget(self.import_problem)
        # Shown where the alarm cannot chime (no audio device) and the system beep stands in.
        self.audio_problem = QLabel(self)
        self.audio_problem.setObjectName("audioProblem")
        self.audio_problem.setStyleSheet("QLabel#audioProblem { color: black; background: #ffbf00; padding: 0 6px; }")
        self.audio_problem.hide()
        self.addPermanentWidget(self.audio_problem)
        self.officer = QLabel(self)
        self.officer.setObjectName("officerOnWatch")
        for widget in (self.officer, self.exchange, self.station):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.clock)

    def set_exchange_state(self, text: str) -> None:
        self.exchange.setText(text)

    def set_import_problem(self, text: str | None) -> None:
        """A short warning that stays until imports work again; the full sentence is its tooltip."""
        if not text:
            self.import_problem.hide()
            return
        self.import_problem.setText(self.tr("Imports failing: see the inbox"))
        self.import_problem.setToolTip(text)
        self.import_problem.setAccessibleName(text)
        self.import_problem.show()

    def set_audio_problem(self, text: str) -> None:
        """Why the alarm uses the system beep, e.g. 'No audio device: alarms use the system beep';
        "" hides it (the chime plays)."""
        self.audio_problem.setText(text)
        self.audio_problem.setToolTip(text)
        self.audio_problem.setAccessibleName(text)
        self.audio_problem.setVisible(bool(text))

    def set_officer(self, name: str | None) -> None:
        self.officer.setText(self.tr("On watch: %s") % name if name else self.tr("No officer on watch"))
