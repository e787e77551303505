"""Notice → Export hazard areas…: the selected notice's launch and impact areas and window for the
domestic authorities, as CAP 1.2, KML, GeoJSON or a NOTAM/NAVAREA draft (docs/exports.md).

The officer on watch picks the format and the file; the file is written and the export audited on
the window's worker; the status bar says where it went and a dialog lists what the format could not
hold (a named launch area has no coordinates to draw). console/export is imported at the first
export, not before the window's first paint (issue 17).
"""

from __future__ import annotations

from pathlib import Path

from console.errors import WatchdeskError
from console.i18n import tr
from console.storage import notices as notice_rows
from console.ui import dialogs
from console.ui.station_admin.watch import require_officer
from console.ui.worker import reported_failure

FILTERS = {"cap": "CAP 1.2 alert (*.xml)", "kml": "KML (*.kml)", "geojson": "GeoJSON (*.geojson *.json)",
           "notam": "Text (*.txt)"}


def export_selected(window) -> None:
    """Ask the format and the file for the notice selected in the Inbox or Outbox, then export it."""
    from console.export import ExportFormat, NothingToExport, export_stored, suggested_name
    from console.export.facts import facts_for

    title = tr("Export hazard areas")
    notice_id = window.selection.notice_id
    stored = notice_rows.by_id(window.station.store, notice_id) if notice_id is not None else None
    if stored is None:
        window.statusBar().showMessage(tr("Select a notice in the Inbox or Outbox first."), 6000)
        return
    try:
        facts_for(window.station.store, stored)  # a notice without areas is refused before any question
    except NothingToExport as error:
        dialogs.report(window, tr("Nothing exported"), error)
        return
    officer = require_officer(window)
    if officer is None:
        window.statusBar().showMessage(
            tr("Nothing exported: an export is audited in the name of the officer on watch. Take the watch first."),
            10000)
        return
    formats = {fmt.label: fmt for fmt in ExportFormat}
    label = dialogs.choose_item(window, title, tr("Export the areas and window of no. %1 as:")
                                .replace("%1", str(stored["sequence"])), list(formats))
    if label is None:
        return
    fmt = formats[label]
    path = dialogs.save_file_name(window, title, suggested_name(stored, fmt), FILTERS[fmt.value])
    if not path:
        return
    target = Path(path)
    at = window.clock()

    def written(outcome) -> None:
        window.statusBar().showMessage(
            tr("Hazard areas of no. %1 written as %2 to %3.").replace("%1", str(outcome.sequence))
            .replace("%2", outcome.format.label).replace("%3", str(outcome.path)), 10000)
        if outcome.left_out or outcome.since_sent:
            dialogs.inform(window, tr("Exported, with something left out") if outcome.left_out else title,
                           "\n\n".join(outcome.sentences()))

    def failed(error: Exception) -> None:
        not_done = tr("Hazard areas not exported")
        window.statusBar().showMessage("")
        if isinstance(error, OSError) and not isinstance(error, WatchdeskError):  # our own file write
            dialogs.warn(window, not_done, tr("%1 could not be written: %2.").replace("%1", str(target))
                         .replace("%2", error.strerror or str(error)))
        else:
            reported_failure(window, not_done)(error)

    window.statusBar().showMessage(tr("Exporting the hazard areas of no. %1…").replace("%1", str(stored["sequence"])))
    window.worker.run(lambda store: export_stored(store, stored, fmt, target, officer, at), written, failed)


def install(window) -> None:
    window.menus["notice"].addSeparator()
    window.add_action("notice", lambda: tr("&Export hazard areas…"), lambda _checked=False: export_selected(window),
                      None, "actionExportHazardAreas")
