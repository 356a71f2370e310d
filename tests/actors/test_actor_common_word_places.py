"""An ordinary word that a town is also named (geo/places.yaml common_words) gives no actor a country, and a
nationality in an actor's own words beats the place where it is; people from elsewhere ("foreigners") are civilians
of no country. Invented sentences, coded alone, real model."""

from __future__ import annotations

import pytest


def _roles(pipeline_coder, text: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [([a.country for a in e.source], [a.country for a in e.target]) for e in pipeline_coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Human rights groups blamed the army for the deaths of twelve protesters.",
    "Young people clashed with police on Sunday.",
    "Unity party leaders condemned the decision.",
])
def test_a_capitalised_common_word_gives_no_country(pipeline_coder, text):
    roles = _roles(pipeline_coder, text)
    assert roles and all(not any(sources) and not any(targets) for sources, targets in roles), roles


@pytest.mark.slow
def test_a_place_that_is_also_a_word_still_gives_its_country(pipeline_coder):
    roles = _roles(pipeline_coder, "Police in Reading arrested two men after the stabbing.")
    assert any("GBR" in sources for sources, _ in roles), roles


@pytest.mark.slow
def test_a_nationality_beats_the_place_where_its_bearer_is(pipeline_coder):
    roles = _roles(pipeline_coder, "Police in Moscow detained an American journalist.")
    assert any("RUS" in sources and targets == ["USA"] for sources, targets in roles), roles


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Foreigners were evacuated from Tripoli by the navy.",
    "Holidaymakers were evacuated from Tripoli by the navy.",
])
def test_people_from_elsewhere_are_civilians_of_no_country(pipeline_coder, text):
    targets = [a for e in pipeline_coder.code_text(text).events for a in e.target]
    assert any(a.code == "CVL" and not a.country for a in targets), [(a.text, a.code) for a in targets]
