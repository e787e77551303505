"""The detail pane of the inbox and the outbox: a placeholder until the officer selects a notice.

The pane that shows the notice (`console/ui/inbox/reading_pane.py`: the map, its drawing and
what they import) is built when a row is first selected, not when the window starts; this
module stays light because the inbox feature imports it at start-up (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from console.ui.inbox.acknowledge import DeskActions
    from console.ui.inbox.reading_pane import ReadingPane

ACKNOWLEDGE_SHORTCUT = "Ctrl+K"
REPORT_PROBLEM_SHORTCUT = "Ctrl+Shift+R"


class NoticeDetailPane(QWidget):
    navigate = Signal(int)  # a notice id the officer picked from the chain of references

    def __init__(self, station, direction: str, clock: Callable[[], datetime], actions: DeskActions | None,
                 officer: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.direction = direction
        self.clock = clock
        self.actions = actions
        self.officer = officer
        self.reading: ReadingPane | None = None  # built at the first selection
        self.setObjectName(f"noticeDetail_{direction}")
        self._row: dict[str, Any] | None = None  # the list row on show, to show again in another language

        self.placeholder = QLabel(self)
        self._set_texts()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.message = QLabel(self)  # why an action asked with nothing selected was not done
        self.message.setObjectName("detailActionMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.message)

    def _set_texts(self) -> None:
        self.setAccessibleName(self.tr("Details of the selected notice"))
        self.placeholder.setText(self.tr("Select a notice to read it here.") if self.direction == "in"
                                 else self.tr("Select a notice we sent to see where it stands."))

    def retranslate(self) -> None:
        """The language changed: the reading pane is made again, in it, around the notice on show
        (it holds nothing the officer typed: answers and translations are written in their own windows)."""
        self._set_texts()
        self.message.hide()
        if self.reading is None:
            return
        row, old = self._row, self.reading
        self.reading = None
        self.layout().removeWidget(old)
        old.hide()
        old.deleteLater()
        self._showing(False)
        if row is not None:
            self.show_row(row)

    @property
    def stored(self):
        """The notice on show, or None."""
        return self.reading.stored if self.reading is not None else None

    def show_row(self, row: dict[str, Any] | None) -> None:
        """Show the notice of a list row (None: nothing selected)."""
        if row is None and self.reading is None:
            return
        self._row = row
        self._showing(self._reading_pane().show_row(row))

    def refresh(self) -> None:
        """Read the shown notice again (after an acknowledgement, an import)."""
        if self.reading is not None and self.reading.stored is not None:
            self._showing(self.reading.refresh())

    def tick(self, now: datetime) -> None:
        if self.reading is not None:
            self.reading.tick(now)

    def acknowledge(self) -> None:
        if self.reading is not None:
            self.reading.acknowledge()
        elif self.actions is not None:
            self._say(self.actions.acknowledge(None))

    def report_problem(self) -> None:
        if self.reading is not None:
            self.reading.report_problem()
        elif self.actions is not None:
            self._say(self.actions.report_problem(None, self))

    def _say(self, refused: str | None) -> None:
        if refused:
            self.message.setText(refused)
            self.message.setAccessibleName(refused)
            self.message.show()

    def _showing(self, notice: bool) -> None:
        self.placeholder.setVisible(not notice)
        self.message.hide()
        if self.reading is not None:
            self.reading.setVisible(notice)

    def _reading_pane(self) -> ReadingPane:
        if self.reading is None:
            # Imported here, at the first selection: the map drawing is not needed to start.
            from console.ui.inbox.reading_pane import ReadingPane

            self.reading = ReadingPane(self.station, self.direction, self.clock, self.actions, self.officer, self)
            self.reading.navigate.connect(self.navigate)
            self.reading.hide()
            self.layout().insertWidget(0, self.reading, 1)
        return self.reading
