"""An act told in the relative clause of a noun that restates an earlier act ("..., an offer that Lima welcomed", "...,
a demand the cabinet rejected") is aimed at the doer of that earlier act, not at the acting side's own country nor at
a party merely named near it (completion.targets `_restated_doer`); such a noun's clause is no part of what the first
act is about (`_acted_on_country`). A threat whose that-clause names its subject's doer after "by" ("any attempt by
the Forum to ...") is aimed at that doer (`_warned_party`). Refusals answer and judgements repeat only acts told
before them (`act answered`, `earlier act`). The sentences were written for this test."""

from __future__ import annotations

import pytest

from eventscope.actors.completion.targets import _relative_clause_of, _restating_noun


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "trigger", "noun"), [
    ("The king offered to mediate between the parties, an offer that Lima welcomed.", "welcomed", "offer"),
    ("The mayor called for a curfew, a demand the council rejected on Monday.", "rejected", "demand"),
    ("The minister cut the grants, a move the unions have said they will fight.", "fight", "move"),
])
def test_a_restating_noun_and_its_clause(nlp, text, trigger, noun):
    doc = nlp(text)
    clause = _relative_clause_of(_token(doc, trigger))
    assert clause is not None and clause.head.text == noun
    assert _restating_noun(clause.head)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The council rejected the plan that the mayor had drawn up.", "drawn"),  # a definite noun: what is acted on
    ("Lima welcomed the offer.", "welcomed"),  # no relative clause
])
def test_other_clauses_restate_nothing(nlp, text, trigger):
    doc = nlp(text)
    clause = _relative_clause_of(_token(doc, trigger))
    assert clause is None or not _restating_noun(clause.head)


LEAD = "(Wire) - The regional dispute went into a third week on Tuesday, and officials said more talks were due.\n"


def _events(pipeline_coder, text, plover):
    coded = pipeline_coder.code_text(LEAD + text, title="Regional dispute", published=None)
    return [e for e in coded.events if e.event.plover == plover and e.trigger.start >= len(LEAD)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "trigger", "country"), [
    ("Norway's foreign minister offered on Friday to host talks between the two sides, an offer that Bogota "
     "welcomed.", "SUPPORT", "welcomed", "NOR"),
    ("The Kenyan president ordered troops into the border region, a decision that Addis Ababa condemned as "
     "reckless.", "ACCUSE", "condemned", "KEN"),
    ("Chile's foreign minister demanded the return of the fishing boats, a demand that Lima rejected.",
     "REJECT", "rejected", "CHL"),
])
def test_an_act_on_a_restated_act_is_aimed_at_its_doer(pipeline_coder, text, plover, trigger, country):
    events = [e for e in _events(pipeline_coder, text, plover) if trigger in e.trigger.text]
    assert events, text
    assert [a.country for e in events for a in e.target] == [country]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), [
    ("Fiji's prime minister warned that any attempt by the Pacific Islands Forum to sanction members would be met "
     "with withdrawal.", "IGO"),
    ("The Latvian defence minister warned that any incursion by Russian aircraft would be met with force.", "RUS"),
])
def test_a_threat_is_aimed_at_the_doer_its_clause_names_after_by(pipeline_coder, text, country):
    threats = _events(pipeline_coder, text, "THREATEN")
    assert threats and [a.country for e in threats for a in e.target] == [country]


@pytest.mark.slow
def test_a_refusal_answers_no_act_told_after_it(pipeline_coder):
    text = ("Peru's top court struck down a law on Thursday, a ruling that the governing party of Chile called "
            "a scandal.")
    refusals = _events(pipeline_coder, text, "REJECT")
    assert refusals and all(a.country != "CHL" for e in refusals for a in e.target)
