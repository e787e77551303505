"""The endurance run's verdict (bench/endurance_checks.py) fails on each defect the issue names.

A healthy synthetic run passes; each test then breaks one figure the way the
defect would and expects the verdict to name it. The long run itself is `make endurance`.
"""

from __future__ import annotations

import json
import signal

import pytest

from bench import endurance
from bench.endurance_checks import growing_types, judge

WARMUP_S = 300


def healthy_run(minutes: int = 30, step_s: int = 10, **changes) -> list[dict]:
    """Samples of a console that keeps still: flat memory and objects, every notice in."""
    samples = []
    for n in range(minutes * 60 // step_s + 1):
        t = n * step_s
        samples.append({
            "t": t, "rss_kib": 150_000 + (n % 3) * 400, "gc_objects": 72_000 + (n % 5) * 150,
            "none_refs": 26_000 + (n % 4) * 60, "sent": t, "imported": t, "listed": t,
            "not_imported": 0, "not_listed": 0, "uncaught_errors": 0, "final": False,
        })
    samples.append({**samples[-1], "final": True})
    for key, grow in changes.items():
        for sample in samples:
            sample[key] = grow(sample)
    return samples


def verdict(samples, returncode=0, none_is_immortal=False) -> list[str]:
    return judge(samples, returncode=returncode, warmup_s=WARMUP_S, none_is_immortal=none_is_immortal)


def test_a_steady_console_passes():
    assert verdict(healthy_run()) == []


def test_a_crash_fails_the_run_and_names_the_signal():
    samples = [s for s in healthy_run() if not s["final"]][:120]
    failures = verdict(samples, returncode=-signal.SIGABRT)
    assert any("killed by SIGABRT" in f for f in failures)


def test_a_console_that_stopped_responding_fails():
    assert any("stopped responding" in f for f in verdict(healthy_run(), returncode=None))


def test_rss_growing_over_a_fifth_after_the_warm_up_fails():
    # +25 % spread over the run after the warm-up.
    grows = lambda s: 150_000 + int(37_500 * max(0, s["t"] - WARMUP_S) / 1500)  # noqa: E731
    failures = verdict(healthy_run(rss_kib=grows))
    assert any(f.startswith("RSS grew 25%") for f in failures), failures


def test_rss_growth_within_the_allowance_or_during_warm_up_passes():
    # Doubling during the warm-up (caches filling), then +15 %.
    grows = lambda s: 75_000 + 75_000 * min(s["t"], WARMUP_S) // WARMUP_S + int(22_500 * max(0, s["t"] - WARMUP_S) / 1500)  # noqa: E731
    assert verdict(healthy_run(rss_kib=grows)) == []


def test_a_growing_object_count_fails():
    # One object per notice kept: +1,800 over the run, a slope of 3,600 an hour (5 % of 72,000).
    failures = verdict(healthy_run(gc_objects=lambda s: 72_000 + s["t"]))
    assert any("object count grew" in f for f in failures), failures


def test_bursts_of_work_late_in_a_flat_run_are_not_a_leak():
    # A handover or a page of the log caught mid-way: +20,000 objects for one sample, more
    # often late in the run (measured on a flat two-hour run, which a slope through every
    # sample called +3,114 an hour).
    def bursts(s):
        late_burst = s["t"] > 1200 and s["t"] % 290 == 0
        return s["gc_objects"] + (20_000 if late_burst else 0)

    assert verdict(healthy_run(gc_objects=bursts)) == []


def test_a_slow_leak_under_bursts_of_work_still_fails():
    def leaking_with_bursts(s):
        burst = 20_000 if s["t"] % 290 == 0 else 0
        return 72_000 + s["t"] + burst

    failures = verdict(healthy_run(gc_objects=leaking_with_bursts))
    assert any("object count grew" in f for f in failures), failures


def test_an_officer_whose_acknowledgements_stopped_fails_the_run():
    samples = healthy_run()
    for sample in samples:
        sample["acks_ok"] = min(sample["sent"], 60)  # the keyboard path stopped after a minute
    failures = verdict(samples)
    assert any("acknowledged 60 of 1800 notices" in f for f in failures), failures
    for sample in samples:
        sample["acks_ok"] = sample["sent"]
    assert verdict(samples) == []


def test_none_draining_fails_on_a_mortal_none_only():
    # The PySide6 6.12.0 defect on Python 3.11: about 15 references a second.
    drained = healthy_run(none_refs=lambda s: 100_000 - 15 * s["t"])
    assert any("reference count of None fell" in f for f in verdict(drained))
    assert verdict(drained, none_is_immortal=True) == []


def test_references_to_none_piling_up_are_reported_and_fail_when_asked(monkeypatch):
    from bench import endurance_checks

    rising = healthy_run(none_refs=lambda s: 26_000 + 2 * s["t"])
    assert "reference count of None rose (26,890 -> 29,310, +7,200 an hour)" in endurance_checks.none_rise(
        endurance_checks.settled_samples(rising, WARMUP_S))
    assert verdict(rising) == []
    monkeypatch.setattr(endurance_checks, "NONE_RISE_FAILS", True)
    assert any("reference count of None rose" in f for f in verdict(rising))
    assert endurance_checks.none_rise(endurance_checks.settled_samples(healthy_run(), WARMUP_S)) is None


def test_a_notice_sent_but_not_listed_fails():
    def not_listed(s):
        return 1 if s["t"] >= 900 else 0

    samples = healthy_run(not_listed=not_listed)
    samples[-1]["listed"] -= 1
    failures = verdict(samples)
    assert any("at 15.0 min, 0 notice(s) sent over a minute earlier were not imported and 1" in f for f in failures)
    assert any("were imported and 1799 listed" in f for f in failures), failures


def test_a_notice_never_imported_fails():
    samples = healthy_run()
    samples[-1]["imported"] -= 1
    samples[-1]["listed"] -= 1
    assert any("1799 were imported" in f for f in verdict(samples))


def test_a_simulator_that_sent_too_little_fails():
    samples = healthy_run(sent=lambda s: s["t"] // 10, imported=lambda s: s["t"] // 10, listed=lambda s: s["t"] // 10)
    assert any("sent only 180 notices in 30 min" in f for f in verdict(samples))


def test_too_short_a_run_cannot_pass():
    samples = healthy_run(minutes=5)
    assert any("too few to judge growth" in f for f in verdict(samples))


def test_the_summary_row_judges_the_samples_again(tmp_path):
    samples = healthy_run(gc_objects=lambda s: 72_000 + s["t"])
    meta = {"meta": True, "python": "3.11.7", "pyside6": "6.11.3"}
    (tmp_path / "samples.jsonl").write_text("\n".join(json.dumps(r) for r in [meta, *samples]) + "\n")
    (tmp_path / "verdict.json").write_text(json.dumps(
        {"returncode": 0, "warmup_minutes": 5, "none_is_immortal": False, "failures": []}))
    row = endurance.summary_row(tmp_path)
    assert row.startswith("| 3.11.7 / 6.11.3 | 30 min | 1,800 / 1,800 / 1,800 |")
    assert "FAIL: the gc-tracked object count grew" in row


def test_a_folder_with_a_run_is_not_reused(tmp_path, capsys):
    (tmp_path / "samples.jsonl").write_text("")
    assert endurance.main(["run", "--out", str(tmp_path), "--minutes", "1", "--warmup-minutes", "0.5"]) == 2
    assert "holds a run already" in capsys.readouterr().err


def test_a_warm_up_as_long_as_the_run_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit):
        endurance.main(["run", "--out", str(tmp_path), "--minutes", "5", "--warmup-minutes", "5"])
    assert "must be shorter than the run" in capsys.readouterr().err


def test_the_types_that_grew_are_named_and_a_burst_in_one_sample_is_not():
    def histogram(t: float, steady: int, leaking: int, burst: int = 0) -> dict:
        return {"t": t, "counts": {"dict": steady, "QStaticText": leaking, "tuple": 5000 + burst}}

    histograms = [histogram(0, 9000, 0)]  # the warm-up: left out
    histograms += [histogram(60 * i, 10_000 + (i % 3), 100 + 10 * i, burst=20_000 if i == 9 else 0)
                   for i in range(1, 11)]
    grown = growing_types(histograms, warmup_s=60)
    assert grown[0] == ("QStaticText", 110, 190)  # floors of the first and last two
    assert "tuple" not in [name for name, _before, _after in grown]
    assert growing_types(histograms[:1], warmup_s=60) == []
