"""keyring, imported without what the console never uses of it: a start-up cost of every window.

Nothing else changes: the same backends are known, and keyring chooses the same one. Imported by
console/storage/keyring_access.py before keyring itself, and by the start-up benchmark's floor
(FLOOR_WINDOW in bench/bench_startup.py), which opens a store the leanest way this stack allows.
"""

from __future__ import annotations

import sys
import types

if sys.platform != "darwin":
    # keyring imports every backend it knows before it picks one. Its macOS backend's `api`
    # module looks for the Security framework with ctypes.util.find_library, which off macOS runs
    # ldconfig and gcc (about 40 ms of every start-up), then fails at its first symbol, which keyring
    # ignores; that backend refuses any system but macOS before it looks at `api`. Marked absent,
    # the import fails at once instead. Nothing else changes: same backends, same choice.
    sys.modules.setdefault("keyring.backends.macOS.api", None)


def _import_jaraco_context_without_urllib() -> None:
    """keyring imports jaraco.context, which imports urllib.request for one helper (`tarball`) that
    keyring never calls. urllib.request brings http.client, email and ssl with the system's OpenSSL:
    15 ms and 6 MiB of every start-up. jaraco.context is imported here with an empty stand-in for
    urllib.request, which is then taken away: whoever imports urllib.request later gets the real
    module, and jaraco.context's `tarball` would find it through the `urllib` package then."""
    if "jaraco.context" in sys.modules or "urllib.request" in sys.modules:
        return
    sys.modules["urllib.request"] = types.ModuleType("urllib.request")
    try:
        import jaraco.context  # noqa: F401
    except ImportError:
        # A keyring without it, or a jaraco.context that takes names from urllib.request at import:
        # keyring imports it whole itself, as before.
        pass
    finally:
        del sys.modules["urllib.request"]


_import_jaraco_context_without_urllib()
