"""Session 31 (speech31): a criticism with no one named as criticised ("hit back", "lashed out") that a participle of
saying goes on to tell ("..., saying Brussels had no business lecturing ...") is aimed at the party of another state
that what it says has as its subject (completion.implied_targets, ontology roots told_parties); with none, the
implied target stays. The sentences were written for this test."""

from __future__ import annotations

import pytest

LEAD = "The European Commission criticised Romania's judicial reform on Tuesday. "


def _answers(article, text):
    events = article.code_text(LEAD + text).events
    return [(e.source[0].country if e.source else None, [a.code for a in e.target]) for e in events
            if e.sentence_index > 0 and e.event.plover == "ACCUSE"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    'Romanian Justice Minister Ana Dobre hit back, saying Brussels had "no business lecturing a sovereign parliament".',
    "The Romanian government hit back on Wednesday, saying the European Union was meddling in its courts.",
])
def test_a_criticism_aims_at_the_party_its_saying_names(article, text):
    answers = _answers(article, text)
    assert ("ROU", ["IGOEU"]) in answers, answers


@pytest.mark.slow
def test_a_saying_of_the_critics_own_side_names_no_one_aimed_at(article):
    # (a near miss: what the saying tells of is the critic's own country, so the implied target stays)
    answers = _answers(article, "The Romanian government hit back, saying Romanian judges would stay independent.")
    assert answers and all(targets != ["IGOEU"] for _, targets in answers), answers
