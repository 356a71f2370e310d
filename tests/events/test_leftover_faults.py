"""General faults earlier sessions noted and left (session 21, leftovers21), on invented sentences of several shapes
each (data/leftover_faults_cases.yaml), read through the whole pipeline as whole articles: a court's finding against
a party is the court's ACCUSE of it; a charge rejected is a REJECT of the one who made it; a refusal to take orders
is a REJECT of who gives them; the object of an act of help or force is its target; a complaint lodged with a forum
targets the party complained of; mediators are the sources of the mediation; a headline's reciprocal act goes both
ways."""

from pathlib import Path

import pytest
import yaml
from eventpicks import names

_CASES = yaml.safe_load((Path(__file__).parent / "data" / "leftover_faults_cases.yaml").read_text(encoding="utf-8"))
_ALL = [(family, case) for family, cases in _CASES.items() for case in cases]


def _fits(event, case: dict) -> bool:
    allowed = case.get("modality")
    return (event.event.plover == case["plover"]
            and (case["source"] is None or names(event.source, case["source"]))
            and all(names(event.source, code) for code in case.get("sources", ()))
            and (case["target"] is None or names(event.target, case["target"]))
            and (allowed is None or event.modality in allowed))


def test_the_cases_are_well_formed():
    assert all(len(cases) >= 4 for cases in _CASES.values())
    assert all({"text", "plover", "source", "target"} <= set(case) for _, case in _ALL)
    wanted = [(case["text"], case["plover"], case["source"], case["target"]) for _, case in _ALL]
    assert len(wanted) == len(set(wanted))


@pytest.mark.slow
@pytest.mark.parametrize(("family", "case"), _ALL, ids=[f"{family}-{i}" for i, (family, _) in enumerate(_ALL)])
def test_a_case_is_coded_as_wanted(article, family, case):
    events = article.code_text(case["text"]).events
    assert any(_fits(e, case) for e in events), [
        (e.event.plover, e.modality, [(a.text, a.code) for a in e.source], [(a.text, a.code) for a in e.target]) for e in events]
