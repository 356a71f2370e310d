"""Which CAMEO code (and PLOVER type) a sentence gets: announced acts, claims, demands on uncoded acts,
and the PLOVER coders' conventions. Hand-built parses of invented sentences: no model needed."""

import pytest
from handparse import code, make_doc, mention

from eventscope.events import main_event, plover_convention


def release_doc():
    # "The rebels will free the two engineers."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("rebels", "rebel", "NOUN", "NNS", "nsubj", 3),
        ("will", "will", "AUX", "MD", "aux", 3),
        ("free", "free", "VERB", "VB", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("two", "two", "NUM", "CD", "nummod", 6),
        ("engineers", "engineer", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    return doc, [mention(doc, 0, 2, "rebels", None, "group")]


def test_a_lone_announced_release_is_an_asserted_intent_to_yield(coder):
    # the sentence sets code the announcement (035), which happened, not the release, which has not
    events = code(coder, *release_doc())
    assert [(e.event.cameo, e.event.plover, e.modality) for e in events] == [("035", "AGREE", "asserted")]


@pytest.mark.parametrize(("verb", "noun", "cameo"), [("impose", "sanctions", "131"), ("extend", "curfew", "130")])
def test_a_lone_announced_sanction_or_coercion_is_an_asserted_threat(coder, verb, noun, cameo):
    # "The junta will impose sanctions." / "The junta will extend the curfew.": CAMEO 13x, announced
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("junta", "junta", "NOUN", "NN", "nsubj", 3),
        ("will", "will", "AUX", "MD", "aux", 3),
        (verb, verb, "VERB", "VB", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5),
        (noun, noun.rstrip("s"), "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "junta", None, "group")])
    assert [(e.event.cameo, e.event.plover, e.modality) for e in events] == [(cameo, "THREATEN", "asserted")]


def test_a_past_release_announces_nothing(coder):
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1),
        ("freed", "free", "VERB", "VBD", "ROOT", 1),
        ("engineers", "engineer", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Rebels", None, "group")])
    assert [e.event.cameo for e in events] == ["084"]


def test_a_claim_of_ones_own_attack_is_a_claim_of_responsibility_first(coder):
    # "The militia claimed it shelled the depot."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("militia", "militia", "NOUN", "NN", "nsubj", 2),
        ("claimed", "claim", "VERB", "VBD", "ROOT", 2),
        ("it", "it", "PRON", "PRP", "nsubj", 4),
        ("shelled", "shell", "VERB", "VBD", "ccomp", 2),
        ("the", "the", "DET", "DT", "det", 6),
        ("depot", "depot", "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    militia = mention(doc, 0, 2, "militia", None, "group")
    events = code(coder, doc, [militia, mention(doc, 3, 4, "militia", None, "group")])
    assert [e.event.cameo for e in events] == ["015", "194"]
    assert main_event(events).event.cameo == "015"
    # PLOVER has no type for a plain claim: the PLOVER reading stays the shelling
    assert main_event([e for e in events if e.event.plover]).event.plover == "ASSAULT"


def test_someone_elses_claim_is_only_attribution(coder):
    # "Officials claimed the militia shelled the depot."
    doc = make_doc([
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1),
        ("claimed", "claim", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("militia", "militia", "NOUN", "NN", "nsubj", 4),
        ("shelled", "shell", "VERB", "VBD", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("depot", "depot", "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "officials", None, "group"),
                               mention(doc, 2, 4, "militia", None, "group")])
    assert [e.event.cameo for e in events] == ["194"]


def _must_guard_doc(subject: tuple[str, str, str, str]):
    # "Chile said <subject> must guard the border."
    word, lemma, pos, tag = subject
    return make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        (word, lemma, pos, tag, "nsubj", 4),
        ("must", "must", "AUX", "MD", "aux", 4),
        ("guard", "guard", "VERB", "VB", "ccomp", 1),
        ("the", "the", "DET", "DT", "det", 6),
        ("border", "border", "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_must_on_an_uncoded_act_in_reported_speech_is_a_demand(coder):
    doc = _must_guard_doc(("Peru", "Peru", "PROPN", "NNP"))
    event, = code(coder, doc, [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Peru", "PER")])
    assert (event.event.cameo, event.event.plover, event.modality) == ("100", "REQUEST", "asserted")
    assert [a.country for a in event.source] == ["CHL"] and [a.country for a in event.target] == ["PER"]
    assert event.trigger.text == "must guard"


def test_a_speakers_own_must_is_no_demand(coder):
    doc = _must_guard_doc(("it", "it", "PRON", "PRP"))
    assert code(coder, doc, [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 2, 3, "Chile", "CHL")]) == []


def test_pushing_for_a_policy_is_an_appeal_not_a_demand(coder):
    doc = make_doc([
        ("Senators", "senator", "NOUN", "NNS", "nsubj", 1),
        ("pushed", "push", "VERB", "VBD", "ROOT", 1),
        ("for", "for", "ADP", "IN", "prep", 1),
        ("reform", "reform", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "senators", None, "group")])
    assert event.event.cameo == "020"


def test_imposed_sanctions_read_as_coerce_in_plover(coder):
    # "Canada imposed sanctions on Belarus."
    doc = make_doc([
        ("Canada", "Canada", "PROPN", "NNP", "nsubj", 1),
        ("imposed", "impose", "VERB", "VBD", "ROOT", 1),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1),
        ("on", "on", "ADP", "IN", "prep", 1),
        ("Belarus", "Belarus", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "Canada", "CAN"), mention(doc, 4, 5, "Belarus", "BLR")])
    assert (event.event.cameo, event.event.plover) == ("163", "SANCTION")  # the record keeps the crosswalk
    assert plover_convention(event) == "COERCE"


@pytest.mark.parametrize(("verb", "lemma", "cameo", "plover"), [
    ("blockaded", "blockade", "191", "ASSAULT"),
    ("occupied", "occupy", "192", "ASSAULT"),
    ("pardoned", "pardon", "056", "CONCEDE"),
])
def test_blockades_occupations_and_pardons_read_as_plover_codes_them(coder, verb, lemma, cameo, plover):
    # "Canada <verb> Belarus."
    doc = make_doc([
        ("Canada", "Canada", "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        ("Belarus", "Belarus", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "Canada", "CAN"), mention(doc, 2, 3, "Belarus", "BLR")])
    assert event.event.cameo == cameo
    assert plover_convention(event) == plover


def test_protesters_who_clash_with_police_riot(coder):
    doc = make_doc([
        ("Protesters", "protester", "NOUN", "NNS", "nsubj", 1),
        ("clashed", "clash", "VERB", "VBD", "ROOT", 1),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("police", "police", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [])
    assert (event.event.cameo, event.event.plover) == ("145", "PROTEST")


def test_soldiers_who_clash_with_rebels_fight(coder):
    doc = make_doc([
        ("Soldiers", "soldier", "NOUN", "NNS", "nsubj", 1),
        ("clashed", "clash", "VERB", "VBD", "ROOT", 1),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("rebels", "rebel", "NOUN", "NNS", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [])
    assert (event.event.cameo, event.event.plover) == ("190", "ASSAULT")


def war_games_doc(second_army: bool):
    rows = [("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 3 if second_army else 1)]
    if second_army:
        rows += [("and", "and", "CCONJ", "CC", "cc", 0), ("Jordan", "Jordan", "PROPN", "NNP", "conj", 0)]
    verb = len(rows)
    rows += [
        ("staged", "stage", "VERB", "VBD", "ROOT", verb),
        ("war", "war", "NOUN", "NN", "compound", verb + 2),
        ("games", "game", "NOUN", "NNS", "dobj", verb),
        (".", ".", "PUNCT", ".", "punct", verb),
    ]
    return make_doc(rows)


def test_war_games_of_one_army_show_force_and_of_two_are_cooperation(coder):
    alone = war_games_doc(second_army=False)
    event, = code(coder, alone, [mention(alone, 0, 1, "Egypt", "EGY")])
    assert (event.event.cameo, event.event.plover) == ("150", "MOBILIZE")
    joint = war_games_doc(second_army=True)
    event, = code(coder, joint, [mention(joint, 0, 1, "Egypt", "EGY"), mention(joint, 2, 3, "Jordan", "JOR")])
    assert (event.event.cameo, event.event.plover) == ("062", "COOPERATE")
    assert [a.country for a in event.source] == ["EGY"] and [a.country for a in event.target] == ["JOR"]


def test_a_verb_whose_subject_is_no_actor_reports_no_act(coder):
    # "Tensions eased." / "The ministry eased rules."
    doc = make_doc([
        ("Tensions", "tension", "NOUN", "NNS", "nsubj", 1),
        ("eased", "ease", "VERB", "VBD", "ROOT", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, []) == []
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("ministry", "ministry", "NOUN", "NN", "nsubj", 2),
        ("eased", "ease", "VERB", "VBD", "ROOT", 2),
        ("rules", "rule", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    event, = code(coder, doc, [])
    assert event.event.plover in ("YIELD", "CONCEDE") and [a.text for a in event.source] == ["The ministry"]


def test_speaking_to_reporters_is_no_consultation(coder):
    # "Kenyatta spoke to reporters."
    doc = make_doc([
        ("Kenyatta", "Kenyatta", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("reporters", "reporter", "NOUN", "NNS", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, [mention(doc, 0, 1, "Uhuru Kenyatta", "KEN", "person")]) == []


def test_a_measured_object_is_judged_by_what_it_measures(coder):
    # "Oxfam shipped ten tons of food to Haiti."
    doc = make_doc([
        ("Oxfam", "Oxfam", "PROPN", "NNP", "nsubj", 1),
        ("shipped", "ship", "VERB", "VBD", "ROOT", 1),
        ("ten", "ten", "NUM", "CD", "nummod", 3),
        ("tons", "ton", "NOUN", "NNS", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("food", "food", "NOUN", "NN", "pobj", 4),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("Haiti", "Haiti", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "Oxfam", None, "organization"), mention(doc, 7, 8, "Haiti", "HTI")])
    assert (event.event.cameo, event.event.plover) == ("070", "AID")
    assert [a.country for a in event.target] == ["HTI"]


def test_a_modifier_announces_nothing(coder):
    # "Iran-backed militias will attack the base.": a threat, but no intent to support anyone
    doc = make_doc([
        ("Iran", "Iran", "PROPN", "NNP", "npadvmod", 2),
        ("-", "-", "PUNCT", "HYPH", "punct", 2),
        ("backed", "back", "VERB", "VBN", "amod", 3),
        ("militias", "militia", "NOUN", "NNS", "nsubj", 5),
        ("will", "will", "AUX", "MD", "aux", 5),
        ("attack", "attack", "VERB", "VB", "ROOT", 5),
        ("the", "the", "DET", "DT", "det", 7),
        ("base", "base", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Iran", "IRN")])
    assert [(e.event.cameo, e.modality) for e in events] == [("138", "asserted")]  # the threat; no 032
    assert plover_convention(events[0]) == "THREATEN"


def emergency_doc(cause: str):
    # "Fiji declared a state of emergency after the <cause>."
    return make_doc([
        ("Fiji", "Fiji", "PROPN", "NNP", "nsubj", 1),
        ("declared", "declare", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("state", "state", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("emergency", "emergency", "NOUN", "NN", "pobj", 4),
        ("after", "after", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 8),
        (cause, cause.rstrip("s"), "NOUN", "NNS", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_a_state_of_emergency_against_a_disaster_is_no_coercion(coder):
    doc = emergency_doc("floods")
    assert code(coder, doc, [mention(doc, 0, 1, "Fiji", "FJI")]) == []
    doc = emergency_doc("riots")
    event, = code(coder, doc, [mention(doc, 0, 1, "Fiji", "FJI")])
    assert (event.event.cameo, event.event.plover) == ("1724", "COERCE")


def test_closing_a_ship_channel_is_no_censorship(coder):
    # "Texas closed the ship channel."
    doc = make_doc([
        ("Texas", "Texas", "PROPN", "NNP", "nsubj", 1),
        ("closed", "close", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("ship", "ship", "NOUN", "NN", "compound", 4),
        ("channel", "channel", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    event, = code(coder, doc, [mention(doc, 0, 1, "Texas", "USA")])
    assert event.event.cameo == "172"


def test_a_participle_that_names_is_no_phone_call(coder):
    # "Peru set up a fund called Renace." / "A panel called for talks."
    doc = make_doc([
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
        ("set", "set", "VERB", "VBD", "ROOT", 1),
        ("up", "up", "ADP", "RP", "prt", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("fund", "fund", "NOUN", "NN", "dobj", 1),
        ("called", "call", "VERB", "VBN", "acl", 4),
        ("Renace", "Renace", "PROPN", "NNP", "oprd", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert "041" not in {e.event.cameo for e in code(coder, doc, [mention(doc, 0, 1, "Peru", "PER")])}
    doc = make_doc([
        ("A", "a", "DET", "DT", "det", 1),
        ("panel", "panel", "NOUN", "NN", "ROOT", 1),
        ("called", "call", "VERB", "VBN", "acl", 1),
        ("for", "for", "ADP", "IN", "prep", 2),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3),
        ("with", "with", "ADP", "IN", "prep", 4),
        ("Chile", "Chile", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert "026" in {e.event.cameo for e in code(coder, doc, [mention(doc, 6, 7, "Chile", "CHL")])}


def _promise_doc(verb, verb_lemma, act, act_lemma, obj, obj_lemma):
    # "The militia <vowed> to <attack> the <garrison>."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("militia", "militia", "NOUN", "NN", "nsubj", 2),
        (verb, verb_lemma, "VERB", "VBD", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        (act, act_lemma, "VERB", "VB", "xcomp", 2),
        ("the", "the", "DET", "DT", "det", 6),
        (obj, obj_lemma, "NOUN", "NN", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    return doc, [mention(doc, 0, 2, "militia", None, "group")]


def test_a_promise_to_do_harm_is_a_threat_and_a_promise_to_help_an_intent(coder):
    # CAMEO 13x: a vow to attack threatens force (138), a pledge to arrest threatens (130)
    attack = main_event(code(coder, *_promise_doc("vowed", "vow", "attack", "attack", "garrison", "garrison")))
    assert (attack.event.cameo, attack.event.plover) == ("138", "THREATEN")
    arrest = main_event(code(coder, *_promise_doc("pledged", "pledge", "arrest", "arrest", "mayor", "mayor")))
    assert (arrest.event.cameo, arrest.event.plover) == ("130", "THREATEN")
    aid = main_event(code(coder, *_promise_doc("promised", "promise", "help", "help", "village", "village")))
    assert aid.event.plover == "AGREE"
    # agreeing to an act is still an agreement, whatever the act
    agreed = main_event(code(coder, *_promise_doc("agreed", "agree", "attack", "attack", "garrison", "garrison")))
    assert agreed.event.plover == "AGREE"


def test_people_seized_are_abducted_and_a_thing_seized_is_confiscated(coder):
    def seized(obj, lemma):
        # "Pirates seized the <crew>."
        doc = make_doc([
            ("Pirates", "pirate", "NOUN", "NNS", "nsubj", 1),
            ("seized", "seize", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            (obj, lemma, "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ])
        event = main_event(code(coder, doc, [mention(doc, 0, 1, "Pirates", None, "group")]))
        return event.event.cameo, event.event.plover
    assert seized("crew", "crew") == ("181", "ASSAULT")
    assert seized("hostages", "hostage") == ("181", "ASSAULT")
    assert seized("tanker", "tanker") == ("171", "COERCE")


def _raid_doc(subject, subject_lemma, tail):
    # "<Subject> raided the farm[, killing six]."
    words = [
        (subject, subject_lemma, "NOUN", "NNS", "nsubj", 1),
        ("raided", "raid", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("farm", "farm", "NOUN", "NN", "dobj", 1),
    ]
    words += tail
    words.append((".", ".", "PUNCT", ".", "punct", 1))
    doc = make_doc(words)
    return doc, [mention(doc, 0, 1, subject, None, "group")]


def test_a_raid_that_kills_or_by_armed_men_is_armed_force_and_a_police_raid_an_arrest(coder):
    killing = [(",", ",", "PUNCT", ",", "punct", 1), ("killing", "kill", "VERB", "VBG", "advcl", 1),
               ("six", "six", "NUM", "CD", "dobj", 5)]
    lethal = main_event(code(coder, *_raid_doc("Police", "police", killing)))
    assert (lethal.event.cameo, lethal.event.plover) == ("190", "ASSAULT")
    by_rebels = main_event(code(coder, *_raid_doc("Insurgents", "insurgent", [])))
    assert (by_rebels.event.cameo, by_rebels.event.plover) == ("190", "ASSAULT")
    by_police = main_event(code(coder, *_raid_doc("Police", "police", [])))
    assert (by_police.event.cameo, by_police.event.plover) == ("173", "COERCE")
    # a killing elsewhere in the sentence ("raided the farm of the killing") is not the raid's
    elsewhere = [("of", "of", "ADP", "IN", "prep", 3), ("killing", "kill", "NOUN", "NN", "pobj", 4)]
    assert main_event(code(coder, *_raid_doc("Police", "police", elsewhere))).event.cameo == "173"


def test_opposing_a_cooperative_act_rejects_it_and_opposing_a_thing_disapproves(coder):
    def opposed(obj, lemma, tail):
        # "The senators oppose <talks> [with rebels]."
        words = [
            ("The", "the", "DET", "DT", "det", 1),
            ("senators", "senator", "NOUN", "NNS", "nsubj", 2),
            ("oppose", "oppose", "VERB", "VBP", "ROOT", 2),
            (obj, lemma, "NOUN", "NNS", "dobj", 2),
            *tail,
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
        doc = make_doc(words)
        event = main_event(code(coder, doc, [mention(doc, 0, 2, "senators", None, "person")]))
        return event.event.cameo, event.event.plover
    assert opposed("talks", "talk", [("with", "with", "ADP", "IN", "prep", 3),
                                      ("rebels", "rebel", "NOUN", "NNS", "pobj", 4)]) == ("125", "REJECT")
    assert opposed("taxes", "tax", []) == ("110", "ACCUSE")
    # (session 30) a measure put forward, opposed, is turned down
    assert opposed("bills", "bill", []) == ("120", "REJECT")


def test_a_strike_by_warplanes_or_troops_is_an_attack_and_a_workers_strike_a_protest(coder):
    def strike(subject, lemma, target="Chile", target_lemma="Chile"):
        # "<Subject> staged a strike against <target>."
        doc = make_doc([
            (subject, lemma, "NOUN", "NNS", "nsubj", 1),
            ("staged", "stage", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3),
            ("strike", "strike", "NOUN", "NN", "dobj", 1),
            ("against", "against", "ADP", "IN", "prep", 3),
            (target, target_lemma, "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ])
        return doc, [mention(doc, 0, 1, subject, None, "group"), mention(doc, 5, 6, target, "CHL")]

    def strikes(doc_and_mentions):
        return [(e.event.cameo, e.event.plover) for e in code(coder, *doc_and_mentions) if "strike" in e.trigger.text]

    assert strikes(strike("Warplanes", "warplane")) == [("190", "ASSAULT")]
    assert strikes(strike("Workers", "worker")) == [("143", "PROTEST")]
    # workers striking against the army still walk out
    assert strikes(strike("Workers", "worker", "Army", "army")) == [("143", "PROTEST")]


def test_approving_a_request_accedes_to_whoever_made_it(coder):
    # "The governor approved a request from the miners." (CAMEO 083)
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("governor", "governor", "NOUN", "NN", "nsubj", 2),
        ("approved", "approve", "VERB", "VBD", "ROOT", 2),
        ("a", "a", "DET", "DT", "det", 4),
        ("request", "request", "NOUN", "NN", "dobj", 2),
        ("from", "from", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("miners", "miner", "NOUN", "NNS", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    mentions = [mention(doc, 0, 2, "governor", None, "person"), mention(doc, 6, 8, "miners", None, "group")]
    events = code(coder, doc, mentions)
    assert [(e.event.cameo, e.event.plover, [a.name for a in e.target]) for e in events] == [
        ("083", "CONCEDE", ["miners"])]
