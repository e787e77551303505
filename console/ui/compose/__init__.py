"""Compose and release outgoing notices.

``install(window)`` adds the Notice menu's compose actions and replaces the Drafts
page. The ``open_*`` functions act on a notice id (e.g. the selected Outbox row) through the
window's ``compose_answer``, which this feature registers, and return the compose window
they opened, or None when the officer was told why not.

The compose modules are imported, and the Drafts page built, when first used or shown: the
actions are in the menu from the start, so Ctrl+N works the first time without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.domain.notices import Kind
from console.i18n import tr
from console.service.events import DraftsChanged, TemplatesChanged
from console.ui.shell import Answer

if TYPE_CHECKING:
    from console.ui.compose.controller import ComposeController
    from console.ui.compose.window import ComposeWindow
    from console.ui.main_window import MainWindow

__all__ = [
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
    made: list[ComposeController] = []

    def controller() -> ComposeController:
        """The window's one compose controller, made (and its modules imported) at first use."""
        if not made:
            from console.ui.compose.controller import ComposeController

            made.append(ComposeController(window))
            window.compose = made[0]  # for tests: the compose windows this window opened
            window.on_close.append(made[0].close_all)
        return made[0]

    def build_drafts_page():
        from console.ui.compose.drafts_page import DraftsPage

        compose = controller()
        return DraftsPage(
            window.station, lambda: window.officer, compose.open_draft, compose.delete_draft,
            compose.open_template, compose.rename_template, compose.delete_template, window,
        )

    window.compose_answer.register(lambda notice_id, answer: _answer(controller(), notice_id, answer))
    window.add_lazy_page("drafts", build_drafts_page, lambda c: tr("Drafts (%1)").replace("%1", str(c["drafts"])),
                         reload_on=(DraftsChanged, TemplatesChanged))

    def act(text: Callable[[], str], slot, shortcut=None, name: str | None = None) -> None:
        window.add_action("notice", text, lambda _checked=False: slot(), shortcut, name)

    act(lambda: tr("&New launch notification…"), lambda: controller().new_notice(Kind.LAUNCH_NOTIFICATION), "Ctrl+N",
        "actionNewLaunchNotification")
    act(lambda: tr("New &general communication…"), lambda: controller().new_notice(Kind.GENERAL_COMMUNICATION),
        "Ctrl+Shift+N", "actionNewGeneralCommunication")
    act(lambda: tr("New from &template…"), lambda: _show_templates(window), None, "actionNewFromTemplate")
    window.menus["notice"].addSeparator()
    act(lambda: tr("&Amend selected notice…"), lambda: open_amendment(window, selected_notice_id(window)), None,
        "actionAmendNotice")
    act(lambda: tr("&Postpone selected notice…"), lambda: open_postponement(window, selected_notice_id(window)), None,
        "actionPostponeNotice")
    act(lambda: tr("&Cancel selected notice…"), lambda: open_cancellation(window, selected_notice_id(window)), None,
        "actionCancelNotice")
    act(lambda: tr("Post-launch &report on selected notice…"),
        lambda: open_post_launch_report(window, selected_notice_id(window)), None, "actionPostLaunchReport")
    act(lambda: tr("New &from selected notice…"), lambda: open_new_from(window, selected_notice_id(window)), None,
        "actionNewFromNotice")
    window.menus["notice"].addSeparator()


def _show_templates(window: MainWindow) -> None:
    window.show_page("drafts")
    page = window.pages["drafts"].widget
    page.templates_table.setFocus()
    if page.templates_model.rowCount() and not page.templates_table.selectionModel().selectedRows():
        page.templates_table.selectRow(0)
