"""Acknowledging a received notice, or reporting a problem with it: one press, once, off the GUI thread.

Sealing the acknowledgement and writing its file (with fsync) can take longer
than the window may wait, so each runs in the thread pool on a store
connection of its own. The officer on watch is the one who acknowledges; with
nobody on watch the desk says so and sends nothing. Nothing here ever happens
without an officer pressing the button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from console.domain.times import format_rfc3339_with_local
from console.errors import WatchdeskError
from console.i18n import tr
from console.service.outgoing import Outgoing, ReleaseResult
from console.storage import notices as notice_rows
from console.ui import dialogs
from console.ui.inbox.table_model import kind_label
from console.ui.worker import CoreWorker

log = logging.getLogger(__name__)


def _ask_problem_reason(parent: QWidget | None, about: str) -> str | None:
    """The officer's words for what is wrong with a notice, or None when they cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr("Report a problem"))
    dialog.setLabelText(
        tr("What is wrong with %1?\nThe counterpart receives this as an error report instead of an acknowledgement.")
        .replace("%1", about))
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


@dataclass(frozen=True)
class ActionOutcome:
    notice_id: int
    action: str  # "acknowledge" | "report_problem"
    ok: bool
    message: str
    export_error: str | None = None


class DeskActions(QObject):
    """Acknowledge and report-a-problem for the window; `finished` tells how each went."""

    finished = Signal(object)  # ActionOutcome
    busy_changed = Signal(int)  # notice id whose action started or ended

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.station = window.station
        self.worker = CoreWorker(self.station, self, max_threads=1)  # one sealing at a time: sequence numbers stay in order
        self._busy: dict[int, str] = {}

    def busy(self, notice_id: int) -> str | None:
        """The action running for this notice, if any."""
        return self._busy.get(notice_id)

    def refusal(self, notice_id: int | None) -> str | None:
        """Why the officer cannot act on this notice now, in words; None when they can."""
        if notice_id is None:
            return tr("Select a received notice in the inbox first.")
        if not self.window.officer:
            return tr(
                "No officer is on watch. An acknowledgement names the officer who made it: "
                "take the watch first (Station → Start of watch…)."
            )
        if notice_id in self._busy:
            return tr("This notice is being answered already.")
        stored = notice_rows.by_id(self.station.store, notice_id)
        if stored is None or stored["direction"] != "in":
            return tr("Only a received notice can be acknowledged.")
        if stored["kind"] == "acknowledgement":
            return tr("An acknowledgement is not itself acknowledged.")
        if stored["acknowledged_at"]:
            return (
                tr("Already acknowledged by %1 at %2.")
                .replace("%1", stored["acknowledged_by"] or "?")
                .replace("%2", format_rfc3339_with_local(stored["acknowledged_at"]))
            )
        return None

    def acknowledge(self, notice_id: int | None) -> str | None:
        """Start acknowledging; returns why not, or None when it started."""
        refused = self.refusal(notice_id)
        if refused or notice_id is None:
            return refused
        officer = self.window.officer
        self._start(notice_id, "acknowledge", lambda outgoing: outgoing.acknowledge(notice_id, officer))
        return None

    def report_problem(self, notice_id: int | None, parent: QWidget | None = None) -> str | None:
        """Ask the officer what is wrong, then send an error notice about it; returns why not, or None."""
        if notice_id is None:
            return tr("Select a received notice in the inbox first.")
        if not self.window.officer:
            return self.refusal(notice_id)
        if notice_id in self._busy:
            return tr("This notice is being answered already.")
        stored = notice_rows.by_id(self.station.store, notice_id)
        if stored is None or stored["direction"] != "in":
            return tr("Only a received notice can be reported as a problem.")
        about = tr("%1 no. %2 from %3").replace("%1", kind_label(stored["kind"]).lower()).replace(
            "%2", str(stored["sequence"])).replace("%3", stored["counterpart"])
        reason = _ask_problem_reason(parent or self.window, about)
        if reason is None:
            return tr("No problem report sent.")
        if not reason.strip():
            return tr("No problem report sent: say what the problem is.")
        officer = self.window.officer
        self._start(notice_id, "report_problem", lambda outgoing: outgoing.report_problem(
            stored["counterpart"], reason, officer, message_id=stored["message_id"], sha256=stored["sealed_sha256"],
            status=stored["status"],
        ))
        return None

    def wait(self, msecs: int = 30000) -> bool:
        return self.worker.wait(msecs)

    def _start(self, notice_id: int, action: str, work: Callable[[Outgoing], ReleaseResult]) -> None:
        self._busy[notice_id] = action
        self.busy_changed.emit(notice_id)
        self.worker.run(
            lambda store: work(Outgoing(self.station, store)),
            lambda result: self._on_done(ActionOutcome(notice_id, action, True, "", result.export_error)),
            lambda error: self._on_done(self._failure(notice_id, action, error)),
        )

    @staticmethod
    def _failure(notice_id: int, action: str, error: Exception) -> ActionOutcome:
        if isinstance(error, WatchdeskError):
            return ActionOutcome(notice_id, action, False, error.user_message)
        # Reported in words; the log has the traceback.
        log.error("%s of notice %s failed", action, notice_id, exc_info=error)
        return ActionOutcome(notice_id, action, False, f"{type(error).__name__}: {error}")

    def _on_done(self, outcome: ActionOutcome) -> None:
        self._busy.pop(outcome.notice_id, None)
        self.busy_changed.emit(outcome.notice_id)
        self.finished.emit(outcome)
