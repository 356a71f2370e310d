"""Session 23 (twoacts23): a refusal that names nothing refused ("Moscow has so far refused", "have also refused
to", "talks, which the rebels refused") answers the request or offer told before it: the codebook codes it as the
refuser's REJECT (senses.yaml `bare`), aimed at the one whose act it answers (completion.implied_targets). A refusal
of nothing by no political actor, and a refusal with a clause of its own, stay what they were. Sentences invented
for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _rejects(coder, text):
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None)
            for e in coder.code_text(text).events if e.event.plover == "REJECT"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Washington asked Manila to expel the diplomats, but the Philippines has so far refused.", "PHL", "USA"),
    ("Chile urged Peru to reopen the border. Lima refused, citing the risk of smuggling.", "PER", "CHL"),
    ("Norway offered Colombia a loan last week, which the Colombian government has refused.", "COL", "NOR"),
])
def test_a_bare_refusal_rejects_the_one_it_answers(article, text, source, target):
    assert (source, target) in _rejects(article, text)


@pytest.mark.parametrize("text", [
    "Germany and Austria have also refused to.",
])
def test_a_refusal_with_a_bare_to_is_one_too(article, text):
    assert _rejects(article, text)


@pytest.mark.parametrize("text", [
    "The waiter refused, saying the kitchen was closed.",
    "The horse refused at the last fence.",
])
def test_a_bare_refusal_by_no_political_actor_is_none(article, text):
    assert _rejects(article, text) == []
