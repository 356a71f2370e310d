"""Session 37 (nonpol37, tests/articles/offtopic15.jsonl): country names on pages about markets, trade, tourism and
science that are no state acting. A state's word on a thing ("the Korean won", "China's exports") tells where the thing
is from (senses.yaml `private_named.things`, SenseRules._state_thing); a trigger noun that counts people ("18.4 million
arrivals", "Japanese arrivals rose") is a statistic (`counts`, SenseRules.counts_people); visitors who arrive visit no state
(the visit rule's `not_source_heads`); and a common noun that opens a sentence with a capital ("Astronomers in Chile")
still places its people in the country (`_common_noun`). The sentences were written for these tests."""

from __future__ import annotations

import pytest
from fairpage import acts_after_lead
from handparse import make_doc
from spacy.tokens import Doc

from eventscope.events.senses import load_senses
from eventscope.records import Actor


def _actor(doc: Doc, start: int, end: int, **fields) -> Actor:
    span = doc[start:end]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=fields.pop("name", span.text),
                 **fields)


def _fell(noun: str) -> Doc:
    # "The Mexican <noun> fell sharply ."
    return make_doc([
        ("The", "the", "DET", "DT", "det", 2),
        ("Mexican", "Mexican", "ADJ", "JJ", "amod", 2),
        (noun, noun, "NOUN", "NN", "nsubj", 3),
        ("fell", "fall", "VERB", "VBD", "ROOT", 3),
        ("sharply", "sharply", "ADV", "RB", "advmod", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])


def _mexican(doc: Doc, **fields) -> Actor:
    return _actor(doc, 0, 3, country="MEX", kind=fields.pop("kind", "state"), reason="demonym 'Mexican'", **fields)


@pytest.mark.parametrize("noun", ["peso", "exports", "shares", "bonds"])
def test_a_states_word_on_a_thing_is_no_state_even_with_no_source(noun):
    senses = load_senses()
    doc = _fell(noun)
    assert senses.private_named_act(doc, [], [_mexican(doc)])
    assert senses.private_named_act(doc, [_mexican(doc)], [])


@pytest.mark.parametrize("noun", ["army", "government", "delegation", "pavilion", "market", "factory"])
def test_a_noun_of_no_thing_keeps_a_sourceless_act(noun):
    # "the Mexican army came under attack": a victim named; a private body's people, or those of a place ("a drone
    # strike on a Mexican market"), may be a state's victims too
    senses = load_senses()
    doc = _fell(noun)
    assert not senses.private_named_act(doc, [], [_mexican(doc)])


def test_a_state_with_a_sector_or_a_political_source_keeps_the_act():
    senses = load_senses()
    doc = _fell("peso")
    assert not senses.private_named_act(doc, [], [_mexican(doc, kind="group", sectors=["GOV"])])
    police = _actor(doc, 4, 5, country="USA", kind="group", sectors=["COP"], reason="sector word")
    assert not senses.private_named_act(doc, [police], [_mexican(doc)])


def test_a_noun_counted_by_a_number_word_or_changing_in_number_is_a_count():
    senses = load_senses()
    # "with 4.2 million arrivals"
    doc = make_doc([
        ("with", "with", "ADP", "IN", "ROOT", 0),
        ("4.2", "4.2", "NUM", "CD", "compound", 2),
        ("million", "million", "NUM", "CD", "nummod", 3),
        ("arrivals", "arrival", "NOUN", "NNS", "pobj", 0),
    ])
    assert senses.counts_people(doc[3])
    # "Polish visits rose"
    doc = make_doc([
        ("Polish", "Polish", "ADJ", "JJ", "amod", 1),
        ("visits", "visit", "NOUN", "NNS", "nsubj", 2),
        ("rose", "rise", "VERB", "VBD", "ROOT", 2),
    ])
    assert senses.counts_people(doc[1])


def test_a_few_visits_or_a_visit_that_is_planned_are_no_count():
    senses = load_senses()
    # "two visits to Hanoi"
    doc = make_doc([
        ("two", "two", "NUM", "CD", "nummod", 1),
        ("visits", "visit", "NOUN", "NNS", "ROOT", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Hanoi", "Hanoi", "PROPN", "NNP", "pobj", 2),
    ])
    assert not senses.counts_people(doc[1])
    # "the visit went ahead"
    doc = make_doc([
        ("the", "the", "DET", "DT", "det", 1),
        ("visit", "visit", "NOUN", "NN", "nsubj", 2),
        ("went", "go", "VERB", "VBD", "ROOT", 2),
        ("ahead", "ahead", "ADV", "RB", "advmod", 2),
    ])
    assert not senses.counts_people(doc[1])


def test_visitors_who_arrive_visit_no_one_but_an_envoy_does():
    senses = load_senses()
    kenya = Actor(text="Kenya", start=0, end=1, name="Kenya", country="KEN", kind="state", reason="country name 'Kenya'")
    visitors = Actor(text="some 900,000 foreign holidaymakers", start=0, end=1, name="visitors", kind="group",
                     reason="unresolved phrase")
    assert senses.sense_fails("arrive", "042", [visitors], [kenya])
    envoy = Actor(text="Norway's foreign minister", start=0, end=1, name="minister", country="NOR", kind="person",
                  sectors=["GOV"], reason="sector word 'minister'")
    assert senses.sense_fails("arrive", "042", [envoy], [kenya]) is None
    assert senses.sense_fails("arrival", "042", [envoy], [kenya], counted=True)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Dealers said the Mexican peso and the Indian rupee came under attack on Friday.",
    "India's exports hit a record in March, the figures showed.",
    "Nearly two million foreign holidaymakers arrived in Thailand in January.",
    "Korean and Chinese arrivals fell by a fifth last year.",
    "Geologists in Peru, Bolivia and Ecuador have joined forces to study the volcano.",
    "Traders attacked riskier assets after the jobs data.",
])
def test_things_counts_and_visitors_named_by_states_are_no_events(article, text):
    assert acts_after_lead(article, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, source", [
    ("Russian troops attacked the Ukrainian town of Kupiansk on Friday.", "RUSMIL"),
    ("Japan's foreign minister arrived in Thailand on Monday for talks with her counterpart.", "JPNGOV"),
    ("Peru, Bolivia and Ecuador have joined forces to fight drug trafficking.", "PER"),
])
def test_states_and_their_agents_keep_theiracts_after_lead(article, text, source):
    acts = acts_after_lead(article, text)
    assert any(s == source for _, s, _ in acts), acts


@pytest.mark.slow
def test_a_sourceless_strike_on_a_place_people_are_in_stays(article):
    # a market named by its state's word is where its civilians are, no thing traded
    acts = acts_after_lead(article, "A drone strike on a Malian market killed 14 people on Sunday.")
    assert any(plover == "ASSAULT" for plover, _, _ in acts), acts
