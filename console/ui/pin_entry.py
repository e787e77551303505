"""Checking a typed PIN from a dialog: hashed off the GUI thread, refusals in words, short PINs replaced.

A PIN hash costs about 160 ms by design (console/storage/operators.py), so the
dialog never hashes on the GUI thread: the hash runs on a worker thread while a
busy line under the form says what is happening and the dialog's buttons wait;
the window keeps painting. The store reads and writes around the hash are quick
and stay on the GUI thread's own connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import format_utc_with_local
from console.storage.operators import (
    FAILURES_BEFORE_LOCK,
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    OperatorBook,
    OperatorError,
    PinCheck,
    verify_pin,
)

T = TypeVar("T")
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def tr(text: str) -> str:
    return QCoreApplication.translate("PinEntry", text)


class BusyLine(QWidget):
    """'Checking the PIN…' beside a moving bar, shown while a hash runs; the guarded widgets wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinBusy")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no known length: the bar moves to say the work goes on
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(140)
        self.bar.setAccessibleName(tr("Working"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        self.running = False
        self.guarded: list[QWidget] = []
        self.hide()

    def guard(self, widgets: Iterable[QWidget]) -> None:
        self.guarded = list(widgets)

    def start(self, text: str) -> None:
        self.running = True
        self.label.setText(text)
        self._was_enabled = [w.isEnabled() for w in self.guarded]
        for widget in self.guarded:
            widget.setEnabled(False)
        self.show()

    def stop(self) -> None:
        for widget, enabled in zip(self.guarded, self._was_enabled):
            widget.setEnabled(enabled)
        self.hide()
        self.running = False


class PinDialog(QDialog):
    """A dialog that checks or sets PINs (its `busy` line): it is not closed while a PIN is hashed,
    which is seen through first."""

    busy: BusyLine

    def reject(self) -> None:
        if not self.busy.running:
            super().reject()


class _Finished(QObject):
    done = Signal()


_running = 0  # hashes under way on worker threads (GUI thread only)


def hashing_now() -> bool:
    """Whether a PIN hash is under way: it holds Argon2id's 64 MiB until it ends (bench/endurance_console.py)."""
    return _running > 0


def off_gui_thread(busy: BusyLine, text: str, work: Callable[[], T]) -> T:
    """Run `work` on a worker thread and wait for it with the event loop running; returns its result.

    The busy line shows `text` meanwhile, so the officer sees the dialog working, and the
    window repaints. Exceptions of `work` are raised here, on the GUI thread.
    """
    outcome: dict[str, object] = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
            outcome["error"] = exc
        finally:
            finished.done.emit()

    global _running
    busy.start(text)
    worker = threading.Thread(target=run, name="pin-hash", daemon=True)
    _running += 1
    try:
        worker.start()
        loop.exec()
        worker.join()
    finally:
        _running -= 1
        busy.stop()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def refusal_text(check: PinCheck) -> str:
    """What the dialog says when a PIN was not accepted: why, and how many tries remain or until when."""
    name = check.name
    if check.outcome == "locked" and check.locked_until is not None:
        return (tr("%1 is locked after %2 wrong PINs in a row, until %3. Nothing was done. A supervisor can "
                   "unlock %1 sooner (Station → Officers → Unlock).")
                .replace("%1", name).replace("%2", str(FAILURES_BEFORE_LOCK))
                .replace("%3", format_utc_with_local(check.locked_until)))
    if check.outcome == "unknown":
        return tr("%1 is not an active officer of this station. Nothing was done.").replace("%1", name)
    if check.tries_left == 1:
        return tr("Wrong PIN for %1. Nothing was done; 1 try left before %1 is locked.").replace("%1", name)
    return (tr("Wrong PIN for %1. Nothing was done; %2 tries left before %1 is locked.")
            .replace("%1", name).replace("%2", str(check.tries_left)))


def standing_text(book: OperatorBook, name: str, now: datetime) -> str:
    """Before the officer types: locked until when, or how many tries remain after earlier wrong PINs."""
    until = book.locked_until(name, now)
    if until is not None:
        return refusal_text(PinCheck(name, "locked", tries_left=0, locked_until=until))
    left = book.tries_left(name)
    if left < FAILURES_BEFORE_LOCK:
        return (tr("%1 wrong PIN(s) in a row for %2: %3 tries left before %2 is locked.")
                .replace("%1", str(FAILURES_BEFORE_LOCK - left)).replace("%2", name).replace("%3", str(left)))
    return ""


class ReplacePinDialog(PinDialog):
    """A PIN shorter than the rule worked once more: the officer sets a new one before going on."""

    def __init__(self, book: OperatorBook, name: str, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from console.ui.station_admin.credentials import NewPinFields

        self.book, self.name, self.clock = book, name, clock
        self.setWindowTitle(tr("New PIN needed for %1").replace("%1", name))
        intro = QLabel(tr("%1, your PIN is shorter than %2 digits, which this station no longer accepts. Set a "
                          "new PIN of %2 to %3 digits now; you go on as soon as it is stored.")
                       .replace("%1", name).replace("%2", str(PIN_MIN_DIGITS)).replace("%3", str(PIN_MAX_DIGITS)),
                       self)
        intro.setWordWrap(True)
        self.pins = NewPinFields(self, tr("New PIN"), tr("New PIN again"))
        self.pin, self.pin_again, self.message = self.pins.pin, self.pins.again, self.pins.message
        form = QFormLayout()
        form.addRow(tr("New &PIN:"), self.pin)
        form.addRow(tr("New PIN &again:"), self.pin_again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.busy = BusyLine(self)
        self.busy.guard([self.buttons, self.pin, self.pin_again])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.pin.setFocus()


    def try_accept(self) -> None:
        if self.busy.running:
            return
        prepared = self.pins.hashed(self.busy)
        if prepared is None:
            return
        try:
            self.book.change_own_pin(self.name, prepared, self.clock())
        except OperatorError as exc:
            self.pins.complain(str(exc))
            return
        self.accept()


class PinGuard:
    """The PIN checks of one dialog: slow hashing off the GUI thread, refusals counted and audited."""

    def __init__(self, book: OperatorBook, clock: Callable[[], datetime], busy: BusyLine,
                 run_dialog: Callable[[QDialog], int]) -> None:
        self.book, self.clock, self.busy, self.run_dialog = book, clock, busy, run_dialog

    def check(self, name: str, pin: str, place: str) -> PinCheck:
        pending = self.book.begin_pin_check(name, place, self.clock())
        if pending.refused is not None:
            return pending.refused
        stored = pending.stored_hash or ""
        verdict = off_gui_thread(self.busy, tr("Checking the PIN…"), lambda: verify_pin(pin, stored))
        return self.book.finish_pin_check(pending, verdict, len(pin), place, self.clock())

    def replace_if_short(self, check: PinCheck, parent: QWidget | None) -> bool:
        """After an accepted PIN shorter than the rule: the officer sets a new one; False if they did not."""
        if not check.must_change:
            return True
        dialog = ReplacePinDialog(self.book, check.name, self.clock, parent)
        try:
            return self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def must_replace_text(name: str) -> str:
    return (tr("%1 must set a new PIN of at least %2 digits before going on. Nothing was done.")
            .replace("%1", name).replace("%2", str(PIN_MIN_DIGITS)))
