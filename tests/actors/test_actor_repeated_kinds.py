"""Groups named again by their kind (session 34): a body of states' noun repeated ("the UN Security Council ... the
council") keeps the body's own code; NGOs named by their kind alone ("the remaining NGOs") are of no state, as aid
groups are, unless their own words say whose; a pair phrase opened by a bare number ("detained two men") names new
people, not the last two named. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The UN Security Council met on Monday to discuss Yemen. The council later extended an arms embargo.",
     "The council", "IGOUNOSEC"),
    # a national council keeps its state
    ("Kenya's National Security Council met on Monday. The council later banned the protest.", "The council", "KENGOV"),
])
def test_a_body_named_again_by_its_noun(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("BAMAKO - The junta expelled three aid groups. The ministry told the remaining NGOs to leave.",
     "the remaining NGOs",
     "NGO"),
    ("BAMAKO - The junta told non-governmental organisations to register again.", "non-governmental organisations",
     "NGO"),
    # their own words say whose
    ("BAMAKO - The junta said local NGOs had backed the plan.", "local NGOs", "MLINGO"),
    ("BAMAKO - The junta accused Malian NGOs of spying.", "Malian NGOs", "MLINGO"),
])
def test_ngos_named_by_their_kind(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
def test_a_bare_number_opens_new_people(pipeline_coder):
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. "
            "Police detained two men who tried to enter the hall. The two leaders signed a border deal.")
    assert mention_codes(pipeline_coder, text, "two men") == []
    assert mention_codes(pipeline_coder, text, "The two leaders") == ["KENGOV", "TZAGOV"]
