"""The central views: drafts, counterparts, audit log. Inbox and outbox: console/ui/inbox/notice_list.py."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.service import queries
from console.ui.inbox.notice_list import NoticeListView
from console.ui.lazy_model import Column, LazyRowModel
from console.ui.timefmt import z_text_with_local

# NoticeListView lives with the rest of the inbox; the shell builds its first inbox and outbox from here.
__all__ = ["KIND_LABELS", "AuditLogView", "Column", "NoticeListView", "SimpleTableView"]

KIND_LABELS = {
    "launch_notification": "Launch notification",
    "amendment": "Amendment",
    "cancellation": "Cancellation",
    "post_launch_report": "Post-launch report",
    "general_communication": "General communication",
    "acknowledgement": "Acknowledgement",
    "error": "Error report",
}


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    # Fixed row heights keep the view from measuring 100,000 rows.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


AUDIT_COLUMNS = [
    Column("#", lambda r: str(r["idx"])),
    Column("Time (UTC)", lambda r: r["at"].replace("T", " "), tooltip=lambda r: z_text_with_local(r["at"])),
    Column("Officer", lambda r: r["officer"]),
    Column("Action", lambda r: r["action"]),
    Column("Details", lambda r: ", ".join(f"{k}: {v}" for k, v in json.loads(r["details"]).items())),
]


class AuditLogView(QWidget):
    selected = Signal(object)
    verify_requested = Signal()

    def __init__(self, conn_provider: Callable, parent=None) -> None:
        super().__init__(parent)
        self._conn = conn_provider
        self.model = LazyRowModel(AUDIT_COLUMNS, lambda ids: queries.audit_rows(self._conn(), ids), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the audit log…"))
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.clicked.connect(self.verify_requested)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("auditVerifyResult")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.verify_button)
        self.table = _table(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selected.emit(
                self.model.row(self.table.selectionModel().selectedRows()[0].row())
                if self.table.selectionModel().selectedRows()
                else None
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self.model.set_ids(queries.audit_ids(self._conn(), self.search.text().strip() or None))

    def show_result(self, ok: bool, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020; font-weight: bold;")


class SimpleTableView(QWidget):
    """Drafts and counterparts: small tables read straight from the store."""

    selected = Signal(object)

    def __init__(self, conn_provider: Callable, sql: str, columns: list[Column], empty_text: str, name: str, parent=None):
        super().__init__(parent)
        self._conn = conn_provider
        self._sql = sql
        self._rows: dict[int, dict] = {}
        self.model = LazyRowModel(columns, lambda ids: {i: self._rows[i] for i in ids}, self)
        self.table = _table(self.model)
        self.table.setAccessibleName(name)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selected.emit(
                self.model.row(self.table.selectionModel().selectedRows()[0].row())
                if self.table.selectionModel().selectedRows()
                else None
            )
        )
        self.empty_hint = QLabel(empty_text, self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

    def reload(self) -> None:
        cursor = self._conn().execute(self._sql)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, values)) for values in cursor]
        self._rows = {i: row for i, row in enumerate(rows)}
        self.model.set_ids(list(self._rows))
        self.empty_hint.setVisible(not rows)
