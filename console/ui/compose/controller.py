"""Opens compose windows (new, resumed, from a template, answering a sent notice) and keeps track of them.

One window per draft: opening a draft that is already open brings its window forward,
so two windows never autosave over each other.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from console.domain.notices import Kind, summary_line
from console.i18n import tr
from console.service import drafts as draft_service
from console.service.drafts import DraftBook, DraftError, TemplateBook
from console.storage import notices as notice_rows
from console.storage.counterparts import Counterpart, CounterpartBook
from console.storage.notices import StoredNotice
from console.ui import dialogs
from console.ui.compose.entry import TypedState, empty_state, typed_from_wire
from console.ui.compose.window import ComposeWindow
from console.ui.worker import CoreWorker

log = logging.getLogger(__name__)

RELEASE_WAIT_MS = 60_000  # sealing and writing one file takes well under a second; a slow medium more


def describe_target(stored: StoredNotice) -> str:
    """``Sequence 3 to NRRC-RU · IMMEDIATE EXERCISE launch notification … · message 1f0c… · SHA-256 9a3e…``."""
    notice = stored.notice
    words = (tr("Sequence {sequence} to {counterpart} · {summary} · message {message_id} · sealed file SHA-256 "
                "{digest}…") if stored["direction"] == "out" else
             tr("Sequence {sequence} from {counterpart} · {summary} · message {message_id} · sealed file SHA-256 "
                "{digest}…"))
    return words.format(sequence=notice.sequence, counterpart=stored["counterpart"], summary=summary_line(notice),
                        message_id=notice.message_id, digest=str(stored["sealed_sha256"] or "")[:16])


class ComposeController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.station = window.station
        # One release at a time, in the order pressed; it outlives the compose window that started it.
        self.worker = CoreWorker(self.station, self, max_threads=1)
        self.compose_windows: list[ComposeWindow] = []
        self.last_selected_notice_id: int | None = None  # kept up to date by install()
        self.tracked_pages: weakref.WeakSet = weakref.WeakSet()  # Inbox/Outbox pages whose selection we follow

    # ---- officer and messages -----------------------------------------------------------

    def officer(self) -> str | None:
        return self.window.officer

    def _refuse(self, title: str, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)
        dialogs.inform(self.window, title, text)

    # ---- opening --------------------------------------------------------------------------

    def open_state(self, state: TypedState, *, draft_id: int | None = None) -> ComposeWindow:
        existing = self.window_for_draft(draft_id)
        if existing is not None:
            self._bring_forward(existing)
            return existing
        compose = ComposeWindow(
            self.station, self.officer, state, draft_id=draft_id,
            target_description=self._target_description(state.get("target") or ""), parent=self.window,
            worker=self.worker,
        )
        compose.draft_saved.connect(self._draft_saved)
        compose.released.connect(self._released)
        compose.closed.connect(self._forget)
        # The alert strip shows in the compose window too: an alert never raises a window over it.
        self.window.alert_board.join(compose)
        compose.closed.connect(self.window.alert_board.leave)
        self.compose_windows.append(compose)
        compose.show()
        self._bring_forward(compose)
        return compose

    def _bring_forward(self, compose: ComposeWindow) -> None:
        compose.show()
        compose.raise_()
        compose.activateWindow()

    def _target_description(self, message_id: str) -> str:
        if not message_id:
            return ""
        stored = notice_rows.by_message_id(self.station.store, message_id)
        return describe_target(stored) if stored else tr("message {message_id} (not in this station's store)").format(
            message_id=message_id)

    def new_notice(self, kind: str = Kind.LAUNCH_NOTIFICATION) -> ComposeWindow:
        state = empty_state(kind, drafted_by=self.officer() or "")
        counterparts = self._counterparts()
        if len(counterparts) == 1:
            # One counterpart: address the notice to it and send under its agreement.
            state.update(recipient=counterparts[0].station_id, agreement=counterparts[0].profile.name)
        return self.open_state(self._new_status(state))

    def _new_status(self, state: TypedState) -> TypedState:
        """A new notice never starts ACTUAL: EXERCISE under an exercise agreement, else no status until the
        officer chooses one. (A copy or a template keeps EXERCISE or TEST.)"""
        if state.get("status") not in ("", "ACTUAL"):
            return state
        counterpart = CounterpartBook(self.station.store).get(state.get("recipient") or "")
        exercise = counterpart is not None and counterpart.profile.exercise
        return {**state, "status": "EXERCISE" if exercise else ""}

    def _counterparts(self) -> list[Counterpart]:
        return CounterpartBook(self.station.store).all()

    def open_draft(self, draft_id: int) -> ComposeWindow | None:
        existing = self.window_for_draft(draft_id)
        if existing is not None:
            self._bring_forward(existing)
            return existing
        draft = DraftBook(self.station.store, self.station.clock).get(draft_id)
        if draft is None:
            self._refuse(self.tr("Draft not found"), self.tr("That draft no longer exists; it was released or "
                                                             "deleted."))
            return None
        state = draft.typed if draft.typed is not None else typed_from_wire(draft.notice)
        return self.open_state(state, draft_id=draft.id)

    def open_template(self, template_id: int) -> ComposeWindow | None:
        template = TemplateBook(self.station.store, self.station.clock).get(template_id)
        if template is None:
            self._refuse(self.tr("Template not found"), self.tr("That template no longer exists."))
            return None
        notice, typed = draft_service.draft_from_template(template, self.officer())
        return self.open_state(self._new_status(typed if typed is not None else typed_from_wire(notice)))

    def _from_notice(self, notice_id: int | None, build, title: str, *, new: bool = False) -> ComposeWindow | None:
        if notice_id is None:
            self._refuse(title, self.tr("Select a notice first: in the Outbox for amendments, postponements, "
                                        "cancellations and post-launch reports; in the Inbox or Outbox to start "
                                        "a new notice from one."))
            return None
        stored = notice_rows.by_id(self.station.store, notice_id)
        if stored is None:
            self._refuse(title, self.tr("That notice is no longer in the store."))
            return None
        try:
            wire = build(stored)
        except DraftError as error:
            self._refuse(title, error.user_message)
            return None
        state = typed_from_wire(wire)
        return self.open_state(self._new_status(state) if new else state)

    def _check_not_cancelled(self, stored: StoredNotice, action: str) -> None:
        sequence = draft_service.cancelled_by(self.station.store, stored["message_id"])
        if sequence is not None:
            raise DraftError(
                f"This notice was already cancelled (outgoing sequence {sequence}); it cannot be {action}."
            )

    def open_amendment(self, notice_id: int | None, *, postponement: bool = False) -> ComposeWindow | None:
        action = "postponed" if postponement else "amended"

        def build(stored: StoredNotice) -> dict:
            self._check_not_cancelled(stored, action)
            return draft_service.amendment_of(stored, self.officer(), postponement=postponement)

        title = self.tr("Postpone notice") if postponement else self.tr("Amend notice")
        compose = self._from_notice(notice_id, build, title)
        if compose is not None and postponement:
            compose.form.window_start.edit.setFocus()
            compose.form.window_start.edit.selectAll()
        return compose

    def open_cancellation(self, notice_id: int | None) -> ComposeWindow | None:
        def build(stored: StoredNotice) -> dict:
            self._check_not_cancelled(stored, "cancelled again")
            return draft_service.cancellation_of(stored, self.officer())

        compose = self._from_notice(notice_id, build, self.tr("Cancel notice"))
        if compose is not None:
            compose.form.reason_edit.setFocus()
        return compose

    def open_post_launch_report(self, notice_id: int | None) -> ComposeWindow | None:
        compose = self._from_notice(
            notice_id, lambda stored: draft_service.post_launch_report_of(stored, self.officer()),
            self.tr("Post-launch report"),
        )
        if compose is not None:
            compose.form.launch_time.edit.setFocus()
        return compose

    def open_new_from(self, notice_id: int | None) -> ComposeWindow | None:
        return self._from_notice(
            notice_id, lambda stored: draft_service.copy_of(stored, self.officer()), self.tr("New from notice"),
            new=True,
        )

    # ---- drafts and templates ---------------------------------------------------------------

    def window_for_draft(self, draft_id: int | None) -> ComposeWindow | None:
        if draft_id is None:
            return None
        return next((w for w in self.compose_windows if w.draft_id == draft_id), None)

    def delete_draft(self, draft_id: int) -> bool:
        book = DraftBook(self.station.store, self.station.clock)
        draft = book.get(draft_id)
        if draft is None:
            return True
        summary = self.tr("the %1 draft to %2 last saved %3").replace("%1", draft.kind.replace("_", " ")) \
            .replace("%2", draft.counterpart or "no recipient").replace("%3", draft.updated_at)
        if not dialogs.confirm(self.window, self.tr("Delete draft"),
                               self.tr("Delete %1? It cannot be recovered.").replace("%1", summary)):
            return False
        open_window = self.window_for_draft(draft_id)
        if open_window is not None:
            open_window.discard()
        book.delete(draft_id, self.officer())
        return True

    def rename_template(self, template_id: int) -> bool:
        book = TemplateBook(self.station.store, self.station.clock)
        template = book.get(template_id)
        if template is None:
            return True
        name = dialogs.ask_text(self.window, self.tr("Rename template"), self.tr("New name:"), template.name)
        if name is None or name.strip() == template.name:
            return False
        try:
            book.rename(template_id, name, self.officer())
        except DraftError as error:
            self._refuse(self.tr("Template not renamed"), error.user_message)
            return False
        return True

    def delete_template(self, template_id: int) -> bool:
        book = TemplateBook(self.station.store, self.station.clock)
        template = book.get(template_id)
        if template is None:
            return True
        if not dialogs.confirm(self.window, self.tr("Delete template"),
                               self.tr("Delete the template '%1'?").replace("%1", template.name)):
            return False
        book.delete(template_id, self.officer())
        return True

    # ---- window events ----------------------------------------------------------------------

    def _draft_saved(self, _draft_id: int) -> None:
        page = self.window.pages.get("drafts")
        before = page.widget.drafts_model.rowCount() if page is not None and hasattr(page.widget, "drafts_model") \
            else None
        if page is not None:
            page.widget.reload()
            after = page.widget.drafts_model.rowCount() if hasattr(page.widget, "drafts_model") else None
            if before != after:
                self.window.update_counts()

    def _released(self, outcome) -> None:
        # The compose window closes after a release: its outcome stays here until the next message.
        self.window.statusBar().showMessage(outcome.message)

    def _forget(self, compose: ComposeWindow) -> None:
        if compose in self.compose_windows:
            self.compose_windows.remove(compose)

    def close_all(self) -> None:
        """The console is closing: let a running release finish and report, then close every window.

        The wait is bounded; a release that outlasts it still commits whole or not at all on its own
        connection, and the Outbox shows which."""
        if any(compose.releasing for compose in self.compose_windows):
            if not self.worker.wait(RELEASE_WAIT_MS):
                log.warning("a release was still running %d ms after the console was closed", RELEASE_WAIT_MS)
            QCoreApplication.sendPostedEvents()  # delivers the outcome to its window
        for compose in list(self.compose_windows):
            compose.close()
