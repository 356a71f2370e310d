"""matching.verb_phrase_in: a verb's phrase (lemma and particle) tested against a word list, its particles read only
when the lemma begins one of the list's phrases. Hand-built parses, no model."""

from handparse import make_doc

from eventscope.events.matching import verb_phrase, verb_phrase_in
from eventscope.events.patterns import VerbPhrases

# "The council set up a panel."
SET_UP = [
    ("The", "the", "DET", "DT", "det", 1),
    ("council", "council", "NOUN", "NN", "nsubj", 2),
    ("set", "set", "VERB", "VBD", "ROOT", 2),
    ("up", "up", "ADP", "RP", "prt", 2),
    ("a", "a", "DET", "DT", "det", 5),
    ("panel", "panel", "NOUN", "NN", "dobj", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]

# "The rebels struck back."
STRUCK_BACK = [
    ("The", "the", "DET", "DT", "det", 1),
    ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
    ("struck", "strike", "VERB", "VBD", "ROOT", 2),
    ("back", "back", "ADV", "RP", "prt", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_phrasal_verb_found_by_its_particle() -> None:
    verb = make_doc(SET_UP)[2]
    assert verb_phrase(verb) == "set up"
    assert verb_phrase_in(verb, VerbPhrases.of(frozenset({"set up", "dispatch"})))


def test_same_lemma_with_another_particle_is_not_the_phrase() -> None:
    verb = make_doc(SET_UP)[2]
    assert not verb_phrase_in(verb, VerbPhrases.of(frozenset({"set off", "set"})))


def test_lemma_beginning_no_phrase_is_not_one() -> None:
    verb = make_doc(STRUCK_BACK)[2]
    assert not verb_phrase_in(verb, VerbPhrases.of(frozenset({"set up", "hit back"})))
    assert verb_phrase_in(verb, VerbPhrases.of(frozenset({"strike back"})))


def test_the_phrases_heads_are_their_first_words() -> None:
    phrases = VerbPhrases.of(frozenset({"set up", "set off", "hit back", "dispatch"}))
    assert phrases.heads == {"set", "hit", "dispatch"}
