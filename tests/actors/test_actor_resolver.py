"""The resolver on hand-built parses: no model needed, each rule seen on its own."""

from datetime import date

import pytest
import spacy
from actor_parse import VOCAB, parse
from spacy.tokens import Doc

from eventscope.actors import ActorResolver, load_actor_dictionary


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_actor_dictionary())


@pytest.fixture(scope="module")
def vocab():
    return VOCAB


def actors(resolver, doc, published=date(2024, 5, 16)):
    return [(m.actor.text, m.actor.code, m.actor.country, m.actor.kind) for m in resolver.resolve(doc, published)]


def test_demonym_title_and_leader_make_one_person(resolver, vocab):
    doc = parse(vocab, [("Russian", "ADJ", "JJ", "amod", 2), ("President", "PROPN", "NNP", "compound", 2),
                        ("Putin", "PROPN", "NNP", "nsubj", 3), ("spoke", "VERB", "VBD", "ROOT", 3),
                        (".", "PUNCT", ".", "punct", 3)], [(0, 1, "NORP"), (2, 3, "PERSON")])
    mentions = resolver.resolve(doc, date(2024, 5, 16))
    assert len(mentions) == 1
    mention = mentions[0]
    assert (mention.actor.text, mention.actor.code, mention.actor.kind) == ("Russian President Putin", "RUSGOV", "person")
    assert (mention.token_start, mention.token_end, mention.head) == (0, 3, 2)
    assert mention.actor.start == 0 and mention.actor.end == len("Russian President Putin")


def test_the_words_cut_from_the_text_given_are_the_spans_own(resolver, vocab):
    doc = parse(vocab, [("Russian", "ADJ", "JJ", "amod", 2), ("President", "PROPN", "NNP", "compound", 2),
                        ("Putin", "PROPN", "NNP", "nsubj", 3), ("met", "VERB", "VBD", "ROOT", 3),
                        ("Kenya", "PROPN", "NNP", "dobj", 3), (".", "PUNCT", ".", "punct", 3)],
                [(0, 1, "NORP"), (2, 3, "PERSON"), (4, 5, "GPE")])
    own = resolver.resolve(doc, date(2024, 5, 16))
    cut = resolver.resolve(doc, date(2024, 5, 16), text=doc.text)
    assert [m.actor.text for m in cut] == [m.actor.text for m in own] == ["Russian President Putin", "Kenya"]
    assert cut == own


def test_leader_out_of_office_is_an_elite(resolver, vocab):
    doc = parse(vocab, [("Putin", "PROPN", "NNP", "nsubj", 1), ("spoke", "VERB", "VBD", "ROOT", 1)])
    assert actors(resolver, doc, date(1998, 6, 1)) == [("Putin", "RUSELI", "RUS", "person")]
    assert actors(resolver, doc, date(2010, 6, 1)) == [("Putin", "RUSGOV", "RUS", "person")]


def test_unknown_person_takes_country_and_sector_from_the_words_before(resolver, vocab):
    doc = parse(vocab, [("Ruritanian", "ADJ", "JJ", "amod", 3), ("Defence", "PROPN", "NNP", "compound", 2),
                        ("Minister", "PROPN", "NNP", "compound", 4), ("Jan", "PROPN", "NNP", "compound", 4),
                        ("Novak", "PROPN", "NNP", "nsubj", 5), ("resigned", "VERB", "VBD", "ROOT", 5)],
                [(3, 5, "PERSON")])
    # "Ruritanian" is no demonym we know: the title still gives the sector, the country stays open.
    assert actors(resolver, doc) == [("Ruritanian Defence Minister Jan Novak", "GOV", None, "person")]
    doc = parse(vocab, [("Ukrainian", "ADJ", "JJ", "amod", 3), ("Defence", "PROPN", "NNP", "compound", 2),
                        ("Minister", "PROPN", "NNP", "compound", 4), ("Jan", "PROPN", "NNP", "compound", 4),
                        ("Novak", "PROPN", "NNP", "nsubj", 5), ("resigned", "VERB", "VBD", "ROOT", 5)],
                [(3, 5, "PERSON")])
    assert actors(resolver, doc) == [("Ukrainian Defence Minister Jan Novak", "UKRGOV", "UKR", "person")]


def test_a_portfolio_the_ner_cut_off_as_an_organisation_is_part_of_the_title(resolver, vocab):
    # "Communications Minister Jo Baird": the NER tags "Communications" ORG and the name PERSON
    doc = parse(vocab, [("Communications", "PROPN", "NNP", "compound", 1), ("Minister", "PROPN", "NNP", "compound", 3),
                        ("Jo", "PROPN", "NNP", "compound", 3), ("Baird", "PROPN", "NNP", "nsubj", 4),
                        ("spoke", "VERB", "VBD", "ROOT", 4)], [(0, 1, "ORG"), (2, 4, "PERSON")])
    assert actors(resolver, doc) == [("Communications Minister Jo Baird", "GOV", None, "person")]
    # an organisation right before a name that no office word opens is an actor of its own
    doc = parse(vocab, [("Telstra", "PROPN", "NNP", "nsubj", 4), ("and", "CCONJ", "CC", "cc", 0),
                        ("Jo", "PROPN", "NNP", "compound", 3), ("Baird", "PROPN", "NNP", "conj", 0),
                        ("spoke", "VERB", "VBD", "ROOT", 4)], [(0, 1, "ORG"), (2, 4, "PERSON")])
    assert sorted(a[0] for a in actors(resolver, doc)) == ["Jo Baird", "Telstra"]


def test_a_name_after_an_honorific_or_title_is_a_person_when_the_ner_missed_it(resolver, vocab):
    # "Mr Ode criticised the unions ." with NER annotation but no entity on "Mr Ode"
    rows = [("Mr", "PROPN", "NNP", "compound", 1), ("Ode", "PROPN", "NNP", "nsubj", 2),
            ("criticised", "VERB", "VBD", "ROOT", 2), ("the", "DET", "DT", "det", 4),
            ("unions", "NOUN", "NNS", "dobj", 2), (".", "PUNCT", ".", "punct", 2)]
    found = actors(resolver, parse(vocab, rows))
    assert ("Mr Ode", "", None, "person") in found
    # a name the NER tagged stays as tagged
    assert ("Ode", "", None, "person") not in actors(resolver, parse(vocab, rows, [(1, 2, "ORG")]))


def test_demonym_and_sector_word(resolver, vocab):
    doc = parse(vocab, [("Russian", "ADJ", "JJ", "amod", 1), ("troops", "NOUN", "NNS", "nsubj", 2),
                        ("shelled", "VERB", "VBD", "ROOT", 2), ("Chinese", "ADJ", "JJ", "amod", 5),
                        ("state", "NOUN", "NN", "compound", 5), ("media", "NOUN", "NNS", "dobj", 2)])
    assert actors(resolver, doc) == [("Russian troops", "RUSMIL", "RUS", "state"),
                                     ("Chinese state media", "CHNMED", "CHN", "group")]


def test_coordinated_demonyms_give_two_actors_over_the_same_words(resolver, vocab):
    doc = parse(vocab, [("Hungarian", "ADJ", "JJ", "amod", 3), ("and", "CCONJ", "CC", "cc", 0),
                        ("Romanian", "ADJ", "JJ", "conj", 0), ("officials", "NOUN", "NNS", "nsubj", 4),
                        ("met", "VERB", "VBD", "ROOT", 4)])
    mentions = resolver.resolve(doc, None)
    assert [m.actor.code for m in mentions] == ["HUNGOV", "ROUGOV"]
    assert {(m.token_start, m.token_end, m.head) for m in mentions} == {(0, 4, 3)}


def test_a_country_after_in_is_where_a_group_named_with_its_country_is_not_whose(resolver, vocab):
    # "Kenyan police in Somalia arrested men": Kenya's police, in Somalia; "police in Somalia" are Somalia's
    doc = parse(vocab, [("Kenyan", "ADJ", "JJ", "amod", 1), ("police", "NOUN", "NNS", "nsubj", 4),
                        ("in", "ADP", "IN", "prep", 1), ("Somalia", "PROPN", "NNP", "pobj", 2),
                        ("arrested", "VERB", "VBD", "ROOT", 4), ("men", "NOUN", "NNS", "dobj", 4)])
    assert actors(resolver, doc)[0] == ("Kenyan police in Somalia", "KENCOP", "KEN", "state")
    assert [m.actor.code for m in resolver.resolve(doc, None)].count("SOMCOP") == 0
    doc = parse(vocab, [("Police", "NOUN", "NNS", "nsubj", 3), ("in", "ADP", "IN", "prep", 0),
                        ("Somalia", "PROPN", "NNP", "pobj", 1), ("arrested", "VERB", "VBD", "ROOT", 3),
                        ("men", "NOUN", "NNS", "dobj", 3)])
    assert actors(resolver, doc)[0] == ("Police in Somalia", "SOMCOP", "SOM", "state")


def test_a_one_word_name_before_a_common_noun_is_no_person(resolver, vocab):
    # "Kismayo airport refused": the NER's PERSON names the airport's place; "Okafor refused": a person
    doc = parse(vocab, [("Kismayo", "PROPN", "NNP", "compound", 1), ("airport", "NOUN", "NN", "nsubj", 2),
                        ("refused", "VERB", "VBD", "ROOT", 2)], entities=[(0, 1, "PERSON")])
    assert [a for a in actors(resolver, doc) if a[3] == "person"] == []
    doc = parse(vocab, [("Okafor", "PROPN", "NNP", "nsubj", 1), ("refused", "VERB", "VBD", "ROOT", 1)],
                entities=[(0, 1, "PERSON")])
    assert [a[0] for a in actors(resolver, doc) if a[3] == "person"] == ["Okafor"]


def test_a_name_before_a_capitalised_place_word_names_the_place(resolver, vocab):
    # (session 18) "marched from Nelson Mandela Square": a square called after the leader, not the leader;
    # "Mandela marched": the leader
    doc = parse(vocab, [("Crowds", "NOUN", "NNS", "nsubj", 1), ("marched", "VERB", "VBD", "ROOT", 1),
                        ("from", "ADP", "IN", "prep", 1), ("Nelson", "PROPN", "NNP", "compound", 4),
                        ("Mandela", "PROPN", "NNP", "compound", 5), ("Square", "PROPN", "NNP", "pobj", 2)],
                entities=[(3, 5, "PERSON")])
    assert [a for a in actors(resolver, doc) if a[3] == "person"] == []
    doc = parse(vocab, [("Nelson", "PROPN", "NNP", "compound", 1), ("Mandela", "PROPN", "NNP", "nsubj", 2),
                        ("marched", "VERB", "VBD", "ROOT", 2), ("from", "ADP", "IN", "prep", 2),
                        ("the", "DET", "DT", "det", 5), ("square", "NOUN", "NN", "pobj", 3)],
                entities=[(0, 2, "PERSON")])
    assert [a[0] for a in actors(resolver, doc, date(1995, 5, 16)) if a[3] == "person"] == ["Nelson Mandela"]


def test_possessive_country_before_sector(resolver, vocab):
    doc = parse(vocab, [("Brazil", "PROPN", "NNP", "poss", 3), ("'s", "PART", "POS", "case", 0),
                        ("federal", "ADJ", "JJ", "amod", 3), ("police", "NOUN", "NNS", "nsubj", 4),
                        ("arrested", "VERB", "VBD", "ROOT", 4)])
    assert actors(resolver, doc) == [("Brazil's federal police", "BRACOP", "BRA", "state")]


def test_generic_sector_words_have_no_country(resolver, vocab):
    doc = parse(vocab, [("Police", "NOUN", "NNS", "nsubj", 1), ("dispersed", "VERB", "VBD", "ROOT", 1),
                        ("the", "DET", "DT", "det", 3), ("protesters", "NOUN", "NNS", "dobj", 1)])
    # The span is the noun phrase, determiner included: "the protesters".
    assert actors(resolver, doc) == [("Police", "COP", None, "group"), ("the protesters", "PRO", None, "group")]


def test_seat_of_power_is_an_actor_unless_it_is_a_place(resolver, vocab):
    doc = parse(vocab, [("Moscow", "PROPN", "NNP", "nsubj", 1), ("warned", "VERB", "VBD", "ROOT", 1),
                        ("talks", "NOUN", "NNS", "dobj", 1), ("in", "ADP", "IN", "prep", 2),
                        ("Beijing", "PROPN", "NNP", "pobj", 3)])
    # a seat speaking for its state is the state as a whole (CODEBOOK: "Moscow", "the Kremlin" are RUS)
    assert actors(resolver, doc) == [("Moscow", "RUS", "RUS", "state")]


def test_a_defence_ministry_is_the_military_and_its_minister_the_government(resolver, vocab):
    # CODEBOOK: "Defence ministries and armed forces are MIL; ministers themselves GOV."
    doc = parse(vocab, [("The", "DET", "DT", "det", 3), ("Chilean", "ADJ", "JJ", "amod", 3),
                        ("defence", "NOUN", "NN", "compound", 3), ("ministry", "NOUN", "NN", "nsubj", 4),
                        ("thanked", "VERB", "VBD", "ROOT", 4), ("the", "DET", "DT", "det", 7),
                        ("defence", "NOUN", "NN", "compound", 7), ("minister", "NOUN", "NN", "dobj", 4)])
    assert [(text, code) for text, code, _, _ in actors(resolver, doc)] == [
        ("The Chilean defence ministry", "CHLMIL"), ("the defence minister", "GOV")]


def test_dictionary_wins_over_ner_and_unknown_organisations_come_from_ner(resolver, vocab):
    doc = parse(vocab, [("Xinhua", "PROPN", "NNP", "nsubj", 1), ("quoted", "VERB", "VBD", "ROOT", 1),
                        ("Acme", "PROPN", "NNP", "compound", 3), ("Holdings", "PROPN", "NNP", "dobj", 1)],
                [(0, 1, "PERSON"), (2, 4, "ORG")])
    assert actors(resolver, doc) == [("Xinhua", "CHNMED", "CHN", "organization"),
                                     ("Acme Holdings", "", None, "organization")]


def test_pronouns_titles_and_pairs_corefer(resolver, vocab):
    rows = [("Putin", "PROPN", "NNP", "nsubj", 1), ("met", "VERB", "VBD", "ROOT", 1),
            ("Xi", "PROPN", "NNP", "dobj", 1), (".", "PUNCT", ".", "punct", 1),
            ("He", "PRON", "PRP", "nsubj", 5), ("left", "VERB", "VBD", "ROOT", 5), (".", "PUNCT", ".", "punct", 5),
            ("The", "DET", "DT", "det", 9), ("two", "NUM", "CD", "nummod", 9), ("leaders", "NOUN", "NNS", "nsubj", 10),
            ("agreed", "VERB", "VBD", "ROOT", 10), (".", "PUNCT", ".", "punct", 10)]
    mentions = resolver.resolve(parse(vocab, rows), date(2024, 5, 16))
    found = [(m.actor.text, m.actor.name, m.actor.code) for m in mentions]
    assert ("He", "Vladimir Putin", "RUSGOV") in found
    assert ("The two leaders", "Vladimir Putin", "RUSGOV") in found
    assert ("The two leaders", "Xi Jinping", "CHNGOV") in found


def test_the_president_refers_back_to_the_last_president(resolver, vocab):
    rows = [("President", "PROPN", "NNP", "compound", 1), ("Macron", "PROPN", "NNP", "nsubj", 2),
            ("spoke", "VERB", "VBD", "ROOT", 2), (".", "PUNCT", ".", "punct", 2),
            ("The", "DET", "DT", "det", 5), ("president", "NOUN", "NN", "nsubj", 6),
            ("left", "VERB", "VBD", "ROOT", 6), (".", "PUNCT", ".", "punct", 6)]
    found = actors(resolver, parse(vocab, rows))
    assert found == [("President Macron", "FRAGOV", "FRA", "person"), ("The president", "FRAGOV", "FRA", "person")]


def test_empty_doc(resolver, vocab):
    assert resolver.resolve(Doc(vocab, words=[]), None) == []


def test_place_names_containing_country_words_are_not_actors(resolver, vocab):
    doc = parse(vocab, [("Ships", "NOUN", "NNS", "nsubj", 1), ("sailed", "VERB", "VBD", "ROOT", 1),
                        ("in", "ADP", "IN", "prep", 1), ("the", "DET", "DT", "det", 6),
                        ("South", "PROPN", "NNP", "compound", 6), ("China", "PROPN", "NNP", "compound", 6),
                        ("Sea", "PROPN", "NNP", "pobj", 2)], [(4, 7, "LOC")])
    assert actors(resolver, doc) == []


def test_a_pipeline_without_tagger_or_parser_still_resolves(resolver):
    nlp = spacy.blank("en")
    doc = nlp("Russian President Putin said he would meet Chinese officials.")
    found = actors(resolver, doc)
    assert ("Russian President Putin", "RUSGOV", "RUS", "person") in found
    assert ("he", "RUSGOV", "RUS", "person") in found
    assert ("Chinese officials", "CHNGOV", "CHN", "state") in found
    for text in ("", "   ", "\x00\x01 ???", "Путин сказал", "he " * 2000):
        assert isinstance(resolver.resolve(nlp(text), None), list)


def test_resolver_pickles_for_worker_processes(resolver):
    import pickle

    nlp = spacy.blank("en")
    resolver.resolve(nlp("Putin spoke."), None)  # matchers built: they must not travel
    copy = pickle.loads(pickle.dumps(resolver))
    assert [m.actor.code for m in copy.resolve(nlp("Putin spoke."), None)] == ["RUSGOV"]


def test_sector_words_before_a_known_group_describe_it(resolver, vocab):
    # "The Palestinian militant group Hamas fired ." : one actor, the group, over the words describing it
    doc = parse(vocab, [("The", "DET", "DT", "det", 4), ("Palestinian", "ADJ", "JJ", "amod", 4),
                        ("militant", "ADJ", "JJ", "amod", 3), ("group", "NOUN", "NN", "compound", 4),
                        ("Hamas", "PROPN", "NNP", "nsubj", 5), ("fired", "VERB", "VBD", "ROOT", 5),
                        (".", "PUNCT", ".", "punct", 5)], [(1, 2, "NORP"), (4, 5, "ORG")])
    assert actors(resolver, doc) == [("The Palestinian militant group Hamas", "PSEREBHMS", "PSE", "group")]


def test_he_never_refers_to_a_woman_named_with_her_title(resolver, vocab):
    # "Mrs Merkel met Putin . He left ." : "He" is Putin, though the subject before is Mrs Merkel
    rows = [("Mrs", "PROPN", "NNP", "compound", 1), ("Merkel", "PROPN", "NNP", "nsubj", 2), ("met", "VERB", "VBD", "ROOT", 2),
            ("Putin", "PROPN", "NNP", "dobj", 2), (".", "PUNCT", ".", "punct", 2),
            ("He", "PRON", "PRP", "nsubj", 6), ("left", "VERB", "VBD", "ROOT", 6), (".", "PUNCT", ".", "punct", 6)]
    mentions = resolver.resolve(parse(vocab, rows), date(2015, 5, 16))
    assert [m.actor.name for m in mentions if m.actor.text == "He"] == ["Vladimir Putin"]


def test_a_leaders_surname_after_another_given_name_is_someone_else(resolver, vocab):
    # "Carla Putin spoke . Putin left ." : another Putin, whom the bare surname then refers back to
    doc = parse(vocab, [("Carla", "PROPN", "NNP", "compound", 1), ("Putin", "PROPN", "NNP", "nsubj", 2),
                        ("spoke", "VERB", "VBD", "ROOT", 2), (".", "PUNCT", ".", "punct", 2),
                        ("Putin", "PROPN", "NNP", "nsubj", 5), ("left", "VERB", "VBD", "ROOT", 5)],
                [(0, 2, "PERSON"), (4, 5, "PERSON")])
    found = actors(resolver, doc)
    assert found[0] == ("Carla Putin", "", None, "person")
    assert found[1][:3] == ("Putin", "", None)
    # the leader's own given name, or a spelling of it, keeps the leader
    for given in ("Vladimir", "Vlad"):
        doc = parse(vocab, [(given, "PROPN", "NNP", "compound", 1), ("Putin", "PROPN", "NNP", "nsubj", 2),
                            ("spoke", "VERB", "VBD", "ROOT", 2)], [(0, 2, "PERSON")])
        assert actors(resolver, doc) == [(f"{given} Putin", "RUSGOV", "RUS", "person")]


def test_sir_before_a_bare_given_name_is_the_knight_named_in_full_before(resolver, vocab):
    # "Kenyan envoy Sir Tobias Wren spoke . Sir Tobias left ." : the envoy, by his given name; "Mr Tobias" is
    # someone surnamed Tobias, and "Sir Otto" no one named before
    def rows(honorific, given):
        return [("Kenyan", "ADJ", "JJ", "amod", 3), ("envoy", "NOUN", "NN", "compound", 3),
                ("Sir", "PROPN", "NNP", "compound", 4), ("Tobias", "PROPN", "NNP", "compound", 4),
                ("Wren", "PROPN", "NNP", "nsubj", 5), ("spoke", "VERB", "VBD", "ROOT", 5), (".", "PUNCT", ".", "punct", 5),
                (honorific, "PROPN", "NNP", "compound", 8), (given, "PROPN", "NNP", "nsubj", 9),
                ("left", "VERB", "VBD", "ROOT", 9)]
    ents = [(0, 1, "NORP"), (3, 5, "PERSON"), (8, 9, "PERSON")]
    named = {m.actor.text: (m.actor.name, m.actor.country) for m in resolver.resolve(parse(vocab, rows("Sir", "Tobias"), ents), None)}
    assert named["Sir Tobias"] == ("Tobias Wren", "KEN")
    for honorific, given in (("Mr", "Tobias"), ("Sir", "Otto")):
        found = {m.actor.text: m.actor.name for m in resolver.resolve(parse(vocab, rows(honorific, given), ents), None)}
        assert found[f"{honorific} {given}"] != "Tobias Wren"


def test_a_pronoun_tells_a_persons_gender_for_the_pronouns_after_it(resolver, vocab):
    # "Ann Ode met Ben Ruiz . Ode said she left . Later he spoke ." : "she" is the subject Ode, so Ode is a woman
    # and "he" is Ruiz, though the subject before him is Ode
    rows = [("Ann", "PROPN", "NNP", "compound", 1), ("Ode", "PROPN", "NNP", "nsubj", 2), ("met", "VERB", "VBD", "ROOT", 2),
            ("Ben", "PROPN", "NNP", "compound", 4), ("Ruiz", "PROPN", "NNP", "dobj", 2), (".", "PUNCT", ".", "punct", 2),
            ("Ode", "PROPN", "NNP", "nsubj", 7), ("said", "VERB", "VBD", "ROOT", 7), ("she", "PRON", "PRP", "nsubj", 9),
            ("left", "VERB", "VBD", "ccomp", 7), (".", "PUNCT", ".", "punct", 7),
            ("Later", "ADV", "RB", "advmod", 13), ("he", "PRON", "PRP", "nsubj", 13), ("spoke", "VERB", "VBD", "ROOT", 13),
            (".", "PUNCT", ".", "punct", 13)]
    mentions = resolver.resolve(parse(vocab, rows, [(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "PERSON")]), None)
    named = {m.actor.text: m.actor.name for m in mentions}
    assert (named["she"], named["he"]) == ("Ann Ode", "Ben Ruiz")


def test_a_surname_the_tagger_took_for_an_organisation_is_a_pronouns_candidate(resolver, vocab):
    # "Ann Ode and Ben Ruiz met . Ruiz said he left ." : "Ruiz" tagged ORG; "he" is Ruiz, not the first subject
    rows = [("Ann", "PROPN", "NNP", "compound", 1), ("Ode", "PROPN", "NNP", "nsubj", 5), ("and", "CCONJ", "CC", "cc", 1),
            ("Ben", "PROPN", "NNP", "compound", 4), ("Ruiz", "PROPN", "NNP", "conj", 1), ("met", "VERB", "VBD", "ROOT", 5),
            (".", "PUNCT", ".", "punct", 5),
            ("Ruiz", "PROPN", "NNP", "nsubj", 8), ("said", "VERB", "VBD", "ROOT", 8), ("he", "PRON", "PRP", "nsubj", 10),
            ("left", "VERB", "VBD", "ccomp", 8), (".", "PUNCT", ".", "punct", 8)]
    mentions = resolver.resolve(parse(vocab, rows, [(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 8, "ORG")]), None)
    assert [m.actor.name for m in mentions if m.actor.text == "he"] == ["Ben Ruiz"]
