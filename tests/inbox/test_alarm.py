"""The alarm (console/ui/alarm.py): the shipped chime really plays through Qt Multimedia into the
run's sound server (tests/env/with-services.sh starts PulseAudio with a null sink), repeats while a
FLASH waits and stops when the officer acknowledges it; FLASH sounds even with sounds off, IMMEDIATE
less often and not then; with no audio device the system beep sounds and the status bar says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.service.outgoing import Outgoing
from console.ui import alarm
from console.ui.station_admin.settings_dialog import SettingsDialog
from tests.exchange.conftest import carry, import_inbox, launch_draft

pytestmark = pytest.mark.gui


@pytest.fixture
def sound_server() -> str:
    """The run's PulseAudio server. Fails (never skips) when there is none."""
    server = os.environ.get("PULSE_SERVER")
    if not server:
        pytest.fail("No sound server: run the suite with `make test` (tests/env/with-services.sh starts PulseAudio).")
    return server


@pytest.fixture
def beeps(monkeypatch) -> list[bool]:
    """Each system beep, recorded (offscreen, Qt's beep makes no sound anyone could check)."""
    sounded: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: sounded.append(True)))
    return sounded


def our_streams() -> list[str]:
    """The sink inputs of this process on the run's sound server (pactl list sink-inputs)."""
    listing = subprocess.run(["pactl", "list", "sink-inputs"], capture_output=True, text=True, check=True).stdout
    return [block for block in listing.split("\n\n") if f'application.process.id = "{os.getpid()}"' in block]


def test_the_shipped_chime_plays_through_qt_multimedia_into_the_sound_server(qtbot, sound_server, beeps):
    sound = alarm.AlarmSound()
    assert sound.probe() == ""
    assert sound.description == "chime (alert.wav)"
    assert sound.play() == "chime"
    effect = sound.effect
    assert type(effect).__name__ == "QSoundEffect" and effect.source().toLocalFile() == str(alarm.ALERT_SOUND)
    qtbot.waitUntil(lambda: effect.status() == effect.Status.Ready, timeout=5000)
    qtbot.waitUntil(effect.isPlaying, timeout=5000)
    # The server plays a stream from this process into the null sink while the chime lasts.
    qtbot.waitUntil(lambda: our_streams() != [], timeout=5000)
    assert "watchdesk_null" in subprocess.run(["pactl", "list", "short", "sinks"], capture_output=True,
                                               text=True, check=True).stdout
    # The half-second chime ends by itself; the beep never sounded.
    qtbot.waitUntil(lambda: not effect.isPlaying(), timeout=5000)
    assert beeps == []
    sound.stop()


def _receive(them, us, clock, precedence: str) -> None:
    Outgoing(them).release(launch_draft("NRRC-US", clock, precedence=precedence), "Lt Ivanov")
    carry(them, us)
    import_inbox(us, "NRRC-RU")


def test_a_waiting_flash_chimes_every_few_seconds_until_the_officer_acknowledges_it(
        qtbot, window, us, them, clock, sound_server, beeps, monkeypatch):
    monkeypatch.setattr(alarm, "MS_PER_SECOND", 100)  # the FLASH's 5 seconds pass in half a second
    center = window.inbox_desk.alerts
    rang: list[tuple[str, float]] = []
    center.alarm.rang.connect(lambda precedence: rang.append((precedence, time.monotonic())))
    played: list[str] = []
    center.sound.played.connect(played.append)

    _receive(them, us, clock, "FLASH")
    qtbot.waitUntil(lambda: len(rang) >= 4, timeout=10000)
    assert {precedence for precedence, _at in rang} == {"FLASH"}
    gaps = [later - earlier for (_p, earlier), (_q, later) in zip(rang, rang[1:])]
    assert min(gaps) >= 0.45, gaps  # every 5 (tenths of) seconds, not faster
    # Each time the real chime, on the run's sound server.
    assert set(played) == {"chime"} and beeps == []
    assert center.sound.effect.status() == center.sound.effect.Status.Ready
    assert window.statusBar().audio_problem.isHidden()  # no word of a missing audio device

    # The officer goes to the FLASH and acknowledges it: the alarm stops and stays quiet.
    window.reload_all()
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1, timeout=5000)
    window.set_officer("Maj Petrov")
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: center.alarm.ringing is None, timeout=15000)
    heard = len(rang)
    qtbot.wait(1600)  # three FLASH intervals
    assert len(rang) == heard


def test_the_sounds_setting_silences_immediate_never_flash_and_the_intervals_come_from_the_settings(
        qtbot, window, us, them, clock, monkeypatch):
    monkeypatch.setattr(alarm, "MS_PER_SECOND", 100)
    center = window.inbox_desk.alerts
    monkeypatch.setattr(center.sound, "play", lambda: "beep")  # the chime's own test is above
    rang: list[str] = []
    center.alarm.rang.connect(rang.append)

    us.update_settings("Maj Petrov", alarm_immediate_seconds=7, alarm_flash_seconds=3)
    assert center.alarm.intervals == {"FLASH": 3, "IMMEDIATE": 7}

    _receive(them, us, clock, "IMMEDIATE")
    qtbot.waitUntil(lambda: rang == ["IMMEDIATE"], timeout=10000)
    start = time.monotonic()
    qtbot.waitUntil(lambda: len(rang) == 3, timeout=5000)
    assert time.monotonic() - start >= 2 * 0.7 * 0.95  # every 7 (tenths of) seconds

    # Sounds off: the IMMEDIATE falls silent ...
    us.update_settings("Maj Petrov", sounds=False)
    assert center.alarm.ringing is None
    heard = len(rang)
    qtbot.wait(1000)
    assert len(rang) == heard
    # ... a FLASH sounds all the same, at once and every 3 (tenths of) seconds.
    _receive(them, us, clock, "FLASH")
    qtbot.waitUntil(lambda: rang[heard:] == ["FLASH"] * 3, timeout=10000)
    assert center.alarm.ringing == "FLASH"


def test_the_alarm_sounds_at_the_loudest_waiting_precedences_rhythm(qtbot, monkeypatch):
    monkeypatch.setattr(alarm, "MS_PER_SECOND", 50)
    sounded: list[float] = []

    class Recorder:  # a test seam beside the real chime's test
        def play(self) -> str:
            sounded.append(time.monotonic())
            return "beep"

    settings = {"sounds": True, "alarm_flash_seconds": 2, "alarm_immediate_seconds": 6}
    bell = alarm.Alarm(Recorder(), lambda: settings)
    bell.set_waiting({"IMMEDIATE"})
    assert len(sounded) == 1  # at once
    qtbot.waitUntil(lambda: len(sounded) == 3, timeout=3000)
    bell.set_waiting({"IMMEDIATE", "FLASH"})  # a FLASH too: at once, then at its own rhythm
    assert bell.ringing == "FLASH" and len(sounded) == 4
    qtbot.waitUntil(lambda: len(sounded) == 7, timeout=3000)
    flash_gaps = [b - a for a, b in zip(sounded[3:], sounded[4:])]
    # The rhythm is the repeating timer's: over three gaps it keeps 0.1 s; one gap alone shortens
    # when the chime before it was late (a busy event loop), so each only rules out a double ring.
    rhythm = (sounded[6] - sounded[3]) / 3
    assert rhythm >= 0.1 * 0.9 and min(flash_gaps) >= 0.1 * 0.5 and max(flash_gaps) < 0.3, flash_gaps
    bell.set_waiting({"IMMEDIATE"})  # the FLASH was acknowledged: no chime at once
    assert bell.ringing == "IMMEDIATE" and len(sounded) == 7
    qtbot.waitUntil(lambda: len(sounded) == 8, timeout=3000)
    assert sounded[7] - sounded[6] >= 0.3 * 0.9
    bell.set_waiting(())
    qtbot.wait(400)
    assert len(sounded) == 8 and bell.ringing is None
    # A stored interval out of bounds is brought within them; FLASH never waits over a minute.
    assert alarm.interval_seconds({"alarm_flash_seconds": 3600}, "FLASH") == 60
    assert alarm.interval_seconds({"alarm_flash_seconds": "soon"}, "FLASH") == 5
    assert alarm.interval_seconds({"alarm_immediate_seconds": 0}, "IMMEDIATE") == 5


def test_the_settings_dialog_sets_the_alarm_intervals(qtbot, us):
    dialog = SettingsDialog(us)
    qtbot.addWidget(dialog)
    flash, immediate = dialog.alarm_intervals["FLASH"], dialog.alarm_intervals["IMMEDIATE"]
    assert (flash.value(), immediate.value()) == (5, 30)
    assert (flash.minimum(), flash.maximum()) == (2, 60)  # FLASH can be slowed, never silenced
    flash.setValue(3)
    immediate.setValue(90)
    assert dialog.changed_settings() == {"alarm_flash_seconds": 3, "alarm_immediate_seconds": 90}
    dialog.sounds.setChecked(False)  # sounds off: the IMMEDIATE interval has nothing to time
    assert not immediate.isEnabled() and flash.isEnabled()


def test_with_no_sound_server_the_beep_sounds_without_loading_qt_multimedia(qtbot, tmp_path, monkeypatch, beeps):
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no PulseAudio socket there
    sound = alarm.AlarmSound()
    assert sound.probe() == "No audio device: alarms use the system beep"
    assert sound.play() == "beep" and beeps == [True]
    assert sound.effect is None and sound.description == "system beep"


# Run in a process of its own: Qt Multimedia connects to a sound server once per process.
NO_AUDIO_DEVICE = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from console.printing.app import ensure_gui_application
    from console.service.station import Station
    from console.storage.keysource import EphemeralKeySource
    from console.ui.main_window import MainWindow
    from PySide6.QtWidgets import QApplication

    app = ensure_gui_application()
    beeps = []
    QApplication.beep = staticmethod(lambda: beeps.append(True))
    station, _ = Station.initialise(Path(sys.argv[1]), "NRRC-US", "US", EphemeralKeySource())
    window = MainWindow(station)
    window.show()
    app.processEvents()
    loaded_at_show = "PySide6.QtMultimedia" in sys.modules
    label = window.statusBar().audio_problem
    deadline = time.monotonic() + 20
    while label.isHidden() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    center = window.inbox_desk.alerts
    center.alarm.set_waiting({"FLASH"})
    print(json.dumps({"loaded_at_show": loaded_at_show, "loaded_after": "PySide6.QtMultimedia" in sys.modules,
                      "status_bar": label.text() if label.isVisible() else None, "beeps": len(beeps),
                      "ringing": center.alarm.ringing}))
    center.alarm.stop()
    window.close()
""")


@pytest.mark.slow
def test_with_no_audio_device_the_alarm_beeps_and_the_status_bar_says_so(tmp_path):
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/no-such-server", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", NO_AUDIO_DEVICE, str(tmp_path / "station")], env=env,
                            capture_output=True, text=True, timeout=120,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"loaded_at_show": False, "loaded_after": True,
                    "status_bar": "No audio device: alarms use the system beep", "beeps": 1, "ringing": "FLASH"}


def test_a_chime_before_the_output_was_looked_for_sounds_a_moment_later(
        qtbot, sound_server, beeps):
    """A FLASH that arrives before the console looked for an audio output (in its first seconds)
    is drawn first; loading Qt Multimedia for its chime waits a moment (alarm.FIRST_CHIME_DELAY_MS)."""
    sound = alarm.AlarmSound()
    heard: list[str] = []
    sound.played.connect(heard.append)
    assert sound.play() == "next" and heard == [] and sound.problem is None
    qtbot.waitUntil(lambda: heard == ["chime"], timeout=5000)
    assert sound.problem == "" and beeps == []
    sound.stop()
