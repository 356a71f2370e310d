"""Offices held in a body that is no state, on hand-built parses of invented sentences (no model): a state's office
word ("president", "assembly") with a possessive naming a body that is no state takes that body's sector, a body of
members named with its members ("a Union of Rowing Clubs") is of their kind, and "the union" again after such a
name is that body; a state's or a party's office keeps its reading."""

from datetime import date

from actor_parse import VOCAB, iob_tags, spaces_between
from spacy.tokens import Doc

DAY = date(2024, 5, 16)


def parse(rows, entities=()):
    """rows: (word, pos, tag, dep, head index)."""
    words = [row[0] for row in rows]
    return Doc(VOCAB, words=words, spaces=spaces_between(words), pos=[r[1] for r in rows],
               tags=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows],
               ents=iob_tags(len(words), entities))


def sectors(resolver, doc):
    return [(m.actor.text, m.actor.sectors) for m in resolver.resolve(doc, DAY)]


def its_president(owner_rows, entities):
    """`owner_rows` then "re-elected its president , Ann Ode ." (the owner's head is its last row)."""
    n = len(owner_rows)
    rows = [*owner_rows,
            ("re-elected", "VERB", "VBD", "ROOT", n), ("its", "PRON", "PRP$", "poss", n + 2),
            ("president", "NOUN", "NN", "dobj", n), (",", "PUNCT", ",", "punct", n + 2),
            ("Ann", "PROPN", "NNP", "compound", n + 5), ("Ode", "PROPN", "NNP", "appos", n + 2),
            (".", "PUNCT", ".", "punct", n)]
    return parse(rows, [*entities, (n + 4, n + 6, "PERSON")])


def test_a_union_of_clubs_and_its_president_are_no_labour_union_and_no_government(resolver):
    # "The Union of Rowing Clubs re-elected its president , Ann Ode ."
    doc = its_president([("The", "DET", "DT", "det", 1), ("Union", "PROPN", "NNP", "nsubj", 5),
                         ("of", "ADP", "IN", "prep", 1), ("Rowing", "PROPN", "NNP", "compound", 4),
                         ("Clubs", "PROPN", "NNPS", "pobj", 2)], [(0, 5, "ORG")])
    found = sectors(resolver, doc)
    assert found[0][1] == ["BUS"]
    assert found[1] == ("president, Ann Ode", ["BUS"])


def test_a_union_of_workers_stays_a_labour_union(resolver):
    # "The Union of Dockworkers re-elected its president , Ann Ode ."
    doc = its_president([("The", "DET", "DT", "det", 1), ("Union", "PROPN", "NNP", "nsubj", 4),
                         ("of", "ADP", "IN", "prep", 1), ("Dockworkers", "PROPN", "NNPS", "pobj", 2)],
                        [(0, 4, "ORG")])
    found = sectors(resolver, doc)
    assert found[0][1] == ["LAB"]
    assert found[1] == ("president, Ann Ode", ["LAB"])


def test_a_states_president_stays_its_government(resolver):
    # "Peru re-elected its president , Ann Ode ."
    doc = its_president([("Peru", "PROPN", "NNP", "nsubj", 1)], [(0, 1, "GPE")])
    assert ("president, Ann Ode", ["GOV"]) in sectors(resolver, doc)


def owners_president(owner):
    """"The <owner> 's president , Ann Ode , resigned ." """
    rows = [("The", "DET", "DT", "det", 1), (owner, "NOUN", "NN", "poss", 3), ("'s", "PART", "POS", "case", 1),
            ("president", "NOUN", "NN", "nsubj", 8), (",", "PUNCT", ",", "punct", 3),
            ("Ann", "PROPN", "NNP", "compound", 6), ("Ode", "PROPN", "NNP", "appos", 3),
            (",", "PUNCT", ",", "punct", 3), ("resigned", "VERB", "VBD", "ROOT", 8), (".", "PUNCT", ".", "punct", 8)]
    return parse(rows, [(5, 7, "PERSON")])


def test_the_president_of_a_federation_holds_no_state_office(resolver):
    found = dict(sectors(resolver, owners_president("federation")))
    assert not {"GOV", "LEG"}.intersection(next(s for text, s in found.items() if "Ode" in text))


def test_a_partys_and_a_labour_unions_president_keep_their_bodys_sector(resolver):
    for owner, sector in (("party", "PTY"), ("union", "LAB")):
        found = sectors(resolver, owners_president(owner))
        assert any("Ode" in text and s == [sector] for text, s in found), (owner, found)


def test_the_union_again_and_its_assembly_are_the_union_of_clubs(resolver):
    # "The Union of Rowing Clubs met . The union 's general assembly voted . The assembly adjourned ."
    rows = [("The", "DET", "DT", "det", 1), ("Union", "PROPN", "NNP", "nsubj", 5), ("of", "ADP", "IN", "prep", 1),
            ("Rowing", "PROPN", "NNP", "compound", 4), ("Clubs", "PROPN", "NNPS", "pobj", 2),
            ("met", "VERB", "VBD", "ROOT", 5), (".", "PUNCT", ".", "punct", 5),
            ("The", "DET", "DT", "det", 8), ("union", "NOUN", "NN", "poss", 11), ("'s", "PART", "POS", "case", 8),
            ("general", "ADJ", "JJ", "amod", 11), ("assembly", "NOUN", "NN", "nsubj", 12),
            ("voted", "VERB", "VBD", "ROOT", 12), (".", "PUNCT", ".", "punct", 12),
            ("The", "DET", "DT", "det", 15), ("assembly", "NOUN", "NN", "nsubj", 16),
            ("adjourned", "VERB", "VBD", "ROOT", 16), (".", "PUNCT", ".", "punct", 16)]
    found = sectors(resolver, parse(rows, [(0, 5, "ORG")]))
    assert [s for _, s in found] == [["BUS"], ["BUS"], ["BUS"]], found


def test_the_assembly_alone_is_still_a_legislature(resolver):
    # "The assembly adjourned ."
    rows = [("The", "DET", "DT", "det", 1), ("assembly", "NOUN", "NN", "nsubj", 2),
            ("adjourned", "VERB", "VBD", "ROOT", 2), (".", "PUNCT", ".", "punct", 2)]
    assert sectors(resolver, parse(rows)) == [("The assembly", ["LEG"])]


def bodys_word_president(body):
    """"<body> president Ann Ode resigned ." (the body's word a compound of the office)"""
    rows = [(body, "NOUN", "NN", "compound", 1), ("president", "NOUN", "NN", "compound", 3),
            ("Ann", "PROPN", "NNP", "compound", 3), ("Ode", "PROPN", "NNP", "nsubj", 4),
            ("resigned", "VERB", "VBD", "ROOT", 4), (".", "PUNCT", ".", "punct", 4)]
    return parse(rows, [(2, 4, "PERSON")])


def test_a_clubs_president_named_by_the_clubs_word_holds_no_state_office(resolver):
    # "Club president Ann Ode resigned .", "Federation president ...": the body's word before the office, as "the club's"
    for body in ("Club", "Federation"):
        found = sectors(resolver, bodys_word_president(body))
        assert found and not {"GOV", "LEG"}.intersection(found[0][1]), (body, found)
    # "Senate president Ann Ode resigned .": a state's body keeps its office
    assert not sectors(resolver, bodys_word_president("Senate"))[0][1] == []
