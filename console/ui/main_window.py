"""The main window: navigation, a central view, a detail pane, the status bar."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
)

import console
from console.service import queries
from console.service.events import EventBus
from console.service.station import Station
from console.ui.bridge import QtEventBridge
from console.ui.status_bar import WatchStatusBar
from console.ui.timefmt import z_text_with_local
from console.ui.views import KIND_LABELS, AuditLogView, Column, NoticeListView, SimpleTableView

PAGES = ("inbox", "outbox", "drafts", "counterparts", "audit")


class MainWindow(QMainWindow):
    inbox_loaded = Signal()

    def __init__(
        self,
        station: Station,
        bus: EventBus | None = None,
        clock: Callable[[], datetime] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.bus = bus or EventBus()
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        demo = " — DEMO (synthetic data)" if station.demo else ""
        self.setWindowTitle(f"Watchdesk — {station.station_id}{demo}")
        self.resize(1280, 800)

        conn = lambda: self.station.store.conn  # noqa: E731
        self.inbox = NoticeListView(conn, "in", self)
        self.outbox = NoticeListView(conn, "out", self)
        self.drafts = SimpleTableView(
            conn,
            "SELECT id, kind, counterpart, officer, updated_at FROM drafts ORDER BY updated_at DESC",
            [
                Column("Kind", lambda r: KIND_LABELS.get(r["kind"], r["kind"])),
                Column("Counterpart", lambda r: r["counterpart"] or ""),
                Column("Officer", lambda r: r["officer"] or ""),
                Column("Last saved (UTC)", lambda r: r["updated_at"].replace("T", " ")),
            ],
            self.tr("No drafts. Drafts are saved here as you type a new notice."),
            self.tr("Drafts"),
            self,
        )
        self.counterparts = SimpleTableView(
            conn,
            "SELECT station_id, name, card_fingerprint, verified_fingerprint, verified_at FROM counterparts "
            "ORDER BY station_id",
            [
                Column("Station", lambda r: r["station_id"]),
                Column("Name", lambda r: r["name"]),
                Column(
                    "Key",
                    lambda r: "verified" if r["verified_fingerprint"] == r["card_fingerprint"] else "NOT VERIFIED",
                ),
                Column("Fingerprint", lambda r: r["card_fingerprint"]),
            ],
            self.tr("No counterparts yet. Import a counterpart's key card to exchange notices."),
            self.tr("Counterparts"),
            self,
        )
        self.audit = AuditLogView(conn, self)
        self.audit.verify_requested.connect(self.verify_audit)

        self.pages = {
            "inbox": self.inbox,
            "outbox": self.outbox,
            "drafts": self.drafts,
            "counterparts": self.counterparts,
            "audit": self.audit,
        }
        self.stack = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMaximumWidth(220)
        for key in PAGES:
            self.stack.addWidget(self.pages[key])
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.currentRowChanged.connect(self._show_page)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detailPane")
        self.detail.setAccessibleName(self.tr("Details of the selected item"))
        self.detail.setOpenLinks(False)
        for view in self.pages.values():
            view.selected.connect(self.show_detail)

        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 700, 380])
        self.setCentralWidget(splitter)

        self.status = WatchStatusBar(f"{station.station_id} · {station.name}", self.clock, self)
        self.setStatusBar(self.status)
        self.status.set_officer(None)
        self.status.set_exchange_state(self.tr("Exchange: no counterpart folders yet"))

        self._build_menus()
        self.bridge = QtEventBridge(self.bus, self)
        self.bridge.event.connect(self._on_event)
        self.reload_all()
        self.nav.setCurrentRow(0)

    # ---- menus -------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actionQuit")

        view_menu = bar.addMenu(self.tr("&View"))
        titles = {
            "inbox": self.tr("&Inbox"),
            "outbox": self.tr("&Outbox"),
            "drafts": self.tr("&Drafts"),
            "counterparts": self.tr("&Counterparts"),
            "audit": self.tr("&Audit log"),
        }
        self.page_actions = {}
        for number, key in enumerate(PAGES, start=1):
            self.page_actions[key] = self._action(
                view_menu, titles[key], lambda _c=False, k=key: self.show_page(k), f"Ctrl+{number}", f"actionShow_{key}"
            )
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Refresh"), self.reload_all, QKeySequence.StandardKey.Refresh, "actionRefresh")
        self._action(
            view_menu, self.tr("&Find in notices"), self._focus_search, QKeySequence.StandardKey.Find, "actionFind"
        )

        station_menu = bar.addMenu(self.tr("&Station"))
        self._action(station_menu, self.tr("&Verify audit log"), self.verify_audit, "Ctrl+Shift+V", "actionVerifyAudit")
        self._action(
            station_menu, self.tr("Write audit &checkpoint"), self.write_checkpoint, "Ctrl+Shift+K", "actionCheckpoint"
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Watchdesk"), self.show_about, "F1", "actionAbout")

    # ---- pages ---------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.detail.clear()

    def _focus_search(self) -> None:
        view = self.pages[self.current_page()]
        if hasattr(view, "search"):
            view.search.setFocus()
            view.search.selectAll()

    def reload_all(self) -> None:
        for view in self.pages.values():
            view.reload()
        self.update_counts()
        self.inbox_loaded.emit()

    def update_counts(self) -> None:
        counts = queries.folder_counts(self.station.store.conn)
        labels = {
            "inbox": self.tr("Inbox (%1 open / %2)")
            .replace("%1", str(counts["inbox_unacknowledged"]))
            .replace("%2", str(counts["inbox"])),
            "outbox": self.tr("Outbox (%1)").replace("%1", str(counts["outbox"])),
            "drafts": self.tr("Drafts (%1)").replace("%1", str(counts["drafts"])),
            "counterparts": self.tr("Counterparts (%1)").replace("%1", str(counts["counterparts"])),
            "audit": self.tr("Audit log (%1)").replace("%1", str(counts["audit"])),
        }
        for row, key in enumerate(PAGES):
            self.nav.item(row).setText(labels[key])
            self.nav.item(row).setData(Qt.ItemDataRole.AccessibleTextRole, labels[key])

    def _on_event(self, name: str, _data: dict) -> None:
        if name in ("notices_changed", "drafts_changed", "counterparts_changed", "audit_changed"):
            self.reload_all()

    # ---- detail ------------------------------------------------------------------

    def show_detail(self, row: dict | None) -> None:
        if row is None:
            self.detail.clear()
            return
        lines = []
        for key, value in row.items():
            if value in (None, ""):
                continue
            text = str(value)
            if key == "details":
                text = ", ".join(f"{k}: {v}" for k, v in json.loads(value).items())
            elif isinstance(value, str) and value.endswith("Z") and "T" in value:
                text = z_text_with_local(value)
            lines.append(f"<tr><th align='left'>{html.escape(key.replace('_', ' '))}</th><td>{html.escape(text)}</td></tr>")
        self.detail.setHtml("<table cellspacing='4'>" + "".join(lines) + "</table>")

    # ---- station actions -----------------------------------------------------------

    def verify_audit(self) -> None:
        result = self.station.verify_audit()
        self.audit.show_result(result.ok, result.describe())
        self.show_page("audit")
        self.bus.publish("audit_changed")

    def write_checkpoint(self) -> None:
        count = self.station.write_checkpoint(self.status.officer.text() or "officer")
        self.statusBar().showMessage(self.tr("Signed an audit checkpoint over %1 entries.").replace("%1", str(count)), 5000)
        self.bus.publish("audit_changed")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Watchdesk"),
            self.tr(
                "<h3>Watchdesk %1</h3><p>The duty officer's console for launch-notification exchange.</p>"
                "<p>Station: %2 (%3)<br>Data dir: %4</p>"
            )
            .replace("%1", console.__version__)
            .replace("%2", html.escape(self.station.station_id))
            .replace("%3", html.escape(self.station.name))
            .replace("%4", html.escape(str(self.station.data_dir.resolve()))),
        )
