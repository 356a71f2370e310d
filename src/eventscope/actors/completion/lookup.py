"""Which country a token names, indexed once per document from its mentions and places (`_Lookup`), and what a
rule of the country chain finds (`_Found`: a country, the rule's name, the body's whole code where it is one).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass

from eventscope.actors.completion.words import _describes_a_thing, _origin_of_a_noun, beyond_border
from eventscope.actors.dictionary import BorderNouns
from eventscope.context import DocumentContext
from eventscope.records import Actor, ActorMention, refers_back

# Codes of groups that belong to no single state: coded by where they act (CODEBOOK: IS in Syria is SYRREB).
_STATELESS_PREFIXES = ("IMG",)

# Usages of a place name that say where something is or happens.
_WHERE = frozenset({"locative", "venue", "modifier"})

_RECENT_SENTENCES = 1


@dataclass(frozen=True, slots=True)


class _Found:
    country: str
    rule: str
    # the whole code, when the country slot is a body's own ("its agencies" of the UN: IGOUNO)
    code: str | None = None


class _Lookup:
    """Which country a token names, from the document's mentions and places."""

    def __init__(self, context: DocumentContext, not_countries: frozenset[str], regions: frozenset[str],
                 borders: BorderNouns, aside: Container[int] = frozenset()) -> None:
        """`not_countries`, `regions`: the ontology's codes of no country and of regions acting as one;
        `borders`: border nouns, whose complements name no sentence place (sectors.yaml border_nouns); `aside`: the
        first tokens of mentions of a third party (a mediator, a guarantor, a witness) or of one whose country was
        itself guessed from the story, near whom others stand for no country of theirs."""
        # mentions that say a state's country (not IGO, not a group coded by where it acts)
        stated = [m for m in context.mentions if m.actor.country and m.actor.country not in not_countries
                  and not m.actor.code.startswith(_STATELESS_PREFIXES)]
        self.by_token: dict[int, ActorMention] = {}
        for mention in stated:
            for i in range(mention.token_start, mention.token_end):
                self.by_token.setdefault(i, mention)
        # organisations of no single state (IGO, NGO codes), by token
        self.bodies: dict[int, ActorMention] = {}
        for mention in context.mentions:
            if mention.actor.country in not_countries and mention.actor.kind == "organization" \
                    and not refers_back(mention.actor):
                for i in range(mention.token_start, mention.token_end):
                    self.bodies.setdefault(i, mention)
        # regions acting as one (EUR, WST: "European troops"), by token: a party a warning may name
        self.regions: dict[int, ActorMention] = {}
        for mention in context.mentions:
            if mention.actor.country in regions:
                for i in range(mention.token_start, mention.token_end):
                    self.regions.setdefault(i, mention)
        self.places: dict[int, str] = {}
        # per sentence, (head token, country) of places named as where things are, and of all places named
        # but as parties to an act
        self.where: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
        self.named: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
        self.parties: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)  # places named as actors
        for place in context.places:
            country = place.place.country
            if not country:
                continue
            for i in range(place.start, place.end):
                self.places[i] = country
            sentence = context.sentence_of(place.head)
            if beyond_border(context.doc[place.head], borders):
                continue  # "rebels near the border with Chad": where they are is not Chad (nor any side)
            if place.usage in _WHERE:
                self.where[sentence].append((place.head, country))
            if place.usage == "actor":
                # "Bishops thanked Chile": a party to the act says nothing of whose the others are, but
                # a group of no single state acts where it strikes ("Daesh attacked Mosul")
                self.parties[sentence].append((place.head, country))
            elif place.usage != "dateline" and not _origin_of_a_noun(context.doc[place.head]):
                self.named[sentence].append((place.head, country))
        # (first token, country) of the mentions that have one, in text order; a country word describing a thing
        # ("the British bill", "a Chinese-made drone") names no actor near whom others stand, nor does a neighbour
        # named as a direction ("fighting near the border with China": where they are, not whose)
        self.in_mentions = frozenset(i for m in context.mentions for i in range(m.token_start, m.token_end))
        self.ordered = sorted((m.token_start, str(m.actor.country)) for m in stated
                              if not _describes_a_thing(context, m, self.in_mentions)
                              and not beyond_border(context.doc[m.head], borders) and m.token_start not in aside)
        self.starts = [start for start, _ in self.ordered]
        self.dateline_country: str | None = None
        if context.dateline is not None:
            self.dateline_country = next((p.place.country for p in context.places
                                          if p.start == context.dateline.start and p.place.country), None)

    def mention_country(self, i: int, exclude: ActorMention | None) -> str | None:
        mention = self.by_token.get(i)
        if mention is None or mention is exclude:
            return None
        return mention.actor.country

    def organization(self, i: int) -> Actor | None:
        """The international or non-governmental organisation a token names, if any."""
        mention = self.bodies.get(i)
        return mention.actor if mention is not None else None

    def place_country(self, i: int) -> str | None:
        return self.places.get(i)

    def recent_country(self, context: DocumentContext, mention: ActorMention,
                       skip: frozenset[int] = frozenset()) -> str | None:
        """The country of the nearest actor named before the mention, in its sentence or the one before, but one
        starting at `skip` (the act's own source, for its target)."""
        index = bisect.bisect_left(self.starts, mention.token_start) - 1
        while index >= 0 and self.ordered[index][0] in skip:
            index -= 1
        if index < 0:
            return None
        start, country = self.ordered[index]
        return country if context.sentence_of(mention.head) - context.sentence_of(start) <= _RECENT_SENTENCES else None

    @staticmethod
    def sentence_place(context: DocumentContext, head: int, places: dict[int, list[tuple[int, str]]],
                       away: frozenset[int] = frozenset()) -> str | None:
        """The country of the place nearest `head` among `places` (per sentence) of its sentence, but those at `away`."""
        near = [(abs(place_head - head), country) for place_head, country in places.get(context.sentence_of(head), ())
                if place_head not in away]
        return min(near)[1] if near else None
