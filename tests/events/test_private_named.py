"""Session 35 (nonpol35, tests/articles/offtopic13.jsonl): a state's name or demonym on the noun of a private body says
only where the body is from, so an act whose every political actor is such a state is the body's, no state's
(events/senses.py `private_named_act`, data/senses.yaml `private_named`), judged in pipeline.py on a whole article's
completed roles. The sentences were written for these tests."""

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


def _accused(subject: str, pos: str = "NOUN") -> Doc:
    # "The French <subject> accused the organisers ."
    return make_doc([
        ("The", "the", "DET", "DT", "det", 2),
        ("French", "French", "ADJ", "JJ", "amod", 2),
        (subject, subject, pos, "NN", "nsubj", 3),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5),
        ("organisers", "organiser", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])


def _french(doc: Doc, **fields) -> Actor:
    return _actor(doc, 0, 3, country="FRA", kind=fields.pop("kind", "state"), reason="demonym 'French'", **fields)


def _organisers(doc: Doc) -> Actor:
    return _actor(doc, 4, 6, kind="group", reason="unresolved phrase")


def test_a_states_word_on_a_private_bodys_noun_is_where_the_body_is_from():
    senses = load_senses()
    doc = _accused("pavilion")
    assert senses.private_named_act(doc, [_french(doc)], [_organisers(doc)])


@pytest.mark.parametrize("noun", ["side", "team", "strike", "delegation"])
def test_a_noun_off_the_list_keeps_the_state(noun):
    # "the French side", "the French team" (its negotiators), "French strikes": the state's
    senses = load_senses()
    doc = _accused(noun)
    assert not senses.private_named_act(doc, [_french(doc)], [_organisers(doc)])


def test_a_state_with_a_sector_or_a_political_target_keeps_the_act():
    senses = load_senses()
    doc = _accused("pavilion")
    ministry = _french(doc, kind="group", sectors=["GOV"])
    assert not senses.private_named_act(doc, [ministry], [_organisers(doc)])
    mayor = _actor(doc, 4, 6, country="ITA", kind="person", sectors=["GOV"], reason="sector word 'mayor'")
    assert not senses.private_named_act(doc, [_french(doc)], [mayor])
    # (an act with no political source is private_act's to judge)
    assert not senses.private_named_act(doc, [_organisers(doc)], [_french(doc)])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A Japanese restaurant chain accused the organisers of the fair of copying its menu.",
])
def test_a_private_bodys_act_on_a_political_page_is_no_event(article, text):
    assert acts_after_lead(article, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, source", [
    ("The French museum refused to return the statue to Egypt.", "FRA"),  # a state acted on by name
    ("The Ukrainian team rejected the Russian proposal.", "UKR"),  # "team" is off the list: negotiators
    ("Residents of the town complained bitterly.", "BELCVL"),  # implied at the government
])
def test_a_state_named_or_aimed_at_keeps_the_act(article, text, source):
    acts = acts_after_lead(article, text)
    assert any(s == source for _, s, _ in acts), acts
