"""Session 38 (vocab38): words of news acts the trigger lexicon lacked (missed tuning gold events with no candidate on
their trigger's words), each written for its class with its kin. Unseen sentences, read after a political page's lead
(fairpage.py) by the whole-article pipeline, and the near misses: the same word in a use that is no act."""
from __future__ import annotations

import pytest
from fairpage import acts_after_lead


def _types(article, sentence: str) -> set[str]:
    return {plover for plover, _, _ in acts_after_lead(article, sentence)}


@pytest.mark.parametrize("sentence", [
    "A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracel Islands on Friday.",
    "Police said a Russian patrol vessel rammed a Georgian ferry in the Black Sea.",
])
def test_a_vessel_rammed_is_an_assault(article, sentence):
    assert "ASSAULT" in _types(article, sentence)


@pytest.mark.parametrize("sentence", [
    "The ruling party rammed the budget bill through parliament on Thursday.",
    "The Hungarian government rammed the reform through in a single night.",
])
def test_a_bill_rammed_through_is_no_blow(article, sentence):
    assert "ASSAULT" not in _types(article, sentence)


@pytest.mark.parametrize("sentence", [
    "German prosecutors said Russian agents poisoned the opposition leader in Tomsk.",
    "Britain blamed Moscow for the poisoning of the former Russian intelligence officer.",
])
def test_poison_given_to_someone_is_an_assault(article, sentence):
    assert "ASSAULT" in _types(article, sentence)


@pytest.mark.parametrize("sentence", [
    "Dozens of guests at the Brussels wedding suffered food poisoning on Saturday.",
    "The minister said the dispute had poisoned relations between the two governments.",
])
def test_food_poisoning_or_poisoned_relations_are_no_assault(article, sentence):
    assert "ASSAULT" not in _types(article, sentence)


@pytest.mark.parametrize("sentence", [
    "The Georgian opposition cried fraud after the election commission announced the results.",
    "The Polish foreign minister pointed the finger at Belarus for the drones over the border.",
])
def test_blame_in_idioms_accuses(article, sentence):
    assert "ACCUSE" in _types(article, sentence)


@pytest.mark.parametrize("sentence", [
    "The Eritrean government forcibly conscripted hundreds of students into the army.",
    "The Burmese junta conscripted critics of the regime into the army last year.",
])
def test_people_forced_into_an_army_are_coerced(article, sentence):
    assert "COERCE" in _types(article, sentence)


def test_a_case_registered_against_someone_coerces(article):
    sentence = "Police in Lahore registered a case against the opposition leader on Monday."
    assert "COERCE" in _types(article, sentence)


def test_a_case_registered_for_no_one_is_no_act(article):
    assert not _types(article, "The Brussels registry registered a record number of cases last year.")


@pytest.mark.parametrize("sentence", [
    "The Tajik government will compensate the families of the victims, the ministry said.",
    "The Kyrgyz government said it would indemnify the farmers whose land was flooded.",
])
def test_amends_to_those_harmed_are_aid(article, sentence):
    assert _types(article, sentence) & {"AID", "AGREE"}


def test_a_loss_compensated_by_a_gain_is_no_aid(article):
    sentence = "Higher exports of beer compensated for the fall in chocolate sales, the minister said."
    assert not _types(article, sentence) & {"AID", "AGREE"}


def test_the_conscripts_not_the_army_are_coerced(article):
    acts = acts_after_lead(article, "The Eritrean government conscripted hundreds of journalists into the army.")
    coerced = [targets for plover, _, targets in acts if plover == "COERCE"]
    assert coerced and all(code and not code.endswith("MIL") for targets in coerced for code in targets), acts
