"""Realistic synthetic traffic for the simulated counterpart and the demo.

Launch sites, sea areas and impact zones are public, well-known test ranges;
every generated notice carries status EXERCISE.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from console.domain.times import format_rfc3339

LAND_SITES = [
    ("Plesetsk", 62.93, 40.58),
    ("Kapustin Yar", 48.58, 45.75),
    ("Dombarovsky", 50.80, 59.85),
    ("Vostochny", 51.88, 128.33),
    ("Yasny", 51.09, 59.84),
]
SEA_AREAS = [
    {"type": "body_of_water", "name": "Barents Sea"},
    {"type": "body_of_water", "name": "White Sea"},
    {"type": "body_of_water", "name": "Sea of Okhotsk"},
    {"type": "ocean_quadrant", "ocean": "Arctic", "quadrant": "NE"},
    {"type": "ocean_quadrant", "ocean": "Pacific", "quadrant": "NW"},
]
# (name, centre lat, centre lon, half-size in degrees): polygon impact zones.
IMPACT_ZONES = [
    ("Kura range", 57.77, 160.75, 0.8),
    ("Chizha range", 67.10, 44.30, 0.5),
    ("Sary Shagan", 46.40, 72.80, 0.7),
    ("Pacific, across the date line", 40.0, 179.5, 2.0),
    ("North Pacific", 45.0, -175.0, 1.5),
]
SUBJECTS = [
    ("Test of the communication link", "This is a routine test of the notification link. Please acknowledge."),
    ("Change of duty officer", "The duty officer changes at 1800Z. Traffic continues as normal."),
    ("Holiday schedule", "Our centre keeps a full watch over the coming holiday period."),
]


def _z(moment: datetime) -> str:
    return format_rfc3339(moment.replace(microsecond=0))


def _square(lat: float, lon: float, half: float) -> dict[str, Any]:
    def wrap(value: float) -> float:
        return round((value + 180) % 360 - 180, 4)

    corners = [(lat - half, lon - half), (lat - half, lon + half), (lat + half, lon + half), (lat + half, lon - half)]
    points = [{"lat": round(a, 4), "lon": wrap(b)} for a, b in corners]
    return {"type": "polygon", "points": points + [points[0]]}


def launch_body(rng: random.Random, now: datetime) -> dict[str, Any]:
    submarine = rng.random() < 0.35
    if submarine:
        launch_area = dict(rng.choice(SEA_AREAS))
        category = "SLBM"
    else:
        name, lat, lon = rng.choice(LAND_SITES)
        launch_area = {"type": "circle", "centre": {"lat": lat, "lon": lon}, "radius": rng.choice([10, 20, 25]), "unit": "km"}
        category = rng.choice(["ICBM", "ICBM", "SLV"])
    start = (now + timedelta(hours=rng.randint(26, 96))).replace(minute=0, second=0, microsecond=0)
    impacts = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        zone = rng.choice(IMPACT_ZONES)
        if rng.random() < 0.4:
            impacts.append({"type": "circle", "centre": {"lat": zone[1], "lon": zone[2]},
                            "radius": rng.choice([50, 75, 100]), "unit": rng.choice(["km", "NM"])})
        else:
            impacts.append(_square(zone[1], zone[2], zone[3]))
    count = rng.choice([1, 1, 1, 2, 4])
    return {
        "vehicle_category": category,
        "vehicle_count": count,
        "group_launch": count > 1,
        "launch_area": launch_area,
        "window_start": _z(start),
        "window_end": _z(start + timedelta(hours=rng.choice([2, 4, 6]))),
        "planned_direction": rng.choice(["north-east", "east", "north", "east-north-east"]),
        "impact_areas": impacts,
        "remarks": "Exercise traffic from the simulated counterpart.",
    }


def general_body(rng: random.Random) -> dict[str, Any]:
    subject, text = rng.choice(SUBJECTS)
    return {"subject": subject, "text": text}


def precedence(rng: random.Random) -> str:
    return rng.choices(["FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"], weights=[1, 3, 3, 3])[0]
