"""An open station: the encrypted store, the station's keys and its audit log.

The GUI and the CLI are thin layers over this class; it works without either.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from pathlib import Path

from console.domain.rules import DEFAULT_PROFILE, AgreementProfile
from console.errors import WatchdeskError
from console.format import KeyCard
from console.format.keys import StationKeys
from console.i18n import tr
from console.service.events import (
    AuditAppended,
    CounterpartsChanged,
    DraftsChanged,
    EventBus,
    OfficersChanged,
    OwnKeysChanged,
    SettingsChanged,
    TemplatesChanged,
)
from console.storage.changes import Committed
from console.storage import audit as audit_entries
from console.storage import recovery
from console.storage import station as station_rows
from console.storage.audit import SignedHead, VerifyResult
from console.storage.errors import StoreError
from console.storage.keysource import new_store_key
from console.storage.store import (
    KeySource,
    Store,
    finish_restore_journal,
    read_meta,
    read_restore_journal,
    utc_stamp,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from collections.abc import Callable

log = logging.getLogger(__name__)

STATION_ID_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")
SYSTEM_OFFICER = "system"


class StationIdError(WatchdeskError, ValueError):
    pass


class SettingsError(WatchdeskError, ValueError):
    pass


def check_station_id(station_id: str) -> str:
    if not STATION_ID_PATTERN.match(station_id or ""):
        raise StationIdError(
            tr("'{station}' is not a station id: use 2 to 32 capital letters, digits and dashes, "
               "starting with a letter or digit (for example NRRC-US).").format(station=station_id)
        )
    return station_id


DEFAULT_SETTINGS = {
    # On unless a supervisor turns it off (Station.turn_off_two_person_rule), audited under their name.
    "two_person_rule": True,
    # Who may form the two-person pair: "any_two" officers, or "officer_and_supervisor".
    "two_person_pairing": "any_two",
    "paper": "A4",
    "sounds": True,  # off silences IMMEDIATE and overdue chimes; the FLASH alarm always sounds
    # Seconds between the alarm's chimes while a FLASH / an IMMEDIATE notice waits (console/ui/alarm.py).
    "alarm_flash_seconds": 5,
    "alarm_immediate_seconds": 30,
    "language": "system",  # the workstation's locale (console.i18n.resolve); or en, ru, zh_CN
    # The console's dark, low-glare palette for a darkened watch floor (console/ui/palette.py).
    "night_palette": False,
    "handling_banner": DEFAULT_PROFILE.handling_banner,
}


def settings_of(store: Store) -> dict:
    """The station's settings, defaults filled in, read through `store`'s own connection (a
    worker passes its own)."""
    return {**DEFAULT_SETTINGS, **station_rows.stored_settings(store.conn)}


def utc_clock() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Station:
    def __init__(
        self,
        store: Store,
        keys: list[StationKeys],
        *,
        demo: bool = False,
        clock: Callable[[], datetime] = utc_clock,
        bus: EventBus | None = None,
    ) -> None:
        self.store = store
        self.keys = keys  # oldest first; the last is current
        self.demo = demo
        self.clock = clock
        self.bus = bus or EventBus()
        store.commit_listeners.append(self._publish_committed)
        store.set_head_signer(self.current_keys.signing_key, self.trusted_audit_keys())
        # A store behind the head signed on disk or in the keyring opens read-only, in words.
        store.check_head()

    # ---- opening -------------------------------------------------------------

    @classmethod
    def initialise(
        cls, data_dir: Path, station_id: str, name: str, key_source: KeySource, *, demo: bool = False,
        by: str = SYSTEM_OFFICER, **kwargs
    ) -> tuple["Station", str]:
        """Create the store and the station's keys, audited as done `by` that officer. Returns the station
        and its recovery code."""
        check_station_id(station_id)
        if not name.strip():
            raise StationIdError(tr("the station needs a name, for example 'US Nuclear Risk Reduction Center'"))
        store_key = new_store_key()
        store = Store.create(data_dir, station_id, name.strip(), key_source, store_key)
        keys = StationKeys.generate()
        now = datetime.now(timezone.utc)
        store.set_head_signer(keys.signing_key)
        with store.transaction() as db:
            station_rows.add_key_generation(db, 1, keys.to_private_json(), utc_stamp(now))
            store.audit.append(now, by, "init", {"station_id": station_id, "name": name.strip()})
            store.audit.write_checkpoint(now, keys.signing_key)
        code = recovery.key_to_code(store_key)
        return cls(store, [keys], demo=demo, **kwargs), code

    @classmethod
    def open(
        cls, data_dir: Path, key_source: KeySource, *, demo: bool = False, check: str = "now", **kwargs
    ) -> "Station":
        """Open a station. With check="background" (the GUI) the store's integrity check runs
        beside the start-up and writes, the daily checkpoint included, wait for it."""
        store = Store.open(data_dir, key_source, check=check)
        try:
            keys = [StationKeys.from_private_json(text) for text in station_rows.private_key_jsons(store.conn)]
            if not keys:
                raise StoreError(tr("The store holds no station keys; it was not created by `watchdesk init`."))
            station = cls(store, keys, demo=demo, **kwargs)
            station._complete_restore()
            if check != "background":
                station.ensure_daily_checkpoint()
        except BaseException:
            store.close()
            raise
        return station

    def close(self) -> None:
        self.store.close()

    # ---- identity ------------------------------------------------------------

    @property
    def station_id(self) -> str:
        return self.store.station_id

    @property
    def name(self) -> str:
        return station_rows.station_name(self.store.conn)

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    @property
    def current_keys(self) -> StationKeys:
        return self.keys[-1]

    def own_card(self) -> KeyCard:
        return KeyCard.for_station(self.station_id, self.name, self.current_keys)

    # ---- settings ------------------------------------------------------------

    def settings(self) -> dict:
        return settings_of(self.store)

    def update_settings(self, officer: str, **changes) -> None:
        unknown = set(changes) - set(DEFAULT_SETTINGS)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        if changes.get("two_person_rule") is False and self.two_person_rule():
            raise SettingsError(tr("Only a supervisor can turn the two-person rule off, with their PIN."))
        merged = {**station_rows.stored_settings(self.store.conn), **changes}
        with self.store.transaction() as db:
            station_rows.save_settings(db, merged)
            self.store.audit.append(self.clock(), officer, "settings_changed", changes)
        self.bus.publish(SettingsChanged(tuple(sorted(changes))))

    def two_person_rule(self) -> bool:
        return bool(self.settings()["two_person_rule"])

    def turn_off_two_person_rule(self, supervisor: str) -> None:
        """From now on one officer releases alone: a supervisor's decision, audited under their name.
        The caller has checked the supervisor's PIN."""
        from console.storage.operators import OperatorBook

        officer = OperatorBook(self.store).get(supervisor)
        if officer is None or officer.role != "supervisor" or not officer.active:
            raise SettingsError(tr("{officer} is not an active supervisor; only a supervisor can turn the "
                                   "two-person rule off.").format(officer=supervisor))
        merged = {**station_rows.stored_settings(self.store.conn), "two_person_rule": False}
        with self.store.transaction() as db:
            station_rows.save_settings(db, merged)
            self.store.audit.append(self.clock(), supervisor, "two_person_rule_turned_off",
                                    {"two_person_rule": False, "supervisor": supervisor})
        self.bus.publish(SettingsChanged(("two_person_rule",)))

    def default_profile(self) -> AgreementProfile:
        return DEFAULT_PROFILE

    def rotate_keys(self, officer: str) -> KeyCard:
        """A new key generation; the old ones stay to open traffic sealed to them."""
        new = StationKeys.generate(self.clock())
        with self.store.transaction() as db:
            generation = len(self.keys) + 1
            station_rows.retire_current_keys(db, utc_stamp(self.clock()))
            station_rows.add_key_generation(db, generation, new.to_private_json(), utc_stamp(self.clock()))
            card = KeyCard.for_station(self.station_id, self.name, new)
            self.store.audit.append(
                self.clock(), officer, "key_rotated", {"generation": generation, "fingerprint": card.fingerprint}
            )
        self.keys.append(new)
        self.store.set_head_signer(new.signing_key, self.trusted_audit_keys())
        self.bus.publish(OwnKeysChanged((generation,)))  # after `self.keys` holds the new generation
        return card

    # ---- audit ---------------------------------------------------------------

    def trusted_audit_keys(self) -> list[bytes]:
        return [k.signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) for k in self.keys]

    def verify_audit(self, anchor: tuple[int, str] | None = None) -> VerifyResult:
        """The whole chain, its checkpoints and head file; then the copy of the head kept in the
        keyring, the alarm of this open, and (if given) a head read off paper as (count, hash)."""
        result = self.store.audit.verify(self.trusted_audit_keys())
        if not result.ok:
            return result
        kept = self.store.keyring_head()
        problem = self.store.audit.behind(kept, "the keyring's copy of the signed head") if kept else None
        if problem is None and self.store.head_alarm:
            problem = self.store.head_alarm
        if problem is None and anchor is not None:
            problem = self.store.audit.check_anchor(*anchor)
            if problem:
                problem = tr("paper anchor {anchor}: {problem}").format(anchor=f"{anchor[0]}:{anchor[1]}",
                                                                          problem=problem)
        if problem:
            return VerifyResult(False, result.entries, result.checkpoints, result.entries, problem)
        return result

    def signed_head(self) -> SignedHead:
        """The audit head as printed on paper: count, hash and this station's signature over them."""
        return self.store.audit.signed_head(self.current_keys.signing_key)

    def acknowledge_head_alarm(self, supervisor: str) -> int:
        """A supervisor accepts that the store is behind (or unlike) the head signed earlier.

        Records what was missing, then signs the head of the log as it is, so that writing can
        go on. The caller has checked the supervisor's PIN. Returns the number of entries missing.
        """
        from console.storage.operators import OperatorBook

        problem = self.store.head_alarm
        if not problem:
            raise StoreError(tr("The audit log is not in its alarm state; there is nothing to acknowledge."))
        officer = OperatorBook(self.store).get(supervisor)
        if officer is None or officer.role != "supervisor" or not officer.active:
            raise StoreError(
                tr("{officer} is not an active supervisor; only a supervisor can acknowledge this.").format(
                    officer=supervisor))
        references = self.store.head_alarm_references
        count = self.store.head_alarm_store_entries
        missing = max([r.get("entry_count", 0) - count for r in references] + [0])
        with self.store.transaction(rebase=True):
            self.store.audit.append(
                self.clock(), supervisor, "audit_alarm_acknowledged",
                {"problem": problem, "store_entries": count, "missing_entries": missing, "signed_heads": references},
            )
        return missing

    def _publish_committed(self, committed: Committed) -> None:
        """A transaction on any of this station's connections committed: say what it changed."""
        changes = committed.changes
        for aggregate, event in (
            ("officers", OfficersChanged), ("counterparts", CounterpartsChanged), ("drafts", DraftsChanged),
            ("templates", TemplatesChanged),
        ):
            if aggregate in changes:
                self.bus.publish(event(tuple(sorted(changes[aggregate]))))
        # Own keys are told by rotate_keys once `self.keys` holds the new generation.
        if committed.audit_first is not None:
            self.bus.publish(AuditAppended(committed.audit_first, committed.audit_last))

    def _complete_restore(self) -> None:
        """Record a restore whose files are in place (`restore()`, or a crash during it) and sign
        the restored log's head. Repeatable: a crash here is finished by the next open."""
        journal = read_restore_journal(self.data_dir)
        if journal is None or not journal.get("files_done"):
            return
        restore_id = journal.get("restore_id")
        recorded = audit_entries.restore_recorded(self.store.conn, restore_id)
        restored = self.store.audit.head()[0]
        previous = journal.get("previous_head") or {}
        kept = self.store.keyring_head()
        before = max(previous.get("entry_count", 0), kept.entry_count if kept else 0)
        with self.store.transaction(rebase=True):
            if not recorded:
                self.store.audit.append(
                    self.clock(), journal.get("by") or SYSTEM_OFFICER, "restore",
                    {"restore_id": restore_id, "file": journal.get("backup"), "previous": journal.get("kept"),
                     "entries_before": before, "entries_restored": restored,
                     "missing_entries": max(before - restored, 0)},
                )
        finish_restore_journal(self.data_dir)
        log.info("restore %s recorded: %s entries before, %s restored", restore_id, before, restored)

    def write_checkpoint(self, officer: str = SYSTEM_OFFICER, now: datetime | None = None,
                         store: Store | None = None) -> int:
        """Sign a checkpoint over the audit log; `store` is a worker's own connection, if not the station's."""
        now = now or datetime.now(timezone.utc)
        store = store or self.store
        with store.transaction():
            store.audit.append(now, officer, "audit_checkpoint", {})
            return store.audit.write_checkpoint(now, self.current_keys.signing_key)

    def ensure_daily_checkpoint(self, now: datetime | None = None, store: Store | None = None) -> bool:
        """Write a checkpoint unless one was written this UTC day. Returns whether it wrote one."""
        now = now or datetime.now(timezone.utc)
        store = store or self.store
        if store.head_alarm:
            return False  # nothing is written until a supervisor acknowledges the alarm
        last = store.audit.last_checkpoint_at()
        if last is not None and last[:10] == now.strftime("%Y-%m-%d"):
            return False
        self.write_checkpoint(SYSTEM_OFFICER, now, store)
        return True


def station_id_in(data_dir: Path) -> str:
    return read_meta(data_dir)["station_id"]
