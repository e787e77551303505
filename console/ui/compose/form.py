"""The compose form: one layout per message kind, built from the wire shape's fields.

The form holds what the officer typed (``state()`` / ``set_state()``, see entry.py)
and shows findings beside the fields they are about: each finding carries a dotted
wire path (``body.impact_areas[1].points``) that ``slot_for`` maps to the widget
with the longest matching path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.areas import IMPACT_AREA_TYPES, LAUNCH_AREA_TYPES
from console.domain.notices import Kind, Precedence, Status, VehicleCategory
from console.domain.rules import Finding
from console.i18n import QT_TRANSLATE_NOOP, lookup, tr
from console.storage.counterparts import Counterpart
from console.ui.compose.entry import TypedState, covers, empty_area, empty_launch, empty_state
from console.ui.compose.fields import AreaEditor, FieldMessage, TimeEdit, label_words

KIND_TITLES = {
    Kind.LAUNCH_NOTIFICATION: QT_TRANSLATE_NOOP("NoticeForm", "Launch notification"),
    Kind.AMENDMENT: QT_TRANSLATE_NOOP("NoticeForm", "Amendment or postponement"),
    Kind.CANCELLATION: QT_TRANSLATE_NOOP("NoticeForm", "Cancellation"),
    Kind.POST_LAUNCH_REPORT: QT_TRANSLATE_NOOP("NoticeForm", "Post-launch report"),
    Kind.GENERAL_COMMUNICATION: QT_TRANSLATE_NOOP("NoticeForm", "General communication"),
}


def kind_title(kind: str) -> str:
    """A kind as the compose window names it, in the language in force."""
    return lookup("NoticeForm", KIND_TITLES.get(kind, QT_TRANSLATE_NOOP("NoticeForm", "Notice")))
NEW_KINDS = (Kind.LAUNCH_NOTIFICATION, Kind.GENERAL_COMMUNICATION)
ANSWER_KINDS = (Kind.AMENDMENT, Kind.CANCELLATION, Kind.POST_LAUNCH_REPORT)
LAUNCH_KINDS = (Kind.LAUNCH_NOTIFICATION, Kind.AMENDMENT)
# Findings that only say a field is still empty.
MISSING_CODES = ("missing_field", "no_impact_area")



@dataclass
class Slot:
    """Where findings about one wire path are shown, and which widget takes focus for it."""

    path: str
    focus: QWidget
    message: FieldMessage


def _multiline(parent: QWidget, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 3)
    return edit


class NoticeForm(QWidget):
    changed = Signal()
    structure_changed = Signal()  # areas added or removed, kind switched: the tab order is rebuilt

    def __init__(self, clock: Callable[[], datetime], counterparts: list[Counterpart],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._loading = False
        self._references: list[dict] = []
        self._target = ""
        self._drafted_by = ""
        self.slots: dict[str, Slot] = {}
        # "X is missing" waits beside an empty field until the officer has been there (or tries to release).
        self.touched: set[str] = set()
        self.reveal_missing = False
        self.time_edits: list[TimeEdit] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.general_message = FieldMessage(tr("the message"), self)
        layout.addWidget(self.general_message)

        # -- envelope
        self.envelope_box = QGroupBox(tr("Message"), self)
        form = QFormLayout(self.envelope_box)
        self.kind_combo = QComboBox(self)
        self._row(form, "kind", tr("&Kind:"), self.kind_combo)
        self.recipient_combo = QComboBox(self)
        self.recipient_combo.addItem(tr("Choose the counterpart"), "")
        for counterpart in counterparts:
            state = "" if counterpart.verified else tr(" (key NOT verified)")
            self.recipient_combo.addItem(f"{counterpart.station_id} — {counterpart.name}{state}", counterpart.station_id)
        self._profiles = {c.station_id: c.profile.name for c in counterparts}
        self._exercise = {c.station_id: c.profile.exercise for c in counterparts}
        self._last_recipient = ""
        self._row(form, "recipient", tr("&To:"), self.recipient_combo)
        self.precedence_combo = QComboBox(self)
        for precedence in Precedence:
            self.precedence_combo.addItem(precedence.value, precedence.value)
        self._row(form, "precedence", tr("&Precedence:"), self.precedence_combo)
        self.status_combo = QComboBox(self)
        # ACTUAL is never chosen for the officer: a new notice starts with none (EXERCISE under an exercise
        # agreement), so a real notification is always somebody's deliberate choice.
        self.status_combo.addItem(tr("Choose the status"), "")
        for status in Status:
            self.status_combo.addItem(status.value, status.value)
        self._row(form, "status", tr("&Status:"), self.status_combo)
        self.agreement_edit = QLineEdit(self)
        self._row(form, "agreement", tr("A&greement:"), self.agreement_edit)
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.target_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by screen readers in the tab order
        self.target_title = self._row(form, "references", tr("Refers to:"), self.target_label)
        layout.addWidget(self.envelope_box)

        # -- launch details (notification, amendment)
        self.launch_box = QGroupBox(tr("Launch details"), self)
        form = QFormLayout(self.launch_box)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(tr("Choose a category"), "")
        for category in VehicleCategory:
            self.category_combo.addItem(category.value, category.value)
        self._row(form, "@.vehicle_category", tr("&Vehicle category:"), self.category_combo)
        self.count_edit = QLineEdit(self)
        self.count_edit.setMaximumWidth(120)
        self._row(form, "@.vehicle_count", tr("&Number of vehicles:"), self.count_edit)
        self.group_check = QCheckBox(tr("&Group launch (several vehicles in close succession)"), self)
        self._row(form, "@.group_launch", "", self.group_check)
        self.window_start = TimeEdit(tr("Window opens (UTC)"), clock, self)
        self._row(form, "@.window_start", tr("Window &opens (UTC):"), self.window_start, self.window_start.edit)
        self.window_end = TimeEdit(tr("Window closes (UTC)"), clock, self)
        self._row(form, "@.window_end", tr("Window &closes (UTC):"), self.window_end, self.window_end.edit)
        self.time_edits += [self.window_start, self.window_end]
        self.direction_edit = QLineEdit(self)
        self.direction_edit.setPlaceholderText(tr("optional, e.g. north-east"))
        self._row(form, "@.planned_direction", tr("Planned &direction:"), self.direction_edit)
        self.launch_area = AreaEditor(tr("Launch area"), LAUNCH_AREA_TYPES, parent=self)
        self.launch_area.changed.connect(self._emit_changed)
        self._area_slots(self.launch_area, "@.launch_area")
        form.addRow(self.launch_area)
        self.impact_heading = QLabel(tr("Impact areas"), self)
        self.impact_heading.setStyleSheet("font-weight: bold;")
        form.addRow(self.impact_heading)
        self.impacts_message = FieldMessage(tr("Impact areas"), self)
        form.addRow(self.impacts_message)
        self.impacts_container = QWidget(self)
        self.impacts_layout = QVBoxLayout(self.impacts_container)
        self.impacts_layout.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.impacts_container)
        self.impact_editors: list[AreaEditor] = []
        self.add_impact_button = QPushButton(tr("&Add impact area"), self)
        self.add_impact_button.setAccessibleName(tr("Add impact area"))
        self.add_impact_button.clicked.connect(self._add_impact_clicked)
        form.addRow(self.add_impact_button)
        self.slots["@.impact_areas"] = Slot("@.impact_areas", self.add_impact_button, self.impacts_message)
        self.remarks_edit = _multiline(self)
        self._row(form, "@.remarks", tr("&Remarks:"), self.remarks_edit)
        layout.addWidget(self.launch_box)

        # -- reason (amendment: optional; cancellation: required)
        self.reason_box = QGroupBox(tr("Reason"), self)
        form = QFormLayout(self.reason_box)
        self.reason_edit = _multiline(self)
        self.reason_title = self._row(form, "body.reason", tr("R&eason:"), self.reason_edit)
        layout.addWidget(self.reason_box)

        # -- post-launch report
        self.report_box = QGroupBox(tr("Post-launch report"), self)
        form = QFormLayout(self.report_box)
        self.launch_time = TimeEdit(tr("Actual launch time (UTC)"), clock, self)
        self._row(form, "body.actual_launch_time", tr("Actual &launch time (UTC):"), self.launch_time,
                  self.launch_time.edit)
        self.time_edits.append(self.launch_time)
        self.report_remarks = _multiline(self)
        self._row(form, "body.remarks", tr("Re&marks:"), self.report_remarks)
        layout.addWidget(self.report_box)

        # -- general communication
        self.general_box = QGroupBox(tr("General communication"), self)
        form = QFormLayout(self.general_box)
        self.subject_edit = QLineEdit(self)
        self._row(form, "body.subject", tr("S&ubject:"), self.subject_edit)
        self.text_edit = _multiline(self, 160)
        self._row(form, "body.text", tr("Te&xt:"), self.text_edit)
        layout.addWidget(self.general_box)
        layout.addStretch(1)

        for signal in (
            self.recipient_combo.currentIndexChanged, self.precedence_combo.currentIndexChanged,
            self.status_combo.currentIndexChanged, self.agreement_edit.textChanged,
            self.category_combo.currentIndexChanged, self.count_edit.textChanged, self.group_check.toggled,
            self.window_start.changed, self.window_end.changed, self.direction_edit.textChanged,
            self.remarks_edit.textChanged, self.reason_edit.textChanged, self.launch_time.changed,
            self.report_remarks.textChanged, self.subject_edit.textChanged, self.text_edit.textChanged,
        ):
            signal.connect(self._emit_changed)
        self.recipient_combo.currentIndexChanged.connect(self._recipient_chosen)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.set_state(empty_state())

    # ---- building -------------------------------------------------------------------

    def _row(self, form: QFormLayout, path: str, label_text: str, field: QWidget,
             focus: QWidget | None = None) -> QLabel | None:
        """A labelled field with its finding message under it; `path` may start with '@' (the launch content)."""
        focus = focus or field
        name = label_words(label_text) or (field.text().replace("&", "") if hasattr(field, "text")
                                          and callable(field.text) else path)
        focus.setAccessibleName(name)
        message = FieldMessage(name, self)
        self.slots[path] = Slot(path, focus, message)
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(field)
        box.addWidget(message)
        if not label_text:
            form.addRow(column)
            return None
        label = QLabel(label_text, self)
        label.setBuddy(focus)
        form.addRow(label, column)
        return label

    def _area_slots(self, editor: AreaEditor, path: str) -> None:
        self.slots[path] = Slot(path, editor.type_combo, editor.messages["type"])
        for key, message in editor.messages.items():
            if key != "type":
                self.slots[f"{path}.{key}"] = Slot(f"{path}.{key}", editor.focus_widget(key), message)

    def _impact_path(self, index: int) -> str:
        return f"@.impact_areas[{index}]"

    def _rebuild_impact_slots(self) -> None:
        for key in [k for k in self.slots if k.startswith("@.impact_areas[")]:
            del self.slots[key]
        for index, editor in enumerate(self.impact_editors):
            editor.set_title(self.tr("Impact area I%1").replace("%1", str(index + 1)))
            editor.remove_button.setVisible(len(self.impact_editors) > 1)
            self._area_slots(editor, self._impact_path(index))

    def add_impact_area(self, state: TypedState | None = None) -> AreaEditor:
        number = len(self.impact_editors) + 1
        editor = AreaEditor(self.tr("Impact area I%1").replace("%1", str(number)), IMPACT_AREA_TYPES,
                            removable=True, parent=self.impacts_container)
        editor.set_state(state or empty_area("polygon"))
        editor.changed.connect(self._emit_changed)
        editor.remove_requested.connect(self.remove_impact_area)
        self.impacts_layout.addWidget(editor)
        self.impact_editors.append(editor)
        self._rebuild_impact_slots()
        self.structure_changed.emit()
        return editor

    def _add_impact_clicked(self) -> None:
        editor = self.add_impact_area()
        self._emit_changed()
        editor.type_combo.setFocus()

    def remove_impact_area(self, editor: AreaEditor) -> None:
        if editor not in self.impact_editors or len(self.impact_editors) == 1:
            return
        index = self.impact_editors.index(editor)
        self.impact_editors.remove(editor)
        self._drop_editor(editor)
        self._rebuild_impact_slots()
        self.structure_changed.emit()
        self._emit_changed()
        following = self.impact_editors[min(index, len(self.impact_editors) - 1)]
        following.type_combo.setFocus()

    def _drop_editor(self, editor: AreaEditor) -> None:
        # Hidden at once: deletion waits for the event loop, and the form must not show it meanwhile.
        editor.hide()
        self.impacts_layout.removeWidget(editor)
        editor.deleteLater()

    # ---- kind -------------------------------------------------------------------------

    def kind(self) -> str:
        return self.kind_combo.currentData() or Kind.LAUNCH_NOTIFICATION

    def _fill_kinds(self, kind: str) -> None:
        kinds = ANSWER_KINDS if kind in ANSWER_KINDS else NEW_KINDS
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for option in kinds:
            self.kind_combo.addItem(kind_title(option), str(option))
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(str(kind)), 0))
        self.kind_combo.blockSignals(False)

    def _kind_chosen(self) -> None:
        self._show_sections()
        self.structure_changed.emit()
        self._emit_changed()

    def _show_sections(self) -> None:
        kind = self.kind()
        self.launch_box.setVisible(kind in LAUNCH_KINDS)
        self.launch_box.setTitle(self.tr("Replacement launch details") if kind == Kind.AMENDMENT
                                 else self.tr("Launch details"))
        self.reason_box.setVisible(kind in (Kind.AMENDMENT, Kind.CANCELLATION))
        if self.reason_title is not None:
            self.reason_title.setText(self.tr("R&eason (optional):") if kind == Kind.AMENDMENT
                                      else self.tr("R&eason:"))
        self.report_box.setVisible(kind == Kind.POST_LAUNCH_REPORT)
        self.general_box.setVisible(kind == Kind.GENERAL_COMMUNICATION)
        answers = kind in ANSWER_KINDS
        self.target_label.setVisible(answers)
        if self.target_title is not None:
            self.target_title.setVisible(answers)
        self.slots["references"].message.setVisible(answers and bool(self.slots["references"].message.findings))

    def content_path(self) -> str:
        """Where the launch details sit in the wire dict of this kind."""
        return "body.content" if self.kind() == Kind.AMENDMENT else "body"

    # ---- recipient ----------------------------------------------------------------------

    def recipient(self) -> str:
        return self.recipient_combo.currentData() or ""

    def default_status(self, recipient: str) -> str:
        """The status a new notice to `recipient` starts with: EXERCISE under an exercise agreement, else
        none (the officer chooses)."""
        return Status.EXERCISE.value if self._exercise.get(recipient) else ""

    def status(self) -> str:
        return self.status_combo.currentData() or ""

    def _recipient_chosen(self) -> None:
        if self._loading:
            return
        previous, self._last_recipient = self._last_recipient, self.recipient()
        # A status the officer chose stays; one that only followed the last recipient's agreement follows the new.
        if self.status() == self.default_status(previous):
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(self.default_status(self.recipient())), 0))
        profile_name = self._profiles.get(self.recipient())
        if profile_name and (not self.agreement_edit.text().strip() or self.agreement_edit.text() in
                             self._profiles.values()):
            self.agreement_edit.setText(profile_name)

    def set_target_description(self, text: str) -> None:
        self.target_label.setText(text)
        self.target_label.setAccessibleName(self.tr("Refers to: %1").replace("%1", text))

    # ---- state --------------------------------------------------------------------------------

    def state(self) -> TypedState:
        launch = {
            "vehicle_category": self.category_combo.currentData() or "",
            "vehicle_count": self.count_edit.text(),
            "group_launch": self.group_check.isChecked(),
            "window_start": self.window_start.text(),
            "window_end": self.window_end.text(),
            "planned_direction": self.direction_edit.text(),
            "remarks": self.remarks_edit.toPlainText(),
            "launch_area": self.launch_area.state(),
            "impact_areas": [editor.state() for editor in self.impact_editors],
        }
        return {
            "kind": self.kind(),
            "recipient": self.recipient(),
            "precedence": self.precedence_combo.currentData(),
            "status": self.status(),
            "agreement": self.agreement_edit.text(),
            "drafted_by": self._drafted_by,
            "references": list(self._references),
            "target": self._target,
            "launch": launch,
            "reason": self.reason_edit.toPlainText(),
            "actual_launch_time": self.launch_time.text(),
            "report_remarks": self.report_remarks.toPlainText(),
            "subject": self.subject_edit.text(),
            "text": self.text_edit.toPlainText(),
        }

    def set_state(self, state: TypedState) -> None:
        state = {**empty_state(state.get("kind") or Kind.LAUNCH_NOTIFICATION), **state}
        launch = {**empty_launch(), **(state.get("launch") or {})}
        self._loading = True
        try:
            self._fill_kinds(state["kind"])
            recipient = state["recipient"]
            if recipient and self.recipient_combo.findData(recipient) < 0:
                self.recipient_combo.addItem(self.tr("%1 (not a counterpart of this station)").replace("%1", recipient),
                                             recipient)
            self.recipient_combo.setCurrentIndex(max(self.recipient_combo.findData(recipient), 0))
            self._last_recipient = self.recipient()
            self.precedence_combo.setCurrentIndex(max(self.precedence_combo.findData(state["precedence"]), 0))
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(state["status"]), 0))
            self.agreement_edit.setText(state["agreement"])
            self._drafted_by = state["drafted_by"]
            self._references = list(state["references"])
            self._target = state["target"]
            self.category_combo.setCurrentIndex(max(self.category_combo.findData(launch["vehicle_category"]), 0))
            self.count_edit.setText(launch["vehicle_count"])
            self.group_check.setChecked(bool(launch["group_launch"]))
            self.window_start.set_text(launch["window_start"])
            self.window_end.set_text(launch["window_end"])
            self.direction_edit.setText(launch["planned_direction"])
            self.remarks_edit.setPlainText(launch["remarks"])
            self.launch_area.set_state(launch["launch_area"])
            for editor in list(self.impact_editors):
                self._drop_editor(editor)
            self.impact_editors.clear()
            for area in launch["impact_areas"] or [empty_area("polygon")]:
                self.add_impact_area(area)
            self.reason_edit.setPlainText(state["reason"])
            self.launch_time.set_text(state["actual_launch_time"])
            self.report_remarks.setPlainText(state["report_remarks"])
            self.subject_edit.setText(state["subject"])
            self.text_edit.setPlainText(state["text"])
        finally:
            self._loading = False
        self._show_sections()
        self.structure_changed.emit()
        self.changed.emit()

    def _emit_changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def refresh_times(self) -> None:
        for edit in self.time_edits:
            edit.refresh()

    # ---- findings ---------------------------------------------------------------------------

    def _wire_key(self, key: str) -> str:
        return key.replace("@", self.content_path(), 1) if key.startswith("@") else key

    def slot_for(self, path: str) -> Slot | None:
        """The slot whose wire path is the longest prefix of `path`, among the visible ones."""
        best: Slot | None = None
        best_length = -1
        for key, slot in self.slots.items():
            wire_key = self._wire_key(key)
            if covers(wire_key, path) and len(wire_key) > best_length and self._shown(slot):
                best, best_length = slot, len(wire_key)
        return best

    def _shown(self, slot: Slot) -> bool:
        # Sections of other kinds are hidden; so are the pages of other area types.
        return slot.focus.isVisibleTo(self)

    def show_findings(self, findings: list[Finding]) -> dict[int, Slot | None]:
        """Put every finding beside its field. Returns finding index -> slot (None: shown at the top)."""
        grouped: dict[str, list[Finding]] = {key: [] for key in self.slots}
        general: list[Finding] = []
        placed: dict[int, Slot | None] = {}
        for index, finding in enumerate(findings):
            slot = self.slot_for(finding.field)
            placed[index] = slot
            if finding.code in MISSING_CODES and not self.reveal_missing and not self._touched_within(slot):
                continue
            if slot is None:
                general.append(finding)
            else:
                grouped[slot.path].append(finding)
        seen: set[int] = set()
        for key, slot in self.slots.items():
            # Sub-fields may share one message label (radius and unit); fill it once.
            if id(slot.message) in seen:
                if grouped[key]:
                    slot.message.show_findings(slot.message.findings + grouped[key])
                continue
            seen.add(id(slot.message))
            slot.message.show_findings(grouped[key])
            description = slot.message.plain_text()
            slot.focus.setAccessibleDescription(description)
        self.general_message.show_findings(general)
        self._show_sections()
        return placed

    def _touched_within(self, slot: Slot | None) -> bool:
        return slot is not None and any(covers(slot.path, key) for key in self.touched)

    def mark_touched(self, widget: QWidget) -> bool:
        """Note that the officer has left this field; True if that is news."""
        keys = {key for key, slot in self.slots.items() if slot.focus is widget} - self.touched
        self.touched |= keys
        return bool(keys)

    def message_for(self, path: str) -> str:
        """The text shown beside the field for `path` (tests and screen readers)."""
        slot = self.slot_for(path)
        return slot.message.plain_text() if slot else self.general_message.plain_text()

    # ---- keyboard order ------------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.kind_combo, self.recipient_combo, self.precedence_combo, self.status_combo,
                                self.agreement_edit, self.target_label]
        chain += [self.category_combo, self.count_edit, self.group_check]
        chain += self.window_start.focus_chain() + self.window_end.focus_chain() + [self.direction_edit]
        chain += self.launch_area.focus_chain()
        for editor in self.impact_editors:
            chain += editor.focus_chain()
        chain += [self.add_impact_button, self.remarks_edit, self.reason_edit]
        chain += self.launch_time.focus_chain() + [self.report_remarks, self.subject_edit, self.text_edit]
        return chain
