"""The main window: navigation, a central view, a detail pane, the status bar.

Features (inbox, compose, counterparts, ...) plug in through `add_page` and
`add_action`; the list of feature modules is in `console/ui/features.py`, each
with an `install(window)` function. The window itself only knows the shell; the
features reach each other through its typed interfaces (`selection`, `open_notice`,
`compose_answer`, see console/ui/shell.py).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QWidget,
)

import console
from console.domain.times import format_rfc3339_with_local
from console.i18n import QT_TRANSLATE_NOOP, lookup
from console.service import queries
from console.service.events import (
    NOTICE_EVENTS,
    AuditAppended,
    ChangeEvent,
    CounterpartsChanged,
    DraftsChanged,
    EventBus,
    OfficersChanged,
)
from console.service.station import Station
from console.startup_timeline import StartupTimeline
from console.storage.errors import StoreError
from console.storage.operators import OperatorBook
from console.ui import language
from console.ui.alert_strip import AlertBoard
from console.ui.bridge import QtEventBridge
from console.ui.features import FEATURES
from console.ui.palette import NIGHT_SETTING, TOGGLE_SHORTCUT, apply_night, night_is_on
from console.ui.shell import ComposeAnswer, OpenNotice, Selection
from console.ui.status_bar import WatchStatusBar
from console.ui.worker import CoreWorker

_UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
# The navigation, in this order; a page of a key not listed goes after them.
PAGE_ORDER = ("inbox", "outbox", "drafts", "counterparts", "audit", "station", "officers", "quarantine")
# Who an audit entry names when the desk acts with nobody signed in on watch (an export of
# pending notices, a checkpoint): the desk itself, marked as such as the command line marks an
# OS account ("os:alice"), never the login account of the machine nor a name like an officer's.
UNSIGNED_DESK = "desk:nobody-on-watch"
MENUS = (("file", QT_TRANSLATE_NOOP("MainWindow", "&File")), ("notice", QT_TRANSLATE_NOOP("MainWindow", "&Notice")),
         ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")), ("station", QT_TRANSLATE_NOOP("MainWindow", "&Station")),
         ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")))
# The pages' names in the View menu (Ctrl+1 ...).
PAGE_NAMES = {
    "inbox": QT_TRANSLATE_NOOP("MainWindow", "Inbox"), "outbox": QT_TRANSLATE_NOOP("MainWindow", "Outbox"),
    "drafts": QT_TRANSLATE_NOOP("MainWindow", "Drafts"), "counterparts": QT_TRANSLATE_NOOP("MainWindow", "Counterparts"),
    "audit": QT_TRANSLATE_NOOP("MainWindow", "Audit"), "station": QT_TRANSLATE_NOOP("MainWindow", "Station"),
    "officers": QT_TRANSLATE_NOOP("MainWindow", "Officers"), "quarantine": QT_TRANSLATE_NOOP("MainWindow", "Quarantine"),
}


def page_name(key: str) -> str:
    """A page's name in the language in force ("Inbox"), without its count."""
    return lookup("MainWindow", PAGE_NAMES[key]) if key in PAGE_NAMES else key.title()


def _page_rank(key: str) -> int:
    return PAGE_ORDER.index(key) if key in PAGE_ORDER else len(PAGE_ORDER)


@dataclass
class Page:
    key: str
    # Until a page added with `add_lazy_page` is built, a light placeholder (see `widget`).
    placeholder_or_widget: QWidget
    title: Callable[[dict], str]
    detail: QWidget | None = None
    # The change events whose records this page shows; no other event reloads it.
    reload_on: tuple[type[ChangeEvent], ...] = NOTICE_EVENTS
    # Builds the page (from `add_lazy_page`) when it is first shown or asked for; None once built.
    build: Callable[[], None] | None = None
    # A lazily built page's builder, kept: the page is built again when the language changes.
    builder: Callable[[], None] | None = None

    @property
    def built(self) -> bool:
        return self.build is None

    @property
    def widget(self) -> QWidget:
        """The page's widget, built (and listed) now if it was not yet: the documented way for
        code outside the window, tests among it, to reach a page built when first shown."""
        if self.build is not None:
            self.build()
        return self.placeholder_or_widget


# Events that change the numbers in the navigation list's titles (read from the store: a page
# may not be built yet).
COUNTS_AFTER_MS = 150
COUNTED_EVENTS = (*NOTICE_EVENTS, DraftsChanged, CounterpartsChanged, AuditAppended, OfficersChanged)


class MainWindow(QMainWindow):
    inbox_loaded = Signal()
    # The officer on watch changed (a name, or None): the window's own state, not a core event.
    officer_changed = Signal(object)
    # A page came on screen (its key).
    page_shown = Signal(str)

    def __init__(
        self,
        station: Station,
        bus: EventBus | None = None,
        clock: Callable[[], datetime] | None = None,
        parent=None,
        timeline: StartupTimeline | None = None,
        counts_after_paint: bool = False,
    ) -> None:
        """With `counts_after_paint` the navigation shows the pages' names until the application
        calls update_counts() after the first paint (console/ui/app.py), which they need not wait for."""
        super().__init__(parent)
        timeline = timeline or StartupTimeline()
        self._counts_after_paint = counts_after_paint
        self.station = station
        if bus is not None:
            station.bus = bus
        self.bus = station.bus
        self.clock = clock or station.clock
        self.officer: str | None = None
        self._stale: set[str] = set()  # pages to reload when next shown
        # The page counts after a burst of arrivals: once, a moment after its last event. Not at
        # once: an import's audit entry comes a few milliseconds before its notices, and counting
        # 100,000 notices in between held the new row and its alert back.
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_AFTER_MS)
        self._counts_timer.timeout.connect(self.update_counts)
        self.on_start: list[Callable[[], None]] = []  # what `start()` sets going (the watcher)
        self.on_close: list[Callable[[], None]] = []
        # What features retranslate besides their pages when the language changes (retranslate()).
        self.on_language_change: list[Callable[[], None]] = []
        self._action_texts: list[tuple[QAction, Callable[[], str]]] = []
        # Installing a translator sends LanguageChange more than once (one per translator): one
        # retranslation for them all, once the events are in.
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate)
        self.language = language.current_language()
        self._officer_language_in_force = False  # the language came from the officer on watch's choice
        # What features offer each other (console/ui/shell.py): made here, once; each
        # service is registered by the feature that owns it.
        self.selection = Selection(self)
        self.open_notice = OpenNotice("show a notice")
        self.compose_answer = ComposeAnswer("compose an answer to a notice")
        self._set_title()
        self.resize(1280, 800)

        self.pages: dict[str, Page] = {}
        self.stack = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMaximumWidth(240)
        # A long page name ("⚠ Counterparts (1): key changed", longer in Russian) wraps onto a second
        # line, never hidden past the edge of the list.
        self.nav.setWordWrap(True)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._show_page)
        self.detail_stack = QStackedWidget(self)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detailPane")
        self.detail.setAccessibleName(self.tr("Details of the selected item"))
        self.detail.setOpenLinks(False)
        self.detail_stack.addWidget(self.detail)

        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 700, 380])
        self.setCentralWidget(splitter)
        # The alert strip above the content, here and in each compose window that joins.
        self.alert_board = AlertBoard(self)

        self.status = WatchStatusBar(f"{station.station_id} · {station.name}", self.clock, self)
        self.setStatusBar(self.status)
        self.status.set_officer(None)
        self.status.set_exchange_state(self.exchange_state_text())

        self.menus: dict[str, QMenu] = {key: self.menuBar().addMenu(lookup("MainWindow", title)) for key, title in MENUS}
        self.bridge = QtEventBridge(self.bus, self)
        # Core calls of the window's own actions (the checkpoint) run here, off the GUI thread.
        self.worker = CoreWorker(station, self)
        self.on_close.append(self.worker.wait)
        self.bridge.event.connect(self._on_event)
        self._build_base_actions()
        # The station's palette before the features build their widgets, so they start in it.
        apply_night(bool(station.settings().get(NIGHT_SETTING)))
        self.sync_night_action()
        timeline.mark("window: shell, menus, status bar")
        for install in FEATURES:
            install(self)
            timeline.mark(f"window: feature {install.__module__.removeprefix('console.ui.')}")
        self._first_listing(timeline)
        self.nav.setCurrentRow(0)

    # ---- extension points ------------------------------------------------------

    def add_page(
        self, key: str, widget: QWidget, title: Callable[[dict], str], detail: QWidget | None = None,
        reload_on: tuple[type[ChangeEvent], ...] = NOTICE_EVENTS,
    ) -> None:
        """Add a navigation page, or replace the page with the same key.

        Pages appear in PAGE_ORDER whatever order the features install them in,
        so Ctrl+1 is always the inbox.
        """
        if key in self.pages:
            old = self.pages[key]
            self.stack.removeWidget(old.placeholder_or_widget)
            old.placeholder_or_widget.deleteLater()
        else:
            keys = sorted([*self.pages, key], key=_page_rank)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.insertItem(keys.index(key), item)
            number = _page_rank(key) + 1
            if number <= 9:
                self.add_action(
                    "view", lambda k=key, n=number: f"&{n} {page_name(k)}",
                    lambda _c=False, k=key: self.show_page(k), f"Ctrl+{number}", f"actionShow_{key}",
                )
        self.stack.addWidget(widget)
        if detail is not None and self.detail_stack.indexOf(detail) < 0:
            self.detail_stack.addWidget(detail)
        self.pages[key] = Page(key, widget, title, detail, reload_on)
        self.pages = {k: self.pages[k] for k in sorted(self.pages, key=_page_rank)}
        selected = getattr(widget, "selected", None)
        if selected is not None and detail is None:
            selected.connect(self.show_detail)

    def add_lazy_page(
        self, key: str, build: Callable[[], QWidget], title: Callable[[dict], str],
        detail_of: Callable[[QWidget], QWidget | None] = lambda _page: None,
        reload_on: tuple[type[ChangeEvent], ...] = NOTICE_EVENTS,
    ) -> None:
        """Add a page that is built when first shown (or when `pages[key].widget` is asked for):
        until then the navigation shows its title (`title` must not need the page) over an empty
        placeholder, and its change events cost nothing. `detail_of(page)` is its detail pane.

        Building every page at start would put their modules, widgets and listings (the
        counterparts' traffic counts alone take 0.16 s at 100,000 notices) before the first paint.
        """
        self.add_page(key, QWidget(self), title, reload_on=reload_on)
        page = self.pages[key]

        def build_now() -> None:
            page.build = None  # once, even if the builder fails
            placeholder = page.placeholder_or_widget
            widget = build()
            page.placeholder_or_widget = widget
            page.detail = detail_of(widget)
            self.stack.insertWidget(self.stack.indexOf(placeholder), widget)
            if self.stack.currentWidget() is placeholder:
                self.stack.setCurrentWidget(widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if page.detail is not None and self.detail_stack.indexOf(page.detail) < 0:
                self.detail_stack.addWidget(page.detail)
            selected = getattr(widget, "selected", None)
            if selected is not None and page.detail is None:
                selected.connect(self.show_detail)
            self._stale.discard(key)
            widget.reload()

        page.build = build_now
        page.builder = build_now

    def add_action(self, menu: str, text: str | Callable[[], str], slot, shortcut=None,
                   name: str | None = None) -> QAction:
        """`text` as a callable (``lambda: tr("&Quit")``) is asked again when the language changes."""
        action = QAction(text() if callable(text) else text, self)
        if callable(text):
            self._action_texts.append((action, text))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.menus[menu].addAction(action)
        return action

    def acting_officer(self) -> str:
        """The officer on watch, or the unsigned desk: the name the export's or the checkpoint's audit entry gives."""
        return self.officer or UNSIGNED_DESK

    def set_officer(self, name: str | None) -> None:
        self.officer = name
        self.status.set_officer(name)
        self.officer_changed.emit(name)
        # The officer's own language comes into force with their watch (console/ui/language.py); an
        # officer without one works in the workstation's, back from a previous officer's own.
        if self._officer_language() or self._officer_language_in_force:
            self.apply_language()

    # ---- language ----------------------------------------------------------------------

    def _officer_language(self) -> str | None:
        officer = OperatorBook(self.station.store).get(self.officer) if self.officer else None
        return officer.language if officer else None

    def language_in_force(self) -> str:
        """The command line's language, else the officer on watch's, else the workstation's, else the system's."""
        return language.language_in_force(self._officer_language(), self.station.settings().get("language"))

    def apply_language(self) -> bool:
        """Switch to the language in force, if it is not the current one; the window and what it
        shows follow at once (retranslate). Returns whether the language changed."""
        self._officer_language_in_force = bool(self._officer_language()) and not language.command_line_language()
        if not language.switch_to(self.language_in_force()):
            return False
        self.retranslate()  # now, not at the next turn of the event loop: the caller may say so next
        return True

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and language.current_language() != self.language:
            self._retranslate_timer.start()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Everything the window shows, in the current language: menus, actions, navigation, status
        bar, pages (a page with retranslate() retranslates itself; a page built when first shown is
        built again, now or when next shown), detail panes and what the features registered."""
        self._retranslate_timer.stop()
        if self.station.store.conn is None:
            return  # the window is closing with its store
        self.language = language.current_language()
        self._set_title()
        for (_key, title), menu in zip(MENUS, self.menus.values(), strict=True):
            menu.setTitle(lookup("MainWindow", title))
        for action, text in self._action_texts:
            action.setText(text())
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.detail.setAccessibleName(self.tr("Details of the selected item"))
        self.detail.clear()
        self.status.retranslate()
        self.status.set_exchange_state(self.exchange_state_text())
        for key, page in self.pages.items():
            if not page.built:
                continue
            if hasattr(page.widget, "retranslate"):
                page.widget.retranslate()
            elif page.builder is not None:
                self._build_again(key)
            else:
                self._stale.add(key)
            if page.detail is not None and hasattr(page.detail, "retranslate"):
                page.detail.retranslate()
        for callback in self.on_language_change:
            callback()
        self.alert_board.retranslate()
        self.update_counts()

    def _build_again(self, key: str) -> None:
        """Put a lazily built page back to its placeholder: it is built afresh (in the language now in
        force) at once if it is on screen, else when it is next shown."""
        page = self.pages[key]
        old, old_detail = page.placeholder_or_widget, page.detail
        placeholder = QWidget(self)
        on_screen = self.stack.currentWidget() is old
        self.stack.insertWidget(self.stack.indexOf(old), placeholder)
        self.stack.removeWidget(old)
        old.deleteLater()
        if old_detail is not None and all(p.detail is not old_detail for p in self.pages.values() if p is not page):
            self.detail_stack.removeWidget(old_detail)
            old_detail.deleteLater()
        page.placeholder_or_widget, page.detail, page.build = placeholder, None, page.builder
        self._stale.discard(key)
        if on_screen:
            self._show_page(self.page_keys().index(key))

    def _set_title(self) -> None:
        demo = self.tr(" — DEMO (synthetic data)") if self.station.demo else ""
        self.setWindowTitle(f"Watchdesk — {self.station.station_id}{demo}")

    # ---- base actions ------------------------------------------------------------------

    def _build_base_actions(self) -> None:
        self.add_action("file", lambda: self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actionQuit")
        self.add_action("view", lambda: self.tr("&Refresh"), self.reload_all, QKeySequence.StandardKey.Refresh, "actionRefresh")
        self.add_action("view", lambda: self.tr("&Find in this list"), self._focus_search, QKeySequence.StandardKey.Find, "actionFind")
        self.night_action = self.add_action("view", lambda: self.tr("&Night palette"), self.set_night, TOGGLE_SHORTCUT,
                                            "actionNightPalette")
        self.night_action.setCheckable(True)
        self.add_action(
            "station", lambda: self.tr("Write audit &checkpoint"), self.write_checkpoint, "Ctrl+Shift+K", "actionCheckpoint"
        )
        self.add_action("help", lambda: self.tr("&About Watchdesk"), self.show_about, "F1", "actionAbout")

    def set_night(self, night: bool) -> None:
        """The night palette on or off in every window at once, kept in the station's settings for
        the next start (under the officer on watch, or the unsigned desk)."""
        apply_night(night)
        self.sync_night_action()
        if bool(self.station.settings().get(NIGHT_SETTING)) == night:
            return
        try:
            self.station.update_settings(self.acting_officer(), **{NIGHT_SETTING: night})
        except StoreError as exc:  # a read-only store: the palette still changes, for this session only
            self.status.showMessage(self.tr("The night palette is not kept for the next start: %1")
                                    .replace("%1", str(exc)), 10_000)

    def sync_night_action(self) -> None:
        self.night_action.setChecked(night_is_on())

    def start(self) -> None:
        """Set the features' background work going (watching the inbox folders); the application
        calls it once the window is made, tests only when they want it."""
        for callback in self.on_start:
            callback()

    def closeEvent(self, event) -> None:
        self._counts_timer.stop()  # the store closes with the window
        for callback in self.on_close:
            callback()
        self.on_close.clear()
        super().closeEvent(event)

    # ---- pages -----------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return list(self.pages)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys().index(key))

    def current_page(self) -> str:
        return self.page_keys()[max(self.nav.currentRow(), 0)]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys()[row]
        page = self.pages[key]
        if key in self._stale:
            self._stale.discard(key)
            page.widget.reload()
        self.stack.setCurrentWidget(page.widget)
        self.detail_stack.setCurrentWidget(page.detail or self.detail)
        self.detail.clear()
        self.page_shown.emit(key)

    def _focus_search(self) -> None:
        view = self.pages[self.current_page()].widget
        if hasattr(view, "search"):
            view.search.setFocus()
            view.search.selectAll()

    def reload_all(self) -> None:
        """Every page built so far lists again (one not yet built lists when it is)."""
        for page in self.pages.values():
            if page.built:
                page.widget.reload()
        self.update_counts()
        self.inbox_loaded.emit()

    def _first_listing(self, timeline: StartupTimeline) -> None:
        """At start only the page that opens (the inbox) lists; the others built at start list
        when first shown, so the window paints without waiting for them."""
        opening = self.page_keys()[0]
        for key, page in self.pages.items():
            if key == opening:
                page.widget.reload()
            elif page.built:
                self._stale.add(key)
        timeline.mark(f"window: first listing of the {opening}")
        if self._counts_after_paint:
            self._name_pages()
        else:
            self.update_counts()
            timeline.mark("window: the navigation's counts")
        self.inbox_loaded.emit()

    def _name_pages(self) -> None:
        """The pages' names alone, until their counts are read."""
        self._label_pages(page_name)

    def update_counts(self) -> None:
        if self.station.store.conn is None:
            return  # the store closed within the moment the counts wait after an event
        counts = queries.folder_counts(self.station.store.conn)
        self._label_pages(lambda key: self.pages[key].title(counts))

    def _label_pages(self, label_of: Callable[[str], str]) -> None:
        for row, key in enumerate(self.page_keys()):
            label = label_of(key)
            self.nav.item(row).setText(label)
            self.nav.item(row).setData(Qt.ItemDataRole.AccessibleTextRole, label)

    def exchange_state_text(self) -> str:
        from console.exchange.folders import CounterpartFolders
        from console.storage.counterparts import CounterpartBook

        counterparts = CounterpartBook(self.station.store).all()
        if not counterparts:
            return self.tr("Exchange: no counterpart folders yet")
        states = [
            CounterpartFolders.for_counterpart(self.station.data_dir, c.station_id, c.inbox_dir, c.outbox_dir).state()
            for c in counterparts
        ]
        return self.tr("Exchange: ") + "; ".join(states)

    def _on_event(self, event: ChangeEvent) -> None:
        self.reload_changed(event)
        if isinstance(event, (*NOTICE_EVENTS, CounterpartsChanged)):
            self.status.set_exchange_state(self.exchange_state_text())

    def reload_changed(self, event: ChangeEvent) -> None:
        """The pages that show what `event` changed reload; a page that can, updates only the rows
        the event names (`show_change`). After notices changed or the audit log grew, the page on
        screen and the inbox update now, the others when next shown, and the page counts once the
        events queued with this one are handled.

        Reloading every page on every change would put a 100,000-row listing per page (or the
        audit log's listing, which every import appends to) between a FLASH notice landing and
        its row appearing.
        """
        current = self.current_page()
        deferrable = isinstance(event, (*NOTICE_EVENTS, AuditAppended))
        for key, page in self.pages.items():
            if not page.built or not isinstance(event, page.reload_on):
                continue  # a page not built yet lists everything when it is
            if deferrable and key not in (current, "inbox"):
                self._stale.add(key)
                if hasattr(page.widget, "note_change"):
                    page.widget.note_change(event)  # what it keeps in memory follows now, the listing when shown
            elif hasattr(page.widget, "show_change"):
                page.widget.show_change(event)
            else:
                page.widget.reload()
        if not isinstance(event, COUNTED_EVENTS):
            return
        if not deferrable:
            self.update_counts()
        else:
            self._counts_timer.start()  # one count for a burst of arrivals, after their rows are in

    # ---- detail ------------------------------------------------------------------------

    def show_detail(self, row: dict | None) -> None:
        if row is None:
            self.detail.clear()
            return
        lines = []
        for key, value in row.items():
            if value in (None, "") or isinstance(value, bytes):
                continue
            text = str(value)
            if key == "details":
                text = ", ".join(f"{k}: {v}" for k, v in json.loads(value).items())
            elif isinstance(value, str) and _UTC_STAMP.fullmatch(value):
                text = format_rfc3339_with_local(value)
            lines.append(f"<tr><th align='left'>{html.escape(key.replace('_', ' '))}</th><td>{html.escape(text)}</td></tr>")
        self.detail.setHtml("<table cellspacing='4'>" + "".join(lines) + "</table>")

    # ---- station actions -------------------------------------------------------------

    def write_checkpoint(self) -> None:
        officer = self.acting_officer()
        self.worker.run(
            lambda store: self.station.write_checkpoint(officer, store=store),
            lambda count: self.statusBar().showMessage(
                self.tr("Signed an audit checkpoint over %1 entries.").replace("%1", str(count)), 5000),
            lambda error: self.statusBar().showMessage(
                self.tr("No audit checkpoint was written: %1").replace("%1", str(error)), 10000),
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Watchdesk"),
            self.tr(
                "<h3>Watchdesk %1</h3><p>The duty officer's console for launch-notification exchange.</p>"
                "<p>Station: %2 (%3)<br>Data dir: %4</p>"
            )
            .replace("%1", console.__version__)
            .replace("%2", html.escape(self.station.station_id))
            .replace("%3", html.escape(self.station.name))
            .replace("%4", html.escape(str(self.station.data_dir.resolve()))),
        )
