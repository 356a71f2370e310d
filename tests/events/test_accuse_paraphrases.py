"""ACCUSE recall on invented paraphrases (accuse_paraphrases.yaml): the many ways a news report says that a named
actor criticised, blamed, faulted or investigated another, read as whole articles, and near misses that judge no
actor (film critics, sports pundits, the writer's own view, opinions about things)."""

from pathlib import Path

import pytest
import yaml

_CASES = yaml.safe_load((Path(__file__).parent / "accuse_paraphrases.yaml").read_text(encoding="utf-8"))
_CRITICISMS = [tuple(case) for case in _CASES["criticisms"]]
_NEAR_MISSES = list(_CASES["near_misses"])
# share of the criticisms coded as an ACCUSE of the expected target by the expected source (0.70 of the first 168
# before the rules these tests came with), and how many near misses may still be coded ACCUSE (5 then, 4 now)
_RATE = 0.84
_NEAR_MISSES_CODED = 4

# Cases the rules of this module's session made pass: kept passing one by one.
_FIXED = [
    "The governor took the legislature to task for the late budget.",
    "The governor sparred with the legislature over the tax bill.",
    "The president feuded with the chief justice over the ruling.",
    "The opposition labelled the government's budget a disaster for the poor.",
    "The senator termed the administration's response a disgrace.",
    "Tokyo said Seoul's ruling was deeply regrettable.",
    "The opposition leader said the prime minister lacked any credibility.",
    '"The governor\'s plan is a recipe for disaster," the senator said.',
    "The senator directed her fire at the defense secretary.",
    "The mayor was scathing about the transport minister.",
    "The minister said the bank was responsible for the losses.",
    "The minister said the rebels had shown no respect for human life.",
    "Poland said Russia was spreading disinformation about the border.",
    "The prime minister said the opposition was playing games with people's lives.",
    "The council said the rebels had violated the agreement.",
    "Beijing said Washington had interfered in its internal affairs.",
    "The opposition said the election commission had bowed to pressure from the ruling party.",
    "The senator said the governor had turned his back on rural voters.",
    "Lima holds Quito responsible for the border incident.",
    "The party held the governor accountable for the collapse of the pension fund.",
    "Peru said it held Chile responsible for the sinking of the fishing boat.",
    "The minister held the rebels responsible for the massacre.",
    "The mayor said the minister's cuts would harm the poorest neighborhoods.",
    "Jordan condemned what it called an illegal seizure of land by Israel.",
    "The ministry denounced what it described as Chinese aggression in the strait.",
    "Germany described the attack by the junta as barbaric.",
    '"I believe the mayor has betrayed this city," the senator said.',
    '"This is nothing but a stunt by the mayor," the senator said.',
    "The council called the mayor's vote reckless.",
    "The governor's scathing remarks about the mayor drew attention.",
    "The senator's harsh words for the governor came on Friday.",
]


def _accusations(coder, text: str) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.source], [a.text for a in e.target])
            for e in coder.code_text(text).events if e.event.plover == "ACCUSE"]


def _found(coder, text: str, source: str, target: str) -> bool:
    return any(any(source in s for s in sources) and any(target in t for t in targets)
               for sources, targets in _accusations(coder, text))


def test_the_cases_are_well_formed():
    assert len(_CRITICISMS) >= 120 and len(_NEAR_MISSES) >= 60
    assert all(len(case) == 3 for case in _CRITICISMS)
    assert all(source.lower() in text.lower() for text, source, _ in _CRITICISMS)
    assert set(_FIXED) <= {case[0] for case in _CRITICISMS}


@pytest.mark.slow
def test_criticism_is_coded_at_the_rate_reached(article):
    found = sum(_found(article, *case) for case in _CRITICISMS)
    assert found / len(_CRITICISMS) >= _RATE, found


@pytest.mark.slow
def test_near_misses_stay_uncoded(article):
    coded = [text for text in _NEAR_MISSES if _accusations(article, text)]
    assert len(coded) <= _NEAR_MISSES_CODED, coded


@pytest.mark.slow
@pytest.mark.parametrize("text", _FIXED)
def test_a_fixed_case_stays_fixed(article, text):
    _, source, target = next(case for case in _CRITICISMS if case[0] == text)
    assert _found(article, text, source, target), _accusations(article, text)
