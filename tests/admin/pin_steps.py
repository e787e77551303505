"""Steps for the dialogs that check or set PINs. A PIN is hashed off the GUI thread and its verdict
comes back later, so a step presses the button and then waits, as the officer does, until the
busy line is gone (the verdict, and whatever it opened, has been handled by then)."""

from __future__ import annotations

from tests.admin.conftest import sign_in

VERDICT_TIMEOUT_MS = 10000


def settled(qtbot, dialog) -> None:
    """Wait until the dialog's PIN work (if any was started) has given its verdict."""
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=VERDICT_TIMEOUT_MS)


def signed_in(qtbot, dialog, name: str, pin: str) -> None:
    """CredentialsDialog step: choose the officer, type the PIN, press the button, wait for the verdict."""
    sign_in(dialog, name, pin)
    settled(qtbot, dialog)


def accepted_after_hash(qtbot, dialog) -> None:
    """A new-PIN dialog's OK: the PIN is checked against the rule, hashed, and the dialog answers."""
    dialog.try_accept()
    settled(qtbot, dialog)
