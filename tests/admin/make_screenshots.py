"""Render the station-admin screenshots offscreen into docs/screenshots/.

    .venv/bin/python -m tests.admin.make_screenshots

verify-counterpart.png: the verification screen for a newly imported counterpart card;
verify-key-changed.png: the main window after a counterpart's key changed, traffic held;
handover.png: the change-of-watch dialog with open items;
handover-notes.png: the same once the outgoing officer's notes were given over to the incoming one;
handover-ru.png, handover-zh_CN.png: the change-of-watch dialog with the same open items in Russian
and in Chinese, at the dialog's own size.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/Vienna")

from console.format import safety_number  # noqa: E402
from console.service.outgoing import Outgoing  # noqa: E402
from console.storage.counterparts import CounterpartBook  # noqa: E402
from console.storage.operators import OperatorBook  # noqa: E402
from console.ui.app import make_application  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402
from console.ui.station_admin.verification import VerifyKeyDialog  # noqa: E402
from console.ui.station_admin.watch import ChangeOfWatchDialog, current_summary  # noqa: E402
from tests.exchange.conftest import Clock, carry, folders, import_inbox, launch_draft, make_station  # noqa: E402
from tests.support.in_language import TRANSLATED, in_language  # noqa: E402
from tests.support.stations import as_counterpart_desk  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _settle(app, widget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def _stations(tmp: str, clock: Clock):
    """Our desk (NRRC-US, Lee Morgan and Sam Avery registered) and the counterpart's (NRRC-RU),
    their card imported at ours but not verified yet."""
    us = make_station(Path(tmp), "NRRC-US", "United States Nuclear Risk Reduction Center", clock)
    them = as_counterpart_desk(make_station(Path(tmp), "NRRC-RU", "National Nuclear Risk Reduction Center", clock),
                               clock)
    OperatorBook(us.store).add("Lee Morgan", "supervisor", "310588", "system", clock())
    OperatorBook(us.store).add("Sam Avery", "officer", "246813", "system", clock())
    CounterpartBook(us.store).add_card(them.own_card(), "Sam Avery", us.station_id, clock())
    return us, them


def _a_watch_of_traffic(us, them, clock: Clock) -> CounterpartBook:
    """The counterpart verified both ways, then a watch's traffic: three notices in (one lost on the
    way, so a gap; one FLASH), a file refused, ours released, a FLASH of ours cancelled. Our book."""
    book = CounterpartBook(us.store)
    book.verify("NRRC-RU", safety_number(them.own_card(), us.own_card()), us.own_card(), "Sam Avery", clock())
    CounterpartBook(them.store).add_card(us.own_card(), "boris", them.station_id, clock())
    their_book = CounterpartBook(them.store)
    their_book.verify("NRRC-US", their_book.expected_number("NRRC-US", them.own_card()), them.own_card(),
                      "boris", clock())
    Outgoing(them).release(launch_draft("NRRC-US", clock), "boris")
    lost = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence="FLASH"), "boris")
    (folders(them, "NRRC-US").outbox / lost["sealed_file"]).unlink()
    carry(them, us)
    (folders(us, "NRRC-RU").inbox / "scan0001.pdf").write_bytes(b"%PDF not a notice")
    import_inbox(us, "NRRC-RU")
    us.store.record("Sam Avery", "watch_started", {"officer": "Sam Avery", "role": "officer"}, at=clock())
    Outgoing(us).release(launch_draft("NRRC-RU", clock), "Sam Avery", approver="Lee Morgan")
    clock.advance(minutes=40)
    withdrawn = Outgoing(us).release(launch_draft("NRRC-RU", clock, precedence="FLASH"), "Sam Avery",
                                     approver="Lee Morgan").notice
    clock.advance(minutes=25)
    Outgoing(us).release({
        "kind": "cancellation", "recipient": "NRRC-RU", "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "drafted_by": "Sam Avery",
        "references": [{"message_id": withdrawn["message_id"], "sha256": withdrawn["sealed_sha256"]}],
        "body": {"cancelled_message_id": withdrawn["message_id"], "reason": "launch called off"},
    }, "Sam Avery", approver="Lee Morgan")
    clock.advance(hours=6, minutes=15)
    return book


def translated_handovers(app) -> None:
    """handover-<language>.png: the change of watch after the same watch of traffic, in the language,
    at the size the dialog opens at (within the workstation's 1280x800 screen)."""
    for language in TRANSLATED:
        with in_language(language), tempfile.TemporaryDirectory() as tmp:
            clock = Clock(datetime(2026, 11, 28, 21, 40, 0, tzinfo=timezone.utc))
            us, them = _stations(tmp, clock)
            _a_watch_of_traffic(us, them, clock)
            window = MainWindow(us, clock=clock)
            window.set_officer("Sam Avery")
            window.resize(1280, 800)
            handover = ChangeOfWatchDialog(window, current_summary(window))
            _settle(app, handover)
            handover.grab().save(str(OUT / f"handover-{language}.png"))
            handover.close()
            window.close()
            us.close()
            them.close()


def main() -> int:
    if hasattr(time, "tzset"):
        time.tzset()  # local time beside UTC, as an officer in Vienna would see it
    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock(datetime(2026, 11, 28, 21, 40, 0, tzinfo=timezone.utc))
        us, them = _stations(tmp, clock)

        # 1. A newly imported card, the officer halfway through typing what the other side reads.
        window = MainWindow(us, clock=clock)
        window.set_officer("Sam Avery")
        dialog = VerifyKeyDialog(us, "NRRC-RU", "Sam Avery", window)
        dialog.typed.setText(safety_number(them.own_card(), us.own_card())[:29])
        _settle(app, dialog)
        dialog.typed.deselect()
        app.processEvents()
        dialog.grab().save(str(OUT / "verify-counterpart.png"))
        dialog.close()
        window.close()

        # 2. Verified, traffic exchanged, then the counterpart's key changes and its traffic is held.
        book = _a_watch_of_traffic(us, them, clock)
        ours_window = MainWindow(us, clock=clock)
        ours_window.set_officer("Sam Avery")
        ours_window.resize(1280, 760)

        # 3. The change of watch, before the key change so the summary shows the usual open items.
        summary = current_summary(ours_window)
        handover = ChangeOfWatchDialog(ours_window, summary)
        handover.resize(980, 860)
        _settle(app, handover)
        handover.grab().save(str(OUT / "handover.png"))
        # 4. The outgoing officer's notes, given over: the incoming officer reads them, ticks, signs in.
        handover.notes.setPlainText(
            "RU desk phoned 21:10Z: a second FLASH may follow tonight, same range.\n"
            "Our FLASH no. 2 was cancelled (launch called off); they have not acknowledged the cancellation yet, "
            "chase at 06:00Z.\nPrinter in room 2 jams: print records from this desk.")
        handover.give_notes()
        handover.read_box.setChecked(True)
        handover.officer_box.setCurrentIndex(handover.officer_box.findData("Lee Morgan"))
        _settle(app, handover)
        handover.summary_view.scrollToAnchor("sent")  # what this watch sent, the cancelled one marked
        app.processEvents()
        handover.grab().save(str(OUT / "handover-notes.png"))
        handover.close()

        them.rotate_keys("boris")
        book.add_card(them.own_card(), "Sam Avery", us.station_id, clock())
        Outgoing(them).release(launch_draft("NRRC-US", clock), "boris")
        carry(them, us)
        import_inbox(us, "NRRC-RU")  # held: the new key is not verified
        ours_window.reload_all()
        ours_window.key_alert_bar.refresh()
        ours_window.show_page("counterparts")
        _settle(app, ours_window)
        ours_window.grab().save(str(OUT / "verify-key-changed.png"))
        ours_window.close()
        us.close()
        them.close()
    translated_handovers(app)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
