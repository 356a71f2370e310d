"""The gazetteer: names, ranking, country awareness, the data file and the on-disk cache."""

from __future__ import annotations

import time

import pytest

from eventscope.geo import Gazetteer, load_gazetteer
from eventscope.geo.gazetteer import _read_cache, _write_cache, load_place_data, normalise, parse_place_data


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_normalise_folds_case_accents_apostrophes_and_a_leading_the():
    assert normalise("The  Netherlands") == "netherlands"
    assert normalise("Brasília") == "brasilia"
    assert normalise("Ivano-Frankivsk") == "ivano frankivsk"
    assert normalise("Xi\u2019an") == "xi'an"


def test_cities_come_with_country_region_coordinates_and_id(gazetteer):
    kharkiv = gazetteer.lookup("Kharkiv")[0][0]
    assert (kharkiv.name, kharkiv.kind, kharkiv.country, kharkiv.admin1) == ("Kharkiv", "city", "UKR", "Kharkiv")
    assert kharkiv.lat == pytest.approx(50.0, abs=0.1) and kharkiv.lon == pytest.approx(36.2, abs=0.1)
    assert kharkiv.geonames_id == 706483
    harbin = gazetteer.lookup("Harbin")[0][0]
    assert (harbin.country, harbin.admin1) == ("CHN", "Heilongjiang")


def test_alternate_names_and_aliases_reach_the_same_place(gazetteer):
    assert gazetteer.lookup("Kharkov")[0][0].geonames_id == 706483
    assert gazetteer.lookup("U.S.")[0][0].country == "USA"
    assert gazetteer.lookup("Britain")[0][0].country == "GBR"


def test_ranking_puts_countries_then_big_cities_then_regions_first(gazetteer):
    assert gazetteer.lookup("Georgia")[0][0].kind == "country"  # not the US state
    assert gazetteer.lookup("Paris")[0][0].country == "FRA"  # not Paris, Texas
    assert gazetteer.lookup("Washington")[0][0].admin1 == "District of Columbia"
    assert gazetteer.lookup("Texas")[0][0].kind == "admin1"
    punjabs = {place.country for place, _ in gazetteer.lookup("Punjab") if place.kind == "admin1"}
    assert punjabs == {"IND", "PAK"}


def test_regions_are_linked_to_their_seat(gazetteer):
    region = next(place for place, _ in gazetteer.lookup("Kharkiv") if place.kind == "admin1")
    assert region.country == "UKR" and region.lat == pytest.approx(50.0, abs=0.1)
    assert gazetteer.admin1_named("CHN", "Heilongjiang").lat == pytest.approx(45.75, abs=0.1)


def test_regions_are_found_by_their_english_names_as_places_of_their_country(gazetteer):
    # places.yaml: English names of regions whose ISO 3166-2 name is another language's ("Bayern", "Tigrai")
    for name, country in (("Bavaria", "DEU"), ("Catalonia", "ESP"), ("Tigray", "ETH"), ("North Kivu", "COD"),
                          ("Sistan-Baluchestan", "IRN"), ("Flanders", "BEL")):
        place = gazetteer.lookup(name)[0][0]
        assert (place.kind, place.country) == ("admin1", country)
    assert gazetteer.lookup("Munich")[0][0].admin1 == "Bavaria"


def test_words_that_are_rarely_places_and_unknown_names_are_not_found(gazetteer):
    assert gazetteer.lookup("Police") == []
    assert gazetteer.lookup("Putin") == []
    assert gazetteer.lookup("") == []
    assert gazetteer.country("XYZ") is None


def test_the_place_data_is_validated():
    with pytest.raises(ValueError):
        parse_place_data("- just a list")
    with pytest.raises(ValueError):
        parse_place_data("region_type_words: [oblast]\nregions: [{names: [X]}]\n")
    with pytest.raises(ValueError):
        parse_place_data("{unclosed")
    assert "in" in load_place_data().locative_prepositions


def test_the_cached_index_round_trips_and_loads_in_under_a_second(gazetteer, tmp_path):
    path = tmp_path / "gazetteer.json"
    assert _write_cache(path, gazetteer)
    started = time.process_time()  # CPU time: other processes on a shared machine do not inflate it
    loaded = _read_cache(path, load_place_data())
    elapsed = time.process_time() - started
    assert loaded is not None and len(loaded) == len(gazetteer)
    assert loaded.lookup("Harbin")[0][0] == gazetteer.lookup("Harbin")[0][0]
    assert elapsed < 1.0


def test_a_stale_or_broken_cache_is_ignored(tmp_path):
    stale = tmp_path / "stale.json"
    stale.write_text('{"format": -1, "columns": {}, "index": {}}', encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert _read_cache(stale, load_place_data()) is None
    assert _read_cache(broken, load_place_data()) is None
    assert _read_cache(tmp_path / "missing.json", load_place_data()) is None
