"""Constructions of political speech in US long-form reporting (uspolitics_cases.yaml, session 19): "dismissed X as Y"
is criticism, not a refusal; 'called X "Y"' with the quotation hung elsewhere by the parser is a naming, no phone call;
"asked X whether ..." and any whether-clause are a question, not an appeal or an act; "challenged X to a debate" asks X
to meet; "pushed back" with no one pushed is no blow; protesters' chants and signs held, carried or waved are a
demonstration; funding with no one political named giving it is no aid; papers released free no one, and a hallway blocked by
protesters is an obstruction. Each invented sentence is coded alone, read as a whole article,
and must have the PLOVER types its case lists under `has` and none of those under `not`.

Measured when written (session 19): every case passes; on main 07f4f33, 26 of the 49 failed (every case but the
near misses and 'called the council member "a coward and a bully."', which main coded already).
"""

from pathlib import Path

import pytest
import yaml

CASES = yaml.safe_load((Path(__file__).parent / "uspolitics_cases.yaml").read_text(encoding="utf-8"))


def test_each_family_has_cases_and_near_misses():
    for family, cases in CASES.items():
        assert len(cases) >= 4, family
        assert any(not case["has"] or case["not"] == [] for case in cases), family
        assert all(set(case) == {"text", "has", "not"} for case in cases), family


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for cases in CASES.values() for case in cases], ids=lambda case: case["text"][:40])
def test_construction_is_coded_as_its_case_says(article, case):
    types = {event.event.plover for event in article.code_text(case["text"]).events}
    assert set(case["has"]) <= types, types
    assert not types & set(case["not"]), types


@pytest.mark.slow
def test_a_chant_or_placard_on_a_march_is_the_march_told_again(article):
    text = "Hundreds of teachers marched to the statehouse chanting slogans against the governor and waving placards."
    protests = [e for e in article.code_text(text).events if e.event.plover == "PROTEST"]
    assert [e.trigger.text for e in protests] == ["marched"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mover"), [
    ("Republicans said they would introduce a resolution to censure the governor in February.", "Republicans"),
    ("Two senators filed a motion to impeach the judge on Monday.", "Two senators"),
    ("The opposition tabled a motion to censure the finance minister.", "The opposition"),
])
def test_a_measure_moved_to_censure_or_impeach_is_the_movers_act(article, text, mover):
    """The infinitive on a resolution or motion (which the parser may take for a relative clause) is done by whoever
    moves it: the censure or the impeachment has the mover as its source."""
    accusations = [e for e in article.code_text(text).events if e.event.plover == "ACCUSE"]
    assert accusations and [a.text for a in accusations[0].source] == [mover]
