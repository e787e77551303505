"""Carries core events from any thread into Qt signals on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from console.service.events import Event, EventBus


class QtEventBridge(QObject):
    # Emitted from the publishing thread; Qt queues it to receivers on the GUI thread.
    event = Signal(str, dict)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = bus.subscribe(self._forward)
        self.destroyed.connect(lambda *_: unsubscribe())

    def _forward(self, event: Event) -> None:
        self.event.emit(event.name, dict(event.data))
