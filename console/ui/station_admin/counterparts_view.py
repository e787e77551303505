"""The counterparts page: each counterpart's key card, verification, agreement and traffic.

Verifying a key and changing an agreement profile each write one row and its audit entry (about
10 ms measured), so they stay on the GUI thread; nothing here hashes, seals or writes files.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.notices import Kind
from console.domain.times import format_duration, format_rfc3339_with_local
from console.exchange.folders import CounterpartFolders
from console.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, lookup, tr
from console.storage import quarantine as quarantine_rows
from console.storage.counterparts import Counterpart, CounterpartBook, earlier_card_count, key_state_words
from console.storage.notices import open_gaps, traffic_by_counterpart
from console.service.working_translations import language_label
from console.ui import dialogs
from console.ui.inbox.flow_layout import FlowLayout
from console.ui.palette import colours_for, text_colour
from console.ui.station_admin.alerts import KeyAlertBanner, held_files
from console.ui.station_admin.keycards import import_key_card, verify_counterpart
from console.ui.station_admin.profile_editor import AgreementProfileDialog
from console.ui.station_admin.retire_key import retire_counterpart_key
from console.ui.station_admin.watch import require_officer
from console.ui.views import kind_label

COLUMNS = (QT_TRANSLATE_NOOP("CounterpartsPage", "Station"), QT_TRANSLATE_NOOP("CounterpartsPage", "Key"),
           QT_TRANSLATE_NOOP("CounterpartsPage", "Agreement"), QT_TRANSLATE_NOOP("CounterpartsPage", "Traffic"),
           QT_TRANSLATE_NOOP("CounterpartsPage", "Name"))
KEY_COLUMN = 1


def traffic_counts(conn) -> dict[str, dict[str, int]]:
    """Per counterpart: received, sent, received not acknowledged, sent awaiting acknowledgement."""
    counts: dict[str, dict[str, int]] = {}
    for counterpart, direction, total, open_count in traffic_by_counterpart(conn):
        entry = counts.setdefault(counterpart, {"in": 0, "out": 0, "unacknowledged": 0, "awaiting": 0})
        entry[direction] = total
        entry["unacknowledged" if direction == "in" else "awaiting"] = open_count
    return counts


def key_state(counterpart: Counterpart, current_key_retired: bool = False) -> tuple[str, str]:
    """The counterpart's key in words, and its tone ("error", "warning", "good"; palette.text_colour)."""
    if counterpart.verified and current_key_retired:
        return tr("verified, but its current key is RETIRED"), "error"
    if counterpart.verified:
        return tr("verified"), "good"
    if counterpart.key_changed:
        return tr("KEY CHANGED — not verified"), "error"
    return tr("NOT VERIFIED"), "warning"


class CounterpartDetail(QTextBrowser):
    """The detail pane beside the counterparts page."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.setObjectName("counterpartDetail")
        self.setAccessibleName(self.tr("Details of the selected counterpart"))
        self.setOpenLinks(False)

    def show_counterpart(self, counterpart: Counterpart | None, counts: dict[str, int] | None) -> None:
        if counterpart is None:
            choose = html.escape(self.tr("Choose a counterpart to see its key card and agreement."))
            self.setHtml(f"<p>{choose}</p>")
            return
        station = self.main_window.station
        e = html.escape
        keys = CounterpartBook(station.store).key_states(counterpart.station_id)
        state, tone = key_state(counterpart, not keys[0].in_use)
        colour = text_colour(colours_for(self.main_window), tone)
        card = counterpart.card
        profile = counterpart.profile
        folders = CounterpartFolders.for_counterpart(
            station.data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
        )
        counts = counts or {"in": 0, "out": 0, "unacknowledged": 0, "awaiting": 0}
        gaps = open_gaps(station.store, counterpart.station_id).get(counterpart.station_id, [])
        quarantined = quarantine_rows.count(station.store.conn, counterpart.station_id)
        previous_keys = earlier_card_count(station.store.conn, counterpart.station_id)

        def row(label: str, value: str, raw: bool = False) -> str:
            return f"<tr><th align='left' valign='top'>{e(label)}</th><td>{value if raw else e(value)}</td></tr>"

        verified_line = (
            tr("by %1 at %2").replace("%1", counterpart.verified_by or "?").replace(
                "%2", format_rfc3339_with_local(counterpart.verified_at))
            if counterpart.verified else
            tr("key changed at %1").replace("%1", format_rfc3339_with_local(counterpart.key_changed_at))
            if counterpart.key_changed else tr("never")
        )
        kinds = ", ".join(kind_label(k.value) for k in Kind if k in profile.allowed_kinds)
        deadlines = ", ".join(f"{p.value} {format_duration(span)}" for p, span in profile.ack_deadlines.items())
        key_line = tr("Key: %1").replace("%1", state)
        parts = [
            f"<h3>{e(counterpart.station_id)} — {e(counterpart.name)}</h3>",
            f"<p style='color:{colour}; font-weight:bold'>{e(key_line)}</p>",
            "<table cellspacing='3'>",
            row(tr("Card fingerprint"), f"<tt>{e(card.fingerprint)}</tt>", raw=True),
            row(tr("Key card"), tr("version %1, self-signed").replace("%1", str(card.version)) if card.self_signed
                else tr("version %1: an older card, with no self-signature (its integrity rests on the "
                        "safety number alone)").replace("%1", str(card.version))),
            row(tr("Keys created"), format_rfc3339_with_local(card.created.strftime("%Y-%m-%dT%H:%M:%SZ"))),
            row(tr("Verified"), verified_line),
            row(tr("Earlier keys on record"), str(previous_keys)),
            "</table><h4>" + e(tr("Signing keys")) + "</h4><table cellspacing='3'>",
            *(row(tr("current") if key.current else tr("earlier"),
                  f"<tt>{e(key.thumbprint)}</tt><br>"
                  + (e(key_state_words(key)) if key.in_use else f"<b>{e(key_state_words(key))}</b>"), raw=True)
              for key in keys),
            "</table><h4>" + e(tr("Agreement")) + "</h4><table cellspacing='3'>",
            row(tr("Name"), profile.name),
            row(tr("Minimum lead time"), format_duration(profile.min_lead_time)),
            row(tr("Maximum window"), format_duration(profile.max_window) if profile.max_window else tr("no maximum")),
            row(tr("Allowed kinds"), kinds),
            row(tr("Acknowledge within"), deadlines),
            row(tr("Handling banner"), profile.handling_banner),
            row(tr("Language of their free text"), language_label(counterpart.free_text_language)
                if counterpart.free_text_language else tr("not stated")),
            "</table><h4>" + e(tr("Exchange folders")) + "</h4><table cellspacing='3'>",
            row(tr("Inbox"), str(folders.inbox)),
            row(tr("Outbox"), str(folders.outbox)),
            row(tr("Processed"), str(folders.processed)),
            row(tr("Quarantine"), str(folders.quarantine)),
            row(tr("State"), folders.state()),
            "</table><h4>" + e(tr("Traffic")) + "</h4><table cellspacing='3'>",
            row(tr("Received"), str(counts["in"])),
            row(tr("Sent"), str(counts["out"])),
            row(tr("Not yet acknowledged by us"), str(counts["unacknowledged"])),
            row(tr("Awaiting their acknowledgement"), str(counts["awaiting"])),
            row(tr("Missing sequence numbers"), ", ".join(map(str, gaps)) or tr("none")),
            row(tr("Quarantined files"), str(quarantined)),
        ]
        if not counterpart.verified:
            parts.append(row(tr("Held in the inbox"), str(held_files(station, counterpart))))
        parts.append("</table>")
        self.setHtml("".join(parts))


class CounterpartsPage(QWidget):
    """Replaces the base counterparts page: same key, richer content."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main_window = window
        self.station = window.station
        self.book = CounterpartBook(self.station.store)
        self.counterparts: list[Counterpart] = []
        self.counts: dict[str, dict[str, int]] = {}
        self.listed = False  # reload() has run: a change of palette lists again in its colours
        self.detail = CounterpartDetail(window)

        self.banner = KeyAlertBanner(self.station, self.verify, self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([lookup("CounterpartsPage", c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Counterparts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its words, the name too: stretched to what was left of the page it was
        # cut short ("Exercise counterpart …") in Russian; the list scrolls sideways instead.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.verify_selected())

        self.import_button = QPushButton(self.tr("&Import key card…"), self)
        self.import_button.clicked.connect(lambda: import_key_card(self.main_window))
        self.verify_button = QPushButton(self.tr("&Verify key…"), self)
        self.verify_button.clicked.connect(self.verify_selected)
        self.profile_button = QPushButton(self.tr("Agreement &profile…"), self)
        self.profile_button.clicked.connect(self.edit_profile)
        self.retire_button = QPushButton(self.tr("Retire a signing &key…"), self)
        self.retire_button.setObjectName("retireKeyAction")
        self.retire_button.setToolTip(self.tr("Refuse files signed with one of this counterpart's keys from now on"))
        self.retire_button.clicked.connect(self.retire_key)
        self.language_button = QPushButton(self.tr("&Language of their free text…"), self)
        self.language_button.setObjectName("freeTextLanguageAction")
        self.language_button.setToolTip(self.tr(
            "The language this counterpart writes remarks and messages in, named beside their text as received"))
        self.language_button.clicked.connect(self.edit_free_text_language)
        # The buttons wrap onto a second line rather than widening the page: side by side in Russian
        # they left the details pane 100 px, where its words broke letter by letter.
        buttons = FlowLayout()
        for button in (self.import_button, self.verify_button, self.profile_button, self.retire_button,
                       self.language_button):
            buttons.addWidget(button)
        self.empty_hint = QLabel(self.tr(
            "No counterparts yet. Import a counterpart's key card to exchange notices, then verify it with "
            "the counterpart's duty officer."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

    # ---- content ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """The key states' colours are the palette's (day or night): list again in the new ones."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.listed and self.station.store.conn is not None:
            self.reload()

    def reload(self) -> None:
        self.listed = True
        chosen = self.current_id()
        self.counterparts = self.book.all()
        self.counts = traffic_counts(self.station.store.conn)
        self.banner.refresh()
        self.table.setRowCount(len(self.counterparts))
        for row, counterpart in enumerate(self.counterparts):
            counts = self.counts.get(counterpart.station_id, {"in": 0, "out": 0, "unacknowledged": 0, "awaiting": 0})
            current_key = self.book.key_states(counterpart.station_id)[0]
            state, tone = key_state(counterpart, not current_key.in_use)
            traffic = (
                self.tr("%1 in · %2 out · %3 to acknowledge · %4 awaited")
                .replace("%1", str(counts["in"])).replace("%2", str(counts["out"]))
                .replace("%3", str(counts["unacknowledged"])).replace("%4", str(counts["awaiting"]))
            )
            values = (counterpart.station_id, state, counterpart.profile.name, traffic, counterpart.name)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, counterpart.station_id)
                if column == KEY_COLUMN:
                    item.setForeground(QColor(text_colour(colours_for(self.main_window), tone)))
                    font = item.font()
                    font.setBold(tone != "good")
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.empty_hint.setVisible(not self.counterparts)
        self.table.setVisible(bool(self.counterparts))
        if chosen is not None:
            self.select(chosen)
        elif self.counterparts:
            self.table.selectRow(0)
        self._selection_changed()

    def title(self, _counts: dict) -> str:
        label = self.tr("Counterparts (%1)").replace("%1", str(len(self.counterparts)))
        if any(c.key_changed for c in self.counterparts):
            # The warning first, so a narrow navigation column cannot cut it off.
            label = self.tr("⚠ %1: key changed").replace("%1", label)
        return label

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current(self) -> Counterpart | None:
        chosen = self.current_id()
        return next((c for c in self.counterparts if c.station_id == chosen), None)

    def select(self, station_id: str) -> None:
        for row, counterpart in enumerate(self.counterparts):
            if counterpart.station_id == station_id:
                self.table.selectRow(row)
                return

    def refresh_held(self) -> None:
        """Held files changed: the banner and the detail pane, without reloading the whole table."""
        self.banner.refresh()
        self._selection_changed()

    def _selection_changed(self) -> None:
        counterpart = self.current()
        self.verify_button.setEnabled(counterpart is not None)
        self.profile_button.setEnabled(counterpart is not None)
        self.retire_button.setEnabled(counterpart is not None)
        self.language_button.setEnabled(counterpart is not None)
        if counterpart is not None:
            self.verify_button.setText(
                self.tr("Verify key again…") if counterpart.verified else self.tr("&Verify key…")
            )
        self.detail.show_counterpart(counterpart, self.counts.get(counterpart.station_id) if counterpart else None)

    # ---- actions ------------------------------------------------------------------

    def verify(self, station_id: str) -> bool:
        self.main_window.show_page("counterparts")
        self.select(station_id)
        return verify_counterpart(self.main_window, station_id)

    def verify_selected(self) -> bool:
        chosen = self.current_id()
        return self.verify(chosen) if chosen else False

    def retire_key(self) -> bool:
        chosen = self.current_id()
        return retire_counterpart_key(self.main_window, chosen) if chosen else False

    def edit_profile(self) -> bool:
        counterpart = self.current()
        if counterpart is None:
            return False
        dialog = AgreementProfileDialog(counterpart.station_id, counterpart.profile, self)
        if dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.profile is None:
            return False
        officer = require_officer(self.main_window)
        if officer is None:
            return False
        self.book.set_profile(counterpart.station_id, dialog.profile, officer, self.station.clock())
        return True

    def edit_free_text_language(self) -> bool:
        """Choose the language this counterpart writes its free text in (or none stated), audited."""
        counterpart = self.current()
        if counterpart is None:
            return False
        codes = [None, *LANGUAGE_NAMES]
        names = [self.tr("Language not stated"), *(language_label(code) for code in LANGUAGE_NAMES)]
        current = codes.index(counterpart.free_text_language) if counterpart.free_text_language in codes else 0
        # The current choice first: choose_item offers the first item.
        offered = [names[current], *(name for index, name in enumerate(names) if index != current)]
        chosen = dialogs.choose_item(
            self, self.tr("Language of their free text"),
            self.tr("%1 writes its remarks and messages in:").replace("%1", counterpart.station_id), offered)
        if chosen is None:
            return False
        language = codes[names.index(chosen)]
        if language == counterpart.free_text_language:
            return False
        officer = require_officer(self.main_window)
        if officer is None:
            return False
        self.book.set_free_text_language(counterpart.station_id, language, officer, self.station.clock())
        return True
