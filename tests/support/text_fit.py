"""Find text a window cuts off: labels, buttons, tabs, group titles and menu titles narrower than
their words, and widgets squeezed below the size their layout asked for (where they overlap).

Used at 1280x800 in every language (tests/ui/test_layouts_fit.py): Russian runs about 30 %
longer than English, and a cut word on a duty officer's button is a defect, not a style matter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

SLACK = 2  # px: rounding between a hint and the laid-out size


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "currentText"):
        if hasattr(widget, getter):
            try:
                text = getattr(widget, getter)()
            except TypeError:
                continue
            if isinstance(text, str):
                break
    owner = widget.window().windowTitle() or type(widget.window()).__name__
    return f"{owner}: {type(widget).__name__} {widget.objectName() or ''} {text[:60]!r}".replace("  ", " ")


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def cut_texts(root: QWidget) -> list[str]:
    """Every visible widget under `root` (itself included) whose words do not fit."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            if widget.width() + SLACK < widget.minimumSizeHint().width():
                problems.append(f"{_name(widget)} is {widget.width()} px wide, its text needs "
                                f"{widget.minimumSizeHint().width()}")
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            # Wrapped, its lines need this height at its width: the last lines are cut below it.
            needed = widget.heightForWidth(widget.width())
            if needed > 0 and widget.height() + SLACK < needed:
                problems.append(f"{_name(widget)} is {widget.height()} px high, its wrapped lines need {needed}")
        elif (isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText()
              # A hint readable whole in the field's tooltip is cut on purpose: a default folder's path,
              # as long as the installation makes it, in a field sized for the dialog.
              and widget.placeholderText() not in widget.toolTip()):
            # The grey hint in an empty field is read too: cut, it says half of what to type.
            words = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            option = QStyleOptionFrame()
            widget.initStyleOption(option)
            contents = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
            margins = widget.textMargins()
            room = contents.width() - margins.left() - margins.right() - 4  # QLineEdit's 2 px each side
            if room + SLACK < words:
                problems.append(f"{_name(widget)} placeholder {widget.placeholderText()[:60]!r} is cut "
                                f"({widget.width()} px wide, it needs {widget.width() - room + words})")
        elif (isinstance(widget, QListView) and not widget.wordWrap() and widget.model() is not None
              and widget.model().rowCount()):
            # A list's items (the navigation) wider than the list are cut at its edge; a list that
            # wraps its items (compose's checks) shows them on more lines instead.
            needed, shown = widget.sizeHintForColumn(0), widget.viewport().width()
            if needed > shown + SLACK:  # a list of words read by scrolling sideways is cut too
                problems.append(f"{_name(widget)}: its items need {needed} px, it shows {shown}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + SLACK < widget.sizeHint().width():
                problems.append(f"{_name(widget)} is {widget.width()} px wide, its text needs {widget.sizeHint().width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.width() < needed:
                problems.append(f"{_name(widget)} is {widget.width()} px wide, its title needs {needed}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.tabRect(index).width() + SLACK < widget.tabSizeHint(index).width():
                    problems.append(f"{_name(widget)} tab {widget.tabText(index)!r} is cut")
            if widget.count() and not widget.tabRect(widget.count() - 1).right() <= widget.width():
                problems.append(f"{_name(widget)}: its last tabs are scrolled out of sight")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible() and widget.actionGeometry(action).right() > widget.width():
                    problems.append(f"{_name(widget)}: menu {action.text()!r} is pushed off the bar")
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                button = widget.widgetForAction(action)
                if action.isVisible() and not action.isSeparator() and button is not None and not button.isVisible():
                    problems.append(f"{_name(widget)}: {action.text()!r} is hidden in the overflow menu")
        elif isinstance(widget, QAbstractItemView) and hasattr(widget, "horizontalHeader") and widget.model():
            problems.extend(_cut_columns(widget))
        elif isinstance(widget, QScrollArea) and widget.widget() is not None and widget.widget().isVisible():
            # A pane that scrolls (the reading pane, compose's form) is laid out for its viewport's
            # width: contents wider than that are cut at the right edge, or at best read by scrolling
            # sideways, whatever the widgets inside say about themselves.
            inner, shown = widget.widget().width(), widget.viewport().width()
            if inner > shown + SLACK:
                problems.append(f"{_name(widget)} {widget.objectName()!r}: its contents are {inner} px wide, "
                                f"the pane shows {shown}: {_widest_inside(widget.widget(), shown)}")
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            # A details pane too narrow for a word breaks it anywhere ("Отпеч" / "аток").
            broken = _broken_words(widget.document())
            if broken:
                problems.append(f"{_name(widget)} {widget.objectName()!r} ({widget.viewport().width()} px) breaks "
                                f"words across lines: {', '.join(repr(word) for word in broken[:5])}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            # The chosen item's words against the field the style draws them in (the box less its
            # frame and drop-down arrow): the style elides what does not fit there.
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                  QStyle.SubControl.SC_ComboBoxEditField, widget)
            words = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if not widget.itemIcon(widget.currentIndex()).isNull():
                words += widget.iconSize().width() + 4
            if field.width() + SLACK < words:
                problems.append(f"{_name(widget)} is {widget.width()} px wide, its words need "
                                f"{widget.width() - field.width() + words}")
        # A widget squeezed below what its layout asked for is drawn over its neighbours.
        if (widget.layout() is not None and widget is not root and widget.parentWidget() is not None
                and widget.parentWidget().layout() is not None
                and widget.height() + SLACK < widget.minimumSizeHint().height()
                and widget.minimumSizeHint().height() > 0):
            problems.append(f"{_name(widget)} is {widget.height()} px high, its contents need "
                            f"{widget.minimumSizeHint().height()} (they overlap)")
    return problems


def _in_a_word(char: str) -> bool:
    """A letter of an alphabet that writes words with spaces between them: a line may break between
    any two Chinese characters, never inside a Russian or English word."""
    return char.isalpha() and ord(char) < 0x2E80  # CJK scripts start at U+2E80


def _broken_words(document) -> list[str]:
    """Words of letters a laid-out document splits between two lines. Identifiers (a key's thumbprint,
    a folder's path: letters with digits, '_' or '/') break where they must and are not counted."""
    broken = []
    block = document.begin()  # every block in turn, those in table cells too
    while block.isValid():
        text, layout = block.text(), block.layout()
        for number in range(1, layout.lineCount()):
            at = layout.lineAt(number).textStart()
            if 0 < at < len(text) and _in_a_word(text[at - 1]) and _in_a_word(text[at]):
                start, end = at, at
                while start > 0 and not text[start - 1].isspace():
                    start -= 1
                while end < len(text) and not text[end].isspace():
                    end += 1
                word = text[start:end]
                if all(char.isalpha() or char in "-'’.,:;()«»“”\"" for char in word):
                    broken.append(word)
        block = block.next()
    return broken


def _widest_inside(page: QWidget, room: int) -> str:
    """The visible widgets inside `page` that ask for more than `room` pixels: what makes it too wide."""
    too_wide = [child for child in page.findChildren(QWidget)
                if child.isVisible() and child.minimumSizeHint().width() > room]
    # The innermost ones: their parents are too wide only because of them.
    innermost = [child for child in too_wide if not any(other is not child and child.isAncestorOf(other)
                                                         for other in too_wide)]
    return ", ".join(_name(child) for child in innermost) or "no single widget (the layout's spacing)"


def _cut_columns(view) -> list[str]:
    """Column heads and the cells on screen narrower than their words (elided with '…')."""
    problems = []
    header: QHeaderView = view.horizontalHeader()
    model = view.model()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or view.columnWidth(column) <= 0:
            continue
        width = view.columnWidth(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if title and header.isVisible() and header.sectionSizeFromContents(column).width() > width + SLACK:
            problems.append(f"{_name(view)}: column head {title!r} is cut ({width} px, needs "
                            f"{header.sectionSizeFromContents(column).width()})")
        needed = view.sizeHintForColumn(column)
        last = column == model.columnCount() - 1 or all(header.isSectionHidden(c) for c in range(column + 1, model.columnCount()))
        if last and header.stretchLastSection():
            continue  # free text (an audit entry's details) ends in the stretching column, read in full below
        if needed > width + SLACK:
            problems.append(f"{_name(view)}: column {title!r} cuts its cells ({width} px, they need {needed})")
    return problems
