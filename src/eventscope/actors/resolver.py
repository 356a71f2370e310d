"""The actor resolver: dictionary matches on the parse, composed into coded actors.

Per document the work is two PhraseMatcher passes (built once per vocabulary) and a walk over the
matches, so resolution costs a small fraction of parsing. Steps, in order:

1. match dictionary phrases; overlapping matches keep the longest (then the most specific kind);
2. people: a known leader or a PERSON entity, with the title, demonym or country written before it
   ("Ukrainian President Volodymyr Zelensky"); a leader's office comes from his tenures on the date;
3. sector phrases with the country words before them ("Russian troops", "Brazil's federal police",
   "Hungarian and Romanian officials" gives two), after a leader ("the Trump administration"), or
   alone ("protesters": no country);
4. countries, seats of power (not when they are plainly places: "talks in Moscow"), demonyms and named
   organisations standing alone; then ORG / NORP entities no dictionary knows ("Kurdish fighters");
   names of places that contain country words ("South China Sea") make no actor;
5. coreference inside the article: short names, "the president", pronouns, "the two leaders" (who is meant
   is decided in antecedents.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from functools import cache, cached_property
from typing import cast

import spacy
from spacy.attrs import POS
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from eventscope.actors.antecedents import (
    PLURAL_TAGS,
    gender,
    last_two,
    load_coreference,
    not_the_speaker,
    pronoun_antecedent,
    pronoun_reach,
    same_surname,
    surname_of,
    titled,
    told_gender,
    without_accents,
)
from eventscope.actors.dictionary import ActorDictionary, Country, LegislativeCaucus, NamedActor, Person, SectorTerm
from eventscope.ontology import load_ontology
from eventscope.records import Actor, ActorMention, ActorOrigin

__all__ = ["ActorResolver"]

# Sectors whose bodies are organs of a state: "Russian troops" is the Russian state acting.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# The reason of an actor made of a people's word no dictionary knows and the noun it describes ("Kurdish fighters").
DESCRIBED_NOUN = "ner: NORP + noun"
# Sectors of parties: a party's members named by a state office or sitting in a legislature are that office's.
PARTY_SECTORS = frozenset({"PTY", "OPP"})
_BODIES_OF_NO_STATE = frozenset({"IGO", "NGO"})  # whose people "observers from X" are
# Sectors of offices one can leave: a "former minister" is an elite (ELI), a "former detainee" is not.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Dependents that belong to an actor's noun phrase when they come right before it.
NP_MODIFIER_DEPS = frozenset({"det", "amod", "nummod", "quantmod", "compound", "predet", "advmod", "nmod"})
FILLER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "ADV"})
MAX_FILLERS = 4  # words between a modifier and its head: "Chinese state-run English-language media"


class Category(IntEnum):
    """Kinds of dictionary match; lower wins a tie between overlapping matches of equal length."""

    NAMED = 0
    PERSON = 1
    PAIR = 2
    COUNTRY = 3
    SEAT = 4
    DEMONYM = 5
    SECTOR = 6
    FORMER = 7
    PRONOUN = 8
    NOT_ACTOR = 9  # "South China Sea": takes its words so no actor is made of them


@dataclass(slots=True)
class Match:
    start: int
    end: int
    category: Category
    entry: object  # Country | Person | NamedActor | SectorTerm | (Country, sector) | None
    used: bool = False


@dataclass(slots=True)
class Found:
    """An actor before it becomes a record: token span, head and codes."""

    start: int
    end: int
    head: int
    name: str
    country: str | None
    sectors: list[str]
    code: str
    kind: str
    reason: str
    title: str | None = None  # a person's office or title, for "the president" later
    origin: ActorOrigin | None = None  # how it was found when no dictionary entry names it (Actor.origin)
    surname: str | None = None
    extra: list[Found] = field(default_factory=list)  # more actors over the same words (coordination)


class _FoundActors:
    """The actors found in one document, in the order found, and per token the ones whose words cover it: the
    lookup later steps ask ("which actor is this word part of?"). Built at the first lookup, then kept in step
    as actors are added, dropped or widened, so no step scans every actor for it."""

    __slots__ = ("_all", "_over")

    def __init__(self) -> None:
        self._all: list[Found] = []
        self._over: dict[int, list[Found]] | None = None  # token -> the actors covering it, in the order found

    def __iter__(self) -> Iterator[Found]:
        return iter(self._all)

    def add(self, found: Found) -> None:
        self._all.append(found)
        if self._over is not None:
            _enter(self._over, found)

    def drop(self, found: Found) -> None:
        _drop(self._all, found)
        if self._over is not None:
            for i in range(found.start, found.end):
                _drop(self._over[i], found)

    def widen(self, found: Found, start: int) -> None:
        """Let `found` start at `start` when that is earlier: the words it gains list it in the order found."""
        old = found.start
        found.start = min(start, old)
        if self._over is not None:
            for i in range(found.start, old):
                self._over[i] = [f for f in self._all if f.start <= i < f.end]

    def covering(self, i: int) -> list[Found]:
        """The actors over token i, in the order found."""
        if self._over is None:
            self._over = {}
            for found in self._all:
                _enter(self._over, found)
        return self._over.get(i, [])


def _enter(over: dict[int, list[Found]], found: Found) -> None:
    for i in range(found.start, found.end):
        over.setdefault(i, []).append(found)


def _drop(items: list[Found], found: Found) -> None:
    del items[next(k for k, item in enumerate(items) if item is found)]


# Prepositions after a title that say whose office it is ("the minister of health", "a spokesman for the army").
_HOLDER_PREPS = frozenset({"of", "for"})
# Determiners a bare name is never written after: "the Bill" is a thing, "the Shorten" no one.
_NAMED_ENTITIES = frozenset({"entity", "described noun"})  # names no dictionary knows (records.ActorOrigin)
_DICTIONARY_NAMES = ("organizations:", "groups:")  # reasons of bodies the dictionaries name (not media)
_OWNER_ENTITIES = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})  # a possessor that is no part of a body's name
_NO_NAME_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
# Words before a number that make a pair phrase refer back ("the two men", "their two leaders"); "two men" alone are new
_PAIR_DETERMINERS = frozenset({"the", "these", "those", "their", "both", "'s", "’s"})


@cache
def _is_surname(word: str, name: str) -> bool:
    """`word` is the last word of `name`, or that word after a lowercase particle glued by a hyphen
    ("Bashir" of "Omar al-Bashir")."""
    last = name.split()[-1]
    particle, _, rest = last.rpartition("-")
    return word == last or (bool(particle) and particle.islower() and word == rest)


def _same_given_name(written: str, known: str) -> bool:
    """Whether a written given name is a leader's own name word, its clipped form ("Vlad"), or a spelling of it:
    the same first letter, and one letter changed, added or dropped, or two changed in a name as long ("Omer",
    "Mohammed", "Mohammad"), not another name of the same initial ("Daniel" is not "David")."""
    if written == known or (len(written) >= 3 and known.startswith(written)):
        return True  # the name or its clipped form ("Vlad")
    if written[:1] != known[:1] or abs(len(written) - len(known)) > 1:
        return False
    limit = 2 if len(written) == len(known) and len(written) >= 6 else 1
    return _edit_distance(written, known, limit) <= limit


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two short words, cut off past `limit`."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _pattern_tokenizer():
    """spaCy's English tokenizer, without a model: dictionary phrases tokenize as article text does."""
    return spacy.blank("en").tokenizer


def _variants(text: str) -> set[str]:
    """Surface forms matched case-sensitively: as written and with a capital first letter."""
    forms = {text}
    if text[:1].islower():
        forms.add(text[:1].upper() + text[1:])
    return forms


@dataclass(frozen=True)
class _Matchers:
    names: PhraseMatcher  # case-sensitive: proper names
    words: PhraseMatcher  # case-insensitive: sector words and phrases
    entries: dict[int, tuple[Category, object]]


class ActorResolver:
    """Resolves the actors of parsed documents. Build once per process; resolve() is thread-compatible."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.coreference = load_coreference().words  # coreference.yaml: pronouns, gender and surname words
        self.regions = load_ontology().region_codes  # CAMEO regions acting as one (EUR, WST)
        self._matchers: dict[int, tuple[object, _Matchers]] = {}  # id(vocab) -> (vocab kept alive, matchers)

    def __getstate__(self) -> dict:
        # Matchers are rebuilt on first use in the receiving process (PhraseMatchers do not pickle).
        return {**self.__dict__, "_matchers": {}}

    # ----- matcher construction (once per vocabulary) -------------------------------------------

    def prepare(self, vocab: Vocab) -> None:
        """Build the matchers for a model's vocabulary now (about 1.5 CPU s) rather than on the first
        document, so a worker is ready when it starts and a forked one inherits them."""
        self._matchers_for(vocab)

    def _matchers_for(self, vocab: Vocab) -> _Matchers:
        key = id(vocab)
        if key not in self._matchers:
            self._matchers[key] = (vocab, self._build_matchers(vocab))
        return self._matchers[key][1]

    def _build_matchers(self, vocab: Vocab) -> _Matchers:
        tokenizer = _pattern_tokenizer()
        names = PhraseMatcher(vocab, attr="ORTH")
        words = PhraseMatcher(vocab, attr="LOWER")
        entries: dict[int, tuple[Category, object]] = {}

        def add(matcher: PhraseMatcher, label: str, category: Category, entry: object, texts: Iterable[str]) -> None:
            patterns = [Doc(vocab, words=[t.text for t in tokenizer(text)]) for text in texts if text.strip()]
            if patterns:
                matcher.add(label, patterns)
                entries[vocab.strings[label]] = (category, entry)

        dictionary = self.dictionary
        for code, country in dictionary.countries.items():
            forms = set().union(*(_variants(alias) for alias in (country.name, *country.aliases)))
            add(names, f"country:{code}", Category.COUNTRY, country, forms)
            add(names, f"demonym:{code}", Category.DEMONYM, country, country.demonyms)
            for seat, sector in country.seats:
                add(names, f"seat:{code}:{seat}", Category.SEAT, (country, sector), _variants(seat))
        # A name several leaders share ("Aliyev", "Bush") is one pattern for all of them; the date picks one.
        bearers: dict[str, list[Person]] = {}
        for person in dictionary.people:
            for form in dict.fromkeys((person.name, *person.aliases)):
                bearers.setdefault(form, []).append(person)
        for number, person in enumerate(dictionary.people):
            add(names, f"person:{number}", Category.PERSON, person,
                [form for form in (person.name, *person.aliases) if len(bearers[form]) == 1])
        for form, people in bearers.items():
            if len(people) > 1:
                add(names, f"people:{form}", Category.PERSON, tuple(people), [form])
        for number, actor in enumerate(dictionary.named):
            forms = set().union(*(_variants(alias) for alias in (actor.name, *actor.aliases)))
            add(names, f"named:{number}", Category.NAMED, actor, forms)
        add(names, "not-actor", Category.NOT_ACTOR, None, dictionary.non_actors)
        for text, term in dictionary.sector_terms.items():
            # "Gov." and "State Sen." tokenize with the abbreviation as one word, "gov." and "state sen." do not
            add(words, f"sector:{text}", Category.SECTOR, term, _variants(text) | {text.title()})
        add(words, "former", Category.FORMER, None, dictionary.former_words)
        add(words, "pair", Category.PAIR, None, self.coreference.people_pairs)
        add(words, "pronoun", Category.PRONOUN, None, self.coreference.pronouns.person)
        return _Matchers(names, words, entries)

    # ----- resolution ---------------------------------------------------------------------------

    def resolve(self, doc: Doc, published: date | None, region_namesakes: Mapping[str, str] | None = None,
                entities: tuple[Span, ...] | None = None, text: str | None = None) -> list[ActorMention]:
        """The document's actor mentions. `region_namesakes`: country names it uses for a region of another
        country, lower case -> that country ("georgia" -> "USA" in a story filed from Atlanta): there the name
        and the actors it describes ("Georgia election officials") are of the region's country. `entities`: the
        document's named entities, when the caller has built them (DocumentContext.entities); `text`: the text the
        Doc was parsed from, when the caller has it (each mention's words are cut from it: Span.text joins tokens)."""
        if len(doc) == 0:
            return []
        if isinstance(published, datetime):
            published = published.date()
        return _Resolution(self, doc, published, region_namesakes or {}, entities, text).run()


class _Resolution:
    """The state of resolving one document (kept off the resolver so resolve() shares nothing)."""

    def __init__(self, resolver: ActorResolver, doc: Doc, published: date | None,
                 region_namesakes: Mapping[str, str], entities: tuple[Span, ...] | None = None,
                 text: str | None = None) -> None:
        self.dictionary = resolver.dictionary
        self.coreference = resolver.coreference
        self.region_namesakes = region_namesakes
        self.doc = doc
        self.text = text
        self.published = published
        self.matchers = resolver._matchers_for(doc.vocab)
        self.at: list[Match | None] = [None] * len(doc)
        self.found = _FoundActors()
        self.people: list[Found] = []  # person actors in text order, for coreference
        self.covered = bytearray(len(doc))  # tokens inside an actor already found
        self.pronouns: list[int] = []  # positions of person pronouns, for coreference
        self.entities = doc.ents if entities is None else entities  # built once: each doc.ents makes new Spans
        self.regions = resolver.regions
        self.described_from: dict[int, int] = {}  # a name's first token -> where the words describing it start
        self.contenders: frozenset[str] | None = None  # seats named as a club or a bid (`_names_a_contender`)

    def run(self) -> list[ActorMention]:
        self._match()
        if not self.doc.has_annotation("ENT_IOB"):
            self.entities = tuple(self._proper_noun_chunks())  # no NER in the pipeline (Settings.ner off)
        else:
            # "Mr Streeting", "Gov. Ann Ruiz": a name after an honorific or a title the NER left untagged
            tagged = {i for entity in self.entities for i in range(entity.start, entity.end)}
            untagged = [chunk for chunk in self._proper_noun_chunks()
                        if chunk.label_ == "PERSON" and tagged.isdisjoint(range(chunk.start, chunk.end))]
            self.entities = (*self.entities, *untagged)
        self._people()
        self._sector_phrases()
        self._standalone()
        self._entities()
        self._described_names()
        self._names_after_descriptions()
        self._owned_offices()
        self._caucuses()
        self._offices_of_bodies()
        self._party_offices()
        self._leaders_of_bodies()
        self._contest_judges()
        self._contest_names()
        self._club_offices()
        self._pronouns()
        return self._mentions()

    # 1. dictionary matches -----------------------------------------------------------------------

    def _match(self) -> None:
        doc, entries = self.doc, self.matchers.entries
        candidates: list[Match] = []
        for match_id, start, end in (*self.matchers.names(doc), *self.matchers.words(doc)):
            category, entry = entries[match_id]
            if category == Category.PRONOUN:
                self.pronouns.append(start)
                continue
            if category == Category.SECTOR and not self._is_sector_noun(doc[end - 1]):
                continue
            if category == Category.COUNTRY and self.region_namesakes:
                entry = self._region_meant(doc[start:end], cast("Country", entry))
            candidates.append(Match(start, end, category, entry))
        # A demonym two countries share ("Congolese") is of the one the article names by its name or seat, if either
        # (a name inside another's is not named: "Republic of the Congo" in "the Democratic Republic of the Congo")
        names = [m for m in candidates if m.category in (Category.COUNTRY, Category.SEAT)]
        named = {(m.entry if isinstance(m.entry, Country) else cast(tuple[Country, str], m.entry)[0]).code
                 for m in names if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                           for o in names)}
        # ... else of the one countries.tsv lists first ("Congolese": DR Congo, far more often in the news)
        rows = self.dictionary.country_rows
        candidates.sort(key=lambda m: (m.start - m.end, m.category, m.start, m.category == Category.DEMONYM
                                       and isinstance(m.entry, Country) and m.entry.code not in named,
                                       rows.get(m.entry.code, 0) if isinstance(m.entry, Country) else 0))
        known_people = {i for m in candidates if m.category == Category.PERSON for i in range(m.start, m.end)}
        # words some dictionary names as a place or an actor (a sector word may be part of another body's name)
        known = {i for m in candidates if m.category != Category.SECTOR for i in range(m.start, m.end)}
        for match in candidates:
            if any(self.at[i] is not None for i in range(match.start, match.end)):
                continue
            if match.category in (Category.COUNTRY, Category.SEAT) and self._inside_person_name(match):
                continue
            if match.category == Category.SECTOR and self._surname_of_person(match):
                continue  # "Ann King", "Tom Banks": a surname, not a title (a title opens the name: "Judge Ode")
            if match.category == Category.DEMONYM and self._is_region(match) and (
                    self._glued_hyphen(match.end) or self._glued_hyphen(match.start - 1)):
                continue  # "African-American", "a Russian-African summit": the region says whose origin or which meeting
            if self._is_region(match) and self._beside_a_name(match):
                continue  # "Western Aleppo", "West Kordofan", "Asian News International": part of a name or a direction
            if match.category == Category.NAMED and self._inside_longer_name(match, known):
                continue  # "the Ruritanian National Liberation Army", "the All Farmers' Congress": another body
            if match.category == Category.PERSON and self._part_of_hyphenated_name(match.start, match.end,
                                                                                     known_people):
                continue  # "Roberts-Smith" is not a leader called Smith (but "the Putin-Xi summit" has both)
            if match.category == Category.PERSON and match.end < len(self.doc) \
                    and self.doc[match.end].lower_ in self.dictionary.lookalike_nouns:
                # "a Kim Jong Un double": someone like the leader, not the leader (nor an actor of that name)
                match = Match(match.start, match.end + 1, Category.NOT_ACTOR, None)
            for i in range(match.start, match.end):
                self.at[i] = match

    def _region_meant(self, span: Span, country: Country) -> Country:
        """The country a country name stands for here: the region's when the document uses the name for a region
        of another country ("Georgia" with Atlanta), named as written."""
        region_country = self.region_namesakes.get(span.text.lower())
        if region_country is None or region_country == country.code:
            return country
        return Country(region_country, span.text, (), (), ())

    def _proper_noun_chunks(self) -> list[Span]:
        """Names no dictionary knows, from the parse alone, standing in for NER's PERSON and ORG entities: a
        run of proper nouns after a person's title or an honorific ("Gov. Ann Ruiz", "Mrs Okafor") is a
        person; one holding an organisation word ("Kivu Farmers Union") an organisation."""
        doc, at, words = self.doc, self.at, self.dictionary.organization_words
        tags = doc.to_array(POS).tolist()  # (one attribute array: most words are no proper noun, read no Token for them)
        chunks: list[Span] = []
        i = 0
        while i < len(doc):
            if tags[i] != PROPN or at[i] is not None or doc[i].lower_ in self.dictionary.honorifics:
                i += 1
                continue
            end = i
            # sector words may be part of the name ("Kivu Farmers Union"), titles and other names may not
            while end < len(doc) and tags[end] == PROPN and doc[end].text[:1].isupper() and (
                    at[end] is None or (at[end].category == Category.SECTOR and not at[end].entry.person)):  # type: ignore[union-attr]
                end += 1
            if end == i:
                i += 1
                continue
            before = doc[i - 1] if i > 0 else None
            titled = before is not None and (before.lower_ in self.dictionary.honorifics or (
                at[i - 1] is not None and at[i - 1].category == Category.SECTOR and at[i - 1].entry.person))  # type: ignore[union-attr]
            if titled:
                chunks.append(Span(doc, i, end, label="PERSON"))
            elif any(doc[j].lower_ in words for j in range(i, end)):
                chunks.append(Span(doc, i, end, label="ORG"))
            i = end
        return chunks

    @staticmethod
    def _is_sector_noun(token: Token) -> bool:
        # "local elections", "leading": a sector word used as an adjective or verb is no actor.
        if not token.pos_:  # no tagger in the pipeline: trust the dictionary
            return True
        return token.pos_ in NOUN_POS or (token.pos_ == "ADJ" and token.dep_ in ("nsubj", "dobj", "pobj", "conj"))

    def _glued_hyphen(self, i: int) -> bool:
        """Token i is a hyphen written with no space on either side ("Roberts-Smith")."""
        doc = self.doc
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    def _office_prefix(self, i: int) -> bool:
        """Token i is a word that, glued by a hyphen to an office, leaves it that office ("co-", "ex-")."""
        match, word = self.at[i], self.doc[i].lower_
        if match is not None and match.category != Category.FORMER:
            return False
        return word in self.dictionary.former_words or word in self.dictionary.office_prefixes

    def _part_of_hyphenated_name(self, start: int, end: int, known_people: set[int]) -> bool:
        """A name glued by a hyphen to a word that is no other known person's name."""
        return ((self._glued_hyphen(start - 1) and start - 2 not in known_people)
                or (self._glued_hyphen(end) and end + 1 not in known_people))

    def _inside_longer_name(self, match: Match, known: set[int]) -> bool:
        """A listed body's name written as the end of a longer proper name no dictionary knows: a capitalised
        proper noun right before it inside the same named entity ("the Ta'ang National Liberation Army" is not
        the ELN), or a possessive of a capitalised word that names no place, person or listed body ("All
        Farmers' Congress"; "Ruritania's Congress party" keeps it)."""
        doc, start = self.doc, match.start
        if start == 0 or start - 1 in known:
            return False
        before = doc[start - 1]
        if before.tag_ == "POS" and start >= 2:
            owner = doc[start - 2]
            return (owner.pos_ == "PROPN" and owner.text[:1].isupper() and owner.i not in known
                    and owner.ent_type_ not in _OWNER_ENTITIES and owner.lower_ not in self.dictionary.honorifics)
        return (before.pos_ == "PROPN" and before.text[:1].isupper() and before.i not in known
                and doc[start].ent_iob_ == "I" and before.ent_type_ == doc[start].ent_type_
                and before.lower_ not in self.dictionary.honorifics)

    def _inside_person_name(self, match: Match) -> bool:
        # "Michael Jordan", "George Washington": a place name inside a longer person's name.
        token = self.doc[match.start]
        if token.ent_type_ != "PERSON":
            return False
        entity = next((ent for ent in self.entities if ent.start <= match.start < ent.end), None)
        # ("Miss Chile" is a contestant's title with the country's name, `_contest_title`, no one's name)
        return entity is not None and len(entity) > match.end - match.start and not (
            entity.start == match.start - 1 and entity.end == match.end and self._contest_title(match.start))

    def _surname_of_person(self, match: Match) -> bool:
        """A sector word that ends a person's name the tagger found, after its first word ("Mary Bishop")."""
        token = self.doc[match.start]
        if token.ent_type_ != "PERSON" or not token.is_title or not cast(SectorTerm, match.entry).person:
            return False  # ("Delhi Police", "Bahraini People": a place's or a people's body, no person)
        entity = next((ent for ent in self.entities if ent.start <= match.start < ent.end), None)
        return entity is not None and entity.start < match.start and match.end == entity.end \
            and all(self.at[i] is None for i in range(entity.start, match.start))

    # helpers for the left context of a head ---------------------------------------------------

    def _modifiers(self, start: int, allowed: frozenset[Category], office: bool = False) -> tuple[int, list[Match], bool]:
        """Walk left from `start` over modifiers; returns the new start, the matches and 'former'. Before one
        person's `office`, a region names its portfolio, not whose it is ("the UN's Mideast envoy")."""
        doc, at = self.doc, self.at
        j, fillers, mods, former, new_start = start - 1, 0, [], False, start
        while j >= 0:
            match = at[j]
            token = doc[j]
            if office and match is not None and not match.used and self._is_region(match):
                match.used = True
                new_start, j = match.start, match.start - 1
                continue
            if match is not None and not match.used and self._stance(match):
                match.used = True  # "pro-Russian separatists": the country word is whom they side with
                new_start, fillers, j = match.start - 2, 0, match.start - 3
                continue
            if match is not None and not match.used and match.category in allowed:
                if match.category == Category.FORMER:
                    former = True
                else:
                    mods.append(match)
                new_start, fillers, j = match.start, 0, match.start - 1
                continue
            if match is None and self._glued_hyphen(j) and self._office_prefix(j - 1):
                # "ex-minister", "co-leader": the prefix belongs to the office; the walk goes on past it
                former = former or doc[j - 1].lower_ in self.dictionary.former_words
                new_start, j = j - 1, j - 2
                continue
            if match is None and token.tag_ == "POS" and j > 0 and at[j - 1] is not None:
                j -= 1  # "Russia's President", "Brazil's federal police"
                continue
            if match is None and token.lower_ in ("and", ",") and mods and j > 0 and self._coordinated(mods[-1], at[j - 1]):
                j -= 1  # "Hungarian and Romanian officials"
                continue
            abbreviation_dot = token.text == "." and token.pos_ == "PROPN"  # "Lt. Gen." splits as "Lt", "."
            if match is None and token.pos_ in FILLER_POS and fillers < MAX_FILLERS and (
                    not token.is_punct or abbreviation_dot):
                if token.lower_ in self.dictionary.former_words:
                    former, new_start = True, j
                fillers += 1
                j -= 1
                continue
            break
        return new_start, mods, former

    def _stance(self, match: Match) -> bool:
        """A country word after a stance prefix and a hyphen ("pro-Russian", "anti-American": sectors.yaml
        stance_prefixes) names a side taken, not where the group is from."""
        start = match.start
        return match.category in (Category.COUNTRY, Category.DEMONYM, Category.SEAT) and start >= 2 \
            and self.doc[start - 1].text == "-" and self.doc[start - 2].lower_ in self.dictionary.stance_prefixes

    def _is_region(self, match: Match) -> bool:
        return match.category in (Category.COUNTRY, Category.DEMONYM) and \
            cast(Country, match.entry).code in self.regions

    def _beside_a_name(self, match: Match) -> bool:
        doc = self.doc
        return (match.end < len(doc) and doc[match.end].pos_ == "PROPN") or (
            match.start > 0 and doc[match.start - 1].pos_ == "PROPN")

    @staticmethod
    def _region_describes(span: Span) -> bool:
        """A region word that describes one thing ("the African country", "the European nation"), not a group
        of its people or states ("African leaders", "European allies")."""
        root = span.root
        return root.dep_ in ("amod", "compound", "nmod") and root.head.i > root.i and root.head.tag_ in ("NN", "NNP")

    @staticmethod
    def _coordinated(right: Match, left: Match | None) -> bool:
        # Only like with like: two demonyms or two country names ("US and EU officials" is not split here).
        return left is not None and not left.used and left.category == right.category and right.category in (
            Category.DEMONYM, Category.COUNTRY)

    @staticmethod
    def _countries_in(mods: list[Match]) -> list[tuple[str, str]]:
        """(code, name) of the countries among modifiers, left to right."""
        result = []
        for match in reversed(mods):
            if match.category in (Category.COUNTRY, Category.DEMONYM):
                country: Country = match.entry  # type: ignore[assignment]
                result.append((country.code, country.name))
            elif match.category == Category.SEAT:
                country, _ = match.entry  # type: ignore[misc]
                result.append((country.code, country.name))
            elif match.category == Category.NAMED:
                named: NamedActor = match.entry  # type: ignore[assignment]
                result.append((named.country or "", named.name))
        return [item for i, item in enumerate(result) if item not in result[:i]]

    def _text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def _add(self, found: Found, matches: Iterable[Match] = ()) -> Found:
        for match in matches:
            match.used = True
        for i in range(found.start, found.end):
            self.covered[i] = 1
        self.found.add(found)
        return found

    # 2. people ------------------------------------------------------------------------------------

    def _people(self) -> None:
        heads: list[tuple[int, int, Person | None, Match | None]] = []
        for match in self._unique_matches(Category.PERSON):
            bearer = match.entry if isinstance(match.entry, Person) else self._bearer(match.entry)  # type: ignore[arg-type]
            heads.append((match.start, match.end, bearer, match))
        for entity in self.entities:
            if entity.label_ == "PERSON":
                name_span = self._free_tail(entity)
                if name_span is not None:
                    heads.append((name_span[0], name_span[1], None, None))
        heads.sort(key=lambda head: head[0])
        allowed = frozenset({Category.SECTOR, Category.FORMER, Category.DEMONYM, Category.COUNTRY,
                             Category.NAMED, Category.SEAT})
        for start, end, person, person_match in heads:
            if any(self.covered[start:end]) or self._names_a_place(end):
                continue  # ("Cesar Chavez Plaza": a place called after the person)
            given = self._other_given_name(start, person_match)
            if given is not None:
                # "Luis Ortega" is not the leader called Ortega: someone else of that surname
                start, person = given, None
            new_start, mods, former = self._modifiers(start, allowed)
            if not mods and self._title_before_comma(start):
                new_start, mods, former = self._modifiers(start - 1, allowed)  # "the defence minister, Jan Novak"
            titles = [m for m in mods if m.category == Category.SECTOR and isinstance(m.entry, SectorTerm) and m.entry.person]
            if not titles and new_start < start and not any(m.category != Category.SECTOR for m in mods):
                new_start = start  # group words before a name ("protesters Ali ...") are not its title
            title: SectorTerm | None = titles[0].entry if titles else None  # type: ignore[assignment]
            if titles and self._office_sought(titles[0]):
                title = self.dictionary.sector_terms.get("candidate", title)
            elif titles:
                title = self._title_of(titles[0], start, mods)
            mods = [m for m in mods if m.category != Category.SECTOR or m in titles]
            span = self.doc[start:end]
            head = span.root.i
            earlier = same_surname(span.text, self._in_full_first(), lambda p: p.surname, lambda p: p.name) \
                if len(span.text.split()) == 1 else None
            same = "coreference: same surname"
            if earlier is None and person is None and len(span) == 1 and self._given_name_honorific(start):
                # "Sir Keir Starmer ... Sir Keir": the knight named in full before, by his given name
                earlier, same = self._same_given_name(span.text), "coreference: same given name"
            if person is not None and earlier is not None and earlier.name != person.name:
                # "Heydar Aliyev ... Aliyev": a bare surname is the bearer named earlier in the article,
                # not the dictionary's best-known one (Ilham Aliyev)
                found = self._copy(earlier, start, end, head, same)
            elif person is not None and not (title is not None and self._holds_new_office(person, title)):
                found = self._known_person(person, new_start, end, head, former, title)
            else:
                if earlier is None and not mods and not title and self._is_place(span):
                    continue  # "in Ekiti": a place the NER took for a person
                if not title and len(span) == 1 and start > 0 and self.doc[start - 1].lower_ in _NO_NAME_DETERMINERS:
                    continue  # "the Bill", "this Bill": a capitalised thing the NER took for a person
                if earlier is None and not title and len(span) == 1 and self._names_a_thing(span[0]):
                    continue  # "Kismayo airport", "Rakhine province": a place or group name the NER took for a person
                found = (self._copy(earlier, start, end, head, same) if earlier
                         else self._unknown_person(span, new_start, end, head, mods, title, former))
            # the last written word ("Roberts-Smith", not "Smith"), or the first where names start with it
            found.surname = surname_of(span.text, found.country, coreference=self.coreference) or span.text.split()[-1]
            self._add(found, [m for m in mods] + ([person_match] if person_match else []))
            self.people.append(found)
        self._named_in_full_later()

    def _holds_new_office(self, person: Person, title: SectorTerm) -> bool:
        """A post written before a listed leader that no sitting head or minister holds and the leader does not
        hold on the date ("High Commissioner X", "Envoy X" of a former president): the person's office now,
        told by the title and the words before it, not their listed office."""
        office = title.text.lower()
        if office not in self.dictionary.appointed_offices:
            return False
        tenure = person.office_on(self.published)
        return tenure is None or tenure.office != office

    def _given_name_honorific(self, start: int) -> bool:
        """Whether the word before a one-word name is an honorific a bare given name follows ("Sir Keir";
        titles.yaml given_name_honorifics)."""
        return start > 0 and self.doc[start - 1].lower_ in self.dictionary.given_name_honorifics

    def _same_given_name(self, word: str) -> Found | None:
        """"Sir Keir Starmer ... Sir Keir": the last person named in full before whose first name is `word`."""
        plain = without_accents(word)
        return next((p for p in reversed(self.people)
                     if len(words := p.name.split()) >= 2 and without_accents(words[0]) == plain), None)

    def _in_full_first(self) -> Iterator[Found]:
        """The people found so far, those named in full before those named by a bare word ("Lee, Ishiba agree" in a
        headline), each in text order."""
        yield from (p for p in self.people if len(p.name.split()) >= 2)
        yield from (p for p in self.people if len(p.name.split()) < 2)

    def _named_in_full_later(self) -> None:
        """A bare name the article gives before it names the person in full ("Lee, Ishiba agree" in the headline,
        "President Lee Jae-myung and ..." in the lede) is that person, and so are the mentions that copied it."""
        for bare in self.people:
            if bare.origin != "entity" or len(bare.name.split()) != 1 or bare.title or bare.sectors or bare.country:
                continue
            full = next((p for p in self.people if p.start > bare.start and len(p.name.split()) > 1
                         and p.surname == bare.surname and (p.country or p.sectors)), None)
            if full is None:
                continue
            name = bare.name
            for found in self.people:
                if found is bare or (found.origin == "coreference" and found.name == name and found.start < full.start):
                    found.name, found.country, found.sectors = full.name, full.country, list(full.sectors)
                    found.code, found.kind, found.title = full.code, full.kind, full.title
                    found.reason, found.origin = f"coreference: named in full later -> {full.name}", "coreference"

    def _names_a_place(self, end: int) -> bool:
        """Whether the capitalised words right after a name end in a word of a place called after someone
        ("Cesar Chavez Plaza", "Jomo Kenyatta International Airport"; sectors.yaml named_place_words)."""
        for token in self.doc[end:end + 3]:
            if not token.text[:1].isupper():
                return False
            if token.lower_ in self.dictionary.named_place_words:
                return True
        return False

    def _names_a_thing(self, word: Token) -> bool:
        """Whether a one-word name modifies the common noun right after it that no sector word names ("Kismayo
        airport", "koala protection"): a person's name does not ("the Khan government" is a sector word's)."""
        noun = word.head
        if word.dep_ not in ("compound", "amod", "nmod") or noun.i != word.i + 1 or noun.tag_ not in ("NN", "NNS"):
            return False
        match = self.at[noun.i]
        return match is None or match.category != Category.SECTOR

    def _other_given_name(self, start: int, match: Match | None) -> int | None:
        """Where a person's name starts when the proper nouns written before a leader's surname, inside one
        PERSON entity, begin like none of the words of that leader's names ("Luis Ortega" against Daniel
        Ortega's "Ortega"; "Daniel Ortega", "Hillary Rodham Clinton", "Omer al-Bashir" keep their leader);
        else None."""
        if match is None or match.end - match.start != 1 or self.doc[start].ent_iob_ != "I":
            return None
        bearers = match.entry if isinstance(match.entry, tuple) else (match.entry,)
        if any(not _is_surname(self.doc[start].text, bearer.name) for bearer in bearers):
            return None  # only a bare surname: "Theresa May", "Fayez" (a given name) are the leader's own
        # the leaders' own name words (aliases hold the short forms: "Joe"); a spelling of one keeps the leader
        known = {word.strip(".,").lower() for bearer in bearers for name in (bearer.name, *bearer.aliases)
                 for word in name.split()}
        first = start
        while first > 0 and self.doc[first - 1].ent_type_ == "PERSON" and self.at[first - 1] is None \
                and self.doc[first - 1].pos_ == "PROPN" and self.doc[first - 1].lower_ not in self.dictionary.honorifics:
            first -= 1
            if self.doc[first].ent_iob_ == "B":
                break
        words = [t.text.strip(".").lower() for t in self.doc[first:start]]
        if first == start or any(len(word) < 2 or any(_same_given_name(word, name) for name in known)
                                 for word in words):
            return None  # no given name, an initial ("J. Ortega"), or one of the leader's own ("Omer" for Omar)
        return first

    def _bearer(self, people: tuple[Person, ...]) -> Person:
        """Of the leaders who share a name: the highest in office on the date, else the one in office most
        recently before it ("Bush" in 1991 is the father, in 2015 the son), else the latest."""
        day = self.published
        holding = [(tenure.rank, n) for n, person in enumerate(people)
                   if day is not None and (tenure := person.office_on(day)) is not None]
        if holding:
            return people[min(holding)[1]]
        before = [(last, n) for n, person in enumerate(people) if (last := person.last_in_office(day)) is not None]
        if before:
            return people[max(before)[1]]
        return max(people, key=lambda person: person.last_in_office(None) or date.min)

    def _title_of(self, title: Match, name_start: int, mods: list[Match]) -> SectorTerm:
        """The sector a person's title gives: a family word written as a title right before the name is a
        religious's ("Father Tom Ode"), an office any body has is the office of the body before it ("Pentagon
        spokesman Ann Ode" is MIL)."""
        term: SectorTerm = title.entry  # type: ignore[assignment]
        word = self.doc[title.start:title.end]
        religious = self.dictionary.name_titles.get(word.text.lower())
        if religious is not None and title.end == name_start and word[0].is_title:
            return SectorTerm(term.text, religious, True)
        before = [m for m in mods if m.start < title.start]
        body = self._side_sector(term, before) or self._body_sector(term, before) or self._body_word(term, title)
        return SectorTerm(term.text, body, True) if body is not None else term

    def _side_sector(self, term: SectorTerm, mods: list[Match]) -> str | None:
        """The side an office holder is on, from a word before the office ("opposition MPs" OPP), else None."""
        if term.sector not in OFFICE_SECTORS:
            return None
        return next((cast(SectorTerm, m.entry).sector for m in mods if m.category == Category.SECTOR
                     and cast(SectorTerm, m.entry).sector in self.dictionary.side_sectors), None)

    def _body_sector(self, term: SectorTerm, mods: list[Match]) -> str | None:
        """The sector of the body written before an office any body has ("a court spokesman", "Pentagon
        officials", "a Hamas spokesman"), else None."""
        if term.text.lower() not in self.dictionary.body_offices:
            # "the union's president", "the company's chief executive": a body's possessive says whose office it
            # is, as "of" does after the offices of sectors.yaml office_bodies
            nearest = next((m for m in mods if m.category == Category.SECTOR), None)
            if nearest is None or term.sector not in self.dictionary.office_bodies \
                    or self.doc[nearest.end - 1].dep_ != "poss" or cast(SectorTerm, nearest.entry).person:
                return None
            return cast(SectorTerm, nearest.entry).sector
        for match in mods:  # nearest first
            if match.category == Category.SECTOR and not cast(SectorTerm, match.entry).person:
                return cast(SectorTerm, match.entry).sector
            if match.category == Category.SEAT:
                _, sector = cast("tuple[Country, str]", match.entry)
                return sector or None
            if match.category == Category.NAMED:
                return None  # "Hamas officials": the named body's code carries the office (PSEREBHMSGOV)
        return None

    def _body_word(self, term: SectorTerm, match: Match) -> str | None:
        """The sector of the body a describing word right before an office any body has names, where no body's
        word stands there ("defence officials" MIL, "intelligence officials" SPY: sectors.yaml body_words), else
        None."""
        if match.start == 0 or term.text.lower() not in self.dictionary.body_offices:
            return None
        word = self.doc[match.start - 1]
        if word.dep_ not in ("amod", "compound") or word.head.i != match.end - 1:
            return None
        return self.dictionary.body_words.get(word.lemma_.lower()) or self.dictionary.body_words.get(word.lower_)

    def _state_led(self, term: SectorTerm, match: Match) -> str | None:
        """The sector of a body a state leads, told by the state's word glued to "led" right before it ("the
        Saudi-led coalition" MIL: sectors.yaml state_led_bodies), else None."""
        sector = self.dictionary.state_led_bodies.get(term.text.lower())
        j = match.start - 3
        if sector is None or j < 0 or self.doc[j + 2].lower_ != "led" or not self._glued_hyphen(j + 1):
            return None
        leader = self.at[j]
        return sector if leader is not None and leader.category in (Category.COUNTRY, Category.DEMONYM) else None

    def _member_sector(self, term: SectorTerm, mods: list[Match], head: int) -> str | None:
        """The sector of a body made of its members, told by a named body's sector word before it or after its "of"
        ("a rebel coalition", "a coalition of rebel groups" REB: sectors.yaml member_collectives), else None."""
        if term.text.lower() not in self.dictionary.member_collectives:
            return None
        members = [m for m in mods if m.category == Category.SECTOR]
        words = [w for w in self.doc[head].lefts if w.dep_ in ("amod", "compound")]  # "a rebel coalition"
        words += [obj for prep in self.doc[head].children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for obj in prep.children if obj.dep_ == "pobj"]
        members += [match for word in words if (match := self.at[word.i]) is not None
                    and match.category == Category.SECTOR]
        return next((sector for m in members
                     if (sector := cast(SectorTerm, m.entry).sector) in self.dictionary.named_body_sectors), None)

    def _office_sought(self, title: Match) -> bool:
        """"the challenger for mayor, X": an office after "for" is the
        one a candidate seeks, not one held."""
        token = self.doc[title.end - 1]
        return token.dep_ == "pobj" and token.head.lower_ == "for"

    def _abstract_sense(self, term: SectorTerm, match: Match) -> bool:
        """Whether an office word that also names a thing (sectors.yaml abstract_offices: "justice") is written as
        the thing: one singular word in lower case with no determiner, possessive or number of its own."""
        if match.end - match.start != 1 or term.text.lower() not in self.dictionary.abstract_offices:
            return False
        token = self.doc[match.start]
        return token.tag_ == "NN" and token.is_lower and not self._determined(match)

    def _determined(self, match: Match) -> bool:
        """Whether an office word has a determiner, a possessive or a number of its own ("for the president")."""
        return any(c.dep_ in ("det", "poss", "nummod", "predet") for c in self.doc[match.end - 1].children)

    def _title_before_comma(self, start: int) -> bool:
        if start < 2 or self.doc[start - 1].text != ",":
            return False
        match = self.at[start - 2]
        return (match is not None and not match.used and match.category == Category.SECTOR
                and isinstance(match.entry, SectorTerm) and match.entry.person)

    def _unique_matches(self, category: Category) -> list[Match]:
        seen: dict[int, Match] = {}
        for match in self.at:
            if match is not None and match.category == category:
                seen.setdefault(id(match), match)
        return sorted(seen.values(), key=lambda m: m.start)

    def _free_tail(self, entity: Span) -> tuple[int, int] | None:
        """The trailing proper-noun words of a PERSON entity that no dictionary match took."""
        end = entity.end
        start = end
        while start > entity.start and self.at[start - 1] is None and self.doc[start - 1].pos_ == "PROPN":
            start -= 1
            # a double-barrelled surname is one name part ("Ben Roberts-Smith", not "Smith")
            if start - 2 >= entity.start and self._glued_hyphen(start - 1) and self.at[start - 2] is None:
                start -= 2
        if start == end or any(m is not None and m.category == Category.PERSON for m in self.at[entity.start:entity.end]):
            return None
        return start, end

    def _known_person(self, person: Person, start: int, end: int, head: int, former: bool,
                      title: SectorTerm | None) -> Found:
        tenure = person.office_on(self.published)
        if tenure is None and not former:
            tenure = person.incoming_on(self.published, self.dictionary.incoming_days)  # "President-elect X"
        office: str | None
        if tenure is not None and not former:
            country, sectors, office = tenure.country, ["GOV"], tenure.office
            reason = f"leader: {person.name}, {tenure.office} {tenure.start}..{tenure.end or 'now'}"
            organization = tenure.organization
            if organization is not None:
                # the head of an IGO speaks for it: coded as the organisation ("IGOUNO"), not as a state's GOV
                reason += f" of {organization.name}"
                return Found(start, end, head, person.name, country, list(organization.sectors), organization.code,
                             "person", reason, title=office)
        elif title is not None and not former and title.sector in OFFICE_SECTORS:
            # an office written before the name that the leader rows do not hold ("Senator X" years before X led
            # the state): the title says the role at the time (CODEBOOK), not an elite out of office
            country, sectors, office = person.home_country, [title.sector], title.text.lower()
            reason = f"leader: {person.name}, no office on {self.published or 'the date'}; title {title.text!r}"
        else:
            country, sectors = person.home_country, ["ELI"]
            office = title.text.lower() if title else None
            reason = f"leader: {person.name}, no office on {self.published or 'the date'}" + (
                " (former)" if former else "")
        return Found(start, end, head, person.name, country, sectors,
                     self.dictionary.code_for(country, sectors), "person", reason, title=office)

    def _unknown_person(self, span: Span, start: int, end: int, head: int, mods: list[Match],
                        title: SectorTerm | None, former: bool) -> Found:
        countries = self._countries_in(mods)
        country = countries[0][0] or None if countries else None
        sectors = ["ELI"] if former else ([title.sector] if title else [])
        reason = "ner: PERSON" + (f" with title {title.text!r}" if title else "") + (
            f" and country word {self._text(mods[-1].start, mods[-1].end)!r}" if countries else "")
        named = next((m.entry for m in mods if m.category == Category.NAMED), None)
        body = self._member_body(mods, span.start) if not sectors else None
        if body is not None:
            # "Bundestag member Ann Ode": a member of the body named in the person's own words holds its sector
            # (as _body_before_title reads a body found before the title), not a private person's
            sectors, reason = [body.sectors[0]], reason + f"; member of {body.name}"
        code = (named.code + "".join(self.dictionary.sector_codes[s] for s in sectors if s not in named.sectors)
                if isinstance(named, NamedActor) else self.dictionary.code_for(country, sectors))
        return Found(start, end, head, span.text, country, sectors, code, "person", reason,
                     title=title.text.lower() if title else None, origin="entity")

    def _member_body(self, mods: list[Match], name_start: int) -> NamedActor | None:
        """The named body with a sector right before a word of membership that stands right before the name
        ("Bundestag member Ann Ode", "the Knesset chairman Tom Ode"), else None."""
        nearest = mods[0] if mods else None  # (mods run right to left: the nearest first)
        if nearest is None or nearest.category != Category.NAMED or not isinstance(nearest.entry, NamedActor) \
                or not nearest.entry.sectors or nearest.end + 1 != name_start:
            return None
        return nearest.entry if self.doc[nearest.end].lower_ in self.dictionary.membership_words else None

    @staticmethod
    def _copy(antecedent: Found, start: int, end: int, head: int, reason: str) -> Found:
        return Found(start, end, head, antecedent.name, antecedent.country, list(antecedent.sectors),
                     antecedent.code, antecedent.kind, f"{reason} -> {antecedent.name}",
                     title=antecedent.title, surname=antecedent.surname, origin="coreference")

    # 3. sector phrases ------------------------------------------------------------------------------

    def _sector_phrases(self) -> None:
        allowed = frozenset({Category.SECTOR, Category.FORMER, Category.DEMONYM, Category.COUNTRY,
                             Category.NAMED, Category.SEAT})
        for match in self._unique_matches(Category.SECTOR) + self._unique_matches(Category.PAIR):
            if match.used or any(self.covered[match.start:match.end]):
                continue
            if match.category == Category.PAIR:
                self._leader_pair(match)
                continue
            if self._describes_sector_word(match):
                continue  # "the police union": the body's word is a modifier of the word after it
            term: SectorTerm = match.entry  # type: ignore[assignment]
            if term.person and self._office_sought(match) and not self._determined(match) \
                    and self.doc[match.end - 1].head.head.lemma_.lower() in self.dictionary.office_seeking:
                match.used = True  # "ran for governor", "the race for president": an office sought names no one
                continue
            if self._abstract_sense(term, match):
                match.used = True  # "demanded justice", "brought to justice": the thing, not a judge
                continue
            one_office = term.person and self.doc[match.end - 1].tag_ in ("NN", "NNP")
            new_start, mods, former = self._modifiers(match.start, allowed, office=one_office)
            if self._names_follow(match.end):
                # "the rebel Free Syrian Army", "the Islamist group Hamas": the words describe the name after them
                for described in (match, *mods):
                    described.used = True
                self.described_from[match.end] = new_start
                continue
            end = match.end
            countries = self._countries_in(mods)
            trailing = self._country_after(end)
            if trailing is not None:
                if self.doc[end].lower_ == "in" and any(code for code, _ in countries):
                    # "Kenyan police in Somalia", "UN troops in Mali": whose they are is said before the head; the
                    # country after "in" is only where they are (a group of no single state is coded by it still)
                    trailing.used = True
                else:
                    mods.insert(0, trailing)
                    countries = self._countries_in(mods)
                end = trailing.end
            head = self.doc[match.start:match.end].root.i
            body = self._side_sector(term, mods) or self._body_sector(term, mods) or self._body_word(term, match)
            # "a former minister", "former police officers": people who held an office (a plural word is its
            # holders); "the former regime" is a body, not an elite
            holders = term.person or self.doc[match.end - 1].tag_ in ("NNS", "NNPS")
            sectors = ["ELI"] if former and holders and term.sector in OFFICE_SECTORS else [
                body or self._state_led(term, match) or self._member_sector(term, mods, head) or term.sector]
            kind = "person" if term.person else "group"
            leader = self._person_before(new_start) if not countries and not term.person else None
            if leader is not None and leader.country:
                # "the Trump administration", "Putin's government": the body of that leader's country.
                found = Found(leader.start, end, head, f"{leader.name} {term.text}", leader.country, [term.sector],
                              self.dictionary.code_for(leader.country, [term.sector]),
                              "state" if term.sector in STATE_SECTORS else "group",
                              f"person + sector word {term.text!r}")
                self.found.add(found)  # over the person's words too: the person stays an actor of its own
                match.used = True
                continue
            if not countries:
                antecedent = titled(term.text.lower(), match.start, self.people, coreference=self.coreference) \
                    if term.person and not mods and not self._names_its_holder(head) else None
                if antecedent is not None:
                    found = self._copy(antecedent, new_start, end, head, f"coreference: {term.text!r}")
                    self._add(found, [match])
                    continue
                found = Found(new_start, end, head, term.text, None, sectors,
                              self.dictionary.code_for(None, sectors), kind, f"sector word {term.text!r}")
                self._add(found, [match, *mods])
                continue
            named = next((m.entry for m in mods if m.category == Category.NAMED), None)
            actors = []
            for code, place in countries:
                country = code or None
                own = self._group_sectors(named, term, sectors) if isinstance(named, NamedActor) \
                    and named.name == place else sectors
                if kind == "group" and country and STATE_SECTORS.intersection(own) and len(code) == 3 \
                        and code in self.dictionary.countries:
                    kind = "state"
                if isinstance(named, NamedActor) and named.name == place and not self._party_in_office(named, term, own):
                    actor_code = named.code + "".join(
                        self.dictionary.sector_codes[s] for s in own if s not in named.sectors)
                else:
                    actor_code = self.dictionary.code_for(country, sectors)
                actors.append(Found(new_start, end, head, f"{place} {term.text}", country, list(own),
                                    actor_code, kind, f"country word + sector word {term.text!r}",
                                    title=term.text.lower() if term.person else None))
            first = actors[0]
            first.extra = actors[1:]
            self._add(first, [match, *mods])
            if term.person:
                # (in text order, found after the named people: a pair or a title looks back from the nearest)
                bisect.insort(self.people, first, key=lambda person: person.start)

    def _describes_sector_word(self, match: Match) -> bool:
        """A body's word that modifies another sector word after it ("police" in "the police union", "court" in
        "a court spokesman"), or an office's word right before another office's ("the deputy ambassador", "a deputy
        minister": one person, of the later office): that word's actor takes it in."""
        term: SectorTerm = match.entry  # type: ignore[assignment]
        token = self.doc[match.end - 1]
        if token.dep_ not in ("compound", "nmod", "amod", "poss") or (term.person and token.dep_ == "poss"):
            return False  # ("the party's spokesman": a body's possessive is its word before the office)
        head = token.head
        if not match.end <= head.i <= match.end + (0 if term.person else MAX_FILLERS):
            return False
        following = self.at[head.i]
        return following is not None and following is not match and following.category == Category.SECTOR \
            and not following.used and (not term.person or cast("SectorTerm", following.entry).person)

    def _party_in_office(self, named: NamedActor, term: SectorTerm, sectors: list[str]) -> bool:
        """A party's member named by a state office ("Republican senators", "Labour ministers") is that
        office's, coded with the country and the office's sector (CODEBOOK: LEG, GOV), not as the party; an office
        any body has ("Labour officials", "Democratic leaders") is the party's own."""
        return bool(PARTY_SECTORS.intersection(named.sectors)) and bool(STATE_SECTORS.intersection(sectors)) \
            and term.text.lower() not in self.dictionary.body_offices

    def _group_sectors(self, named: NamedActor, term: SectorTerm, sectors: list[str]) -> list[str]:
        """A named group's sectors with a sector word after its name: "Taliban forces" are the armed group's
        own men (REB), not an army (MIL); "Hamas officials" add the word's sector."""
        armed = self.dictionary.armed_sectors
        if term.sector in armed and armed.intersection(named.sectors):
            return list(named.sectors)
        return sectors

    def _names_its_holder(self, head: int) -> bool:
        """"Ann Ruiz, the prime minister of ...", "the minister of health of ...": a title in apposition to a
        name, or with a complement or a possessive saying whose office it is ("her spokesman": the possessor's, not
        the last spokesman named), is a new person's, not a reference back."""
        token = self.doc[head]
        return (token.dep_ == "appos" and token.head.pos_ == "PROPN") or any(
            (c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS) or c.dep_ == "poss" for c in token.children)

    def _names_follow(self, end: int) -> bool:
        following = self.at[end] if end < len(self.doc) else None
        return following is not None and following.category == Category.NAMED and following.start == end

    def _person_before(self, start: int) -> Found | None:
        """A person actor ending right before `start`, with or without "'s" between."""
        if start > 0 and self.doc[start - 1].tag_ == "POS":
            start -= 1
        return next((p for p in reversed(self.people) if p.end == start and p.kind == "person"), None)

    def _state_before(self, start: int) -> Found | None:
        """A country actor (no sector) ending right before `start`: "South Korea's Joint Chiefs of Staff"."""
        if start > 0 and self.doc[start - 1].tag_ == "POS":
            start -= 1
        return next((f for f in self.found if f.end == start and f.kind == "state"
                     and f.country in self.dictionary.countries), None)

    def _country_after(self, end: int) -> Match | None:
        """"the government of Iraq", "police in Kenya": a country right after the head; "observers from the African
        Union", "monitors from the OSCE": an international body after "from", whose people they are."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "in", "from"):
            return None
        j = end + 1
        first = self.at[j]
        if doc[end].lower_ == "from" and first is not None and first.start == j:
            pass  # ("from the European Union": a name whose words begin with "the")
        elif doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        match = self.at[j]
        if match is None or match.used or match.start != j or self._opens_a_name(match):
            return None
        if doc[end].lower_ == "from":
            named = match.entry if match.category == Category.NAMED else None
            return match if isinstance(named, NamedActor) and named.country in _BODIES_OF_NO_STATE else None
        return match if match.category == Category.COUNTRY else None

    def _opens_a_name(self, match: Match) -> bool:
        """Whether a country's words open a longer name written after them ("the president of the Nigeria Labour
        Congress", "the head of the Kenya Wildlife Service"): the country's last word modifies a proper noun after it,
        so the office is the named body's, not the state's; not a person's name after it ("the president of Kenya
        William Ruto")."""
        last = self.doc[match.end - 1]
        return match.end < len(self.doc) and last.dep_ == "compound" and last.head.i >= match.end \
            and last.head.pos_ == "PROPN" and last.head.ent_type_ != "PERSON"

    def _leader_pair(self, match: Match) -> None:
        # (a person named again by a bare surname the tagger missed is named there: "Lee ... spoke with Trump. The
        # two leaders")
        first = self.doc[match.start]
        if first.like_num and (match.start == 0 or self.doc[match.start - 1].lower_ not in _PAIR_DETERMINERS):
            match.used = True  # "detained two men who tried to enter": new people; "the two men" are named before
            return
        people = sorted(self.people + self._bare_surnames(), key=lambda person: person.start)
        pair = last_two([p for p in people if p.end <= match.start], lambda person: person.name)
        if not pair:
            return
        head = self.doc[match.start:match.end].root.i
        copies = [self._copy(p, match.start, match.end, head, "coreference: two leaders") for p in pair]
        copies[0].extra = copies[1:]
        self._add(copies[0], [match])

    # 4. standalone names ---------------------------------------------------------------------------

    def _standalone(self) -> None:
        for match in sorted({id(m): m for m in self.at if m is not None}.values(), key=lambda m: m.start):
            if match.used or any(self.covered[match.start:match.end]):
                continue
            span = self.doc[match.start:match.end]
            head = span.root.i
            found: Found | None = None
            if match.category == Category.COUNTRY:
                country: Country = match.entry  # type: ignore[assignment]
                if self._is_region(match) and (self._region_describes(span) or (
                        span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN")):
                    continue  # "a Middle East peace plan", "his Asia trip": what it is about, no actor
                if self._contest_title(match.start):  # "Miss Venezuela": a pageant's contestant, no state
                    found = Found(match.start - 1, match.end, head, self._text(match.start - 1, match.end),
                                  country.code, [], country.code, "person", f"contestant {span.text!r}")
                else:
                    found = Found(match.start, match.end, head, country.name, country.code, [], country.code,
                                  "state", f"country name {span.text!r}")
            elif match.category == Category.SEAT:
                country, sector = cast("tuple[Country, str]", match.entry)
                if self._is_place(span) or self._names_a_contender(span):
                    continue
                sectors = [sector] if sector else []  # a plain seat is the state as a whole (CODEBOOK)
                found = Found(match.start, match.end, head, country.name, country.code, sectors,
                              self.dictionary.code_for(country.code, sectors), "state",
                              f"seat of power {span.text!r}")
            elif match.category == Category.DEMONYM:
                country = match.entry  # type: ignore[assignment]
                if self._is_region(match) and self._region_describes(span):
                    continue
                # "Russians" (people) against "Russian" (of the Russian state, as in "Russian advances"); "the
                # Italian", "a Briton": one of its people (a state is named by its name, not "the Italian").
                noun = span[-1].pos_ in ("NOUN", "PROPN")
                people = noun and span[-1].tag_ in PLURAL_TAGS
                person = noun and not people and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                                                     for c in span[-1].children)
                sectors = ["CVL"] if people or person else []
                kind = "group" if people or self._describes_private_people(span) else "person" if person else "state"
                found = Found(match.start, match.end, head, country.name, country.code, sectors,
                              self.dictionary.code_for(country.code, sectors), kind, f"demonym {span.text!r}")
            elif match.category == Category.NAMED:
                named: NamedActor = match.entry  # type: ignore[assignment]
                found = Found(self.described_from.get(match.start, match.start), match.end, head, named.name,
                              named.country, list(named.sectors), named.code, named.kind,
                              named.reason)
                owner = self._country_word_before(match.start)
                if owner is not None and named.country in self.dictionary.countries and owner.code != named.country:
                    # "Canada's House of Commons": a national body named for the country before it.
                    found.country, found.code = owner.code, self.dictionary.code_for(owner.code, named.sectors)
                    found.reason += f" of {owner.name}"
            if found is not None:
                self._add(found, [match])

    def _country_word_before(self, start: int) -> Country | None:
        if start > 0 and self.doc[start - 1].tag_ == "POS":
            start -= 1
        match = self.at[start - 1] if start > 0 else None
        if match is not None and match.category in (Category.COUNTRY, Category.DEMONYM):
            return match.entry  # type: ignore[return-value]
        return None

    def _is_place(self, span: Span) -> bool:
        """"talks in Moscow", "his trip to Beijing": the seat is where something happens."""
        token = span.root
        if token.dep_ != "pobj":
            return False
        preposition = token.head.lower_
        if preposition in self.dictionary.place_prepositions:
            return True
        return preposition in ("to", "into", "from") and token.head.head.lemma_.lower() in self.dictionary.motion_words

    def _describes_private_people(self, span: Span) -> bool:
        """A demonym describing people at a calling that is no state's (sectors.yaml private_people and their
        suffixes: "Argentine and Chinese palaeontologists", "Kenyan athletes"): they are the country's people, the
        state does nothing. Through a list of demonyms to the one on the noun."""
        token = span.root
        while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ == "ADJ":
            token = token.head
        if token.dep_ != "amod" or token.head.pos_ != "NOUN":
            return False
        noun = token.head.lemma_.lower()
        return noun in self.dictionary.private_people or noun.endswith(self.dictionary.private_people_suffixes)

    def _contest_title(self, start: int) -> bool:
        """Whether a contest's title, capitalised and no other actor's word, is written right before a country's name
        (sectors.yaml contest_titles: "Miss Venezuela", "Mister Brazil"): the name is a contestant's."""
        if start == 0 or self.at[start - 1] is not None:
            return False
        title = self.doc[start - 1]
        return title.is_title and title.lower_ in self.dictionary.contest_titles

    def _names_a_contender(self, span: Span) -> bool:
        """Whether the article writes this seat's name on a noun of a contender (sectors.yaml contender_nouns:
        "Doha's bid", "the Madrid bid", "club Rome"): the name then stands for the club or the bid, not the state,
        wherever the article names it alone. (The names are gathered once, at the first standalone seat.)"""
        if self.contenders is None:
            self.contenders = self._contender_names()
        return span.text.lower() in self.contenders

    def _contender_names(self) -> frozenset[str]:
        doc, nouns = self.doc, self.dictionary.contender_nouns
        names: set[str] = set()
        for token in doc:
            if token.lemma_.lower() not in nouns or not self._aims_at_hosting(token):
                continue
            # the name as owner or modifier of the noun, or written right before it (the parser may read "the
            # Madrid bid chief" as a verb), or the noun on the name ("French club Mulhouse")
            near = [c.i for c in token.children if c.dep_ in ("poss", "compound", "appos")]
            near += [token.i - 1, token.i - 2] if token.i >= 2 and doc[token.i - 1].tag_ == "POS" else [token.i - 1]
            if token.dep_ in ("compound", "appos"):
                near.append(token.head.i)
            for i in near:
                match = self.at[i] if 0 <= i < len(doc) else None
                if match is not None and match.category == Category.SEAT:
                    names.add(doc[match.start:match.end].text.lower())
        return frozenset(names)

    def _aims_at_hosting(self, noun: Token) -> bool:
        """A contender's noun with no aim written after it ("Doha's bid, led by ..."), or one of hosting ("the bid
        to host the Games"): not a state's bid to join or to win something ("Kyiv's bid to join NATO")."""
        doc = self.doc
        if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in ("to", "for", "of"):
            return True
        return (doc[noun.i + 1].lower_ == "to" and noun.i + 2 < len(doc)
                and doc[noun.i + 2].lemma_.lower() in self.dictionary.contender_aims)

    # 5. entities no dictionary knows ---------------------------------------------------------------

    def _entities(self) -> None:
        for entity in self.entities:
            if entity.label_ not in ("ORG", "NORP"):
                continue
            if entity.label_ == "NORP" and entity.root.dep_ == "amod":
                self._described_group(entity)  # "Jewish settlers", "Southeast Asian nations"
                continue
            inside = [f for f in self.found if entity.start <= f.start and f.end <= entity.end]
            if not inside and self._is_place(entity):
                continue  # "in Nagorno-Karabakh": a place the NER took for an organisation
            if not inside and self._portfolio_of_office(entity):
                continue
            if any(self.covered[entity.start:entity.end]) and not (
                entity.label_ == "ORG" and inside and all(f.country is None and f.kind != "person" for f in inside)
                and all(self.covered[i] == 0 or any(entity.start <= f.start and f.end <= entity.end
                                                        for f in self.found.covering(i))
                        for i in range(entity.start, entity.end))
            ):
                continue
            sectors = self._kind_of_name(entity) or sorted({s for f in self._kinds_named(inside) for s in f.sectors})
            for f in inside:  # the named organisation replaces the generic sector words inside it
                self.found.drop(f)
            start = entity.start + (1 if self.doc[entity.start].lower_ == "the" else 0)
            end = entity.end - (1 if self.doc[entity.end - 1].tag_ == "POS" and entity.end - 1 > start else 0)
            kind = "organization" if entity.label_ == "ORG" else "group"
            owner = self._state_before(start) if entity.label_ == "ORG" else None
            country = owner.country if owner is not None else None
            reason = f"ner: {entity.label_}" + (f" of {owner.name}" if owner is not None else "")
            found = Found(start, end, entity.root.i, self._text(start, end), country, sectors,
                          self.dictionary.code_for(country, sectors), kind, reason, origin="entity")
            self._add(found)

    def _portfolio_of_office(self, entity: Span) -> bool:
        """"Communications Minister X", "Transport Secretary Y": the NER cuts the portfolio off the office as an
        organisation of its own; it is the start of the person's title, so the person takes its words."""
        if entity.label_ != "ORG" or not all(t.is_title and t.pos_ in ("PROPN", "NOUN") for t in entity):
            return False
        person = next((f for f in self.found.covering(entity.end)
                       if f.kind == "person" and f.start == entity.end and f.title is not None), None)
        if person is None:
            return False
        office = self.at[entity.end]
        if office is None or office.category != Category.SECTOR:
            return False  # the person's words must start with the office word itself
        self.found.widen(person, entity.start)
        for i in range(entity.start, entity.end):
            self.covered[i] = 1
        return True

    def _kinds_named(self, inside: list[Found]) -> list[Found]:
        """The sector words inside a name that say its kind: a body of members ("Union of Chess Clubs", sectors.yaml
        member_bodies) is of its members' kind, so its head word's own sector ("union" LAB) gives way to theirs."""
        def of_members(body: Found) -> bool:
            token = self.doc[body.head]
            return token.lower_ in self.dictionary.member_bodies and any(
                f is not body and f.sectors and f.head in members for f in inside
                for members in [{o.i for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"}])
        return [f for f in inside if not of_members(f)] if len(inside) > 1 else inside

    def _kind_of_name(self, entity: Span) -> list[str]:
        """The sector an organisation's name no dictionary knows says it has, by its words and head (titles.yaml
        organization_kinds: "the Patriotic Liberation Army" REB, "the Socialist Alliance" PTY), else none."""
        if entity.label_ != "ORG":
            return []
        words = {t.lower_ for t in entity}
        head = entity.root.lower_
        return next(([kind.sector] for kind in self.dictionary.organization_kinds
                     if head in kind.heads and not words.isdisjoint(kind.words)), [])

    def _names_after_descriptions(self) -> None:
        """"the West African bloc ECOWAS", "the military alliance NATO": a phrase of a common noun written right
        before the name of a body a dictionary knows is that body, as an apposition with no comma is (the tagger may
        read the name as a verb, so the parser leaves the two apart and the act takes the described noun)."""
        doc = self.doc
        pairs = []
        for found in self.found:
            if found.kind == "person" or found.end >= len(doc) or doc[found.head].pos_ != "NOUN" \
                    or found.head != found.end - 1:
                continue
            named = next((f for f in self.found.covering(found.end) if f.start == found.end and f is not found
                          and f.kind in ("organization", "group") and f.code and f.reason.startswith(_DICTIONARY_NAMES)),
                         None)
            if named is not None and doc[named.end - 1].dep_ != "compound":
                pairs.append((found, named))  # (not "the bloc NATO summit": the name describes what follows it)
        for found, named in pairs:
            self.found.drop(found)  # one actor over both: the name's, widened over its description
            self.found.widen(named, found.start)
            named.reason += f"; described as {self._text(found.start, found.end)!r}"

    def _described_names(self) -> None:
        """"the Kuntur party ... Kuntur said", "the Sunrise Party ... Sunrise officials": a name written with the
        word of the body it names (a proper noun before a body's sector word, in the words of a body found by
        them) is that body wherever the article writes it alone, so a bare mention of it no dictionary knows takes
        the body's sectors (sectors.yaml named_body_sectors: a party, a group, a firm; not a state body, "the
        Ode government" says nothing of who Ode is), and later steps read offices of it ("the leader of Kuntur")."""
        lending = self.dictionary.named_body_sectors
        if not lending:
            return
        doc = self.doc
        bodies: dict[str, Found] = {}
        firsts: set[str] = set()
        naming = bytearray(len(doc))  # the name's words in the phrase that names the body with its word
        for found in self.found:
            if found.kind == "person" or len(found.sectors) != 1 or found.sectors[0] not in lending \
                    or not (found.origin == "entity" or found.reason.startswith("sector word")):
                continue  # (a body a dictionary names is known by its own names)
            first = found.head  # (the name before a sector word is outside its actor's words until _mentions)
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
                    and self.at[first - 1] is None and not any(f is not found for f in self.found.covering(first - 1)):
                first -= 1
            if first < found.head:
                bodies.setdefault(doc[first:found.head].text, found)
                firsts.add(doc[first].text)  # (a name's first word: no span is cut at the other words below)
                naming[first:found.head] = b"\x01" * (found.head - first)
        if not bodies:
            return
        political = PARTY_SECTORS | self.dictionary.armed_sectors
        for found in self.found:
            if found.sectors or found.origin not in _NAMED_ENTITIES:
                continue
            body = bodies.get(self._text(found.start, found.end).removeprefix("the ").removeprefix("The "))
            if body is not None and body is not found and (found.kind != "person" or body.sectors[0] in political):
                # (a name the tagger took for a person's is the body's when the body is a party or an armed group;
                # a foundation, a school or a firm may bear a person's name: "the Ode Foundation ... Ode said")
                if found.kind == "person":
                    found.kind, found.title, found.surname = "organization", None, None
                    self.people = [p for p in self.people if p is not found]  # ("he" is no party)
                found.sectors = list(body.sectors)
                found.country = found.country or body.country
                found.code = self.dictionary.code_for(found.country, found.sectors)
                found.reason += f"; named as {self._text(body.start, body.end)!r}"
        # the name where the tagger saw no entity ("the leader of Kuntur"): a run of proper nouns no actor covers
        lengths = sorted({len(name.split()) for name in bodies}, reverse=True)
        i = 0
        while i < len(doc):
            body, size = next(((bodies[text], n) for n in lengths if (text := doc[i:i + n].text) in bodies
                               and self._free_name(i, i + n) and not naming[i]), (None, 0)) \
                if doc[i].text in firsts else (None, 0)
            head = doc[i + size - 1] if body is not None else None
            if head is not None and head.dep_ == "compound" and self.covered[head.head.i]:
                office = next((f for f in self.found.covering(head.head.i)), None)
                if office is not None and office.reason.startswith("sector word") \
                        and office.name.lower() in self.dictionary.body_offices and body is not None:
                    # "Kuntur officials", "a Sunrise spokesman": an office any body has is the body's
                    office.sectors = list(body.sectors)
                    office.code = self.dictionary.code_for(office.country, office.sectors)
                    office.reason += f" of {doc[i:i + size].text}"
                i += size  # ("a Kuntur minister": the name describes the office's holder)
                continue
            if body is None:
                i += 1
                continue
            self._add(Found(i, i + size, doc[i:i + size].root.i, doc[i:i + size].text, body.country,
                            list(body.sectors), self.dictionary.code_for(body.country, body.sectors), "organization",
                            f"name of {self._text(body.start, body.end)!r}", origin="entity"))
            i += size

    def _free_name(self, start: int, end: int) -> bool:
        """Proper nouns no actor covers, the whole run of them (not "Sunrise" of "Sunrise Valley")."""
        doc = self.doc
        return all((doc[k].pos_ == "PROPN" or doc[k].is_title) and not self.covered[k] for k in range(start, end)) \
            and not (start > 0 and doc[start - 1].pos_ == "PROPN") and not (end < len(doc) and doc[end].pos_ == "PROPN")

    def _described_group(self, entity: Span) -> None:
        """A NORP adjective no dictionary knows, with the noun it describes: one group actor over both."""
        noun = entity.root.head
        if noun.pos_ not in ("NOUN", "PROPN") or not 0 <= noun.i - entity.end <= 2 or any(
                self.covered[entity.start:entity.end]):
            return
        text = self._text(entity.start, noun.i + 1)
        generic = next((f for f in self.found.covering(noun.i) if f.country is None), None)
        if generic is not None:  # "Kurdish fighters": the sector word's actor, described
            self.found.widen(generic, entity.start)
            generic.name = text
            generic.reason += f" described by {entity.text!r}"
            for i in range(generic.start, generic.end):
                self.covered[i] = 1
        elif not self.covered[noun.i]:
            self._add(Found(entity.start, noun.i + 1, noun.i, text, None, [], "", "group", DESCRIBED_NOUN,
                            origin="described noun"))

    def _caucuses(self) -> None:
        """A party named as a legislature's members ("Senate Democrats", "Democrats in Congress", "Republicans who
        control the House") is the legislature (CODEBOOK LEG): they act there as legislators."""
        caucus = self.dictionary.caucus
        if caucus is None or not caucus.words:
            return
        for found in self.found:
            if found.kind == "person" or not found.country or not PARTY_SECTORS.intersection(found.sectors[:1]) \
                    or not self._sits_in_legislature(found, caucus):
                continue
            found.sectors = ["LEG"]
            found.code = self.dictionary.code_for(found.country, found.sectors)
            found.reason += "; members in a legislature"

    def _sits_in_legislature(self, found: Found, caucus: LegislativeCaucus) -> bool:
        doc, words = self.doc, caucus.words
        head = doc[found.head]
        for child in head.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in words:
                return True  # "Senate Democrats", "congressional Republicans"
            if child.dep_ == "prep" and child.lower_ == "in":
                if any(obj.dep_ == "pobj" and obj.lower_ in words for obj in child.children):
                    return True  # "Democrats in Congress"
            if child.dep_ == "relcl" and (child.lemma_ or child.lower_).lower() in caucus.verbs:
                if any(obj.dep_ == "dobj" and obj.lower_ in words for obj in child.children):
                    return True  # "Republicans who control the House"
        return False

    def _owned_offices(self) -> None:
        """A state's office word held in a body that is no state ("the federation's president", "its board" after
        a club, "the union's general assembly") is that body's: it takes the body's sector and no state's (an
        unknown body gives none); and "the union" again after "the Union of Chess Clubs", or "the assembly" again
        after the union's assembly, is the same body, read the same way."""
        reread: dict[str, Found] = {}  # head word -> the last body read by its name or its owner
        for found in sorted(self.found, key=lambda f: f.start):
            if found.origin == "entity" and found.kind == "organization":
                if not STATE_SECTORS.intersection(found.sectors):  # ("the council" after a city council: as before)
                    reread[self.doc[found.head].lower_] = found
                continue
            word = self.doc[found.head]
            again = reread.get(word.lower_) if found.reason.startswith("sector word") and self._bare(word) else None
            office = self._office_word(found) if again is None else word
            owner = again or (self._owner(office, found, reread) if office is not None else None)
            if owner is None or office is None:
                continue
            self._hold(found, owner, "the same body as" if again is not None else "office of")
            if found.kind != "person":
                reread[office.lower_] = found

    def _office_word(self, found: Found) -> Token | None:
        """The word of a state's office an actor was read by: a sector word's head, or a person's title."""
        if not STATE_SECTORS.intersection(found.sectors) or found.origin == "coreference":
            return None
        if found.reason.startswith("sector word"):
            return self.doc[found.head]
        if found.kind == "person" and found.title and found.origin == "entity":
            last = found.title.split()[-1]
            return next((t for t in self.doc[found.start:found.end] if t.lower_ == last), None)
        return None

    def _bare(self, word: Token) -> bool:
        """"the union": a body word with only its article, which can only mean a body named before."""
        return all(c.dep_ == "det" and c.lower_ == "the" for c in word.children if c.dep_ not in ("punct", "case")) \
            and any(c.dep_ == "det" for c in word.children)

    def _owner(self, office: Token, found: Found, reread: Mapping[str, Found]) -> Found | None:
        """The body no dictionary knows that a possessive on an office names: "its"/"their" for the nearest body
        before it in the sentence, a body's word ("the club's"), or an unknown body of sectors.yaml private_bodies
        ("the federation's": an owner with no sector), or such a body's word before the office ("club president"), or
        a body's name before an office that speaks for it ("a Nestwell spokesman"). None for a state's, a known
        body's, a person's, or none."""
        poss = next((c for c in office.children if c.dep_ == "poss"), None)
        if poss is None:
            # (session 24) a body's word as the office's modifier: "club president Al Ode", "the company chairman"
            word = next((c for c in office.children if c.dep_ == "compound"
                         and c.lower_ in self.dictionary.private_bodies
                         and all(f is found for f in self.found.covering(c.i))), None)
            if word is not None:
                return Found(word.i, word.i + 1, word.i, word.lower_, None, [], "", "group", "private body")
            # (session 27) or, for an office that speaks for a body, a body's name that is no acronym as its modifier
            # ("a Nestwell spokesman"): the checks below judge it as they judge "Nestwell's spokesman"
            if office.lower_ not in self.dictionary.named_speakers:
                return None
            owner = next((f for c in office.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.is_upper
                          for f in self.found.covering(c.i) if f is not found and f.kind == "organization"), None)
        elif poss.pos_ == "PRON":
            if poss.lower_ not in ("its", "their"):
                return None
            sentence = office.sent.start
            owner = next((f for f in sorted(self.found, key=lambda f: -f.start)
                          if sentence <= f.start < found.start and f.kind != "person" and f.origin != "coreference"),
                         None)
        else:
            owner = next((f for f in self.found.covering(poss.i) if f.kind != "person" and f is not found), None) \
                or reread.get(poss.lower_)  # ("the union's assembly" after "the Union of ...": its words before it)
            if owner is None and poss.lower_ in self.dictionary.private_bodies:
                return Found(poss.i, poss.i + 1, poss.i, poss.lower_, None, [], "", "group", "private body")
        unknown = owner is not None and (owner.origin == "entity" or owner.reason.startswith("sector word"))
        if owner is None or not unknown or owner.kind == "state" or (not owner.sectors and owner.kind != "organization") \
                or not (STATE_SECTORS | PARTY_SECTORS | self.dictionary.armed_sectors
                        | self.dictionary.crowd_sectors).isdisjoint(owner.sectors):
            return None  # ("Kenya's president", "its troops" after "the authorities", "the party's senators", "the
            # UN's agencies": a state's, a party's, an armed group's or a known body's, coded as before)
        return owner

    def _hold(self, found: Found, owner: Found, how: str) -> None:
        """`found` (and the mentions that copied it) as an office of `owner`, with the owner's sectors."""
        copies = [f for f in self.found if f.origin == "coreference" and f.name == found.name and f.code == found.code]
        for item in (found, *copies):
            item.sectors = list(owner.sectors)
            item.country = item.country or owner.country
            item.code = self.dictionary.code_for(item.country, item.sectors)
            item.reason += f"; {how} {owner.name}"

    def _offices_of_bodies(self) -> None:
        """"the leader of the Labour Party", "a spokesman for Hamas", "the chief executive of the broadcaster": an
        office word that names no body of its own (GOV or BUS by default) with the body it serves after "of" or
        "for" is an office of that body. A named body lends its country, sectors and code; a body named by a sector
        word its sector ("the president of the court" is JUD); a state named bare lends nothing (its president
        keeps the office's sector)."""
        for found in self.found:
            if not found.reason.startswith("sector word") or len(found.sectors) != 1:
                continue
            prepositions = self.dictionary.office_bodies.get(found.sectors[0])
            any_body = prepositions is None and found.name.lower() in self.dictionary.body_offices
            if any_body:
                # an office any body has ("representatives of the networks") serves the body "of" or "for" names
                prepositions = self.dictionary.office_bodies.get("GOV")
            body = self._body_served(found, prepositions) if prepositions else None
            if body is None or (any_body and not set(body.sectors).isdisjoint(self.dictionary.crowd_sectors)):
                continue  # ("representatives of the protesters": a crowd's spokesmen are no crowd)
            if body.reason.startswith("sector word"):
                found.sectors = list(body.sectors)
                found.code = self.dictionary.code_for(found.country, found.sectors)
            else:
                found.country, found.sectors, found.code = body.country, list(body.sectors), body.code
            found.reason += f" of {body.name}"

    def _party_offices(self) -> None:
        """"The Conservative leader", "Social Democrat leader Ann Ode": a state's office (GOV) of party_offices whose
        words open with a party's name (party_names, capitalised) is that party's, PTY (the country stays). Not a
        leader the dictionaries know (their office is known by the date)."""
        doc, names, offices = self.doc, self.dictionary.party_names, self.dictionary.party_offices
        for found in self.found:
            if found.sectors != ["GOV"] or found.reason.startswith("leader:"):
                continue
            office = next((i for i in range(found.start, found.end) if doc[i].lemma_.lower() in offices), None)
            if office is None:
                continue
            # (the capitalised words right before the office, "Liberal Democrat", the tagger's title or not)
            first = office
            while first > max(0, office - 3) and doc[first - 1].is_title:
                first -= 1
            words = [doc[i].lower_ for i in range(first, office)]
            if any(" ".join(words[k:]) in names for k in range(len(words))):
                found.sectors = ["PTY"]
                found.code = self.dictionary.code_for(found.country, found.sectors)
                found.reason += "; a party's office"

    def _leaders_of_bodies(self) -> None:
        """"Ann Ode, who leads the opposition", "Ann Ode, a member of the teachers union", "Ann Ode of the army": a
        person with no sector who leads a body with one, is a member of it or is named with it holds an office of
        that body (its sector, and its country when the person has none)."""
        for found in self.found:
            if found.kind != "person" or found.sectors:
                continue
            body = self._body_of_person(self.doc[found.head], found)
            if body is not None:
                found.country = found.country or body.country
                found.sectors = [body.sectors[0]]
                found.code = self.dictionary.code_for(found.country, found.sectors)
                found.reason += f"; of {body.name}"

    @cached_property
    def _lemmas(self) -> frozenset[str]:
        """Every lemma of the document, lower case: read once, and only by a rule that found a suspect to check."""
        return frozenset(t.lemma_.lower() for t in self.doc)

    def _contest_judges(self) -> None:
        """"fellow judge Ann Ode walked off the set", "thanked the judges": in a text with words of a contest and
        none of a court (sectors.yaml contest_words, court_words) a judge's office (contest_offices) is a contest's, a
        show's or a sport's, no court's: the judge keeps no JUD, unless a word of a bench is in the judge's own
        phrase (court_judges: "a federal judge in Washington"); so is a jury (contest_juries) in a text of a cup
        (contest_jury_words) with no court's word but its own. (The text is read only when such a judge is found.)"""
        offices, benches = self.dictionary.contest_offices, self.dictionary.court_judges
        juries = self.dictionary.contest_juries
        judges = [f for f in self.found if f.sectors == ["JUD"]
                  and (f.title in offices or self.doc[f.head].lemma_.lower() in offices | juries)
                  and not any(t.lower_ in benches for t in (*self.doc[f.start:f.end], *self.doc[f.head].lefts))]
        if not judges:
            return
        lemmas = self._lemmas
        court = lemmas & self.dictionary.court_words
        # (a cup's jury: a word of the cup and no court's word but the jury's own, session 30; the judges on its
        # panel are the cup's too, session 31: "a judge marked their risotto down" at a cooking cup with a jury)
        cup = not lemmas.isdisjoint(self.dictionary.contest_jury_words) and court <= juries
        judges = [f for f in judges if cup or (
            self.doc[f.head].lemma_.lower() not in juries
            and not lemmas.isdisjoint(self.dictionary.contest_words) and not court)]
        for found in judges:
            found.sectors = []
            found.code = self.dictionary.code_for(found.country, found.sectors)
            found.reason += "; no court in the text"

    def _contest_names(self) -> None:
        """"Ireland defended their Nations Cup title", "the Africa Cup of Nations": a body's phrase that names a cup
        (contest_names) is the contest, no actor, though a word of states ("nations") gave it a sector. A country's
        name or a person stays."""
        names = self.dictionary.contest_names
        for found in [f for f in self.found if f.sectors and f.kind not in ("state", "person")
                      and self._contest_word(self.doc[f.head], names)]:
            self.found.drop(found)

    @staticmethod
    def _contest_word(head: Token, names: frozenset[str]) -> bool:
        """Whether the phrase of `head` names a contest: a word of `names` heads it, or the head is its first word
        ("Nations Cup") or its "of" object ("Cup of Nations")."""
        named = head.head if head.dep_ == "compound" else head.head.head if (
            head.dep_ == "pobj" and head.head.lower_ == "of") else head
        return named.lemma_.lower() in names

    def _club_offices(self) -> None:
        """"Basel's president Urs Keller said" in a text of clubs (sectors.yaml club_words): an office of
        club_offices owned by a proper name no dictionary knows (no country, seat or listed body) is a club's or a
        company's, not the state's: the person keeps the country but no GOV. (The text is read only when such an
        office is found.)"""
        doc, offices = self.doc, self.dictionary.club_offices
        heads = [f for f in self.found if f.kind == "person" and f.sectors == ["GOV"] and f.title in offices
                 and f.start >= 2 and doc[f.start - 1].tag_ == "POS" and doc[f.start - 2].pos_ == "PROPN"
                 and self.at[f.start - 2] is None]
        if not heads or self._lemmas.isdisjoint(self.dictionary.club_words):
            return
        for found in heads:
            found.sectors = []
            found.code = self.dictionary.code_for(found.country, found.sectors)
            found.reason += "; a club's office"

    def _body_of_person(self, name: Token, person: Found) -> Found | None:
        verbs, members = self.dictionary.leading_verbs, self.dictionary.membership_words
        titled = self._body_before_title(person)
        if titled is not None:
            return titled
        for child in name.children:
            if child.dep_ == "relcl" and (child.lemma_ or child.lower_).lower() in verbs:
                objects = [obj for obj in child.children if obj.dep_ == "dobj"]
                # (a body named by its word as a noun's modifier: "who heads the main opposition list")
                objects += [word for obj in objects for word in obj.children if word.dep_ == "compound"]
            elif child.dep_ == "appos" and (child.lemma_ or child.lower_).lower() in members:
                objects = [obj for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for obj in prep.children if obj.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            else:
                continue
            body = next((f for obj in objects for f in self.found.covering(obj.i) if f is not person
                         and f.kind != "person" and f.sectors), None)
            if body is not None:
                return body
        return None

    def _body_before_title(self, person: Found) -> Found | None:
        """The body named right before a person's name and whose member it says the person is: before a title of
        membership ("Electoral Commission chairperson Ann Ode", "the Teachers Union chairman Tom Ode") or as the
        name's possessor ("the Kuntur Party's Tom Ode"): a body with a sector whose words end where that word begins."""
        title = person.start - 1  # (left of the name; the tagger may leave a given name out of it: "Ann" in "Ann Ode")
        while title > 0 and self.doc[title].pos_ == "PROPN" and self.doc[title].dep_ == "compound":
            title -= 1
        if title < 1 or not (self.doc[title].lower_ in self.dictionary.membership_words
                             or self.doc[title].tag_ == "POS"):
            return None
        return next((f for f in self.found.covering(title - 1) if f.kind != "person" and f.end == title and f.sectors),
                    None)

    def _body_served(self, office: Found, prepositions: frozenset[str]) -> Found | None:
        """The body after one of `prepositions` on an office word: one with sectors, or a named organisation or
        group."""
        for prep in self.doc[office.head].children:
            if prep.dep_ != "prep" or prep.lower_ not in prepositions:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                body = next((f for f in self.found.covering(obj.i) if f is not office and f.kind != "person"), None)
                if body is not None and (body.sectors or (body.kind in ("organization", "group") and body.code)):
                    return body
        return None

    # 6. pronouns -------------------------------------------------------------------------------------

    def _pronouns(self) -> None:
        if not self.people or not self.pronouns:
            return
        # A pipeline without parser or sentencizer has no sentences: the text is then one sentence.
        has_sentences = self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")
        starts = [sentence.start for sentence in self.doc.sents] if has_sentences else [0]
        people = sorted(self.people + self._bare_surnames(), key=lambda p: p.start)
        # a person's gender, by name: from the words of any of its mentions ("Ms. Ann Ode"), then from the pronouns
        # that referred to it safely ("Ode said she ... Later he": not Ode)
        genders: dict[str, str] = {}
        for person in people:
            said = gender(self.doc, person, coreference=self.coreference)
            if said is not None:
                genders.setdefault(person.name, said)
        for i in sorted(self.pronouns):
            token = self.doc[i]
            if token.pos_ not in ("PRON", "") or self.covered[i]:
                continue
            here = bisect.bisect_right(starts, i) - 1
            first = starts[max(0, here - pronoun_reach(token.lower_, coreference=self.coreference))]
            stop = starts[here + 1] if here + 1 < len(starts) else len(self.doc)
            spoken_of = not_the_speaker(token, people, lambda person: person.name, coreference=self.coreference)
            antecedent = pronoun_antecedent(token, spoken_of, first, stop, lambda person: genders.get(person.name),
                                            coreference=self.coreference)
            if antecedent is not None:
                self._add(self._copy(antecedent, i, i + 1, i, f"coreference: {token.text!r}"))
                told = told_gender(token, antecedent, starts[here], coreference=self.coreference)
                if told is not None:
                    genders.setdefault(antecedent.name, told)

    def _bare_surnames(self) -> list[Found]:
        """A proper noun that is the surname of a person named before it ("Petra Novak ... Novak said she"), where
        the tagger found no name or took it for an organisation, as a pronoun's candidate only (completion makes
        its mention the person's)."""
        doc, surnames = self.doc, {p.surname: p for p in reversed(self.people) if p.surname and p.kind == "person"}
        unnamed = {f.start for f in self.found if f.end - f.start == 1 and f.origin == "entity" and f.kind == "organization"
                   and not f.country and not f.sectors}
        found: list[Found] = []
        tags = doc.to_array(POS).tolist()  # (one attribute array: a Token object per word costs more)
        for i, tag in enumerate(tags):
            if tag != PROPN or (self.covered[i] and i not in unnamed) or (i + 1 < len(tags) and tags[i + 1] == PROPN) \
                    or (i > 0 and tags[i - 1] == PROPN):
                continue  # (the last word of a longer name is no bare surname: "Ann Maria Ode" is not Ben Ode)
            person = surnames.get(doc[i].text)
            if person is not None and person.end <= i:
                found.append(self._copy(person, i, i + 1, i, "coreference: surname"))
        return found

    # output ----------------------------------------------------------------------------------------

    def _extend_left(self, found: Found, taken: bytearray) -> int:
        """The start of the actor's noun phrase: determiners and modifiers before it that hang on it
        ("the Israeli military", "nearly 70 countries"), never into another actor."""
        doc, start = self.doc, found.start
        while start > 0:
            token = doc[start - 1]
            if taken[start - 1] or token.dep_ not in NP_MODIFIER_DEPS or not start <= token.head.i < found.end:
                break
            start -= 1
        return start

    def _mentions(self) -> list[ActorMention]:
        doc = self.doc
        taken = bytearray(len(doc))
        for found in self.found:
            taken[found.start:found.end] = b"\x01" * (found.end - found.start)
        mentions = []
        for found in sorted(self.found, key=lambda f: (f.start, f.end)):
            if doc[found.head].pos_ != "PRON":  # pronouns keep their one word
                found.start = self._extend_left(found, taken)
            span = doc[found.start:found.end]
            start_char, end_char = span.start_char, span.end_char
            text = span.text if self.text is None else self.text[start_char:end_char]
            for item in (found, *found.extra):
                actor = Actor(text=text, start=start_char, end=end_char, name=item.name,
                              country=item.country, sectors=item.sectors, code=item.code,
                              kind=item.kind, reason=item.reason, origin=item.origin)
                mentions.append(ActorMention(actor, found.start, found.end, found.head))
        return mentions
