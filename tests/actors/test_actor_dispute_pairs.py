"""Session 36 (countries36b): a pair phrase ("both governments", "the two sides", "both countries") names the two
parties of the story's dispute or meeting, the two the document names together in the most sentences up to it, not
the last two states named when one of them is a third state that only spoke of a party ("Chile said it stood with
Peru; Colombia urged both governments ..."); when no pair is named together more often than the last two, the last
two (completion/referring.py `_most_together`). The articles were written for this test; none comes from the
development data or the gold sets."""

from __future__ import annotations

import pytest

# (a dispute told over three sentences, then a third state siding with one party in the sentence of the pair phrase)
DISPUTE = ("Peru and Ecuador traded accusations over a border river on Monday. Ecuador's foreign ministry accused Peru "
           "of moving troops to the river, and Lima denied it. Peruvian officials said Ecuador had provoked the "
           "standoff. ")


def _dyads(article, text, cameo):
    events = article.code_text(text).events
    return [{t.country for t in e.target} for e in events if e.event.cameo.startswith(cameo) and e.sentence_index >= 3]


@pytest.mark.slow
@pytest.mark.parametrize("last", [
    "Chile said it stood with Peru; Colombia urged both governments to show restraint.",
    "Chile backed Peru, while Colombia called on both sides to return to talks.",
    "Chile sided with Ecuador; Colombia urged both countries to pull back their troops.",
])
def test_a_pair_is_the_disputes_two_parties_not_a_third_state(article, last):
    targets = _dyads(article, DISPUTE + last, "02")
    assert targets, targets
    named = set().union(*targets)
    assert named == {"PER", "ECU"}, targets


@pytest.mark.slow
def test_the_pair_named_together_most_before_a_state_named_last(article):
    # (the last state named, "Sudan", is named with one party only once; the dispute's two are named together thrice)
    text = ("Egypt accused Ethiopia of filling the dam without a deal. Ethiopia said Egypt had rejected every offer. "
            "Egyptian officials warned Ethiopia again in May. Sudan, wedged between Ethiopia and its neighbours, has "
            "little to offer. The United States called on both governments to return to talks.")
    events = article.code_text(text).events
    targets = [{t.country for t in e.target} for e in events if e.sentence_index == 4]
    assert targets and set().union(*targets) == {"EGY", "ETH"}, targets


@pytest.mark.slow
def test_the_last_two_stay_when_no_pair_is_named_together_more(article):
    # (a near miss: each pair named together once, so the last two named are the pair)
    text = ("Ghana and Togo signed a power deal on Monday. Benin and Niger opened a new road the same week. "
            "On Friday the two sides agreed to meet again in May.")
    events = article.code_text(text).events
    pairs = [{s.country for s in e.source} | {t.country for t in e.target} for e in events if e.sentence_index == 2]
    assert pairs and all(pair <= {"BEN", "NER"} for pair in pairs) and {"BEN", "NER"} in pairs, pairs
