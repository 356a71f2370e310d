"""Two sense errors of non-political pages (session 28): investigators or a company blaming a broken part of a track,
a road or a network ("blamed a cracked rail for the derailment", "a faulty software update") accuse no one
(senses.yaml faults, in the blame rules), while blaming an actor, or an actor's failure, still accuses; and a word of
criticism said by speakers of themselves ("we got this wrong", "I was wrong") is an admission, no accusation, while
the same words said of another still are. Sentences written for this test."""

import pytest

pytestmark = pytest.mark.slow


def coded(coder, text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.event.plover) for e in coder.code_text(text).events]


@pytest.mark.parametrize("text", [
    "Investigators blamed a cracked rail for the derailment near the town.",
    "The airline blamed a faulty software update for the outage that grounded its planes.",
    "The water company blamed the flooding on a burst cable and a leak in the main.",
])
def test_blaming_a_broken_part_accuses_no_one(pipeline_coder, text):
    assert ("blamed", "ACCUSE") not in coded(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Investigators blamed the operator for the derailment near the town.",
    "The opposition blamed the government's failure to act for the crisis.",
])
def test_blaming_an_actor_still_accuses(pipeline_coder, text):
    assert ("blamed", "ACCUSE") in coded(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    'The rail company apologised to its passengers. "We got this wrong, and we are sorry," said its chief executive.',
    'The minister withdrew the plan. "I was wrong," he told reporters in the capital.',
])
def test_a_fault_admitted_is_no_accusation(pipeline_coder, text):
    assert not [t for t in coded(pipeline_coder, text) if t[1] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    '"The ministry got this wrong," the senator said of the budget.',
    '"They were wrong to cut the pensions," the union leader said of the government.',
])
def test_a_fault_found_in_another_still_accuses(pipeline_coder, text):
    assert [t for t in coded(pipeline_coder, text) if t[1] == "ACCUSE"]
