"""Ordinary English words that towns are also named (places.yaml common_words) are places only where the syntax
makes them one: every case of common_word_places.yaml on the real model, and the rule on hand-built parses. A
nationality word inside an actor ("Somali officials") is no place of another country either."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml
from spacy.tokens import Doc

from eventscope.geo import load_gazetteer
from eventscope.geo.locator import find_place_mentions

CASES = yaml.safe_load((Path(__file__).with_name("common_word_places.yaml")).read_text(encoding="utf-8"))["cases"]
VOCAB = spacy.blank("en").vocab


def places_of(doc: Doc) -> list[list[str]]:
    return [[p.text, p.place.country or ""] for p in find_place_mentions(doc, load_gazetteer(), [])]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_common_word_places(nlp, case):
    found = places_of(nlp(case["text"]))
    wanted = case["places"]
    assert [text for text, _ in found] == [text for text, _ in wanted], found
    assert all(country == "*" or country == got for (_, country), (_, got) in zip(wanted, found)), found


def test_the_bundled_list_holds_ordinary_words_not_places_known_first_as_places():
    words = load_gazetteer().data.common_words
    assert {"human", "young", "free", "nice"} <= words
    assert not words & {"victoria", "buffalo", "tyre", "paris"}


def parse(rows: list[tuple[str, int, str, str]]) -> Doc:
    """A Doc from (word, head index, dep, pos) rows, no model."""
    words = [r[0] for r in rows]
    return Doc(VOCAB, words=words, spaces=[i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))],
               heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
               lemmas=[r[0].lower() for r in rows])


def test_a_common_word_modifying_a_noun_is_no_place():
    # "Young people marched ."
    doc = parse([("Young", 1, "amod", "ADJ"), ("people", 2, "nsubj", "NOUN"), ("marched", 2, "ROOT", "VERB"),
                 (".", 2, "punct", "PUNCT")])
    assert places_of(doc) == []


def test_a_common_word_after_a_locative_preposition_is_a_place():
    # "People marched in Young ." (a town in Uruguay)
    doc = parse([("People", 1, "nsubj", "NOUN"), ("marched", 1, "ROOT", "VERB"), ("in", 1, "prep", "ADP"),
                 ("Young", 2, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")])
    assert places_of(doc) == [["Young", "URY"]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wanted"), [
    ("Somali officials accused the militants of the attack.", []),  # no region of Ethiopia
    ("Turk officials condemned the attack.", []),  # no town in India
    ("Fighting broke out in the Somali region of Ethiopia.", [["Somali region", "ETH"], ["Ethiopia", "ETH"]]),
    ("Ukrainian forces advanced in Ukraine's Kharkiv region.", [["Ukraine", "UKR"], ["Kharkiv region", "UKR"]]),
])
def test_a_nationality_word_of_an_actor_is_no_place(pipeline_coder, text, wanted):
    from eventscope.records import Article

    context = pipeline_coder.context(Article(id="a", text=text), pipeline_coder.nlp(text))
    assert [[p.text, p.place.country] for p in context.places] == wanted
