"""The idiom set (idiom_cases.yaml): invented news sentences telling a verbal act in an idiom or a light-verb phrase
("took issue with", "threw its weight behind", "dug in its heels", "pressed for", "struck a deal", "slapped tariffs
on", "held Tehran responsible", "cast doubt on", "shot down the proposal"), and near misses that say the same words
in a literal sense or of sport. Each sentence is coded alone through the whole pipeline."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_floors, assert_no_event_floor

CASES: dict[str, list] = yaml.safe_load((Path(__file__).parent / "idiom_cases.yaml").read_text(encoding="utf-8"))
FAMILIES = [family for family in CASES if family != "NEAR_MISS"]

# Shares measured when the set was written (session 14): found 120/135 (main at 974d993: 95/135), both countries
# right 104/135 (83/135); near misses with no event 31/42 (34/42: the literal senses of older phrasal verbs, "turned
# down the volume", "ruled out a landing", are coded; the phrasal patterns take no sense rules).
FOUND_FLOOR, DYAD_FLOOR, NEAR_MISS_FLOOR = 0.85, 0.75, 0.66


def test_the_set_is_large_and_has_near_misses():
    assert sum(len(CASES[family]) for family in FAMILIES) >= 80 and len(CASES["NEAR_MISS"]) >= 30


@pytest.mark.slow
def test_idioms_of_verbal_acts_are_coded(pipeline_coder):
    assert_families_floors(pipeline_coder, CASES, FAMILIES, (FOUND_FLOOR, DYAD_FLOOR))


@pytest.mark.slow
def test_literal_senses_are_mostly_no_event(pipeline_coder):
    assert_no_event_floor(pipeline_coder, [{"text": text} for text in CASES["NEAR_MISS"]], NEAR_MISS_FLOOR)
