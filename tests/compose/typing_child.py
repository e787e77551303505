"""A console process an officer types into until the parent test kills it (test_crash_while_typing.py).

Opens the station whose store key arrives in WATCHDESK_TEST_STORE_KEY (hex; no keyring in
a test child), shows a compose window offscreen and types WATCHDESK_TEST_TEXT into the text
of a general communication, one key every WATCHDESK_TEST_KEY_MS milliseconds. It reports on
stdout: "typed N" after each key and "saved N" when a draft with N characters was saved.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main() -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from console.domain.notices import Kind
    from console.service.drafts import DraftBook
    from console.service.station import Station
    from console.storage.keysource import EphemeralKeySource
    from console.storage.store import read_meta
    from console.ui.compose.entry import empty_state
    from console.ui.compose.window import ComposeWindow

    data_dir = Path(os.environ["WATCHDESK_TEST_DATA_DIR"])
    key = bytes.fromhex(os.environ["WATCHDESK_TEST_STORE_KEY"])
    text = os.environ["WATCHDESK_TEST_TEXT"]
    interval = int(os.environ["WATCHDESK_TEST_KEY_MS"])
    station_id = read_meta(data_dir)["station_id"]

    app = QApplication(sys.argv[:1])
    station = Station.open(data_dir, EphemeralKeySource({f"{station_id}:{data_dir.resolve()}": key}))
    state = empty_state(Kind.GENERAL_COMMUNICATION, recipient="NRRC-RU", subject="Typed until the power went")
    compose = ComposeWindow(station, lambda: "alice", state)
    compose.show()
    compose.activateWindow()
    compose.form.text_edit.setFocus()

    def report_saved(draft_id: int) -> None:
        draft = DraftBook(station.store, station.clock).get(draft_id)
        print(f"saved {len(draft.typed['text'])}", flush=True)

    compose.draft_saved.connect(report_saved)
    typed = 0

    def type_next() -> None:
        nonlocal typed
        if typed == len(text):
            return
        QTest.keyClick(compose.form.text_edit, text[typed], Qt.KeyboardModifier.NoModifier)
        typed += 1
        print(f"typed {typed}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(interval)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
