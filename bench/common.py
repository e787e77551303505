"""Shared pieces of the benchmarks: timing, results, fixture stations.

Every figure is the median of several runs, and every target is a ratio
against a baseline measured in the same run on the same machine, because
these machines are shared and noisy.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

RUNS = 5


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target_ratio: float | None = None  # ratio = value / baseline must be <= this
    target_absolute: float | None = None  # value must be <= this (same unit)
    note: str = ""
    samples: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline

    @property
    def holds(self) -> bool | None:
        if self.target_ratio is not None and self.ratio is not None:
            return self.ratio <= self.target_ratio
        if self.target_absolute is not None:
            return self.value <= self.target_absolute
        return None

    def as_dict(self) -> dict:
        data = asdict(self)
        data.update(ratio=self.ratio, holds=self.holds)
        return data


def median_of(fn: Callable[[], float], runs: int = RUNS) -> tuple[float, list[float]]:
    samples = [fn() for _ in range(runs)]
    return statistics.median(samples), samples


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += timedelta(**kwargs)


def make_pair(root: Path, clock=None):
    """Two introduced, verified stations with in-memory store keys."""
    from console.service.station import Station
    from console.storage.counterparts import CounterpartBook
    from console.storage.keysource import EphemeralKeySource

    keys = EphemeralKeySource()
    kwargs = {"clock": clock} if clock else {}
    us, _ = Station.initialise(root / "us", "NRRC-US", "US NRRC", keys, **kwargs)
    them, _ = Station.initialise(root / "them", "NRRC-RU", "RU NRRC", keys, **kwargs)
    for me, other in ((us, them), (them, us)):
        book = CounterpartBook(me.store)
        book.add_card(other.own_card(), "bench", me.station_id, me.clock())
        book.verify(other.station_id, book.expected_number(other.station_id, me.own_card()), me.own_card(), "bench",
                    me.clock())
    return us, them, keys


def launch_draft(recipient: str, now: datetime, n: int = 0) -> dict:
    start = (now + timedelta(hours=30 + n % 50)).replace(minute=0, second=0)
    return {
        "kind": "launch_notification",
        "recipient": recipient,
        "precedence": ["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"][n % 4],
        "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988",
        "references": [],
        "drafted_by": "bench",
        "body": {
            "vehicle_category": "ICBM",
            "vehicle_count": 1 + n % 3,
            "group_launch": n % 3 > 0,
            "launch_area": {"type": "circle", "centre": {"lat": 62.9, "lon": 40.6}, "radius": 20, "unit": "km"},
            "window_start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "window_end": (start + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "planned_direction": "east",
            "impact_areas": [
                {"type": "polygon", "points": [{"lat": 57.0, "lon": 160.0}, {"lat": 57.0, "lon": 161.5},
                                               {"lat": 58.5, "lon": 161.5}, {"lat": 57.0, "lon": 160.0}]}
            ],
            "remarks": f"Benchmark notice {n}",
        },
    }
