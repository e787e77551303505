"""The store key lives only in the OS keyring. This module refuses unsafe keyrings.

Fail closed: a keyring that would keep the key in a plain file (keyrings.alt),
that drops it (null), that does not exist (fail) or that keyring itself ranks
as unusable (priority below 1) is refused with a message that names the fix.
"""

from __future__ import annotations

import logging
from pathlib import Path

from console.storage import keyring_lean  # noqa: F401 - before keyring: see there

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail

from console.fsutil import atomic_write
from console.i18n import tr
from console.paths import user_cache_dir
from console.storage.errors import KeyringUnavailable, StoreKeyMissing

log = logging.getLogger(__name__)

SERVICE = "watchdesk"

# The OS keyrings' backends: the only names a remembered choice may give. The file that remembers
# is the account's own, but a module it names is imported, and that must be keyring's own.
REMEMBERABLE_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
})
REMEMBERED_BACKEND_FILE = "keyring-backend"


def _fix() -> str:
    """The fix, in the language in force when the error is raised (not when this module was imported)."""
    return tr(
        "Start or unlock the desktop's Secret Service (GNOME Keyring or KWallet) and try again; "
        "on Windows the Credential Manager and on macOS the Keychain are used automatically."
    )


def entry_name(station_id: str, data_dir: Path) -> str:
    """One keyring entry per station and data dir."""
    return f"store-key:{station_id}:{Path(data_dir).resolve()}"


def _why_unsafe(backend: keyring.backend.KeyringBackend) -> str | None:
    module = type(backend).__module__
    name = _backend_name(backend)
    if isinstance(backend, fail.Keyring):
        return tr("no OS keyring was found (keyring's fail backend is active)")
    if module.startswith("keyring.backends.null"):
        return tr("the null keyring is configured, which discards secrets")
    if module.startswith("keyrings.alt"):
        return tr(
            "the configured keyring {name} keeps secrets in a file, not in the OS keyring (remove the "
            "PYTHON_KEYRING_BACKEND setting, or the backend line of keyringrc.cfg)"
        ).format(name=name)
    try:
        priority = backend.priority
    except Exception as exc:  # keyring reports unusable backends by raising here
        return tr("the keyring {name} is not usable here ({error})").format(name=name, error=exc)
    if priority < 1:
        return tr("the keyring {name} has priority {priority}, below the minimum of 1").format(
            name=name, priority=priority)
    return None


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def remembered_backend_path() -> Path:
    return user_cache_dir() / REMEMBERED_BACKEND_FILE


def _load_remembered_backend() -> None:
    """Give keyring the backend this account's last choice found, where keyring would detect one.

    keyring detects by importing every backend it knows and asking each whether it works here:
    about 20 ms and forty modules of every start. Where nothing names a backend (none set,
    PYTHON_KEYRING_BACKEND unset, no keyringrc.cfg), the safe backend chosen last time is loaded
    alone, if it still works here (keyring asks it); else keyring detects, as it always did. The
    choice then also stays with the keyring that holds the stations' keys."""
    if getattr(keyring.core, "_keyring_backend", True) is not None:
        return  # set already; or a keyring without that global, which detects as it always did
    named = keyring.core.load_env() or keyring.core.load_config()  # what keyring's detection reads first
    if named is not None:
        keyring.set_keyring(named)
        return
    try:
        name = remembered_backend_path().read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return
    if name not in REMEMBERABLE_BACKENDS:
        return
    try:
        backend = keyring.core.load_keyring(name)
    except Exception as exc:  # gone from this system, or its service is not running: keyring detects
        log.info("the keyring backend chosen last time (%s) does not work now: %s", name, exc)
        return
    keyring.set_keyring(backend)


def _remember(backend: keyring.backend.KeyringBackend) -> None:
    """Keep the safe backend's name for the next start (see _load_remembered_backend)."""
    name = _backend_name(backend)
    if name not in REMEMBERABLE_BACKENDS:
        return
    path = remembered_backend_path()
    try:
        if path.read_text("ascii").strip() == name:
            return
    except (OSError, UnicodeDecodeError):
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, f"{name}\n".encode("ascii"))
    except OSError as exc:  # the next start detects again: slower, nothing else
        log.info("cannot remember the keyring backend in %s: %s", path, exc)


# keyring's backend object and the safe backend chosen from it. Every `priority` a choice asks
# for is a D-Bus connection of its own for the Secret Service (about 1.5 ms), and a station's
# open reads the key and the audit head: the choice is made once for the backend keyring gives.
_chosen: tuple[keyring.backend.KeyringBackend, keyring.backend.KeyringBackend] | None = None


def secure_backend() -> keyring.backend.KeyringBackend:
    """The keyring backend to keep the store key in, or KeyringUnavailable."""
    global _chosen
    try:
        _load_remembered_backend()
        configured = keyring.get_keyring()
    except Exception as exc:  # keyring loads the configured backend here and lets its errors through
        # keyrings.alt's EncryptedKeyring, for one, fails here without pycryptodome and would
        # otherwise ask for a password on the terminal.
        raise KeyringUnavailable(
            tr("Refusing to use the keyring: the configured keyring backend could not be loaded "
               "({error}). Remove the PYTHON_KEYRING_BACKEND setting (or the backend line "
               "of keyringrc.cfg) so that the OS keyring is used. {fix}").format(
                error=f"{type(exc).__name__}: {exc}", fix=_fix())
        ) from exc
    if _chosen is not None and _chosen[0] is configured:
        return _chosen[1]
    candidates = configured.backends if isinstance(configured, chainer.ChainerBackend) else [configured]
    if not candidates:
        raise KeyringUnavailable(tr("Refusing to use the keyring: no OS keyring was found. {fix}").format(fix=_fix()))
    # The chainer writes to its highest-priority backend first; that one must be safe.
    top = max(candidates, key=lambda b: getattr(b, "priority", 0))
    reason = _why_unsafe(top)
    if reason:
        raise KeyringUnavailable(tr("Refusing to use the keyring: {reason}. {fix}").format(reason=reason, fix=_fix()))
    _chosen = (configured, top)
    _remember(top)
    return top


def _call(action: str, fn, *args):
    try:
        return fn(*args)
    except keyring.errors.KeyringLocked as exc:
        raise KeyringUnavailable(
            tr("The keyring is locked and could not be unlocked ({error}). {fix}").format(error=exc, fix=_fix())
        ) from exc
    except keyring.errors.KeyringError as exc:
        failed = (tr("The keyring failed to save the store key ({error}). {fix}") if action == "save"
                  else tr("The keyring failed to read the store key ({error}). {fix}"))
        raise KeyringUnavailable(failed.format(error=exc, fix=_fix())) from exc


def store_key(station_id: str, data_dir: Path, key: bytes) -> None:
    backend = secure_backend()
    _call("save", backend.set_password, SERVICE, entry_name(station_id, data_dir), key.hex())
    log.info("store key saved in keyring %s", type(backend).__name__)


def load_key(station_id: str, data_dir: Path) -> bytes:
    backend = secure_backend()
    value = _call("read", backend.get_password, SERVICE, entry_name(station_id, data_dir))
    if value is None:
        raise StoreKeyMissing(
            tr("The keyring has no key for station {station} in {folder}. "
               "If the OS was reinstalled or the keyring reset, run `watchdesk recover` with the "
               "station's recovery sheet to put the key back.").format(station=station_id, folder=Path(data_dir).resolve())
        )
    try:
        key = bytes.fromhex(value)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise StoreKeyMissing(
            tr("The keyring entry for station {station} does not hold a 256-bit store key. "
               "Run `watchdesk recover` with the station's recovery sheet.").format(station=station_id)
        )
    return key


def head_entry_name(station_id: str, data_dir: Path) -> str:
    """The second copy of the audit head: beside the store key, out of reach of the data dir."""
    return f"audit-head:{station_id}:{Path(data_dir).resolve()}"


def store_head(station_id: str, data_dir: Path, value: str) -> None:
    _call("save", secure_backend().set_password, SERVICE, head_entry_name(station_id, data_dir), value)


def load_head(station_id: str, data_dir: Path) -> str | None:
    return _call("read", secure_backend().get_password, SERVICE, head_entry_name(station_id, data_dir))


def delete_key(station_id: str, data_dir: Path) -> None:
    backend = secure_backend()
    for name in (entry_name(station_id, data_dir), head_entry_name(station_id, data_dir)):
        try:
            backend.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass
