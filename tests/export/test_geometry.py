"""The rings the drawing formats write: any area cut at the antimeridian keeps its shape and size,
lies within [-180, 180] with no edge across the map, and runs counter-clockwise."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain.areas import Circle, DistanceUnit, Polygon
from console.domain.coordinates import Point
from console.export.geometry import NotFlat, area_ring, drawn_pieces, signed_area


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


@st.composite
def quadrilaterals(draw) -> Polygon:
    """A four-cornered area anywhere (across the antimeridian too), its corners listed either way round."""
    lat = draw(st.floats(-60, 60))
    lon = draw(st.floats(-180, 180))
    half = draw(st.floats(0.1, 20))
    jitter = [draw(st.floats(-0.3, 0.3)) * half for _ in range(8)]
    corners = [(-half, -half), (-half, half), (half, half), (half, -half)]
    if draw(st.booleans()):
        corners.reverse()
    points = [Point(lat + d_lat + jitter[2 * i], _wrap(lon + d_lon + jitter[2 * i + 1]))
              for i, (d_lat, d_lon) in enumerate(corners)]
    return Polygon((*points, points[0]))


@settings(max_examples=300, deadline=None)
@given(quadrilaterals())
def test_a_cut_area_keeps_its_size_and_every_piece_is_flat_and_counter_clockwise(polygon):
    ring = area_ring(polygon)
    unwrapped = [ring[0]]
    for (lon_a, _), (lon_b, lat_b) in pairwise(ring):
        unwrapped.append((unwrapped[-1][0] + (lon_b - lon_a + 180) % 360 - 180, lat_b))
    pieces = drawn_pieces(polygon)
    assert len(pieces) == (2 if polygon.crosses_antimeridian else 1)
    for piece in pieces:
        assert piece[0] == piece[-1] and len(set(piece)) >= 3
        assert all(-180 <= lon <= 180 for lon, _lat in piece)
        assert all(abs(b[0] - a[0]) <= 180 for a, b in pairwise(piece))
        assert signed_area(piece) > 0
    assert sum(signed_area(piece) for piece in pieces) == pytest.approx(abs(signed_area(unwrapped)), rel=1e-9)


def test_a_circle_round_a_pole_cannot_be_drawn_flat():
    with pytest.raises(NotFlat):
        drawn_pieces(Circle(Point(89.0, 0.0), 300, DistanceUnit.KM))
