"""Encryption overhead: the same inserts and queries on SQLCipher and on plain SQLite."""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import Result, median_of

ROWS = 20_000


def _rows(count: int) -> list[tuple]:
    kinds = ["launch_notification", "general_communication", "amendment", "cancellation"]
    precedences = ["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"]
    body = json.dumps({"remarks": "x" * 400})
    rows = []
    for n in range(count):
        rows.append((
            str(uuid.UUID(int=n + 1)), "in" if n % 2 else "out", "NRRC-RU", kinds[n % 4], n + 1,
            "NRRC-RU", "NRRC-US", f"2026-11-{1 + n % 28:02d}T{n % 24:02d}:00:00Z", precedences[n % 4], "EXERCISE",
            "US-USSR BMLNA 1988", f"summary {n}", body, "received", f"{n:064x}",
        ))
    return rows


INSERT = (
    "INSERT INTO notices (message_id, direction, counterpart, kind, sequence, sender, recipient, dtg, precedence, "
    "status, agreement, summary, notice_json, state, sealed_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _prepare(conn) -> None:
    from console.storage import schema

    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    for statement in schema._V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _console_refresh(conn, index, new_ids: list[int]) -> None:
    """What the window runs after each import now: the inbox's packed listing takes in the notices
    the import's event names, then the first page's rows and the counts are read."""
    from console.service import queries

    index.refresh(conn, new_ids)
    ids = index.ids(queries.NoticeFilter(direction="in"), "unacknowledged_first")
    queries.notice_rows(conn, [int(i) for i in ids[:200]])
    queries.folder_counts(conn)


def _sql_listing_refresh(conn) -> None:
    """What the window ran after each import before its packed listing: every id from SQL."""
    from console.service import queries

    ids = queries.notice_ids(conn, queries.NoticeFilter(direction="in"), "unacknowledged_first")
    queries.notice_rows(conn, ids[:200])
    queries.folder_counts(conn)


REFRESHES = ("console", "sql_listing", None)


def _workload(conn, rows: list[tuple], *, refresh: str | None) -> float:
    """Import-sized batches of 50 inserts, each followed by the inbox's refresh (or none)."""
    from console.service import queries
    from console.service.listing import ListingIndex

    index = ListingIndex.load(conn, "in")
    started = time.perf_counter()
    for start in range(0, len(rows), 50):
        conn.execute("BEGIN IMMEDIATE")
        first = conn.execute("SELECT coalesce(max(id), 0) FROM notices").fetchone()[0] + 1
        conn.executemany(INSERT, rows[start : start + 50])
        conn.execute("COMMIT")
        if refresh == "console":
            _console_refresh(conn, index, list(range(first, first + len(rows[start : start + 50]))))
        elif refresh == "sql_listing":
            _sql_listing_refresh(conn)
    for flt in (
        queries.NoticeFilter(direction="in", precedence="FLASH"),
        queries.NoticeFilter(direction="out", kind="amendment"),
    ):
        ids = queries.notice_ids(conn, flt, "dtg_desc")
        queries.notice_rows(conn, ids[-200:])
    return time.perf_counter() - started


def _run(encrypted: bool, rows: list[tuple], refresh: str | None = "console") -> float:
    from console.storage.connection import PAGE_CACHE_KIB, connect_encrypted

    with tempfile.TemporaryDirectory(prefix="wd-bench-db-") as tmp:
        path = Path(tmp) / "bench.db"
        if encrypted:
            conn = connect_encrypted(path, bytes(range(32)))
        else:
            # The same SQLite build without a key: a plain file, so only encryption differs.
            import sqlcipher3

            conn = sqlcipher3.connect(str(path), isolation_level=None)
            # And the console's page cache (connect_encrypted sets it): sqlcipher3's default is
            # four times larger, which spared the plain file re-reads the encrypted one paid for.
            conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        try:
            _prepare(conn)
            return _workload(conn, rows, refresh=refresh)
        finally:
            conn.close()


def run_storage_benchmarks(runs: int = 5) -> list[Result]:
    rows = _rows(ROWS)
    encrypted, samples = median_of(lambda: _run(True, rows), runs)
    plain, plain_samples = median_of(lambda: _run(False, rows), runs)
    listing, _ = median_of(lambda: _run(True, rows, refresh="sql_listing"), runs)
    plain_listing, _ = median_of(lambda: _run(False, rows, refresh="sql_listing"), runs)
    writes, _ = median_of(lambda: _run(True, rows, refresh=None), runs)
    plain_writes, _ = median_of(lambda: _run(False, rows, refresh=None), runs)
    return [
        Result(f"SQLCipher: {ROWS:,} notices imported 50 at a time, inbox refreshed after each", encrypted, "s", plain,
               "the same on a plain SQLite file (same SQLite build, schema and pragmas)", target_ratio=1.15,
               samples=samples, note=f"plain samples {', '.join(f'{s:.2f}' for s in plain_samples)}; the refresh "
               "is the console's: the packed listing takes in the new ids, the first page and the counts"),
        Result("SQLCipher: the same, every id listed from SQL after each batch (the console before its packed "
               "listing)", listing, "s", plain_listing, "the same on the plain file",
               note="reported: re-reads index pages the page cache dropped, each decrypted again"),
        Result(f"SQLCipher: the {ROWS:,} inserts alone", writes, "s", plain_writes,
               "the same inserts on the plain file", note="reported: the cost of encrypting every written page"),
    ]
