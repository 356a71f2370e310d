"""More pairs than one event gives (session 39, listed_acts_cases.yaml): a list of nouns for acts of armed force is one
deed per item ("the kidnapping, torture and murder of ...": events/selection.py), and the objects of a preposition said
again after "and" are parties of the role ("with the governor and with the mayor": events/roles/lists.py). Invented
sentences, each read as a whole article by the whole pipeline; a hand-built parse for the preposition rule."""

from pathlib import Path

import pytest
import yaml
from handparse import make_doc

from eventscope.events.roles.lists import _prepositions_again

CASES: dict[str, list[dict]] = yaml.safe_load((Path(__file__).parent / "listed_acts_cases.yaml").read_text(encoding="utf-8"))


def _pairs(events, plover: str) -> list[tuple[str | None, str | None]]:
    """Every (source, target) country pair of the events of one type (None for a side with no actor)."""
    return [(s.country if s else None, t.country if t else None)
            for e in events if e.event.plover == plover for s in (e.source or [None]) for t in (e.target or [None])]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES["FOUND"], ids=[c["text"][:40] for c in CASES["FOUND"]])
def test_every_pair_is_coded(article, case):
    events = article.code_text(case["text"]).events
    found = _pairs(events, case["plover"])
    typed = [e for e in events if e.event.plover == case["plover"]]
    assert all(tuple(p) in found for p in case["pairs"]), (found, [(e.event.plover, e.trigger.text) for e in events])
    assert len(typed) >= case.get("count", 1), [(e.trigger.text, _pairs([e], case["plover"])) for e in typed]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES["NEAR"], ids=[c["text"][:40] for c in CASES["NEAR"]])
def test_near_misses_code_no_more(article, case):
    events = article.code_text(case["text"]).events
    typed = [e for e in events if e.event.plover == case["plover"]]
    assert len(typed) <= case["max"], [(e.trigger.text, e.rule) for e in typed]


def _met_with(second: str):
    # "Chile met with Peru and <second> Bolivia ."
    return make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("met", "meet", "VERB", "VBD", "ROOT", 1),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("Peru", "Peru", "PROPN", "NNP", "pobj", 2),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        (second, second, "ADP", "IN", "conj", 2),
        ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_the_object_of_the_same_preposition_again_is_one_more_party():
    doc = _met_with("with")
    assert [t.text for t in _prepositions_again(doc[3])] == ["Bolivia"]


def test_another_preposition_after_and_adds_no_party():
    doc = _met_with("in")
    assert _prepositions_again(doc[3]) == []
    assert _prepositions_again(doc[0]) == []  # a subject is no preposition's object
