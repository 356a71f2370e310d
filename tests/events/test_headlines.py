"""Headlines (and kickers) above an article's dateline are sentences like any other: their actors count, in
headline style ("X sends Y", "X to expel Y", two clauses set side by side with a comma); the dateline itself
and bylines never give an actor (real parses, invented headlines)."""

import pytest


def events_of(coder, text):
    return [(e.event.plover, [a.text for a in e.source], [a.text for a in e.target], e.modality)
            for e in coder.code_text(text, published="2021-05-03").events if e.sentence_index == 0]


def all_actor_texts(coder, text):
    return {a.text for e in coder.code_text(text, published="2021-05-03").events
            for a in (*e.source, *e.target, *e.attribution)}


@pytest.mark.slow
def test_a_headline_above_the_dateline_names_who_acts_and_is_helped(pipeline_coder):
    text = "Nepal declares emergency, India sends rescue teams\nKATHMANDU (Reuters) - More people were found on Monday."
    assert ("AID", ["India"], ["Nepal"], "asserted") in events_of(pipeline_coder, text)


@pytest.mark.slow
def test_a_headline_infinitive_is_a_future_act_and_the_byline_gives_no_actor(pipeline_coder):
    text = "Germany to expel Iranian diplomats\nBy Peter Mwangi\nBERLIN (Reuters) - The ministry spoke on Monday."
    found = events_of(pipeline_coder, text)
    assert [(plover, source, modality) for plover, source, _, modality in found] == [("SANCTION", ["Germany"], "future")]
    assert not any("Mwangi" in t for t in all_actor_texts(pipeline_coder, text))


@pytest.mark.slow
def test_a_present_tense_headline_is_an_asserted_act(pipeline_coder):
    text = "Brazil condemns Venezuela vote\nBRASILIA (Reuters) - Officials spoke on Monday."
    assert ("ACCUSE", ["Brazil"], ["Venezuela vote"], "asserted") in events_of(pipeline_coder, text)


@pytest.mark.slow
def test_a_clause_of_saying_beside_help_is_not_who_is_helped(pipeline_coder):
    found = events_of(pipeline_coder, "Chile sends aid, Peru said on Monday.")
    assert [(plover, source, target) for plover, source, target, _ in found] == [("AID", ["Chile"], [])]
