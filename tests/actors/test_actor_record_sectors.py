"""Sectors of the actors in coded events (actors.completion after the event coder), as CODEBOOK codes them, on
hand-built parses of invented sentences: no model needed."""

import pytest
import spacy
from actor_parse import event_draft, iob_tags, phrase_actor, tagged
from spacy.tokens import Doc

from eventscope.actors import ActorCompletion, load_actor_dictionary
from eventscope.context import DocumentContext
from eventscope.records import Actor, Article

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def stages():
    return None, None, load_actor_dictionary()





def test_a_person_named_with_no_office_and_hit_by_force_is_a_civilian_and_a_shelled_town_its_residents(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Gunmen shot Ana Ruiz and shelled the town ." -- a name the tagger calls a person, with no office, and a
    # town attacked stand for civilians; the same name only criticised says nothing of who she is
    doc = Doc(VOCAB, words=["Gunmen", "shot", "Ana", "Ruiz", "and", "shelled", "the", "town", "."],
              tags=["NNS", "VBD", "NNP", "NNP", "CC", "VBD", "DT", "NN", "."],
              lemmas=["gunman", "shoot", "Ana", "Ruiz", "and", "shell", "the", "town", "."],
              heads=[1, 1, 3, 1, 1, 1, 7, 5, 1],
              deps=["nsubj", "ROOT", "compound", "dobj", "cc", "conj", "det", "dobj", "punct"],
              sent_starts=[i == 0 for i in range(9)], ents=iob_tags(9, [(2, 4, "PERSON")]))
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    ruiz = Actor(**{**phrase_actor(doc, "Ana Ruiz").__dict__, "country": "PER", "code": "PER", "kind": "person"})
    town = Actor(**{**phrase_actor(doc, "the town").__dict__, "country": "PER", "code": "PER"})
    shooting, shelling, criticism = event_draft(doc, "193", 1, []), event_draft(doc, "190", 5, []), event_draft(doc, "111", 1, [])
    shooting.target, shelling.target, criticism.target = [ruiz], [town], [ruiz]
    completion.target_sectors(context, [shooting, shelling, criticism])
    assert [a.code for d in (shooting, shelling, criticism) for a in d.target] == ["PERCVL", "PERCVL", "PER"]


def test_a_club_sued_stands_for_the_business_that_runs_it(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Guests sued the nightclub ."
    doc = tagged(VOCAB, ["Guests", "sued", "the", "nightclub", "."], ["NNS", "VBD", "DT", "NN", "."],
                  ["guest", "sue", "the", "nightclub", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"])
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    suit = event_draft(doc, "115", 1, [])
    suit.target = [Actor(**{**phrase_actor(doc, "the nightclub").__dict__, "country": "PER", "code": "PER"})]
    completion.target_sectors(context, [suit])
    assert [a.code for a in suit.target] == ["PERBUS"]


def test_who_takes_part_in_a_protest_is_a_protester_unless_a_state_or_a_body_of_its_own(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Students marched , a crowd gathered , the union struck and Peru protested ." (hand-built actors)
    doc = tagged(VOCAB, ["Students", "marched", "."], ["NNS", "VBD", "."], ["student", "march", "."], [1, 1, 1],
                  ["nsubj", "ROOT", "punct"])
    students = Actor(**{**phrase_actor(doc, "Students").__dict__, "country": "PER", "code": "PEREDU", "sectors": ["EDU"]})
    crowd = Actor(**{**phrase_actor(doc, "Students").__dict__, "country": "PER", "code": "PER"})
    union = Actor(**{**phrase_actor(doc, "Students").__dict__, "country": "PER", "code": "PERLAB", "sectors": ["LAB"]})
    peru = Actor(**{**phrase_actor(doc, "Students").__dict__, "country": "PER", "code": "PER", "kind": "state"})
    march = event_draft(doc, "141", 1, [students, crowd, union, peru])
    attack = event_draft(doc, "190", 1, [students])  # only a protest makes protesters
    completion.protest_sources([march, attack])
    assert [a.code for a in march.source] == ["PERPRO", "PERPRO", "PERLAB", "PER"]
    assert [a.code for a in attack.source] == ["PEREDU"]


def test_a_person_with_a_country_but_no_office_in_an_event_is_a_civilian(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Ana Ruiz sued the mayor ." -- a name with no office is a private person; the mayor keeps his office
    doc = tagged(VOCAB, ["Ana", "Ruiz", "sued", "the", "mayor", "."], ["NNP", "NNP", "VBD", "DT", "NN", "."],
                  ["Ana", "Ruiz", "sue", "the", "mayor", "."], [1, 2, 2, 4, 2, 2],
                  ["compound", "nsubj", "ROOT", "det", "dobj", "punct"])
    ruiz = Actor(**{**phrase_actor(doc, "Ana Ruiz").__dict__, "country": "PER", "code": "PER", "kind": "person"})
    mayor = Actor(**{**phrase_actor(doc, "the mayor").__dict__, "country": "PER", "code": "PERGOV", "sectors": ["GOV"],
                     "kind": "person"})
    unknown = Actor(**{**phrase_actor(doc, "Ana Ruiz").__dict__, "kind": "person"})  # no country: nothing to code
    suit = event_draft(doc, "115", 2, [ruiz, unknown])
    suit.target = [mayor]
    completion.private_people([suit])
    assert [a.code for a in suit.source] == ["PERCVL", ""] and [a.code for a in suit.target] == ["PERGOV"]


def test_a_thing_described_by_a_peoples_word_stands_for_its_owners(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Soldiers shelled the Tamil village ." -- the resolver's actor for a people's word and the noun it describes
    doc = tagged(VOCAB, ["Soldiers", "shelled", "the", "Tamil", "village", "."], ["NNS", "VBD", "DT", "JJ", "NN", "."],
                  ["soldier", "shell", "the", "tamil", "village", "."], [1, 1, 4, 4, 1, 1],
                  ["nsubj", "ROOT", "det", "amod", "dobj", "punct"])
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    village = Actor(**{**phrase_actor(doc, "the Tamil village").__dict__, "country": "LKA", "code": "LKA",
                       "reason": "ner: NORP + noun; country from sentence place", "origin": "described noun",
                       "country_from": "sentence place"})
    shelling = event_draft(doc, "190", 1, [])
    shelling.target = [village]
    completion.target_sectors(context, [shelling])
    assert [a.code for a in shelling.target] == ["LKACVL"]


def test_a_private_person_who_uses_force_is_a_criminal_and_the_one_hit_a_civilian(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Ana Ruiz shot a man ." -- the one who shoots, a person with no office, body or group, is a criminal; the man
    # shot a civilian; the same person suing is a private person (above)
    doc = tagged(VOCAB, ["Ana", "Ruiz", "shot", "a", "man", "."], ["NNP", "NNP", "VBD", "DT", "NN", "."],
                  ["Ana", "Ruiz", "shoot", "a", "man", "."], [1, 2, 2, 4, 2, 2],
                  ["compound", "nsubj", "ROOT", "det", "dobj", "punct"])
    ruiz = Actor(**{**phrase_actor(doc, "Ana Ruiz").__dict__, "country": "PER", "code": "PER", "kind": "person"})
    man = Actor(**{**phrase_actor(doc, "a man").__dict__, "country": "PER", "code": "PERCVL", "sectors": ["CVL"],
                   "kind": "person"})
    soldier = Actor(**{**phrase_actor(doc, "Ana Ruiz").__dict__, "country": "PER", "code": "PERMIL", "sectors": ["MIL"],
                       "kind": "person"})
    shooting = event_draft(doc, "190", 2, [ruiz, soldier])
    shooting.target = [man]
    completion.private_people([shooting])
    assert [a.code for a in shooting.source] == ["PERCRM", "PERMIL"] and [a.code for a in shooting.target] == ["PERCVL"]


@pytest.mark.parametrize(("words", "tags", "lemmas", "heads", "deps", "entity", "thing", "code"), [
    # "Rebels shot down a Turkish jet ." -- a state's weapon is its armed forces'
    (["Rebels", "shot", "down", "a", "Turkish", "jet", "."], ["NNS", "VBD", "RP", "DT", "JJ", "NN", "."],
     ["rebel", "shoot", "down", "a", "turkish", "jet", "."], [1, 1, 1, 5, 5, 1, 1],
     ["nsubj", "ROOT", "prt", "det", "amod", "dobj", "punct"], (4, 5, "NORP"), "a Turkish jet", "TURMIL"),
    # "Peru condemned Chile 's decision ." -- a state's decision is its government's
    (["Peru", "condemned", "Chile", "'s", "decision", "."], ["NNP", "VBD", "NNP", "POS", "NN", "."],
     ["Peru", "condemn", "Chile", "'s", "decision", "."], [1, 1, 4, 2, 1, 1],
     ["nsubj", "ROOT", "poss", "case", "dobj", "punct"], (2, 3, "GPE"), "Chile's decision", "CHLGOV"),
])
def test_a_thing_a_states_word_owns_stands_for_the_body_that_owns_it(stages, words, tags, lemmas, heads, deps, entity,
                                                                     thing, code):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    doc = Doc(VOCAB, words=words, tags=tags, lemmas=lemmas, heads=heads, deps=deps,
              sent_starts=[i == 0 for i in range(len(words))], ents=iob_tags(len(words), [entity]))
    country = code[:3]
    owned = Actor(**{**phrase_actor(doc, thing.replace("'s", " 's")).__dict__, "country": country, "code": country,
                     "kind": "state", "reason": "country word"})
    act = event_draft(doc, "111", 1, [])
    act.target = [owned]
    completion.target_sectors(DocumentContext.build(doc, Article(id="a", text=doc.text)), [act])
    assert [a.code for a in act.target] == [code]


def test_a_state_itself_or_its_people_take_no_thing_sector(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Rebels criticised Turkey and the Turkish people ." -- the state named, and people: no thing owned
    words = ["Rebels", "criticised", "Turkey", "and", "the", "Turkish", "people", "."]
    doc = Doc(VOCAB, words=words, tags=["NNS", "VBD", "NNP", "CC", "DT", "JJ", "NNS", "."],
              lemmas=["rebel", "criticise", "Turkey", "and", "the", "turkish", "people", "."], heads=[1, 1, 1, 2, 6, 6, 2, 1],
              deps=["nsubj", "ROOT", "dobj", "cc", "det", "amod", "conj", "punct"],
              sent_starts=[i == 0 for i in range(len(words))], ents=iob_tags(len(words), [(2, 3, "GPE"), (5, 6, "NORP")]))
    state = Actor(**{**phrase_actor(doc, "Turkey").__dict__, "country": "TUR", "code": "TUR", "kind": "state"})
    people = Actor(**{**phrase_actor(doc, "the Turkish people").__dict__, "country": "TUR", "code": "TUR", "kind": "state",
                      "reason": "demonym"})
    act = event_draft(doc, "111", 1, [])
    act.target = [state, people]
    completion.target_sectors(DocumentContext.build(doc, Article(id="a", text=doc.text)), [act])
    assert [a.code for a in act.target] == ["TUR", "TUR"]


@pytest.mark.parametrize(("words", "police"), [
    # "The sheriff said deputies warned residents ." -- a sheriff's deputies are the police
    (["The", "sheriff", "said", "deputies", "warned", "residents", "."], True),
    # "The speaker said deputies warned ministers ." -- with no sheriff they sit in the legislature
    (["The", "speaker", "said", "deputies", "warned", "ministers", "."], False),
])
def test_deputies_in_a_story_with_a_sheriff_are_the_police(stages, words, police):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    doc = Doc(VOCAB, words=words, tags=["DT", "NN", "VBD", "NNS", "VBD", "NNS", "."],
              lemmas=[w.lower() for w in words], heads=[1, 2, 2, 4, 2, 4, 2],
              deps=["det", "nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
              sent_starts=[i == 0 for i in range(len(words))])
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    deputies = Actor(**{**phrase_actor(doc, "deputies").__dict__, "country": "USA", "sectors": ["LEG"],
                        "code": "USALEG"})
    warning = event_draft(doc, "130", 4, [deputies])
    completion.police_officers(context, [warning])
    assert warning.source[0].sectors == (["COP"] if police else ["LEG"])
