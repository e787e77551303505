"""Counterpart stations: their key cards, verification, agreement profile, folders."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from console.domain.rules import DEFAULT_PROFILE, AgreementProfile
from console.errors import WatchdeskError
from console.format import KeyCard, safety_number
from console.i18n import tr
from console.storage.store import Store, utc_stamp


class CounterpartError(WatchdeskError, ValueError):
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
    # The language the counterpart writes its free text in (a console language code: en, ru,
    # zh_CN); None: not stated. Shown beside each free-text field as received.
    free_text_language: str | None = None

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
        free_text_language=row.get("free_text_language"),
    )


@dataclass(frozen=True)
class SigningKeyState:
    """One signing key a counterpart has had, and from when files it signs are refused.

    `refused_after` None with `compromised` False: the key is in use. `compromised`: every
    file it signs is refused, whatever its date. Otherwise files dated (signed `iat`) after
    `refused_after` are refused: the newer key card's creation for a key replaced by a
    verified rotation, or the moment an officer retired it.
    """

    thumbprint: str
    card_fingerprint: str
    current: bool
    replaced_at: datetime | None  # when the counterpart's next key card was made
    retired_at: datetime | None  # when an officer retired it here
    retired_by: str | None
    compromised: bool

    @property
    def refused_after(self) -> datetime | None:
        moments = [m for m in (self.replaced_at, self.retired_at) if m is not None]
        return min(moments) if moments else None

    @property
    def in_use(self) -> bool:
        return not self.compromised and self.refused_after is None


def retired_key_refusal(state: SigningKeyState | None, issued_at: datetime) -> str | None:
    """Why a file signed with this key at `issued_at` is refused (code `retired_key`), or None."""
    if state is None:
        return None
    if state.compromised:
        return (
            f"it is signed with key {state.thumbprint}, which {state.retired_by} retired here on "
            f"{utc_stamp(state.retired_at)} as compromised: every file signed with it is refused, whatever its date"
        )
    limit = state.refused_after
    if limit is None or issued_at <= limit:
        return None
    if state.retired_at is not None and state.retired_at == limit:
        why = f"which {state.retired_by} retired here on {utc_stamp(limit)}"
    else:
        why = f"which the counterpart replaced by a new key card made {utc_stamp(limit)}"
    return (
        f"it is signed with key {state.thumbprint}, {why}, and is dated {utc_stamp(issued_at)}, "
        "after that: a retired key signs nothing new"
    )



def key_state_words(state: SigningKeyState) -> str:
    """What files signed with this key are refused, in words (the CLI and the counterpart view)."""
    if state.compromised:
        return tr("retired as compromised by {officer}: every file it signs is refused, whatever its date").format(
            officer=state.retired_by)
    limit = state.refused_after
    if limit is None:
        return tr("in use") if state.current else tr("accepted (an earlier key; no rotation since was verified)")
    if state.retired_at == limit:
        return tr("retired by {officer}: files it signs dated after {time} are refused").format(
            officer=state.retired_by, time=utc_stamp(limit))
    return tr("replaced by a verified key rotation: files it signs dated after {time} are refused").format(
        time=utc_stamp(limit))


@functools.lru_cache(maxsize=256)
def _card(card_json: str) -> KeyCard:
    # KeyCard is frozen and checked on load; the same JSON always gives the same card.
    return KeyCard.load(card_json)


def _parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def normalise_number(text: str) -> str:
    return re.sub(r"\D", "", text)


class CounterpartBook:
    """Reads and changes the `counterparts` table of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, station_id: str) -> Counterpart | None:
        rows = list(self.store.query("SELECT * FROM counterparts WHERE station_id = ?", [station_id]))
        return _from_row(rows[0]) if rows else None

    def require(self, station_id: str) -> Counterpart:
        counterpart = self.get(station_id)
        if counterpart is None:
            raise CounterpartError(
                tr("{station} is not a counterpart of this station; import its key card first.").format(station=station_id)
            )
        return counterpart

    def all(self) -> list[Counterpart]:
        return [_from_row(r) for r in self.store.query("SELECT * FROM counterparts ORDER BY station_id")]

    def signing_keys(self, station_id: str) -> list[dict[str, str]] | None:
        """Every signing key this counterpart has had (newest first), or None if unknown."""
        counterpart = self.get(station_id)
        if counterpart is None:
            return None
        keys = [counterpart.card.signing_key]
        for row in self.store.query(
            "SELECT card_json FROM counterpart_key_history WHERE counterpart = ? ORDER BY id DESC", [station_id]
        ):
            old = KeyCard.load(row["card_json"]).signing_key
            if old not in keys:
                keys.append(old)
        return keys

    def key_states(self, station_id: str) -> list[SigningKeyState]:
        """Every signing key this counterpart has had, current first, with its retirement.

        Asked once for every imported file: cards are parsed once per process (_card)."""
        current = self.store.conn.execute(
            "SELECT card_json, verified_fingerprint, card_fingerprint FROM counterparts WHERE station_id = ?",
            [station_id],
        ).fetchone()
        if current is None:
            self.require(station_id)  # raises, naming the station
        verified = current[1] == current[2]
        # Oldest first: each card was replaced by the next one, the last by the current card.
        cards = [_card(row[0]) for row in self.store.conn.execute(
            "SELECT card_json FROM counterpart_key_history WHERE counterpart = ? ORDER BY id", [station_id])]
        cards.append(_card(current[0]))
        retired = {row[0]: row for row in self.store.conn.execute(
            "SELECT key_thumbprint, retired_at, compromised, retired_by FROM counterpart_key_retirements "
            "WHERE counterpart = ?", [station_id])}
        states: dict[str, SigningKeyState] = {}
        for position, card in enumerate(cards):
            thumbprint = card.signing_key_thumbprint
            current = position == len(cards) - 1
            replaced_at = None if current else cards[position + 1].created
            row = retired.get(thumbprint)
            # A key on two cards (only the encryption key changed) is judged by its latest card.
            states[thumbprint] = SigningKeyState(
                thumbprint=thumbprint, card_fingerprint=card.fingerprint, current=current,
                # A rotation retires the old key only once the counterpart's new key is verified.
                replaced_at=replaced_at if verified else None,
                retired_at=_parse_stamp(row[1]) if row else None,
                retired_by=row[3] if row else None,
                compromised=bool(row and row[2]),
            )
        return sorted(reversed(states.values()), key=lambda state: not state.current)

    def key_state(self, station_id: str, thumbprint: str) -> SigningKeyState | None:
        return next((k for k in self.key_states(station_id) if k.thumbprint == thumbprint), None)

    def retired_key_refusal(self, station_id: str, thumbprint: str, issued_at: datetime) -> str | None:
        """Why a file of this counterpart signed with this key and dated `issued_at` is refused, or None.

        Receiver policy on top of docs/format.md check 17 (section 14): the importer calls it
        once a file's signature has verified, and quarantines the file with code `retired_key`."""
        return retired_key_refusal(self.key_state(station_id, thumbprint), issued_at)

    def retire_key(
        self, station_id: str, thumbprint: str, officer: str, now: datetime, *, compromised: bool = False
    ) -> SigningKeyState:
        """Refuse files signed with this key: dated after `now`, or (compromised) whatever their date."""
        states = self.key_states(station_id)
        state = next((k for k in states if k.thumbprint == thumbprint.strip()), None)
        if state is None:
            known = ", ".join((tr("{key} (current)") if k.current else tr("{key} (earlier)")).format(key=k.thumbprint)
                              for k in states)
            raise CounterpartError(
                tr("{key} is not a signing key of {station} on record (its keys: {known}); "
                   "copy the key id from `watchdesk counterpart keys {station}`.").format(
                    key=thumbprint, station=station_id, known=known)
            )
        if state.compromised or (state.retired_at is not None and not compromised):
            already = (tr("Key {key} of {station} is already retired (as compromised); nothing changed.")
                       if state.compromised else
                       tr("Key {key} of {station} is already retired (on {time}); nothing changed."))
            raise CounterpartError(already.format(
                key=state.thumbprint, station=station_id,
                time=utc_stamp(state.retired_at) if state.retired_at is not None else ""))
        stamp = utc_stamp(now)
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO counterpart_key_retirements (counterpart, key_thumbprint, retired_at, compromised, "
                "retired_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (counterpart, key_thumbprint) DO UPDATE SET "
                "compromised = excluded.compromised, retired_by = excluded.retired_by",
                [station_id, state.thumbprint, stamp, int(compromised), officer],
            )
            self.store.audit.append(
                now, officer, "key_retired",
                {"counterpart": station_id, "key": state.thumbprint, "card_fingerprint": state.card_fingerprint,
                 "compromised": compromised, "current_key": state.current,
                 "refused": "every file signed with it" if compromised else f"files signed with it dated after {stamp}"},
            )
        retired = self.key_state(station_id, state.thumbprint)
        assert retired is not None
        return retired

    def add_card(self, card: KeyCard, officer: str, own_station_id: str, now: datetime) -> tuple[Counterpart, str]:
        """Import a key card. Returns the counterpart and what happened:
        'added' (new, unverified), 'unchanged', 'self_signed' (the self-signed card of the same keys
        replaced an older unsigned one; still verified if it was), or 'key_changed' (traffic held
        until re-verified)."""
        if card.station_id == own_station_id:
            raise CounterpartError(tr("That is this station's own key card, not a counterpart's."))
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
                if card.self_signed and not existing.card.self_signed:
                    outcome = "self_signed"
                    # The same keys, now on a self-signed card: keep the better card. The safety
                    # number and the verification stay as they were (they cover the keys only).
                    db["counterparts"].update(card.station_id, {"card_json": card.to_json()})
                    self.store.audit.append(
                        now, officer, "key_card_self_signed",
                        {"counterpart": card.station_id, "fingerprint": card.fingerprint},
                    )
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
            if outcome in ("added", "key_changed"):
                self.store.audit.append(
                    now, officer, "key_added" if outcome == "added" else "key_changed",
                    {"counterpart": card.station_id, "fingerprint": card.fingerprint,
                     "card_version": card.version, "self_signed": card.self_signed},
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
                tr("The safety number does not match the one computed from {station}'s key card. "
                   "The key was NOT marked verified: check the card came from the counterpart, and compare again."
                   ).format(station=station_id)
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
            if counterpart.key_changed_at is not None:
                # A verified rotation retires the keys it replaced for files dated after it.
                for state in self.key_states(station_id):
                    if not state.current and state.replaced_at is not None:
                        self.store.audit.append(
                            now, officer, "key_retired",
                            {"counterpart": station_id, "key": state.thumbprint, "compromised": False,
                             "reason": "replaced by a verified key rotation",
                             "refused": f"files signed with it dated after {utc_stamp(state.replaced_at)}"},
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

    def set_free_text_language(self, station_id: str, language: str | None, officer: str, now: datetime) -> None:
        """The language this counterpart writes its free text in (None: not stated), audited."""
        self.require(station_id)
        with self.store.transaction() as db:
            db["counterparts"].update(station_id, {"free_text_language": language})
            self.store.audit.append(
                now, officer, "settings_changed", {"counterpart": station_id, "free_text_language": language}
            )


# ---- what the views read (service/queries.py) -----------------------------------------------


def free_text_language(conn, station_id: str) -> str | None:
    """The language this counterpart writes its free text in, or None (not stated, or unknown)."""
    row = conn.execute("SELECT free_text_language FROM counterparts WHERE station_id = ?", [station_id]).fetchone()
    return None if row is None else row[0]


def station_ids(conn) -> list[str]:
    return [row[0] for row in conn.execute("SELECT station_id FROM counterparts ORDER BY station_id")]


def count(conn) -> int:
    return conn.execute("SELECT count(*) FROM counterparts").fetchone()[0]


def current_card_json(conn, station_id: str) -> str | None:
    row = conn.execute("SELECT card_json FROM counterparts WHERE station_id = ?", [station_id]).fetchone()
    return None if row is None else row[0]


def earlier_card_jsons(conn, station_id: str) -> list[str]:
    """The counterpart's replaced key cards, newest first."""
    return [row[0] for row in conn.execute(
        "SELECT card_json FROM counterpart_key_history WHERE counterpart = ? ORDER BY id DESC", [station_id]
    )]


def earlier_card_count(conn, station_id: str) -> int:
    return conn.execute(
        "SELECT count(*) FROM counterpart_key_history WHERE counterpart = ?", [station_id]
    ).fetchone()[0]
