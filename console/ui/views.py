"""Names of things as the views show them."""

from __future__ import annotations

from console.i18n import QT_TRANSLATE_NOOP, lookup

# The domain's kind labels (Kind.label), capitalised for column cells and menus; marked for
# translation here, translated when shown, so a language switched at run time applies at the next paint.
KIND_TEXTS: dict[str, str] = {
    "launch_notification": QT_TRANSLATE_NOOP("NoticeTable", "Launch notification"),
    "amendment": QT_TRANSLATE_NOOP("NoticeTable", "Amendment"),
    "cancellation": QT_TRANSLATE_NOOP("NoticeTable", "Cancellation"),
    "post_launch_report": QT_TRANSLATE_NOOP("NoticeTable", "Post-launch report"),
    "general_communication": QT_TRANSLATE_NOOP("NoticeTable", "General communication"),
    "acknowledgement": QT_TRANSLATE_NOOP("NoticeTable", "Acknowledgement"),
    "error": QT_TRANSLATE_NOOP("NoticeTable", "Error report"),
}

# The roles (console.storage.operators.ROLES) as officers read them.
ROLE_NAMES = {"officer": QT_TRANSLATE_NOOP("Roles", "officer"), "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisor")}


def role_name(role: str) -> str:
    """A role ('supervisor') in the language in force."""
    return lookup("Roles", ROLE_NAMES[role]) if role in ROLE_NAMES else role


def kind_label(kind: str) -> str:
    """A notice kind ('launch_notification') in the language in force ('Launch notification')."""
    text = KIND_TEXTS.get(kind)
    return lookup("NoticeTable", text) if text else kind
