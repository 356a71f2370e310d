"""Words of a kind that read as another (session 27), on the real model: a federation of unions named for its kind
("the Nigeria Labour Congress", "the Trades Union Congress") is a labour body, not a legislature, and its "Labour"
no party; "justice" written as the thing ("demanded justice") is no judge. The texts were written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes, text_mentions


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("ACCRA (Reuters) - The Ghana Labour Congress called a general strike on Monday.", "The Ghana Labour Congress",
     "GHALAB"),
    ("NAIROBI (Reuters) - The Kenya Trades Union Congress rejected the wage offer.",
     "The Kenya Trades Union Congress", "KENLAB"),
    ("The Trades Union Congress criticised the government's plan.", "The Trades Union Congress", "LAB"),
])
def test_a_congress_of_unions_is_a_labour_body(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
def test_a_labour_congress_names_no_party(pipeline_coder):
    # (a dictionary's party "Labour" is no second actor inside a union federation's name: it was GBRLEG)
    text = "ABUJA (Reuters) - The Nigeria Labour Congress called a general strike on Monday."
    mentions = text_mentions(pipeline_coder, text)
    assert [m.actor.code for m in mentions if m.actor.text == "The Nigeria Labour Congress"] == ["NGALAB"]
    assert not [m for m in mentions if "Labour Party" in m.actor.name or m.actor.code == "GBRLEG"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Relatives of the victims demanded justice on Monday.",
    "The president vowed to bring the killers to justice.",
    "Protesters called for justice for the slain student.",
])
def test_justice_as_a_thing_is_no_judge(pipeline_coder, text):
    assert not [m for m in text_mentions(pipeline_coder, text) if m.actor.text.lower() == "justice"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), [
    ("Justice Ann Ode ordered the release of the activists.", "Justice Ann Ode"),
    ("A Supreme Court justice criticised the government.", "A Supreme Court justice"),
    ("The justices rejected the appeal.", "The justices"),
    ("The justice rejected the appeal.", "The justice"),
])
def test_a_judge_called_justice_is_still_one(pipeline_coder, text, words):
    assert [code[-3:] for code in mention_codes(pipeline_coder, text, words)] == ["JUD"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), [
    ("DUBLIN (Reuters) - The company said it would consult staff representatives on the job cuts.",
     "staff representatives"),
    ("DUBLIN (Reuters) - Employee representatives met the managers on Friday.", "Employee representatives"),
])
def test_who_speaks_for_a_workplaces_staff_is_labour_no_legislator(pipeline_coder, text, words):
    # (session 31: "staff representatives" read as a legislature made a layoffs page political)
    assert mention_codes(pipeline_coder, text, words) == ["IRLLAB"]
