"""The detail pane of the inbox and the outbox: one notice, everything the officer needs to answer it.

From the top: what it is and where its deadline stands; Acknowledge and
Report a problem (inbox); the chain of references as links that select each
notice; the verification facts; then the notice as the printed record shows it
and the map of its areas. The pane follows the selection of its list and
refreshes when the notice changes (acknowledged, problem reported).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from console.domain.notices import Notice, notice_text
from console.domain.times import format_rfc3339_with_local, parse_optional_rfc3339
from console.format import KeyCard
from console.printing.mapdraw.drawing import MapArea, areas_from_notice
from console.printing.record import Acknowledgement, RecordData, Verification
from console.service import queries
from console.service.deadlines import Phase, deadline_state
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from console.storage.notices import StoredNotice
from console.ui.inbox.acknowledge import ActionOutcome, DeskActions
from console.ui.inbox.table_model import (
    OVERDUE_TEXT,
    PRECEDENCE_COLOURS,
    deadline_text,
    kind_label,
    span_text,
    zulu_clock,
)
from console.ui.inbox.record_view import RecordView
from console.ui.map_widget import MapWidget

ACKNOWLEDGE_SHORTCUT = "Ctrl+K"
REPORT_PROBLEM_SHORTCUT = "Ctrl+Shift+R"
_PHASE_STYLES = {
    Phase.RUNNING: "background: #fff3c4; color: #4a3b00;",
    Phase.OVERDUE: "background: #b00020; color: white;",
    Phase.ACKNOWLEDGED: "background: #e3f1e4; color: #1b5e20;",
    Phase.PROBLEM_REPORTED: "background: #fde7d4; color: #6b2f00;",
    Phase.NOT_REQUIRED: "background: #eeeeee; color: #333333;",
}


def _grouped(digest: str, size: int = 8) -> str:
    """A hex digest in groups of eight, so it wraps in a narrow pane and reads aloud group by group."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))


def _version(row: dict[str, Any]) -> tuple:
    """What makes the pane worth drawing again for the same notice."""
    return (row["id"], row.get("state"), row.get("acknowledged_at"), row.get("problem_reported"), row.get("problem"))


class NoticeDetailPane(QWidget):
    navigate = Signal(int)  # a notice id the officer picked from the chain of references

    def __init__(self, station, direction: str, clock: Callable[[], datetime], actions: DeskActions | None,
                 officer: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.direction = direction
        self.clock = clock
        self.actions = actions
        self.officer = officer
        self.stored: StoredNotice | None = None
        self.row: dict[str, Any] | None = None
        self._shown_version: tuple | None = None
        self.setObjectName(f"noticeDetail_{direction}")
        self.setAccessibleName(self.tr("Details of the selected notice"))

        self.placeholder = QLabel(
            self.tr("Select a notice to read it here.") if direction == "in"
            else self.tr("Select a notice we sent to see where it stands."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline = QLabel(self)
        self.deadline.setObjectName("detailDeadline")
        self.deadline.setWordWrap(True)

        self.acknowledge_button = QPushButton(self)
        self.acknowledge_button.setObjectName("acknowledgeButton")
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge this notice"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.report_button = QPushButton(self.tr("Report a &problem…"), self)
        self.report_button.setObjectName("reportProblemButton")
        self.report_button.setToolTip(
            self.tr("Send an error report instead of an acknowledgement (%1)").replace("%1", REPORT_PROBLEM_SHORTCUT)
        )
        self.report_button.clicked.connect(self.report_problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button, 2)
        buttons.addWidget(self.report_button, 1)
        self.action_message = QLabel(self)
        self.action_message.setObjectName("detailActionMessage")
        self.action_message.setWordWrap(True)
        self.action_message.hide()

        self.facts = QLabel(self)
        self.facts.setObjectName("detailFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.facts.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.facts.setAccessibleName(self.tr("References and verification"))
        self.facts.linkActivated.connect(self._on_link)

        self.record = RecordView(self)
        self.map = MapWidget(self)
        self.map_caption = QLabel(self)
        self.map_caption.setWordWrap(True)
        map_page = QWidget(self)
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.map_caption)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.record, self.tr("&Notice"))
        self.tabs.addTab(map_page, self.tr("&Map"))
        self.tabs.setAccessibleName(self.tr("The notice and its map"))

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(6, 4, 6, 4)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addWidget(self.deadline)
        body.addLayout(buttons)
        body.addWidget(self.action_message)
        body.addWidget(self.facts)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()
        if direction == "out" or actions is None:
            self.acknowledge_button.hide()
            self.report_button.hide()
        else:
            actions.finished.connect(self._on_action_finished)
            actions.busy_changed.connect(lambda notice_id: self._update_buttons() if self._is_shown(notice_id) else None)

    # ---- showing a notice ---------------------------------------------------------------------

    def show_row(self, row: dict[str, Any] | None) -> None:
        """Show the notice of a list row (None: nothing selected)."""
        if row is None:
            self.stored = self.row = None
            self._shown_version = None
            self.body.hide()
            self.placeholder.show()
            return
        if self._shown_version == _version(row):
            self.row = row
            return
        same_notice = self.stored is not None and self.stored.id == row["id"]
        stored = notice_rows.by_id(self.station.store, row["id"])
        if stored is None:
            self.show_row(None)
            return
        self.stored, self.row = stored, row
        self._shown_version = _version(row)
        if not same_notice:
            self.action_message.hide()
        self.placeholder.hide()
        self.body.show()
        self._fill_header()
        self._update_buttons()
        self.tick(self.clock())
        self._fill_facts()
        self._fill_record_and_map(keep_map_view=same_notice)

    def refresh(self) -> None:
        """Read the shown notice again (after an acknowledgement, an import)."""
        if self.stored is None:
            return
        rows = queries.notice_rows(self.station.store.conn, [self.stored.id])
        self.show_row(rows.get(self.stored.id))

    def _is_shown(self, notice_id: int) -> bool:
        return self.stored is not None and self.stored.id == notice_id

    def _counterpart_name(self, station_id: str) -> str:
        counterpart = CounterpartBook(self.station.store).get(station_id)
        return counterpart.name if counterpart else station_id

    def _fill_header(self) -> None:
        row = self.stored.row
        colour = PRECEDENCE_COLOURS.get(row["precedence"])
        precedence = html.escape(row["precedence"])
        if colour is not None:
            precedence = f"<span style='color:{colour.name()}'>{precedence}</span>"
        self.title.setText(
            f"<span style='font-size:13pt; font-weight:bold'>{precedence} · {html.escape(kind_label(row['kind']))}"
            f" · {html.escape(row['status'])}</span>"
        )
        route = self.tr("From %1 — %2") if row["direction"] == "in" else self.tr("To %1 — %2")
        route = route.replace("%1", row["counterpart"]).replace("%2", self._counterpart_name(row["counterpart"]))
        parts = [route, self.tr("no. %1").replace("%1", str(row["sequence"])),
                 self.tr("DTG %1").replace("%1", format_rfc3339_with_local(row["dtg"]))]
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setAccessibleName(self.subtitle.text())

    # ---- deadline and buttons ------------------------------------------------------------------

    def tick(self, now: datetime) -> None:
        """The countdown, once a second."""
        if self.row is None or self.stored is None:
            return
        state = deadline_state(self.row, now)
        row = self.row
        if state.phase is Phase.RUNNING and state.remaining is not None:
            text = (self.tr("Acknowledge within %1 (due %2).") if row["direction"] == "in"
                    else self.tr("Awaiting their acknowledgement: %1 left (due %2)."))
            text = text.replace("%1", span_text(state.remaining)).replace("%2", zulu_clock(row["ack_due_at"]))
        elif state.phase is Phase.OVERDUE and state.remaining is not None:
            text = (self.tr("Acknowledgement OVERDUE %1 (was due %2). Acknowledge now or report a problem.")
                    if row["direction"] == "in"
                    else self.tr("Their acknowledgement is OVERDUE %1 (was due %2): follow it up with %3."))
            text = text.replace("%1", span_text(state.remaining)).replace("%2", zulu_clock(row["ack_due_at"])).replace(
                "%3", row["counterpart"])
        elif state.phase is Phase.ACKNOWLEDGED:
            text = deadline_text(state, row) + "."
            if row["direction"] == "out":
                text = self.tr("%1 acknowledged it: %2").replace("%1", row["counterpart"]).replace("%2", text)
        elif state.phase is Phase.PROBLEM_REPORTED:
            text = (self.tr("A problem report was sent instead of an acknowledgement.") if row["direction"] == "in"
                    else self.tr("%1 reported a problem with this notice: see the inbox.").replace(
                        "%1", row["counterpart"]))
        else:
            text = self.tr("No acknowledgement is asked for this notice.")
        if row["direction"] == "out" and state.phase in (Phase.RUNNING, Phase.OVERDUE):
            text = self._delivery_words(row) + " " + text
        flagged = row["direction"] == "in" and row.get("problem")
        if flagged:
            # docs/format.md section 13: shown to the operator, above everything else about the message.
            text = self.tr("⚠ PROBLEM: this message %1. It does not count as an acknowledgement; raise it with %2.") \
                .replace("%1", row["problem"]).replace("%2", row["counterpart"])
        if self.deadline.text() != text:
            self.deadline.setText(text)
            self.deadline.setAccessibleName(text)
        phase_style = _PHASE_STYLES[Phase.OVERDUE] if flagged else _PHASE_STYLES[state.phase]
        style = f"QLabel#detailDeadline {{ {phase_style} padding: 4px 6px; font-weight: bold; }}"
        if self.deadline.styleSheet() != style:
            self.deadline.setStyleSheet(style)

    def _delivery_words(self, row: dict[str, Any]) -> str:
        if row.get("state") == "released":
            return self.tr("Released; the file is not written yet (File → Export pending notices).")
        return self.tr("File written to the outbox.")

    def _update_buttons(self) -> None:
        if self.stored is None or self.direction == "out" or self.actions is None:
            return
        row = self.stored.row
        busy = self.actions.busy(row["id"])
        answerable = row["kind"] != "acknowledgement"
        self.acknowledge_button.setVisible(answerable)
        self.report_button.setVisible(answerable)
        shortcut = QKeySequence(ACKNOWLEDGE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        if row["acknowledged_at"]:
            text = (self.tr("Acknowledged by %1 at %2").replace("%1", row["acknowledged_by"] or "?")
                    .replace("%2", zulu_clock(row["acknowledged_at"])))
            enabled = False
        elif busy == "acknowledge":
            text, enabled = self.tr("Acknowledging…"), False
        elif busy == "report_problem":
            text, enabled = self.tr("Sending the problem report…"), False
        else:
            text, enabled = self.tr("&Acknowledge (%1)").replace("%1", shortcut), True
        self.acknowledge_button.setText(text)
        self.acknowledge_button.setEnabled(enabled)
        self.report_button.setEnabled(enabled)

    def acknowledge(self) -> None:
        if self.actions is None:
            return
        refused = self.actions.acknowledge(self.stored.id if self.stored else None)
        if refused:
            self.say(refused, error=True)
        else:
            self.say(self.tr("Sealing the acknowledgement…"))
        self._update_buttons()

    def report_problem(self) -> None:
        if self.actions is None:
            return
        refused = self.actions.report_problem(self.stored.id if self.stored else None, self)
        if refused:
            self.say(refused, error=True)
        else:
            self.say(self.tr("Sealing the problem report…"))
        self._update_buttons()

    def say(self, text: str, *, error: bool = False) -> None:
        self.action_message.setText(text)
        self.action_message.setAccessibleName(text)
        colour = OVERDUE_TEXT.name() if error else "#1b5e20"
        self.action_message.setStyleSheet(f"QLabel#detailActionMessage {{ color: {colour}; font-weight: bold; }}")
        self.action_message.show()

    def _on_action_finished(self, outcome: ActionOutcome) -> None:
        if not self._is_shown(outcome.notice_id):
            return
        if not outcome.ok:
            self.say(outcome.message, error=True)
        elif outcome.export_error:
            self.say(self.tr("Sent, but the file could not be written: %1. File → Export pending notices tries "
                             "again.").replace("%1", outcome.export_error), error=True)
        elif outcome.action == "acknowledge":
            self.say(self.tr("Acknowledgement sealed and written to %1's outbox.").replace(
                "%1", self.stored.row["counterpart"]))
        else:
            self.say(self.tr("Problem report sealed and written to %1's outbox.").replace(
                "%1", self.stored.row["counterpart"]))
        self.refresh()
        self._update_buttons()

    # ---- references and verification --------------------------------------------------------

    def _fill_facts(self) -> None:
        row = self.stored.row
        lines = [self._chain_html(), self._verification_html(row)]
        self.facts.setText("<br>".join(line for line in lines if line))

    def _chain_html(self) -> str:
        chain = queries.notice_chain(self.station.store.conn, self.stored.id)
        if len(chain) <= 1:
            return self.tr("<b>References:</b> none; nothing refers to it yet.")
        parts = []
        for link in chain:
            if link.notice_id is None:
                parts.append(html.escape(self.tr("message %1… (not held here)").replace("%1", link.message_id[:8])))
                continue
            side = (self.tr("from %1").replace("%1", link.counterpart or "?") if link.direction == "in"
                    else self.tr("ours"))
            label = html.escape(
                self.tr("%1 no. %2 (%3, %4)").replace("%1", kind_label(link.kind or "")).replace(
                    "%2", str(link.sequence)).replace("%3", side).replace("%4", zulu_clock(link.dtg)))
            if link.notice_id == self.stored.id:
                parts.append(f"<b>{label}</b>")
            else:
                parts.append(f"<a href='notice:{link.notice_id}'>{label}</a>")
        return self.tr("<b>Chain:</b> %1").replace("%1", " → ".join(parts))

    def _verification(self) -> Verification:
        row = self.stored.row
        if row["direction"] == "out":
            return Verification(signature_valid=True, sender_key_fingerprint=self._own_fingerprint(row),
                                key_verified=True, sealed_sha256=row["sealed_sha256"] or "")
        card = queries.signing_card(self.station.store.conn, row["counterpart"], row["signing_key"])
        counterpart = CounterpartBook(self.station.store).get(row["counterpart"])
        if card is None:
            fingerprint, verified = row["signing_key"] or "", False
        elif card.current:
            fingerprint, verified = card.fingerprint, bool(counterpart and counterpart.verified)
        else:
            # An earlier key: the importer holds traffic from unverified keys, so it was verified then.
            fingerprint, verified = card.fingerprint, True
        return Verification(signature_valid=True, sender_key_fingerprint=fingerprint, key_verified=verified,
                            sealed_sha256=row["sealed_sha256"] or "")

    def _own_fingerprint(self, row: dict[str, Any]) -> str:
        released = parse_optional_rfc3339(row.get("released_at"))
        keys = self.station.keys[-1]
        if released is not None:
            earlier = [k for k in self.station.keys if k.created <= released]
            keys = earlier[-1] if earlier else keys
        return KeyCard.for_station(self.station.station_id, self.station.name, keys).fingerprint

    def _verification_html(self, row: dict[str, Any]) -> str:
        facts = self._verification()
        if row["direction"] == "in":
            signature = self.tr("valid: checked when the file was imported at %1").replace(
                "%1", format_rfc3339_with_local(row["received_at"]))
            key = self.tr("%1 (%2)").replace("%1", facts.sender_key_fingerprint).replace(
                "%2", self.tr("verified") if facts.key_verified else self.tr("NOT verified"))
            key_label = self.tr("Sender key")
        else:
            signature = self.tr("sealed and signed by this station at %1").replace(
                "%1", format_rfc3339_with_local(row["released_at"]))
            key = facts.sender_key_fingerprint
            key_label = self.tr("Our key")
        rows = [
            (self.tr("Signature"), html.escape(signature)),
            (key_label, f"<code>{html.escape(key)}</code>"),
            (self.tr("Sequence"), html.escape(f"{row['sequence']} ({row['sender']} → {row['recipient']})")),
            (self.tr("SHA-256 of the sealed file"), f"<code>{html.escape(_grouped(facts.sealed_sha256))}</code>"),
        ]
        if row.get("problem"):
            rows.append((self.tr("Problem"), f"<b>{html.escape(row['problem'])}</b>"))
        return "<br>".join(f"<b>{html.escape(name)}:</b> {value}" for name, value in rows)

    def _on_link(self, link: str) -> None:
        if link.startswith("notice:"):
            self.navigate.emit(int(link.split(":", 1)[1]))

    # ---- the record and the map ---------------------------------------------------------------

    def _fill_record_and_map(self, *, keep_map_view: bool) -> None:
        stored, row = self.stored, self.stored.row
        counterpart = CounterpartBook(self.station.store).get(row["counterpart"])
        banner = counterpart.profile.handling_banner if counterpart else self.station.settings()["handling_banner"]
        acknowledgement = None
        if row["acknowledged_at"]:
            acknowledgement = Acknowledgement(acknowledged_by=row["acknowledged_by"] or "?",
                                              acknowledged_at=parse_optional_rfc3339(row["acknowledged_at"]))
        data = RecordData(
            notice=stored.notice, direction=row["direction"], station_id=self.station.station_id,
            station_name=self.station.name, counterpart_id=row["counterpart"],
            counterpart_name=counterpart.name if counterpart else row["counterpart"], handling_banner=banner,
            printed_by=self.officer() or self.tr("(on screen)"), printed_at=self.clock(),
            verification=self._verification(), acknowledgement=acknowledgement,
            override_reason=row["override_reason"], approved_by=row["approved_by"],
            paper=self.station.settings().get("paper", "A4"),
            problem=row["problem"] if row["direction"] == "in" else None,
        )
        self.record.set_record(data, notice_text(stored.notice))
        if keep_map_view and self.map.areas():
            return
        areas, caption = self._areas(stored.notice)
        self.map.set_areas(areas)
        self.map_caption.setText(caption)
        self.tabs.setTabEnabled(1, bool(areas))
        self.tabs.setTabToolTip(1, caption)

    def _areas(self, notice: Notice) -> tuple[list[MapArea], str]:
        areas = areas_from_notice(notice)
        if areas:
            return areas, self.tr("L: launch area; I1, I2…: impact areas.")
        target = notice.target_message_id
        referred = notice_rows.by_message_id(self.station.store, target) if target else None
        if referred is not None:
            areas = areas_from_notice(referred.notice)
            if areas:
                return areas, self.tr("The areas of the notice this one refers to (no. %1).").replace(
                    "%1", str(referred["sequence"]))
        return [], self.tr("This notice has no areas to show.")
