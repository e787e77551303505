"""Printing: one launch notification's record to PDF, and a 500-message watch log."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.common import Result, median_of, timed


def _record_data():
    from console.domain.schema import examples
    from console.printing.record import Acknowledgement, RecordData, Verification

    notice = examples()["launch_notification"]
    now = datetime.now(timezone.utc).replace(microsecond=0)
    return RecordData(
        notice=notice, direction="in", station_id=notice["recipient"], station_name="Receiving centre",
        counterpart_id=notice["sender"], counterpart_name="Sending centre", handling_banner="CONFIDENTIAL",
        printed_by="bench", printed_at=now,
        verification=Verification(signature_valid=True, sender_key_fingerprint="0000 " * 10, key_verified=True,
                                  sealed_sha256="ab" * 32),
        acknowledgement=Acknowledgement(acknowledged_by="bench", acknowledged_at=now),
    )


def _watch_log_data(count: int = 500):
    from console.printing.watch_log import WatchLogData, WatchLogEntry, utc_day

    start, end = utc_day(datetime.now(timezone.utc).date())
    kinds = ["launch_notification", "acknowledgement", "general_communication", "amendment"]
    entries = [
        WatchLogEntry(direction="in" if n % 2 else "out", kind=kinds[n % 4],
                      precedence=["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"][n % 4],
                      dtg=start + timedelta(seconds=n * 170), counterpart_id="NRRC-RU", sequence=n + 1,
                      acknowledged_at=start + timedelta(seconds=n * 170 + 60) if n % 3 else None, status="EXERCISE")
        for n in range(count)
    ]
    return WatchLogData(station_id="NRRC-US", station_name="US NRRC", period_start=start, period_end=end,
                        officers=["bench"], entries=entries, handling_banner="CONFIDENTIAL", printed_by="bench",
                        printed_at=datetime.now(timezone.utc))


def run_print_benchmarks(runs: int = 5) -> list[Result]:
    from console.printing.app import ensure_gui_application
    from console.printing.record import render_record_pdf
    from console.printing.watch_log import render_watch_log_pdf

    app = ensure_gui_application()  # noqa: F841
    record, log = _record_data(), _watch_log_data()
    with tempfile.TemporaryDirectory(prefix="wd-bench-print-") as tmp:
        pages = {}

        def one_record() -> float:
            return timed(lambda: pages.__setitem__("record", render_record_pdf(record, Path(tmp) / "r.pdf")))

        def one_log() -> float:
            return timed(lambda: pages.__setitem__("log", render_watch_log_pdf(log, Path(tmp) / "l.pdf")))

        record_s, record_samples = median_of(one_record, runs)
        log_s, log_samples = median_of(one_log, runs)
    return [
        Result("print one launch notification to PDF", record_s, "s", samples=record_samples,
               note=f"{pages['record']} pages, {pages['record'] / record_s:.1f} pages/s"),
        Result("print the watch log of 500 messages to PDF", log_s, "s", samples=log_samples,
               note=f"{pages['log']} pages, {pages['log'] / log_s:.1f} pages/s"),
    ]
