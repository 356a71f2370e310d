"""Session 36 (nonpol36, tests/articles/offtopic14.jsonl): the event-level senses behind false events on everyday
non-political pages (events/data/senses.yaml `standings`, `gaps`, `private_named.place_preps`; events/senses.py
`private_named_act`; actors/sectors.yaml's syndicates). The sentences were written for these tests."""

from __future__ import annotations

import pytest
from handparse import make_doc
from spacy.tokens import Doc

from eventscope.actors import load_actor_dictionary
from eventscope.events.senses import load_senses
from eventscope.records import Actor


def _state(text: str, country: str) -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, kind="state",
                 reason=f"country name '{text}'")


def _group(text: str, country: str | None = None, sectors: tuple[str, ...] = ()) -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, kind="group", sectors=list(sectors),
                 reason="unresolved phrase", origin="phrase words")


NORWAY, SWEDEN = _state("Norway", "NOR"), _state("Sweden", "SWE")


@pytest.mark.parametrize("noun", ["survey", "test", "table", "index", "result", "league", "exam"])
def test_a_win_in_a_comparison_of_numbers_is_no_blow(noun):
    # "Norwegians beat Swedes in a sleep survey", "Estonian schools beat Sweden in the maths test", "... in the index"
    senses = load_senses()
    assert senses.sense_fails("beat", "182", [NORWAY], [SWEDEN], causes={"in": frozenset({noun})}) is not None
    assert senses.sense_fails("outperform", "182", [NORWAY], [SWEDEN], causes={"on": frozenset({noun})}) is not None


@pytest.mark.parametrize("noun", ["custody", "street", "cell", "prison"])
def test_a_beating_somewhere_stays_a_blow(noun):
    # "guards beat the prisoners in custody", "police beat him in the street"
    senses = load_senses()
    assert senses.sense_fails("beat", "182", [NORWAY], [SWEDEN], causes={"in": frozenset({noun})}) is None


@pytest.mark.parametrize("noun", ["gap", "deficit", "lead", "divide"])
def test_a_gap_closed_is_no_border_shut(noun):
    # "Portugal has closed the gap with Spain", "narrowed the deficit", "closed much of the divide"
    senses = load_senses()
    assert senses.sense_fails("close", "172", [NORWAY], [SWEDEN], objects={noun}) is not None
    assert senses.sense_fails("narrow", "172", [NORWAY], [SWEDEN], objects={"much"},
                              causes={"of": frozenset({noun})}) is not None


@pytest.mark.parametrize("noun", ["border", "embassy", "port", "airspace"])
def test_a_border_or_an_embassy_closed_stays(noun):
    senses = load_senses()
    assert senses.sense_fails("close", "172", [NORWAY], [SWEDEN], objects={noun}) is None


def _welcomed(place_words: list[tuple[str, str]], noun: str = "Dentists") -> Doc:
    # "<noun> in <Place> welcomed the figures ." (the place's words a proper noun, its last the object of "in")
    words = [(noun, noun.lower(), "NOUN", "NNS", "nsubj", len(place_words) + 2),
             ("in", "in", "ADP", "IN", "prep", 0)]
    for word, dep in place_words:
        head = 1 if dep == "pobj" else 2 + len(place_words) - 1
        words.append((word, word, "PROPN", "NNP", dep, head))
    n = len(words)
    words += [("welcomed", "welcome", "VERB", "VBD", "ROOT", n), ("the", "the", "DET", "DT", "det", n + 2),
              ("figures", "figure", "NOUN", "NNS", "dobj", n), (".", ".", "PUNCT", ".", "punct", n)]
    return make_doc(words)


def _placed(doc: Doc, start: int, end: int, code: str, **fields) -> Actor:
    span = doc[start:end]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=code,
                 kind=fields.pop("kind", "state"), reason=f"country name '{span.text}'", **fields)


@pytest.mark.parametrize("noun", ["Dentists", "Vets", "Beekeepers"])
def test_a_country_that_only_places_the_people_of_a_common_noun_is_no_state_acting(noun):
    # "Dentists in Portugal welcomed the figures": the dentists', no state's
    senses = load_senses()
    doc = _welcomed([("Portugal", "pobj")], noun)
    figures = Actor(text="the figures", start=0, end=3, name="the figures", kind="group", country="PRT",
                    reason="unresolved phrase; country from sentence place", origin="phrase words")
    assert senses.private_named_act(doc, [_placed(doc, 2, 3, "PRT")], [figures])
    # ... the whole phrase as the actor's text ("Dentists in Portugal")
    assert senses.private_named_act(doc, [_placed(doc, 0, 3, "PRT")], [figures])


def test_a_country_placing_people_keeps_the_act_with_a_political_actor_or_a_sector():
    senses = load_senses()
    doc = _welcomed([("Chile", "pobj")])
    chile = _placed(doc, 2, 3, "CHL")
    # done to a state: "Dentists in Chile accused the government"
    government = Actor(text="the government", start=0, end=3, name="the government", country="CHL", kind="group",
                       sectors=["GOV"], reason="sector word 'government'")
    assert not senses.private_named_act(doc, [chile], [government])
    # the phrase's own words name an actor ("Officials in Chile", given a sector)
    assert not senses.private_named_act(doc, [_placed(doc, 0, 3, "CHL", kind="group", sectors=["GOV"])], [])


def test_a_bare_syndicate_is_no_gang_but_a_crime_syndicate_is():
    terms = load_actor_dictionary().sector_terms
    assert "syndicate" not in terms
    for words in ("crime syndicate", "drug syndicates", "smuggling syndicate"):
        assert terms[words].sector == "CRM"
