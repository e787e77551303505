"""Names of things as the views show them."""

from __future__ import annotations

from console.domain.notices import Kind
from console.i18n import QT_TRANSLATE_NOOP, lookup

# The roles (console.storage.operators.ROLES) as officers read them.
ROLE_NAMES = {"officer": QT_TRANSLATE_NOOP("Roles", "officer"), "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisor")}


def role_name(role: str) -> str:
    """A role ('supervisor') in the language in force."""
    return lookup("Roles", ROLE_NAMES[role]) if role in ROLE_NAMES else role


def kind_label(kind: str) -> str:
    """A notice kind ('launch_notification') in the language in force, as a label ('Launch
    notification'): the domain's words for it (Kind.words), so a kind reads the same in a list's
    column and in a sentence."""
    try:
        words = Kind(kind).words
    except ValueError:
        return kind
    return words[:1].upper() + words[1:]
