"""The inbox's reader thread answers the newest question: a listing superseded while it runs is stopped."""

from __future__ import annotations

import threading
import time

from console.ui.inbox.reader import StoreReader

# A query SQLite needs seconds for, stopped only by an interrupt.
SLOW = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000000) "
        "SELECT count(*) FROM n")


def _slow(started: threading.Event):
    def query(conn):
        started.set()
        return conn.execute(SLOW).fetchone()[0]
    return query


def _reader(qtbot, us) -> StoreReader:
    reader = StoreReader(us.store)
    reader.start()
    assert reader.wait_ready(10)
    return reader


def test_a_listing_asked_again_stops_the_one_under_way(qtbot, us):
    reader = _reader(qtbot, us)
    answers: list = []
    try:
        started = threading.Event()
        reader.submit("notices-in", _slow(started), lambda result: answers.append(("old", result)))
        assert started.wait(10)
        time.sleep(0.05)  # inside SQLite
        asked = time.monotonic()
        reader.submit("notices-in", lambda conn: conn.execute("SELECT count(*) FROM notices").fetchone()[0],
                      lambda result: answers.append(("new", result)))
        qtbot.waitUntil(lambda: answers != [], timeout=5_000)
        assert time.monotonic() - asked < 2.0, "the new listing waited for the old one to finish"
        qtbot.wait(200)
        assert answers == [("new", 0)], "the stopped listing's answer is dropped, not shown as an error"

        # The connection serves on: the interrupt was for the old statement only.
        reader.submit("notices-in", lambda conn: conn.execute("SELECT 7").fetchone()[0],
                      lambda result: answers.append(("after", result)))
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=5_000)
        assert answers[1] == ("after", 7)
    finally:
        reader.stop()


def test_a_question_under_another_key_does_not_stop_the_one_under_way(qtbot, us):
    reader = _reader(qtbot, us)
    answers: list = []
    try:
        started = threading.Event()
        short = SLOW.replace("300000000", "2000000")  # a fraction of a second
        reader.submit("notices-out", lambda conn: (started.set(), conn.execute(short).fetchone()[0])[1],
                      lambda result: answers.append(("out", result)))
        assert started.wait(10)
        reader.submit("notices-in-top", lambda conn: 1, lambda result: answers.append(("top", result)), first=True)
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)
        assert sorted(answers) == [("out", 2000000), ("top", 1)]
    finally:
        reader.stop()


def test_closing_stops_a_read_run_aside_and_waits_for_its_thread(qtbot, us):
    """A window closed while its packed columns were still being read left that thread inside
    SQLite as the interpreter exited, and the console crashed on the way out."""
    reader = _reader(qtbot, us)
    answers: list = []
    started = threading.Event()
    reader.run_aside("packed-listing-test", _slow(started), answers.append)
    assert started.wait(10)
    time.sleep(0.05)
    stopping = time.monotonic()
    reader.stop()
    assert time.monotonic() - stopping < 5.0, "the read was not interrupted"
    assert not any(t.name == "packed-listing-test" for t in threading.enumerate())
    qtbot.wait(100)
    assert answers == [], "nothing is answered to views that are closing"
