"""Session 23 (twoacts23): an act done to a share of something ("dismissed most of the suit", "lifted some of the
sanctions") is done to what the share is of (matching._partitive_wholes), and a claim brought to a court that is
dismissed is thrown out (triggers.yaml: dismiss + suit, 120); a count of people ("freed dozens of activists") stays
the one acted on. Sentences invented for the tests, coded alone through the whole pipeline."""

import pytest
from lonesentences import act_table_tests

FOUND = [
    ("A federal judge in Denver dismissed most of the lawsuit on Friday.", "REJECT", "120"),
    ("The appeals court dismissed all of the appeals on Monday.", "REJECT", "120"),
    ("The European Union lifted some of the sanctions on Minsk.", "RETREAT", "085"),
]
NOT_FOUND = [
    # a share of a thing no pattern names is no act
    ("The city council threw out some of the old furniture.", "120"),
]

test_the_act_is_coded, test_the_same_words_of_no_act_are_not = act_table_tests(FOUND, NOT_FOUND)


@pytest.mark.slow
def test_a_count_of_people_acted_on_keeps_its_words(pipeline_coder):
    events = pipeline_coder.code_text("The junta freed dozens of political prisoners on Sunday.").events
    assert any(t.text.startswith("dozens") for e in events for t in e.target), \
        [(e.trigger.text, [t.text for t in e.target]) for e in events]
