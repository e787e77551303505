"""Start-up to a painted main window with 100,000 notices, against a bare PySide6 window.

Both are measured from outside, from spawning the process to its 'ready' line
(printed once the window has painted), with each child's peak resident memory
from wait4(). One more start with `--startup-profile` gives the console's timeline (milliseconds
per phase), printed under the figure, so that each run shows where the time went.

Between the two runs the floor (FLOOR_WINDOW below): the key from the keyring, the store, the
inbox's first 50 rows in a table window, and nothing of the console. The floor against the bare
window is what the stack (keyring over D-Bus, SQLCipher, PySide6) costs; the console against the
floor is what the console adds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Result, median_of

NOTICES = 100_000
STATION_ID = "BENCH-US"
# Both windows quit at their first paint (on the widget named WATCHED), then print "ready".
QUIT_AT_FIRST_PAINT = r"""
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
WATCHED.installEventFilter(watcher)
window.show()
app.exec()
"""
BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
""" + QUIT_AT_FIRST_PAINT.replace("WATCHED", "window") + """print("ready")
"""
# The floor: the least that issue 17's first paint needs, and nothing of the console. The key
# from the keyring (the Secret Service's backend loaded alone, as the console loads the backend it
# remembers; keyring imported the console's lean way), the audit head's copy beside it (a second
# read, as every open makes), the SQLCipher store opened with that key, the inbox's first 50 rows
# from its listing index, and a QMainWindow with those rows in a QTableWidget, painted. No officer,
# no audit check, no menus, no translations, no features. argv: DATA_DIR STATION_ID.
FLOOR_WINDOW = r"""
import sys
from pathlib import Path
from console.storage import keyring_lean  # before keyring
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
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
table = QTableWidget(len(rows), 6)
for row_number, row in enumerate(rows):
    for column, value in enumerate(row):
        table.setItem(row_number, column, QTableWidgetItem(str(value)))
window.setCentralWidget(table)
""" + QUIT_AT_FIRST_PAINT.replace("WATCHED", "table.viewport()") + """
if len(rows) != 50 or head is None:
    sys.exit(f"floor: {len(rows)} rows, audit head {'missing' if head is None else 'read'}")
print("ready")
"""


def build_station(root: Path) -> Path:
    """A station in the real keyring (the console opens it as an officer would) with 100,000 notices."""
    from console.service.bulk import fill_history
    from console.service.station import Station
    from console.storage.keysource import KeyringKeySource

    data_dir = root / "station"
    station, _code = Station.initialise(data_dir, STATION_ID, "Benchmark station", KeyringKeySource())
    try:
        fill_history(station, NOTICES)
    finally:
        station.close()
    return data_dir


# A small launcher process runs the child and reports its peak RSS: a child forked
# straight from this (large) process would count our own memory in its ru_maxrss.
# The start-up's peak is the child's VmHWM when it says "ready" (it has painted, and is still
# running); the whole run's (ru_maxrss) adds what its closing waited for, which depends on what
# was under way when it closed (the folder watcher's first pass, the packed columns' read).
LAUNCHER = r"""
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, env=os.environ)
ready = None
peak_at_ready = 0
for line in child.stdout:
    if line.startswith(b"ready"):
        ready = time.perf_counter() - started  # painted: what the officer waits for
        with open(f"/proc/{child.pid}/status") as status:
            peak_at_ready = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
_pid, status, usage = os.wait4(child.pid, 0)
print(f"{os.waitstatus_to_exitcode(status)} {ready} {peak_at_ready} {usage.ru_maxrss}")
"""


def _child_environment(bytecode: Path) -> dict[str, str]:
    """Offscreen, and with bytecode kept, as on an installed workstation: pip, the .deb and the
    bundle all compile the modules at install. With PYTHONDONTWRITEBYTECODE (set on some development
    machines) every start would compile the console's hundred-odd modules again, about a tenth of a
    second that no officer waits for. The bytecode goes to a folder of the run's own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(bytecode))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_child(argv: list[str], bytecode: Path) -> tuple[float, float, float]:
    """Seconds from spawn to the child's "ready" line, its peak RSS then and over its whole run (MiB)."""
    env = _child_environment(bytecode)
    result = subprocess.run([sys.executable, "-S", "-c", LAUNCHER, *argv], capture_output=True, text=True, env=env,
                            timeout=300)
    exit_code, elapsed, peak_at_ready_kib, maxrss_kib = result.stdout.strip().splitlines()[-1].split()
    if int(exit_code) != 0 or elapsed == "None":
        raise RuntimeError(f"{argv[:3]} failed: {result.stdout[-500:]}")
    return float(elapsed), int(peak_at_ready_kib) / 1024, int(maxrss_kib) / 1024


def _timeline(argv: list[str], bytecode: Path) -> str:
    """The console's own start-up timeline (`--startup-profile`), one phase a line."""
    env = _child_environment(bytecode)
    result = subprocess.run([*argv, "--startup-profile"], capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"--startup-profile failed: {result.stderr[-500:]}")
    return "\n    ".join(line for line in result.stderr.splitlines() if line.endswith((" ms", " MiB", " MiB)")))


def run_startup_benchmarks(runs: int = 5) -> list[Result]:
    watchdesk = str(Path(sys.executable).with_name("watchdesk"))
    with tempfile.TemporaryDirectory(prefix="wd-bench-startup-") as tmp:
        data_dir = build_station(Path(tmp))
        bytecode = Path(tmp) / "bytecode"
        console_rss: list[float] = []
        bare_rss: list[float] = []
        floor_rss: list[float] = []
        console_whole_run: list[float] = []

        def console_once() -> float:
            elapsed, rss, whole_run = _run_child([watchdesk, "--data-dir", str(data_dir), "--quit-when-ready"],
                                                 bytecode)
            console_rss.append(rss)
            console_whole_run.append(whole_run)
            return elapsed

        def bare_once() -> float:
            elapsed, rss, _whole_run = _run_child([sys.executable, "-c", BARE_WINDOW], bytecode)
            bare_rss.append(rss)
            return elapsed

        def floor_once() -> float:
            elapsed, rss, _whole_run = _run_child([sys.executable, "-c", FLOOR_WINDOW, str(data_dir), STATION_ID],
                                                  bytecode)
            floor_rss.append(rss)
            return elapsed

        console_once()  # warm the page cache for all three, as an officer's second start would be,
        bare_once()  # and compile their bytecode
        floor_once()
        console_rss.clear()
        bare_rss.clear()
        floor_rss.clear()
        console_whole_run.clear()
        console_s, samples = median_of(console_once, runs)
        bare_s, bare_samples = median_of(bare_once, runs)
        floor_s, floor_samples = median_of(floor_once, runs)
        timeline = _timeline([watchdesk, "--data-dir", str(data_dir)], bytecode)
    rss, bare = sorted(console_rss)[len(console_rss) // 2], sorted(bare_rss)[len(bare_rss) // 2]
    floor_mib = sorted(floor_rss)[len(floor_rss) // 2]
    whole_run = sorted(console_whole_run)[len(console_whole_run) // 2]
    return [
        Result(f"start-up to a painted window, {NOTICES:,} notices", console_s, "s", bare_s,
               "bare PySide6 QMainWindow, spawn to first paint", target_ratio=2.0, samples=samples,
               note=f"baseline samples {', '.join(f'{s:.2f}' for s in bare_samples)}\n"
                    f"    timeline of one more start (--startup-profile):\n    {timeline}"),
        Result("start-up floor: keyring key, store, 50 rows in a table window", floor_s, "s",
               bare_s, "bare PySide6 QMainWindow", samples=floor_samples,
               note="reported: FLOOR_WINDOW in bench/bench_startup.py, none of the console; what the stack costs"),
        Result("start-up to a painted window, against the floor", console_s, "s", floor_s,
               "the floor above", note="reported: what the console adds to the least its first paint needs"),
        Result("start-up peak memory (RSS) at the first paint", rss, "MiB", bare, "bare PySide6 QMainWindow",
               target_ratio=2.0, note=f"the whole run's peak, closing included: {whole_run:.0f} MiB; the floor's "
                                      f"at its first paint: {floor_mib:.1f} MiB ({floor_mib / bare:.2f}x the bare window)"),
    ]
