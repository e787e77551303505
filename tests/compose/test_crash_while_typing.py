"""A power cut while an officer types: the process is killed (SIGKILL) and the draft is still there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from console.service.drafts import DraftBook
from console.service.station import Station
from console.storage.keysource import EphemeralKeySource
from console.ui.compose.window import AUTOSAVE_MAX_DELAY_MS

REPO_ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "regarding the exercise launch window notified yesterday the launch area remains unchanged and the "
    "impact areas are as given please confirm that the amended window has been received by your watch "
    "officer and that the printed record matches the sealed file on your side end of message"
)
KEY_MS = 40
TYPED_BEFORE_KILL = 150  # about 6 s of steady typing: past the longest autosave delay


@pytest.mark.slow
def test_a_draft_survives_a_kill_in_the_middle_of_typing(tmp_path):
    keys = EphemeralKeySource()
    data_dir = tmp_path / "station"
    station, _code = Station.initialise(data_dir, "NRRC-US", "US NRRC", keys)
    station.close()
    [key] = keys.keys.values()

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WATCHDESK_TEST_DATA_DIR": str(data_dir),
        "WATCHDESK_TEST_STORE_KEY": key.hex(),
        "WATCHDESK_TEST_TEXT": TEXT,
        "WATCHDESK_TEST_KEY_MS": str(KEY_MS),
    }
    typed = saved = 0
    deadline = time.monotonic() + 60
    with subprocess.Popen(
        [sys.executable, "-m", "tests.compose.typing_child"], cwd=REPO_ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as child:
        try:
            assert child.stdout is not None
            for line in child.stdout:
                word, _, number = line.strip().partition(" ")
                if word == "typed":
                    typed = int(number)
                elif word == "saved":
                    saved = int(number)
                if typed >= TYPED_BEFORE_KILL:
                    child.send_signal(signal.SIGKILL)  # mid-word: no close event, no last save
                    break
                assert time.monotonic() < deadline, f"the child typed only {typed} characters in 60 s"
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert saved > 0, "nothing was saved during the typing"

    reopened = Station.open(data_dir, EphemeralKeySource({f"NRRC-US:{data_dir.resolve()}": key}))
    try:
        [draft] = DraftBook(reopened.store, reopened.clock).all()
        kept = draft.typed["text"]
        assert TEXT.startswith(kept)
        assert len(kept) >= saved  # everything the child was told was saved is on disk
        lost_at_most = (AUTOSAVE_MAX_DELAY_MS + 1000) // KEY_MS  # a few seconds of typing
        assert len(kept) >= typed - lost_at_most, (len(kept), typed)
        assert draft.notice["body"]["text"] == kept.strip()
        assert reopened.verify_audit().ok
    finally:
        reopened.close()
