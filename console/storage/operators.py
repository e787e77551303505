"""Duty officers: names, roles and PINs, and the guard on every PIN entry.

PINs are stored as Argon2id hashes (argon2-cffi), never in clear: about 250 ms of one
core per guess on the reference machine (docs/architecture.md), so trying every
6-digit PIN offline takes about three days a core. Hashes of an older scheme (scrypt)
or of a lower cost are replaced by today's on the officer's next right PIN.

Every wrong PIN is audited with the officer, the place it was typed and the time.
After FAILURES_BEFORE_LOCK wrong PINs in a row the officer is locked for FIRST_LOCK,
twice as long at each further lock; the lock lives in the store, so a restart keeps
it, and only another officer, a supervisor, can lift it early.

Checking a PIN is split so that a window never hashes on its GUI thread:
`begin_pin_check` and `finish_pin_check` are quick store reads and writes, and
`verify_pin` (the slow part) touches no store and runs on any thread.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from console.errors import WatchdeskError
from console.i18n import LANGUAGE_NAMES
from console.storage.store import Store, utc_stamp

if TYPE_CHECKING:
    from argon2 import PasswordHasher

ROLES = ("officer", "supervisor")
PIN_MIN_DIGITS = 6  # for every new or changed PIN; a shorter old PIN must be replaced at its next use
PIN_MAX_DIGITS = 12
LEGACY_MIN_DIGITS = 4  # what stations before issue 14 allowed: still accepted once, to be replaced
FAILURES_BEFORE_LOCK = 5
FIRST_LOCK = timedelta(minutes=15)
MAX_LOCK_DOUBLINGS = 10  # the 11th lock and later last 15 min * 2**10, about 10.7 days

# Argon2id with one lane, so the cost measured here is what one attacker's core pays
# per guess: t=5, 64 MiB (RFC 9106's second recommendation is t=3; at t=3 a CI machine checked a
# guess in 98 ms, under issue 14's floor of 100 ms, so two more passes), made by pin_hasher()
# at the first PIN hashed or checked: argon2-cffi's C binding (2.5 MiB) need not load before the
# window paints. Tests swap in a cheap hasher through this name (tests/conftest.py) beside a test
# of this one.
PIN_TIME_COST = 5
PIN_HASHER: PasswordHasher | None = None


class OperatorError(WatchdeskError, ValueError):
    pass


@dataclass(frozen=True)
class Operator:
    name: str
    role: str
    active: bool
    # The console language this officer chose (a code of console.i18n.LANGUAGE_NAMES), applied at
    # the start of their watch; None: the workstation's language.
    language: str | None = None


@dataclass(frozen=True)
class PreparedPin:
    """A new PIN already checked against the rule and hashed (the slow part, done off the GUI thread)."""

    pin_hash: str


@dataclass(frozen=True)
class PinVerdict:
    matches: bool
    upgraded_hash: str | None = None  # set when the PIN matched a hash weaker than today's


@dataclass(frozen=True)
class PinCheck:
    """How one PIN entry ended. `outcome`: accepted, wrong, locked or unknown (no such active officer)."""

    name: str
    outcome: str
    operator: Operator | None = None
    tries_left: int = FAILURES_BEFORE_LOCK
    locked_until: datetime | None = None
    must_change: bool = False  # accepted, but the PIN is shorter than PIN_MIN_DIGITS: set a new one first

    @property
    def accepted(self) -> bool:
        return self.outcome == "accepted"


@dataclass(frozen=True)
class PendingPinCheck:
    """The stored hash to verify, or `refused` when the entry ends before any hashing (locked, unknown)."""

    name: str
    stored_hash: str | None
    refused: PinCheck | None = None


def check_new_pin_text(pin: str) -> None:
    if not (pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise OperatorError(f"A PIN is {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits.")


def prepare_pin(pin: str) -> PreparedPin:
    """Check a new PIN against the rule and hash it (slow: off the GUI thread)."""
    check_new_pin_text(pin)
    return PreparedPin(hash_pin(pin))


def pin_hasher() -> PasswordHasher:
    global PIN_HASHER
    if PIN_HASHER is None:
        from argon2 import PasswordHasher, Type

        PIN_HASHER = PasswordHasher(time_cost=PIN_TIME_COST, memory_cost=64 * 1024, parallelism=1, hash_len=32,
                                    salt_len=16, type=Type.ID)
    return PIN_HASHER


def hash_pin(pin: str) -> str:
    return pin_hasher().hash(pin)


def _scrypt_matches(pin: str, stored: str) -> bool:
    # The scheme of stations before issue 14: scrypt$N$r$p$salt$digest, replaced at the next right PIN.
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        computed = hashlib.scrypt(
            pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(computed, base64.b64decode(digest))


def verify_pin(pin: str, stored: str) -> PinVerdict:
    """Whether `pin` matches the stored hash, and today's hash of it when the stored one is older or weaker.

    The slow part of a PIN check; reads no store, so any thread may run it.
    """
    if stored.startswith("$argon2"):
        from argon2.exceptions import InvalidHashError, VerificationError

        hasher = pin_hasher()
        try:
            hasher.verify(stored, pin)
        except (VerificationError, InvalidHashError):
            return PinVerdict(False)
        return PinVerdict(True, hash_pin(pin) if hasher.check_needs_rehash(stored) else None)
    if stored.startswith("scrypt$") and _scrypt_matches(pin, stored):
        return PinVerdict(True, hash_pin(pin))
    return PinVerdict(False)


def check_pin(pin: str, stored: str) -> bool:
    return verify_pin(pin, stored).matches


def lock_length(lockouts_before: int) -> timedelta:
    """How long the next lock lasts after `lockouts_before` earlier ones: 15 min, 30, 60, ..."""
    return FIRST_LOCK * (2 ** min(lockouts_before, MAX_LOCK_DOUBLINGS))


def _operator(row) -> Operator:
    return Operator(row["name"], row["role"], bool(row["active"]), row["language"] or None)


def _read_stamp(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


class OperatorBook:
    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self, include_inactive: bool = False) -> list[Operator]:
        sql = "SELECT name, role, active, language FROM operators" + ("" if include_inactive else " WHERE active = 1")
        return [_operator(r) for r in self.store.query(sql + " ORDER BY name")]

    def get(self, name: str) -> Operator | None:
        rows = list(self.store.query("SELECT name, role, active, language FROM operators WHERE name = ?", [name]))
        return _operator(rows[0]) if rows else None

    def set_language(self, name: str, language: str | None, by: str, now: datetime) -> None:
        """The console language `name` works in from their next start of watch (None: the
        workstation's), audited."""
        if language is not None and language not in LANGUAGE_NAMES:
            raise OperatorError(f"The console is not translated into {language!r}; "
                                f"choose one of: {', '.join(LANGUAGE_NAMES)}.")
        if self.get(name) is None:
            raise OperatorError(f"There is no officer named {name}.")
        with self.store.transaction() as db:
            db.execute("UPDATE operators SET language = ? WHERE name = ?", [language, name])
            self.store.audit.append(now, by, "officer_language_set", {"name": name, "language": language})

    def add(self, name: str, role: str, pin: str | PreparedPin, by: str, now: datetime) -> Operator:
        name = name.strip()
        if not name:
            raise OperatorError("An officer needs a name.")
        if role not in ROLES:
            raise OperatorError(f"Role must be one of: {', '.join(ROLES)}.")
        prepared = pin if isinstance(pin, PreparedPin) else prepare_pin(pin)
        if self.get(name):
            raise OperatorError(f"There is already an officer named {name}.")
        with self.store.transaction() as db:
            db["operators"].insert({"name": name, "role": role, "pin_hash": prepared.pin_hash,
                                    "created_at": utc_stamp(now)})
            self.store.audit.append(now, by, "operator_added", {"name": name, "role": role})
        return Operator(name, role, True)

    # ---- PIN entries ------------------------------------------------------------

    def _guard_row(self, name: str) -> dict | None:
        rows = list(self.store.query(
            "SELECT name, role, active, language, pin_hash, failed_pins, lockouts, locked_until FROM operators "
            "WHERE name = ?",
            [name]))
        return rows[0] if rows else None

    def locked_until(self, name: str, now: datetime) -> datetime | None:
        """When this officer's lock ends, or None if they are not locked now."""
        row = self._guard_row(name)
        until = _read_stamp(row["locked_until"]) if row else None
        return until if until and until > now else None

    def tries_left(self, name: str) -> int:
        row = self._guard_row(name)
        return FAILURES_BEFORE_LOCK - (row["failed_pins"] if row else 0)

    def begin_pin_check(self, name: str, place: str, now: datetime) -> PendingPinCheck:
        """The first, quick step of a PIN entry: refuse a locked or unknown officer before any hashing.

        A refusal is audited here: every PIN typed for a locked officer is a failed PIN too.
        """
        row = self._guard_row(name)
        if row is None or not row["active"]:
            self.store.record(name, "pin_refused", {"place": place, "reason": "no such active officer"}, at=now)
            return PendingPinCheck(name, None, PinCheck(name, "unknown", tries_left=0))
        until = _read_stamp(row["locked_until"])
        if until and until > now:
            self.store.record(name, "pin_refused", {"place": place, "reason": "locked",
                                                    "locked_until": utc_stamp(until)}, at=now)
            return PendingPinCheck(name, None, PinCheck(name, "locked", tries_left=0, locked_until=until))
        return PendingPinCheck(name, row["pin_hash"])

    def finish_pin_check(self, pending: PendingPinCheck, verdict: PinVerdict, pin_length: int, place: str,
                         now: datetime) -> PinCheck:
        """The last, quick step: count and audit a wrong PIN (locking at the fifth), or clear the count."""
        if pending.refused is not None:
            return pending.refused
        name = pending.name
        with self.store.transaction() as db:
            row = self._guard_row(name)
            if row is None or not row["active"]:
                self.store.audit.append(now, name, "pin_refused", {"place": place, "reason": "no such active officer"})
                return PinCheck(name, "unknown", tries_left=0)
            until = _read_stamp(row["locked_until"])
            if until and until > now:  # locked by other entries while this one was being hashed
                self.store.audit.append(now, name, "pin_refused", {"place": place, "reason": "locked",
                                                                   "locked_until": utc_stamp(until)})
                return PinCheck(name, "locked", tries_left=0, locked_until=until)
            # A PIN changed while this one was hashed was checked against the old hash: not accepted.
            if verdict.matches and row["pin_hash"] == pending.stored_hash:
                db.execute("UPDATE operators SET failed_pins = 0, lockouts = 0, locked_until = NULL WHERE name = ?",
                           [name])
                if verdict.upgraded_hash:
                    db.execute("UPDATE operators SET pin_hash = ? WHERE name = ?", [verdict.upgraded_hash, name])
                    self.store.audit.append(now, name, "pin_hash_upgraded", {"name": name, "scheme": "argon2id"})
                operator = _operator(row)
                return PinCheck(name, "accepted", operator, FAILURES_BEFORE_LOCK,
                                must_change=pin_length < PIN_MIN_DIGITS)
            failures = row["failed_pins"] + 1
            details = {"place": place, "reason": "wrong PIN", "failures_in_a_row": failures}
            if failures < FAILURES_BEFORE_LOCK:
                db.execute("UPDATE operators SET failed_pins = ? WHERE name = ?", [failures, name])
                self.store.audit.append(now, name, "pin_refused", details)
                return PinCheck(name, "wrong", tries_left=FAILURES_BEFORE_LOCK - failures)
            lockouts = row["lockouts"]
            until = now.astimezone(timezone.utc).replace(microsecond=0) + lock_length(lockouts)
            db.execute("UPDATE operators SET failed_pins = 0, lockouts = ?, locked_until = ? WHERE name = ?",
                       [lockouts + 1, utc_stamp(until), name])
            self.store.audit.append(now, name, "pin_refused", details)
            self.store.audit.append(now, name, "officer_locked", {
                "name": name, "place": place, "locked_until": utc_stamp(until), "lock": lockouts + 1,
                "minutes": int(lock_length(lockouts).total_seconds() // 60)})
            return PinCheck(name, "locked", tries_left=0, locked_until=until)

    def check_pin_entry(self, name: str, pin: str, place: str, now: datetime) -> PinCheck:
        """One whole PIN entry on this thread (command line, services): begin, hash, finish."""
        pending = self.begin_pin_check(name, place, now)
        if pending.refused is not None:
            return pending.refused
        return self.finish_pin_check(pending, verify_pin(pin, pending.stored_hash or ""), len(pin), place, now)

    def authenticate(self, name: str, pin: str, place: str = "PIN check",
                     now: datetime | None = None) -> Operator | None:
        check = self.check_pin_entry(name, pin, place, now or datetime.now(timezone.utc))
        return check.operator if check.accepted else None

    def unlock(self, name: str, supervisor: str, now: datetime) -> None:
        """Lift an officer's lock before it ends; the caller has checked the supervisor's PIN."""
        sup = self.get(supervisor)
        if sup is None or sup.role != "supervisor" or not sup.active:
            raise OperatorError("Only an active supervisor can unlock an officer.")
        if supervisor == name:
            raise OperatorError("A locked officer cannot unlock themselves; another supervisor must.")
        row = self._guard_row(name)
        if row is None:
            raise OperatorError(f"There is no officer named {name}.")
        until = _read_stamp(row["locked_until"])
        if not (until and until > now) and not row["failed_pins"]:
            raise OperatorError(f"{name} is not locked.")
        with self.store.transaction() as db:
            db.execute("UPDATE operators SET failed_pins = 0, locked_until = NULL WHERE name = ?", [name])
            self.store.audit.append(now, supervisor, "officer_unlocked", {
                "name": name, "was_locked_until": utc_stamp(until) if until and until > now else None})

    # ---- changes ----------------------------------------------------------------

    def set_active(self, name: str, active: bool, by: str, now: datetime) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE operators SET active = ? WHERE name = ?", [int(active), name])
            self.store.audit.append(now, by, "operator_enabled" if active else "operator_disabled", {"name": name})

    def reset_pin(self, name: str, new_pin: str | PreparedPin, supervisor: str, now: datetime) -> None:
        sup = self.get(supervisor)
        if sup is None or sup.role != "supervisor":
            raise OperatorError("Only a supervisor can reset a PIN.")
        prepared = new_pin if isinstance(new_pin, PreparedPin) else prepare_pin(new_pin)
        with self.store.transaction() as db:
            db.execute("UPDATE operators SET pin_hash = ? WHERE name = ?", [prepared.pin_hash, name])
            self.store.audit.append(now, supervisor, "pin_reset", {"name": name})

    def change_own_pin(self, name: str, new_pin: str | PreparedPin, now: datetime) -> None:
        """The officer sets a new PIN right after a right PIN (a PIN shorter than the rule must go)."""
        prepared = new_pin if isinstance(new_pin, PreparedPin) else prepare_pin(new_pin)
        with self.store.transaction() as db:
            db.execute("UPDATE operators SET pin_hash = ? WHERE name = ?", [prepared.pin_hash, name])
            self.store.audit.append(now, name, "pin_changed", {"name": name})


def pairing_problem(book: OperatorBook, releasing: str, approving: str | None, pairing: str) -> str | None:
    """Why this pair may not release under the two-person rule, or None if it may.

    `pairing` is the station setting: "any_two" officers, or "officer_and_supervisor".
    """
    if not approving or approving == releasing:
        return "a second, different officer must approve"
    # Names alone are not officers: on a station with a roll (every console's: releasing needs an
    # officer on watch), both must be on it and active, so that no caller passes the rule by naming
    # someone who is not there. The release dialog checks both PINs besides.
    if book.all(include_inactive=True):
        for name in (releasing, approving):
            officer = book.get(name)
            if officer is None or not officer.active:
                return f"{name} is not an active officer of this station and cannot take part in"
    if pairing == "officer_and_supervisor":
        roles = {getattr(book.get(name), "role", None) for name in (releasing, approving)}
        if "supervisor" not in roles:
            return "one of the two must be a supervisor"
    return None
