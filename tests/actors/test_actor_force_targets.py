"""A state's armed force is aimed at whom it hits: a target whose country the recent-actor rule would take from the
doer itself, named just before it, takes the country of the actor named before the doer, in reach, when that is
another state's (completion/countries `_force_on_another`, session 38). Domestic force keeps its own country where
the story's country or its places give it, and groups coded by where they fight keep theirs. The sentences were
written for this test."""

from __future__ import annotations

import pytest


def _force(pipeline_coder, text):
    coded = pipeline_coder.code_text(text, published=None)
    return [e for e in coded.events if e.event.cameo[:2] in ("18", "19", "20")]


def _target_countries(events):
    return {a.country for e in events for a in e.target}


@pytest.mark.slow
@pytest.mark.parametrize("text, hit, doer", [
    ("The Georgian foreign ministry protested on Monday. Russian troops shelled two villages near the line, the "
     "ministry said.", "GEO", "RUS"),
    ("The Ukrainian foreign minister appealed for more air defence on Sunday. Russian forces struck an apartment block "
     "overnight, killing nine residents.", "UKR", "RUS"),
    ("The Somali government condemned the raid. Kenyan troops attacked a camp in the border region, killing 12 "
     "fighters.", "SOM", "KEN"),
    ("Guyana's foreign minister complained to the council. Venezuelan soldiers fired on a river patrol overnight, "
     "wounding two officers.", "GUY", "VEN"),
])
def test_force_is_aimed_at_the_other_state_named_before_the_doer(pipeline_coder, text, hit, doer):
    events = _force(pipeline_coder, text)
    countries = _target_countries(events)
    assert events and hit in countries and doer not in countries, [(e.trigger.text, e.target) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("text, own", [
    # (near misses: force at home in a story of one country, or the doer's own country named before it)
    ("The Ugandan president called for calm on Monday. Kenyan police opened fire on students near the university "
     "on Tuesday, wounding two.", "KEN"),
    ("The Chinese embassy urged restraint on Monday. Kenyan soldiers opened fire on protesters near parliament on "
     "Tuesday.", "KEN"),
    ("The Moroccan king visited Paris last week. Moroccan police beat dozens of protesters in Rabat on Sunday.", "MAR"),
    ("Myanmar's junta extended the state of emergency. Myanmar army jets bombed a village in Sagaing, killing 17 "
     "civilians.", "MMR"),
])
def test_force_at_home_keeps_its_own_country(pipeline_coder, text, own):
    events = _force(pipeline_coder, text)
    assert events and _target_countries(events) <= {own}, [(e.trigger.text, e.target) for e in events]


@pytest.mark.slow
def test_rebels_keep_the_country_where_they_fight(pipeline_coder):
    # (a near miss: a group coded by where it fights is no state's force; its victims stay where it fights)
    events = _force(pipeline_coder, "Mali asked Algeria to close its border on Monday. In northern Mali, rebels attacked "
                                    "a village near Kidal, killing nine herders.")
    assert events and _target_countries(events) <= {"MLI"}, [(e.trigger.text, e.target) for e in events]
