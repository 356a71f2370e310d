"""A known act named by a noun that a verb's modality only reaches (session 31, from the false events of the tuning
sets): "the corridor would test the junta's promises", "agreed to drop its threat" tell promises and a threat that
exist, so a whole article codes no hypothetical or negated act of the noun's own (modality.modal_thing). A noun a light
verb carries, one with no doer as its possessor and one in a phrase keep the verb's modality. Invented sentences."""

import pytest
from eventpicks import coded_types, word_token

from eventscope.events.modality import modal_thing, modality_of


def _modal_thing(nlp, patterns, text: str, word: str, carried: bool = False) -> bool:
    noun = word_token(nlp(text), word)
    return modal_thing(noun, modality_of(noun, patterns.modality), False, carried, patterns.modality)


@pytest.mark.parametrize(("text", "noun"), [
    ("A monitoring mission would test the army's promises in the border villages.", "promises"),
    ("The ministry said the kingdom's partnership with Oman was not directed at any neighbour.", "partnership"),
    ("The union warned that its support for the mayor is not unconditional.", "support"),
    ("The court could review the council's ban on rallies next month.", "ban"),
])
def test_a_known_act_under_a_modal_verb_is_a_thing(nlp, patterns, text, noun):
    assert _modal_thing(nlp, patterns, text, noun)


@pytest.mark.parametrize(("text", "noun", "carried"), [
    ("The opposition would hold a rally in the capital on Sunday.", "rally", True),  # carried by a light verb
    ("The treasury would not add new sanctions on the refinery.", "sanctions", False),  # a new act
    ("The likely outcome would be a trade embargo enforced by the navy.", "embargo", False),  # a copula's predicate
    ("Residents feared a disaster akin to the massacre of the villagers in May.", "massacre", False),  # in a phrase
    ("Police said the army's blockade of the port continued.", "blockade", False),  # asserted
    ("A monitoring mission would test the promises of the army in the villages.", "promises", False),  # no doer's
])
def test_a_new_carried_or_asserted_act_is_no_thing(nlp, patterns, text, noun, carried):
    assert not _modal_thing(nlp, patterns, text, noun, carried)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Under the deal, Chile agreed to drop its threat to close the border with Bolivia.", "THREATEN"),
    ("A joint patrol by Kenya and Uganda would test the rebels' promises on the ground.", "AGREE"),
])
def test_a_known_act_under_a_modal_verb_is_not_coded(article, text, plover):
    assert plover not in coded_types(article, text)
