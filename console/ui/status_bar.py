"""The status bar: live UTC clock with local time beside it, station, exchange, officer; warnings that
imports fail or that the alarm can only beep. In a narrow window its words give way whole (the
full text in the tooltip), never a letter cut in half."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from console.domain.times import format_utc_with_local
from console.ui.palette import style_strip


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
        # UTC as everywhere; the local time beside it in the format of the language in force.
        self.setText(format_utc_with_local(self._clock(), seconds=True))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Current time, UTC and local"))
        self.tick()


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` if it fits `width`; else as many whole words as fit, then "…" ("" if not even one)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while words:
        words.pop()
        shown = " ".join(words).rstrip(" ·:—,") + "…"
        if words and metrics.horizontalAdvance(shown) <= width:
            return shown
    return "…" if metrics.horizontalAdvance("…") <= width else ""


class WordElidedLabel(QLabel):
    """A label that may be narrower than its text: it shows the whole words that fit, then "…", and
    the full text as its tooltip and accessible name."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        """The full text, whatever the label's width shows of it (`shown_text`)."""
        return self._full

    def shown_text(self) -> str:
        return QLabel.text(self)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("…") + 4, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        width = self.width() - margins.left() - margins.right() - 2
        QLabel.setText(self, elide_words(self._full, self.fontMetrics(), width))


class WatchStatusBar(QStatusBar):
    def __init__(self, station_text: str, clock: Callable[[], datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.clock = ClockLabel(clock or (lambda: datetime.now(timezone.utc)), self)
        self.station = WordElidedLabel(station_text, self)
        self.station.setObjectName("stationLabel")
        self.exchange = WordElidedLabel("", self)
        self.exchange.setObjectName("exchangeState")
        # Shown while imports fail for a reason outside any one file (disk full, permissions).
        self.import_problem = QLabel(self)
        self.import_problem.setObjectName("importProblem")
        style_strip(self.import_problem, "danger", "QLabel#importProblem", "padding: 0 6px;")
        self.import_problem.hide()
        self.addPermanentWidget(self.import_problem)
        # Shown where the alarm cannot chime (no audio device) and the system beep stands in.
        self.audio_problem = QLabel(self)
        self.audio_problem.setObjectName("audioProblem")
        style_strip(self.audio_problem, "warning", "QLabel#audioProblem", "padding: 0 6px;")
        self.audio_problem.hide()
        self.addPermanentWidget(self.audio_problem)
        self.officer = WordElidedLabel("", self)
        self.officer.setObjectName("officerOnWatch")
        # Who is on watch and how the exchange stands are never cut short (in Russian, beside the
        # no-audio warning, "On watch: Sam Avery" lost the name): the station's name gives way first.
        for whole in (self.officer, self.exchange):
            whole.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        for widget in (self.officer, self.exchange, self.station):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.clock)
        self._officer: str | None = None
        self._import_problem: str | None = None

    def set_exchange_state(self, text: str) -> None:
        self.exchange.setText(text)

    def set_import_problem(self, text: str | None) -> None:
        """A short warning that stays until imports work again; the full sentence is its tooltip."""
        self._import_problem = text
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

    def retranslate(self) -> None:
        """The bar's own words in the language now in force (the window sets the exchange's)."""
        self.clock.retranslate()
        self.set_officer(self._officer)
        self.set_import_problem(self._import_problem)

    def set_officer(self, name: str | None) -> None:
        self._officer = name
        self.officer.setText(self.tr("On watch: %s") % name if name else self.tr("No officer on watch"))
