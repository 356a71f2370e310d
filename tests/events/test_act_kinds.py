"""The act kinds set (act_kinds_cases.yaml, session 16): invented news sentences telling an act in words the coder
missed before ("doing the rounds of European capitals", "testified before the Senate", "informed NATO of its
decision", "turned himself in to police", "attributed the bombing to the rebels", "traded fire", "mended ties",
"suspended Mali", "said the allegations were baseless", "said the troops had committed war crimes", "vowed to be
merciless", "called Israel a rogue state"), and near misses that say the same words of no political act. Each
sentence is coded alone through the whole pipeline."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_floors, assert_no_event_floor

CASES: dict[str, list] = yaml.safe_load((Path(__file__).parent / "act_kinds_cases.yaml").read_text(encoding="utf-8"))
FAMILIES = [family for family in CASES if family != "NEAR_MISS"]

# Shares measured when the set was written (session 16): found 38/39 (main at b58f1e3: 1/39), both countries right
# 21/39 (a visit to "European capitals", a blast blamed on "the rebels", accusations traded, claims denied, threats
# name no target country), near misses clean 20/21 (main 20/21: a university suspending students is coerced,
# as before).
FOUND_FLOOR, DYAD_FLOOR, NEAR_MISS_FLOOR = 0.9, 0.45, 0.85


def test_the_set_covers_every_family_and_has_near_misses():
    assert all(len(CASES[family]) >= 3 for family in FAMILIES) and len(CASES["NEAR_MISS"]) >= 8


@pytest.mark.slow
def test_acts_the_coder_missed_are_coded(pipeline_coder):
    assert_families_floors(pipeline_coder, CASES, FAMILIES, (FOUND_FLOOR, DYAD_FLOOR))


@pytest.mark.slow
def test_the_same_words_of_no_political_act_are_mostly_no_event(pipeline_coder):
    assert_no_event_floor(pipeline_coder, [{"text": text} for text in CASES["NEAR_MISS"]], NEAR_MISS_FLOOR)


@pytest.mark.slow
def test_pressing_ahead_with_an_act_urges_no_one(article):
    # (whole articles: senses.yaml idioms are read there) going on with something is no appeal; pressing someone is
    coded = article.code_text("The UN called for a truce in Gaza. Israel pressed ahead with the offensive.").events
    assert not any(e.event.plover == "REQUEST" and e.trigger.text == "pressed" for e in coded)
    coded = article.code_text("Serbia held elections in May. The EU pressed Serbia to recognise Kosovo.").events
    assert any(e.event.plover == "REQUEST" and e.trigger.text == "pressed" for e in coded)
