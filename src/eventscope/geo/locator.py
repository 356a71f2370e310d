"""Event location: which place, of those a sentence names, is where the event happened.

Order of preference (issue #5): a place in the event's own clause ("advances in Ukraine's Kharkiv region",
"visit Harbin", "a visit to China", "in the Black Sea"; a place inside a nearer one wins, "in Kenya in the city of
Mombasa"), else the nearest place in the sentence that agrees with the actors, else the article's focus, else its
dateline ("KYIV, March 10 -") if that agrees with the actors, else the actors' country. Places that stand for
governments ("Beijing said", "ties between Moscow and Beijing") are actors, not locations, unless the syntax makes
them locative; water is never an actor.

Place mentions are found once per document (kept in its DocumentContext) and shared by all its events.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, ORTH, SPACY
from spacy.tokens import Doc, Token

from eventscope.context import Dateline, DocumentContext, find_dateline
from eventscope.geo.clauses import clause_hops
from eventscope.geo.gazetteer import Gazetteer, GazetteerData, Place, abbreviation_key, normalise
from eventscope.ontology import load_ontology
from eventscope.records import Actor, ActorMention, Event, EventDraft, Location

__all__ = ["EventLocator", "PlaceMention", "find_place_mentions"]

# venue: the subject of a hosting verb ("Paris hosted a conference"), a place only when the clause names no other.
# dateline: the all-capitals place at the head of a report ("KYIV, March 10 (Reuters) -"), where it was filed.
Usage = Literal["locative", "venue", "dateline", "modifier", "actor", "other"]
MAX_NAME_TOKENS = 4
CACHE_KEY = "eventscope.geo.mentions"
# Entity labels under which a capitalised word is not a place, whatever the gazetteer says.
NON_PLACE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
NON_PLACE_ACTOR_KINDS = frozenset({"person", "organization"})
# Deeper than this, a place modifies some noun inside the clause ("a way of ending the dispute in Chad").
MAX_CLAUSE_HOPS = 4
# Inner words allowed in a multi-word name ("Bosnia and Herzegovina", "Isle of Man").
NAME_CONNECTORS = frozenset({"of", "and", "the", "de", "al", "el", "-", "'s"})
PRECISION_RANK = {"city": 0, "water": 1, "admin1": 2, "country": 3}
# Below this many people, a town of a country the document names nowhere is not taken for that town
# (`_small_town_abroad`).
SMALL_TOWN_POPULATION = 20000
# ... and below this many, a town known by that name only as one of its other names (another language's spelling:
# "Jermuk" for Turkey's Cermik), where the story's own town is one the gazetteer does not know (session 35).
ALIAS_TOWN_POPULATION = 100000


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text: tokens [start, end) (with a trailing region word), its syntactic head and role.

    `place` is the best candidate given the document; `place_for` re-ranks the candidates for one event.
    """

    start: int
    end: int
    head: int
    char_start: int
    char_end: int
    text: str
    place: Place
    usage: Usage
    candidates: tuple[tuple[Place, float], ...] = ()
    hints: frozenset[str] = frozenset()
    doc_countries: frozenset[str] = frozenset()
    want: str | None = None

    def place_for(self, actor_countries: list[str]) -> Place:
        """The candidate best supported by this event's actors as well as the document."""
        if len(self.candidates) < 2 or not actor_countries:
            return self.place
        return _choose_place(list(self.candidates), set(self.hints), set(self.doc_countries) | set(actor_countries), self.want)


class _TokenTexts:
    """Token texts and trailing spaces of a document, read from one attribute array: making a Token object
    for each word cost more than the rest of the place search. `capitalised` lists title- or upper-case tokens."""

    def __init__(self, doc: Doc) -> None:
        # Column by column: a list per row made a few hundred container objects per document, and the garbage
        # collections they set off cost more than the rest of this class.
        columns = doc.to_array([ORTH, SPACY, IS_TITLE, IS_UPPER]) if len(doc) else numpy.zeros((0, 4), dtype="uint64")
        self.size = len(columns)
        self._orths = columns[:, 0].tolist()
        self._spaces = [" " if space else "" for space in columns[:, 1].tolist()]
        self._strings = doc.vocab.strings
        self.capitalised = numpy.flatnonzero(numpy.bitwise_or(columns[:, 2], columns[:, 3])).tolist()

    def text(self, i: int) -> str:
        return self._strings[self._orths[i]] if 0 <= i < self.size else ""

    def space(self, i: int) -> str:
        return self._spaces[i]


def _name_end(words: _TokenTexts, start: int, gazetteer: Gazetteer) -> tuple[int, str] | None:
    """End and normalised key of the longest gazetteer name starting at token `start`, or None."""
    first = words.text(start)
    if not gazetteer.may_start_name(first):
        return None  # most capitalised words start no place name: one set lookup instead of four
    if not gazetteer.may_start_longer_name(first) or (
        start + 1 < words.size and not gazetteer.may_continue_name(first + words.space(start) + words.text(start + 1))
    ):
        key = normalise(first)
        return (start + 1, key) if gazetteer.knows(key) else None
    for end in range(min(words.size, start + MAX_NAME_TOKENS), start, -1):
        if not words.text(end - 1)[:1].isupper():
            continue
        inner = [words.text(j) for j in range(start + 1, end - 1)]
        if any(not (w[:1].isupper() or w.lower() in NAME_CONNECTORS) for w in inner):
            continue
        key = normalise("".join(words.text(j) + words.space(j) for j in range(start, end - 1)) + words.text(end - 1))
        if gazetteer.knows(key):
            return end, key
    return None


def _part_of_longer_name(doc: Doc, start: int, end: int, allowed_next: frozenset[str]) -> bool:
    """True when NER puts the words inside a longer name ("Far" in "Far East", "Kharkiv" in "Kharkiv Regional
    Administration"); a following region or city word does not count ("Heilongjiang province")."""
    if doc[start].ent_iob_ == "I" and not (start > 0 and doc[start - 1].lower_ in ("in", "at", ",")) and not (
        start > 0 and doc[start - 1].ent_iob_ == "B" and doc[start - 1].lower_ == "the"
    ):
        return True  # (an entity that swallows "... in Bangkok" is a tagging slip; "the Black Sea" is the name)
    return end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].lower_ not in allowed_next


def _inside_proper_name(doc: Doc, start: int, end: int, place_words: frozenset[str]) -> bool:
    """True when the words are joined by `compound` to a capitalised proper noun right beside them that no
    gazetteer name covers: they are part of that other name ("the Arab Spring" is neither Arab, Alabama nor
    Spring, Texas), unless that word says what kind of place it is ("Kharkiv Oblast", "Tunis Airport")."""
    root = doc[start:end].root
    if end < len(doc):
        after = doc[end]
        if (root.dep_ == "compound" and root.head.i == end and after.pos_ == "PROPN" and after.text[:1].isupper()
                and after.lower_ not in place_words):
            return True
    if start > 0:
        before = doc[start - 1]
        return (before.dep_ == "compound" and before.head.i == root.i and before.pos_ == "PROPN"
                and before.text[:1].isupper() and before.ent_type_ not in ("GPE", "LOC", "FAC"))
    return False


def _choose_place(
    candidates: list[tuple[Place, float]], hint_countries: set[str], doc_countries: set[str], want: str | None
) -> Place:
    """The candidate best supported by context: explicit country hints, the document's countries, the kind asked for."""

    def score(pair: tuple[Place, float]) -> float:
        place, base = pair
        # Explicit hints ("Paris, Texas") outweigh population; the document's countries only break near-ties.
        bonus = 3.0 * (place.country in hint_countries) + 0.5 * (place.country in doc_countries)
        if want is not None and place.kind == want:
            bonus += 4.0
        return base + bonus

    place = max(candidates, key=score)[0]
    if place.kind == "admin1" and want is None:
        # A bare name shared by a region and its namesake city is the city in news ("shelled Kherson");
        # "the Kherson region" asks for the region.
        place = _namesake_city(place, candidates) or place
    if want == "admin1" and place.kind == "city":  # "Zaporizhzhia region" known only as a city: its region
        place = dataclasses.replace(place, kind="admin1", geonames_id=None)
    return place


def _small_town_abroad(candidates: tuple[tuple[Place, float], ...], doc_countries: frozenset[str],
                       name: str = "") -> bool:
    """Whether a name is known only as small towns of countries the document names nowhere ("the massacre at Moura"
    in a story on Mali, "a base in Lincolnshire" in one on Britain): a town abroad is told with its country ("Moura,
    Portugal", "the Portuguese town of Moura"), so the name is more likely a place the gazetteer does not know, in
    the countries the story is about. Not when the document names no country, as a lone sentence may not."""
    key = normalise(name)
    return bool(doc_countries) and all(
        place.kind == "city" and place.country not in doc_countries and (place.population or 0) < (
            SMALL_TOWN_POPULATION if not key or normalise(place.name) == key else ALIAS_TOWN_POPULATION)
        for place, _ in candidates)


def _namesake_city(region: Place, candidates: list[tuple[Place, float]]) -> Place | None:
    """The region's own city among the candidates for its name (inside it, or its seat): Kherson for Kherson
    oblast, but not California, Maryland for the state of California."""
    return next((p for p, _ in candidates if p.kind == "city" and p.country == region.country
                 and (p.admin1 == region.name or (p.lat, p.lon) == (region.lat, region.lon))), None)


def _usage(token: Token, name_heads: set[int], data: GazetteerData) -> Usage:
    """What a place name does in its sentence, from the dependency parse."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "Moscow and Beijing": the first conjunct decides
        token = token.head
    if token.dep_ == "appos":
        if token.head.i in name_heads:
            return "modifier"  # "Harbin, China"
        token = token.head  # "the Serbian capital, Belgrade": the noun it renames decides
    dep, head = token.dep_, token.head
    if dep == "pobj":
        preposition = head.lower_
        governor = head.head
        if preposition in data.locative_prepositions:
            return "locative"
        if preposition in ("on", "of") and governor.lemma_.lower() in data.place_taking_words:
            return "locative"  # "an attack on Kyiv", "the invasion of Ukraine"
        if _served_by_office(token, data):
            return "modifier"  # "the mayor of Lyon": whose the office is, not where anything happens
        if preposition == "from" and governor.lemma_.lower() in data.departure_words:
            return "locative"  # "withdrew from Aden"
        if preposition == "of" and governor.lemma_.lower() in data.place_nouns and governor.i != token.i:
            return "locative" if _usage(governor, name_heads, data) == "locative" else "other"  # "areas of Kharkiv"
        return "actor" if preposition in data.actor_prepositions else "other"
    if dep in ("dobj", "attr"):
        return "locative" if head.lemma_.lower() in data.place_taking_words else "actor"
    if dep == "nsubj" and head.lemma_.lower() in data.venue_verbs:
        return "venue"  # "Paris hosted a conference"
    if dep == "nsubjpass" and head.lemma_.lower() in data.place_taking_words:
        return "locative"  # "Kharkiv was hit by a missile"
    if dep in ("nsubj", "nsubjpass", "agent", "dative"):
        return "actor"
    if dep in ("poss", "compound", "nmod", "appos"):
        # "Ukraine's Kharkiv region", "Harbin, China": a hint for another name; "China's approach": an actor
        if head.i in name_heads:
            return "modifier"
        return "actor" if dep == "poss" else "other"
    return "other"


def _receives(token: Token, data: GazetteerData) -> bool:
    """Whether a name is the "to" object of a word of giving ("pledged aid to Ukraine"; places.yaml recipient_words)."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "aid to Ukraine and Moldova"
        token = token.head
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ == "to" \
        and preposition.head.lemma_.lower() in data.recipient_words


def _water_usage(head: Token, usage: Usage, data: GazetteerData) -> Usage:
    """Water is never an actor: as an object it is where the event happens ("closed the Strait of Hormuz",
    "crossed the Dnipro River", "on the Red Sea"); as a subject ("the Danube flooded") it is no place."""
    if head.dep_ in ("dobj", "nsubjpass", "attr") or (head.dep_ == "pobj" and head.head.lower_ in data.water_prepositions):
        return "locative"
    return "other" if usage == "actor" else usage


@dataclass(frozen=True, slots=True)
class _Name:
    """A gazetteer name found in pass 1: tokens [start, end) including a region word, and what it may be."""

    start: int
    end: int
    head: int
    want: str | None
    candidates: tuple[tuple[Place, float], ...]


def _served_by_office(token: Token, data: GazetteerData) -> bool:
    """`token` is the "of" object of an office or body ("the mayor of Lyon": places.yaml jurisdiction_words)."""
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ == "of" and \
        preposition.head.lemma_.lower() in data.jurisdiction_words


def _served_place(doc: Doc, mention: ActorMention, data: GazetteerData) -> bool:
    """A one-word name only the entity recogniser made a person or firm, served by an office ("the mayor of Lyon"),
    is a place: the recogniser calls many foreign cities persons or firms."""
    return mention.actor.reason.startswith("ner:") and mention.token_end - mention.token_start == 1 and \
        _served_by_office(doc[mention.token_start], data)


def _function_word(token: Token, length: int, best: Place) -> bool:
    """A capitalised stop word alone ("We", "As", "Since" opening a sentence) is not a place, whatever town shares
    its spelling; an upper-case country abbreviation ("US") still is."""
    return length == 1 and token.is_stop and not (token.text.isupper() and best.kind == "country")


def _common_word(words: _TokenTexts, name: _Name, usage: Usage, common_words: frozenset[str],
                 name_starts: set[int]) -> bool:
    """An ordinary English word that some town is named ("Human rights groups", "Young people", "Free trade":
    places.yaml common_words) is no place unless the syntax makes it one: where something happens ("an attack in
    Nice"), a dateline, a place word beside it ("the city of Hail", "Unity state"), a place named after a comma
    ("Mobile, Alabama")."""
    if name.end - name.start != 1 or usage in ("locative", "dateline") or name.want is not None:
        return False
    if words.text(name.end) == "," and name.end + 1 in name_starts:
        return False
    return normalise(words.text(name.start)) in common_words


def _nationality_word(name: _Name, usage: Usage, actor_country: dict[int, str]) -> bool:
    """A word inside an actor of a country that no town or region of its spelling lies in is that actor's
    nationality, not a place ("Turk officials" is no town in India, "Somali officials" no region of Ethiopia),
    unless the syntax makes it a place ("the Somali region"). (A country's name stays: "the Congo government".)"""
    country = actor_country.get(name.start)
    return (name.end - name.start == 1 and country is not None and usage not in ("locative", "dateline")
            and name.want is None and name.candidates[0][0].kind in ("city", "admin1")
            and all(place.country != country for place, _ in name.candidates))


def _place_names(doc: Doc, words: _TokenTexts, gazetteer: Gazetteer, non_place_tokens: set[int],
                 dateline_region: range = range(0)) -> list[_Name]:
    """Pass 1 of find_place_mentions: the spans of place names, with the kind their neighbours ask for and the token
    that carries their role. `dateline_region`: the tokens after the dateline's town and before its text ("MANSFIELD,
    Ohio -"), where a name is a place even when the parser runs it into the name after it ("Ohio - Harlow Axle")."""
    data = gazetteer.data
    names: list[_Name] = []
    name_words = data.region_words | data.city_words
    place_words = name_words | data.place_nouns
    resume = 0  # the first token not inside a name already found
    for i in words.capitalised:
        if i < resume or i in non_place_tokens or words.text(i) in ("The", "THE"):  # "The Russia-Ukraine conflict"
            continue
        found_name = _name_end(words, i, gazetteer)
        if found_name is None or any(j in non_place_tokens for j in range(i, found_name[0])):
            continue
        end, key = found_name
        resume = end
        candidates = tuple(gazetteer.lookup_key(key))
        if (i not in dateline_region and (_part_of_longer_name(doc, i, end, name_words)
                                          or _inside_proper_name(doc, i, end, place_words))) or (
            key.isalpha() and len(key) <= 3 and words.text(i).isupper() and candidates[0][0].kind != "country"  # "US" yes, "BA" no
        ) or _function_word(doc[i], end - i, candidates[0][0]):
            continue
        following = words.text(end).lower()
        want: str | None = None
        span_end = end
        if following in data.region_words:
            want, span_end = "admin1", end + 1
        elif following in data.city_words or (words.text(i - 2).lower() in data.city_words and words.text(i - 1) == "of"):
            want = "city"
        head = span_end - 1 if span_end > end else doc[i:end].root.i
        names.append(_Name(i, span_end, head, want, candidates))
        resume = span_end
    return names


def regions_named_like_countries(doc: Doc, gazetteer: Gazetteer, text: str | None = None) -> dict[str, str]:
    """The country names (places.yaml region_namesakes) this document uses for the region of another country
    named so, by normalised name -> the region's country: those where it also names a place whose best reading
    lies inside that region ("Georgia" with "ATLANTA -" or "Savannah" is the US state). Most documents name no
    such country, and cost one scan of their text (`text`: the document's, when the caller holds it; `Doc.text`
    rebuilds it)."""
    namesakes = gazetteer.data.region_namesakes
    lowered = (doc.text if text is None else text).lower()
    named = {key: country for key, country in namesakes.items() if key in lowered}
    if not named:
        return {}
    meant: dict[str, str] = {}
    for name in _place_names(doc, _TokenTexts(doc), gazetteer, set()):
        best = name.candidates[0][0]
        region = normalise(best.admin1) if best.kind == "city" and best.admin1 else None
        if region is not None and best.country is not None and named.get(region) == best.country:
            meant[region] = best.country
    return meant


def find_place_mentions(doc: Doc, gazetteer: Gazetteer, mentions: list[ActorMention],
                        dateline: Dateline | None | bool = True,
                        regions: dict[str, str] | None = None,
                        not_countries: frozenset[str] | None = None) -> list[PlaceMention]:
    """Every place named in the document, resolved against the gazetteer with its context (`dateline`: the
    context's, None when it has none; left out, it is found here). `regions`: country names the document uses
    for a region of another country (`regions_named_like_countries`), read as that region. `not_countries`:
    the codes of no country (IGO, WST: the ontology's; left out, the bundled ontology's)."""
    data = gazetteer.data
    if not_countries is None:
        not_countries = load_ontology().non_state_codes
    if isinstance(dateline, bool):
        dateline = find_dateline(doc) if dateline else None
    non_place_tokens = {
        i for m in mentions if m.actor.kind in NON_PLACE_ACTOR_KINDS and not _served_place(doc, m, data)
        for i in range(m.token_start, m.token_end)
    }
    words = _TokenTexts(doc)
    n = words.size
    dateline_region = range(dateline.place_end, dateline.text_start) if dateline is not None else range(0)
    names = _place_names(doc, words, gazetteer, non_place_tokens, dateline_region)

    # Pass 2: the role of each name. NER's sm model often calls foreign places persons or organisations, so
    # its label vetoes a name only where the syntax does not make it a place ("visited Kyiv", "city of Goma").
    name_heads = {name.head for name in names}
    name_starts = {name.start for name in names}
    actor_country = {i: m.actor.country for m in mentions if m.actor.country and m.actor.country not in not_countries
                     for i in range(m.token_start, m.token_end)}
    kept: list[tuple[_Name, Usage]] = []
    for name in names:
        in_dateline = dateline is not None and dateline.start <= name.start < dateline.place_end
        usage = "dateline" if in_dateline else _usage(doc[name.head], name_heads, data)
        if usage in ("actor", "other") and name.candidates[0][0].kind == "water":
            usage = _water_usage(doc[name.head], usage, data)
        if usage == "locative" and name.candidates[0][0].kind == "country" and _receives(doc[name.head], data):
            usage = "actor"  # "pledged aid to Ukraine": who receives, not where (a region sold to stays a place)
        ner_says_other = any(doc[j].ent_type_ in NON_PLACE_ENTITIES for j in range(name.start, name.end))
        # (the region after the dateline's town, "MANSFIELD, Ohio - Harlow Axle said", is a place whatever entity
        # the parser runs it into)
        if ner_says_other and usage not in ("locative", "dateline") and name.want is None and \
                name.start not in dateline_region and not _served_by_office(doc[name.head], data):
            continue
        if _common_word(words, name, usage, data.common_words, name_starts) or _nationality_word(name, usage, actor_country):
            continue
        kept.append((name, usage))

    # Pass 3: choose each name's place, country-aware: explicit hints first, then the document's countries.
    country_of_token: dict[int, str] = {}  # tokens of names that settle a country: "Ukraine", "Texas", "Kharkiv region"
    unambiguous_countries = set()
    for name, _ in kept:
        best = name.candidates[0][0]
        if best.country is None:
            continue  # water with no country says nothing of the document's countries
        if best.kind == "country":
            unambiguous_countries.add(best.country)
        if best.kind in ("country", "admin1") or name.want == "admin1":
            country_of_token.update({j: best.country for j in range(name.start, name.end)})
    doc_countries = frozenset(unambiguous_countries | {
        m.actor.country for m in mentions if m.actor.country and m.actor.country not in not_countries
    })

    found: list[PlaceMention] = []
    for name, usage in kept:
        name_end = name.end - 1 if name.want == "admin1" else name.end
        hints = {
            country_of_token[child.i] for child in doc[name.head].children
            if child.dep_ in ("poss", "appos", "npadvmod") and child.i in country_of_token
        }
        if name_end < n - 1 and words.text(name_end) == ",":
            after = country_of_token.get(name_end + 1) or data.region_abbreviations.get(
                abbreviation_key(words.text(name_end + 1)))
            if after is not None:
                hints.add(after)  # "Paris, Texas", "Harbin, China", "Athens, Ga."
        if not hints and usage != "dateline" and _small_town_abroad(name.candidates, doc_countries,
                                                                    doc[name.start:name.end].text):
            continue
        span = doc[name.start : name.end]
        candidates = name.candidates
        country = regions.get(normalise(span.text)) if regions else None
        if country is not None:
            candidates = tuple(c for c in candidates if c[0].country == country) or candidates
        place = _choose_place(list(candidates), hints, set(doc_countries), name.want)
        found.append(PlaceMention(name.start, name.end, name.head, span.start_char, span.end_char, span.text, place,
                                  usage, candidates, frozenset(hints), doc_countries, name.want))
    return found


def _actors_by_relevance(event: Event | EventDraft, source_site_roots: frozenset[str]) -> list[Actor]:
    """Material events (QuadClass 2 and 4) happen where the target is, except those done at home (protests,
    force postures, cutting ties: the roots in places.yaml); statements where the source speaks."""
    if event.event.quad_class in (2, 4) and event.event.cameo_root not in source_site_roots:
        return [*event.target, *event.source]
    return [*event.source, *event.target]


def _actor_countries(event: Event | EventDraft, source_site_roots: frozenset[str],
                     not_countries: frozenset[str]) -> list[str]:
    """Countries of the event's actors, most relevant first."""
    countries: list[str] = []
    for actor in _actors_by_relevance(event, source_site_roots):
        if actor.country and actor.country not in not_countries and actor.country not in countries:
            countries.append(actor.country)
    return countries


def _agrees(place: Place, actor_countries: list[str]) -> bool:
    """Whether a place fits the event's actors: in one of their countries, or in water no country owns (a
    Russian ship hit in the Black Sea)."""
    return not actor_countries or place.country in actor_countries or (place.kind == "water" and place.country is None)


def _within(inner: Place, outer: Place) -> bool:
    """Whether `inner` lies inside `outer`, as far as the gazetteer knows (a city in its country or region)."""
    if PRECISION_RANK[inner.kind] >= PRECISION_RANK[outer.kind] or inner.country is None or inner.country != outer.country:
        return False
    return outer.kind == "country" or (outer.kind == "admin1" and inner.kind == "city" and inner.admin1 == outer.name)


def _overlaps(mention: PlaceMention, actors: list[Actor]) -> bool:
    return any(mention.char_start < a.end and a.start < mention.char_end for a in actors)


class EventLocator:
    """Sets Event.location from the places the document names (see the module docstring for the order)."""

    def __init__(self, gazetteer: Gazetteer, not_countries: frozenset[str] | None = None) -> None:
        """`not_countries`: the codes of no country (the coder's ontology's; None: the bundled one's)."""
        self.gazetteer = gazetteer
        self.not_countries = load_ontology().non_state_codes if not_countries is None else not_countries

    def regions_named_like_countries(self, doc: Doc, text: str | None = None) -> dict[str, str]:
        """See the module function: "Georgia" meant as the US state in this document."""
        return regions_named_like_countries(doc, self.gazetteer, text)

    def place_mentions(self, context: DocumentContext) -> list[PlaceMention]:
        """The places the document names (also set as `context.places`), found once per document."""
        return self._doc_places(context).mentions

    def _doc_places(self, context: DocumentContext) -> _DocPlaces:
        return context.memoised(CACHE_KEY, lambda: self._find_doc_places(context))

    def _find_doc_places(self, context: DocumentContext) -> _DocPlaces:
        found = find_place_mentions(context.doc, self.gazetteer, context.mentions, context.dateline,
                                    context.region_namesakes, self.not_countries)  # in text order
        found = [m for m in found if not context.in_furniture(m.char_start, m.char_end)]
        dateline = next((m for m in found if m.usage == "dateline"), None)
        context.places = found
        return _DocPlaces(found, [m.char_start for m in found], {}, dateline)

    def locate(self, doc: Doc, event: Event, mentions: list[ActorMention]) -> Event:
        """The event with its location, for a bare Doc (tools and tests; the pipeline uses `find_location`)."""
        location = self.find_location(DocumentContext.of(doc, mentions), event)
        return event.revised(location=location)

    def find_location(self, context: DocumentContext, event: Event | EventDraft) -> Location | None:
        doc = context.doc
        actor_countries = _actor_countries(event, self.gazetteer.data.source_site_roots, self.not_countries)
        doc_places = self._doc_places(context)
        mentions_in_doc = doc_places.mentions
        trigger = context.span_root(event.trigger.start, event.trigger.end)
        if trigger is None:
            return self._fallback(doc_places, event, actor_countries, "no trigger")
        participants = [*event.source, *event.target]
        # Names used as actors or as modifiers ("the Russia-Ukraine conflict") are not where the event happens.
        first = bisect_left(doc_places.starts, event.evidence.start)
        last = bisect_left(doc_places.starts, event.evidence.end)
        in_sentence = [(m, doc_places.place_of(m, actor_countries)) for m in mentions_in_doc[first:last]
                       if m.usage in ("locative", "venue")]

        # 1. the event's own clause (a place governed by another event word belongs to that event)
        def nested_event(token: Token) -> bool:
            return token.lemma_.lower() in self.gazetteer.data.place_taking_words

        in_clause = []
        for m, place in in_sentence:
            hops = clause_hops(doc[m.head], trigger, nested_event)
            if hops is not None and hops <= MAX_CLAUSE_HOPS:
                rank = hops + (MAX_CLAUSE_HOPS if m.usage == "venue" else 0)  # a hosting subject yields to "in Cairo"
                in_clause.append((rank, PRECISION_RANK[place.kind], m.start, m, place))
        if in_clause:
            *_, m, place = min(in_clause, key=lambda item: item[:3])
            # "a market in Mali in the town of Gao": a place inside the nearer one is more precise.
            inside = [item for item in in_clause if _within(item[4], place)]
            if inside:
                *_, m, place = min(inside, key=lambda item: item[1:3])
            return doc_places.location(place, m.text, m.char_start, m.char_end, "event clause")
        # 2. the nearest place in the sentence that agrees with the actors
        nearby = [
            (abs(m.head - trigger.i), m.start, m, place) for m, place in in_sentence
            if m.usage == "locative" and not _overlaps(m, participants) and _agrees(place, actor_countries)
        ]
        if nearby:
            *_, m, place = min(nearby, key=lambda item: item[:2])
            return doc_places.location(place, m.text, m.char_start, m.char_end, "sentence, agrees with actors")
        return self._fallback(doc_places, event, actor_countries, "")

    def _fallback(self, doc_places: _DocPlaces, event: Event | EventDraft, actor_countries: list[str], why: str) -> Location | None:
        """The article's focus if it agrees with the actors, else the actors' country, else nothing."""
        key = tuple(actor_countries)
        if key not in doc_places.focus:
            doc_places.focus[key] = _focus(doc_places.mentions, actor_countries)
        if (focus := doc_places.focus[key]) is not None:
            m, place = focus
            return doc_places.location(place, m.text, m.char_start, m.char_end, _reason("article focus", why))
        if (dateline := doc_places.dateline) is not None:
            place = dateline.place_for(actor_countries)
            if _agrees(place, actor_countries):
                return doc_places.location(place, dateline.text, dateline.char_start, dateline.char_end,
                                           _reason("dateline", why))
        for actor in _actors_by_relevance(event, self.gazetteer.data.source_site_roots):
            country = self.gazetteer.country(actor.country) if actor.country in actor_countries else None
            if country is not None:
                return doc_places.location(country, actor.text, actor.start, actor.end, _reason("actor country", why))
        return None


@dataclass(slots=True)
class _DocPlaces:
    """Per-document state shared by its events: the place mentions, and the focus for each set of actor countries."""

    mentions: list[PlaceMention]
    starts: list[int]  # char_start of each mention, ascending: a sentence's mentions are a slice
    focus: dict[tuple[str, ...], tuple[PlaceMention, Place] | None]
    dateline: PlaceMention | None = None  # where the report was filed, if it says so
    chosen: dict[tuple[int, tuple[str, ...]], Place] = dataclasses.field(default_factory=dict)

    locations: dict[tuple, Location] = dataclasses.field(default_factory=dict)

    def location(self, place: Place, text: str, start: int, end: int, reason: str) -> Location:
        """The Location record, one per distinct value in a document: its events often share their place.

        Built with model_construct: every value comes typed from the gazetteer and the parse, and validation
        was a fifth of this stage's time. (Events share nested records anyway: model_copy is shallow.)
        """
        key = (place, text, start, end, reason)
        if key not in self.locations:
            self.locations[key] = Location.model_construct(
                text=text, start=start, end=end, name=place.name, country=place.country, admin1=place.admin1,
                lat=place.lat, lon=place.lon, geonames_id=place.geonames_id, precision=place.kind, reason=reason,
            )
        return self.locations[key]

    def place_of(self, mention: PlaceMention, actor_countries: list[str]) -> Place:
        """mention.place_for(actor_countries), memoised: a document's events share a few actor countries."""
        key = (mention.start, tuple(actor_countries))
        if key not in self.chosen:
            self.chosen[key] = mention.place_for(actor_countries)
        return self.chosen[key]


def _focus(mentions: list[PlaceMention], actor_countries: list[str]) -> tuple[PlaceMention, Place] | None:
    """The place the article most often says things happen in, among those agreeing with the actors.

    Without actor countries to agree with, only a clear focus counts: named as a location at least twice
    and more often than any other place (a digest of unrelated items has none).
    """
    locative = [(m, m.place_for(actor_countries)) for m in mentions if m.usage == "locative"]
    agreeing = [(m, place) for m, place in locative if _agrees(place, actor_countries)]
    if not agreeing:
        return None
    counts = Counter((place.name, place.kind, place.country) for _, place in agreeing)
    if not actor_countries:
        ranked = counts.most_common(2)
        if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
    return max(agreeing, key=lambda pair: counts[(pair[1].name, pair[1].kind, pair[1].country)])


def _reason(main: str, detail: str) -> str:
    return f"{main} ({detail})" if detail else main
