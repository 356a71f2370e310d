"""Sense checks, non-events and non-political articles (events/senses.py, data/senses.yaml), on hand parses."""

from dataclasses import replace
from datetime import date

import pytest
import spacy
from handparse import code, make_doc, mention
from spacy.tokens import Doc

from eventscope.events.senses import (
    ArticleProfile,
    Recode,
    article_profile,
    judged_causes,
    judged_objects,
    load_senses,
)
from eventscope.records import UNRESOLVED_PHRASE, Actor, ActorMention, Article

NO_STATE = load_senses().no_state_codes  # the ontology's codes of no state (Recode.fits)


def actor(text: str, reason: str = "unresolved phrase", sectors=(), country=None, kind="group") -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, sectors=list(sectors), kind=kind,
                 reason=reason, origin="phrase words" if reason.startswith(UNRESOLVED_PHRASE) else None)


def test_a_phrase_for_a_thing_is_no_actor_but_names_and_people_are():
    senses = load_senses()
    assert not senses.is_actor(actor("the wall"))
    assert not senses.is_actor(actor("the aircraft"))
    assert senses.is_actor(actor("the two engineers"))
    assert senses.is_actor(actor("Kuala Lumpur"))
    assert senses.is_actor(actor("him"))
    assert senses.is_actor(actor("Hargreave", reason="ner: ORG"))


def test_political_actors_are_states_their_agents_and_organisations():
    senses = load_senses()
    assert senses.is_political(actor("Russia", "country name", country="RUS", kind="state"))
    assert senses.is_political(actor("police", "sector word", sectors=["COP"]))
    assert not senses.is_political(actor("relatives", "sector word", sectors=["CVL"]))
    assert not senses.is_political(actor("the wall"))


def test_hitting_a_thing_is_no_attack(coder):
    # "I hit the wall."
    doc = make_doc([
        ("I", "I", "PRON", "PRP", "nsubj", 1),
        ("hit", "hit", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("wall", "wall", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, []) == []


def test_hitting_a_state_is_an_attack(coder):
    # "Israel hit Gaza."
    doc = make_doc([
        ("Israel", "Israel", "PROPN", "NNP", "nsubj", 1),
        ("hit", "hit", "VERB", "VBD", "ROOT", 1),
        ("Gaza", "Gaza", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Israel", "ISR"), mention(doc, 2, 3, "Gaza", "PSE")])
    assert [(e.event.plover, [a.country for a in e.target]) for e in events] == [("ASSAULT", ["PSE"])]


def test_a_journalist_speaking_to_relatives_is_no_consultation(coder):
    # "The reporter spoke to relatives."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("reporter", "reporter", "NOUN", "NN", "nsubj", 2),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 2),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("relatives", "relative", "NOUN", "NNS", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert code(coder, doc, []) == []


def test_a_clause_under_a_belief_is_no_event(coder):
    # "He believed police would beat him."
    doc = make_doc([
        ("He", "he", "PRON", "PRP", "nsubj", 1),
        ("believed", "believe", "VERB", "VBD", "ROOT", 1),
        ("police", "police", "NOUN", "NNS", "nsubj", 4),
        ("would", "would", "AUX", "MD", "aux", 4),
        ("beat", "beat", "VERB", "VB", "ccomp", 1),
        ("him", "he", "PRON", "PRP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, [mention(doc, 2, 3, "police", None, "group")]) == []


def test_grieving_relatives_who_gather_do_not_protest(coder):
    # "Relatives gathered at the airport."
    doc = make_doc([
        ("Relatives", "relative", "NOUN", "NNS", "nsubj", 1),
        ("gathered", "gather", "VERB", "VBD", "ROOT", 1),
        ("at", "at", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("airport", "airport", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, []) == []


def test_lone_sentences_are_always_judged_political():
    rules = load_senses()
    assert ArticleProfile(sentences=2, political_share=0.0, domain=None, whole=False).is_political(rules)
    assert not ArticleProfile(sentences=3, political_share=0.0, domain=None, whole=True).is_political(rules)
    assert not ArticleProfile(sentences=40, political_share=0.05, domain=None, whole=True).is_political(rules)
    assert not ArticleProfile(sentences=40, political_share=0.5, domain="sport", whole=True).is_political(rules)
    assert ArticleProfile(sentences=40, political_share=0.5, domain=None, whole=True).is_political(rules)


def test_idioms_name_no_act():
    doc = make_doc([
        ("in", "in", "ADP", "IN", "prep", 0),
        ("order", "order", "NOUN", "NN", "pobj", 0),
        ("to", "to", "PART", "TO", "aux", 0),
    ])
    assert load_senses().in_idiom(doc[1])


def test_offering_a_thing_to_no_one_is_no_promise(coder):
    # "Smith offered a harsh review of the speech."
    doc = make_doc([
        ("Smith", "Smith", "PROPN", "NNP", "nsubj", 1),
        ("offered", "offer", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("harsh", "harsh", "ADJ", "JJ", "amod", 4),
        ("review", "review", "NOUN", "NN", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("speech", "speech", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "John Smith", "USA", "person")])
    assert [e.event.plover for e in events if e.event.plover == "AGREE"] == []


def test_offering_something_to_an_actor_is_a_promise(coder):
    # "Britain offered Indonesia a ship."
    doc = make_doc([
        ("Britain", "Britain", "PROPN", "NNP", "nsubj", 1),
        ("offered", "offer", "VERB", "VBD", "ROOT", 1),
        ("Indonesia", "Indonesia", "PROPN", "NNP", "dative", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("ship", "ship", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Britain", "GBR"), mention(doc, 2, 3, "Indonesia", "IDN")])
    assert [e.event.plover for e in events] == ["AGREE"]


def test_a_state_that_dissolved_was_dissolved_by_no_one(coder):
    # "The union dissolved."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("union", "union", "PROPN", "NNP", "nsubj", 2),
        ("dissolved", "dissolve", "VERB", "VBD", "ROOT", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert code(coder, doc, [mention(doc, 0, 2, "Soviet Union", "SUN")]) == []


def test_investigating_a_thing_accuses_no_one(coder):
    # "Police will investigate the spill."
    doc = make_doc([
        ("Police", "police", "NOUN", "NNS", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("investigate", "investigate", "VERB", "VB", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("spill", "spill", "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    police = Actor(text="Police", start=0, end=6, name="police", country="IDN", sectors=["COP"], kind="group",
                   reason="sector word")
    events = code(coder, doc, [ActorMention(actor=police, token_start=0, token_end=1, head=0)])
    assert [e.event.cameo for e in events if e.event.cameo.startswith("09")] == []


def test_a_battle_with_a_party_is_no_armed_fight(coder):
    # "The governor fought battles with Democrats."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("governor", "governor", "NOUN", "NN", "nsubj", 2),
        ("fought", "fight", "VERB", "VBD", "ROOT", 2),
        ("battles", "battle", "NOUN", "NNS", "dobj", 2),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Democrats", "Democrats", "PROPN", "NNPS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    governor = Actor(text="The governor", start=0, end=12, name="governor", country="USA", sectors=["GOV"],
                     kind="person", reason="sector word")
    democrats = Actor(text="Democrats", start=34, end=43, name="Democratic Party", country="USA", sectors=["PTY"],
                      kind="group", reason="dictionary")
    events = code(coder, doc, [ActorMention(actor=governor, token_start=0, token_end=2, head=1),
                               ActorMention(actor=democrats, token_start=5, token_end=6, head=5)])
    assert [e for e in events if e.event.plover == "ASSAULT"] == []


def test_a_name_after_a_preposition_does_not_make_a_thing_an_actor():
    senses = load_senses()
    assert not senses.is_actor(actor("the farming project in Ruritania"))
    assert senses.is_actor(actor("the Ministry of Defence"))


def test_celebrating_a_day_supports_no_one(coder):
    # "The president celebrated the anniversary."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("president", "president", "NOUN", "NN", "nsubj", 2),
        ("celebrated", "celebrate", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("anniversary", "anniversary", "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    president = Actor(text="The president", start=0, end=13, name="president", country="USA", sectors=["GOV"],
                      kind="person", reason="sector word")
    events = code(coder, doc, [ActorMention(actor=president, token_start=0, token_end=2, head=1)])
    assert [e for e in events if e.event.plover == "SUPPORT"] == []


def test_the_agent_of_a_passive_release_is_not_the_one_released(coder):
    # "Images that were released by the navy." (the navy released them; the navy was not freed)
    doc = make_doc([
        ("Images", "image", "NOUN", "NNS", "ROOT", 0),
        ("that", "that", "PRON", "WDT", "nsubjpass", 3),
        ("were", "be", "AUX", "VBD", "auxpass", 3),
        ("released", "release", "VERB", "VBN", "relcl", 0),
        ("by", "by", "ADP", "IN", "agent", 3),
        ("the", "the", "DET", "DT", "det", 6),
        ("navy", "navy", "NOUN", "NN", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 0),
    ])
    navy = Actor(text="the navy", start=33, end=41, name="navy", country="MYS", sectors=["MIL"], kind="group",
                 reason="sector word")
    events = code(coder, doc, [ActorMention(actor=navy, token_start=5, token_end=7, head=6)])
    assert [e for e in events if e.event.plover == "RETREAT"] == []


def _noun_with_infinitive(noun: str) -> list:
    # "The army has the <noun> to arrest the rebels."
    return make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("army", "army", "NOUN", "NN", "nsubj", 2),
        ("has", "have", "VERB", "VBZ", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        (noun, noun, "NOUN", "NN", "dobj", 2),
        ("to", "to", "PART", "TO", "aux", 6),
        ("arrest", "arrest", "VERB", "VB", "acl", 4),
        ("the", "the", "DET", "DT", "det", 8),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])


def test_an_act_a_noun_says_could_be_done_is_no_event_but_a_plan_is_one():
    senses = load_senses()
    assert senses.non_event(_noun_with_infinitive("power")[6]) == "means: power"
    assert senses.non_event(_noun_with_infinitive("plan")[6]) is None  # "plans to arrest": coded, future


def _verb_with_infinitive(verb: str, lemma: str) -> list:
    # "The army <verb> to arrest the rebels."
    return make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("army", "army", "NOUN", "NN", "nsubj", 2),
        (verb, lemma, "VERB", "VBZ", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        ("arrest", "arrest", "VERB", "VB", "xcomp", 2),
        ("the", "the", "DET", "DT", "det", 6),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])


def test_an_act_wished_for_is_no_event_but_a_planned_one_is():
    senses = load_senses()
    assert senses.non_event(_verb_with_infinitive("wants", "want")[4]) == "wish: wants"
    assert senses.non_event(_verb_with_infinitive("plans", "plan")[4]) is None  # coded, future
    assert senses.non_event(_verb_with_infinitive("vows", "vow")[4]) is None  # a promise is coded


def test_a_persuading_told_as_done_leaves_the_act_but_a_failed_or_attempted_one_does_not():
    senses = load_senses()
    # "The envoy persuaded the rebels to meet the mayor ." (the rebels meet; modality.yaml: hypothetical)
    done = make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("envoy", "envoy", "NOUN", "NN", "nsubj", 2),
        ("persuaded", "persuade", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 2), ("to", "to", "PART", "TO", "aux", 6),
        ("meet", "meet", "VERB", "VB", "xcomp", 2), ("the", "the", "DET", "DT", "det", 8),
        ("mayor", "mayor", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert senses.non_event(done[6]) is None
    # "The rebels could not be persuaded to meet the mayor ."
    refused = make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("rebels", "rebel", "NOUN", "NNS", "nsubjpass", 5),
        ("could", "could", "AUX", "MD", "aux", 5), ("not", "not", "PART", "RB", "neg", 5),
        ("be", "be", "AUX", "VB", "auxpass", 5), ("persuaded", "persuade", "VERB", "VBN", "ROOT", 5),
        ("to", "to", "PART", "TO", "aux", 7), ("meet", "meet", "VERB", "VB", "xcomp", 5),
        ("the", "the", "DET", "DT", "det", 9), ("mayor", "mayor", "NOUN", "NN", "dobj", 7),
        (".", ".", "PUNCT", ".", "punct", 5),
    ])
    assert senses.non_event(refused[7]) == "wish: persuaded"
    # "The rebels were persuaded to meet the mayor ." (told as done: the rebels meet)
    passive = make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("rebels", "rebel", "NOUN", "NNS", "nsubjpass", 3),
        ("were", "be", "AUX", "VBD", "auxpass", 3), ("persuaded", "persuade", "VERB", "VBN", "ROOT", 3),
        ("to", "to", "PART", "TO", "aux", 5), ("meet", "meet", "VERB", "VB", "xcomp", 3),
        ("the", "the", "DET", "DT", "det", 7), ("mayor", "mayor", "NOUN", "NN", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    assert senses.non_event(passive[5]) is None
    # "The envoy tried to persuade the rebels to meet the mayor ."
    tried = make_doc([
        ("The", "the", "DET", "DT", "det", 1), ("envoy", "envoy", "NOUN", "NN", "nsubj", 2),
        ("tried", "try", "VERB", "VBD", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
        ("persuade", "persuade", "VERB", "VB", "xcomp", 2), ("the", "the", "DET", "DT", "det", 6),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 4), ("to", "to", "PART", "TO", "aux", 8),
        ("meet", "meet", "VERB", "VB", "xcomp", 4), ("the", "the", "DET", "DT", "det", 10),
        ("mayor", "mayor", "NOUN", "NN", "dobj", 8), (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert senses.non_event(tried[8]) == "wish: persuade"


def test_a_clause_with_its_own_subject_under_a_wish_is_not_the_wish():
    # "The mayor was unable to say how many soldiers refused to fight." (as a parser may attach "refused")
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
        ("was", "be", "AUX", "VBD", "ROOT", 2),
        ("unable", "unable", "ADJ", "JJ", "acomp", 2),
        ("to", "to", "PART", "TO", "aux", 5),
        ("say", "say", "VERB", "VB", "xcomp", 3),
        ("how", "how", "SCONJ", "WRB", "advmod", 7),
        ("many", "many", "ADJ", "JJ", "dobj", 5),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 9),
        ("refused", "refuse", "VERB", "VBD", "conj", 7),
        ("to", "to", "PART", "TO", "aux", 11),
        ("fight", "fight", "VERB", "VB", "xcomp", 9),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    senses = load_senses()
    assert senses.non_event(doc[5]) == "wish: unable"  # saying is what the mayor could not do
    assert senses.non_event(doc[9]) is None  # the soldiers' refusal is told, not wished


def test_an_act_a_noun_says_could_be_done_is_no_event_when_parsed_as_a_relative_clause_too():
    doc = _noun_with_infinitive("tool")
    doc[6].dep_ = "relcl"  # "tools to arrest the rebels", as the parser may attach the infinitive
    assert load_senses().non_event(doc[6]) == "means: tool"


def test_an_act_on_oneself_is_no_event():
    senses = load_senses()
    gunman = actor("a gunman", "sector word 'gunman'", sectors=["CRM"])
    assert senses.sense_fails("shoot", "193", [gunman], [actor("himself", "coreference: 'himself' -> X")])
    assert senses.sense_fails("barricade", "144", [gunman], [actor("themselves")])
    assert senses.sense_fails("shoot", "193", [gunman], [actor("two guards", "sector word 'guards'")]) is None


def test_a_thing_named_after_an_actor_is_not_acted_on_by_aid_release_or_inquiry():
    senses = load_senses()
    police = actor("Peruvian police", "country word + sector word 'police'", country="PER", sectors=["COP"])
    reports = actor("reports by local farmers", "sector word 'farmers'", country="PER", sectors=["AGR"])
    video = actor("a short video about the Chilean president", "leader: X", country="CHL", sectors=["GOV"])
    assert senses.sense_fails("investigate", "090", [police], [reports])
    assert senses.sense_fails("release", "084", [], [video])
    # people named by a part or a number of a body are people
    head = actor("the head of the Peruvian army", "sector word 'army'", country="PER", sectors=["MIL"])
    assert senses.sense_fails("investigate", "090", [police], [head]) is None
    hundreds = actor("hundreds of farmers", "sector word 'farmers'", country="PER", sectors=["AGR"])
    assert senses.sense_fails("release", "084", [police], [hundreds]) is None
    # a reaction to an actor's thing reaches the actor: "dismissed a proposal by the government"
    proposal = actor("a proposal by the Bolivian government", "sector word 'government'", country="BOL",
                     sectors=["GOV"])
    assert senses.sense_fails("dismiss", "120", [police], [proposal]) is None


def test_a_feeling_about_no_one_is_a_mood():
    senses = load_senses()
    senator = actor("the senator", "sector word 'senator'", country="GHA", sectors=["LEG"])
    governor = actor("the governor", "sector word 'governor'", country="GHA", sectors=["GOV"])
    assert senses.sense_fails("angry", "110", [senator], [])
    assert senses.sense_fails("angry", "110", [senator], [governor]) is None


def test_defending_a_thing_of_ones_own_supports_no_one():
    senses = load_senses()
    minister = actor("the minister", "sector word 'minister'", country="NPL", sectors=["GOV"])
    assert senses.sense_fails("defend", "052", [minister], [actor("his decision")])
    assert senses.sense_fails("defend", "052", [minister], []) is None
    envoy = actor("the envoy", "sector word 'envoy'", country="NPL", sectors=["GOV"])
    assert senses.sense_fails("defend", "052", [minister], [envoy]) is None


def test_a_law_a_deal_or_a_practice_defended_as_it_stands_supports_no_one():
    # "the premier defended the treaty", "the ministry justified the practice of ...": no actor backed, so no implied
    # target of the speaker's own state either; the defence of an actor's act ("defended the raid") stays
    senses = load_senses()
    premier = actor("the premier", "sector word 'premier'", country="NPL", sectors=["GOV"])
    for thing in ("law", "treaty", "practice", "use"):
        assert senses.sense_fails("defend", "052", [premier], [], objects=[thing]), thing
    assert senses.sense_fails("justify", "052", [premier], [], objects=["deal"])
    assert senses.sense_fails("defend", "052", [premier], [], objects=["raid"]) is None
    assert senses.sense_fails("back", "051", [premier], [], objects=["treaty"]) is None


def test_emergencies_are_declared_and_rulings_overturned_by_actors():
    senses = load_senses()
    court = actor("the court", "sector word 'court'", country="KEN", sectors=["JUD"])
    assert senses.sense_fails("declare", "1724", [actor("the aircraft")], [])
    assert senses.sense_fails("declare", "1724", [actor("the cabinet", "sector word 'cabinet'", country="KEN",
                                                       sectors=["GOV"])], []) is None
    assert senses.sense_fails("overturn", "080", [], [actor("their car")])
    assert senses.sense_fails("overturn", "080", [court], [actor("the ruling")]) is None


def test_a_trip_named_only_by_where_it_goes_is_no_visit():
    senses = load_senses()
    # "Ghana trip" (a heading)
    doc = make_doc([
        ("Ghana", "Ghana", "PROPN", "NNP", "compound", 1),
        ("trip", "trip", "NOUN", "NN", "ROOT", 1),
    ])
    assert senses.non_event(doc[1])
    # "Macron's Ghana trip"
    doc = make_doc([
        ("Macron", "Macron", "PROPN", "NNP", "poss", 3),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("Ghana", "Ghana", "PROPN", "NNP", "compound", 3),
        ("trip", "trip", "NOUN", "NN", "ROOT", 3),
    ])
    assert senses.non_event(doc[3]) is None


def test_a_win_in_a_match_is_no_attack():
    senses = load_senses()
    team = actor("the Kenyan team", "country word", country="KEN")
    uganda = actor("Uganda", "country name 'Uganda'", country="UGA", kind="state")
    assert senses.sense_fails("beat", "182", [team], [uganda], {"the", "final", "beat", "uganda"})
    army = actor("the army", "sector word 'army'", country="KEN", sectors=["MIL"])
    rebels = actor("the rebels", "sector word 'rebels'", country="KEN", sectors=["REB"])
    assert senses.sense_fails("beat", "182", [army], [rebels], {"the", "army", "beat", "rebel", "near"}) is None


def test_a_trip_to_a_place_of_ones_own_country_is_no_visit():
    senses = load_senses()
    minister = actor("the Ghanaian minister", "country word + sector word 'minister'", country="GHA",
                     sectors=["GOV"])
    assert senses.sense_fails("fly", "042", [minister], [actor("Ghana", "country name 'Ghana'", country="GHA",
                                                                kind="state")])
    assert senses.sense_fails("fly", "042", [minister], [actor("Togo", "country name 'Togo'", country="TGO",
                                                                kind="state")]) is None
    # a country guessed from the context does not say where home is
    guessed = actor("the minister", "sector word 'minister'; country from sentence place", country="TGO",
                    sectors=["GOV"]).revised(country_from="sentence place")
    assert senses.sense_fails("fly", "042", [guessed], [actor("Togo", "country name 'Togo'", country="TGO",
                                                               kind="state")]) is None


def _urged_doc(urged: str, urged_lemma: str, adjective: str):
    # "The president urged the <urged> to be <adjective>." (a plural noun)
    return make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("president", "president", "NOUN", "NN", "nsubj", 2),
        ("urged", "urge", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        (urged, urged_lemma, "NOUN", "NNS", "dobj", 2),
        ("to", "to", "PART", "TO", "aux", 6),
        ("be", "be", "AUX", "VB", "xcomp", 2),
        (adjective, adjective, "ADJ", "JJ", "acomp", 6),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])


def test_comfort_asks_for_no_act():
    senses = load_senses()
    assert senses.non_event(_urged_doc("families", "family", "strong")[2])
    # "The president urged the rebels to be transparent." is an appeal
    assert senses.non_event(_urged_doc("rebels", "rebel", "transparent")[2]) is None


def test_a_fight_with_a_party_a_legislature_or_critics_is_a_quarrel():
    senses = load_senses()
    democrats = actor("Democrats", "groups: Democratic Party", country="USA", sectors=["PTY"])
    critics = actor("his critics", "sector word 'critics'", country="GHA", sectors=["OPP"])
    rebels = actor("the rebels", "sector word 'rebels'", country="MLI", sectors=["REB"])
    assert senses.recoded("battle", "190", [democrats]) == ("110", False)
    assert senses.recoded("fight", "190", [critics]) == ("110", False)
    assert senses.recoded("battle", "190", [rebels]) == ("190", False)
    assert senses.recoded("battle", "190", [democrats, rebels]) == ("190", False)  # one armed foe: fighting
    assert senses.recoded("battle", "190", []) == ("190", False)


def test_armed_men_who_fire_back_fight_but_speakers_who_fire_back_criticise():
    senses = load_senses()
    police = actor("Police", "sector word 'police'", country="KEN", sectors=["COP"])
    fighters = actor("the fighters", "sector word 'fighters'", country="SOM", sectors=["REB"])
    minister = actor("the minister", "sector word 'minister'", country="KEN", sectors=["GOV"])
    army = actor("the army", "sector word 'army'", country="KEN", sectors=["MIL"])
    assert senses.recoded("fire", "111", [], [police]) == ("190", False)  # "Police fired back"
    assert senses.recoded("fire", "111", [army], [fighters]) == ("190", False)
    assert senses.recoded("fire", "111", [minister], [fighters]) == ("190", False)
    assert senses.recoded("fire", "111", [army], [minister]) == ("111", False)  # "the minister fired back at the army"
    assert senses.recoded("hit", "111", [], []) == ("111", False)  # no one named: words stay words


def test_surrendering_to_the_police_is_their_arrest_but_to_an_army_a_surrender():
    senses = load_senses()
    police = actor("the police", "sector word 'police'", country="KEN", sectors=["COP"])
    army = actor("the army", "sector word 'army'", country="KEN", sectors=["MIL"])
    assert senses.recoded("surrender", "0874", [police]) == ("173", True)
    assert senses.recoded("surrender", "0874", [army]) == ("0874", False)
    rebels = actor("the rebels", "sector word 'rebels'", country="KEN", sectors=["REB"])
    assert senses.recoded("surrender", "0874", [police], [rebels]) == ("0874", False)


def test_a_reaction_a_future_passive_only_predicts_is_no_event():
    senses = load_senses()
    # "The budget will be welcomed by farmers."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("budget", "budget", "NOUN", "NN", "nsubjpass", 4),
        ("will", "will", "AUX", "MD", "aux", 4),
        ("be", "be", "AUX", "VB", "auxpass", 4),
        ("welcomed", "welcome", "VERB", "VBN", "ROOT", 4),
        ("by", "by", "ADP", "IN", "agent", 4),
        ("farmers", "farmer", "NOUN", "NNS", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 4),
    ])
    assert senses.non_event(doc[4])
    # "The budget was welcomed by farmers." happened
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("budget", "budget", "NOUN", "NN", "nsubjpass", 3),
        ("was", "be", "AUX", "VBD", "auxpass", 3),
        ("welcomed", "welcome", "VERB", "VBN", "ROOT", 3),
        ("by", "by", "ADP", "IN", "agent", 3),
        ("farmers", "farmer", "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    assert senses.non_event(doc[3]) is None


def test_victims_named_only_as_people_need_a_sign_of_violence():
    senses = load_senses()
    # "Fifteen people were killed when a warehouse exploded": the phrase may run on into its clause
    victims = actor("Fifteen people were killed", "sector word 'people'", country="CHN", sectors=["CVL"])
    assert senses.sense_fails("kill", "1823", [], [victims], {"fifteen", "people", "warehouse", "explode"})
    assert senses.sense_fails("kill", "1823", [], [victims], {"people", "gunman", "explode"}) is None


def _denial_doc(accusation: bool):
    # "Ghana denied the charges." / "Ghana denied that prices rose."
    rest = ([("the", "the", "DET", "DT", "det", 3), ("charges", "charge", "NOUN", "NNS", "dobj", 1),
             (".", ".", "PUNCT", ".", "punct", 1)] if accusation else
            [("that", "that", "SCONJ", "IN", "mark", 4), ("prices", "price", "NOUN", "NNS", "nsubj", 4),
             ("rose", "rise", "VERB", "VBD", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    return make_doc([("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 1), ("denied", "deny", "VERB", "VBD", "ROOT", 1),
                     *rest])


@pytest.mark.parametrize("accusation", [True, False])
def test_a_state_that_denies_charges_or_a_claim_rejects_its_accusers(coder, accusation):
    doc = _denial_doc(accusation)
    events = code(coder, doc, [mention(doc, 0, 1, "Ghana", "GHA")])
    denials = [(e.event.cameo, e.event.plover) for e in events if e.trigger.text.startswith("denied")]
    assert denials == [("016", "REJECT")]


def test_a_denial_needs_someone_denied_or_a_political_actor_who_denies_and_is_not_itself_denied():
    senses = load_senses()
    ministry = actor("the ministry", "sector word 'ministry'", country="GHA", sectors=["GOV"])
    shopkeeper = actor("the shopkeeper", "sector word 'shopkeeper'", country="GHA", sectors=["BUS"])
    # "the ministry denied that its troops fired on the crowd": it answers its accusers, named or not
    assert senses.sense_fails("deny", "016", [ministry], [], deps=["nsubj", "ccomp"]) is None
    # "the ministry does not deny that the law is flawed": it grants the point
    assert senses.sense_fails("deny", "016", [ministry], [], deps=["nsubj", "aux", "neg", "ccomp"])
    # "the shopkeeper denied that prices rose": no political actor answers anyone
    assert senses.sense_fails("deny", "016", [shopkeeper], [], deps=["nsubj", "ccomp"])


def test_a_verb_of_criticism_that_moves_something_into_a_place_is_no_criticism():
    senses = load_senses()
    coast = actor("the coast of Chile", "country name", country="CHL", kind="state")
    minister = actor("the Chilean minister", "country word + sector word 'minister'", country="CHL", sectors=["GOV"])
    senator = actor("a Peruvian senator", "country word + sector word 'senator'", country="PER", sectors=["LEG"])
    # "a wave slammed onto the coast of Chile"
    assert senses.sense_fails("slam", "111", [], [coast], preps=["onto"])
    # "a Peruvian senator slammed the Chilean minister over the plan"
    assert senses.sense_fails("slam", "111", [senator], [minister], preps=["over"]) is None


def _without_warning_doc():
    # "Chile moved without warning Peru."
    return make_doc([
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
        ("moved", "move", "VERB", "VBD", "ROOT", 1),
        ("without", "without", "ADP", "IN", "prep", 1),
        ("warning", "warn", "VERB", "VBG", "pcomp", 2),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_a_fixed_phrase_names_no_act_by_its_words_or_their_lemmas():
    doc = _without_warning_doc()
    assert load_senses().in_idiom(doc[3])  # "warning", lemma "warn": the phrase is written "without warning"
    assert not load_senses().in_idiom(doc[1])


def test_in_an_article_a_fixed_phrase_gives_no_event(article_coder):
    doc = _without_warning_doc()
    assert code(article_coder, doc, [mention(doc, 0, 1, "Chile", "CHL"), mention(doc, 4, 5, "Peru", "PER")]) == []


def test_capturing_or_gathering_a_record_or_a_chance_takes_nothing_from_anyone():
    senses = load_senses()
    agency = actor("the Chilean mapping agency", "country word + sector word 'agency'", country="CHL", sectors=["GOV"])
    troops = actor("Chilean troops", "country word + sector word 'troops'", country="CHL", sectors=["MIL"])
    town = actor("the town", country="PER")
    # "the agency's drone captured footage of the floods"
    assert senses.sense_fails("capture", "192", [agency], [], objects=["footage"])
    # "evidence gathered by the agency"
    assert senses.sense_fails("gather", "141", [agency], [], objects=["evidence"])
    # "Chilean troops captured the town"
    assert senses.sense_fails("capture", "192", [troops], [town], objects=["town"]) is None


def test_a_record_gathered_by_someone_is_no_gathering_of_people(coder):
    # "Footage gathered by Chilean officials shows Peru."
    doc = make_doc([
        ("Footage", "footage", "NOUN", "NN", "nsubj", 4),
        ("gathered", "gather", "VERB", "VBN", "acl", 0),
        ("by", "by", "ADP", "IN", "agent", 1),
        ("officials", "official", "NOUN", "NNS", "pobj", 2),
        ("shows", "show", "VERB", "VBZ", "ROOT", 4),
        ("Peru", "Peru", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ])
    events = code(coder, doc, [mention(doc, 3, 4, "Chilean officials", "CHL"), mention(doc, 5, 6, "Peru", "PER")])
    assert not [e for e in events if e.event.plover == "PROTEST"]


def test_foreign_and_home_recodes_count_a_region_as_a_country_but_no_organisation():
    # the codes of no state come from the ontology (actor_types.yaml): IGO, NGO, MNC, UNK; a region (WST) is a side
    foreign = Recode(lemmas={"bar"}, roots={"12"}, code="1246", foreign=True)
    home = Recode(lemmas={"bar"}, roots={"12"}, code="1246", home=True)
    canada = actor("Canada", "country name", country="CAN", kind="state")
    west = actor("the West", "country name", country="WST", kind="state")
    un = actor("the UN", "named", country="IGO", kind="organization")
    assert foreign.fits([canada], [west], NO_STATE) and not foreign.fits([canada], [un], NO_STATE)
    assert not foreign.fits([canada], [actor("Canadians", country="CAN")], NO_STATE)
    assert home.fits([west], [west], NO_STATE) and not home.fits([un], [un], NO_STATE)


def test_an_aimed_recode_needs_one_target_abroad_and_a_state_doer_of_its_sectors():
    # "Russian strikes on Kyiv": one target of another country suffices (`foreign` asks it of every target)
    aimed = Recode(lemmas={"strike"}, roots={"14"}, codes={"143"}, code="190", aimed=True,
                   source_sectors={"GOV", "MIL"}, source_kinds={"state"})
    russia = actor("Russia", "country name", country="RUS", kind="state")
    kyiv = actor("Kyiv", "country name", country="UKR", kind="state")
    moscow = actor("Moscow", "country name", country="RUS", kind="state")
    workers = actor("dock workers", country="RUS")
    assert aimed.fits([russia], [kyiv, moscow], NO_STATE) and not aimed.fits([russia], [moscow], NO_STATE)
    assert not aimed.fits([workers], [kyiv], NO_STATE) and not aimed.fits([russia], [], NO_STATE)


def test_a_trigger_reads_the_recodes_of_its_own_lemma_in_the_data_files_order():
    foreign = Recode(lemmas={"bar", "ban"}, roots={"12"}, code="1246", foreign=True)
    any_bar = Recode(lemmas={"bar"}, roots={"12"}, code="1243")
    any_ban = Recode(lemmas={"ban"}, roots={"12"}, code="1244")
    rules = replace(load_senses(), recodes=(foreign, any_bar, any_ban))
    canada = actor("Canada", "country name", country="CAN", kind="state")
    chile = actor("Chile", "country name", country="CHL", kind="state")
    assert rules.recoded("bar", "120", [chile], [canada]) == ("1246", False)  # (the first that fits)
    assert rules.recoded("bar", "120", [canada], [canada]) == ("1243", False)
    assert rules.recoded("ban", "120", [canada], [canada]) == ("1244", False)
    assert rules.recoded("veto", "120", [chile], [canada]) == ("120", False)  # (no recode of its lemma)


def test_a_recode_takes_targets_of_its_kinds_beside_its_sectors():
    # (session 19) "the Slovak premier clashed with Brussels": a state or a bloc is a target of the quarrel too, but
    # still only for a source with no arms
    clash = Recode(lemmas={"clash"}, roots={"19"}, code="110", target_sectors={"GOV", "LEG"},
                   target_kinds={"state", "organization"}, source_sectors={"GOV"}, not_source={"MIL"})
    premier = actor("The Slovak premier", "sector word", country="SVK", sectors=["GOV"], kind="group")
    troops = actor("Indian troops", "sector word", country="IND", sectors=["MIL"], kind="group")
    eu = actor("Brussels", "named", country="IGO", kind="organization")
    china = actor("China", "country name", country="CHN", kind="state")
    villagers = actor("villagers", "sector word", country="CHN", sectors=["CVL"], kind="group")
    assert clash.fits([premier], [eu], NO_STATE) and clash.fits([premier], [china], NO_STATE)
    assert not clash.fits([troops], [china], NO_STATE) and not clash.fits([premier], [villagers], NO_STATE)
    assert not Recode(lemmas={"clash"}, roots={"19"}, code="110", target_sectors={"GOV"}).fits([premier], [china], NO_STATE)


# Judging words whose object is a building, a machine, or a force of nature or of the economy judge no one, and a
# court that condemns someone to death or prison sentences them (invented sentences).
THING_JUDGED = [
    "The inspectors condemned the building after the earthquake.",
    "Health officials condemned the old hospital wing as unsafe.",
    "The bishop condemned poverty in his Easter sermon.",
    "The farmers blamed the weather for the poor harvest.",
    "The airline blamed bad weather for the delays.",
    "Officials blamed a faulty valve for the leak.",
    "The mayor blamed the drought for the water shortage.",
    "Authorities condemned the bridge as structurally unsound.",
    "The health board condemned the flats as unfit to live in.",
    "Residents blamed the floods for the ruined crops.",
    "The coach blamed the heat for the team's loss.",
    "Economists blamed inflation for the slowdown.",
    "The court condemned two men to death for the murder of a shopkeeper.",
    "A military tribunal condemned the former colonel to life behind bars.",
    "The court condemned the three smugglers to ten years in prison.",
    "The power company blamed the outage on a software glitch.",
    "The airline blamed the cancellations on the storm.",
    "Officials blamed the blackout on a faulty transformer.",
    "The charity condemned the heat wave's toll on farmers.",
    "The senator condemned the storm's damage to the coast.",
]
ACTOR_JUDGED = [
    "The United Nations condemned the killings of civilians in the north.",
    "Germany condemned Russia's annexation of Crimea.",
    "The president condemned the bombing of the embassy.",
    "France condemned the coup in Niger.",
    "The senator blamed the governor for the budget crisis.",
    "Washington blamed Tehran for the attack on the tanker.",
    "The opposition condemned the president's decision to dissolve parliament.",
    "India blamed Pakistan for the border clash.",
    "The European Union condemned Belarus for the forced landing of the plane.",
    "China condemned the United States over the arms sale to Taiwan.",
    "The minister blamed the bombing on rebels.",
    "Police blamed the riot on opposition supporters.",
    "Kyiv blamed Russia's attack on the dam.",
    "The opposition condemned the army's crackdown on protesters.",
]


@pytest.mark.slow
def test_judging_a_thing_accuses_no_one_and_a_death_sentence_is_no_criticism(pipeline_coder):
    accused = [text for text in THING_JUDGED
               if any(e.event.plover == "ACCUSE" for e in pipeline_coder.code_text(text).events)]
    assert accused == []
    sentenced = pipeline_coder.code_text("The court condemned two men to death.").events
    assert [e.event.cameo for e in sentenced] == ["173"]


@pytest.mark.slow
def test_judging_an_act_or_an_actor_stays_an_accusation(pipeline_coder):
    missed = [text for text in ACTOR_JUDGED
              if not any(e.event.plover == "ACCUSE" for e in pipeline_coder.code_text(text).events)]
    assert missed == []


def test_what_is_judged_reads_an_owner_and_the_cause_named_after_on():
    # "The charity condemned the heat wave's toll."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("charity", "charity", "NOUN", "NN", "nsubj", 2),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 5),
        ("heat", "heat", "NOUN", "NN", "compound", 5),
        ("wave", "wave", "NOUN", "NN", "poss", 7),
        ("'s", "'s", "PART", "POS", "case", 5),
        ("toll", "toll", "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert judged_objects(doc[2]) == {"toll", "wave", "heat"}
    # "The airline blamed the delays on the storm." ("on" hung from the object)
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("airline", "airline", "NOUN", "NN", "nsubj", 2),
        ("blamed", "blame", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("delays", "delay", "NOUN", "NNS", "dobj", 2),
        ("on", "on", "ADP", "IN", "prep", 4),
        ("the", "the", "DET", "DT", "det", 7),
        ("storm", "storm", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert judged_causes(doc[2]) == {"on": frozenset({"storm"})}
    senses = load_senses()
    assert senses.sense_fails("blame", "112", [], [], causes=judged_causes(doc[2])) is not None
    assert senses.sense_fails("blame", "112", [], [], causes={"on": frozenset({"rebel"})}) is None


def test_a_word_class_is_written_once_and_named_where_it_is_used():
    from eventscope.events.senses import SensesFile

    data = {"word_classes": {"storms": ["storm", "Flood"]},
            "senses": [{"lemmas": ["blame"], "roots": ["11"], "not_causes": ["$storms", "glitch"]}],
            "domains": {"weather": ["$storms", "rain"]}}
    parsed = SensesFile.model_validate(data)
    assert parsed.senses[0].not_causes == {"storm", "flood", "glitch"}
    assert parsed.domains["weather"] == {"storm", "flood", "rain"}
    with pytest.raises(ValueError, match="unknown word class"):
        SensesFile.model_validate({**data, "domains": {"weather": ["$storm"]}})


def test_the_rules_of_nature_and_machines_share_their_word_classes():
    rules = {rule.lemmas: rule for rule in load_senses().rules}
    condemn = next(r for lemmas, r in rules.items() if "condemn" in lemmas and r.not_objects)
    blame = next(r for lemmas, r in rules.items() if "blame" in lemmas and r.not_causes)
    shared = {"storm", "drought", "glitch", "engine", "poverty", "luck"}
    assert shared <= condemn.not_objects and shared <= blame.not_causes
    assert "failure" in blame.not_causes and "failure" not in condemn.not_objects  # "condemned the failure to act"


# ---- session 15 (issue 13): the checks of the new sense classes on hand-built actors


def test_a_conclusion_drawn_is_no_signing_but_a_treaty_concluded_is():
    senses = load_senses()
    minister = actor("The minister", "sector word 'minister'", ["GOV"], "FRA")
    assert senses.sense_fails("conclude", "057", [minister], [], deps=["nsubj", "ccomp"])  # "concluded that ..."
    assert senses.sense_fails("conclude", "057", [minister], [], deps=["nsubj"])  # "the talks concluded"
    assert senses.sense_fails("conclude", "057", [minister], [], objects={"visit"}, deps=["nsubj", "dobj"])
    assert senses.sense_fails("conclude", "057", [minister], [], objects={"memorandum"}, deps=["nsubj", "dobj"]) is None


def test_backing_an_economy_or_a_holiday_backs_no_one_but_backing_a_plan_does():
    senses = load_senses()
    government = actor("The government", "sector word 'government'", ["GOV"], "JPN")
    economy = actor("the economy", "unresolved phrase; country from article country", ["GOV"], "JPN")
    plan = actor("the American plan", "country word", ["GOV"], "USA")
    assert senses.sense_fails("support", "051", [government], [economy], objects={"economy"})
    assert senses.sense_fails("celebrate", "051", [government], [], objects={"festival", "nowruz"})
    assert senses.sense_fails("back", "051", [government], [plan], objects={"plan"}) is None


def test_arriving_in_a_body_one_sits_in_is_no_visit_but_arriving_in_another_state_is():
    senses = load_senses()
    senator = actor("the senator", "sector word 'senator'", ["LEG"], "USA", kind="person")
    democrat = actor("Mr. Ode", "party", ["PTY"], "USA", kind="person")
    senate = actor("the Senate", "sector word 'senate'", ["LEG"], "USA")
    kremlin = actor("the Kremlin", "seat of power", ["GOV"], "RUS")
    assert senses.sense_fails("arrive", "042", [senator], [senate])
    assert senses.sense_fails("arrive", "042", [democrat], [senate])  # a party's man takes his seat
    assert senses.sense_fails("arrive", "042", [senator], [kremlin]) is None
    # a minister arriving at another country's ministry visits it
    minister = actor("the minister", "sector word 'minister'", ["GOV"], "FRA", kind="person")
    assert senses.sense_fails("arrive", "042", [minister], [actor("the ministry", "sector word", ["GOV"], "DEU")]) is None


def test_a_vehicle_visits_no_one_and_a_film_assaults_no_one_but_people_in_them_can():
    senses = load_senses()
    damascus = actor("Damascus", "seat of power", [], "SYR")
    assert senses.sense_fails("fly", "042", [actor("The Russian plane", "country word", [], "RUS")], [damascus])
    assert senses.sense_fails("arrive", "042", [actor("Malaysian Airlines Flight 12", "ner: ORG", ["BUS"], "MYS")],
                              [damascus])
    president = actor("The Russian president", "country word + sector word", ["GOV"], "RUS", kind="person")
    assert senses.sense_fails("fly", "042", [president], [damascus]) is None
    drivers = actor("the Turkish bus drivers", "country word", ["CVL"], "TUR")
    assert not senses._thing_named(drivers, frozenset({"bus"}))  # people named after what they drive
    film = actor("The Korean thriller", "country word", [], "KOR")
    movies = actor("two American movies", "country word", [], "USA")
    assert senses.sense_fails("beat", "182", [film], [movies])
    soldiers = actor("Nigerian soldiers", "country word + sector word", ["MIL"], "NGA")
    assert senses.sense_fails("beat", "182", [soldiers], [actor("protesters", "sector word", ["PRO"], "NGA")]) is None


def test_a_worker_doing_the_job_acts_politically_only_on_a_political_actor():
    senses = load_senses()
    pilot = actor("The Indonesian pilot", "country word + sector word 'pilot'", ["CVL"], "IDN", kind="person")
    controllers = actor("air traffic controllers", "unresolved phrase; country from article country", [], "IDN")
    nurses = actor("Nurses", "sector word 'nurses'", ["HLH"])
    minister = actor("the health minister", "sector word", ["GOV"], "GBR", kind="person")
    assert senses.at_work("020", [pilot], [controllers])
    assert senses.at_work("192", [actor("The captain", "sector word 'captain'", ["CVL"], kind="person")], [])
    assert not senses.at_work("020", [nurses], [minister])  # nurses urging a minister ask politically
    assert not senses.at_work("182", [pilot], [controllers])  # violence between private people is still coded
    assert not senses.at_work("020", [actor("The air force pilot", "sector word", ["MIL"], "IDN")], [controllers])


def test_a_thing_that_honours_someone_backs_no_one_but_an_unnamed_honouring_in_the_passive_stays():
    senses = load_senses()
    commanders = actor("Soviet commanders", "country word + sector word", ["MIL"], "RUS")
    assert senses.sense_fails("honour", "051", [], [commanders], deps=["nsubj", "dobj"])  # "bridges that honour"
    assert senses.sense_fails("honour", "051", [], [commanders], deps=["nsubjpass", "auxpass"]) is None
    president = actor("The president", "sector word", ["GOV"], "FRA", kind="person")
    assert senses.sense_fails("honour", "051", [president], [commanders], deps=["nsubj", "dobj"]) is None


def test_a_point_conceded_in_a_clause_is_an_admission_but_conceding_defeat_yields():
    from eventscope.events.senses import Recode

    recode = next(r for r in load_senses().recodes if r.deps and "concede" in r.lemmas)
    assert recode.applies("concede", "080") and recode.code == "015"
    assert recode.fits([actor("The chancellor", "sector word", ["GOV"], "DEU", kind="person")], [], NO_STATE)
    assert recode.fits_words((), (), (), {"nsubj", "ccomp"})  # "conceded that the economy was weak"
    assert not recode.fits_words((), (), (), {"nsubj", "dobj"})  # "conceded defeat"
    assert not Recode(lemmas=["concede"], roots=["08"], code="015").fits([], [], NO_STATE)  # no target, no words asked: no


def test_furniture_sentences_do_not_count_in_the_political_share():
    # One of four sentences names a political actor, but two of them are a byline and a time stamp: one of the
    # two sentences of the story does.
    words = ["Mayor", "Lee", "spoke", ".", "By", "Jo", "Lind", "Posted", "May", "3", "Schools", "shut", "."]
    starts = [w in ("Mayor", "By", "Posted", "Schools") for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    found = mention(doc, 0, 2, "Mayor Lee", "USA")
    found.actor.sectors = ["GOV"]
    furniture = ((doc[4].idx, doc[6].idx + 4), (doc[7].idx, doc[9].idx + 1))
    rules = load_senses()
    article = Article(id="t", text=doc.text, title="Schools shut")
    assert article_profile(doc, article, [found], rules, "article").political_share == 0.25
    story = article_profile(doc, article, [found], rules, "article",
                            furniture=lambda start, end: any(a <= start and end <= b for a, b in furniture))
    assert story.political_share == 0.5


def test_sport_needs_a_smaller_lead_over_political_sentences_than_other_domains():
    # Ten sentences, two naming a political actor (an official, a "court" that is a tennis venue); four carry
    # sport's words: 4 > 1.5 x 2, a match report. Four sentences of weather words would not be: 4 <= 2 x 2.
    def profile(domain_word: str):
        sentences = [["Officials", "met", "."], ["Court", "One", "opened", "."]] + [[domain_word, "x", "."]] * 4 \
            + [["It", "ended", "."]] * 4
        words = [w for s in sentences for w in s]
        starts = [i == 0 for s in sentences for i in range(len(s))]
        doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
        found = [mention(doc, 0, 1, "Officials", "GBR"), mention(doc, 3, 5, "Court One", "GBR")]
        for m in found:
            m.actor.sectors = ["GOV"]
        article = Article(id="t", text=doc.text, title="A day")
        return article_profile(doc, article, found, load_senses(), "article", lemmas=[w.lower() for w in words])

    assert load_senses().domain_margins["sport"] < load_senses().domain_margins["default"]
    assert profile("umpire").domain == "sport"
    assert profile("forecast").domain is None


def test_a_country_adjective_on_a_thing_names_no_political_actor_in_the_profile():
    # "A French drama won. France protested.": one of two sentences names a political actor; the adjective of
    # "a French drama" says where a film is from.
    words = ["A", "French", "drama", "won", ".", "France", "protested", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
              deps=["det", "amod", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
              heads=[2, 2, 3, 3, 3, 6, 6, 6], sent_starts=[1, 0, 0, 0, 0, 1, 0, 0])
    found = [mention(doc, 1, 2, "France", "FRA"), mention(doc, 5, 6, "France", "FRA")]
    article = Article(id="t", text=doc.text, title="Film")
    assert article_profile(doc, article, found, load_senses(), "article").political_share == 0.5
    assert article_profile(doc, article, found[:1], load_senses(), "article").political_share == 0.0


def test_a_country_hyphened_to_a_participle_of_origin_names_no_political_actor_in_the_profile():
    # "US-based firms fell. US-backed rebels fled.": one of two sentences names a political actor; "based" says where
    # the firms are, "backed" who backs the rebels (session 28).
    def share(participle: str) -> float:
        words = ["US", "-", participle, "firms", "fell", ".", "Chile", "protested", "."]
        doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, False, True, True, False, True, True, False, False],
                  tags=["NNP", "HYPH", "VBN", "NNS", "VBD", ".", "NNP", "VBD", "."],
                  deps=["npadvmod", "punct", "amod", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
                  heads=[2, 2, 3, 4, 4, 4, 7, 7, 7], sent_starts=[1, 0, 0, 0, 0, 0, 1, 0, 0])
        doc[2].lemma_ = {"based": "base", "backed": "back"}[participle]
        found = [mention(doc, 0, 1, "US", "USA"), mention(doc, 6, 7, "Chile", "CHL")]
        return article_profile(doc, Article(id="t", text=doc.text, title="Firms"), found, load_senses(),
                               "article").political_share

    assert share("based") == 0.5
    assert share("backed") == 1.0


def test_a_country_in_a_sentence_of_sport_is_a_team():
    # "Japan beat Brazil 2-1. Japan protested.": the score makes the first sentence sport's, where the countries
    # are teams; the second names a state acting.
    words = ["Japan", "beat", "Brazil", "2", "-", "1", ".", "Japan", "protested", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, False, False, True, True, False, False],
              sent_starts=[1, 0, 0, 0, 0, 0, 0, 1, 0, 0])
    assert doc[:7].text == "Japan beat Brazil 2-1."
    found = [mention(doc, 0, 1, "Japan", "JPN"), mention(doc, 2, 3, "Brazil", "BRA"), mention(doc, 7, 8, "Japan", "JPN")]
    rules = load_senses()
    article = Article(id="t", text=doc.text, title="Match")
    assert rules.team_domain == "sport" and rules.domain_scores["sport"].search("won 31-17")
    assert "umpire" in rules.team_words and "team" not in rules.team_words  # ("a rescue team", "the Arab League")
    assert not rules.domain_scores["sport"].search("the 2014-15 season")  # a span of years is no score
    assert article_profile(doc, article, found, rules, "article").political_share == 0.5


def test_a_countrys_own_team_names_a_side_but_a_team_it_sends_does_not():
    # "Italy 's team protested . Turkey sent a rescue team ." (session 30): the first country owns the team, a side in
    # a contest; the second acts
    rows = [
        ("Italy", "Italy", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("team", "team", "NOUN", "NN", "nsubj", 3),
        ("protested", "protest", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
        ("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 6),
        ("sent", "send", "VERB", "VBD", "ROOT", 6),
        ("a", "a", "DET", "DT", "det", 9),
        ("rescue", "rescue", "NOUN", "NN", "compound", 9),
        ("team", "team", "NOUN", "NN", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ]
    doc = Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows],
              sent_starts=[1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0])
    rules = load_senses()
    assert "team" in rules.team_nouns and "team" not in rules.team_words
    found = [mention(doc, 0, 1, "Italy", "ITA"), mention(doc, 5, 6, "Turkey", "TUR")]
    article = Article(id="t", text=doc.text, title="Cup")
    assert article_profile(doc, article, found, rules, "article").political_share == 0.5


def test_beyond_teams_wants_a_political_actor_that_is_more_than_a_country_name():
    rules = load_senses()
    japan = actor("Japan", "country name", [], "JPN", kind="state")
    coach = actor("the coach", "sector word", [], "JPN", kind="person")
    minister = actor("The sports minister", "sector word", ["GOV"], "JPN", kind="person")
    assert not rules.beyond_teams([japan]) and not rules.beyond_teams([japan, coach])
    assert rules.beyond_teams([minister])


def test_an_illness_called_an_attack_is_no_attack():
    doc = make_doc([
        ("two", "two", "NUM", "CD", "nummod", 2),
        ("heart", "heart", "NOUN", "NN", "compound", 2),
        ("attacks", "attack", "NOUN", "NNS", "dobj", 2),
    ])
    assert load_senses().in_idiom(doc[2])
    doc = make_doc([("rebel", "rebel", "NOUN", "NN", "compound", 1), ("attacks", "attack", "NOUN", "NNS", "ROOT", 1)])
    assert not load_senses().in_idiom(doc[1])


def test_a_beating_beside_words_politics_shares_with_sport_stays_a_beating():
    # "then a young captain, personally beat the prisoners", "police beat a rights defender": words a match report
    # has too (captain, defender, squad) do not make a beating a win; a score word does.
    senses = load_senses()
    police = actor("Police", "sector word", ["COP"], "ZWE")
    defender = actor("a rights defender", "sector word", ["CVL"], "ZWE", kind="person")
    for word in ("captain", "defender", "squad"):
        assert senses.sense_fails("beat", "182", [police], [defender], [word, "beat"]) is None, word
    assert senses.sense_fails("beat", "182", [police], [defender], ["referee", "beat"]) is not None


def test_officials_who_push_back_at_no_one_or_at_a_political_body_object():
    senses = load_senses()
    sheriffs = actor("some sheriffs", "sector word 'sheriffs'", country="USA", sectors=["COP"])
    governor = actor("the governor", "sector word 'governor'", country="USA", sectors=["GOV"])
    troops = actor("Ukrainian troops", "country word + sector word 'troops'", country="UKR", sectors=["MIL"])
    crowd = actor("the protesters", "sector word 'protesters'", country="USA", sectors=["PRO"])
    # "some sheriffs pushed back", "senators pushed back against the governor": an objection (REJECT 120)
    assert senses.recoded("push", "190", [], [sheriffs]) == ("120", False)
    assert senses.recoded("push", "190", [governor], [sheriffs]) == ("120", False)
    # "the police pushed back the protesters", "the troops pushed back": the blow stays
    assert senses.recoded("push", "190", [crowd], [sheriffs]) == ("190", False)
    assert senses.recoded("push", "190", [], [troops]) == ("190", False)


def test_what_is_pushed_back_to_a_later_day_is_put_off_not_struck():
    senses = load_senses()
    senate = actor("the Senate", "sector word 'Senate'", country="USA", sectors=["LEG"])
    army = actor("the army", "sector word 'army'", country="MLI", sectors=["MIL"])
    rebels = actor("the rebels", "sector word 'rebels'", country="MLI", sectors=["REB"])
    # "the Senate pushed back the vote to Friday"
    assert senses.sense_fails("push", "190", [senate], [], objects=["vote"], deps=["nsubj", "prt", "dobj"])
    # "the army pushed back the rebels"
    assert senses.sense_fails("push", "190", [army], [rebels], objects=["rebel"], deps=["nsubj", "prt", "dobj"]) is None


@pytest.mark.parametrize(("words", "domain"), [
    # a takeover battle: bids, stakes and shareholders say a company's market, not politics (session 23)
    (["takeover", "shareholder", "bid", "stake", "merger"], "markets"),
    # a flood: the hazards of nature and the rivers they swell say weather
    (["flooding", "river", "gale", "landslide", "water"], "weather"),
    # a doping ban: sport's doping regime and its athletes say sport (session 24)
    (["doping", "anti-doping", "medallist", "athletics", "sprinter"], "sport"),
])
def test_company_deals_and_natural_hazards_name_their_domain(words, domain):
    # Ten sentences, two naming a political actor (a regulator, officials); five carry the domain's words: 5 > 2 x 2.
    sentences = [["Regulators", "met", "."], ["Officials", "spoke", "."]] + [[w, "x", "."] for w in words] \
        + [["It", "ended", "."]] * 3
    tokens = [w for s in sentences for w in s]
    starts = [i == 0 for s in sentences for i in range(len(s))]
    doc = Doc(spacy.blank("en").vocab, words=tokens, sent_starts=starts)
    found = [mention(doc, 0, 1, "Regulators", "GBR"), mention(doc, 3, 4, "Officials", "GBR")]
    for m in found:
        m.actor.sectors = ["GOV"]
    article = Article(id="t", text=doc.text, title="A day")
    profile = article_profile(doc, article, found, load_senses(), "article", lemmas=[w.lower() for w in tokens])
    assert profile.domain == domain and not profile.is_political(load_senses())


def test_a_court_hearing_private_parties_is_no_political_page():
    # "The jury backed Ode's lawsuit. The judge thanked the jurors. Mayor Lee will appeal.": the court's people are the
    # only political actors named in a private case ("lawsuit": private_case_words), so no sentence counts; once a
    # mayor is named, the court's sentences count again; and without a private case's words ("The jury backed Ode's
    # appeal.") a court alone is the state acting.
    def profile(case_word, named):
        words = ["The", "jury", "backed", "Ode", "'s", case_word, ".", "The", "judge", "thanked", "jurors", ".",
                 "Mayor", "Lee", "will", "appeal", "."]
        doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[i in (0, 7, 12) for i in range(len(words))])
        for token in doc:
            token.lemma_ = token.text.lower()
        court = [mention(doc, 0, 2, "The jury", "USA"), mention(doc, 7, 9, "The judge", "USA")]
        for m in court:
            m.actor.sectors = ["JUD"]
        mayor = mention(doc, 12, 14, "Mayor Lee", "USA")
        mayor.actor.sectors = ["GOV"]
        mentions = [*court, mayor] if named else court
        return article_profile(doc, Article(id="t", text=doc.text, title="Verdict"), mentions, rules, "article")

    rules = load_senses()
    assert "JUD" in rules.court_sectors and "lawsuit" in rules.private_case_words
    assert profile("lawsuit", named=False).political_share == 0.0
    assert profile("lawsuit", named=True).political_share == 1.0
    assert profile("appeal", named=False).political_share > 0.0


def test_a_patent_case_heard_in_another_country_too_is_still_a_private_case():
    # "The jury backed Ode 's patent . The judge thanked jurors . They also fight in Germany .": a patent suit is a private
    # case, and a country named only as where it is also heard takes no part in it; "Germany objected" does.
    def profile(last):
        words = ["The", "jury", "backed", "Ode", "'s", "patent", ".", "The", "judge", "thanked", "jurors", ".", *last]
        n = 12
        pos = ["DET", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
        deps = ["det", "nsubj", "ROOT", "poss", "case", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
        heads = [1, 2, 2, 5, 3, 2, 2, 8, 9, 9, 9, 9]
        if len(last) == 6:  # They also fight in Germany .
            pos += ["PRON", "ADV", "VERB", "ADP", "PROPN", "PUNCT"]
            deps += ["nsubj", "advmod", "ROOT", "prep", "pobj", "punct"]
            heads += [n + 2, n + 2, n + 2, n + 2, n + 3, n + 2]
        else:  # Germany objected .
            pos += ["PROPN", "VERB", "PUNCT"]
            deps += ["nsubj", "ROOT", "punct"]
            heads += [n + 1, n + 1, n + 1]
        doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads,
                  sent_starts=[i in (0, 7, n) for i in range(len(words))])
        for token in doc:
            token.lemma_ = token.text.lower()
        court = [mention(doc, 0, 2, "The jury", "USA", kind="group"), mention(doc, 7, 9, "The judge", "USA", kind="group")]
        for m in court:
            m.actor.sectors = ["JUD"]
        germany = next(t.i for t in doc if t.text == "Germany")
        found = [*court, mention(doc, germany, germany + 1, "Germany", "DEU")]
        return article_profile(doc, Article(id="t", text=doc.text, title="Verdict"), found, load_senses(), "article")

    assert "patent" in load_senses().private_case_words
    assert profile(["They", "also", "fight", "in", "Germany", "."]).political_share == 0.0
    assert profile(["Germany", "objected", "."]).political_share > 0.0


def test_a_spokesman_named_by_his_office_alone_shows_no_state_in_a_private_case():
    # "The jury backed Ode 's lawsuit . A spokesman objected . The government spokesman objected .": a speaker named by
    # the office alone speaks for a party the sentence before names (a company), no state taking part; one with a
    # word of his own ("the government spokesman") still shows a state
    def profile(last):
        words = ["The", "jury", "backed", "Ode", "'s", "lawsuit", ".", *last, "objected", "."]
        n = 7
        pos = ["DET", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"]
        deps = ["det", "nsubj", "ROOT", "poss", "case", "dobj", "punct"]
        heads = [1, 2, 2, 5, 3, 2, 2]
        office = n + len(last) - 1
        pos += [*(["DET"] if last[0] in ("A", "The") else []), *(["NOUN"] * (len(last) - 1)), "VERB", "PUNCT"]
        deps += ["det", *(["compound"] * (len(last) - 2)), "nsubj", "ROOT", "punct"]
        heads += [*([office] * (len(last) - 1)), office + 1, office + 1, office + 1]
        doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads,
                  sent_starts=[i in (0, n) for i in range(len(words))])
        for token in doc:
            token.lemma_ = token.text.lower()
        jury = mention(doc, 0, 2, "The jury", "USA", kind="group")
        jury.actor.sectors = ["JUD"]
        speaker = mention(doc, n, office + 1, " ".join(last), "USA", kind="person")
        speaker.actor.sectors = ["GOV"]
        return article_profile(doc, Article(id="t", text=doc.text, title="Verdict"), [jury, speaker], load_senses(),
                               "article")

    assert "spokesman" in load_senses().unowned_speakers
    assert profile(["A", "spokesman"]).political_share == 0.0
    assert profile(["The", "government", "spokesman"]).political_share > 0.0


def test_a_country_adjective_joined_to_another_on_a_thing_names_no_political_actor():
    # "European and Japanese teams cooperate . Japan protested .": the adjective joined to "European" says whose
    # teams they are, as "a French drama" does
    words = ["European", "and", "Japanese", "teams", "cooperate", ".", "Japan", "protested", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
              deps=["amod", "cc", "conj", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
              heads=[3, 0, 0, 4, 4, 4, 7, 7, 7], sent_starts=[1, 0, 0, 0, 0, 0, 1, 0, 0])
    found = [mention(doc, 2, 3, "Japan", "JPN"), mention(doc, 6, 7, "Japan", "JPN")]
    article = Article(id="t", text=doc.text, title="Probe")
    assert article_profile(doc, article, found, load_senses(), "article").political_share == 0.5


def test_fighting_a_fire_a_flood_or_a_problem_is_no_violence():
    # "air tankers attacked the fire's northern flank", "we attacked the problem", "crews battled the flood": the
    # object, or its possessor, is a fire, a force of nature or a problem; "soldiers attacked the convoy" stays
    senses = load_senses()
    crews = actor("firefighters", "sector word", ["CVL"], "USA")
    soldiers = actor("soldiers", "sector word", ["MIL"], "SYR")
    convoy = actor("the convoy", "sector word", ["CVL"], "SYR")
    for objects in (["flank", "fire"], ["problem"], ["flood"]):
        assert senses.sense_fails("attack", "190", [crews], [], objects=objects) is not None, objects
    assert senses.sense_fails("battle", "190", [crews], [], objects=["blaze"]) is not None
    assert senses.sense_fails("attack", "190", [soldiers], [convoy], objects=["convoy"]) is None


def test_those_who_put_fires_out_are_no_firing():
    # "deliver meals to fire crews": the crews who fight fires (an idiom); "fire rockets" stays an act
    doc = make_doc([("fire", "fire", "VERB", "VB", "ROOT", 0), ("crews", "crew", "NOUN", "NNS", "dobj", 0)])
    assert load_senses().in_idiom(doc[0])
    doc = make_doc([("fire", "fire", "VERB", "VB", "ROOT", 0), ("rockets", "rocket", "NOUN", "NNS", "dobj", 0)])
    assert not load_senses().in_idiom(doc[0])


def test_officials_keeping_their_own_people_safe_from_a_hazard_make_no_event():
    # In an article about a wildfire: "officials urged residents to avoid the area", "residents were ordered to leave
    # their homes", "deputies went door to door to warn them" are no acts between actors; "the governor asked the
    # president for a federal declaration" is one, and so is a state's appeal to another state.
    senses = load_senses()
    officials = [actor("Officials", "sector word", ["GOV"], "USA")]
    residents = actor("residents", "sector word", ["CVL"], "USA")
    president = actor("President Ode", "ner: PERSON", ["GOV"], "USA", kind="person")
    mexico = actor("Mexico", "country name", [], "MEX", kind="state")
    assert senses.safety_service("020", officials, [residents])
    assert senses.safety_service("174", [], [residents])
    assert not senses.safety_service("130", officials, [])  # (to no one named: whom other acts may tell)
    assert not senses.safety_service("103", officials, [president])
    assert not senses.safety_service("103", officials, [mexico])
    assert not senses.safety_service("103", officials, [residents, mexico])
    assert not senses.safety_service("173", officials, [residents])  # an arrest is no safety service


def test_officials_sending_their_own_forces_to_help_in_a_hazard_make_no_event():
    # In an article about a flood: "the governor ordered state troopers to help the sandbaggers", "soldiers helped
    # the volunteers", "warned those who stayed" (a phrase given the officials' country from the words around it)
    # are a state serving its own people; an order to another country's troops and help sent abroad stay.
    senses = load_senses()
    governor = [actor("Gov. Ann Ode", "ner: PERSON", ["GOV"], "USA", kind="person")]
    troopers = actor("state troopers", "sector word", ["COP"], "USA")
    soldiers = [actor("the soldiers", "sector word", ["MIL"], "USA")]
    volunteers = actor("the firefighters")
    those = actor("those", UNRESOLVED_PHRASE + "; country from recent actor", [], "USA")
    assert senses.safety_service("103", governor, [troopers])
    assert senses.safety_service("130", soldiers, [those])
    assert senses.safety_service("070", soldiers, [volunteers])
    assert senses.safety_service("070", soldiers, [those])
    assert not senses.safety_service("103", governor, [actor("Canadian troops", "sector word", ["MIL"], "CAN")])
    assert not senses.safety_service("070", [actor("Japan", "country name", [], "JPN", kind="state")],
                                     [actor("survivors", "sector word", ["CVL"], "TUR")])
    assert not senses.safety_service("070", soldiers, [actor("the ministry", "sector word", ["GOV"], "USA")])
    assert not senses.safety_service("070", [], [volunteers])  # (help from no one named: whose, other acts tell)
    # "the mayor thanked crews from six departments"; "Canada thanked the Mexican firefighters" stays
    mayor = [actor("Mayor Al Ode", "ner: PERSON", ["GOV"], "USA", kind="person")]
    assert senses.safety_service("051", mayor, [actor("crews from six departments", "sector word", ["GOV"], "USA")])
    assert not senses.safety_service("051", [actor("Canada", "country name", [], "CAN", kind="state")],
                                     [actor("the Mexican firefighters", "demonym", [], "MEX")])
    assert not senses.safety_service("051", mayor, [actor("the governor", "sector word", ["GOV"], "USA")])


def test_machines_and_the_parts_of_a_mission_freed_or_supplied_are_no_one():
    # "engineers freed the jammed antenna", "the agency supplied the lander": no one released and no one helped;
    # "rebels freed the hostages", "the ministry supplied the army" stay
    senses = load_senses()
    engineers = [actor("the engineers")]
    agency = [actor("the space agency", "sector word", ["GOV"], "JPN")]
    assert senses.sense_fails("free", "084", engineers, [actor("an antenna")], objects=["antenna"]) is not None
    assert senses.sense_fails("release", "084", engineers, [actor("the latch")], objects=["latch"]) is not None
    assert senses.sense_fails("free", "084", [actor("the rebels", "sector word", ["REB"], "COL")],
                              [actor("the hostages")], objects=["hostage"]) is None
    assert senses.sense_fails("supply", "070", agency, [actor("the lander")]) is not None
    assert senses.sense_fails("provide", "070", agency, [actor("two cameras")]) is not None
    assert senses.sense_fails("supply", "070", agency, [actor("the army", "sector word", ["MIL"], "JPN")]) is None


def test_a_rocket_that_carries_something_is_no_attack():
    # "the satellite went up on a heavy rocket", "flew aboard a rocket"; "rockets struck the town" stays
    senses = load_senses()
    town = [actor("the town", "sector word", [], "ISR")]
    assert senses.sense_fails("rocket", "194", [], town, under="on") is not None
    assert senses.sense_fails("rocket", "194", [], town, under="aboard") is not None
    assert senses.sense_fails("rocket", "194", [], town) is None


def test_a_revolt_of_shareholders_is_no_protest():
    # "a revolt from the investors", "a rebellion by bondholders"; "a revolt by students" stays
    senses = load_senses()
    assert senses.sense_fails("revolt", "140", [], [], causes={"from": frozenset({"fund"})}) is not None
    assert senses.sense_fails("rebellion", "140", [], [], causes={"by": frozenset({"bondholder"})}) is not None
    assert senses.sense_fails("revolt", "140", [], [], objects=["shareholder"]) is not None
    assert senses.sense_fails("revolt", "140", [], [], causes={"by": frozenset({"student"})}) is None


def test_an_article_whose_lead_tells_of_a_wildfire_is_about_a_hazard():
    def profile(words):
        doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
        return article_profile(doc, Article(id="t", text=doc.text, title="x"), [], load_senses(), "article",
                               lemmas=[w.lower() for w in words])

    assert profile(["A", "wildfire", "forced", "an", "evacuation", "."]).hazard
    assert not profile(["Troops", "opened", "fire", "on", "the", "crowd", "."]).hazard


def test_a_unions_fight_with_its_employer_is_the_unions_own_affair():
    # "The union threatened a strike over pay . The company rejected the demand . Pickets stayed . Mayor Lee urged talks
    # .": a union, its pickets and the company they work for are the page's only actors but for one sentence of four,
    # and its words are a workplace's (pay): the union's own affair. With a minister in a fifth sentence (officials in
    # two of five), with no employer named, or with no workplace's words, it is no affair of the union's alone.
    def profile(pay, employer, mayors):
        words = ["The", "union", "threatened", "a", "strike", "over", pay, ".", "The", "company", "rejected", "the",
                 "demand", ".", "Pickets", "stayed", ".", "Mayor", "Lee", "urged", "talks", "."]
        words += ["Minister", "Ode", "backed", "Lee", "."] if mayors else []
        starts = (0, 8, 14, 17, 22)
        doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[i in starts for i in range(len(words))])
        for token in doc:
            token.lemma_ = token.text.lower()
        found = [mention(doc, 0, 2, "The union", "GBR", kind="group"), mention(doc, 14, 15, "Pickets", "GBR", kind="group"),
                 mention(doc, 17, 19, "Mayor Lee", "GBR", kind="person")]
        if mayors:
            found.append(mention(doc, 22, 24, "Minister Ode", "GBR", kind="person"))
        if employer:
            found.append(mention(doc, 8, 10, "The company", "GBR", kind="group"))
        for m, sector in zip(found, ["LAB", "PRO", "GOV", *(["GOV"] if mayors else []), "BUS"]):
            m.actor.sectors = [sector]
        return article_profile(doc, Article(id="t", text=doc.text, title="Strike"), found, rules, "article")

    rules = load_senses()
    labour = next(own for own in rules.own_affairs if "LAB" in own.sectors)
    assert profile("pay", employer=True, mayors=False).affair == labour.sectors
    assert not profile("pay", employer=True, mayors=True).affair
    assert not profile("pay", employer=False, mayors=False).affair
    assert not profile("reform", employer=True, mayors=False).affair


def test_on_a_bodys_own_affair_only_acts_with_someone_beyond_the_body_are_events():
    # On a union's fight with its employer: "the union threatened a strike" (aimed at no one the page names, or at a
    # target only implied), "the bishops accused each other" are the body's own; "police arrested the pickets", "the
    # union asked the minister to step in" have someone beyond it.
    senses = load_senses()
    labour = frozenset({"LAB", "PRO"})
    union = [actor("the union", "sector word", ["LAB"], "GBR")]
    pickets = [actor("pickets", "sector word", ["PRO"], "GBR")]
    implied = actor("threatened", "implied target", ["GOV"], "GBR").model_copy(update={"origin": "implied target"})
    police = [actor("the police", "sector word", ["COP"], "GBR")]
    minister = [actor("the minister", "sector word", ["GOV"], "GBR")]
    assert not senses.beyond_affair(union, labour) and not senses.beyond_affair(pickets, labour)
    assert not senses.beyond_affair([implied], labour)
    assert not senses.beyond_affair([actor("the company", "sector word", ["BUS"], "GBR")], labour)
    assert senses.beyond_affair(police, labour) and senses.beyond_affair(minister, labour)
    assert senses.beyond_affair(union, frozenset({"REL"}))


def test_a_lockout_told_by_union_and_company_codes_no_event(pipeline_coder):
    # A whole page on a private employer's lockout and its union's strike threat (invented): no state takes part.
    text = ("The Harbour Workers Union threatened a strike on Monday after the company cut night-shift pay. "
            "Ardley Ports locked out 400 dockers at its terminal on Tuesday. "
            "The union accused the company of starving families and said pickets would stay at the gates. "
            "Ardley rejected the union's demand for a 9% rise. "
            "The union's leader vowed to fight the lockout for as long as it takes. "
            "Shipping lines began diverting vessels to other ports. "
            "Talks broke down after nine hours.")
    coded = pipeline_coder.code_text(text, title="Dockers locked out as union threatens strike",
                                     published=date(2026, 11, 12))
    assert [e.event.cameo for e in coded.events] == []


_PAST_VERBS = frozenset({"declared", "declares", "protested", "won", "have", "had", "cited", "is", "was", "appeared"})


def _past_page(*political: list[str], published: date | None = date(2026, 10, 11), others: int = 2,
               told: tuple[list[str], ...] = ()):
    """A page of the sentences `political`, each naming a state ("In 1877 Russia declared war ."), `told` and `others`
    that name no one ("The book is long ."): a year, when it is four digits, is dated by the parser's DATE label; the
    words of _PAST_VERBS are verbs."""
    sentences = [*political, *told] + [["The", "book", "is", "long", "."]] * others
    words = [w for s in sentences for w in s]
    ents = ["B-DATE" if w.isdigit() and len(w) == 4 else "O" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents, pos=["VERB" if w in _PAST_VERBS else "X" for w in words],
              sent_starts=[i == 0 for s in sentences for i in range(len(s))])
    found = [mention(doc, i, i + 1, "Russia", "RUS") for i, w in enumerate(words) if w == "Russia"]
    article = Article(id="t", text=doc.text, title="A history", published=published)
    return article_profile(doc, article, found, load_senses(), "article", lemmas=[w.lower() for w in words])


def test_a_page_about_the_past_or_a_work_is_no_politics_but_a_page_of_the_day_is():
    # (session 32) A history book's review: the one political sentence reaches back to 1877 and none is told in the
    # story's present, so the page is about the past (the share alone, 1 of 3, would read it as politics).
    rules = load_senses()
    war = ["In", "1877", "Russia", "declared", "war", "."]
    past = _past_page(war)
    assert past.political_share >= rules.min_political_share and past.past and not past.is_political(rules)
    # a day of the week, "this week", a month without its year before any year is named: the page's own day
    assert not _past_page(war, ["On", "Tuesday", "Russia", "protested", "."]).past
    assert not _past_page(war, ["This", "week", "Russia", "protested", "."], others=3).past
    assert not _past_page(["On", "3", "October", "Russia", "protested", "."], war, others=3).past
    # ... but a month after a year is that year's ("by July its armies had crossed"), a day with its year the past's,
    # and "may" is no month
    assert _past_page(war, ["By", "July", "Russia", "had", "won", "."], others=3).past
    assert _past_page(["On", "12", "November", "1991", "Russia", "declared", "war", "."]).past
    assert _past_page(["In", "1877", "Russia", "may", "have", "won", "."]).past
    # a recent year, or a page with no date, tells nothing of the past
    assert not _past_page(["In", "2024", "Russia", "declared", "war", "."]).past
    assert not _past_page(war, published=None).past
    # ... nor does a page whose political sentences reach into the last ten years (a feature on a live dispute)
    assert not _past_page(war, ["Russia", "has", "cited", "it", "since", "2020", "."], others=3).past
    # a page that names political actors in most of its sentences is politics, however far back it reaches (an
    # anniversary of a massacre, a diplomat's obituary)
    assert not _past_page(war, others=0).past


def test_a_page_dated_by_its_other_sentences_is_about_the_past():
    # (session 33) A history podcast told in the present: the old year is named in a sentence with no state ("This
    # week we are back in 1337"), the acts in sentences with no date; a line with no verb ("Next week : Russia .")
    # anchors no day. A later year anywhere, or a political sentence of the day, keeps the page's own day.
    back = ["This", "week", "we", "are", "back", "in", "1337", "."]
    acts = ["Russia", "declares", "war", "."]
    teaser = ["Next", "week", ":", "Russia", "."]
    assert _past_page(acts, told=(back,)).past
    assert _past_page(acts, teaser, told=(back,)).past
    assert not _past_page(acts, told=(back, ["The", "book", "appeared", "in", "2025", "."])).past
    assert not _past_page(acts, ["On", "Tuesday", "Russia", "protested", "."], told=(back,)).past
    assert not _past_page(acts, others=3).past


def test_a_page_labelled_as_made_up_tells_no_act_of_its_day():
    # "Satire: The week in which everyone declared war": its leaders' acts are invented; "Satire row: ..." is news
    # about one, and "Review: ..." is read by the review rules
    words = ["On", "Monday", "Russia", "declared", "war", "on", "Mondays", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[i == 0 for i in range(len(words))])
    found = [mention(doc, 2, 3, "Russia", "RUS")]

    def past(title: str) -> bool:
        article = Article(id="t", text=doc.text, title=title, published=date(2026, 5, 9))
        return article_profile(doc, article, found, load_senses(), "article").past

    assert past("Satire: The week in which everyone declared war on everything")
    assert not past("Satire row: comedian's sketch angers Kremlin")
    assert not past("Review: a satire of the week")


def test_a_state_strike_that_hits_is_a_blow_unless_the_clause_tells_of_work():
    # "Russian strikes hit the plants": a state's strike that hits is from the air (195), aimed at no one named or not;
    # near misses: a strike over pay or by workers, and a strike that hits nothing
    senses = load_senses()
    russia = actor("Russian", "demonym", country="RUS", kind="state")
    assert senses.recoded("strike", "143", [], [russia], clause_lemmas={"strike", "hit", "plant"}) == ("195", False)
    assert senses.recoded("strike", "143", [], [russia], clause_lemmas={"strike", "hit", "pay"}) == ("143", False)
    assert senses.recoded("strike", "143", [], [russia], clause_lemmas={"strike", "close", "school"}) == ("143", False)


def _state(text: str, country: str) -> Actor:
    return actor(text, "country name", country=country, kind="state")


def _mentions(*actors: Actor) -> list[ActorMention]:
    return [ActorMention(a, i, i + 1, i) for i, a in enumerate(actors)]


def _act(source: list[Actor], target: list[Actor]) -> object:
    from types import SimpleNamespace

    return SimpleNamespace(source=source, target=target)  # (state_named_page reads only the roles)


def test_a_page_naming_states_as_such_with_no_act_between_political_actors_keeps_no_act():
    # a ferry line between two capitals, a cheese maker's stand, a stallion named after a republic: the acts are
    # private parties', the states only where things are from or go
    senses = load_senses()
    line, rival = actor("the ferry operator"), actor("a rival carrier")
    norway, chile, danish = _state("Norway", "NOR"), _state("Chile", "CHL"), _state("Danish", "DNK")
    mentions = _mentions(norway, chile, danish, line, rival, _state("Oslo", "NOR"))
    acts = [_act([rival], [line]), _act([line], [norway]), _act([line], [rival])]
    assert senses.state_named_page(mentions, acts)
    assert not senses.state_named_page(mentions, acts[:2])  # two acts: too little to judge the page by
    # ... unless two political actors act on each other somewhere on the page
    assert not senses.state_named_page(mentions, [*acts, _act([norway], [chile])])
    assert not senses.state_named_page(mentions, [])  # nothing to drop


def test_a_page_whose_political_actors_are_agents_keeps_its_acts_between_them_and_private_parties():
    # a governor urging a brewery, police arresting pickets: the state's own agents act, on private parties
    senses = load_senses()
    governor = actor("the governor", "sector word", sectors=["GOV"], country="USA")
    police = actor("state troopers", "sector word", sectors=["COP"], country="USA")
    brewery, pickets = actor("the brewery"), actor("the pickets")
    mentions = _mentions(governor, police, _state("Vermont's", "USA"), brewery, pickets)
    assert not senses.state_named_page(mentions, [_act([governor], [brewery]), _act([police], [pickets]),
                                                  _act([governor], [pickets])])


def test_the_state_share_is_a_setting():
    senses = replace(load_senses(), min_state_named_share=0.2, min_state_named_acts=1)
    governor = actor("the mayor", "sector word", sectors=["GOV"], country="PER")
    mentions = _mentions(governor, governor, governor, _state("Peru", "PER"))
    caterer = actor("the caterer")
    assert senses.state_named_page(mentions, [_act([caterer], [governor])])
    assert not load_senses().state_named_page(mentions, [_act([caterer], [governor])] * 3)
