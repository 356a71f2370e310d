"""Event location: which place, of those a sentence names, is where the event happened.

Order of preference (issue #5): a place in the event's own clause ("advances in Ukraine's Kharkiv region",
"visit Harbin", "a visit to China"), else the nearest place in the sentence that agrees with the actors, else the
article's focus, else the actors' country. Places that stand for governments ("Beijing said", "ties between
Moscow and Beijing") are actors, not locations, unless the syntax makes them locative.

Place mentions are found once per document (cached in doc.user_data) and shared by all its events.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from eventscope.geo.clauses import clause_hops
from eventscope.geo.gazetteer import Gazetteer, GazetteerData, Place, normalise
from eventscope.records import Actor, ActorMention, Event, Location

__all__ = ["EventLocator", "PlaceMention", "find_place_mentions"]

Usage = Literal["locative", "modifier", "actor", "other"]
MAX_NAME_TOKENS = 4
CACHE_KEY = "eventscope.geo.mentions"
# Entity labels under which a capitalised word is not a place, whatever the gazetteer says.
NON_PLACE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
NON_PLACE_ACTOR_KINDS = frozenset({"person", "organization"})
# Deeper than this, a place modifies some noun inside the clause ("approach to resolving the crisis in Ukraine").
MAX_CLAUSE_HOPS = 4
# Inner words allowed in a multi-word name ("Bosnia and Herzegovina", "Isle of Man").
NAME_CONNECTORS = frozenset({"of", "and", "the", "de", "al", "el", "-", "'s"})
PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2}
STATE_CODES_NOT_COUNTRIES = frozenset({"IGO", "NGO", "MNC", "UNK"})


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


def _name_end(words: list[str], spaces: list[str], start: int, gazetteer: Gazetteer) -> int | None:
    """The end of the longest gazetteer name starting at token `start`, or None (words/spaces: the doc's tokens)."""
    if not gazetteer.may_start_name(words[start]):
        return None  # most capitalised words start no place name: one set lookup instead of four
    for end in range(min(len(words), start + MAX_NAME_TOKENS), start, -1):
        if not words[end - 1][:1].isupper():
            continue
        if any(not (w[:1].isupper() or w.lower() in NAME_CONNECTORS) for w in words[start + 1 : end - 1]):
            continue
        text = "".join(w + sp for w, sp in zip(words[start : end - 1], spaces[start : end - 1])) + words[end - 1]
        if gazetteer.knows(normalise(text)):
            return end
    return None


def _part_of_longer_name(doc: Doc, start: int, end: int, allowed_next: frozenset[str]) -> bool:
    """True when NER puts the words inside a longer name ("Far" in "Far East", "Kharkiv" in "Kharkiv Regional
    Administration"); a following region or city word does not count ("Heilongjiang province")."""
    if doc[start].ent_iob_ == "I" and not (start > 0 and doc[start - 1].lower_ in ("in", "at", ",")):
        return True  # (an entity that swallows "... in Bangkok" is a tagging slip, not a longer name)
    return end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].lower_ not in allowed_next


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
    if want == "admin1" and place.kind == "city":  # "Zaporizhzhia region" known only as a city: its region
        place = dataclasses.replace(place, kind="admin1", geonames_id=None)
    return place


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
        if preposition == "of" and governor.lemma_.lower() in data.place_nouns and governor.i != token.i:
            return "locative" if _usage(governor, name_heads, data) == "locative" else "other"  # "areas of Kharkiv"
        return "actor" if preposition in data.actor_prepositions else "other"
    if dep in ("dobj", "attr"):
        return "locative" if head.lemma_.lower() in data.place_taking_words else "actor"
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


def find_place_mentions(doc: Doc, gazetteer: Gazetteer, mentions: list[ActorMention]) -> list[PlaceMention]:
    """Every place named in the document, resolved against the gazetteer with its context."""
    data = gazetteer.data
    non_place_tokens = {
        i for m in mentions if m.actor.kind in NON_PLACE_ACTOR_KINDS for i in range(m.token_start, m.token_end)
    }
    # Pass 1: spans of names, with the kind their neighbours ask for and the token that carries their role.
    raw: list[tuple[int, int, int, str | None]] = []  # start, end (incl. region word), head, wanted kind
    words = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    i = 0
    while i < len(doc):
        starts_name = words[i][:1].isupper() and words[i] not in ("The", "THE")  # "The Russia-Ukraine conflict"
        end = _name_end(words, spaces, i, gazetteer) if starts_name else None
        if end is None or any(j in non_place_tokens for j in range(i, end)):
            i += 1
            continue
        name = doc[i:end].text
        if _part_of_longer_name(doc, i, end, data.region_words | data.city_words) or (
            name.isupper() and len(name) <= 3 and gazetteer.lookup(name)[0][0].kind != "country"  # "US" yes, "BA" no
        ):
            i = end
            continue
        following = doc[end].lower_ if end < len(doc) else ""
        preceding = doc[max(0, i - 2) : i]
        want: str | None = None
        span_end = end
        if following in data.region_words:
            want, span_end = "admin1", end + 1
        elif following in data.city_words or (len(preceding) == 2 and preceding[0].lower_ in data.city_words and preceding[1].lower_ == "of"):
            want = "city"
        head = doc[span_end - 1] if span_end > end else doc[i:end].root
        raw.append((i, span_end, head.i, want))
        i = span_end

    # Pass 2: the role of each name. NER's sm model often calls foreign places persons or organisations, so
    # its label vetoes a name only where the syntax does not make it a place ("visited Kyiv", "city of Goma").
    name_heads = {head for _, _, head, _ in raw}
    kept: list[tuple[int, int, int, str | None, Usage]] = []
    for start, end, head_i, want in raw:
        usage = _usage(doc[head_i], name_heads, data)
        ner_says_other = any(t.ent_type_ in NON_PLACE_ENTITIES for t in doc[start:end])
        if ner_says_other and usage != "locative" and want is None:
            continue
        kept.append((start, end, head_i, want, usage))

    # Pass 3: choose each name's place, country-aware: explicit hints first, then the document's countries.
    def name_text(start: int, end: int, want: str | None) -> str:
        return doc[start : end - 1 if want == "admin1" else end].text

    country_of_token: dict[int, str] = {}  # tokens of names that settle a country: "Ukraine", "Texas", "Kharkiv region"
    unambiguous_countries = set()
    for start, end, _, want, _ in kept:
        best = gazetteer.lookup(name_text(start, end, want))[0][0]
        if best.kind == "country":
            unambiguous_countries.add(best.country)
        if best.kind in ("country", "admin1") or want == "admin1":
            country_of_token.update({j: best.country for j in range(start, end)})
    doc_countries = frozenset(unambiguous_countries | {
        m.actor.country for m in mentions if m.actor.country and m.actor.country not in STATE_CODES_NOT_COUNTRIES
    })

    found: list[PlaceMention] = []
    for start, end, head_i, want, usage in kept:
        name_end = end - 1 if want == "admin1" else end
        head = doc[head_i]
        hints = {country_of_token[c.i] for c in head.children if c.dep_ in ("poss", "appos", "npadvmod") and c.i in country_of_token}
        if name_end < len(doc) - 1 and doc[name_end].text == "," and name_end + 1 in country_of_token:
            hints.add(country_of_token[name_end + 1])  # "Paris, Texas", "Harbin, China"
        candidates = tuple(gazetteer.lookup(name_text(start, end, want)))
        place = _choose_place(list(candidates), hints, set(doc_countries), want)
        span = doc[start:end]
        found.append(PlaceMention(start, end, head_i, span.start_char, span.end_char, span.text, place, usage,
                                  candidates, frozenset(hints), doc_countries, want))
    return found


def _actors_by_relevance(event: Event) -> list[Actor]:
    """Material events (QuadClass 2 and 4) happen where the target is; statements where the source speaks."""
    if event.event.quad_class in (2, 4):
        return [*event.target, *event.source]
    return [*event.source, *event.target]


def _actor_countries(event: Event) -> list[str]:
    """Countries of the event's actors, most relevant first."""
    countries: list[str] = []
    for actor in _actors_by_relevance(event):
        if actor.country and actor.country not in STATE_CODES_NOT_COUNTRIES and actor.country not in countries:
            countries.append(actor.country)
    return countries


def _overlaps(mention: PlaceMention, actors: list[Actor]) -> bool:
    return any(mention.char_start < a.end and a.start < mention.char_end for a in actors)


class EventLocator:
    """Sets Event.location from the places the document names (see the module docstring for the order)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def place_mentions(self, doc: Doc, mentions: list[ActorMention]) -> list[PlaceMention]:
        return self._doc_places(doc, mentions).mentions

    def _doc_places(self, doc: Doc, mentions: list[ActorMention]) -> _DocPlaces:
        """The document's places, found on its first event and kept in doc.user_data for the others."""
        cached = doc.user_data.get(CACHE_KEY)
        if cached is None:
            cached = _DocPlaces(find_place_mentions(doc, self.gazetteer, mentions), {})
            doc.user_data[CACHE_KEY] = cached
        return cached

    def locate(self, doc: Doc, event: Event, mentions: list[ActorMention]) -> Event:
        location = self.find_location(doc, event, mentions)
        return event.model_copy(update={"location": location})

    def find_location(self, doc: Doc, event: Event, mentions: list[ActorMention]) -> Location | None:
        actor_countries = _actor_countries(event)
        doc_places = self._doc_places(doc, mentions)
        mentions_in_doc = doc_places.mentions
        trigger_span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if trigger_span is None or len(trigger_span) == 0:
            return self._fallback(doc_places, event, actor_countries, "no trigger")
        trigger = trigger_span.root
        participants = [*event.source, *event.target]
        # Names used as actors or as modifiers ("the Russia-Ukraine conflict") are not where the event happens.
        in_sentence = [
            (m, m.place_for(actor_countries)) for m in mentions_in_doc
            if event.evidence.start <= m.char_start < event.evidence.end and m.usage == "locative"
        ]

        # 1. the event's own clause (a place governed by another event word belongs to that event)
        def nested_event(token: Token) -> bool:
            return token.lemma_.lower() in self.gazetteer.data.place_taking_words

        in_clause = []
        for m, place in in_sentence:
            hops = clause_hops(doc[m.head], trigger, nested_event)
            if hops is not None and hops <= MAX_CLAUSE_HOPS:
                in_clause.append((hops, PRECISION_RANK[place.kind], m.start, m, place))
        if in_clause:
            *_, m, place = min(in_clause, key=lambda item: item[:3])
            return self._location(place, m.text, m.char_start, m.char_end, "event clause")
        # 2. the nearest place in the sentence that agrees with the actors
        nearby = [
            (abs(m.head - trigger.i), m.start, m, place) for m, place in in_sentence
            if not _overlaps(m, participants) and (not actor_countries or place.country in actor_countries)
        ]
        if nearby:
            *_, m, place = min(nearby, key=lambda item: item[:2])
            return self._location(place, m.text, m.char_start, m.char_end, "sentence, agrees with actors")
        return self._fallback(doc_places, event, actor_countries, "")

    def _fallback(self, doc_places: _DocPlaces, event: Event, actor_countries: list[str], why: str) -> Location | None:
        """The article's focus if it agrees with the actors, else the actors' country, else nothing."""
        key = tuple(actor_countries)
        if key not in doc_places.focus:
            doc_places.focus[key] = _focus(doc_places.mentions, actor_countries)
        if (focus := doc_places.focus[key]) is not None:
            m, place = focus
            return self._location(place, m.text, m.char_start, m.char_end, _reason("article focus", why))
        for actor in _actors_by_relevance(event):
            country = self.gazetteer.country(actor.country) if actor.country in actor_countries else None
            if country is not None:
                return self._location(country, actor.text, actor.start, actor.end, _reason("actor country", why))
        return None

    @staticmethod
    def _location(place: Place, text: str, start: int, end: int, reason: str) -> Location:
        return Location(
            text=text, start=start, end=end, name=place.name, country=place.country, admin1=place.admin1,
            lat=place.lat, lon=place.lon, geonames_id=place.geonames_id, precision=place.kind, reason=reason,
        )


@dataclass(slots=True)
class _DocPlaces:
    """Per-document state shared by its events: the place mentions, and the focus for each set of actor countries."""

    mentions: list[PlaceMention]
    focus: dict[tuple[str, ...], tuple[PlaceMention, Place] | None]


def _focus(mentions: list[PlaceMention], actor_countries: list[str]) -> tuple[PlaceMention, Place] | None:
    """The place the article most often says things happen in, among those agreeing with the actors."""
    locative = [(m, m.place_for(actor_countries)) for m in mentions if m.usage == "locative"]
    agreeing = [(m, place) for m, place in locative if not actor_countries or place.country in actor_countries]
    if not agreeing:
        return None
    counts = Counter((place.name, place.kind, place.country) for _, place in agreeing)
    return max(agreeing, key=lambda pair: counts[(pair[1].name, pair[1].kind, pair[1].country)])


def _reason(main: str, detail: str) -> str:
    return f"{main} ({detail})" if detail else main
