"""Participles before a noun that tell an act ("the slain soldiers", "the fleeing army"), on hand-built
parses: no model needed."""

from dataclasses import replace

from handparse import context_for, make_doc, mention

from eventscope.events.matching import participle_lemma


def modified_subject(word, lemma, pos, tag, noun, noun_lemma, verb="crossed", verb_lemma="cross"):
    """'The <word> <noun> <verb> the border .'"""
    return make_doc(
        [
            ("The", "the", "DET", "DT", "det", 2),
            (word, lemma, pos, tag, "amod", 2),
            (noun, noun_lemma, "NOUN", "NNS", "nsubj", 3),
            (verb, verb_lemma, "VERB", "VBD", "ROOT", 3),
            ("the", "the", "DET", "DT", "det", 5),
            ("border", "border", "NOUN", "NN", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )


def with_sector(found, sector):
    return replace(found, actor=found.actor.model_copy(update={"sectors": [sector]}))


def test_the_verb_of_a_participle_is_derived_or_listed():
    verbs = frozenset({"jail", "exile", "kidnap", "bury", "slay"})
    assert participle_lemma("jailed", verbs, {}) == "jail"
    assert participle_lemma("exiled", verbs, {}) == "exile"
    assert participle_lemma("kidnapped", verbs, {}) == "kidnap"
    assert participle_lemma("buried", verbs, {}) == "bury"
    assert participle_lemma("slain", verbs, {"slain": "slay"}) == "slay"
    assert participle_lemma("united", verbs, {}) is None


def test_victims_named_by_a_past_participle_were_attacked(coder):
    # "The slain soldiers crossed the border ." with "slain" tagged as an adjective, as the small model does
    doc = modified_subject("slain", "slain", "ADJ", "JJ", "soldiers", "soldier")
    (event,) = coder.code(context_for(doc, [mention(doc, 2, 3, "soldiers", "AFG", kind="group")]))
    assert event.event.cameo == "1823"
    assert event.source == [] and event.target[0].text.endswith("soldiers")


def test_a_participle_that_only_describes_is_no_act(coder):
    # "The disputed islands crossed ...": a dispute is no act of the islands' here; "armed men" are no arming
    doc = modified_subject("disputed", "dispute", "VERB", "VBN", "islands", "island")
    assert coder.code(context_for(doc, [])) == []
    doc = modified_subject("armed", "arm", "VERB", "VBN", "men", "man")
    assert [e.event.cameo for e in coder.code(context_for(doc, [mention(doc, 2, 3, "men", "AFG", kind="group")]))] == []


def test_an_army_that_flees_retreats_but_civilians_who_flee_do_not(coder):
    doc = modified_subject("fleeing", "flee", "VERB", "VBG", "soldiers", "soldier")
    army = with_sector(mention(doc, 2, 3, "soldiers", "IRQ", kind="group"), "MIL")
    (event,) = coder.code(context_for(doc, [army]))
    assert event.event.cameo == "0874"
    assert event.source[0].country == "IRQ"
    doc = modified_subject("fleeing", "flee", "VERB", "VBG", "villagers", "villager")
    villagers = with_sector(mention(doc, 2, 3, "villagers", "IRQ", kind="group"), "CVL")
    assert [e.event.cameo for e in coder.code(context_for(doc, [villagers]))] == []


def test_what_a_participle_tells_was_done_whatever_its_clause_says(coder):
    # "Officials did not bury the slain soldiers ."
    doc = make_doc(
        [
            ("Officials", "official", "NOUN", "NNS", "nsubj", 3),
            ("did", "do", "AUX", "VBD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3),
            ("bury", "bury", "VERB", "VB", "ROOT", 3),
            ("the", "the", "DET", "DT", "det", 6),
            ("slain", "slain", "ADJ", "JJ", "amod", 6),
            ("soldiers", "soldier", "NOUN", "NNS", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    events = coder.code(context_for(doc, [mention(doc, 6, 7, "soldiers", "AFG", kind="group")]))
    assert [(e.event.cameo, e.modality) for e in events] == [("1823", "asserted")]


def test_the_documents_lemmas_come_back_lowered_with_the_slips_mended(coder):
    # "Rebels Staged the raid , the slain soldiers said ." ("staged" read as "stag", "slain" as an adjective, as the
    # small model does): the verbs' lemmas are mended on the Doc, every word's lemma comes back in lower case
    doc = make_doc(
        [
            ("Rebels", "Rebel", "NOUN", "NNS", "nsubj", 1),
            ("Staged", "stag", "VERB", "VBD", "ccomp", 9),
            ("the", "the", "DET", "DT", "det", 3),
            ("raid", "raid", "NOUN", "NN", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 9),
            ("the", "the", "DET", "DT", "det", 7),
            ("slain", "slain", "ADJ", "JJ", "amod", 7),
            ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 9),
            ("said", "say", "VERB", "VBD", "ROOT", 9),
            (".", ".", "PUNCT", ".", "punct", 9),
        ]
    )
    lemmas = coder._correct_lemmas(doc)
    assert lemmas == ["rebel", "stage", "the", "raid", ",", "the", "slay", "soldier", "say", "."]
    assert (doc[1].lemma_, doc[6].lemma_, doc[6].pos_, doc[6].tag_) == ("stage", "slay", "VERB", "VBN")
    assert coder._correct_lemmas(doc) == lemmas  # (mended once: read again, the same)
