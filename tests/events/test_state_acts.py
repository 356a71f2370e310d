"""What a state does by a strike aimed at another (senses.yaml recodes: `aimed`), and a blow dealt by arms in a
sentence that speaks of sanctions besides (senses.yaml not_arguments): invented sentences, real parses, read as whole
articles."""

import pytest


def _types(coder, text):
    return {e.event.plover for e in coder.code_text(text).events}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russian strikes on Ukrainian cities continued through the night.",
    "Turkish strikes on Syrian villages resumed at dawn, residents said.",
])
def test_a_state_strike_aimed_at_another_is_no_walkout(article, text):
    assert "PROTEST" not in _types(article, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "French strikes against the government's pension reform paralysed Paris.",
    "Teachers strike shuts schools across Kenya.",
])
def test_a_strike_with_workers_or_pay_stays_a_walkout(article, text):
    assert "PROTEST" in _types(article, text)


@pytest.mark.slow
def test_a_strike_against_its_own_side_stays_a_walkout(article):
    assert "PROTEST" in _types(article, "French strikes against the government's reform paralysed Paris.")


@pytest.mark.slow
def test_a_blow_by_arms_is_no_sanction_beside_talk_of_sanctions(article):
    types = _types(article, "Russian strikes hit Ukraine's power plants as Europe weighs new sanctions.")
    assert "SANCTION" not in types
    assert "ASSAULT" in types


@pytest.mark.slow
def test_a_blow_dealt_with_sanctions_stays_a_sanction(article):
    assert _types(article, "Washington hit Moscow with fresh sanctions on Friday.") == {"SANCTION"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russian strikes hit Ukraine's power plants overnight, the governor said.",
    "Israeli strikes destroyed two houses in Gaza on Sunday.",
])
def test_a_state_strike_that_hits_is_no_walkout(article, text):
    assert "PROTEST" not in _types(article, text)

