"""Acts a whole article does not code (session 28, from the false events of the tuning sets): an act told as not done
by the circumstance of another ("died without having been convicted") or as not possible ("the assembly cannot dismiss
the judges": modality.undone) is neither done nor refused by anyone. A cooperative act that cannot be done is refused
("we cannot accept the offer"). Invented sentences."""

import pytest
from eventpicks import coded_types, word_token

from eventscope.events.modality import modality_of, undone


@pytest.mark.parametrize(("text", "act"), [
    ("The former dictator died in his bed without having been convicted.", "convicted"),
    ("The regulator closed three hundred files without fining a single bank.", "fining"),
    ("The assembly cannot dismiss the judges of the supreme court.", "dismiss"),
    ("The mayor can't close the shelters before the spring.", "close"),
])
def test_an_act_not_done_by_circumstance_or_not_possible_is_undone(nlp, patterns, text, act):
    reading = modality_of(word_token(nlp(text), act), patterns.modality)
    assert reading.modality == "negated"
    assert undone(reading, patterns.modality)


@pytest.mark.parametrize(("text", "act"), [
    ("The army did not attack the village.", "attack"),
    ("The union will not accept the offer.", "accept"),
    ("Police arrested the organisers without warning.", "arrested"),
])
def test_an_act_denied_or_refused_is_not_undone(nlp, patterns, text, act):
    assert not undone(modality_of(word_token(nlp(text), act), patterns.modality), patterns.modality)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The assembly cannot dismiss the judges of the supreme court, the speaker said.",
    "The former dictator died in his bed without having been convicted by the courts.",
])
def test_an_undone_act_is_not_coded(article, text):
    assert not coded_types(article, text)


@pytest.mark.slow
def test_a_cooperative_act_that_cannot_be_done_is_refused(article):
    assert "REJECT" in coded_types(article, '"We cannot accept this offer," the rebel commander told reporters.')

