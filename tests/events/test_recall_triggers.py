"""Recall of acts that are no speech: general trigger words, verb lemmas the small model gets wrong, objects
named through a relative pronoun, and the actors an act implies in a whole article (hand-built parses)."""

import pytest
from handparse import context_for, make_doc, mention

from eventscope.events.matching import find_triggers
from eventscope.events.roles.grammar import RoleHeads


def svo(verb, lemma, obj=None, obj_lemma=None, particle=None):
    """'Officials <verb> [particle] [the <obj>] .' as a hand-built parse."""
    rows = [("Officials", "official", "NOUN", "NNS", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1)]
    if particle:
        rows.append((particle, particle, "ADP", "RP", "prt", 1))
    if obj:
        at = len(rows)
        rows += [("the", "the", "DET", "DT", "det", at + 1), (obj, obj_lemma or obj, "NOUN", "NNS", "dobj", 1)]
    rows.append((".", ".", "PUNCT", ".", "punct", 1))
    return make_doc(rows)


def codes(patterns, doc):
    return [m.cameo for m in find_triggers(doc[:], patterns)]


@pytest.mark.parametrize(("verb", "lemma", "obj", "obj_lemma", "particle", "cameo"), [
    ("revolted", "revolt", None, None, None, "140"),
    ("strafed", "strafe", "convoy", "convoy", None, "195"),
    ("ceded", "cede", "territory", "territory", None, "080"),
    ("coordinated", "coordinate", None, None, None, "060"),
    ("commuted", "commute", "sentences", "sentence", None, "081"),
    ("scrambled", "scramble", "jets", "jet", None, "154"),
    ("called", "call", "reservists", "reservist", "up", "154"),
    ("revoked", "revoke", "licences", "licence", None, "172"),
    ("lobbed", "lob", "grenades", "grenade", None, "183"),
    ("hurled", "hurl", "stones", "stone", None, "190"),
    ("airdropped", "airdrop", "food", "food", None, "070"),
    ("addressed", "address", "parliament", "parliament", None, "040"),
    ("sent", "send", "frigates", "frigate", None, "154"),
    ("allowed", "allow", "fuel", "fuel", None, "0863"),
    ("teargassed", "teargas", "protesters", "protester", None, "175"),
    ("sealed", "seal", "border", "border", "off", "172"),
    ("rolled", "roll", "restrictions", "restriction", "back", "081"),
    ("sealed", "seal", "deal", "deal", None, "057"),
    ("gave", "give", "information", "information", None, "064"),
    ("intensified", "intensify", "forces", "force", None, "154"),
])
def test_general_words_for_acts_are_triggers(patterns, verb, lemma, obj, obj_lemma, particle, cameo):
    assert codes(patterns, svo(verb, lemma, obj, obj_lemma, particle)) == [cameo]


def test_addressing_a_body_meets_it_but_addressing_a_problem_does_not(patterns):
    assert codes(patterns, svo("addressed", "address", "problems", "problem")) == []


def test_abandoning_or_dropping_a_plan_concedes_but_abandoning_tanks_does_not(patterns):
    assert codes(patterns, svo("abandoned", "abandon", "plan", "plan")) == ["080"]
    assert codes(patterns, svo("dropped", "drop", "charges", "charge")) == ["080"]
    assert codes(patterns, svo("abandoned", "abandon", "tanks", "tank")) == []
    # the bombs (the noun, and the verb with it: "dropped barrel bombs on the town"), not a concession
    assert set(codes(patterns, svo("dropped", "drop", "bombs", "bomb"))) == {"183"}


def test_holding_people_is_no_detention_but_holding_journalists_is(patterns):
    # "The camps hold four thousand people": what a place holds; "police held the journalists": detention
    assert codes(patterns, svo("held", "hold", "people", "people")) == []
    assert codes(patterns, svo("held", "hold", "journalists", "journalist")) == ["173"]


def test_a_relative_pronoun_stands_for_the_object_it_hangs_on(patterns):
    # "The treaty that was signed in Oslo remains in force."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("treaty", "treaty", "NOUN", "NN", "nsubj", 8),
        ("that", "that", "PRON", "WDT", "nsubjpass", 4),
        ("was", "be", "AUX", "VBD", "auxpass", 4),
        ("signed", "sign", "VERB", "VBN", "relcl", 1),
        ("in", "in", "ADP", "IN", "prep", 4),
        ("Oslo", "Oslo", "PROPN", "NNP", "pobj", 5),
        ("still", "still", "ADV", "RB", "advmod", 8),
        ("stands", "stand", "VERB", "VBZ", "ROOT", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ])
    signed, = find_triggers(doc[:], patterns)
    assert (signed.cameo, signed.object_token.text) == ("057", "treaty")


def staged_doc(noun, noun_lemma):
    # "Rebels staged an <noun> ." with the small model's lemma "stag" for "staged"
    return make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1),
        ("staged", "stag", "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3),
        (noun, noun_lemma, "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def rebels(doc):
    found = mention(doc, 0, 1, "rebels", "SDN", "group")
    found.actor.sectors = ["REB"]
    return found


def test_a_verb_the_model_lemmatises_wrongly_still_carries_its_noun(coder):
    doc = staged_doc("offensive", "offensive")
    assert [t.lemma_ for t in doc][1] == "stag"
    event, = coder.code(context_for(doc, [rebels(doc)]))
    assert (event.event.cameo, [a.country for a in event.source]) == ("190", ["SDN"])
    assert doc[1].lemma_ == "stage"


def test_raped_read_by_the_model_as_rap_is_a_sexual_assault(coder):
    # "Soldiers raped villagers ." with the small model's lemma "rap" for "raped"
    doc = make_doc([
        ("Soldiers", "soldier", "NOUN", "NNS", "nsubj", 1),
        ("raped", "rap", "VERB", "VBD", "ROOT", 1),
        ("villagers", "villager", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    soldiers = mention(doc, 0, 1, "soldiers", "MMR", "group")
    soldiers.actor.sectors = ["MIL"]
    event, = coder.code(context_for(doc, [soldiers]))
    assert (event.event.plover, event.event.cameo) == ("ASSAULT", "1821")


def test_in_an_article_rebels_rising_act_against_the_rulers(article_coder):
    # an uprising by rebels is an armed rebellion, and a rising is aimed at those who rule
    doc = staged_doc("uprising", "uprising")
    event, = article_coder.code(context_for(doc, [rebels(doc)]))
    assert (event.event.plover, event.event.cameo) == ("ASSAULT", "190")
    assert [a.country for a in event.source] == ["SDN"]
    assert [(a.sectors, a.reason) for a in event.target] == [(["GOV"], "implied by the act")]


def protests_doc(modifier=None):
    # "Protests spread to Nairobi ." / "Lightning strikes spread to Nairobi ."
    noun, lemma = ("strikes", "strike") if modifier else ("Protests", "protest")
    rows = [(noun, lemma, "NOUN", "NNS", "nsubj", 1),
            ("spread", "spread", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Nairobi", "Nairobi", "PROPN", "NNP", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    if modifier:
        rows = [(modifier, modifier.lower(), "NOUN", "NN", "compound", 1)] + [
            (w, lem, pos, tag, dep, head + 1) for w, lem, pos, tag, dep, head in rows]
    doc = make_doc(rows)
    return doc, [mention(doc, len(doc) - 2, len(doc) - 1, "Nairobi", "KEN")]


def test_in_an_article_protests_with_no_one_named_were_made_by_protesters(article_coder, coder):
    doc, mentions = protests_doc()
    event, = article_coder.code(context_for(doc, mentions))
    assert event.event.plover == "PROTEST"
    assert [(a.text, a.sectors) for a in event.source] == [("Protests", ["PRO"])]
    # a lone sentence names no one protesting: no one is implied there
    assert all(a.reason != "implied by the act" for e in coder.code(context_for(doc, mentions)) for a in e.source)


def test_lightning_strikes_imply_no_strikers(article_coder):
    assert article_coder.code(context_for(*protests_doc("Lightning"))) == []


def test_a_rising_named_again_with_the_is_no_new_event(article_coder):
    # "The uprising spread to the capital.": a definite noun with no target refers back to an act told before
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("uprising", "uprising", "NOUN", "NN", "nsubj", 2),
        ("spread", "spread", "VERB", "VBD", "ROOT", 2),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("capital", "capital", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert article_coder.code(context_for(doc, [])) == []


def test_warships_sent_to_search_for_the_missing_bring_help(coder):
    # "Japan sent a warship to join the search."
    doc = make_doc([
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
        ("sent", "send", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("warship", "warship", "NOUN", "NN", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 5),
        ("join", "join", "VERB", "VB", "advcl", 1),
        ("the", "the", "DET", "DT", "det", 7),
        ("search", "search", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = coder.code(context_for(doc, [mention(doc, 0, 1, "Japan", "JPN")]))
    assert {e.event.plover for e in events} == {"AID"}


def test_setting_fire_and_excessive_force_are_violent_acts(patterns):
    # "Officials set fire to the depot ." / "Officials used excessive force ."
    fire = make_doc([
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1),
        ("set", "set", "VERB", "VBD", "ROOT", 1),
        ("fire", "fire", "NOUN", "NN", "dobj", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 5),
        ("depot", "depot", "NOUN", "NN", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert codes(patterns, fire) == ["1712"]
    force = make_doc([
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1),
        ("used", "use", "VERB", "VBD", "ROOT", 1),
        ("excessive", "excessive", "ADJ", "JJ", "amod", 3),
        ("force", "force", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert codes(patterns, force) == ["175"]


def test_a_protest_that_another_act_is_about_implies_no_protesters(article_coder):
    # "Kenya banned rallies .": the rallies banned did not take place; the ban is the act
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1),
        ("banned", "ban", "VERB", "VBD", "ROOT", 1),
        ("rallies", "rally", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = article_coder.code(context_for(doc, [mention(doc, 0, 1, "Kenya", "KEN")]))
    assert [e.event.plover for e in events] == ["COERCE"]


def purpose_doc(noun, noun_lemma):
    """'The minister is in Beijing for the <noun> .'"""
    return make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("minister", "minister", "NOUN", "NN", "nsubj", 2),
        ("is", "be", "AUX", "VBZ", "ROOT", 2), ("in", "in", "ADP", "IN", "prep", 2),
        ("Beijing", "Beijing", "PROPN", "NNP", "pobj", 3), ("for", "for", "ADP", "IN", "prep", 2),
        ("the", "the", "DET", "DT", "det", 7), (noun, noun_lemma, "NOUN", "NNS", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])


def test_talks_someone_came_for_are_their_talks_but_an_attack_someone_is_jailed_for_is_not(patterns):
    talks, = find_triggers(purpose_doc("talks", "talk")[:], patterns)
    assert (talks.cameo, talks.anchor.text) == ("040", "is")
    attack, = find_triggers(purpose_doc("attack", "attack")[:], patterns)
    assert attack.anchor.i == attack.token.i  # no verb carries it: no one named does it


def test_an_act_declared_to_begin_later_is_carried_by_the_declaring_verb(patterns):
    # "Officials declared a curfew to begin at midnight ." (the parser makes the curfew the subject of "begin")
    doc = make_doc([
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("declared", "declare", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("curfew", "curfew", "NOUN", "NN", "nsubj", 5),
        ("to", "to", "PART", "TO", "aux", 5), ("begin", "begin", "VERB", "VB", "ccomp", 1),
        ("at", "at", "ADP", "IN", "prep", 5), ("midnight", "midnight", "NOUN", "NN", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    curfew, = find_triggers(doc[:], patterns)
    assert (curfew.cameo, curfew.anchor.text) == ("1723", "declared")


def test_a_natural_force_only_searched_for_as_target_is_no_foe(coder):
    # "Rebels violated the truce during the incident ." / "Rebels fought the fire ."
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("violated", "violate", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3), ("truce", "truce", "NOUN", "NN", "dobj", 1),
        ("during", "during", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
        ("incident", "incident", "NOUN", "NN", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert not coder._not_political("196", RoleHeads((doc[0],), (doc[6],), inferred_target=True), doc[1])
    assert coder._not_political("190", RoleHeads((doc[0],), (doc[6],)), doc[1])


def test_a_bare_seal_is_no_deal(patterns):
    assert codes(patterns, svo("sealed", "seal", "letters", "letter")) == []


def test_blowing_up_a_thing_is_a_bombing(coder):
    doc = svo("blew", "blow", "pipeline", "pipeline", "up")
    event, = coder.code(context_for(doc, [mention(doc, 0, 1, "Officials", "NGA", kind="group")]))
    assert event.event.cameo == "183"


def test_a_particle_the_parser_hangs_on_the_object_still_makes_the_phrasal_verb(patterns):
    # "Officials let free activists ." with "free" read as the activists' modifier
    doc = make_doc([
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("let", "let", "VERB", "VBD", "ROOT", 1),
        ("free", "free", "ADJ", "JJ", "amod", 3), ("activists", "activist", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert codes(patterns, doc) == ["084"]
    # "Officials let angry activists ." names no release
    doc = make_doc([
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1), ("let", "let", "VERB", "VBD", "ROOT", 1),
        ("angry", "angry", "ADJ", "JJ", "amod", 3), ("activists", "activist", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert codes(patterns, doc) == []


def died_of(noun, noun_lemma, prep="after"):
    """'The prisoner died <prep> <noun> .'"""
    return make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("prisoner", "prisoner", "NOUN", "NN", "nsubj", 2),
        ("died", "die", "VERB", "VBD", "ROOT", 2), (prep, prep, "ADP", "IN", "prep", 2),
        (noun, noun_lemma, "NOUN", "NN", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 2),
    ])


def test_one_who_died_of_an_act_of_violence_is_its_victim(coder):
    doc = died_of("torture", "torture")
    event, = coder.code(context_for(doc, [mention(doc, 0, 2, "prisoner", "TUR", kind="group")]))
    assert event.event.cameo == "1822"
    assert event.target[0].text == "The prisoner" and event.source == []
    doc = died_of("cancer", "cancer", "of")
    assert coder.code(context_for(doc, [mention(doc, 0, 2, "prisoner", "TUR", kind="group")])) == []


def test_two_names_joined_by_a_hyphen_are_the_two_parties_of_talks(coder):
    # "Kenya-Uganda talks resumed ."
    doc = make_doc([
        ("Kenya", "Kenya", "PROPN", "NNP", "compound", 2), ("-", "-", "PUNCT", "HYPH", "punct", 2),
        ("Uganda", "Uganda", "PROPN", "NNP", "compound", 3), ("talks", "talk", "NOUN", "NNS", "nsubj", 4),
        ("resumed", "resume", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4),
    ])
    event, = coder.code(context_for(doc, [mention(doc, 0, 1, "Kenya", "KEN"), mention(doc, 2, 3, "Uganda", "UGA")]))
    assert event.event.cameo == "040"
    assert [a.country for a in event.source] == ["KEN"] and [a.country for a in event.target] == ["UGA"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "countries"), [
    # a call had, held, taken or received is a phone call between its parties
    ("The Chilean foreign minister held a call with his Peruvian counterpart on Monday.", "CONSULT", ("CHL", "PER")),
    ("The Chilean and Peruvian presidents had a call on Friday.", "CONSULT", ("CHL", "PER")),
    ("The Peruvian president took a call from the Chilean foreign minister.", "CONSULT", ("PER", "CHL")),
    # a call made for something, or one joined, is an appeal
    ("Chile made a call for talks with Peru.", "REQUEST", ("CHL", "PER")),
    ("Ecuador joined calls for a truce between Chile and Peru.", "REQUEST", ("ECU",)),
])
def test_a_call_held_is_a_phone_call_and_a_call_for_an_act_an_appeal(pipeline_coder, text, plover, countries):
    events = pipeline_coder.code_text(text).events
    assert [e.event.plover for e in events][:1] == [plover], [(e.event.plover, e.trigger.text) for e in events]
    found = events[0]
    assert (found.source[0].country, *[a.country for a in found.target])[:len(countries)] == countries
