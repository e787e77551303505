"""A notice list's in-memory listing: filters and sorts answered on the GUI thread within a frame.

The packed columns (console/service/listing.py) are read once, after the first listing is on
screen, on a thread and store connection of their own (so an arrival's listing never waits
behind them), and kept up from then on with the ids each core event names. Until
they are in, or where the store holds a value they cannot order as SQLite would, the view lists
with SQL on the reader as before. Words typed in the search box still go to the full-text index
(on the GUI thread when it answers within a few milliseconds, else on the reader); the ids it
matches are kept until the text or the notices change, so sorting or narrowing a search is
answered here too.
"""

from __future__ import annotations

import gc
import linecache
import logging
from array import array
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QTimer

from console.service import queries
from console.ui.inbox.reader import StoreReader
from console.ui.lazy_model import packed_ids, use_numpy

log = logging.getLogger(__name__)

READER_RETRY_MS = 200
READER_RETRIES = 150  # 30 s for the reader's connection to open; after that, the list stays on SQL
# Words are matched on the GUI thread when the full-text index answers this fast (a search of a
# few thousand matches takes 2 ms there, and 5 on the reader with the hops to and fro); otherwise
# SQLite is stopped and the reader asked. Words this short match too much to try.
TEXT_HERE_SECONDS = 0.004
TEXT_HERE_SHORTEST_WORD = 3


class PackedListing:
    def __init__(self, direction: str, reader: StoreReader | None, conn: Callable[[], Any],
                 on_loaded: Callable[[bool], None] | None = None) -> None:
        """`on_loaded(True)` once the columns are in; `on_loaded(False)` if they will not come."""
        self.direction = direction
        self._on_loaded = on_loaded
        self._reader = reader
        self._conn = conn
        self._index = None  # a console.service.listing.ListingIndex once it is read
        self._loading = False
        self._changed_while_loading: set[int] = set()
        self._text_ids: tuple[str, list[int]] | None = None  # the last words and the ids they match
        self._changes = 0  # events seen: words matched before the latest one may have missed a notice
        self._retries = 0

    @property
    def ready(self) -> bool:
        return self._index is not None

    def load(self) -> None:
        """Read the columns off the GUI thread (numpy is imported there, off the start-up path)."""
        if self._index is not None or self._loading or self._reader is None or self._reader.stopped:
            return
        if not self._reader.ready:  # its connection is still opening: ask again shortly
            self._retries += 1
            if self._retries <= READER_RETRIES:
                QTimer.singleShot(READER_RETRY_MS, self.load)
            else:
                log.warning("the %s list stays on SQL listings: the reader never opened its connection",
                            self.direction)
                self._tell(False)
            return
        self._loading = True
        direction = self.direction

        def read(conn):
            from console.service.listing import IndexUnavailable, ListingIndex

            try:
                return ListingIndex.load(conn, direction)
            except IndexUnavailable as why:
                log.warning("the %s list stays on SQL listings: %s", direction, why)
                return None

        self._reader.run_aside(f"packed-listing-{direction}", read, self._loaded)

    def _loaded(self, index) -> None:
        self._loading = False
        if isinstance(index, Exception) or index is None:
            self._tell(False)
            return
        # Changes committed after the reader's snapshot are not in it: the events named them.
        index.refresh(self._conn(), self._changed_while_loading)
        self._changed_while_loading.clear()
        self._index = index
        import numpy  # imported whole by the load's thread, which has ended

        use_numpy(numpy)
        _freeze_start_up_objects()
        self._tell(True)

    def _tell(self, loaded: bool) -> None:
        if self._on_loaded is not None:
            self._on_loaded(loaded)

    def note_changed(self, ids: Iterable[int]) -> None:
        """A core event named these notices (new, or changed state)."""
        self._text_ids = None  # new or changed notices may match the words now
        self._changes += 1
        if self._index is not None:
            self._index.refresh(self._conn(), ids)
        elif self._loading:
            self._changed_while_loading.update(ids)

    def ids(self, flt: queries.NoticeFilter, order: queries.NoticeOrder) -> array | None:
        """The listing, or None when it must come from the reader (not loaded yet, or new words)."""
        if self._index is None:
            return None
        self._index.catch_up(self._conn())
        text_ids = None
        if flt.text:
            if self._text_ids is None or self._text_ids[0] != flt.text:
                if not self._match_here(flt.text):
                    return None
            text_ids = self._text_ids[1]
        return packed_ids(self._index.ids(flt, order, text_ids=text_ids))

    def _match_here(self, text: str) -> bool:
        """Match the words on this thread if the full-text index answers within a few milliseconds."""
        if min(len(word) for word in text.split()) < TEXT_HERE_SHORTEST_WORD:
            return False
        matches = queries.text_match_ids(self._conn(), text, within=TEXT_HERE_SECONDS)
        if matches is None:
            return False
        self._text_ids = (text, matches)
        return True

    def text_query(self, flt: queries.NoticeFilter) -> Callable[[Any], Any] | None:
        """For new words with the columns loaded: a reader query for the words' matches only."""
        if self._index is None or not flt.text:
            return None
        text, changes = flt.text, self._changes

        def query(conn) -> tuple[int, list[int]]:
            return changes, queries.text_match_ids(conn, text)

        return query

    def answer_text(self, flt: queries.NoticeFilter, order: queries.NoticeOrder, answer) -> Any:
        """The listing for words whose matches the reader found (or the error it raised)."""
        if isinstance(answer, Exception) or self._index is None:
            return answer
        changes, matches = answer
        if changes == self._changes:
            self._text_ids = (flt.text, matches)
        return packed_ids(self._index.ids(flt, order, text_ids=matches))


_frozen = False


def _freeze_start_up_objects() -> None:
    """Once the first list's packed columns are in, the objects made so far (modules, the window,
    the columns) live as long as the console: the collector stops re-examining them. Each of its
    full passes over them took 25-56 ms of the GUI thread, six in the first seconds, and an
    arrival's row waited behind them (worst of 50 drops 0.13-0.55 s by run, 0.12-0.14 s after).

    The start-up's imports are done by then (numpy last): the module sources PySide's import hook
    read into linecache (2.4 MB of text at 100,000 notices) go first, instead of living as long."""
    global _frozen
    if not _frozen:
        _frozen = True
        linecache.clearcache()
        gc.freeze()
