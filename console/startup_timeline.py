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


def resident_mib() -> float | None:
    """This process's resident memory now (Linux), or None elsewhere."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_resident_mib() -> float | None:
    """This process's peak resident memory so far (Linux's VmHWM), or None elsewhere. Not
    getrusage's ru_maxrss: a child keeps its parent's from before the exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, IndexError, ValueError):
        return None
    return None


class StartupTimeline:
    """Phases in the order they ended, each with the milliseconds since the previous mark and the
    resident memory at its end."""

    def __init__(self, recording: bool = False, started: float | None = None) -> None:
        self.recording = recording
        self.started = time.perf_counter() if started is None else started
        self._last = self.started
        self.phases: list[tuple[str, float, float | None]] = []
        self.after_paint: list[tuple[str, float, float | None]] = []  # the work that waited for it
        self.before_main: float | None = None  # interpreter start and the command line's imports, ms
        self._painted: float | None = None
        self._peak_at_paint: float | None = None

    def mark(self, phase: str) -> None:
        """The phase `phase` ended now."""
        if not self.recording:
            return
        now = time.perf_counter()
        (self.phases if self._painted is None else self.after_paint).append(
            (phase, (now - self._last) * 1000, resident_mib()))
        self._last = now

    def painted(self) -> None:
        """The window's first paint: the phases marked from now on are what waited for it."""
        if not self.recording:
            return
        self.mark("show the window to its first paint")
        self._painted = self._last
        self._peak_at_paint = peak_resident_mib()

    def report(self, out: TextIO | None = None) -> None:
        out = out or sys.stderr
        after = [(f"after the first paint: {name}", ms, rss) for name, ms, rss in self.after_paint]
        width = max([len(name) for name, _ms, _rss in self.phases + after] + [40])
        if self.before_main is not None:
            print(f"{'process start to main() (±10 ms)':<{width}} {self.before_main:7.0f} ms", file=out)
        _print_phases(self.phases, width, out)
        painted = self._last if self._painted is None else self._painted
        total = (painted - self.started) * 1000 + (self.before_main or 0)
        print(f"{'total to the first paint':<{width}} {total:7.0f} ms", file=out)
        peak = peak_resident_mib() if self._painted is None else self._peak_at_paint
        if peak is not None:
            print(f"{'peak memory (RSS) at the first paint':<{width}} {peak:7.0f} MiB", file=out)
        _print_phases(after, width, out)
        out.flush()


def _print_phases(phases: list[tuple[str, float, float | None]], width: int, out: TextIO) -> None:
    for name, ms, rss in phases:
        resident = "" if rss is None else f"  (RSS {rss:4.0f} MiB)"
        print(f"{name:<{width}} {ms:7.0f} ms{resident}", file=out)
