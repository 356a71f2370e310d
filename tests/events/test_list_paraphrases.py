"""The list paraphrase set (list_cases.yaml): invented news sentences whose act is done by or to several parties
listed in one phrase (conjuncts, companions, members of a group, the shared subject of coordinated verbs,
"by"-agents of act nouns), and near misses whose lists are no parties (places, topics, dates, a title, members of
the group's own kind). Each sentence is read as a whole article, where every (source, target) pair of an event is
one event; the coder must find the expected pairs, and no pair beyond those allowed, at least as often as it did
when the set was written."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_pair_floors

CASES: dict[str, list[dict]] = yaml.safe_load((Path(__file__).parent / "list_cases.yaml").read_text(encoding="utf-8"))

# Shares measured when the set was written (session 11): main before the list rules -> with them 0.962, 0.930, 0.955;
# session 16 added echoes ("as did X", "X followed suit", "with X doing the same"): main 0.906, 0.819, 0.967 ->
# 0.974, 0.955, 0.968 (with "X joined the condemnation", "urged X to end it, as did Y").
PAIR_FLOOR = 0.95  # expected pairs found (main: 0.795)
CASE_FLOOR = 0.90  # sentences with every expected pair found (main: 0.690)
NEAR_FLOOR = 0.95  # near misses with no pair beyond those allowed (main: 0.955)


def test_the_set_is_large():
    assert len(CASES["PARTIES"]) >= 60 and len(CASES["NEAR"]) >= 20
    assert all(len(case["pairs"]) >= 1 for rows in CASES.values() for case in rows)


@pytest.mark.slow
def test_every_listed_party_is_an_actor(article):
    assert_pair_floors(article, CASES, PAIR_FLOOR, CASE_FLOOR, NEAR_FLOOR)
