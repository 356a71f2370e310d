"""Wrong readings of yielding and quarrelling words (session 33, data/senses.yaml and data/triggers.yaml): a quarrel
summed up over time is no act, a border reopened eases a blockade (RETREAT), softer words give nothing up. Invented
sentences, near misses beside them."""

import pytest


def coded(coder, text):
    return [(e.event.plover, e.event.cameo) for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The senator has clashed with the governor before.",
    "The mayor clashed with the city council throughout.",
    "The minister has feuded with the White House since the spring.",
    "The premier has repeatedly clashed with Brussels.",
])
def test_a_quarrel_told_over_time_is_no_act(article, text):
    assert ("ACCUSE", "110") not in coded(article, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # one quarrel, on a day: still criticism
    ("The senator clashed with the governor over the budget on Tuesday.", "ACCUSE"),
    # armed men who have clashed before still fought
    ("Soldiers have clashed with rebels before.", "ASSAULT"),
])
def test_a_quarrel_or_a_fight_on_its_own_stays(article, text, plover):
    assert plover in [p for p, _ in coded(article, text)]


@pytest.mark.slow
def test_a_border_reopened_is_a_retreat_not_a_concession(article):
    found = coded(article, "Kenya and Uganda reopened their shared border on Monday.")
    assert ("RETREAT", "085") in found and not any(p == "CONCEDE" for p, _ in found)


@pytest.mark.slow
def test_a_softer_tone_gives_nothing_up_but_a_softer_stance_does(article):
    assert not any(p == "CONCEDE" for p, _ in coded(article, "Russia softened its tone on Ukraine."))
    assert ("CONCEDE", "080") in coded(article, "Russia softened its stance on Ukraine.")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The environmental group condemned the release of contaminated water into the sea by Japan.",
    "Fiji criticised the release of treated wastewater into the ocean by the Japanese government.",
])
def test_a_substance_let_out_is_no_return(article, text):
    found = coded(article, text)
    assert ("ACCUSE", "111") in found and not any(p == "RETREAT" for p, _ in found)


@pytest.mark.slow
def test_captives_released_are_still_a_release(article):
    assert ("RETREAT", "0841") in coded(article, "Japan released two Chinese fishermen on Friday.")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Norway pulled the two rivals back from the brink.",
    "Qatar pulled the two sides back from war last year.",
    "The central bank pulled the economy back from recession.",
])
def test_others_pulled_back_make_no_retreat(article, text):
    assert not any(p == "RETREAT" for p, _ in coded(article, text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russia pulled its troops back from the border.",
    "The rebels pulled back from the town on Sunday.",
])
def test_forces_pulled_back_still_retreat(article, text):
    assert ("RETREAT", "0874") in coded(article, text)
