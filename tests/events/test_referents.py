"""Acts named again by a noun (events/referents.py), on a hand-built parse: no model needed."""

from dataclasses import replace

from handparse import make_doc, mention

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
    sources_from_earlier_acts(doc, [attack, killing, unnamed], load_patterns())
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
    sources_from_earlier_acts(doc, [attack, slain], load_patterns())
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
    sources_from_earlier_acts(doc, [attack, raid, killing], load_patterns())
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
    phrase = actor(doc, "the decision", "DEU").revised(reason=UNRESOLVED_PHRASE, origin="phrase words")
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


def accuse(doc, trigger, token, source, target, cameo="111"):
    """A judgement (PLOVER ACCUSE) by `source`."""
    found = draft(doc, trigger, token, cameo, source, target)
    found.event = found.event.revised(plover="ACCUSE")
    return found


# "Rebels stormed a hotel and Kenya condemned the killings ." (hand-built parse, one sentence)
_KILLINGS = [
    ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("stormed", "storm", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 3), ("hotel", "hotel", "NOUN", "NN", "dobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 1), ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 6),
    ("condemned", "condemn", "VERB", "VBD", "conj", 1), ("the", "the", "DET", "DT", "det", 8),
    ("killings", "killing", "NOUN", "NNS", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_judgement_of_a_violent_act_is_aimed_at_who_did_a_violent_act_of_another_root_before():
    doc = make_doc(_KILLINGS)
    rebels = actor(doc, "Rebels", "SOM")
    stormed = draft(doc, "stormed", 1, "190", [rebels], [actor(doc, "hotel", "SOM")])
    condemned = accuse(doc, "condemned", 6, [actor(doc, "Kenya", "KEN")], [])
    targets_from_earlier_acts(doc, [stormed, condemned], load_patterns())
    assert condemned.target == [rebels]


def test_the_attackers_are_implied_where_an_attack_told_of_no_one_happened():
    doc = make_doc(_KILLINGS)
    # the storming told with no one doing it ("a hotel was stormed in Somalia"): its attackers, of its country
    stormed = draft(doc, "stormed", 1, "190", [], [actor(doc, "hotel", "SOM")])
    condemned = accuse(doc, "condemned", 6, [actor(doc, "Kenya", "KEN")], [])
    targets_from_earlier_acts(doc, [stormed, condemned], load_patterns())
    assert [(a.country, a.sectors, a.code) for a in condemned.target] == [("SOM", ["REB"], "SOMREB")]
    # no violent act told before: nothing made up
    alone = accuse(doc, "condemned", 6, [actor(doc, "Kenya", "KEN")], [])
    targets_from_earlier_acts(doc, [alone], load_patterns())
    assert alone.target == []


def test_the_speakers_own_attack_is_no_one_judged():
    doc = make_doc(_KILLINGS)
    kenya = actor(doc, "Kenya", "KEN")
    stormed = draft(doc, "stormed", 1, "190", [kenya], [])
    condemned = accuse(doc, "condemned", 6, [kenya], [])
    targets_from_earlier_acts(doc, [stormed, condemned], load_patterns())
    assert condemned.target == []


def test_the_owner_named_of_the_act_judged_is_its_target_not_its_victims():
    # "Germany condemned the rebels ' attack on the town ."
    doc = make_doc([
        ("Germany", "Germany", "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("rebels", "rebel", "NOUN", "NNS", "poss", 5),
        ("'", "'", "PART", "POS", "case", 3), ("attack", "attack", "NOUN", "NN", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 8),
        ("town", "town", "NOUN", "NN", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = mention(doc, 3, 4, "rebels", "MLI", kind="group")
    town = actor(doc, "town", "MLI").revised(reason=UNRESOLVED_PHRASE, origin="phrase words")
    condemned = accuse(doc, "condemned", 1, [actor(doc, "Germany", "DEU")], [town])
    targets_from_earlier_acts(doc, [condemned], load_patterns(), [rebels])
    assert condemned.target == [rebels.actor]


def test_the_victims_of_an_attack_told_before_are_no_target_of_its_judgement():
    # "Rebels shelled a camp and Chad condemned the attack on the camp ."
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("shelled", "shell", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("camp", "camp", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("Chad", "Chad", "PROPN", "NNP", "nsubj", 6),
        ("condemned", "condemn", "VERB", "VBD", "conj", 1), ("the", "the", "DET", "DT", "det", 8),
        ("attack", "attack", "NOUN", "NN", "dobj", 6), ("on", "on", "ADP", "IN", "prep", 8),
        ("the", "the", "DET", "DT", "det", 11), ("camp", "camp", "NOUN", "NN", "pobj", 9),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = actor(doc, "Rebels", "SDN")
    shelled = draft(doc, "shelled", 1, "194", [rebels], [])
    start = doc.text.rindex("camp")
    camp = Actor(text="camp", start=start, end=start + 4, name="camp", country="TCD", code="TCDCVL", kind="group")
    condemned = accuse(doc, "condemned", 6, [actor(doc, "Chad", "TCD")], [camp])
    targets_from_earlier_acts(doc, [shelled, condemned], load_patterns())
    assert condemned.target == [rebels]


def test_one_blamed_by_name_keeps_the_blame():
    # "Rebels bombed a bus and Egypt blamed Hamas for the blast ."
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("bombed", "bomb", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("bus", "bus", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 6),
        ("blamed", "blame", "VERB", "VBD", "conj", 1), ("Hamas", "Hamas", "PROPN", "NNP", "dobj", 6),
        ("for", "for", "ADP", "IN", "prep", 6), ("the", "the", "DET", "DT", "det", 10),
        ("blast", "blast", "NOUN", "NN", "pobj", 8), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    bombed = draft(doc, "bombed", 1, "183", [actor(doc, "Rebels", "SYR")], [])
    hamas = actor(doc, "Hamas", "PSE")
    blamed = accuse(doc, "blamed", 6, [actor(doc, "Egypt", "EGY")], [hamas], cameo="112")
    targets_from_earlier_acts(doc, [bombed, blamed], load_patterns())
    assert blamed.target == [hamas]


def test_an_attack_said_to_be_cowardly_judges_who_attacked_before():
    # "Rebels stormed a hotel and Kenya said the attack was cowardly ."
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("stormed", "storm", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("hotel", "hotel", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 6),
        ("said", "say", "VERB", "VBD", "conj", 1), ("the", "the", "DET", "DT", "det", 8),
        ("attack", "attack", "NOUN", "NN", "nsubj", 9), ("was", "be", "AUX", "VBD", "ccomp", 6),
        ("cowardly", "cowardly", "ADJ", "JJ", "acomp", 9), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = actor(doc, "Rebels", "SOM")
    stormed = draft(doc, "stormed", 1, "190", [rebels], [])
    cowardly = accuse(doc, "cowardly", 10, [actor(doc, "Kenya", "KEN")], [])
    targets_from_earlier_acts(doc, [stormed, cowardly], load_patterns())
    assert cowardly.target == [rebels]


def test_a_raid_called_a_war_crime_judges_who_raided_before():
    # "Jets bombed a market and Turkey called the raid a war crime ."
    doc = make_doc([
        ("Jets", "jet", "NOUN", "NNS", "nsubj", 1), ("bombed", "bomb", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("market", "market", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 6),
        ("called", "call", "VERB", "VBD", "conj", 1), ("the", "the", "DET", "DT", "det", 8),
        ("raid", "raid", "NOUN", "NN", "dobj", 6), ("a", "a", "DET", "DT", "det", 11),
        ("war", "war", "NOUN", "NN", "compound", 11), ("crime", "crime", "NOUN", "NN", "oprd", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    jets = actor(doc, "Jets", "RUS")
    bombed = draft(doc, "bombed", 1, "195", [jets], [])
    crime = accuse(doc, "crime", 11, [actor(doc, "Turkey", "TUR")], [])
    targets_from_earlier_acts(doc, [bombed, crime], load_patterns())
    assert crime.target == [jets]


def test_the_attack_judged_is_not_the_response_to_it_nor_an_older_one_far_back():
    doc = make_doc(_KILLINGS)
    rebels, police = actor(doc, "Rebels", "SOM"), actor(doc, "hotel", "SOM").revised(code="SOMCOP", sectors=["COP"])
    stormed = draft(doc, "stormed", 1, "190", [rebels.revised(code="SOMREB")], [])
    # "police fought the gunmen": aimed at those who attacked, a response, no attack of its own
    fought = draft(doc, "stormed", 1, "190", [police], [rebels.revised(code="SOMREB")])
    condemned = accuse(doc, "condemned", 6, [actor(doc, "Kenya", "KEN")], [])
    targets_from_earlier_acts(doc, [stormed, fought, condemned], load_patterns())
    assert [a.code for a in condemned.target] == ["SOMREB"]
    # sentences after the attacks told: the story's attack, the first, over a later one far back
    later = draft(doc, "stormed", 1, "190", [police.revised(code="SOMMIL")], [actor(doc, "hotel", "SOM")])
    later.sentence_index = 2
    far = accuse(doc, "condemned", 6, [actor(doc, "Kenya", "KEN")], [])
    far.sentence_index = 9
    targets_from_earlier_acts(doc, [stormed, later, far], load_patterns())
    assert [a.code for a in far.target] == ["SOMREB"]


def test_the_attackers_judged_after_an_attack_are_its_attackers():
    doc = make_doc(_KILLINGS)
    gunmen = actor(doc, "Rebels", "SOM").revised(code="SOMREB", sectors=["REB"])
    stormed = draft(doc, "stormed", 1, "190", [gunmen], [])
    # "the attackers" given the speaker's country by the context, not by the words
    guessed = actor(doc, "hotel", "KEN").revised(code="KENREB", sectors=["REB"], country_from="recent actor",
                                                 reason="sector word; country from recent actor")
    judged = accuse(doc, "condemned", 6, [actor(doc, "Kenya", "KEN")], [guessed])
    targets_from_earlier_acts(doc, [stormed, judged], load_patterns())
    assert [(a.country, a.code) for a in judged.target] == [("SOM", "SOMREB")]
    # a country the words say stays
    said = guessed.revised(reason="country word + sector word", country_from=None)
    named = accuse(doc, "condemned", 6, [actor(doc, "Kenya", "KEN")], [said])
    targets_from_earlier_acts(doc, [stormed, named], load_patterns())
    assert [a.country for a in named.target] == ["KEN"]


def test_words_said_of_an_attack_judge_who_attacked_before():
    # 'Rebels stormed a hotel and " it was barbaric , " Chad said of the attack .'
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("stormed", "storm", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("hotel", "hotel", "NOUN", "NN", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("it", "it", "PRON", "PRP", "nsubj", 6),
        ("was", "be", "AUX", "VBD", "ccomp", 10), ("barbaric", "barbaric", "ADJ", "JJ", "acomp", 6),
        (",", ",", "PUNCT", ",", "punct", 10), ("Chad", "Chad", "PROPN", "NNP", "nsubj", 10),
        ("said", "say", "VERB", "VBD", "conj", 1), ("of", "of", "ADP", "IN", "prep", 10),
        ("the", "the", "DET", "DT", "det", 13), ("attack", "attack", "NOUN", "NN", "pobj", 11),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = actor(doc, "Rebels", "MLI")
    stormed = draft(doc, "stormed", 1, "190", [rebels], [])
    barbaric = accuse(doc, "barbaric", 7, [actor(doc, "Chad", "TCD")], [])
    targets_from_earlier_acts(doc, [stormed, barbaric], load_patterns())
    assert barbaric.target == [rebels]


# "Poland vetoed the budget and Warsaw praised the decision ." (hand-built parse, one sentence)
_OWN_DECISION = [
    ("Poland", "Poland", "PROPN", "NNP", "nsubj", 1), ("vetoed", "veto", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 3), ("budget", "budget", "NOUN", "NN", "dobj", 1),
    ("and", "and", "CCONJ", "CC", "cc", 1), ("Warsaw", "Warsaw", "PROPN", "NNP", "nsubj", 6),
    ("praised", "praise", "VERB", "VBD", "conj", 1), ("the", "the", "DET", "DT", "det", 8),
    ("decision", "decision", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_state_judging_its_own_act_under_another_name_is_no_target_of_it():
    # the capital speaking for the state is the same actor as the state named before (same resolved name):
    # a state praising its own veto judges no one else, as "Poland praised the decision" would
    doc = make_doc(_OWN_DECISION)
    poland = actor(doc, "Poland", "POL")
    warsaw = actor(doc, "Warsaw", "POL").revised(name="Poland")
    vetoed = draft(doc, "vetoed", 1, "129", [poland], [])
    phrase = actor(doc, "the decision", "POL").revised(reason=UNRESOLVED_PHRASE, origin="phrase words")
    praised = draft(doc, "praised", 6, "051", [warsaw], [phrase])
    targets_from_earlier_acts(doc, [vetoed, praised], load_patterns())
    assert praised.target == [phrase]


def _condemned_attack(speaker: str):
    """ "<speaker> condemned Russia 's attack ." (hand-built parse)"""
    return make_doc([
        (speaker, speaker, "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2),
        ("attack", "attack", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_the_same_actor_named_by_other_words_is_no_owner_judged():
    # the owner named is the speaker under another name (a self-judgement), no other actor to aim it at
    doc = _condemned_attack("Moscow")
    russia = mention(doc, 2, 3, "Russia", "RUS")
    condemned = accuse(doc, "condemned", 1, [actor(doc, "Moscow", "RUS").revised(name="Russia")], [])
    targets_from_earlier_acts(doc, [condemned], load_patterns(), [russia])
    assert condemned.target == []
    # another state's capital judging it aims it at the owner
    doc = _condemned_attack("Kyiv")
    russia = mention(doc, 2, 3, "Russia", "RUS")
    condemned = accuse(doc, "condemned", 1, [actor(doc, "Kyiv", "UKR").revised(name="Ukraine")], [])
    targets_from_earlier_acts(doc, [condemned], load_patterns(), [russia])
    assert condemned.target == [russia.actor]


def test_the_victims_beside_the_owner_named_are_no_target_of_the_judgement():
    # "Kenya condemned the attack on the parliament by the rebels ." (the roles gave both the victims and the owner)
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("attack", "attack", "NOUN", "NN", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
        ("parliament", "parliament", "NOUN", "NN", "pobj", 4), ("by", "by", "ADP", "IN", "prep", 3),
        ("the", "the", "DET", "DT", "det", 9), ("rebels", "rebel", "NOUN", "NNS", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    rebels = mention(doc, 8, 10, "the rebels", "SOM", kind="group")
    parliament = actor(doc, "parliament", "SOM")
    condemned = accuse(doc, "condemned", 1, [actor(doc, "Kenya", "KEN")], [parliament, rebels.actor])
    targets_from_earlier_acts(doc, [condemned], load_patterns(), [rebels])
    assert condemned.target == [rebels.actor]


def test_it_acted_on_again_by_another_is_what_the_act_before_was_done_to():
    # "Kenya condemned the coup . Uganda also condemned it ." ("it" had found Kenya, the actor named before)
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("coup", "coup", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 7), ("also", "also", "ADV", "RB", "advmod", 7),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 7), ("it", "it", "PRON", "PRP", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ])
    kenya = actor(doc, "Kenya", "KEN")
    coup = actor(doc, "coup", "SOM").revised(reason=UNRESOLVED_PHRASE, origin="phrase words")
    first = accuse(doc, "condemned", 1, [kenya], [coup])
    start = doc.text.index("condemned it")
    second = replace(accuse(doc, "condemned", 7, [actor(doc, "Uganda", "UGA")], [kenya]), sentence_index=1,
                     trigger=Span(text="condemned", start=start, end=start + len("condemned")))
    targets_from_earlier_acts(doc, [first, second], load_patterns())
    assert second.target == [coup]
    # an act of another root before says nothing of what "it" is
    other = replace(first, event=EventType(cameo="042", cameo_root="04", quad_class=1, goldstein=1.9))
    second.target = [kenya]
    targets_from_earlier_acts(doc, [other, second], load_patterns())
    assert second.target == [kenya]


def test_a_judgement_joined_by_its_noun_is_aimed_at_whom_the_one_before_was():
    # "Kenya condemned Sudan . Uganda joined the condemnation ." (the noun's target was its own words)
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("condemned", "condemn", "VERB", "VBD", "ROOT", 1),
        ("Sudan", "Sudan", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
        ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 5), ("joined", "join", "VERB", "VBD", "ROOT", 5),
        ("the", "the", "DET", "DT", "det", 7), ("condemnation", "condemnation", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ])
    sudan = actor(doc, "Sudan", "SDN")
    first = accuse(doc, "condemned", 1, [actor(doc, "Kenya", "KEN")], [sudan])
    own_words = actor(doc, "condemnation", "UGA").revised(reason=UNRESOLVED_PHRASE, origin="phrase words")
    joined = replace(accuse(doc, "condemnation", 7, [actor(doc, "Uganda", "UGA")], [own_words]), sentence_index=1)
    targets_from_earlier_acts(doc, [first, joined], load_patterns())
    assert joined.target == [sudan]
    # a noun of an act of another kind ("launched an attack") is a new act: it takes no one's target
    attack = replace(joined, event=EventType(cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0),
                     target=[own_words])
    first.event = EventType(cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0)
    targets_from_earlier_acts(doc, [first, attack], load_patterns())
    assert attack.target == [own_words]


def _ruling_doc(noun):
    # "A judge blocked the order , cities sued and Washington attacked the <noun> ." (session 39)
    return make_doc([
        ("A", "a", "DET", "DT", "det", 1), ("judge", "judge", "NOUN", "NN", "nsubj", 2),
        ("blocked", "block", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
        ("order", "order", "NOUN", "NN", "dobj", 2), (",", ",", "PUNCT", ",", "punct", 2),
        ("cities", "city", "NOUN", "NNS", "nsubj", 7), ("sued", "sue", "VERB", "VBD", "conj", 2),
        ("and", "and", "CCONJ", "CC", "cc", 7), ("Washington", "Washington", "PROPN", "NNP", "nsubj", 10),
        ("attacked", "attack", "VERB", "VBD", "conj", 7), ("the", "the", "DET", "DT", "det", 12),
        (noun, noun, "NOUN", "NN", "dobj", 10), (".", ".", "PUNCT", ".", "punct", 2),
    ])


def _ruling_acts(doc):
    """The judge's block, the cities' suit and Washington's attack on what the sentence's last noun names."""
    judge = actor(doc, "judge", "USA").revised(sectors=["JUD"], code="USAJUD")
    cities = actor(doc, "cities", "USA")
    blocked = draft(doc, "blocked", 2, "122", [judge], [])
    sued = draft(doc, "sued", 7, "115", [cities], [])
    return judge, cities, blocked, sued, _washington_attacks(doc)


def _washington_attacks(doc):
    return draft(doc, "attacked", 10, "111", [actor(doc, "Washington", "USA").revised(code="USAGOV")], [])


def test_the_ruling_judged_is_the_courts_act_not_the_one_told_just_before():
    doc = _ruling_doc("ruling")
    judge, cities, blocked, sued, attacked = _ruling_acts(doc)
    targets_from_earlier_acts(doc, [blocked, sued, attacked], load_patterns())
    assert attacked.target == [judge]
    # with no court's act told before, the ruling names no one (not the plaintiffs)
    alone = _washington_attacks(doc)
    targets_from_earlier_acts(doc, [sued, alone], load_patterns())
    assert alone.target == []


def test_the_decision_judged_is_still_the_act_told_just_before():
    doc = _ruling_doc("decision")
    judge, cities, blocked, sued, attacked = _ruling_acts(doc)
    targets_from_earlier_acts(doc, [blocked, sued, attacked], load_patterns())
    assert attacked.target == [cities]
