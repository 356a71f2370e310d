"""Adjectives of a firm stance as speech (attribution.yaml: stance_adjectives): "X is adamant that Y must ..." makes X
the speaker of the clause. Sentences invented for the tests, parsed by hand."""

from handparse import context_for, make_doc, mention

from eventscope.events import load_patterns
from eventscope.events.attribution import find_attributions


def _adamant(adjective: str = "adamant", lemma: str = "adamant"):
    # "Smith is adamant that the ministry must resign."
    return make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("is", "be", "AUX", "VBZ", "ROOT", 1),
        (adjective, lemma, "ADJ", "JJ", "acomp", 1),
        ("that", "that", "SCONJ", "IN", "mark", 7),
        ("the", "the", "DET", "DT", "det", 5),
        ("ministry", "ministry", "NOUN", "NN", "nsubj", 7),
        ("must", "must", "AUX", "MD", "aux", 7),
        ("resign", "resign", "VERB", "VB", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_an_adamant_subject_speaks_the_clause_after_it():
    doc = _adamant()
    found = [a for a in find_attributions(doc[:], load_patterns().attribution) if not a.reporting_only]
    assert [([h.text for h in a.heads], a.scope) for a in found] == [(["Smith"], (3, 8))]


def test_an_adjective_of_no_stance_speaks_nothing():
    doc = _adamant("happy", "happy")
    assert find_attributions(doc[:], load_patterns().attribution) == []


def test_an_adamant_speakers_must_on_another_actor_is_a_demand(coder):
    doc = _adamant()
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "John Smith", "USA", "person"),
                                          mention(doc, 4, 6, "Interior Ministry", "TUN", "group")]))
    assert [(e.event.plover, e.source[0].name, e.target[0].name) for e in events] == [
        ("REQUEST", "John Smith", "Interior Ministry")]


def test_an_adamant_subject_with_no_clause_speaks_nothing():
    # "Smith is adamant."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("is", "be", "AUX", "VBZ", "ROOT", 1),
        ("adamant", "adamant", "ADJ", "JJ", "acomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert find_attributions(doc[:], load_patterns().attribution) == []
