"""The coder's decision trace on hand-built parses: the gate named for each candidate dropped, the rule of each
event made, and the same events with the trace on or off."""

import pytest
from handparse import context_for, invasion_continued_doc, make_doc, mention, refusal_doc

from eventscope.events.roles.picker import ActorPicker
from eventscope.events.trace import DecisionTrace, Gate
from eventscope.ontology import load_ontology
from eventscope.records import Article


def _traced(coder, doc, mentions, whole_article=False):
    """The events of a one-sentence document and the trace of its candidates dropped."""
    context = context_for(doc, mentions)
    picker = ActorPicker(doc, context.mentions, coder.patterns, context.dateline)
    lemmas = [t.lemma_.lower() for t in doc]
    trace = DecisionTrace(load_ontology())
    events = coder.code_sentence(next(iter(doc.sents)), 0, context.article, picker, lemmas,
                                 whole_article=whole_article, trace=trace)
    return events, trace


def _gates(trace):
    return [(d.trigger.text, d.plover, d.gate) for d in trace.dropped]


def test_a_noun_with_no_actor_around_it_is_dropped_at_no_actor(coder):
    # "The bombardment continued."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("bombardment", "bombardment", "NOUN", "NN", "nsubj", 2),
        ("continued", "continue", "VERB", "VBD", "ROOT", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events, trace = _traced(coder, doc, [])
    assert events == []
    assert _gates(trace) == [("bombardment", "ASSAULT", Gate.NO_ACTOR)]
    dropped = trace.dropped[0]
    assert (dropped.sentence_index, dropped.trigger.start, dropped.trigger.end) == (0, 4, 15)
    assert dropped.rule.startswith("noun:") and dropped.cameo.startswith("19")
    assert str(dropped.gate) == "no-actor" and dropped.as_dict()["gate"] == "no-actor"


def test_a_definite_noun_told_before_is_dropped_at_reference_back_in_a_whole_article(coder):
    # "The invasion by Freedonia continued.": coded in a lone sentence, a reference in an article
    doc, mentions = invasion_continued_doc()
    events, trace = _traced(coder, doc, mentions)
    assert [e.event.plover for e in events] == ["ASSAULT"] and trace.dropped == []
    events, trace = _traced(coder, doc, mentions, whole_article=True)
    assert events == []
    assert _gates(trace) == [("invasion", "ASSAULT", Gate.REFERENCE_BACK)]
    assert trace.dropped[0].source == ("FRE",)


def test_a_killing_by_a_flood_is_dropped_at_natural_force_with_its_role_heads(coder):
    # "Storms killed nine villagers."
    doc = make_doc([
        ("Storms", "storm", "NOUN", "NNS", "nsubj", 1),
        ("killed", "kill", "VERB", "VBD", "ROOT", 1),
        ("nine", "nine", "NUM", "CD", "nummod", 3),
        ("villagers", "villager", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events, trace = _traced(coder, doc, [])
    assert events == []
    assert _gates(trace) == [("killed", "ASSAULT", Gate.NATURAL_FORCE)]
    assert trace.dropped[0].source_heads == ("Storms",) and trace.dropped[0].rule == "verb:kill"


def test_a_question_in_a_whole_article_drops_its_candidates_at_question(coder):
    # "Did Freedonia invade Sylvania?"
    doc = make_doc([
        ("Did", "do", "AUX", "VBD", "aux", 2),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 2),
        ("invade", "invade", "VERB", "VB", "ROOT", 2),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "dobj", 2),
        ("?", "?", "PUNCT", ".", "punct", 2),
    ])
    mentions = [mention(doc, 1, 2, "Freedonia", "FRE"), mention(doc, 3, 4, "Sylvania", "SYL")]
    events, trace = _traced(coder, doc, mentions, whole_article=True)
    assert events == []
    assert _gates(trace) == [("invade", "ASSAULT", Gate.QUESTION)]


def test_a_lone_sentence_keeps_one_event_per_act_and_names_the_others_same_act(coder):
    doc, mentions = refusal_doc()
    trace = DecisionTrace(load_ontology())
    events = coder.code(context_for(doc, mentions), trace)
    assert [e.event.plover for e in events] == ["REJECT"]
    assert {d.gate for d in trace.dropped} == {Gate.SAME_ACT}
    assert all(d.trigger.text == "sign the treaty" for d in trace.dropped)
    assert events[0].rule.startswith("verb:refuse")


def test_the_trace_changes_no_event(coder, article_coder):
    doc, mentions = refusal_doc()
    for rules in (coder, article_coder):
        plain = rules.code(context_for(doc, mentions))
        traced = rules.code(context_for(doc, mentions), DecisionTrace(load_ontology()))
        assert [(e.id, e.event.cameo, e.modality, e.confidence, e.rule) for e in plain] == [
            (e.id, e.event.cameo, e.modality, e.confidence, e.rule) for e in traced]


@pytest.mark.slow
def test_speech_acts_dropped_name_their_gate_and_word(pipeline_coder):
    text = "Chile criticised Peru, calling the decision a disgrace. The minister said the weather was terrible."
    trace = DecisionTrace(load_ontology())
    coded = pipeline_coder.code_doc(Article(id="a", text=text), pipeline_coder.nlp(text), trace)
    assert [(e.event.plover, e.rule) for e in coded.events] == [("ACCUSE", "verb:criticise")]
    assert [(d.sentence_index, d.trigger.text, d.rule, d.gate) for d in trace.dropped] == [
        (0, "disgrace", "speech:disgrace", Gate.ALREADY_CODED), (1, "terrible", "speech:terrible", Gate.NO_ONE_JUDGED)]
    assert trace.dropped[1].source_heads == ("minister",) and trace.dropped[1].target_heads == ("weather",)


@pytest.mark.slow
def test_a_speakers_must_on_their_own_act_is_dropped_at_own_duty(pipeline_coder):
    text = "Chile said Peru must secure its northern border. The Chilean minister said we must stay calm."
    trace = DecisionTrace(load_ontology())
    coded = pipeline_coder.code_doc(Article(id="a", text=text), pipeline_coder.nlp(text), trace)
    assert [(e.sentence_index, e.event.plover, e.rule) for e in coded.events] == [(0, "REQUEST", "modal:must")]
    assert [(d.sentence_index, d.trigger.text, d.rule, d.gate, d.target_heads) for d in trace.dropped] == [
        (1, "stay", "modal:must", Gate.OWN_DUTY, ("we",))]
