"""Session 39 (speech39): an adjective of a firm stance with no "that" before its clause (attribution._stance). The
parser may hang such a clause on the subject as its modifier ("the union is adamant the ministry must withdraw the
reform") or on the copula as a conjunct ("the nurses are adamant the minister must resign"): the subject still
speaks it. A conjunct joined by "and" is no clause of the stance ("the nurses are adamant and the minister is
worried"). Sentences invented for the tests, parsed by hand as the bundled parser parses them."""

from handparse import make_doc

from eventscope.events import load_patterns
from eventscope.events.attribution import find_attributions


def _speakers(doc):
    return [([h.text for h in a.heads], a.scope) for a in find_attributions(doc[:], load_patterns().attribution)
            if not a.reporting_only]


def test_a_clause_hung_on_the_subject_is_spoken_by_it():
    # "The union is adamant the ministry must withdraw the reform."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("union", "union", "NOUN", "NN", "nsubj", 2),
        ("is", "be", "AUX", "VBZ", "ROOT", 2),
        ("adamant", "adamant", "ADJ", "JJ", "acomp", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("ministry", "ministry", "NOUN", "NN", "nsubj", 7),
        ("must", "must", "AUX", "MD", "aux", 7),
        ("withdraw", "withdraw", "VERB", "VB", "acl", 1),
        ("the", "the", "DET", "DT", "det", 9),
        ("reform", "reform", "NOUN", "NN", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert _speakers(doc) == [(["union"], (4, 10))]


def _conjunct(joined: bool):
    # "The nurses are adamant the minister must resign." / "The nurses are adamant and the minister is worried."
    words = [
        ("The", "the", "DET", "DT", "det", 1),
        ("nurses", "nurse", "NOUN", "NNS", "nsubj", 2),
        ("are", "be", "AUX", "VBP", "ROOT", 2),
        ("adamant", "adamant", "ADJ", "JJ", "acomp", 2),
    ]
    if joined:
        words += [
            ("and", "and", "CCONJ", "CC", "cc", 2),
            ("the", "the", "DET", "DT", "det", 6),
            ("minister", "minister", "NOUN", "NN", "nsubj", 7),
            ("is", "be", "AUX", "VBZ", "conj", 2),
            ("worried", "worried", "ADJ", "JJ", "acomp", 7),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    else:
        words += [
            ("the", "the", "DET", "DT", "det", 5),
            ("minister", "minister", "NOUN", "NN", "nsubj", 7),
            ("must", "must", "AUX", "MD", "aux", 7),
            ("resign", "resign", "VERB", "VB", "conj", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    return make_doc(words)


def test_a_clause_joined_to_the_copula_with_no_and_is_spoken_by_the_subject():
    assert _speakers(_conjunct(False)) == [(["nurses"], (4, 8))]


def test_a_clause_joined_by_and_is_no_stance():
    assert _speakers(_conjunct(True)) == []
