"""The colours of the notice lists' rows and deadline cells, in one place, for a light and a dark palette.

The table model paints with one `RowColours` (NoticeTableModel.set_colours); the list picks the
set that suits its palette (`for_palette`) when it is built and whenever its palette changes, so a
night palette set on the application switches them all. Urgency is never shown by colour alone:
the deadline cell also says it in words, in bold, and with a mark and a bar (table_model.py).
Each text colour reads at 4.5:1 or more on its background and on the palette's base in its set,
each mark and bar at 3:1 or more (WCAG AA; tests/inbox/test_deadline_look.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class RowColours:
    name: str
    overdue_background: QColor  # a whole row past its acknowledgement deadline
    problem_background: QColor  # a message the import flagged (docs/format.md section 13)
    overdue_text: QColor  # the deadline cell of an overdue or flagged notice
    urgent_text: QColor  # the deadline cell of a waiting FLASH, or of one due within minutes
    answered_text: QColor  # acknowledged
    precedence_text: dict[str, QColor]  # FLASH and IMMEDIATE stand out in the precedence column
    # The deadline cell's mark and bar, by deadlines.Urgency name, and the bar's empty part.
    gauge: dict[str, QColor]
    gauge_track: QColor
    mark_inner: QColor  # the "!" in the warning mark and the hands of the filled clock


DAY = RowColours(
    name="day",
    overdue_background=QColor("#ffd6d6"),
    problem_background=QColor("#fde7d4"),
    overdue_text=QColor("#9b0000"),
    urgent_text=QColor("#8a3a00"),
    answered_text=QColor("#1b5e20"),
    precedence_text={"FLASH": QColor("#b00020"), "IMMEDIATE": QColor("#a84300")},
    gauge={"OVERDUE": QColor("#c00020"), "URGENT": QColor("#c75000"), "DUE_SOON": QColor("#8a6d00"),
           "CALM": QColor("#5b7083"), "NONE": QColor("#1b5e20")},
    gauge_track=QColor("#d5d9de"),
    mark_inner=QColor("#ffffff"),
)

NIGHT = RowColours(
    name="night",
    overdue_background=QColor("#5a1d1d"),
    problem_background=QColor("#4a3318"),
    overdue_text=QColor("#ffb3b3"),
    urgent_text=QColor("#ffc27a"),
    answered_text=QColor("#8fd694"),
    precedence_text={"FLASH": QColor("#ff8a9a"), "IMMEDIATE": QColor("#ffab66")},
    gauge={"OVERDUE": QColor("#ff6b6b"), "URGENT": QColor("#ffa040"), "DUE_SOON": QColor("#e0c050"),
           "CALM": QColor("#9fb3c8"), "NONE": QColor("#8fd694")},
    gauge_track=QColor("#4a4f55"),
    mark_inner=QColor("#1a1a1a"),
)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark base (a night or dark system palette)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < palette.color(QPalette.ColorRole.Text).lightness()


def for_palette(palette: QPalette) -> RowColours:
    return NIGHT if is_dark(palette) else DAY
