"""The audit log page and its chain check; our key card exported, printed, drawn as a QR code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor

from console.format import KeyCard
from console.ui.station_admin import audit_view
from console.ui.language import available_languages, install_translator
from console.ui.station_admin.qr import QUIET_ZONE, QrCodeWidget, qr_matrix
from tests.admin.conftest import OFFICER, SUPERVISOR


def add_entries(station, count: int) -> None:
    with station.store.transaction():
        for number in range(count):
            station.store.audit.append(station.clock(), "Sam Avery", "import", {"file": f"file-{number}.wdn"})


def test_audit_page_searches_and_reports_an_intact_chain(qtbot, window, us):
    add_entries(us, 3)
    window.reload_all()
    page = window.pages["audit"].widget
    page.search.setText("file-1")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 4)) == "file: file-1.wdn"
    page.search.clear()
    assert page.model.rowCount() == us.store.db["audit_log"].count
    window.findChild(QAction, "actionVerifyAudit").trigger()
    assert window.current_page() == "audit"
    assert page.result_label.text().startswith("audit log intact: ")


def test_a_long_chain_is_checked_off_the_gui_thread_and_names_the_first_bad_entry(qtbot, window, us, monkeypatch):
    monkeypatch.setattr(audit_view, "INLINE_LIMIT", 10)
    add_entries(us, 40)
    us.store.conn.execute("UPDATE audit_log SET details_json = '{\"file\":\"forged.wdn\"}' WHERE idx = 17")
    page = window.pages["audit"].widget
    entries = us.store.db["audit_log"].count
    with qtbot.waitSignal(page.verify_finished, timeout=20000) as finished:
        page.verify_button.click()
        # The outcome comes back through the event loop, so until then the page shows the check running.
        assert not page.verify_button.isEnabled() and not page.progress.isHidden()
        assert page.result_label.text() == f"Checking {entries} audit entries…"
    ok, text = finished.args
    assert not ok
    assert text.startswith("audit log damaged at entry 17: its content was changed after it was written.")
    assert "Entries before #17 are intact" in text
    assert page.progress.isHidden() and page.verify_button.isEnabled()


def test_export_and_print_our_key_card(qtbot, tmp_path, window, us, script):
    window.set_officer(SUPERVISOR)
    card_path = tmp_path / "our-card.json"
    pdf_path = tmp_path / "our-card.pdf"
    script.files += [str(card_path), str(pdf_path)]
    window.findChild(QAction, "actionExportKeyCard").trigger()
    # Written off the GUI thread (a USB stick can be slow); the status bar says where it went.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Our key card was written to {card_path}",
                    timeout=10000)
    window.findChild(QAction, "actionPrintKeyCard").trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Key card sheet written to {pdf_path}",
                    timeout=10000)
    assert KeyCard.load(card_path.read_bytes()) == us.own_card()
    assert pdf_path.read_bytes().startswith(b"%PDF")
    entries = [(r["officer"], r["action"])
               for r in us.store.db.query("SELECT officer, action FROM audit_log ORDER BY idx DESC LIMIT 2")]
    assert entries == [(SUPERVISOR, "key_card_printed"), (SUPERVISOR, "key_card_exported")]


def write_to_a_missing_folder(qtbot, window, script, action: str, target) -> tuple[str, str]:
    """Officer on watch, the file chooser answers a path whose folder does not exist; the one message shown."""
    window.set_officer(OFFICER)
    script.files.append(str(target))
    window.findChild(QAction, action).trigger()
    qtbot.waitUntil(lambda: bool(script.messages), timeout=10000)
    [message] = script.messages
    return message


def recorded(station, action: str) -> int:
    return len(list(station.store.db.query("SELECT idx FROM audit_log WHERE action = ?", [action])))


def test_a_key_card_pdf_that_cannot_be_written_says_why_and_records_nothing(qtbot, tmp_path, window, us, script):
    target = tmp_path / "no-such-folder" / "card.pdf"
    title, text = write_to_a_missing_folder(qtbot, window, script, "actionPrintKeyCard", target)
    assert title == "Key card not printed"
    assert text.startswith(f"Could not write the PDF '{target}': ") and "No such file or directory" in text
    assert recorded(us, "key_card_printed") == 0


def test_an_export_that_cannot_be_written_says_why(qtbot, tmp_path, window, us, script):
    target = tmp_path / "no-such-folder" / "card.json"
    message = write_to_a_missing_folder(qtbot, window, script, "actionExportKeyCard", target)
    assert message == ("Key card not exported", f"{target} could not be written: No such file or directory.")
    assert recorded(us, "key_card_exported") == 0


def test_the_qr_code_is_drawn_module_for_module(qtbot):
    text = "WATCHDESK SAFETY NUMBER NRRC-RU NRRC-US: 12345 67890"
    widget = QrCodeWidget(text)
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    image = widget.grab().toImage()
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET_ZONE
    module = min(image.width(), image.height()) // count
    left = (image.width() - module * count) // 2
    top = (image.height() - module * count) // 2
    drawn = [
        [QColor(image.pixel(left + (x + QUIET_ZONE) * module + module // 2,
                            top + (y + QUIET_ZONE) * module + module // 2)).lightness() < 128
         for x in range(len(matrix))]
        for y in range(len(matrix))
    ]
    assert drawn == matrix
    assert QColor(image.pixel(left + 1, top + 1)) == QColor(Qt.GlobalColor.white)  # the quiet zone


def test_english_is_built_in_and_a_missing_translation_keeps_english(qtbot):
    assert available_languages()["en"] == "English"
    assert install_translator("en") is False
    assert install_translator("xx") is False
