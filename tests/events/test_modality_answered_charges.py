"""Session 23 (contrast23): a charge noun set after the clause that makes it and answered by a denial ("Chile accused
Peru of shelling the port, a charge Lima denies") denies the charge, not the accusation: the parser may hang the
accusing clause on the denial as its complement, and its negation must not reach the accusation or the act it
reports (events/modality.py _answered_after). Sentences invented for the tests."""

import pytest

from eventscope.events.modality import modality_of

pytestmark = pytest.mark.slow

ANSWERED = [
    "Chile accused Peru of shelling the port, a charge Lima denies.",
    "Chile accused Peru of shelling the port, an allegation Lima denied.",
    "Kenya accused Uganda of training the rebels, a claim Kampala rejected.",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_the_accusation_before_an_answered_charge_is_asserted(nlp, patterns, text):
    doc = nlp(text)
    accused = next(t for t in doc if t.lemma_ == "accuse")
    reported = doc[accused.i + 4]  # shelling, training
    assert modality_of(accused, patterns.modality).modality == "asserted"
    assert modality_of(reported, patterns.modality).modality == "asserted"


@pytest.mark.parametrize("text", ANSWERED[:2])
def test_the_accusation_and_the_denial_are_both_coded(article, text):
    events = article.code_text(text).events
    accusations = [e for e in events if e.event.cameo.startswith("11")]
    assert accusations and all(e.modality == "asserted" for e in accusations)
    assert any(e.event.cameo == "016" and e.modality == "asserted" for e in events)


@pytest.mark.parametrize(("text", "act"), [
    ("Lima denied that Peru had shelled the port.", "shell"),
    ("Peru denied shelling the port.", "shell"),
    ("Peru denied the charge that it had shelled the port.", "shell"),
])
def test_what_a_denial_governs_is_still_negated(nlp, patterns, text, act):
    doc = nlp(text)
    denied = next(t for t in doc if t.lemma_ == act)
    assert modality_of(denied, patterns.modality).modality == "negated"
