"""The lexicon set (lexicon_cases.yaml): invented news sentences telling an act in words the trigger lexicon lacked
before session 15 ("immobilised the reserves of", "designated the militia a terrorist group", "halted weapons sales to",
"paused new lending", "served as an intermediary between", "played host to", "told Erdogan by telephone", "sacked
the defence minister", "toppled the government", "torpedoed the deal", "passed information to", "set up
checkpoints"), and near misses that say the same words of no political act. Each sentence is coded alone through
the whole pipeline."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_floors, assert_no_event_floor

CASES: dict[str, list] = yaml.safe_load((Path(__file__).parent / "lexicon_cases.yaml").read_text(encoding="utf-8"))
FAMILIES = [family for family in CASES if family != "NEAR_MISS"]

# Shares measured when the set was written (session 15): found 71/71 (main at 77d6651: 8/71), both countries right
# 52/71 (6/71: a government's acts on its own ministers name no other side, and MOBILIZE has no target to name);
# near misses with no event 33/33 (33/33). Six acts taken out with the phrases a dev check-half miss had suggested
# (assets "blocked", "punitive measures", the sponsors' list, "stood up to"): found 65/65, both countries 47/65.
FOUND_FLOOR, DYAD_FLOOR, NEAR_MISS_FLOOR = 0.95, 0.7, 0.9


def test_the_set_covers_every_family_and_has_near_misses():
    assert all(len(CASES[family]) >= 3 for family in FAMILIES) and len(CASES["NEAR_MISS"]) >= 25


@pytest.mark.slow
def test_acts_the_lexicon_lacked_are_coded(pipeline_coder):
    assert_families_floors(pipeline_coder, CASES, FAMILIES, (FOUND_FLOOR, DYAD_FLOOR))


@pytest.mark.slow
def test_the_same_words_of_no_political_act_are_mostly_no_event(pipeline_coder):
    assert_no_event_floor(pipeline_coder, [{"text": text} for text in CASES["NEAR_MISS"]], NEAR_MISS_FLOOR)
