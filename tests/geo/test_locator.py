"""Event location over hand-built parses (no model): clause places, actors, hints, fallbacks."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventscope.context import DocumentContext
from eventscope.geo import EventLocator, load_gazetteer
from eventscope.records import Actor, ActorMention, Event, EventType, Span

QUAD_CAMEO = {1: "042", 3: "111", 4: "190"}
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_title) without a model


@pytest.fixture(scope="module")
def locator() -> EventLocator:
    return EventLocator(load_gazetteer())


def parse(rows: list[tuple[str, int, str, str, str]], ents: list[str] | None = None) -> Doc:
    """A Doc from (word, head index, dep, pos, lemma) rows; one sentence."""
    words = [r[0] for r in rows]
    doc = Doc(VOCAB, words=words, spaces=[i + 1 < len(words) and words[i + 1] not in (".", ",", "'s") for i in range(len(words))],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], ents=ents)
    return doc


def actor(doc: Doc, word: str, country: str, kind: str = "state") -> Actor:
    start = doc.text.index(word)
    return Actor(text=word, start=start, end=start + len(word), name=word, country=country, kind=kind)


def event(doc: Doc, trigger: str, source: list[Actor], target: list[Actor], quad: int) -> Event:
    start = doc.text.index(trigger)
    cameo = QUAD_CAMEO[quad]
    return Event(id="e", article_id="a", sentence_index=0,
                 event=EventType(cameo=cameo, cameo_root=cameo[:2], quad_class=quad, goldstein=0.0),
                 trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 evidence=Span(text=doc.text, start=0, end=len(doc.text)), source=source, target=target)


def kharkiv_doc() -> Doc:
    return parse([
        ("Russian", 1, "amod", "ADJ", "russian"), ("forces", 2, "nsubj", "NOUN", "force"),
        ("advanced", 2, "ROOT", "VERB", "advance"), ("in", 2, "prep", "ADP", "in"),
        ("Ukraine", 8, "poss", "PROPN", "Ukraine"), ("'s", 4, "case", "PART", "'s"),
        ("northeastern", 8, "amod", "ADJ", "northeastern"), ("Kharkiv", 8, "compound", "PROPN", "Kharkiv"),
        ("region", 3, "pobj", "NOUN", "region"), (".", 2, "punct", "PUNCT", "."),
    ])


def test_the_region_in_the_event_clause_is_the_location(locator):
    doc = kharkiv_doc()
    coded = locator.locate(doc, event(doc, "advanced", [actor(doc, "Russian", "RUS")], [actor(doc, "Ukraine", "UKR")], 4), [])
    where = coded.location
    assert (where.text, where.name, where.country, where.precision) == ("Kharkiv region", "Kharkiv", "UKR", "admin1")
    assert where.lat == pytest.approx(50.0, abs=0.1) and where.lon == pytest.approx(36.2, abs=0.1)
    assert doc.text[where.start:where.end] == "Kharkiv region"
    assert where.reason == "event clause"
    assert Event.model_validate(coded.model_dump()) == coded  # the record round-trips and validates


def test_the_object_of_a_visit_is_the_location(locator):
    doc = parse([
        ("Putin", 2, "nsubj", "PROPN", "Putin"), ("will", 2, "aux", "AUX", "will"), ("visit", 2, "ROOT", "VERB", "visit"),
        ("Harbin", 2, "dobj", "PROPN", "Harbin"), (".", 2, "punct", "PUNCT", "."),
    ])
    coded = locator.locate(doc, event(doc, "visit", [actor(doc, "Putin", "RUS", "person")], [], 1), [])
    assert (coded.location.name, coded.location.country, coded.location.precision) == ("Harbin", "CHN", "city")


def test_places_standing_for_governments_are_not_locations(locator):
    doc = parse([
        ("Beijing", 1, "nsubj", "PROPN", "Beijing"), ("criticised", 1, "ROOT", "VERB", "criticise"),
        ("Washington", 1, "dobj", "PROPN", "Washington"), (".", 1, "punct", "PUNCT", "."),
    ])
    coded = locator.locate(doc, event(doc, "criticised", [actor(doc, "Beijing", "CHN")], [actor(doc, "Washington", "USA")], 3), [])
    # A statement happens where its source speaks; nothing finer is said, so country level.
    assert (coded.location.name, coded.location.precision, coded.location.reason) == ("China", "country", "actor country")
    assert coded.location.text == "Beijing"


def test_an_explicit_country_hint_tells_same_named_cities_apart(locator):
    doc = parse([
        ("Police", 1, "nsubj", "NOUN", "police"), ("detained", 1, "ROOT", "VERB", "detain"), ("men", 1, "dobj", "NOUN", "man"),
        ("in", 1, "prep", "ADP", "in"), ("Paris", 3, "pobj", "PROPN", "Paris"), (",", 4, "punct", "PUNCT", ","),
        ("Texas", 4, "appos", "PROPN", "Texas"), (".", 1, "punct", "PUNCT", "."),
    ])
    where = locator.locate(doc, event(doc, "detained", [], [], 4), []).location
    assert (where.name, where.country, where.admin1) == ("Paris", "USA", "Texas")


def test_a_name_the_actor_stage_calls_a_person_is_not_a_place(locator):
    doc = parse([
        ("Chad", 1, "nsubj", "PROPN", "Chad"), ("visited", 1, "ROOT", "VERB", "visit"),
        ("Kenya", 1, "dobj", "PROPN", "Kenya"), (".", 1, "punct", "PUNCT", "."),
    ])
    chad = actor(doc, "Chad", "USA", "person")
    mentions = [ActorMention(actor=chad, token_start=0, token_end=1, head=0)]
    context = DocumentContext.of(doc, mentions)
    where = locator.find_location(context, event(doc, "visited", [chad], [actor(doc, "Kenya", "KEN")], 1))
    assert where.name == "Kenya"
    assert [m.text for m in context.places] == ["Kenya"]  # found once per document, kept in its context


def test_without_places_or_actors_there_is_no_location(locator):
    doc = parse([("Officials", 1, "nsubj", "NOUN", "official"), ("met", 1, "ROOT", "VERB", "meet"), (".", 1, "punct", "PUNCT", ".")])
    assert locator.locate(doc, event(doc, "met", [], [], 1), []).location is None


def test_an_event_without_a_place_in_its_sentence_takes_the_article_focus(locator):
    doc = parse([
        ("Talks", 1, "nsubj", "NOUN", "talk"), ("opened", 1, "ROOT", "VERB", "open"), ("in", 1, "prep", "ADP", "in"),
        ("Geneva", 2, "pobj", "PROPN", "Geneva"), (".", 1, "punct", "PUNCT", "."),
        ("Envoys", 6, "nsubj", "NOUN", "envoy"), ("agreed", 6, "ROOT", "VERB", "agree"), (".", 6, "punct", "PUNCT", "."),
    ])
    start = doc.text.index("Envoys")
    swiss = Actor(text="Envoys", start=start, end=start + 6, name="Swiss envoys", country="CHE", kind="group")
    second = event(doc, "agreed", [swiss], [], 1).model_copy(
        update={"evidence": Span(text=doc.text[start:], start=start, end=len(doc.text))})
    where = locator.locate(doc, second, []).location
    assert (where.name, where.country, where.reason) == ("Geneva", "CHE", "article focus")
    # Without actors to agree with, one mention elsewhere is no focus (a digest of unrelated items has none).
    anonymous = second.model_copy(update={"source": []})
    assert locator.locate(doc, anonymous, []).location is None


def test_a_trigger_outside_the_text_does_not_crash(locator):
    doc = kharkiv_doc()
    broken = event(doc, "advanced", [], [actor(doc, "Ukraine", "UKR")], 4).model_copy(
        update={"trigger": Span(text="x", start=len(doc.text) + 5, end=len(doc.text) + 6)})
    assert locator.locate(doc, broken, []).location.country == "UKR"


def test_syntax_overrules_a_ner_label_that_calls_a_place_a_person(locator):
    # The small English model often tags foreign cities PERSON ("Goma"); "the city of Goma" is a place.
    doc = parse([
        ("Rebels", 1, "nsubj", "NOUN", "rebel"), ("shelled", 1, "ROOT", "VERB", "shell"), ("the", 3, "det", "DET", "the"),
        ("city", 1, "dobj", "NOUN", "city"), ("of", 3, "prep", "ADP", "of"), ("Goma", 4, "pobj", "PROPN", "Goma"),
        (".", 1, "punct", "PUNCT", "."),
    ], ents=["O", "O", "O", "O", "O", "B-PERSON", "O"])
    where = locator.locate(doc, event(doc, "shelled", [], [actor(doc, "Rebels", "COD")], 4), []).location
    assert (where.name, where.country, where.precision, where.reason) == ("Goma", "COD", "city", "event clause")


def test_a_person_named_like_a_place_is_not_a_place_outside_locative_syntax(locator):
    doc = parse([
        ("Paris", 1, "nsubj", "PROPN", "Paris"), ("criticised", 1, "ROOT", "VERB", "criticise"),
        ("the", 3, "det", "DET", "the"), ("plan", 1, "dobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", "."),
    ], ents=["B-PERSON", "O", "O", "O", "O"])
    assert locator.place_mentions(DocumentContext.of(doc)) == []


# ---------------------------------------------------------------- water, datelines, venues, namesakes


def test_a_sea_in_the_event_clause_is_the_location_even_against_the_actors(locator):
    # "Ukrainian drones hit a Russian ship in the Black Sea ." with NER's LOC entity starting at "the"
    doc = parse([
        ("Ukrainian", 1, "amod", "ADJ", "ukrainian"), ("drones", 2, "nsubj", "NOUN", "drone"),
        ("hit", 2, "ROOT", "VERB", "hit"), ("a", 5, "det", "DET", "a"), ("Russian", 5, "amod", "ADJ", "russian"),
        ("ship", 2, "dobj", "NOUN", "ship"), ("in", 2, "prep", "ADP", "in"), ("the", 9, "det", "DET", "the"),
        ("Black", 9, "compound", "PROPN", "Black"), ("Sea", 6, "pobj", "PROPN", "Sea"), (".", 2, "punct", "PUNCT", "."),
    ], ents=["B-NORP", "O", "O", "O", "B-NORP", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O"])
    coded = locator.locate(doc, event(doc, "hit", [actor(doc, "Ukrainian", "UKR")], [actor(doc, "Russian", "RUS")], 4), [])
    where = coded.location
    assert (where.text, where.name, where.country, where.precision) == ("Black Sea", "Black Sea", None, "water")


def test_on_a_river_is_a_location(locator):
    doc = parse([
        ("Guards", 1, "nsubj", "NOUN", "guard"), ("stopped", 1, "ROOT", "VERB", "stop"),
        ("boats", 1, "dobj", "NOUN", "boat"), ("on", 1, "prep", "ADP", "on"), ("the", 5, "det", "DET", "the"),
        ("Danube", 3, "pobj", "PROPN", "Danube"), (".", 1, "punct", "PUNCT", "."),
    ])
    where = locator.locate(doc, event(doc, "stopped", [], [], 4), []).location
    assert (where.name, where.precision) == ("Danube", "water")


def dateline_doc(city: str) -> Doc:
    # "CITY , Kenya - Police detained a journalist ." (a dateline the parser hangs off the verb)
    return parse([
        (city, 5, "npadvmod", "PROPN", city), (",", 0, "punct", "PUNCT", ","), ("Kenya", 0, "appos", "PROPN", "Kenya"),
        ("-", 5, "punct", "PUNCT", "-"), ("Police", 5, "nsubj", "NOUN", "police"), ("detained", 5, "ROOT", "VERB", "detain"),
        ("a", 7, "det", "DET", "a"), ("journalist", 5, "dobj", "NOUN", "journalist"), (".", 5, "punct", "PUNCT", "."),
    ])


def test_an_all_capitals_dateline_places_an_event_whose_sentence_names_no_place(locator):
    doc = dateline_doc("NAIROBI")
    where = locator.locate(doc, event(doc, "detained", [actor(doc, "Police", "KEN")], [], 4), []).location
    assert (where.name, where.country, where.precision) == ("Nairobi", "KEN", "city")
    assert where.reason == "dateline"


def test_a_dateline_that_disagrees_with_the_actors_is_not_used(locator):
    doc = dateline_doc("NAIROBI")
    where = locator.locate(doc, event(doc, "detained", [actor(doc, "Police", "SOM")], [], 4), []).location
    assert (where.name, where.reason) == ("Somalia", "actor country")


def test_a_hosting_city_is_the_venue_unless_the_clause_names_another_place(locator):
    rows = [("Paris", 1, "nsubj", "PROPN", "Paris"), ("hosted", 1, "ROOT", "VERB", "host"),
            ("talks", 1, "dobj", "NOUN", "talk")]
    doc = parse([*rows, (".", 1, "punct", "PUNCT", ".")])
    assert locator.locate(doc, event(doc, "hosted", [], [], 1), []).location.name == "Paris"
    doc = parse([*rows, ("in", 1, "prep", "ADP", "in"), ("Lyon", 3, "pobj", "PROPN", "Lyon"), (".", 1, "punct", "PUNCT", ".")])
    assert locator.locate(doc, event(doc, "hosted", [], [], 1), []).location.name == "Lyon"


def test_a_bare_name_shared_by_a_region_and_its_city_is_the_city(locator):
    def shelled(place_rows):
        return parse([("Troops", 1, "nsubj", "NOUN", "troop"), ("shelled", 1, "ROOT", "VERB", "shell"), *place_rows,
                      (".", 1, "punct", "PUNCT", ".")])
    doc = shelled([("Kherson", 1, "dobj", "PROPN", "Kherson")])
    assert locator.locate(doc, event(doc, "shelled", [], [], 4), []).location.precision == "city"
    doc = shelled([("Kherson", 3, "compound", "PROPN", "Kherson"), ("region", 1, "dobj", "NOUN", "region")])
    assert locator.locate(doc, event(doc, "shelled", [], [], 4), []).location.precision == "admin1"


def test_cutting_ties_happens_where_the_source_is(locator):
    doc = parse([("Moscow", 1, "nsubj", "PROPN", "Moscow"), ("expelled", 1, "ROOT", "VERB", "expel"),
                 ("British", 3, "amod", "ADJ", "british"), ("diplomats", 1, "dobj", "NOUN", "diplomat"),
                 (".", 1, "punct", "PUNCT", ".")])
    expel = event(doc, "expelled", [actor(doc, "Moscow", "RUS")], [actor(doc, "British", "GBR")], 4)
    expel = expel.model_copy(update={"event": EventType(cameo="161", cameo_root="16", quad_class=4, goldstein=-4.0)})
    assert locator.locate(doc, expel, []).location.country == "RUS"
    assert locator.locate(doc, event(doc, "expelled", expel.source, expel.target, 4), []).location.country == "GBR"


def test_a_state_is_not_replaced_by_a_namesake_town_elsewhere(locator):
    doc = parse([("Ministers", 1, "nsubj", "NOUN", "minister"), ("visited", 1, "ROOT", "VERB", "visit"),
                 ("California", 1, "dobj", "PROPN", "California"), (".", 1, "punct", "PUNCT", ".")])
    where = locator.locate(doc, event(doc, "visited", [], [], 1), []).location
    assert (where.name, where.precision) == ("California", "admin1")


def test_a_place_inside_a_nearer_one_in_the_clause_is_preferred(locator):
    # "Gunmen attacked a hotel in Kenya in the city of Mombasa ."
    doc = parse([
        ("Gunmen", 1, "nsubj", "NOUN", "gunman"), ("attacked", 1, "ROOT", "VERB", "attack"), ("a", 3, "det", "DET", "a"),
        ("hotel", 1, "dobj", "NOUN", "hotel"), ("in", 3, "prep", "ADP", "in"), ("Kenya", 4, "pobj", "PROPN", "Kenya"),
        ("in", 1, "prep", "ADP", "in"), ("the", 8, "det", "DET", "the"), ("city", 6, "pobj", "NOUN", "city"),
        ("of", 8, "prep", "ADP", "of"), ("Mombasa", 9, "pobj", "PROPN", "Mombasa"), (".", 1, "punct", "PUNCT", "."),
    ])
    where = locator.locate(doc, event(doc, "attacked", [], [], 4), []).location
    assert (where.name, where.country, where.precision) == ("Mombasa", "KEN", "city")


def test_a_place_in_an_author_bio_is_no_context(locator):
    # "Envoys agreed .\nJane Roe is a writer in Oslo ." : the second line is the author's bio, not the story
    doc = parse([
        ("Envoys", 1, "nsubj", "NOUN", "envoy"), ("agreed", 1, "ROOT", "VERB", "agree"), (".", 1, "punct", "PUNCT", "."),
        ("\n", 1, "dep", "SPACE", "\n"), ("Jane", 5, "compound", "PROPN", "Jane"), ("Roe", 6, "nsubj", "PROPN", "Roe"),
        ("is", 6, "ROOT", "AUX", "be"), ("a", 8, "det", "DET", "a"), ("writer", 6, "attr", "NOUN", "writer"),
        ("in", 8, "prep", "ADP", "in"), ("Oslo", 9, "pobj", "PROPN", "Oslo"), (".", 6, "punct", "PUNCT", "."),
    ])
    envoys = actor(doc, "Envoys", "NOR", kind="group")
    agreed = event(doc, "agreed", [envoys], [], 1).model_copy(
        update={"evidence": Span(text="Envoys agreed .", start=0, end=len("Envoys agreed ."))})
    where = locator.locate(doc, agreed, []).location
    assert (where.name, where.reason) == ("Norway", "actor country")


def test_a_capitalised_stop_word_is_not_a_town_but_us_is_the_united_states():
    # "As we said , We met US envoys ." : "As" and "We" spell towns (Aš, Wé) but are function words here
    from eventscope.geo.locator import find_place_mentions

    doc = parse([
        ("As", 2, "mark", "SCONJ", "as"), ("we", 2, "nsubj", "PRON", "we"), ("said", 5, "advcl", "VERB", "say"),
        (",", 5, "punct", "PUNCT", ","), ("We", 5, "nsubj", "PRON", "we"), ("met", 5, "ROOT", "VERB", "meet"),
        ("US", 7, "compound", "PROPN", "US"), ("envoys", 5, "dobj", "NOUN", "envoy"), (".", 5, "punct", "PUNCT", "."),
    ])
    places = find_place_mentions(doc, load_gazetteer(), [])
    assert [(p.text, p.place.country) for p in places] == [("US", "USA")]


def test_words_of_a_longer_proper_name_are_not_towns():
    # "After the Arab Spring , protests spread in Tunis ." : "Arab" and "Spring" spell towns but make one other name
    from eventscope.geo.locator import find_place_mentions

    doc = parse([
        ("After", 6, "prep", "ADP", "after"), ("the", 3, "det", "DET", "the"), ("Arab", 3, "compound", "PROPN", "Arab"),
        ("Spring", 0, "pobj", "PROPN", "Spring"), (",", 6, "punct", "PUNCT", ","),
        ("protests", 6, "nsubj", "NOUN", "protest"), ("spread", 6, "ROOT", "VERB", "spread"), ("in", 6, "prep", "ADP", "in"),
        ("Tunis", 7, "pobj", "PROPN", "Tunis"), (".", 6, "punct", "PUNCT", "."),
    ])
    places = find_place_mentions(doc, load_gazetteer(), [])
    assert [(p.text, p.place.country) for p in places] == [("Tunis", "TUN")]


def police_near(town_rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """"<Nationality> police detained two men near <town rows> ." (the town's first row is token 6)."""
    return parse([
        ("Kenyan", 1, "amod", "ADJ", "kenyan"), ("police", 2, "nsubj", "NOUN", "police"),
        ("detained", 2, "ROOT", "VERB", "detain"), ("two", 4, "nummod", "NUM", "two"), ("men", 2, "dobj", "NOUN", "man"),
        ("near", 2, "prep", "ADP", "near"), *town_rows, (".", 2, "punct", "PUNCT", "."),
    ])


def places_named(doc: Doc, police_country: str | None) -> list[tuple[str, str | None]]:
    from eventscope.geo.locator import find_place_mentions

    mentions = []
    if police_country is not None:
        police = Actor(text="Kenyan police", start=0, end=13, name="police", country=police_country, sectors=["COP"],
                       code=police_country + "COP", kind="group")
        mentions = [ActorMention(actor=police, token_start=0, token_end=2, head=1)]
    return [(m.text, m.place.country) for m in find_place_mentions(doc, load_gazetteer(), mentions, dateline=None)]


def test_a_small_town_of_a_country_the_text_names_nowhere_is_no_place():
    # Alcochete is known only as a Portuguese town of some 10,000 people: in a text about Kenya's police and no
    # other country, the name is more likely a place the gazetteer does not know
    assert places_named(police_near([("Alcochete", 5, "pobj", "PROPN", "Alcochete")]), "KEN") == []


def test_a_small_town_stays_when_the_text_names_its_country_or_no_country_and_a_bigger_town_stays():
    town = [("Alcochete", 5, "pobj", "PROPN", "Alcochete")]
    assert places_named(police_near(town), "PRT") == [("Alcochete", "PRT")]
    assert places_named(police_near(town), None) == [("Alcochete", "PRT")]  # a lone sentence: all there is
    with_country = [("Alcochete", 5, "pobj", "PROPN", "Alcochete"), (",", 6, "punct", "PUNCT", ","),
                    ("Portugal", 6, "appos", "PROPN", "Portugal")]
    assert ("Alcochete", "PRT") in places_named(police_near(with_country), "KEN")
    # a bigger town is one news names without its country
    assert places_named(police_near([("Tarbes", 5, "pobj", "PROPN", "Tarbes")]), "KEN") == [("Tarbes", "FRA")]


def test_a_town_known_abroad_only_by_another_of_its_names_is_no_place():
    # (session 35) "Jermuk" is indexed only as another name of Turkey's Cermik (some 21,000 people): in a text about
    # Kenya's police the story's own town is one the gazetteer does not know; its own name, a big city's other name,
    # and the same name in a text naming Turkey stay places
    assert places_named(police_near([("Jermuk", 5, "pobj", "PROPN", "Jermuk")]), "KEN") == []
    assert places_named(police_near([("Jermuk", 5, "pobj", "PROPN", "Jermuk")]), "TUR") == [("Jermuk", "TUR")]
    assert places_named(police_near([("Cermik", 5, "pobj", "PROPN", "Cermik")]), "KEN") == [("Cermik", "TUR")]
    assert places_named(police_near([("Bombay", 5, "pobj", "PROPN", "Bombay")]), "KEN") == [("Bombay", "IND")]


@pytest.mark.parametrize("town, abbreviation, country",
                         [("Athens", "Ga.", "USA"), ("London", "Ont", "CAN"), ("Athens", "Greece", "GRC")])
def test_a_regions_abbreviation_after_a_comma_says_the_towns_country(locator, town, abbreviation, country):
    # "Police detained men in Athens, Ga." (AP style; the tokenizer may split the final dot off: "Ont", ".")
    doc = parse([
        ("Police", 1, "nsubj", "NOUN", "police"), ("detained", 1, "ROOT", "VERB", "detain"), ("men", 1, "dobj", "NOUN", "man"),
        ("in", 1, "prep", "ADP", "in"), (town, 3, "pobj", "PROPN", town), (",", 4, "punct", "PUNCT", ","),
        (abbreviation, 4, "appos", "PROPN", abbreviation), (".", 1, "punct", "PUNCT", "."),
    ])
    assert locator.locate(doc, event(doc, "detained", [], [], 4), []).location.country == country


def test_the_region_after_a_datelines_town_says_its_country_when_the_parser_runs_it_into_a_name():
    # "MANSFIELD, Ohio - Harlow Axle closed its plant.": the parser reads "Ohio - Harlow Axle" as one company's name;
    # Mansfield is a bigger town in England, and the region after the dateline's comma says which one is meant
    from eventscope.geo.locator import find_place_mentions
    doc = parse([
        ("MANSFIELD", 5, "npadvmod", "PROPN", "Mansfield"), (",", 0, "punct", "PUNCT", ","),
        ("Ohio", 5, "compound", "PROPN", "Ohio"), ("-", 5, "punct", "PUNCT", "-"),
        ("Harlow", 5, "compound", "PROPN", "Harlow"), ("Axle", 6, "nsubj", "PROPN", "Axle"),
        ("closed", 6, "ROOT", "VERB", "close"), ("its", 8, "poss", "PRON", "its"), ("plant", 6, "dobj", "NOUN", "plant"),
        (".", 6, "punct", "PUNCT", "."),
    ], ents=["B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"])
    found = {p.text: p.place.country for p in find_place_mentions(doc, load_gazetteer(), [])}
    assert found.get("MANSFIELD") == "USA", found


@pytest.mark.parametrize(("verb", "lemma", "thing", "usage"), [
    ("pledged", "pledge", "aid", "actor"),  # who receives the aid: no place where anything happens
    ("sold", "sell", "arms", "actor"),
    ("sent", "send", "troops", "locative"),  # where the troops go
])
def test_the_to_object_of_a_word_of_giving_receives(verb, lemma, thing, usage):
    # "Britain <verb> <thing> to Estonia ." (places.yaml recipient_words, session 34)
    from eventscope.geo.locator import find_place_mentions

    doc = parse([
        ("Britain", 1, "nsubj", "PROPN", "Britain"), (verb, 1, "ROOT", "VERB", lemma), (thing, 1, "dobj", "NOUN", thing),
        ("to", 1, "prep", "ADP", "to"), ("Estonia", 3, "pobj", "PROPN", "Estonia"), (".", 1, "punct", "PUNCT", "."),
    ])
    found = {p.text: p.usage for p in find_place_mentions(doc, load_gazetteer(), [])}
    assert found["Estonia"] == usage
