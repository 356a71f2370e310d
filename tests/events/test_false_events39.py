"""Session 39 (precision39): false events on political pages, by construction. A condition, a target or a need that is
met is fulfilled, no one is met with (meet's not_objects in senses.yaml); an act noun a body tallies by a number ("the
commission has received 41 complaints", "monitors counted thousands of violations") is a record's figure, no act of
the one who tallies and no act of its own (senses.yaml tally_verbs, SenseRules.tallied). Sentences invented for the
tests, coded through the whole pipeline, with near misses that stay events."""

import pytest
from eventpicks import coded_types, word_token

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Finance Minister Aziz Khan said the government had met every condition set by the lenders.",
    "The Ghanaian government has met the requirements of the IMF programme, the finance ministry said.",
    "Kenya's treasury failed to meet the deficit target agreed with the World Bank.",
    "Officials said Serbia now meets the criteria for the next stage of accession.",
])
def test_a_condition_met_is_no_meeting(pipeline_coder, text):
    assert "CONSULT" not in coded_types(pipeline_coder, text), coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto met Ethiopia's prime minister in Addis Ababa.",
    "The Ghanaian finance minister met IMF officials in Washington on Monday.",
    "Serbia's president met the EU envoy to discuss the conditions of the deal.",
])
def test_people_met_are_still_met(pipeline_coder, text):
    assert "CONSULT" in coded_types(pipeline_coder, text), coded_types(pipeline_coder, text)


@pytest.mark.parametrize("text", [
    "The human rights commission says it has received 52 complaints since March against the prison service.",
    "The ceasefire monitors have counted hundreds of Ethiopian violations since June.",
    "The ombudsman's office registered 230 complaints against the interior ministry last year.",
    "The observer mission logged 17 violations of the truce by the army.",
])
def test_acts_tallied_by_a_body_are_no_event(pipeline_coder, text):
    types = coded_types(pipeline_coder, text)
    assert "ACCUSE" not in types and "REJECT" not in types, types


@pytest.mark.parametrize("text", [
    "The ombudsman's office received a complaint from the opposition party.",
    "The opposition lodged 12 complaints with the election commission against the ruling party.",
    "The army committed 17 violations of the truce, the monitors said.",
])
def test_acts_told_stay_events(pipeline_coder, text):
    types = coded_types(pipeline_coder, text)
    assert types & {"ACCUSE", "REJECT"}, types


def test_tallied_names_the_tallying_verb(pipeline_coder):
    from eventscope.events.senses import load_senses

    senses = load_senses()
    doc = pipeline_coder.nlp("Monitors have counted thousands of violations and received 41 complaints.")
    assert senses.tallied(word_token(doc, "violations")).text == "counted"
    assert senses.tallied(word_token(doc, "complaints")).text == "received"
    assert senses.tallied(word_token(doc, "Monitors")) is None
