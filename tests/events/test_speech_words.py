"""Words of support, refusal and appeal beyond the plain verbs (triggers.yaml): backing given by an idiom
("threw its weight behind", "lent its support"), refusals by a gesture ("shrugged off", "brushed aside"),
appeals for arms, gratitude said of someone; committing a wrong is no promise. Hand-built parses of invented sentences."""

import pytest
from handparse import context_for, make_doc, mention

from eventscope.events import EventCoder
from eventscope.events.matching import find_triggers
from eventscope.ontology import load_ontology


def svo(verb, lemma, obj, obj_lemma, particle=None):
    """'Officials <verb> [particle] the <obj> .' as a hand-built parse."""
    rows = [("Officials", "official", "NOUN", "NNS", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1)]
    if particle:
        rows.append((particle, particle, "ADP" if particle != "aside" else "ADV", "RP", "prt", 1))
    at = len(rows)
    rows += [("the", "the", "DET", "DT", "det", at + 1), (obj, obj_lemma, "NOUN", "NNS", "dobj", 1),
             (".", ".", "PUNCT", ".", "punct", 1)]
    return make_doc(rows)


def codes(patterns, doc):
    return [m.cameo for m in find_triggers(doc[:], patterns)]


@pytest.mark.parametrize(("verb", "lemma", "obj", "obj_lemma", "particle", "cameo"), [
    ("threw", "throw", "weight", "weight", None, "051"),
    ("lent", "lend", "support", "support", None, "051"),
    ("gave", "give", "blessing", "blessing", None, "051"),
    ("shrugged", "shrug", "proposals", "proposal", "off", "120"),
    ("brushed", "brush", "proposals", "proposal", "aside", "120"),
    ("sought", "seek", "weapons", "weapon", None, "023"),
])
def test_idioms_of_support_refusal_and_appeal(patterns, verb, lemma, obj, obj_lemma, particle, cameo):
    assert cameo in codes(patterns, svo(verb, lemma, obj, obj_lemma, particle))


def test_throwing_things_is_no_support(patterns):
    assert "051" not in codes(patterns, svo("threw", "throw", "stones", "stone"))


def test_rallying_behind_someone_backs_them_and_rallying_alone_is_a_protest(patterns):
    # "Officials rallied behind the governor." / "Officials rallied."
    behind = make_doc([("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("rallied", "rally", "VERB", "VBD", "ROOT", 1),
                       ("behind", "behind", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
                       ("governor", "governor", "NOUN", "NN", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)])
    alone = make_doc([("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("rallied", "rally", "VERB", "VBD", "ROOT", 1),
                      (".", ".", "PUNCT", ".", "punct", 1)])
    assert codes(patterns, behind) == ["051"]
    assert [c[:2] for c in codes(patterns, alone)] == ["14"]


def test_being_grateful_to_someone_is_praise(patterns):
    # "Officials are grateful to the navy."
    doc = make_doc([("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("are", "be", "AUX", "VBP", "ROOT", 1),
                    ("grateful", "grateful", "ADJ", "JJ", "acomp", 1), ("to", "to", "ADP", "IN", "prep", 2),
                    ("the", "the", "DET", "DT", "det", 5), ("navy", "navy", "NOUN", "NN", "pobj", 3),
                    (".", ".", "PUNCT", ".", "punct", 1)])
    assert codes(patterns, doc) == ["051"]


@pytest.mark.parametrize(("obj", "obj_lemma", "agrees"), [("crimes", "crime", False), ("troops", "troop", True)])
def test_committing_a_wrong_promises_nothing(patterns, obj, obj_lemma, agrees):
    # "Officials committed the crimes." / "Officials committed the troops."
    doc = svo("committed", "commit", obj, obj_lemma)
    coder = EventCoder(load_ontology(), patterns)
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "Interior Ministry", "TUN", "group")]))
    assert any(e.event.plover == "AGREE" for e in events) == agrees
