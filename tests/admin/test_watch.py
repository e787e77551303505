"""Start of watch and change of watch, with the handover summary of what is still open."""

from __future__ import annotations

from PySide6.QtGui import QAction

from console.service.outgoing import Outgoing
from console.ui.station_admin import watch
from console.ui.station_admin.credentials import CredentialsDialog
from console.ui.station_admin.watch import ChangeOfWatchDialog, FirstOfficerDialog
from tests.admin.conftest import OFFICER, OFFICER_PIN, SUPERVISOR, SUPERVISOR_PIN
from tests.admin.pin_steps import settled, signed_in
from tests.exchange.conftest import carry, folders, import_inbox, introduce, launch_draft


def audit_entries(station, action: str) -> list[dict]:
    import json

    return [
        {"officer": row["officer"], **json.loads(row["details_json"])}
        for row in station.store.db.query("SELECT officer, details_json FROM audit_log WHERE action = ?", [action])
    ]


def open_items(us, them, clock) -> dict:
    """An unacknowledged launch notice whose window opens within 24 h, a gap, a quarantined file,
    and one of ours awaiting acknowledgement."""
    introduce(us, them)
    launch = Outgoing(them).release(launch_draft("NRRC-US", clock), "boris").notice
    lost = Outgoing(them).release(
        launch_draft("NRRC-US", clock, body={**launch_draft("NRRC-US", clock)["body"], "remarks": "LOST IN TRANSIT"}),
        "boris",
    ).notice
    Outgoing(them).release(launch_draft("NRRC-US", clock), "boris")
    (folders(them, "NRRC-US").outbox / lost["sealed_file"]).unlink()  # never arrives: sequence 2 is a gap
    carry(them, us)
    (folders(us, "NRRC-RU").inbox / "holiday-photos.zip").write_bytes(b"PK\x03\x04 not a notice")
    report = import_inbox(us, "NRRC-RU")
    assert sorted(o.outcome for o in report.outcomes) == ["accepted", "accepted", "quarantined"]
    ours = Outgoing(us).release(launch_draft("NRRC-RU", clock), OFFICER, approver=SUPERVISOR).notice
    clock.advance(hours=10)  # the launch window (30 h after release) now opens in 20 h
    return {"launch": launch, "ours": ours}


def test_start_of_watch_asks_for_the_officer_and_their_pin(qtbot, window, us, script):
    refused = []

    def wrong_then_right(dialog: CredentialsDialog) -> None:
        assert [dialog.officer_box.itemData(i) for i in range(dialog.officer_box.count())] == [SUPERVISOR, OFFICER]
        signed_in(qtbot, dialog, OFFICER, "000000")
        refused.append(dialog.message.text())
        assert dialog.result() == 0
        signed_in(qtbot, dialog, OFFICER, OFFICER_PIN)

    script.then(wrong_then_right)
    window.findChild(QAction, "actionStartOfWatch").trigger()
    assert refused == [f"Wrong PIN for {OFFICER}. Nothing was done; 4 tries left before {OFFICER} is locked."]
    assert window.officer == OFFICER
    assert window.status.officer.text() == f"On watch: {OFFICER}"
    assert audit_entries(us, "pin_refused")[0]["officer"] == OFFICER
    assert audit_entries(us, "watch_started") == [{"officer": OFFICER, "role": "officer"}]


def test_a_station_without_officers_offers_to_create_the_first_supervisor(qtbot, tmp_path, memory_keys, script):
    from console.service.station import Station
    from console.storage.operators import OperatorBook
    from console.ui.main_window import MainWindow

    station, _ = Station.initialise(tmp_path / "new", "NRRC-NEW", "New station", memory_keys)
    main = MainWindow(station)
    qtbot.addWidget(main)

    def create_first(dialog: FirstOfficerDialog) -> None:
        dialog.name.setText("Pat Quinn")
        dialog.pin.setText("432100")
        dialog.pin_again.setText("4322")
        dialog.accept_button.click()
        assert "differ" in dialog.message.text()
        dialog.pin_again.setText("432100")
        dialog.accept_button.click()
        settled(qtbot, dialog)

    script.then(create_first).then(lambda dialog: signed_in(qtbot, dialog, "Pat Quinn", "432100"))
    assert watch.start_of_watch(main) == "Pat Quinn"
    assert [(o.name, o.role) for o in OperatorBook(station.store).all()] == [("Pat Quinn", "supervisor")]
    main.close()
    station.close()


def hand_over(qtbot, dialog: ChangeOfWatchDialog, incoming: str, pin: str, notes: str = "Nothing further.") -> None:
    """The outgoing officer writes the notes and gives them over; the incoming one reads them,
    ticks the box, and signs in."""
    dialog.notes.setPlainText(notes)
    dialog.hand_over_notes.click()
    dialog.read_box.setChecked(True)
    signed_in(qtbot, dialog, incoming, pin)


def test_change_of_watch_lists_the_open_items_and_hands_over(qtbot, tmp_path, window, us, them, clock, script):
    items = open_items(us, them, clock)
    window.set_officer(OFFICER)
    pdf = tmp_path / "handover.pdf"
    script.files.append(str(pdf))
    seen = {}

    def read_print_and_hand_over(dialog: ChangeOfWatchDialog) -> None:
        seen["text"] = dialog.summary_text()
        seen["candidates"] = [dialog.officer_box.itemData(i) for i in range(dialog.officer_box.count())]
        dialog.print_button.click()
        hand_over(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN, "Range at Plesetsk quiet.\nCall RU desk at 1800Z.")

    script.then(read_print_and_hand_over)
    window.findChild(QAction, "actionChangeOfWatch").trigger()

    text = seen["text"]
    assert seen["candidates"] == [SUPERVISOR]  # not the officer handing over
    assert f"Handed over by {OFFICER}" in text
    assert "Notices we have not acknowledged (2) — 2 overdue" in text
    assert "OVERDUE 2026-11-28 12:30Z" in text and "9 h 30 min ago" in text
    assert "#1" in text and "#3" in text
    assert "Acknowledgements we are waiting for (1)" in text
    assert "Launch windows open now or opening in the next 24 h" in text
    assert "opens in 20 h" in text
    assert "Missing sequence numbers (1)" in text
    assert "NRRC-RU\t2" in text or "NRRC-RU\n2" in text
    assert "holiday-photos.zip" in text and "bad_file_name" in text
    # Written off the GUI thread, in the name of the officer handing over.
    qtbot.waitUntil(lambda: bool(audit_entries(us, "handover_printed")), timeout=10000)
    assert audit_entries(us, "handover_printed") == [{"officer": OFFICER, "file": "handover.pdf"}]
    assert pdf.read_bytes().startswith(b"%PDF")

    assert window.officer == SUPERVISOR
    handover = audit_entries(us, "watch_handover")
    assert len(handover) == 1
    recorded = handover[0]
    summary = recorded.pop("summary")
    assert recorded == {
        "officer": SUPERVISOR, "from": OFFICER, "to": SUPERVISOR, "unacknowledged": 2, "overdue": 2,
        "awaiting_acknowledgement": 1, "windows_open": 0, "windows_opening": 3, "gaps": 1, "quarantined": 1,
        "held_files": 0, "notes": "Range at Plesetsk quiet.\nCall RU desk at 1800Z.",
    }
    assert [n["message_id"] for n in summary["sent_this_watch"]] == [items["ours"]["message_id"]]
    # Taking over is confirmed in a dialog, not only in the status bar.
    assert [title for title, _text in script.messages] == ["Watch taken over"]
    text = script.messages[0][1]
    assert text.startswith(f"{SUPERVISOR} is now on watch at {us.station_id} (since 2026-11-28 ")
    assert f"taken over from {OFFICER}." in text and "8 open item(s) and the notes of" in text


def test_a_day_of_handovers_leaves_no_dialogs_behind(qtbot, window, us, script):
    # Each dialog is a child of the window; kept after its answer, a 24-hour watch would pile them up.
    window.set_officer(OFFICER)
    for incoming, pin in [(SUPERVISOR, SUPERVISOR_PIN), (OFFICER, OFFICER_PIN)] * 3:
        script.then(lambda dialog, name=incoming, pin=pin: hand_over(qtbot, dialog, name, pin))
        assert watch.change_of_watch(window) == incoming
    script.then(lambda dialog: dialog.reject())
    assert watch.change_of_watch(window) is None
    qtbot.waitUntil(lambda: not window.findChildren(CredentialsDialog))


def test_change_of_watch_is_cancelled_without_the_incoming_pin(qtbot, window, us, script):
    window.set_officer(OFFICER)
    script.then(lambda dialog: dialog.reject())
    assert watch.change_of_watch(window) is None
    assert window.officer == OFFICER
    assert audit_entries(us, "watch_handover") == []


def test_start_of_watch_is_asked_when_the_window_opens_only_if_the_app_says_so(qtbot, us, monkeypatch, script):
    from console.ui.main_window import MainWindow

    quiet = MainWindow(us)
    qtbot.addWidget(quiet)
    qtbot.wait(50)
    assert script.dialogs == []
    quiet.close()

    monkeypatch.setattr(watch, "ASK_AT_START", True)
    script.then(lambda dialog: signed_in(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN))
    asking = MainWindow(us)
    qtbot.addWidget(asking)
    qtbot.waitUntil(lambda: asking.officer == SUPERVISOR)
    assert isinstance(script.dialogs[0], CredentialsDialog)
    asking.close()


def test_the_sign_in_dialog_stays_responsive_while_the_pin_is_checked(qtbot, window, us, script, monkeypatch):
    import threading

    from PySide6.QtCore import QTimer

    from console.ui import pin_entry
    from tests.admin.conftest import sign_in

    gate = threading.Event()
    real_verify = pin_entry.verify_pin

    def slow_verify(pin: str, stored: str) -> bool:
        assert gate.wait(10), "the GUI thread's timer never fired while the PIN was checked"
        return real_verify(pin, stored)

    monkeypatch.setattr(pin_entry, "verify_pin", slow_verify)
    seen: dict = {}

    def sign_in_and_look(dialog: CredentialsDialog) -> None:
        fired: list[bool] = []
        # The hash waits for this timer: it fires only if the GUI thread runs its events meanwhile.
        QTimer.singleShot(20, lambda: (fired.append(dialog.busy.running), gate.set()))
        sign_in(dialog, OFFICER, OFFICER_PIN)
        seen["after the press"] = (dialog.busy.running, dialog.busy.label.text(), not dialog.busy.isHidden(),
                                   dialog.accept_button.isEnabled(), dialog.result())
        settled(qtbot, dialog)
        seen["timer fired while checking"] = fired

    script.then(sign_in_and_look)
    assert watch.start_of_watch(window) == OFFICER
    # The press returned at once: the dialog says it is checking, its button waits, nothing is decided yet.
    assert seen["after the press"] == (True, "Checking the PIN…", True, False, 0)
    assert seen["timer fired while checking"] == [True]
    assert script.dialogs[0].busy.isHidden()  # shown while checking (the scripted dialog itself is never shown)


def cancellation_of(notice: dict, recipient: str, officer: str) -> dict:
    return {
        "kind": "cancellation", "recipient": recipient, "precedence": "IMMEDIATE", "status": "EXERCISE",
        "agreement": "US-USSR BMLNA 1988", "drafted_by": officer,
        "references": [{"message_id": notice["message_id"], "sha256": notice["sealed_sha256"]}],
        "body": {"cancelled_message_id": notice["message_id"], "reason": "range closed"},
    }


def test_the_incoming_officer_cannot_take_over_before_the_notes_were_shown(qtbot, window, us, script):
    window.set_officer(OFFICER)
    seen: dict = {}
    notes = "\n".join(f"Line {number}: the RU desk promised a post-launch report." for number in range(1, 61))

    def try_before_reading(dialog: ChangeOfWatchDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        # Nothing written yet: nothing to give over, and the incoming officer cannot sign in.
        seen["at first"] = (dialog.hand_over_notes.isEnabled(), dialog.read_box.isEnabled(),
                            dialog.accept_button.isEnabled(), dialog.pin.isEnabled())
        dialog.choose(SUPERVISOR, SUPERVISOR_PIN)
        dialog.try_accept()  # Enter pressed in the PIN field all the same
        seen["refused"] = (dialog.result(), dialog.busy.running, dialog.message.text())
        dialog.notes.setPlainText(notes)
        seen["written, not given"] = (dialog.hand_over_notes.isEnabled(), dialog.read_box.isEnabled())
        dialog.hand_over_notes.click()
        qtbot.waitUntil(lambda: dialog.notes.verticalScrollBar().maximum() > 0)
        # Sixty lines do not fit: the box to tick waits until the last one has been on screen.
        seen["given, top shown"] = (dialog.notes.isReadOnly(), dialog.read_box.isEnabled(), dialog.read_hint.text())
        bar = dialog.notes.verticalScrollBar()
        bar.setValue(bar.maximum())
        seen["scrolled to the end"] = dialog.read_box.isEnabled()
        seen["before ticking"] = dialog.accept_button.isEnabled()
        dialog.read_box.setChecked(True)
        seen["after ticking"] = (dialog.accept_button.isEnabled(), dialog.pin.isEnabled())
        signed_in(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN)

    script.then(try_before_reading)
    assert watch.change_of_watch(window) == SUPERVISOR
    assert seen["at first"] == (False, False, False, False)
    assert seen["refused"] == (0, False, "The incoming officer must read the outgoing officer's notes first: give "
                                         "them over, read them, and tick the box.")
    assert seen["written, not given"] == (True, False)
    assert seen["given, top shown"] == (True, False, "Scroll to the end of the notes: every line must be read.")
    assert seen["scrolled to the end"] is True
    assert seen["before ticking"] is False
    assert seen["after ticking"] == (True, True)
    assert audit_entries(us, "watch_handover")[0]["notes"] == notes
    assert audit_entries(us, "pin_refused") == []  # the early Enter never reached the PIN check


def test_the_summary_lists_this_watchs_traffic_and_marks_what_was_cancelled(qtbot, window, us, them, clock, script):
    introduce(us, them)
    window.set_officer(OFFICER)
    us.store.record(OFFICER, "watch_started", {"officer": OFFICER, "role": "officer"}, at=clock())
    clock.advance(minutes=5)
    first = Outgoing(us).release(launch_draft("NRRC-RU", clock), OFFICER, approver=SUPERVISOR).notice
    clock.advance(minutes=5)
    second = Outgoing(us).release(launch_draft("NRRC-RU", clock), OFFICER, approver=SUPERVISOR).notice
    clock.advance(minutes=7)
    cancel = Outgoing(us).release(cancellation_of(first, "NRRC-RU", OFFICER), OFFICER, approver=SUPERVISOR).notice
    clock.advance(minutes=3)
    seen = {}

    def read(dialog: ChangeOfWatchDialog) -> None:
        seen["text"] = dialog.summary_text()
        dialog.reject()

    script.then(read)
    assert watch.change_of_watch(window) is None
    text = seen["text"]
    assert "Sent this watch, since 2026-11-28 " in text and "(3) — 1 cancelled" in text
    cancelled_at = cancel["dtg"][11:13] + cancel["dtg"][14:16]
    lines = [line for line in text.splitlines() if line.strip()]
    first_row = lines[lines.index(f"#{first['sequence']}") + 1]
    assert first_row.endswith(f"CANCELLED by no. {cancel['sequence']} at {cancelled_at}Z")
    assert "CANCELLED" not in lines[lines.index(f"#{second['sequence']}") + 1]
    # Still awaiting the counterpart's acknowledgement, it is marked in that list too.
    assert text.count(f"CANCELLED by no. {cancel['sequence']}") == 2


def test_the_last_handover_reopens_from_the_station_menu(qtbot, window, us, clock, script):
    from console.ui.station_admin.watch import LastHandoverDialog

    window.set_officer(OFFICER)
    window.findChild(QAction, "actionLastHandover").trigger()
    assert script.messages == [("Last handover", "No handover is on record at this station yet.")]

    script.then(lambda dialog: hand_over(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN, "Printer jammed; use PDF."))
    assert watch.change_of_watch(window) == SUPERVISOR
    clock.advance(hours=3)
    seen = {}

    def look(dialog: LastHandoverDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.text()
        dialog.reject()

    script.then(look)
    window.findChild(QAction, "actionLastHandover").trigger()
    assert seen["title"].startswith("Last handover — 2026-11-28 ")
    assert f"{OFFICER} handed the watch over to {SUPERVISOR}" not in seen["text"]  # in the heading, not the page
    text = seen["text"]
    assert f"Notes from {OFFICER}" in text and "Printer jammed; use PDF." in text
    assert f"Handed over by {OFFICER}" in text and f"Taken over by {SUPERVISOR}" in text
    assert "Nothing is open: no items to hand over." in text


def test_a_wrong_pin_message_grows_the_dialog_instead_of_squeezing_its_fields(qtbot, us):
    dialog = CredentialsDialog(us, "Start of watch", "Who takes the watch?", "Take the watch")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heights = (dialog.officer_box.height(), dialog.pin.height())
    dialog.show_error(f"Wrong PIN for {OFFICER}. Nothing was done; 4 tries left before {OFFICER} is locked "
                      "for 15 minutes, and a supervisor can unlock sooner.")
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert (dialog.officer_box.height(), dialog.pin.height()) == heights
    assert dialog.pin.height() >= dialog.pin.sizeHint().height()
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())


def test_the_handover_sheet_prints_in_two_languages(qtbot, tmp_path, window, us, them, clock, script):
    """The change of watch's Print button with English + Русский chosen beside it: the sheet in English,
    then the same summary in Russian on pages of its own; the real translations, read back from the PDF."""
    import subprocess

    from console.i18n import lookup, speaking
    from console.ui.views import kind_label
    from tests.printing.conftest import pdf_pages, squeeze

    open_items(us, them, clock)
    window.set_officer(OFFICER)
    pdf = tmp_path / "handover-ru-en.pdf"
    script.files.append(str(pdf))

    def print_in_two_languages(dialog: ChangeOfWatchDialog) -> None:
        choice = dialog.print_languages
        choice.setCurrentIndex(next(i for i in range(choice.count()) if tuple(choice.itemData(i)) == ("en", "ru")))
        assert choice.languages() == ("en", "ru")
        dialog.print_button.click()
        dialog.reject()

    script.then(print_in_two_languages)
    window.findChild(QAction, "actionChangeOfWatch").trigger()
    qtbot.waitUntil(lambda: bool(audit_entries(us, "handover_printed")), timeout=10000)
    assert audit_entries(us, "handover_printed") == [
        {"officer": OFFICER, "file": pdf.name, "languages": ["en", "ru"]}]

    pages = pdf_pages(pdf)
    text = squeeze("\n".join(pages))
    for sentence in ("Handover summary", "Acknowledge by", "Missing numbers"):
        russian = lookup("", sentence, language="ru")
        assert russian != sentence, f"{sentence!r} has no Russian translation"
        assert sentence in text, sentence
        assert squeeze(russian) in text, russian
    # The Russian on pages of its own after the English, with the same data.
    first_russian = next(n for n, page in enumerate(pages) if lookup("", "Handover summary", language="ru") in page)
    english, russian = squeeze("".join(pages[:first_russian])), squeeze("".join(pages[first_russian:]))
    assert first_russian > 0 and lookup("", "Handover summary", language="ru") not in english
    assert english.count("holiday-photos.zip") == russian.count("holiday-photos.zip") > 0
    # The notices' lines in Russian too: the stored English summary only in the English copy.
    assert "EXERCISE launch noti" in english and "launch noti" not in russian  # pdftotext gives the "fi" ligature
    with speaking("ru"):
        assert squeeze(kind_label("launch_notification")) in russian  # Уведомление о пуске
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert " yes " in fonts  # the fonts are embedded
