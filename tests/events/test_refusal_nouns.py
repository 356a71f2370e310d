"""A refusal told by its noun is coded as the verb tells it: REJECT, asserted, by whose refusal it is, aimed at whom
the refused act is aimed at; the refused act is no second event (session 26: the hand-coded gold codes a refusal
once, as the REJECT); a demand turned down was made (modality.yaml answered_nouns). Invented sentences, real parses,
read as a whole article."""

import pytest
from eventpicks import countries, only


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, refused, source, target",
    [
        ("Chile condemned Peru's refusal to release the fishermen.", "RETREAT", ["PER"], ["PER"]),
        ("Chile was angered by the refusal by Peru to return the ambassador.", "RETREAT", ["PER"], ["PER"]),
        ("Peru's refusal to sign the treaty with Chile drew criticism.", "SUPPORT", ["PER"], ["CHL"]),
    ],
)
def test_a_refusal_noun_is_a_rejection_and_the_act_refused_is_no_second_event(article, text, refused, source, target):
    events = article.code_text(text).events
    rejection = only(events, "REJECT")
    assert rejection.modality == "asserted"
    assert countries(rejection.source) == source
    assert countries(rejection.target) == target
    assert not [e for e in events if e.event.plover == refused]


@pytest.mark.slow
def test_a_by_phrase_owns_the_refusal(article):
    events = article.code_text("Chile was angered by the refusal by Peru to return the ambassador.").events
    assert [a.code for a in only(events, "REJECT").source] == ["PER"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Peru rejected calls by the Chilean opposition for fresh talks.",
        "The mayor dismissed a request by striking nurses to meet the governor.",
    ],
)
def test_a_demand_turned_down_was_made(article, text):
    events = article.code_text(text).events
    assert only(events, "REJECT").modality == "asserted"
    assert all(e.modality != "negated" for e in events if e.event.plover == "REQUEST")
