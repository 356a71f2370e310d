"""Session 23 (twoacts23): a word of denial said of a charge ('called the charge "baseless"', "said the allegations
were false") answers the accusation aimed at the speaker's side told in its sentence or the two before, and is
aimed at the accusers (coder._accusers_answered): one sentence, an accusation and its denial, both coded. Sentences
invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _denials(coder, text):
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None)
            for e in coder.code_text(text).events if e.event.cameo == "016"]


@pytest.mark.parametrize("text", [
    'Last week Ghana\'s army accused Togo of arming smugglers, and Togo\'s defence minister called the charge "baseless".',
    "Ghana's army accused Togo of arming smugglers on Monday. Lome said on Tuesday the allegations were false.",
])
def test_a_charge_denied_answers_its_accuser(article, text):
    assert ("TGO", "GHA") in _denials(article, text)


def test_a_charge_denied_by_the_accusers_own_side_answers_no_one_of_it(article):
    text = ("Ghana's army accused Togo of arming smugglers on Monday, and Ghana's defence minister called the charge "
            '"serious".')
    assert ("GHA", "GHA") not in _denials(article, text)
