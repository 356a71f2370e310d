"""A first-level region that opens a body's name gives the body its country ("the Ohio Senate"): the places stage
reads no place inside an organisation's name. Only a region of exactly one country counts: not a country's name,
not a name shared by regions of two countries, not a name that is also a big town abroad. Sentences invented."""

from __future__ import annotations

import pytest


def _sources(coder, text: str) -> list[tuple[str, str | None, str]]:
    return [(a.text, a.country, a.reason) for e in coder.code_text(text).events for a in e.source]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), [
    ("The Nebraska Department of Labor criticised the bank over the layoffs.", "USA"),
    ("The Manitoba legislature rejected the pipeline proposal on Monday.", "CAN"),
    ("Tasmania police arrested four men after the riot.", "AUS"),
    ("The Saskatchewan Treasurer accused the federal minister of lying.", "CAN"),
])
def test_a_region_opening_a_body_name_gives_its_country(pipeline_coder, text, country):
    sources = _sources(pipeline_coder, text)
    assert any(c == country and "country from region" in reason for _, c, reason in sources), sources


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Punjab police arrested four men after the riot.",  # a region of India and of Pakistan
    "Georgia police arrested four men after the riot.",  # a country's name first
])
def test_an_ambiguous_region_gives_no_country_by_itself(pipeline_coder, text):
    sources = _sources(pipeline_coder, text)
    assert sources and not any("country from region" in reason for _, _, reason in sources), sources
