"""UTC time helpers: every time on the wire, on screen and on paper is read and written here.

Formats handled:
  * RFC 3339 with ``Z`` and whole seconds (the wire form, notices and key files alike):
    ``2026-11-28T12:00:00Z``
  * military date-time group: ``281200Z NOV 26``
  * NOTAM style: ``2611281200`` (YYMMDDhhmm)
  * display forms with local time beside UTC: ``12:00Z (13:00 CET)``, the screen's
    ``2026-11-28 12:00Z (13:00 CET)`` and the paper's ``2026-11-28 12:00:00Z`` with
    ``2026-11-28 13:00 CET``

Two-digit years (DTG, NOTAM) are read as 2000-2099.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from console.errors import WatchdeskError
from console.i18n import current_language, tr

# Month abbreviations are spelled out rather than taken from strftime("%b"),
# which follows the workstation locale and would print "NOV." or "НОЯ".
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

RFC3339_EXAMPLE = "2026-11-28T12:00:00Z"
DTG_EXAMPLE = "281200Z NOV 26"
NOTAM_EXAMPLE = "2611281200"

# ASCII digits only (RFC 3339's DIGIT, the schemas' [0-9]): a bare \d also takes "٢٠٢٦", which int() reads as 2026.
_RFC3339_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z", re.ASCII)
_RFC3339_LOOSE_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::(\d{2}))?(?P<fraction>\.\d+)?(?P<zone>[Zz]|[+-]\d{2}:?\d{2})?", re.ASCII
)
_DTG_RE = re.compile(r"(\d{2})(\d{2})(\d{2})\s*Z\s*([A-Z]{3})\s*(\d{2})")
_NOTAM_RE = re.compile(r"(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})")


class TimeFormatError(WatchdeskError, ValueError):
    """A time could not be read or written in the requested form."""


def utc_now() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(timezone.utc)


def _as_utc(dt: datetime) -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise TimeFormatError(
            f"{dt.isoformat()} has no time zone; Watchdesk only handles aware (UTC) datetimes"
        )
    return dt.astimezone(timezone.utc)


def _build(year: int, month: int, day: int, hour: int, minute: int, second: int, text: str) -> datetime:
    """Build a UTC datetime, turning calendar mistakes into plain-word errors."""
    if not 1 <= month <= 12:
        raise TimeFormatError(tr("'{text}': month {month} does not exist (1 to 12)").format(text=text, month=month))
    if hour > 23:
        raise TimeFormatError(tr("'{text}': hour {hour} is out of range (00 to 23)").format(text=text, hour=hour))
    if minute > 59:
        raise TimeFormatError(
            tr("'{text}': minute {minute} is out of range (00 to 59)").format(text=text, minute=minute)
        )
    if second > 59:
        # Leap seconds cannot be represented by datetime; refuse rather than shift.
        raise TimeFormatError(
            tr("'{text}': second {second} is out of range (00 to 59)").format(text=text, second=second)
        )
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
    except ValueError:
        raise TimeFormatError(
            tr("'{text}': day {day} does not exist in {month} {year}").format(
                text=text, day=day, month=MONTHS[month - 1], year=year
            )
        ) from None


# --- RFC 3339 ------------------------------------------------------------------


def format_rfc3339(dt: datetime) -> str:
    """``2026-11-28T12:00:00Z``; fractions of a second are dropped."""
    utc = _as_utc(dt)
    # Integer fields rather than strftime, which is several times slower (and pads "%Y" to
    # "999", not "0999", on glibc); every imported notice writes a few of these.
    return f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}Z"


def parse_rfc3339(text: str) -> datetime:
    """Read the wire time form; only UTC with ``Z`` and whole seconds is accepted."""
    if not isinstance(text, str):
        raise TimeFormatError(
            tr("expected a time string like {example}, got {type}").format(
                example=RFC3339_EXAMPLE, type=type(text).__name__
            )
        )
    return _parse_rfc3339_text(text)


# Importing a notice reads each of its times several times over (checks, summary, search text);
# the datetime is immutable, so the last few hundred readings are kept. Errors are not kept.
@lru_cache(maxsize=256)
def _parse_rfc3339_text(text: str) -> datetime:
    match = _RFC3339_RE.fullmatch(text)
    if match is None:
        raise TimeFormatError(_rfc3339_problem(text))
    year, month, day, hour, minute, second = map(int, match.groups())
    return _build(year, month, day, hour, minute, second, text)


def _rfc3339_problem(text: str) -> str:
    """Say what is wrong with a near-miss so the officer knows what to fix."""
    loose = _RFC3339_LOOSE_RE.fullmatch(text.strip())
    if loose is None:
        return tr("cannot read '{text}' as a UTC time: expected the form {example}").format(
            text=text, example=RFC3339_EXAMPLE
        )
    zone = loose.group("zone")
    # Each case a whole sentence: a translator needs the sentence, not a fragment to slot in.
    if zone is None:
        problem = tr("'{text}' has no time zone; write UTC with a trailing Z (e.g. {example})")
    elif zone == "z":
        problem = tr("'{text}' has a lower-case 'z'; write a capital Z (e.g. {example})")
    elif zone != "Z":
        problem = tr("'{text}' has the offset '{zone}'; write the time in UTC with a trailing Z (e.g. {example})")
    elif loose.group("fraction"):
        problem = tr("'{text}' has fractions of a second; give whole seconds (e.g. {example})")
    elif loose.group(1) is None:
        problem = tr("'{text}' has no seconds; give hh:mm:ss (e.g. {example})")
    elif text != text.strip():
        problem = tr("'{text}' has spaces around it (e.g. {example})")
    else:
        problem = tr("'{text}' needs a capital T between the date and the time (e.g. {example})")
    return problem.format(text=text, zone=zone, example=RFC3339_EXAMPLE)


# --- date-time group -------------------------------------------------------------


def format_dtg(dt: datetime) -> str:
    """Military date-time group ``DDhhmmZ MON YY``; seconds are dropped."""
    utc = _as_utc(dt)
    return f"{utc.day:02d}{utc.hour:02d}{utc.minute:02d}Z {MONTHS[utc.month - 1]} {utc.year % 100:02d}"


def parse_dtg(text: str) -> datetime:
    """Read ``281200Z NOV 26`` (spaces optional, any letter case)."""
    match = _DTG_RE.fullmatch(text.strip().upper())
    if match is None:
        raise TimeFormatError(
            tr("cannot read '{text}' as a date-time group: expected the form {example}").format(
                text=text, example=DTG_EXAMPLE
            )
        )
    day, hour, minute, month_name, year = match.groups()
    if month_name not in MONTHS:
        raise TimeFormatError(tr("'{text}': '{month}' is not a month (JAN to DEC)").format(text=text, month=month_name))
    return _build(2000 + int(year), MONTHS.index(month_name) + 1, int(day), int(hour), int(minute), 0, text)


# --- NOTAM ---------------------------------------------------------------------------


def format_notam(dt: datetime) -> str:
    """NOTAM date-time ``YYMMDDhhmm``; seconds are dropped."""
    return f"{_as_utc(dt):%y%m%d%H%M}"


def parse_notam(text: str) -> datetime:
    """Read ``2611281200`` as 2026-11-28 12:00 UTC."""
    match = _NOTAM_RE.fullmatch(text.strip())
    if match is None:
        raise TimeFormatError(
            tr("cannot read '{text}' as a NOTAM time: expected ten digits YYMMDDhhmm such as {example}").format(
                text=text, example=NOTAM_EXAMPLE
            )
        )
    year, month, day, hour, minute = (int(g) for g in match.groups())
    return _build(2000 + year, month, day, hour, minute, 0, text)


# --- display -------------------------------------------------------------------------


def _zone_label(local: datetime) -> str:
    name = local.tzname()
    if name and not name.startswith(("+", "-")):
        return name
    # Zones without an abbreviation (e.g. Asia/Dubai gives "+04") read better as UTC+4.
    offset = local.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    hours, rest = divmod(abs(int(offset.total_seconds())), 3600)
    minutes = rest // 60
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def format_utc_date_time(dt: datetime, seconds: bool = True) -> str:
    """``2026-11-28 12:00:00Z`` (``2026-11-28 12:00Z`` without seconds): how paper gives a UTC time."""
    utc = _as_utc(dt)
    return f"{utc.year:04d}-{utc:%m-%d %H:%M}" + (f":{utc:%S}Z" if seconds else "Z")


# The local date as each language writes it beside a local time, on screen and on paper; UTC
# date-time groups are never written this way. English keeps the console's own forms.
_LOCAL_DATES = {"ru": "%d.%m.%Y", "zh_CN": "%Y/%m/%d"}


def _local_date(local: datetime, *, short: bool) -> str:
    """``28.11.2026``, ``2026/11/28``; in English ``11-28`` on screen (`short`), ``2026-11-28`` on paper."""
    form = _LOCAL_DATES.get(current_language())
    if form is not None:
        return local.strftime(form)
    return f"{local:%m-%d}" if short else f"{local.year:04d}-{local:%m-%d}"


def format_local_date_time(dt: datetime, tz: tzinfo | None = None) -> str:
    """``2026-11-28 13:00 CET``: the officer's local time with its date, so a day shift is plain;
    in the language in force's own form (``28.11.2026 13:00 MSK``, ``2026/11/28 13:00 CST``)."""
    local = _as_utc(dt).astimezone(tz) if tz is not None else _as_utc(dt).astimezone()
    return f"{_local_date(local, short=False)} {local:%H:%M} {_zone_label(local)}"


def format_local_beside(dt: datetime, tz: tzinfo | None = None) -> str:
    """``12:00Z (13:00 CET)``: UTC first, the officer's local time beside it.

    ``tz`` defaults to the workstation's zone. When the local calendar day differs from
    the UTC one, ``+1d``/``-1d`` is added so 23:30Z is not misread as the same evening.
    """
    utc = _as_utc(dt)
    local = utc.astimezone(tz) if tz is not None else utc.astimezone()
    day_shift = (local.date() - utc.date()).days
    shift = f" {day_shift:+d}d" if day_shift else ""
    return f"{utc:%H:%M}Z ({local:%H:%M} {_zone_label(local)}{shift})"


def parse_optional_rfc3339(text: str | None) -> datetime | None:
    """A stored wire time that may be missing: None for None or an empty string."""
    return parse_rfc3339(text) if text else None


def format_utc_with_local(dt: datetime, *, seconds: bool = False, date: bool = True) -> str:
    """``2026-11-28 12:00Z (13:00 CET)``: how the screen gives a time. The local date is
    added when it is another day than the UTC one (``23:30Z (11-29 00:30 CET)``), as the
    language in force writes it (``29.11.2026 00:30``)."""
    utc = _as_utc(dt)
    local = utc.astimezone()
    time_format = "%H:%M:%S" if seconds else "%H:%M"
    utc_part = utc.strftime(("%Y-%m-%d " if date else "") + time_format) + "Z"
    local_day = f"{_local_date(local, short=True)} " if date and local.date() != utc.date() else ""
    local_part = local_day + local.strftime(time_format)
    zone = local.tzname() or tr("local")
    return f"{utc_part} ({local_part} {zone})"


def format_rfc3339_with_local(text: str | None) -> str:
    """A stored wire time as the screen gives it; '' when there is none."""
    moment = parse_optional_rfc3339(text)
    return format_utc_with_local(moment) if moment else ""


def format_duration(span: timedelta) -> str:
    """Officer-readable length of time: ``45 min``, ``3 h 10 min``, ``24 h``, ``7 d``, ``2 d 4 h``.

    The sign is ignored; callers say "ago" or "in" themselves. Up to 48 hours are
    given in hours because notice periods are quoted that way ("24 h notice").
    """
    total_minutes = int(abs(span).total_seconds() // 60)
    if total_minutes < 1:
        return tr("less than 1 min")
    hours, minutes = divmod(total_minutes, 60)
    if hours < 48:
        if hours and minutes:
            return tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        if hours:
            return tr("{hours} h").format(hours=hours)
        return tr("{minutes} min").format(minutes=minutes)
    days, hours = divmod(hours, 24)
    if hours:
        return tr("{days} d {hours} h").format(days=days, hours=hours)
    return tr("{days} d").format(days=days)
