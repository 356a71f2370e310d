"""pipeline.capped_events: a pathological article cannot flood the database with events; Coder.context: what
its actors are."""

import pytest
from eventfactory import make_article, make_event

from eventscope.pipeline import capped_events


def events_in(sentences: int, per_sentence: int):
    article = make_article("Russia attacked Kenya. " * 3)
    base = make_event(article, "Russia", "attacked", "Kenya", "190")
    return [base.model_copy(update={"sentence_index": s, "confidence": (s * per_sentence + k) % 7 / 10})
            for s in range(sentences) for k in range(per_sentence)]


def test_few_events_are_kept_as_they_are():
    events = events_in(3, 2)
    assert capped_events(events, per_sentence=5, per_article=100) == events


def test_caps_keep_the_most_confident_in_order():
    events = events_in(50, 30)  # 1,500 events, 30 in each sentence
    kept = capped_events(events, per_sentence=4, per_article=120)
    assert len(kept) == 120
    per_sentence = {}
    for event in kept:
        per_sentence[event.sentence_index] = per_sentence.get(event.sentence_index, 0) + 1
    assert max(per_sentence.values()) <= 4
    position = {id(e): i for i, e in enumerate(events)}
    assert [position[id(e)] for e in kept] == sorted(position[id(e)] for e in kept)  # original order
    kept_ids = {id(e) for e in kept}
    dropped = [e for e in events if id(e) not in kept_ids]
    assert min(e.confidence for e in kept) >= min(e.confidence for e in dropped)


@pytest.mark.slow
def test_a_datelines_place_and_agency_are_no_actors(pipeline_coder):
    from eventscope.records import Article

    coder = pipeline_coder
    text = "NAIROBI (Reuters) - Soldiers loyal to the Ghanaian president arrested two men on Monday."
    context = coder.context(Article(id="a", text=text), coder.nlp(text))
    texts = {m.actor.text: m.actor.code for m in context.mentions}
    assert "Reuters" not in texts and "NAIROBI" not in texts
    assert texts["Soldiers"] == "GHAMIL"


@pytest.mark.slow
def test_a_coded_event_names_the_rule_that_made_it(pipeline_coder):
    coded = pipeline_coder.code_text("Chile called on Peru to release the fishermen.")
    assert [e.event.plover for e in coded.events] == ["REQUEST"]
    assert coded.events[0].rule is not None and coded.events[0].rule.startswith("verb:")


_FERRY_PAGE = """Tallinn ferry route named after Finland opens to cheers from Estonian traders
A new overnight ferry route between Tallinn and Helsinki opened on Monday, run by the shipping firm Baltic Wave.
The ship, named the Finlandia, carries Estonian timber, Latvian cheese and Swedish furniture to the Finnish coast.
A rival operator, Northline Ferries, accused Baltic Wave of copying its timetable.
Northline also threatened to cut its fares on the Estonia crossing by a third.
Baltic Wave rejected the claim and said its crossing to Finland was faster.
Northline also accused Baltic Wave of luring away its crews.
Estonian exporters welcomed the route, and a Latvian cheese maker said sales to Finland could double.
The crossing takes eleven hours, and cabins cost 90 euros.
The Finlandia was built in a Polish yard and sails under a Swedish flag.
Passengers from Norway and Denmark can connect in Helsinki.
A second ship, the Estonia Star, will join the route in May.
"""


@pytest.mark.slow
def test_a_page_naming_states_as_such_whose_acts_join_no_political_actors_keeps_none(pipeline_coder):
    # (session 36, senses.state_named_page) two ferry lines' quarrel on a page of capitals and demonyms: the roles give
    # the lines the states' countries, but no act joins two political actors and most political mentions are states
    from dataclasses import replace
    from datetime import date

    senses = pipeline_coder.event_coder.senses
    fields = {"title": _FERRY_PAGE.splitlines()[0], "published": date(2026, 3, 2)}
    try:
        pipeline_coder.event_coder.senses = replace(senses, min_state_named_share=1.01)  # the gate off
        assert len(pipeline_coder.code_text(_FERRY_PAGE, **fields).events) >= 3
    finally:
        pipeline_coder.event_coder.senses = senses
    assert pipeline_coder.code_text(_FERRY_PAGE, **fields).events == []
