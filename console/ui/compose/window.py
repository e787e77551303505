"""The compose window: the form, the live map, the checks, autosave, preview and release.

Autosave: 1.5 s after the last change, at the latest 4 s after the first unsaved
change (so steady typing is saved too), whenever focus moves to another field, and
on close. Each save is one small transaction on the GUI thread's connection, which
keeps its order with release (which deletes the draft) trivially right.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.domain.areas import IMPACT_AREA_TYPES, area_from_dict
from console.domain.notices import Kind
from console.domain.rules import Finding, Severity
from console.domain.times import format_utc_with_local
from console.i18n import LANGUAGE_NAMES, current_language, tr
from console.printing.mapdraw.drawing import areas_from_notice
from console.printing.record import RecordData
from console.service.drafts import DraftBook, TemplateBook
from console.service.outgoing import Outgoing
from console.storage.counterparts import CounterpartBook
from console.storage.operators import OperatorBook
from console.ui import dialogs
from console.ui.compose.entry import TypedState, merge_findings, read_time, wire_from_typed
from console.ui.compose.form import KIND_TITLES, LAUNCH_KINDS, NoticeForm, kind_title
from console.ui.compose.preview import PreviewWindow
from console.ui.compose.release import (
    ReleaseDialog,
    ReleaseOrder,
    ReleaseOutcome,
    ReleaseSummary,
    StatusBanner,
    failed_outcome,
    seal_and_write,
)
from console.ui.map_widget import MapWidget
from console.ui.palette import colours_for, style_text
from console.ui.pin_entry import PinGuard
from console.ui.placement import place
from console.ui.worker import CoreWorker
from console.storage.operators import pairing_problem

log = logging.getLogger(__name__)

AUTOSAVE_IDLE_MS = 1500
AUTOSAVE_MAX_DELAY_MS = 4000
FOCUS_SCROLL_MARGIN = 40  # pixels kept in view around a field reached by Tab
RECHECK_MS = 30_000  # lead time and "window in the past" change as the clock runs


class ComposeWindow(QMainWindow):
    draft_saved = Signal(int)
    released = Signal(object)  # ReleaseOutcome
    closed = Signal(object)  # the window

    def __init__(
        self,
        station: Any,
        officer: Callable[[], str | None],
        state: TypedState,
        *,
        draft_id: int | None = None,
        target_description: str = "",
        parent: QWidget | None = None,
        worker: CoreWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Releases run here. The controller lends its own, which outlives this window, so a release
        # under way when the window closes still finishes and reports.
        self.worker = worker or CoreWorker(station, self, max_threads=1)
        self.setObjectName("composeWindow")
        self.station = station
        self.officer = officer
        self.draft_id = draft_id
        self.findings: list[Finding] = []
        self.dirty = False
        self.releasing = False
        self.outcome: ReleaseOutcome | None = None
        self.preview_window: PreviewWindow | None = None
        self._close_after_release = False
        self._placed: dict[int, Any] = {}
        place(self, 1280, 860, over=parent)

        counterparts = CounterpartBook(station.store).all()
        self.form = NoticeForm(station.clock, counterparts, self)
        if not state.get("drafted_by") and officer():
            state = {**state, "drafted_by": officer()}
        self.form.set_state(state)
        self.form.set_target_description(target_description)
        # A resumed draft or an answer to a sent notice is shown with everything still to do.
        self.form.reveal_missing = draft_id is not None or bool(state.get("target"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.form)
        self.scroll.setAccessibleName(tr("Notice form"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.banner = StatusBanner(self)
        self.header = QLabel(self)
        self.header.setObjectName("composeHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 12pt; font-weight: bold;")

        self.map = MapWidget(self)
        self.map.setMinimumSize(360, 240)
        self.checks = QListWidget(self)
        self.checks.setObjectName("checks")
        self.checks.setAccessibleName(tr("Checks: problems to fix before release"))
        self.checks.setWordWrap(True)
        self.checks.itemActivated.connect(self._go_to_finding)
        self.override_box = QGroupBox(tr("Agreement rules"), self)
        self.override_check = QCheckBox(tr("Release &despite the agreement warnings"), self)
        self.override_check.setAccessibleName(tr("Release despite the agreement warnings"))
        self.override_reason = QLineEdit(self)
        self.override_reason.setPlaceholderText(tr("Why: the reason is recorded in the audit log and printed"))
        self.override_reason.setAccessibleName(tr("Reason for the override"))
        reason_label = QLabel(tr("Override &reason:"), self)
        reason_label.setBuddy(self.override_reason)
        box = QVBoxLayout(self.override_box)
        box.addWidget(self.override_check)
        box.addWidget(reason_label)
        box.addWidget(self.override_reason)
        self.override_check.toggled.connect(self._on_override_toggled)
        self.override_reason.textChanged.connect(lambda _t: self._changed())

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        map_label = QLabel(tr("Map of the launch and impact areas"), self)
        map_label.setBuddy(self.map)
        self.map_label = map_label
        right_layout.addWidget(map_label)
        right_layout.addWidget(self.map, 4)
        checks_label = QLabel(tr("Chec&ks"), self)
        checks_label.setBuddy(self.checks)
        right_layout.addWidget(checks_label)
        right_layout.addWidget(self.checks, 1)
        right_layout.addWidget(self.override_box)

        splitter = QSplitter(self)
        splitter.addWidget(self.scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 560])

        self.result_label = QLabel(self)
        self.result_label.setObjectName("releaseResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(tr("Release result"))
        self.result_label.hide()

        self.save_action = self._action(tr("&Save draft"), QKeySequence.StandardKey.Save, self.save_now,
                                        "actionSaveDraft")
        self.template_action = self._action(tr("Save as &template…"), "Ctrl+Shift+S", self.save_as_template,
                                            "actionSaveTemplate")
        self.preview_action = self._action(tr("&Preview record"), "Ctrl+P", self.show_preview, "actionPreview")
        self.preview_action.setShortcuts([QKeySequence("Ctrl+P"), QKeySequence("Ctrl+Shift+P")])
        self.release_action = self._action(tr("&Release…"), "Ctrl+Return", self.release, "actionRelease")
        self.release_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.close_action = self._action(tr("&Close"), QKeySequence.StandardKey.Close, self.close, "actionClose")
        # Once the notice is out there is nothing left to type: Escape closes the window.
        self.escape_action = self._action(tr("Close after release"), "Escape", self.close, "actionCloseAfterRelease")
        self.escape_action.setEnabled(False)
        menu = self.menuBar().addMenu(tr("&Notice"))
        for action in (self.save_action, self.template_action, self.preview_action, self.release_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.close_action)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, action, text in (
            ("save", self.save_action, tr("Save draft (Ctrl+S)")),
            ("template", self.template_action, tr("Save as template…")),
            ("preview", self.preview_action, tr("Preview (Ctrl+P)")),
            ("release", self.release_action, tr("Release… (Ctrl+Enter)")),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.insertStretch(3, 1)
        self.buttons["release"].setStyleSheet("font-weight: bold;")

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.setCentralWidget(central)

        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(tr("Draft state"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(tr("Release in progress"))
        self.progress.hide()
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        # A compose window holds a draft and does not switch language while open: it says so.
        self.language = current_language()
        self.language_note = QLabel(self)
        self.language_note.setObjectName("composeLanguageNote")
        style_text(self.language_note, "warning")
        self.language_note.hide()
        self.statusBar().addPermanentWidget(self.language_note)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(AUTOSAVE_IDLE_MS)
        self.idle_timer.timeout.connect(self.autosave)
        self.max_delay_timer = QTimer(self)
        self.max_delay_timer.setSingleShot(True)
        self.max_delay_timer.setInterval(AUTOSAVE_MAX_DELAY_MS)
        self.max_delay_timer.timeout.connect(self.autosave)
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setInterval(RECHECK_MS)
        self.recheck_timer.timeout.connect(self._on_clock)
        self.recheck_timer.start()

        self.form.changed.connect(self._changed)
        self.form.structure_changed.connect(self._chain_tab_order)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)
        self._chain_tab_order()
        self._show_saved_state()
        self.recheck()
        self.form.kind_combo.setFocus()

    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---- what the officer sees --------------------------------------------------------------

    def _chain_tab_order(self) -> None:
        chain = self.form.focus_chain() + [self.map, self.checks, self.override_check, self.override_reason]
        chain += [self.buttons[key] for key in ("save", "template", "preview", "release")]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def wire(self) -> tuple[dict[str, Any], list[Finding]]:
        return wire_from_typed(self.form.state())

    def recheck(self) -> None:
        """Run the agreement's rules on what is typed; show each finding beside its field and on the map."""
        wire, problems = self.wire()
        checked = dict(wire)
        # The releasing officer is named at release when nobody is on watch.
        checked.setdefault("drafted_by", self.officer() or "officer to be named at release")
        rules = Outgoing(self.station).check(checked)
        rules += self._recipient_findings(wire.get("recipient"))
        self.findings = merge_findings(problems, rules)
        self._placed = self.form.show_findings(self.findings)
        self._fill_checks()
        warnings = [f for f in self.findings if f.severity is Severity.WARNING]
        self.override_box.setVisible(bool(warnings))
        self.override_reason.setEnabled(self.override_check.isChecked())
        kind = self.form.kind()
        has_map = kind in LAUNCH_KINDS
        self.map.setVisible(has_map)
        self.map_label.setVisible(has_map)
        self.map.set_areas(areas_from_notice(wire) if has_map else [])
        self.banner.set_status(wire.get("status", ""))
        self._show_header(wire)

    def _recipient_findings(self, recipient: str | None) -> list[Finding]:
        if not recipient:
            return []
        counterpart = CounterpartBook(self.station.store).get(recipient)
        if counterpart is None:
            return [Finding("recipient", "not_a_counterpart",
                            f"{recipient} is not a counterpart of this station.", Severity.ERROR)]
        if not counterpart.verified:
            return [Finding("recipient", "key_not_verified",
                            f"{recipient}'s key is not verified: compare the safety number with {recipient} "
                            "and verify the key before sending to it.", Severity.ERROR)]
        return []

    def _fill_checks(self) -> None:
        self.checks.clear()
        if not self.findings:
            item = QListWidgetItem(self.tr("✔ All checks pass."))
            item.setData(Qt.ItemDataRole.UserRole, -1)
            self.checks.addItem(item)
            return
        for index, finding in enumerate(self.findings):
            slot = self._placed.get(index)
            where = slot.focus.accessibleName() if slot is not None else self.tr("Message")
            mark = "✖" if finding.severity is Severity.ERROR else "⚠"
            item = QListWidgetItem(f"{mark} {where}: {finding.message}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setForeground(Qt.GlobalColor.darkRed if finding.severity is Severity.ERROR
                               else Qt.GlobalColor.darkYellow)
            self.checks.addItem(item)

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        slot = self._placed.get(item.data(Qt.ItemDataRole.UserRole))
        if slot is not None:
            self.scroll.ensureWidgetVisible(slot.focus)
            slot.focus.setFocus()

    def _show_header(self, wire: dict[str, Any]) -> None:
        kind = kind_title(wire.get("kind"))
        recipient = wire.get("recipient") or self.tr("no recipient yet")
        drafted_by = wire.get("drafted_by") or self.officer()
        parts = [self.tr("%1 to %2").replace("%1", kind).replace("%2", recipient)]
        parts.append(self.tr("draft %1").replace("%1", str(self.draft_id)) if self.draft_id else self.tr("new draft"))
        if drafted_by:
            parts.append(self.tr("drafted by %1").replace("%1", drafted_by))
        self.header.setText(" · ".join(parts))
        self.setWindowTitle(self.tr("Compose — %1 — Watchdesk").replace("%1", kind))

    def _show_saved_state(self, saved_at: str | None = None) -> None:
        if self.outcome is not None and self.outcome.released:
            return
        if saved_at:
            self.saved_label.setText(self.tr("Draft %1 saved %2").replace("%1", str(self.draft_id))
                                     .replace("%2", saved_at))
        elif self.draft_id is None:
            self.saved_label.setText(self.tr("Not saved yet: the draft is saved as you type."))

    # ---- changes and autosave -------------------------------------------------------------

    def _changed(self) -> None:
        if self.releasing or (self.outcome is not None and self.outcome.released):
            return
        self.dirty = True
        self.idle_timer.start()
        if not self.max_delay_timer.isActive():
            self.max_delay_timer.start()
        self.recheck()

    def _on_override_toggled(self, checked: bool) -> None:
        self.override_reason.setEnabled(checked)
        if checked:
            self.override_reason.setFocus()

    def _on_clock(self) -> None:
        self.form.refresh_times()
        if not self.releasing:
            self.recheck()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.form.isAncestorOf(new):
            # Tab into a field below (or above) the fold: scroll it into view, with a margin so
            # its label and the field after it show too.
            self._keep_in_view(new)
            # Again once the layout has settled: leaving a field can show its findings above this one.
            QTimer.singleShot(0, self, lambda: self._keep_in_view(new))
        if old is None or not self.isAncestorOf(old):
            return
        if self.dirty:
            self.autosave()
        if self.form.mark_touched(old) and not self.releasing:
            self.recheck()

    def _keep_in_view(self, widget: QWidget) -> None:
        """Scroll the whole of a focused field into view, a margin around it (ensureWidgetVisible alone
        shows only a text field's cursor, leaving its edge under the fold); a field taller than the
        view shows its cursor."""
        if not shiboken6.isValid(widget) or not widget.hasFocus() or not self.form.isAncestorOf(widget):
            return
        view = self.scroll.viewport().size()
        if widget.height() + 2 * FOCUS_SCROLL_MARGIN > view.height():
            self.scroll.ensureWidgetVisible(widget, FOCUS_SCROLL_MARGIN, FOCUS_SCROLL_MARGIN)
            return
        centre = widget.mapTo(self.form, QPoint(widget.width() // 2, widget.height() // 2))
        self.scroll.ensureVisible(centre.x(), centre.y(), min(widget.width() // 2 + FOCUS_SCROLL_MARGIN, view.width() // 2),
                                  widget.height() // 2 + FOCUS_SCROLL_MARGIN)

    def autosave(self) -> None:
        if self.dirty:
            self.save(autosave=True)

    def save_now(self) -> None:
        self.save(autosave=False)

    def save(self, *, autosave: bool) -> int | None:
        """Write the draft (typed fields and wire form) to the store. Returns its id."""
        if self.releasing or (self.outcome is not None and self.outcome.released):
            return self.draft_id
        self.idle_timer.stop()
        self.max_delay_timer.stop()
        state = self.form.state()
        wire, _problems = wire_from_typed(state)
        try:
            self.draft_id = DraftBook(self.station.store, self.station.clock).save(
                wire, self.officer() or state.get("drafted_by") or None, self.draft_id, typed=state,
                autosave=autosave,
            )
        except Exception as error:  # noqa: BLE001 - a failed save must be seen, and typing must go on
            log.exception("saving draft %s failed", self.draft_id)
            self.saved_label.setText(self.tr("NOT SAVED: %1").replace("%1", str(error)))
            self.saved_label.setStyleSheet(f"color: {colours_for(self).error_text}; font-weight: bold;")
            return self.draft_id
        self.dirty = False
        self.saved_label.setStyleSheet("")
        self._show_saved_state(format_utc_with_local(self.station.clock(), seconds=True, date=False))
        self._show_header(wire)
        self.draft_saved.emit(self.draft_id)
        return self.draft_id

    # ---- templates ---------------------------------------------------------------------------

    def save_as_template(self) -> None:
        state = self.form.state()
        wire, _problems = wire_from_typed(state)
        default = wire.get("body", {}).get("subject", "") if wire["kind"] == Kind.GENERAL_COMMUNICATION else ""
        name = dialogs.ask_text(self, self.tr("Save as template"),
                                self.tr("Name of the template (for %1):").replace("%1", wire.get("recipient")
                                                                                   or self.tr("any counterpart")),
                                default)
        if name is None:
            return
        with dialogs.reported(self, self.tr("Template not saved")):
            TemplateBook(self.station.store, self.station.clock).save(name, wire, self.officer(), typed=state)
            self.statusBar().showMessage(self.tr("Saved as template '%1'.").replace("%1", name.strip()), 8000)

    # ---- preview -------------------------------------------------------------------------------

    def record_data(self) -> RecordData:
        """The record of this draft as it stands: what Preview shows and what printing will show."""
        wire, _problems = self.wire()
        notice = {"format_version": 1, "sender": self.station.station_id, **wire}
        counterpart = CounterpartBook(self.station.store).get(wire.get("recipient") or "")
        settings = self.station.settings()
        override = self.override_reason.text().strip() if self.override_check.isChecked() else None
        return RecordData(
            notice=notice,
            direction="out",
            station_id=self.station.station_id,
            station_name=self.station.name,
            counterpart_id=wire.get("recipient") or "",
            counterpart_name=counterpart.name if counterpart else "",
            handling_banner=counterpart.profile.handling_banner if counterpart else settings["handling_banner"],
            printed_by=self.officer() or wire.get("drafted_by") or "",
            printed_at=self.station.clock(),
            override_reason=override or None,
            paper=settings.get("paper", "A4"),
        )

    def show_preview(self) -> None:
        data = self.record_data()
        if self.preview_window is not None:
            self.preview_window.set_data(data)
        else:
            self.preview_window = PreviewWindow(data, self)
            self.preview_window.destroyed.connect(lambda *_: setattr(self, "preview_window", None))
        self.preview_window.show()
        self.preview_window.raise_()
        self.preview_window.activateWindow()

    # ---- release ---------------------------------------------------------------------------------

    def release(self) -> None:
        if self.releasing or (self.outcome is not None and self.outcome.released):
            return
        self.save(autosave=True)
        self.form.reveal_missing = True
        self.recheck()
        errors = [f for f in self.findings if f.severity is Severity.ERROR]
        if errors:
            self._show_result(False, tr("Not released: %n problem(s) to fix first, listed under Checks and "
                                        "beside the fields.", "", len(errors)))
            self._focus_finding(self.findings.index(errors[0]))
            return
        warnings = [f for f in self.findings if f.severity is Severity.WARNING]
        override_reason = None
        if warnings:
            override_reason = self.override_reason.text().strip()
            if not self.override_check.isChecked() or not override_reason:
                self._show_result(False, tr("Not released: the notice departs from the agreement's rules. Tick "
                                            "'Release despite the agreement warnings' and write the reason, or "
                                            "fix the fields."))
                (self.override_reason if self.override_check.isChecked() else self.override_check).setFocus()
                return
        wire, _problems = self.wire()
        officer_on_watch = self.officer()
        dialog = ReleaseDialog(
            self,
            self._summary(wire, override_reason, warnings),
            operators=[operator.name for operator in OperatorBook(self.station.store).all()],
            officer_on_watch=officer_on_watch,
            two_person=self.station.two_person_rule() and wire.get("kind") not in (Kind.ACKNOWLEDGEMENT, Kind.ERROR),
            pins=lambda busy: PinGuard(OperatorBook(self.station.store), self.station.clock, busy,
                                       lambda dialog: dialogs.exec_dialog(dialog)),
            pair_problem=self._pair_problem,
        )
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.officer:
            self.statusBar().showMessage(tr("Release cancelled; the draft is kept."), 8000)
            return
        if not wire.get("drafted_by"):
            wire["drafted_by"] = dialog.officer
        self._start_release(wire, dialog.officer, dialog.approver, override_reason)

    def _pair_problem(self, releasing: str, approving: str | None) -> str | None:
        pairing = self.station.settings().get("two_person_pairing", "any_two")
        return pairing_problem(OperatorBook(self.station.store), releasing, approving, pairing)

    def _summary(self, wire: dict[str, Any], override_reason: str | None, warnings: list[Finding]) -> ReleaseSummary:
        recipient = wire.get("recipient", "")
        counterpart = CounterpartBook(self.station.store).get(recipient)
        body = wire.get("body", {})
        content = body.get("content") if wire.get("kind") == Kind.AMENDMENT else body
        window = None
        launch_area = None
        impact_areas: tuple[str, ...] = ()
        if wire.get("kind") in LAUNCH_KINDS and isinstance(content, dict):
            start, end = content.get("window_start"), content.get("window_end")
            if start and end:
                window = f"{format_utc_with_local(read_time(start))} – {format_utc_with_local(read_time(end))}"
            # No errors are left by now, so every area reads; the officer sees each as it will be sealed.
            launch_area = area_from_dict(content["launch_area"]).words()
            impact_areas = tuple(f"I{number}: {area_from_dict(area, allowed=IMPACT_AREA_TYPES).words()}"
                                 for number, area in enumerate(content.get("impact_areas") or [], 1))
        return ReleaseSummary(
            recipient=recipient,
            recipient_name=counterpart.name if counterpart else "",
            kind=kind_title(wire.get("kind")) if wire.get("kind") in KIND_TITLES else wire.get("kind", ""),
            precedence=wire.get("precedence", ""),
            status=wire.get("status", ""),
            window=window,
            refers_to=self.form.target_label.text() or None,
            override_reason=override_reason,
            warnings=tuple(f.message for f in warnings),
            launch_area=launch_area,
            impact_areas=impact_areas,
            exercise_agreement=counterpart is not None and counterpart.profile.exercise,
        )

    def _start_release(self, wire: dict[str, Any], officer: str, approver: str | None,
                       override_reason: str | None) -> None:
        self.releasing = True
        self.idle_timer.stop()
        self.max_delay_timer.stop()
        self._set_editable(False)
        self.progress.show()
        self.saved_label.setText(self.tr("Sealing and writing to the outbox…"))
        order = ReleaseOrder(wire, officer, approver, override_reason, self.draft_id)
        self.worker.run(lambda store: seal_and_write(self.station, order, store), self._release_finished,
                        lambda error: self._release_finished(failed_outcome(error)))

    def _set_editable(self, editable: bool) -> None:
        """The form and everything that saves or releases it: off while a release runs, so nothing is
        pressed twice and nothing is typed that would not go out."""
        self.form.setEnabled(editable)
        self.override_box.setEnabled(editable)
        for action in (self.save_action, self.template_action, self.release_action):
            action.setEnabled(editable)
        for key in ("save", "template", "release"):
            self.buttons[key].setEnabled(editable)

    def _release_finished(self, outcome: ReleaseOutcome) -> None:
        self.releasing = False
        self.progress.hide()
        self.outcome = outcome
        if outcome.released:
            self.draft_id = None
            self.dirty = False
            self.saved_label.setText(self.tr("Released; the draft was removed."))
        else:
            self._set_editable(True)
            self.saved_label.setText(self.tr("Not released; the draft is kept."))
        text = outcome.message
        if outcome.problems:
            text += "\n" + "\n".join(f"• {problem}" for problem in outcome.problems)
        if outcome.released:
            text += "\n" + self.tr("Escape closes this window.")
            self.escape_action.setEnabled(True)
            self.result_label.setFocus()
        self._show_result(outcome.released and outcome.exported, text)
        self.released.emit(outcome)
        # Sealed and written: the main window's status bar repeats the outcome and the compose window goes.
        # A notice kept for a later export stays on screen until the officer has read why (Escape closes it).
        if self._close_after_release or (outcome.released and outcome.exported):
            self.close()

    def _show_result(self, good: bool, text: str) -> None:
        colour = colours_for(self).good_text if good else colours_for(self).error_text
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold; border: 2px solid {colour}; "
                                        "padding: 6px;")
        self.result_label.setText(text)
        self.result_label.show()

    def _focus_finding(self, index: int) -> None:
        slot = self._placed.get(index)
        if slot is None:
            self.checks.setFocus()
            return
        self.scroll.ensureWidgetVisible(slot.focus)
        slot.focus.setFocus()

    # ---- language ---------------------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.note_language_change()
        super().changeEvent(event)

    def note_language_change(self) -> None:
        """The console's language changed while this window is open: it keeps its own (the form, its
        messages and the draft stay as they are) and says, in the new language, when it takes it."""
        now = current_language()
        if now == self.language:
            self.language_note.hide()
            return
        text = tr("This window stays in {kept} while it is open; it opens in {new} next time.").format(
            kept=LANGUAGE_NAMES.get(self.language, self.language), new=LANGUAGE_NAMES.get(now, now))
        self.language_note.setText(text)
        self.language_note.setAccessibleName(text)
        self.language_note.show()

    # ---- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self.releasing:
            # The seal is being written: the window stays until its outcome is shown (the main
            # window's status bar repeats it), then closes as asked.
            self._close_after_release = True
            self.statusBar().showMessage(self.tr("The release is still running; the window closes after it."), 5000)
            event.ignore()
            return
        if self.dirty:
            self.autosave()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.disconnect(self._on_focus_changed)
        self.idle_timer.stop()
        self.max_delay_timer.stop()
        self.recheck_timer.stop()
        self.closed.emit(self)
        super().closeEvent(event)

    def discard(self) -> None:
        """Close without saving (the draft was deleted elsewhere)."""
        self.dirty = False
        self.draft_id = None
        self.close()
