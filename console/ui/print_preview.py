"""The print preview of a printout on record (a notice's record, the watch log), with Print and
Save as PDF on its toolbar.

The pages are painted by the same layout code that prints and writes the PDF, on the same
page geometry, so the preview is the paper. The languages the printout is in (the console's, or
it and a second one, label over label: issue 18) are chosen on the toolbar; the pages are laid
out again in them, and Print and Save as PDF print what the preview shows. No QPrinter is involved until the officer presses
Print (every QPrinter asks CUPS for the default printer): opening a preview on the air-gapped
workstation reaches for no print server. The window opens no larger than the screen it is
on, with the page fitted to its width; "Whole page" shows one page entire.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QToolBar, QVBoxLayout, QWidget

from console.printing.devices import page_layout
from console.printing.layout import PagedDocument
from console.ui import dialogs
from console.ui.placement import screen_area
from console.ui.print_languages import LanguageChoice, Languages

SCREEN_DPI = 96
PAGE_GAP = 16
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.2, 4.0)
PREFERRED_SIZE = QSize(860, 1040)
SCREEN_SHARE = 0.92  # of the screen's free area, so the window's frame and the taskbar stay in sight


def fitted_geometry(preferred: QSize, available: QRect) -> QRect:
    """A window of at most `preferred` size that fits inside `available`, centred in it."""
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE))
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE))
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - height) // 2
    return QRect(left, top, width, height)


class DocumentPreview(QMainWindow):
    """Pages of `document`, with the officer's Print and Save as PDF (the callers' actions, which
    ask for the printer or the file and write the audit entry)."""

    closed = Signal(object)  # this window, as it closes (the alert board lets it go)

    def __init__(self, document: PagedDocument, parent: QWidget | None, title: str,
                 on_print: Callable[[], None] | None, on_save_pdf: Callable[[], None] | None,
                 languages: tuple[list[Languages], Languages, Callable[[Languages], PagedDocument]] | None = None,
                 ) -> None:
        """`languages`: the choices, the one `document` is in, and how to lay the printout out in
        another (None: no choice offered)."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self.pages_painted = 0
        self.zoom = 1.0
        self.fit_mode = "width"  # "width", "page", or "" once the officer zooms
        self.page_labels: list[QLabel] = []
        self._refit = QTimer(self, singleShot=True, interval=150)
        self._refit.timeout.connect(self._fit_again)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.Window, True)

        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Preview of the printout"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages = QWidget(self.scroll)
        self.pages.setObjectName("previewPages")
        self.pages.setStyleSheet("#previewPages { background: #808080; }")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.pages)
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_page_number)
        self.setCentralWidget(self.scroll)

        toolbar = QToolBar(self.tr("Preview"), self)
        toolbar.setObjectName("previewToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        # Without them (a draft's preview: nothing is sealed, so nothing to print for the record).
        self.print_action = self.save_pdf_action = None
        if on_print is not None:
            self.print_action = self._action(toolbar, self.tr("&Print…"), QKeySequence.StandardKey.Print, on_print,
                                             "previewPrint")
        if on_save_pdf is not None:
            self.save_pdf_action = self._action(toolbar, self.tr("Save as P&DF…"), QKeySequence.StandardKey.Save,
                                                on_save_pdf, "previewSavePdf")
        if on_print is not None or on_save_pdf is not None:
            toolbar.addSeparator()
        self._action(toolbar, self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage,
                     lambda: self.go_to_page(self.current_page() - 1), "previewPreviousPage")
        self._action(toolbar, self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage,
                     lambda: self.go_to_page(self.current_page() + 1), "previewNextPage")
        self._action(toolbar, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn,
                     lambda: self.set_zoom(self.zoom * ZOOM_STEP), "previewZoomIn")
        self._action(toolbar, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                     lambda: self.set_zoom(self.zoom / ZOOM_STEP), "previewZoomOut")
        self._action(toolbar, self.tr("Fit width"), "Ctrl+0", self.fit_to_width, "previewFitWidth")
        self._action(toolbar, self.tr("Whole page"), "Ctrl+1", self.fit_whole_page, "previewWholePage")
        self._action(toolbar, self.tr("Close"), "Esc", self.close, "previewClose")
        self.language_choice: LanguageChoice | None = None
        if languages is not None:
            options, chosen, self._lay_out_in = languages
            toolbar.addSeparator()
            self.language_choice = LanguageChoice(options, chosen, toolbar)
            self.language_choice.currentIndexChanged.connect(self._languages_changed)
            toolbar.addWidget(self.language_choice)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page"))
        toolbar.addWidget(self.page_label)

        geometry = fitted_geometry(PREFERRED_SIZE, screen_area(parent))
        self.setGeometry(geometry)
        # The page fitted to the window's width as it will be; the first resize corrects any error.
        page_width = page_layout(document.paper).fullRectPixels(SCREEN_DPI).width()
        room = geometry.width() - 2 * PAGE_GAP - self.scroll.verticalScrollBar().sizeHint().width() - 4
        self.zoom = min(max(room / page_width, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self._render()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.closed.emit(self)
        super().closeEvent(event)

    def _action(self, toolbar: QToolBar, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    def _render(self) -> None:
        """Paint every page at the current zoom (sharp on high-density screens too)."""
        ratio = self.devicePixelRatioF()
        images = self.document.page_images(max(round(SCREEN_DPI * self.zoom * ratio), 8))
        while len(self.page_labels) > len(images):
            self.page_labels.pop().deleteLater()
        while len(self.page_labels) < len(images):
            page = QLabel(self.pages)
            self.pages_layout.addWidget(page)
            self.page_labels.append(page)
        for number, (page, image) in enumerate(zip(self.page_labels, images), start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.deviceIndependentSize().toSize())
            page.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
        self.pages_painted = len(images)
        self._show_page_number()

    def set_document(self, document: PagedDocument) -> None:
        self.document = document
        self._render()

    def languages(self) -> Languages | None:
        """The languages the preview shows (None when it offers no choice)."""
        return self.language_choice.languages() if self.language_choice is not None else None

    def _languages_changed(self) -> None:
        with dialogs.reported(self, self.tr("The printout cannot be shown in these languages")):
            self.set_document(self._lay_out_in(self.languages() or ()))

    def set_zoom(self, zoom: float, fit_mode: str = "") -> None:
        self.fit_mode = fit_mode
        zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        if abs(zoom - self.zoom) > 0.005:
            self.zoom = zoom
            self._render()

    def _room(self) -> tuple[int, int]:
        viewport = self.scroll.viewport()
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        return viewport.width() - 2 * PAGE_GAP - scrollbar, viewport.height() - 2 * PAGE_GAP

    def fit_to_width(self) -> None:
        page_width = page_layout(self.document.paper).fullRectPixels(SCREEN_DPI).width()
        width, _height = self._room()
        self.set_zoom(width / page_width if width > 0 else self.zoom, fit_mode="width")

    def fit_whole_page(self) -> None:
        page = page_layout(self.document.paper).fullRectPixels(SCREEN_DPI)
        width, height = self._room()
        if width > 0 and height > 0:
            self.set_zoom(min(width / page.width(), height / page.height()), fit_mode="page")

    def _fit_again(self) -> None:
        if self.fit_mode == "width":
            self.fit_to_width()
        elif self.fit_mode == "page":
            self.fit_whole_page()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.fit_mode:
            self._refit.start()  # once the resizing settles: each fit paints every page again

    def current_page(self) -> int:
        """The page at the top of the view, counted from 1 (0 when there are none)."""
        top = self.scroll.verticalScrollBar().value()
        current = 0
        for number, page in enumerate(self.page_labels, start=1):
            if page.y() - PAGE_GAP <= top:
                current = number
        return current or (1 if self.page_labels else 0)

    def go_to_page(self, number: int) -> None:
        if not self.page_labels:
            return
        number = min(max(number, 1), len(self.page_labels))
        self.scroll.verticalScrollBar().setValue(self.page_labels[number - 1].y() - PAGE_GAP)
        self._show_page_number()

    def _show_page_number(self) -> None:
        self.page_label.setText(
            self.tr("  Page %1 of %2").replace("%1", str(self.current_page())).replace("%2", str(self.page_count()))
        )

    def page_count(self) -> int:
        return len(self.page_labels)
