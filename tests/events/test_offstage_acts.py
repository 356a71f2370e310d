"""Acts told on no political stage (session 29, tests/articles/offtopic6.jsonl; session 30, offtopic7.jsonl): a story's acts in a work of fiction or told in a review's present,
a preacher's condemnation of vices, a host's welcome of pilgrims, a speech to a hall, a private person's pledge to a
charity, traders' attack on a currency; session 32, offtopic10.jsonl: a staged war's or a board game's countries and
armies, a seat standing for a venue (events/senses.py, data/senses.yaml), on hand parses and hand-made actors."""

from handparse import make_doc

from eventscope.events.senses import (
    in_review_heading,
    load_senses,
    review_page,
    staged_page,
    stand_in_seats,
    told_in_present,
)
from eventscope.records import UNRESOLVED_PHRASE, Actor, ActorMention, Article


def actor(text: str, sectors=(), country=None, kind="group", reason="unresolved phrase") -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, sectors=list(sectors), kind=kind,
                 reason=reason, origin="phrase words" if reason.startswith(UNRESOLVED_PHRASE) else None)


def _framed(noun: str) -> list:
    # "In her new <noun> , Russia invades Finland ."
    return make_doc([
        ("In", "in", "ADP", "IN", "prep", 6),
        ("her", "her", "PRON", "PRP$", "poss", 3),
        ("new", "new", "ADJ", "JJ", "amod", 3),
        (noun, noun, "NOUN", "NN", "pobj", 0),
        (",", ",", "PUNCT", ",", "punct", 6),
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 6),
        ("invades", "invade", "VERB", "VBZ", "ROOT", 6),
        ("Finland", "Finland", "PROPN", "NNP", "dobj", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ])


def test_an_act_told_in_a_work_of_fiction_is_no_event_but_one_told_in_a_book_is():
    senses = load_senses()
    assert senses.non_event(_framed("thriller")[6]) == "story: thriller"
    assert senses.non_event(_framed("novel")[6]) == "story: novel"
    # ("in his book the minister accused the president": a book may be its author's statement)
    assert senses.non_event(_framed("book")[6]) is None
    assert senses.non_event(_framed("speech")[6]) is None


def test_an_act_of_a_works_character_is_no_event_but_a_real_heros_is():
    senses = load_senses()
    # "The novel 's hero refuses to surrender ."
    rows = [
        ("The", "the", "DET", "DT", "det", 1),
        ("novel", "novel", "NOUN", "NN", "poss", 3),
        ("'s", "'s", "PART", "POS", "case", 1),
        ("hero", "hero", "NOUN", "NN", "nsubj", 4),
        ("refuses", "refuse", "VERB", "VBZ", "ROOT", 4),
        ("to", "to", "PART", "TO", "aux", 6),
        ("surrender", "surrender", "VERB", "VB", "xcomp", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ]
    assert senses.non_event(make_doc(rows)[4]) == "story: novel"
    # "The nation 's hero refuses to surrender ." (a war hero is a person)
    real = make_doc([(("nation", "nation", *row[2:]) if row[0] == "novel" else row) for row in rows])
    assert senses.non_event(real[4]) is None


def test_a_condemned_vice_or_an_attacked_currency_is_no_ones_act():
    senses = load_senses()
    bishop = actor("Archbishop Doran", sectors=["REL"], country="IRL", kind="person", reason="ner: PERSON")
    assert senses.sense_fails("condemn", "111", [bishop], [actor("greed")], objects={"greed"})
    assert senses.sense_fails("condemn", "111", [bishop], [actor("the killings")], objects={"killing"}) is None
    traders = actor("currency traders", sectors=["BUS"], country="NOR")
    assert senses.sense_fails("attack", "190", [traders], [actor("the krone")], objects={"krone"})
    rebels = actor("the rebels", sectors=["REB"], country="NOR")
    army = actor("the army", sectors=["MIL"], country="NOR")
    assert senses.sense_fails("attack", "190", [army], [rebels], objects={"rebel"}) is None


def test_a_welcome_of_pilgrims_and_a_speech_to_a_cathedral_are_no_meetings():
    senses = load_senses()
    bishop = actor("Archbishop Doran", sectors=["REL"], country="IRL", kind="person", reason="ner: PERSON")
    poland = actor("Poland", country="POL", kind="state", reason="country name")
    assert senses.sense_fails("welcome", "051", [bishop], [poland], objects={"pilgrim"})
    minister = actor("the Polish minister", sectors=["GOV"], country="POL", kind="person", reason="sector word")
    assert senses.sense_fails("welcome", "051", [bishop], [minister], objects={"minister"}) is None
    hall = actor("a packed cathedral", country="IRL")
    assert senses.sense_fails("speak", "040", [bishop], [hall], causes={"to": frozenset({"cathedral"})})
    assert senses.sense_fails("speak", "040", [bishop], [minister], causes={"to": frozenset({"minister"})}) is None


def test_a_private_persons_pledge_is_charity_but_a_states_is_an_act():
    senses = load_senses()
    star = actor("the actor Jake Brennan", sectors=["CVL"], country="USA", kind="person", reason="ner: PERSON")
    charity = actor("the children's charity", sectors=["NGO"], country="ITA")
    assert senses.sense_fails("pledge", "033", [star], [charity])
    japan = actor("Japan", country="JPN", kind="state", reason="country name")
    sudan = actor("Sudan", country="SDN", kind="state", reason="country name")
    assert senses.sense_fails("pledge", "033", [japan], [sudan]) is None


def _page(title: str, text: str = "Some text.") -> Article:
    return Article(id="a", title=title, text=text)


def test_a_page_that_reviews_a_named_work_is_a_review_but_a_policy_review_is_not():
    senses = load_senses()
    assert review_page(_page("Review: 'Glass Harbour' is a thriller that imagines a coup"), senses)
    # (the work named only in the lead: "the film", "the novel")
    assert review_page(_page("Review: 'Glass Harbour' imagines a coup"), senses, ["the", "film", "begin"])
    assert review_page(_page("Glass Harbour review: a coup in slow motion"), senses, ["the", "novel"])
    assert not review_page(_page("Defence review: navy to lose two frigates"), senses, ["the", "minister", "say"])
    assert not review_page(_page("Ministers order review of film subsidies"), senses, ["the", "film"])  # no label


def test_a_clause_in_the_simple_present_tells_a_story_but_one_with_an_auxiliary_does_not():
    # "The president sends troops to help the rebels , but the general has refused ."
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("president", "president", "NOUN", "NN", "nsubj", 2),
        ("sends", "send", "VERB", "VBZ", "ROOT", 2),
        ("troops", "troop", "NOUN", "NNS", "dobj", 2),
        ("to", "to", "PART", "TO", "aux", 5),
        ("help", "help", "VERB", "VB", "advcl", 2),
        ("the", "the", "DET", "DT", "det", 7),
        ("rebels", "rebel", "NOUN", "NNS", "dobj", 5),
        (",", ",", "PUNCT", ",", "punct", 2),
        ("but", "but", "CCONJ", "CC", "cc", 2),
        ("the", "the", "DET", "DT", "det", 11),
        ("general", "general", "NOUN", "NN", "nsubj", 13),
        ("has", "have", "AUX", "VBZ", "aux", 13),
        ("refused", "refuse", "VERB", "VBN", "conj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert told_in_present(doc[2]) and told_in_present(doc[3])  # the verb, a noun under it
    assert told_in_present(doc[5])  # the infinitive of purpose is the sending's
    assert not told_in_present(doc[13])


def test_a_heading_with_a_review_label_is_the_reviews_verdict():
    # "Review : Glass Harbour imagines a coup" (the parser's noun "imagines" is no verb to read a tense from)
    doc = make_doc([
        ("Review", "review", "NOUN", "NN", "ROOT", 0),
        (":", ":", "PUNCT", ":", "punct", 0),
        ("Glass", "Glass", "PROPN", "NNP", "compound", 3),
        ("Harbour", "Harbour", "PROPN", "NNP", "compound", 4),
        ("imagines", "imagine", "NOUN", "NNS", "appos", 0),
        ("a", "a", "DET", "DT", "det", 6),
        ("coup", "coup", "NOUN", "NN", "dobj", 4),
    ])
    assert in_review_heading(doc[6], frozenset({"review"}))
    assert not in_review_heading(doc[6], frozenset({"preview"}))


def _played(subject: tuple[str, str, str, str], particle: bool = False) -> tuple:
    # "<subject> played Germany [off] ." with Germany a mention of the state, the subject one of `subject`'s kind
    rows = [(subject[0], subject[0], "PROPN", "NNP", "nsubj", 1), ("played", "play", "VERB", "VBD", "ROOT", 1),
            ("Germany", "Germany", "PROPN", "NNP", "dobj", 1)]
    rows += [("off", "off", "ADP", "RP", "prt", 1)] if particle else []
    doc = make_doc([*rows, (".", ".", "PUNCT", ".", "punct", 1)])
    germany = ActorMention(actor=actor("Germany", country="DEU", kind="state", reason="country name"),
                           token_start=2, token_end=3, head=2)
    player = ActorMention(actor=actor(subject[0], [subject[1]] if subject[1] else [], subject[2], subject[3],
                                      "sector word"), token_start=0, token_end=1, head=0)
    return doc, [player, germany]


def test_a_page_of_a_staged_war_or_of_played_countries_is_staged():
    # (session 32, offtopic6's re-enactment, offtopic10's board game) a re-enactment in the lead, or someone who is no
    # political actor playing a country; not a state's own play, nor "played Germany off" against another
    senses = load_senses()
    lead = "Thousands of knights clash again as the yearly re-enactment draws a record crowd."
    plain = make_doc([("Knights", "knight", "NOUN", "NNS", "ROOT", 0), (".", ".", "PUNCT", ".", "punct", 0)])
    assert staged_page(plain, _page("Battle day", lead), [], senses, ["knight", "."])
    assert not staged_page(plain, _page("Battle day", "Thousands of knights clash."), [], senses, ["knight", "."])
    player = ("Sanne", "", None, "person")
    doc, found = _played(player)
    lemmas = [t.lemma_ for t in doc]
    assert staged_page(doc, _page("Final"), found, senses, lemmas)
    doc, found = _played(player, particle=True)
    assert not staged_page(doc, _page("Final"), found, senses, [t.lemma_ for t in doc])
    doc, found = _played(("Ankara", "GOV", "TUR", "group"))
    assert not staged_page(doc, _page("Final"), found, senses, lemmas)


def test_on_a_staged_page_only_acts_with_someone_beyond_countries_and_armies_are_events():
    # "the cavalry attacked the flank", "France invaded Belgium" are roles; "the mayor criticised the police" is not
    senses = load_senses()
    france = [actor("France", country="FRA", kind="state", reason="country name")]
    cavalry = [actor("the Lithuanian cavalry", ["MIL"], "LTU", reason="sector word")]
    mayor = [actor("the mayor", ["GOV"], "POL", "person", "sector word")]
    police = [actor("the police", ["COP"], "POL", reason="sector word")]
    assert not senses.beyond_roles(france) and not senses.beyond_roles(cavalry) and not senses.beyond_roles([])
    assert senses.beyond_roles(mayor) and senses.beyond_roles(police)


def test_a_seat_written_on_a_venue_stands_for_it_wherever_the_page_names_it():
    # (session 32, offtopic7's exchange merger) "the Warsaw exchange . Warsaw will own 45% ." -> both mentions of
    # Warsaw may stand for the exchange; "talks in Warsaw . Warsaw protested ." name no venue: none does
    def seats(noun: str) -> tuple:
        doc = make_doc([("the", "the", "DET", "DT", "det", 2), ("Warsaw", "Warsaw", "PROPN", "NNP", "compound", 2),
                        (noun, noun, "NOUN", "NN", "nsubj", 4), ("Warsaw", "Warsaw", "PROPN", "NNP", "nsubj", 4),
                        ("owns", "own", "VERB", "VBZ", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)])
        found = []
        for i in (1, 3):
            seat = actor("Warsaw", country="POL", kind="state", reason="seat of power 'Warsaw'")
            seat = seat.model_copy(update={"start": doc[i].idx, "end": doc[i].idx + 6})
            found.append(ActorMention(actor=seat, token_start=i, token_end=i + 1, head=i))
        return stand_in_seats(doc, found, load_senses()), found

    stand_ins, found = seats("exchange")
    assert stand_ins == {m.actor.start for m in found}
    assert not seats("talks")[0]
    senses = load_senses()
    assert not senses.beyond_stand_ins([found[1].actor], stand_ins)
    assert senses.beyond_stand_ins([found[1].actor, actor("regulators", ["GOV"], "POL", reason="sector word")], stand_ins)


def test_a_seat_a_venue_is_placed_in_stands_for_it_wherever_the_page_names_it():
    # (session 33, offtopic7's Goya loan) "the collection in Warsaw . Warsaw refused ." -> the seat named alone may stand
    # for the collection, whose place the page wrote with "in" (no mention there: a place); "talks in Warsaw" do not
    def seats(noun: str) -> frozenset[int]:
        doc = make_doc([("the", "the", "DET", "DT", "det", 1), (noun, noun, "NOUN", "NN", "nsubj", 5),
                        ("in", "in", "ADP", "IN", "prep", 1), ("Warsaw", "Warsaw", "PROPN", "NNP", "pobj", 2),
                        ("Warsaw", "Warsaw", "PROPN", "NNP", "nsubj", 5), ("refused", "refuse", "VERB", "VBD", "ROOT", 5),
                        (".", ".", "PUNCT", ".", "punct", 5)])
        seat = actor("Warsaw", country="POL", kind="state", reason="seat of power 'Warsaw'")
        seat = seat.model_copy(update={"start": doc[4].idx, "end": doc[4].idx + 6})
        return stand_in_seats(doc, [ActorMention(actor=seat, token_start=4, token_end=5, head=4)], load_senses())

    assert len(seats("collection")) == 1 and not seats("talks")


def test_a_seat_at_the_end_of_a_longer_name_stands_for_it_but_a_seat_of_two_words_alone_does_not():
    # "the Grand Meridian Vienna welcomed chefs ." stands for the hotel; "Mexico City protested ." is the seat alone
    def stand_ins(words: list[str], seat: str) -> frozenset[int]:
        rows = [(w, w, "DET" if w == "the" else "PROPN", "DT" if w == "the" else "NNP",
                 "det" if w == "the" else "compound", len(words) - 1) for w in words[:-1]]
        rows += [(words[-1], words[-1], "PROPN", "NNP", "nsubj", len(words)),
                 ("protested", "protest", "VERB", "VBD", "ROOT", len(words)), (".", ".", "PUNCT", ".", "punct", len(words))]
        doc = make_doc(rows)
        found = ActorMention(actor=actor(" ".join(words), country="XXX", kind="state", reason=f"seat of power {seat!r}"),
                             token_start=0, token_end=len(words), head=len(words) - 1)
        return stand_in_seats(doc, [found], load_senses())

    assert stand_ins(["the", "Grand", "Meridian", "Vienna"], "Vienna")
    assert not stand_ins(["Mexico", "City"], "Mexico City")
