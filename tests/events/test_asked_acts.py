"""An act only asked for, allowed, threatened or talked about (modality.yaml asking_governors, modality.asked_for): in a whole
article the asking is the act coded ("urged Turkey to free the journalists" is a REQUEST), and what it asks for is
what the asking is about, no hypothetical event of its own (session 22). An act said with a modal or a condition is
still coded (invented sentences, the whole pipeline reading each text as a whole article)."""

import pytest
from eventpicks import coded_types


@pytest.mark.slow
@pytest.mark.parametrize(("text", "asking", "asked"), [
    ("The European Union urged Turkey to release the detained journalists.", "REQUEST", "CONCEDE"),
    ("Norway called on the rebels to halt their offensive and withdraw from the port.", "REQUEST", "RETREAT"),
    ("Brazil threatened to impose tariffs on Argentine steel.", "THREATEN", "SANCTION"),
    ("The Vatican urged both governments to refrain from attacking civilians.", "REQUEST", "ASSAULT"),
    ("Activists spent years lobbying European governments to condemn the purge.", "REQUEST", "ACCUSE"),
    ("The minister pressed the rebels to release the hostages.", "REQUEST", "RETREAT"),
])
def test_what_an_act_asks_for_is_not_coded_beside_it(article, text, asking, asked):
    plovers = coded_types(article, text)
    assert asking in plovers
    assert asked not in plovers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Chile could impose tariffs on Peruvian copper next month.", "SANCTION"),
    ("If the rebels attack the port, the navy will respond.", "ASSAULT"),
])
def test_an_act_said_with_a_modal_or_a_condition_is_still_coded(article, text, plover):
    assert plover in coded_types(article, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "allowed"), [
    ("Parliament passed a law allowing the interior ministry to expel foreign journalists.", "SANCTION"),
    ("The decree permits the army to detain protesters without charge.", "COERCE"),
])
def test_an_act_only_allowed_is_not_coded(article, text, allowed):
    assert allowed not in coded_types(article, text)
