"""A place named in a "when", "after" or "because" clause of its own, apart from the clause an actor stands in,
lends the actor no country ("the troops withdrew after rebels attacked a garrison in Chad": where the rebels struck,
not whose the troops are); a place in the actor's own clause, or in the frame of a clause reporting it, still does
(session 30). The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("Sudan's army said its forces were on alert.\n\n"
     "The troops withdrew on Monday after rebels attacked a garrison in Chad.", "The troops", "SDNMIL"),
    ("Bolivia's government has been on alert for a week.\n\n"
     "The army closed the road on Friday when smugglers crossed from Peru.", "The army", "BOLMIL"),
])
def test_a_place_in_a_clause_apart_lends_no_country(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    # the place in the actor's own clause
    ("Kenya's government met on Monday.\n\n"
     "Police fired tear gas at protesters in Kampala on Monday.", "Police", "UGACOP"),
    # the place frames the clause its speaker reports
    ("Talks on grain went on all week.\n\n"
     "In Lima, the minister said police had arrested twelve farmers.", "police", "PERCOP"),
    # the rebels stand in the clause apart themselves: its place is theirs
    ("Sudan's army said its forces were on alert.\n\n"
     "The troops withdrew on Monday after rebels attacked a garrison in Chad.", "rebels", "TCDREB"),
])
def test_a_place_in_the_actors_own_clause_still_lends_its_country(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]
