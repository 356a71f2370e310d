"""The type-confusion paraphrase set (confusion_cases.yaml): invented news sentences of one family of acts (AID,
COERCE, SANCTION, REJECT, REQUEST, CONSULT) said in ways that bring a word of another family near (money "in
aid" cut, a ban on another state, "hit X with sanctions", a call rejected), and near misses that are no political
act. Each sentence is coded alone through the whole pipeline; the coder must find the expected type (and, for the
dyad rate, the expected source and target countries) at least as often as it did when the set was written."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_family_floors, assert_no_event_floor

CASES: dict[str, list[dict]] = yaml.safe_load((Path(__file__).parent / "confusion_cases.yaml").read_text(encoding="utf-8"))

# Shares reached when the set was written (session 12): type found, and type with both countries right. Main
# before that session's rules (4189696), on the set's first 137 sentences: AID 0.48/0.33, COERCE 0.75/0.61,
# SANCTION 0.50/0.46, REJECT 0.95/0.80, REQUEST 0.93/0.86, CONSULT 0.93/0.79; after the first of them (5721a8e), on
# the whole set: AID 0.68, COERCE 0.87, SANCTION 0.93, REJECT 0.83, REQUEST 0.93, CONSULT 0.87; near misses 0.76.
FLOORS = {
    "AID": (0.75, 0.60),
    "COERCE": (0.90, 0.75),
    "SANCTION": (0.95, 0.90),
    "REJECT": (0.95, 0.80),
    "REQUEST": (0.90, 0.85),
    "CONSULT": (0.90, 0.80),
}
NO_EVENT_FLOOR = 0.75  # share of the near misses coded with no PLOVER event


def test_the_set_is_large_and_covers_every_family():
    assert set(CASES) == {*FLOORS, "NONE"}
    assert sum(len(CASES[kind]) for kind in FLOORS) >= 80 and len(CASES["NONE"]) >= 30
    assert all(len(rows) >= 10 for rows in CASES.values())


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_each_family_keeps_its_type_beside_the_words_of_another(pipeline_coder, kind):
    assert_family_floors(pipeline_coder, CASES[kind], {kind}, FLOORS[kind], kind)


@pytest.mark.slow
def test_near_misses_stay_no_political_act(pipeline_coder):
    assert_no_event_floor(pipeline_coder, CASES["NONE"], NO_EVENT_FLOOR)
