"""The watcher takes its commands through a queue: an export asked for is never lost to another."""

from __future__ import annotations

import time

from console.service.events import ExportFinished
from console.service.outgoing import Outgoing
from console.service.watcher import InboxWatcher
from tests.exchange.conftest import folders, launch_draft


def test_every_export_request_is_answered_even_when_two_come_at_once(pair, clock):
    us, them = pair
    finished: list[ExportFinished] = []
    us.bus.subscribe(lambda event: finished.append(event) if isinstance(event, ExportFinished) else None)
    # A notice released but not yet written to the outbox (as after a failed export) waits for one.
    sent = Outgoing(us).release(launch_draft(them.station_id, clock), "Maj Petrov", approver="bob")
    outbox = folders(us, them.station_id).outbox
    (outbox / sent.notice["sealed_file"]).unlink()
    with us.store.transaction() as db:
        db.execute("UPDATE notices SET state = 'released' WHERE id = ?", [sent.notice.id])

    watcher = InboxWatcher(us, rescan_interval=0.05)
    # Two officers ask before the watcher reads its commands; a single slot kept only the last.
    watcher.request_export("Maj Petrov")
    watcher.request_export("Capt Orlova")
    watcher.start()
    try:
        deadline = time.monotonic() + 10
        while len(finished) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        watcher.stop()
    assert [(e.written, e.failed) for e in finished] == [(1, ()), (0, ())]
    assert [p.name for p in outbox.glob("*.wdn")] == [sent.notice["sealed_file"]]
