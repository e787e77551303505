"""Which records a write transaction changed, told to listeners after it commits.

Every writer (a repository, the importer, a command) goes through `Store.transaction()`;
temporary triggers on this connection note the key of each row written to the tables
below, so no writer can forget to say what it changed. After COMMIT the store hands a
`Committed` (the audit entries appended and the keys changed, by aggregate) to its
listeners; the station turns it into typed events (`console/service/events.py`).
A rolled-back transaction rolls its notes back with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CHANGES_TABLE = "watchdesk_changes"

# table: (aggregate, the column naming the record)
WATCHED_TABLES = {
    "operators": ("officers", "name"),
    "counterparts": ("counterparts", "station_id"),
    "counterpart_key_history": ("counterparts", "counterpart"),
    "counterpart_key_retirements": ("counterparts", "counterpart"),
    "station_keys": ("own_keys", "generation"),
    "drafts": ("drafts", "id"),
    "templates": ("templates", "id"),
}


@dataclass(frozen=True)
class Committed:
    """What one committed transaction changed."""

    audit_first: int | None = None  # the first and last audit entries appended, if any
    audit_last: int | None = None
    changes: dict[str, frozenset] = field(default_factory=dict)  # aggregate: keys of the records written


CommitListener = Callable[[Committed], None]


class ChangeTracker:
    """One per connection: installs the triggers on it, reads and clears the notes."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._watched: set[str] = set()

    def prepare(self) -> None:
        """Install the triggers on the watched tables that exist (a new store creates them later)."""
        if len(self._watched) == len(WATCHED_TABLES):
            return
        self._conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {CHANGES_TABLE} (aggregate TEXT, record)")
        present = {row[0] for row in self._conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
        for table, (aggregate, column) in WATCHED_TABLES.items():
            if table in self._watched or table not in present:
                continue
            for operation, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                self._conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS {CHANGES_TABLE}_{table}_{operation.lower()} "
                    f"AFTER {operation} ON main.{table} BEGIN "
                    f"INSERT INTO {CHANGES_TABLE} VALUES ('{aggregate}', {row}.{column}); END"
                )
            self._watched.add(table)

    def collect(self) -> dict[str, frozenset]:
        """The notes of the open transaction, cleared inside it (call just before COMMIT)."""
        if not self._watched:
            return {}
        found: dict[str, set] = {}
        for aggregate, record in self._conn.execute(f"SELECT aggregate, record FROM {CHANGES_TABLE}"):
            found.setdefault(aggregate, set()).add(record)
        if found:
            self._conn.execute(f"DELETE FROM {CHANGES_TABLE}")
        return {aggregate: frozenset(records) for aggregate, records in found.items()}


def tell(listeners: list[CommitListener], committed: Committed) -> None:
    """Each listener hears of the commit; one that fails is logged, the commit stands."""
    for listener in list(listeners):
        try:
            listener(committed)
        except Exception:
            log.exception("a commit listener failed")
