"""The start-up timeline (`watchdesk --startup-profile`): milliseconds per phase, to stderr.

Plain Python, so the command line can start it before Qt is imported. The window marks
each feature it installs; a timeline that is not recording (the default) costs one call.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


def seconds_since_process_start() -> float | None:
    """How long ago this process was started (Linux, 10 ms resolution), or None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # The command name (field 2) may hold spaces; the fields after its ')' are fixed.
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    started_ticks = int(fields[19])  # field 22, starttime, in clock ticks after boot
    return max(0.0, up - started_ticks / os.sysconf("SC_CLK_TCK"))


class StartupTimeline:
    """Phases in the order they ended, each with the milliseconds since the previous mark."""

    def __init__(self, recording: bool = False, started: float | None = None) -> None:
        self.recording = recording
        self.started = time.perf_counter() if started is None else started
        self._last = self.started
        self.phases: list[tuple[str, float]] = []
        self.before_main: float | None = None  # interpreter start and the command line's imports, ms

    def mark(self, phase: str) -> None:
        """The phase `phase` ended now."""
        if not self.recording:
            return
        now = time.perf_counter()
        self.phases.append((phase, (now - self._last) * 1000))
        self._last = now

    def report(self, out: TextIO | None = None) -> None:
        out = out or sys.stderr
        width = max([len(name) for name, _ms in self.phases] + [40])
        if self.before_main is not None:
            print(f"{'process start to main() (±10 ms)':<{width}} {self.before_main:7.0f} ms", file=out)
        for name, ms in self.phases:
            print(f"{name:<{width}} {ms:7.0f} ms", file=out)
        total = (self._last - self.started) * 1000 + (self.before_main or 0)
        print(f"{'total to the first paint':<{width}} {total:7.0f} ms", file=out, flush=True)
