"""The central views: notices (inbox and outbox), drafts, counterparts, audit log."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from console.ui.lazy_model import Column, LazyRowModel
from console.ui.timefmt import z_text_with_local

KIND_LABELS = {
    "launch_notification": "Launch notification",
    "amendment": "Amendment",
    "cancellation": "Cancellation",
    "post_launch_report": "Post-launch report",
    "general_communication": "General communication",
    "acknowledgement": "Acknowledgement",
    "error": "Error report",
}
PRECEDENCE_COLOURS = {"FLASH": QColor("#b00020"), "IMMEDIATE": QColor("#c05000")}


def _window(row: dict) -> str:
    if not row.get("window_start"):
        return ""
    return f"{row['window_start'][:16].replace('T', ' ')}Z – {row['window_end'][11:16]}Z"


NOTICE_COLUMNS = [
    Column("Status", lambda r: r["status"]),
    Column("Precedence", lambda r: r["precedence"], foreground=lambda r: PRECEDENCE_COLOURS.get(r["precedence"])),
    Column("Kind", lambda r: KIND_LABELS.get(r["kind"], r["kind"])),
    Column("Counterpart", lambda r: r["counterpart"]),
    Column("DTG (UTC)", lambda r: r["dtg"].replace("T", " ").replace("Z", "Z"), tooltip=lambda r: z_text_with_local(r["dtg"])),
    Column("Launch window", _window),
    Column("State", lambda r: r["state"]),
    Column("Seq", lambda r: str(r["sequence"])),
]


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


class NoticeListView(QWidget):
    """Inbox or outbox: filter bar over a lazily loaded table."""

    selected = Signal(object)  # row dict or None

    def __init__(self, conn_provider: Callable, direction: str, parent=None) -> None:
        super().__init__(parent)
        self._conn = conn_provider
        self.direction = direction
        self.filter = queries.NoticeFilter(direction=direction)
        self.order = "dtg_desc"
        self.model = LazyRowModel(NOTICE_COLUMNS, lambda ids: queries.notice_rows(self._conn(), ids), self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notice text…"))
        self.search.setAccessibleName(self.tr("Search notices"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(lambda text: self.reload() if not text else None)
        self.status_filter = self._combo(self.tr("All statuses"), ["ACTUAL", "EXERCISE", "TEST"], "status")
        self.kind_filter = self._combo(self.tr("All kinds"), list(KIND_LABELS), "kind", labels=KIND_LABELS)
        self.precedence_filter = self._combo(
            self.tr("All precedences"), ["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"], "precedence"
        )
        self.count_label = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.status_filter, self.kind_filter, self.precedence_filter):
            bar.addWidget(combo, 1)
        bar.addWidget(self.count_label)
        self.table = _table(self.model)
        self.table.setAccessibleName(self.tr("Inbox") if direction == "in" else self.tr("Outbox"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

    def _combo(self, all_label: str, values: list[str], field: str, labels: dict | None = None) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(all_label)
        combo.addItem(all_label, None)
        for value in values:
            combo.addItem((labels or {}).get(value, value), value)
        combo.currentIndexChanged.connect(lambda _i: self._set_filter(field, combo.currentData()))
        return combo

    def _set_filter(self, field: str, value) -> None:
        self.filter = self.filter.with_(**{field: value})
        self.reload()

    def reload(self) -> None:
        self.filter = self.filter.with_(text=self.search.text().strip() or None)
        ids = queries.notice_ids(self._conn(), self.filter, self.order)
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n notice(s)", "", len(ids)))
        if ids:
            self.empty_hint.hide()
        else:
            self.empty_hint.setText(
                self.tr("No notices match these filters.")
                if self.filter != queries.NoticeFilter(direction=self.direction)
                else (
                    self.tr("No incoming notices yet. Files from counterparts appear here as they arrive.")
                    if self.direction == "in"
                    else self.tr("Nothing sent yet.")
                )
            )
            self.empty_hint.show()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.selected.emit(self.model.row(rows[0].row()) if rows else None)


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
