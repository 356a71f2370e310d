"""The session-17 lexicon set (lexicon17_cases.yaml): invented news sentences telling an act of CAMEO's verb classes
in words the trigger lexicon lacked before session 17 ("dined with the king", "held a working lunch", "liaised with
their counterparts", "provided Kyiv with tanks", "granted $20 million to", "held the activist incommunicado",
"shuttered the newspaper", "labelled the group a foreign agent", "put the general on trial", "applied to join the
bloc", "dug in its heels", "killed the bill", "hammered out a deal", "levied duties on", "curtailed trade with"), and
near misses that say the same words of no political act. Each sentence is coded alone through the whole pipeline."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_floors, assert_no_event_floor

CASES: dict[str, list] = yaml.safe_load((Path(__file__).parent / "lexicon17_cases.yaml").read_text(encoding="utf-8"))
FAMILIES = [family for family in CASES if family != "NEAR_MISS"]

# Shares measured when the set was written (session 17): found 89/89 (main at 9a29dcc: 10/89), both countries right
# 72/89 (8/89; a government acting on its own people, or a refusal of no one named, has no second country); near misses
# with no event 49/49 (48/49).
FOUND_FLOOR, DYAD_FLOOR, NEAR_MISS_FLOOR = 0.95, 0.7, 0.9


def test_the_set_covers_every_family_and_has_near_misses():
    assert all(len(CASES[family]) >= 2 for family in FAMILIES) and len(CASES["NEAR_MISS"]) >= 25


@pytest.mark.slow
def test_acts_the_lexicon_lacked_are_coded(pipeline_coder):
    assert_families_floors(pipeline_coder, CASES, FAMILIES, (FOUND_FLOOR, DYAD_FLOOR))


@pytest.mark.slow
def test_the_same_words_of_no_political_act_are_mostly_no_event(pipeline_coder):
    assert_no_event_floor(pipeline_coder, [{"text": text} for text in CASES["NEAR_MISS"]], NEAR_MISS_FLOOR)
