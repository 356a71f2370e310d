"""Heads of international organisations, leader freshness, and double-barrelled surnames (hand-built parses)."""

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from eventscope.actors.dictionary import DictionaryError, LeaderRow, _parse_leaders


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def doc_of(vocab, rows, entities=()):
    """rows: (word, space after, pos, dep, head index); entities: (start, end, label)."""
    ents = ["O"] * len(rows)
    for start, end, label in entities:
        ents[start] = f"B-{label}"
        for i in range(start + 1, end):
            ents[i] = f"I-{label}"
    return Doc(vocab, words=[r[0] for r in rows], spaces=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], ents=ents)


def resolved(resolver, doc, published):
    return [(m.actor.text, m.actor.name, m.actor.code, m.actor.country) for m in resolver.resolve(doc, published)]


def person(dictionary, name):
    return next(p for p in dictionary.people if p.name == name)


def test_igo_heads_hold_offices_of_their_organisation(dictionary):
    rutte = person(dictionary, "Mark Rutte")
    in_2023, in_2025 = rutte.office_on(date(2023, 3, 1)), rutte.office_on(date(2025, 3, 1))
    assert (in_2023.country, in_2023.office, in_2023.organization) == ("NLD", "prime minister", None)
    assert (in_2025.country, in_2025.organization.code, in_2025.office) == ("IGO", "IGONATO", "secretary-general")
    # a former UN chief falls back to his own state, not to "IGO"
    assert person(dictionary, "Ban Ki-moon").home_country == "KOR"


@pytest.mark.parametrize("name, day, code", [
    ("António Guterres", date(2024, 1, 1), "IGOUNO"),
    ("Kofi Annan", date(2003, 1, 1), "IGOUNO"),
    ("Jens Stoltenberg", date(2020, 1, 1), "IGONATO"),
    ("Ursula von der Leyen", date(2022, 1, 1), "IGOEU"),
    ("António Costa", date(2025, 6, 1), "IGOEU"),
    ("Kaja Kallas", date(2025, 6, 1), "IGOEU"),
    ("Rafael Grossi", date(2023, 1, 1), "IGOUNOIAE"),
    ("Tedros Adhanom Ghebreyesus", date(2021, 1, 1), "IGOUNOWHO"),
    ("Kristalina Georgieva", date(2021, 1, 1), "IGOIMF"),
    ("Ajay Banga", date(2024, 1, 1), "IGOWBK"),
])
def test_each_igo_head_is_coded_to_the_organisation(dictionary, name, day, code):
    tenure = person(dictionary, name).office_on(day)
    assert tenure is not None and tenure.organization is not None and tenure.organization.code == code


def test_organisation_offices_are_accepted_only_for_organisations(dictionary):
    un = next(actor for actor in dictionary.named if actor.code == "IGOUNO")
    row = ("test row", LeaderRow(country="FRA", office="director-general", name="Jeanne Exemple", start="2020-01-01"))
    with pytest.raises(DictionaryError, match="unknown office"):
        _parse_leaders([row], {"president"}, {"IGOUNO": un}, {"director-general"})
    row = ("test row", LeaderRow(country="IGOUNO", office="director-general", name="Jeanne Exemple", start="2020-01-01"))
    [made] = _parse_leaders([row], {"president"}, {"IGOUNO": un}, {"director-general"})
    assert made.tenures[0].holder == "United Nations" and made.tenures[0].country == "IGO"


def test_bodies_that_share_a_code_are_named_in_leader_rows_and_hold_their_own_offices(dictionary):
    # (session 21) the EU's bodies are all the codebook's IGOEU; a row names its body, and the Commission's and
    # the Council's presidents at the same time are two offices, not an overlap
    commission, council = (person(dictionary, name).office_on(date(2022, 1, 1))
                           for name in ("Ursula von der Leyen", "Charles Michel"))
    assert commission is not None and council is not None
    assert commission.organization.code == council.organization.code == "IGOEU"
    assert (commission.holder, council.holder) == ("European Commission", "European Council")
    assert commission.organization.sectors == council.organization.sectors == ("GOV",)


@pytest.mark.parametrize("country, office, name, day", [
    ("HUN", "president", "Tamás Sulyok", date(2025, 1, 1)),
    ("DNK", "king", "Frederik X", date(2025, 1, 1)),
    ("ARM", "president", "Vahagn Khachaturyan", date(2024, 1, 1)),
    ("BGD", "president", "Mohammed Shahabuddin", date(2024, 1, 1)),
])
def test_heads_of_state_added_for_stale_countries(dictionary, country, office, name, day):
    tenure = person(dictionary, name).office_on(day)
    assert (tenure.country, tenure.office) == (country, office)


def test_dictionaries_have_no_problems(dictionary):
    assert dictionary.problems == ()


def test_igo_head_resolves_to_the_organisation_in_text(resolver, vocab):
    # "Antonio Guterres urged restraint ."
    doc = doc_of(vocab, [("Antonio", True, "PROPN", "compound", 1), ("Guterres", True, "PROPN", "nsubj", 2),
                         ("urged", True, "VERB", "ROOT", 2), ("restraint", False, "NOUN", "dobj", 2),
                         (".", False, "PUNCT", "punct", 2)], [(0, 2, "PERSON")])
    assert resolved(resolver, doc, date(2024, 5, 1))[0] == ("Antonio Guterres", "António Guterres", "IGOUNO", "IGO")


def test_hyphenated_surname_is_one_name_part(resolver, vocab):
    # "Ben Roberts-Smith lost ." : the NER person is the whole name, never just "Smith"
    doc = doc_of(vocab, [("Ben", True, "PROPN", "compound", 3), ("Roberts", False, "PROPN", "compound", 3),
                         ("-", False, "PUNCT", "punct", 3), ("Smith", True, "PROPN", "nsubj", 4),
                         ("lost", False, "VERB", "ROOT", 4), (".", False, "PUNCT", "punct", 4)], [(0, 4, "PERSON")])
    assert [a[:2] for a in resolved(resolver, doc, date(2024, 5, 1))] == [("Ben Roberts-Smith", "Ben Roberts-Smith")]


def test_leader_alias_inside_a_hyphenated_name_is_not_the_leader(resolver, vocab):
    # "Anna Kallas-Berg spoke ." : "Kallas" is an alias of Kaja Kallas, but this is someone else
    doc = doc_of(vocab, [("Anna", True, "PROPN", "compound", 3), ("Kallas", False, "PROPN", "compound", 3),
                         ("-", False, "PUNCT", "punct", 3), ("Berg", True, "PROPN", "nsubj", 4),
                         ("spoke", False, "VERB", "ROOT", 4), (".", False, "PUNCT", "punct", 4)], [(0, 4, "PERSON")])
    found = resolved(resolver, doc, date(2025, 5, 1))
    assert all(name != "Kaja Kallas" for _, name, _, _ in found)
    assert found and found[0][0] == "Anna Kallas-Berg"


def test_a_later_plain_surname_does_not_corefer_with_a_double_barrelled_one(resolver, vocab):
    # "Ben Roberts-Smith met Smith ." : the second man is not Roberts-Smith
    doc = doc_of(vocab, [("Ben", True, "PROPN", "compound", 3), ("Roberts", False, "PROPN", "compound", 3),
                         ("-", False, "PUNCT", "punct", 3), ("Smith", True, "PROPN", "nsubj", 4),
                         ("met", True, "VERB", "ROOT", 4), ("Smith", False, "PROPN", "dobj", 4),
                         (".", False, "PUNCT", "punct", 4)], [(0, 4, "PERSON"), (5, 6, "PERSON")])
    found = resolved(resolver, doc, date(2024, 5, 1))
    assert [name for _, name, _, _ in found] == ["Ben Roberts-Smith", "Smith"]


def test_two_leaders_joined_by_a_hyphen_are_both_found(resolver, vocab):
    # "The Modi-Albanese talks ended ." : each side of the hyphen is a known leader
    doc = doc_of(vocab, [("The", True, "DET", "det", 4), ("Modi", False, "PROPN", "compound", 4),
                         ("-", False, "PUNCT", "punct", 4), ("Albanese", True, "PROPN", "compound", 4),
                         ("talks", True, "NOUN", "nsubj", 5), ("ended", False, "VERB", "ROOT", 5),
                         (".", False, "PUNCT", "punct", 5)])
    names = [name for _, name, _, _ in resolved(resolver, doc, date(2024, 5, 1))]
    assert "Narendra Modi" in names and "Anthony Albanese" in names
