"""A country named like a region of another country (places.yaml region_namesakes: "Georgia", the US state) is
that region in a document that also names a place inside it; there its actors take the region's country. The
sentences were written for this test."""

from __future__ import annotations

import datetime

import pytest
import spacy

from eventscope.geo import load_gazetteer
from eventscope.geo.locator import find_place_mentions, regions_named_like_countries

TOKENIZE = spacy.blank("en")


@pytest.mark.parametrize(("text", "meant"), [
    ("ATLANTA \u2014 Georgia officials certified the count on Friday.", {"georgia": "USA"}),
    ("Voters in Savannah and across Georgia lined up early.", {"georgia": "USA"}),
    ("TBILISI, Georgia \u2014 Georgia's president vetoed the law.", {}),
    ("Georgia and Armenia signed a deal in Yerevan.", {}),
    # Athens is best read as the Greek capital: no place of the US state is named
    ("The court in Athens ruled on the case from Georgia.", {}),
    ("Police in Macon arrested two men.", {}),  # the region itself is not named
])
def test_the_region_is_meant_only_beside_a_place_inside_it(text, meant):
    assert regions_named_like_countries(TOKENIZE(text), load_gazetteer()) == meant


def test_a_place_named_like_the_country_is_the_region_when_meant():
    doc = TOKENIZE("Crews in Augusta and Georgia worked overnight.")
    gazetteer = load_gazetteer()
    as_meant = find_place_mentions(doc, gazetteer, [], None, regions_named_like_countries(doc, gazetteer))
    assert [(p.text, p.place.kind, p.place.country) for p in as_meant if p.text == "Georgia"] == [
        ("Georgia", "admin1", "USA")]


@pytest.mark.slow
def test_a_us_story_codes_georgia_s_officials_as_american(pipeline_coder):
    text = ("ATLANTA \u2014 Georgia Secretary of State Lena Marsh on Monday criticized a county board that delayed "
            "the count.\nGov. Walt Brennan praised Marsh. Georgia election officials sued the board.")
    coded = pipeline_coder.code_text(text, published=datetime.date(2024, 3, 4))
    countries = {a.text: a.country for e in coded.events for a in e.source}
    assert countries and set(countries.values()) == {"USA"}, countries


@pytest.mark.slow
def test_a_caucasus_story_keeps_georgia_the_country(pipeline_coder):
    text = "TBILISI \u2014 Georgia's foreign ministry condemned Russia on Monday over the border fence."
    coded = pipeline_coder.code_text(text, published=datetime.date(2024, 3, 4))
    assert [(e.event.plover, [a.country for a in e.source]) for e in coded.events] == [("ACCUSE", ["GEO"])]
