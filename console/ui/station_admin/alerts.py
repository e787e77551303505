"""Counterparts whose traffic is held: a changed key, or a key nobody has verified yet.

Read by the red banner of the main window and of the counterparts page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from console.domain.times import format_rfc3339_with_local
from console.exchange.folders import CounterpartFolders, inbox_entries
from console.i18n import tr
from console.service.station import Station
from console.storage.counterparts import Counterpart, CounterpartBook
from console.ui.palette import Swatch, style_sheet


def _strip_sheet(swatch: Swatch) -> str:
    return (f"#keyAlertStrip {{ background: {swatch.background}; }} "
            f"#keyAlertStrip QLabel {{ color: {swatch.text}; font-weight: bold; }}")


@dataclass(frozen=True)
class KeyAlert:
    counterpart: Counterpart
    held_files: int

    @property
    def key_changed(self) -> bool:
        return self.counterpart.key_changed


def held_files(station: Station, counterpart: Counterpart) -> int:
    """Files waiting in the inbox; for an unverified counterpart they are all held, unopened."""
    folders = CounterpartFolders.for_counterpart(
        station.data_dir, counterpart.station_id, counterpart.inbox_dir, counterpart.outbox_dir
    )
    return len(inbox_entries(folders.inbox))


def key_alerts(station: Station) -> list[KeyAlert]:
    """Changed keys always; keys never verified only once traffic is waiting behind them."""
    alerts = []
    for counterpart in CounterpartBook(station.store).all():
        if counterpart.verified:
            continue
        waiting = held_files(station, counterpart)
        if counterpart.key_changed or waiting:
            alerts.append(KeyAlert(counterpart, waiting))
    return alerts


def short_alert_text(alert: KeyAlert) -> str:
    """One line for the window-wide strip."""
    station_id = alert.counterpart.station_id
    text = (tr("KEY CHANGED: %1's new key is not verified.") if alert.key_changed
            else tr("%1's key is not verified.")).replace("%1", station_id)
    if alert.held_files:
        text += " " + tr("%1 file(s) held unopened.").replace("%1", str(alert.held_files))
    return text + " " + tr("Compare the safety number with %1's duty officer.").replace("%1", station_id)


def alert_text(alert: KeyAlert) -> str:
    station_id = alert.counterpart.station_id
    if alert.key_changed:
        text = tr("KEY CHANGED: %1's key changed at %2 and is not verified. Compare the safety number with %1 "
                  "before trusting anything from it.").replace("%1", station_id).replace(
            "%2", format_rfc3339_with_local(alert.counterpart.key_changed_at))
    else:
        text = tr("%1's key is not verified yet.").replace("%1", station_id)
    if alert.held_files:
        text += " " + tr("%1 file(s) from it are held unopened in the inbox until the key is verified.").replace(
            "%1", str(alert.held_files))
    return text


class KeyAlertBanner(QFrame):
    """A red (changed key) or amber (unverified key with traffic) strip with a Verify button."""

    def __init__(
        self, station: Station, on_verify, parent: QWidget | None = None, *, hide_when_clear: bool = True,
        short: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyAlertStrip")
        self.station = station
        self.alerts: list[KeyAlert] = []
        # Inside a toolbar the toolbar hides instead: a widget hidden there comes back disabled.
        self.hide_when_clear = hide_when_clear
        self.short = short
        self._on_verify = on_verify
        self.label = QLabel(self)
        self.label.setObjectName("keyAlertText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Verify the key…"), self)
        self.verify_button.clicked.connect(self._verify_first)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.verify_button)
        self.refresh()

    def retranslate(self) -> None:
        self.verify_button.setText(self.tr("Verify the key…"))
        self.refresh()

    def refresh(self) -> None:
        self.alerts = key_alerts(self.station)
        if not self.alerts:
            self.label.clear()
            if self.hide_when_clear:
                self.hide()
            return
        describe = short_alert_text if self.short else alert_text
        self.label.setText("\n".join(describe(a) for a in self.alerts))
        self.label.setAccessibleName(self.label.text())
        red = any(a.key_changed for a in self.alerts)
        style_sheet(self, lambda colours: _strip_sheet(colours.danger if red else colours.warning))
        if self.hide_when_clear:
            self.show()

    def _verify_first(self) -> None:
        if self.alerts:
            self._on_verify(self.alerts[0].counterpart.station_id)


class WindowKeyAlertBar(QToolBar):
    """The same banner across the top of the main window, whatever page is shown."""

    def __init__(self, station: Station, on_verify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyAlertBar")
        self.setWindowTitle(self.tr("Key alerts"))
        self.setMovable(False)
        self.setFloatable(False)
        # Officers must not be able to hide the warning from the toolbar menu.
        self.toggleViewAction().setVisible(False)
        self.banner = KeyAlertBanner(station, on_verify, self, hide_when_clear=False, short=True)
        self.banner.label.setWordWrap(False)
        self.addWidget(self.banner)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Key alerts"))
        self.banner.retranslate()
        self.setVisible(bool(self.banner.alerts))

    def refresh(self) -> None:
        self.banner.refresh()
        self.setVisible(bool(self.banner.alerts))
