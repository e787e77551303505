"""Carries core events from any thread to the GUI thread: the one place they cross threads."""

from __future__ import annotations

import threading
from collections import deque

from PySide6.QtCore import QObject, Qt, Signal

from console.service.events import ChangeEvent, EventBus


class QtEventBridge(QObject):
    # Emitted on the GUI thread only. Receivers take the typed event and test its class
    # (console/service/events.py).
    event = Signal(object)
    # Crosses threads carrying nothing: the events wait in a queue, so no Python object is
    # handed through Qt's cross-thread signal machinery.
    _arrived = Signal()

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gui_thread = threading.get_ident()
        self._waiting: deque[ChangeEvent] = deque()  # append and popleft are thread-safe
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        unsubscribe = bus.subscribe(self._forward)
        self.destroyed.connect(lambda *_: unsubscribe())

    def _forward(self, event: ChangeEvent) -> None:
        self._waiting.append(event)
        if threading.get_ident() == self._gui_thread:
            self._deliver()  # published on the GUI thread: delivered at once, after any still queued
        else:
            self._arrived.emit()

    def _deliver(self) -> None:
        while self._waiting:
            try:
                event = self._waiting.popleft()
            except IndexError:
                return
            self.event.emit(event)
