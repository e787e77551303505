"""The `watchdesk` command in a process of its own, with the store key held in memory.

    python -m tests.reliability.cli_child ARGS...      (the arguments of `watchdesk`)

WATCHDESK_RELIABILITY_STORE_KEY   the store key in hex, taken out of the environment at once and
                                  handed over as the keyring would (absent: an empty keyring).
WATCHDESK_CRASH_AT                N: kill this process with SIGKILL just before its Nth change to the
                                  file system once the command runs (a link, unlink, rename, or a
                                  file opened for writing). The command itself is the real one.

Prints "changes N" on standard error at the end, the number of such changes the command made.
The keyring is the one thing replaced, by the same in-memory key source the demo station uses:
these tests are about the command's files and messages, and the real keyring has its own tests.
"""

from __future__ import annotations

import os
import signal
import sys

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_changes = 0
_crash_at = int(os.environ.get("WATCHDESK_CRASH_AT") or 0)


def _audit(event: str, args: tuple) -> None:
    global _changes
    if event in ("os.link", "os.remove", "os.rename", "os.rmdir"):
        change = True
    elif event == "open" and len(args) >= 3 and isinstance(args[2], int):
        change = bool(args[2] & _WRITE_FLAGS)
    else:
        change = False
    if not change:
        return
    _changes += 1
    if _changes == _crash_at:
        os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str]) -> int:
    import console.storage.keysource as keysource
    from console.storage.keysource import EphemeralKeySource

    memory = EphemeralKeySource()
    key_hex = os.environ.pop("WATCHDESK_RELIABILITY_STORE_KEY", "")
    data_dir = argv[argv.index("--data-dir") + 1] if "--data-dir" in argv else None
    if key_hex and data_dir:
        from console.service.station import station_id_in

        memory.save(station_id_in(data_dir), data_dir, bytes.fromhex(key_hex))
    # Every `KeyringKeySource()` the command makes is this one memory; bound before the CLI is imported.
    keysource.KeyringKeySource = lambda: memory  # type: ignore[assignment]
    from console.cli.main import main as watchdesk

    sys.addaudithook(_audit)
    try:
        return watchdesk(argv)
    finally:
        print(f"changes {_changes}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
