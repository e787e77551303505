"""Named launch areas (a sea, an ocean quadrant) and the outlines an agreement profile knows for them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from console.domain.areas import (
    KNOWN_SEA_EXTENTS,
    BodyOfWater,
    Circle,
    OceanQuadrant,
    Polygon,
    named_area_extent,
    named_area_name,
)
from console.domain.coordinates import Point
from console.domain.rules import DEFAULT_PROFILE, AgreementProfile, ProfileFormatError


def test_a_sea_the_profile_knows_is_found_however_the_officer_wrote_its_name():
    outline = named_area_extent(BodyOfWater("the  white SEA"), DEFAULT_PROFILE.named_areas)
    assert outline is KNOWN_SEA_EXTENTS["White Sea"]
    bounds = outline.bounds()
    # The White Sea lies between the Kola peninsula and Arkhangelsk: about 64-69 N, 32-45 E.
    assert 63 < bounds.south < 65 and 68 < bounds.north < 69.5
    assert 31 < bounds.west < 33 and 43 < bounds.east < 45


def test_a_name_the_profile_does_not_know_has_no_extent():
    assert named_area_extent(BodyOfWater("Gulf of Bothnia"), DEFAULT_PROFILE.named_areas) is None
    assert named_area_extent(OceanQuadrant("Pacific", "NW"), DEFAULT_PROFILE.named_areas) is None
    # Geometry is drawn as it is: it needs no name.
    circle = Circle(Point(62.9, 40.6), 25, "km")
    assert named_area_name(circle) is None and named_area_extent(circle, DEFAULT_PROFILE.named_areas) is None


def test_every_built_in_outline_is_a_closed_ring_and_the_bering_sea_crosses_the_date_line():
    for name, outline in KNOWN_SEA_EXTENTS.items():
        assert outline.is_valid_ring, name
    assert KNOWN_SEA_EXTENTS["Bering Sea"].crosses_antimeridian
    assert KNOWN_SEA_EXTENTS["Bering Sea"].bounds().wraps


def test_a_profile_may_outline_its_own_named_areas_and_they_survive_the_settings_file():
    quadrant = Polygon((Point(0, 140), Point(0, 180), Point(50, 180), Point(50, 140), Point(0, 140)))
    custom = replace(DEFAULT_PROFILE, named_areas={"Pacific Ocean, NW quadrant": quadrant})
    data = custom.to_dict()
    assert data["named_areas"]["Pacific Ocean, NW quadrant"][0] == {"lat": 0, "lon": 140}
    read = AgreementProfile.from_dict(data)
    assert read == custom
    assert named_area_extent(OceanQuadrant("Pacific", "NW"), read.named_areas) == quadrant
    assert named_area_extent(BodyOfWater("White Sea"), read.named_areas) is None  # this profile does not know it


def test_profiles_stored_without_named_areas_know_the_built_in_seas():
    assert "named_areas" not in DEFAULT_PROFILE.to_dict()
    read = AgreementProfile.from_dict(DEFAULT_PROFILE.to_dict())
    assert read == DEFAULT_PROFILE and read.named_areas == KNOWN_SEA_EXTENTS


RING = [{"lat": 64, "lon": 35}, {"lat": 66, "lon": 35}, {"lat": 66, "lon": 40}, {"lat": 64, "lon": 35}]


@pytest.mark.parametrize(
    ("named_areas", "field", "words"),
    [
        ([1, 2], "named_areas", "must map each area's name"),
        ({"White Sea": [{"lat": 64, "lon": 35}, {"lat": 66, "lon": 35}]}, "named_areas.White Sea.points",
         "has 2 points"),
        ({"White Sea": [{"lat": 64, "lon": 35}, {"lat": 66, "lon": 35}, {"lat": 66, "lon": 40},
                        {"lat": 64, "lon": 40}]}, "named_areas.White Sea.points", "not closed"),
        ({"White Sea": [{"lat": 95, "lon": 35}] * 4}, "named_areas.White Sea.points[0].lat", ""),
        ({"White Sea": RING, "the white sea": RING}, "named_areas.the white sea", "names the same area as 'White Sea'"),
    ],
)
def test_a_bad_outline_in_a_profile_names_the_area_and_the_point(named_areas, field, words):
    with pytest.raises(ProfileFormatError) as caught:
        AgreementProfile.from_dict(DEFAULT_PROFILE.to_dict() | {"named_areas": named_areas})
    assert caught.value.field == field
    assert words in caught.value.message
