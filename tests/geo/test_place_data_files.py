"""The place data files load through schemas: an unknown key or a wrong type is one line naming the file,
the entry and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import eventscope
from eventscope.datafiles import SchemaError, load_yaml
from eventscope.geo.gazetteer import load_user_places, parse_place_data
from eventscope.geo.place_entries import PlaceFileError

GEO = Path(eventscope.__file__).parent / "geo"
PLACES = load_yaml((GEO / "places.yaml").read_text(encoding="utf-8"))
WATERS = "waters:\n  - {name: Red Sea, lat: 20, lon: 38}\n"


@pytest.mark.parametrize(("places", "waters", "message"), [
    ({**PLACES, "river_words": ["river"]}, None, "places.yaml: river_words: unknown key"),
    ({**PLACES, "city_words": "city"}, None, "places.yaml: city_words: Input should be a valid list"),
    ({**PLACES, "regions": [{"code": "UA-43", "names": ["Crimea"]}, {"code": "UA-51", "name": "Odesa"}]}, None,
     "places.yaml: entry 2: names: Field required"),
    (PLACES, WATERS + "seas: []\n", "waters.yaml: seas: unknown key"),
    (PLACES, WATERS + "  - {name: Black Sea, depth: 2}\n", "waters.yaml: entry 2: depth: unknown key"),
    (PLACES, WATERS + "  - {name: Black Sea, lat: deep, lon: 3}\n", "waters.yaml: entry 2: lat: Input should be a valid number"),
])
def test_bad_bundled_place_data_names_the_file_the_entry_and_the_field(places, waters, message):
    with pytest.raises((SchemaError, PlaceFileError)) as raised:
        parse_place_data(yaml.safe_dump(places), waters)
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize(("text", "message"), [
    ("places:\n  - {name: Camp X, country: AFG}\ntowns: []\n", "towns: unknown key"),
    ("places:\n  - {name: Camp X, country: AFG}\n  - {name: Camp Y, country: AFG, colour: red}\n",
     "entry 2: colour: unknown key"),
    ("places:\n  - {name: Camp X, country: AFG, population: many}\n", "entry 1: population: Input should be a valid integer"),
    ("not_places: [Hope, 12]\n", "not_places.1: Input should be a valid string"),
])
def test_a_bad_user_place_file_names_the_file_the_entry_and_the_field(tmp_path, text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaceFileError) as raised:
        load_user_places(path)
    assert str(raised.value).startswith(f"{path}: {message}")
