"""Acts named again by a noun (events/referents.py), on a hand-built parse: no model needed."""

from handparse import make_doc

from eventscope.events import load_patterns
from eventscope.events.referents import sources_from_earlier_acts, targets_from_earlier_acts
from eventscope.records import UNRESOLVED_PHRASE, Actor, EventDraft, EventType, Span


def actor(doc, word, country):
    start = doc.text.index(word)
    return Actor(text=word, start=start, end=start + len(word), name=word, country=country, code=country, kind="group")


def draft(doc, trigger, token, cameo, source, target):
    start = doc.text.index(trigger)
    return EventDraft(article_id="a", sentence_index=0,
                      event=EventType(cameo=cameo, cameo_root=cameo[:2], quad_class=4, goldstein=-5.0),
                      trigger=Span(text=trigger, start=start, end=start + len(trigger)), trigger_token=token,
                      source=source, target=target, modality="asserted", attribution=[],
                      evidence=Span(text=doc.text, start=0, end=len(doc.text)), confidence=1.0)


def test_condemning_the_attack_is_aimed_at_who_attacked_before():
    # "Rebels attacked Kabul and Canada condemned the attack ."
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("Kabul", "Kabul", "PROPN", "NNP", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 1),
        ("Canada", "Canada", "PROPN", "NNP", "nsubj", 5), ("condemned", "condemn", "VERB", "VBD", "conj", 1),
        ("the", "the", "DET", "DT", "det", 7), ("attack", "attack", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = actor(doc, "Rebels", "AFG")
    attack = draft(doc, "attacked", 1, "190", [rebels], [actor(doc, "Kabul", "AFG")])
    condemned = draft(doc, "condemned", 5, "111", [actor(doc, "Canada", "CAN")], [])
    targets_from_earlier_acts(doc, [attack, condemned], load_patterns())
    assert condemned.target == [rebels]
    # an act with its own target keeps it; with no earlier act of the kind, none is made up
    lone = draft(doc, "condemned", 5, "111", [actor(doc, "Canada", "CAN")], [])
    targets_from_earlier_acts(doc, [lone], load_patterns())
    assert lone.target == []


def test_a_killing_in_the_passive_with_no_agent_was_done_by_who_attacked_just_before():
    # "Rebels attacked a school and two guards were killed ."
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("school", "school", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("two", "two", "NUM", "CD", "nummod", 6),
        ("guards", "guard", "NOUN", "NNS", "nsubjpass", 8), ("were", "be", "AUX", "VBD", "auxpass", 8),
        ("killed", "kill", "VERB", "VBN", "conj", 1), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = actor(doc, "Rebels", "PER")
    attack = draft(doc, "attacked", 1, "190", [rebels], [])
    killing = draft(doc, "killed", 8, "1823", [], [actor(doc, "guards", "CHL")])
    unnamed = draft(doc, "attacked", 1, "190", [], [])  # an active verb with no subject keeps none
    sources_from_earlier_acts(doc, [attack, killing, unnamed])
    assert killing.source == [rebels]
    assert unnamed.source == []


def test_a_slain_victim_was_killed_by_who_attacked_just_before():
    # "Rebels attacked a school and buried the slain guards ." (the participle before its noun: no agent)
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("school", "school", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("buried", "bury", "VERB", "VBD", "conj", 1),
        ("the", "the", "DET", "DT", "det", 8), ("slain", "slay", "VERB", "VBN", "amod", 8),
        ("guards", "guard", "NOUN", "NNS", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = actor(doc, "Rebels", "PER")
    attack = draft(doc, "attacked", 1, "190", [rebels], [])
    slain = draft(doc, "slain", 7, "1823", [], [actor(doc, "guards", "CHL")])
    sources_from_earlier_acts(doc, [attack, slain])
    assert slain.source == [rebels]


def test_a_killing_in_the_passive_is_not_done_by_the_victims_own_side():
    # "Rebels attacked a farm , police raided it and a policeman was killed ." -- the police raid is passed over:
    # the policeman was killed by who attacked before it
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("farm", "farm", "NOUN", "NN", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 1), ("police", "police", "NOUN", "NNS", "nsubj", 6),
        ("raided", "raid", "VERB", "VBD", "conj", 1), ("it", "it", "PRON", "PRP", "dobj", 6),
        ("and", "and", "CCONJ", "CC", "cc", 6), ("a", "a", "DET", "DT", "det", 10),
        ("policeman", "policeman", "NOUN", "NN", "nsubjpass", 12), ("was", "be", "AUX", "VBD", "auxpass", 12),
        ("killed", "kill", "VERB", "VBN", "conj", 6), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = actor(doc, "Rebels", "PER")
    police = actor(doc, "police", "PER").revised(code="PERCOP", sectors=["COP"])
    attack = draft(doc, "attacked", 1, "190", [rebels], [])
    raid = draft(doc, "raided", 6, "190", [police], [])
    killing = draft(doc, "killed", 12, "1823", [], [actor(doc, "policeman", "PER").revised(code="PERCOP", sectors=["COP"])])
    sources_from_earlier_acts(doc, [attack, raid, killing])
    assert killing.source == [rebels]


def test_condemning_the_decision_is_aimed_at_who_acted_just_before():
    # "Hungary blocked the aid and Germany condemned the decision ."
    doc = make_doc([
        ("Hungary", "Hungary", "PROPN", "NNP", "nsubj", 1), ("blocked", "block", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("aid", "aid", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("Germany", "Germany", "PROPN", "NNP", "nsubj", 6),
        ("condemned", "condemn", "VERB", "VBD", "conj", 1), ("the", "the", "DET", "DT", "det", 8),
        ("decision", "decision", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    hungary, germany = actor(doc, "Hungary", "HUN"), actor(doc, "Germany", "DEU")
    blocked = draft(doc, "blocked", 1, "122", [hungary], [])
    # the target the role rules made of the noun's own words, given the source's country, is no actor named
    phrase = actor(doc, "the decision", "DEU").revised(reason=UNRESOLVED_PHRASE)
    condemned = draft(doc, "condemned", 6, "111", [germany], [phrase])
    targets_from_earlier_acts(doc, [blocked, condemned], load_patterns())
    assert condemned.target == [hungary]
    # no earlier act by another actor: the target stays as it was
    alone = draft(doc, "condemned", 6, "111", [germany], [phrase])
    targets_from_earlier_acts(doc, [alone], load_patterns())
    assert alone.target == [phrase]


def test_calling_the_decision_shameful_is_aimed_at_who_acted_just_before():
    # "Hungary blocked the aid and Germany called the decision shameful ."
    doc = make_doc([
        ("Hungary", "Hungary", "PROPN", "NNP", "nsubj", 1), ("blocked", "block", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("aid", "aid", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("Germany", "Germany", "PROPN", "NNP", "nsubj", 6),
        ("called", "call", "VERB", "VBD", "conj", 1), ("the", "the", "DET", "DT", "det", 8),
        ("decision", "decision", "NOUN", "NN", "dobj", 6), ("shameful", "shameful", "ADJ", "JJ", "oprd", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    hungary = actor(doc, "Hungary", "HUN")
    blocked = draft(doc, "blocked", 1, "122", [hungary], [])
    called = draft(doc, "shameful", 9, "111", [actor(doc, "Germany", "DEU")], [])
    targets_from_earlier_acts(doc, [blocked, called], load_patterns())
    assert called.target == [hungary]
