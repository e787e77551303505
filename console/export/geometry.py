"""Notified areas as flat rings for the formats that draw them (GeoJSON, KML, CAP polygons).

A notice's polygon edge runs the short way round in longitude (console/domain/areas.py), so a
ring whose points jump from 179°E to 179°W crosses the antimeridian. Tools that read GeoJSON, KML
or CAP join the points straight in longitude, across the whole map, unless the ring is cut there
(RFC 7946, section 3.1.9): ``flat_pieces`` unwraps the ring and cuts it at ±180° into pieces that
each lie within [-180, 180]. Rings are (lon, lat) tuples, closed (first point repeated last).
"""

from __future__ import annotations

from itertools import pairwise

from console.domain.areas import Circle, Polygon, short_way

Ring = list[tuple[float, float]]

# A circle is drawn as this many points on its edge (every 5°): within 0.4 % of its radius.
CIRCLE_POINTS = 72


class NotFlat(ValueError):
    """The ring winds round a pole: no flat polygon in longitude and latitude can show it."""


def _unwrapped(ring: Ring) -> Ring:
    """The ring with continuous longitudes (each edge the short way), starting in [-180, 180)."""
    start_lon = (ring[0][0] + 180.0) % 360.0 - 180.0
    points = [(start_lon, ring[0][1])]
    for (lon_a, _lat_a), (lon_b, lat_b) in pairwise(ring):
        points.append((points[-1][0] + short_way(lon_b - lon_a), lat_b))
    if abs(points[-1][0] - points[0][0]) > 1e-9:
        raise NotFlat("the ring winds round a pole")
    points[-1] = points[0]
    lowest = min(lon for lon, _lat in points)
    if lowest < -180.0:  # keep the western edge inside [-180, 180): any cut is then at +180
        points = [(lon + 360.0, lat) for lon, lat in points]
    return points


def _clip(ring: Ring, keep_west: bool) -> Ring:
    """Sutherland-Hodgman against the meridian lon = 180: the part west (or east) of it, closed."""

    def inside(point: tuple[float, float]) -> bool:
        return point[0] <= 180.0 if keep_west else point[0] >= 180.0

    def crossing(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
        share = (180.0 - a[0]) / (b[0] - a[0])
        return 180.0, a[1] + share * (b[1] - a[1])

    kept: Ring = []
    for a, b in pairwise(ring):
        if inside(b):
            if not inside(a):
                kept.append(crossing(a, b))
            kept.append(b)
        elif inside(a):
            kept.append(crossing(a, b))
    deduplicated = [point for index, point in enumerate(kept) if index == 0 or point != kept[index - 1]]
    if deduplicated and deduplicated[0] != deduplicated[-1]:
        deduplicated.append(deduplicated[0])
    return deduplicated


def _starting_at(ring: Ring, first: tuple[float, float]) -> Ring:
    """The closed ring turned to start at `first` when it passes there (the notice's own first corner)."""
    if first not in ring[:-1]:
        return ring
    start = ring.index(first)
    return [*ring[start:-1], *ring[:start], first]


def flat_pieces(ring: Ring) -> list[Ring]:
    """One closed ring, or two when it crosses the antimeridian (west of it first), in the ring's
    own direction, every longitude in [-180, 180]. NotFlat when it winds round a pole."""
    unwrapped = _unwrapped(ring)
    if max(lon for lon, _lat in unwrapped) <= 180.0:
        return [unwrapped]
    west = _starting_at(_clip(unwrapped, keep_west=True), unwrapped[0])
    # East of the cut every longitude is 180 or more: the meridian itself is -180 on that side.
    east = [(lon - 360.0, lat) for lon, lat in _starting_at(_clip(unwrapped, keep_west=False), unwrapped[0])]
    # A piece that only touches the meridian has no area: fewer than 3 distinct corners.
    return [piece for piece in (west, east) if len(set(piece)) >= 3]


def signed_area(ring: Ring) -> float:
    """Shoelace area in degrees²: positive for a counter-clockwise ring."""
    return sum(lon_a * lat_b - lon_b * lat_a for (lon_a, lat_a), (lon_b, lat_b) in pairwise(ring)) / 2.0


def counter_clockwise(ring: Ring) -> Ring:
    """The ring turned counter-clockwise, as RFC 7946 and KML want an outer boundary."""
    return ring if signed_area(ring) >= 0 else ring[::-1]


def area_ring(area: Polygon | Circle) -> Ring:
    """A polygon's points, or a circle's edge, as a closed (lon, lat) ring."""
    points = area.closed().points if isinstance(area, Polygon) else area.circle_outline(CIRCLE_POINTS)
    return [(point.lon, point.lat) for point in points]


def drawn_pieces(area: Polygon | Circle) -> list[Ring]:
    """The flat, counter-clockwise rings that draw the area in GeoJSON and KML. NotFlat as above."""
    return [counter_clockwise(piece) for piece in flat_pieces(area_ring(area))]
