"""Criticism and praise in constructions the speech rules missed before session 25 (judgement25_cases.yaml): how
someone acted, said of them ("said the police had acted with restraint", "the troops behaved professionally", "acted
with impunity"; speech.yaml conduct_verbs, praised_conduct, faulted_conduct). Each invented sentence is read alone as a
whole article."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_have_near_misses, assert_judgement_case

CASES = yaml.safe_load((Path(__file__).parent / "judgement25_cases.yaml").read_text(encoding="utf-8"))


def test_each_family_has_cases_and_near_misses():
    assert_families_have_near_misses(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for cases in CASES.values() for case in cases], ids=lambda case: case["text"][:40])
def test_judgement_is_coded_as_its_case_says(article, case):
    assert_judgement_case(article, case)
