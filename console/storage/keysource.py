"""Where the store key comes from: the OS keyring, or (demo only) process memory."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from console.storage import keyring_access


def new_store_key() -> bytes:
    return secrets.token_bytes(32)


@dataclass
class KeyringKeySource:
    """The real thing: one keyring entry per station and data dir."""

    def load(self, station_id: str, data_dir: Path) -> bytes:
        return keyring_access.load_key(station_id, data_dir)

    def save(self, station_id: str, data_dir: Path, key: bytes) -> None:
        keyring_access.store_key(station_id, data_dir, key)

    def check_available(self) -> None:
        keyring_access.secure_backend()

    def load_head(self, station_id: str, data_dir: Path) -> str | None:
        return keyring_access.load_head(station_id, data_dir)

    def save_head(self, station_id: str, data_dir: Path, value: str) -> None:
        keyring_access.store_head(station_id, data_dir, value)


@dataclass
class EphemeralKeySource:
    """Keeps the key in this process only.

    Used by the embedded demo station, whose synthetic store is rebuilt at every
    start and thrown away, so it runs on machines without a Secret Service.
    Never used for a real station.
    """

    keys: dict[str, bytes] = field(default_factory=dict)
    heads: dict[str, str] = field(default_factory=dict)

    def load(self, station_id: str, data_dir: Path) -> bytes:
        from console.i18n import tr
        from console.storage.errors import StoreKeyMissing

        try:
            return self.keys[f"{station_id}:{Path(data_dir).resolve()}"]
        except KeyError:
            raise StoreKeyMissing(tr("no in-memory key for demo station {station}").format(station=station_id)) from None

    def save(self, station_id: str, data_dir: Path, key: bytes) -> None:
        self.keys[f"{station_id}:{Path(data_dir).resolve()}"] = key

    def check_available(self) -> None:
        return None

    def load_head(self, station_id: str, data_dir: Path) -> str | None:
        return self.heads.get(f"{station_id}:{Path(data_dir).resolve()}")

    def save_head(self, station_id: str, data_dir: Path, value: str) -> None:
        self.heads[f"{station_id}:{Path(data_dir).resolve()}"] = value
