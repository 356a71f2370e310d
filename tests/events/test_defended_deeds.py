"""The deed a verb of defending is about (modality.yaml defending_governors, decision_nouns; modality.defended_deed): in
a whole article "defended his decision to visit Riyadh" tells a defence of a deed done before, told where it was done,
so the deed is no event of its own here; a deed of force stays coded, as the violence reported (session 28, from a dev
tune false CONSULT of this construction). Invented sentences."""

import pytest
from eventpicks import coded_types, word_token

from eventscope.events.modality import defended_deed


@pytest.mark.parametrize(("text", "deed", "cameo"), [
    ("The president defended his decision to visit Riyadh.", "visit", "042"),
    ("The finance minister defended the move to cut aid to Ethiopia.", "cut", "162"),
    ("The premier justified her choice to meet the exiled bishop.", "meet", "040"),
    ("The chancellor defended his decision to talk with and visit the junta leaders.", "visit", "042"),
    ("The foreign minister defended scrapping the trade agreement with Canada.", "scrapping", "080"),
    ("Her decision to meet the Dalai Lama was defended by the prime minister.", "meet", "040"),
])
def test_a_deed_defended_is_what_the_defence_is_about(nlp, patterns, text, deed, cameo):
    assert defended_deed(word_token(nlp(text), deed), cameo, patterns.modality)


@pytest.mark.parametrize(("text", "deed", "cameo"), [
    # a deed of force is coded as the violence reported
    ("The general defended his decision to bomb the bridge.", "bomb", "183"),
    # a decision told with no defence, and a defence of no decision's deed, leave the act alone
    ("The president decided to visit Riyadh on Monday.", "visit", "042"),
    ("The minister announced his decision to visit Riyadh.", "visit", "042"),
    ("The president visited Riyadh and defended the arms deal.", "visited", "042"),
    ("The president defended the right of the press to criticise the government.", "criticise", "111"),
])
def test_other_acts_are_not_defended_deeds(nlp, patterns, text, deed, cameo):
    assert not defended_deed(word_token(nlp(text), deed), cameo, patterns.modality)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "deed"), [
    ("The Kenyan president defended his decision to visit Riyadh.", "CONSULT"),
    ("Ethiopia's finance minister defended the move to cut aid to Somalia.", "SANCTION"),
])
def test_a_defended_deed_is_not_coded(article, text, deed):
    assert deed not in coded_types(article, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "deed"), [
    ("The Kenyan president announced his decision to visit Riyadh next month.", "CONSULT"),
    ("The Israeli general defended his decision to bomb the bridge in Gaza.", "ASSAULT"),
])
def test_a_deed_announced_or_of_force_is_still_coded(article, text, deed):
    assert deed in coded_types(article, text)
