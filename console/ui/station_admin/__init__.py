"""Station administration in the console: counterparts and their keys, our station and its keys,
agreement profiles, officers, the watch, settings and the audit log.

`install(window)` is the feature hook listed in console/ui/features.py. It adds
the 'counterparts' and 'audit' pages, 'station' and 'officers', puts a
key-alert banner across the top of the window and adds the Station menu actions. The pages
are built when first shown (their modules imported then); the banners, which must warn from
the start, and the menu actions are there at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence

from console.i18n import tr
from console.service.events import (
    NOTICE_EVENTS,
    AuditAppended,
    ChangeEvent,
    CounterpartsChanged,
    OfficersChanged,
    OwnKeysChanged,
    SettingsChanged,
    TrafficHeld,
)
from console.storage.counterparts import CounterpartBook
from console.storage.operators import OperatorBook
from console.ui.station_admin import watch
from console.ui.station_admin.alerts import WindowKeyAlertBar
from console.ui.station_admin.audit_alarm import AuditAlarmBar

__all__ = ["install"]


def _counterparts_title(station) -> str:
    """The navigation's title of the counterparts page, read from the book (the page may not be built)."""
    counterparts = CounterpartBook(station.store).all()
    label = QCoreApplication.translate("CounterpartsPage", "Counterparts (%1)").replace("%1", str(len(counterparts)))
    if any(c.key_changed for c in counterparts):
        # The warning first, so a narrow navigation column cannot cut it off.
        label = QCoreApplication.translate("CounterpartsPage", "⚠ %1: key changed").replace("%1", label)
    return label


def _officers_title(station) -> str:
    active = len(OperatorBook(station.store).all())
    return QCoreApplication.translate("OfficersPage", "Officers (%1)").replace("%1", str(active))


def _build_counterparts(window):
    from console.ui.station_admin.counterparts_view import CounterpartsPage

    return CounterpartsPage(window)


def _build_audit(window):
    from console.ui.station_admin.audit_view import AuditPage

    audit = AuditPage(window)
    window.on_close.append(audit.wait_for_check)
    return audit


def _build_own_station(window):
    from console.ui.station_admin.own_station import OwnStationPage

    return OwnStationPage(window, lambda: _open_settings(window))


def _build_officers(window):
    from console.ui.station_admin.officers import OfficersPage

    return OfficersPage(window)


def _open_settings(window) -> None:
    from console.ui.station_admin.settings_dialog import open_settings

    open_settings(window)


def _keycards():
    """The key-card actions (console/ui/station_admin/keycards.py), imported when first used."""
    from console.ui.station_admin import keycards

    return keycards


def install(window) -> None:
    station = window.station

    window.add_lazy_page("counterparts", lambda: _build_counterparts(window), lambda _c: _counterparts_title(station),
                         detail_of=lambda page: page.detail,
                         reload_on=(CounterpartsChanged, OwnKeysChanged, *NOTICE_EVENTS))
    window.add_lazy_page(
        "audit", lambda: _build_audit(window),
        lambda c: QCoreApplication.translate("AuditPage", "Audit log (%1)").replace("%1", str(c["audit"])),
        reload_on=(AuditAppended,))
    window.add_lazy_page("station", lambda: _build_own_station(window),
                         lambda _c: QCoreApplication.translate("OwnStationPage", "Our station"),
                         reload_on=(SettingsChanged, OwnKeysChanged, AuditAppended))
    window.add_lazy_page("officers", lambda: _build_officers(window), lambda _c: _officers_title(station),
                         reload_on=(OfficersChanged,))

    def verify(station_id: str) -> bool:
        return window.pages["counterparts"].widget.verify(station_id)

    alert_bar = WindowKeyAlertBar(station, verify, window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, alert_bar)
    window.key_alert_bar = alert_bar
    # Below the key alerts: the audit log behind its signed head stops every write until acknowledged.
    audit_alarm_bar = AuditAlarmBar(station, window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, audit_alarm_bar)
    window.audit_alarm_bar = audit_alarm_bar

    add = window.add_action
    add("station", lambda: tr("&Verify audit log"), lambda: window.pages["audit"].widget.verify_chain(), "Ctrl+Shift+V",
        "actionVerifyAudit")
    add("station", lambda: tr("Start of &watch…"), lambda: watch.start_of_watch(window), "Ctrl+Alt+W",
        "actionStartOfWatch")
    add("station", lambda: tr("C&hange of watch…"), lambda: watch.change_of_watch(window), "Ctrl+Shift+H",
        "actionChangeOfWatch")
    add("station", lambda: tr("&Last handover…"), lambda: watch.show_last_handover(window), None, "actionLastHandover")
    add("station", lambda: tr("&Import a counterpart's key card…"), lambda: _keycards().import_key_card(window),
        "Ctrl+Shift+I", "actionImportKeyCard")
    add("station", lambda: tr("Verify the selected counterpart's &key…"),
        lambda: window.pages["counterparts"].widget.verify_selected(), None, "actionVerifyCounterpart")
    add("station", lambda: tr("Agreement &profile of the selected counterpart…"),
        lambda: window.pages["counterparts"].widget.edit_profile(), None, "actionEditProfile")
    add("station", lambda: tr("&Export our key card…"), lambda: _keycards().export_own_card(window), None,
        "actionExportKeyCard")
    add("station", lambda: tr("Print our key card to &PDF…"), lambda: _keycards().print_key_card(window), None,
        "actionPrintKeyCard")
    add("station", lambda: tr("&Rotate our keys…"), lambda: _keycards().rotate_own_keys(window), None, "actionRotateKeys")
    add("station", lambda: tr("&Settings…"), lambda: _open_settings(window), QKeySequence.StandardKey.Preferences,
        "actionSettings")

    def on_event(event: ChangeEvent) -> None:
        if isinstance(event, AuditAppended):
            audit_alarm_bar.refresh()
        if isinstance(event, (TrafficHeld, CounterpartsChanged, *NOTICE_EVENTS)):
            alert_bar.refresh()
        if isinstance(event, TrafficHeld) and window.pages["counterparts"].built:
            # Published at every rescan while files wait: refresh only what shows the held files.
            window.pages["counterparts"].widget.refresh_held()

    window.bridge.event.connect(on_event)

    def officer_changed(_name) -> None:
        if window.pages["officers"].built:
            window.pages["officers"].widget.reload()  # the officers page marks who is on watch

    window.officer_changed.connect(officer_changed)
    window.on_language_change += [alert_bar.retranslate, audit_alarm_bar.retranslate]

    if watch.ASK_AT_START:
        # After the window is shown and the event loop runs: the question needs the window behind it.
        QTimer.singleShot(0, lambda: watch.start_of_watch(window))
