"""Compose and release outgoing notices.

``install(window)`` adds the Notice menu's compose actions and replaces the Drafts
page. The ``open_*`` functions act on a notice id (e.g. the selected Outbox row)
and return the compose window they opened, or None when the officer was told why not.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from console.domain.notices import Kind
from console.service.events import DraftsChanged, TemplatesChanged
from console.ui.compose.controller import ComposeController
from console.ui.compose.drafts_page import DraftsPage
from console.ui.compose.window import ComposeWindow

__all__ = [
    "ComposeWindow",
    "install",
    "open_amendment",
    "open_cancellation",
    "open_new_from",
    "open_postponement",
    "open_post_launch_report",
    "selected_notice_id",
]


def _controller(window: Any) -> ComposeController:
    return window.compose


def open_amendment(window: Any, notice_id: int | None) -> ComposeWindow | None:
    return _controller(window).open_amendment(notice_id)


def open_postponement(window: Any, notice_id: int | None) -> ComposeWindow | None:
    return _controller(window).open_amendment(notice_id, postponement=True)


def open_cancellation(window: Any, notice_id: int | None) -> ComposeWindow | None:
    return _controller(window).open_cancellation(notice_id)


def open_post_launch_report(window: Any, notice_id: int | None) -> ComposeWindow | None:
    return _controller(window).open_post_launch_report(notice_id)


def open_new_from(window: Any, notice_id: int | None) -> ComposeWindow | None:
    return _controller(window).open_new_from(notice_id)


def _row_id_of(widget: Any) -> int | None:
    """The notice id selected in a notice list page, whoever built that page."""
    getter = getattr(widget, "selected_notice_id", None)
    if callable(getter):
        return getter()
    table, model = getattr(widget, "table", None), getattr(widget, "model", None)
    if table is None or model is None or not hasattr(model, "row"):
        return None
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    row = model.row(rows[0].row())
    return row.get("id") if isinstance(row, dict) and "message_id" in row else None


def selected_notice_id(window: Any) -> int | None:
    """The notice selected on the current page, else the last one selected in the Outbox or Inbox."""
    page = window.pages.get(window.current_page())
    if page is not None:
        notice_id = _row_id_of(page.widget)
        if notice_id is not None:
            return notice_id
    return window.compose.last_selected_notice_id


def _track_selection(window: Any) -> None:
    """Remember the last notice selected in the Inbox and Outbox pages (as installed by now)."""
    for key in ("outbox", "inbox"):
        page = window.pages.get(key)
        selected = getattr(page.widget, "selected", None) if page is not None else None
        if selected is None or page.widget in window.compose.tracked_pages:
            continue
        window.compose.tracked_pages.add(page.widget)
        selected.connect(
            lambda row: setattr(window.compose, "last_selected_notice_id",
                                row.get("id") if isinstance(row, dict) and "message_id" in row else None)
        )


def install(window: Any) -> None:
    controller = ComposeController(window)
    window.compose = controller
    tr = window.tr

    page = DraftsPage(
        window.station, lambda: window.officer, controller.open_draft, controller.delete_draft,
        controller.open_template, controller.rename_template, controller.delete_template, window,
    )
    window.add_page("drafts", page, lambda c: tr("Drafts (%1)").replace("%1", str(c["drafts"])),
                    reload_on=(DraftsChanged, TemplatesChanged))
    window.drafts = page

    def act(text: str, slot, shortcut=None, name: str | None = None) -> None:
        window.add_action("notice", text, lambda _checked=False: slot(), shortcut, name)

    act(tr("&New launch notification…"), lambda: controller.new_notice(Kind.LAUNCH_NOTIFICATION), "Ctrl+N",
        "actionNewLaunchNotification")
    act(tr("New &general communication…"), lambda: controller.new_notice(Kind.GENERAL_COMMUNICATION),
        "Ctrl+Shift+N", "actionNewGeneralCommunication")
    act(tr("New from &template…"), lambda: _show_templates(window), None, "actionNewFromTemplate")
    window.menus["notice"].addSeparator()
    act(tr("&Amend selected notice…"), lambda: open_amendment(window, selected_notice_id(window)), None,
        "actionAmendNotice")
    act(tr("&Postpone selected notice…"), lambda: open_postponement(window, selected_notice_id(window)), None,
        "actionPostponeNotice")
    act(tr("&Cancel selected notice…"), lambda: open_cancellation(window, selected_notice_id(window)), None,
        "actionCancelNotice")
    act(tr("Post-launch &report on selected notice…"),
        lambda: open_post_launch_report(window, selected_notice_id(window)), None, "actionPostLaunchReport")
    act(tr("New &from selected notice…"), lambda: open_new_from(window, selected_notice_id(window)), None,
        "actionNewFromNotice")
    window.menus["notice"].addSeparator()

    window.on_close.append(controller.close_all)
    _track_selection(window)
    # Feature modules installed after this one may replace the Inbox or Outbox page.
    QTimer.singleShot(0, window, lambda: _track_selection(window))


def _show_templates(window: Any) -> None:
    window.show_page("drafts")
    page = window.pages["drafts"].widget
    page.templates_table.setFocus()
    if page.templates_model.rowCount() and not page.templates_table.selectionModel().selectedRows():
        page.templates_table.selectRow(0)
