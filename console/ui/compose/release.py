"""Releasing from the compose window: the confirmation, the second officer, the worker.

The confirmation repeats what goes out (recipient, kind, precedence, the status in
words, the launch window and the launch and impact areas) under a banner that makes
EXERCISE and TEST impossible to miss. With the two-person
rule on, a second, different officer approves with their own PIN. Sealing, the
fsync'd store write and the export (`seal_and_write`) run on the compose feature's
CoreWorker with a store connection of their own; the outcome comes back as a
ReleaseOutcome in words ("Sealed as sequence 12 to NRRC-RU; waiting for
acknowledgement, due 1730Z").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.times import MONTHS, parse_rfc3339 as read_time
from console.errors import WatchdeskError
from console.i18n import QT_TRANSLATE_NOOP, lookup, tr
from console.service.outgoing import Outgoing, ReleaseRefused
from console.storage.counterparts import CounterpartBook
from console.storage.operators import PinCheck
from console.ui.pin_entry import BusyLine, PinDialog, PinGuard, must_replace_text, refusal_text
from console.ui.palette import style_text

log = logging.getLogger(__name__)

STATUS_BANNERS = {
    # status: (background, text colour, words under the status)
    "EXERCISE": ("#f2b600", "#000000", QT_TRANSLATE_NOOP("StatusBanner", "EXERCISE — not a real launch")),
    "TEST": ("#6a1b9a", "#ffffff", QT_TRANSLATE_NOOP("StatusBanner", "TEST — a test of the channel, not a real launch")),
    "ACTUAL": ("#b00020", "#ffffff", QT_TRANSLATE_NOOP("StatusBanner", "ACTUAL — this notifies a real event")),
}
NO_STATUS_WORDS = QT_TRANSLATE_NOOP("StatusBanner", "No status chosen yet: EXERCISE, TEST or ACTUAL")


class StatusBanner(QLabel):
    """The message status in large type on its own colour, so EXERCISE and TEST cannot be missed."""

    def __init__(self, parent: QWidget | None = None, *, large: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.large = large
        self.status = ""
        self._base_size = max(self.font().pointSizeF(), 9.0)

    def set_status(self, status: str) -> None:
        if status == self.status and self.text():
            return
        self.status = status
        background, colour, words = STATUS_BANNERS.get(status, ("#555555", "#ffffff", status or NO_STATUS_WORDS))
        big = self.large and status in ("EXERCISE", "TEST")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self._base_size * (2.2 if big else 1.15))
        self.setFont(font)
        words = lookup("StatusBanner", words)
        self.setText(words)
        self.setAccessibleName(self.tr("Message status: %1").replace("%1", words))
        padding = 10 if big else 4
        self.setStyleSheet(
            f"QLabel#statusBanner {{ background: {background}; color: {colour}; padding: {padding}px; "
            f"border: 3px solid {colour if status == 'EXERCISE' else background}; }}"
        )


@dataclass(frozen=True)
class ReleaseSummary:
    """What the confirmation repeats back to the officer."""

    recipient: str
    recipient_name: str
    kind: str
    precedence: str
    status: str
    window: str | None = None
    refers_to: str | None = None
    override_reason: str | None = None
    warnings: tuple[str, ...] = ()
    launch_area: str | None = None
    impact_areas: tuple[str, ...] = ()
    exercise_agreement: bool = False  # the recipient's agreement profile is an exercise


def status_in_words(summary: ReleaseSummary) -> str:
    """What the status means for this notice, in a sentence: the release dialog says it beside the banner."""
    kind = summary.kind[:1].lower() + summary.kind[1:]
    if summary.status == "ACTUAL":
        words = tr("ACTUAL: %1 will read this as a real %2.").replace("%1", summary.recipient).replace("%2", kind)
        if summary.exercise_agreement:
            words = tr("Under an exercise agreement, yet %1").replace("%1", words)
        return words
    if summary.status == "EXERCISE":
        return tr("EXERCISE: practice traffic; %1 will not read it as a real event.").replace("%1", summary.recipient)
    if summary.status == "TEST":
        return tr("TEST: a test of the channel; it notifies no real event.")
    return summary.status


class ReleaseDialog(PinDialog):
    """Confirm the release; name the releasing officer (PIN if none is on watch) and the approver."""

    def __init__(
        self,
        parent: QWidget | None,
        summary: ReleaseSummary,
        *,
        operators: list[str],
        officer_on_watch: str | None,
        two_person: bool,
        pins: Callable[[BusyLine], PinGuard],
        pair_problem: Callable[[str, str | None], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.summary = summary
        self.values: dict[str, QLabel] = {}  # what the confirmation shows, by its label ("Launch area:")
        self.busy = BusyLine(self)
        self.pins = pins(self.busy)
        self._pair_problem = pair_problem
        self.two_person = two_person
        self.officer: str | None = officer_on_watch
        self.approver: str | None = None
        self.setWindowTitle(tr("Release %1 to %2").replace("%1", summary.kind).replace("%2", summary.recipient))
        self.setModal(True)
        # Wide enough that the window and each area read on one or two lines, not a narrow column.
        self.setMinimumWidth(640)

        layout = QVBoxLayout(self)
        self.banner = StatusBanner(self)
        self.banner.set_status(summary.status)
        layout.addWidget(self.banner)
        grid = QFormLayout()
        self._value(grid, tr("To:"), f"{summary.recipient} — {summary.recipient_name}")
        self._value(grid, tr("Kind:"), summary.kind)
        self._value(grid, tr("Precedence:"), summary.precedence, bold=summary.precedence in ("FLASH", "IMMEDIATE"))
        self.status_words = self._value(grid, tr("Status:"), status_in_words(summary), bold=True,
                                        colour="#b00020" if summary.status == "ACTUAL" else None)
        if summary.window:
            self._value(grid, tr("Launch window:"), summary.window)
        if summary.launch_area:
            self._value(grid, tr("Launch area:"), summary.launch_area)
        if summary.impact_areas:
            self._value(grid, tr("Impact areas:"), "\n".join(summary.impact_areas))
        if summary.refers_to:
            self._value(grid, tr("Refers to:"), summary.refers_to)
        if summary.override_reason:
            warnings = "; ".join(summary.warnings)
            self._value(grid, tr("Rule override:"), tr("%1 — reason: %2").replace("%1", warnings)
                        .replace("%2", summary.override_reason), colour="#8a4b00")
        layout.addLayout(grid)

        people = QFormLayout()
        self.officer_combo: QComboBox | None = None
        self.officer_name: QLineEdit | None = None
        self.officer_pin: QLineEdit | None = None
        if officer_on_watch:
            self._value(people, tr("Released by:"), tr("%1 (officer on watch)").replace("%1", officer_on_watch))
        elif operators:
            note = QLabel(tr("No officer is on watch. Choose yourself and enter your PIN."), self)
            note.setWordWrap(True)
            people.addRow(note)
            self.officer_combo = self._combo(people, tr("&Releasing officer:"), operators)
            self.officer_pin = self._pin(people, tr("Your &PIN:"))
            self.officer_combo.currentIndexChanged.connect(lambda _i: self.officer_pin.clear())
        else:
            note = QLabel(tr("No officers are registered on this station; the release is recorded under the "
                             "name you give."), self)
            note.setWordWrap(True)
            people.addRow(note)
            self.officer_name = QLineEdit(self)
            self._labelled(people, tr("&Releasing officer:"), self.officer_name)
        self.approver_combo: QComboBox | None = None
        self.approver_pin: QLineEdit | None = None
        if two_person:
            note = QLabel(tr("The two-person rule is on: a second, different officer approves with their own PIN."),
                          self)
            note.setWordWrap(True)
            people.addRow(note)
            approvers = [name for name in operators if name != officer_on_watch]
            if not approvers:
                missing = QLabel(tr("No other officer is registered on this station, so nobody can approve. "
                                    "Add officers on the Officers page first."), self)
                missing.setWordWrap(True)
                style_text(missing, "error", "font-weight: bold;")
                people.addRow(missing)
            self.approver_combo = self._combo(people, tr("&Approving officer:"), approvers)
            self.approver_pin = self._pin(people, tr("Approver's P&IN:"))
            # A PIN typed for one officer is never tried for another.
            self.approver_combo.currentIndexChanged.connect(lambda _i: self.approver_pin.clear())
        layout.addLayout(people)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("releaseError")
        self.error_label.setWordWrap(True)
        style_text(self.error_label, "error", "font-weight: bold;")
        self.error_label.setAccessibleName(tr("Release problem"))
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(self)
        self.release_button = QPushButton(tr("Release now"), self)
        self.release_button.setAccessibleName(tr("Release now"))
        self.release_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.release_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.release_button.clicked.connect(self.try_release)
        self.cancel_button.clicked.connect(self.reject)
        self.busy.guard([w for w in (buttons, self.officer_combo, self.officer_pin, self.approver_combo,
                                     self.approver_pin) if w is not None])
        layout.addWidget(self.busy)
        layout.addWidget(buttons)

        if self.approver_combo is not None and self.approver_combo.count() == 1:
            self.release_button.setEnabled(False)
        first = self.officer_combo or self.officer_name or self.approver_combo or self.release_button
        first.setFocus()

    # -- building

    def _value(self, form: QFormLayout, label_text: str, value: str, *, bold: bool = False,
               colour: str | None = None) -> QLabel:
        label = QLabel(value, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(f"{label_text.rstrip(':')} {value}")
        style = ("font-weight: bold;" if bold else "") + (f"color: {colour};" if colour else "")
        if style:
            label.setStyleSheet(style)
        form.addRow(QLabel(label_text, self), label)
        self.values[label_text] = label
        return label

    def _labelled(self, form: QFormLayout, label_text: str, field: QWidget) -> None:
        label = QLabel(label_text, self)
        label.setBuddy(field)
        field.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        form.addRow(label, field)

    def _combo(self, form: QFormLayout, label_text: str, names: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Choose an officer"), "")
        for name in names:
            combo.addItem(name, name)
        self._labelled(form, label_text, combo)
        return combo

    def _pin(self, form: QFormLayout, label_text: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(12)
        self._labelled(form, label_text, edit)
        return edit

    # -- checking

    def _fail(self, text: str, focus: QWidget | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if focus is not None:
            focus.setFocus()


    def _pin_holds(self, name: str, field: QLineEdit, role: str, then: Callable[[], None]) -> None:
        """Check one officer's PIN (hashed off the GUI thread); `then()` if it holds, else say why not,
        with the tries left."""
        place = self.tr("Release of %1 to %2: %3").replace("%1", self.summary.kind) \
            .replace("%2", self.summary.recipient).replace("%3", role)

        def verdict(check: PinCheck) -> None:
            field.clear()
            if not check.accepted:
                self._fail(refusal_text(check), field)
            elif not self.pins.replace_if_short(check, self):
                self._fail(must_replace_text(name), field)
            else:
                then()

        self.pins.check(name, field.text(), place, verdict)

    def try_release(self) -> None:
        """Check the names and PINs; accept only when everything holds."""
        if self.busy.running:
            return
        officer = self.officer
        if self.officer_combo is not None and self.officer_pin is not None:
            officer = self.officer_combo.currentData() or None
            if not officer:
                self._fail(tr("Choose yourself as the releasing officer."), self.officer_combo)
                return
            self._pin_holds(officer, self.officer_pin, tr("releasing officer"), lambda: self._approve(officer))
            return
        if self.officer_name is not None:
            officer = self.officer_name.text().strip() or None
            if not officer:
                self._fail(tr("Give the releasing officer's name."), self.officer_name)
                return
        self._approve(officer)

    def _approve(self, officer: str | None) -> None:
        """The releasing officer holds: now the approver, when the two-person rule asks for one."""
        if self.approver_combo is None or self.approver_pin is None:
            self._release_by(officer, None)
            return
        approver = self.approver_combo.currentData() or None
        if not approver:
            self._fail(tr("Choose the second officer who approves this release."), self.approver_combo)
            return
        if approver == officer:
            self._fail(tr("%1 is releasing this notice; the approval must come from a different officer.")
                       .replace("%1", officer or ""), self.approver_combo)
            return
        problem = self._pair_problem(officer or "", approver) if self._pair_problem else None
        if problem:
            self._fail(tr("This pair cannot release: %1.").replace("%1", problem), self.approver_combo)
            return
        self._pin_holds(approver, self.approver_pin, tr("approving officer"),
                        lambda: self._release_by(officer, approver))

    def _release_by(self, officer: str | None, approver: str | None) -> None:
        self.officer, self.approver = officer, approver
        self.accept()


# --- sealing and writing --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReleaseOutcome:
    released: bool
    message: str
    sequence: int | None = None
    notice_id: int | None = None
    path: Path | None = None
    exported: bool = False
    problems: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ReleaseOrder:
    """What the officers approved: the notice as typed, who releases and approves it, any override."""

    draft: dict[str, Any]
    officer: str
    approver: str | None
    override_reason: str | None
    draft_id: int | None


def seal_and_write(station: Any, order: ReleaseOrder, store: Any) -> ReleaseOutcome:
    """Seal, store and export one notice on `store` (a worker's own connection); the outcome in words.

    A refusal is an outcome, not an error: the draft stays and the reasons are listed.
    """
    outgoing = Outgoing(station, store=store)
    try:
        result = outgoing.release(order.draft, order.officer, approver=order.approver,
                                  override_reason=order.override_reason, draft_id=order.draft_id)
    except ReleaseRefused as refused:
        problems = tuple(finding.message for finding in refused.findings)
        return ReleaseOutcome(False, tr("Not released: %1").replace("%1", refused.user_message), problems=problems)
    notice = result.notice
    counterpart = CounterpartBook(store).require(notice["counterpart"])
    path = outgoing.folders(counterpart).outbox / notice["sealed_file"]
    sequence = notice["sequence"]
    sealed = tr("Sealed as sequence %1 to %2").replace("%1", str(sequence)).replace("%2", counterpart.station_id)
    due = notice["ack_due_at"]
    if result.exported:
        if due:
            message = tr("%1; waiting for acknowledgement, due %2.").replace("%1", sealed).replace(
                "%2", due_in_words(read_time(due), station.clock()))
        else:
            message = tr("%1.").replace("%1", sealed)
    else:
        message = tr(
            "%1, but it could not be written to the outbox: %2. It is kept and goes "
            "out with File → Export pending notices."
        ).replace("%1", sealed).replace("%2", str(result.export_error))
    return ReleaseOutcome(True, message, sequence, notice.id, path, result.exported)


def due_in_words(due: datetime, now: datetime) -> str:
    """``1730Z`` on the same UTC day, ``30 NOV 0030Z`` on another: how the watch floor says a deadline."""
    due = due.astimezone(timezone.utc)
    if due.date() == now.astimezone(timezone.utc).date():
        return f"{due:%H%M}Z"
    return f"{due:%d} {MONTHS[due.month - 1]} {due:%H%M}Z"


def failed_outcome(error: Exception) -> ReleaseOutcome:
    """A release that raised: what the officer is told (the store keeps it whole or not at all)."""
    if isinstance(error, WatchdeskError):
        reason = error.user_message
    else:  # a defect: the log has the traceback, the officer still hears that it failed
        log.error("release failed", exc_info=error)
        reason = tr("an unexpected error (%1)").replace("%1", type(error).__name__)
    return ReleaseOutcome(
        False, tr("The release failed: %1. Check the Outbox before trying again.").replace("%1", reason.rstrip(".")))
