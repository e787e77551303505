"""Inbox or outbox: filters over a lazily loaded table that stays fast at 100,000 notices.

The view holds ids only (LazyRowModel). Once the list's packed columns are read
(console/ui/inbox/packed.py), a filter or a sort is answered on the GUI thread within a
frame; before that, and for new search words, the listing is one SQL query for ids
(console/service/queries.py) on the reader thread, so typing a search word or clicking
a header never holds up the window.
The inbox opens in the officer's order of work (queries.WORK_ORDER: unacknowledged FLASH
first, then overdue, then by deadline, then the rest newest first), and the sort box names it.
Above the table: a banner for missing sequence numbers and one naming the most urgent
notice (a FLASH still waiting, or the most overdue) with its countdown.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.notices import Kind, Precedence, Status
from console.domain.times import format_rfc3339
from console.i18n import tr
from console.service.deadlines import WaitingNotice
from console.service.events import ChangeEvent, NoticeAcknowledged
from console.service import queries
from console.service.chains import ChainState
from console.service.queries import ChainLink
from console.ui.inbox import row_colours
from console.ui.inbox.flow_layout import FlowLayout
from console.ui.first_paint import AfterFirstPaint
from console.ui.inbox.packed import PackedListing
from console.ui.inbox.reader import StoreReader
from console.ui.fitting import fit_columns
from console.ui.inbox.table_model import NoticeTableModel, delivery_text, kind_label, launch_window_text, span_text
from console.ui.palette import style_strip
from console.ui.lazy_model import packed_ids
from console.ui.row_delegate import MARK_SIZE, CellDelegate

ANY_DATE = QDate(2000, 1, 1)  # the date edits' "no limit" value, shown as "Any"
SEARCH_DELAY_MS = 300  # search as the officer pauses typing, not at every key
# At start-up the list opens with this many rows (a tall screenful), the whole listing after.
FIRST_ROWS = 100
PACKED_AT_THE_LATEST_MS = 1000  # a list not on screen (the outbox at start) reads its columns then
KINDS = [kind.value for kind in Kind]
PRECEDENCES = [precedence.value for precedence in Precedence]
STATUSES = [status.value for status in Status]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class NoticeListView(QWidget):
    """Inbox or outbox: filter bar over a lazily loaded table."""

    selected = Signal(object)  # row dict or None
    loaded = Signal(int)  # number of notices listed, after every reload
    open_requested = Signal()  # Enter in the list: the officer wants to read the selected notice

    def __init__(
        self,
        conn_provider: Callable,
        direction: str,
        parent=None,
        *,
        clock: Callable[[], datetime] = _utc_now,
        reader: StoreReader | None = None,
        gaps: Callable[[], dict[str, list[int]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._conn = conn_provider
        self.direction = direction
        self.clock = clock
        self.reader = reader
        self._gaps = gaps
        self.filter = self.default_filter()
        self._generation = 0
        self._applied = 0  # the generation whose listing is on screen
        self._listed_once = False
        self.listing_complete = False  # the whole listing is on screen, not only its first rows
        # A key of queries.SORT_KEYS, queries.WORK_ORDER, or None for newest first.
        self._sort_column: str | None = queries.WORK_ORDER if direction == "in" else None
        self._descending = True
        self.model = NoticeTableModel(direction, lambda ids: queries.notice_rows(self._conn(), ids), clock(), self,
                                      colours=row_colours.for_palette(self.palette()))
        self.packed = PackedListing(direction, reader, conn_provider, on_loaded=self._on_packed_loaded)

        self.gap_banner = self._banner("gapBanner", "warning")
        self.import_banner = self._banner("importBanner", "danger")
        self.overdue_banner = self._banner("overdueBanner", "danger")

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)

        self.sort_combo = QComboBox(self)
        # As wide as its longest item in the language in force: a count of characters is too narrow
        # for Chinese, whose characters are wider than the Latin letter Qt counts in.
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_combo.addItem("", queries.WORK_ORDER)
        self.sort_combo.addItem("", None)
        for key, _title in self._sortable_columns():
            self.sort_combo.addItem("", key)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo)
        self.descending_button = QToolButton(self)
        self.descending_button.setCheckable(True)
        self.descending_button.setChecked(True)
        self.descending_button.toggled.connect(self._on_descending)
        self._update_descending_text()
        self.open_first = QCheckBox(self)
        self.open_first.setChecked(direction == "in")
        self.open_first.toggled.connect(lambda _checked: self.reload())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noticeCount")

        self.status_filter = self._combo(STATUSES, "status")
        self.kind_filter = self._combo(KINDS, "kind")
        self.counterpart_filter = self._combo([], "counterpart")
        self.precedence_filter = self._combo(PRECEDENCES, "precedence")
        self.since_edit = self._date_edit()
        self.until_edit = self._date_edit()
        # The counterpart's acknowledgements are folded into the notices they acknowledge (the
        # outbox row says "Acknowledged by ..."): rows of their own only when asked for.
        self.show_acknowledgements = QCheckBox(self)
        self.show_acknowledgements.setVisible(direction == "in")
        self.show_acknowledgements.toggled.connect(lambda checked: self._set_filter("acknowledgements", checked))
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)

        # The search box and the count on one line; the order and the filters wrap beneath it as the
        # pane narrows (at 1280x800 the list must leave the reading pane its room).
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.count_label)
        second = FlowLayout()
        for widget in (self.sort_combo, self.descending_button, self.open_first, self.status_filter,
                       self.kind_filter, self.counterpart_filter, self.precedence_filter):
            second.addWidget(widget)
        self.since_label, self.until_label = QLabel(self), QLabel(self)
        for label, edit in ((self.since_label, self.since_edit), (self.until_label, self.until_edit)):
            label.setBuddy(edit)
            second.addWidget(_together(self, label, edit))  # a label wraps with its field
        second.addWidget(self.show_acknowledgements)
        second.addWidget(self.clear_button)
        self.filter_bar = second

        self.table = self._make_table()
        self._set_texts()
        # Tab from the search box goes straight to the list; Up/Down there move the selection.
        QWidget.setTabOrder(self.search, self.table)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self._show_order()
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.import_banner)
        layout.addWidget(self.gap_banner)
        layout.addWidget(self.overdue_banner)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        # The packed columns' read (numpy imported, 100,000 rows read: a second of a thread that
        # shares the interpreter lock) starts once the list is on screen, not during its first paint.
        self._painted = False
        AfterFirstPaint(self.table.viewport(), self._first_painted, PACKED_AT_THE_LATEST_MS, self)

    # ---- building ------------------------------------------------------------------------

    def _banner(self, name: str, kind: str) -> QLabel:
        """A strip over the list: a "danger" (red) or "warning" (amber) one, in the palette's set."""
        banner = QLabel(self)
        banner.setObjectName(name)
        banner.setWordWrap(True)
        style_strip(banner, kind, f"QLabel#{name}", "padding: 4px 8px;")
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.hide()
        return banner

    def _sortable_columns(self) -> list[tuple[str, str]]:
        return [
            (key, str(self.model.headerData(number, Qt.Orientation.Horizontal)))
            for number, key in enumerate(self.model.sort_keys)
        ]

    def _set_texts(self) -> None:
        """The list's words, in the language in force: when it is made and when the language changes
        (retranslate); what it holds (filters, order, search, selection) stays as it is."""
        self.search.setPlaceholderText(self.tr("Search notice text…"))
        self.search.setAccessibleName(self.tr("Search notices"))
        self.sort_combo.setAccessibleName(self.tr("Sort by"))
        work_order = self.tr("Order of work: FLASH, overdue, deadline")
        self.sort_combo.setItemText(0, work_order)
        self.sort_combo.setItemData(0, self.tr(
            "Unacknowledged FLASH notices first, then the overdue ones, then the others waiting by their "
            "acknowledgement deadline, soonest first; then the rest, newest first"), Qt.ItemDataRole.ToolTipRole)
        self.sort_combo.setItemText(1, self.tr("Sort: newest first"))
        for index, (_key, title) in enumerate(self._sortable_columns(), start=2):
            self.sort_combo.setItemText(index, self.tr("Sort: %1").replace("%1", title))
        self.sort_combo.setToolTip(self.sort_combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        self.descending_button.setAccessibleName(self.tr("Descending order"))
        self.descending_button.setToolTip(self.tr("Reverse the order"))
        self.open_first.setText(self.tr("&Unacknowledged first"))
        self.open_first.setAccessibleName(self.tr("Unacknowledged first"))
        self.open_first.setToolTip(
            self.tr("Notices still waiting for an acknowledgement on top, the nearest deadline first")
        )
        for combo, all_label in ((self.status_filter, self.tr("All statuses")), (self.kind_filter, self.tr("All kinds")),
                                 (self.counterpart_filter, self.tr("All counterparts")),
                                 (self.precedence_filter, self.tr("All precedences"))):
            combo.setAccessibleName(all_label)
            combo.setItemText(0, all_label)
        for index in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(index, kind_label(self.kind_filter.itemData(index)))
        for edit, name in ((self.since_edit, self.tr("From (UTC date)")), (self.until_edit, self.tr("To (UTC date)"))):
            edit.setAccessibleName(name)
            edit.setSpecialValueText(self.tr("Any"))
        self.since_label.setText(self.tr("From"))
        self.until_label.setText(self.tr("to"))
        self.show_acknowledgements.setText(self.tr("Show ac&knowledgements"))
        self.show_acknowledgements.setAccessibleName(self.tr("Show acknowledgements"))
        self.show_acknowledgements.setToolTip(self.tr(
            "List the counterpart's acknowledgements as rows of their own; otherwise each shows on the "
            "notice it acknowledges"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self.table.setAccessibleName(self.tr("Inbox") if self.direction == "in" else self.tr("Outbox"))

    def retranslate(self) -> None:
        """The language changed: the list's words, its column titles and cells, its count and banners."""
        self._set_texts()
        self.model.retranslate()
        self.table.horizontalHeader().viewport().update()
        self.reload()

    def _combo(self, values: list[str], field: str) -> QComboBox:
        """A filter: "All ..." (set by _set_texts), then one item a value."""
        combo = QComboBox(self)
        # Wide enough for its words: the filter bar wraps rather than pushing the list wider.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem("", None)
        for value in values:
            combo.addItem(value, value)
        combo.currentIndexChanged.connect(lambda _i: self._set_filter(field, combo.currentData()))
        return combo

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)
        edit.dateChanged.connect(lambda _date: self._on_dates())
        return edit

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setItemDelegate(CellDelegate(self.model, table))  # one model call per cell at each paint
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        # Fixed row heights keep the view from measuring 100,000 rows.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._on_header_clicked)
        self._fit_columns(table)
        # Column heads change with the language (the model's retranslate), the counterparts with the data.
        self.model.headerDataChanged.connect(lambda *_: self._fit_columns(self.table))
        self.counterpart_filter.model().rowsInserted.connect(lambda *_: self._fit_columns(self.table))
        table.setWordWrap(False)
        table.selectionModel().selectionChanged.connect(lambda *_: self._emit_selected())
        return table

    def _fit_columns(self, table: QTableView) -> None:
        """Each column as wide as its head and the longest words its cells can show, in the language
        in force (the Seq column, last, takes what is left)."""
        name = "Maj I. Petrov"  # an officer's name of a usual length, for "Acknowledged by ..."
        spans = [span_text(timedelta(hours=23, minutes=59)), span_text(timedelta(days=12, hours=23))]
        latest = ChainLink("", sequence=9999, dtg="2026-12-31T23:59:00Z")
        stamps = [ChainState(cancelled_by=latest).words(), ChainState(amended_by=(latest,)).words()]
        samples = {
            "status": STATUSES,
            "precedence": PRECEDENCES,
            "delivery": [(delivery_text(row), False) for row in (
                {"acknowledged_at": "2026-12-31T23:59:00Z", "acknowledged_by": name}, {"problem_reported": 1},
                {"state": "exported"}, {"state": "released"})],
            # Bold from URGENT up, and a cancelled notice's stamp; what was answered or asks nothing is not.
            "deadline": [*(tr("%1 left").replace("%1", span) for span in spans),
                         *(tr("OVERDUE %1").replace("%1", span) for span in spans),
                         *stamps,  # a cancelled or amended notice's, in place of its countdown
                         (tr("Acknowledged by %1 at %2").replace("%1", name).replace("%2", "23:59Z"), False),
                         (tr("Problem reported"), False), (tr("Counterpart reported a problem"), False),
                         (tr("None asked"), False)],
            "kind": [kind_label(kind) for kind in KINDS],
            "counterpart": [self.counterpart_filter.itemData(i) or "" for i in range(1, self.counterpart_filter.count())],
            "dtg": ["2026-12-31 23:59:59Z"],
            "window": [launch_window_text({"window_start": "2026-12-31T22:00:00Z", "window_end": "2027-01-01T02:00:00Z"})],
        }
        keys = self.model.sort_keys
        fit_columns(table, {keys.index(key): texts for key, texts in samples.items() if key in keys},
                    extra={self.model.deadline_column: MARK_SIZE + 4})  # the deadline's mark before its words

    # ---- filters and order ---------------------------------------------------------------

    def default_filter(self) -> queries.NoticeFilter:
        """The unfiltered listing: in the inbox, without the counterpart's acknowledgements."""
        return queries.NoticeFilter(direction=self.direction, acknowledgements=self.direction != "in")

    def _set_filter(self, field: str, value) -> None:
        self.filter = self.filter.with_(**{field: value})
        self.reload()

    def _on_dates(self) -> None:
        since, until = self.since_edit.date(), self.until_edit.date()
        self.filter = self.filter.with_(
            since=None if since == ANY_DATE else _utc_day_start(since),
            until=None if until == ANY_DATE else _utc_day_start(until.addDays(1)),
        )
        self.reload()

    def clear_filters(self) -> None:
        for widget in (self.status_filter, self.kind_filter, self.counterpart_filter, self.precedence_filter,
                       self.since_edit, self.until_edit, self.search):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.counterpart_filter.setCurrentIndex(0)
        self.precedence_filter.setCurrentIndex(0)
        self.since_edit.setDate(ANY_DATE)
        self.until_edit.setDate(ANY_DATE)
        self.search.clear()
        for widget in (self.status_filter, self.kind_filter, self.counterpart_filter, self.precedence_filter,
                       self.since_edit, self.until_edit, self.search):
            widget.blockSignals(False)
        self.show_acknowledgements.blockSignals(True)
        self.show_acknowledgements.setChecked(False)
        self.show_acknowledgements.blockSignals(False)
        self.filter = self.default_filter()
        self.reload()

    def _on_header_clicked(self, section: int) -> None:
        key = self.model.sort_keys[section]
        descending = not self._descending if key == self._sort_column else key == "dtg"
        self.set_order(key, descending)

    def _on_sort_combo(self, _index: int) -> None:
        key = self.sort_combo.currentData()
        self.set_order(key, self._descending if key not in (None, queries.WORK_ORDER) else True)

    def _on_descending(self, checked: bool) -> None:
        column = self._sort_column
        self.set_order(column if column not in (None, queries.WORK_ORDER) else "dtg", checked)

    def set_order(self, column: str | None, descending: bool) -> None:
        """Sort by one column (a key of queries.SORT_KEYS), in the order of work (queries.WORK_ORDER),
        or newest first (None)."""
        self._sort_column, self._descending = column, descending
        self._show_order()
        self.reload()

    def _show_order(self) -> None:
        """The sort box, the direction button and the header say the order applied."""
        column, work = self._sort_column, self._sort_column == queries.WORK_ORDER
        for widget in (self.sort_combo, self.descending_button):
            widget.blockSignals(True)
        self.sort_combo.setCurrentIndex(max(self.sort_combo.findData(column), 0))
        self.sort_combo.setToolTip(self.sort_combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        self.descending_button.setChecked(self._descending)
        for widget in (self.sort_combo, self.descending_button):
            widget.blockSignals(False)
        # The order of work has one direction and puts the unacknowledged notices first by itself.
        self.descending_button.setEnabled(not work)
        self.open_first.setVisible(not work)
        self._update_descending_text()
        header = self.table.horizontalHeader()
        if column is None or work:
            header.setSortIndicatorShown(False)
        else:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                self.model.sort_keys.index(column),
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
            )

    def _update_descending_text(self) -> None:
        self.descending_button.setText("↓" if self.descending_button.isChecked() else "↑")

    def order(self) -> str | queries.NoticeOrder:
        if self._sort_column == queries.WORK_ORDER:
            return queries.WORK_ORDER
        return queries.NoticeOrder(self._sort_column, self._descending, self.open_first.isChecked())

    # ---- keys ---------------------------------------------------------------------------------

    _SEARCH_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
    _LIST_MOVES = {Qt.Key.Key_J: 1, Qt.Key.Key_K: -1}

    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, plain = event.key(), event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                        Qt.KeyboardModifier.KeypadModifier)
        if watched is self.search and plain and key in self._SEARCH_MOVES:
            self.move_selection(self._SEARCH_MOVES[key])
            return True
        if watched is self.table and plain and key in self._LIST_MOVES:
            self.move_selection(self._LIST_MOVES[key])
            return True
        if watched is self.table and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_notice_id() is not None:
                self.open_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int) -> None:
        """Select the row `step` rows below (above, if negative) the selected one; the first row if
        none is selected."""
        count = self.model.rowCount()
        if count == 0:
            return
        rows = self.table.selectionModel().selectedRows()
        row = 0 if not rows else min(max(rows[0].row() + step, 0), count - 1)
        self._select_row(row, scroll_to=False)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def _next_waiting(self, listed: array, notice_id: int, look_around: int = 200) -> int | None:
        """The notice still waiting for its acknowledgement nearest below `notice_id` in the listing
        `listed` (above it, if none below) that is listed now: where the selection goes once the
        selected notice is acknowledged. One read of at most 2 x `look_around` rows."""
        at = listed.index(notice_id)
        candidates = [*listed[at + 1 : at + 1 + look_around], *reversed(listed[max(at - look_around, 0) : at])]
        rows = queries.notice_rows(self._conn(), candidates) if candidates else {}
        for candidate in candidates:
            record = rows.get(candidate)
            if record is not None and _waiting(record) and self.model.row_of(candidate) is not None:
                return candidate
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            # A night (or dark system) palette: the rows' and deadline cells' colours follow it.
            self.model.set_colours(row_colours.for_palette(self.palette()))
        super().changeEvent(event)

    # ---- loading --------------------------------------------------------------------------

    def note_change(self, event: ChangeEvent) -> None:
        """Notices arrived or moved on while this list is not on screen: keep its packed columns up."""
        self.packed.note_changed(_named_notices(event))

    def show_change(self, event: ChangeEvent) -> None:
        """Notices arrived or moved on: list again, then insert or remove only the rows that came or
        went and repaint the ones the event names."""
        self.note_change(event)
        self.reload(changed=_named_notices(event))

    def reload(self, changed: tuple[int, ...] | None = None) -> None:
        """List the notices matching the filters; on the reader thread when it is up.

        With `changed` (ids of notices that changed) the listing is merged into the rows on screen
        instead of replacing them."""
        self._search_timer.stop()
        self.filter = self.filter.with_(text=self.search.text().strip() or None)
        self._refresh_counterparts()
        self._refresh_gaps()
        self._generation += 1
        generation, flt, order = self._generation, self.filter, self.order()

        packed = self.packed.ids(flt, order)
        if packed is not None:
            self._apply(generation, packed, changed)
            return
        text_query = self.packed.text_query(flt)
        if text_query is not None and self.reader is not None and self.reader.ready:
            self.reader.submit(f"notices-{self.direction}", text_query, lambda answer: self._apply(
                generation, self.packed.answer_text(flt, order, answer), changed))
            return

        def query(conn) -> list[int]:
            return queries.notice_ids(conn, flt, order)

        if not self._listed_once and changed is None and self.reader is not None:
            # Start-up: the window opens with its first rows, read here (the inbox's own order takes
            # a millisecond at 100,000 notices); the whole listing follows from the reader.
            wanted = self._top_rows_wanted(0)
            first_rows = queries.notice_ids(self._conn(), flt, order, limit=wanted)
            if len(first_rows) < wanted:
                self._apply(generation, first_rows)
                return
            # The packed columns, read next, give the whole listing (from SQL only if they cannot).
            self._apply(generation, first_rows, partial=True)
            return
        # The first listing is read here, so the window opens with its rows; later ones on the reader.
        if self._listed_once and self.reader is not None and self.reader.ready:
            if changed:
                # Notices arrived before the packed columns are in (the first seconds after start-up):
                # the top rows first, so a FLASH is on screen before the whole listing is sorted.
                top = self._top_rows_wanted(len(changed))
                self.reader.submit(f"notices-{self.direction}-top", lambda conn: queries.notice_ids(
                    conn, flt, order, limit=top), lambda ids: self._apply_top(generation, ids, changed), first=True)
            self.reader.submit(f"notices-{self.direction}", query, lambda ids: self._apply(generation, ids, changed))
        else:
            self._apply(generation, query(self._conn()), changed)

    def _first_painted(self) -> None:
        self._painted = True
        if self._listed_once:
            self.packed.load()

    def _on_packed_loaded(self, loaded: bool) -> None:
        """The packed columns are in (or will not come): a list showing only its first rows lists whole."""
        if not self.listing_complete and self._listed_once and self.reader is not None and not self.reader.stopped:
            self.reload(changed=())  # merged: the rows on screen, a selection and the scroll stay

    def _apply(self, generation: int, ids, changed: tuple[int, ...] | None = None, partial: bool = False) -> None:
        """Show the listing `ids`; `partial`: only its first rows, the rest to follow (not `loaded` yet)."""
        if generation != self._generation:
            return  # a newer reload is on its way
        if isinstance(ids, Exception):
            self.count_label.setText(self.tr("Listing failed: %1").replace("%1", str(ids)))
            return
        self._listed_once = True
        self._applied = generation
        self.listing_complete = not partial
        keep = self.selected_notice_id()
        # A selected notice that stops waiting (acknowledged, by Ctrl+K or the pane's button) hands
        # the selection on to the next one waiting in the order on screen, not down the list with it.
        kept_row = self.model.row_of(keep) if keep is not None and changed is not None else None
        kept_record = self.model.row(kept_row) if kept_row is not None else None
        listed_before = array("q", self.model.ids()) if kept_record is not None and _waiting(kept_record) else None
        scroll = self.table.verticalScrollBar().value()
        if changed is None:
            self.model.set_ids(ids)
        else:
            self.model.merge_ids(ids, changed)
        self.table.verticalScrollBar().setValue(scroll)
        if listed_before is not None:
            row = self.model.row_of(keep)
            record = self.model.row(row) if row is not None else None
            if record is None or not _waiting(record):
                keep = self._next_waiting(listed_before, keep) or keep
                row = self.model.row_of(keep)
                if row is not None:
                    self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        if keep is not None:
            row = self.model.row_of(keep)
            if row is not None:
                self._select_row(row, scroll_to=False)
            else:
                self.selected.emit(None)
        if partial:
            self.count_label.setText(self.tr("Listing…"))
        else:
            self.count_label.setText(
                self.tr("1 notice") if len(ids) == 1 else self.tr("%1 notices").replace("%1", f"{len(ids):,}"))
        self._update_empty_hint(bool(ids))
        if changed is None:
            self.model.now = self.clock()  # a new listing paints every cell afresh
        else:
            self.tick(self.clock())
        if self._painted:
            self.packed.load()  # once; the first listing waits for the first paint (_first_painted)
        if not partial:
            self.loaded.emit(len(ids))

    def _top_rows_wanted(self, arrived: int) -> int:
        on_screen = self.table.viewport().height() // self.table.verticalHeader().defaultSectionSize() + 1
        return max(on_screen, FIRST_ROWS) + arrived

    def _apply_top(self, generation: int, top, changed: tuple[int, ...]) -> None:
        """The first rows of the new listing: if they are the rows on screen with the new notices put
        in, show them now (the whole listing follows and is merged in); else wait for the whole."""
        if generation != self._generation or isinstance(top, Exception):
            return
        if any(self.model.row_of(notice_id) is not None for notice_id in changed):
            return  # notices on screen changed (and may move): the whole listing places them
        arrived = set(changed)
        top = packed_ids(top)
        kept = array("q", (notice_id for notice_id in top if notice_id not in arrived))
        held = self.model.ids()
        if held[: len(kept)] != kept:
            return
        self._apply(generation, top + held[len(kept):], changed)

    def _update_empty_hint(self, any_rows: bool) -> None:
        if any_rows:
            self.empty_hint.hide()
            return
        unfiltered = self.filter == self.default_filter()
        if not unfiltered:
            text = self.tr("No notices match these filters.")
        elif self.direction == "in":
            text = self.tr("No incoming notices yet. Files from counterparts appear here as they arrive.")
        else:
            text = self.tr("Nothing sent yet.")
        self.empty_hint.setText(text)
        self.empty_hint.show()

    def _refresh_counterparts(self) -> None:
        known = queries.counterpart_ids(self._conn())
        listed = [self.counterpart_filter.itemData(i) for i in range(1, self.counterpart_filter.count())]
        if known != listed:
            self.counterpart_filter.blockSignals(True)
            current = self.counterpart_filter.currentData()
            while self.counterpart_filter.count() > 1:
                self.counterpart_filter.removeItem(1)
            for station_id in known:
                self.counterpart_filter.addItem(station_id, station_id)
            self.counterpart_filter.setCurrentIndex(max(self.counterpart_filter.findData(current), 0))
            self.counterpart_filter.blockSignals(False)

    def set_import_problem(self, text: str | None) -> None:
        """While imports fail for a reason outside any one file: why, in words, above the list."""
        if text:
            self.import_banner.setText(text)
            self.import_banner.show()
        else:
            self.import_banner.hide()

    def _refresh_gaps(self) -> None:
        gaps = self._gaps() if self._gaps else {}
        if not gaps:
            self.gap_banner.hide()
            return
        parts = [
            self.tr("from %1: no. %2").replace("%1", counterpart).replace("%2", _number_list(numbers))
            for counterpart, numbers in sorted(gaps.items())
        ]
        self.gap_banner.setText(
            self.tr("Missing notices %1. They have not arrived; if they do not come soon, ask the counterpart.")
            .replace("%1", "; ".join(parts))
        )
        self.gap_banner.show()

    # ---- the clock ------------------------------------------------------------------------

    def tick(self, now: datetime, overdue: int | None = None, urgent: WaitingNotice | None = None) -> None:
        """Move the countdowns on (the visible deadline cells only); with `overdue` (how many are past
        their deadline), update the banner, which names `urgent`, the most urgent waiting notice."""
        if self.table.isVisible():
            first = self.table.rowAt(0)
            last = self.table.rowAt(self.table.viewport().height() - 1)
            if first >= 0 and last < 0:  # the rows end above the bottom of the view
                last = first + self.table.viewport().height() // self.table.verticalHeader().defaultSectionSize()
        else:
            # A list not on screen has no cells to move on: a hidden view reports its first row at 0
            # and no last row, which made every tick read and check the whole list (0.4 s a second
            # at 10,000 notices). Its cells are worked out anew when it is painted.
            first = last = -1
        self.model.set_now(now, first, last)
        if overdue is None:
            return
        # Shown while a FLASH waits (its countdown running) or anything is overdue.
        if overdue == 0 and (urgent is None or urgent.precedence != "FLASH"):
            self.overdue_banner.hide()
            return
        parts = [self._urgent_text(urgent, now)] if urgent is not None else []
        if self.direction == "in":
            if overdue:
                parts.append(self.tr("1 notice is past its acknowledgement deadline.") if overdue == 1 else
                             self.tr("%1 notices are past their acknowledgement deadline.").replace("%1", str(overdue)))
            parts.append(self.tr("Acknowledge (Ctrl+K) or report a problem; Ctrl+J goes to the most urgent."))
        else:
            parts.append((self.tr("1 notice we sent was not acknowledged in time:") if overdue == 1 else
                          self.tr("%1 notices we sent were not acknowledged in time:").replace("%1", str(overdue)))
                         + " " + self.tr("follow up with the counterpart."))
        text = " ".join(parts)
        if self.overdue_banner.text() != text:
            self.overdue_banner.setText(text)
        self.overdue_banner.show()

    def _urgent_text(self, urgent: WaitingNotice, now: datetime) -> str:
        """'FLASH launch notification no. 37 from NRRC-RU: acknowledge within 8 min.'"""
        incoming = urgent.direction == "in"
        what = (self.tr("%1 %2 no. %3 from %4") if incoming else self.tr("%1 %2 no. %3 to %4")).replace(
            "%1", urgent.precedence).replace("%2", kind_label(urgent.kind).lower()).replace(
            "%3", str(urgent.sequence)).replace("%4", urgent.counterpart)
        left = urgent.remaining(now)
        if left.total_seconds() > 0:
            due = (self.tr("%1: acknowledge within %2.") if incoming else
                   self.tr("%1: their acknowledgement is due within %2."))
        else:
            due = (self.tr("%1: acknowledgement OVERDUE %2.") if incoming else
                   self.tr("%1: their acknowledgement is OVERDUE %2."))
        return due.replace("%1", what).replace("%2", span_text(left))

    # ---- selection ------------------------------------------------------------------------

    def selected_notice_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_notice(self, notice_id: int) -> bool:
        """Select one notice; filters that hide it are cleared first. False if it is not in this list."""
        row = self.model.row_of(notice_id)
        if row is None and self._applied != self._generation:
            # A listing is on its way (the page was just shown, or the store changed): select from it.
            self._select_when_loaded(notice_id)
            return True
        if row is None and self.filter != self.default_filter():
            self.clear_filters()
            # Listing anew may be on the reader thread: select when the answer is in.
            if self._applied != self._generation:
                self._select_when_loaded(notice_id)
                return True
            row = self.model.row_of(notice_id)
        if row is None:
            return False
        self._select_row(row, scroll_to=True)
        self.table.setFocus()
        return True

    def _select_when_loaded(self, notice_id: int) -> None:
        def select(_count: int) -> None:
            self.loaded.disconnect(select)
            row = self.model.row_of(notice_id)
            if row is not None:
                self._select_row(row, scroll_to=True)
                self.table.setFocus()

        self.loaded.connect(select)

    def _select_row(self, row: int, *, scroll_to: bool) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if scroll_to:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _emit_selected(self) -> None:
        self.selected.emit(self.selected_row())


def _together(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets kept on one line of a wrapping bar."""
    holder = QWidget(parent)
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    return holder


def _waiting(row: dict) -> bool:
    """Still waiting for its acknowledgement (as storage.notices.WAITING_SQL has it)."""
    return bool(row.get("ack_due_at")) and not row.get("acknowledged_at") and not row.get("problem_reported")


def _named_notices(event: ChangeEvent) -> tuple[int, ...]:
    if isinstance(event, NoticeAcknowledged):
        return (event.notice_id, event.acknowledgement_id)
    return getattr(event, "notice_ids", ())


def _utc_day_start(date: QDate) -> str:
    moment = datetime.combine(date.toPython(), time(0, 0), tzinfo=timezone.utc)
    return format_rfc3339(moment)


def _number_list(numbers: list[int], shown: int = 12) -> str:
    """'4, 5, 9' or, for a long run, the first ones and how many more."""
    text = ", ".join(str(n) for n in numbers[:shown])
    return text if len(numbers) <= shown else f"{text} … (+{len(numbers) - shown})"

