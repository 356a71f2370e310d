"""A place in the complement of a border noun ("near the border with Somalia") gives no actor its country: it says
where, not whose (actors/sectors.yaml border_nouns). Invented sentences, real parses."""

import pytest

from eventscope.actors import load_actor_dictionary
from eventscope.actors.completion.words import beyond_border


@pytest.mark.slow
def test_a_place_beyond_a_border_gives_no_sentence_country(pipeline_coder):
    text = ("Kenya's army said on Monday that it was on high alert. "
            "Gunmen killed three farmers in a village near the border with Somalia.")
    killings = [e for e in pipeline_coder.code_text(text).events if e.event.plover == "ASSAULT"]
    assert killings
    assert all(a.country != "SOM" for e in killings for a in (*e.source, *e.target))


@pytest.mark.slow
def test_a_place_in_the_sentence_still_gives_its_country(pipeline_coder):
    text = ("Kenya's army said on Monday that it was on high alert. "
            "Gunmen killed three farmers in a village in Somalia.")
    killings = [e for e in pipeline_coder.code_text(text).events if e.event.plover == "ASSAULT"]
    assert [a.country for a in killings[0].source] == ["SOM"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, beyond",
    [
        ("Rebels shelled a hamlet close to the frontier with Niger.", "Niger", True),
        ("Rebels shelled a town on the Nigerien border.", "Nigerien", True),
        ("Nigerien border guards arrested two smugglers.", "Nigerien", False),
        ("Rebels shelled a town in Niger.", "Niger", False),
    ],
)
def test_beyond_border(pipeline_coder, text, word, beyond):
    doc = pipeline_coder.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert beyond_border(token, load_actor_dictionary().border_nouns) is beyond
