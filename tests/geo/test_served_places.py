"""The "of" object of an office or body ("the mayor of Lyon": places.yaml jurisdiction_words) is the place the office
serves, whatever the entity recogniser calls it: whose the office is, not where an event happens (usage
"modifier"). Hand-built parses; the sentences were written for this test."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from eventscope.geo import load_gazetteer
from eventscope.geo.locator import find_place_mentions

VOCAB = spacy.blank("en").vocab


def parse(rows: list[tuple[str, int, str, str]], person: int | None = None) -> Doc:
    """A Doc from (word, head index, dep, pos) rows, no model; `person`: a token the recogniser called a person."""
    words = [r[0] for r in rows]
    doc = Doc(VOCAB, words=words, spaces=[i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[0].lower() for r in rows])
    if person is not None:
        doc.ents = [Span(doc, person, person + 1, label="PERSON")]
    return doc


def mayor_of(place: str, office: str = "mayor") -> Doc:
    # "The mayor of Lyon banned the march ." with the place tagged a person, as the small model does
    return parse([("The", 1, "det", "DET"), (office, 4, "nsubj", "NOUN"), ("of", 1, "prep", "ADP"),
                  (place, 2, "pobj", "PROPN"), ("banned", 4, "ROOT", "VERB"), ("the", 6, "det", "DET"),
                  ("march", 4, "dobj", "NOUN"), (".", 4, "punct", "PUNCT")], person=3)


def test_an_office_s_place_is_found_though_the_recogniser_calls_it_a_person():
    found = find_place_mentions(mayor_of("Lyon"), load_gazetteer(), [])
    assert [(p.text, p.place.country, p.usage) for p in found] == [("Lyon", "FRA", "modifier")]


def test_a_person_after_of_a_word_that_is_no_office_stays_a_person():
    # "The friend of Lyon ...": only offices and bodies serve a place
    assert find_place_mentions(mayor_of("Lyon", office="friend"), load_gazetteer(), []) == []


def test_the_offices_are_data():
    assert {"mayor", "governor", "police"} <= load_gazetteer().data.jurisdiction_words
