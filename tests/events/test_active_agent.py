"""Session 28 (recall28): the small parser labels the "by" after an active past verb a passive's agent ("Serbia has
abided by the verdict"); a phrasal verb closing in "by" still finds what it is done by (the verdict yielded to),
and a true passive's agent ("the bill was passed by the Senate") is no such object. Sentences invented for the
tests."""

import pytest
from eventpicks import coded_types

from eventscope.events.matching import object_tokens

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "verb", "wanted"), [
    ("Serbia has abided by the verdict of the court.", "abided", "verdict"),
    ("Pakistan abided by the ruling of the arbitration panel.", "abided", "ruling"),
    ("The government had abided by the decision of the tribunal.", "abided", "decision"),
])
def test_the_by_of_an_active_verb_closes_its_phrase(nlp, text, verb, wanted):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert any(c.dep_ == "agent" for c in token.children)  # the parse this reads past
    assert wanted in [t.text for t in object_tokens(token, "by", frozenset())]


def test_a_passive_agent_is_no_object_of_the_verb(nlp):
    doc = nlp("The bill was passed by the Senate.")
    token = next(t for t in doc if t.text == "passed")
    assert "Senate" not in [t.text for t in object_tokens(token, "by", frozenset())]


@pytest.mark.parametrize("text", [
    "Serbia has abided by the verdict of the international court.",
    "Pakistan abided by the ruling of the arbitration panel.",
    "India abided by the decision of the international tribunal.",
    "Colombia has abided by the judgment of the regional court.",
    "The junta abided by the award of the arbitration tribunal.",
])
def test_a_judgement_abided_by_is_yielded_to(pipeline_coder, text):
    assert "CONCEDE" in coded_types(pipeline_coder, text)
