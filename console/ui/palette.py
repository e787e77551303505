"""Sight: the day and night palettes, the focus frame, and the colours of the console's fixed-colour strips.

The night palette is dark and low-glare, for a darkened watch floor; it is a station setting
(`NIGHT_SETTING`, the settings dialog) and a View menu toggle (`TOGGLE_SHORTCUT`), and is set on
the application, so every window changes at once. Widgets that colour a strip of their own (the
reading pane's deadline strip and stamps, the alert strip, error and result lines) ask
`colours_for(widget)` for the set that suits their palette and style themselves again when it
changes (a QEvent.PaletteChange reaches every widget when the application's palette is set).
The inbox's rows take theirs from console/ui/inbox/row_colours.py the same way.

Each strip's text reads at 4.5:1 or more on its background in both sets (WCAG AA,
tests/ui/test_palette.py measures the real widgets); the focus frame at 3:1 or more on the
windows' backgrounds.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from console.ui.inbox.row_colours import is_dark

NIGHT_SETTING = "night_palette"  # the station setting (console/service/station.py DEFAULT_SETTINGS)
TOGGLE_SHORTCUT = "Ctrl+Shift+D"  # D for dark; Ctrl+Shift+N is a new general communication
FOCUS_FRAME_WIDTH = 2


@dataclass(frozen=True)
class Swatch:
    background: str
    text: str

    def style(self) -> str:
        """The two colours as style sheet declarations."""
        return f"background: {self.background}; color: {self.text};"


@dataclass(frozen=True)
class SightColours:
    name: str
    # The reading pane's deadline strip, by console.service.deadlines.Phase name.
    deadline: dict[str, Swatch]
    cancelled: Swatch  # a cancelled notice's stamp and strip
    amended: Swatch  # an amended notice's stamp (its border in the text colour)
    alert: dict[str, Swatch]  # the alert strip by precedence; "" for any other
    error_text: str  # a refusal, a failed save, on the window's background
    good_text: str  # a done action, on the window's background
    hint_text: str  # a quiet hint, on the window's background
    warning_text: str  # a state to look into (a key not verified), on the window's background
    focus_frame: str
    notes: Swatch  # the outgoing officer's handover notes, set off like a note on paper
    danger: Swatch  # a strip to act on: an import refused, notices overdue, a key changed
    warning: Swatch  # a strip to look into: a gap in a sequence, a key not verified, no audio
    table_head: Swatch  # the header cells of a rich-text table (the handover summary)

    def alert_swatch(self, precedence: str) -> Swatch:
        return self.alert.get(precedence, self.alert[""])


DAY = SightColours(
    name="day",
    deadline={
        "RUNNING": Swatch("#fff3c4", "#4a3b00"),
        "OVERDUE": Swatch("#b00020", "#ffffff"),
        "ACKNOWLEDGED": Swatch("#e3f1e4", "#1b5e20"),
        "PROBLEM_REPORTED": Swatch("#fde7d4", "#6b2f00"),
        "NOT_REQUIRED": Swatch("#eeeeee", "#333333"),
    },
    cancelled=Swatch("#37474f", "#ffffff"),
    amended=Swatch("#e1ecfb", "#0d3c78"),
    # Dark red and amber: the strip must be seen from across the room.
    alert={"FLASH": Swatch("#a30000", "#ffffff"), "IMMEDIATE": Swatch("#ffbf00", "#000000"),
           "": Swatch("#ffbf00", "#000000")},
    error_text="#b00020",
    good_text="#1b5e20",
    hint_text="#555555",
    warning_text="#8a5a00",
    focus_frame="#0a4fd1",
    notes=Swatch("#fff8d6", "#000000"),
    danger=Swatch("#b00020", "#ffffff"),
    warning=Swatch("#ffe08a", "#3a2a00"),
    table_head=Swatch("#e8e8e8", "#000000"),
)

# Dim backgrounds with light text: the same meanings, no large bright surface in a dark room.
NIGHT = SightColours(
    name="night",
    deadline={
        "RUNNING": Swatch("#4a3f10", "#ffe9a0"),
        "OVERDUE": Swatch("#7a1020", "#ffe3e3"),
        "ACKNOWLEDGED": Swatch("#1f3d22", "#b9f0bd"),
        "PROBLEM_REPORTED": Swatch("#4a3318", "#ffd8b0"),
        "NOT_REQUIRED": Swatch("#33373b", "#e0e0e0"),
    },
    cancelled=Swatch("#546e7a", "#ffffff"),
    amended=Swatch("#1b2f4a", "#bcd7ff"),
    alert={"FLASH": Swatch("#8a0012", "#ffffff"), "IMMEDIATE": Swatch("#5c4300", "#ffe08a"),
           "": Swatch("#5c4300", "#ffe08a")},
    error_text="#ff9e9e",
    good_text="#8fd694",
    hint_text="#b8b8b8",
    warning_text="#f0c060",
    focus_frame="#ffcc33",
    notes=Swatch("#302a18", "#f2e6c2"),
    danger=Swatch("#7a1020", "#ffe3e3"),
    warning=Swatch("#4a3f10", "#ffe9a0"),
    table_head=Swatch("#33373b", "#e3e3e3"),
)


def colours_for(widget_or_palette: QWidget | QPalette) -> SightColours:
    palette = widget_or_palette if isinstance(widget_or_palette, QPalette) else widget_or_palette.palette()
    return NIGHT if is_dark(palette) else DAY


def night_palette() -> QPalette:
    """Dark grey surfaces, light grey text, a muted blue selection: low glare, every role set."""
    roles = QPalette.ColorRole
    palette = QPalette()
    colours = {
        roles.Window: "#202326", roles.WindowText: "#e3e3e3", roles.Base: "#17191b",
        roles.AlternateBase: "#212427", roles.Text: "#e3e3e3", roles.Button: "#2b2f33",
        roles.ButtonText: "#e3e3e3", roles.BrightText: "#ffffff", roles.Highlight: "#2d5a8a",
        roles.HighlightedText: "#ffffff", roles.ToolTipBase: "#2b2f33", roles.ToolTipText: "#e3e3e3",
        roles.PlaceholderText: "#9aa0a6", roles.Link: "#8ab4f8", roles.LinkVisited: "#c8a2f8",
        roles.Light: "#3a3f44", roles.Midlight: "#32363a", roles.Mid: "#272a2e", roles.Dark: "#121416",
        roles.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#80868b"))
    palette.setColor(disabled, roles.Highlight, QColor("#3a3f44"))
    return palette


_day_palette: QPalette | None = None


# Widgets whose style sheet is made from one of the sets (an error line, a strip), made again
# whenever apply_night changes the palette. The makers must not hold their widget (weak keys).
_styled: "weakref.WeakKeyDictionary[QWidget, Callable[[SightColours], str]]" = weakref.WeakKeyDictionary()


def style_sheet(widget: QWidget, make: Callable[[SightColours], str]) -> None:
    """Give `widget` the style sheet `make(colours)` makes from the set that suits the palette, now
    and after every change of palette."""
    _styled[widget] = make
    widget.setStyleSheet(make(colours_for(widget)))


def style_text(widget: QWidget, kind: str, extra: str = "") -> None:
    """Colour `widget`'s text as an "error", a "good" outcome or a "hint" in the set that suits the
    palette, now and after every change of palette (`extra`: further declarations, e.g. bold)."""
    style_sheet(widget, lambda colours: f"color: {text_colour(colours, kind)}; {extra}".strip())


def text_colour(colours: SightColours, kind: str) -> str:
    """The set's text colour for an "error", a "warning", a "good" outcome or a "hint"."""
    return {"error": colours.error_text, "warning": colours.warning_text, "good": colours.good_text,
            "hint": colours.hint_text}[kind]


def style_strip(widget: QWidget, kind: str, selector: str = "", extra: str = "") -> None:
    """Colour `widget` as a "danger" or a "warning" strip of the set that suits the palette: bold
    text on the strip's colour, under `selector` (e.g. "QLabel#gapBanner") if given."""
    def make(colours: SightColours) -> str:
        swatch = {"danger": colours.danger, "warning": colours.warning}[kind]
        declarations = f"{swatch.style()} font-weight: bold; {extra}".strip()
        return f"{selector} {{ {declarations} }}" if selector else declarations

    style_sheet(widget, make)


def _restyle(colours: SightColours) -> None:
    for widget, make in list(_styled.items()):
        if shiboken6.isValid(widget):
            widget.setStyleSheet(make(colours))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours."""
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The selected row of the day palette: Qt's own highlight (#308cc6 under Fusion) reads 3.7:1 with
# white text, below WCAG AA; this blue reads 6.4:1.
DAY_SELECTION = "#1f5f99"


def legible_selection(app: QApplication) -> None:
    """Darken the application's selection colour when its highlighted text reads under 4.5:1 on it."""
    day = app.palette()
    roles, groups = QPalette.ColorRole, (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    if all(contrast_ratio(day.color(g, roles.HighlightedText), day.color(g, roles.Highlight)) >= 4.5 for g in groups):
        return
    for group in groups:
        day.setColor(group, roles.Highlight, QColor(DAY_SELECTION))
        day.setColor(group, roles.HighlightedText, QColor("#ffffff"))
    app.setPalette(day)


def apply_night(night: bool, app: QApplication | None = None) -> None:
    """Set the night palette on the whole application, or give the day one back."""
    global _day_palette
    app = app or QApplication.instance()
    if app is None:
        return
    if night:
        if _day_palette is None:
            _day_palette = QPalette(app.palette())
        app.setPalette(night_palette())
    elif _day_palette is not None:
        app.setPalette(_day_palette)
        _day_palette = None
    _restyle(colours_for(app.palette()))


def night_is_on(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()
    return app is not None and is_dark(app.palette())


class FocusFrame(QWidget):
    """A 2 px frame drawn over the inside edge of the focused widget (a child of it, raised over its
    own children): inside, so no layout or scroll area clips it, and above, so a delegate that
    paints its cells itself, a styled field or a native frame cannot hide it. It never takes
    the mouse or focus."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focusFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(target.rect())
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        pen = QPen(QColor(colours_for(self).focus_frame), FOCUS_FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_FRAME_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


class FocusFrames(QObject):
    """Keeps one `FocusFrame` on whichever widget has keyboard focus, in every window of the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: FocusFrame | None = None
        self.target: QWidget | None = None
        app.focusChanged.connect(self._follow)
        self._follow(None, app.focusWidget())

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new is self.target:
            return
        self._drop()
        if new is None or new.isWindow() or not shiboken6.isValid(new):
            return
        self.target = new
        new.installEventFilter(self)
        self.frame = FocusFrame(new)
        self.frame.show()

    def _drop(self) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        if self.frame is not None and shiboken6.isValid(self.frame):
            self.frame.hide()
            self.frame.setParent(None)  # gone from the widget's children now, deleted in a moment
            self.frame.deleteLater()
        self.frame = None
        self.target = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        frame = self.frame
        if watched is self.target and frame is not None and shiboken6.isValid(frame):
            if event.type() == QEvent.Type.Resize:
                frame.setGeometry(watched.rect())
            elif event.type() == QEvent.Type.ChildAdded:
                frame.raise_()  # a child added later must not cover the frame
        return False


    def uninstall(self) -> None:
        """No frame any more (tests that install it for themselves)."""
        QApplication.instance().focusChanged.disconnect(self._follow)
        self._drop()
        self.setParent(None)
        self.deleteLater()


def install_focus_frames(app: QApplication) -> FocusFrames:
    """The focus frame for the whole application, once."""
    existing = app.findChild(FocusFrames)
    return existing if existing is not None else FocusFrames(app)
