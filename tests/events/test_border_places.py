"""A border names where an act happens, not who is acted on (actors/sectors.yaml border_nouns); an act aimed across
it (a show of force, sectors.yaml border_target_roots) is aimed at the neighbour. Invented sentences, real parses."""

import pytest
from eventpicks import only, texts


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, target",
    [
        ("Bandits raided a mining camp near the border with Bolivia on Monday, officials said.", ["a mining camp"]),
        ("Gunmen ambushed a supply convoy on the Malian border late on Friday.", ["a supply convoy"]),
    ],
)
def test_a_country_beyond_a_border_is_no_target(pipeline_coder, text, target):
    # (the lone sentence's only country may still be the camp's, by the article-country rule)
    assert texts(only(pipeline_coder.code_text(text).events, "ASSAULT").target) == target


@pytest.mark.slow
def test_troops_massed_on_a_border_are_aimed_at_the_neighbour(pipeline_coder):
    event = only(pipeline_coder.code_text("India massed troops on the Pakistani border.").events, "MOBILIZE")
    assert [a.country for a in event.source] == ["IND"]
    assert [a.country for a in event.target] == ["PAK"]


@pytest.mark.slow
def test_a_border_acted_on_stands_for_the_neighbour(pipeline_coder):
    event = only(pipeline_coder.code_text("The president threatened to close the border with Ecuador.").events,
                 "THREATEN")
    assert [a.country for a in event.target] == ["ECU"]
