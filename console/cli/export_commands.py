"""`watchdesk export`: a notice's launch and impact areas and window for the domestic authorities,
as CAP 1.2, KML, GeoJSON or a NOTAM/NAVAREA text draft (docs/exports.md)."""

from __future__ import annotations

from pathlib import Path

from console.cli.common import NotFound, opened_station
from console.i18n import QT_TRANSLATE_NOOP, lookup, tr

# The context under which the help texts of the table below are translated.
_HELP = "ExportCommand"

# The formats and their options, as console/export's ExportFormat names them (not imported here:
# the parser is built without the commands' modules' dependencies).
_FORMAT_OPTIONS = (
    ("cap", QT_TRANSLATE_NOOP("ExportCommand", "write a CAP 1.2 alert (XML)")),
    ("kml", QT_TRANSLATE_NOOP("ExportCommand", "write KML for Google Earth and other GIS tools")),
    ("geojson", QT_TRANSLATE_NOOP("ExportCommand", "write GeoJSON (RFC 7946)")),
    ("notam", QT_TRANSLATE_NOOP("ExportCommand", "write a NOTAM/NAVAREA-style plain-text draft")),
)


def add_commands(sub) -> None:
    export = sub.add_parser(
        "export",
        help=tr("write a notice's launch and impact areas and window as CAP 1.2, KML, GeoJSON or a NOTAM draft"),
        description=tr("Write the launch and impact areas and the window of one notice (a launch notification, an "
                       "amendment or a cancellation) in a format the aviation, maritime and civil-protection "
                       "authorities read. The export is audited in the officer's name."),
    )
    export.add_argument("message_id", help=tr("the notice's message id"))
    target = export.add_mutually_exclusive_group(required=True)
    for name, text in _FORMAT_OPTIONS:
        target.add_argument(f"--{name}", type=Path, metavar="FILE", help=lookup(_HELP, text))
    export.set_defaults(handler=cmd_export)


def cmd_export(args) -> int:
    from console.export import ExportFormat, NoSuchNotice, export_notice

    fmt, path = next((ExportFormat(name), getattr(args, name)) for name, _text in _FORMAT_OPTIONS
                     if getattr(args, name) is not None)
    with opened_station(args) as station:
        try:
            outcome = export_notice(station.store, args.message_id, fmt, path, args.officer, station.clock())
        except NoSuchNotice as unknown:
            raise NotFound(str(unknown)) from None  # the command line's "not on record" status
    for sentence in outcome.sentences():
        print(sentence)
    return 0
