"""Speech acts made inside quotes that the coder missed (quoted_speech_cases.yaml; one family per construction, each
with near misses). Each invented text is read as a whole article.

Session 26: a demand in a quote that goes on after its speaker was named (the carried speaker's, as its judgements
are; a copula's "should" there is a verdict or a warning); a time called dark for a value ('"This is a dark day for
press freedom"', speech.yaml dark_times), which judges the doer of the act the quote points back to; a quoted
judgement with no verb, said of someone or of their act ('"Reckless," X said of the governor'); and thanks given by
saying one would like to give them (modality.yaml performing_wishes). Measured when written: on main e518631, 11 of
the 13 wanted events were missing (every carried demand and dark time, three of the four fragments, and the mayor's
thanks, dropped below the confidence floor); the near misses passed.

Session 27, found by reading every missed quoted event of the dev tune half: a deed, or someone's act, said to be
foreign to the values of those who speak ('"Such attacks have no place in our country"', 'alien to everything this
state stands for'; speech.yaml said_criticism_idioms), which judges the doer or the owner of what the quote is about;
and a thing said to be in need of undoing with no one named to undo it ('wrote to the minister: "The decree must be
repealed"'), a demand made of the one spoken to. Measured when written: on main 923efd3, 9 of the 10 wanted events
were missing; the near misses passed."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_have_near_misses

CASES = yaml.safe_load((Path(__file__).parent / "quoted_speech_cases.yaml").read_text(encoding="utf-8"))


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
