"""The sense set (sense_cases.yaml): invented news sentences in which a political trigger word is said in a sense
that is no political act (backing the economy, concluding that, arriving in parliament, a film that beat another, a
plane that flew to a city, a pilot who asked the controllers), each beside sentences in which the same words still
tell the act. Each sentence is coded alone through the whole pipeline (events/senses.py, data/senses.yaml)."""

from pathlib import Path

import pytest
import yaml
from eventpicks import names

CASES: dict[str, dict[str, list[dict]]] = yaml.safe_load(
    (Path(__file__).parent / "sense_cases.yaml").read_text(encoding="utf-8"))

# Shares measured when the set was written (session 15), per class: sentences still coded with the act (source and
# target right) are all coded, as on main at 77d6651; sentences in another sense with no event of that type:
# things_backed 20/21 (main 4/21: "supported the currency by selling dollars" embeds an act, so no sense rule
# reads it), thinking 10/10 (0/10), joining 5/5 (0/5), contests 6/6 (3/6), vehicles 7/7 (0/7), workers 8/8 (3/8); contest_marks (session 32) 6/6 (0/6); races (session 34) 5/5 (main 1/5);
# qualities_promised (session 36) 5/5 (main 0/5).
CODED_FLOOR = 1.0
NOT_CODED_FLOORS = {"things_backed": 0.9, "thinking": 1.0, "joining": 1.0, "contests": 1.0, "vehicles": 1.0,
                    "workers": 1.0, "contest_marks": 1.0, "races": 1.0, "qualities_promised": 1.0}


def test_every_class_has_both_senses():
    assert set(CASES) == set(NOT_CODED_FLOORS)
    for name, cases in CASES.items():
        assert len(cases["coded"]) >= 3 and len(cases["not_coded"]) >= 5, name


def _coded(pipeline_coder, case: dict) -> bool:
    events = [e for e in pipeline_coder.code_text(case["text"]).events if e.event.plover == case["plover"]]
    return any((case["source"] is None or names(e.source, case["source"]))
               and (case["target"] is None or names(e.target, case["target"])) for e in events)


def _clean(pipeline_coder, case: dict) -> bool:
    return not any(e.event.plover == case["plover"] for e in pipeline_coder.code_text(case["text"]).events)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_political_senses_are_still_coded(pipeline_coder, name):
    missed = [case["text"] for case in CASES[name]["coded"] if not _coded(pipeline_coder, case)]
    share = 1 - len(missed) / len(CASES[name]["coded"])
    assert share >= CODED_FLOOR, f"{name}: coded {share:.2f}; missed:\n" + "\n".join(missed)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_other_senses_are_no_event(pipeline_coder, name):
    coded = [case["text"] for case in CASES[name]["not_coded"] if not _clean(pipeline_coder, case)]
    share = 1 - len(coded) / len(CASES[name]["not_coded"])
    assert share >= NOT_CODED_FLOORS[name], f"{name}: clean {share:.2f}; coded:\n" + "\n".join(coded)
