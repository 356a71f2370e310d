"""Violence told with no one named doing it: wounded victims, deaths beside a bomb blast, a suicide bomber's own
blast; and the accidents and feelings that stay no event (invented sentences, real parses)."""

import pytest


def assaults(coder, text):
    return [e.event.cameo for e in coder.code_text(text).events if e.event.plover == "ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cameo",
    [
        # a wounding with no one named, in a clause that names a weapon
        ("Three soldiers were wounded after a bomb went off beside their convoy.", "182"),
        # deaths beside an explosion are no accident when the sentence names a bomb
        ("A car bomb exploded outside a police station, killing four officers.", "1823"),
        # a bomber who blows himself up attacks those around him
        ("A suicide bomber blew himself up near a checkpoint in the capital.", "1831"),
        ("Two attackers blew themselves up beside the hotel gate.", "1831"),
        # "fire" of "opened fire" is the trigger's own word, no target (nor a natural force)
        ("Masked gunmen opened fire at police officers outside the town.", "193"),
    ],
)
def test_violence_with_no_one_named_doing_it_is_coded(pipeline_coder, text, cameo):
    assert cameo in assaults(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Four workers were injured when a boiler exploded at the factory.",
        "The villagers said they were deeply hurt by the decision.",
        "He shot himself in the foot while cleaning his gun.",
    ],
)
def test_accidents_and_feelings_are_no_assault(pipeline_coder, text):
    assert assaults(pipeline_coder, text) == []


def plover_of(coder, text):
    return [(e.event.plover, e.event.cameo) for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, cameo",
    [
        # ground taken or taken back (CAMEO 192, which PLOVER's coders file as ASSAULT)
        ("Separatist fighters have taken over three villages in the northern district.", "192"),
        ("The army regained two villages near the border after a week of fighting.", "192"),
        ("The militia won back the town from government troops.", "192"),
        # weapons taken from those who hold them (171)
        ("Customs officers intercepted a shipment of rifles at the port.", "171"),
        ("Soldiers captured weapons and ammunition from the rebels.", "171"),
    ],
)
def test_ground_and_weapons_taken_are_coded(pipeline_coder, text, cameo):
    assert cameo in [code for _, code in plover_of(pipeline_coder, text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The minister said the government had regained control of public finances.",
        "The new owner took over the bakery last spring.",
    ],
)
def test_control_of_things_is_no_ground_taken(pipeline_coder, text):
    assert "192" not in [code for _, code in plover_of(pipeline_coder, text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, protest",
    [
        ("Thousands of students poured into the streets downtown on Friday.", True),
        ("Angry farmers flooded the streets of the provincial town.", True),
        # water is no crowd: no one acts
        ("Flood water poured into the streets after the dam burst.", False),
    ],
)
def test_crowds_pouring_into_the_streets_protest(pipeline_coder, text, protest):
    assert ("PROTEST" in [plover for plover, _ in plover_of(pipeline_coder, text)]) == protest
