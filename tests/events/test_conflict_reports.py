"""Front-line reports (session 18): the toll of an attack is that attack told again, a strike that kills is an
attack, a participle of harm in reported speech is the act told, not the speaker's criticism, and a day told before
a phrasal verb's preposition ("on Friday called on") does not hide the verb. The invented
short articles of conflict_cases.yaml, read as whole articles."""

from pathlib import Path

import pytest
import yaml

_CASES = yaml.safe_load((Path(__file__).parent / "conflict_cases.yaml").read_text(encoding="utf-8"))


def _last_sentence_events(coder, text: str):
    last = len(list(coder.nlp(text).sents)) - 1
    return [e for e in coder.code_text(text).events if e.sentence_index == last]


def test_the_cases_are_well_formed():
    assert all(len(case) == 2 and isinstance(case[1], int) for case in _CASES["tolls"])
    assert all(case[1] in ("ASSAULT", "PROTEST") for case in _CASES["strikes"])
    assert _CASES["acts_told"] and _CASES["near_judgements"]
    assert all(len(case) == 4 for case in _CASES["time_first"])


@pytest.mark.slow
@pytest.mark.parametrize(("text", "count"), _CASES["tolls"])
def test_the_toll_of_an_attack_is_the_attack_told_again(article, text, count):
    assaults = [e for e in _last_sentence_events(article, text) if e.event.plover == "ASSAULT"]
    assert len(assaults) == count, [(e.trigger.text, e.event.cameo) for e in assaults]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), _CASES["strikes"])
def test_a_strike_that_kills_is_an_attack_and_a_walkout_stays_one(article, text, plover):
    assert not [e for e in article.code_text(text).events
                if e.event.plover == plover and e.trigger.text.lower().startswith("strike")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [case[0] for case in _CASES["acts_told"]])
def test_harm_told_in_reported_speech_is_no_criticism_by_the_speaker(article, text):
    assert not [e for e in article.code_text(text).events if e.event.plover == "ACCUSE"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [case[0] for case in _CASES["near_judgements"]])
def test_the_adjective_still_judges(article, text):
    assert [e for e in article.code_text(text).events if e.event.plover == "ACCUSE"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "source", "target"), _CASES["time_first"])
def test_a_day_before_the_phrasal_verbs_own_preposition_does_not_hide_it(article, text, plover, source, target):
    assert any(e.event.plover == plover and e.source and e.source[0].country == source and e.target
               and e.target[0].country == target for e in article.code_text(text).events)
