"""Session 30 (threats30): a threat held over a condition in reported speech ("said the president would veto any bill
that ...", "would vote against any budget that ...", "would campaign against any of them who ...", "would block the
merger unless ...", "would call a vote of no confidence if ...") is THREATEN (CAMEO 130), asserted, by the one who would
act, held over whom its object names or over the body whose object it is (a bill: the legislature; a motion of no
confidence: the government). The same act said with no condition ("will veto the bill"), denied, done ("vetoed a bill
that ..."), or for something ("campaign for the bill") threatens no one. Sentences invented for the tests, coded
through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow

SENATE = "The Brazilian Senate began debating a tax reform on Monday. "


def _threats(coder, text):
    return [(e.source[0].sectors[:1] if e.source else None, e.target[0].sectors[:1] if e.target else None, e.modality)
            for e in coder.code_text(text).events if e.event.plover == "THREATEN"]


@pytest.mark.parametrize(("text", "target"), [
    (SENATE + "The president's office said President Lula would veto any bill that raised fuel taxes.", ["LEG"]),
    (SENATE + "Senator Ana Costa said she would campaign against any of the senators who voted for the reform.",
     ["LEG"]),
    (SENATE + "Opposition leader Joao Silva said his party would call a vote of no confidence if the government "
     "raised taxes.", ["GOV"]),
])
def test_an_act_held_over_a_condition_is_a_threat(article, text, target):
    threats = _threats(article, text)
    assert threats and all(modality == "asserted" for _, _, modality in threats)
    assert any(found == target for _, found, _ in threats)


@pytest.mark.parametrize("text", [
    SENATE + "The president's office said President Lula would veto the bill.",
    SENATE + "The president's office said President Lula would veto nothing.",
    SENATE + "The president's office said President Lula would not veto any bill that raised fuel taxes.",
    SENATE + "President Lula vetoed a bill that raised fuel taxes last year.",
    SENATE + "Senator Ana Costa said she would campaign for the bill.",
])
def test_an_act_with_no_condition_threatens_no_one(article, text):
    assert _threats(article, text) == []
