"""The state every completion rule reads (`CompletionBase`): the actor dictionary, the ontology's root groups and
codes of no country, coreference.yaml's referring phrases, the gazetteer for regions; and the few helpers every
layer calls (give an actor a country, whether it needs one, the document's `_Lookup`).

The completion is one class built in layers, one module each, each layer a subclass of the one below:
base -> referring -> articles -> countries -> targets -> role_sectors (`ActorCompletion`). A layer calls only
methods of its own or of the layers below it.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy
from spacy.attrs import LEMMA, POS, TAG

from eventscope.actors.antecedents import CoreferenceFile, load_coreference, surname_of
from eventscope.actors.completion.lookup import _STATELESS_PREFIXES, _Lookup
from eventscope.actors.completion.words import no_side
from eventscope.actors.dictionary import ActorDictionary
from eventscope.context import DocumentContext
from eventscope.geo.gazetteer import Gazetteer
from eventscope.ontology import Ontology, load_ontology
from eventscope.records import Actor, ActorMention

_NGO = "NGO"  # the country slot of a non-governmental organisation of no state (CODEBOOK "NGO + name")
_BODY_OF_STATES = "IGO"  # the country of an international organisation's code ("the bloc" refers back to one)

_GOVERNMENT, _LEGISLATURE, _CIVILIANS, _PROTESTERS, _CRIMINALS = "GOV", "LEG", "CVL", "PRO", "CRM"
_MILITARY, _POLICE, _BUSINESS, _REBELS = "MIL", "COP", "BUS", "REB"

_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG"})  # the sectors that speak for a state in "both governments"
_STATE_BODIES = frozenset({"MIL", "COP", "LEG", "JUD", "SPY"})  # a state's bodies that are no party, rebel or crowd

# Rules that guess an actor's country from where it stands, not from its words (rules 2 to 6: countries.py).
# (Actor.country_from of the weakest rule but one: events/referents.py reads it)
RECENT_ACTOR = "recent actor"
# A person's country by an office of one country only ("the shadow chancellor": titles.yaml national_titles), which a
# title in apposition guessed by the rules above does not override (session 33)
NATIONAL_TITLE = "national title"

_GUESS_RULES = frozenset({"sentence place", "dateline", "article country", RECENT_ACTOR, "top country"})
# The rules of them that read the article as a whole (3 to 6): a country so guessed is no recent actor's for the next
# mention (session 31: "Ministers ... Prosecutors ... three men" each took the one before's guess)
_STORY_RULES = _GUESS_RULES - {"sentence place"}
# Actors no words of their own name (records.ActorOrigin): a copy of an actor named before, an implied one.
_NAMED_BY_OTHERS = frozenset({"coreference", "implied target", "implied by the act"})
# Names the parser found that no dictionary knows, alone or describing a noun (records.ActorOrigin)
_UNKNOWN_NAMES = frozenset({"entity", "described noun"})

_NAMED_GROUP = "groups:"  # the reason of an actor groups.yaml names (dictionary.py)
_LOOKUP_MEMO = "completion lookup"  # context.memo: (mentions, places, their _Lookup)
_SIDES_MEMO = "completion no side"  # context.memo: (lemmas, POS and tags when read, no_side by mention tokens)


def country_guessed(actor: Actor) -> bool:
    """Whether `actor`'s country was guessed from where it stands (`_GUESS_RULES`), not read off its own words."""
    return actor.country_from in _GUESS_RULES


class CompletionBase:
    """The state every completion rule reads, built once per process, and the helpers all rules share."""

    def __init__(self, dictionary: ActorDictionary, article_country: bool = True,
                 gazetteer: Gazetteer | None = None, ontology: Ontology | None = None) -> None:
        """`gazetteer`: for the first-level region that opens a body's name ("the Ohio Senate"), which the
        places stage does not read inside an organisation's name; None reads none. `ontology`: the coder's
        (None: the bundled one)."""
        self.dictionary = dictionary
        ontology = ontology or load_ontology()
        self.roots = ontology.roots  # groups of CAMEO roots treated alike (ontology/roots.yaml: which, and why)
        self.implied_roots = self.roots.home_targets | self.roots.place_targets  # acts aimed at someone when none named
        self.not_countries = ontology.non_state_codes  # codes that never make a country (IGO, UNK, WST)
        self.regions = ontology.region_codes  # CAMEO regions acting as one (EUR, WST)
        self.gazetteer = gazetteer
        self._region_countries: dict[str, str | None] = {}  # normalised name -> its region's country (memo)
        self.article_country = article_country
        self.referring = load_coreference()
        self.referring_by_pair = _by_second_word(self.referring.phrases)
        pronouns = self.referring.words.pronouns
        # "its own people", "their militia allies": a body's possessive, whose country is its antecedent's
        self.group_possessives = (pronouns.singular | pronouns.plural) & pronouns.possessive
        # "drones it had launched", "the troops they sent": a body's subject pronoun, whose country is its antecedent's
        self.group_subjects = (pronouns.singular | pronouns.plural) & pronouns.subject
        # "its troops", "his country's soldiers": the words that make forces the acting state's own (the states'
        # referring phrases end in its nouns: "the country", "the nation")
        self.own_possessives = pronouns.possessive
        # "our embassy" outside quotes: the page's own voice (a press release's body: articles.py `_page_voice`)
        self.voice_possessives = pronouns.speakers & pronouns.possessive
        self.own_state_nouns = frozenset(words[-1] for phrases in self.referring.phrases.values()
                                         for words, kind in phrases if kind == "states")
        # seats of power by their words ("White House": USA, no sector), for role phrases the resolver left as places
        self.seats = {seat.lower(): (country.code, sector) for country in dictionary.countries.values()
                      for seat, sector in country.seats}
        # the last one or two words of a phrase for a counterpart ("counterpart", "his counterpart", "opposite number")
        self.counterpart_endings = frozenset(w for word in dictionary.counterpart_words
                                             for w in (word, *(f"{x} {word}" for x in ("his", "her", "their", "its"))))
        # bodies of a country named in more than one word, for the short names (each article searches them all)
        self.multiword_bodies = tuple((entry.name, entry.name.lower(), entry) for entry in dictionary.named
                                      if entry.country and " " in entry.name)

    def _surname(self, actor: Actor) -> str | None:
        return surname_of(actor.name, actor.country, coreference=self.referring.words)

    def _lookup(self, context: DocumentContext) -> _Lookup:
        # (a mediator's, guarantor's or witness's country is no cue of whose the parties near it are: "the deal was
        # witnessed by envoys of South Africa, who will act as guarantors. The insurgents will ...")
        with_country: dict[int, list[ActorMention]] = {}
        for mention in context.mentions:
            if mention.actor.country:
                with_country.setdefault(mention.token_start, []).append(mention)
        # a country guessed from the story (dateline, article, recent actor) is no cue for the next actor's
        guessed = frozenset(m.token_start for m in context.mentions if m.actor.country_from in _STORY_RULES)
        aside = _StandingAside(context, with_country, guessed, _remembered_sides(context), self.referring.words)
        return _Lookup(context, self.not_countries, self.regions, self.dictionary.border_nouns, aside)

    def _completed_lookup(self, context: DocumentContext) -> _Lookup:
        """The _Lookup of the context's completed mentions and places, built once per document for the steps after
        `complete` (complete_roles, implied_targets), which change neither list."""
        memo = context.memo.get(_LOOKUP_MEMO)
        if memo is None or memo[0] is not context.mentions or memo[1] is not context.places:
            memo = context.memo[_LOOKUP_MEMO] = (context.mentions, context.places, self._lookup(context))
        lookup: _Lookup = memo[2]
        return lookup

    def _needs_country(self, actor: Actor) -> bool:
        if actor.country in self.not_countries:
            return False
        return not actor.country or actor.code.startswith(_STATELESS_PREFIXES)

    def _with_country(self, actor: Actor, country: str, rule: str, code: str | None = None) -> Actor:
        reason = actor.reason + (f"; country from {rule}" if rule else "")
        if country == _NGO and actor.sectors == [_NGO]:
            # (an NGO of no state is "NGO", its sector the country slot: not NGONGO)
            return actor.revised(country=country, sectors=[], code=code or _NGO, reason=reason,
                                 country_from=rule or actor.country_from)
        if code is None:
            code = self.dictionary.code_for(country, actor.sectors)
        return actor.revised(country=country, code=code, reason=reason, country_from=rule or actor.country_from)


def _remembered_sides(context: DocumentContext) -> dict[tuple[int, int], bool]:
    """The `no_side` answers of the document's lookups by the mention's tokens: the lookup after the event coder reads
    again a third of the mentions the one before it read. Kept while the words' lemmas, parts of speech and tags are
    as they were then (the event coder corrects some in between; heads and labels it leaves)."""
    words = context.doc.to_array([LEMMA, POS, TAG])
    memo = context.memo.get(_SIDES_MEMO)
    if memo is None or not numpy.array_equal(memo[0], words):
        memo = context.memo[_SIDES_MEMO] = (words, {})
    sides: dict[tuple[int, int], bool] = memo[1]
    return sides


class _StandingAside:
    """The first tokens of the mentions of a third party or of one whose country was guessed from the story (the
    `_Lookup`'s `aside`), told only of the tokens a lookup asks about: most mentions never reach the question, and
    `no_side` walks the mention's clause."""

    def __init__(self, context: DocumentContext, with_country: Mapping[int, list[ActorMention]],
                 guessed: frozenset[int], sides: dict[tuple[int, int], bool], words: CoreferenceFile) -> None:
        """`with_country`: the mentions with a country by their first token; `guessed`: the first tokens of those
        whose country was guessed from the story; `sides`: the document's `no_side` answers (`_remembered_sides`)."""
        self.context, self.with_country, self.guessed, self.sides, self.words = context, with_country, guessed, sides, words

    def __contains__(self, start: object) -> bool:
        if start in self.guessed:
            return True
        for mention in self.with_country.get(start, ()) if isinstance(start, int) else ():
            key = (mention.token_start, mention.token_end)
            side = self.sides.get(key)
            if side is None:
                side = self.sides[key] = no_side(self.context.doc, mention, self.words)
            if side:
                return True
        return False


def _by_second_word(phrases: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
                    ) -> dict[str, dict[str | None, tuple[tuple[tuple[str, ...], str], ...]]]:
    """The referring phrases by their first word (`Coreference.phrases`), then by their second: those a word may begin
    when the next word is that one, in their order (None: the one-word phrases, all that any other next word leaves).
    Each "the" of an article was compared with every phrase "the" begins (63)."""
    by_pair: dict[str, dict[str | None, tuple[tuple[tuple[str, ...], str], ...]]] = {}
    for first, options in phrases.items():
        seconds = {words[1] for words, _ in options if len(words) > 1}
        by_pair[first] = {second: tuple(o for o in options if len(o[0]) == 1 or o[0][1] == second)
                          for second in (None, *seconds)}
    return by_pair
