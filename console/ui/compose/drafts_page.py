"""The Drafts page: resume or delete drafts; start a draft from a template, rename or delete templates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.i18n import tr
from console.service.drafts import Draft, DraftBook, Template, TemplateBook
from console.ui.lazy_model import Column, LazyRowModel
from console.ui.views import kind_label


def _window_text(content: dict[str, Any]) -> str:
    start, end = str(content.get("window_start") or ""), str(content.get("window_end") or "")
    if not start:
        return ""
    text = f"window {start[:16].replace('T', ' ')}Z"
    if end:
        text += f"–{end[11:16]}Z" if end[:10] == start[:10] else f"–{end[:16].replace('T', ' ')}Z"
    return text


def draft_summary(notice: dict[str, Any]) -> str:
    """One line about a draft, however little of it is filled in."""
    body = notice.get("body") if isinstance(notice.get("body"), dict) else {}
    kind = notice.get("kind")
    parts = [str(notice.get("status") or ""), str(notice.get("precedence") or "")]
    if kind in ("launch_notification", "amendment"):
        content = body.get("content") if kind == "amendment" else body
        content = content if isinstance(content, dict) else {}
        count, category = content.get("vehicle_count"), content.get("vehicle_category")
        if category:
            parts.append(f"{count if count is not None else '?'}x {category}")
        parts.append(_window_text(content))
        areas = content.get("impact_areas") if isinstance(content.get("impact_areas"), list) else []
        if areas:
            parts.append(f"{len(areas)} impact area{'s' if len(areas) != 1 else ''}")
    elif kind == "general_communication":
        parts.append(str(body.get("subject") or ""))
    elif kind in ("cancellation", "post_launch_report"):
        target = body.get("cancelled_message_id") or body.get("reported_message_id") or ""
        parts.append(f"of {str(target)[:8]}" if target else "")
        parts.append(str(body.get("reason") or ""))
    return " ".join(part for part in parts if part)


def _table(model: LazyRowModel, name: str, stretch_column: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)  # the summary takes what is left
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    return view


DRAFT_COLUMNS = [
    Column(lambda: tr("Kind"), lambda r: kind_label(r["kind"])),
    Column(lambda: tr("To"), lambda r: r["counterpart"] or ""),
    Column(lambda: tr("Summary"), lambda r: r["summary"], tooltip=lambda r: r["summary"]),
    Column(lambda: tr("Drafted by"), lambda r: r["officer"] or ""),
    Column(lambda: tr("Last saved (UTC)"), lambda r: r["updated_at"].replace("T", " ")),
]
TEMPLATE_COLUMNS = [
    Column(lambda: tr("Name"), lambda r: r["name"]),
    Column(lambda: tr("For"), lambda r: r["counterpart"] or tr("any counterpart")),
    Column(lambda: tr("Kind"), lambda r: kind_label(r["kind"])),
    Column(lambda: tr("Summary"), lambda r: r["summary"], tooltip=lambda r: r["summary"]),
]


class DraftsPage(QWidget):
    """Replaces the base 'drafts' page; rows come from DraftBook and TemplateBook."""

    selected = Signal(object)

    def __init__(self, station: Any, officer: Callable[[], str | None], open_draft: Callable[[int], Any],
                 delete_draft: Callable[[int], bool], open_template: Callable[[int], Any],
                 rename_template: Callable[[int], bool], delete_template: Callable[[int], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.officer = officer
        self._open_draft, self._delete_draft = open_draft, delete_draft
        self._open_template, self._rename_template, self._delete_template = open_template, rename_template, \
            delete_template
        self._drafts: dict[int, dict] = {}
        self._templates: dict[int, dict] = {}

        self.drafts_model = LazyRowModel(DRAFT_COLUMNS, lambda ids: {i: self._drafts[i] for i in ids}, self)
        self.drafts_table = _table(self.drafts_model, tr("Drafts"), stretch_column=2)
        self.drafts_table.activated.connect(lambda _index: self.open_selected_draft())
        self.drafts_table.selectionModel().selectionChanged.connect(lambda *_: self._emit_selected(self.drafts_table))
        self.drafts_hint = QLabel(tr("No drafts. Drafts are saved here as you type a new notice "
                                     "(Notice → New launch notification, Ctrl+N)."), self)
        self.drafts_hint.setWordWrap(True)
        self.open_button = QPushButton(tr("&Open draft"), self)
        self.open_button.clicked.connect(self.open_selected_draft)
        self.delete_button = QPushButton(tr("&Delete draft…"), self)
        self.delete_button.clicked.connect(self.delete_selected_draft)

        self.templates_model = LazyRowModel(TEMPLATE_COLUMNS, lambda ids: {i: self._templates[i] for i in ids}, self)
        self.templates_table = _table(self.templates_model, tr("Templates"), stretch_column=3)
        self.templates_table.activated.connect(lambda _index: self.new_from_selected_template())
        self.templates_table.selectionModel().selectionChanged.connect(
            lambda *_: self._emit_selected(self.templates_table)
        )
        self.templates_hint = QLabel(tr("No templates. In a compose window, Notice → Save as template keeps "
                                        "a pre-agreed text for reuse."), self)
        self.templates_hint.setWordWrap(True)
        self.use_template_button = QPushButton(tr("&New draft from template"), self)
        self.use_template_button.clicked.connect(self.new_from_selected_template)
        self.rename_template_button = QPushButton(tr("Re&name template…"), self)
        self.rename_template_button.clicked.connect(self.rename_selected_template)
        self.delete_template_button = QPushButton(tr("Delete &template…"), self)
        self.delete_template_button.clicked.connect(self.delete_selected_template)

        # Delete in a table deletes its selected row (after confirmation).
        for table, slot in ((self.drafts_table, self.delete_selected_draft),
                            (self.templates_table, self.delete_selected_template)):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        rename = QShortcut(QKeySequence("F2"), self.templates_table)
        rename.setContext(Qt.ShortcutContext.WidgetShortcut)
        rename.activated.connect(self.rename_selected_template)

        drafts_label = QLabel(tr("D&rafts"), self)
        drafts_label.setBuddy(self.drafts_table)
        drafts_label.setStyleSheet("font-weight: bold;")
        templates_label = QLabel(tr("Te&mplates (pre-agreed texts)"), self)
        templates_label.setBuddy(self.templates_table)
        templates_label.setStyleSheet("font-weight: bold;")
        draft_buttons = QHBoxLayout()
        draft_buttons.addWidget(self.open_button)
        draft_buttons.addWidget(self.delete_button)
        draft_buttons.addStretch(1)
        template_buttons = QHBoxLayout()
        for button in (self.use_template_button, self.rename_template_button, self.delete_template_button):
            template_buttons.addWidget(button)
        template_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(drafts_label)
        layout.addWidget(self.drafts_table, 3)
        layout.addWidget(self.drafts_hint)
        layout.addLayout(draft_buttons)
        layout.addWidget(templates_label)
        layout.addWidget(self.templates_table, 2)
        layout.addWidget(self.templates_hint)
        layout.addLayout(template_buttons)

    # ---- rows ---------------------------------------------------------------------------

    def reload(self) -> None:
        drafts = DraftBook(self.station.store, self.station.clock).all()
        templates = TemplateBook(self.station.store, self.station.clock).all()
        self._drafts = {draft.id: self._draft_row(draft) for draft in drafts}
        self._templates = {template.id: self._template_row(template) for template in templates}
        selected_draft = self.selected_draft_id()
        selected_template = self.selected_template_id()
        self.drafts_model.set_ids(list(self._drafts))
        self.templates_model.set_ids(list(self._templates))
        self._reselect(self.drafts_table, self.drafts_model, selected_draft)
        self._reselect(self.templates_table, self.templates_model, selected_template)
        self.drafts_hint.setVisible(not drafts)
        self.templates_hint.setVisible(not templates)
        for button in (self.open_button, self.delete_button):
            button.setEnabled(bool(drafts))
        for button in (self.use_template_button, self.rename_template_button, self.delete_template_button):
            button.setEnabled(bool(templates))

    @staticmethod
    def _draft_row(draft: Draft) -> dict:
        return {"id": draft.id, "kind": draft.kind, "counterpart": draft.counterpart, "officer": draft.officer,
                "summary": draft_summary(draft.notice), "updated_at": draft.updated_at,
                "created_at": draft.created_at}

    @staticmethod
    def _template_row(template: Template) -> dict:
        return {"id": template.id, "name": template.name, "counterpart": template.counterpart,
                "kind": template.kind, "summary": draft_summary(template.notice), "created_at": template.created_at}

    @staticmethod
    def _reselect(table: QTableView, model: LazyRowModel, row_id: int | None) -> None:
        row = model.row_of(row_id) if row_id is not None else None
        if row is not None:
            table.selectRow(row)

    def _selected(self, table: QTableView, model: LazyRowModel) -> int | None:
        rows = table.selectionModel().selectedRows()
        if rows:
            return model.row_id(rows[0].row())
        current = table.currentIndex()
        return model.row_id(current.row()) if current.isValid() else None

    def selected_draft_id(self) -> int | None:
        return self._selected(self.drafts_table, self.drafts_model)

    def selected_template_id(self) -> int | None:
        return self._selected(self.templates_table, self.templates_model)

    def _emit_selected(self, table: QTableView) -> None:
        model = table.model()
        rows = table.selectionModel().selectedRows()
        self.selected.emit(model.row(rows[0].row()) if rows else None)

    # ---- actions ------------------------------------------------------------------------

    def open_selected_draft(self) -> None:
        draft_id = self.selected_draft_id()
        if draft_id is not None:
            self._open_draft(draft_id)

    def delete_selected_draft(self) -> None:
        draft_id = self.selected_draft_id()
        if draft_id is not None and self._delete_draft(draft_id):
            self.reload()

    def new_from_selected_template(self) -> None:
        template_id = self.selected_template_id()
        if template_id is not None:
            self._open_template(template_id)

    def rename_selected_template(self) -> None:
        template_id = self.selected_template_id()
        if template_id is not None and self._rename_template(template_id):
            self.reload()

    def delete_selected_template(self) -> None:
        template_id = self.selected_template_id()
        if template_id is not None and self._delete_template(template_id):
            self.reload()
