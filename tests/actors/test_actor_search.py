"""actors/search: finding actor codes by name, best match first. A small dictionary built by hand (invented names)
over the bundled one's other tables."""

import dataclasses
from datetime import date

import pytest

from eventscope.actors import load_actor_dictionary
from eventscope.actors.dictionary import Country, NamedActor, Person, Tenure
from eventscope.actors.search import actor_hint, search_actors


@pytest.fixture(scope="module")
def small():
    countries = {
        "VAL": Country("VAL", "Valdoria", ("Republic of Valdoria",), ("Valdorian",), ()),
        "MRQ": Country("MRQ", "Marquesa", (), ("Marquesan",), ()),
    }
    named = (
        NamedActor("Valdorian Liberation Front", ("VLF",), "VAL", ("REB",), "VALREBVLF", "group", "groups.yaml"),
        NamedActor("Marquesa Daily", (), "MRQ", ("MED",), "MRQMEDDAI", "media", "media.yaml"),
    )
    people = (Person("Ana Ostrava", ("Ostrava",), (
        Tenure("VAL", "foreign minister", date(2010, 1, 1), date(2014, 1, 1)),
        Tenure("VAL", "president", date(2019, 5, 1), None),
    )),)
    return dataclasses.replace(load_actor_dictionary(), countries=countries, named=named, people=people)


def test_a_whole_name_ranks_before_a_word_of_a_longer_one(small):
    found = search_actors(small, "valdoria")
    assert found[0].code == "VAL" and found[0].matched == "Valdoria"


def test_on_a_tie_a_country_comes_before_a_group(small):
    # "valdorian" is a whole demonym of the country and a whole word of the group's name
    assert [m.code for m in search_actors(small, "Valdorian")][:2] == ["VAL", "VALREBVLF"]


def test_a_person_is_found_through_their_latest_office(small):
    [match] = search_actors(small, "ostrava")
    assert (match.code, match.kind, match.country) == ("VALGOV", "person", "VAL")
    assert match.detail.startswith("president of VAL 2019-05-01")


def test_case_and_punctuation_are_ignored_and_an_empty_query_finds_nothing(small):
    found = search_actors(small, "  MARQUESA-daily! ")
    assert (found[0].code, found[0].matched) == ("MRQMEDDAI", "Marquesa Daily")
    assert search_actors(small, "?!") == []


def test_a_short_query_inside_a_word_finds_nothing_but_a_longer_one_does(small):
    assert search_actors(small, "qu") == []
    assert [m.code for m in search_actors(small, "rques")] == ["MRQ", "MRQMEDDAI"]


def test_the_limit_caps_the_matches(small):
    assert len(search_actors(small, "a", limit=1)) == 1


def test_a_hint_names_the_codes_a_word_may_have_meant(small):
    hint = actor_hint(small, ["ostrava"])
    assert hint is not None and "'ostrava' is not a code" in hint and "VALGOV (Ana Ostrava)" in hint
    assert actor_hint(small, ["VAL"]) is None  # a code the dictionary knows
