"""Which notices are overdue at a given time, both directions (console/service/deadlines.py, no Qt)."""

from __future__ import annotations

from datetime import timedelta

from console.service import deadlines, queries
from console.service.deadlines import Phase
from console.service.outgoing import Outgoing
from tests.exchange.conftest import carry, import_inbox, launch_draft


def _row(station, notice_id: int) -> dict:
    return queries.notice_rows(station.store.conn, [notice_id])[notice_id]


def test_overdue_in_both_directions_and_what_ends_the_wait(us, them, clock):
    ours = Outgoing(us).release(launch_draft("NRRC-RU", clock, precedence="ROUTINE"), "Maj Petrov", approver="bob").notice
    theirs = Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="FLASH"), "Lt Ivanov").notice
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    received = us.store.conn.execute("SELECT id FROM notices WHERE direction = 'in'").fetchone()[0]
    conn = us.store.conn

    assert deadlines.overdue_notices(conn, clock()) == []
    assert deadlines.next_deadline(conn, clock()) == clock() + timedelta(minutes=10)
    state = deadlines.deadline_state(_row(us, received), clock())
    assert state.phase is Phase.RUNNING and state.remaining == timedelta(minutes=10)

    at_deadline = clock() + timedelta(minutes=10)
    late = deadlines.overdue_notices(conn, at_deadline)
    assert [(o.direction, o.precedence, o.sequence) for o in late] == [("in", "FLASH", 1)]
    assert deadlines.deadline_state(_row(us, received), at_deadline).overdue
    assert deadlines.most_urgent(conn, "in") == received

    four_hours_on = clock() + timedelta(hours=4, minutes=1)
    late = deadlines.overdue_notices(conn, four_hours_on)
    assert [(o.direction, o.notice_id) for o in late] == [("in", received), ("out", ours["id"])]
    assert late[1].late_by(four_hours_on) == timedelta(minutes=1)
    assert deadlines.waiting_count(conn, "in") == 1 and deadlines.waiting_count(conn, "out") == 1

    # A problem report answers the incoming notice; the counterpart's acknowledgement ends ours.
    Outgoing(us).report_problem("NRRC-RU", "Received garbled.", "Maj Petrov",
                                message_id=theirs["message_id"], sha256=theirs["sealed_sha256"])
    assert deadlines.deadline_state(_row(us, received), four_hours_on).phase is Phase.PROBLEM_REPORTED
    carry(us, them)
    import_inbox(them, "NRRC-US")
    launch = them.store.conn.execute(
        "SELECT id FROM notices WHERE direction = 'in' AND kind = 'launch_notification'").fetchone()[0]
    Outgoing(them).acknowledge(launch, "Lt Ivanov")
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    assert deadlines.deadline_state(_row(us, ours["id"]), four_hours_on).phase is Phase.ACKNOWLEDGED
    # Our problem report itself waits for their acknowledgement; nothing else does.
    remaining = deadlines.overdue_notices(conn, four_hours_on + timedelta(hours=2))
    assert [(o.direction, o.kind) for o in remaining] == [("out", "error")]
    assert deadlines.most_urgent(conn, "in") is None


def test_an_acknowledgement_asks_for_none(us, them, clock):
    sent = Outgoing(them).release(launch_draft("NRRC-US", clock), "Lt Ivanov").notice
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    received = us.store.conn.execute("SELECT id FROM notices WHERE message_id = ?", [sent["message_id"]]).fetchone()[0]
    ack = Outgoing(us).acknowledge(received, "Maj Petrov").notice
    assert deadlines.deadline_state(_row(us, ack.id), clock()).phase is Phase.NOT_REQUIRED
    assert deadlines.deadline_state(_row(us, received), clock()).phase is Phase.ACKNOWLEDGED
