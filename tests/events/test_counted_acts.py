"""Acts counted among others of their kind (session 23): in a whole article a noun predicated of an act that
counts it ("the override was the latest clash between them", "it was the third expulsion this year", "the row is
the latest in a series of clashes") restates the act its subject names, told by its own words; it is no second
event (senses.yaml counting_modifiers, senses.counted). Invented sentences."""

import pytest

pytestmark = pytest.mark.slow

BRIEF = ("The state Senate voted on Tuesday to override the governor's veto of the tax bill. The override was the "
         "latest clash between the governor and the legislature. Australia expelled a Chinese diplomat on Monday. It "
         "was the third expulsion of a Chinese diplomat from Canberra this year. The dispute is the latest in a series "
         "of clashes between the ministry and the teachers' union.")


def test_a_noun_that_counts_an_act_is_no_second_event(pipeline_coder):
    coded = pipeline_coder.code_text(BRIEF, title="Senate overrides tax veto").events
    triggers = [e.trigger.text for e in coded]
    assert not any(t.startswith(("clash", "expulsion")) for t in triggers), triggers
    # the acts themselves, told by their verbs and nouns, stay
    assert "override" in triggers and any(t.startswith("expelled") for t in triggers), triggers


def test_an_act_told_in_the_predicate_without_a_count_stays(pipeline_coder):
    """"Troops clashed with rebels": the verb tells the act; a noun that counts nothing is not touched."""
    coded = pipeline_coder.code_text("Troops clashed with rebels near the border on Monday. The army said two "
                                     "soldiers were wounded.", title="Troops clash with rebels").events
    assert any(e.trigger.text.startswith("clashed") and e.event.plover == "ASSAULT" for e in coded), coded
