"""Where the store key comes from: the OS keyring, or (demo only) process memory."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

from console.storage import keyring_access


def new_store_key() -> bytes:
    return secrets.token_bytes(32)


class _HeadRead(threading.Thread):
    """The audit head's copy read from the keyring on a thread: the value, or the error raised."""

    def __init__(self, station_id: str, data_dir: Path) -> None:
        super().__init__(name="keyring-head-read", daemon=True)
        self._args = (station_id, data_dir)
        self._value: str | None = None
        self._error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self._value = keyring_access.load_head(*self._args)
        except BaseException as exc:  # handed to the thread that asks for it
            self._error = exc

    def result(self) -> str | None:
        self.join()
        if self._error is not None:
            raise self._error
        return self._value


@dataclass
class KeyringKeySource:
    """The real thing: one keyring entry per station and data dir."""

    # A store's open reads the audit head's copy right after the key (Store.check_head), and each
    # read over D-Bus is a connection and a session of its own: the head's is read beside the key's.
    _head_reads: dict[tuple[str, Path], _HeadRead] = field(default_factory=dict, repr=False)

    def load(self, station_id: str, data_dir: Path) -> bytes:
        where = (station_id, Path(data_dir).resolve())
        if where not in self._head_reads:
            self._head_reads[where] = _HeadRead(station_id, data_dir)
        return keyring_access.load_key(station_id, data_dir)

    def save(self, station_id: str, data_dir: Path, key: bytes) -> None:
        keyring_access.store_key(station_id, data_dir, key)

    def check_available(self) -> None:
        keyring_access.secure_backend()

    def load_head(self, station_id: str, data_dir: Path) -> str | None:
        read = self._head_reads.pop((station_id, Path(data_dir).resolve()), None)
        if read is not None:
            return read.result()
        return keyring_access.load_head(station_id, data_dir)

    def save_head(self, station_id: str, data_dir: Path, value: str) -> None:
        stale = self._head_reads.pop((station_id, Path(data_dir).resolve()), None)
        if stale is not None:
            stale.join()  # read before this write: its value is the old head
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
