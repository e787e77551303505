"""The audit log page: a searchable, read-only list, and the chain check in words.

Checking a long chain takes a while (about 0.1 s per 10,000 entries), so beyond a
small log it runs on a worker thread with its own store connection.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import format_rfc3339_with_local, format_utc_with_local
from console.i18n import tr
from console.service import queries
from console.storage import audit as audit_entries
from console.storage.audit import VerifyResult
from console.ui.fitting import fit_columns
from console.ui.lazy_model import Column, LazyRowModel
from console.ui.worker import CoreWorker
from console.ui.palette import style_text

log = logging.getLogger(__name__)

# Up to this many entries the check takes well under 0.1 s and runs at once.
INLINE_LIMIT = 2000

COLUMN_WIDTHS = (70, 170, 130, 170)
# An entry to notice: dark text on a peach row, legible under the day and the night palette alike
# (the palette's own text on this background is light at night).
ATTENTION_BACKGROUND = QColor("#fde7d4")
ATTENTION_TEXT = QColor("#6b2f00")


def _attention(row: dict) -> str | None:
    return queries.attention_text(row["action"], json.loads(row["details"]))


def _details(row: dict) -> str:
    # An entry the officer must notice says so in words first (docs/format.md sections 12 and 13).
    plain = ", ".join(f"{k}: {v}" for k, v in json.loads(row["details"]).items())
    attention = _attention(row)
    return f"⚠ {attention} | {plain}" if attention else plain


def _background(row: dict) -> QColor | None:
    return ATTENTION_BACKGROUND if _attention(row) else None


def _foreground(row: dict) -> QColor | None:
    return ATTENTION_TEXT if _attention(row) else None


AUDIT_COLUMNS = [
    Column("#", lambda r: str(r["idx"]), background=_background, foreground=_foreground),
    Column(lambda: tr("Time (UTC)"), lambda r: r["at"].replace("T", " "), tooltip=lambda r: format_rfc3339_with_local(r["at"]),
           background=_background, foreground=_foreground),
    Column(lambda: tr("Officer"), lambda r: r["officer"], background=_background, foreground=_foreground),
    Column(lambda: tr("Action"), lambda r: r["action"], background=_background, foreground=_foreground),
    Column(lambda: tr("Details"), _details, background=_background, foreground=_foreground, tooltip=lambda r: _attention(r) or ""),
]


def result_words(result: VerifyResult) -> str:
    """The check's outcome for the officer: what is intact, or the first bad entry and what to do."""
    if result.ok:
        return result.describe() + "."
    return (
        result.describe()
        + f". Entries before #{result.first_bad_index} are intact; from #{result.first_bad_index} on the log cannot "
        "be trusted. Tell the supervisor and keep the station's backup."
    )


class AuditPage(QWidget):
    selected = Signal(object)
    verify_finished = Signal(bool, str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.station = window.station
        self.worker = CoreWorker(self.station, self, max_threads=1)
        self._checking = False
        self.model = LazyRowModel(AUDIT_COLUMNS, lambda ids: queries.audit_rows(self.station.store.conn, ids), self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the audit log (officer, action, details)…"))
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setObjectName("verifyAuditChain")
        self.verify_button.clicked.connect(self.verify_chain)
        self.count_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the check reports no steps
        self.progress.setAccessibleName(self.tr("Checking the audit chain"))
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("auditVerifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.progress)
        bar.addWidget(self.verify_button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        # Widths from the heads, the longest entry number and time, and these floors: measuring the rows
        # would fetch rows the view never shows. Fitted again when the heads change (the language).
        self._fit_columns()
        self.model.headerDataChanged.connect(lambda *_: self._fit_columns())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)

    def _fit_columns(self) -> None:
        fit_columns(self.table, {0: ["9999999"], 1: ["2026-12-31 23:59:59Z"], 2: [], 3: []},
                    minimum=dict(enumerate(COLUMN_WIDTHS)))

    def reload(self) -> None:
        ids = queries.audit_ids(self.station.store.conn, self.search.text().strip() or None)
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%1 entries").replace("%1", str(len(ids))))

    def title(self, counts: dict) -> str:
        return self.tr("Audit log (%1)").replace("%1", str(counts["audit"]))

    def _on_selection(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.selected.emit(self.model.row(rows[0].row()) if rows else None)

    # ---- chain check ----------------------------------------------------------------

    @property
    def checking(self) -> bool:
        return self._checking

    def verify_chain(self) -> None:
        """Check the chain: at once for a small log, on a worker thread for a large one."""
        if self.checking:
            return
        self.main_window.show_page("audit")
        entries = audit_entries.count(self.station.store.conn)
        if entries <= INLINE_LIMIT:
            self._on_finished(self.station.verify_audit())
            return
        self.verify_button.setEnabled(False)
        self.progress.show()
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Checking %1 audit entries…").replace("%1", str(entries)))
        self.result_label.show()
        trusted = self.station.trusted_audit_keys()
        self._checking = True
        self.worker.run(lambda store: store.audit.verify(trusted), self._on_finished, self._on_failed)

    def wait_for_check(self, timeout: float = 30.0) -> None:
        self.worker.wait(int(timeout * 1000))

    def _on_failed(self, error: Exception) -> None:
        # Reported to the officer, never lost; the log has the traceback.
        log.error("verifying the audit log failed", exc_info=error)
        self._on_finished(f"The check could not run: {error}")

    def _on_finished(self, outcome: object) -> None:
        self._checking = False
        self.progress.hide()
        self.verify_button.setEnabled(True)
        checked_at = format_utc_with_local(self.main_window.clock(), seconds=True)
        if isinstance(outcome, VerifyResult):
            self.show_result(outcome.ok, result_words(outcome) + " " + self.tr("(checked %1)").replace("%1", checked_at))
        else:
            self.show_result(False, str(outcome))

    def show_result(self, ok: bool, text: str) -> None:
        self.result_label.setText(text)
        style_text(self.result_label, "good" if ok else "error", "" if ok else "font-weight: bold;")
        self.result_label.show()
        self.verify_finished.emit(ok, text)
