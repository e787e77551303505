"""Errors of the encrypted store. Each names its cause and the fix."""

from __future__ import annotations

from console.errors import WatchdeskError


class StoreError(WatchdeskError):
    """Base class: the store could not be created, opened or used."""


class KeyringUnavailable(StoreError):
    """The OS keyring is missing, unsafe (plaintext/null) or locked."""


class StoreKeyMissing(StoreError):
    """The keyring holds no key for this station and data dir."""


class WrongStoreKey(StoreError):
    """The key in the keyring does not open this store."""


class NotAStore(StoreError):
    """The file is not a Watchdesk store."""


class StoreDamaged(StoreError):
    """The store opened but failed its integrity check."""


class StoreTooNew(StoreError):
    """The store was written by a newer major version of Watchdesk."""


class StoreExists(StoreError):
    """A store already exists where a new one was to be created."""


class NoStore(StoreError):
    """There is no store in the data dir."""


class AuditLogBehind(StoreError):
    """The store's audit log is behind (or differs from) a head signed earlier: it was rolled back or
    rewritten. Reading works; writing waits for a supervisor's acknowledgement."""


class RestoreRefused(StoreError):
    """The restore source is not a backup file this station can use."""
