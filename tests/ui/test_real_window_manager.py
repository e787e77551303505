"""Issue 15, section 1, under a real X11 window manager: alerts do not take the window or the keys.

The rest of the suite runs offscreen, where there is no window manager, no stacking order and no
urgency hint. Here an Xvfb display runs openbox, and the console runs on it through Qt's xcb
platform in a process of its own (tests/ui/real_wm_driver.py; this process has its offscreen
QApplication). What the officer would see is read from the display as the window manager keeps
it (xprop: _NET_ACTIVE_WINDOW, _NET_CLIENT_LIST_STACKING, the main window's _NET_WM_STATE), and
the keys are typed into the display with xdotool, as a keyboard would.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The programs this test drives the display with, by the Debian package that has each
# (the `test` set of packaging/debian-packages.sh).
TOOLS = {"Xvfb": "xvfb", "openbox": "openbox", "xprop": "x11-utils", "xmessage": "x11-utils", "xdotool": "xdotool"}
SCREEN = "1600x1000x24"
ANSWER_TIMEOUT = 30.0  # a driver's start (two stations) or an arrival's import, on a busy machine
FLASH_LINE = "FLASH launch notification no. 1 from NRRC-RU — ack due in 10 min"


def require_tools() -> None:
    missing = sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})
    if missing:
        pytest.fail("The real window manager test needs the Debian packages " + ", ".join(missing)
                    + " (packaging/debian-packages.sh test installs them as root).", pytrace=False)


def wait_for(what: str, check, timeout: float = 10.0, describe=None):
    """Poll `check` until it returns something true; fail naming `what` (and `describe()`'s state)."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            pytest.fail(f"Timed out after {timeout:.0f} s waiting for {what}"
                        + (f"; {describe()}" if describe is not None else ""), pytrace=False)
        time.sleep(0.05)


class Display:
    """An Xvfb display on a number of its own choosing, with openbox managing its windows."""

    def __init__(self, folder: Path) -> None:
        self.others: list[subprocess.Popen] = []
        self.wm: subprocess.Popen | None = None
        read_end, write_end = os.pipe()
        log = folder / "xvfb.log"
        with log.open("w") as errors:
            self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                                         pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=errors)
        os.close(write_end)
        with os.fdopen(read_end) as number:
            self.name = ":" + number.readline().strip()
        self.env = {**os.environ, "DISPLAY": self.name}
        try:
            if self.name == ":":
                pytest.fail("Xvfb did not start: " + log.read_text()[-500:], pytrace=False)
            self._start_window_manager(folder / "openbox.log")
        except BaseException:
            self.close()
            raise

    def _start_window_manager(self, log: Path) -> None:
        # Now and then openbox exits at once, with status 1 and not a word, on a display just
        # started (about one start in ten here); it is started again then.
        for _attempt in range(3):
            with log.open("w") as errors:
                self.wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env,
                                           stdout=subprocess.DEVNULL, stderr=errors)
            managed = wait_for("openbox to manage the display or to end", lambda: self.wm.poll() is not None or
                               "window id" in self.xprop("-root", "_NET_SUPPORTING_WM_CHECK"))
            if managed and self.wm.poll() is None:
                return
            self.wm.wait()
        pytest.fail(f"openbox did not manage the display {self.name} (exit status {self.wm.returncode}): "
                    + log.read_text()[-500:], pytrace=False)

    def run(self, *command: str) -> str:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=10).stdout

    def xprop(self, *args: str) -> str:
        return self.run("xprop", *args)

    def windows(self, prop: str) -> list[int]:
        """A root window property that lists windows (_NET_ACTIVE_WINDOW, _NET_CLIENT_LIST_STACKING)."""
        return [int(found, 16) for found in re.findall(r"0x[0-9a-f]+", self.xprop("-root", prop))]

    def active(self) -> int | None:
        active = self.windows("_NET_ACTIVE_WINDOW")
        return active[0] if active else None

    def stacking(self) -> list[int]:
        """The managed windows, bottom to top."""
        return self.windows("_NET_CLIENT_LIST_STACKING")

    def above(self, upper: int, lower: int) -> bool:
        order = self.stacking()
        return upper in order and lower in order and order.index(upper) > order.index(lower)

    def demands_attention(self, window: int) -> bool:
        return "_NET_WM_STATE_DEMANDS_ATTENTION" in self.xprop("-id", str(window), "_NET_WM_STATE")

    def hidden(self, window: int) -> bool:
        return "Iconic" in self.xprop("-id", str(window), "WM_STATE")

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=10)

    def other_application(self) -> int:
        """Another X client, which the officer works in: its window, activated."""
        title = f"another application {len(self.others)}"
        self.others.append(subprocess.Popen(["xmessage", "-name", title, "-geometry", "500x200+500+350", title],
                                            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        found = wait_for(title, lambda: self.run("xdotool", "search", "--name", f"^{title}$").split())
        window = int(found[0])
        self.activate(window)
        return window

    def activate(self, window: int) -> None:
        self.xdotool("windowactivate", "--sync", str(window))
        wait_for(f"window {window:#x} to be active", lambda: self.active() == window)

    def close(self) -> None:
        for process in [*self.others, self.wm, self.xvfb]:
            if process is None:
                continue
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class Console:
    """tests/ui/real_wm_driver.py on the display: commands in, one JSON answer a line out."""

    def __init__(self, display: Display, log: Path) -> None:
        self.display = display
        self.log = log
        with log.open("w") as errors:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.ui.real_wm_driver"], cwd=REPO,
                env={**display.env, "QT_QPA_PLATFORM": "xcb"}, text=True,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        self.answers: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.ready = self.answer("ready")
        self.main = self.ready["ids"]["main"]
        self.compose = self.ready["ids"]["compose"]

    def _read(self) -> None:
        for line in self.process.stdout:
            self.answers.put(json.loads(line))
        self.answers.put(None)

    def answer(self, event: str) -> dict:
        try:
            answer = self.answers.get(timeout=ANSWER_TIMEOUT)
        except queue.Empty:
            answer = None
        if answer is None or answer["event"] != event:
            pytest.fail(f"The console did not answer {event!r} (got {answer!r}); its log: "
                        + self.log.read_text()[-2000:], pytrace=False)
        return answer

    def ask(self, command: str, event: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer(event)

    def state(self) -> dict:
        return self.ask("state", "state")

    def wait_state(self, what: str, check) -> dict:
        return wait_for(what, lambda: (lambda state: state if check(state) else None)(self.state()),
                        describe=self.state)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture(scope="module")
def display(tmp_path_factory):
    require_tools()
    display = Display(tmp_path_factory.mktemp("display"))
    yield display
    display.close()


@pytest.fixture
def console(display, tmp_path):
    console = Console(display, tmp_path / "console.log")
    # The window manager has both windows, compose on top with the keys, the cursor in its remarks.
    wait_for("compose to be the active window", lambda: display.active() == console.compose)
    wait_for("compose above the main window", lambda: display.above(console.compose, console.main))
    console.wait_state("the cursor in the remarks field", lambda state: state["focus_in_remarks"])
    yield console
    console.close()
    assert console.process.returncode == 0 and "Traceback" not in console.log.read_text(), (
        "The console did not end cleanly: " + console.log.read_text()[-2000:])


def test_a_flash_and_an_immediate_arriving_while_the_officer_types_in_compose(display, console):
    display.xdotool("type", "--delay", "15", "Launch from ")
    console.wait_state("the typed keys in compose", lambda state: state["remarks"] == "Launch from ")

    for precedence in ("flash", "immediate"):
        presented = console.ask(precedence, "presented")
        # The taskbar entry of the main window asks for attention; nothing else moved.
        wait_for(f"the main window to demand attention after the {precedence.upper()}",
                 lambda: display.demands_attention(console.main))
        assert display.active() == console.compose, f"compose lost the active window to the {precedence.upper()}"
        assert display.above(console.compose, console.main), (
            f"the main window was raised over compose by the {precedence.upper()}: {display.stacking()}")
        assert presented["active"] == "compose" and presented["focus_in_remarks"]
        # The strip over compose names the FLASH, the most urgent, both times.
        strip = presented["strips"]["compose"]
        assert strip["visible"] and strip["text"].startswith(FLASH_LINE), strip
        assert strip["go"] == "Go to FLASH (Ctrl+J)"

    # The keys still land in compose, through the window manager's focus.
    display.xdotool("type", "--delay", "15", "Plesetsk")
    state = console.wait_state("the keys typed after the alerts in compose",
                               lambda state: state["remarks"] == "Launch from Plesetsk")
    assert state["focus_in_remarks"] and state["active"] == "compose"
    assert display.active() == console.compose and display.above(console.compose, console.main)

    # Acting on the strip (Ctrl+J in compose) brings the main window forward on the FLASH.
    display.xdotool("key", "ctrl+j")
    wait_for("the main window to be active after Ctrl+J", lambda: display.active() == console.main)
    wait_for("the main window above compose", lambda: display.above(console.main, console.compose))
    state = console.wait_state("the FLASH selected in the inbox, the keys in its list",
                               lambda state: state["selected"] in state["flash_ids"] and state["focus_in_list"])
    assert state["page"] == "inbox"
    wait_for("the attention hint to clear once the main window is active",
             lambda: not display.demands_attention(console.main))


def officer_leaves_for(display: Display, console: Console, other: int) -> None:
    """The other application active, and the console told so (Qt hears of a window losing the keys
    a moment after the window manager moved them)."""
    display.activate(other)
    console.wait_state("the console to have no active window", lambda state: state["active"] is None)


def test_with_the_officer_in_another_application(display, console):
    other = display.other_application()
    officer_leaves_for(display, console, other)

    # Compose open: the main window is not raised over it (the officer comes back to type there).
    console.ask("immediate", "presented")
    wait_for("the main window to demand attention", lambda: display.demands_attention(console.main))
    assert display.active() == other
    assert display.above(console.compose, console.main), display.stacking()

    # No other console window: the main window comes up over the other application, which keeps the keys.
    console.ask("close-compose", "closed")
    officer_leaves_for(display, console, other)
    display.xdotool("windowraise", str(other))
    wait_for("the other application on top", lambda: display.above(other, console.main))
    presented = console.ask("flash", "presented")
    wait_for("the main window over the other application", lambda: display.above(console.main, other))
    assert display.active() == other, "the alert took the keys from the other application"

    # The strip's button, clicked, brings the main window forward on the FLASH.
    x, y = presented["strips"]["main"]["go_at"]
    display.xdotool("mousemove", str(x), str(y), "click", "1")
    wait_for("the main window to be active after the Go button", lambda: display.active() == console.main)
    console.wait_state("the FLASH selected, the keys in the list",
                       lambda state: state["selected"] in state["flash_ids"] and state["focus_in_list"])

    # Minimized, the main window stays so: restoring it under openbox would take the keys.
    display.xdotool("windowminimize", "--sync", str(console.main))
    officer_leaves_for(display, console, other)
    console.ask("immediate", "presented")
    wait_for("the minimized main window to demand attention", lambda: display.demands_attention(console.main))
    assert display.active() == other, "the alert took the keys from the other application"
    assert display.hidden(console.main)
