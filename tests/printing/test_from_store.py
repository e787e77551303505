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


def test_a_cancelled_original_is_stamped_and_lists_its_chain_and_an_amendment_its_changes(qapp, tmp_path, pair,
                                                                                            clock):
    from console.printing.from_store import record_for
    from console.printing.record import render_record_pdf
    from console.service.drafts import amendment_of, cancellation_of
    from console.storage import notices as notice_rows

    us, them = pair
    launch = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice
    original = notice_rows.by_message_id(them.store, launch["message_id"])
    clock.advance(minutes=15)
    amendment = amendment_of(original, "boris")
    amendment["body"]["content"]["remarks"] = "Second stage only"
    amended = Outgoing(them).release(amendment, "boris").notice
    clock.advance(minutes=20)
    cancellation = cancellation_of(original, "boris")
    cancellation["body"]["reason"] = "Launch called off"
    cancelled = Outgoing(them).release(cancellation, "boris").notice
    carry(them, us)
    import_inbox(us, "NRRC-RU")

    render_record_pdf(record_for(us, launch["message_id"], "Lee Morgan"), tmp_path / "original.pdf")
    pages = [squeeze(page) for page in pdf_pages(tmp_path / "original.pdf")]
    stamp = f"CANCELLED BY NO. {cancelled['sequence']} AT {clock():%H%M}Z"
    assert stamp in pages[0]
    assert all(f"CANCELLED by no. {cancelled['sequence']}" in page for page in pages)  # every page's header
    chain = " ".join(pages).split("THE CHAIN ON RECORD")[1]
    assert chain.index(f"{launch['sequence']} Launch notification (this record) them") < chain.index(
        f"{amended['sequence']} Amendment them") < chain.index(f"{cancelled['sequence']} Cancellation them")

    render_record_pdf(record_for(us, amended["message_id"], "Lee Morgan"), tmp_path / "amendment.pdf")
    text = squeeze("\n".join(pdf_pages(tmp_path / "amendment.pdf")))
    changes = text.split("WHAT THIS AMENDMENT CHANGES")[1].split("REPLACEMENT LAUNCH DETAILS")[0]
    assert "remarks ZEBRA-7731 exercise launch Second stage only" in changes
