"""Input widgets of the compose form: positions, lists of positions, UTC times, areas.

Each widget shows beside what was typed how Watchdesk read it (the "echo"), so
the officer sees at once that 2830N08030W is 28°30'N 80°30'W. Findings about a
field appear in its FieldMessage, in plain words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.domain.areas import Ocean, Quadrant
from console.domain.rules import Finding, Severity
from console.domain.times import TimeFormatError
from console.i18n import QT_TRANSLATE_NOOP, lookup, tr
from console.ui.compose.entry import TypedState, empty_area, read_point, read_point_lines, read_time, time_echo
from console.ui.fitting import fit_combo

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a4b00"
ECHO_COLOUR = "#1b4f72"

AREA_TYPE_LABELS = {
    "polygon": QT_TRANSLATE_NOOP("AreaEditor", "Polygon (boundary points)"),
    "circle": QT_TRANSLATE_NOOP("AreaEditor", "Circle (centre and radius)"),
    "ocean_quadrant": QT_TRANSLATE_NOOP("AreaEditor", "Ocean quadrant"),
    "body_of_water": QT_TRANSLATE_NOOP("AreaEditor", "Named body of water"),
}
# The oceans' names (console.domain.areas.Ocean's values), marked for translation.
OCEAN_NAMES = (QT_TRANSLATE_NOOP("Ocean", "Atlantic"), QT_TRANSLATE_NOOP("Ocean", "Pacific"),
               QT_TRANSLATE_NOOP("Ocean", "Indian"), QT_TRANSLATE_NOOP("Ocean", "Arctic"),
               QT_TRANSLATE_NOOP("Ocean", "Southern"))


def mono_font():
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def label_words(label_text: str) -> str:
    """A field's label as words to name it by ("Window opens (UTC)"): without its shortcut mark, which
    Chinese writes as "(&O)" after the words, and without its colon, full-width in Chinese."""
    return re.sub(r"\s*\(&\w\)", "", label_text).replace("&", "").rstrip(":\uff1a ").strip()


class FieldMessage(QLabel):
    """The findings about one field, under it: red for what blocks release, amber for rule warnings."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Problems with %1").replace("%1", field_name))
        self.findings: list[Finding] = []
        self.hide()

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        if not findings:
            self.clear()
            self.hide()
            return
        lines = []
        for finding in findings:
            error = finding.severity is Severity.ERROR
            colour = ERROR_COLOUR if error else WARNING_COLOUR
            mark = "✖" if error else "⚠"
            lines.append(f"<span style='color:{colour}'>{mark} {html.escape(finding.message)}</span>")
        self.setText("<br>".join(lines))
        self.show()

    def plain_text(self) -> str:
        return " ".join(finding.message for finding in self.findings)


class EchoLabel(QLabel):
    """How a field was read, e.g. ``28°30'00.0"N 080°30'00.0"W = 28.50000, -80.50000``."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("echo")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(f"color: {ECHO_COLOUR};")
        self.setAccessibleName(self.tr("%1 as read").replace("%1", field_name))


class EchoedLineEdit(QWidget):
    """A one-line field for what officers type, with the value as read echoed below it.

    Subclasses say how the text is read (`echo_for`); a field that cannot be
    read shows no echo (its message beside the field says why).
    """

    changed = Signal()
    placeholder = ""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(field_name)
        self.edit.setPlaceholderText(lookup("EntryField", self.placeholder) if self.placeholder else "")
        self.edit.setFont(mono_font())
        self.echo = EchoLabel(field_name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.echo)
        self.edit.textChanged.connect(self._on_text)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def echo_for(self, text: str) -> str | None:
        raise TypeError(f"{type(self).__name__} must say how its text is read")

    def refresh(self) -> None:
        echo = self.echo_for(self.text())
        self.echo.setText(f"= {echo}" if echo else "")
        self.echo.setVisible(echo is not None)

    def _on_text(self) -> None:
        self.refresh()
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        return [self.edit]


class PointEdit(EchoedLineEdit):
    """One position typed in any of the forms operators use, with its normalised echo."""

    placeholder = QT_TRANSLATE_NOOP("EntryField", "e.g. 28-30.00N 080-30.00W, 2830N08030W or 28.5, -80.5")

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(field_name, parent)
        self.refresh()

    def echo_for(self, text: str) -> str | None:
        reading = read_point(text)
        return reading.echo if reading.point else None


class PointListEdit(QWidget):
    """Boundary points, one per line, each echoed as read; "Close ring" repeats the first."""

    changed = Signal()

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(field_name)
        self.edit.setAccessibleDescription(
            self.tr("One position per line. The last line must repeat the first to close the ring.")
        )
        self.edit.setPlaceholderText(self.tr("One position per line, e.g.\n52-00.00N 160-00.00E\n5200N16200E\n…"))
        self.edit.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
        self.edit.setFont(mono_font())
        self.edit.setMinimumHeight(90)
        self.edit.setMaximumHeight(140)
        self.close_button = QPushButton(self.tr("Close ring"), self)
        self.close_button.setAccessibleName(self.tr("Close the ring of %1").replace("%1", field_name))
        self.close_button.setToolTip(self.tr("Append the first point so the ring is closed"))
        self.close_button.clicked.connect(self.close_ring)
        self.echo = EchoLabel(field_name, self)
        self.echo.setFont(mono_font())
        self.echo.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.edit, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.echo)
        self.edit.textChanged.connect(self._on_text)
        self._on_text()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def readable_points(self) -> list:
        return [reading.point for _n, reading in read_point_lines(self.text()) if reading.point is not None]

    def is_closed(self) -> bool:
        points = self.readable_points()
        return len(points) >= 2 and points[0] == points[-1]

    def close_ring(self) -> None:
        lines = [line for line in self.text().splitlines() if line.strip()]
        if len(lines) < 3 or self.is_closed():
            return
        text = self.text()
        separator = "" if text.endswith("\n") else "\n"
        self.edit.setPlainText(text + separator + lines[0].strip())
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def _on_text(self) -> None:
        readings = read_point_lines(self.text())
        self.echo_lines = [
            f"{number:>2}  {reading.echo}" if reading.point is not None
            else f"{number:>2}  ✖ cannot read '{reading.text.strip()}'"
            for number, reading in readings
        ]
        rows = [
            html.escape(line).replace(" ", "&nbsp;") if reading.point is not None
            else f"<span style='color:{ERROR_COLOUR}'>{html.escape(line).replace(' ', '&nbsp;')}</span>"
            for line, (_number, reading) in zip(self.echo_lines, readings)
        ]
        self.echo.setText("<br>".join(rows))
        self.echo.setAccessibleDescription("\n".join(self.echo_lines))
        self.echo.setVisible(bool(rows))
        points = [reading.point for _n, reading in readings if reading.point is not None]
        self.close_button.setEnabled(len(points) >= 3 and not (points[0] == points[-1]))
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.close_button]


class TimeEdit(EchoedLineEdit):
    """A UTC time as officers write it, echoed with the DTG, local time and how far away it is."""

    placeholder = QT_TRANSLATE_NOOP("EntryField", "UTC, e.g. 2026-11-29 18:00Z or 291800Z NOV 26")

    def __init__(self, field_name: str, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        self.clock = clock
        super().__init__(field_name, parent)
        self.refresh()

    def moment(self) -> datetime | None:
        try:
            return read_time(self.text())
        except TimeFormatError:
            return None

    def echo_for(self, text: str) -> str | None:
        """Recomputed as the clock runs ("in 30 h")."""
        moment = self.moment()
        return time_echo(moment, self.clock()) if moment else None


class AreaEditor(QWidget):
    """One launch or impact area: its type, then the fields that type needs.

    ``messages`` maps each sub-field (``type``, ``points``, ``centre``, ``radius``, ``unit``,
    ``ocean``, ``quadrant``, ``name``) to its FieldMessage, for the form's findings.
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, title: str, allowed_types: tuple[str, ...], removable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.allowed_types = allowed_types
        self.messages: dict[str, FieldMessage] = {}
        self.inputs: dict[str, QWidget] = {}

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.type_combo = QComboBox(self)
        for area_type in allowed_types:
            self.type_combo.addItem(lookup("AreaEditor", AREA_TYPE_LABELS[area_type]), area_type)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.remove_button.setVisible(removable)

        self.points = PointListEdit(self.tr("Boundary points of %1").replace("%1", title), self)
        self.centre = PointEdit(self.tr("Centre of %1").replace("%1", title), self)
        self.radius = QLineEdit(self)
        self.radius.setPlaceholderText(self.tr("e.g. 25"))
        self.radius.setMaximumWidth(120)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("km (kilometres)"), "km")
        self.unit.addItem(self.tr("NM (nautical miles)"), "NM")
        self.ocean = QComboBox(self)
        self.ocean.addItem(self.tr("Choose an ocean"), "")
        for ocean in Ocean:
            self.ocean.addItem(lookup("Ocean", ocean.value), ocean.value)
        self.quadrant = QComboBox(self)
        self.quadrant.addItem(self.tr("Choose a quadrant"), "")
        for quadrant in Quadrant:
            self.quadrant.addItem(quadrant.value, quadrant.value)
        for combo in (self.type_combo, self.unit, self.ocean, self.quadrant):
            fit_combo(combo)  # Qt's own size falls a few pixels short of a Chinese item
        self.water_name = QLineEdit(self)
        self.water_name.setPlaceholderText(self.tr("e.g. Sea of Okhotsk"))

        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self._build_pages()
        # Fields of area types this editor does not offer stay out of sight and out of the tab order.
        for key, widget in (("points", self.points), ("centre", self.centre), ("radius", self.radius),
                            ("unit", self.unit), ("ocean", self.ocean), ("quadrant", self.quadrant),
                            ("name", self.water_name)):
            if key not in self.inputs:
                widget.hide()

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.heading)
        header.addWidget(self.type_combo, 1)
        header.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(2)
        layout.addLayout(header)
        self.messages["type"] = FieldMessage(self.tr("Type of %1").replace("%1", title), self)
        layout.addWidget(self.messages["type"])
        layout.addWidget(self.stack)

        self.type_combo.currentIndexChanged.connect(self._on_type)
        for signal in (
            self.points.changed, self.centre.changed, self.radius.textChanged, self.unit.currentIndexChanged,
            self.ocean.currentIndexChanged, self.quadrant.currentIndexChanged, self.water_name.textChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())
        self.set_title(title)
        self._on_type()

    def _sub_row(self, form: QFormLayout, key: str, label_text: str, field: QWidget, focus: QWidget) -> None:
        label = QLabel(label_text, self)
        label.setBuddy(focus)
        name = tr("{field} of {area}").format(field=label_words(label_text), area=self.title)
        focus.setAccessibleName(name)
        self.messages[key] = FieldMessage(name, self)
        self.inputs[key] = focus
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(field)
        box.addWidget(self.messages[key])
        form.addRow(label, column)

    def _page(self, area_type: str) -> QFormLayout:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(12, 0, 0, 0)
        self.pages[area_type] = page
        self.stack.addWidget(page)
        return form

    def _build_pages(self) -> None:
        if "polygon" in self.allowed_types:
            form = self._page("polygon")
            self._sub_row(form, "points", tr("Points:"), self.points, self.points.edit)
        if "circle" in self.allowed_types:
            form = self._page("circle")
            self._sub_row(form, "centre", tr("Centre:"), self.centre, self.centre.edit)
            radius_row = QWidget(self)
            row = QHBoxLayout(radius_row)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.radius)
            row.addWidget(self.unit)
            row.addStretch(1)
            self._sub_row(form, "radius", tr("Radius:"), radius_row, self.radius)
            self.unit.setAccessibleName(tr("Radius unit of %1").replace("%1", self.title))
            self.messages["unit"] = self.messages["radius"]
            self.inputs["unit"] = self.unit
        if "ocean_quadrant" in self.allowed_types:
            form = self._page("ocean_quadrant")
            self._sub_row(form, "ocean", tr("Ocean:"), self.ocean, self.ocean)
            self._sub_row(form, "quadrant", tr("Quadrant:"), self.quadrant, self.quadrant)
        if "body_of_water" in self.allowed_types:
            form = self._page("body_of_water")
            self._sub_row(form, "name", tr("Name:"), self.water_name, self.water_name)

    def set_title(self, title: str) -> None:
        self.title = title
        self.heading.setText(title)
        self.type_combo.setAccessibleName(self.tr("Type of %1").replace("%1", title))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", title))

    def area_type(self) -> str:
        return self.type_combo.currentData()

    def _on_type(self) -> None:
        self.stack.setCurrentWidget(self.pages[self.area_type()])
        self.changed.emit()

    # -- state

    def state(self) -> TypedState:
        return {
            "type": self.area_type(),
            "points": self.points.text(),
            "centre": self.centre.text(),
            "radius": self.radius.text(),
            "unit": self.unit.currentData(),
            "ocean": self.ocean.currentData(),
            "quadrant": self.quadrant.currentData(),
            "name": self.water_name.text(),
        }

    def set_state(self, state: TypedState | None) -> None:
        state = {**empty_area(self.allowed_types[0]), **(state or {})}
        index = self.type_combo.findData(state["type"])
        self.type_combo.setCurrentIndex(max(index, 0))
        self.points.set_text(state["points"])
        self.centre.set_text(state["centre"])
        self.radius.setText(state["radius"])
        self.unit.setCurrentIndex(max(self.unit.findData(state["unit"]), 0))
        self.ocean.setCurrentIndex(max(self.ocean.findData(state["ocean"]), 0))
        self.quadrant.setCurrentIndex(max(self.quadrant.findData(state["quadrant"]), 0))
        self.water_name.setText(state["name"])

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.type_combo]
        if "points" in self.inputs:
            chain += self.points.focus_chain()
        offered = [self.inputs[key] for key in ("centre", "radius", "unit", "ocean", "quadrant", "name")
                   if key in self.inputs]
        return chain + offered + [self.remove_button]

    def focus_widget(self, key: str) -> QWidget:
        return self.inputs.get(key, self.type_combo)
