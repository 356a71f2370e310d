"""Sectors from the body an actor belongs to, on hand-built parses of invented sentences (no model): an office any
body has takes the sector of the body written before it, a body's word before another sector word gives way to
it, a party's members in a legislature are legislators, a person who leads a body holds its office, family words
written as titles are clergy's, a leader elected but not yet sworn in holds the office."""

from datetime import date

from actor_parse import VOCAB, iob_tags, spaces_between
from spacy.tokens import Doc

from eventscope.actors.dictionary import Person, Tenure

DAY = date(2024, 5, 16)


def parse(rows, entities=()):
    """rows: (word, lemma, pos, tag, dep, head index)."""
    words = [row[0] for row in rows]
    return Doc(VOCAB, words=words, spaces=spaces_between(words), lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows], deps=[r[4] for r in rows],
               heads=[r[5] for r in rows], ents=iob_tags(len(words), entities))


def codes(resolver, doc, day=DAY):
    return [(m.actor.text, m.actor.code) for m in resolver.resolve(doc, day)]


def test_an_office_any_body_has_is_the_office_of_the_body_before_it(resolver):
    # "A court spokesman in Peru denied it ."
    doc = parse([("A", "a", "DET", "DT", "det", 2), ("court", "court", "NOUN", "NN", "compound", 2),
                 ("spokesman", "spokesman", "NOUN", "NN", "nsubj", 6), ("in", "in", "ADP", "IN", "prep", 2),
                 ("Peru", "Peru", "PROPN", "NNP", "pobj", 3), (",", ",", "PUNCT", ",", "punct", 6),
                 ("denied", "deny", "VERB", "VBD", "ROOT", 6), ("it", "it", "PRON", "PRP", "dobj", 6)])
    assert codes(resolver, doc)[0] == ("A court spokesman in Peru", "PERJUD")


def test_a_seat_of_power_with_a_sector_gives_it_to_an_office_after_it(resolver):
    # "Pentagon officials denied it ."
    doc = parse([("Pentagon", "Pentagon", "PROPN", "NNP", "compound", 1),
                 ("officials", "official", "NOUN", "NNS", "nsubj", 2), ("denied", "deny", "VERB", "VBD", "ROOT", 2),
                 ("it", "it", "PRON", "PRP", "dobj", 2)])
    assert codes(resolver, doc)[0] == ("Pentagon officials", "USAMIL")


def test_a_bodys_word_before_another_sector_word_gives_way_to_it(resolver):
    # "Chilean police unions and Chilean government troops marched ."
    doc = parse([("Chilean", "chilean", "ADJ", "JJ", "amod", 2), ("police", "police", "NOUN", "NN", "compound", 2),
                 ("unions", "union", "NOUN", "NNS", "nsubj", 7), ("and", "and", "CCONJ", "CC", "cc", 2),
                 ("Chilean", "chilean", "ADJ", "JJ", "amod", 6), ("government", "government", "NOUN", "NN", "compound", 6),
                 ("troops", "troop", "NOUN", "NNS", "conj", 2), ("marched", "march", "VERB", "VBD", "ROOT", 7)])
    assert codes(resolver, doc) == [("Chilean police unions", "CHLLAB"), ("Chilean government troops", "CHLMIL")]


def test_a_partys_members_in_a_legislature_are_legislators_and_the_party_alone_a_party(resolver):
    # "Senate Democrats and Republicans in Congress met the Democrats ."
    doc = parse([("Senate", "Senate", "PROPN", "NNP", "compound", 1),
                 ("Democrats", "Democrats", "PROPN", "NNPS", "nsubj", 6), ("and", "and", "CCONJ", "CC", "cc", 1),
                 ("Republicans", "Republicans", "PROPN", "NNPS", "conj", 1), ("in", "in", "ADP", "IN", "prep", 3),
                 ("Congress", "Congress", "PROPN", "NNP", "pobj", 4), ("met", "meet", "VERB", "VBD", "ROOT", 6),
                 ("the", "the", "DET", "DT", "det", 8), ("Democrats", "Democrats", "PROPN", "NNPS", "dobj", 6)])
    found = dict((text, code) for text, code in codes(resolver, doc))
    assert found["Senate Democrats"] == "USALEG" and found["Republicans"] == "USALEG"
    assert found["the Democrats"] == "USAPTYDEM"


def test_a_party_member_named_by_a_state_office_is_that_offices(resolver):
    # "Labour ministers met ."
    doc = parse([("Labour", "Labour", "PROPN", "NNP", "compound", 1), ("ministers", "minister", "NOUN", "NNS", "nsubj", 2),
                 ("met", "meet", "VERB", "VBD", "ROOT", 2)])
    assert codes(resolver, doc)[0] == ("Labour ministers", "GBRGOV")


def test_a_person_who_leads_a_body_holds_its_office(resolver):
    # "Ana Ode , who leads the Kenyan opposition , spoke ."
    doc = parse([("Ana", "Ana", "PROPN", "NNP", "compound", 1), ("Ode", "Ode", "PROPN", "NNP", "nsubj", 9),
                 (",", ",", "PUNCT", ",", "punct", 1), ("who", "who", "PRON", "WP", "nsubj", 4),
                 ("leads", "lead", "VERB", "VBZ", "relcl", 1), ("the", "the", "DET", "DT", "det", 7),
                 ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 7), ("opposition", "opposition", "NOUN", "NN", "dobj", 4),
                 (",", ",", "PUNCT", ",", "punct", 1), ("spoke", "speak", "VERB", "VBD", "ROOT", 9)],
                entities=[(0, 2, "PERSON")])
    assert codes(resolver, doc)[0] == ("Ana Ode", "KENOPP")


def test_a_family_word_written_as_a_title_before_a_name_is_a_clerics(resolver):
    # "Father Tom Ode of Peru prayed ." against "his father Tom Ode of Peru prayed ."
    rows = [("Father", "father", "PROPN", "NNP", "compound", 2), ("Tom", "Tom", "PROPN", "NNP", "compound", 2),
            ("Ode", "Ode", "PROPN", "NNP", "nsubj", 5), ("of", "of", "ADP", "IN", "prep", 2),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 3), ("prayed", "pray", "VERB", "VBD", "ROOT", 5)]
    assert codes(resolver, parse(rows, entities=[(1, 3, "PERSON")]))[0][1] == "REL"
    lower = [("his", "his", "PRON", "PRP$", "poss", 1), ("father", "father", "NOUN", "NN", "compound", 3)] + [
        (w, lemma, pos, tag, dep, head + 1) for w, lemma, pos, tag, dep, head in rows[1:]]
    assert codes(resolver, parse(lower, entities=[(2, 4, "PERSON")]))[-1][1] != "REL"


def test_a_leader_elected_is_coded_with_the_office_he_is_about_to_take():
    person = Person("Ana Ode", (), (Tenure("PER", "president", date(2025, 1, 20), None),))
    assert person.incoming_on(date(2024, 12, 1), 90) is not None
    assert person.incoming_on(date(2024, 6, 1), 90) is None  # months before: a candidate, not yet elected
    assert person.incoming_on(date(2025, 2, 1), 90) is None  # in office: office_on says so


def test_a_member_of_a_body_named_in_apposition_is_of_that_body(resolver):
    # "Ana Ode , a member of the Kenyan opposition , spoke ."
    doc = parse([("Ana", "Ana", "PROPN", "NNP", "compound", 1), ("Ode", "Ode", "PROPN", "NNP", "nsubj", 10),
                 (",", ",", "PUNCT", ",", "punct", 1), ("a", "a", "DET", "DT", "det", 4),
                 ("member", "member", "NOUN", "NN", "appos", 1), ("of", "of", "ADP", "IN", "prep", 4),
                 ("the", "the", "DET", "DT", "det", 8), ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 8),
                 ("opposition", "opposition", "NOUN", "NN", "pobj", 5), (",", ",", "PUNCT", ",", "punct", 1),
                 ("spoke", "speak", "VERB", "VBD", "ROOT", 10)],
                entities=[(0, 2, "PERSON")])
    assert codes(resolver, doc)[0] == ("Ana Ode", "KENOPP")


def test_the_opposition_before_an_office_says_whose_side_it_is(resolver):
    # "Kenyan opposition MPs left ." against "Kenyan opposition protesters left ." (protesters hold no office)
    def rows(noun, lemma):
        return [("Kenyan", "kenyan", "ADJ", "JJ", "amod", 2), ("opposition", "opposition", "NOUN", "NN", "compound", 2),
                (noun, lemma, "NOUN", "NNS", "nsubj", 3), ("left", "leave", "VERB", "VBD", "ROOT", 3)]
    assert codes(resolver, parse(rows("MPs", "mp")))[0] == ("Kenyan opposition MPs", "KENOPP")
    assert codes(resolver, parse(rows("protesters", "protester")))[0] == ("Kenyan opposition protesters", "KENPRO")


def test_a_partys_name_before_a_leaders_office_makes_it_the_partys(resolver):
    # "The Socialist leader spoke ." / near miss "The Socialist government spoke ." keeps the state's office
    leader = parse([("The", "the", "DET", "DT", "det", 2), ("Socialist", "socialist", "ADJ", "JJ", "amod", 2),
                    ("leader", "leader", "NOUN", "NN", "nsubj", 3), ("spoke", "speak", "VERB", "VBD", "ROOT", 3)])
    government = parse([("The", "the", "DET", "DT", "det", 2), ("Socialist", "socialist", "ADJ", "JJ", "amod", 2),
                        ("government", "government", "NOUN", "NN", "nsubj", 3),
                        ("spoke", "speak", "VERB", "VBD", "ROOT", 3)])
    assert codes(resolver, leader)[0][1] == "PTY"
    assert codes(resolver, government)[0][1] == "GOV"
