"""Session 31 (speech31): a criticism with no one named as criticised ("hit back", "lashed out") that a participle of
saying goes on to tell ("..., saying Brussels had no business lecturing ...") is aimed at the party of another state
that what it says has as its subject (completion.implied_targets, ontology roots told_parties); with none, the
implied target stays. The sentences were written for this test."""

from __future__ import annotations

import pytest

LEAD = "The European Commission criticised Romania's judicial reform on Tuesday. "


@pytest.fixture(scope="module")
def coder():
    """The pipeline reading each text as a whole article (as the tuning sets are read)."""
    from dataclasses import replace

    from eventscope.pipeline import Coder

    coder = Coder()
    coder.event_coder.senses = replace(coder.event_coder.senses, min_sentences=1)
    return coder


def _answers(coder, text):
    events = coder.code_text(LEAD + text).events
    return [(e.source[0].country if e.source else None, [a.code for a in e.target]) for e in events
            if e.sentence_index > 0 and e.event.plover == "ACCUSE"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    'Romanian Justice Minister Ana Dobre hit back, saying Brussels had "no business lecturing a sovereign parliament".',
    "The Romanian government hit back on Wednesday, saying the European Union was meddling in its courts.",
])
def test_a_criticism_aims_at_the_party_its_saying_names(coder, text):
    answers = _answers(coder, text)
    assert ("ROU", ["IGOEU"]) in answers, answers


@pytest.mark.slow
def test_a_saying_of_the_critics_own_side_names_no_one_aimed_at(coder):
    # (a near miss: what the saying tells of is the critic's own country, so the implied target stays)
    answers = _answers(coder, "The Romanian government hit back, saying Romanian judges would stay independent.")
    assert answers and all(targets != ["IGOEU"] for _, targets in answers), answers
