"""Station administration in the console: counterparts and their keys, our station and its keys,
agreement profiles, officers, the watch, settings and the audit log.

`install(window)` is the feature hook listed in console/ui/features.py. It adds
the 'counterparts' and 'audit' pages, 'station' and 'officers', puts a
key-alert banner across the top of the window and adds the Station menu actions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence

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
from console.ui.station_admin import watch
from console.ui.station_admin.alerts import WindowKeyAlertBar
from console.ui.station_admin.audit_alarm import AuditAlarmBar
from console.ui.station_admin.audit_view import AuditPage
from console.ui.station_admin.counterparts_view import CounterpartsPage
from console.ui.station_admin.keycards import export_own_card, import_key_card, print_key_card, rotate_own_keys
from console.ui.station_admin.officers import OfficersPage
from console.ui.station_admin.own_station import OwnStationPage
from console.ui.station_admin.settings_dialog import open_settings

__all__ = ["install"]


def install(window) -> None:
    station = window.station

    counterparts = CounterpartsPage(window)
    window.add_page("counterparts", counterparts, counterparts.title, detail=counterparts.detail,
                    reload_on=(CounterpartsChanged, OwnKeysChanged, *NOTICE_EVENTS))
    window.counterparts = counterparts
    audit = AuditPage(window)
    window.add_page("audit", audit, audit.title, reload_on=(AuditAppended,))
    window.audit = audit
    window.on_close.append(audit.wait_for_check)

    own_station = OwnStationPage(window, lambda: open_settings(window))
    window.add_page("station", own_station, own_station.title,
                    reload_on=(SettingsChanged, OwnKeysChanged, AuditAppended))
    window.own_station = own_station
    officers = OfficersPage(window)
    window.add_page("officers", officers, officers.title, reload_on=(OfficersChanged,))
    window.officers = officers

    alert_bar = WindowKeyAlertBar(station, counterparts.verify, window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, alert_bar)
    window.key_alert_bar = alert_bar
    # Below the key alerts: the audit log behind its signed head stops every write until acknowledged.
    audit_alarm_bar = AuditAlarmBar(station, window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, audit_alarm_bar)
    window.audit_alarm_bar = audit_alarm_bar

    add = window.add_action
    add("station", window.tr("&Verify audit log"), audit.verify_chain, "Ctrl+Shift+V", "actionVerifyAudit")
    add("station", window.tr("Start of &watch…"), lambda: watch.start_of_watch(window), "Ctrl+Alt+W",
        "actionStartOfWatch")
    add("station", window.tr("C&hange of watch…"), lambda: watch.change_of_watch(window), "Ctrl+Shift+H",
        "actionChangeOfWatch")
    add("station", window.tr("&Import a counterpart's key card…"), lambda: import_key_card(window), "Ctrl+Shift+I",
        "actionImportKeyCard")
    add("station", window.tr("Verify the selected counterpart's &key…"), counterparts.verify_selected, None,
        "actionVerifyCounterpart")
    add("station", window.tr("Agreement &profile of the selected counterpart…"), counterparts.edit_profile, None,
        "actionEditProfile")
    add("station", window.tr("&Export our key card…"), lambda: export_own_card(window), None, "actionExportKeyCard")
    add("station", window.tr("Print our key card to &PDF…"), lambda: print_key_card(window), None,
        "actionPrintKeyCard")
    add("station", window.tr("&Rotate our keys…"), lambda: rotate_own_keys(window), None, "actionRotateKeys")
    add("station", window.tr("&Settings…"), lambda: open_settings(window), QKeySequence.StandardKey.Preferences,
        "actionSettings")

    def on_event(event: ChangeEvent) -> None:
        if isinstance(event, AuditAppended):
            audit_alarm_bar.refresh()
        if isinstance(event, (TrafficHeld, CounterpartsChanged, *NOTICE_EVENTS)):
            alert_bar.refresh()
        if isinstance(event, TrafficHeld):
            # Published at every rescan while files wait: refresh only what shows the held files.
            counterparts.refresh_held()

    window.bridge.event.connect(on_event)
    # The officers page marks who is on watch.
    window.officer_changed.connect(lambda _name: officers.reload())

    if watch.ASK_AT_START:
        # After the window is shown and the event loop runs: the question needs the window behind it.
        QTimer.singleShot(0, lambda: watch.start_of_watch(window))
