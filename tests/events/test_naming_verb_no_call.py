"""Session 39 (figurative39): a verb the tagger read as a verb but that the matcher would take for a slipped noun
("praised X and called Y 'the weakest president in decades'") is no call (REQUEST) when it has an object or a
predicate of its own (matching._VERBAL_ARGUMENTS); "called on X to ..." still is. Sentences invented for the tests,
coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow


def _triggers(coder, text, plover):
    return [e.trigger.text for e in coder.code_text(text).events if e.event.plover == plover]


@pytest.mark.parametrize("text", [
    'The Hungarian leader thanked his supporters and called Macron "the weakest French president in decades."',
    'The Slovak premier praised the protesters on television and called the Commission chief "the most '
    'arrogant official in Brussels."',
])
def test_a_naming_verb_with_its_own_object_is_no_call(article, text):
    assert "called" not in _triggers(article, text, "REQUEST")


def test_a_call_on_someone_still_calls(article):
    # (near miss: "called on" with its object is an appeal)
    assert _triggers(article, "The foreign minister called on the rebels to lay down their arms.", "REQUEST")
