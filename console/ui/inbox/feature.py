"""Plugs the inbox, the outbox, the quarantine, acknowledgement and deadline alerts into the main window.

Listed in console/ui/features.py. One timer ticks every second: it moves the
countdowns on (only the deadline cells repaint), turns rows red as deadlines
pass and lets the alert centre decide whether to alert. Everything that writes
(acknowledge, report a problem) runs on a worker with its own store connection.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from console.domain.times import format_rfc3339
from console.i18n import tr
from console.service import deadlines, queries
from console.service.events import (
    NOTICE_EVENTS,
    ChangeEvent,
    CounterpartsChanged,
    ImportFailed,
    ImportRecovered,
    NoticesArrived,
)
from console.storage.notices import by_id, open_gaps
from console.ui.inbox.acknowledge import ActionOutcome, DeskActions
from console.ui.inbox.alerts import AlertCenter
from console.ui.inbox.detail import ACKNOWLEDGE_SHORTCUT, REPORT_PROBLEM_SHORTCUT, NoticeDetailPane
from console.ui.inbox.notice_list import NoticeListView
from console.ui.inbox.quarantine import QuarantineDetail, QuarantineView
from console.ui.inbox.reader import StoreReader

TICK_MS = 1000
MOST_URGENT_SHORTCUT = "Ctrl+J"


class InboxDesk(QObject):
    """The inbox feature of one window: its pages, the one-second tick, the alerts."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.station = window.station
        self.clock = window.clock
        self.reader = StoreReader(self.station.store, self)
        self.actions = DeskActions(window)
        self.alerts = AlertCenter(window, go_to=self.show_alerted)

        def conn():
            return self.station.store.conn

        def officer() -> str | None:
            return window.officer

        self.inbox = NoticeListView(conn, "in", window, clock=self.clock, reader=self.reader,
                                    gaps=lambda: open_gaps(self.station.store))
        self.inbox_detail = NoticeDetailPane(self.station, "in", self.clock, self.actions, officer, window)
        self.outbox = NoticeListView(conn, "out", window, clock=self.clock, reader=self.reader)
        self.outbox_detail = NoticeDetailPane(self.station, "out", self.clock, None, officer, window)
        self.quarantine = QuarantineView(conn, window)
        self.quarantine_detail = QuarantineDetail(window)
        for view, pane in ((self.inbox, self.inbox_detail), (self.outbox, self.outbox_detail),
                           (self.quarantine, self.quarantine_detail)):
            view.selected.connect(pane.show_row)
        for view, pane in ((self.inbox, self.inbox_detail), (self.outbox, self.outbox_detail)):
            view.open_requested.connect(lambda pane=pane: self._read_in(pane))
        for pane in (self.inbox_detail, self.outbox_detail):
            pane.navigate.connect(self.go_to_notice)
        # The window's selection: the notice selected in the list on screen, else the last
        # one selected in either list.
        self._last_selected: int | None = None
        for view in (self.inbox, self.outbox):
            view.selected.connect(self._on_row_selected)
        self.inbox.selected.connect(self._mark_opened)
        window.page_shown.connect(lambda _key: self._update_selection())
        self.actions.finished.connect(self._on_action_finished)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def install(self) -> None:
        window = self.window
        window.add_page(
            "inbox", self.inbox,
            lambda c: tr("Inbox (%1 open / %2)").replace("%1", str(c["inbox_unacknowledged"])).replace(
                "%2", str(c["inbox"])),
            detail=self.inbox_detail, reload_on=(*NOTICE_EVENTS, CounterpartsChanged),
        )
        window.inbox = self.inbox
        window.add_page("outbox", self.outbox, self._outbox_title, detail=self.outbox_detail,
                        reload_on=(*NOTICE_EVENTS, CounterpartsChanged))
        window.outbox = self.outbox
        window.add_page("quarantine", self.quarantine,
                        lambda c: tr("Quarantine (%1)").replace("%1", str(c["quarantine"])),
                        detail=self.quarantine_detail)
        window.quarantine = self.quarantine

        window.menus["notice"].addSeparator()
        window.add_action("notice", lambda: tr("&Acknowledge the selected notice"), self.acknowledge_selected,
                          ACKNOWLEDGE_SHORTCUT, "actionAcknowledge")
        window.add_action("notice", lambda: tr("&Report a problem with the selected notice…"), self.report_selected,
                          REPORT_PROBLEM_SHORTCUT, "actionReportProblem")
        window.add_action("notice", lambda: tr("&Go to the most urgent open notice"), self.go_to_most_urgent,
                          MOST_URGENT_SHORTCUT, "actionMostUrgent")
        window.open_notice.register(self.go_to_notice)
        window.bridge.event.connect(self.on_event)
        window.on_close.append(self.stop)
        window.inbox_desk = self
        window.on_language_change.append(self.alerts.retranslate)
        self.reader.start()
        self.timer.start()

    def _outbox_title(self, counts: dict) -> str:
        if counts.get("outbox_awaiting"):
            return tr("Outbox (%1, %2 awaiting ack)").replace("%1", str(counts["outbox"])).replace(
                "%2", str(counts["outbox_awaiting"]))
        return tr("Outbox (%1)").replace("%1", str(counts["outbox"]))

    def stop(self) -> None:
        self.timer.stop()
        self.actions.wait()
        self.reader.stop()
        self.alerts.close()

    # ---- the clock -----------------------------------------------------------------------

    def tick(self) -> None:
        now = self.clock()
        conn = self.station.store.conn
        overdue = deadlines.overdue_notices(conn, now)
        late_in = sum(1 for item in overdue if item.direction == "in")
        # The banners name the most urgent: in the inbox the first of the order of work (a FLASH
        # waiting, else the most overdue); in the outbox the most overdue, a FLASH first.
        self.inbox.tick(now, late_in, deadlines.most_urgent_notice(conn, "in"))
        late_out = [item for item in overdue if item.direction == "out"]
        self.outbox.tick(now, len(late_out), min(
            late_out, key=lambda item: (item.precedence != "FLASH", item.due_at, item.notice_id), default=None))
        self.inbox_detail.tick(now)
        self.outbox_detail.tick(now)
        self.alerts.check(now, overdue)

    def on_event(self, event: ChangeEvent) -> None:
        if isinstance(event, (ImportFailed, ImportRecovered)):
            # While imports fail for a reason outside any one file, the inbox says why above the list.
            self.inbox.set_import_problem(event.error if isinstance(event, ImportFailed) else None)
        if not isinstance(event, NOTICE_EVENTS):
            return
        self.inbox_detail.refresh()
        self.outbox_detail.refresh()
        if isinstance(event, NoticesArrived):
            self.alerts.on_arrivals(list(event.accepted), self.clock())

    # ---- the selection ---------------------------------------------------------------------

    def _read_in(self, pane) -> None:
        """Enter in a list: the keys go to the reading pane (arrows and Page Down scroll it)."""
        target = pane.reading if pane.reading is not None and pane.reading.isVisible() else pane
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_opened(self, row: dict | None) -> None:
        """A notice shown in the reading pane is read: its row is no longer bold."""
        if row is None or row.get("opened"):
            return
        if queries.mark_opened(self.station.store.conn, row["id"], format_rfc3339(self.clock())):
            row["opened"] = 1  # the row on screen (the model's copy) repaints without reading the store
            self.inbox.model.forget_looks()
            at = self.inbox.model.row_of(row["id"])
            if at is not None:
                self.inbox.model.dataChanged.emit(self.inbox.model.index(at, 0),
                                                  self.inbox.model.index(at, self.inbox.model.columnCount() - 1))

    def _on_row_selected(self, row: dict | None) -> None:
        self._last_selected = row.get("id") if row is not None else None
        self._update_selection()

    def _update_selection(self) -> None:
        lists = {"inbox": self.inbox, "outbox": self.outbox}
        on_screen = lists.get(self.window.current_page())
        notice_id = on_screen.selected_notice_id() if on_screen is not None else None
        self.window.selection.set(notice_id if notice_id is not None else self._last_selected)

    # ---- actions ---------------------------------------------------------------------------

    def acknowledge_selected(self) -> None:
        if self._on_inbox():
            self.inbox_detail.acknowledge()

    def report_selected(self) -> None:
        if self._on_inbox():
            self.inbox_detail.report_problem()

    def _on_inbox(self) -> bool:
        if self.window.current_page() == "inbox":
            return True
        self.window.statusBar().showMessage(
            tr("Open the inbox (Ctrl+1) and select the notice to answer first."), 10000)
        return False

    def go_to_most_urgent(self) -> None:
        """Ctrl+J: the first waiting notice in the order of work, a FLASH before any overdue one."""
        notice_id = deadlines.most_urgent(self.station.store.conn, "in")
        if notice_id is None:
            self.window.statusBar().showMessage(tr("No notice is waiting for an acknowledgement."), 10000)
            return
        self.go_to_notice(notice_id)

    def show_alerted(self, notice_id: int) -> None:
        """The alert strip's "Go to": the notice selected and the keys in its list."""
        self.go_to_notice(notice_id)
        stored_in = self.inbox if self.window.current_page() == "inbox" else self.outbox
        stored_in.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_to_notice(self, notice_id: int) -> None:
        stored = by_id(self.station.store, notice_id)
        if stored is None:
            return
        key, view = ("inbox", self.inbox) if stored["direction"] == "in" else ("outbox", self.outbox)
        self.window.show_page(key)
        view.select_notice(notice_id)

    def _on_action_finished(self, outcome: ActionOutcome) -> None:
        if not outcome.ok:
            text = tr("Not sent: %1").replace("%1", outcome.message)
        elif outcome.action == "acknowledge":
            text = tr("Acknowledgement sent.")
        else:
            text = tr("Problem report sent.")
        self.window.statusBar().showMessage(text, 10000)


def install(window) -> None:
    InboxDesk(window).install()
