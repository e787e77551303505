"""UTC first, local time beside it: how every time is shown."""

from __future__ import annotations

from datetime import datetime, timezone


def parse_z(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def utc_with_local(moment: datetime, *, seconds: bool = False, date: bool = True) -> str:
    """'2026-11-28 12:00Z (13:00 CET)'."""
    moment = moment.astimezone(timezone.utc)
    local = moment.astimezone()
    time_fmt = "%H:%M:%S" if seconds else "%H:%M"
    utc_part = moment.strftime(("%Y-%m-%d " if date else "") + time_fmt) + "Z"
    local_part = local.strftime(time_fmt)
    zone = local.tzname() or "local"
    if local.date() != moment.date() and date:
        local_part = local.strftime("%m-%d ") + local_part
    return f"{utc_part} ({local_part} {zone})"


def z_text_with_local(text: str | None) -> str:
    moment = parse_z(text)
    return utc_with_local(moment) if moment else ""
