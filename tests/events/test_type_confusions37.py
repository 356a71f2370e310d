"""Session 37 (types37): a count of people is itself the one acted on, so an object pattern does not look through it
("freed dozens of political prisoners": the dozens are freed, the count's words are the target's), where a count of
things is looked through ("denounced a string of accords"); a raid that police carry out, conduct or stage is a search
and arrest raid (COERCE 173, as the noun "raid" and "police raided" are), soldiers' raids stay armed force. Sentences
invented for the tests, coded through the whole pipeline."""

import pytest
from eventpicks import coded_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "plover", "count"), [
    ("The military council released hundreds of detained protesters on Monday.", "RETREAT", "hundreds"),
    ("Canada evacuated dozens of its citizens from the coastal town.", "AID", "dozens"),
    ("The authorities freed scores of jailed journalists after the vote.", "RETREAT", "scores"),
])
def test_a_count_of_people_keeps_its_words_as_the_target(pipeline_coder, text, plover, count):
    events = [e for e in pipeline_coder.code_text(text).events if e.event.plover == plover]
    assert events, [(e.event.plover, e.trigger.text) for e in pipeline_coder.code_text(text).events]
    assert any(t.text.startswith(count) for e in events for t in e.target), \
        [(e.trigger.text, [t.text for t in e.target]) for e in events]


@pytest.mark.parametrize("text", [
    "Kenyan police carried out dozens of raids on the homes of opposition activists.",
    "Riot police conducted a series of raids on student dormitories in the capital.",
    "Egyptian police carried out raids on the offices of two rights groups.",
])
def test_raids_police_carry_out_are_arrest_raids(pipeline_coder, text):
    types = coded_types(pipeline_coder, text)
    assert "COERCE" in types and "ASSAULT" not in types, types


@pytest.mark.parametrize("text", [
    "Government troops carried out a raid on a rebel base near the border.",
    "Militants carried out a series of raids on army outposts in the north.",
])
def test_raids_of_soldiers_and_rebels_stay_armed_force(pipeline_coder, text):
    assert "ASSAULT" in coded_types(pipeline_coder, text)


@pytest.mark.parametrize(("text", "plover"), [
    ("The army withdrew a batch of 300 peacekeepers from the mission.", "SANCTION"),
    ("Kenya withdrew the first batch of 500 peacekeepers from Somalia on Friday.", "SANCTION"),
])
def test_a_measure_of_people_is_still_looked_through(pipeline_coder, text, plover):
    # (a measure noun is no count: what it carries is what the pattern reads, people or goods)
    assert plover in coded_types(pipeline_coder, text), coded_types(pipeline_coder, text)
