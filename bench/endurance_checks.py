"""The verdict of an endurance run, from its samples alone (no Qt here, so tests feed it figures).

A sample is a dict as bench/endurance_console.py writes it: `t` (seconds since
start), `rss_kib`, `gc_objects` (outside the tables' bounded caches), `cache_objects`,
`none_refs`, `sent`, `imported`, `listed`, `not_imported`, `not_listed`,
`uncaught_errors`, `final`.
"""

from __future__ import annotations

import signal
import statistics
from dataclasses import dataclass

RSS_GROWTH_ALLOWED = 0.20  # the figure: RSS may grow 20 % after the first minutes, no more
# gc-tracked objects and None's reference count wander by a few hundred as work comes and goes;
# a leak of one object per notice adds 3,600 an hour. Two measures after the warm-up: the change
# from the median of the first fifth of the samples to the median of the last fifth (what a long
# run accumulated), and the least-squares slope per hour of the count's floor, the lowest sample
# of each few minutes (what a short run is heading for). A leak raises the floor; a burst of work
# caught mid-way (a handover, a page of the log: +20,000 objects for one sample) raises only a
# peak, and a slope through the peaks called a flat run leaking (measured: 73,086 -> 73,168 in
# two hours, slope through every sample +3,114 an hour).
OBJECT_GROWTH_ALLOWED = 0.02
OBJECT_SLOPE_ALLOWED_PER_HOUR = 0.02
NONE_DRIFT_ALLOWED = 0.02
NONE_DRIFT_FLOOR = 1000
# A falling count is the crash to come. A rising one is reported but fails only if this is set:
# PySide6 6.11.3 keeps one reference to None for every QObject deleted through deleteLater
# (300,000 deletions: +300,000; 6.9.3: 0) and Qt deletes that way all the time. The count is a
# 64-bit integer, None is never freed, and the memory that goes with it is what the RSS check
# measures, so the rise alone does no harm.
NONE_RISE_FAILS = False
# The simulator sends one notice a second on average; far fewer means the run tested little.
MIN_SEND_RATE = 0.5
# The scripted officer acknowledges about one notice every 0.8 s, faster than they come; half of
# them unacknowledged at the end means Ctrl+J / Ctrl+K stopped working (measured: 8 of 88).
MIN_ACK_SHARE = 0.5
MIN_SETTLED_SAMPLES = 5
FLOOR_WINDOW_S = 300


@dataclass(frozen=True)
class Trend:
    start: float
    end: float

    @property
    def change(self) -> float:
        return self.end - self.start

    @property
    def ratio(self) -> float:
        return self.change / self.start if self.start else 0.0


def slope_per_hour(samples: list[dict], key: str) -> float:
    """The least-squares slope of `key` over time, per hour."""
    ts = [s["t"] for s in samples]
    ys = [s[key] for s in samples]
    t_mean, y_mean = statistics.fmean(ts), statistics.fmean(ys)
    spread = sum((t - t_mean) ** 2 for t in ts)
    if not spread:
        return 0.0
    return 3600 * sum((t - t_mean) * (y - y_mean) for t, y in zip(ts, ys)) / spread


def floor_samples(samples: list[dict], key: str, window_s: float = FLOOR_WINDOW_S) -> list[dict]:
    """The sample with the lowest `key` in each `window_s` stretch of the run."""
    windows: dict[int, dict] = {}
    for sample in samples:
        slot = int(sample["t"] // window_s)
        if slot not in windows or sample[key] < windows[slot][key]:
            windows[slot] = sample
    return [windows[slot] for slot in sorted(windows)]


def none_rise(settled: list[dict]) -> str | None:
    """A sentence if None's reference count rose beyond the allowance after the warm-up."""
    if len(settled) < MIN_SETTLED_SAMPLES:
        return None
    nones = trend(settled, "none_refs")
    allowed = max(NONE_DRIFT_FLOOR, NONE_DRIFT_ALLOWED * nones.start)
    slope = slope_per_hour(settled, "none_refs")
    if nones.change > allowed or slope > allowed:
        return (f"the reference count of None rose ({nones.start:,.0f} -> {nones.end:,.0f}, {slope:+,.0f} an hour) "
                f"after the warm-up: references to None accumulate")
    return None


def settled_samples(samples: list[dict], warmup_s: float) -> list[dict]:
    """The samples after the warm-up, without the final one (taken after the simulator stopped)."""
    return [s for s in samples if not s.get("final") and s["t"] >= warmup_s]


def trend(samples: list[dict], key: str) -> Trend:
    fifth = max(1, len(samples) // 5)
    return Trend(statistics.median(s[key] for s in samples[:fifth]), statistics.median(s[key] for s in samples[-fifth:]))


def growing_types(histograms: list[dict], warmup_s: float, top: int = 8) -> list[tuple[str, int, int]]:
    """The object types whose count grew most after the warm-up, as (type, before, after).

    A histogram is a line of types.jsonl: `t` and `counts` by type name. Each type's floor (its
    lowest count) over the first fifth of the settled histograms against its floor over the last
    fifth, so that a burst of work caught in one sample does not read as growth."""
    settled = [h for h in histograms if h["t"] >= warmup_s]
    if len(settled) < 2:
        return []
    fifth = max(1, len(settled) // 5)
    first, last = settled[:fifth], settled[-fifth:]
    names = set().union(*(h["counts"] for h in first + last))

    def floor(group: list[dict], name: str) -> int:
        return min(h["counts"].get(name, 0) for h in group)

    grown = [(name, floor(first, name), floor(last, name)) for name in names]
    grown = [g for g in grown if g[2] > g[1]]
    return sorted(grown, key=lambda g: g[2] - g[1], reverse=True)[:top]


def describe_exit(returncode: int | None) -> str | None:
    if returncode is None:
        return "the console stopped responding (no sample for too long) and was killed"
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"the console crashed: killed by {name}"
    if returncode > 0:
        return f"the console exited with status {returncode}"
    return None


def judge(samples: list[dict], *, returncode: int | None, warmup_s: float, none_is_immortal: bool) -> list[str]:
    """Every reason the run failed, one sentence each; an empty list is a pass."""
    failures = []
    crash = describe_exit(returncode)
    if crash:
        failures.append(crash)
    final = next((s for s in samples if s.get("final")), None)
    if final is None and not crash:
        failures.append("the run ended without its final sample")
    settled = settled_samples(samples, warmup_s)
    if len(settled) < MIN_SETTLED_SAMPLES:
        failures.append(f"only {len(settled)} samples after the {warmup_s / 60:g}-minute warm-up: too few to judge growth")
    else:
        baseline = settled[0]
        peak = max(settled + ([final] if final else []), key=lambda s: s["rss_kib"])
        growth = peak["rss_kib"] / baseline["rss_kib"] - 1
        if growth > RSS_GROWTH_ALLOWED:
            failures.append(
                f"RSS grew {growth:.0%} after the warm-up ({baseline['rss_kib'] / 1024:.0f} MiB at "
                f"{baseline['t'] / 60:.0f} min, {peak['rss_kib'] / 1024:.0f} MiB at {peak['t'] / 60:.0f} min), "
                f"more than the {RSS_GROWTH_ALLOWED:.0%} allowed"
            )
        objects = trend(settled, "gc_objects")
        object_slope = slope_per_hour(floor_samples(settled, "gc_objects"), "gc_objects")
        if objects.ratio > OBJECT_GROWTH_ALLOWED or object_slope > OBJECT_SLOPE_ALLOWED_PER_HOUR * objects.start:
            failures.append(
                f"the gc-tracked object count grew {objects.ratio:.1%} ({objects.start:,.0f} -> {objects.end:,.0f}, "
                f"{object_slope:+,.0f} an hour) after the warm-up, more than the {OBJECT_GROWTH_ALLOWED:.0%} "
                f"(or {OBJECT_SLOPE_ALLOWED_PER_HOUR:.0%} an hour) allowed: objects leak"
            )
        if not none_is_immortal:
            nones = trend(settled, "none_refs")
            allowed = max(NONE_DRIFT_FLOOR, NONE_DRIFT_ALLOWED * nones.start)
            none_slope = slope_per_hour(settled, "none_refs")
            figures = f"({nones.start:,.0f} -> {nones.end:,.0f}, {none_slope:+,.0f} an hour) after the warm-up"
            if -nones.change > allowed or none_slope < -allowed:
                failures.append(
                    f"the reference count of None fell {figures}: something releases None without owning it, "
                    f"and the interpreter aborts when it reaches zero"
                )
            elif NONE_RISE_FAILS and none_rise(settled):
                failures.append(none_rise(settled))
    late = next((s for s in samples if s.get("not_imported") or s.get("not_listed")), None)
    if late is not None:
        failures.append(
            f"at {late['t'] / 60:.1f} min, {late['not_imported']} notice(s) sent over a minute earlier were not "
            f"imported and {late['not_listed']} imported were not listed in the inbox"
        )
    if final is not None:
        if not final["sent"] == final["imported"] == final["listed"]:
            failures.append(
                f"of {final['sent']} notices sent, {final['imported']} were imported and {final['listed']} listed "
                f"by the end of the run"
            )
        if final["sent"] < MIN_SEND_RATE * final["t"]:
            failures.append(
                f"the simulated counterpart sent only {final['sent']} notices in {final['t'] / 60:.0f} min "
                f"(about one a second was the load to test)"
            )
        if "acks_ok" in final and final["acks_ok"] < MIN_ACK_SHARE * final["sent"]:
            failures.append(
                f"the scripted officer's Ctrl+J, Ctrl+K acknowledged {final['acks_ok']} of {final['sent']} notices: "
                f"the keyboard path to the most urgent notice stopped working"
            )
        if final.get("uncaught_errors"):
            failures.append(f"{final['uncaught_errors']} uncaught exception(s) in the console's event loop")
    return failures
