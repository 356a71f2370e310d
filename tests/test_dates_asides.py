"""The aside set (aside_cases.yaml): a year in a clause about a noun ("the coalition, formed by lawmakers expelled in
the 2021 purge, condemned the attack") or in a stretch up to now ("strained since the 2019 expulsion") does not make
its paragraph, or the next one, background (dates/resolver.py `_aside_year`); what a speaker tells in the past perfect
through a participle of saying or "in a statement" is news told (dates/background.py `backshifted`); a weekday NER ran
into the count after a comma ("on Monday, days after ...") is still the date (`_before_comma`). Every case must be
right."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_when_cases import failures_of

ASIDES = yaml.safe_load((Path(__file__).parent / "aside_cases.yaml").read_text(encoding="utf-8"))


def test_the_aside_set_has_news_and_background():
    cases = [case for article in ASIDES for case in article["events"]]
    assert len(cases) >= 12
    assert {case["modality"] for case in cases} == {"asserted", "historical"}


@pytest.mark.slow
def test_asides_leave_the_news_news_and_a_dated_story_stays_background(pipeline_coder):
    failures, near_misses, near_right = failures_of(pipeline_coder, ASIDES)
    assert not failures, "\n".join(failures)
    assert near_right == near_misses
