"""Advocacy bodies named by their kind alone ("human rights groups", "advocacy groups"): of where they work when the story
is of one country (its dateline, its dominant country), but of no state (NGO) in a story of several states, where the
state of the actor named just before them is someone else's (completion/articles `_body_by_kind`, sectors.yaml
advocacy_bodies). The pages were written for this test."""

from __future__ import annotations

import pytest
from tests.actors.page_mentions import code_of, page_codes

# (a story of several states, none of which leads: no dateline, no dominant country)
SEVERAL = ("Ministers from Chad, Cameroon, Benin and Togo met in a hotel on Monday to discuss trade. "
           "Togo's delegation left early. Benin's minister praised Cameroon. ")


@pytest.mark.slow
@pytest.mark.parametrize("text, words", [
    (SEVERAL + "Human rights groups accused Chadian soldiers of abuses.", "Human rights groups"),
    (SEVERAL + "Rights groups condemned the arrests of journalists in Cameroon's north.", "Rights groups"),
    (SEVERAL + "Advocacy groups criticised the meeting.", "Advocacy groups"),
])
def test_a_kind_of_advocacy_body_in_a_story_of_several_states_is_of_no_state(pipeline_coder, text, words):
    codes = page_codes(pipeline_coder, text)
    assert code_of(codes, words) == "NGO", codes


@pytest.mark.slow
def test_a_local_advocacy_body_keeps_a_country(pipeline_coder):
    # (a near miss: "local" says they are of a place the story names)
    codes = page_codes(pipeline_coder, SEVERAL + "Local rights groups in Chad accused the police of abuses.")
    assert code_of(codes, "Local rights groups") != "NGO", codes


@pytest.mark.slow
def test_a_kind_of_advocacy_body_in_a_story_of_one_state_is_that_states(pipeline_coder):
    # (a near miss: a story of one country says where they work)
    text = ("NAIROBI, March 3 (Wire) - Kenyan police arrested 40 people at a protest in Nairobi on Tuesday. "
            "Kenya's interior minister defended the police. Rights groups accused the police of brutality.")
    codes = page_codes(pipeline_coder, text)
    assert code_of(codes, "Rights groups") == "KENNGO", codes


@pytest.mark.slow
def test_a_charity_is_no_advocacy_body(pipeline_coder):
    # (a near miss: "a gambling charity" is a private body; made of no state, it turned a lottery page political)
    codes = page_codes(pipeline_coder, SEVERAL + "A gambling charity urged the winners to seek advice.")
    assert code_of(codes, "A gambling charity") != "NGO", codes
