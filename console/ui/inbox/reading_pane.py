"""The reading pane: one notice laid out for the screen, in the system font.

From the top: where the notice stands in its chain ("CANCELLED by no. 37 at 1612Z", "AMENDED by
no. 36 at 1540Z", console/service/chains.py), what it is and where its deadline stands (precedence,
kind, status, when the acknowledgement is due; a cancelled notice's strip says it is cancelled
instead of counting down), Acknowledge and Report a problem, what an amendment changed (each field,
was and now), every notice of its chain on record, ours and theirs, each a link; then what
the notice says: the launch window in UTC with local time beside it, the launch and impact
areas with the map beside them, the remarks; last the handling facts (sequence, signature,
keys, digests), folded until the officer opens them. The paper layout is the record's, shown
by File → Print preview and printed from there.

Built when the officer first selects a notice (console/ui/inbox/detail.py), so that the map
drawing is not imported at start-up. It follows the selection of its list and refreshes when
the notice changes (acknowledged, problem reported) or a member of its chain arrives or is sent.

The chain's reads stay on the GUI thread: a handful of indexed lookups, measured at 100,000
notices with 20,000 references (console/service/bulk.fill_history): median 0.4 ms, at most 2.4 ms
(a chain of eight), far under a frame.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.areas import KM_PER_NM, BodyOfWater, Circle, OceanQuadrant, Polygon, named_area_extent
from console.domain.coordinates import Point
from console.domain.notices import Kind, Notice
from console.domain.rules import DEFAULT_PROFILE, AgreementProfile, field_label
from console.domain.times import (
    TimeFormatError,
    format_duration,
    format_rfc3339_with_local,
    format_utc_with_local,
    parse_optional_rfc3339,
    parse_rfc3339,
)
from console.format import KeyCard
from console.i18n import tr
from console.printing.mapdraw.drawing import MapArea, areas_from_notice, role_colour
from console.service import queries
from console.service.chains import AmendmentChanges, ChainState, amendment_changes, chain_state
from console.service.deadlines import Phase, deadline_state
from console.storage import notices as notice_rows
from console.storage.counterparts import CounterpartBook
from console.storage.notices import StoredNotice
from console.ui.inbox.acknowledge import ActionOutcome, DeskActions
from console.ui.inbox import row_colours
from console.ui.inbox.table_model import (
    deadline_text,
    kind_label,
    span_text,
    zulu_clock,
)
from console.ui.inbox.detail import ACKNOWLEDGE_SHORTCUT, REPORT_PROBLEM_SHORTCUT
from console.ui.inbox.working_translation import FreeTextSection
from console.ui.map_widget import MapWidget
from console.ui.palette import SightColours, Swatch, colours_for

PRINT_PREVIEW_ACTION = "actionPrintPreview"  # the window's File → Print preview (console/ui/print_actions.py)
TITLE_SCALE = 1.3  # the headline, relative to the system font
# The deadline strip's and the stamps' colours come from console/ui/palette.py (a day and a
# night set): cancelled stands out more than anything else on the pane (it no longer stands),
# amended is a notice to read on in the latest amendment.


def _stamp_style(colours: SightColours, cancelled: bool) -> str:
    if cancelled:
        return f"QLabel#readingStamp {{ {colours.cancelled.style()} padding: 4px 6px; font-weight: bold; }}"
    swatch = colours.amended
    return (f"QLabel#readingStamp {{ {swatch.style()} border: 1px solid {swatch.text}; padding: 4px 6px; "
            "font-weight: bold; }")


# Body fields the pane shows in a place of their own; the rest go in "What it says".
_LAUNCH_FIELDS = ("vehicle_category", "vehicle_count", "group_launch", "window_start", "window_end",
                  "planned_direction", "launch_area", "impact_areas", "remarks")
_HANDLING_FIELDS = ("acknowledged_sha256", "referenced_sha256")


def _grouped(digest: str, size: int = 8) -> str:
    """A hex digest in groups of eight, so it wraps in a narrow pane and reads aloud group by group."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))


def _version(row: dict[str, Any]) -> tuple:
    """What makes the pane worth drawing again for the same notice."""
    return (row["id"], row.get("state"), row.get("acknowledged_at"), row.get("problem_reported"), row.get("problem"))


@dataclass(frozen=True)
class ChainView:
    """Where the shown notice stands in its chain: what answered it, every member on record, and
    for an amendment what it changed (None for any other kind)."""

    state: ChainState
    links: tuple[queries.ChainLink, ...]
    changes: AmendmentChanges | None


def read_chain(conn, stored: StoredNotice) -> ChainView:
    changes = amendment_changes(conn, stored.notice) if stored.notice.kind is Kind.AMENDMENT else None
    return ChainView(chain_state(conn, stored.row["message_id"]), tuple(queries.notice_chain(conn, stored.id)),
                     changes)


_PATH_STEP = re.compile(r"^(?P<name>[^\[]+)(?:\[(?P<index>\d+)\])?$")


def change_name(path: str) -> str:
    """A changed field's path as the officer reads it: "impact_areas[0].radius" → "Impact area 1, radius"."""
    words = []
    for depth, step in enumerate(path.split(".")):
        match = _PATH_STEP.match(step)
        name, index = (match["name"], match["index"]) if match else (step, None)
        label = field_label(name) if depth == 0 else name.replace("_", " ")
        if index is not None:
            # One of a list: "Impact area 2" (the one list among the launch details), else "point 1".
            one = tr("Impact area").lower() if name == "impact_areas" else label.removesuffix("s")
            label = f"{one} {int(index) + 1}"
        words.append(label)
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


def _rows_html(rows: list[tuple[str, str]]) -> str:
    """Name and value pairs as a two-column table; values are HTML already."""
    cells = "".join(
        f"<tr><td style='padding-right:10px'><b>{html.escape(name)}</b></td><td>{value}</td></tr>"
        for name, value in rows
    )
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


def _field_name(field: str) -> str:
    words = field_label(field)
    return words[:1].upper() + words[1:]


def _time_html(value: Any) -> str:
    """A wire time as the screen gives it: UTC first with Z, local time beside it."""
    try:
        return html.escape(format_utc_with_local(parse_rfc3339(value)))
    except (TimeFormatError, TypeError, ValueError):
        return html.escape(str(value))


def _plain_html(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return html.escape(str(value)).replace("\n", "<br>")


_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_LINKS = Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard


def _text_label(parent: QWidget, name: str, *, rich: bool = False, links=None) -> QLabel:
    """A word-wrapped label the officer can select text in; with `links`, its links (another notice
    of the chain) go to that slot and are reached by keyboard too."""
    label = QLabel(parent)
    label.setObjectName(name)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(_SELECTABLE | _LINKS if links is not None else _SELECTABLE)
    if links is not None:
        label.linkActivated.connect(links)
    return label


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


# ---- areas ------------------------------------------------------------------------------------


def _other_unit(circle: Circle) -> str:
    if circle.unit.value == "NM":
        return f"{circle.radius * KM_PER_NM:.0f} km"
    return f"{circle.radius / KM_PER_NM:.0f} NM"


def _dms_axis(value: float, width: int, positive: str, negative: str) -> str:
    seconds = round(abs(value) * 3600)
    degrees, rest = divmod(seconds, 3600)
    minutes, second = divmod(rest, 60)
    hemisphere = negative if value < 0 and seconds else positive
    return f"{degrees:0{width}d}°{minutes:02d}′{second:02d}″{hemisphere}"


def screen_dms(point: Point) -> str:
    """``66°36′00″N 043°48′00″E``: to the whole second (about 30 m), narrow enough for the pane;
    the record prints tenths and decimal degrees."""
    return f"{_dms_axis(point.lat, 2, 'N', 'S')} {_dms_axis(point.lon, 3, 'E', 'W')}"


@dataclass(frozen=True)
class AreaEntry:
    """One area as the pane lists it: its tag and role, what it is, and its points."""

    item: MapArea
    title: str  # "Launch area", "Impact area"
    summary: str  # "circle, radius 50 km (27 NM)", "White Sea"
    note: str  # for a named area: drawn from the profile, or not on the map
    points: tuple[str, ...]  # "centre 45°00′00″N 175°00′00″W", "1. 66°36′00″N 043°48′00″E"


class AreasShown:
    """What the areas section shows: the map's areas and each area's entry in the list."""

    def __init__(self, map_areas: list[MapArea], entries: list[AreaEntry], caption: str) -> None:
        self.map_areas = map_areas
        self.entries = entries
        self.caption = caption


def _entry(item: MapArea, title: str) -> AreaEntry:
    area = item.area
    if isinstance(area, Circle):
        shape = tr("circle, radius {radius} {unit} ({other})").format(
            radius=f"{area.radius:g}", unit=area.unit.value, other=_other_unit(area))
        return AreaEntry(item, title, shape, "", (tr("centre {point}").format(point=screen_dms(area.centre)),))
    if isinstance(area, Polygon):
        corners = area.points[:-1] if area.is_closed else area.points
        return AreaEntry(item, title, tr("polygon, %n corners", None, len(corners)), "",
                         tuple(f"{n}. {screen_dms(p)}" for n, p in enumerate(corners, 1)))
    return AreaEntry(item, title, area.words(), "", ())


def areas_shown(notice_areas: list[MapArea], profile: AgreementProfile, caption: str) -> AreasShown:
    """The areas of a notice for the list and the map: a named launch area whose outline the
    agreement profile knows is drawn from it, any other named area is listed as not on the map."""
    on_map: list[MapArea] = []
    entries: list[AreaEntry] = []
    for item in notice_areas:
        title = tr("Launch area") if item.role == "launch" else tr("Impact area")  # the tag (I1, I2…) numbers it
        entry = _entry(item, title)
        if isinstance(item.area, (BodyOfWater, OceanQuadrant)):
            outline = named_area_extent(item.area, profile.named_areas)
            if outline is not None:
                on_map.append(MapArea(item.role, item.label, outline))
                entry = replace(entry, note=tr("drawn from the agreement profile's outline"))
            else:
                on_map.append(item)  # the map's key still names it
                entry = replace(entry, note=tr("not on the map: the agreement profile has no outline for it"))
        else:
            on_map.append(item)
        entries.append(entry)
    return AreasShown(on_map, entries, caption)


def _tag_html(item: MapArea) -> str:
    colour = role_colour(item.role).name()
    return f"<span style='color:{colour}; font-weight:bold'>{html.escape(item.label)}</span>"


class AreasSection(QWidget):
    """What each area is, with the map beside it (under it in a narrow pane); then the points of each area."""

    # Narrower than this, the map beside the list would be a thumbnail (about 200 px in the pane
    # of a 1280x800 window): it goes under the list at the pane's whole width instead.
    SIDE_BY_SIDE_MIN_WIDTH = 560
    MAP_ASPECT = 0.6  # the map's height to its width when it has the pane's width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _heading(self.tr("Launch and impact areas"), self)
        self.list = self._rich_label("readingAreas")
        self.map = MapWidget(self)
        self.map.setMinimumSize(120, 180)
        self.map.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points = self._rich_label("readingAreaPoints")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 2)
        row.addWidget(self.map, 3)
        self.row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        layout.addWidget(self.points)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """The map beside the list where the pane is wide enough, else under it, as wide as the pane."""
        side_by_side = width >= self.SIDE_BY_SIDE_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self.row.setStretch(0, 2 if side_by_side else 0)  # under the list, the map takes the room
        height = 180 if side_by_side else max(180, int(width * self.MAP_ASPECT))
        if self.map.minimumHeight() != height:
            self.map.setMinimumHeight(height)

    def _rich_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_areas(self, shown: AreasShown, *, keep_map_view: bool) -> None:
        parts = []
        for entry in shown.entries:
            note = f"<br><i>{html.escape(entry.note)}</i>" if entry.note else ""
            parts.append(f"<p style='margin:0 0 5px 0'>{_tag_html(entry.item)} <b>{html.escape(entry.title)}</b><br>"
                         f"{html.escape(entry.summary)}{note}</p>")
        self.list.setText("".join(parts))
        self.list.setAccessibleName("; ".join(
            f"{entry.item.label}, {entry.title}: {entry.summary}" + (f", {entry.note}" if entry.note else "") for entry in shown.entries))
        rows = [(entry, point) for entry in shown.entries for point in entry.points]
        self.points.setText("<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td style='padding-right:8px'>{_tag_html(entry.item) if point is entry.points[0] else ''}</td>"
            f"<td>{html.escape(point)}</td></tr>" for entry, point in rows) + "</table>")
        self.points.setAccessibleName("; ".join(f"{entry.item.label}: {', '.join(entry.points)}"
                                                for entry in shown.entries if entry.points))
        self.points.setVisible(bool(rows))
        self.caption.setText(shown.caption)
        self.caption.setVisible(bool(shown.caption))
        if not (keep_map_view and self.map.areas()):
            self.map.set_areas(shown.map_areas)


# ---- handling facts --------------------------------------------------------------------------


class HandlingSection(QWidget):
    """Sequence, signature, keys and digests: folded under a button until the officer opens them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("handlingToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(False)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        # The words beside the arrow wrap in a narrow pane (a button's text cannot: in Russian it was
        # wider than the pane and cut off); a click on them opens the facts as the arrow does.
        self.toggle_words = QLabel(self)
        self.toggle_words.setObjectName("handlingToggleWords")
        self.toggle_words.setWordWrap(True)
        self.toggle_words.setText(self.tr("Handling: sequence, signature, keys"))
        self.toggle_words.installEventFilter(self)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAccessibleName(self.tr("Show the handling facts: sequence, signature, keys"))
        self.toggle.toggled.connect(self.set_expanded)
        self.facts = QLabel(self)
        self.facts.setObjectName("readingHandling")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(self.tr("Handling facts"))
        self.facts.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.toggle_words, 1)
        layout.addLayout(heading)
        layout.addWidget(self.facts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.toggle_words and event.type() == QEvent.Type.MouseButtonRelease:
            self.toggle.click()
            return True
        return super().eventFilter(watched, event)

    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Open or fold the facts; the officer's choice stays for the next notice."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.facts.setVisible(expanded)


class ButtonRow(QWidget):
    """Buttons side by side, one above the other when the pane is too narrow for their words."""

    def __init__(self, *buttons: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        # The row's own minimum (one button) holds, not the sum of the buttons side by side.
        self.row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for button in buttons:
            self.row.addWidget(button)

    def minimumSizeHint(self) -> QSize:
        widest = max(button.minimumSizeHint().width() for button in self.buttons)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        needed = sum(b.sizeHint().width() for b in self.buttons if not b.isHidden()) + self.row.spacing()
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= needed
                     else QBoxLayout.Direction.TopToBottom)
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)


# ---- the pane ---------------------------------------------------------------------------------


class ReadingPane(QScrollArea):
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
        self._message_is_error = False
        self.chain_view: ChainView | None = None
        self.setObjectName(f"readingPane_{direction}")
        self.setAccessibleName(self.tr("The selected notice"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self)
        self.page = page

        # -- where it stands in its chain, what it is and its deadline
        self.stamp = QLabel(page)
        self.stamp.setObjectName("readingStamp")
        self.stamp.setTextFormat(Qt.TextFormat.RichText)
        self.stamp.setWordWrap(True)
        stamp_font = QFont(self.stamp.font())
        stamp_font.setPointSizeF(stamp_font.pointSizeF() * TITLE_SCALE)
        self.stamp.setFont(stamp_font)
        self.stamp.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.stamp.linkActivated.connect(self._on_link)
        self.stamp.hide()
        self.title = QLabel(page)
        self.title.setObjectName("readingTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * TITLE_SCALE)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.deadline = QLabel(page)
        self.deadline.setObjectName("detailDeadline")
        self.deadline.setWordWrap(True)
        self.subtitle = QLabel(page)
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.acknowledge_button = QPushButton(page)
        self.acknowledge_button.setObjectName("acknowledgeButton")
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge this notice"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.report_button = QPushButton(self.tr("Report a &problem…"), page)
        self.report_button.setObjectName("reportProblemButton")
        self.report_button.setToolTip(self.tr("Send an error report instead of an acknowledgement (%1)").replace(
            "%1", REPORT_PROBLEM_SHORTCUT))
        self.report_button.clicked.connect(self.report_problem)
        buttons = ButtonRow(self.acknowledge_button, self.report_button, parent=page)
        self.action_message = QLabel(page)
        self.action_message.setObjectName("detailActionMessage")
        self.action_message.setWordWrap(True)
        self.action_message.hide()

        self.changes_heading = _heading(self.tr("What this amendment changes"), page)
        self.changes = _text_label(page, "readingChanges", rich=True, links=self._on_link)

        self.chain_heading = _heading(self.tr("The chain on record"), page)
        self.chain = _text_label(page, "readingChain", rich=True, links=self._on_link)
        self.chain.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chain.setAccessibleName(self.tr("Chain of references"))

        # -- what it says
        self.window_heading = _heading(self.tr("Launch window (UTC)"), page)
        self.window_facts = _text_label(page, "readingWindow", rich=True)
        self.content_heading = _heading(self.tr("What it says"), page)
        self.content = _text_label(page, "readingContent", rich=True, links=self._on_link)
        self.areas = AreasSection(page)
        self.map = self.areas.map
        self.remarks_heading = _heading(self.tr("Remarks"), page)
        self.remarks = _text_label(page, "readingRemarks")
        # A received notice's free text: as received, its sender's language named, with working translations.
        self.free_text = FreeTextSection(station, officer, page)

        # -- handling, and the paper
        self.handling = HandlingSection(page)
        self.preview_button = QPushButton(self.tr("Print preview of the record…"), page)
        self.preview_button.setObjectName("readingPrintPreview")
        self.preview_button.setToolTip(self.tr("The record as it prints (File → Print preview)"))
        self.preview_button.clicked.connect(self._print_preview)

        body = QVBoxLayout(page)
        body.setContentsMargins(8, 6, 8, 8)
        body.setSpacing(6)
        for widget in (self.stamp, self.title, self.deadline, self.subtitle):
            body.addWidget(widget)
        body.addWidget(buttons)
        body.addWidget(self.action_message)
        for widget in (self.changes_heading, self.changes, self.chain_heading, self.chain):
            body.addWidget(widget)
        for widget in (self.window_heading, self.window_facts, self.content_heading, self.content, self.areas,
                       self.remarks_heading, self.remarks, self.free_text, self.handling):
            body.addWidget(widget)
        body.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        self.setWidget(page)

        if direction == "out" or actions is None:
            self.acknowledge_button.hide()
            self.report_button.hide()
        else:
            actions.finished.connect(self._on_action_finished)
            actions.busy_changed.connect(lambda notice_id: self._update_buttons() if self._is_shown(notice_id) else None)

    def changeEvent(self, event: QEvent) -> None:
        """The night palette came on or went off: colour the strips, the stamp and the header again."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.PaletteChange or self.stored is None or self.station.store.conn is None:
            return
        self._fill_header()
        self.tick(self.clock())
        if self.action_message.text():
            shown = not self.action_message.isHidden()
            self.say(self.action_message.text(), error=self._message_is_error)
            self.action_message.setVisible(shown)

    # ---- showing a notice ---------------------------------------------------------------------

    def show_row(self, row: dict[str, Any] | None) -> bool:
        """Show the notice of a list row; False when there is none to show (None, or no longer stored)."""
        if row is None:
            self.stored = self.row = None
            self._shown_version = None
            self.chain_view = None
            return False
        if self._shown_version == _version(row) and self.stored is not None:
            self.row = row
            # The row is as shown, but an answer may have joined its chain (a cancellation arrived).
            chain = read_chain(self.station.store.conn, self.stored)
            if chain != self.chain_view:
                self.chain_view = chain
                self._fill_chain()
                self._fill_header()
                self.tick(self.clock())
            return True
        same_notice = self.stored is not None and self.stored.id == row["id"]
        stored = notice_rows.by_id(self.station.store, row["id"])
        if stored is None:
            return self.show_row(None)
        self.stored, self.row = stored, row
        self._shown_version = _version(row)
        self.chain_view = read_chain(self.station.store.conn, stored)
        if not same_notice:
            self.action_message.hide()
            self.verticalScrollBar().setValue(0)
        self._fill_header()
        self._update_buttons()
        self.tick(self.clock())
        self._fill_chain()
        self._fill_content(keep_map_view=same_notice)
        self._fill_handling()
        self.preview_button.setVisible(self._preview_action() is not None)
        return True

    def refresh(self) -> bool:
        """Read the shown notice again (after an acknowledgement, an import)."""
        if self.stored is None:
            return False
        rows = queries.notice_rows(self.station.store.conn, [self.stored.id])
        return self.show_row(rows.get(self.stored.id))

    def _is_shown(self, notice_id: int) -> bool:
        return self.stored is not None and self.stored.id == notice_id

    def _counterpart(self):
        return CounterpartBook(self.station.store).get(self.stored.row["counterpart"])

    def _profile(self) -> AgreementProfile:
        counterpart = self._counterpart()
        return counterpart.profile if counterpart else DEFAULT_PROFILE

    def _fill_header(self) -> None:
        row = self.stored.row
        colour = row_colours.for_palette(self.palette()).precedence_text.get(row["precedence"])
        precedence = html.escape(row["precedence"])
        if colour is not None:
            precedence = f"<span style='color:{colour.name()}'>{precedence}</span>"
        self.title.setText(f"{precedence} · {html.escape(kind_label(row['kind']))} · {html.escape(row['status'])}")
        title = f"{row['precedence']} {kind_label(row['kind'])} {row['status']}"
        stamp = self.chain_view.state.words() if self.chain_view is not None else None
        self.title.setAccessibleName(f"{stamp}: {title}" if stamp else title)
        self._fill_stamp()
        counterpart = self._counterpart()
        name = counterpart.name if counterpart else row["counterpart"]
        route = self.tr("From %1 — %2") if row["direction"] == "in" else self.tr("To %1 — %2")
        route = route.replace("%1", row["counterpart"]).replace("%2", name)
        parts = [route, self.tr("no. %1").replace("%1", str(row["sequence"])),
                 self.tr("DTG %1").replace("%1", format_rfc3339_with_local(row["dtg"]))]
        self.subtitle.setText(" · ".join(parts))
        self.subtitle.setAccessibleName(self.subtitle.text())

    def _fill_stamp(self) -> None:
        """CANCELLED or AMENDED, above everything: a notice answered since it was sent must not read as
        standing. An amendment's stamp links to the latest amendment, the details that now hold."""
        state = self.chain_view.state if self.chain_view is not None else ChainState()
        stamp = state.words()
        self.stamp.setVisible(stamp is not None)
        if stamp is None:
            self.stamp.clear()
            return
        text, linked = html.escape(stamp), False
        if not state.cancelled:
            latest = state.amended_by[-1]
            if latest.notice_id is not None:
                words = html.escape(self.tr("read the latest amendment"))
                text += f" — <a href='notice:{latest.notice_id}'>{words}</a>"
                linked = True
        self.stamp.setText(text)
        # The link is reached with Tab as the chain's are; a stamp without one takes no focus.
        self.stamp.setFocusPolicy(Qt.FocusPolicy.StrongFocus if linked else Qt.FocusPolicy.NoFocus)
        self.stamp.setAccessibleName(stamp)
        style = _stamp_style(colours_for(self), state.cancelled)
        if self.stamp.styleSheet() != style:
            self.stamp.setStyleSheet(style)

    # ---- deadline and buttons ------------------------------------------------------------------

    def tick(self, now: datetime) -> None:
        """The countdown, once a second."""
        if self.row is None or self.stored is None:
            return
        state = deadline_state(self.row, now)
        row = self.row
        if self.chain_view is not None and self.chain_view.state.cancelled:
            self._show_deadline(self._cancelled_words(state, row), colours_for(self).cancelled)
            return
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
        strips = colours_for(self).deadline
        self._show_deadline(text, strips[Phase.OVERDUE.name] if flagged else strips[state.phase.name])

    def _show_deadline(self, text: str, swatch: Swatch) -> None:
        if self.deadline.text() != text:
            self.deadline.setText(text)
            self.deadline.setAccessibleName(text)
        style = f"QLabel#detailDeadline {{ {swatch.style()} padding: 4px 6px; font-weight: bold; }}"
        if self.deadline.styleSheet() != style:
            self.deadline.setStyleSheet(style)

    def _cancelled_words(self, state, row: dict[str, Any]) -> str:
        """The strip of a cancelled notice: it no longer stands, and where its acknowledgement is,
        without a countdown (nothing is left to act on but the receipt)."""
        text = self.tr("%1: this notice no longer stands.").replace("%1", self.chain_view.state.stamp)
        due = zulu_clock(row["ack_due_at"]) if row.get("ack_due_at") else ""
        incoming = row["direction"] == "in"
        if state.phase is Phase.ACKNOWLEDGED:
            ack = deadline_text(state, row) + "."
            more = ack if incoming else self.tr("%1 acknowledged it: %2").replace("%1", row["counterpart"]).replace(
                "%2", ack)
        elif state.phase is Phase.PROBLEM_REPORTED:
            more = (self.tr("A problem report was sent instead of an acknowledgement.") if incoming
                    else self.tr("%1 reported a problem with it.").replace("%1", row["counterpart"]))
        elif state.phase in (Phase.RUNNING, Phase.OVERDUE):
            more = (self.tr("Its receipt is still to be acknowledged (due %1).") if incoming
                    else self.tr("%2 has not acknowledged it (due %1).").replace("%2", row["counterpart"]))
            more = more.replace("%1", due)
        else:
            more = ""
        return f"{text} {more}".strip()

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
        self._message_is_error = error
        colours = colours_for(self)
        colour = colours.error_text if error else colours.good_text
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

    # ---- the chain of references ------------------------------------------------------------

    def _link_words(self, link: queries.ChainLink) -> tuple[str, str, str, str]:
        """Kind, no., us or them, DTG of one member of a chain, as the chain table lists it."""
        if link.notice_id is None:
            return (self.tr("Not on record here (message %1…)").replace("%1", link.message_id[:8]), "", "", "")
        side = self.tr("us") if link.direction == "out" else self.tr("them")  # one counterpart: the subtitle names it
        return (kind_label(link.kind or ""), str(link.sequence), side, zulu_clock(link.dtg) if link.dtg else "")

    def _fill_chain(self) -> None:
        """Every notice of the chain on record, ours and theirs, oldest first; each a link to it."""
        view = self.chain_view
        self._fill_changes()
        if view is None or len(view.links) <= 1:
            for widget in (self.chain_heading, self.chain):
                widget.hide()
            self.chain.clear()
            return
        header = "".join(f"<th align='left' style='padding-right:10px'>{html.escape(name)}</th>" for name in (
            self.tr("Kind"), self.tr("No."), self.tr("From"), self.tr("DTG")))
        rows, spoken = [], []
        for link in view.links:
            kind, number, side, dtg = self._link_words(link)
            this = link.notice_id == self.stored.id
            if this:
                kind_cell = f"▸ <b>{html.escape(kind)}</b>"
            elif link.notice_id is not None:
                kind_cell = f"<a href='notice:{link.notice_id}'>{html.escape(kind)}</a>"
            else:
                kind_cell = html.escape(kind)
            cells = [kind_cell, *(f"<b>{html.escape(v)}</b>" if this else html.escape(v) for v in (number, side, dtg))]
            rows.append("<tr>" + "".join(f"<td style='padding-right:10px'>{cell}</td>" for cell in cells) + "</tr>")
            spoken.append(" ".join(part for part in (kind, f"no. {number}" if number else "", side, dtg,
                                                     self.tr("(this notice)") if this else "") if part))
        self.chain.setText(f"<table cellspacing='0' cellpadding='1'><tr>{header}</tr>{''.join(rows)}</table>")
        self.chain.setAccessibleName(self.tr("The chain on record: %1").replace("%1", "; ".join(spoken)))
        self.chain_heading.show()
        self.chain.show()

    def _fill_changes(self) -> None:
        """An amendment's changes against the version it replaces, field by field: was, now."""
        changes = self.chain_view.changes if self.chain_view is not None else None
        self.changes_heading.setVisible(changes is not None)
        self.changes.setVisible(changes is not None)
        if changes is None:
            self.changes.clear()
            return
        amends = changes.amends
        if amends is not None and amends.notice_id is not None:
            kind, number, side, dtg = self._link_words(amends)
            replaced = self.tr("Against %1 no. %2 (%3, %4):").replace("%1", kind_label(amends.kind or "").lower()) \
                .replace("%2", number).replace("%3", side).replace("%4", dtg)
            lead = f"<a href='notice:{amends.notice_id}'>{html.escape(replaced)}</a>"
        else:
            lead = ""
        if not changes.known:
            missing = amends.message_id[:8] if amends is not None else "?"
            text = self.tr("The version it replaces (message %1…) is not on record here: compare the replacement "
                           "details below by hand.").replace("%1", missing)
            self.changes.setText(f"<b>{html.escape(text)}</b>")
            self.changes.setAccessibleName(text)
            return
        if not changes.changes:
            text = self.tr("No launch detail differs from the version it replaces.")
            self.changes.setText(f"{lead}<br>{html.escape(text)}" if lead else html.escape(text))
            self.changes.setAccessibleName(text)
            return
        absent = self.tr("(not given)")
        header = "".join(f"<th align='left' style='padding-right:10px'>{html.escape(name)}</th>" for name in (
            self.tr("Field"), self.tr("Was"), self.tr("Now")))
        rows = []
        for change in changes.changes:
            was = self._change_value_html(change.field, change.old) if change.old is not None else html.escape(absent)
            now = self._change_value_html(change.field, change.new) if change.new is not None else html.escape(absent)
            rows.append(f"<tr><td style='padding-right:10px'>{html.escape(change_name(change.field))}</td>"
                        f"<td style='padding-right:10px'>{was}</td><td><b>{now}</b></td></tr>")
        table = f"<table cellspacing='0' cellpadding='1'><tr>{header}</tr>{''.join(rows)}</table>"
        self.changes.setText(f"{lead}{table}")
        self.changes.setAccessibleName("; ".join(
            f"{change_name(c.field)}: was {c.old if c.old is not None else absent}, now "
            f"{c.new if c.new is not None else absent}" for c in changes.changes))

    @staticmethod
    def _change_value_html(field: str, value: str) -> str:
        if field in ("window_start", "window_end"):
            return _time_html(value)
        return _plain_html(value)

    def _on_link(self, link: str) -> None:
        if link.startswith("notice:"):
            self.navigate.emit(int(link.split(":", 1)[1]))

    # ---- what it says ---------------------------------------------------------------------------

    def _fill_content(self, *, keep_map_view: bool) -> None:
        notice = self.stored.notice
        launch = notice.launch_content
        if launch is not None:
            self.window_heading.setText(self.tr("Replacement launch window (UTC)") if notice.kind is Kind.AMENDMENT
                                        else self.tr("Launch window (UTC)"))
            self.window_facts.setText(_rows_html(self._launch_rows(launch)))
        self.window_heading.setVisible(launch is not None)
        self.window_facts.setVisible(launch is not None)

        # A received notice's free text is shown by self.free_text, as received and with its translations.
        free_text = self.free_text.show_notice(self.stored if self.direction == "in" else None)
        shown = set(_LAUNCH_FIELDS) | set(_HANDLING_FIELDS) | {"content"} | {
            path.removeprefix("body.") for path in free_text}
        others = [(field, value) for field, value in notice.body.items() if field not in shown]
        self.content.setText(_rows_html([(_field_name(field), self._value_html(field, value))
                                         for field, value in others]))
        self.content_heading.setVisible(bool(others))
        self.content.setVisible(bool(others))

        notice_areas, caption = self._notice_areas(notice)
        if notice_areas:
            self.areas.show_areas(areas_shown(notice_areas, self._profile(), caption), keep_map_view=keep_map_view)
        self.areas.setVisible(bool(notice_areas))

        remarks = (launch or notice.body).get("remarks")
        has_remarks = isinstance(remarks, str) and bool(remarks.strip())
        self.remarks.setText(remarks.strip() if has_remarks else self.tr("None."))
        remarks_elsewhere = any(path.endswith(".remarks") for path in free_text)
        self.remarks_heading.setVisible((launch is not None or has_remarks) and not remarks_elsewhere)
        self.remarks.setVisible((launch is not None or has_remarks) and not remarks_elsewhere)

    def _launch_rows(self, launch: Mapping[str, Any]) -> list[tuple[str, str]]:
        rows = [(self.tr("Opens"), _time_html(launch.get("window_start"))),
                (self.tr("Closes"), _time_html(launch.get("window_end")))]
        start = parse_optional_rfc3339(launch.get("window_start") or None)
        end = parse_optional_rfc3339(launch.get("window_end") or None)
        if start is not None and end is not None and end > start:
            rows.append((self.tr("Length"), html.escape(format_duration(end - start))))
        count, category = launch.get("vehicle_count"), launch.get("vehicle_category")
        vehicles = f"{count} × {category}"
        if launch.get("group_launch") is True:
            vehicles += self.tr(", group launch")
        rows.append((self.tr("Vehicles"), f"<b>{html.escape(vehicles)}</b>"))
        if launch.get("planned_direction"):
            rows.append((self.tr("Direction"), _plain_html(launch["planned_direction"])))
        return rows

    def _value_html(self, field: str, value: Any) -> str:
        if field.endswith("_message_id") and isinstance(value, str):
            return self._reference_html(value)
        if field in ("actual_launch_time", "received_at", "acknowledged_at"):
            return _time_html(value)
        if field == "subject":
            return f"<b>{_plain_html(value)}</b>"
        return _plain_html(value)

    def _reference_html(self, message_id: str) -> str:
        referred = notice_rows.by_message_id(self.station.store, message_id)
        if referred is None:
            return html.escape(self.tr("message %1… (not held here)").replace("%1", message_id[:8]))
        row = referred.row
        side = self.tr("from %1").replace("%1", row["counterpart"]) if row["direction"] == "in" else self.tr("ours")
        text = self.tr("%1 no. %2 (%3, %4)").replace("%1", kind_label(row["kind"])).replace(
            "%2", str(row["sequence"])).replace("%3", side).replace("%4", zulu_clock(row["dtg"]))
        return f"<a href='notice:{row['id']}'>{html.escape(text)}</a>"

    def _notice_areas(self, notice: Notice) -> tuple[list[MapArea], str]:
        areas = areas_from_notice(notice)
        if areas:
            return areas, ""
        target = notice.target_message_id
        referred = notice_rows.by_message_id(self.station.store, target) if target else None
        if referred is not None:
            areas = areas_from_notice(referred.notice)
            if areas:
                return areas, self.tr("The areas of the notice this one refers to (no. %1).").replace(
                    "%1", str(referred["sequence"]))
        return [], ""

    # ---- handling facts ---------------------------------------------------------------------------

    def _fill_handling(self) -> None:
        row, notice = self.stored.row, self.stored.notice
        if row["direction"] == "in":
            fingerprint, verified = self._sender_key(row)
            rows = [
                (self.tr("Signature"), html.escape(self.tr("valid: checked when the file was imported at %1").replace(
                    "%1", format_rfc3339_with_local(row["received_at"])))),
                (self.tr("Sender key"), f"<code>{html.escape(fingerprint)}</code> "
                 + html.escape(self.tr("(verified)") if verified else self.tr("(NOT verified)"))),
            ]
        else:
            rows = [
                (self.tr("Signature"), html.escape(self.tr("sealed and signed by this station at %1").replace(
                    "%1", format_rfc3339_with_local(row["released_at"])))),
                (self.tr("Our key"), f"<code>{html.escape(self._own_fingerprint(row))}</code>"),
            ]
        rows += [
            (self.tr("Sequence"), html.escape(f"{row['sequence']} ({row['sender']} → {row['recipient']})")),
            (self.tr("Message id"), f"<code>{html.escape(row['message_id'])}</code>"),
            (self.tr("SHA-256 of the sealed file"), f"<code>{html.escape(_grouped(row['sealed_sha256'] or ''))}</code>"),
        ]
        for field in _HANDLING_FIELDS:
            if isinstance(notice.body.get(field), str):
                rows.append((_field_name(field), f"<code>{html.escape(_grouped(notice.body[field]))}</code>"))
        rows += [
            (self.tr("Agreement"), _plain_html(notice.agreement)),
            (self.tr("Drafted by"), _plain_html(notice.drafted_by)),
            (self.tr("Released by"), _plain_html(notice.released_by)),
        ]
        if row.get("problem"):
            rows.append((self.tr("Problem"), f"<b>{html.escape(row['problem'])}</b>"))
        self.handling.facts.setText(_rows_html(rows))

    def _sender_key(self, row: dict[str, Any]) -> tuple[str, bool]:
        card = queries.signing_card(self.station.store.conn, row["counterpart"], row["signing_key"])
        if card is None:
            return row["signing_key"] or "", False
        if card.current:
            counterpart = self._counterpart()
            return card.fingerprint, bool(counterpart and counterpart.verified)
        # An earlier key: the importer holds traffic from unverified keys, so it was verified then.
        return card.fingerprint, True

    def _own_fingerprint(self, row: dict[str, Any]) -> str:
        released = parse_optional_rfc3339(row.get("released_at"))
        keys = self.station.keys[-1]
        if released is not None:
            earlier = [k for k in self.station.keys if k.created <= released]
            keys = earlier[-1] if earlier else keys
        return KeyCard.for_station(self.station.station_id, self.station.name, keys).fingerprint

    # ---- the paper ----------------------------------------------------------------------------

    def _preview_action(self) -> QAction | None:
        return self.window().findChild(QAction, PRINT_PREVIEW_ACTION)

    def _print_preview(self) -> None:
        action = self._preview_action()
        if action is not None:
            action.trigger()
