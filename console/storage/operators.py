"""Duty officers: names, roles and PINs (stored as scrypt hashes, never in clear)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from console.storage.store import Store, utc_stamp

# scrypt cost: about 50 ms per check here, so guessing a 4-8 digit PIN offline is slow.
_N, _R, _P = 2**14, 8, 1
ROLES = ("officer", "supervisor")


class OperatorError(ValueError):
    pass


@dataclass(frozen=True)
class Operator:
    name: str
    role: str
    active: bool


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        computed = hashlib.scrypt(
            pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(computed, base64.b64decode(digest))


def _check_pin_text(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise OperatorError("A PIN is 4 to 12 digits.")


class OperatorBook:
    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self, include_inactive: bool = False) -> list[Operator]:
        sql = "SELECT name, role, active FROM operators" + ("" if include_inactive else " WHERE active = 1")
        return [Operator(r["name"], r["role"], bool(r["active"])) for r in self.store.db.query(sql + " ORDER BY name")]

    def get(self, name: str) -> Operator | None:
        rows = list(self.store.db.query("SELECT name, role, active FROM operators WHERE name = ?", [name]))
        return Operator(rows[0]["name"], rows[0]["role"], bool(rows[0]["active"])) if rows else None

    def add(self, name: str, role: str, pin: str, by: str, now: datetime) -> Operator:
        name = name.strip()
        if not name:
            raise OperatorError("An officer needs a name.")
        if role not in ROLES:
            raise OperatorError(f"Role must be one of: {', '.join(ROLES)}.")
        _check_pin_text(pin)
        if self.get(name):
            raise OperatorError(f"There is already an officer named {name}.")
        with self.store.transaction() as db:
            db["operators"].insert({"name": name, "role": role, "pin_hash": hash_pin(pin), "created_at": utc_stamp(now)})
            self.store.audit.append(now, by, "operator_added", {"name": name, "role": role})
        return Operator(name, role, True)

    def authenticate(self, name: str, pin: str) -> Operator | None:
        rows = list(self.store.db.query("SELECT name, role, active, pin_hash FROM operators WHERE name = ?", [name]))
        if not rows or not rows[0]["active"] or not check_pin(pin, rows[0]["pin_hash"]):
            return None
        return Operator(rows[0]["name"], rows[0]["role"], True)

    def set_active(self, name: str, active: bool, by: str, now: datetime) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE operators SET active = ? WHERE name = ?", [int(active), name])
            self.store.audit.append(now, by, "operator_enabled" if active else "operator_disabled", {"name": name})

    def reset_pin(self, name: str, new_pin: str, supervisor: str, now: datetime) -> None:
        sup = self.get(supervisor)
        if sup is None or sup.role != "supervisor":
            raise OperatorError("Only a supervisor can reset a PIN.")
        _check_pin_text(new_pin)
        with self.store.transaction() as db:
            db.execute("UPDATE operators SET pin_hash = ? WHERE name = ?", [hash_pin(new_pin), name])
            self.store.audit.append(now, supervisor, "pin_reset", {"name": name})


def pairing_problem(book: OperatorBook, releasing: str, approving: str | None, pairing: str) -> str | None:
    """Why this pair may not release under the two-person rule, or None if it may.

    `pairing` is the station setting: "any_two" officers, or "officer_and_supervisor".
    """
    if not approving or approving == releasing:
        return "a second, different officer must approve"
    if pairing == "officer_and_supervisor":
        roles = {getattr(book.get(name), "role", None) for name in (releasing, approving)}
        if "supervisor" not in roles:
            return "one of the two must be a supervisor"
    return None
