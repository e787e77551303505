"""Typed change events from the core, and the thread-safe bus that carries them.

The core publishes an event after the transaction it describes has committed, from
whichever thread did the work (the import worker, the exchange watcher, a worker
running an officer's action); each event names the ids it touched, so a view reloads
only for what it shows and, where it can, only the rows named (Anki's change flags
are the model). The GUI listens through one Qt bridge (`console/ui/bridge.py`) that
re-emits events on the GUI thread; the core never knows Qt exists, and the UI never
publishes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


class ChangeEvent:
    """Base of every event the core publishes."""


# ---- notices ---------------------------------------------------------------------


@dataclass(frozen=True)
class NoticesArrived(ChangeEvent):
    """An import stored files from one counterpart: new notices, quarantined files, new gaps."""

    counterpart: str
    notice_ids: tuple[int, ...] = ()
    accepted: tuple[tuple[int, str, str], ...] = ()  # (notice id, kind, precedence) for the alerts
    quarantined: tuple[tuple[str, str], ...] = ()  # (file name, reason code)
    gaps: tuple = ()


@dataclass(frozen=True)
class NoticesChangedState(ChangeEvent):
    """Notices were released, exported or otherwise moved on in their life."""

    direction: str  # "in" or "out"
    notice_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class NoticeAcknowledged(ChangeEvent):
    notice_id: int
    acknowledgement_id: int


# ---- station records ---------------------------------------------------------------


@dataclass(frozen=True)
class DraftsChanged(ChangeEvent):
    draft_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TemplatesChanged(ChangeEvent):
    template_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CounterpartsChanged(ChangeEvent):
    """A counterpart was added, verified, given a new key, a profile or folders, or had a key retired."""

    station_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class OwnKeysChanged(ChangeEvent):
    """Our station's keys were rotated: every safety number shown changes."""

    generations: tuple[int, ...] = ()


@dataclass(frozen=True)
class OfficersChanged(ChangeEvent):
    """Officers were added, (de)activated, locked, unlocked or given a PIN."""

    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class SettingsChanged(ChangeEvent):
    keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuditAppended(ChangeEvent):
    """Audit entries first..last (inclusive) were appended."""

    first: int
    last: int


# ---- the exchange folders and the store ----------------------------------------------


@dataclass(frozen=True)
class TrafficHeld(ChangeEvent):
    """Files from a counterpart wait unopened (its key is not verified); published at every rescan."""

    counterpart: str
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportFailed(ChangeEvent):
    error: str
    failures: int
    retry_in: float


@dataclass(frozen=True)
class ImportRecovered(ChangeEvent):
    pass


@dataclass(frozen=True)
class ExportFinished(ChangeEvent):
    written: int
    failed: tuple[tuple[str, str], ...] = ()  # (message id, error)


@dataclass(frozen=True)
class StoreDamaged(ChangeEvent):
    error: str


NOTICE_EVENTS = (NoticesArrived, NoticesChangedState, NoticeAcknowledged)

Listener = Callable[[ChangeEvent], None]


class EventBus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _subscribed(self, listener: Listener) -> bool:
        with self._lock:
            return listener in self._listeners

    def publish(self, event: ChangeEvent) -> None:
        if not isinstance(event, ChangeEvent):
            raise TypeError(f"{event!r} is not a ChangeEvent; the bus carries only the typed events of this module")
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            # One that unsubscribed while this publish ran (perhaps by an earlier listener) is not called.
            if not self._subscribed(listener):
                continue
            try:
                listener(event)
            except Exception:  # one broken listener must not stop the others
                log.exception("event listener failed for %s", type(event).__name__)
