"""When a trigger is political, and what is no event at all.

Three checks, all driven by data/senses.yaml:
- sense rules for ambiguous triggers: "hit the wall" is no attack, "met with resistance" no meeting, a
  reporter who "arrived in" an airport made no visit; each rule asks for actors of the right kind;
- non-events: a clause under a belief, fear, hope or prediction ("he believed he would be beaten"), an
  indirect question ("asked whether"), what a poll shows;
- articles not about politics (sport, entertainment, weather, markets): only acts between two political
  actors are kept there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, Field, model_validator
from spacy.tokens import Doc, Span, Token

from eventscope.actors.antecedents import load_coreference
from eventscope.actors.completion.base import country_guessed
from eventscope.datafiles import DataModel, Lemma, Word, load_data_file
from eventscope.events.matching import lemma_of
from eventscope.events.pagekind import DeskRules, load_desks, page_desk
from eventscope.events.wordclasses import expand_words, shared_word_classes
from eventscope.ontology import load_ontology
from eventscope.records import Actor, ActorMention, Article, EventDraft, Reading, bare_phrase, from_phrase_words

__all__ = ["ArticleProfile", "Recode", "SenseRule", "SenseRules", "SensesFile", "Work", "article_profile",
           "argument_words", "expand_word_classes", "judged_things", "load_senses", "in_review_heading", "review_page", "told_in_present",
           "whole_article"]

# Edges from a clause to the verb or noun that governs it (a complement or a clause attached to it).
_GOVERNED_DEPS = frozenset({"ccomp", "xcomp", "acl", "advcl", "conj", "relcl", "pcomp", "pobj", "prep", "dobj",
                            "nsubj", "nsubjpass", "appos", "attr", "oprd", "npadvmod", "acomp", "amod"})
_MAX_CLIMB = 8
_COPULAS = frozenset({"be", "stay", "remain", "keep"})
_MAX_COUNTED_PATH = 4  # "the latest in a series of clashes": the noun, the series, the predicate
_FORECASTS = frozenset({"will", "would", "wo"})  # the auxiliaries of a forecast ("will be welcomed by")
_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})  # "sends troops to help the Finns": the infinitive is the sending's
_VERB_WORDS = frozenset({"was", "were", "is", "are", "have", "has", "had", "been", "be"})  # a phrase run into its clause


Code = Annotated[str, AfterValidator(str.upper)]  # a sector or country code, upper case
_IMPLIED = frozenset({"implied target", "implied by the act"})  # actors no word of the page names


class _TriggerRule(DataModel):
    """A rule of senses.yaml for the events of some trigger lemmas with some CAMEO roots."""

    lemmas: Annotated[frozenset[Lemma], Field(min_length=1)]
    roots: Annotated[frozenset[Word], Field(min_length=1)]

    def applies(self, lemma: str, cameo: str) -> bool:
        return lemma in self.lemmas and cameo[:2] in self.roots


_Rule = TypeVar("_Rule", bound=_TriggerRule)


def _by_lemma(rules: Iterable[_Rule]) -> dict[str, tuple[_Rule, ...]]:
    """Each trigger lemma -> the rules for it, in the data file's order (a candidate reads only its own)."""
    found: defaultdict[str, list[_Rule]] = defaultdict(list)
    for rule in rules:
        for lemma in rule.lemmas:
            found[lemma].append(rule)
    return {lemma: tuple(found_rules) for lemma, found_rules in found.items()}


class Recode(_TriggerRule):
    """A recode of senses.yaml: the trigger lemmas and CAMEO roots it is for, the sectors of the targets and
    sources that make the act another one (`fits`), and that act's code."""

    # every target has one of these sectors (none given: any target)
    target_sectors: frozenset[Code] = frozenset()
    code: Word
    # "surrendered to the police": the target does the recoded act to the source (an arrest)
    swap_roles: bool = False
    # sectors of sources for which the act stays what it is (rebels who surrender to the police retreat)
    not_source: frozenset[Code] = frozenset()
    # when given, every source must have one of these sectors ("the senator attacked the governor": only a
    # speaker with no arms attacks in words)
    source_sectors: frozenset[Code] = frozenset()
    # kinds of actor that count as such a source too ("China protested the sale": a state speaks)
    source_kinds: frozenset[str] = frozenset()
    # kinds of actor that count as such a target too ("the premier clashed with Brussels": a state or a bloc); with
    # no target_sectors, every target must be of one of these kinds ("welcomed Lula": a person welcomed is a guest)
    target_kinds: frozenset[str] = frozenset()
    # when given, only these codes of the roots are recoded (not their other subcodes)
    codes: frozenset[Word] = frozenset()
    # sectors of targets for which the act stays what it is (people barred from a country are coerced)
    not_target: frozenset[Code] = frozenset()
    # every target is of a country none of the sources is of ("Canada barred Russian ships": a state acting on
    # another state, not on its own people)
    foreign: bool = False
    # every target is of a source's own country ("froze the assets of its own opposition")
    home: bool = False
    # some target is of a known country none of the sources is of ("Russian strikes on Kyiv": aimed abroad; looser than
    # `foreign`, which asks it of every target and a known country of every source)
    aimed: bool = False
    # the act is recoded with no target too ("the police fired back": armed men who answer fight)
    untargeted: bool = False
    # when given, what the act is done to (its object, or what "on", "at" or "against" names under it) is one of
    # these ("attacked the veto": a thing said or decided is judged, not struck) ...
    objects: frozenset[Lemma] = frozenset()
    # ... and none of these words is in the clause (a raid, troops, the wounded: the blow is real)
    not_clause_words: frozenset[Lemma] = frozenset()
    # when given, one of these words is in the clause ("retaliated against the curbs with tariffs": the weapon is trade)
    clause_words: frozenset[Lemma] = frozenset()
    # when given, the trigger's subject, its object or a word modifying it is one of these ("aid supported the
    # schools", "supported economic assistance", "humanitarian support": the backing is the aid itself)
    arguments: frozenset[Lemma] = frozenset()
    # ... and none of these is such an argument ("strikes hit the plants as Europe weighs sanctions": a blow by arms)
    not_arguments: frozenset[Lemma] = frozenset()
    # ... and none of these ("dismissed calls for talks as a ploy": an appeal turned down, not disparaged)
    not_objects: frozenset[Lemma] = frozenset()
    # when given, the trigger governs a dependent of one of these labels ("conceded that ...": a clause, an admission),
    # or of a label and its word ("prep:as": "dismissed the plan as a stunt")
    deps: frozenset[Lemma] = frozenset()

    def applies(self, lemma: str, cameo: str) -> bool:
        return super().applies(lemma, cameo) and (not self.codes or cameo in self.codes)

    def fits_words(self, objects: Iterable[str], clause_lemmas: Iterable[str], arguments: Iterable[str] = (),
                   deps: Iterable[str] = ()) -> bool:
        """Whether the words around the act allow the recode: one of `objects` is judged (if given), one of
        `arguments` is an argument (if given), one of `deps` labels a dependent of the trigger (if given), one of
        `clause_words` is in the clause (if given) and none of `not_clause_words` is."""
        if self.objects and self.objects.isdisjoint(objects):
            return False
        if not self.not_objects.isdisjoint(objects):
            return False
        if self.arguments and self.arguments.isdisjoint(arguments):
            return False
        if not self.not_arguments.isdisjoint(arguments):
            return False
        if self.deps and self.deps.isdisjoint(deps):
            return False
        if self.clause_words and self.clause_words.isdisjoint(clause_lemmas):
            return False
        return self.not_clause_words.isdisjoint(clause_lemmas)

    def fits(self, source: Sequence[Actor], target: Sequence[Actor], no_state: frozenset[str]) -> bool:
        """Whether the act's actors make it the recoded act: a target, every one of `target_sectors` or
        `target_kinds` (if given), none of `not_target`, of another country than the sources' (if `foreign`) or of theirs (if
        `home`), one of another country (if `aimed`), no source of
        `not_source`, and a source, every one of `source_sectors` or `source_kinds` (if given). `no_state`: the
        ontology's codes of no state (SenseRules.no_state_codes)."""
        if (not target and not (self.objects or self.arguments or self.deps or self.untargeted)) \
                or any(self.not_source.intersection(s.sectors) for s in source):
            return False
        if (self.target_sectors or self.target_kinds) and not all(
                self.target_sectors.intersection(t.sectors) or t.kind in self.target_kinds for t in target):
            return False
        if any(self.not_target.intersection(t.sectors) for t in target):
            return False
        if self.foreign and not _foreign(source, target, no_state):
            return False
        if self.home and not _home(source, target, no_state):
            return False
        if self.aimed and not _aimed_abroad(source, target):
            return False
        return not self.source_sectors or (bool(source) and all(
            self.source_sectors.intersection(s.sectors) or s.kind in self.source_kinds for s in source))


def _foreign(source: Sequence[Actor], target: Sequence[Actor], no_state: frozenset[str]) -> bool:
    """Every source and target is of a known country (an IGO source counts: the EU barring Russian ships), and
    no target of a source's."""
    homes = {s.country for s in source}
    return (bool(source) and None not in homes
            and all(t.country and t.country not in no_state and t.country not in homes for t in target))


def _aimed_abroad(source: Sequence[Actor], target: Sequence[Actor]) -> bool:
    """Whether a target is of a country none of the sources is of ("Russian strikes on Kyiv"; workers strike against
    their own side: "French strikes against the government's reform")."""
    homes = {actor.country for actor in source}
    return any(actor.country and actor.country not in homes for actor in target)


def _home(source: Sequence[Actor], target: Sequence[Actor], no_state: frozenset[str]) -> bool:
    """Every target is of a country some source is of (both known; a region, as WST, counts as one)."""
    homes = {s.country for s in source if s.country and s.country not in no_state}
    return bool(homes) and all(t.country in homes for t in target)


def dependency_labels(token: Token) -> set[str]:
    """The labels of the token's dependents, each also with its word ("prep:as": "dismissed the plan as a stunt"), as
    the recodes name them."""
    # (the text, not `lower_`: a Doc built on a bare Vocab, as the hand parses are, has no lower forms)
    return {label for child in token.children for label in (child.dep_, f"{child.dep_}:{child.text.lower()}")}


class SenseRule(_TriggerRule):
    """A sense rule of senses.yaml: the trigger lemmas and CAMEO roots it is for, and what their event needs."""

    target: Literal["actor", "someone", "any", "accuser", "no_thing", ""] = ""
    source: Literal["political", "actor", ""] = ""
    any: Literal["political", "actor", ""] = ""
    not_source: frozenset[Code] = frozenset()
    not_target: frozenset[Code] = frozenset()
    source_sectors: frozenset[Code] = frozenset()
    clause_words: frozenset[Lemma] = frozenset()
    sourceless_clause_words: frozenset[Lemma] = frozenset()
    not_clause_words: frozenset[Lemma] = frozenset()
    not_home: bool = False
    not_preps: frozenset[Lemma] = frozenset()
    # the trigger is the object of none of these prepositions ("launched on a rocket": what carries, no attack)
    not_under: frozenset[Lemma] = frozenset()
    not_objects: frozenset[Lemma] = frozenset()
    cause_preps: frozenset[Lemma] = frozenset()
    not_causes: frozenset[Lemma] = frozenset()
    # the trigger governs none of these dependents ("concluded that the plan would fail": a clause, a thought) ...
    not_deps: frozenset[Lemma] = frozenset()
    # ... and, when given, one of these ("concluded a pact", "a pact was concluded": what is concluded)
    deps: frozenset[Lemma] = frozenset()
    # not when every target is a body a source sits in (`member_bodies`: "since she arrived in parliament")
    not_own_body: bool = False
    # no source or target is a thing with one of these words ("the plane flew to", "the film beat")
    not_things: frozenset[Lemma] = frozenset()
    # (session 37) no source is a phrase headed by one of these words ("a record 3.1 million foreign visitors arrived")
    not_source_heads: frozenset[Lemma] = frozenset()
    # (session 37) the trigger is no noun that counts people or things (`counts`: "18.4 million arrivals")
    not_counted: bool = False
    # "actor": a subject the trigger has in the active voice is an actor ("streets that honor the generals")
    subject: Literal["actor", ""] = ""
    # "political": with no actor as target, an act that governs nothing it is done to is the act still when a political
    # actor does it ("Moscow has so far refused": it answers a request told before)
    bare: Literal["political", ""] = ""


# Capitalised words that open a phrase without naming anyone (besides the pronouns: SenseRules.not_names).
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# What a denial by no one named as accuser must govern: the charge or the clause it denies (SenseRules.sense_fails).
_DENIED_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp"})
# What a bare act may govern in place of what it is done to: the act it refuses, an infinitive or a bare "to" (any
# "xcomp": "has refused to debate", "have also refused to"; the codebook's "refused to meet" is a REJECT), or the
# relative pronoun of what it answers ("talks, which the rebels refused") (SenseRules._bare_act).
_BARE_DEPS = frozenset({"xcomp", "dobj:which", "dobj:that"})

_PHRASE_PREPS = frozenset({"in", "of", "on", "at", "from", "for", "about", "over", "near", "across", "with", "by"})
_QUOTES = ".,;:\"'”’“‘"


def _first_preposition(words: Sequence[str]) -> int:
    """Where a phrase's head part ends: the index of its first preposition after the first word ("the captain" of
    "the captain of the ship"), else its length."""
    return next((i for i, w in enumerate(words) if i and w.lower() in _PHRASE_PREPS), len(words))


def _common_noun(token: Token) -> bool:
    """A common noun, or (session 37) a word the tagger reads as a name only because it opens the sentence with a
    capital ("Astronomers in Chile ...": no entity)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and bool(token.is_sent_start) and not token.ent_type_)


def _phrase_words(actor: Actor) -> list[str]:
    """An actor's words, lower case, up to the first preposition (its head phrase)."""
    words = [w.lower().strip(_QUOTES) for w in actor.text.split()]
    return words[:_first_preposition(words)]


def _singulars(word: str) -> set[str]:
    """A word and what it is if it is a regular plural ("lorries": lorry; "buses": bus; "films": film)."""
    found = {word}
    if word.endswith("ies"):
        found.add(word[:-3] + "y")
    if word.endswith("es"):
        found.add(word[:-2])
    if word.endswith("s"):
        found.add(word[:-1])
    return found


class OwnAffair(DataModel):
    """An own_affairs entry of senses.yaml: the sectors of a body that is political only when it faces a state (a
    union, a church), the words of that body's own affairs, and the sectors of whom it has them with (an employer)."""

    sectors: Annotated[frozenset[Code], Field(min_length=1)]
    words: Annotated[frozenset[Lemma], Field(min_length=1)]
    # when given, the article names an actor of one of these sectors too (a union's employer: a company)
    partners: frozenset[Code] = frozenset()


class Work(DataModel):
    """senses.yaml `work`: the acts (CAMEO roots) that people at work in a job that is no political office do in
    their work, and the words for such workers (SenseRules.at_work)."""

    codes: frozenset[Word] = frozenset()  # CAMEO roots or codes: an act's code that starts with one
    workers: frozenset[Lemma] = frozenset()


class PrivateNamed(DataModel):
    """senses.yaml `private_named` (session 35): a state's name or demonym on the noun of a private body or of its
    people ("the French pavilion", "Chinese tea houses", "Germany's largest freight forwarder", "a Qatari owner"),
    which says only where the body is from (SenseRules.private_named_act). A list of such nouns, not every common
    noun: "Russian strikes", "the Ukrainian team" (its negotiators) are the state's."""

    # the actors' reasons (their first words) that tell a state named by its own name or demonym
    state_reasons: tuple[str, ...] = ()
    nouns: frozenset[Lemma] = frozenset()
    # (session 36) prepositions that place the people of a common noun in a state ("cardiologists in Italy")
    place_preps: frozenset[Lemma] = frozenset()
    # (session 37) nouns of things a state's word tells the origin of ("the Korean won", "China's exports"): the phrase's
    # last word; an act whose every political actor is such a thing is no state's, with or without a source
    things: frozenset[Lemma] = frozenset()


class Counts(DataModel):
    """senses.yaml `counts` (session 37): what makes a trigger noun a count of people or things, no act ("18.4 million
    arrivals", "Japanese arrivals rose by a third"): a number word counting it, or a verb of a number's change whose
    subject it is (SenseRules.counts_people)."""

    numbers: frozenset[Lemma] = frozenset()
    changes: frozenset[Lemma] = frozenset()


class PastStory(DataModel):
    """senses.yaml `past_story` (session 32): what makes a whole article a story of the past or of a work (a history
    book's review, a film's plot, a family's memory, an actor's roles): few of its sentences name a political actor,
    none of them is told in the story's present, and some reach back years before the page's date."""

    max_share: float = Field(0.0, ge=0, le=1)  # at or above this share of political sentences a page is politics
    years: int = Field(10, ge=1)  # a year at least this far before the page's date is the past
    present_words: frozenset[Lemma] = frozenset()  # "on Tuesday", "yesterday": the story's present
    # the story's present in phrases ("this week", "last month"), regular expressions matched case-blind
    present_phrases: tuple[str, ...] = ()
    # the months: a day of a month written without its year ("on 3 December") is of the page's own year
    months: tuple[str, ...] = ()
    # a title that labels the page as made up, before a colon ("Satire: The week in which everyone declared war")
    invented_labels: frozenset[Lemma] = frozenset()

    def present_pattern(self) -> re.Pattern[str] | None:
        """The story's present in a sentence's words, as one expression of the phrases (matched case-blind), built once
        at load."""
        return re.compile("|".join(f"(?:{p})" for p in self.present_phrases), re.IGNORECASE) \
            if self.present_phrases else None

    def month_pattern(self) -> re.Pattern[str] | None:
        """A month's name written without a year ("on 3 December", "in October"; as written, so "may" is no month),
        built once at load."""
        return re.compile(rf"\b(?:{'|'.join(self.months)})\b\.?(?: \d{{1,2}}(?:st|nd|rd|th)?\b)?(?!,? \d{{4}})") \
            if self.months else None


@dataclass(frozen=True)
class SenseRules:
    rules: tuple[SenseRule, ...]
    political_sectors: frozenset[str]
    political_countries: frozenset[str]
    belief_governors: frozenset[str]
    belief_nouns: frozenset[str]
    question_governors: frozenset[str]
    poll_nouns: frozenset[str]
    means_nouns: frozenset[str]
    min_sentences: int
    min_political_share: float
    domains: Mapping[str, frozenset[str]]
    min_article_sentences: int = 2
    domain_margins: Mapping[str, float] = field(default_factory=dict)
    court_sectors: frozenset[str] = frozenset()
    private_case_words: frozenset[str] = frozenset()  # "sued", "lawsuit": a court hears a private case
    place_preps: frozenset[str] = frozenset()  # "fighting in Germany": a country named as where things happen
    unowned_speakers: frozenset[str] = frozenset()  # "a spokesman said": who he speaks for, the sentence before tells
    own_affairs: tuple[OwnAffair, ...] = ()  # a union's fight with its employer, a church's quarrel: no state acts
    origin_participles: frozenset[str] = frozenset()  # "Hong Kong-listed shares": where a thing is from, no actor
    hazard_words: frozenset[str] = frozenset()  # "wildfire", "evacuation": an article about a hazard (its lead)
    hazard_lead_chars: int = 400
    review_labels: frozenset[str] = frozenset()  # "Review: 'Strait' imagines ...": a page that reviews a work
    past_story: PastStory = field(default_factory=PastStory)  # a page about the past or a work (`_past_story`)
    present_pattern: re.Pattern[str] | None = None  # PastStory.present_pattern, built once
    month_pattern: re.Pattern[str] | None = None  # PastStory.month_pattern, built once
    # (session 32) "a re-enactment", "playing Germany": a page whose states and armies are roles in a show or a game
    staged_lead: re.Pattern[str] | None = None
    role_verbs: frozenset[str] = frozenset()
    played_sectors: frozenset[str] = frozenset()
    stand_in_nouns: frozenset[str] = frozenset()  # "the Warsaw exchange": a seat that names a venue or a race
    no_state_codes: frozenset[str] = frozenset()  # the ontology's codes of no state (IGO, UNK): for `Recode.fits`
    safety_codes: tuple[str, ...] = ()  # what officials do for the safety of their own people in a hazard
    relief_codes: tuple[str, ...] = ()  # ... and the help they give them there ("soldiers helped firefighters")
    service_forces: frozenset[str] = frozenset()  # the forces officials send to a hazard ("ordered the Guard to help")
    people_pronouns: frozenset[str] = frozenset()  # "those who stayed", "everyone": people, no body
    thanks_codes: tuple[str, ...] = ()  # officials' thanks in a hazard ...
    responders: frozenset[str] = frozenset()  # ... to those who fought it ("thanked the crews")
    domain_scores: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    team_domain: str | None = None
    team_words: frozenset[str] = frozenset()
    team_nouns: frozenset[str] = frozenset()  # "Italy's team", "the Swiss crew": a country's side in a contest
    match_report_sentences: int = 3
    # (session 19) "marched on parliament chanting slogans": the lemma's participle on one of these verbs tells that
    # act again
    accompanying_acts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    people_words: frozenset[str] = frozenset()
    plan_cues: frozenset[str] = frozenset()
    idioms: tuple[tuple[str, ...], ...] = ()
    generic_victims: frozenset[str] = frozenset()
    toll_verbs: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()  # "received 41 complaints": a body's tally of acts (`tallied`)
    toll_preps: frozenset[str] = frozenset()
    second_event_confidence: float = 0.9
    reference_determiners: frozenset[str] = frozenset()
    kind_modifiers: frozenset[str] = frozenset()
    counting_modifiers: frozenset[str] = frozenset()
    people_suffixes: tuple[str, ...] = ()
    wish_governors: frozenset[str] = frozenset()
    persuading_verbs: frozenset[str] = frozenset()
    private_types: frozenset[str] = frozenset()
    business_sectors: frozenset[str] = frozenset()  # a company's: its fights with companies are business
    cessation_verbs: frozenset[str] = frozenset()
    cessation_by_root: Mapping[str, str] = field(default_factory=dict)
    part_words: frozenset[str] = frozenset()
    # nouns that count or group what their "of" names, a recode's objects read through them ("hundreds of raids")
    count_words: frozenset[str] = frozenset()
    reflexives: frozenset[str] = frozenset()  # "shot himself": the act is on no one else
    thing_roots: frozenset[str] = frozenset()
    named_things: frozenset[str] = frozenset()  # "under the accord": a noun that names a thing as often as an act
    recodes: tuple[Recode, ...] = ()
    predicted_reactions: frozenset[str] = frozenset()
    consolations: frozenset[str] = frozenset()
    destination_nouns: frozenset[str] = frozenset()
    story_works: frozenset[str] = frozenset()  # "in the novel, Russia invades Finland": a story's acts, no event
    story_characters: frozenset[str] = frozenset()  # "the novel's hero refuses to surrender" ...
    story_owners: frozenset[str] = frozenset()  # ... a character of a work (the works, and books, films, plays)
    personal_pronouns: frozenset[str] = frozenset()  # "urged him": someone the article named before
    not_names: frozenset[str] = frozenset()  # capitalised words that name no one ("The", "He", "Their")
    work: Work = field(default_factory=Work)  # people at work in a job that is no political office
    private_named: PrivateNamed = field(default_factory=PrivateNamed)  # a state's word on a private body's noun
    counts: Counts = field(default_factory=Counts)  # a trigger noun that counts people or things
    # a whole page none of whose acts joins two political actors, and at least this share of whose political actors'
    # mentions are states as such (a country, its demonym, its capital), tells no political act (`state_named_page`)
    min_state_named_share: float = 1.01
    min_state_named_acts: int = 3  # ... and at least this many coded acts: one or two acts are too little to judge by
    # (session 38) acts of visiting (CAMEO codes) whose every target is a phrase of no standing placed only by the page
    # in the doer's own country ("visited the health centre"): an official's errand at home, no one met (`home_errand`)
    home_errand_codes: frozenset[str] = frozenset()
    home_errand_sourceless: frozenset[str] = frozenset()  # ... and when held by no one named
    # (session 39) verbs of winning that one state as such does to another only in a contest or a table ("India beat
    # China", "Poland overtook Turkey"): no blow (`contest_between_states`)
    state_contest_lemmas: frozenset[str] = frozenset()
    member_bodies: Mapping[str, frozenset[str]] = field(default_factory=dict)  # sector -> bodies it sits in
    desks: DeskRules = field(default_factory=DeskRules)  # the page labels of desks that cover no politics
    phrase_senses: frozenset[str] = frozenset()  # trigger phrases the sense rules read as a bare word's

    @cached_property
    def _rules_by_lemma(self) -> dict[str, tuple[SenseRule, ...]]:
        return _by_lemma(self.rules)

    @cached_property
    def _recodes_by_lemma(self) -> dict[str, tuple[Recode, ...]]:
        return _by_lemma(self.recodes)

    @cached_property
    def _idioms_by_word(self) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
        """Each idiom word -> the idioms holding it and its place in them, so a token looks up only those."""
        found: defaultdict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        for words in self.idioms:
            for offset, word in enumerate(words):
                found[word].append((words, offset))
        return {word: tuple(places) for word, places in found.items()}

    def names_a_thing(self, noun: Token, verbal: bool, carried: bool) -> bool:
        """A noun trigger no light verb carries that names a thing as often as an act (`named_things`: "under the
        accord", "a loan for Ukraine"): in a whole article it names the thing, no act."""
        return not verbal and not carried and lemma_of(noun) in self.named_things

    def counted(self, token: Token) -> bool:
        """A noun that counts the act its clause's subject is among the acts of its kind ("the override was the
        latest clash between them", "it is the third expulsion this year", "the row is the latest in a series of
        clashes"): the copula's predicate, or a noun it holds by "of" or "in", with an ordinal or
        `counting_modifiers`. The subject's act is told by its own words; the noun restates it."""
        path = [token]
        node = token
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and len(path) < _MAX_COUNTED_PATH:
            node = node.head.head
            path.append(node)
        if node.dep_ != "attr" or lemma_of(node.head) not in _COPULAS:
            return False
        return any(word.lower_ in self.counting_modifiers or word.ent_type_ == "ORDINAL"
                   for noun in path for word in (noun, *(c for c in noun.children if c.dep_ == "amod")))

    def tallied(self, token: Token) -> Token | None:
        """(session 39) An act noun a body tallies: counted by a number ("41 complaints", "thousands of violations", "48
        cases of torture") as the object of a verb of tallying (`tally_verbs`: "the commission has received 41
        complaints", "monitors counted thousands of violations"). A record's figure of acts others did, no act of the
        one who tallies; the tallying verb, or None."""
        if token.pos_ != "NOUN":
            return None
        counted = token
        if token.dep_ == "pobj" and lemma_of(token.head) == "of" and token.head.head.pos_ in ("NOUN", "NUM"):
            counted = token.head.head  # "thousands of violations", "48 cases of torture"
        numbered = counted.pos_ == "NUM" or lemma_of(counted) in self.counts.numbers or any(
            c.dep_ == "nummod" for c in counted.children)
        if not numbered or counted.dep_ not in ("dobj", "nsubjpass") or lemma_of(counted.head) not in self.tally_verbs:
            return None
        return counted.head

    def in_idiom(self, token: Token) -> bool:
        """The token is part of a fixed phrase that is no event ("in order to", "press release")."""
        doc = token.doc
        # (looked up by lemma and by the word as written: "without warning" holds the verb "warn")
        places = {*self._idioms_by_word.get(lemma_of(token), ()), *self._idioms_by_word.get(token.text.lower(), ())}
        for words, offset in places:
            start = token.i - offset
            if start < 0 or start + len(words) > len(doc):
                continue
            if all(lemma_of(doc[start + k]) == w or doc[start + k].text.lower() == w for k, w in enumerate(words)):
                return True
        return False

    def _names_someone(self, actor: Actor) -> bool:
        """An unresolved phrase that still names an actor: a capitalised word the parser saw no entity in, or
        a head word for people or a body of them ("the two engineers", "the ministry")."""
        words = actor.text.split()
        # a name before any preposition ("the Ministry of Defence"); one after it names where or what the thing
        # is of ("the farming project in Ruritania" is no actor)
        cut = _first_preposition(words)
        if any(w[:1].isupper() and w.lower() not in self.not_names for w in words[:cut]):
            return True
        if len(words) == 1 and words[0].lower() in self.personal_pronouns:
            return True  # "urged him": someone the article named before
        if not words:
            return False
        head = words[-1].lower().strip(".,;:\"'”’")
        singular = head[:-1] if head.endswith("s") else head
        return (head in self.people_words or singular in self.people_words or head.endswith(self.people_suffixes)
                or singular.endswith(self.people_suffixes))

    def is_actor(self, actor: Actor) -> bool:
        """A named or resolved actor (a dictionary entry, a name, a resolved pronoun, a phrase for people);
        not a bare phrase for a thing ("the wall", "the aircraft")."""
        if not bare_phrase(actor):
            return bool(actor.text.strip())
        return self._names_someone(actor)

    def _acted_on(self, actor: Actor, cameo: str) -> bool:
        """An actor that an act of this code is done to. For the acts whose object is the very thing acted on
        (`thing_roots`: released, helped, investigated) a thing that an actor is only named after ("reports by
        fishermen", "a video about the prophet") is no actor; reactions ("dismissed a proposal by X") and
        violence ("shelled positions in X") reach the actor through its thing."""
        return self.is_actor(actor) and not (cameo[:2] in self.thing_roots and self._thing_of(actor))

    @staticmethod
    def _home(place: Actor, source: Sequence[Actor]) -> bool:
        """A target that is only a place, or the state itself, of a source's own country ("the Kenyan
        minister flew to Kenya's north"); a source whose country is only guessed from the context does not
        say where home is."""
        return not place.sectors and bool(place.country) and any(
            s.country == place.country and s.country_from is None for s in source)

    def _thing_of(self, actor: Actor) -> bool:
        """A phrase whose head, before its first preposition, is a thing rather than people: "the sewer
        system of the city of X". A part or a number of people ("hundreds of Islamists", "the head of the
        army") is people."""
        words = actor.text.split()
        cut = _first_preposition(words)
        if cut == len(words):
            return False
        head = words[cut - 1].lower().strip(".,;:\"'”’")
        if head.isdigit() or head in self.part_words or head.rstrip("s") in self.part_words:
            return False
        return not self._names_someone(actor.model_copy(update={"text": " ".join(words[:cut])}))

    def _thing_named(self, actor: Actor, things: frozenset[str]) -> bool:
        """A phrase for one of `things` ("the Russian plane", "Flight 12", "the American film "Long Road""), not for
        people ("bus drivers"): one of its words before the first preposition is a thing and its last is no word for
        people."""
        words = _phrase_words(actor)
        return (bool(words) and _singulars(words[-1]).isdisjoint(self.people_words)
                and any(not _singulars(w).isdisjoint(things) for w in words))

    def _own_body(self, body: Actor, source: Sequence[Actor]) -> bool:
        """A body (no single person) that a source sits in or works at by its sector (`member_bodies`), of its
        country or of one unknown: the parliament a legislator or a party's man takes a seat in, the ministry a
        minister comes to work at."""
        return body.kind != "person" and any(
            any(set(body.sectors).intersection(self.member_bodies.get(sector, ())) for sector in s.sectors)
            and (None in (body.country, s.country) or body.country == s.country) for s in source)

    def at_work(self, cameo: str, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """An act told of people at work in a job that is no political office, in their work ("the pilot asked the
        controllers for permission to climb", "the nurse told the family to wait"): an act of `work.codes` (a
        request, a meeting, taking control) whose every source is named by a worker's word (`work.workers`: the
        last word before any preposition) and is no political actor, and whose targets are no political actors."""
        work = self.work
        return (cameo.startswith(tuple(work.codes)) and bool(source)
                and all(not self.is_political(s) and bool(words := _phrase_words(s))
                        and not _singulars(words[-1]).isdisjoint(work.workers) for s in source)
                and not any(self.is_political(t) for t in target))

    def anyone(self, actor: Actor) -> bool:
        """A victim named only as people ("six people", "19 passengers"), not by a political role or name; the
        phrase may run on past its noun ("fifteen people were killed")."""
        if self.is_political(actor):
            return False
        words = actor.text.lower().split()
        cut = next((i for i, w in enumerate(words) if w in _VERB_WORDS), len(words))
        head = words[cut - 1] if cut else ""
        return head in self.generic_victims or head.rstrip("s") in self.generic_victims

    def is_political(self, actor: Actor) -> bool:
        if not self.is_actor(actor):
            return False
        if actor.kind == "state" and actor.country:
            return True
        if actor.country in self.political_countries:
            return True
        return bool(self.political_sectors.intersection(actor.sectors)) or actor.reason.startswith("leader")

    def safety_service(self, cameo: str, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """In an article about a hazard, an appeal, a warning or an order to leave (`safety_codes`) made to people who
        are no political actors: officials keeping their own people safe ("urged
        residents to avoid the area", "were ordered to leave their homes", "went door to door to warn them"), no act
        between actors; so is an order to their own country's forces (`service_forces`: "ordered the Guard to help
        firefighters"), help (`relief_codes`) a country's own people give to its own people ("soldiers helped
        the firefighters"), and its officials' thanks (`thanks_codes`) to its own crews who fought the hazard
        (`responders`). An appeal to a political actor ("asked the president for a federal declaration"), to
        no one named or to a phrase that may name a body ("urged the agency": whom the article's other acts may
        tell), and help across a border ("Japan sent rescuers to Turkey"), stay."""
        if not target:
            return False
        homes = {s.country for s in source if s.country}
        if cameo.startswith(self.relief_codes):
            return bool(homes) and all(self._own_people(t, homes) for t in target)
        if cameo.startswith(self.thanks_codes):  # ("the mayor thanked the crews who saved the school")
            return all(t.country in homes and self._responder(t) for t in target)
        if not cameo.startswith(self.safety_codes):
            return False
        return all((self.is_actor(t) and not self.is_political(t)) or self._own_people(t, homes)
                   or (bool(t.sectors) and self.service_forces.issuperset(t.sectors) and t.country in homes)
                   for t in target)

    def _responder(self, actor: Actor) -> bool:
        """A phrase for those who fight a hazard ("the crews from six departments", "volunteer firefighters")."""
        words = _phrase_words(actor)
        return bool(words) and not _singulars(words[-1]).isdisjoint(self.responders)

    def _own_people(self, actor: Actor, homes: set[str]) -> bool:
        """People with no country but `homes` (the acting officials' own): no political actor, or a phrase no
        dictionary knows given no sector ("warned those who stayed", "helped firefighters")."""
        if actor.country and actor.country not in homes:
            return False
        if self.is_actor(actor) and not self.is_political(actor):
            return True
        # ("warned those who stayed": a pronoun for people; "urged the agency" may name a body the article names)
        words = actor.text.lower().split()
        return from_phrase_words(actor) and not actor.sectors and bool(words) and words[0] in self.people_pronouns

    def beyond_teams(self, actors: Sequence[Actor]) -> bool:
        """Whether a political actor among `actors` is more than a country's name, which in a sport's article
        names its team (`team_domain`)."""
        return any(self.is_political(a) and a.kind != "state" for a in actors)

    def beyond_stand_ins(self, actors: Sequence[Actor], stand_ins: frozenset[int]) -> bool:
        """Whether a political actor among `actors` is more than a seat that stands for a venue (`stand_in_seats`)."""
        return any(self.is_political(a) and not (a.kind == "state" and a.start in stand_ins) for a in actors)

    def beyond_roles(self, actors: Sequence[Actor]) -> bool:
        """Whether a political actor among `actors` is more than a country's name or an armed force, which on a
        staged page (`staged_page`) are roles in a show or a game."""
        return any(self.is_political(a) and a.kind != "state"
                   and not (a.sectors and self.played_sectors.issuperset(a.sectors)) for a in actors)

    def beyond_affair(self, actors: Sequence[Actor], sectors: frozenset[str]) -> bool:
        """Whether `actors` name a political actor other than the body whose own affair the article tells (`sectors`:
        a union and its pickets, a church and its bishops), and not one only implied by the act ("threatened a
        strike" is aimed at no one the page names)."""
        return any(self.is_political(a) and a.origin not in _IMPLIED
                   and not (a.sectors and sectors.issuperset(a.sectors)) for a in actors)

    def private_act(self, plover: str | None, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """An act done by someone who is no political actor, to no political actor ("the airline invited the
        families", "the economist warned", "she accepted the offer"): no event in a whole article, unless of a
        type private people do politically (`private_types`: violence, protest, criticism) and not between companies
        (`_business_fight`)."""
        if not source or any(self.is_political(a) for a in (*source, *target)):
            return False
        return plover not in self.private_types or self._business_fight(source, target)

    def state_named_page(self, mentions: Sequence[ActorMention], events: Sequence[EventDraft]) -> bool:
        """A whole page that names states mostly as such (where a route, a product, a pavilion or a horse is from,
        `min_state_named_share` of its political actors' mentions) and none of whose coded acts joins two political
        actors: its acts are private parties' (a shipping line's rival, a museum, an owner), dressed in the states'
        names. A page about politics names the states' own agents acting (ministers, police, a court) or has states
        act on each other; a page with no act between political actors whose political mentions are those agents
        (a governor urging a company, police arresting pickets) is not judged here."""
        if len(events) < self.min_state_named_acts or any(self.joins_political(e.source, e.target) for e in events):
            return False
        share = self.state_share(mentions)
        return share is not None and share >= self.min_state_named_share

    def joins_political(self, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """Whether an act has a political actor on both sides (an implied target of another country counts)."""
        return any(map(self.is_political, source)) and any(self._political_target(actor, source) for actor in target)

    def state_share(self, mentions: Sequence[ActorMention]) -> float | None:
        """The share of the political actors' mentions that are states as such (None when none is political)."""
        political = [m.actor for m in mentions if self.is_political(m.actor)]
        if not political:
            return None
        # (a state as such: a country, its demonym, its capital; "Thailand's army", "Thai generals" are its agents)
        return sum(actor.kind == "state" and not actor.sectors for actor in political) / len(political)

    def _political_target(self, actor: Actor, source: Sequence[Actor]) -> bool:
        """A political actor as a target, or another country that an act with no one named is aimed at ("[implied:
        Yemen]" for Kuwait's pledge at a donors' conference): the record joins two states either way. An implied
        target of the doer's own country (the fallback for an act aimed at no one) joins no one new."""
        if self.is_political(actor):
            return True
        return actor.name.startswith("[implied") and bool(actor.country) \
            and all(actor.country != doer.country for doer in source)

    def private_named_act(self, doc: Doc, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """An act whose source names a political actor but whose every political actor is a state named only as
        where a private body is from (`private_named`): "The French pavilion accused the organisers", "Chinese tea
        houses agreed to sell through an Italian supermarket chain" are the bodies' acts, no state's."""
        political = [a for a in (*source, *target) if self.is_political(a)]
        if not political:
            return False
        if any(self.is_political(a) for a in source):
            return all(self._state_thing(a) or self._private_named(doc, a) for a in political)
        # (session 37) with no political source, only when every political actor is a thing a state's word is on ("the
        # Korean won and the Taiwan dollar are under attack"); a private body's people may be a state's victims
        return all(map(self._state_thing, political))

    def home_errand(self, cameo: str, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """A visit or a welcome that meets no one of standing, judged on the completed roles of a whole page: a host's
        welcome by no one named (`home_errand_sourceless`: "some 300 guests were received on the lawn"); or a visit
        (`home_errand_codes`) aimed only at phrases of their own words with no sector, placed by the page's guess alone
        (`country_guessed`) in a doer's own country ("the minister visited the health centre"). Visits to a state or a
        place named ("visited Kenya's north" is judged by the sense rules), meetings with a body or people of a
        political sector ("met the officers", "met union leaders") and acts abroad stay."""
        if not source and cameo in self.home_errand_sourceless:
            return True
        homes = {s.country for s in source if s.country}
        return cameo in self.home_errand_codes and bool(target) and all(
            from_phrase_words(t) and not t.sectors and t.country in homes
            and country_guessed(t) for t in target)

    def contest_between_states(self, lemma: str, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """A win (`state_contest_lemmas`: beat, outplay, overtake) that a state as such does to a state as such, judged
        on the completed roles: "Brazil beat Argentina", "India beat Japan on reserves" tell a match, a race or a table,
        no blow. A state's agents beat people ("police beat the protesters", "Russian troops beat prisoners"), and a
        state that defeats another in war is told by other words (defeat, rout, crush: not in the list)."""
        return lemma in self.state_contest_lemmas and bool(source) and bool(target) and all(
            a.kind == "state" and not a.sectors for a in (*source, *target))

    def _state_thing(self, actor: Actor) -> bool:
        """A state's name or demonym on a thing (`private_named.things`: "the Korean won", "China's exports"), the
        phrase's last word: the state is only where the thing is from."""
        rules = self.private_named
        words = _phrase_words(actor)
        # (a thing is nobody's civilians: completion guesses CVL for a victim with no sector of its own words)
        return (actor.kind == "state" and set(actor.sectors) <= {"CVL"} and actor.reason.startswith(rules.state_reasons)
                and len(words) > 1 and not _singulars(words[-1]).isdisjoint(rules.things))

    def _private_named(self, doc: Doc, actor: Actor) -> bool:
        rules = self.private_named
        if actor.kind != "state" or actor.sectors or not actor.reason.startswith(rules.state_reasons):
            return False
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        # (the country's word is a modifier of the phrase's head, a common noun of the list)
        if _common_noun(span.root) and lemma_of(span.root) in rules.nouns:
            return True
        # (session 36) ... or the country is where the people of a common noun are ("Cardiologists in Italy and
        # Germany welcomed the findings", "a parents' group in Hong Kong thanked teachers"): the phrase's own words name
        # no actor, the country only places them
        node = span.root
        if _common_noun(node):  # (the actor's text is the whole phrase: "A parents' group in Hong Kong")
            return any(c.dep_ == "prep" and lemma_of(c) in rules.place_preps
                       and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in node.children)
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        prep = node.head
        return (node.pos_ == "PROPN" and node.dep_ == "pobj" and prep.dep_ == "prep"
                and lemma_of(prep) in rules.place_preps and _common_noun(prep.head))

    def _business_fight(self, source: Sequence[Actor], target: Sequence[Actor]) -> bool:
        """Companies acting on companies ("investors criticised the bank", "the bank accused its rival of dumping
        prices"): a fight in a market, which the codebook codes no more than a product launch, whatever its words.
        Every party is a company (`business_sectors`) or a body with no sector, one at least a company by its
        words; people ("residents", "a lawyer"), who may criticise or protest politically, are not, nor is a body
        no dictionary knows on both sides (it may be a party or a movement), nor a company's anger at no one named
        or at a thing ("executives are angry about this"), which may be aimed at the state."""
        def firm(actor: Actor) -> bool:
            return actor.kind != "person" and set(actor.sectors) <= self.business_sectors
        return bool(target) and all(map(firm, (*source, *target))) and all(map(self.is_actor, target)) \
            and any(self.business_sectors.intersection(a.sectors) for a in (*source, *target))

    def recoded(self, lemma: str, cameo: str, target: Sequence[Actor], source: Sequence[Actor] = (),
                trigger: Token | None = None, clause_lemmas: Iterable[str] = ()) -> tuple[str, bool]:
        """The code of the act this trigger is with these targets, and whether the target does it to the
        source: "battles with Democrats" is no fighting but a quarrel (110), as a fight with a party, a
        legislature, critics or the press is; "surrendered to the police" is the police's arrest; "attacked the
        veto" judges a thing said or decided (`recodes`). `trigger`: the trigger's token, whose objects a recode
        by objects reads (judged_things); `clause_lemmas`: the sentence's."""
        things: set[str] | None = None
        arguments: set[str] | None = None
        deps: set[str] | None = None
        for recode in self._recodes_by_lemma.get(lemma, ()):
            if not (recode.applies(lemma, cameo) and recode.fits(source, target, self.no_state_codes)):
                continue
            # (the trigger's words are read only when a recode needs them)
            if (recode.objects or recode.not_objects) and things is None:
                things = judged_things(trigger, self.count_words) if trigger is not None else set()
            if (recode.arguments or recode.not_arguments) and arguments is None:
                arguments = argument_words(trigger) if trigger is not None else set()
            if recode.deps and deps is None:
                deps = dependency_labels(trigger) if trigger is not None else set()
            if recode.fits_words(things or (), clause_lemmas, arguments or (), deps or ()):
                return recode.code, recode.swap_roles
        return cameo, False

    def _bare_act(self, rule: SenseRule, source: Sequence[Actor], target: Sequence[Actor],
                  deps: frozenset[str]) -> bool:
        """An act of a rule that allows it bare: no target, no complement but those of `_BARE_DEPS`, and a
        political actor doing it."""
        complements = {d for d in deps if d.partition(":")[0] in _DENIED_DEPS and ":" in d}
        return (rule.bare == "political" and not target
                and all(d in _BARE_DEPS or d.partition(":")[0] in _BARE_DEPS for d in complements)
                and any(map(self.is_political, source)))

    def stopped_by(self, anchor: Token, cameo: str) -> tuple[Token, str] | None:
        """"will stop supporting the rebels", "ceased the bombing": an act that a verb of stopping governs is
        that verb's act, a cut in support (SANCTION) or a de-escalation (RETREAT), by the act's root
        (`cessation_by_root`); the verb and the code, or None."""
        head = anchor.head
        code = self.cessation_by_root.get(cameo[:2])
        if (code is None or head.i == anchor.i or anchor.dep_ not in ("xcomp", "dobj")
                or lemma_of(head) not in self.cessation_verbs or head.pos_ not in ("VERB", "AUX")):
            return None
        return head, code

    def counts_people(self, token: Token) -> bool:
        """A trigger noun that counts people or things, no act (`counts`): "with 18.4 million arrivals" (a number word
        counts it), "Japanese and South Korean arrivals rose by a third" (the subject of a number's change)."""
        counts = self.counts
        if token.pos_ != "NOUN":
            return False
        if any(c.dep_ == "nummod" and lemma_of(c) in counts.numbers for c in token.children):
            return True
        return token.dep_ == "nsubj" and lemma_of(token.head) in counts.changes

    def sense_fails(self, lemma: str, cameo: str, source: Sequence[Actor], target: Sequence[Actor],
                    clause_lemmas: Iterable[str] = (), nearby: Sequence[Actor] = (),
                    preps: Iterable[str] = (), objects: Iterable[str] = (),
                    causes: Mapping[str, frozenset[str]] | None = None, deps: Iterable[str] = (),
                    under: str = "", counted: bool = False) -> str | None:
        """The reason an event of this trigger is not political, or None when every rule is met. `nearby`:
        actors of the trigger's clause that are no participant; they count for "any: political". `preps`: the
        prepositions the trigger governs; `objects`: the head lemmas of what it is done to (its object, or its
        subject in the passive, and the possessor of either: judged_objects); `causes`: the head lemmas of what
        each preposition of the trigger or of its object names (judged_causes); `deps`: the dependency labels of the
        trigger's children; `under`: the preposition whose object the trigger is, if any; `counted`: the trigger is a
        noun that counts people or things (SenseRules.counts_people)."""
        deps = frozenset(deps)
        if target and all(t.text.lower() in self.reflexives for t in target):
            return f"'{lemma}' done to oneself"  # "shot himself", "barricaded himself"
        for rule in self._rules_by_lemma.get(lemma, ()):
            if not rule.applies(lemma, cameo):
                continue
            if rule.target == "any" and not target:
                return f"'{lemma}' needs someone it is about"
            # (not denied itself: "does not deny that the law is flawed" grants the point; and with what is denied
            # as its own object or clause: "the claim that Moscow denies" describes a claim)
            if rule.target == "accuser" and not target and ("neg" in deps or not deps & _DENIED_DEPS
                                                           or not any(map(self.is_political, source))):
                return f"'{lemma}' needs someone it is about, or a political actor who answers"
            if rule.target == "no_thing" and target and not any(self.is_actor(t) for t in target):
                return f"'{lemma}' of a thing"
            if rule.target == "actor" and not any(self._acted_on(t, cameo) for t in target) \
                    and not self._bare_act(rule, source, target, deps):
                return f"'{lemma}' needs an actor as target"
            if rule.target == "someone" and not (any(self._acted_on(t, cameo) for t in target) or (
                    target and any(self.is_political(s) for s in source))):
                return f"'{lemma}' needs someone acted on"
            if rule.source == "political" and not any(self.is_political(s) for s in source):
                return f"'{lemma}' needs a political actor as source"
            if rule.source == "actor" and not any(self.is_actor(s) for s in (*source, *nearby)):
                return f"'{lemma}' needs an actor as source"
            if rule.any == "political" and not any(self.is_political(a) for a in (*source, *target, *nearby)):
                return f"'{lemma}' needs a political actor"
            if rule.any == "actor" and not any(self.is_actor(a) for a in (*source, *target)):
                return f"'{lemma}' needs an actor"
            if rule.source_sectors and not any(rule.source_sectors.intersection(s.sectors) for s in source):
                return f"'{lemma}' needs a source of {'/'.join(sorted(rule.source_sectors))}"
            if rule.not_source and source and all(rule.not_source.intersection(s.sectors) for s in source):
                return f"'{lemma}' by {'/'.join(sorted(rule.not_source))} is private"
            if rule.not_target and target and all(rule.not_target.intersection(t.sectors) for t in target):
                return f"'{lemma}' with {'/'.join(sorted(rule.not_target))} is private"
            if rule.not_home and target and all(self._home(t, source) for t in target):
                return f"'{lemma}' to a place of its own country"
            if rule.not_preps and not rule.not_preps.isdisjoint(preps):
                return f"'{lemma}' moving something somewhere"
            if under in rule.not_under:
                return f"'{lemma}' carrying something"
            if rule.not_objects and not rule.not_objects.isdisjoint(objects):
                return f"'{lemma}' of a thing, not of anyone"
            if rule.not_causes and causes and any(
                    not rule.not_causes.isdisjoint(causes.get(p, ())) for p in rule.cause_preps):
                return f"'{lemma}' on a thing, not on anyone"
            if rule.not_deps and not rule.not_deps.isdisjoint(deps):
                return f"'{lemma}' of a thought, not of an act"
            if rule.deps and rule.deps.isdisjoint(deps):
                return f"'{lemma}' with nothing it is done to"
            if rule.not_own_body and target and all(self._own_body(t, source) for t in target):
                return f"'{lemma}' into a body of one's own"
            if rule.not_things and any(self._thing_named(a, rule.not_things) for a in (*source, *target)):
                return f"'{lemma}' of a thing, not of an actor"
            if rule.not_source_heads and source and all(
                    (words := _phrase_words(s)) and not _singulars(words[-1]).isdisjoint(rule.not_source_heads)
                    for s in source):
                return f"'{lemma}' by people who come as visitors"
            if rule.not_counted and counted:
                return f"'{lemma}' counted, a number of people or things"
            if rule.subject == "actor" and "nsubj" in deps and not any(self.is_actor(s) for s in source):
                return f"'{lemma}' done by a thing"
            if rule.not_clause_words and not rule.not_clause_words.isdisjoint(clause_lemmas):
                return f"'{lemma}' in a clause about something else"
            if rule.clause_words and rule.clause_words.isdisjoint(clause_lemmas):
                return f"'{lemma}' with no sign of a political act in its clause"
            if (rule.sourceless_clause_words and not any(self.is_actor(s) for s in source)
                    and all(self.anyone(t) for t in target)
                    and rule.sourceless_clause_words.isdisjoint(clause_lemmas)):
                return f"'{lemma}' with no one acting and no sign of violence"
        return None

    def _in_story(self, token: Token) -> str | None:
        """The work of fiction whose story tells the clause of `token` (session 29): the token or a word it hangs from
        governs "in" a work (`story_works`: "In her new thriller, Russia invades Finland"), or has as subject a
        character (`story_characters`) of a work (`story_owners`: "the novel's hero refuses to surrender", "the hero of
        the book"). Non-fiction (a book, a memoir, a film or a video that may be a record) is no frame: "in his book
        the minister accused the president" is his criticism."""
        if not self.story_works:
            return None
        node = token
        for _ in range(_MAX_CLIMB):
            for child in node.children:
                if child.dep_ == "prep" and lemma_of(child) == "in":
                    work = next((g for g in child.children if g.dep_ == "pobj" and lemma_of(g) in self.story_works), None)
                    if work is not None:
                        return work.text
                if child.dep_ in ("nsubj", "nsubjpass") and lemma_of(child) in self.story_characters:
                    owner = next((w for w in child.subtree if w.i != child.i and lemma_of(w) in self.story_owners), None)
                    if owner is not None:
                        return owner.text
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def non_event(self, token: Token) -> str | None:
        """The governor that makes the clause of `token` a belief, an indirect question or a poll's finding;
        or a trip named only by where it goes ("Kenya trip"), with nobody going."""
        children = list(token.children)  # (read up to five times: each walk of `children` makes new Tokens)
        tally = self.tallied(token)
        if tally is not None:
            return f"tally: {tally.text}"  # "has received 41 complaints": a record's figure, no act
        if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj", "acl") and lemma_of(token.head) in \
                self.accompanying_acts.get(lemma_of(token), ()):
            return f"accompanying: {token.head.text}"  # "marched on parliament chanting slogans": one protest
        if lemma_of(token) in self.question_governors and any(
                c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and lemma_of(g) in ("whether", "if") for g in c.children)
                for c in children):
            return f"question: {token.text}"  # "asked the minister whether he would resign": no appeal
        if any(c.dep_ == "xcomp" and lemma_of(c) in _COPULAS and any(
                a.dep_ == "acomp" and lemma_of(a) in self.consolations for a in c.children) for c in children):
            return f"consolation: {token.text}"  # "urged the families to be strong": no act is asked for
        if lemma_of(token) in self.predicted_reactions and token.tag_ == "VBN" and any(
                c.dep_ == "agent" for c in children) and any(
                c.dep_ == "aux" and lemma_of(c) in _FORECASTS for c in children):
            return f"forecast: {token.text}"  # "will be welcomed by the nuns": the writer's prediction
        if lemma_of(token) in self.destination_nouns and token.pos_ == "NOUN" and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in children) and not any(
                c.dep_ in ("poss", "prep", "acl") for c in children) and token.dep_ not in ("pobj", "dobj"):
            return f"destination: {token.text}"  # "Kenya trip": where, and nobody who goes
        work = self._in_story(token)
        if work is not None:
            return f"story: {work}"  # "in the novel, Russia invades Finland": told in a work of fiction
        current = token
        own_clause = True  # no clause of its own (a that-clause, a question) between the token and `current`
        for _ in range(_MAX_CLIMB):
            head = current.head
            if head.i == current.i or current.dep_ not in _GOVERNED_DEPS:
                return None
            if current.i != token.i:
                children = list(current.children)
            own_clause = own_clause and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
            lemma = lemma_of(head)
            finite = current.dep_ == "ccomp" or any(c.dep_ == "mark" and lemma_of(c) in ("that", "whether", "if")
                                                     for c in children)
            if current.dep_ == "ccomp" and lemma in self.belief_governors:
                return f"belief: {head.text}"  # "believed he would be beaten"; "hopes to meet" is the actor's aim
            if current.dep_ == "xcomp" and lemma in self.wish_governors and own_clause and not (
                    lemma in self.persuading_verbs and _told_as_done(head)):
                return f"wish: {head.text}"  # "want to meet", "able to trade", "loath to criticize"
            if current.dep_ in ("ccomp", "acl") and lemma in self.belief_nouns and head.pos_ == "NOUN" and finite:
                return f"belief: {head.text}"
            if current.dep_ == "ccomp" and any(c.dep_ == "mark" and (lemma_of(c) == "whether" or (
                    lemma_of(c) == "if" and lemma in self.question_governors)) for c in children):
                # (session 19) "have not said whether they would support it": a whether-clause is an open question,
                # whatever governs it
                return f"question: {head.text}"
            if current.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and lemma in self.means_nouns and any(
                    c.dep_ == "aux" and c.text.lower() == "to" for c in children):
                return f"means: {head.text}"  # "tools to fight militants": what could be done, not an act
            if current.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in self.poll_nouns
                                               for c in head.children):
                return f"poll: {head.text}"
            if current.dep_ in ("relcl", "advcl") and any(c.dep_ == "mark" for c in children):
                return None  # a clause of its own: its host's beliefs do not reach it
            own_clause = own_clause and current.dep_ not in ("ccomp", "advcl", "relcl", "acl", "pcomp")
            current = head
        return None


def judged_objects(trigger: Token) -> set[str]:
    """The head lemmas of what a trigger is done to (its object, or its subject in the passive; a noun's for- or
    of-complement), of what a name among them is said to be (_descriptions), and of a common noun owning it with
    that noun's compounds ("condemned the heat wave's toll": toll, wave, heat)."""
    objects: set[str] = set()
    for child in trigger.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        objects.add(lemma_of(child))
        objects.update(_descriptions(child))
        for owner in child.children:
            if owner.dep_ == "poss" and owner.pos_ == "NOUN":
                objects.add(lemma_of(owner))
                objects.update(lemma_of(c) for c in owner.children if c.dep_ == "compound")
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        objects.add(lemma_of(trigger.head))  # "the evidence gathered by ...": what is done to
        objects.update(_descriptions(trigger.head))
    if trigger.pos_ == "NOUN":
        # "support for the economy", "the celebration of the anniversary": a noun's act is done to its complement
        for prep in trigger.children:
            if prep.dep_ == "prep" and lemma_of(prep) in _OBJECT_PREPS:
                objects.update(lemma_of(p) for p in prep.children if p.dep_ == "pobj")
    return objects


_OBJECT_PREPS = ("for", "of")  # the complement of an act's noun that it is done to


def _descriptions(noun: Token) -> set[str]:
    """The head lemmas of what a name is said to be, in an apposition or as the subject of a copula ("Songkran, the
    new year festival", "Songkran, celebrated by millions, is a festival"): what the named thing is."""
    found = {lemma_of(c) for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    head = noun.head
    if noun.dep_ == "nsubj" and lemma_of(head) == "be":
        found.update(lemma_of(c) for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    return found


_JUDGED_PREPS = ("on", "upon", "at", "against")  # "an attack on the plan", "hit out at the veto"


def judged_things(trigger: Token, counts: frozenset[str] = frozenset()) -> set[str]:
    """What a trigger is done to, for the recodes: judged_objects, and the head lemmas of what "on", "at" or
    "against" names under it ("a scathing attack on the budget"); through an object that is one of `counts`, what it
    counts too ("carried out hundreds of raids": raid)."""
    things = judged_objects(trigger)
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "nsubjpass") and lemma_of(obj) in counts:
            things.update(lemma_of(g) for c in obj.children if c.dep_ == "prep" and lemma_of(c) == "of"
                          for g in c.children if g.dep_ == "pobj")
    for prep in trigger.children:
        if prep.dep_ == "prep" and lemma_of(prep) in _JUDGED_PREPS:
            things.update(lemma_of(p) for p in prep.children if p.dep_ == "pobj")
    return things


def argument_words(trigger: Token) -> set[str]:
    """The head lemmas of a trigger's subject and object, and of the words modifying a trigger noun ("Australian
    aid supported the schools", "supported economic assistance", "humanitarian support")."""
    deps = ("nsubj", "nsubjpass", "dobj", "amod", "compound") if trigger.pos_ == "NOUN" else ("nsubj", "nsubjpass", "dobj")
    return {lemma_of(child) for child in trigger.children if child.dep_ in deps}


def judged_causes(trigger: Token) -> dict[str, frozenset[str]]:
    """Per preposition, the head lemmas of what it names under the trigger or under the trigger's object ("blamed
    the outage on a glitch": the parser hangs "on" from either)."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep":
                found[lemma_of(prep)].update(lemma_of(p) for p in prep.children if p.dep_ == "pobj")
    return {prep: frozenset(lemmas) for prep, lemmas in found.items()}


def _told_as_done(verb: Token) -> bool:
    """"persuaded the rebels to meet", "were persuaded to withdraw": a persuading that happened, of someone (an
    object, or a passive subject); not "could not be persuaded to", "tried to persuade" (a complement of another
    verb, a bare or gerund form), "might persuade"."""
    if verb.tag_ in ("VB", "VBG") or verb.dep_ in ("xcomp", "pcomp", "csubj", "acl"):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def whole_article(article: Article, sentences: int, rules: SenseRules, reading: Reading = "auto") -> bool:
    """Whether a text is coded as a whole article or as lone sentences (the one place that decides; see
    docs/events.md). A text its source gives as an article (a title, URL or published date: a feed, a web
    page, an article file) is an article from `min_article_sentences` sentences (a short news brief); a bare
    text (the sentence sets, which `evaluate` codes with none of these) only from `min_sentences`. A title
    that is only the text's own first words (what ingest makes for a text that came without one) tells
    nothing. A `reading` other than auto (Settings.reading) forces one or the other."""
    if reading != "auto":
        return reading == "article"
    if sentences >= rules.min_sentences:
        return True
    title = (article.title or "").removesuffix("…").split()
    titled = bool(title) and title != article.text.split()[:len(title)]
    return (titled or bool(article.url) or article.published is not None) and sentences >= rules.min_article_sentences


@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """What a whole article is about: the share of its sentences that name a political actor. `whole`: coded as
    a whole article (`whole_article`), not as lone sentences."""

    sentences: int
    political_share: float
    domain: str | None
    whole: bool
    hazard: bool = False  # its lead tells of a natural hazard, a fire or an evacuation (`hazard_words`)
    review: bool = False  # it reviews a work of fiction (`review_page`): its story is told in the present
    staged: bool = False  # its states and armies are roles in a show or a game (`staged_page`)
    # the sectors of the body whose own affair it tells (`own_affairs`: a union's fight with its employer), if any
    affair: frozenset[str] = frozenset()
    # it tells of the past or of a work (`_past_story`), or a made-up story (`invented_labels`): no act of its own day
    past: bool = False
    # where the mentions of a seat that the page also writes on a venue or a race begin (`stand_in_seats`)
    stand_ins: frozenset[int] = frozenset()
    desk: str | None = None  # the desk covering no politics that the page's own label names (events/pagekind.py)

    def is_political(self, rules: SenseRules) -> bool:
        if not self.whole:
            return True  # a sentence or a short note: no article to judge
        return self.political_share >= rules.min_political_share and self.domain is None and not self.past \
            and self.desk is None


def _country_adjective(doc: Doc, mention: ActorMention) -> bool:
    """A country's adjective on a thing ("a French drama"), or one joined to such an adjective ("European and
    Japanese teams")."""
    if mention.token_end - mention.token_start != 1 or mention.actor.kind != "state":
        return False
    token = doc[mention.head]
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ == "ADJ":
        token = token.head
    return token.pos_ == "ADJ" and doc[mention.head].pos_ == "ADJ" and token.dep_ == "amod"


def _country_of_origin(doc: Doc, mention: ActorMention, participles: frozenset[str]) -> bool:
    """A country's name hyphened to a participle of where a thing is from ("Hong Kong-listed shares", "a US-based
    firm", "German-made cars"): it says where the thing is, listed or made, not that a state acts ("Russian-backed
    rebels", "a US-led coalition" are not of these participles)."""
    if mention.actor.kind != "state" or mention.token_end + 1 >= len(doc):
        return False
    hyphen, participle = doc[mention.token_end], doc[mention.token_end + 1]
    return (hyphen.tag_ == "HYPH" and participle.dep_ == "amod" and doc[mention.head].head.i == participle.i
            and lemma_of(participle) in participles)


def _country_as_place(doc: Doc, mention: ActorMention, preps: frozenset[str]) -> bool:
    """A country's name as the place where something happens ("the companies are also fighting in Germany",
    "hearings in Spain and Italy"): the object of a preposition of place, alone or in a list."""
    if mention.actor.kind != "state" or not preps:
        return False
    token = doc[mention.head]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and lemma_of(token.head) in preps


def article_profile(doc: Doc, article: Article, mentions: Sequence[ActorMention], rules: SenseRules,
                    reading: Reading = "auto", lemmas: Sequence[str] | None = None,
                    furniture: Callable[[int, int], bool] | None = None,
                    sentences: Sequence[Span] | None = None) -> ArticleProfile:
    """`lemmas`: the document's, lower case, when the caller has them (else read from the tokens). `furniture`:
    whether a character range is page furniture; its sentences (a byline, a time stamp, an author's bio line)
    are not the story's, and do not count in the share of sentences that name a political actor. `sentences`: the
    document's, when the caller has listed them (each walk of doc.sents makes its spans again)."""
    sentences = list(doc.sents) if sentences is None else sentences
    sentence_starts = [s.start for s in sentences]
    if not sentence_starts:
        return ArticleProfile(0, 0.0, None, whole=False)
    whole = whole_article(article, len(sentence_starts), rules, reading)
    # Which domains each sentence's words (or a result written as a score, "beat Brazil 2-1") speak of, and the
    # sentences whose countries are teams: only a whole article is judged by them (lone sentences are political).
    spoken: list[set[str]] = []
    team_sentences = _owned_teams(doc, mentions, rules.team_nouns, sentence_starts) if whole else set()
    text = article.text  # (the Doc's own text: Span.text joins the sentence's tokens again, Doc.text all of them)
    for sentence in sentences if whole else ():
        found = set(lemmas[sentence.start:sentence.end]) if lemmas is not None else {lemma_of(t) for t in sentence}
        words = text[sentence.start_char:sentence.end_char]
        scored = {name for name, score in rules.domain_scores.items() if score.search(words)}
        spoken.append({name for name, words in rules.domains.items() if not words.isdisjoint(found)} | scored)
        if rules.team_domain in scored or not rules.team_words.isdisjoint(found):
            team_sentences.add(sentence.start)
    if len(team_sentences) >= rules.match_report_sentences:
        # a match report: its domain's words shared with politics ("Argentina will face Canada in the final") name
        # teams too
        team_sentences |= {s.start for s, names in zip(sentences, spoken) if rules.team_domain in names}
    # (each sentence by its start; Token.sent walks the sentence at every call). A country's adjective alone, "a
    # French drama", "a Swedish start-up", says where a thing is from, not that a state acts, and a country in a
    # sentence of sport ("Japan beat Brazil 2-1") is a team: neither names a political actor here.
    political: set[int] = set()
    stand_ins = stand_in_seats(doc, mentions, rules) if whole else frozenset()
    # the sentences that name a political actor beyond each own-affair body (a state's agent, a party, ...)
    affairs = [a for a in rules.own_affairs if whole and not a.words.isdisjoint(
        lemmas if lemmas is not None else map(lemma_of, doc))]
    beyond_body: list[set[int]] = [set() for _ in affairs]
    beyond_court = False  # a political actor other than the court's people (court_sectors) is named
    for m in mentions:
        start = sentence_starts[bisect_right(sentence_starts, m.head) - 1]
        if rules.is_political(m.actor) and not _country_adjective(doc, m) and m.actor.start not in stand_ins \
                and not _country_of_origin(doc, m, rules.origin_participles) \
                and not (m.actor.kind == "state" and start in team_sentences):
            political.add(start)
            for own, beyond in zip(affairs, beyond_body, strict=True):
                if not (m.actor.sectors and own.sectors.issuperset(m.actor.sectors)) \
                        and not _country_as_place(doc, m, rules.place_preps):
                    beyond.add(start)
            # (a country named as where the case is also heard, "fighting in Germany", takes no part in it)
            beyond_court = beyond_court or not (m.actor.sectors and rules.court_sectors.issuperset(m.actor.sectors)
                                                or _country_as_place(doc, m, rules.place_preps)
                                                or _unowned_speaker(doc, m, rules.unowned_speakers))
    if whole and not beyond_court and _private_case(doc, rules, lemmas):
        political.clear()  # a court hearing private parties (a lawsuit): no one acts politically
    # (each sentence judged furniture once: the share below and the past-story reading both leave them out)
    furnished = {s.start for s in sentences if furniture(s.start_char, s.end_char)} if furniture is not None else set()
    story = len(sentence_starts) - len(furnished)
    share = len(political) / max(story, 1)
    affair: frozenset[str] = frozenset()
    for own, beyond in zip(affairs, beyond_body, strict=True):
        # (the body takes part, with whom it has the affair when the entry says, and few sentences name anyone else)
        if len(beyond) / max(story, 1) < rules.min_political_share and len(beyond) < len(political) \
                and (not own.partners or any(own.partners.intersection(m.actor.sectors) for m in mentions)):
            affair = own.sectors
            break
    domain = None
    if whole:
        counts = {name: sum(name in names for names in spoken) for name in rules.domains}
        name, count = max(counts.items(), key=lambda item: item[1])
        if count > rules.domain_margins.get(name, rules.domain_margins.get("default", 2.0)) * len(political):
            domain = name
    hazard = whole and any(not rules.hazard_words.isdisjoint(
        lemmas[s.start:s.end] if lemmas is not None else map(lemma_of, s))
        for s in sentences if s.start_char < rules.hazard_lead_chars)
    # (a generator: the lead is read only on a page whose title carries a review label)
    lead = (lemma for s in sentences if s.start_char < rules.hazard_lead_chars
            for lemma in (lemmas[s.start:s.end] if lemmas is not None else map(lemma_of, s)))
    review = whole and review_page(article, rules, lead)
    staged = whole and staged_page(doc, article, mentions, rules, lemmas)
    past = whole and (_labelled(article.title, rules.past_story.invented_labels) or (
        share < rules.past_story.max_share and _past_story(
            [s for s in sentences if s.start in political], article, rules, lemmas,
            [s for s in sentences if s.start not in political and s.start not in furnished])))
    return ArticleProfile(len(sentence_starts), round(share, 3), domain, whole, hazard, review, affair=affair, staged=staged,
                          stand_ins=stand_ins, past=past, desk=page_desk(article, rules.desks) if whole else None)


def _past_story(political: Sequence[Span], article: Article, rules: SenseRules, lemmas: Sequence[str] | None,
                others: Sequence[Span] = ()) -> bool:
    """Whether the sentences that name a political actor (`political`) tell of the past or of a work, not of the day
    the page is dated (a history book's war, a novel's defection, an actor's film presidency, a great-grandfather's
    deportation): none of them is told in the story's present ("on Tuesday", "this week", "in October" before any
    year is named) or names a year of the last `past_story.years`, and one at least names a year as far back or
    further ("In April 1877 Russia declared war"), or another sentence of the story (`others`) names one and none a
    later one ("This week we are back in the spring of 1337" before "Philip VI confiscates Gascony"). A line with no verb
    tells no act of any day ("Next week: the Black Prince, Crecy and the siege of Calais"). A page with no date is not
    judged."""
    story = rules.past_story
    if article.published is None or not political:
        return False
    text, before = article.text, article.published.year - story.years

    def years_of(sentence: Span) -> list[int]:  # (a year as the parser dates it: "in 1877", not "1500 troops")
        return [int(t.text) for t in sentence if t.ent_type_ == "DATE" and t.is_digit and len(t) == 4]

    told = [years_of(s) for s in others]
    told_old = any(told) and all(year <= before for years in told for year in years)
    old = False
    for sentence in political:
        words = lemmas[sentence.start:sentence.end] if lemmas is not None else [lemma_of(t) for t in sentence]
        years = years_of(sentence)
        if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            old = old or bool(years)
            continue
        if not story.present_words.isdisjoint(words) or any(year > before for year in years) or any(
                pattern is not None and pattern.search(text, sentence.start_char, sentence.end_char)
                # (a month after a year is that year's: "in April 1877 ... by July", "Vienna, 1983. One November night")
                for pattern in (rules.present_pattern, None if years or old else rules.month_pattern)):
            return False  # (a feature on a live dispute names its recent years too: "since 2020")
        old = old or bool(years)
    return old or told_old


def _labelled(title: str | None, labels: frozenset[str]) -> bool:
    """Whether a title starts with one of `labels` and a colon ("Satire: ...")."""
    label, colon, _ = (title or "").partition(":")
    return bool(colon) and label.strip().lower() in labels


def stand_in_seats(doc: Doc, mentions: Sequence[ActorMention], rules: SenseRules) -> frozenset[int]:
    """Where the page's mentions of a seat of power begin (Actor.start) when the page also writes that seat on a venue
    or a race (`stand_in_nouns`: "the Warsaw Stock Exchange", "the Madrid museum", or a name that ends in the seat, "the
    Grand Meridian Vienna"): the seat alone there may stand for the venue ("Warsaw will own 45%", "Madrid demanded the
    painting's return"), so it counts for no political actor in the page's share, and on a page that is not about
    politics it is no state acting (session 32)."""
    if not rules.stand_in_nouns:
        return frozenset()
    seats = [m for m in mentions if m.actor.kind == "state" and m.actor.reason.startswith("seat of power")]
    names: set[str] = set()
    for m in seats:
        token = doc[m.head]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        # (a name longer than the seat's own words: "the Grand Meridian Vienna", not "Mexico City")
        words = [t for t in doc[m.token_start:m.token_end] if t.dep_ != "det"]
        named = all(t.pos_ == "PROPN" for t in words) and " ".join(t.text for t in words) not in m.actor.reason
        if named or (token.dep_ in ("compound", "nmod") and lemma_of(token.head) in rules.stand_in_nouns):
            names.add(doc[m.head].lower_)
    if seats:
        # (a venue the page places in the seat, "the Van Aalst Collection in Amsterdam": the seat's name is no mention
        # there, so its place is read from the text; one pass over the page, only when it names a seat)
        heads = {doc[m.head].lower_ for m in seats}
        names |= {t.lower_ for t in doc if t.lower_ in heads and t.dep_ == "pobj" and lemma_of(t.head) == "in"
                  and lemma_of(t.head.head) in rules.stand_in_nouns}
    return frozenset(m.actor.start for m in seats if doc[m.head].lower_ in names)


def staged_page(doc: Doc, article: Article, mentions: Sequence[ActorMention], rules: SenseRules,
                lemmas: Sequence[str] | None = None) -> bool:
    """Whether the page shows its states and armies as roles (session 32): its lead tells of a staged show of a war
    (`staged_lead`: "re-enactment"), or someone who is no political actor plays a country or an armed force
    ("playing Germany in the final board", "Italy, played by a lawyer from Rome": a board game's, a show's roles;
    not "playing Russia off against China", nor a leader who plays one)."""
    if rules.staged_lead is not None and rules.staged_lead.search(article.text, 0, rules.hazard_lead_chars):
        return True
    if not rules.role_verbs:
        return False
    verbs = [doc[i] for i, lemma in enumerate(lemmas) if lemma in rules.role_verbs] if lemmas is not None \
        else [t for t in doc if lemma_of(t) in rules.role_verbs]
    if not verbs:
        return False
    by_head = {m.head: m for m in mentions}

    def role(token: Token) -> bool:
        found = by_head.get(token.i)
        return found is not None and (found.actor.kind == "state" or bool(
            found.actor.sectors and rules.played_sectors.issuperset(found.actor.sectors)))

    for verb in verbs:
        children = list(verb.children)
        if any(c.dep_ == "prt" for c in children):
            continue  # ("played Moscow off against Beijing")
        player = next((by_head.get(c.i) for c in children if c.dep_ == "nsubj"), None)
        if player is not None and rules.is_political(player.actor):
            continue  # (a state's own play: "Ankara is playing Russia")
        if any(c.dep_ == "dobj" and role(c) for c in children):
            return True
        if verb.dep_ in ("acl", "relcl") and any(c.dep_ == "agent" for c in children) and role(verb.head):
            return True  # ("Italy, played by a lawyer")
    return False


def review_page(article: Article, rules: SenseRules, lead: Iterable[str] = ()) -> bool:
    """Whether the page reviews a work (session 30): its title carries a review label with a colon ("Review: 'Strait'
    imagines ...", "Empires of Iron review: ...") and its title or its lead (`lead`: the lemmas of the sentences that
    start in the first `hazard_lead_chars`) names a work by its word (a film, a novel, a series). A policy review
    ("Defence review: ...") names no such work."""
    title = article.title or ""
    if ":" not in title or not rules.review_labels:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
    if rules.review_labels.isdisjoint(words):
        return False
    return not rules.story_owners.isdisjoint(words) or not rules.story_owners.isdisjoint(lead)


def told_in_present(token: Token) -> bool:
    """Whether the clause of `token` is told in the simple present ("China blockades Taiwan in the opening scene",
    "imagines a Chinese blockade": a noun of an act under such a verb), the tense a review tells its story in; a
    clause with an auxiliary ("has sent", "will meet", "was accused") is not."""
    node = token
    for _ in range(_MAX_CLIMB):
        if node.pos_ in ("VERB", "AUX") and not (node.tag_ == "VB" and node.dep_ in _PURPOSE_DEPS):
            return node.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def in_review_heading(token: Token, labels: frozenset[str]) -> bool:
    """Whether `token` is in the heading that carries a review label ("Review: 'Strait' imagines a Chinese blockade"):
    the review's verdict on the work, whatever the parser makes of its verb."""
    sentence = token.sent
    return any(t.text.lower() in labels and t.i + 1 < sentence.end and t.nbor().text == ":" for t in sentence)


def _owned_teams(doc: Doc, mentions: Sequence[ActorMention], nouns: frozenset[str], starts: Sequence[int]) -> set[int]:
    """The sentences in which a country's name or demonym owns a noun of a side in a contest ("Italy's team
    protested", "the Swiss crew won", "the US team"): a country's team is named there, as a score or a sport's word
    names one. Not a country that sends or leads a team ("Turkey sent a rescue team"), which acts."""
    if not nouns:
        return set()
    return {starts[bisect_right(starts, m.head) - 1] for m in mentions
            if m.actor.kind == "state" and doc[m.head].dep_ in ("poss", "compound", "amod")
            and lemma_of(doc[m.head].head) in nouns}


def _unowned_speaker(doc: Doc, mention: ActorMention, speakers: frozenset[str]) -> bool:
    """"A spokesman said" after a company's denial: a speaker named by the office alone, with no name, owner or
    country of its own, speaks for whoever the story names before him, and shows no state taking part."""
    token = doc[mention.head]
    return (mention.token_end - mention.token_start <= 2 and lemma_of(token) in speakers
            and all(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children))


def _private_case(doc: Doc, rules: SenseRules, lemmas: Sequence[str] | None) -> bool:
    """Whether the article's words tell of a private case (a suit, a settlement, a contract): a court alone acting on
    a ban, an order or a journalist is still the state acting."""
    words = rules.private_case_words
    return any(lemma in words for lemma in lemmas) if lemmas is not None else any(lemma_of(t) in words for t in doc)


def expand_word_classes(data: Any) -> Any:
    """senses.yaml with the word classes it names expanded: in the lists of each sense rule and recode, in the
    domains and in the team words (one list per class, written once and named wherever it is used)."""
    if not isinstance(data, dict) or "word_classes" not in data:
        return data
    local = data["word_classes"]
    if not isinstance(local, dict):
        return data  # (the schema says what is wrong)
    classes = {**shared_word_classes(), **local}  # (the classes triggers.yaml reads too: wordclasses.yaml)
    data = dict(data)
    for key in ("senses", "recodes"):
        if isinstance(data.get(key), list):
            data[key] = [{k: expand_words(v, classes) for k, v in entry.items()} if isinstance(entry, dict) else entry
                         for entry in data[key]]
    if isinstance(data.get("hazard_words"), list):
        data["hazard_words"] = expand_words(data["hazard_words"], classes)
    if isinstance(data.get("domains"), dict):
        data["domains"] = {name: expand_words(words, classes) for name, words in data["domains"].items()}
    data["team_words"] = expand_words(data.get("team_words", []), classes)
    if isinstance(data.get("private_named"), dict):
        named = dict(data["private_named"])
        named["things"] = expand_words(named.get("things", []), classes)
        data["private_named"] = named
    return data


class SensesFile(DataModel):
    """senses.yaml: the sense rules, who is political, what makes a clause no event, what an article is about."""

    version: int = 1
    # lists of words named by "$name" in the lists of the rules, recodes and domains (expand_word_classes)
    word_classes: dict[str, tuple[Lemma, ...]] = {}

    @model_validator(mode="before")
    @classmethod
    def _expanded(cls, data: Any) -> Any:
        return expand_word_classes(data)

    senses: tuple[SenseRule, ...] = ()
    political_sectors: frozenset[Code] = frozenset()
    political_countries: frozenset[Code] = frozenset()
    people_words: frozenset[Lemma] = frozenset()
    not_people: frozenset[Lemma] = frozenset()
    plan_cues: frozenset[Lemma] = frozenset()
    generic_victims: frozenset[Lemma] = frozenset()
    toll_verbs: frozenset[Lemma] = frozenset()
    tally_verbs: frozenset[Lemma] = frozenset()
    toll_preps: frozenset[Lemma] = frozenset()
    idioms: list[Lemma] = []
    belief_governors: frozenset[Lemma] = frozenset()
    belief_nouns: frozenset[Lemma] = frozenset()
    question_governors: frozenset[Lemma] = frozenset()
    poll_nouns: frozenset[Lemma] = frozenset()
    accompanying_acts: dict[Lemma, frozenset[Lemma]] = {}
    means_nouns: frozenset[Lemma] = frozenset()
    min_sentences: int = Field(6, ge=1)
    min_article_sentences: int = Field(2, ge=1)
    min_political_share: float = Field(0.3, ge=0, le=1)
    court_sectors: frozenset[Code] = frozenset()
    private_case_words: frozenset[Lemma] = frozenset()
    place_preps: frozenset[Lemma] = frozenset()
    unowned_speakers: frozenset[Lemma] = frozenset()
    own_affairs: tuple[OwnAffair, ...] = ()
    origin_participles: frozenset[Lemma] = frozenset()
    hazard_words: frozenset[Lemma] = frozenset()
    hazard_lead_chars: int = Field(400, ge=0)
    review_labels: frozenset[Lemma] = frozenset()
    past_story: PastStory = PastStory()
    staged_words: tuple[str, ...] = ()
    role_verbs: frozenset[Lemma] = frozenset()
    played_sectors: frozenset[Code] = frozenset()
    stand_in_nouns: frozenset[Lemma] = frozenset()
    safety_codes: tuple[Code, ...] = ()
    relief_codes: tuple[Code, ...] = ()
    service_forces: frozenset[Code] = frozenset()
    people_pronouns: frozenset[Lemma] = frozenset()
    thanks_codes: tuple[Code, ...] = ()
    responders: frozenset[Lemma] = frozenset()
    second_event_confidence: float = Field(0.9, ge=0, le=1)
    reference_determiners: frozenset[Lemma] = frozenset()
    kind_modifiers: frozenset[Lemma] = frozenset()
    counting_modifiers: frozenset[Lemma] = frozenset()
    wish_governors: frozenset[Lemma] = frozenset()
    persuading_verbs: frozenset[Lemma] = frozenset()
    private_types: frozenset[Code] = frozenset()
    business_sectors: frozenset[Code] = frozenset()
    cessation_verbs: frozenset[Lemma] = frozenset()
    cessation_by_root: dict[Word, Word] = {}
    part_words: frozenset[Lemma] = frozenset()
    thing_roots: frozenset[Word] = frozenset()
    named_things: frozenset[Lemma] = frozenset()
    recodes: tuple[Recode, ...] = ()
    predicted_reactions: frozenset[Lemma] = frozenset()
    consolations: frozenset[Lemma] = frozenset()
    destination_nouns: frozenset[Lemma] = frozenset()
    story_works: frozenset[Lemma] = frozenset()
    story_characters: frozenset[Lemma] = frozenset()
    story_owners: frozenset[Lemma] = frozenset()
    work: Work = Work()
    private_named: PrivateNamed = PrivateNamed()
    counts: Counts = Counts()
    min_state_named_share: float = Field(1.01, ge=0, le=1.01)
    min_state_named_acts: int = Field(3, ge=1)
    home_errand_codes: frozenset[str] = frozenset()
    home_errand_sourceless: frozenset[str] = frozenset()  # ... and when held by no one named
    state_contest_lemmas: frozenset[Lemma] = frozenset()
    member_bodies: dict[Code, frozenset[Code]] = {}
    domains: dict[str, frozenset[Lemma]] = {}
    domain_margins: dict[str, float] = {"default": 2.0}
    domain_scores: dict[str, str] = {}
    team_domain: str | None = None
    team_words: frozenset[str] = frozenset()
    team_nouns: frozenset[Lemma] = frozenset()
    match_report_sentences: int = 3
    phrase_senses: frozenset[Lemma] = frozenset()


@cache
def load_senses(path: Path | None = None) -> SenseRules:
    """The rules of the bundled senses.yaml (or of `path`), with triggers.yaml's words for people."""
    from eventscope.events.patterns import PatternError, _data_path, trigger_file  # one place knows the data

    data = load_data_file(path or _data_path("senses.yaml"), SensesFile, entries="senses", error=PatternError)
    triggers = trigger_file()[0]
    pronouns = load_coreference().words.pronouns
    return SenseRules(
        rules=data.senses,
        political_sectors=data.political_sectors,
        political_countries=data.political_countries,
        belief_governors=data.belief_governors,
        belief_nouns=data.belief_nouns,
        question_governors=data.question_governors,
        poll_nouns=data.poll_nouns,
        accompanying_acts=data.accompanying_acts,
        means_nouns=data.means_nouns,
        min_sentences=data.min_sentences,
        min_article_sentences=data.min_article_sentences,
        min_political_share=data.min_political_share,
        court_sectors=data.court_sectors,
        private_case_words=data.private_case_words,
        place_preps=data.place_preps,
        unowned_speakers=data.unowned_speakers,
        own_affairs=data.own_affairs,
        origin_participles=data.origin_participles,
        hazard_words=data.hazard_words,
        hazard_lead_chars=data.hazard_lead_chars,
        review_labels=data.review_labels,
        past_story=data.past_story,
        present_pattern=data.past_story.present_pattern(),
        month_pattern=data.past_story.month_pattern(),
        staged_lead=re.compile(r"\b(?:" + "|".join(map(re.escape, data.staged_words)) + ")", re.IGNORECASE)
        if data.staged_words else None,
        role_verbs=data.role_verbs,
        played_sectors=data.played_sectors,
        stand_in_nouns=data.stand_in_nouns,
        safety_codes=data.safety_codes,
        relief_codes=data.relief_codes,
        service_forces=data.service_forces,
        people_pronouns=data.people_pronouns,
        thanks_codes=data.thanks_codes,
        responders=data.responders,
        domains=data.domains,
        domain_margins=data.domain_margins,
        domain_scores={name: re.compile(pattern) for name, pattern in data.domain_scores.items()},
        team_domain=data.team_domain,
        team_words=data.team_words,
        team_nouns=data.team_nouns,
        match_report_sentences=data.match_report_sentences,
        people_words=(data.people_words | triggers.people_nouns | triggers.agent_nouns) - data.not_people,
        plan_cues=data.plan_cues,
        idioms=tuple(tuple(phrase.split()) for phrase in data.idioms),
        phrase_senses=data.phrase_senses,
        generic_victims=data.generic_victims,
        toll_verbs=data.toll_verbs,
        tally_verbs=data.tally_verbs,
        toll_preps=data.toll_preps,
        second_event_confidence=data.second_event_confidence,
        reference_determiners=data.reference_determiners,
        kind_modifiers=data.kind_modifiers,
        counting_modifiers=data.counting_modifiers,
        people_suffixes=tuple(sorted(triggers.agent_suffixes)),
        wish_governors=data.wish_governors,
        persuading_verbs=data.persuading_verbs,
        private_types=data.private_types,
        business_sectors=data.business_sectors,
        cessation_verbs=data.cessation_verbs,
        cessation_by_root=data.cessation_by_root,
        part_words=data.part_words,
        count_words=data.part_words | triggers.partitive_nouns,
        reflexives=pronouns.reflexive,
        thing_roots=data.thing_roots,
        named_things=data.named_things,
        recodes=data.recodes,
        predicted_reactions=data.predicted_reactions,
        consolations=data.consolations,
        destination_nouns=data.destination_nouns,
        story_works=data.story_works,
        story_characters=data.story_characters,
        story_owners=data.story_works | data.story_owners,
        personal_pronouns=(pronouns.subject | pronouns.object) - pronouns.singular,
        not_names=_DETERMINERS | pronouns.subject | pronouns.possessive,
        work=data.work,
        private_named=data.private_named,
        counts=data.counts,
        min_state_named_share=data.min_state_named_share,
        min_state_named_acts=data.min_state_named_acts,
        home_errand_codes=data.home_errand_codes,
        home_errand_sourceless=data.home_errand_sourceless,
        state_contest_lemmas=data.state_contest_lemmas,
        member_bodies=data.member_bodies,
        no_state_codes=load_ontology().no_state_codes,
        desks=load_desks(),
    )
