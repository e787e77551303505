"""The start-up's floor: the least that issue 17's first paint needs, and nothing of the console.

The key from the keyring (the Secret Service's backend loaded alone, as the console loads the
backend it remembers; keyring imported the console's lean way), the audit head's copy beside it
(a second read, as every open makes), the SQLCipher store opened with that key, the inbox's first
50 rows read from its listing index, and a QMainWindow with those rows in a QTableWidget, painted.
No officer, no audit check, no menus, no translations, no features.

The console cannot start faster than this on the same machine; `make bench` runs it beside the bare
window and the console, so each run shows how much of the start-up is the stack's and how much is
the console's own. Run as: python bench/floor_window.py DATA_DIR STATION_ID; prints "ready" once
the table has painted.
"""

import sys
from pathlib import Path

from console.storage import keyring_lean  # noqa: F401 - before keyring

import keyring.core
import sqlcipher3

data_dir, station_id = Path(sys.argv[1]).resolve(), sys.argv[2]
backend = keyring.core.load_keyring("keyring.backends.SecretService.Keyring")
key = bytes.fromhex(backend.get_password("watchdesk", f"store-key:{station_id}:{data_dir}"))
head = backend.get_password("watchdesk", f"audit-head:{station_id}:{data_dir}")
conn = sqlcipher3.connect(str(data_dir / "station.wdb"), isolation_level=None)
conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
rows = conn.execute("SELECT id, dtg, kind, status, precedence, counterpart FROM notices "
                    "WHERE direction = 'in' ORDER BY dtg DESC LIMIT 50").fetchall()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402 - the store first, as the console
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
table = QTableWidget(len(rows), 6)
for row_number, row in enumerate(rows):
    for column, value in enumerate(row):
        table.setItem(row_number, column, QTableWidgetItem(str(value)))
window.setCentralWidget(table)


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
table.viewport().installEventFilter(watcher)
window.show()
app.exec()
if len(rows) != 50 or head is None:
    sys.exit(f"floor: {len(rows)} rows, audit head {'missing' if head is None else 'read'}")
print("ready")
