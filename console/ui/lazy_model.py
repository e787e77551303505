"""A table model that holds only row ids and fetches rows a page at a time.

As in Anki's card browser: the query for ids is cheap even at 100,000 rows, and
the view only ever asks for the rows it paints, so opening, scrolling and
sorting stay instant. Fetched rows live in a bounded cache.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

PAGE_SIZE = 64  # a screenful and a half: a page is fetched while the view waits to paint
CACHE_PAGES = 64

# The roles a row answers, as plain ints: a view asks data() a dozen times per cell at each paint,
# and reading an enum member off Qt.ItemDataRole costs more than the rest of the call.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
_ANSWERED_ROLES = frozenset({DISPLAY_ROLE, TOOLTIP_ROLE, FOREGROUND_ROLE, BACKGROUND_ROLE, FONT_ROLE})


def packed_ids(ids: Sequence[int]) -> array:
    """Row ids as a packed array (a copy): from a list, an array, or a numpy int64 array without a loop."""
    if isinstance(ids, array) and ids.typecode == "q":
        return array("q", ids)
    if hasattr(ids, "tobytes") and getattr(ids, "dtype", None) == "int64":
        packed = array("q")
        packed.frombytes(ids.tobytes())
        return packed
    return array("q", ids)


# numpy, once the notice lists' packed columns have loaded it (use_numpy): not imported for this
# module's sake at start-up, and never taken from sys.modules while another thread still imports it.
_numpy: Any = None


def use_numpy(module: Any) -> None:
    global _numpy
    _numpy = module


def compare_listings(old: array, new: array, np: Any = None) -> tuple[bool, list[int], list[int]]:
    """(whether the rows in both keep their order, rows of `old` not in `new`, rows of `new` not in `old`).

    With numpy (`np`, by default the one use_numpy gave) this is a few milliseconds at 100,000
    rows; in Python, about forty.
    """
    np = np if np is not None else _numpy
    if np is not None:
        old_ids = np.frombuffer(old, dtype=np.int64).copy()  # a copy: `old` is resized afterwards
        new_ids = np.frombuffer(new, dtype=np.int64).copy()
        stays_old, stays_new = np.isin(old_ids, new_ids), np.isin(new_ids, old_ids)
        same_order = bool(np.array_equal(old_ids[stays_old], new_ids[stays_new]))
        return same_order, np.flatnonzero(~stays_old).tolist(), np.flatnonzero(~stays_new).tolist()
    wanted, had = set(new), set(old)
    same_order = [i for i in old if i in wanted] == [i for i in new if i in had]
    return (same_order, [row for row, i in enumerate(old) if i not in wanted],
            [row for row, i in enumerate(new) if i not in had])


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as runs of consecutive rows, (first, last)."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


@dataclass(frozen=True)
class Column:
    # A callable (``lambda: tr("Kind")``) is asked at each header paint: a language switched at run
    # time reaches the header when the model says its header changed (retranslate()).
    title: str | Callable[[], str]
    render: Callable[[dict], str]
    tooltip: Callable[[dict], str] | None = None
    foreground: Callable[[dict], Any] | None = None
    background: Callable[[dict], Any] | None = None
    bold: Callable[[dict], bool] | None = None
    gauge: Callable[[dict], Gauge | None] | None = None


class Gauge(NamedTuple):
    """A measure drawn in a cell beside its text, so that it is not told by colour alone: a mark
    before the text and a bar along the cell's foot."""

    mark: str  # one of row_delegate.MARKS ("warning", "clock", "clock_outline", "check"), or "" for none
    fill: float  # the bar filled from 0.0 to 1.0; below 0, no bar
    colour: Any  # the mark's and the filled bar's
    track: Any  # the bar's empty part
    inner: Any  # drawn inside a filled mark (the "!", the clock's hands)


class CellLook(NamedTuple):
    """What one cell shows: its text, its colours (None: the view's own), whether it is bold, and
    a gauge drawn beside the text (None: none)."""

    text: str
    foreground: Any
    background: Any
    bold: bool
    gauge: Gauge | None = None


class LazyRowModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], fetch_rows: Callable[[list[int]], dict[int, dict]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_rows = fetch_rows
        # Packed 64-bit ids: 100,000 rows take 0.8 MB, not the 3.6 MB of a list of ints.
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        # Each painted row's cells, worked out once per row rather than once per cell (a row's
        # background alone was asked for by each of its cells); by id, forgotten with the pages.
        self._looks: dict[int, tuple[CellLook, ...]] = {}

    # ---- content -------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = packed_ids(ids)
        self._forget_rows()
        self.endResetModel()

    def merge_ids(self, ids: Sequence[int], changed: Sequence[int] = ()) -> None:
        """Move to `ids` by removing and inserting only the rows that went or came, and repaint the
        rows `changed` names; a reset only when rows that stay changed their order.

        A view keeps its selection and scroll position, and an arrival costs its own rows.
        """
        new = packed_ids(ids)
        same_order, gone, came = compare_listings(self._ids, new)
        if not same_order:
            self.set_ids(new)
            return
        self._forget_rows()  # cached pages are by row number, and rows move
        for first, last in reversed(_runs(gone)):  # from the end, so the row numbers ahead stay right
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            self.endRemoveRows()
        for first, last in _runs(came):  # in order: the rows above `first` are already those of `new`
            self.beginInsertRows(QModelIndex(), first, last)
            self._ids[first:first] = new[first : last + 1]
            self.endInsertRows()
        self._forget_rows()  # pages fetched by views between the steps above hold the old row order
        last_column = len(self._columns) - 1
        for notice_id in changed:
            at = self.row_of(notice_id)
            if at is not None:
                self.dataChanged.emit(self.index(at, 0), self.index(at, last_column))

    def refresh_rows(self) -> None:
        """Forget fetched rows (their content changed) and repaint."""
        self._forget_rows()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))

    def _forget_rows(self) -> None:
        self._pages.clear()
        self._looks.clear()

    def forget_looks(self) -> None:
        """The cells are to be worked out again (a subclass's state they show, such as the clock, moved)."""
        self._looks.clear()

    def retranslate(self) -> None:
        """The language changed: the column titles and every cell are worked out again (their words
        are looked up when shown) and repainted."""
        self._looks.clear()
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))

    def ids(self) -> array:
        """The listed ids in row order (the model's own array: read, do not change)."""
        return self._ids

    def row_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def row(self, row: int) -> dict | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        row_id = self._ids[row]
        # A page fetched while rows were being inserted or removed (a view paints between
        # beginInsertRows and endInsertRows) holds the ids that stood there then: fetch it again.
        if page is None or row_id not in page:
            ids = self._ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE].tolist()
            page = self._fetch_rows(ids)
            self._pages[page_no] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(row_id)

    # ---- Qt model API ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = self._columns[section].title
            return title() if callable(title) else title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if role == TOOLTIP_ROLE:
            tooltip = self._columns[index.column()].tooltip
            record = self.row(index.row()) if tooltip else None
            return tooltip(record) if record is not None else None
        # The other roles are the cell's look, worked out once for the delegate and for this.
        look = self.cell_look(index.row(), index.column())
        if look is None:
            return None
        if role == DISPLAY_ROLE:
            return look.text
        if role == FOREGROUND_ROLE:
            return look.foreground
        if role == BACKGROUND_ROLE:
            return look.background
        if not look.bold:
            return None
        font = QFont()
        font.setBold(True)
        return font

    def cell_look(self, row: int, column_number: int) -> CellLook | None:
        """The display, colour and font roles of one cell in one call, for a delegate that paints
        them itself (row_delegate.CellDelegate); None for a row that is gone."""
        row_id = self._ids[row]
        looks = self._looks.get(row_id)
        if looks is None:
            record = self.row(row)
            if record is None:
                return None
            looks = self._row_looks(record)
            if len(self._looks) >= PAGE_SIZE * 8:
                self._looks.clear()
            self._looks[row_id] = looks
        return looks[column_number]

    def _row_looks(self, record: dict) -> tuple[CellLook, ...]:
        backgrounds: dict[Callable, Any] = {}  # columns share one row background: asked once
        looks = []
        for column in self._columns:
            background = None
            if column.background is not None:
                if column.background not in backgrounds:
                    backgrounds[column.background] = column.background(record)
                background = backgrounds[column.background]
            looks.append(CellLook(
                column.render(record),
                column.foreground(record) if column.foreground else None,
                background,
                bool(column.bold(record)) if column.bold else False,
                column.gauge(record) if column.gauge else None,
            ))
        return tuple(looks)
