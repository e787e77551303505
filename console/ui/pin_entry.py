"""Checking a typed PIN from a dialog: hashed off the GUI thread, refusals in words, short PINs replaced.

A PIN hash costs about 250 ms by design (console/storage/operators.py), so the
dialog never hashes on the GUI thread: the hash runs on the busy line's CoreWorker
while the line under the form says what is happening and the dialog's buttons wait;
the verdict comes back to a callback and the window keeps painting meanwhile (no
nested event loop, no wait). The store reads and writes around the hash are quick
single rows and stay on the GUI thread's own connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

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
from console.errors import WatchdeskError
from console.i18n import tr
from console.storage.operators import (
    FAILURES_BEFORE_LOCK,
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    OperatorBook,
    OperatorError,
    PinCheck,
    PreparedPin,
    verify_pin,
)
from console.ui import dialogs
from console.ui.worker import CoreWorker


class BusyLine(QWidget):
    """'Checking the PIN…' beside a moving bar, shown while a hash runs on its worker; the guarded widgets wait."""

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
        self.worker = CoreWorker(None, self, max_threads=1)  # hashes touch no store
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

    def run(self, text: str, work: Callable[[], Any], done: Callable[[Any], None],
            refused: Callable[[WatchdeskError], None]) -> None:
        """Run `work` off the GUI thread with `text` showing; then `done(result)`, or `refused(error)`
        for an expected failure. Anything else is a defect and goes to the last-resort handler."""
        global _running
        self.start(text)
        _running += 1

        def finish() -> None:
            global _running
            _running -= 1
            self.stop()

        def succeeded(result: Any) -> None:
            finish()
            done(result)

        def failed(error: Exception) -> None:
            finish()
            if not isinstance(error, WatchdeskError):
                raise error
            refused(error)

        self.worker.run(work, succeeded, failed, with_store=False)


class PinDialog(QDialog):
    """A dialog that checks or sets PINs (its `busy` line): it is not closed while a PIN is hashed,
    which is seen through first."""

    busy: BusyLine

    def reject(self) -> None:
        if not self.busy.running:
            super().reject()


_running = 0  # hashes under way on busy lines' workers (GUI thread only)


def hashing_now() -> bool:
    """Whether a PIN hash is under way: it holds Argon2id's 64 MiB until it ends (bench/endurance_console.py)."""
    return _running > 0


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
        if not self.busy.running:
            self.pins.hash_new(self.busy, self._store)

    def _store(self, prepared: PreparedPin) -> None:
        try:
            self.book.change_own_pin(self.name, prepared, self.clock())
        except OperatorError as exc:
            self.pins.complain(exc.user_message)
            return
        self.accept()


class PinGuard:
    """The PIN checks of one dialog: slow hashing off the GUI thread, refusals counted and audited."""

    def __init__(self, book: OperatorBook, clock: Callable[[], datetime], busy: BusyLine,
                 run_dialog: Callable[[QDialog], int]) -> None:
        self.book, self.clock, self.busy, self.run_dialog = book, clock, busy, run_dialog

    def check(self, name: str, pin: str, place: str, verdict: Callable[[PinCheck], None]) -> None:
        """Check `name`'s PIN; `verdict(check)` follows on the GUI thread once the hash is done
        (at once when the officer is locked or unknown: nothing is hashed then)."""
        pending = self.book.begin_pin_check(name, place, self.clock())
        if pending.refused is not None:
            verdict(pending.refused)
            return
        stored = pending.stored_hash or ""

        def finish(matches: bool) -> None:
            verdict(self.book.finish_pin_check(pending, matches, len(pin), place, self.clock()))

        self.busy.run(tr("Checking the PIN…"), lambda: verify_pin(pin, stored), finish, self._unchecked)

    def _unchecked(self, error: WatchdeskError) -> None:
        dialogs.report(self.busy.window(), tr("PIN not checked"), error)

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
