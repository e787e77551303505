"""Counterpart stations: their key cards, verification, agreement profile, folders."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.domain.rules import DEFAULT_PROFILE, AgreementProfile
from console.format import KeyCard, safety_number
from console.storage.store import Store, utc_stamp


class CounterpartError(ValueError):
    """A counterpart operation was refused; the message says why."""


@dataclass(frozen=True)
class Counterpart:
    station_id: str
    name: str
    card: KeyCard
    verified_fingerprint: str | None
    verified_at: str | None
    verified_by: str | None
    key_changed_at: str | None
    profile: AgreementProfile
    inbox_dir: str | None
    outbox_dir: str | None

    @property
    def verified(self) -> bool:
        return self.verified_fingerprint == self.card.fingerprint

    @property
    def key_changed(self) -> bool:
        """A verified key was replaced by one nobody has verified yet."""
        return self.key_changed_at is not None and not self.verified


def _from_row(row: dict[str, Any]) -> Counterpart:
    profile_data = json.loads(row["profile_json"] or "{}")
    return Counterpart(
        station_id=row["station_id"],
        name=row["name"],
        card=KeyCard.load(row["card_json"]),
        verified_fingerprint=row["verified_fingerprint"],
        verified_at=row["verified_at"],
        verified_by=row["verified_by"],
        key_changed_at=row["key_changed_at"],
        profile=AgreementProfile.from_dict(profile_data) if profile_data else DEFAULT_PROFILE,
        inbox_dir=row["inbox_dir"],
        outbox_dir=row["outbox_dir"],
    )


def normalise_number(text: str) -> str:
    return re.sub(r"\D", "", text)


class CounterpartBook:
    """Reads and changes the `counterparts` table of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, station_id: str) -> Counterpart | None:
        rows = list(self.store.db.query("SELECT * FROM counterparts WHERE station_id = ?", [station_id]))
        return _from_row(rows[0]) if rows else None

    def require(self, station_id: str) -> Counterpart:
        counterpart = self.get(station_id)
        if counterpart is None:
            raise CounterpartError(f"{station_id} is not a counterpart of this station; import its key card first.")
        return counterpart

    def all(self) -> list[Counterpart]:
        return [_from_row(r) for r in self.store.db.query("SELECT * FROM counterparts ORDER BY station_id")]

    def signing_keys(self, station_id: str) -> list[dict[str, str]] | None:
        """Every signing key this counterpart has had (newest first), or None if unknown."""
        counterpart = self.get(station_id)
        if counterpart is None:
            return None
        keys = [counterpart.card.signing_key]
        for row in self.store.db.query(
            "SELECT card_json FROM counterpart_key_history WHERE counterpart = ? ORDER BY id DESC", [station_id]
        ):
            old = KeyCard.load(row["card_json"]).signing_key
            if old not in keys:
                keys.append(old)
        return keys

    def add_card(self, card: KeyCard, officer: str, own_station_id: str, now: datetime) -> tuple[Counterpart, str]:
        """Import a key card. Returns the counterpart and what happened:
        'added' (new, unverified), 'unchanged', or 'key_changed' (traffic held until re-verified)."""
        if card.station_id == own_station_id:
            raise CounterpartError("That is this station's own key card, not a counterpart's.")
        existing = self.get(card.station_id)
        stamp = utc_stamp(now)
        with self.store.transaction() as db:
            if existing is None:
                db["counterparts"].insert(
                    {
                        "station_id": card.station_id,
                        "name": card.name,
                        "card_json": card.to_json(),
                        "card_fingerprint": card.fingerprint,
                        "profile_json": json.dumps(DEFAULT_PROFILE.to_dict()),
                        "created_at": stamp,
                    }
                )
                outcome = "added"
            elif existing.card.fingerprint == card.fingerprint:
                outcome = "unchanged"
            else:
                db["counterpart_key_history"].insert(
                    {
                        "counterpart": card.station_id,
                        "card_json": existing.card.to_json(),
                        "card_fingerprint": existing.card.fingerprint,
                        "added_at": stamp,
                    }
                )
                db["counterparts"].update(
                    card.station_id,
                    {"name": card.name, "card_json": card.to_json(), "card_fingerprint": card.fingerprint,
                     "key_changed_at": stamp},
                )
                outcome = "key_changed"
            if outcome != "unchanged":
                self.store.audit.append(
                    now, officer, "key_added" if outcome == "added" else "key_changed",
                    {"counterpart": card.station_id, "fingerprint": card.fingerprint},
                )
        return self.require(card.station_id), outcome

    def expected_number(self, station_id: str, own_card: KeyCard) -> str:
        return safety_number(own_card, self.require(station_id).card)

    def verify(self, station_id: str, typed_number: str, own_card: KeyCard, officer: str, now: datetime) -> Counterpart:
        """Mark the counterpart's current key verified, only if the typed number matches."""
        counterpart = self.require(station_id)
        expected = safety_number(own_card, counterpart.card)
        if normalise_number(typed_number) != normalise_number(expected):
            with self.store.transaction():
                self.store.audit.append(
                    now, officer, "key_verification_failed",
                    {"counterpart": station_id, "fingerprint": counterpart.card.fingerprint},
                )
            raise CounterpartError(
                f"The safety number does not match the one computed from {station_id}'s key card. "
                "The key was NOT marked verified: check the card came from the counterpart, and compare again."
            )
        with self.store.transaction() as db:
            db["counterparts"].update(
                station_id,
                {"verified_fingerprint": counterpart.card.fingerprint, "verified_at": utc_stamp(now),
                 "verified_by": officer, "key_changed_at": None},
            )
            self.store.audit.append(
                now, officer, "key_verified", {"counterpart": station_id, "fingerprint": counterpart.card.fingerprint}
            )
        return self.require(station_id)

    def set_profile(self, station_id: str, profile: AgreementProfile, officer: str, now: datetime) -> None:
        self.require(station_id)
        with self.store.transaction() as db:
            db["counterparts"].update(station_id, {"profile_json": json.dumps(profile.to_dict())})
            self.store.audit.append(now, officer, "settings_changed", {"counterpart": station_id, "profile": profile.to_dict()})

    def set_folders(self, station_id: str, inbox: str | None, outbox: str | None, officer: str, now: datetime) -> None:
        self.require(station_id)
        with self.store.transaction() as db:
            db["counterparts"].update(station_id, {"inbox_dir": inbox, "outbox_dir": outbox})
            self.store.audit.append(
                now, officer, "settings_changed", {"counterpart": station_id, "inbox_dir": inbox, "outbox_dir": outbox}
            )
