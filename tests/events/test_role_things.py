"""Things and people among the nouns a role may take (events.roles.targets `_is_thing`, `_agentive`): a noun names a
doer by its ending only when the ending follows a verb's stem ("negotiator", "demonstrators", "investors") or is one
that makes doers of any stem ("activist", "historian"); a word that merely ends so is a thing ("power", "the border",
"an order", "a tractor", "the agreement"), and a thing moved gives way to where it goes. The words were chosen for
this test."""

from __future__ import annotations

import pytest

from eventscope.events.patterns import load_patterns
from eventscope.events.roles.targets import _agentive, _is_thing


@pytest.fixture(scope="module")
def patterns():
    return load_patterns()


@pytest.mark.parametrize("lemma", ["negotiator", "demonstrator", "investor", "occupier", "participant", "activist",
                                   "historian", "mediator"])
def test_doers_named_by_their_ending(patterns, lemma):
    assert _agentive(lemma, patterns)


@pytest.mark.parametrize("lemma", ["power", "border", "order", "tractor", "agreement", "number", "water", "settlement",
                                   "shelter", "list"])
def test_words_that_merely_end_so_name_no_doer(patterns, lemma):
    assert not _agentive(lemma, patterns)


@pytest.mark.parametrize(("text", "word", "thing"), [
    ("The ministry returned the tractors to the farmers.", "tractors", True),
    ("The court sent the order to the governor.", "order", True),
    ("The army handed the negotiators to the mediators.", "negotiators", False),
])
def test_things_moved_and_people(nlp, patterns, text, word, thing):
    token = next(t for t in nlp(text) if t.text == word)
    assert _is_thing(token, patterns) is thing
