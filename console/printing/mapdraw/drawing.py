"""The offline map of a notice's launch and impact areas, painted with QPainter.

Used by the compose window (live, on half-typed drafts), the inbox detail pane
(through ``console/ui/map_widget.py``) and the printed record, so it draws on any
QPaintDevice: a widget, a QImage, a QPdfWriter or QPrinter page.

Projection: equirectangular (plate carrée), one pixel per degree the same in
longitude and latitude. Longitudes are unwrapped around the view's centre, so a
polygon from 170°E to 170°W is drawn as one 20°-wide shape around 180° rather than
a band across the whole world. Land (Natural Earth 1:110m, split at the
antimeridian by its makers) is drawn once per 360° shift that the view can see.

Sizes of lines and text are given in typographic points and converted with the
device's resolution, so the same call gives a legible map on screen and on paper.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from console.domain.areas import (
    IMPACT_AREA_TYPES,
    LAUNCH_AREA_TYPES,
    Area,
    BodyOfWater,
    Bounds,
    Circle,
    OceanQuadrant,
    Polygon,
    area_from_dict,
    short_way,
)
from console.domain.coordinates import Point
from console.domain.notices import Notice
from console.i18n import tr
from console.paths import resources_dir

AreaRole = Literal["launch", "impact"]

MIN_ZOOM_DEG = 0.5  # narrowest view: half a degree of longitude across the map
MAX_ZOOM_DEG = 360.0  # widest view: the whole world once
FIT_MARGIN = 0.15  # share of the areas' extent left free on each side by fit()
MIN_FIT_SPAN_DEG = 1.0  # fit() never zooms closer than this, even for a point-sized area
CIRCLE_OUTLINE_POINTS = 180
GRATICULE_STEPS_DEG = (1, 2, 5, 10, 30)
MAX_GRATICULE_LINES = 9  # across the map; the step grows until there are no more than this

LAND_FILE = "ne_110m_land.geojson"
COASTLINE_FILE = "ne_110m_coastline.geojson"


# --- what is drawn -----------------------------------------------------------------------


@dataclass(frozen=True)
class MapArea:
    """One area to draw: its role decides the colour, its label is what the officer reads."""

    role: AreaRole
    label: str
    area: Area


@dataclass(frozen=True)
class MapStyle:
    background: QColor  # outside the world, beyond the poles
    ocean: QColor
    land: QColor
    coastline: QColor
    graticule: QColor
    graticule_text: QColor
    launch: QColor
    impact: QColor
    fill_alpha: int
    text: QColor
    dashed_launch_outline: bool  # tells launch from impact on a black-and-white printout


SCREEN_STYLE = MapStyle(
    background=QColor("#e3e7ea"),
    ocean=QColor("#c9dbe7"),
    land=QColor("#f2efe6"),
    coastline=QColor("#8d959c"),
    graticule=QColor(92, 122, 145, 70),
    graticule_text=QColor("#4a5d6c"),
    launch=QColor("#1d5bbf"),
    impact=QColor("#c0282f"),
    fill_alpha=80,
    text=QColor("#25292d"),
    dashed_launch_outline=False,
)

PRINT_STYLE = MapStyle(
    background=QColor("#f5f5f5"),
    ocean=QColor("#ffffff"),
    land=QColor("#e7e7e7"),
    coastline=QColor("#6e6e6e"),
    graticule=QColor(0, 0, 0, 55),
    graticule_text=QColor("#444444"),
    launch=QColor("#0b3d91"),
    impact=QColor("#a3161b"),
    fill_alpha=60,
    text=QColor("#000000"),
    dashed_launch_outline=True,
)


def role_colour(role: AreaRole, *, print_mode: bool = False) -> QColor:
    style = PRINT_STYLE if print_mode else SCREEN_STYLE
    return QColor(style.launch if role == "launch" else style.impact)


# --- the view ------------------------------------------------------------------------------


def normalise_lon(lon: float) -> float:
    """Into [-180, 180)."""
    return (lon + 180.0) % 360.0 - 180.0


@dataclass(frozen=True)
class MapView:
    """What part of the world the map shows: centre and degrees of longitude across."""

    centre_lon: float = 0.0
    centre_lat: float = 0.0
    zoom: float = MAX_ZOOM_DEG

    def __post_init__(self) -> None:
        object.__setattr__(self, "centre_lon", normalise_lon(float(self.centre_lon)))
        object.__setattr__(self, "centre_lat", max(-90.0, min(90.0, float(self.centre_lat))))
        object.__setattr__(self, "zoom", max(MIN_ZOOM_DEG, min(MAX_ZOOM_DEG, float(self.zoom))))

    # -- building views

    @classmethod
    def world(cls, aspect: float = 2.0) -> MapView:
        return cls(0.0, 0.0, MAX_ZOOM_DEG).clamped(aspect)

    @classmethod
    def fit(cls, areas: Iterable[MapArea], aspect: float) -> MapView:
        """The closest view showing every drawable area with a margin; the world if none is.

        ``aspect`` is the drawing rect's width / height. Areas are placed on the
        shortest arc of longitude that holds them all, so areas on both sides of 180°
        give a view centred near 180°.
        """
        boxes = [box for box in (_drawable_bounds(a.area) for a in areas) if box is not None]
        if not boxes:
            return cls.world(aspect)
        west, lon_span = _smallest_longitude_arc(boxes)
        south = min(box.south for box in boxes)
        north = max(box.north for box in boxes)
        width = max(lon_span, MIN_FIT_SPAN_DEG)
        height = max(north - south, MIN_FIT_SPAN_DEG)
        zoom = max(width, height * aspect) * (1.0 + 2.0 * FIT_MARGIN)
        return cls(west + lon_span / 2.0, (south + north) / 2.0, zoom).clamped(aspect)

    def clamped(self, aspect: float) -> MapView:
        """Keep the view from scrolling past a pole when the world is taller than the map."""
        height = self.height_deg(aspect)
        if height >= 180.0:
            return replace(self, centre_lat=0.0)
        half = height / 2.0
        return replace(self, centre_lat=max(-90.0 + half, min(90.0 - half, self.centre_lat)))

    def zoomed(self, factor: float, aspect: float, anchor: tuple[float, float] | None = None) -> MapView:
        """``factor`` > 1 zooms in. ``anchor`` (unwrapped lon, lat) stays where it is on the map."""
        zoom = max(MIN_ZOOM_DEG, min(MAX_ZOOM_DEG, self.zoom / factor))
        if anchor is None:
            return replace(self, zoom=zoom).clamped(aspect)
        ratio = zoom / self.zoom
        anchor_lon, anchor_lat = anchor
        centre_lon = anchor_lon + (self.centre_lon - anchor_lon) * ratio
        centre_lat = anchor_lat + (self.centre_lat - anchor_lat) * ratio
        return MapView(centre_lon, centre_lat, zoom).clamped(aspect)

    def panned(self, d_lon: float, d_lat: float, aspect: float) -> MapView:
        return MapView(self.centre_lon + d_lon, self.centre_lat + d_lat, self.zoom).clamped(aspect)

    # -- geometry of the view in a rect

    def height_deg(self, aspect: float) -> float:
        return self.zoom / aspect if aspect > 0 else self.zoom

    def pixels_per_degree(self, rect: QRectF) -> float:
        return rect.width() / self.zoom

    def unwrap(self, lon: float) -> float:
        """The copy of ``lon`` nearest the view centre (may lie outside [-180, 180])."""
        return self.centre_lon + short_way(lon - self.centre_lon)

    def visible_lon_range(self) -> tuple[float, float]:
        return self.centre_lon - self.zoom / 2.0, self.centre_lon + self.zoom / 2.0

    def visible_lat_range(self, aspect: float) -> tuple[float, float]:
        half = self.height_deg(aspect) / 2.0
        return self.centre_lat - half, self.centre_lat + half

    def transform(self, rect: QRectF) -> QTransform:
        """Map (unwrapped lon, lat) in degrees to the rect's coordinates (north up)."""
        scale = self.pixels_per_degree(rect)
        centre = rect.center()
        return QTransform(
            scale, 0.0, 0.0, -scale, centre.x() - self.centre_lon * scale, centre.y() + self.centre_lat * scale
        )

    def to_pixel(self, rect: QRectF, lon: float, lat: float) -> QPointF:
        """``lon`` is taken as given (already unwrapped), so the caller chooses the copy."""
        scale = self.pixels_per_degree(rect)
        centre = rect.center()
        return QPointF(centre.x() + (lon - self.centre_lon) * scale, centre.y() - (lat - self.centre_lat) * scale)

    def to_geo(self, rect: QRectF, pixel: QPointF) -> tuple[float, float]:
        """(unwrapped lon, lat) under a pixel of the rect."""
        scale = self.pixels_per_degree(rect)
        centre = rect.center()
        return (
            self.centre_lon + (pixel.x() - centre.x()) / scale,
            self.centre_lat - (pixel.y() - centre.y()) / scale,
        )


def _aspect(rect: QRectF) -> float:
    return rect.width() / rect.height() if rect.height() > 0 else 1.0


def _drawable_bounds(area: Area) -> Bounds | None:
    """Bounds of an area with geometry, or None (named regions, empty drafts)."""
    if isinstance(area, Polygon):
        return area.bounds() if area.points else None
    if isinstance(area, Circle):
        return area.bounds()
    return None


def _smallest_longitude_arc(boxes: Sequence[Bounds]) -> tuple[float, float]:
    """(west, span) of the shortest eastward arc of longitude that covers every box.

    The best arc always starts at some box's west edge, so each is tried in turn.
    """
    arcs = []
    for box in boxes:
        if box.all_longitudes:
            return -180.0, 360.0
        arcs.append((box.west, (box.east - box.west) % 360.0))
    best_west, best_span = arcs[0][0], 360.0
    for start, _ in arcs:
        span = max((west - start) % 360.0 + length for west, length in arcs)
        if span < best_span:
            best_west, best_span = start, span
    return best_west, min(best_span, 360.0)


# --- reading notices -----------------------------------------------------------------------


def areas_from_notice(notice: Notice | Mapping[str, Any]) -> list[MapArea]:
    """The launch area ("L") and impact areas ("I1", "I2", …) of a notice, as far as drawable.

    Takes a Notice, or the wire shape of a whole notice, a launch_notification body or an
    amendment body (its ``content``). Drafts are welcome: an unclosed polygon with three or more corners
    is drawn closed, points that do not read are left out, and areas that cannot be
    drawn yet (two corners, radius 0, unknown type) are skipped. Impact areas keep
    the number of their place in the list, so I2 stays I2 while I1 is being typed.
    Never raises on bad input.
    """
    body = _launch_body(notice)
    if body is None:
        return []
    result: list[MapArea] = []
    launch = _draft_area(body.get("launch_area"), LAUNCH_AREA_TYPES)
    if launch is not None:
        result.append(MapArea("launch", "L", launch))
    impacts = body.get("impact_areas")
    if isinstance(impacts, list):
        for number, raw in enumerate(impacts, start=1):
            impact = _draft_area(raw, IMPACT_AREA_TYPES)
            if impact is not None:
                result.append(MapArea("impact", f"I{number}", impact))
    return result


def _launch_body(notice: Any) -> Mapping[str, Any] | None:
    if isinstance(notice, Notice):
        return notice.launch_content
    if not isinstance(notice, Mapping):
        return None
    body: Any = notice
    if isinstance(body.get("body"), Mapping):
        body = body["body"]
    if isinstance(body.get("content"), Mapping):
        body = body["content"]
    return body


def _draft_area(raw: Any, allowed: tuple[str, ...]) -> Area | None:
    if not isinstance(raw, Mapping) or raw.get("type") not in allowed:
        return None
    try:
        if raw["type"] == "polygon":
            return _draft_polygon(raw.get("points"))
        if raw["type"] == "circle":
            return Circle(Point.from_dict(raw.get("centre")), raw.get("radius"), raw.get("unit"))
        return area_from_dict(dict(raw), allowed=allowed)
    except (ValueError, TypeError):
        # Half-typed fields: nothing to draw for this area yet.
        return None


def _draft_polygon(raw_points: Any) -> Polygon | None:
    if not isinstance(raw_points, list):
        return None
    points = []
    for raw in raw_points:
        try:
            points.append(Point.from_dict(raw))
        except (ValueError, TypeError):
            continue
    polygon = Polygon(tuple(points))
    if polygon.corner_count < 3:
        return None
    return polygon.closed()


# --- the base map --------------------------------------------------------------------------


class MapScene:
    """Land and coastlines as QPainterPaths in degrees (x = longitude, y = latitude).

    Read once per process (``MapScene.shared()``); each paint draws the same paths
    through a view transform, so panning and zooming cost no re-projection in Python.
    """

    def __init__(self, land: QPainterPath, coastline: QPainterPath) -> None:
        self.land = land
        self.coastline = coastline

    @classmethod
    def load(cls, folder: Path | None = None) -> MapScene:
        folder = folder if folder is not None else resources_dir() / "map"
        land = QPainterPath()
        land.setFillRule(Qt.FillRule.OddEvenFill)  # holes (lakes) stay open whatever their winding
        for ring in _geojson_lines(folder / LAND_FILE):
            land.addPolygon(_polyline(ring))
            land.closeSubpath()
        coastline = QPainterPath()
        for line in _geojson_lines(folder / COASTLINE_FILE):
            coastline.addPolygon(_polyline(line))
        return cls(land, coastline)

    @classmethod
    def shared(cls) -> MapScene:
        global _shared_scene
        if _shared_scene is None:
            _shared_scene = cls.load()
        return _shared_scene


_shared_scene: MapScene | None = None


def _geojson_lines(path: Path) -> list[list[list[float]]]:
    """Every ring or line string of a GeoJSON FeatureCollection, as [[lon, lat], …] lists."""
    with path.open(encoding="utf-8") as handle:
        collection = json.load(handle)
    lines: list[list[list[float]]] = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        kind, coordinates = geometry["type"], geometry["coordinates"]
        if kind == "LineString":
            lines.append(coordinates)
        elif kind in ("Polygon", "MultiLineString"):
            lines.extend(coordinates)
        elif kind == "MultiPolygon":
            lines.extend(ring for polygon in coordinates for ring in polygon)
    return lines


def _polyline(coordinates: Sequence[Sequence[float]]) -> QPolygonF:
    return QPolygonF([QPointF(lon, lat) for lon, lat, *_ in coordinates])


def _visible_shifts(view: MapView, west: float, east: float) -> list[float]:
    """Multiples of 360° that bring the longitude span [west, east] into the view."""
    left, right = view.visible_lon_range()
    tolerance = 1e-6  # rounding in unwrapped rings must not add a copy that only touches the edge
    return [
        shift for shift in (-360.0, 0.0, 360.0) if west + shift < right - tolerance and east + shift > left + tolerance
    ]


# --- drawing -------------------------------------------------------------------------------


class _Units:
    """Converts typographic points to the painter's logical units on its device."""

    def __init__(self, painter: QPainter) -> None:
        device = painter.device()
        dpi = device.logicalDpiY() if device is not None else 96
        world_scale = math.sqrt(abs(painter.worldTransform().determinant())) or 1.0
        self._per_point = dpi / 72.0 / world_scale
        self._world_scale = world_scale
        self._device = device

    def px(self, points: float) -> float:
        return points * self._per_point

    def font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points / self._world_scale)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self._device) if self._device is not None else QFontMetricsF(font)


@dataclass
class _Shape:
    """An area projected into the rect: its outline path, fill flag and label anchor."""

    item: MapArea
    path: QPainterPath
    filled: bool
    anchor: QPointF


def draw_map(
    painter: QPainter,
    rect: QRectF,
    view: MapView,
    areas: Sequence[MapArea],
    *,
    print_mode: bool = False,
    reserved: Sequence[QRectF] = (),
) -> None:
    """Paint ocean, land, graticule, the areas, their labels and a legend into ``rect``.

    ``reserved`` are regions the caller covers (a widget's buttons): no labels go there.
    """
    style = PRINT_STYLE if print_mode else SCREEN_STYLE
    units = _Units(painter)
    painter.save()
    try:
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _draw_base(painter, rect, view, style, units)
        _draw_graticule(painter, rect, view, style, units, reserved)
        shapes = [shape for item in areas for shape in _project(item, rect, view)]
        _draw_shapes(painter, shapes, style, units)
        legend = _legend_layout(rect, areas, style, units)
        avoid = [*reserved, legend.frame] if legend is not None else list(reserved)
        _draw_area_labels(painter, rect, shapes, style, units, avoid)
        if legend is not None:
            legend.draw(painter)
    finally:
        painter.restore()


def render_map_image(
    areas: Sequence[MapArea],
    size: QSize,
    *,
    view: MapView | None = None,
    print_mode: bool = False,
) -> QImage:
    """The map as an image, fitted to the areas unless ``view`` is given. Needs a QGuiApplication."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    rect = QRectF(0, 0, size.width(), size.height())
    chosen = view if view is not None else MapView.fit(areas, _aspect(rect))
    painter = QPainter(image)
    try:
        draw_map(painter, rect, chosen, areas, print_mode=print_mode)
    finally:
        painter.end()
    return image


def _draw_base(painter: QPainter, rect: QRectF, view: MapView, style: MapStyle, units: _Units) -> None:
    painter.fillRect(rect, style.background)
    top = view.to_pixel(rect, 0.0, 90.0).y()
    bottom = view.to_pixel(rect, 0.0, -90.0).y()
    painter.fillRect(QRectF(rect.left(), top, rect.width(), bottom - top).intersected(rect), style.ocean)

    scene = MapScene.shared()
    scale = view.pixels_per_degree(rect)
    # A hairline of land colour around the fill closes the seams where land is cut at 180°.
    land_pen = QPen(style.land, units.px(0.4) / scale)
    coast_pen = QPen(style.coastline, units.px(0.5) / scale)
    coast_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    base = view.transform(rect)
    for shift in _visible_shifts(view, -180.0, 180.0):
        painter.save()
        painter.setWorldTransform(QTransform.fromTranslate(shift, 0.0) * base, True)
        painter.setPen(land_pen)
        painter.setBrush(style.land)
        painter.drawPath(scene.land)
        painter.setPen(coast_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(scene.coastline)
        painter.restore()


def graticule_step(zoom: float) -> int:
    """Degrees between graticule lines for a view ``zoom`` degrees wide."""
    for step in GRATICULE_STEPS_DEG:
        if zoom / step <= MAX_GRATICULE_LINES:
            return step
    return GRATICULE_STEPS_DEG[-1]


def lon_label(lon: float) -> str:
    value = round(normalise_lon(lon))
    if value in (0, -180):
        return f"{abs(value)}°"
    return f"{abs(value)}°{'E' if value > 0 else 'W'}"


def lat_label(lat: float) -> str:
    value = round(lat)
    if value == 0:
        return "0°"
    return f"{abs(value)}°{'N' if value > 0 else 'S'}"


def _draw_graticule(
    painter: QPainter, rect: QRectF, view: MapView, style: MapStyle, units: _Units, reserved: Sequence[QRectF]
) -> None:
    step = graticule_step(view.zoom)
    west, east = view.visible_lon_range()
    south, north = view.visible_lat_range(_aspect(rect))
    south, north = max(south, -90.0), min(north, 90.0)
    lons = [k * step for k in range(math.ceil(west / step), math.floor(east / step) + 1)]
    lats = [k * step for k in range(math.ceil(south / step), math.floor(north / step) + 1) if abs(k * step) < 90]

    painter.setPen(QPen(style.graticule, units.px(0.5)))
    top, bottom = view.to_pixel(rect, 0.0, north).y(), view.to_pixel(rect, 0.0, south).y()
    for lon in lons:
        x = view.to_pixel(rect, lon, 0.0).x()
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    for lat in lats:
        y = view.to_pixel(rect, 0.0, lat).y()
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    font = units.font(6.5)
    metrics = units.metrics(font)
    painter.setFont(font)
    pad = units.px(2.5)
    text_height = metrics.height()
    # Longitudes along the bottom edge, latitudes along the left; neither in the corner they share.
    bottom_band = QRectF(rect.left(), rect.bottom() - text_height - pad, rect.width(), text_height)
    left_limit = rect.left() + pad
    label_bottom = min(bottom, rect.bottom())
    previous_right = -math.inf
    for lon in lons:
        text = lon_label(lon)
        width = metrics.horizontalAdvance(text)
        x = view.to_pixel(rect, lon, 0.0).x() + pad
        if x < left_limit + 4 * text_height or x + width > rect.right() - pad or x < previous_right + pad:
            continue
        label_rect = QRectF(x, label_bottom - text_height - pad, width, text_height)
        if any(label_rect.intersects(area) for area in reserved):
            continue
        _halo_text(painter, label_rect, text, style.graticule_text, style.ocean, units, font)
        previous_right = x + width
    for lat in lats:
        text = lat_label(lat)
        y = view.to_pixel(rect, 0.0, lat).y() - text_height - units.px(0.5)
        if y < rect.top() + pad or y + text_height > bottom_band.top() - pad:
            continue
        label_rect = QRectF(left_limit, y, metrics.horizontalAdvance(text), text_height)
        if any(label_rect.intersects(area) for area in reserved):
            continue
        _halo_text(painter, label_rect, text, style.graticule_text, style.ocean, units, font)


def _halo_text(
    painter: QPainter, rect: QRectF, text: str, colour: QColor, halo: QColor, units: _Units, font: QFont
) -> None:
    """Text with a soft outline in ``halo`` so it stays readable over coastlines and lines.

    The outline is the text drawn at eight small offsets: unlike a QPainterPath of the
    text, drawText sizes the font for the painter's device, so print matches screen.
    """
    painter.setFont(font)
    halo_colour = QColor(halo)
    halo_colour.setAlpha(200)
    painter.setPen(halo_colour)
    reach = units.px(0.8)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    for dx, dy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
        painter.drawText(rect.translated(dx * reach, dy * reach), flags, text)
    painter.setPen(colour)
    painter.drawText(rect, flags, text)


def _project(item: MapArea, rect: QRectF, view: MapView) -> list[_Shape]:
    """The area's outline in rect coordinates, one copy per visible 360° shift."""
    area = item.area
    if isinstance(area, Polygon):
        points = area.closed().points
        centre = None
    elif isinstance(area, Circle):
        points = area.circle_outline(CIRCLE_OUTLINE_POINTS)
        centre = area.centre
    else:
        return []
    ring = _unwrapped_ring(points, view)
    if len(ring) < 2:
        return []
    filled = len(ring) >= 3
    anchor_lon, anchor_lat = (view.unwrap(centre.lon), centre.lat) if centre else _ring_centroid(ring)
    lons = [lon for lon, _ in ring]
    shapes = []
    for shift in _visible_shifts(view, min(lons), max(lons)):
        path = QPainterPath()
        path.moveTo(view.to_pixel(rect, ring[0][0] + shift, ring[0][1]))
        for lon, lat in ring[1:]:
            path.lineTo(view.to_pixel(rect, lon + shift, lat))
        if filled:
            path.closeSubpath()
        shapes.append(_Shape(item, path, filled, view.to_pixel(rect, anchor_lon + shift, anchor_lat)))
    return shapes


def _unwrapped_ring(points: Sequence[Point], view: MapView) -> list[tuple[float, float]]:
    """Longitudes made continuous (each edge the short way), starting near the view centre.

    A ring that winds once round the globe surrounds a pole; it is closed along that
    pole so the fill covers the polar cap instead of cutting across the map.
    """
    if not points:
        return []
    ring = [(view.unwrap(points[0].lon), points[0].lat)]
    for a, b in pairwise(points):
        ring.append((ring[-1][0] + short_way(b.lon - a.lon), b.lat))
    winding = ring[-1][0] - ring[0][0]
    if len(points) >= 3 and abs(winding) >= 359.0:
        lats = [lat for _, lat in ring]
        pole = 90.0 if min(lats) + max(lats) >= 0 else -90.0
        ring += [(ring[-1][0], pole), (ring[0][0], pole), ring[0]]
    # Centre the whole ring on the view, not just its first corner.
    lons = [lon for lon, _ in ring]
    middle = (min(lons) + max(lons)) / 2.0
    offset = view.unwrap(middle) - middle
    return [(lon + offset, lat) for lon, lat in ring]


def _ring_centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Area centroid of the ring in degree space; the mean corner for degenerate rings."""
    twice_area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in pairwise(ring):
        cross = x0 * y1 - x1 * y0
        twice_area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(twice_area) < 1e-9:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    return cx / (3.0 * twice_area), cy / (3.0 * twice_area)


def _area_pen(role: AreaRole, style: MapStyle, units: _Units) -> QPen:
    colour = style.launch if role == "launch" else style.impact
    pen = QPen(colour, units.px(1.1))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if role == "launch" and style.dashed_launch_outline:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _area_fill(role: AreaRole, style: MapStyle) -> QColor:
    colour = QColor(style.launch if role == "launch" else style.impact)
    colour.setAlpha(style.fill_alpha)
    return colour


def _draw_shapes(painter: QPainter, shapes: Sequence[_Shape], style: MapStyle, units: _Units) -> None:
    # Fills first, then every outline, so no fill hides another area's edge.
    painter.setPen(Qt.PenStyle.NoPen)
    for shape in shapes:
        if shape.filled:
            painter.fillPath(shape.path, _area_fill(shape.item.role, style))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for shape in shapes:
        painter.strokePath(shape.path, _area_pen(shape.item.role, style, units))


def _draw_area_labels(
    painter: QPainter,
    rect: QRectF,
    shapes: Sequence[_Shape],
    style: MapStyle,
    units: _Units,
    avoid: list[QRectF],
) -> None:
    """A tag ("L", "I1"…) on each shape, or beside it with a leader when the shape is small."""
    font = units.font(8.0, bold=True)
    metrics = units.metrics(font)
    taken = list(avoid)
    inner = rect.adjusted(units.px(2), units.px(2), -units.px(2), -units.px(2))
    seen_in_view: set[tuple[str, float, float]] = set()
    for shape in shapes:
        bounds = shape.path.boundingRect()
        if not bounds.intersects(rect):
            continue
        key = (shape.item.label, round(shape.anchor.x()), round(shape.anchor.y()))
        if key in seen_in_view:
            continue
        seen_in_view.add(key)
        tag = _tag_size(shape.item.label, metrics, units)
        tag_rect = _place_tag(shape.anchor, bounds, tag, inner, taken, units)
        taken.append(tag_rect)
        colour = style.launch if shape.item.role == "launch" else style.impact
        if not tag_rect.contains(shape.anchor):
            painter.setPen(QPen(colour, units.px(0.7)))
            painter.drawLine(_nearest_point(tag_rect, shape.anchor), shape.anchor)
        painter.setPen(QPen(colour, units.px(0.8)))
        painter.setBrush(QColor(255, 255, 255, 235))
        radius = units.px(2.0)
        painter.drawRoundedRect(tag_rect, radius, radius)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, shape.item.label)


def _tag_size(label: str, metrics: QFontMetricsF, units: _Units) -> QRectF:
    return QRectF(0, 0, metrics.horizontalAdvance(label) + units.px(6), metrics.height() + units.px(1.5))


def _place_tag(
    anchor: QPointF, bounds: QRectF, tag: QRectF, inner: QRectF, taken: Sequence[QRectF], units: _Units
) -> QRectF:
    """On the anchor if the shape is roomy, else just outside it; never over another tag."""
    gap = units.px(4)
    w, h = tag.width(), tag.height()
    roomy = bounds.width() >= 2.2 * w and bounds.height() >= 2.2 * h
    candidates = []
    if roomy:
        candidates.append(QRectF(anchor.x() - w / 2, anchor.y() - h / 2, w, h))
    candidates += [
        QRectF(bounds.right() + gap, anchor.y() - h / 2, w, h),
        QRectF(bounds.left() - gap - w, anchor.y() - h / 2, w, h),
        QRectF(anchor.x() - w / 2, bounds.top() - gap - h, w, h),
        QRectF(anchor.x() - w / 2, bounds.bottom() + gap, w, h),
    ]
    for candidate in candidates:
        if inner.contains(candidate) and not any(candidate.intersects(other) for other in taken):
            return candidate
    # Crowded: step the first candidate downwards until it is free (or give up after a few tries).
    fallback = _kept_inside(candidates[0], inner)
    for _ in range(12):
        if not any(fallback.intersects(other) for other in taken):
            break
        fallback = _kept_inside(fallback.translated(0, h + units.px(1)), inner)
    return fallback


def _kept_inside(candidate: QRectF, inner: QRectF) -> QRectF:
    x = min(max(candidate.left(), inner.left()), inner.right() - candidate.width())
    y = min(max(candidate.top(), inner.top()), inner.bottom() - candidate.height())
    return QRectF(x, y, candidate.width(), candidate.height())


def _nearest_point(rect: QRectF, point: QPointF) -> QPointF:
    return QPointF(min(max(point.x(), rect.left()), rect.right()), min(max(point.y(), rect.top()), rect.bottom()))


# --- legend --------------------------------------------------------------------------------


@dataclass
class LegendEntry:
    """One line of the map's key, e.g. ("impact", "I1, I2", "Impact areas")."""

    role: AreaRole
    tags: str
    text: str

    def __str__(self) -> str:
        return f"{self.tags}: {self.text}"


class _Legend:
    """A key in the top-right corner: colours, tags, and named launch areas spelled out."""

    def __init__(self, rows: list[LegendEntry], frame: QRectF, style: MapStyle, units: _Units) -> None:
        self.rows = rows
        self.frame = frame
        self._style = style
        self._units = units

    def draw(self, painter: QPainter) -> None:
        units, style = self._units, self._style
        painter.setPen(QPen(QColor(120, 130, 138), units.px(0.6)))
        painter.setBrush(QColor(255, 255, 255, 232))
        painter.drawRoundedRect(self.frame, units.px(2), units.px(2))
        tag_font = units.font(7.5, bold=True)
        text_font = units.font(7.5)
        tag_metrics = units.metrics(tag_font)
        row_height = tag_metrics.height() + units.px(2)
        pad = units.px(4)
        y = self.frame.top() + pad
        tag_width = self._tag_column_width(tag_metrics)
        for row in self.rows:
            colour = style.launch if row.role == "launch" else style.impact
            swatch = QRectF(self.frame.left() + pad, y + row_height / 2 - units.px(3.5), units.px(10), units.px(7))
            painter.setPen(_area_pen(row.role, style, units))
            painter.setBrush(_area_fill(row.role, style))
            painter.drawRect(swatch)
            tag_rect = QRectF(swatch.right() + units.px(4), y, tag_width, row_height)
            painter.setFont(tag_font)
            painter.setPen(colour)
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, row.tags)
            text_left = tag_rect.right() + units.px(4)
            text_rect = QRectF(text_left, y, self.frame.right() - pad - text_left, row_height)
            painter.setFont(text_font)
            painter.setPen(style.text)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, row.text)
            y += row_height

    def _tag_column_width(self, tag_metrics: QFontMetricsF) -> float:
        return max(tag_metrics.horizontalAdvance(row.tags) for row in self.rows)


def _legend_layout(rect: QRectF, areas: Sequence[MapArea], style: MapStyle, units: _Units) -> _Legend | None:
    rows = legend_entries(areas)
    if not rows:
        return None
    tag_font, text_font = units.font(7.5, bold=True), units.font(7.5)
    tag_metrics, text_metrics = units.metrics(tag_font), units.metrics(text_font)
    pad = units.px(4)
    tag_width = max(tag_metrics.horizontalAdvance(r.tags) for r in rows)
    fixed = pad + units.px(10) + units.px(4) + tag_width + units.px(4) + pad  # swatch, tag, gaps
    max_text = max(rect.width() * 0.62 - fixed, units.px(40))
    for row in rows:
        row.text = text_metrics.elidedText(row.text, Qt.TextElideMode.ElideRight, max_text)
    width = fixed + max(text_metrics.horizontalAdvance(r.text) for r in rows)
    height = 2 * pad + len(rows) * (tag_metrics.height() + units.px(2))
    margin = units.px(5)
    frame = QRectF(rect.right() - margin - width, rect.top() + margin, width, height)
    return _Legend(rows, frame, style, units)


def legend_entries(areas: Sequence[MapArea]) -> list[LegendEntry]:
    """The key shown on the map; named launch areas (no outline) are spelled out here."""
    rows = []
    launches = [a for a in areas if a.role == "launch"]
    impacts = [a for a in areas if a.role == "impact"]
    for launch in launches:
        if isinstance(launch.area, (OceanQuadrant, BodyOfWater)):
            rows.append(LegendEntry("launch", launch.label, tr("Launch area: {area} (named area, not outlined)").format(
                area=launch.area.words())))
        else:
            rows.append(LegendEntry("launch", launch.label, tr("Launch area")))
    if impacts:
        tags = ", ".join(a.label for a in impacts) if len(impacts) <= 3 else f"{impacts[0].label}–{impacts[-1].label}"
        rows.append(LegendEntry("impact", tags, tr("Impact area") if len(impacts) == 1 else tr("Impact areas")))
    return rows
