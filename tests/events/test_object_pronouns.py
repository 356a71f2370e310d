"""Object pronouns (events/roles/picker.py _own_doers): "them" never stands for who does the act it is the object of.
Invented sentences, each read as a whole article."""

import pytest
from eventpicks import countries, only


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, target",
    [
        # (session 31) an object pronoun never stands for who does the act it is the object of: "them" are the
        # ones arrested, not the police (events/roles/picker.py _own_doers)
        ("Somali police arrested five Kenyan nationals, accusing them of spying.", "ACCUSE", ["KEN"]),
        ("The Indian navy detained 14 Sri Lankan fishermen, accusing them of fishing in Indian waters.", "ACCUSE",
         ["LKA"]),
        ("Ethiopian troops entered Somalia after militants attacked them near the border.", "ASSAULT", ["ETH"]),
        # near miss: a reflexive pronoun does stand for its own subject
        ("The Egyptian army said its soldiers defended themselves against Libyan smugglers.", "SUPPORT", ["LBY"]),
    ],
)
def test_an_object_pronoun_is_not_its_own_act_s_doer(article, text, plover, target):
    event = only(article.code_text(text).events, plover)
    assert countries(event.target) == target
