"""People named by a word of their people, not of its state ("Serbs", "Croats", "ethnic Hungarians": sectors.yaml
kin_peoples), whose own phrase or sentence places them in another state, are of the state they live in (session 34).
Near misses: the state's own adjective ("Serbian"), an army abroad, a people's word glued to a thing ("Serb-run"), and
such people placed in their own people's state or nowhere keep that state. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Croat mayors in Mostar refused to fly the state flag on Monday.", "Croat mayors", "BIHGOV"),
    ("Serb protesters blocked a bridge in Mostar and threw stones at the police.", "Serb protesters", "BIHPRO"),
    ("Ethnic Hungarian councillors in Cluj walked out of the session.", "Ethnic Hungarian councillors", "ROULEG"),
])
def test_a_peoples_word_placed_in_another_state_takes_that_state(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    # the state's own adjective names its citizens or its bodies
    ("Serbian officials in Mostar met the mayor on Monday.", "Serbian officials", "SRBGOV"),
    # a state's army abroad stays its own
    ("Croat troops in Mostar fired on the crowd.", "Croat troops", "HRVMIL"),
    # placed in their people's own state, or nowhere
    ("Serb protesters blocked a bridge in Belgrade.", "Serb protesters", "SRBPRO"),
    ("Croat mayors refused to fly the flag.", "Croat mayors", "HRVGOV"),
])
def test_otherwise_the_peoples_state(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]
