"""The store's schema and its forward migrations.

`PRAGMA user_version` holds the schema version as MAJOR * 100 + MINOR. A store of
a newer MAJOR is refused (its meaning may have changed); a newer MINOR of the
same MAJOR only adds things and opens. Every migration moves one step forward
and runs in the same transaction as the version bump.
"""

from __future__ import annotations

from collections.abc import Callable

from console.storage.errors import StoreTooNew

# 'WDK1' read as a big-endian integer: marks the file as a Watchdesk store.
APPLICATION_ID = 0x57444B31

CURRENT_VERSION = 106  # 1.6

_V1 = """
CREATE TABLE station (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    station_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    settings_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE station_keys (
    generation INTEGER PRIMARY KEY,
    private_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE TABLE counterparts (
    station_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    card_json TEXT NOT NULL,
    card_fingerprint TEXT NOT NULL,
    verified_fingerprint TEXT,
    verified_at TEXT,
    verified_by TEXT,
    key_changed_at TEXT,
    profile_json TEXT NOT NULL DEFAULT '{}',
    inbox_dir TEXT,
    outbox_dir TEXT,
    created_at TEXT NOT NULL,
    free_text_language TEXT
);
CREATE TABLE counterpart_key_history (
    id INTEGER PRIMARY KEY,
    counterpart TEXT NOT NULL REFERENCES counterparts(station_id),
    card_json TEXT NOT NULL,
    card_fingerprint TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE counterpart_key_retirements (
    counterpart TEXT NOT NULL REFERENCES counterparts(station_id),
    key_thumbprint TEXT NOT NULL,
    retired_at TEXT NOT NULL,
    compromised INTEGER NOT NULL DEFAULT 0,
    retired_by TEXT NOT NULL,
    PRIMARY KEY (counterpart, key_thumbprint)
);
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    counterpart TEXT NOT NULL,
    kind TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    dtg TEXT NOT NULL,
    precedence TEXT NOT NULL,
    status TEXT NOT NULL,
    agreement TEXT NOT NULL,
    window_start TEXT,
    window_end TEXT,
    summary TEXT NOT NULL DEFAULT '',
    notice_json TEXT NOT NULL,
    state TEXT NOT NULL,
    sealed_sha256 TEXT,
    sealed_file TEXT,
    sealed_blob BLOB,
    problem TEXT,
    signing_key TEXT,
    received_at TEXT,
    released_at TEXT,
    drafted_by TEXT,
    released_by TEXT,
    approved_by TEXT,
    override_reason TEXT,
    ack_due_at TEXT,
    acknowledged_at TEXT,
    acknowledged_by TEXT,
    ack_message_id TEXT,
    UNIQUE (sender, recipient, sequence)
);
CREATE INDEX notices_listing ON notices(
    direction, dtg, kind, status, precedence, counterpart, sequence, acknowledged_at, ack_due_at, window_start, state
);
CREATE INDEX notices_state ON notices(direction, state);
CREATE INDEX notices_counterpart ON notices(counterpart, direction, kind, acknowledged_at, ack_due_at);
CREATE INDEX notices_ack_due ON notices(direction, acknowledged_at, ack_due_at);
CREATE INDEX notices_sealed_sha256 ON notices(sealed_sha256);
CREATE INDEX notices_kind ON notices(kind, direction);
CREATE TABLE notice_references (
    notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (notice_id, message_id)
);
CREATE INDEX notice_references_target ON notice_references(message_id);
CREATE TABLE notices_opened (
    notice_id INTEGER PRIMARY KEY REFERENCES notices(id) ON DELETE CASCADE,
    opened_at TEXT NOT NULL
);
CREATE TABLE working_translations (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    translator TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX working_translations_notice ON working_translations(notice_id, id);
CREATE VIRTUAL TABLE notices_fts USING fts5(text, content='', contentless_delete=1);
CREATE TABLE channel_sequences (
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY (sender, recipient)
);
CREATE TABLE sequence_gaps (
    counterpart TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    filled_at TEXT,
    PRIMARY KEY (counterpart, sequence)
);
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    counterpart TEXT,
    content_json TEXT NOT NULL,
    officer TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    counterpart TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    content_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (counterpart, name)
);
CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
    pin_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    failed_pins INTEGER NOT NULL DEFAULT 0,
    lockouts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    language TEXT
);
CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY,
    counterpart TEXT,
    file_name TEXT NOT NULL,
    path TEXT NOT NULL,
    reason_code TEXT NOT NULL,
    reason TEXT NOT NULL,
    sha256 TEXT,
    quarantined_at TEXT NOT NULL
);
CREATE TABLE audit_log (
    idx INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT NOT NULL,
    action TEXT NOT NULL,
    details_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    entry_count INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);
"""


def _add_listing_indexes(conn) -> None:
    # 1.1: the inbox filters and sorts 100,000 notices from these indexes alone, without
    # reading the wide rows (notice JSON, sealed file); see console/service/queries.py.
    # notices_listing starts with (direction, dtg), so it replaces notices_direction_dtg.
    conn.execute(
        "CREATE INDEX notices_listing ON notices(direction, dtg, kind, status, precedence, counterpart, "
        "sequence, acknowledged_at, ack_due_at, window_start, state)"
    )
    conn.execute("DROP INDEX notices_direction_dtg")
    conn.execute("CREATE INDEX notices_kind ON notices(kind, direction)")
    # Per-counterpart traffic counts from the index alone.
    conn.execute("DROP INDEX notices_counterpart")
    conn.execute(
        "CREATE INDEX notices_counterpart ON notices(counterpart, direction, kind, acknowledged_at, ack_due_at)"
    )


def _add_key_retirements(conn) -> None:
    # 1.2: a counterpart's signing key retired by an officer (`counterpart retire-key`); files it
    # signs are refused with `retired_key` (docs/format.md section 14).
    conn.execute(
        "CREATE TABLE IF NOT EXISTS counterpart_key_retirements ("
        "counterpart TEXT NOT NULL REFERENCES counterparts(station_id), key_thumbprint TEXT NOT NULL, "
        "retired_at TEXT NOT NULL, compromised INTEGER NOT NULL DEFAULT 0, retired_by TEXT NOT NULL, "
        "PRIMARY KEY (counterpart, key_thumbprint))"
    )


def _add_pin_guard(conn) -> None:
    # 1.3: wrong PINs in a row and locks, kept in the store so that a restart lifts no lock
    # (console/storage/operators.py).
    present = {row[1] for row in conn.execute("PRAGMA table_info(operators)")}
    for column, declaration in (("failed_pins", "INTEGER NOT NULL DEFAULT 0"),
                                ("lockouts", "INTEGER NOT NULL DEFAULT 0"), ("locked_until", "TEXT")):
        if column not in present:
            conn.execute(f"ALTER TABLE operators ADD COLUMN {column} {declaration}")


def _add_opened(conn) -> None:
    # 1.4: which notices an officer has opened in the reading pane (the inbox shows the others in
    # bold). A table of its own: marking one opened touches neither the wide row nor its indexes.
    # Every notice already on record counts as opened: an upgrade must not turn the whole inbox bold.
    conn.execute("CREATE TABLE IF NOT EXISTS notices_opened (notice_id INTEGER PRIMARY KEY "
                 "REFERENCES notices(id) ON DELETE CASCADE, opened_at TEXT NOT NULL)")
    conn.execute("INSERT OR IGNORE INTO notices_opened (notice_id, opened_at) "
                 "SELECT id, coalesce(received_at, released_at, dtg) FROM notices")


def _add_working_translations(conn) -> None:
    # 1.5 (issue 18): officers' working translations of a received notice's free text, kept beside
    # the notice and never replacing it (console/storage/working_translations.py), and the language
    # each counterpart writes its free text in (NULL: not stated).
    conn.execute("CREATE TABLE IF NOT EXISTS working_translations (id INTEGER PRIMARY KEY, "
                 "notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE, field TEXT NOT NULL, "
                 "language TEXT NOT NULL, text TEXT NOT NULL, translator TEXT NOT NULL, created_at TEXT NOT NULL)")
    conn.execute("CREATE INDEX IF NOT EXISTS working_translations_notice ON working_translations(notice_id, id)")
    present = {row[1] for row in conn.execute("PRAGMA table_info(counterparts)")}
    if "free_text_language" not in present:
        conn.execute("ALTER TABLE counterparts ADD COLUMN free_text_language TEXT")


def _add_officer_language(conn) -> None:
    # 1.6 (issue 18): the language an officer chose for the console (a console language code;
    # NULL: the workstation's), applied when that officer starts a watch (console/storage/operators.py).
    present = {row[1] for row in conn.execute("PRAGMA table_info(operators)")}
    if "language" not in present:
        conn.execute("ALTER TABLE operators ADD COLUMN language TEXT")


# version reached -> migration from the version before it
MIGRATIONS: dict[int, Callable] = {101: _add_listing_indexes, 102: _add_key_retirements, 103: _add_pin_guard,
                                   104: _add_opened, 105: _add_working_translations,
                                   106: _add_officer_language}


def _major(version: int) -> int:
    return version // 100


def ensure_current(conn, *, fresh: bool) -> tuple[int, int]:
    """Create or migrate the schema. Returns (version found, version now)."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if fresh and found == 0:
        conn.execute("BEGIN IMMEDIATE")
        try:
            _run_script(conn, _V1)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return 0, CURRENT_VERSION
    if _major(found) > _major(CURRENT_VERSION):
        raise StoreTooNew(
            f"This store has schema version {found // 100}.{found % 100}, written by a newer "
            f"Watchdesk; this one understands {CURRENT_VERSION // 100}.x. Open it with the newer version."
        )
    version = found
    while version < CURRENT_VERSION and _major(version) <= _major(CURRENT_VERSION):
        step = min(v for v in MIGRATIONS if v > version)
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = step
    return found, max(version, found)


def _run_script(conn, script: str) -> None:
    # executescript() would COMMIT our transaction first; run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)
