"""The countries of an act's two sides from the article around it, on the real model: every case of
data/context_countries.yaml, coded as a whole article. An act aimed at no one named is aimed at the country that
what it is done to or about names ("condemned the bombing at a hotel in Mogadishu"), else at the speaker's own; a
thing judged again right after the speaker's act on another country is that country's ("the vote was flawed");
"we" in a quote is whoever says it; a state's allies, partners or neighbours take no country from its possessive;
people who came from a country ("tourists who had flown in from Italy") are of that country.
The texts were written for this test; none comes from the development data or the gold sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "data" / "context_countries.yaml").read_text(encoding="utf-8"))["cases"]
ANY, NONE = "*", "-"


def _fits(wanted: str, countries: list[str | None]) -> bool:
    if wanted == ANY:
        return True
    if wanted == NONE:
        return not any(countries)
    return wanted in countries


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_the_countries_from_the_article(pipeline_coder, case):
    # (a title and a date make the text an article, coded as a whole)
    events = pipeline_coder.code_text(case["text"], title="A story written for the test", published="2024-05-01").events
    found = [(e.trigger.text, [a.country for a in e.source], [a.country for a in e.target]) for e in events]
    assert any(case["trigger"] in trigger.lower().split() and _fits(case["source"], sources)
               and _fits(case["target"], targets) for trigger, sources, targets in found), found
