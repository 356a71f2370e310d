"""A written text as the subject of an act done by saying it (events/coder.py `_subject_cannot_act`, session 27):
"the final statement urged both sides to talk", "the petition asks the court to annul the vote" say what the
text's unnamed authors ask or judge, so the subject-cannot-act gate lets them through; a text as the subject of an
act that is no saying ("the decree suspends the right of assembly") and a thing that speaks no words ("the storm
urged") still tell no act. Invented sentences, the whole pipeline reading each as a whole article."""

import pytest


def _plovers(coder, text):
    return [e.event.plover for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Foreign ministers of the regional bloc met in Accra on Friday. The final communique urged the army of Freedonia "
     "and the rebels to agree a ceasefire.", "REQUEST"),
    ("Opposition lawyers filed the challenge on Monday. The petition asks the Supreme Court of Sylvania to annul the "
     "election results.", "REQUEST"),
    ("Rights groups wrote to the interior minister last week. Their letter accused the police of beating detainees "
     "in the capital.", "ACCUSE"),
])
def test_a_written_text_that_asks_or_judges_speaks_for_its_authors(article, text, plover):
    assert plover in _plovers(article, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("The decree suspends the right of assembly for thirty days.", "COERCE"),
    ("The storm urged families inland as the river rose.", "REQUEST"),
])
def test_a_text_doing_no_saying_or_a_thing_that_cannot_speak_tells_no_act(article, text, plover):
    assert plover not in _plovers(article, text)
