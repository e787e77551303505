"""The audible alarm: a chime that repeats while FLASH or IMMEDIATE traffic waits for our acknowledgement.

While an incoming FLASH waits, the chime sounds every few seconds (the station's
`alarm_flash_seconds`, 5 by default); while only IMMEDIATE traffic waits, less often
(`alarm_immediate_seconds`, 30). It sounds at once when a louder precedence starts waiting,
and stops when nothing of either waits any more. The station's `sounds` setting may silence
IMMEDIATE, never FLASH. The inbox's AlertCenter (console/ui/inbox/alerts.py) tells the alarm
what waits, from the store, every second and on every change of a notice.

The chime is resources/sounds/alert.wav played through Qt Multimedia's QSoundEffect on the
default audio output (PySide6-Addons; on Linux, PulseAudio or PipeWire's PulseAudio server).
Only where there is no audio output, or Qt Multimedia cannot be loaded, the system beep sounds
instead, and the status bar says so. Qt Multimedia is loaded when the sound is first needed:
the AlertCenter asks for it after the window is up (about 30 ms: the module, then the sound
server's list of outputs), never on the start-up path.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QLoggingCategory, QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import QApplication

from console.i18n import tr
from console.paths import resources_dir
from console.service.station import DEFAULT_SETTINGS

ALERT_SOUND = resources_dir() / "sounds" / "alert.wav"
ALARM_PRECEDENCES = ("FLASH", "IMMEDIATE")  # the loudest first
# The station settings holding the seconds between chimes (their defaults in DEFAULT_SETTINGS) and
# the bounds the settings dialog offers (a value stored outside them is brought within).
INTERVAL_SETTINGS = {"FLASH": "alarm_flash_seconds", "IMMEDIATE": "alarm_immediate_seconds"}
INTERVAL_LIMITS = {"FLASH": (2, 60), "IMMEDIATE": (5, 600)}
# Test seam: the alarm's second, in milliseconds (tests make the intervals short).
MS_PER_SECOND = 1000
CHIME_VOLUME = 0.8
# The first chime before the output was looked for waits this long: the arrival is painted first.
FIRST_CHIME_DELAY_MS = 50


def no_device_text() -> str:
    return tr("No audio device: alarms use the system beep")


def no_problem() -> str:
    return ""


def interval_seconds(settings: dict, precedence: str) -> int:
    """The seconds between chimes for `precedence` in the station's settings, within its bounds."""
    low, high = INTERVAL_LIMITS[precedence]
    default = DEFAULT_SETTINGS[INTERVAL_SETTINGS[precedence]]
    try:
        seconds = int(settings.get(INTERVAL_SETTINGS[precedence], default))
    except (TypeError, ValueError):
        seconds = default
    return min(max(seconds, low), high)


def sound_server_visible() -> bool:
    """Whether a PulseAudio (or PipeWire-Pulse) server may be there to play to: PULSE_SERVER names
    one, or its socket is where a desktop session puts it. Without one Qt Multimedia is not loaded
    at all: it would only warn that it cannot connect, and find no output."""
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}")
    return any(path.exists() for path in (runtime / "pulse" / "native", Path("/run/pulse/native")))


def load_multimedia() -> ModuleType | None:
    """PySide6.QtMultimedia, or None where it cannot be loaded (PySide6-Addons or libpulse0 missing)."""
    # Qt looks for PipeWire's library first and warns when it is absent; PulseAudio then plays.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


class AlarmSound(QObject):
    """The chime on the default audio output, else the system beep; which one, and why, in `problem`."""

    # The sentence for the status bar when the beep stands in for the chime; "" when the chime plays.
    problem_changed = Signal(str)
    played = Signal(str)  # "chime" or "beep", each time it sounds

    def __init__(self, parent: QObject | None = None, wav: Path = ALERT_SOUND) -> None:
        super().__init__(parent)
        self.wav = wav
        self.problem: str | None = None  # None until `probe` looked for an output
        self._problem_words: Callable[[], str] = no_problem  # the problem's sentence, in the language in force
        self.effect = None  # the QSoundEffect, made at the first chime
        self._multimedia: ModuleType | None = None
        self._devices = None  # QMediaDevices: tells when outputs come and go

    @property
    def description(self) -> str:
        """What sounds: 'chime (alert.wav)' or 'system beep' (once `probe` has looked)."""
        return tr("chime (%1)").replace("%1", self.wav.name) if self.probe() == "" else tr("system beep")

    def probe(self) -> str:
        """Look for an audio output once (loading Qt Multimedia); the problem sentence, "" if none."""
        if self.problem is None:
            self._set_problem(self._find_output())
        return self.problem or ""

    def _find_output(self) -> Callable[[], str]:
        """The problem, as words asked for in the language in force (no_problem: none)."""
        if not self.wav.is_file():
            return lambda: tr("The alarm sound %1 is missing: alarms use the system beep").replace("%1", str(self.wav))
        if not sound_server_visible():
            return no_device_text
        self._multimedia = load_multimedia()
        if self._multimedia is None:
            return lambda: tr("Qt Multimedia cannot be loaded (PySide6-Addons, libpulse0): alarms use the system beep")
        self._devices = self._multimedia.QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        return no_problem if self._multimedia.QMediaDevices.audioOutputs() else no_device_text

    def _outputs_changed(self) -> None:
        """An output came or went: the chime follows the new default output, or the beep stands in."""
        self._drop_effect()
        self._set_problem(no_problem if self._multimedia.QMediaDevices.audioOutputs() else no_device_text)

    def _set_problem(self, words: Callable[[], str]) -> None:
        self._problem_words = words
        problem = words()
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)

    def retranslate(self) -> None:
        """The language changed: the problem, if any, said again in it."""
        if self.problem:
            self._set_problem(self._problem_words)

    def _chime(self):
        """The QSoundEffect, made on the first chime; None once it failed to load or play."""
        if self.effect is None:
            effect = self._multimedia.QSoundEffect(self)
            effect.statusChanged.connect(self._status_changed)
            effect.setSource(QUrl.fromLocalFile(str(self.wav)))
            effect.setVolume(CHIME_VOLUME)
            self.effect = effect
        return None if self.effect.status() == self._multimedia.QSoundEffect.Status.Error else self.effect

    def _status_changed(self) -> None:
        if self.effect is not None and self.effect.status() == self._multimedia.QSoundEffect.Status.Error:
            self._set_problem(
                lambda: tr("The alarm sound cannot be played on this audio device: alarms use the system beep"))

    def play(self) -> str:
        """Sound once: the chime where it can play, else the system beep. Returns which sounded, or
        "next" when the sound follows a moment later: the first one, before the output was looked
        for, would load Qt Multimedia (about a tenth of a second) before the arrival that rang it
        has its row and strip painted."""
        if self.problem is None:
            QTimer.singleShot(FIRST_CHIME_DELAY_MS, self, self._probe_and_play)
            return "next"
        chime = self._chime() if self.probe() == "" else None
        if chime is not None:
            # One still sounding is left to finish: restarting a QSoundEffect that plays makes
            # Qt 6.11's audio thread warn in a loop ("QSocketNotifier: Invalid socket").
            if not chime.isPlaying():
                chime.play()
            self.played.emit("chime")
            return "chime"
        QApplication.beep()
        self.played.emit("beep")
        return "beep"

    def _probe_and_play(self) -> None:
        self.probe()
        self.play()

    def stop(self) -> None:
        self._drop_effect()

    def _drop_effect(self) -> None:
        if self.effect is not None:
            self.effect.stop()
            self.effect.deleteLater()
            self.effect = None


class Alarm(QObject):
    """Sounds `sound` over and over while FLASH or IMMEDIATE traffic waits (`set_waiting`)."""

    rang = Signal(str)  # the precedence it sounded for

    def __init__(self, sound: AlarmSound, settings: Callable[[], dict], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sound = sound
        self._settings = settings
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ring)
        self.ringing: str | None = None  # the precedence it sounds for now, None when quiet
        self._waiting: frozenset[str] = frozenset()
        self.intervals: dict[str, int] = {}
        self.quiet_immediate = False
        self.reload_settings()

    def reload_settings(self) -> None:
        """Take the station's intervals and `sounds` setting again (they changed)."""
        settings = self._settings()
        self.intervals = {precedence: interval_seconds(settings, precedence) for precedence in ALARM_PRECEDENCES}
        self.quiet_immediate = not settings.get("sounds", True)
        self._follow(restart=True)

    def set_waiting(self, precedences: Iterable[str]) -> None:
        """The precedences of the notices that wait for our acknowledgement now."""
        self._waiting = frozenset(precedences)
        self._follow()

    def stop(self) -> None:
        self._waiting = frozenset()
        self._follow()

    def _loudest(self) -> str | None:
        for precedence in ALARM_PRECEDENCES:
            if precedence in self._waiting and not (precedence == "IMMEDIATE" and self.quiet_immediate):
                return precedence
        return None

    def _follow(self, restart: bool = False) -> None:
        loudest = self._loudest()
        if loudest == self.ringing and not restart:
            return
        before, self.ringing = self.ringing, loudest
        if loudest is None:
            self._timer.stop()
            return
        # At once when a louder precedence starts waiting; one that is left after a louder one
        # was acknowledged keeps its own rhythm from now. The interval runs from the chime (the
        # first one may load Qt Multimedia).
        if before is None or ALARM_PRECEDENCES.index(loudest) < ALARM_PRECEDENCES.index(before):
            self._ring()
        self._timer.start(self.intervals[loudest] * MS_PER_SECOND)

    def _ring(self) -> None:
        if self.ringing is not None:
            self.sound.play()
            self.rang.emit(self.ringing)
