"""Geographic points: reading what operators type, and writing the agreed forms.

Accepted input (any letter case, spaces optional where unambiguous):

* decimal degrees: ``28.5, -80.5`` / ``28.5 -80.5`` / ``28.5N 80.5W`` / ``28.5° N, 80.5° W``
* degrees-minutes(-seconds) with symbols: ``28°30'00"N 080°30'00"W``, typographic
  primes ``′ ″``, and decimal minutes ``28°30.5'N``
* compact: ``2830N08030W`` (DDMM/DDDMM), ``283000N0803000W`` (DDMMSS/DDDMMSS),
  with decimals on the last unit (``283000.5N``, ``2830.5N``)
* NAVAREA: ``28-30.00N 080-30.00W``
* hemisphere letters may also lead (``N28.5 W80.5``); with letters, longitude
  may come first. Without letters the order is latitude, longitude.

A decimal comma is not accepted: the comma separates latitude from longitude.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from console.errors import WatchdeskError
from console.i18n import tr

Axis = Literal["lat", "lon"]

EXPECTED_FORMS = (
    "28.5, -80.5 / 28.5N 80.5W / 28°30'00\"N 080°30'00\"W / 2830N08030W / "
    "283000N0803000W / 28-30.00N 080-30.00W"
)


class CoordinateError(WatchdeskError, ValueError):
    """A coordinate was out of range or could not be read; the message says why in plain words.

    ``out_of_range`` tells a number beyond ±90/±180 from one that cannot be read at all: the
    message is in the officer's language, so callers must not look for words in it.
    """

    def __init__(self, message: str, *, out_of_range: bool = False) -> None:
        super().__init__(message)
        self.out_of_range = out_of_range


def _plain_number(value: float) -> str:
    """Shortest faithful text for a number: 95 rather than 95.0, 90.0000001 kept whole."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def check_coordinate(value: Any, axis: Axis) -> float:
    """The value as a float, or CoordinateError naming what is wrong with it."""
    limit = 90 if axis == "lat" else 180
    # Whole sentences per axis: "latitude" and "longitude" take different forms in other languages.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        message = (tr("latitude must be a number, not {type}") if axis == "lat"
                   else tr("longitude must be a number, not {type}"))
        raise CoordinateError(message.format(type=type(value).__name__))
    try:
        number = float(value)
    except OverflowError:
        # A JSON integer has no size limit; one too large for a float is no position on Earth.
        message = (tr("latitude is out of range (-{limit} to {limit})") if axis == "lat"
                   else tr("longitude is out of range (-{limit} to {limit})"))
        raise CoordinateError(message.format(limit=limit), out_of_range=True) from None
    if math.isnan(number) or math.isinf(number):
        raise CoordinateError(tr("latitude must be a finite number") if axis == "lat"
                              else tr("longitude must be a finite number"))
    if not -limit <= number <= limit:
        message = (tr("latitude {value} is out of range (-{limit} to {limit})") if axis == "lat"
                   else tr("longitude {value} is out of range (-{limit} to {limit})"))
        raise CoordinateError(message.format(value=_plain_number(number), limit=limit), out_of_range=True)
    return number


@dataclass(frozen=True)
class Point:
    """A WGS 84 position in decimal degrees; south and west are negative."""

    lat: float
    lon: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "lat", check_coordinate(self.lat, "lat"))
        object.__setattr__(self, "lon", check_coordinate(self.lon, "lon"))

    def to_dict(self) -> dict[str, float]:
        return {"lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, data: Any) -> Point:
        """Build from ``{"lat": …, "lon": …}``; raises CoordinateError on any other shape."""
        if not isinstance(data, dict) or set(data) != {"lat", "lon"}:
            raise CoordinateError(tr('a point must be an object with exactly "lat" and "lon"'))
        return cls(data["lat"], data["lon"])


# --- reading -----------------------------------------------------------------------

_NORMALISE = str.maketrans(
    {
        "′": "'",
        "’": "'",
        "‘": "'",
        "´": "'",
        "`": "'",
        "″": '"',
        "”": '"',
        "“": '"',
        "º": "°",
        "˚": "°",
        "ᵒ": "°",
        "−": "-",
        "–": "-",
        "‑": "-",
    }
)

# A hyphen between two digits is the NAVAREA degree/minute mark, never a minus sign.
_TOKEN_RE = re.compile(
    r"(?P<dash>(?<=\d)-(?=\d))"
    r"|(?P<num>[+-]?\d+(?:\.\d+)?)"
    r"|(?P<deg>°)|(?P<min>')|(?P<sec>\")"
    r"|(?P<hem>[NSEW])"
    r"|(?P<sep>[,;/])"
    r"|(?P<space>\s+)"
)

_Token = tuple[str, str]  # (kind, text)


def _unreadable(text: str) -> CoordinateError:
    return CoordinateError(
        tr("cannot read '{text}' as a coordinate: expected forms such as {forms}").format(
            text=text, forms=EXPECTED_FORMS
        )
    )


def _tokenize(text: str, original: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN_RE.match(text, position)
        if match is None:
            raise _unreadable(original)
        kind = match.lastgroup
        assert kind is not None
        if kind != "space":
            tokens.append((kind, match.group()))
        position = match.end()
    return tokens


def _normalise(text: str) -> str:
    return text.translate(_NORMALISE).replace("''", '"').upper().strip()


def _split_halves(tokens: list[_Token], original: str) -> tuple[list[_Token], list[_Token]]:
    """Find where the latitude ends and the longitude begins."""
    kinds = {kind for kind, _ in tokens}
    if "dash" in kinds and "hem" not in kinds:
        # "28-30" could be 28°30' (NAVAREA) or 28, -30: refuse rather than guess.
        raise CoordinateError(
            tr("'{text}': a dash between numbers is the NAVAREA degree-minute mark and needs the "
               "hemisphere letters (28-30.00N 080-30.00W); for a negative number put a space or comma "
               "before the minus sign (28.5, -80.5)").format(text=original)
        )
    separators = [i for i, (kind, _) in enumerate(tokens) if kind == "sep"]
    if len(separators) > 1:
        raise CoordinateError(
            tr("'{text}' has {count} separators; use one comma between latitude "
               "and longitude, and a point (not a comma) for decimals").format(text=original, count=len(separators))
        )
    if separators:
        cut = separators[0]
        return tokens[:cut], tokens[cut + 1 :]

    hemispheres = [i for i, (kind, _) in enumerate(tokens) if kind == "hem"]
    if hemispheres:
        if len(hemispheres) != 2:
            if len(hemispheres) == 1:
                message = tr("'{text}' has only one hemisphere letter; give one for the latitude (N/S) "
                             "and one for the longitude (E/W), or none")
            else:
                message = tr("'{text}' has {count} hemisphere letters; give one for the latitude (N/S) "
                             "and one for the longitude (E/W), or none")
            raise CoordinateError(message.format(text=original, count=len(hemispheres)))
        if tokens[0][0] == "hem" and tokens[-1][0] != "hem":  # N28.5 W80.5
            return tokens[: hemispheres[1]], tokens[hemispheres[1] :]
        if tokens[-1][0] == "hem" and tokens[0][0] != "hem":  # 28.5N 80.5W
            return tokens[: hemispheres[0] + 1], tokens[hemispheres[0] + 1 :]
        raise _unreadable(original)

    # No separator, no letters: a degree sign starts each half; otherwise split the numbers evenly.
    degree_starts = [
        i for i in range(len(tokens) - 1) if tokens[i][0] == "num" and tokens[i + 1][0] in ("deg", "dash")
    ]
    if len(degree_starts) == 2:
        return tokens[: degree_starts[1]], tokens[degree_starts[1] :]
    numbers = [i for i, (kind, _) in enumerate(tokens) if kind == "num"]
    if len(numbers) in (2, 4, 6):
        cut = numbers[len(numbers) // 2]
        return tokens[:cut], tokens[cut:]
    raise _unreadable(original)


def _parse_compact(number: str, axis: Axis, original: str) -> float:
    """DDMM[SS][.x] for latitude, DDDMM[SS][.x] for longitude."""
    whole, _, fraction = number.partition(".")
    degree_digits = 2 if axis == "lat" else 3
    allowed = (degree_digits + 2, degree_digits + 4)
    if len(whole) not in allowed or not whole.isdigit():
        if axis == "lat":
            message = tr("compact latitude '{number}' in '{text}' must have {short} digits (DDMM) "
                         "or {long} digits (DDMMSS) before the hemisphere letter")
        else:
            message = tr("compact longitude '{number}' in '{text}' must have {short} digits (DDDMM) "
                         "or {long} digits (DDDMMSS) before the hemisphere letter")
        raise CoordinateError(message.format(number=number, text=original, short=allowed[0], long=allowed[1]))
    fraction_text = f".{fraction}" if fraction else ""
    degrees = whole[:degree_digits]
    minutes = whole[degree_digits : degree_digits + 2]
    seconds = whole[degree_digits + 2 :]
    if seconds:
        return _combine(degrees, minutes, seconds + fraction_text, original)
    return _combine(degrees, minutes + fraction_text, None, original)


def _combine(degrees: str, minutes: str | None, seconds: str | None, original: str) -> float:
    """Degrees (unsigned text) plus minutes and seconds, with the sub-unit rules checked."""
    if minutes is not None and "." in degrees:
        raise CoordinateError(
            tr("'{text}': degrees have a decimal part, so minutes cannot follow").format(text=original)
        )
    if seconds is not None and minutes is not None and "." in minutes:
        raise CoordinateError(
            tr("'{text}': minutes have a decimal part, so seconds cannot follow").format(text=original)
        )
    value = float(degrees)
    if minutes is not None:
        if minutes[0] in "+-":
            raise CoordinateError(
                tr("'{text}': minutes cannot have a sign; put the sign on the degrees").format(text=original)
            )
        minute_value = float(minutes)
        if minute_value >= 60:
            raise CoordinateError(tr("'{text}': minutes must be below 60 (got {minutes})").format(
                text=original, minutes=minutes))
        value += minute_value / 60
    if seconds is not None:
        if seconds[0] in "+-":
            raise CoordinateError(
                tr("'{text}': seconds cannot have a sign; put the sign on the degrees").format(text=original)
            )
        second_value = float(seconds)
        if second_value >= 60:
            raise CoordinateError(tr("'{text}': seconds must be below 60 (got {seconds})").format(
                text=original, seconds=seconds))
        value += second_value / 3600
    return value


_MARKS_BY_POSITION = ({None, "deg", "dash"}, {None, "min", "dash"}, {None, "sec"})


def _parse_half(tokens: list[_Token], original: str, default_axis: Axis) -> tuple[float, Axis | None]:
    """One coordinate: returns its signed value and the axis its hemisphere letter names."""
    if not tokens:
        raise _unreadable(original)
    hemisphere: str | None = None
    if tokens[0][0] == "hem":
        hemisphere, tokens = tokens[0][1], tokens[1:]
    elif tokens[-1][0] == "hem":
        hemisphere, tokens = tokens[-1][1], tokens[:-1]
    axis: Axis | None = None if hemisphere is None else ("lat" if hemisphere in "NS" else "lon")

    # Pair every number with the mark that follows it (°, ', ", or a NAVAREA hyphen).
    parts: list[tuple[str, str | None]] = []
    index = 0
    while index < len(tokens):
        kind, text = tokens[index]
        if kind != "num":
            raise _unreadable(original)
        following = tokens[index + 1][0] if index + 1 < len(tokens) else None
        mark = following if following in ("deg", "min", "sec", "dash") else None
        if following is not None and following != "num" and mark is None:
            raise _unreadable(original)
        parts.append((text, mark))
        index += 2 if mark else 1
    if not parts or len(parts) > 3:
        raise _unreadable(original)
    for position, (_, mark) in enumerate(parts):
        if mark not in _MARKS_BY_POSITION[position]:
            raise CoordinateError(
                tr("'{text}': expected degrees, then minutes ('), then seconds (\") in that order").format(
                    text=original
                )
            )

    first = parts[0][0]
    sign = -1.0 if first.startswith("-") else 1.0
    if hemisphere is not None and first[0] in "+-":
        raise CoordinateError(tr("'{text}': use either a sign or a hemisphere letter, not both").format(text=original))
    unsigned_degrees = first.lstrip("+-")

    if (
        len(parts) == 1
        and parts[0][1] is None
        and hemisphere is not None
        and len(unsigned_degrees.split(".")[0]) >= 4
    ):
        value = _parse_compact(unsigned_degrees, axis or default_axis, original)
    else:
        minutes = parts[1][0] if len(parts) > 1 else None
        seconds = parts[2][0] if len(parts) > 2 else None
        value = _combine(unsigned_degrees, minutes, seconds, original)
    if hemisphere in ("S", "W"):
        sign = -1.0
    return sign * value, axis


def parse_point(text: str) -> Point:
    """Read a position in any of the forms listed in the module docstring."""
    if not isinstance(text, str) or not text.strip():
        raise CoordinateError(tr("no coordinate given: expected forms such as {forms}").format(forms=EXPECTED_FORMS))
    normalised = _normalise(text)
    tokens = _tokenize(normalised, text)
    first_tokens, second_tokens = _split_halves(tokens, text)
    first, first_axis = _parse_half(first_tokens, text, "lat")
    second, second_axis = _parse_half(second_tokens, text, "lon")
    if (first_axis, second_axis) == ("lon", "lat"):
        first, second = second, first
    elif first_axis == second_axis and first_axis is not None:
        message = (tr("'{text}': both parts are latitudes (N/S); give one latitude and one longitude")
                   if first_axis == "lat"
                   else tr("'{text}': both parts are longitudes (E/W); give one latitude and one longitude"))
        raise CoordinateError(message.format(text=text))
    elif (first_axis is None) != (second_axis is None):
        raise CoordinateError(
            tr("'{text}': give a hemisphere letter for both latitude and longitude, or for neither").format(text=text)
        )
    return Point(first, second)


def _parse_single(text: str, axis: Axis) -> float:
    if not isinstance(text, str) or not text.strip():
        raise CoordinateError(tr("no latitude given") if axis == "lat" else tr("no longitude given"))
    tokens = _tokenize(_normalise(text), text)
    value, named_axis = _parse_half(tokens, text, axis)
    if named_axis is not None and named_axis != axis:
        message = tr("'{text}' is not a latitude (N/S)") if axis == "lat" else tr("'{text}' is not a longitude (E/W)")
        raise CoordinateError(message.format(text=text))
    return check_coordinate(value, axis)


def parse_latitude(text: str) -> float:
    """Read one latitude (for forms with separate latitude and longitude boxes)."""
    return _parse_single(text, "lat")


def parse_longitude(text: str) -> float:
    """Read one longitude (for forms with separate latitude and longitude boxes)."""
    return _parse_single(text, "lon")


# --- writing -----------------------------------------------------------------------


def _hemisphere(value: float, rounded_units: int, axis: Axis) -> str:
    # A value that rounds to zero is written N/E so "00°00'00.0\"S" never appears.
    negative = value < 0 and rounded_units != 0
    if axis == "lat":
        return "S" if negative else "N"
    return "W" if negative else "E"


def _rounded_units(value: float, per_degree: int) -> int:
    """|value| in whole sub-units, rounded once so 59.99" carries into the next minute."""
    return round(abs(value) * per_degree)


_AXES: tuple[tuple[Axis, int], ...] = (("lat", 2), ("lon", 3))  # axis, degree digits


# format_dms, format_decimal and format_compact write every point of every imported notice into
# the search text: each axis is written by one %-format, without the loops of format_navarea.


def _dms_axis(value: float, width: int, positive: str, negative: str) -> str:
    units = _rounded_units(value, 36000)  # tenths of a second
    degrees, rest = divmod(units, 36000)
    minutes, tenths = divmod(rest, 600)
    hemisphere = negative if value < 0 and units else positive
    return "%0*d°%02d'%02d.%d\"%s" % (width, degrees, minutes, tenths // 10, tenths % 10, hemisphere)


def format_dms(point: Point) -> str:
    """``28°30'00.0"N 080°30'00.0"W`` (to a tenth of a second, about 3 m)."""
    return f"{_dms_axis(point.lat, 2, 'N', 'S')} {_dms_axis(point.lon, 3, 'E', 'W')}"


def _decimal_axis(value: float, width: int, positive: str, negative: str, signed: bool, places: int) -> str:
    units = _rounded_units(value, 10**places)
    magnitude = "%.*f" % (places, units / 10**places)
    if signed:
        return f"-{magnitude}" if value < 0 and units else magnitude
    return f"{magnitude.zfill(width + 1 + places)}°{negative if value < 0 and units else positive}"


def format_decimal(point: Point, signed: bool = False, places: int = 5) -> str:
    """``28.50000°N 080.50000°W``, or with ``signed=True`` ``28.50000, -80.50000``."""
    lat = _decimal_axis(point.lat, 2, "N", "S", signed, places)
    lon = _decimal_axis(point.lon, 3, "E", "W", signed, places)
    return f"{lat}, {lon}" if signed else f"{lat} {lon}"


def _compact_axis(value: float, width: int, positive: str, negative: str) -> str:
    units = _rounded_units(value, 3600)  # seconds
    degrees, rest = divmod(units, 3600)
    minutes, seconds = divmod(rest, 60)
    return "%0*d%02d%02d%s" % (width, degrees, minutes, seconds, negative if value < 0 and units else positive)


def format_compact(point: Point) -> str:
    """``283000N0803000W`` (whole seconds, about 30 m)."""
    return _compact_axis(point.lat, 2, "N", "S") + _compact_axis(point.lon, 3, "E", "W")


def format_navarea(point: Point) -> str:
    """``28-30.00N 080-30.00W`` (hundredths of a minute, about 20 m)."""
    pieces = []
    for value, (axis, width) in zip((point.lat, point.lon), _AXES, strict=True):
        units = _rounded_units(value, 6000)  # hundredths of a minute
        degrees, hundredths = divmod(units, 6000)
        hemisphere = _hemisphere(value, units, axis)
        pieces.append(f"{degrees:0{width}d}-{hundredths // 100:02d}.{hundredths % 100:02d}{hemisphere}")
    return " ".join(pieces)
