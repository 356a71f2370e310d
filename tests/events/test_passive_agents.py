"""A passive verb's doer is its agent (events/coder.py `_subject_cannot_act`, session 22): "police units, backed by
armoured vehicles", "is barred by term limits" tell of no one acting, as "tensions eased" does; an agent that may be
an actor still acts ("backed by Rwanda"). Invented sentences, the whole pipeline reading each as a whole article."""

import pytest


def _plovers(coder, text):
    return [e.event.plover for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Riot police, backed by armoured vehicles, moved into the northern districts of Kinshasa on Monday.", "SUPPORT"),
    ("The mayor of Lagos is barred by term limits from seeking a third term.", "COERCE"),
])
def test_a_passive_whose_agent_is_no_actor_tells_no_act(article, text, plover):
    assert plover not in _plovers(article, text)


@pytest.mark.slow
def test_a_passive_whose_agent_is_an_actor_keeps_its_act(article):
    # (backing given to armed groups is military aid, AID 070: tests/events/test_type_confusions_of_verbs.py)
    assert "AID" in _plovers(article, "The rebels, backed by Rwanda, seized the town of Goma on Sunday.")
