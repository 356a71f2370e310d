"""Session 32 (speech32): a verb of force a speaker puts between quote marks of its own ('said the majority had
"ambushed" the mayor', 'accused the board of "sabotaging" the budget') is the speaker's criticism, no act of force;
the same verb unquoted, or opening a long quote, is left to the triggers. Sentences invented for the tests, coded
through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow

BUDGET = "The city council voted on the police budget on Tuesday. "


def _plovers(coder, text):
    return [(e.event.plover, e.event.cameo) for e in coder.code_text(text).events]


@pytest.mark.parametrize("text", [
    BUDGET + 'Councillor Maria Lopez said the mayor had "ambushed" the council by tabling the cuts overnight.',
    BUDGET + 'Councillor Maria Lopez accused the mayor of "sabotaging" the budget talks.',
])
def test_a_quoted_verb_of_force_is_criticism_not_force(article, text):
    found = _plovers(article, text)
    assert ("ACCUSE", "111") in found or ("ACCUSE", "112") in found
    assert not any(plover == "ASSAULT" for plover, _ in found)


def test_the_same_verb_unquoted_is_still_force(article):
    text = "Police said gunmen had ambushed a patrol near the border town on Monday, killing two officers."
    assert any(plover == "ASSAULT" for plover, _ in _plovers(article, text))


def test_a_text_named_again_speaks_for_its_issuer(article):
    text = ("Freedonia's government called on Sylvania to withdraw its troops, in a statement on Monday. "
            "The statement also condemned the shelling of the border towns. "
            "Sylvania's foreign ministry rejected the text.")
    events = article.code_text(text).events
    rejected = [e for e in events if e.event.plover == "REJECT"]
    assert rejected and rejected[0].target and rejected[0].target[0].country != "SYL"
