"""Speech acts in quotes that the coder missed before session 27 (quote27_cases.yaml; one family per construction,
each with near misses), found by reading every missed quoted event of the dev tune half: a deed, or someone's act, said
to be foreign to the values of those who speak ('"Such attacks have no place in our country"', 'alien to everything this
state stands for'; speech.yaml said_criticism_idioms), which judges the doer or the owner of what the quote is about;
and a thing said to be in need of undoing with no one named to undo it ('wrote to the minister: "The decree must be
repealed"'), a demand made of the one spoken to. Each invented text is read as a whole article.

Measured when written: on main 923efd3, 9 of the 10 wanted events were missing; the near misses passed."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_have_near_misses

CASES = yaml.safe_load((Path(__file__).parent / "quote27_cases.yaml").read_text(encoding="utf-8"))


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
    assert any(plover == case["type"] and case["by"] in source and (case["of"] is None or case["of"] in target)
               for plover, source, target in found), found
