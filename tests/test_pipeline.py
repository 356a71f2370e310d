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
