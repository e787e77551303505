"""A notice's launch and impact areas and window for the domestic authorities, in their formats:
CAP 1.2, KML, GeoJSON and a NOTAM/NAVAREA text draft (docs/exports.md).

Plain Python on the core (no Qt): the CLI's `watchdesk export` and the window's Notice menu both
call `export_notice`, which reads the notice from the store, writes the file atomically and audits
the export. `facts.py` gathers what every format says; each format has its module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from console.errors import WatchdeskError
from console.export import cap, geojson, kml, notam
from console.export.facts import ExportFacts, NothingToExport, Rendered, facts_for
from console.i18n import tr
from console.fsutil import atomic_write
from console.storage import notices as notice_rows
from console.storage.notices import StoredNotice

__all__ = ["ExportFormat", "ExportOutcome", "NothingToExport", "NoSuchNotice", "export_notice", "export_stored"]


class NoSuchNotice(WatchdeskError, LookupError):
    """No notice with the message id given is on record."""


class ExportFormat(StrEnum):
    CAP = "cap"
    KML = "kml"
    GEOJSON = "geojson"
    NOTAM = "notam"

    @property
    def label(self) -> str:
        # Words for the officer (the file holds none of them): built at each call, in the language in force.
        return {"cap": tr("CAP 1.2 alert"), "kml": "KML", "geojson": "GeoJSON",
                "notam": tr("NOTAM/NAVAREA draft")}[self.value]

    @property
    def suffix(self) -> str:
        return {"cap": ".xml", "kml": ".kml", "geojson": ".geojson", "notam": ".txt"}[self.value]

    def render(self, facts: ExportFacts) -> Rendered:
        module = {"cap": cap, "kml": kml, "geojson": geojson, "notam": notam}[self.value]
        return module.render(facts)


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    format: ExportFormat
    message_id: str
    sequence: int
    title: str  # "EXERCISE Missile launch (2 ICBM): EXER-RED's launch notification no. 7"
    left_out: tuple[str, ...]  # what the format could not hold, one clause each
    since_sent: str | None  # "CANCELLED by no. 9 at 1612Z": the notice was answered after it was sent

    def sentences(self) -> list[str]:
        """The outcome in words: what was written where, then what was left out and why."""
        # The title, what was left out and the chain's stamp stay English: they are the file's and the audit
        # entry's words; the sentences around them are the officer's.
        said = [tr("{title}: written as {format} to {path}.").format(title=self.title, format=self.format.label,
                                                                       path=self.path)]
        said += [tr("Left out: {item}.").format(item=item) for item in self.left_out]
        if self.since_sent:
            said.append(tr("Note: this notice was {stamp}; export that notice too.").format(stamp=self.since_sent))
        return said


def suggested_name(stored: StoredNotice, fmt: ExportFormat) -> str:
    """``hazard-areas-EXER-RED-00000007.xml``: the counterpart and the notice's number."""
    return f"hazard-areas-{stored['counterpart']}-{stored['sequence']:08d}{fmt.suffix}"


def export_stored(store, stored: StoredNotice, fmt: ExportFormat, path: Path, officer: str,
                  at: datetime) -> ExportOutcome:
    """Write `stored`'s areas in `fmt` to `path` (atomically: the old file or the new, never half of
    one) and audit it in `officer`'s name. NothingToExport for a notice without areas."""
    facts = facts_for(store, stored)
    rendered = fmt.render(facts)
    path = Path(path)
    # To be carried to the authorities, like a key card: readable by others.
    atomic_write(path, rendered.data, mode=0o644)
    details = {"message_id": facts.message_id, "sequence": facts.sequence, "format": fmt.value,
               "file": str(path.resolve())}
    if rendered.left_out:
        details["left_out"] = list(rendered.left_out)
    store.record(officer, "hazard_areas_exported", details, at=at)
    return ExportOutcome(path, fmt, facts.message_id, facts.sequence, facts.title(), rendered.left_out,
                         facts.chain_stamp)


def export_notice(store, message_id: str, fmt: ExportFormat, path: Path, officer: str,
                  at: datetime) -> ExportOutcome:
    """As export_stored, for the notice with this message id."""
    stored = notice_rows.by_message_id(store, message_id)
    if stored is None:
        raise NoSuchNotice(
            tr("No notice with message id {message_id} is on record at this station.").format(message_id=message_id))
    return export_stored(store, stored, fmt, path, officer, at)
