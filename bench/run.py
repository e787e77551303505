"""`make bench`: every benchmark, a table on stdout and bench/out/results.json.

Usage: python -m bench.run [--quick] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import Result  # noqa: E402

SECTIONS = {
    "startup": ("bench.bench_startup", "run_startup_benchmarks"),
    "inbox": ("bench.bench_inbox", "run_inbox_benchmarks"),
    "import": ("bench.bench_import", "run_import_benchmarks"),
    "arrival": ("bench.bench_arrival", "run_arrival_benchmarks"),
    "print": ("bench.bench_print", "run_print_benchmarks"),
    "storage": ("bench.bench_storage", "run_storage_benchmarks"),
}
OUT = Path(__file__).resolve().parent / "out"


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
    }


def table(results: list[Result]) -> str:
    lines = [f"{'measurement':<68} {'value':>10} {'baseline':>10} {'ratio':>6} {'target':>8}  holds"]
    for r in results:
        value = f"{r.value:.3f} {r.unit}" if r.unit else f"{r.value:.3f}"
        baseline = f"{r.baseline:.3f}" if r.baseline else "-"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "-"
        if r.target_ratio is not None:
            target = f"≤{r.target_ratio:g}x"
        elif r.target_absolute is not None:
            target = f"≤{r.target_absolute:g}{r.unit}"
        else:
            target = "-"
        holds = {True: "yes", False: "NO", None: "-"}[r.holds]
        lines.append(f"{r.name:<68.68} {value:>10} {baseline:>10} {ratio:>6} {target:>8}  {holds}")
        if r.note:
            lines.append(f"    {r.note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs per measurement")
    parser.add_argument("--only", nargs="*", choices=sorted(SECTIONS), help="run only these sections")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 5
    results: list[Result] = []
    started = time.perf_counter()
    for name in args.only or SECTIONS:
        module_name, function_name = SECTIONS[name]
        print(f"== {name} ...", flush=True)
        section_started = time.perf_counter()
        module = __import__(module_name, fromlist=[function_name])
        section = getattr(module, function_name)(runs=runs)
        results += section
        print(table(section), flush=True)
        print(f"   ({time.perf_counter() - section_started:.0f} s)", flush=True)
    print("\n== all results")
    print(table(results))
    OUT.mkdir(exist_ok=True)
    report = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine(),
        "seconds": round(time.perf_counter() - started, 1),
        "results": [r.as_dict() for r in results],
    }
    (OUT / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten to {OUT / 'results.json'} ({report['seconds']} s)")
    missed = [r.name for r in results if r.holds is False]
    if missed:
        print("targets not met: " + "; ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
