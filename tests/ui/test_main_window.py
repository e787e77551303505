"""The main window shell as an officer meets it."""

from __future__ import annotations

import re
import sys
from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from console.ui import dialogs, errors
from console.ui.main_window import MainWindow


def test_title_and_status_bar_name_the_station(main_window):
    assert "DEMO-WATCH" in main_window.windowTitle()
    assert "DEMO" in main_window.windowTitle()
    assert "DEMO-WATCH" in main_window.status.station.text()
    assert main_window.status.exchange.text()


def test_clock_shows_utc_first_with_local_beside_it(qtbot, demo_station):
    fixed = datetime(2026, 11, 28, 21, 5, 9, tzinfo=timezone.utc)
    window = MainWindow(demo_station, clock=lambda: fixed)
    qtbot.addWidget(window)
    text = window.status.clock.text()
    assert text.startswith("2026-11-28 21:05:09Z (")
    assert re.search(r"\(.*\d\d:\d\d:\d\d .+\)$", text)


def test_every_page_is_reachable_by_its_shortcut(qtbot, main_window):
    for number, key in enumerate(main_window.page_keys(), start=1):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_page() == key


def test_navigation_shows_counts_from_the_store(main_window):
    labels = {key: main_window.nav.item(i).text() for i, key in enumerate(main_window.page_keys())}
    received = main_window.station.store.db["notices"].count
    assert received > 0  # the demo starts with the simulated counterpart's traffic
    assert labels["inbox"] == f"Inbox ({received} open / {received})"
    assert labels["counterparts"] == "Counterparts (1)"
    assert re.fullmatch(r"Audit log \(\d+\)", labels["audit"]) and labels["audit"] != "Audit log (0)"


def test_empty_inbox_tells_the_officer_what_will_appear(qtbot, tmp_path, memory_keys):
    from console.service.station import Station

    station, _ = Station.initialise(tmp_path / "s", "NRRC-EMPTY", "Empty", memory_keys)
    window = MainWindow(station)
    qtbot.addWidget(window)
    window.show()
    assert "No incoming notices yet" in window.inbox.empty_hint.text()
    assert window.inbox.empty_hint.isVisible()
    assert window.status.exchange.text() == "Exchange: no counterpart folders yet"
    window.close()
    station.close()


def test_verify_audit_action_shows_the_result(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert main_window.current_page() == "audit"
    assert main_window.pages["audit"].widget.result_label.text().startswith("audit log intact")


def test_selecting_an_audit_entry_fills_the_detail_pane(qtbot, main_window):
    main_window.show_page("audit")
    main_window.pages["audit"].widget.table.selectRow(0)
    assert "action" in main_window.detail.toPlainText()


def test_about_box_names_version_and_data_dir(qtbot, main_window, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    from PySide6.QtGui import QAction

    main_window.findChild(QAction, "actionAbout").trigger()
    import console

    assert console.__version__ in shown["text"]
    assert str(main_window.station.data_dir.resolve()) in shown["text"]


def test_uncaught_exception_is_logged_and_shown(qtbot, main_window, monkeypatch, caplog):
    seen = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, details: seen.append((text, details)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook(lambda: "/var/log/example.log")
    try:
        raise RuntimeError("simulated fault")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert seen and "simulated fault" in seen[0][0] and "/var/log/example.log" in seen[0][0]
    assert "RuntimeError" in seen[0][1]
    assert any("uncaught exception" in r.message for r in caplog.records)
    assert QApplication.instance() is not None


def test_among_equally_overdue_notices_the_strip_the_banner_and_ctrl_j_name_the_same_one(qtbot, main_window):
    """The demo keeps three IMMEDIATEs overdue by the same minutes: the alert strip named the oldest
    (by id) while the banner and Ctrl+J went to the newest, as the order of work ties them."""
    banner = main_window.inbox.overdue_banner
    strip = main_window.alert_board.strip_of(main_window)
    main_window.show_page("inbox")
    qtbot.waitUntil(lambda: banner.isVisible() and strip.isVisible(), timeout=10000)
    strip_number = re.search(r"no\. (\d+)", strip.text.text()).group(1)
    banner_number = re.search(r"no\. (\d+)", banner.text()).group(1)
    assert strip_number == banner_number
    qtbot.keyClick(main_window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    selected = main_window.inbox.selected_row()
    assert selected is not None and str(selected["sequence"]) == strip_number
