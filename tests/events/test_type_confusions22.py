"""Types of session 22 (invented sentences, real parses): workers who strike stop work (PROTEST 143), armed men who
strike attack; a naming verb joined to another verb names with that verb's subject ("rejected the deal and called
the offer an insult"); what an office puts forward or brings ("the charges", "the sum", "the plan") judged by a
naming is an act judged, coded with its doer left to the article."""

import pytest
from lonesentences import assert_act_coded, assert_no_act


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Nurses strike over unpaid wages in Lagos.",
    "Junior doctors strike for a third day in Nairobi.",
    "The teachers' union will strike on Monday, its leader said.",
])
def test_workers_who_strike_stop_work(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "PROTEST", "143")
    assert_no_act(pipeline_coder, text, "ASSAULT")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Soldiers struck the rebel camp at dawn.",
    "Government jets struck rebel positions near the border.",
])
def test_armed_men_who_strike_attack(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "ASSAULT", "19")
    assert_no_act(pipeline_coder, text, "PROTEST")


def _last_types(coder, text: str) -> set[str | None]:
    """The PLOVER types coded in the last sentence of `text`, read as a whole article."""
    last = len(list(coder.nlp(text).sents)) - 1
    return {e.event.plover for e in coder.code_text(text).events if e.sentence_index == last}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Germany offered the Namibian tribes 10 million dollars on Monday. Namibian tribal leaders rejected the deal and "
    "called the sum an insult.",
    "Ruritanian prosecutors charged the opposition leader with fraud. The opposition party called the charges a "
    "sideshow and demanded an inquiry.",
    "The Ruritanian senator met the governor on Tuesday, urged him to resign and called his plan a disgrace.",
])
def test_a_naming_joined_to_another_act_is_criticism_too(article, text):
    assert "ACCUSE" in _last_types(article, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Ruritanian mayor visited the flooded district. The mayor said the weather was terrible.",
    "The Ruritanian president toured the factory and called the machines a marvel.",
])
def test_things_named_judge_no_one(article, text):
    assert "ACCUSE" not in _last_types(article, text)
