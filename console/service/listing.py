"""The notice lists' filter and sort columns, held in packed arrays (as Anki's browser holds ids).

A list of 100,000 notices is narrowed by a filter or re-sorted within one frame: the columns
a listing filters and sorts on (status, kind, counterpart, precedence, DTG, launch window,
deadline, sequence, delivery state, whether it still waits for an acknowledgement) live in
numpy arrays, one `ListingIndex` per direction, and `ids()` answers with boolean masks over a
sort permutation that is computed once per order and kept until the rows change. Text search
stays in SQLite's full-text index: its matching ids come in as `text_ids`. Row contents are
still fetched lazily, a page at a time, by the views.

`ids()` gives exactly what the SQL listing (`queries.notice_ids`) gives for the same filter and
order (tests/service/test_listing.py compares them on a real store); the SQL stays the reference.
The order of work (WORK_ORDER) has no clock in it, so no order is sorted again as time passes.
`refresh()` takes the ids a core event names and re-reads only those rows.

Not thread-safe: one thread owns an index (the views' GUI thread); the bulk `load` may run on
another before it is handed over.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from console.domain.times import parse_rfc3339
from console.storage import listing as listing_store
from console.storage.connection import writes_seen
from console.storage.notices import NoticeFilter, NoticeOrder

# Sort rank of a precedence, as PRECEDENCE_RANK_SQL: the most urgent first, unknown ones last.
_PRECEDENCE_RANK = {"FLASH": 0, "IMMEDIATE": 1, "PRIORITY": 2}
_OTHER_PRECEDENCE = 3


class IndexUnavailable(Exception):
    """The rows hold a value the packed columns cannot order as SQLite would; list with SQL instead."""


def _filter_time(text: str) -> int:
    """A filter's RFC 3339 bound in seconds, as the stored times are held."""
    return int(parse_rfc3339(text).timestamp())


class _Codes:
    """A text column as small integers whose order is the text's order (SQLite's BINARY collation)."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.codes = np.zeros(0, dtype=np.int32)

    def encode(self, values: tuple[str, ...]) -> np.ndarray:
        """Codes for new values; learning a word re-numbers the codes already held, keeping their order."""
        unseen = sorted(set(values) - set(self.words))
        if unseen:
            merged = sorted(self.words + unseen)
            position = {word: index for index, word in enumerate(merged)}
            if len(self.codes):
                remap = np.array([position[word] for word in self.words], dtype=np.int32)
                self.codes = remap[self.codes]
            self.words = merged
        position = {word: index for index, word in enumerate(self.words)}
        return np.array(list(map(position.__getitem__, values)), dtype=np.int32)

    def code_of(self, word: str) -> int | None:
        try:
            return self.words.index(word)
        except ValueError:
            return None


class ListingIndex:
    TEXT_COLUMNS = ("status", "kind", "counterpart", "precedence", "state")
    TIME_COLUMNS = ("dtg", "window_start", "ack_due_at")

    def __init__(self, direction: str) -> None:
        self.direction = direction
        self.id = np.zeros(0, dtype=np.int64)
        self.sequence = np.zeros(0, dtype=np.int64)
        self.waiting = np.zeros(0, dtype=bool)
        self.text = {name: _Codes() for name in self.TEXT_COLUMNS}
        self.time = {name: np.zeros(0, dtype=np.int64) for name in self.TIME_COLUMNS}
        self.time_null = {name: np.zeros(0, dtype=bool) for name in self.TIME_COLUMNS}
        self._permutations: dict[object, np.ndarray] = {}
        self._data_version: tuple[int, int] | None = None  # the connection's writes_seen at the last catch_up

    # --- filling and keeping up -------------------------------------------------------

    @classmethod
    def load(cls, conn, direction: str) -> ListingIndex:
        index = cls(direction)
        for rows in listing_store.index_rows(conn, direction):
            index._put(rows, in_id_order=True)
        index._set_waiting(listing_store.waiting_ids(conn, direction))
        return index

    def refresh(self, conn, ids: Iterable[int]) -> None:
        """Re-read the named notices (new ones are added) and who still waits for an acknowledgement.

        Waiting is read whole: a problem report sent for one notice ends the wait of another.
        """
        wanted = sorted(set(int(i) for i in ids))
        if wanted:
            self._put(listing_store.changed_rows(conn, self.direction, wanted), in_id_order=False)
        self._set_waiting(listing_store.waiting_ids(conn, self.direction))

    def catch_up(self, conn) -> None:
        """Take in what was committed without an event naming it: notices stored by another process
        (a command-line import beside the console) and changes of who still waits. Cheap when
        nothing changed: one pragma (and the connection's own count of changes)."""
        # Commits by other connections and writes through this one alike: a notice stored through
        # the window's own connection without an event naming it was missed (tests import that way).
        version = writes_seen(conn)
        if version == self._data_version:
            return
        self._data_version = version
        last = int(self.id[-1]) if len(self.id) else 0
        self.refresh(conn, listing_store.ids_after(conn, self.direction, last))

    def __len__(self) -> int:
        return len(self.id)

    def _put(self, rows: list[tuple], *, in_id_order: bool) -> None:
        if not rows:
            return
        # Ascending ids: several new rows due at one position are inserted in the order given.
        columns = dict(zip(listing_store.INDEX_COLUMNS, zip(*(rows if in_id_order else sorted(rows)))))
        if not all(columns["canonical_times"]):
            raise IndexUnavailable("a stored time is not in the canonical form YYYY-MM-DDTHH:MM:SSZ")
        ids = np.array(columns["id"], dtype=np.int64)
        no_time = np.zeros(len(ids), dtype=bool)
        times = {name: (np.array(columns[name], dtype=np.int64),
                        np.array(columns[f"{name}_null"], dtype=bool) if f"{name}_null" in columns else no_time)
                 for name in self.TIME_COLUMNS}
        codes = {name: self.text[name].encode(columns[name]) for name in self.TEXT_COLUMNS}
        sequence = np.array(columns["sequence"], dtype=np.int64)

        positions = np.searchsorted(self.id, ids)
        known = np.isin(ids, self.id)
        # Rows already held are overwritten in place.
        at = positions[known]
        for name in self.TEXT_COLUMNS:
            self.text[name].codes[at] = codes[name][known]
        for name in self.TIME_COLUMNS:
            self.time[name][at] = times[name][0][known]
            self.time_null[name][at] = times[name][1][known]
        self.sequence[at] = sequence[known]
        # New rows are inserted where their id belongs, so the id column stays sorted for searchsorted.
        new = ~known
        if new.any():
            where = positions[new]
            self.id = np.insert(self.id, where, ids[new])
            for name in self.TEXT_COLUMNS:
                self.text[name].codes = np.insert(self.text[name].codes, where, codes[name][new])
            for name in self.TIME_COLUMNS:
                self.time[name] = np.insert(self.time[name], where, times[name][0][new])
                self.time_null[name] = np.insert(self.time_null[name], where, times[name][1][new])
            self.sequence = np.insert(self.sequence, where, sequence[new])
            self.waiting = np.insert(self.waiting, where, False)
        self._permutations.clear()

    def _set_waiting(self, ids: list[int]) -> None:
        waiting = np.isin(self.id, np.array(ids, dtype=np.int64))
        if not np.array_equal(waiting, self.waiting):
            self.waiting = waiting
            self._permutations.clear()

    # --- asking -------------------------------------------------------------------------

    def ids(self, flt: NoticeFilter, order: str | NoticeOrder = "dtg_desc",
            text_ids: Iterable[int] | None = None) -> np.ndarray:
        """The ids matching the filter in the order asked; `text_ids` are the full-text matches when the
        filter has words (without them, the words are ignored)."""
        if flt.direction != self.direction:
            raise ValueError(f"this index lists direction {self.direction!r}, not {flt.direction!r}")
        permutation = self._permutation(order)
        mask = np.ones(len(self.id), dtype=bool)
        for name in ("status", "kind", "counterpart", "precedence"):
            value = getattr(flt, name)
            if value:
                code = self.text[name].code_of(value)
                if code is None:
                    return np.zeros(0, dtype=np.int64)
                mask &= self.text[name].codes == code
        if flt.since:
            mask &= self.time["dtg"] >= _filter_time(flt.since)
        if flt.until:
            mask &= self.time["dtg"] < _filter_time(flt.until)
        if flt.unacknowledged_only:
            mask &= self.waiting
        if flt.hidden_kind:
            hidden = self.text["kind"].code_of(flt.hidden_kind)
            if hidden is not None:
                mask &= self.text["kind"].codes != hidden
        if text_ids is not None:
            mask &= np.isin(self.id, np.fromiter(text_ids, dtype=np.int64))
        return self.id[permutation][mask[permutation]]

    def _permutation(self, order: str | NoticeOrder) -> np.ndarray:
        permutation = self._permutations.get(order)  # a NoticeOrder is frozen, hence a key too
        if permutation is None:
            # np.lexsort takes the most significant key last.
            keys = self._sort_keys(order)
            permutation = np.lexsort(tuple(reversed(keys))) if len(self.id) else np.zeros(0, dtype=np.int64)
            self._permutations[order] = permutation
        return permutation

    def _sort_key(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """(value, is-null) of a header sort's column, as SORT_KEYS orders it."""
        nothing = np.zeros(len(self.id), dtype=bool)
        if column == "precedence":
            ranks = np.array([_PRECEDENCE_RANK.get(word, _OTHER_PRECEDENCE) for word in self.text["precedence"].words]
                             or [0], dtype=np.int64)
            return ranks[self.text["precedence"].codes], nothing
        if column == "sequence":
            return self.sequence, nothing
        time_column = {"dtg": "dtg", "window": "window_start", "deadline": "ack_due_at"}.get(column)
        if time_column is not None:
            return self.time[time_column], self.time_null[time_column]
        text_column = {"delivery": "state"}.get(column, column)
        if text_column not in self.text:
            raise ValueError(f"no such sort column: {column!r}")
        return self.text[text_column].codes.astype(np.int64), nothing

    def _sort_keys(self, order: str | NoticeOrder) -> tuple[np.ndarray, ...]:
        """The sort keys of one order, most significant first, each ascending."""
        dtg, newest_first = self.time["dtg"], -self.time["dtg"]
        if isinstance(order, str):
            if order == listing_store.WORK_ORDER:
                # No clock in it: the overdue ones are the waiting ones whose deadline came first.
                flash = self.text["precedence"].code_of("FLASH")
                waiting_flash = self.waiting & (self.text["precedence"].codes == flash if flash is not None else False)
                return (~self.waiting, ~waiting_flash,
                        np.where(self.waiting, self.time["ack_due_at"], np.iinfo(np.int64).min), newest_first, -self.id)
            if order == "dtg_desc":
                return (newest_first, -self.id)
            if order == "dtg_asc":
                return (dtg, self.id)
            if order == "unacknowledged_first":
                order = NoticeOrder(open_first=True)
            elif order == "sequence_desc":
                # SQL leaves ties open; the newest id first makes the order total.
                return (self.text["counterpart"].codes.astype(np.int64), -self.sequence, -self.id)
            else:
                raise ValueError(f"no such listing order: {order!r}")
        keys: list[np.ndarray] = []
        if order.open_first:
            keys.append(~self.waiting)
        if order.column is None:
            if order.open_first:
                # Waiting rows by deadline; the others' deadline key is NULL for all, hence equal.
                keys.append(np.where(self.waiting, self.time["ack_due_at"], np.iinfo(np.int64).min))
            keys += [newest_first, -self.id]
            return tuple(keys)
        value, null = self._sort_key(order.column)
        keys += [null, -value if order.descending else value, -self.id if order.descending else self.id]
        return tuple(keys)
