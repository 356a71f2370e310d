"""Session 23 (twoacts23): a word of judgement on a relative pronoun ("vetoed the bill, which the senator called
reckless") judges the doer of the sentence's act that the pronoun's antecedent is the object of, or part of it
(coder._doers_of_antecedent): one sentence, two acts. Sentences invented for the tests, coded through the whole
pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _accusations(coder, text):
    return [(e.source[0].text if e.source else None, [t.text for t in e.target])
            for e in coder.code_text(text).events if e.event.plover == "ACCUSE"]


@pytest.mark.parametrize("text", [
    'The governor vetoed the budget, which the senator called "reckless spending."',
    'The governor vetoed a bill to raise the fuel tax, which the senator called "a betrayal of drivers."',
])
def test_a_judgement_of_what_an_act_was_done_to_judges_its_doer(article, text):
    found = _accusations(article, text)
    assert any(s and "senator" in s and any("governor" in t for t in ts) for s, ts in found), found


def test_a_judgement_of_a_thing_no_act_was_done_to_judges_no_one(article):
    found = _accusations(article, 'The city opened a new stadium, which the senator called "a disgrace."')
    assert not any(ts for _, ts in found), found
