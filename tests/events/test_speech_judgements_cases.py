"""Criticism and praise in constructions the speech rules missed before sessions 23 and 25
(speech_judgement_cases.yaml; one family per construction, each with near misses). Session 23: a naming
participle joined to another verb's clause ('urging a vote and calling the veto "a disgrace"') or with its naming in
apposition to the one named ('called Hale's remarks "a cheap stunt"'); a house's censure of whoever survives, faces or
falls to it; trust stated in someone or withdrawn ("had full confidence in", "lost faith in"); idioms that end on their
preposition ("poured scorn on the governor"); "lost his nerve"; and a pace faulted by its excess ("moving too slowly",
"far too late"); a blow struck at a value ("called the law an attack on free speech"); failing someone, which lets
them down and refuses nothing; labels that hold someone up ('"a milestone"', '"the conscience of the nation"', '"a
necessary first step"'), which praise where their flat tone was read as criticism. Session 25: how someone acted,
said of them ("said the police had acted with restraint", "the troops behaved professionally", "acted with impunity";
speech.yaml conduct_verbs, praised_conduct, faulted_conduct). Each invented sentence is read alone as a whole article.

Measured when written (session 23): every case passes; on main c8115c3, 23 of the 29 wanted events were missing (every
censure, confidence, nerve, excess and blow case, the hat tipped, and a participle's and an apposition's namings), a
failing of someone was a refusal, and two of the praises were coded as criticism."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_have_near_misses, assert_judgement_case

CASES = yaml.safe_load((Path(__file__).parent / "speech_judgement_cases.yaml").read_text(encoding="utf-8"))


def test_each_family_has_cases_and_near_misses():
    assert_families_have_near_misses(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for cases in CASES.values() for case in cases], ids=lambda case: case["text"][:40])
def test_judgement_is_coded_as_its_case_says(article, case):
    assert_judgement_case(article, case)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The senator said the governor had failed the people of the state.",
    "\"The government has failed the flood victims,\" the mayor said.",
])
def test_failing_someone_is_criticism_not_a_refusal(article, text):
    """One fails someone by letting them down: the speaker's criticism of the one who failed, and no refusal."""
    types = [e.event.plover for e in article.code_text(text).events]
    assert "ACCUSE" in types and "REJECT" not in types, types
