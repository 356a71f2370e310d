"""Speech acts made inside quotes that the coder missed before session 26 (quote26_cases.yaml; one family per
construction, each with near misses): a demand in a quote that goes on after its speaker was named (the carried
speaker's, as its judgements are; a copula's "should" there is a verdict or a warning); a time called dark for a value
('"This is a dark day for press freedom"', speech.yaml dark_times), which judges the doer of the act the quote points
back to; a quoted judgement with no verb, said of someone or of their act ('"Reckless," X said of the governor'); and
thanks given by saying one would like to give them (modality.yaml performing_wishes). Each invented text is read as a
whole article.

Measured when written: on main e518631, 11 of the 13 wanted events were missing (every carried demand and dark time,
three of the four fragments, and the mayor's thanks, dropped below the confidence floor); the near misses passed."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_have_near_misses

CASES = yaml.safe_load((Path(__file__).parent / "quote26_cases.yaml").read_text(encoding="utf-8"))


def test_each_family_has_cases_and_near_misses():
    assert_families_have_near_misses(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for cases in CASES.values() for case in cases], ids=lambda case: case["text"][:40])
def test_quoted_speech_act_is_coded_as_its_case_says(article, case):
    found = [(e.event.plover, " ".join(a.text for a in e.source), " ".join(a.text for a in e.target))
             for e in article.code_text(case["text"]).events]
    if case["type"] is None:
        assert not [f for f in found if f[0] == case["none"]], found
        return
    assert any(plover == case["type"] and case["by"] in source and case["of"] in target
               for plover, source, target in found), found
