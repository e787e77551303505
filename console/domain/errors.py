"""Errors shared by the domain modules.

Kept in their own module so that areas, schema and notices can all raise the same
error without importing each other.
"""

from __future__ import annotations

from console.errors import WatchdeskError


class NoticeFormatError(WatchdeskError, ValueError):
    """A notice (or part of one) does not follow the wire shape.

    ``field_path`` names the offending field the way findings do, e.g.
    ``body.impact_areas[1].points[0].lat``; it is ``""`` for the notice as a whole.
    """

    def __init__(self, field_path: str, message: str) -> None:
        self.field_path = field_path
        self.message = message
        super().__init__(f"{field_path}: {message}" if field_path else message)


def join_path(parent: str, child: str | int) -> str:
    """Append a key or list index to a dotted field path."""
    if isinstance(child, int):
        return f"{parent}[{child}]"
    return f"{parent}.{child}" if parent else child
