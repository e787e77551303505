"""Notice → Export hazard areas… in the real window on a real station: the format and the file asked,
the file written and audited on the worker, the outcome said in the status bar, what was left out
in a dialog; a notice without areas refused before any question."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QAction

from console.ui import dialogs
from tests.export.conftest import cap_schema, exports_audited, notification, valid

FORMATS = ["CAP 1.2 alert", "KML", "GeoJSON", "NOTAM/NAVAREA draft"]


def select(qtbot, window, stored) -> None:
    with qtbot.waitSignal(window.inbox.loaded, timeout=10000):
        window.reload_all()
    window.inbox_desk.go_to_notice(stored.id)
    qtbot.waitUntil(lambda: window.selection.notice_id == stored.id, timeout=10000)


def export_action(window) -> QAction:
    action = window.findChild(QAction, "actionExportHazardAreas")
    assert action in window.menus["notice"].actions() and action.text() == "&Export hazard areas…"
    return action


@pytest.fixture
def officer_answers(monkeypatch):
    """The officer's answers: `formats` to the format question, `files` to the file chooser; the
    questions asked and the messages shown are kept."""

    class Answers:
        def __init__(self) -> None:
            self.formats: list[str] = []
            self.files: list[str] = []
            self.asked: list[tuple] = []
            self.shown: list[tuple[str, str]] = []

    answers = Answers()
    monkeypatch.setattr(dialogs, "choose_item", lambda _parent, title, label, items: answers.asked.append(
        (title, label, items)) or answers.formats.pop(0))
    monkeypatch.setattr(dialogs, "save_file_name", lambda _parent, _title, suggested, file_filter: answers.asked.append(
        (suggested, file_filter)) or answers.files.pop(0))
    for name in ("inform", "warn"):
        monkeypatch.setattr(dialogs, name, lambda _parent, title, text: answers.shown.append((title, text)))
    return answers


def outcome(qtbot, window) -> str:
    status = window.statusBar()
    qtbot.waitUntil(lambda: bool(status.currentMessage()) and not status.currentMessage().endswith("…"),
                    timeout=10000)
    return status.currentMessage()


def test_a_received_notice_is_exported_and_what_was_left_out_is_shown(qtbot, window, us, receive, tmp_path,
                                                                      officer_answers):
    stored = receive(notification("NRRC-US", launch_area={"type": "body_of_water", "name": "White Sea"},
                                  category="SLBM"))
    select(qtbot, window, stored)
    target = tmp_path / "for-the-authorities.xml"
    officer_answers.formats.append("CAP 1.2 alert")
    officer_answers.files.append(str(target))

    export_action(window).trigger()
    assert outcome(qtbot, window) == f"Hazard areas of no. 1 written as CAP 1.2 alert to {target}."
    assert officer_answers.asked == [
        ("Export hazard areas", "Export the areas and window of no. 1 as:", FORMATS),
        ("hazard-areas-NRRC-RU-00000001.xml", "CAP 1.2 alert (*.xml)"),
    ]
    qtbot.waitUntil(lambda: bool(officer_answers.shown), timeout=5000)
    assert officer_answers.shown == [("Exported, with something left out", (
        f"EXERCISE Missile launch (2 SLBM, group launch): NRRC-RU's launch notification no. 1: written as CAP 1.2 "
        f"alert to {target}.\n\nLeft out: the launch area (White Sea) is a named area without coordinates, so no "
        "shape could be drawn for it."))]
    valid(cap_schema(), target.read_text("utf-8"))
    assert [(officer, details["format"], details["file"]) for officer, details in exports_audited(us)] == [
        ("alice", "cap", str(target))]


def test_our_own_notice_is_exported_from_the_outbox(qtbot, window, us, send, tmp_path, officer_answers):
    stored = send(notification("NRRC-RU"))
    select(qtbot, window, stored)
    assert window.current_page() == "outbox"
    target = tmp_path / "areas.geojson"
    officer_answers.formats.append("GeoJSON")
    officer_answers.files.append(str(target))
    export_action(window).trigger()
    assert outcome(qtbot, window) == f"Hazard areas of no. 1 written as GeoJSON to {target}."
    assert officer_answers.asked[1] == ("hazard-areas-NRRC-RU-00000001.geojson", "GeoJSON (*.geojson *.json)")
    assert '"message_id": "%s"' % stored["message_id"] in target.read_text("utf-8")
    assert officer_answers.shown == []  # nothing left out: no dialog to close


def test_a_notice_without_areas_is_refused_before_any_question(qtbot, window, us, receive, officer_answers):
    stored = receive({"kind": "general_communication", "recipient": "NRRC-US", "precedence": "ROUTINE",
                      "status": "EXERCISE", "agreement": "US-USSR BMLNA 1988", "references": [],
                      "drafted_by": "ivan", "body": {"subject": "Link test", "text": "Please acknowledge."}})
    select(qtbot, window, stored)
    export_action(window).trigger()
    assert officer_answers.shown == [
        ("Nothing exported", "No. 1 is a general communication: it holds no launch or impact areas to export.")]
    assert officer_answers.asked == [] and exports_audited(us) == []


def test_a_file_that_cannot_be_written_is_said_in_words(qtbot, window, us, receive, tmp_path, officer_answers):
    stored = receive(notification("NRRC-US"))
    select(qtbot, window, stored)
    target = tmp_path / "no such folder" / "areas.kml"
    officer_answers.formats.append("KML")
    officer_answers.files.append(str(target))
    export_action(window).trigger()
    qtbot.waitUntil(lambda: bool(officer_answers.shown), timeout=10000)
    assert officer_answers.shown == [
        ("Hazard areas not exported", f"{target} could not be written: No such file or directory.")]
    assert exports_audited(us) == []


def test_nothing_is_selected(qtbot, window, officer_answers):
    window.selection.set(None)
    export_action(window).trigger()
    assert window.statusBar().currentMessage() == "Select a notice in the Inbox or Outbox first."
    assert officer_answers.asked == officer_answers.shown == []


def test_the_window_opens_without_loading_the_exports():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, console.ui.main_window, console.ui.features; "
         "print(sorted(m for m in sys.modules if m.startswith('console.export')))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert loaded == "[]"
