"""The tamper-evident audit log: a hash chain with signed checkpoints.

Entry i's hash is SHA-256 over the previous entry's hash and the canonical JSON
of entry i (its index, time, officer, action and details), so editing, deleting,
inserting or reordering any entry breaks the chain at that entry. Truncating the
tail keeps the chain intact, so the count and head hash are also signed by the
station's Ed25519 key: in checkpoints inside the store (at least daily and on
demand) and in `audit-head.json` beside the store after every write, which an
edit of the database alone cannot roll back.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from console.fsutil import atomic_write
from console.i18n import tr
from console.storage.rows import rows_by_id

if TYPE_CHECKING:  # store.py imports this module
    from console.storage.store import Store

GENESIS_HASH = "0" * 64
HEAD_FILE_NAME = "audit-head.json"


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(prev_hash: str, idx: int, at: str, officer: str, action: str, details_json: str) -> str:
    content = {"idx": idx, "at": at, "officer": officer, "action": action, "details": json.loads(details_json)}
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical_json(content)).hexdigest()


def _head_message(count: int, head_hash: str) -> bytes:
    return f"watchdesk-audit-head\n{count}\n{head_hash}".encode("ascii")


def _public_b64(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def signature_fingerprint(signature_b64: str) -> str:
    """Eight hex digits of SHA-256 over a head signature: short enough to print and read back."""
    return hashlib.sha256(base64.b64decode(signature_b64)).hexdigest()[:8]


SHORT_HASH_LENGTH = 16


@dataclass(frozen=True)
class SignedHead:
    """A signed (count, head hash): the head file, or the copy of it kept in the keyring."""

    entry_count: int
    head_hash: str
    public_key: str = ""
    signature: str = ""

    def anchor(self) -> str:
        """What paper carries: `COUNT:SHORTHASH`, which `watchdesk audit verify --anchor` takes back."""
        return f"{self.entry_count}:{self.head_hash[:SHORT_HASH_LENGTH]}"

    def printed_line(self) -> str:
        fingerprint = signature_fingerprint(self.signature) if self.signature else "unsigned"
        return (
            f"Audit head {self.entry_count} entries · {self.head_hash[:SHORT_HASH_LENGTH]} · "
            f"signature {fingerprint}"
        )


class HeadFileProblem(ValueError):
    """The head file exists but cannot be trusted (unreadable, forged, signed by another key)."""


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    checkpoints: int
    first_bad_index: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return tr("audit log intact: {entries} entries, {checkpoints} signed checkpoints").format(
                entries=self.entries, checkpoints=self.checkpoints)
        # The problem itself stays English: the same words go into the audit alarm's record.
        return tr("audit log damaged at entry {index}: {problem}").format(index=self.first_bad_index,
                                                                         problem=self.problem)


class AuditLog:
    """Appends to and verifies the `audit_log` table of an open store."""

    def __init__(self, conn, head_path: Path) -> None:
        self._conn = conn
        self.head_path = head_path

    def head(self) -> tuple[int, str]:
        row = self._conn.execute("SELECT idx, hash FROM audit_log ORDER BY idx DESC LIMIT 1").fetchone()
        return (0, GENESIS_HASH) if row is None else (row[0] + 1, row[1])

    def append(self, at: datetime | str, officer: str, action: str, details: dict | None = None) -> int:
        """Add one entry. Call inside the write transaction of the action it records."""
        return self.append_many(at, officer, [(action, details)])[0]

    def append_many(
        self, at: datetime | str, officer: str, entries: Sequence[tuple[str, dict | None]]
    ) -> list[int]:
        """Add entries (action, details) in this order, all at `at` by `officer`: the same chain as
        appending them one by one, with one read of the head and one statement (an import stores
        50 files a transaction). Call inside the write transaction of the actions they record."""
        at_text = at if isinstance(at, str) else at.strftime("%Y-%m-%dT%H:%M:%SZ")
        idx, prev = self.head()
        rows = []
        for action, details in entries:
            details_json = canonical_json(details or {}).decode("utf-8")
            digest = entry_hash(prev, idx, at_text, officer, action, details_json)
            rows.append((idx, at_text, officer, action, details_json, prev, digest))
            idx, prev = idx + 1, digest
        self._conn.executemany(
            "INSERT INTO audit_log (idx, at, officer, action, details_json, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return [row[0] for row in rows]

    def write_checkpoint(self, at: datetime | str, signing_key: Ed25519PrivateKey) -> int:
        """Sign the current count and head hash into the store. Call inside a transaction."""
        at_text = at if isinstance(at, str) else at.strftime("%Y-%m-%dT%H:%M:%SZ")
        count, head_hash = self.head()
        signature = signing_key.sign(_head_message(count, head_hash))
        self._conn.execute(
            "INSERT INTO audit_checkpoints (at, entry_count, head_hash, public_key, signature) VALUES (?, ?, ?, ?, ?)",
            (at_text, count, head_hash, _public_b64(signing_key), base64.b64encode(signature).decode("ascii")),
        )
        return count

    def last_checkpoint_at(self) -> str | None:
        row = self._conn.execute("SELECT at FROM audit_checkpoints ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else row[0]

    def write_head_file(self, signing_key: Ed25519PrivateKey) -> SignedHead:
        """Mirror the signed head beside the store (after the transaction commits)."""
        head = self.signed_head(signing_key)
        record = {
            "entry_count": head.entry_count,
            "head_hash": head.head_hash,
            "public_key": head.public_key,
            "signature": head.signature,
        }
        # Several processes write the head (the console, an import from the command line): the
        # temp file carries the writer's id, so one killed mid-write is swept at the next open.
        atomic_write(self.head_path, canonical_json(record) + b"\n", owned=True)
        return head

    def signed_head(self, signing_key: Ed25519PrivateKey) -> SignedHead:
        """The current head signed with `signing_key` (Ed25519 is deterministic: the same head
        always gives the same signature, so paper can carry its fingerprint)."""
        count, head_hash = self.head()
        signature = signing_key.sign(_head_message(count, head_hash))
        return SignedHead(count, head_hash, _public_b64(signing_key), base64.b64encode(signature).decode("ascii"))

    def read_head_file(self, trusted_public_keys: list[bytes]) -> SignedHead | None:
        """The signed head on disk; None if there is none; HeadFileProblem if it cannot be trusted."""
        try:
            raw = self.head_path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise HeadFileProblem(f"{self.head_path.name} is unreadable ({exc})") from exc
        try:
            record = json.loads(raw)
            head = SignedHead(
                int(record["entry_count"]), str(record["head_hash"]), record["public_key"], record["signature"]
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise HeadFileProblem(f"{self.head_path.name} is unreadable") from exc
        trusted = {base64.b64encode(k).decode("ascii") for k in trusted_public_keys}
        problem = self._check_signed_head(head.entry_count, head.head_hash, head.public_key, head.signature, trusted)
        if problem:
            raise HeadFileProblem(f"{self.head_path.name}: {problem}")
        return head

    def hash_at(self, count: int) -> str | None:
        """The head hash the chain had when it held `count` entries; None if it never had that many."""
        if count == 0:
            return GENESIS_HASH
        row = self._conn.execute("SELECT hash FROM audit_log WHERE idx = ?", [count - 1]).fetchone()
        return None if row is None else row[0]

    def behind(self, reference: SignedHead, what: str) -> str | None:
        """Why this store's chain is not a continuation of `reference`, or None if it is.

        A chain behind a head that was signed earlier was rolled back (an old copy put in place);
        one that holds that many entries but another hash at that point was rewritten.
        """
        count = self.head()[0]
        if reference.entry_count > count:
            return f"{what}: {reference.entry_count} entries; store: {count}"
        if self.hash_at(reference.entry_count) != reference.head_hash:
            return (
                f"{what}: {reference.entry_count} entries ending {reference.head_hash[:SHORT_HASH_LENGTH]}; "
                f"the store's entry {reference.entry_count} is different (the log was rewritten)"
            )
        return None

    def check_anchor(self, count: int, short_hash: str) -> str | None:
        """Why the chain does not hold the head read off paper, or None if it does."""
        short_hash = short_hash.strip().lower()
        actual = self.hash_at(count)
        if actual is None:
            return f"the paper says {count} entries, but the store holds only {self.head()[0]}: entries were removed"
        if len(short_hash) < 8 or not actual.startswith(short_hash):
            return (
                f"the store's head after {count} entries is {actual[:SHORT_HASH_LENGTH]}, not {short_hash} "
                "as on paper: the log was rewritten"
            )
        return None

    def verify(self, trusted_public_keys: list[bytes]) -> VerifyResult:
        """Check the whole chain, every checkpoint and the head file."""
        trusted = {base64.b64encode(k).decode("ascii") for k in trusted_public_keys}
        hashes: list[str] = []
        prev = GENESIS_HASH
        rows = self._conn.execute(
            "SELECT idx, at, officer, action, details_json, prev_hash, hash FROM audit_log ORDER BY idx"
        )
        for position, (idx, at, officer, action, details_json, prev_hash, digest) in enumerate(rows):
            if idx != position:
                problem = (
                    f"entry {position} is missing (the next entry is numbered {idx})"
                    if idx > position
                    else f"entry numbered {idx} is out of place"
                )
                return VerifyResult(False, len(hashes), 0, position, problem)
            if prev_hash != prev:
                return VerifyResult(False, len(hashes), 0, position, "it does not follow from the entry before it")
            try:
                expected = entry_hash(prev, idx, at, officer, action, details_json)
            except (ValueError, TypeError):
                return VerifyResult(False, len(hashes), 0, position, "its details are not valid JSON")
            if expected != digest:
                return VerifyResult(False, len(hashes), 0, position, "its content was changed after it was written")
            hashes.append(digest)
            prev = digest
        count = len(hashes)

        checkpoints = self._conn.execute(
            "SELECT id, entry_count, head_hash, public_key, signature FROM audit_checkpoints ORDER BY id"
        ).fetchall()
        for _id, cp_count, cp_hash, public_key, signature in checkpoints:
            problem = self._check_signed_head(cp_count, cp_hash, public_key, signature, trusted)
            if problem:
                return VerifyResult(False, count, 0, min(cp_count, count), f"checkpoint {_id}: {problem}")
            bad = self._check_against_chain(cp_count, cp_hash, hashes)
            if bad is not None:
                return VerifyResult(False, count, 0, bad[0], f"checkpoint {_id}: {bad[1]}")

        if self.head_path.exists():
            try:
                head = json.loads(self.head_path.read_text("utf-8"))
                fields = (head["entry_count"], head["head_hash"], head["public_key"], head["signature"])
            except (ValueError, KeyError, TypeError):
                return VerifyResult(False, count, len(checkpoints), count, f"{self.head_path.name} is unreadable")
            problem = self._check_signed_head(*fields, trusted)
            if problem:
                return VerifyResult(False, count, len(checkpoints), min(fields[0], count), f"head file: {problem}")
            bad = self._check_against_chain(fields[0], fields[1], hashes)
            if bad is not None:
                return VerifyResult(False, count, len(checkpoints), bad[0], f"head file: {bad[1]}")
        elif count:
            return VerifyResult(False, count, len(checkpoints), 0, f"{self.head_path.name} is missing")
        return VerifyResult(True, count, len(checkpoints))

    @staticmethod
    def _check_signed_head(count, head_hash, public_key, signature, trusted) -> str | None:
        if public_key not in trusted:
            return "signed by a key that is not one of this station's keys"
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(
                base64.b64decode(signature), _head_message(int(count), str(head_hash))
            )
        except (InvalidSignature, ValueError, TypeError):
            return "its signature does not verify"
        return None

    @staticmethod
    def _check_against_chain(count: int, head_hash: str, hashes: list[str]) -> tuple[int, str] | None:
        if count > len(hashes):
            return len(hashes), f"the log was truncated: {count} entries were signed, {len(hashes)} remain"
        actual = hashes[count - 1] if count else GENESIS_HASH
        if actual != head_hash:
            return max(count - 1, 0), "the signed head hash does not match the chain"
        return None


# ---- what the views read (service/queries.py, printing, the CLI) ----------------------------


def count(conn) -> int:
    return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def ids_newest_first(conn, text: str | None = None) -> list[int]:
    """Entry numbers, newest first; with `text`, those whose action, officer or details contain it."""
    if text:
        like = f"%{text}%"
        sql = "SELECT idx FROM audit_log WHERE action LIKE ? OR officer LIKE ? OR details_json LIKE ? ORDER BY idx DESC"
        return [r[0] for r in conn.execute(sql, (like, like, like))]
    return [r[0] for r in conn.execute("SELECT idx FROM audit_log ORDER BY idx DESC")]


def rows(conn, ids: list[int]) -> dict[int, dict]:
    return rows_by_id(conn, "audit_log", "idx, at, officer, action, details_json AS details, hash", ids, key="idx")


def last_details(conn, action: str) -> dict | None:
    """The details of the newest entry of this action, or None."""
    row = conn.execute(
        "SELECT details_json FROM audit_log WHERE action = ? ORDER BY idx DESC LIMIT 1", [action]
    ).fetchone()
    return None if row is None else json.loads(row[0])


def restore_recorded(conn, restore_id: str | None) -> bool:
    """Whether the restore with this id has its audit entry already."""
    return conn.execute(
        "SELECT 1 FROM audit_log WHERE action = 'restore' AND json_extract(details_json, '$.restore_id') = ?",
        [restore_id],
    ).fetchone() is not None


def entries_between(store: Store, action: str, start: str, end: str) -> list[dict[str, Any]]:
    """at, details_json of the entries of this action in [start, end), in log order."""
    return list(store.query(
        "SELECT at, details_json FROM audit_log WHERE action = ? AND at >= ? AND at < ? ORDER BY idx",
        [action, start, end],
    ))


def officers_between(store: Store, start: str, end: str) -> set[str]:
    """The officers (not the system) with an entry in [start, end)."""
    return {r["officer"] for r in store.query(
        "SELECT DISTINCT officer FROM audit_log WHERE at >= ? AND at < ? AND officer != 'system'", [start, end])}

