"""Seam: a Secret Service that answers, but whose collection is locked and stays locked.

The only fake keyring in the suite, beside the real-keyring tests: gnome-keyring cannot be
made to refuse an unlock on cue. Loadable by name in a child process too:
PYTHON_KEYRING_BACKEND=tests.reliability.locked_keyring.LockedKeyring
"""

from __future__ import annotations

import keyring.backend
import keyring.errors


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
