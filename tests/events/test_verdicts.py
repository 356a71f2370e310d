"""The verdict an act gives on its object by "as" (triggers.yaml verdict_preps: "condemned the strikes as a flagrant
violation of its sovereignty", "dismissed the calls as a threat to the peace"): part of that act, no act of its own,
whether a trigger noun or a speaker's word of judgement (session 28, from the false events of the tuning sets). A
verdict on a verb that is no act ("would be seen as a provocation") is still the speaker's judgement. Invented
sentences."""

import pytest
from eventpicks import coded_types


def test_as_is_a_preposition_of_verdict(patterns):
    assert "as" in patterns.phrases.verdict_preps


@pytest.mark.slow
@pytest.mark.parametrize(("text", "act", "verdict"), [
    ("Lebanon's president condemned the Israeli strikes as a flagrant violation of Lebanese sovereignty.",
     "ACCUSE", "REJECT"),
    ("The former rebel leader has repeatedly dismissed calls for his prosecution as a threat to the peace process.",
     "REJECT", "ACCUSE"),
])
def test_a_verdict_is_not_coded_beside_its_act(article, text, act, verdict):
    plovers = coded_types(article, text)
    assert act in plovers
    assert verdict not in plovers


@pytest.mark.slow
def test_a_verdict_on_no_act_is_still_a_judgement(article):
    assert "ACCUSE" in coded_types(
        article, "The cardinal said the decision would be seen as an open provocation against the Holy See.")
