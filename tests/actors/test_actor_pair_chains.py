"""Session 40 (dyads40): "the neighbours", "the allies" (coreference.yaml state_pairs) are two states right after both
were named, or right after a pair phrase that named them ("... halt trade talks with both countries. Chile has mediated
between the neighbours since March"): a chain of pair phrases goes on naming the same two states, where the states
themselves were named two sentences before and a mediator and a witness since (completion/referring.py
`_pair_told_before`). The articles were written for this test; none comes from the development data or the gold sets."""

from __future__ import annotations

import pytest

WITNESSED = ("Peru accused Ecuador of moving troops to the border. The deal had been signed in the presence of Brazil's "
             "president, Lula, who had threatened to halt trade talks with both countries unless the shooting stopped. ")


def _targets(article, text, cameo, sentence):
    events = article.code_text(text).events
    return [{t.country for t in e.target} for e in events if e.event.cameo.startswith(cameo) and e.sentence_index == sentence]


@pytest.mark.slow
@pytest.mark.parametrize("last", [
    "Chile has mediated between the neighbours since March.",
    "Since March Chile has mediated between the neighbours.",
])
def test_the_neighbours_after_both_countries_are_the_same_two_states(article, last):
    targets = _targets(article, WITNESSED + last, "045", 2)
    assert targets and set().union(*targets) == {"PER", "ECU"}, targets


@pytest.mark.slow
def test_the_allies_after_the_two_sides_are_the_same_two_states(article):
    text = ("Kenya and Uganda signed a trade accord in Nairobi on Monday. Tanzania's president, who witnessed the signing, "
            "praised the two sides. A week later, Ethiopia criticised the allies for excluding it.")
    targets = _targets(article, text, "11", 2)
    assert targets and set().union(*targets) <= {"KEN", "UGA"} and set().union(*targets), targets


@pytest.mark.slow
def test_a_pair_phrase_two_sentences_back_names_no_neighbours(article):
    # (near miss: the chain is broken by a sentence between; "the neighbours" are people again)
    text = WITNESSED + ("Farmers in the valley said the harvest was poor. Chile has mediated between the neighbours "
                        "since March.")
    targets = _targets(article, text, "045", 3)
    assert all(not ({"PER", "ECU"} <= t) for t in targets), targets
