"""Session 29 (sensedeps29): the sense rules read the trigger's dependents as the recodes do, each label also with its
word ("dobj:which", "xcomp:to"; events/senses.dependency_labels), so a `not_deps` or `deps` entry that names a word
fires, and a bare act (`SenseRule.bare`) governs nothing but the act it refuses or a relative pronoun. Hand parses of
sentences invented for the tests, coded by the event rules alone."""

from dataclasses import replace

from handparse import code, make_doc, mention

from eventscope.events import EventCoder, load_patterns
from eventscope.events.senses import SenseRule, load_senses
from eventscope.ontology import load_ontology


def _hit_doc():
    """"Freedonia hit the convoy." (an attack on a thing no actor dictionary names)."""
    doc = make_doc([
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1),
        ("hit", "hit", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("convoy", "convoy", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    return doc, [mention(doc, 0, 1, "Freedonia", "FRE"), mention(doc, 2, 4, "the convoy", None, "group")]


def _coder_with(rule: SenseRule) -> EventCoder:
    senses = load_senses()
    return EventCoder(load_ontology(), load_patterns(), senses=replace(senses, rules=(*senses.rules, rule)))


def test_a_not_deps_entry_with_a_word_fires():
    doc, mentions = _hit_doc()
    barred = _coder_with(SenseRule(lemmas=frozenset({"hit"}), roots=frozenset({"19"}),
                                   not_deps=frozenset({"dobj:convoy"})))
    other = _coder_with(SenseRule(lemmas=frozenset({"hit"}), roots=frozenset({"19"}),
                                  not_deps=frozenset({"dobj:wall"})))
    assert code(barred, doc, mentions) == []
    assert [e.event.plover for e in code(other, doc, mentions)] == ["ASSAULT"]


def test_a_deps_entry_with_a_word_is_needed():
    doc, mentions = _hit_doc()
    needed = _coder_with(SenseRule(lemmas=frozenset({"hit"}), roots=frozenset({"19"}),
                                   deps=frozenset({"dobj:wall"})))
    assert code(needed, doc, mentions) == []


def _refusal(obj: tuple[str, str, str]):
    """"Freedonia refused <obj>." with no one named as refused."""
    doc = make_doc([
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
        (obj[0], obj[1], obj[2], "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    return doc, [mention(doc, 0, 1, "Freedonia", "FRE")]


def test_a_bare_refusal_governs_only_a_relative_pronoun(coder):
    # "... which Freedonia refused": the relative pronoun stands for what it answers
    doc, mentions = _refusal(("which", "which", "PRON"))
    assert [e.event.plover for e in code(coder, doc, mentions)] == ["REJECT"]
    # "Freedonia refused compensation": a thing refused, no one's request answered
    doc, mentions = _refusal(("compensation", "compensation", "NOUN"))
    assert code(coder, doc, mentions) == []


def test_a_bare_refusal_may_govern_the_act_it_refuses(coder):
    # "Freedonia refused to debate.": an infinitive refused is what answers (the codebook's "refused to meet")
    doc = make_doc([
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("debate", "debate", "VERB", "VB", "xcomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert "REJECT" in [e.event.plover for e in code(coder, doc, [mention(doc, 0, 1, "Freedonia", "FRE")])]
