"""Issue 14, section 8: what docs/format.md sections 12 and 13 say the operator must see.

Before, an acknowledgement naming a message id we never sent was imported as "1 accepted"
and shown, printed and logged like any acknowledgement; a duplicate re-sent under another
sequence number was noted only in the import's output and a raw audit detail. Now the
acknowledgement is flagged in words ("acknowledges a message we never sent: ID") in the
inbox row, the reading pane, the printed record and the watch log, and the re-sent duplicate
is spelt out in the watch log and highlighted in the audit view.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt

from console.domain.notices import Notice
from console.format import seal, sealed_file_name
from console.printing.from_store import record_for, watch_log_for
from console.printing.record import render_record_pdf
from console.printing.watch_log import render_watch_log_pdf
from console.service import queries
from console.service.outgoing import Outgoing
from console.storage.counterparts import CounterpartBook
from tests.exchange.conftest import carry, clock, import_inbox, launch_draft, pair  # noqa: F401 - fixtures

NEVER_SENT = str(uuid.UUID(int=0x5EC7_0000_0000_4000_8000_0000_0000_0014))


def _pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # lines wrap anywhere on paper


def _stray_acknowledgement(them, us, clock):
    """NRRC-RU acknowledges a message id that NRRC-US never sent: sealed and delivered like any notice."""
    draft = {
        "kind": "acknowledgement", "recipient": us.station_id, "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "references": [{"message_id": NEVER_SENT, "sha256": "ab" * 32}],
        "drafted_by": "boris",
        "body": {"acknowledged_message_id": NEVER_SENT, "acknowledged_sha256": "ab" * 32,
                 "received_at": "2026-11-28T11:00:00Z", "acknowledged_at": "2026-11-28T11:59:00Z",
                 "acknowledged_by": "boris"},
    }
    Outgoing(them).release(draft, "boris")
    carry(them, us)


def test_an_acknowledgement_of_a_message_we_never_sent_is_flagged_wherever_the_officer_looks(
    qtbot, tmp_path, pair, clock
):
    us, them = pair
    _stray_acknowledgement(them, us, clock)
    flag = f"acknowledges a message we never sent: {NEVER_SENT}"

    report = import_inbox(us, them.station_id)

    [outcome] = report.outcomes
    assert (outcome.outcome, outcome.message) == ("accepted", flag)
    notice_id = outcome.notice_id

    # The inbox row: the deadline column, which every officer reads, says it in words.
    from console.ui.inbox.table_model import NoticeTableModel

    model = NoticeTableModel("in", lambda ids: queries.notice_rows(us.store.conn, ids), clock())
    model.set_ids([notice_id])
    deadline = model.index(0, model.deadline_column)
    assert model.data(deadline) == f"⚠ {flag}"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None

    # The reading pane: the banner at the top, and the record shown under it.
    from console.ui.inbox.detail import NoticeDetailPane

    pane = NoticeDetailPane(us, "in", clock, None, lambda: "Sam Avery")
    qtbot.addWidget(pane)
    pane.resize(700, 900)
    pane.show_row(queries.notice_rows(us.store.conn, [notice_id])[notice_id])
    deadline = pane.reading.deadline.text()
    assert flag in deadline and "does not count as an acknowledgement" in deadline
    shots = os.environ.get("WATCHDESK_SHOT_DIR")
    if shots:
        pane.show()
        qtbot.waitExposed(pane)
        pane.grab().save(os.path.join(shots, "flagged-reading-pane.png"))

    # The printed record.
    record = tmp_path / "record.pdf"
    render_record_pdf(record_for(us, outcome.message_id, "Sam Avery"), record)
    printed = _pdf_text(record)
    assert "PROBLEM — NOT A VALID ACKNOWLEDGEMENT" in printed and f"This message {flag}." in printed
    if shots:
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(record),
                        os.path.join(shots, "flagged-record")], check=True)

    # The watch log.
    log = tmp_path / "log.pdf"
    render_watch_log_pdf(watch_log_for(us, "Sam Avery", day=date(2026, 11, 28)), log)
    logged = _pdf_text(log)
    assert "FOR THE OFFICER'S ATTENTION" in logged.upper()
    assert "No. 1 from NRRC-RU" in logged and flag in logged
    assert "PROBLEM" in logged


def test_a_duplicate_re_sent_under_another_sequence_number_is_noted_in_the_watch_log_and_audit_view(
    qtbot, tmp_path, pair, clock
):
    us, them = pair
    Outgoing(them).release(launch_draft(us.station_id, clock), "boris")
    carry(them, us)
    [first] = import_inbox(us, them.station_id).outcomes
    assert first.outcome == "accepted"
    clock.advance(minutes=5)
    # The same notice (same message id) sealed again under sequence 7.
    wire = dict(CounterpartBook(us.store).require(them.station_id) and _stored_wire(us, first.message_id), sequence=7)
    notice = Notice.from_dict(wire)
    data = seal(notice.to_dict(), them.current_keys, them.station_id, us.own_card(), clock.now)
    name = sealed_file_name(notice.sender, notice.recipient, 7, notice.message_id)
    inbox = tmp_path / "NRRC-US" / "exchange" / "NRRC-RU" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / name).write_bytes(data)

    [again] = import_inbox(us, them.station_id).outcomes

    assert (again.outcome, again.message) == ("duplicate", "sequence 7 differs from the recorded 1")
    log = tmp_path / "log.pdf"
    render_watch_log_pdf(watch_log_for(us, "Sam Avery", day=date(2026, 11, 28)), log)
    logged = _pdf_text(log)
    words = f"NRRC-RU re-sent message {first.message_id[:8]} under another sequence number: " \
            "sequence 7 differs from the recorded 1"
    assert words in logged

    from console.ui.station_admin.audit_view import AUDIT_COLUMNS

    rows = queries.audit_rows(us.store.conn, queries.audit_ids(us.store.conn, "import_duplicate"))
    [row] = rows.values()
    assert AUDIT_COLUMNS[-1].render(row).startswith(f"⚠ {words}")
    assert AUDIT_COLUMNS[0].background(row) is not None


def _stored_wire(station, message_id: str) -> dict:
    import json

    [row] = station.store.db.query("SELECT notice_json FROM notices WHERE message_id = ?", [message_id])
    return json.loads(row["notice_json"])


@pytest.fixture(autouse=True)
def _offscreen(qapp):
    yield
