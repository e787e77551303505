"""Work that waits for a widget's first paint, so that the window is on screen before it runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstPaint(QObject):
    """Calls back once: after the watched widget's first paint, or after `fallback_ms` if it has
    not painted by then. A window started minimized, or on another desktop, may not paint for
    hours, and what waits for the first paint (the folder watcher) must not wait for that."""

    def __init__(self, watched: QObject, callback, fallback_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback
        self._watched = watched
        self._done = False
        watched.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._call)

    def eventFilter(self, watched, event) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._call)  # once this paint is done
        return False

    def _call(self) -> None:
        if self._done:
            return
        self._done = True
        # Out of the widget's events from now on: a list's viewport sees every paint and mouse move.
        self._watched.removeEventFilter(self)
        self._callback()
