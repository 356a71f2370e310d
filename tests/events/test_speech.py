"""Speech acts (events/speech.py, data/speech.yaml): criticism and praise in what a speaker says."""

import pytest
from handparse import context_for, make_doc, mention

from eventscope.events import EventCoder, load_patterns
from eventscope.ontology import load_ontology


@pytest.fixture(scope="module")
def coder():
    return EventCoder(load_ontology(), load_patterns())


def code(coder, doc, mentions):
    return coder.code(context_for(doc, mentions))


def test_criticism_in_reported_speech_is_the_speakers_accusation(coder):
    # "Smith said the governor failed."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("governor", "governor", "NOUN", "NN", "nsubj", 4),
        ("failed", "fail", "VERB", "VBD", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                               mention(doc, 2, 4, "governor", "USA", "person")])
    accusations = [e for e in events if e.event.plover == "ACCUSE"]
    assert [(a.source[0].name, a.target[0].name, a.modality) for a in accusations] == [("John Smith", "governor", "asserted")]


def test_a_bare_said_is_attribution_not_an_event(coder):
    # "Smith said the governor arrived."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("governor", "governor", "NOUN", "NN", "nsubj", 4),
        ("slept", "sleep", "VERB", "VBD", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                             mention(doc, 2, 4, "governor", "USA", "person")]) == []


def test_a_negated_judgement_is_no_criticism(coder):
    # "Smith said the governor did not fail."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("governor", "governor", "NOUN", "NN", "nsubj", 6),
        ("did", "do", "AUX", "VBD", "aux", 6),
        ("not", "not", "PART", "RB", "neg", 6),
        ("fail", "fail", "VERB", "VB", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                               mention(doc, 2, 4, "governor", "USA", "person")])
    assert not [e for e in events if e.event.plover == "ACCUSE"]


def test_calling_someone_a_failure_is_criticism(coder):
    # "Doe called the mayor a disgrace."
    doc = make_doc([
        ("Doe", "Doe", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("mayor", "mayor", "NOUN", "NN", "dobj", 1),
        ("a", "a", "DET", "DT", "det", 5),
        ("disgrace", "disgrace", "NOUN", "NN", "oprd", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Jane Doe", "USA", "person"),
                               mention(doc, 2, 4, "mayor", "USA", "person")])
    accusation, = [e for e in events if e.event.plover == "ACCUSE"]
    assert (accusation.source[0].name, accusation.target[0].name, accusation.trigger.text) == ("Jane Doe", "mayor", "disgrace")
