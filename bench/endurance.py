"""`make endurance`: the demo console under a day's traffic, watched from outside.

    python -m bench.endurance run --out DIR [--minutes 30] [--warmup-minutes 5]
    python -m bench.endurance summarize DIR [DIR ...]

`run` starts the console (bench/endurance_console.py) as a child process, so a
crash is seen rather than suffered; turns the child's samples into
DIR/samples.csv and a line of DIR/endurance.log as they come; kills the child
if it stops sampling; then judges the run (bench/endurance_checks.py), writes
DIR/verdict.json and exits 1 on any failure. `summarize` prints the markdown
table of docs/performance.md from runs' folders.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from bench.endurance_checks import describe_exit, growing_types, judge, none_rise, settled_samples, slope_per_hour, trend

REPO_ROOT = Path(__file__).resolve().parent.parent
CSV_COLUMNS = ("utc", "elapsed_s", "rss_mib", "gc_objects", "cache_objects", "none_refs", "sent", "imported", "listed",
               "not_imported", "not_listed", "acks_ok", "acks_failed", "handovers", "page_visits",
               "dialogs_alive", "uncaught_errors", "event")
STARTUP_GRACE_S = 300  # building the demo station and the window, on a busy machine
DRAIN_GRACE_S = 300


def _utc() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def csv_row(sample: dict, event: str = "") -> dict:
    row = {key: sample.get(key, "") for key in CSV_COLUMNS}
    row.update(utc=_utc(), elapsed_s=sample.get("t", ""), event=event or ("final" if sample.get("final") else ""))
    if "rss_kib" in sample:
        row["rss_mib"] = f"{sample['rss_kib'] / 1024:.1f}"
    return row


def log_line(sample: dict) -> str:
    return (f"{_utc()} t={sample['t'] / 60:7.1f} min  RSS {sample['rss_kib'] / 1024:6.1f} MiB  "
            f"objects {sample['gc_objects']:,} (+{sample.get('cache_objects', 0):,} in caches)  None refs {sample['none_refs']:,}  "
            f"notices sent {sample['sent']} imported {sample['imported']} listed {sample['listed']}  "
            f"late {sample['not_imported'] + sample['not_listed']}  acks {sample['acks_ok']}  "
            f"handovers {sample['handovers']}  dialogs {sample['dialogs_alive']}  errors {sample['uncaught_errors']}"
            + ("  (final)" if sample.get("final") else ""))


def read_samples(path: Path) -> tuple[dict, list[dict]]:
    meta, samples = {}, []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("meta"):
                meta = record
            else:
                samples.append(record)
    return meta, samples


def read_histograms(path: Path) -> list[dict]:
    """types.jsonl's object-type histograms, one per sample; none if the console wrote none."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def run(out: Path, minutes: float, warmup_minutes: float, sample_s: float) -> int:
    out.mkdir(parents=True, exist_ok=True)
    samples_path = out / "samples.jsonl"
    if samples_path.exists():
        print(f"endurance: {out} holds a run already; give a new folder with --out", file=sys.stderr)
        return 2
    log = (out / "endurance.log").open("a", encoding="utf-8")

    def say(text: str) -> None:
        print(text, flush=True)
        log.write(text + "\n")
        log.flush()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
    command = [sys.executable, "-m", "bench.endurance_console", "--out", str(out), "--minutes", str(minutes),
               "--sample-seconds", str(sample_s)]
    console_log = (out / "console.log").open("ab")
    child = subprocess.Popen(command, stdout=console_log, stderr=subprocess.STDOUT, env=env, cwd=REPO_ROOT)
    say(f"{_utc()} endurance: console pid {child.pid}, {minutes:g} min, warm-up {warmup_minutes:g} min, "
        f"a sample every {sample_s:g} s; {sys.executable}; folder {out}")
    csv_file = (out / "samples.csv").open("w", newline="", encoding="utf-8")
    writer = csv.DictWriter(csv_file, CSV_COLUMNS)
    writer.writeheader()
    started = last_sample = time.monotonic()
    seen = 0
    stall_s = max(180.0, 6 * sample_s)
    deadline = started + minutes * 60 + STARTUP_GRACE_S + DRAIN_GRACE_S
    returncode: int | None = None
    try:
        while True:
            returncode = child.poll()
            meta, samples = read_samples(samples_path)
            for sample in samples[seen:]:
                writer.writerow(csv_row(sample))
                say(log_line(sample))
                last_sample = time.monotonic()
            if len(samples) > seen:
                csv_file.flush()
                seen = len(samples)
            if returncode is not None:
                break
            now = time.monotonic()
            quiet_for = now - last_sample
            if (seen and quiet_for > stall_s) or (not seen and quiet_for > STARTUP_GRACE_S) or now > deadline:
                child.kill()
                child.wait()
                returncode = None
                say(f"{_utc()} endurance: no sample for {quiet_for:.0f} s; the console was killed")
                break
            time.sleep(2)
    except KeyboardInterrupt:
        child.terminate()
        child.wait(30)
        raise
    finally:
        console_log.close()
    meta, samples = read_samples(samples_path)
    exit_text = describe_exit(returncode)
    if exit_text:
        writer.writerow(csv_row({"t": round(time.monotonic() - started, 1)}, event=exit_text))
    csv_file.close()
    none_is_immortal = sys.version_info >= (3, 12)
    failures = judge(samples, returncode=returncode, warmup_s=warmup_minutes * 60, none_is_immortal=none_is_immortal)
    note = None if none_is_immortal else none_rise(settled_samples(samples, warmup_minutes * 60))
    notes = [note] if note else []
    grown = growing_types(read_histograms(out / "types.jsonl"), warmup_minutes * 60)
    if grown:
        notes.append("object types that grew most after the warm-up (floor of the first fifth -> last fifth): "
                     + ", ".join(f"{name} {before:,} -> {after:,}" for name, before, after in grown))
    verdict = {"meta": meta, "returncode": returncode, "warmup_minutes": warmup_minutes,
               "none_is_immortal": none_is_immortal, "failures": failures, "notes": notes,
               "ended_utc": _utc()}
    (out / "verdict.json").write_text(json.dumps(verdict, indent=2) + "\n", encoding="utf-8")
    say(summary_row(out))
    if note:
        say(f"endurance: note: {note} (not a failure: see NONE_RISE_FAILS in bench/endurance_checks.py)")
    if grown:
        say(f"endurance: note: {notes[-1]}")
    if failures:
        for failure in failures:
            say(f"endurance: FAILED: {failure}")
        say(f"endurance: the console's output is in {out / 'console.log'}")
    else:
        say(f"endurance: passed ({len(samples)} samples, {out / 'samples.csv'})")
    log.close()
    return 1 if failures else 0


SUMMARY_HEADER = (
    "| Python / PySide6 | Length | Notices sent / imported / listed | Acks sent | RSS after warm-up → peak "
    "| gc objects after warm-up → end | None refs after warm-up → end | Result |\n"
    "|---|---|---|---|---|---|---|---|"
)


def summary_row(out: Path) -> str:
    """One markdown table row for a finished run's folder."""
    meta, samples = read_samples(out / "samples.jsonl")
    verdict = json.loads((out / "verdict.json").read_text(encoding="utf-8"))
    warmup_s = verdict["warmup_minutes"] * 60
    settled = settled_samples(samples, warmup_s)
    last = samples[-1] if samples else {}
    cells = [f"{meta.get('python', '?')} / {meta.get('pyside6', '?')}", f"{last.get('t', 0) / 60:.0f} min"]
    cells.append(f"{last.get('sent', 0):,} / {last.get('imported', 0):,} / {last.get('listed', 0):,}")
    cells.append(f"{last.get('acks_ok', 0):,}")
    if settled:
        peak = max(s["rss_kib"] for s in settled)
        base = settled[0]["rss_kib"]
        cells.append(f"{base / 1024:.0f} → {peak / 1024:.0f} MiB ({peak / base - 1:+.0%})")
        objects, nones = trend(settled, "gc_objects"), trend(settled, "none_refs")
        cells.append(f"{objects.start:,.0f} → {objects.end:,.0f} ({objects.ratio:+.1%})")
        if verdict["none_is_immortal"]:
            cells.append(f"{nones.end:,.0f} (immortal)")
        else:
            cells.append(f"{nones.start:,.0f} → {nones.end:,.0f} ({slope_per_hour(settled, 'none_refs'):+,.0f} an hour)")
    else:
        cells += ["–", "–", "–"]
    # Judged again from the samples, so the table always applies the current thresholds.
    failures = judge(samples, returncode=verdict["returncode"], warmup_s=warmup_s,
                     none_is_immortal=verdict["none_is_immortal"])
    cells.append("pass" if not failures else "FAIL: " + "; ".join(failures))
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.endurance", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run_parser = sub.add_parser("run", help="run the console for a while and judge it")
    run_parser.add_argument("--out", type=Path, required=True, help="a new folder for the run's log and samples")
    run_parser.add_argument("--minutes", type=float, default=float(os.environ.get("ENDURANCE_MINUTES", 30)))
    run_parser.add_argument("--warmup-minutes", type=float,
                            default=float(os.environ.get("ENDURANCE_WARMUP_MINUTES", 5)),
                            help="growth is measured from the first sample after this (default 5)")
    run_parser.add_argument("--sample-seconds", type=float, default=10.0)
    summarize_parser = sub.add_parser("summarize", help="print docs/performance.md's table for finished runs")
    summarize_parser.add_argument("folders", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "run":
        if args.warmup_minutes >= args.minutes:
            parser.error(f"the warm-up ({args.warmup_minutes:g} min) must be shorter than the run ({args.minutes:g} min); "
                         "set ENDURANCE_WARMUP_MINUTES (--warmup-minutes) lower")
        return run(args.out, args.minutes, args.warmup_minutes, args.sample_seconds)
    print(SUMMARY_HEADER)
    for folder in args.folders:
        if not (folder / "verdict.json").exists():
            print(f"endurance: {folder} has no verdict.json (the run has not finished)", file=sys.stderr)
            return 1
        print(summary_row(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
