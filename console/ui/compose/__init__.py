"""Compose and release outgoing notices.

``install(window)`` adds the Notice menu's compose actions and replaces the Drafts
page. The ``open_*`` functions act on a notice id (e.g. the selected Outbox row) through the
window's ``compose_answer``, which this feature registers, and return the compose window
they opened, or None when the officer was told why not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.domain.notices import Kind
from console.service.events import DraftsChanged, TemplatesChanged
from console.ui.compose.controller import ComposeController
from console.ui.compose.drafts_page import DraftsPage
from console.ui.compose.window import ComposeWindow
from console.ui.shell import Answer

if TYPE_CHECKING:
    from console.ui.main_window import MainWindow

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


def open_amendment(window: MainWindow, notice_id: int | None) -> ComposeWindow | None:
    return window.compose_answer(notice_id, Answer.AMENDMENT)


def open_postponement(window: MainWindow, notice_id: int | None) -> ComposeWindow | None:
    return window.compose_answer(notice_id, Answer.POSTPONEMENT)


def open_cancellation(window: MainWindow, notice_id: int | None) -> ComposeWindow | None:
    return window.compose_answer(notice_id, Answer.CANCELLATION)


def open_post_launch_report(window: MainWindow, notice_id: int | None) -> ComposeWindow | None:
    return window.compose_answer(notice_id, Answer.POST_LAUNCH_REPORT)


def open_new_from(window: MainWindow, notice_id: int | None) -> ComposeWindow | None:
    return window.compose_answer(notice_id, Answer.NEW_FROM)


def selected_notice_id(window: MainWindow) -> int | None:
    """The notice the Notice menu's actions act on: the window's selection."""
    return window.selection.notice_id


def _answer(controller: ComposeController, notice_id: int | None, answer: Answer) -> ComposeWindow | None:
    """The compose feature's side of the window's `compose_answer`."""
    if answer is Answer.AMENDMENT:
        return controller.open_amendment(notice_id)
    if answer is Answer.POSTPONEMENT:
        return controller.open_amendment(notice_id, postponement=True)
    if answer is Answer.CANCELLATION:
        return controller.open_cancellation(notice_id)
    if answer is Answer.POST_LAUNCH_REPORT:
        return controller.open_post_launch_report(notice_id)
    return controller.open_new_from(notice_id)


def install(window: MainWindow) -> None:
    controller = ComposeController(window)
    window.compose = controller  # for tests: the compose windows this window opened
    window.compose_answer.register(lambda notice_id, answer: _answer(controller, notice_id, answer))
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


def _show_templates(window: MainWindow) -> None:
    window.show_page("drafts")
    page = window.pages["drafts"].widget
    page.templates_table.setFocus()
    if page.templates_model.rowCount() and not page.templates_table.selectionModel().selectedRows():
        page.templates_table.selectRow(0)
