"""A plain-text draft for the domestic NOTAM office and NAVAREA coordinator.

Not a NOTAM: the office numbers it, adds the Q) line and the location, and issues it. The draft
gives them what they would otherwise retype: the window as NOTAM items B) and C) (YYMMDDhhmm) and
as date-time groups (DDHHMMZ MON YY), and every area's coordinates in the forms their services
print: compact degrees-minutes-seconds for the NOTAM (``283000N0803000W``), degrees and decimal
minutes for the NAVAREA warning (``28-30.00N 080-30.00W``). The coordinates are written by the
formatters of console/domain/coordinates.py that the compose form and the reading pane use. Named
launch areas (a sea, an ocean quadrant) are written by name, as both services do.
"""

from __future__ import annotations

import textwrap
from datetime import timedelta

from console.domain.areas import KM_PER_NM, Circle, Polygon
from console.domain.coordinates import format_compact, format_navarea
from console.domain.notices import Kind
from console.domain.times import format_dtg, format_notam
from console.export.facts import ExportFacts, HazardArea, Rendered

WIDTH = 69  # a NAVAREA warning's line, as printed by NAVTEX and SafetyNET receivers
INDENT = "   "
# A NAVAREA warning asks to be cancelled an hour after the activity ends.
CANCEL_AFTER = timedelta(hours=1)
NO_BREAK = "\xa0"  # textwrap breaks lines at ASCII white space only


def _radius(area: Circle, *, spaced: bool) -> str:
    gap = " " if spaced else ""
    if area.unit.value == "NM":
        return f"{area.radius:g}{gap}NM"
    return f"{area.radius:g}{gap}KM ({area.radius_km / KM_PER_NM:.1f}{gap}NM)"


def notam_area(area: HazardArea) -> list[str]:
    """``IMPACT AREA 1: 520000N1600000E-520000N1620000E-...``, or a circle's radius and centre, in
    lines of at most WIDTH characters (a polygon's points break after a hyphen)."""
    label = area.label.upper()
    shape = area.area
    if isinstance(shape, Polygon):
        points = [format_compact(point) for point in shape.points]
        pieces = [f"{point}-" for point in points[:-1]] + [f"{points[-1]}."]
        lines = [f"{INDENT}{label}:"]
        for piece in pieces:
            gap = "" if lines[-1].endswith("-") else " "
            if len(lines[-1]) + len(gap) + len(piece) <= WIDTH:
                lines[-1] += gap + piece
            else:
                lines.append(f"{INDENT}  {piece}")
        return lines
    if isinstance(shape, Circle):
        text = f"{label}: CIRCLE RADIUS {_radius(shape, spaced=False)} CENTRE {format_compact(shape.centre)}."
    else:
        text = f"{label}: {shape.describe().upper()}."
    return _wrapped(text, INDENT, INDENT + "  ")


def navarea_area(area: HazardArea) -> str:
    """``IMPACT AREA 1 BOUNDED BY 52-00.00N 160-00.00E, ...``, ``... WITHIN 50 NM OF ...``."""
    label = area.label.upper()
    shape = area.area
    if isinstance(shape, Polygon):
        return f"{label} BOUNDED BY " + ", ".join(_unbroken(format_navarea(point)) for point in shape.points) + "."
    if isinstance(shape, Circle):
        return f"{label} WITHIN {_radius(shape, spaced=True)} OF {_unbroken(format_navarea(shape.centre))}."
    return f"{label}: {shape.describe().upper()}."


def _unbroken(text: str) -> str:
    """`text` kept on one line by _wrapped (a date-time group, a position)."""
    return text.replace(" ", NO_BREAK)


def _wrapped(text: str, first: str, rest: str) -> list[str]:
    lines = textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False,
                          break_long_words=False)
    return [line.replace(NO_BREAK, " ") for line in lines]


def _window(facts: ExportFacts) -> str:
    """``300600Z NOV 26 TO 300800Z NOV 26``, each date-time group kept on one line."""
    return f"{_unbroken(format_dtg(facts.window_start))} TO {_unbroken(format_dtg(facts.window_end))}"


def _notam_lines(facts: ExportFacts) -> list[str]:
    lines = ["NOTAM"]
    if facts.kind is Kind.AMENDMENT:
        lines.append(f"REPLACES THE NOTAM ISSUED FOR MESSAGE {facts.answers} (NOTAMR).")
    if facts.cancelled:
        # A cancelling NOTAM has no period (B, C) of its own: the window below is the one withdrawn.
        lines.append(f"CANCELS THE NOTAM ISSUED FOR MESSAGE {facts.answers} (NOTAMC).")
    else:
        lines += [f"B) {format_notam(facts.window_start)}", f"C) {format_notam(facts.window_end)}"]
    mark = f"{facts.status.value}. " if facts.marked else ""
    event = facts.event.upper() + (" CANCELLED" if facts.cancelled else "")
    lines += _wrapped(f"{mark}{event}.", "E) ", INDENT)
    for area in facts.areas:
        lines += notam_area(area)
    lines.append(f"{INDENT}WINDOW {facts.window_words.upper()}.")
    return lines


def _navarea_lines(facts: ExportFacts) -> list[str]:
    lines = ["NAVAREA WARNING"]
    if facts.marked:
        lines.append(f"{facts.status.value}.")
    if facts.cancelled:
        lines += _wrapped(f"CANCEL THE NAVAREA WARNING ISSUED FOR MESSAGE {facts.answers}: {facts.event.upper()} "
                          f"{_window(facts)} CANCELLED.", "", "")
        return lines
    lines += _wrapped(facts.event.upper(), "", "")
    lines += _wrapped(f"{_window(facts)} IN AREAS:", "", "")
    for letter, area in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", facts.areas, strict=False):
        lines += _wrapped(navarea_area(area), f"{INDENT}{letter}. ", INDENT + "   ")
    if facts.kind is Kind.AMENDMENT:
        lines.append(f"CANCEL THE NAVAREA WARNING ISSUED FOR MESSAGE {facts.answers}.")
    lines.append(f"CANCEL THIS MSG {format_dtg(facts.window_end + CANCEL_AFTER)}.")
    return lines


def render(facts: ExportFacts) -> Rendered:
    mark = [f"{facts.status.value} {facts.status.value} {facts.status.value}"] if facts.marked else []
    head = [
        *mark,
        "DRAFT FOR THE NOTAM OFFICE AND THE NAVAREA COORDINATOR: CHECK IT AGAINST THE NOTICE BEFORE ISSUE.",
        f"FROM: {facts.station_name.upper()} ({facts.station_id})",
        f"SOURCE: {facts.origin.upper()}, DTG {format_dtg(facts.dtg)}, PRECEDENCE {facts.precedence.value}",
        f"MESSAGE ID: {facts.message_id}",
        f"STATUS: {facts.status.value}",
    ]
    if facts.kind is not Kind.LAUNCH_NOTIFICATION and facts.reason:
        head += _wrapped(f"REASON: {facts.reason.upper()}", "", INDENT)
    if facts.chain_stamp:
        head.append(f"SINCE SENT: {facts.chain_stamp.upper()}")
    lines = [*head, "", *_notam_lines(facts), "", *_navarea_lines(facts), *mark]
    return Rendered(("\n".join(lines) + "\n").encode("utf-8"))
