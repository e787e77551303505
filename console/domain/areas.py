"""Launch and impact areas, and the bit of spherical geometry the map needs.

Wire forms (docs/wire-shape.md):
    {"type": "polygon", "points": [point, ...]}   >= 4 points, first == last
    {"type": "circle", "centre": point, "radius": number > 0, "unit": "km" | "NM"}
    {"type": "ocean_quadrant", "ocean": ..., "quadrant": ...}   launch area only
    {"type": "body_of_water", "name": ...}                      launch area only

Geometry conventions:
  * a polygon edge runs the short way round in longitude, so an edge from 179°E to
    179°W is 2° wide and crosses the antimeridian;
  * the Earth is a sphere of mean radius 6371.0088 km (error under 0.5 %, fine for
    drawing and bounding notified areas, not for navigation);
  * ``Bounds`` with ``west > east`` wraps across the antimeridian.
Ocean quadrants and bodies of water are named regions without geometry; an agreement
profile may know the extent of some (``named_area_extent``), so that a map can draw them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Any

from console.domain.coordinates import CoordinateError, Point, check_coordinate, format_dms
from console.domain.errors import NoticeFormatError, join_path
from console.errors import WatchdeskError
from console.i18n import BUILT_IN, QT_TRANSLATE_NOOP, lookup, speaking, tr

EARTH_RADIUS_KM = 6371.0088
KM_PER_NM = 1.852  # exact, by definition of the nautical mile


class AreaError(WatchdeskError, ValueError):
    """An area cannot be built as given (e.g. a circle with no radius)."""


class DistanceUnit(StrEnum):
    KM = "km"
    NM = "NM"


class Ocean(StrEnum):
    ATLANTIC = "Atlantic"
    PACIFIC = "Pacific"
    INDIAN = "Indian"
    ARCTIC = "Arctic"
    SOUTHERN = "Southern"


# The oceans' names for the officer (OceanQuadrant.words), in the context compose's choice uses too.
OCEAN_WORDS = (QT_TRANSLATE_NOOP("Ocean", "Atlantic"), QT_TRANSLATE_NOOP("Ocean", "Pacific"),
               QT_TRANSLATE_NOOP("Ocean", "Indian"), QT_TRANSLATE_NOOP("Ocean", "Arctic"),
               QT_TRANSLATE_NOOP("Ocean", "Southern"))


class Quadrant(StrEnum):
    NE = "NE"
    NW = "NW"
    SE = "SE"
    SW = "SW"


@dataclass(frozen=True)
class Bounds:
    """A lat/lon box. ``west > east`` means the box wraps across the antimeridian."""

    west: float
    east: float
    south: float
    north: float

    @property
    def wraps(self) -> bool:
        return self.west > self.east

    @property
    def all_longitudes(self) -> bool:
        """True when the area surrounds a pole and so spans every longitude."""
        return self.west == -180.0 and self.east == 180.0


def _normalise_lon(lon: float) -> float:
    """Into [-180, 180]; 180 itself is kept rather than turned into -180."""
    if -180.0 <= lon <= 180.0:
        return lon
    return (lon + 180.0) % 360.0 - 180.0


def short_way(delta: float) -> float:
    """A longitude difference taken the short way round, in [-180, 180)."""
    return (delta + 180.0) % 360.0 - 180.0


def _lon_span_to_bounds(low: float, high: float, south: float, north: float) -> Bounds:
    """Turn an unwrapped longitude span (low <= high, may pass ±180) into Bounds."""
    if high - low >= 360.0:
        return Bounds(-180.0, 180.0, south, north)
    shift = 360.0 * math.floor((low + 180.0) / 360.0)
    west, east = low - shift, high - shift
    if east > 180.0:
        east -= 360.0
    return Bounds(west, east, south, north)


def _check_points(points: Any) -> tuple[Point, ...]:
    items = tuple(points)
    if not all(isinstance(point, Point) for point in items):
        raise AreaError("polygon points must be Point values")
    return items


@dataclass(frozen=True)
class Polygon:
    """A ring of boundary points. May be unclosed while being drafted; see ``closed()``."""

    points: tuple[Point, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "points", _check_points(self.points))

    @property
    def is_closed(self) -> bool:
        return len(self.points) >= 2 and self.points[0] == self.points[-1]

    @property
    def corner_count(self) -> int:
        """Distinct corners, not counting the repeated closing point."""
        return len(set(self.points))

    @property
    def is_valid_ring(self) -> bool:
        """What the wire needs: closed, at least 4 points, at least 3 distinct corners."""
        return self.is_closed and len(self.points) >= 4 and self.corner_count >= 3

    def closed(self) -> Polygon:
        """The same ring with the first point repeated at the end, if it was missing."""
        if self.is_closed or not self.points:
            return self
        return Polygon((*self.points, self.points[0]))

    @property
    def crosses_antimeridian(self) -> bool:
        ring = self.closed().points
        return any(abs(b.lon - a.lon) > 180.0 for a, b in pairwise(ring))

    def bounds(self) -> Bounds:
        if not self.points:
            raise AreaError("an empty polygon has no bounds")
        ring = self.closed().points
        unwrapped = [ring[0].lon]
        for a, b in pairwise(ring):
            unwrapped.append(unwrapped[-1] + short_way(b.lon - a.lon))
        south = min(p.lat for p in ring)
        north = max(p.lat for p in ring)
        # A ring whose longitudes wind a full turn surrounds a pole: extend to that pole.
        if abs(unwrapped[-1] - unwrapped[0]) >= 359.999:
            if south + north >= 0:
                north = 90.0
            else:
                south = -90.0
            return Bounds(-180.0, 180.0, south, north)
        return _lon_span_to_bounds(min(unwrapped), max(unwrapped), south, north)

    def describe(self) -> str:
        """For the record and the exports, always English."""
        with speaking(BUILT_IN):
            return self.words()

    def words(self) -> str:
        """For the officer, in the language in force."""
        return tr("polygon {points}").format(points=" / ".join(format_dms(p) for p in self.points))

    def to_dict(self) -> dict[str, Any]:
        return {"type": "polygon", "points": [p.to_dict() for p in self.points]}

    @classmethod
    def from_dict(cls, data: Any, path: str = "") -> Polygon:
        _expect_keys(data, {"type", "points"}, path)
        raw_points = data["points"]
        points_path = join_path(path, "points")
        if not isinstance(raw_points, list):
            raise NoticeFormatError(points_path, tr("must be a list of points"))
        polygon = cls(tuple(_point_from_dict(p, join_path(points_path, i)) for i, p in enumerate(raw_points)))
        if len(polygon.points) < 4:
            raise NoticeFormatError(
                points_path,
                # Fewer than 4: "1 points" is how the English has always read; %n gives other languages plurals.
                tr("has %n points; a closed ring needs at least 4 (first repeated last)", None, len(polygon.points)),
            )
        if not polygon.is_closed:
            raise NoticeFormatError(
                points_path, tr("the ring is not closed: the last point must repeat the first")
            )
        return polygon


@dataclass(frozen=True)
class Circle:
    centre: Point
    radius: float
    unit: DistanceUnit

    def __post_init__(self) -> None:
        if not isinstance(self.centre, Point):
            raise AreaError("circle centre must be a Point")
        if isinstance(self.radius, bool) or not isinstance(self.radius, (int, float)):
            raise AreaError(tr("circle radius must be a number"))
        if not (math.isfinite(self.radius) and self.radius > 0):
            raise AreaError(tr("circle radius must be above zero (got {radius})").format(radius=self.radius))
        try:
            object.__setattr__(self, "unit", DistanceUnit(self.unit))
        except ValueError:
            raise AreaError(tr("circle unit must be km or NM (got {unit})").format(unit=repr(self.unit))) from None
        object.__setattr__(self, "radius", float(self.radius))

    @property
    def radius_km(self) -> float:
        return self.radius * KM_PER_NM if self.unit is DistanceUnit.NM else self.radius

    @property
    def _angular_radius(self) -> float:
        return self.radius_km / EARTH_RADIUS_KM

    def bounds(self) -> Bounds:
        delta = math.degrees(self._angular_radius)
        south = self.centre.lat - delta
        north = self.centre.lat + delta
        if north >= 90.0 or south <= -90.0:
            return Bounds(-180.0, 180.0, max(south, -90.0), min(north, 90.0))
        # Widest longitude reached by a spherical cap: sin(dlon) = sin(r) / cos(lat).
        ratio = math.sin(self._angular_radius) / math.cos(math.radians(self.centre.lat))
        half_width = math.degrees(math.asin(min(1.0, ratio)))
        return _lon_span_to_bounds(self.centre.lon - half_width, self.centre.lon + half_width, south, north)

    @property
    def crosses_antimeridian(self) -> bool:
        bounds = self.bounds()
        return bounds.wraps or bounds.all_longitudes

    def circle_outline(self, n: int = 72) -> tuple[Point, ...]:
        """``n`` points on the circle (geodesic on a sphere), closed by repeating the first.

        Longitudes are normalised to [-180, 180], so an outline near the antimeridian
        jumps from +180 to -180 between neighbours; use ``crosses_antimeridian`` to
        know when a map must split it.
        """
        if n < 3:
            raise AreaError("a circle outline needs at least 3 points")
        lat1 = math.radians(self.centre.lat)
        lon1 = math.radians(self.centre.lon)
        delta = self._angular_radius
        outline = []
        for i in range(n):
            bearing = 2 * math.pi * i / n
            sin_lat2 = math.sin(lat1) * math.cos(delta) + math.cos(lat1) * math.sin(delta) * math.cos(bearing)
            lat2 = math.asin(max(-1.0, min(1.0, sin_lat2)))
            if abs(math.cos(lat1)) < 1e-12:
                # Centred on a pole every bearing is "south"; spread the points by longitude.
                lon2 = lon1 + bearing
            else:
                lon2 = lon1 + math.atan2(
                    math.sin(bearing) * math.sin(delta) * math.cos(lat1),
                    math.cos(delta) - math.sin(lat1) * sin_lat2,
                )
            lat_deg = max(-90.0, min(90.0, math.degrees(lat2)))
            outline.append(Point(lat_deg, _normalise_lon(math.degrees(lon2))))
        return (*outline, outline[0])

    def describe(self) -> str:
        """For the record and the exports, always English."""
        with speaking(BUILT_IN):
            return self.words()

    def words(self) -> str:
        """For the officer, in the language in force."""
        return tr("circle radius {radius} {unit} around {centre}").format(
            radius=f"{self.radius:g}", unit=self.unit.value, centre=format_dms(self.centre))

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "circle",
            "centre": self.centre.to_dict(),
            "radius": self.radius,
            "unit": self.unit.value,
        }

    @classmethod
    def from_dict(cls, data: Any, path: str = "") -> Circle:
        _expect_keys(data, {"type", "centre", "radius", "unit"}, path)
        centre = _point_from_dict(data["centre"], join_path(path, "centre"))
        radius = data["radius"]
        if (
            isinstance(radius, bool)
            or not isinstance(radius, (int, float))
            or not math.isfinite(radius)
            or radius <= 0
        ):
            raise NoticeFormatError(
                join_path(path, "radius"), tr("must be a number above zero (got {radius})").format(radius=repr(radius))
            )
        if data["unit"] not in {u.value for u in DistanceUnit}:
            raise NoticeFormatError(
                join_path(path, "unit"), tr('must be "km" or "NM" (got {unit})').format(unit=repr(data["unit"]))
            )
        return cls(centre, radius, DistanceUnit(data["unit"]))


@dataclass(frozen=True)
class OceanQuadrant:
    """A ninety-degree sector of an ocean: the "general area" of a submarine launch."""

    ocean: Ocean
    quadrant: Quadrant

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "ocean", Ocean(self.ocean))
            object.__setattr__(self, "quadrant", Quadrant(self.quadrant))
        except ValueError as error:
            raise AreaError(str(error)) from None

    def describe(self) -> str:
        """For the record and the exports (named sea areas are matched by it), always English."""
        with speaking(BUILT_IN):
            return self.words()

    def words(self) -> str:
        """For the officer, in the language in force; the quadrant's compass letters as agreed."""
        return tr("{ocean} Ocean, {quadrant} quadrant").format(
            ocean=lookup("Ocean", self.ocean.value), quadrant=self.quadrant.value)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "ocean_quadrant", "ocean": self.ocean.value, "quadrant": self.quadrant.value}

    @classmethod
    def from_dict(cls, data: Any, path: str = "") -> OceanQuadrant:
        _expect_keys(data, {"type", "ocean", "quadrant"}, path)
        if data["ocean"] not in {o.value for o in Ocean}:
            raise NoticeFormatError(
                join_path(path, "ocean"),
                tr("must be one of {choices}").format(choices=", ".join(o.value for o in Ocean)),
            )
        if data["quadrant"] not in {q.value for q in Quadrant}:
            raise NoticeFormatError(join_path(path, "quadrant"), tr("must be one of NE, NW, SE, SW"))
        return cls(Ocean(data["ocean"]), Quadrant(data["quadrant"]))


@dataclass(frozen=True)
class BodyOfWater:
    """A named sea, bay or gulf: the other "general area" form for submarine launches."""

    name: str

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > 100:
            raise AreaError(tr("a body of water needs a name of 1 to 100 characters"))

    def describe(self) -> str:
        """The name as the notice gives it: data, in every language."""
        return self.name

    words = describe

    def to_dict(self) -> dict[str, Any]:
        return {"type": "body_of_water", "name": self.name}

    @classmethod
    def from_dict(cls, data: Any, path: str = "") -> BodyOfWater:
        _expect_keys(data, {"type", "name"}, path)
        name = data["name"]
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            raise NoticeFormatError(join_path(path, "name"), tr("must be a name of 1 to 100 characters"))
        return cls(name)


Area = Polygon | Circle | OceanQuadrant | BodyOfWater
GeometricArea = Polygon | Circle

LAUNCH_AREA_TYPES = ("polygon", "circle", "ocean_quadrant", "body_of_water")
IMPACT_AREA_TYPES = ("polygon", "circle")

_CLASS_BY_TYPE: dict[str, Any] = {
    "polygon": Polygon,
    "circle": Circle,
    "ocean_quadrant": OceanQuadrant,
    "body_of_water": BodyOfWater,
}


def area_from_dict(data: Any, path: str = "", allowed: tuple[str, ...] = LAUNCH_AREA_TYPES) -> Area:
    """Parse any wire area; ``allowed`` narrows the types (impact areas: polygon or circle)."""
    if not isinstance(data, dict):
        raise NoticeFormatError(path, tr('an area must be an object with a "type"'))
    area_type = data.get("type")
    if area_type not in allowed:
        raise NoticeFormatError(
            join_path(path, "type"),
            tr("must be one of {choices} (got {value})").format(choices=", ".join(allowed), value=repr(area_type)),
        )
    parsed: Area = _CLASS_BY_TYPE[area_type].from_dict(data, path)
    return parsed


def area_bounds(area: Area) -> Bounds | None:
    """Bounds of a geometric area; None for named regions, which carry no geometry."""
    if isinstance(area, (Polygon, Circle)):
        return area.bounds()
    return None


def _expect_keys(data: Any, keys: set[str], path: str) -> None:
    if not isinstance(data, dict):
        raise NoticeFormatError(path, tr("an area must be an object"))
    missing = sorted(keys - set(data))
    if missing:
        raise NoticeFormatError(join_path(path, missing[0]), tr("is missing"))
    unknown = sorted(set(data) - keys)
    if unknown:
        raise NoticeFormatError(join_path(path, unknown[0]), tr("is not a recognised field"))


def _point_from_dict(data: Any, path: str) -> Point:
    if not isinstance(data, dict):
        raise NoticeFormatError(path, tr('a point must be an object with "lat" and "lon"'))
    for key in ("lat", "lon"):
        if key not in data:
            raise NoticeFormatError(join_path(path, key), tr("is missing"))
    unknown = sorted(set(data) - {"lat", "lon"})
    if unknown:
        raise NoticeFormatError(join_path(path, unknown[0]), tr("is not a recognised field"))
    for axis in ("lat", "lon"):
        try:
            check_coordinate(data[axis], axis)
        except CoordinateError as error:
            raise NoticeFormatError(join_path(path, axis), str(error)) from None
    return Point(data["lat"], data["lon"])


# --- named areas with a known extent ------------------------------------------------------

# The seas named as submarine launch areas in the 1988 agreement's traffic, as coarse
# outlines (lat, lon) for orientation on a small-scale map: not the limits of IHO S-23,
# which a profile may give instead. A named area no profile outlines is not drawn.
_SEA_OUTLINES: dict[str, tuple[tuple[float, float], ...]] = {
    "White Sea": (
        (67.10, 32.40), (66.70, 34.30), (66.30, 36.80), (66.40, 39.80), (67.20, 41.00), (68.15, 39.75),
        (68.65, 43.30), (67.00, 43.80), (66.00, 44.20), (65.60, 41.50), (64.60, 40.50), (64.90, 37.00),
        (63.95, 38.00), (64.30, 35.50), (64.95, 34.60), (66.30, 33.20),
    ),
    "Barents Sea": (
        (71.10, 25.80), (74.40, 19.00), (76.50, 16.50), (80.00, 27.00), (80.50, 45.00), (80.80, 60.00),
        (76.95, 68.55), (73.50, 54.00), (70.60, 57.50), (69.70, 58.80), (68.80, 54.50), (68.65, 43.30),
        (68.15, 39.75), (69.30, 35.00), (70.00, 31.00),
    ),
    "Kara Sea": (
        (76.95, 68.55), (80.00, 77.00), (81.20, 95.00), (77.60, 104.00), (75.50, 90.00), (73.50, 80.50),
        (73.20, 71.00), (69.50, 67.00), (70.40, 58.50), (73.30, 56.80),
    ),
    "Sea of Okhotsk": (
        (54.50, 137.00), (59.35, 143.20), (59.60, 150.80), (61.80, 158.50), (59.10, 159.90), (57.10, 156.70),
        (50.87, 156.66), (47.00, 151.50), (44.00, 145.80), (45.50, 141.95), (46.05, 143.50), (48.65, 144.70),
        (49.30, 143.30), (52.00, 143.30), (54.40, 142.70), (53.50, 140.50),
    ),
    "Bering Sea": (
        (65.70, -168.20), (64.40, -172.20), (64.70, 177.50), (60.00, 170.50), (56.10, 163.40), (54.80, 166.50),
        (52.80, 173.00), (51.80, -176.60), (52.90, -169.00), (54.80, -164.00), (55.50, -161.00),
        (58.70, -157.50), (59.80, -162.50), (63.00, -164.70), (64.50, -166.00),
    ),
}


def _outline(corners: tuple[tuple[float, float], ...]) -> Polygon:
    return Polygon(tuple(Point(lat, lon) for lat, lon in corners)).closed()


KNOWN_SEA_EXTENTS: Mapping[str, Polygon] = {name: _outline(corners) for name, corners in _SEA_OUTLINES.items()}


def named_area_key(name: str) -> str:
    """How names are matched: case, spacing and a leading "the" do not matter ("the  white sea")."""
    words = name.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def named_area_name(area: Area) -> str | None:
    """The name a named launch area goes by ("White Sea", "Pacific Ocean, NW quadrant"); None for geometry."""
    if isinstance(area, (BodyOfWater, OceanQuadrant)):
        return area.describe()
    return None


def named_area_extent(area: Area, extents: Mapping[str, Polygon]) -> Polygon | None:
    """The outline ``extents`` (an agreement profile's) give a named area, or None when they do not know it."""
    name = named_area_name(area)
    if name is None:
        return None
    wanted = named_area_key(name)
    return next((outline for known, outline in extents.items() if named_area_key(known) == wanted), None)


def named_extents_to_dict(extents: Mapping[str, Polygon]) -> dict[str, list[dict[str, float]]]:
    """Settings-file form: each name with the points of its closed outline."""
    return {name: [point.to_dict() for point in outline.points] for name, outline in extents.items()}


def named_extents_from_dict(data: Any, path: str = "named_areas") -> dict[str, Polygon]:
    """The settings-file form read back; NoticeFormatError names the area and point that is wrong."""
    if not isinstance(data, dict):
        raise NoticeFormatError(path, tr("must map each area's name to the points of its outline"))
    extents: dict[str, Polygon] = {}
    keys: dict[str, str] = {}
    for name, points in data.items():
        if not isinstance(name, str) or not name.strip() or len(name) > 100:
            raise NoticeFormatError(path, tr("{name} is not a name of 1 to 100 characters").format(name=repr(name)))
        named_path = join_path(path, name)
        if named_area_key(name) in keys:
            raise NoticeFormatError(
                named_path, tr("names the same area as {other}").format(other=repr(keys[named_area_key(name)]))
            )
        keys[named_area_key(name)] = name
        extents[name] = Polygon.from_dict({"type": "polygon", "points": points}, named_path)
    return extents
