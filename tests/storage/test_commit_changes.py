"""The store says, after each commit, which records and audit entries the transaction wrote."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from console.service.events import AuditAppended, OfficersChanged
from console.storage.operators import OperatorBook

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)


def test_an_officer_added_is_told_after_the_commit_with_its_audit_entry(station):
    heard = []
    station.bus.subscribe(heard.append)
    entries = station.store.audit.head()[0]
    OperatorBook(station.store).add("dana", "officer", "482913", "system", NOW)
    assert heard == [OfficersChanged(("dana",)), AuditAppended(entries, entries)]


def test_a_rolled_back_transaction_tells_nothing(station):
    heard = []
    station.bus.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with station.store.transaction() as db:
            db["operators"].insert({"name": "ghost", "role": "officer", "pin_hash": "x", "created_at": "2026-11-28T12:00:00Z"})
            station.store.audit.append(NOW, "system", "note", {})
            raise RuntimeError("abandoned")
    station.store.record("system", "after", {}, at=NOW)
    entries = station.store.audit.head()[0]
    assert heard == [AuditAppended(entries - 1, entries - 1)]


def test_a_worker_connection_tells_the_same_listeners(station):
    heard = []
    station.bus.subscribe(heard.append)
    worker = station.store.clone()
    try:
        OperatorBook(worker).add("erin", "supervisor", "739105", "system", NOW)
    finally:
        worker.close()
    assert OfficersChanged(("erin",)) in heard
