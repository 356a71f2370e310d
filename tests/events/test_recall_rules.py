"""Acts a coder codes that the bare trigger words missed: working together, joining an armed group, taking up
and laying down arms, arrivals, joining a search, and "we" in a quote (hand-built parses)."""

from handparse import context_for, make_doc, mention


def of_sector(found, sector):
    """A mention whose actor has a sector (the dictionary's: a minister GOV, soldiers MIL)."""
    found.actor.sectors = [sector]
    return found


def code(coder, doc, mentions):
    return [(e.event.plover, e.event.cameo, [a.country for a in e.source], [a.country for a in e.target], e.modality)
            for e in coder.code(context_for(doc, mentions))]


def test_parties_that_worked_together_cooperate(coder):
    # "Kenyan and Somali officials worked together."
    doc = make_doc([
        ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Somali", "somali", "ADJ", "JJ", "conj", 0),
        ("officials", "official", "NOUN", "NNS", "nsubj", 4),
        ("worked", "work", "VERB", "VBD", "ROOT", 4),
        ("together", "together", "ADV", "RB", "advmod", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ])
    events = code(coder, doc, [mention(doc, 0, 1, "Kenya", "KEN"), mention(doc, 2, 4, "Somalia", "SOM")])
    assert [e[:2] for e in events] == [("COOPERATE", "060")]


def test_joining_an_armed_group_is_military_cooperation_but_joining_a_club_is_nothing(coder):
    def joined(noun):
        doc = make_doc([
            ("Fighters", "fighter", "NOUN", "NNS", "nsubj", 1),
            ("joined", "join", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            (noun, noun, "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ])
        return code(coder, doc, [mention(doc, 0, 1, "Chadian fighters", "TCD", "group")])

    assert [e[:2] for e in joined("militia")] == [("COOPERATE", "062")]
    assert joined("club") == []


def _arms_doc(verb, lemma, particle):
    # "The rebels took up arms." / "The rebels laid down their arms."
    return make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
        (verb, lemma, "VERB", "VBD", "ROOT", 2),
        (particle, particle, "ADP", "RP", "prt", 2),
        ("their", "their", "PRON", "PRP$", "poss", 5),
        ("arms", "arm", "NOUN", "NNS", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])


def test_taking_up_arms_is_fighting_and_laying_them_down_a_retreat(coder):
    up = _arms_doc("took", "take", "up")
    down = _arms_doc("laid", "lay", "down")
    assert [e[:2] for e in code(coder, up, [mention(up, 0, 2, "rebels", "COL", "group")])] == [("ASSAULT", "190")]
    assert [e[:2] for e in code(coder, down, [mention(down, 0, 2, "rebels", "COL", "group")])] == [("RETREAT", "0874")]


def test_a_leader_who_lands_in_a_country_visits_it(coder):
    # "The president landed in Lagos."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("president", "president", "NOUN", "NN", "nsubj", 2),
        ("landed", "land", "VERB", "VBD", "ROOT", 2),
        ("in", "in", "ADP", "IN", "prep", 2),
        ("Lagos", "Lagos", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "the president", "USA", "person"), mention(doc, 4, 5, "Nigeria", "NGA")])
    assert events == [("CONSULT", "042", ["USA"], ["NGA"], "asserted")]


def test_ships_that_join_a_search_aid_it(coder):
    # "Navy ships joined the search."
    doc = make_doc([
        ("Navy", "navy", "PROPN", "NNP", "compound", 1),
        ("ships", "ship", "NOUN", "NNS", "nsubj", 2),
        ("joined", "join", "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        ("search", "search", "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    events = code(coder, doc, [mention(doc, 0, 2, "Navy", "AUS", "group")])
    assert [e[:3] for e in events] == [("AID", "073", ["AUS"])]


def test_we_in_a_quote_is_whoever_says_it(coder):
    # '"We stand ready to help," the minister said.'
    doc = make_doc([
        ('"', '"', "PUNCT", "``", "punct", 7),
        ("We", "we", "PRON", "PRP", "nsubj", 2),
        ("stand", "stand", "VERB", "VBP", "ccomp", 7),
        ("ready", "ready", "ADJ", "JJ", "acomp", 2),
        ("to", "to", "PART", "TO", "aux", 5),
        ("help", "help", "VERB", "VB", "xcomp", 3),
        (",", ",", "PUNCT", ",", "punct", 7),
        ("said", "say", "VERB", "VBD", "ROOT", 7),
        ("the", "the", "DET", "DT", "det", 9),
        ("minister", "minister", "NOUN", "NN", "nsubj", 7),
        (".", ".", "PUNCT", ".", "punct", 7),
    ])
    events = code(coder, doc, [of_sector(mention(doc, 8, 10, "the minister", "GBR", "person"), "GOV")])
    assert [e[2] for e in events] == [["GBR"]]
    assert events[0][0] in ("AID", "AGREE")


def test_officials_from_a_list_of_countries_are_one_target_per_country(coder):
    # "The minister met officials from Germany, Italy and Spain." (the actor layer names the officials by
    # the first country)
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("minister", "minister", "NOUN", "NN", "nsubj", 2),
        ("met", "meet", "VERB", "VBD", "ROOT", 2),
        ("officials", "official", "NOUN", "NNS", "dobj", 2),
        ("from", "from", "ADP", "IN", "prep", 3),
        ("Germany", "Germany", "PROPN", "NNP", "pobj", 4),
        (",", ",", "PUNCT", ",", "punct", 5),
        ("Italy", "Italy", "PROPN", "NNP", "conj", 5),
        ("and", "and", "CCONJ", "CC", "cc", 7),
        ("Spain", "Spain", "PROPN", "NNP", "conj", 7),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    mentions = [of_sector(mention(doc, 0, 2, "the minister", "FRA", "person"), "GOV"),
                of_sector(mention(doc, 3, 4, "officials", "DEU"), "GOV"), mention(doc, 5, 6, "Germany", "DEU"),
                mention(doc, 7, 8, "Italy", "ITA"), mention(doc, 9, 10, "Spain", "ESP")]
    event, = coder.code(context_for(doc, mentions))
    assert [(a.country, a.sectors) for a in event.target] == [("DEU", ["GOV"]), ("ITA", ["GOV"]), ("ESP", ["GOV"])]


def _search_doc(word, lemma, modal):
    # "Ships from Japan, Korea and Chile [would] search the sea." (the parser reads Korea as an apposition)
    rows = [
        ("Ships", "ship", "NOUN", "NNS", "nsubj", 8),
        ("from", "from", "ADP", "IN", "prep", 0),
        ("Japan", "Japan", "PROPN", "NNP", "pobj", 1),
        (",", ",", "PUNCT", ",", "punct", 2),
        ("Korea", "Korea", "PROPN", "NNP", "appos", 2),
        ("and", "and", "CCONJ", "CC", "cc", 4),
        ("Chile", "Chile", "PROPN", "NNP", "conj", 4),
        (modal or "will", modal or "will", "AUX", "MD", "aux", 8),
        (word, lemma, "VERB", "VB" if modal else "VBD", "ROOT", 8),
        ("the", "the", "DET", "DT", "det", 10),
        ("sea", "sea", "NOUN", "NN", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ]
    if not modal:
        del rows[7]
        rows = [(*row[:5], row[5] - (row[5] > 7)) for row in rows]
    doc = make_doc(rows)
    return doc, [mention(doc, 2, 3, "Japan", "JPN", "state"), mention(doc, 4, 5, "South Korea", "KOR", "state"),
                 mention(doc, 6, 7, "Chile", "CHL", "state")]


def test_states_searching_the_sea_aid_each_listed_state_a_source(coder):
    events = code(coder, *_search_doc("searched", "search", None))
    assert [e[:3] for e in events] == [("AID", "073", ["JPN", "KOR", "CHL"])]


def test_police_searching_a_house_aid_no_one(coder):
    doc = make_doc([
        ("Police", "police", "NOUN", "NNS", "nsubj", 1),
        ("searched", "search", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("house", "house", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert code(coder, doc, [of_sector(mention(doc, 0, 1, "police", "GBR"), "COP")]) == []


def test_in_an_article_an_act_someone_would_do_is_that_act_told_for_later(article_coder):
    # the codebook: a concrete act announced for later keeps its own type, modality future
    events = code(article_coder, *_search_doc("search", "search", "would"))
    assert [e[:2] for e in events] == [("AID", "073")] and events[0][4] != "asserted"


def test_troops_massed_or_warships_dispatched_mobilize(coder):
    massed = make_doc([
        ("Troops", "troop", "NOUN", "NNS", "nsubj", 1),
        ("massed", "mass", "VERB", "VBD", "ROOT", 1),
        ("along", "along", "ADP", "IN", "prep", 1),
        ("the", "the", "DET", "DT", "det", 4),
        ("border", "border", "NOUN", "NN", "pobj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    sent = make_doc([
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1),
        ("dispatched", "dispatch", "VERB", "VBD", "ROOT", 1),
        ("warships", "warship", "NOUN", "NNS", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    troops = of_sector(mention(massed, 0, 1, "troops", "PAK"), "MIL")
    assert [e[:3] for e in code(coder, massed, [troops])] == [("MOBILIZE", "154", ["PAK"])]
    assert [e[:3] for e in code(coder, sent, [mention(sent, 0, 1, "Japan", "JPN", "state")])] == [
        ("MOBILIZE", "154", ["JPN"])]


def test_an_insurgency_waged_against_a_state_is_an_assault(coder):
    # "The rebels waged an insurgency against Mali."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
        ("waged", "wage", "VERB", "VBD", "ROOT", 2),
        ("an", "an", "DET", "DT", "det", 4),
        ("insurgency", "insurgency", "NOUN", "NN", "dobj", 2),
        ("against", "against", "ADP", "IN", "prep", 4),
        ("Mali", "Mali", "PROPN", "NNP", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    rebels = of_sector(mention(doc, 0, 2, "the rebels", "MLI"), "REB")
    events = code(coder, doc, [rebels, mention(doc, 6, 7, "Mali", "MLI", "state")])
    assert [e[:4] for e in events] == [("ASSAULT", "190", ["MLI"], ["MLI"])]


def test_slashing_a_person_is_an_assault_but_slashing_prices_is_not(coder):
    def slashed(noun, lemma, found):
        doc = make_doc([
            ("Gunmen", "gunman", "NOUN", "NNS", "nsubj", 1),
            ("slashed", "slash", "VERB", "VBD", "ROOT", 1),
            (noun, lemma, "NOUN", "NNS", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ])
        return code(coder, doc, [mention(doc, 0, 1, "gunmen", "MEX")] + found(doc))

    assert [e[:2] for e in slashed("villagers", "villager",
                                   lambda d: [mention(d, 2, 3, "villagers", "MEX")])] == [("ASSAULT", "182")]
    assert slashed("prices", "price", lambda d: []) == []
