"""Water bodies (waters.yaml): validated entries, indexed with their own precision, ranked over namesakes."""

from __future__ import annotations

import pytest

from eventscope.geo import Gazetteer, load_gazetteer
from eventscope.geo.gazetteer import load_place_data
from eventscope.geo.place_entries import PlaceFileError, parse_place_entries


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_every_bundled_water_is_water_and_reached_by_all_its_names(gazetteer):
    waters = load_place_data().waters
    assert len(waters) >= 60
    for entry in waters:
        assert entry.place.kind == "water" and entry.place.lat is not None
        for name in entry.names:
            best = gazetteer.lookup(name)[0][0]
            assert (best.name, best.kind) == (entry.place.name, "water"), name


def test_shared_water_has_no_country_and_national_water_has_its_own(gazetteer):
    black_sea = gazetteer.lookup("the Black Sea")[0][0]
    assert black_sea.country is None and black_sea.lat == pytest.approx(43.4, abs=1)
    assert gazetteer.lookup("Bosporus")[0][0].country == "TUR"


def test_a_sea_outranks_its_namesake_region_but_the_region_stays_a_candidate(gazetteer):
    candidates = gazetteer.lookup("Red Sea")
    assert candidates[0][0].kind == "water"
    assert any(place.kind == "admin1" and place.country == "SDN" for place, _ in candidates)  # "Red Sea state"


@pytest.mark.parametrize(("entry", "message"), [
    ({"name": "Lake Nowhere", "lat": 95, "lon": 0}, "lat: Input should be less than or equal to 90"),
    ({"name": "Lake Nowhere", "lat": 10}, "give both lat and lon"),
    ({"name": "Lake Nowhere", "country": "Narnia"}, "country: must be an ISO alpha-3 code in capitals"),
    ({"name": "Lake Nowhere", "depth": 3}, "depth: unknown key"),
    ({"name": "  "}, "name: String should have at least 1 character"),
    ({"name": "Lake Nowhere", "aliases": "Nowhere"}, "aliases: Input should be a valid list"),
    ({"name": "Lake Nowhere", "kind": "ocean"}, "kind: Input should be 'country'"),
])
def test_bad_entries_are_named_with_file_and_entry(entry, message):
    with pytest.raises(PlaceFileError) as error:
        parse_place_entries([{"name": "Fine Lake"}, entry], "waters.yaml", "water")
    assert str(error.value).startswith("waters.yaml: entry 2")
    assert message in str(error.value)


def test_only_water_may_lack_a_country():
    assert parse_place_entries([{"name": "Open Sea"}], "f.yaml", "water")[0].place.country is None
    with pytest.raises(PlaceFileError, match="entry 1: country: required for a city"):
        parse_place_entries([{"name": "Some Town"}], "f.yaml", "city")
