"""The record and the watch log read from a real (encrypted) station: the deadline, who acknowledged,
who was on watch when a notice arrived, and the changes of watch from the audit log."""

from __future__ import annotations

from console.service.outgoing import Outgoing
from tests.exchange.conftest import carry, clock, import_inbox, launch_draft, pair  # noqa: F401 - fixtures
from tests.printing.conftest import pdf_pages, squeeze


def test_the_record_and_the_log_name_the_watch_the_deadline_and_who_acknowledged(qapp, tmp_path, pair, clock):
    from console.printing.from_store import record_for, watch_log_for
    from console.printing.record import render_record_pdf
    from console.printing.watch_log import render_watch_log_pdf
    from console.storage import notices as notice_rows

    us, them = pair
    us.store.record("Sam Avery", "watch_started", {"officer": "Sam Avery", "role": "officer"}, at=clock())
    clock.advance(minutes=10)
    launch = Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="IMMEDIATE"), "boris").notice
    carry(them, us)
    import_inbox(us, "NRRC-RU")
    received = notice_rows.by_message_id(us.store, launch["message_id"])
    due = received["ack_due_at"]
    assert due  # set from the counterpart's profile at import
    clock.advance(hours=2)  # well past an IMMEDIATE's deadline
    us.store.record("Lee Morgan", "watch_handover", {"from": "Sam Avery", "to": "Lee Morgan"}, at=clock())
    clock.advance(minutes=1)
    Outgoing(us).acknowledge(received.row["id"], "Lee Morgan")

    data = record_for(us, launch["message_id"], "Lee Morgan")
    assert data.received_by == "Sam Avery"  # on watch when it arrived, not when printed
    render_record_pdf(data, tmp_path / "record.pdf")
    text = squeeze("\n".join(pdf_pages(tmp_path / "record.pdf")))
    assert f"Acknowledgement due {due[:10]} {due[11:16]}Z" in text
    assert "Deadline met NO: LATE, acknowledged " in text
    assert "Received Sam Avery" in text and "Acknowledged Lee Morgan" in text

    log = watch_log_for(us, "Lee Morgan", day=clock().date())
    entry = next(e for e in log.entries if e.message_id == launch["message_id"])
    assert (entry.acknowledged_by, entry.ack_due_at is not None) == ("Lee Morgan", True)
    assert [(c.officer, c.handed_over_by) for c in log.watch_changes] == [("Sam Avery", ""),
                                                                       ("Lee Morgan", "Sam Avery")]
    render_watch_log_pdf(log, tmp_path / "log.pdf")
    log_text = squeeze("\n".join(pdf_pages(tmp_path / "log.pdf")))
    assert "Watch handed over: Sam Avery to Lee Morgan" in log_text
    assert "LATE" in log_text.split("MESSAGES")[1]
