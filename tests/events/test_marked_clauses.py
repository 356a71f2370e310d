"""A phrasal verb whose preposition the parser makes the mark of an infinitive clause: "Kenya called for
Uganda to withdraw its troops" is Kenya's appeal to Uganda, and the withdrawal only asked for (hand-built
parses)."""

import pytest
from handparse import context_for, make_doc, mention

from eventscope.events import EventCoder
from eventscope.ontology import load_ontology


def _called_for(verb="called", lemma="call"):
    # "Kenya called for Uganda to withdraw its troops."
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("for", "for", "SCONJ", "IN", "mark", 5),
        ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 5),
        ("to", "to", "PART", "TO", "aux", 5),
        ("withdraw", "withdraw", "VERB", "VB", "advcl", 1),
        ("its", "its", "PRON", "PRP$", "poss", 7),
        ("troops", "troop", "NOUN", "NNS", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    return doc, [mention(doc, 0, 1, "Kenya", "KEN"), mention(doc, 3, 4, "Uganda", "UGA")]


def _events(coder, doc, mentions):
    return [(e.event.plover, [a.country for a in e.source], [a.country for a in e.target], e.modality)
            for e in coder.code(context_for(doc, mentions))]


@pytest.mark.parametrize(("verb", "lemma"), [("called", "call"), ("pushed", "push")])
def test_a_call_for_someone_to_act_is_an_appeal_to_them(patterns, verb, lemma):
    events = _events(EventCoder(load_ontology(), patterns), *_called_for(verb, lemma))
    assert events[0] == ("REQUEST", ["KEN"], ["UGA"], "asserted")


def test_the_act_called_for_is_not_done(patterns):
    every = EventCoder(load_ontology(), patterns, every_reading=True)
    withdrawals = [e for e in _events(every, *_called_for()) if e[0] == "RETREAT"]
    assert withdrawals and all(e[3] == "hypothetical" for e in withdrawals)


def test_a_for_clause_needs_its_infinitive(patterns):
    # "Kenya called for Uganda." is no clause: the preposition's object is the target, as before
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("for", "for", "ADP", "IN", "prep", 1),
        ("calm", "calm", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = _events(EventCoder(load_ontology(), patterns), doc, [mention(doc, 0, 1, "Kenya", "KEN")])
    assert [e[0] for e in events] == ["REQUEST"]
