"""An office of one country only ("the shadow home secretary", "Chancellor of the Exchequer", "the Taoiseach"; titles.yaml
national_titles) held by a person whose own words name no country gives that country, not the one the story around
would guess (session 33); an office several countries have ("the home secretary") does not, and a country the
person's own words name still wins. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "country"), [
    # in apposition to the name
    ("India's foreign minister met Pakistani officials on Monday. "
     "Ann Ode, the shadow home secretary, criticised the prime minister.", "Ann Ode", "GBR"),
    # before the name, with its complement
    ("Iran accused the United States of sabotage on Tuesday. "
     "Chancellor of the Exchequer Tom Ode met bankers in the evening.", "Tom Ode", "GBR"),
    # the office in apposition, itself guessed from the story: the person's office still wins
    ("India's foreign minister met Pakistani officials on Monday. "
     "Tom Ode, the Chancellor of the Exchequer, criticised the plan.", "Tom Ode", "GBR"),
    ("China criticised Japan's navy on Monday. "
     "Senate Majority Leader Ann Ode criticised Beijing.", "Senate Majority Leader Ann Ode", "USA"),
])
def test_an_office_of_one_country_gives_its_country(pipeline_coder, text, words, country):
    codes = mention_codes(pipeline_coder, text, words)
    assert codes and all(code.startswith(country) for code in codes)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "wrong"), [
    # an office several countries have is no cue
    ("Kenya criticised Uganda on Monday. Tom Ode, the home secretary, met the ambassador.",
     "Tom Ode", "GBR"),
    # the person's own words name the country
    ("Kenya criticised Uganda on Monday. Australia's shadow home affairs minister, Ann Ode, met the ambassador.",
     "Australia's shadow home affairs minister, Ann Ode", "GBR"),
])
def test_no_office_of_one_country_no_country_from_it(pipeline_coder, text, words, wrong):
    assert not any(code.startswith(wrong) for code in mention_codes(pipeline_coder, text, words))
