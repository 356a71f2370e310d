"""Plural group nouns that name political actors by what they do (sectors.yaml, session 38): exiles are the
opposition abroad (OPP), advocates, campaigners and groups named by the cause they press ("environmental groups",
"pressure groups", "patient groups") are NGOs; in a story of several states the cause groups are of no state
(advocacy_bodies). Near misses: one "advocate" (a lawyer where the courts say so), one "campaigner" (a party's), and
consumer groups, who press companies. The pages were written for this test; none comes from the development data."""

from __future__ import annotations

import pytest
from tests.actors.page_mentions import code_of, page_codes

from eventscope.records import Article

ONE_STATE = ("HARARE, May 4 (Wire) - Zimbabwe's cabinet approved a new media law on Tuesday. "
             "The information minister defended the law. ")
SEVERAL = ("Ministers from Chad, Cameroon, Benin and Togo met in a hotel on Monday to discuss fishing quotas. "
           "Togo's delegation left early. Benin's minister praised Cameroon. ")


@pytest.mark.slow
@pytest.mark.parametrize("sentence, words, code", [
    ("Exiles condemned the vote.", "Exiles", "ZWEOPP"),
    ("Political exiles called the law a gag.", "Political exiles", "ZWEOPP"),
    ("Press freedom advocates rejected the minister's argument.", "Press freedom advocates", "ZWENGO"),
    ("Campaigners said they would challenge the law in court.", "Campaigners", "ZWENGO"),
    ("Pressure groups urged the president to veto it.", "Pressure groups", "ZWENGO"),
    ("Patient groups asked the health ministry for talks.", "Patient groups", "ZWENGO"),
])
def test_a_group_that_presses_a_cause_in_a_story_of_one_state(pipeline_coder, sentence, words, code):
    codes = page_codes(pipeline_coder, ONE_STATE + sentence)
    assert code_of(codes, words) == code, codes


@pytest.mark.slow
@pytest.mark.parametrize("sentence, words", [
    ("Environmental groups welcomed the quotas.", "Environmental groups"),
    ("Conservation groups criticised the ministers.", "Conservation groups"),
    ("Lobby groups urged the ministers to cut the quotas.", "Lobby groups"),
])
def test_a_cause_group_in_a_story_of_several_states_is_of_no_state(pipeline_coder, sentence, words):
    codes = page_codes(pipeline_coder, SEVERAL + sentence)
    assert code_of(codes, words) == "NGO", codes


@pytest.mark.slow
@pytest.mark.parametrize("sentence, words", [
    # (one advocate is a lawyer where the courts call them so; one campaigner a party's)
    ("The advocate told the court his client was innocent.", "The advocate"),
    ("Consumer groups urged the company to refund buyers.", "Consumer groups"),
])
def test_near_misses_are_no_ngo(pipeline_coder, sentence, words):
    codes = page_codes(pipeline_coder, ONE_STATE + sentence)
    assert code_of(codes, words) not in ("ZWENGO", "NGO"), codes


@pytest.mark.slow
def test_exiles_welcoming_a_ruling_is_an_event(pipeline_coder):
    # (dropped for no actor before: the plural noun was no actor)
    text = ONE_STATE + "The High Court struck the law down on Friday. The exiles welcomed the ruling."
    article = Article(id=Article.make_id(text), text=text, title="A page written for the test", published="2026-05-08")
    events = next(pipeline_coder.code([article])).events
    assert any(e.event.plover == "SUPPORT" and [a.code for a in e.source] == ["ZWEOPP"] for e in events), events
