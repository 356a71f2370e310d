"""Completing a document's actors from its context: the country of every actor the dictionaries left
without one, and the codes of the mentions that refer back to them.

Runs after the resolver and the places stage (it reads `DocumentContext.places` and the country ranking).
For an actor with no country (a sector phrase, a person or an organisation no dictionary knows, a group
that belongs to no single state), the first rule that gives one wins, and the actor's reason says which:

0. `party label`: "Sen. Ann Ruiz (R-Ohio)" (titles.yaml);
   `region`: a first-level region of exactly one country opening its name before more words ("the Ohio Senate",
   "Manitoba police"; the places stage reads no place inside an organisation's name);
1. `noun phrase`: a country, nationality or place inside its own noun phrase ("police in Sao Paulo",
   "the spokesman for Kenya's army");
   `item header`: in a factbox or briefing, the country whose name and a colon or dash open its line ("GERMANY: The
   foreign ministry said ...", "Peru - Police arrested ..."; at least two such lines: one alone is a dateline);
   `same noun before`: a definite phrase repeating the noun of a group named with its country before
   ("American nuns ... the nuns"; a state body only in the three sentences before: "the government" may be
   another state's; but "the Ministry" with a capital is the body named in full by "the Ministry of ..." before,
   however far back: a press release's own voice);
2. `sentence place`: the place named nearest to it in its sentence (where it acts), not one named as a party
   to an act ("Bishops thanked Chile"), unless it is a group of no single state ("Daesh attacked Mosul");
3. `dateline`: where the report was filed ("SAO PAULO --"), when the article names that country most (a
   correspondent in Cairo reporting on Tunisia says where the reporter is, not the actors); not a host's: when the
   first sentence tells of others meeting there ("GENEVA - Yemen's government and Houthi rebels held talks in the
   Swiss city"), with no actor of the dateline's country in it, that country is where they meet, and neither it nor
   its places in a sentence of meeting give a country by rules 2 to 6 (session 28);
4. `article country`: the country the article is mostly about (`DocumentContext.dominant_country`);
5. `recent actor`: in an article about several countries, the country of the actor named last before it,
   in its sentence or the one before (not a country word describing a thing: "the British bill") (dev tune dyad F1 0.221 -> 0.225, check 0.129 -> 0.136);
   not for the plural of a noun for a state's rule ("the juntas", "all three governments": several states, of which
   that actor is at most one; sectors.yaml state_rule_nouns), which take rule 6's (analysis dyad 119 -> 122);
6. `top country`: else, the country the article names most, though it leads too little to be rule 4's.
The weakest rules, 4 to 6, are switched off together by `Settings.article_country`.
People who, by what they are, are not of where they are (refugees, migrants, diplomats, peacekeepers: sectors.yaml
outsiders; "visiting", "migrant", "peacekeeping" before a noun: stateless) take a country only from their own words
("Syrian refugees", "refugees from Sudan", "its diplomats"), never from rules 2 to 6 (on the gold sentence sets the
places gave them a right country 1 time in 17).
An organisation no dictionary knows whose name says it spans countries ("the World ... Organization", "the European
... association", "the Inter-American ..."; sectors.yaml international_names) is of no state, like the stateless
people, and a body of states (IGO) when its head says so ("... Organization", "... Agency"; intergovernmental_heads):
a dateline or the story's country named the host city's state (session 24).
A place where a national body goes or meets ("flew to Bamako", "held talks in Geneva", "met his counterpart in
Doha"; sectors.yaml motion_words, meeting_words) is no cue of whose the body is, in rule 2 nor, when the document
names that country nowhere else, in rules 3 to 6. In a lone sentence, `other_roles_cues`: a state body's country
guessed by rules 2 to 6 from words that are only the target's ("the Treasury blacklisted four Iranian firms") is
dropped.
A counterpart ("met his counterpart"; sectors.yaml counterparts) is of the other side: its possessive pronoun
gives it no country, and `counterparts` drops a country guessed for it that is the other side's. So are a state's
allies, partners and neighbours (sectors.yaml state_relations): a state's possessive gives them no country, and
neither does the story around them.
Members with no owner of their own ("urged members", "thanked the allies", "member states"; sectors.yaml
membership_nouns) are the body of states named in their sentence or the one before (session 22).

After the event coder, `implied_targets`: in a whole article an act aimed at someone with no one named as
acted on gets the codebook's implied target, of the source's country (or, for help and armed force, of the
country where it happens), measured dev tune dyad F1 0.423 -> 0.479, check 0.203 -> 0.224; of another country
when what the act is done to or about names one ("condemned the bombing at a hotel in Mogadishu": `what is acted
on`), or when it is a thing judged again right after the source's act on another country ("Brasilia said the vote
was flawed": `earlier act`); a threat told as a that-clause is aimed at the party of another state the clause
names ("warned that Madrid would pay a price": `_warned_party`, session 24); words aimed so have
a sector: the government's, when anyone but the government speaks, the legislature's for the government's
demands (ontology/roots.yaml authority_targets, legislature_targets). Then `target_sectors`: a thing acted on
stands for the body it belongs to ("vetoed the bill" LEG; actors/sectors.yaml thing_sectors), and people hit by
armed force, named by a plural noun that is no sector word, are civilians (dev tune record F1 0.226 -> 0.267,
check 0.035 -> 0.049).

Never from page furniture: its places and actors are out of the context already. A mention that the
resolver made by coreference ("he", "the senator") takes its antecedent's completed code, and a bare
surname the tagger took for an organisation is the person of that surname named before.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass

from spacy.attrs import POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from eventscope.actors.antecedents import (
    PLURAL_TAGS,
    CoreferenceFile,
    antecedent,
    last_two,
    load_coreference,
    same_surname,
    surname_of,
)
from eventscope.actors.dictionary import ActorDictionary, BorderNouns
from eventscope.actors.resolver import STATE_SECTORS
from eventscope.context import DocumentContext
from eventscope.geo.gazetteer import Gazetteer, normalise
from eventscope.lemmas import lemma_of
from eventscope.ontology import Ontology, RootGroups, load_ontology
from eventscope.records import (
    Actor,
    ActorMention,
    EventDraft,
    bare_phrase,
    from_phrase_words,
    refers_back,
)

__all__ = ["RECENT_ACTOR", "ActorCompletion", "beyond_border", "border_acted_on", "is_border_noun", "says_its_country"]

# Left and right dependents of a head that are part of its noun phrase, where a country may be named.
_NP_LEFT = frozenset({"poss", "amod", "compound", "nmod"})
_NP_PREPS = frozenset({"of", "from", "in", "for", "at"})
_SIDE_PREPS = frozenset({"to", "with"})  # "loyal to", "allied with"
_DWELLING_PREPS = frozenset({"in", "at", "inside"})  # "living in", "sheltering at"
_ORIGIN_PREPS = frozenset({"from"})  # "flown in from", "fled from"
_OF_CHAIN = 2  # "of" complements followed after the first ("the office of the ministry of health of Kenya")
# Codes of groups that belong to no single state: coded by where they act (CODEBOOK: IS in Syria is SYRREB).
_STATELESS_PREFIXES = ("IMG",)
_NGO = "NGO"  # the country slot of a non-governmental organisation of no state (CODEBOOK "NGO + name")
_BODY_OF_STATES = "IGO"  # the country of an international organisation's code ("the bloc" refers back to one)
# Usages of a place name that say where something is or happens.
_WHERE = frozenset({"locative", "venue", "modifier"})
# Prepositions after a person's title that name the body the person works for ("a spokesman for the Red Cross").
_MEMBER_PREPS = frozenset({"for", "of", "at", "with"})
_DEFINITE = frozenset({"the", "these", "those"})
_RECENT_SENTENCES = 1
_CAUSE_SENTENCES = 2  # how far from one attacker's sentence a word of an armed cause speaks of his attack
_GOVERNMENT, _LEGISLATURE, _CIVILIANS, _PROTESTERS, _CRIMINALS = "GOV", "LEG", "CVL", "PRO", "CRM"
_MILITARY, _POLICE, _BUSINESS, _REBELS = "MIL", "COP", "BUS", "REB"
# the reasons of an actor whose own words name its state (resolver: "demonym 'Israeli'", "country name 'Myanmar'")
_OWN_COUNTRY_WORDS = ("demonym ", "country name ")
# How far up a referring phrase's clause chain its governing subject is looked for, and the links that start a
# clause of its own.
_SUBJECT_REACH = 8
_PAIR_KINDS = frozenset({"pairs", "bare_pairs", "state_pairs"})  # coreference.yaml's phrases for two parties
_BODY_KINDS = frozenset({"bodies", "agencies"})  # phrases that may refer to an IGO or NGO (no country of its own)
_OWNER_KINDS = _BODY_KINDS | {"groups"}  # phrases for a body whose officials a title names ("a group spokesman")
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG"})  # the sectors that speak for a state in "both governments"
_STATE_BODIES = frozenset({"MIL", "COP", "LEG", "JUD", "SPY"})  # a state's bodies that are no party, rebel or crowd
_STATE_PARTIES = _STATE_BODIES | {"GOV"}  # a state's actors, whom an act near a company's name may still be aimed at
_NEW_CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "parataxis", "acl"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})  # "who", "which", "that" opening a relative clause
_DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})  # a clause after a noun that says what it does
_DESCRIBING_DEPS = frozenset({"acl", "relcl", "prep"})  # what a noun's words after it say of it
# Rules that read an actor's country in its own words (the others guess it from where the actor stands).
_INTERNATIONAL_NAME = "international name"  # "the World ... Organization": a body of states by its name
_ITEM_HEADER_RULE = "item header"  # "FRANCE: The ministry said ...": the country heading a list's item
_OWN_COUNTRY_RULES = frozenset({"noun phrase", "party label", "same noun before", "apposition", _INTERNATIONAL_NAME})
# A line of a factbox or a briefing opened by a country's name and a colon or a dash ("Germany: the foreign ministry
# said ...", "PERU - Police arrested ..."): the item is that country's news.
_ITEM_HEADER = re.compile(r"^[ \t]*([A-Z][A-Za-z .'\u2019-]{1,40}?)[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]", re.MULTILINE)
_ITEM_HEADERS_MEMO = "completion.item_headers"
_MIN_ITEMS = 2  # one line so opened is a dateline (rule 3's), several are the items of a list
_HOST_MEMO = "completion.host_country"
_SAME_NOUN_SENTENCES = 3  # how far back "the army" finds "the Syrian army" (a group noun looks back to the start)
# Sectors of a state's own bodies that go abroad and speak of other countries (police, residents, rebels are taken
# to be of where they are): a place they go to or speak of is not theirs.
_NATIONAL_SECTORS = STATE_SECTORS - {"COP"}
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_GOAL_PREPS = frozenset({"to", "into", "toward", "towards", "onto", "in"})
_VENUE_PREPS = frozenset({"in", "at"})  # where a meeting happens
# Rules that guess an actor's country from where it stands, not from its words (module docstring, 2 to 6).
# (Actor.country_from of the weakest rule but one: events/referents.py reads it)
RECENT_ACTOR = "recent actor"
_REGION = "region"  # the rule of a first-level region opening a body's name ("the Ohio Senate")
_OTHER_PARTY = "other party"  # the implied target of a whole state's act: another party named near it
_GUESS_RULES = frozenset({"sentence place", "dateline", "article country", RECENT_ACTOR, "top country"})
# Actors no words of their own name (records.ActorOrigin): a copy of an actor named before, an implied one.
_NAMED_BY_OTHERS = frozenset({"coreference", "implied target", "implied by the act"})
# Names the parser found that no dictionary knows, alone or describing a noun (records.ActorOrigin)
_UNKNOWN_NAMES = frozenset({"entity", "described noun"})
_UNLETTERED = frozenset({"the", "of", "and", "for", "&"})  # the small words of a name its acronym gives no letter
_SPELLED_KINDS = frozenset({"organization", "group", "state"})  # bodies an acronym may stand for
_SHORT_NAME_DETERMINERS = frozenset({"the", "this", "that"})  # not part of a short name ("the Commission")
_NAMED_GROUP = "groups:"  # the reason of an actor groups.yaml names (dictionary.py)
_LOOKUP_MEMO = "completion lookup"  # context.memo: (mentions, places, their _Lookup)
_BORDER_PREPS = frozenset({"with", "between", "of"})  # what opens a border's complement ("the border with Chad")
_BORDER_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_BORDER_PATH_POS = frozenset({"NOUN", "PROPN", "ADP", "ADJ", "DET", "CCONJ", "PUNCT"})  # (a clause ends the phrase)
_REPORTED_DEPS = frozenset({"ccomp"})  # ("agreed to open a school in Lima" is the actor's own act there)
# Links from an act's word to what it is done to or about (an implied target's country; its prepositions:
# sectors.yaml about_prepositions)
_ACTED_ON_DEPS = frozenset({"dobj", "attr", "nsubjpass"})
_TOLD_CLAUSE_DEPS = frozenset({"ccomp", "acl"})  # what a verb or a noun of speech tells ("warned that", "a warning that")
_JUDGING_DEPS = frozenset({"acomp", "attr", "advmod"})  # a judging word after "is" ("was cowardly", "a disgrace")
_REACTION_SENTENCES = 2  # how far back a speaker's act on another country lends it a thing judged again
# A region name that opens a body's name ("Ontario police") may also be a town abroad; a town this big abroad
# makes the name ambiguous ("Victoria": Hong Kong's, Canada's, Australia's).
_REGION_TOWN_ABROAD = 200_000
_REGION_WORDS = 4  # the longest region name tried, in words ("Jammu and Kashmir")


def _stands_for_a_state(actor: Actor) -> bool:
    """A state by its name, or its government or forces ("Italy", "Malta's armed forces", "the interior minister")."""
    return actor.kind == "state" or not _STATE_SECTORS.isdisjoint(actor.sectors)


def _charged_with(doc: Doc, of: int) -> bool:
    """"of" that opens what someone is charged with ("accused the group of plotting"), not a name's complement."""
    return of + 1 < len(doc) and doc[of + 1].tag_ == "VBG"


def _stands_alone(span: Span) -> bool:
    """"The two met", "both agreed", "the pair pledged": a number or "both" alone is a pair of parties only as
    the subject of a clause, with no noun after it that it counts ("the two bills were passed")."""
    doc, last = span.doc, span[-1]
    if span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    return last.dep_ in ("nsubj", "nsubjpass") or (last.dep_ == "conj" and last.head.dep_ in ("nsubj", "nsubjpass"))


def _state_owned_thing(actor: Actor, head: Token) -> bool:
    """"criticised the Thai operation", "China's decision", "shot down a Turkish jet": a common noun whose
    country a state's word before it gives is a thing that state owns or does (its sector: thing_sectors)."""
    return actor.kind == "state" and head.tag_ in ("NN", "NNS") and not head.ent_type_ \
        and any(t.ent_type_ in ("GPE", "NORP") for t in head.lefts)  # (lefts: the children before it)


def _named_again(context: DocumentContext, mention: ActorMention) -> bool:
    """Whether a mention that copies an actor named before names it again by a name of its own (a surname, an
    acronym: "Lee Jae-myung ... Lee spoke with Trump"), not by a pronoun or a common noun ("he", "the group")."""
    return context.doc[mention.head].pos_ == "PROPN"


def _subject_above(token: Token) -> tuple[int, int] | None:
    """The token span of the subject of the clause `token` is an object or complement of (through "urged X to",
    "said X should"), not the subject `token` is part of; a conjunct or adverbial clause starts a new one."""
    node = token
    for _ in range(_SUBJECT_REACH):
        head = node.head
        if head.i == node.i or node.dep_ in _NEW_CLAUSE_DEPS:
            return None
        if head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not c.left_edge.i <= token.i <= c.right_edge.i]
            if subjects and head.dep_ == "relcl" and all(c.tag_ in _RELATIVE_TAGS for c in subjects):
                # "Chile's minister, who urged both sides to talk": the relative pronoun stands for the noun above
                noun = head.head
                return noun.left_edge.i, noun.i + 1
            if subjects:
                return min(c.left_edge.i for c in subjects), max(c.right_edge.i for c in subjects) + 1
        node = head
    return None


@dataclass(frozen=True, slots=True)
class _Found:
    country: str
    rule: str
    # the whole code, when the country slot is a body's own ("its agencies" of the UN: IGOUNO)
    code: str | None = None


class ActorCompletion:
    """Completes the actors of a document (see the module docstring). Build once per process."""

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
        # "its troops", "his country's soldiers": the words that make forces the acting state's own (the states'
        # referring phrases end in its nouns: "the country", "the nation")
        self.own_possessives = pronouns.possessive
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

    def _written_surname(self, actor: Actor) -> str | None:
        """A person's surname, also where the tagger named the person by the last word alone after a title and a
        given name it left out ("chairperson Esau Phiri" named "Phiri"): that last word of a longer mention."""
        surname = self._surname(actor)
        if surname is None and " " not in actor.name and actor.text.split()[-1:] == [actor.name] \
                and len(actor.text.split()) > 2:
            return actor.name
        return surname

    def complete(self, context: DocumentContext) -> list[ActorMention]:
        """The context's mentions, each with a country where the context gives one."""
        context.mentions = self._short_names(context, self._acronyms(context))
        state = self._lookup(context)
        completed: dict[str, Actor] = {}  # canonical name -> the completed actor, for coreferent mentions
        named: list[Actor] = []  # people named with their surname, in text order, for later bare surnames
        by_noun: dict[str, tuple[str, int]] = {}  # head noun -> (country, sentence) of the last group it named
        out: list[ActorMention] = []
        for mention in sorted(context.mentions, key=lambda m: (m.token_start, m.token_end)):
            actor = mention.actor
            person = self._named_before(context, mention, named)
            if person is not None:
                out.append(ActorMention(person, mention.token_start, mention.token_end, mention.head))
                continue
            actor = self._party_label(context, mention) or actor
            if refers_back(actor) and not self._needs_country(actor):
                out.append(mention)
                continue
            if refers_back(actor):
                antecedent = completed.get(actor.name)
                if antecedent is not None and antecedent.country:
                    actor = self._with_country(actor, antecedent.country, "", code=antecedent.code)
                out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head))
                continue
            if self._needs_country(actor) and actor.kind == "person":
                actor = self._apposition(context, state, mention) or actor
            if self._needs_country(actor):
                found = self._country(context, state, mention, by_noun)
                if found is not None:
                    if found.rule == _REGION and self._regional_chamber(context, mention):
                        actor = actor.revised(sectors=[_LEGISLATURE])
                    elif found.rule == _REGION and self._regional_army(context, mention):
                        actor = actor.revised(sectors=[_REBELS])
                    actor = self._with_country(actor, found.country, found.rule, code=found.code)
            # (a body of states by its name lends "organization" no country: "the National ... Organization")
            if actor.country and actor.kind != "person" and says_its_country(actor) \
                    and actor.country_from != _INTERNATIONAL_NAME:
                head = context.doc[mention.head]
                by_noun[lemma_of(head)] = (actor.country, context.sentence_of(mention.head))
                if _named_in_full(head):
                    by_noun[_named_key(head.text)] = (actor.country, context.sentence_of(mention.head))
            completed.setdefault(actor.name, actor)
            if actor.kind == "person" and not refers_back(actor) and surname_of(actor.name, coreference=self.referring.words):
                named.append(actor)
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head))
        return self._seconds(context, self._referring(context, self._surnames(context, self._appositions(context, out))))

    def _seconds(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """"his deputy", "the minister's deputy": an office that names someone's second (sectors.yaml seconds) with
        a possessive is of the possessor's sector, not its own (a deputy alone is a legislator)."""
        seconds = self.dictionary.second_words
        if not seconds:
            return mentions
        doc = context.doc
        by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
        out: list[ActorMention] = []
        for mention in mentions:
            actor, head = mention.actor, doc[mention.head]
            owner = next((by_token.get(c.i) for c in head.children if c.dep_ == "poss"), None) \
                if head.lower_ in seconds and actor.kind == "person" else None
            if owner is not None and owner is not mention and owner.actor.sectors \
                    and owner.actor.sectors != actor.sectors:
                country = actor.country or owner.actor.country
                sectors = list(owner.actor.sectors[:1])
                actor = actor.revised(country=country, sectors=sectors, code=self.dictionary.code_for(country, sectors),
                                      reason=actor.reason + f"; second of {owner.actor.text!r}")
                mention = ActorMention(actor, mention.token_start, mention.token_end, mention.head)
            out.append(mention)
        return out

    def complete_roles(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """The sources and targets the event coder built from words no dictionary names ("the Brooklyn
        club", "a bill", "Muller") take a country by the same rules, from their phrase's head: a reader
        codes them with the country the context gives (runs after `complete`, on its mentions). Beside a
        source the dictionaries know, such words keep none, and a source of common words is none ("Chile, Peru
        and a few trawlers patrolled the coast": Chile and Peru act); beside a target the dictionaries know,
        they are no target ("attacked a camp near Yei")."""
        state: _Lookup | None = None
        for draft in drafts:
            if any(a.country and not from_phrase_words(a) for a in draft.source):
                # "Chile, Peru and a few trawlers patrolled the coast": who acts are the countries; common words
                # beside them ("trawlers") are what they act with, no actor of their own (a name no dictionary
                # knows is)
                draft.source[:] = [a for a in draft.source if not self._bare_words(context, a)]
            if any(a.country and not from_phrase_words(a) for a in draft.target):
                # "pledged to share water", "attacked a camp near Yei": beside a known actor acted on, words no
                # dictionary names are what or where it is done (the coder's joint acts add actors after the roles)
                known = [a for a in draft.target if not bare_phrase(a)]
                draft.target[:] = [a for a in draft.target if not bare_phrase(a) or _listed_with(context, a, known)]
            for role in (draft.source, draft.target):
                for index, actor in enumerate(role):
                    if not self._needs_country(actor) or refers_back(actor):
                        continue
                    if bare_phrase(actor) and any(other.country and not from_phrase_words(other) for other in role) \
                            and not _listed_with(context, actor, [o for o in role if not bare_phrase(o)]):
                        continue  # beside a known actor, bare words are what is acted with ("its engineers")
                    span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                    if span is None or not len(span):
                        continue
                    state = state or self._completed_lookup(context)
                    seat = self.seats.get(" ".join(t.lower_ for t in span if t.lower_ != "the"))
                    if seat is not None and state.place_country(span.root.i) is None:
                        # "a visit to the White House": a seat the resolver took for a place, and no town, is
                        # its state here (a plain seat the state as a whole: countries.tsv)
                        sectors = [seat[1]] if seat[1] else []
                        role[index] = actor.revised(country=seat[0], sectors=sectors,
                                                    code=self.dictionary.code_for(seat[0], sectors),
                                                    reason=actor.reason + "; seat of power")
                        continue
                    region = self._acting_region(span, draft, role is draft.target)
                    if region is not None:
                        # "Colorado sued the agency", "the governor of Ontario ... Ontario imposed a surcharge": a
                        # state or province that acts is its government (a country that acts is the country as a
                        # whole, CODEBOOK; a region has no other voice)
                        role[index] = actor.revised(country=region, sectors=["GOV"],
                                                    code=self.dictionary.code_for(region, ["GOV"]),
                                                    reason=actor.reason + "; a region's name: its government")
                        continue
                    head = span.root.i  # (the phrase's own words may name the place: "a club in Lima")
                    # (the one who acts is no recent actor of whom its words are aimed at: "Maas asked the descendants";
                    # not force or coercion, mostly done at home)
                    skip = _role_tokens(context, draft.source) if role is draft.target \
                        and draft.event.cameo_root in self.roots.speech_acts | self.roots.consultations else frozenset()
                    found = self._country(context, state, ActorMention(actor, head, head + 1, head), skip=skip)
                    if found is not None:
                        role[index] = self._with_country(actor, found.country, found.rule, code=found.code)

    def _lookup(self, context: DocumentContext) -> _Lookup:
        return _Lookup(context, self.not_countries, self.regions, self.dictionary.border_nouns)

    def _completed_lookup(self, context: DocumentContext) -> _Lookup:
        """The _Lookup of the context's completed mentions and places, built once per document for the steps after
        `complete` (complete_roles, implied_targets), which change neither list."""
        memo = context.memo.get(_LOOKUP_MEMO)
        if memo is None or memo[0] is not context.mentions or memo[1] is not context.places:
            memo = context.memo[_LOOKUP_MEMO] = (context.mentions, context.places, self._lookup(context))
        lookup: _Lookup = memo[2]
        return lookup

    def other_roles_cues(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A source's country guessed from where it stands (its sentence's places, the text's country) is dropped
        when the only words of the document that name that country are the target's: "The Treasury blacklisted
        four Iranian firms" says nothing of whose the Treasury is, "the minister condemned Serbia's troop
        movements" nothing of whose the minister is. Run on lone sentences (pipeline): in a whole article the
        article's country is a cue of its own (dev check dyad F1 lost a match with it on articles)."""
        for draft in drafts:
            others = _role_tokens(context, draft.target)
            if not others:
                continue
            for index, actor in enumerate(draft.source):
                # (only a state's bodies that act abroad: police, residents, rebels are of where they act, and
                # a target guessed from its source is mostly a domestic act's: "the Taliban attacked police")
                if actor.country and set(actor.sectors) & _NATIONAL_SECTORS and actor.country_from in _GUESS_RULES \
                        and not _named_outside(context, actor.country, others):
                    draft.source[index] = actor.revised(country=None, code=self.dictionary.code_for(None, actor.sectors),
                                                        reason=actor.reason + "; country named only by the target")

    def counterparts(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """"The Chilean president met his counterpart": a counterpart is of the other side, so a country guessed for
        one (from the story, rules 2 to 6) that is the other side's own is dropped."""
        for draft in drafts:
            for role, other in ((draft.source, draft.target), (draft.target, draft.source)):
                countries = {a.country for a in other if a.country}
                for index, actor in enumerate(role):
                    if actor.country in countries and actor.country_from in _GUESS_RULES \
                            and " ".join(actor.text.lower().split()[-2:]) in self.counterpart_endings:
                        role[index] = actor.revised(country=None, code=self.dictionary.code_for(None, actor.sectors),
                                                    reason=actor.reason + "; a counterpart is of the other side")

    def own_places_and_forces(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """What an act aimed at no one moves or where it happens is no target (CODEBOOK: PROTEST and MOBILIZE may have
        no named target): a show of force's targets of the acting side's own country are its own forces and places
        ("deployed 2,000 soldiers", "patrolled the streets"), and a protest's place of the protesters' own country
        named after a preposition of where, not of what about ("rallied in the capital", "held a rally outside the
        court"; a protest outside a foreign embassy stays aimed at that state, and armed men or police a riot hits
        where they stand, "threw stones at riot police", are hit). Run before `implied_targets`."""
        where = self.dictionary.place_prepositions - self.dictionary.about_prepositions
        forces = self.dictionary.armed_sectors | {"COP"}
        for draft in drafts:
            root = draft.event.cameo_root
            force = root in self.roots.shows_of_force
            # (a curfew or a state of emergency holds where a protest happens: sectors.yaml emergency_measures)
            protest = root in self.roots.protests or draft.event.cameo.startswith(self.dictionary.emergency_measures)
            own = {a.country for a in draft.source if a.country and a.country not in self.not_countries}
            if not (force or protest) or not own:
                continue
            for actor in list(draft.target):
                if actor.country not in own:
                    continue
                head = context.span_root(actor.start, actor.end)
                if force or (head is not None and head.dep_ == "pobj" and head.head.lower_ in where
                             and forces.isdisjoint(actor.sectors)):
                    draft.target.remove(actor)

    def implied_targets(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """In a whole article, an act aimed at someone with no one named as acted on (after `complete_roles` and
        the earlier-act rules) is aimed at an implied actor, as the codebook codes it: of the source's own country
        for words and measures ("the cabinet insists the tax must rise"), of the country where it happens
        for help and armed force ("ships would search the sea"), the country from the context as for any other
        actor when the source gives none. The actor's words are the trigger's, its name "[implied: <country>]"; its
        sector is the one whom the source's words address (`_implied_sector`), else none. A state as a whole
        ("Moscow protested") aims at another party named near the act, when there is one, not at its own country
        (`_other_party`; session 24: of 16 such acts in the tuning sets given their own country 2 were right)."""
        state: _Lookup | None = None
        reacted: dict[str, tuple[int, str]] = {}  # source country -> (sentence, country) of its last act on another
        answered: dict[str, tuple[int, str]] = {}  # target country -> (sentence, country) of the last act on it
        for draft in drafts:
            root = draft.event.cameo_root
            if draft.target and self._own_forces(context, draft):
                # "France withdrew its troops", "Ethiopia refused to withdraw its troops": a state's own forces are
                # what it moves, not whom it acts on; the other party named near the act is (with none, they stay)
                state = state or self._completed_lookup(context)
                token = context.doc[draft.trigger_token]
                other = self._other_party(context, state, token, draft.source)
                if other is not None:
                    draft.target = [self._implied_party(_implied_at(token, "implied target"), other)]
                    continue
            if root in self.roots.coups and not draft.target and self._coup(context, draft):
                # ("the general who staged a coup"): a coup with no ruler named as ousted is aimed at no one, not at
                # its doers' own country
                draft.target = _ousted_ruler(context, draft)
                continue
            if draft.target or root not in self.implied_roots \
                    or draft.event.cameo.startswith(self.dictionary.unaddressed_appeals + self.dictionary.emergency_measures):
                self._remember_reaction(context, draft, reacted, answered)
                continue
            token = context.doc[draft.trigger_token]
            actor = _implied_at(token, "implied target")
            speaker = next((a for a in draft.source if a.country and a.country not in self.not_countries), None)
            state = state or self._completed_lookup(context)
            if speaker is not None and root in self.roots.home_targets:
                warned = self._warned_party(state, token, str(speaker.country), _role_tokens(context, draft.source)) \
                    if root in self.roots.warned_parties else None
                if warned is not None:
                    draft.target = [warned]
                    self._remember_reaction(context, draft, reacted, answered)
                    continue
                # "condemned the bombing at a hotel in Mogadishu": what the act is about says whose the one aimed
                # at is, when it names a country; else the speaker's own
                about = self._acted_on_country(context, state, token, _role_tokens(context, draft.source),
                                               str(speaker.country), answered=_speaks_for_state(speaker))
                if about is not None:
                    draft.target = [self._implied(actor, about, "what is acted on")]
                    self._remember_reaction(context, draft, reacted, answered)
                    continue
                asked = answered.get(str(speaker.country))
                if root in self.roots.refusals and asked is not None \
                        and context.sentence_of(token.i) - asked[0] <= _REACTION_SENTENCES:
                    # "Washington asked Manila to expel them, but Manila has refused": a refusal of no one named
                    # answers the last act of another country on the one refusing
                    draft.target = [self._implied(actor, asked[1], "act answered")]
                    continue
                earlier = reacted.get(str(speaker.country))
                if earlier is not None and context.sentence_of(token.i) - earlier[0] <= _REACTION_SENTENCES \
                        and self._refers_back(token):
                    # "Chile condemned Peru's move. Santiago said the decision was illegal": a definite thing
                    # judged right after the speaker's act on another country is that act's object again
                    draft.target = [self._implied(actor, earlier[1], "earlier act")]
                    continue
                dominant = context.dominant_country
                if root in self.roots.foreign_targets and dominant and dominant != speaker.country \
                        and dominant not in self.not_countries:
                    # ("the US, which cut military aid", in a story about Burkina Faso: a measure aimed abroad)
                    draft.target = [self._implied(actor, dominant, "article country")]
                    continue
                other = self._other_party(context, state, token, draft.source) if _whole_state(speaker) else None
                if other is not None:
                    # "Moscow dismissed the meeting", "Caracas protested": a state as a whole aims at another party,
                    # the nearest one named around the act (with none, at its own country: "Accra said the
                    # violence was shameful")
                    draft.target = [self._implied_party(actor, other)]
                    continue
                if self._aimed_at_private_party(context, token, draft.source):
                    # "staff walked out of the firm's offices": aimed at the firm, which is no state (session 26)
                    continue
                sector = _implied_sector(root, speaker, self.roots)
                # ("warned that Ohio should not expect more money"): the party of its own state that a warning's
                # clause names is the one warned, not the warning's word
                own = self._warned_party(state, token, str(speaker.country), _role_tokens(context, draft.source),
                                         own_too=True) if root in self.roots.warned_parties else None
                if own is not None:
                    draft.target = [own.revised(sectors=[sector] if sector else []) if own.origin == "implied target"
                                    else own]
                    continue
                actor = actor.revised(sectors=[sector] if sector else [])
                draft.target = [self._implied(actor, str(speaker.country), "source")]
                continue
            # ("ships from Chile and Peru would search": where the actors come from is not where the act goes)
            away = frozenset(t.i for a in draft.source if (span := context.doc.char_span(a.start, a.end, alignment_mode="expand"))
                             for t in span.root.subtree)
            found = self._country(context, state, ActorMention(actor, token.i, token.i + 1, token.i), away=away)
            if found is not None:
                draft.target = [self._implied(actor, found.country, found.rule)]

    def _aimed_at_private_party(self, context: DocumentContext, trigger: Token, sources: list[Actor]) -> bool:
        """Whether an act with no one named as acted on is aimed at a party that is no state: its sentence names one
        (a company, its management or board, an employer, a club: sectors.yaml private_parties, or a body, not a
        person, of business sectors only) and no state's actor; or, naming neither, the sentence before it in its paragraph does ("The
        firm cut 900 jobs. Staff walked out on Monday.")."""
        away = _role_tokens(context, sources)
        index = context.sentence_of(trigger.i)
        sentences = context.sentences
        for at in (index, index - 1):
            text = context.doc.text[sentences[at].start_char:sentences[index].start_char] if at >= 0 else ""
            if at < 0 or (at < index and _paragraph_break(text)):
                return False
            named = self._parties_named(context, sentences[at], away)
            if named is not None:
                return named
        return False

    def _parties_named(self, context: DocumentContext, sentence: Span, away: frozenset[int]) -> bool | None:
        """Whether a sentence names a party that is no state (True) or a state's actor (False), but in the words of
        `away`; None when it names neither. A country or a seat of power named as where ("in Dublin"), or describing a
        thing ("a US company"), is no party."""
        private = False
        covered: set[int] = set()  # (a word of the list inside a mention is that mention's)
        where = self.dictionary.place_prepositions
        for mention in context.mentions:
            if not sentence.start <= mention.head < sentence.end or mention.head in away:
                continue
            covered.update(range(mention.token_start, mention.token_end))
            actor = mention.actor
            if set(actor.sectors) == {_BUSINESS} and actor.kind != "person":
                private = True
            elif actor.kind == "state" and (_modifies_a_noun(context, mention)
                                            or _named_as_where(context.doc[mention.head], where)):
                continue
            elif actor.kind == "state" or not _STATE_PARTIES.isdisjoint(actor.sectors):
                return False
        parties = self.dictionary.private_parties
        return private or any(lemma_of(t) in parties and t.pos_ == "NOUN" and t.i not in covered and t.i not in away
                              for t in sentence) or None

    def _own_forces(self, context: DocumentContext, draft: EventDraft) -> bool:
        """Whether every target of an act is the acting state's own armed forces or police, named as its own by a
        possessive ("its troops", "their police", "his country's soldiers")."""
        own = {a.country for a in draft.source if a.country and a.country not in self.not_countries}
        if not own:
            return False
        for actor in draft.target:
            head = context.span_root(actor.start, actor.end) if actor.country in own else None
            if head is None or actor.sectors[:1] not in ([_MILITARY], [_POLICE]) or not any(
                    c.dep_ == "poss" and (c.lower_ in self.own_possessives or lemma_of(c) in self.own_state_nouns)
                    for c in head.children):
                return False
        return bool(draft.target)

    def _coup(self, context: DocumentContext, draft: EventDraft) -> bool:
        """A coup told by what it takes, in the words of its trigger ("staged a coup", "led the putsch", "grabbed
        power"; sectors.yaml coup_objects)."""
        trigger = context.doc.char_span(draft.trigger.start, draft.trigger.end, alignment_mode="expand")
        return trigger is not None and any(lemma_of(t) in self.dictionary.coup_objects
                                           for t in trigger if t.i != draft.trigger_token)

    def _implied_party(self, actor: Actor, other: Actor) -> Actor:
        """An implied target standing for the party `other` named near the act: a state's party by its country and
        sectors ("[implied: Turkey]" for Kurdish rebels), a body of states or an organisation by its own code
        ("[implied: European Union]")."""
        if other.country not in self.not_countries:
            return self._implied(actor.revised(sectors=list(other.sectors)), str(other.country), _OTHER_PARTY)
        named = self._with_country(actor, str(other.country), _OTHER_PARTY, code=other.code)
        return named.revised(name=f"[implied: {other.name}]")

    @staticmethod
    def _other_party(context: DocumentContext, state: _Lookup, trigger: Token, sources: list[Actor]) -> Actor | None:
        """The actor named nearest to a whole state's act in its sentence, else last in the sentence before, that is
        none of the acting states nor a body of theirs (their rebels, parties or people may be: "an embargo on the
        rebels' enclave"), and no country word describing a thing ("Ukraine air-defence drive")."""
        own = {a.country for a in sources}
        away = _role_tokens(context, sources)
        sentence = context.sentence_of(trigger.i)
        best: tuple[int, int, int] | None = None  # (sentences back, distance, mention index)
        for index, mention in enumerate(context.mentions):
            country = mention.actor.country
            if not country or mention.head in away or (country in own and _of_the_state(mention.actor)):
                continue
            back = sentence - context.sentence_of(mention.head)
            if back not in (0, 1) or _describes_a_thing(context, mention, state.in_mentions):
                continue
            key = (back, abs(mention.head - trigger.i) if back == 0 else -mention.head, index)
            if best is None or key < best:
                best = key
        return context.mentions[best[2]].actor if best else None

    def _warned_party(self, state: _Lookup, trigger: Token, own: str, away: frozenset[int],
                      own_too: bool = False) -> Actor | None:
        """The party a threat told as a that-clause ("warned that ...", "a warning that ...") is aimed at, when the
        clause names one of another state than the threatening one's `own`: the clause's subject ("warned that Madrid
        would pay a price"), else its object ("warned that Russia would treat foreign troops as targets": its own
        state does, the troops suffer), else the doer of a condition it sets ("would strike back if Bogota moved
        troops"; sectors.yaml threat_condition_marks). None when it names none: the act keeps the implied target.
        `own_too`: a party of the `own` state counts too ("warned that Ohio should not expect more money")."""
        marks = self.dictionary.threat_condition_marks
        for clause in trigger.children:
            if clause.dep_ not in _TOLD_CLAUSE_DEPS or clause.i < trigger.i:
                continue
            conditions = [c for c in clause.children if c.dep_ == "advcl"
                          and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
            for heads in ([c for c in clause.children if c.dep_ in _SUBJECT_DEPS],
                          [c for c in clause.children if c.dep_ == "dobj"],
                          [s for c in conditions for s in c.children if s.dep_ in _SUBJECT_DEPS]):
                for head in heads:
                    party = self._party_named(state, head, own, away, own_too)
                    if party is not None:
                        return party
        return None

    def _party_named(self, state: _Lookup, head: Token, own: str, away: frozenset[int],
                     own_too: bool = False) -> Actor | None:
        """The actor of another state than `own`, or the body of states, that the noun phrase of `head` names, by its
        head or the words before it ("Madrid", "the Ukrainian army", "Kyiv's forces"); None for an abstraction ("any
        attack"), for an actor of the `own` state (unless `own_too`), and for the words of the act's source (`away`)."""
        words = [head] + [t for c in head.children if c.dep_ in _NP_LEFT and c.i < head.i for t in c.subtree]
        for word in words:
            if word.i in away:
                return None
            mention = state.by_token.get(word.i) or state.bodies.get(word.i) or state.regions.get(word.i)
            if mention is not None:
                actor = mention.actor
                if actor.country == own and not own_too:
                    return None
                return actor.revised(reason=actor.reason + "; the party a warning's clause names")
            country = state.place_country(word.i)
            if country and (own_too or country != own) and country not in self.not_countries \
                    and not beyond_border(word, self.dictionary.border_nouns):
                return self._implied(_implied_at(word, "the place a warning's clause names"), country, "warned party")
        return None

    def _remember_reaction(self, context: DocumentContext, draft: EventDraft, reacted: dict[str, tuple[int, str]],
                           answered: dict[str, tuple[int, str]]) -> None:
        """Records an act of a state's actor on one other country (`implied_targets`' earlier act), by its source
        in `reacted` and by its target in `answered` (the act a refusal answers)."""
        sources = {a.country for a in draft.source if a.country and a.country not in self.not_countries}
        targets = {a.country for a in draft.target if a.country} - sources  # (a body of states, a region too)
        if len(sources) == 1 and len(targets) == 1:
            sentence, source, target = context.sentence_of(draft.trigger_token), sources.pop(), targets.pop()
            reacted[source] = (sentence, target)
            answered[target] = (sentence, source)

    def _refers_back(self, trigger: Token) -> bool:
        """Whether what an act is done to or about is a thing named as known already, a noun opened by a determiner
        that says so ("rejected the decision", "said this move was illegal"; coreference.yaml known_determiners)."""
        known = self.referring.words.known_determiners
        return any(h.pos_ == "NOUN" and any(c.dep_ in ("det", "predet") and c.lower_ in known for c in h.children)
                   for h in _acted_on_heads(trigger, ()) if h.dep_ != "prep")

    def _acted_on_country(self, context: DocumentContext, state: _Lookup, trigger: Token,
                          away: frozenset[int], own: str, answered: bool = False) -> str | None:
        """The first country but the speaker's `own` named by a place or an actor in the words an act is done to
        or about (`_acted_on_heads`: "condemned the killing of two nurses in Goma", "said the vote in Minsk was
        rigged", "the treatment of Chilean workers in Lima" is Peru's); not in the source's words (`away`), nor
        beyond a border noun, nor in the dateline. With `answered` (a state's act), also in a clause that says what
        the act answers ("protested when Chinese ships entered its waters"; sectors.yaml answered_clause_marks)."""
        heads = _acted_on_heads(trigger, self.dictionary.about_prepositions)
        if answered:
            marks = self.dictionary.answered_clause_marks
            heads += [c for c in trigger.children if c.dep_ == "advcl"
                      and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)]
        for word in sorted((t for h in heads for t in h.subtree), key=lambda t: t.i):
            if word.i in away or (context.dateline is not None and context.dateline.covers(word.i)):
                continue
            country = state.mention_country(word.i, exclude=None) or state.place_country(word.i)
            if country and country != own and country not in self.not_countries \
                    and not beyond_border(word, self.dictionary.border_nouns):
                return country
        return None

    def target_sectors(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A target with a country but no sector, named by common words, takes the sector of the actor it
        stands for: a thing a body owns or makes is that body ("vetoed the bill" LEG, "criticised the tax
        policy" GOV; sectors.yaml thing_sectors), and people hit by armed force, named by a plural noun that
        is no sector word or by a name with no office, are civilians ("shelling killed six farmers", "a gunman
        shot Ann Ode")."""
        for draft in drafts:
            violent = draft.event.cameo_root in self.roots.violent
            for index, actor in enumerate(draft.target):
                if not actor.country or actor.sectors or actor.country in self.not_countries \
                        or actor.origin in _NAMED_BY_OTHERS:
                    continue
                span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                head = span.root
                # (a people's word before a thing, "a Tamil village", "Sikh homes", names its owners: the thing
                # still stands for them)
                sector = self.dictionary.thing_sectors.get(lemma_of(head)) \
                    if actor.origin in ("phrase words", "described noun") \
                    or _state_owned_thing(actor, head) else None
                if sector is None and violent and (head.tag_ in PLURAL_TAGS and head.ent_type_ != "GPE"
                                                   or head.ent_type_ == "PERSON"):
                    sector = _CIVILIANS
                if sector is None and not violent and self._polity_word(span):
                    sector = _GOVERNMENT  # "sued the state", "criticised the city": its government
                if sector is not None:
                    draft.target[index] = actor.revised(sectors=[sector],
                                                        code=self.dictionary.code_for(actor.country, [sector]))
            for index, actor in enumerate(draft.source):
                # (session 25) "the city rejected the union's offer", "the district sued": a polity that acts in
                # words or law is its government too
                if violent or not actor.country or actor.sectors or actor.country in self.not_countries \
                        or actor.origin in _NAMED_BY_OTHERS:
                    continue
                span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                if span is not None and len(span) and self._polity_word(span):
                    draft.source[index] = actor.revised(sectors=[_GOVERNMENT],
                                                        code=self.dictionary.code_for(actor.country, [_GOVERNMENT]))

    def _polity_word(self, span: Span) -> bool:
        """A polity named by its common noun alone ("the state", "the city"; sectors.yaml polity_nouns)."""
        head = span.root
        return lemma_of(head) in self.dictionary.polity_nouns and all(t.i == head.i or t.lower_ == "the" for t in span)

    def armed_means(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """The source of armed force named by its state's adjective or a state's word before what it fights with
        ("Israeli airstrikes killed five", "Turkish drone strikes hit ...", "Myanmar military aircraft bombed a
        village") is that state's forces (MIL), not the state as a whole, which its name says ("Israel struck"). After
        the event coder: the record's sector only."""
        for draft in drafts:
            if draft.event.cameo_root not in self.roots.violent:
                continue
            for index, actor in enumerate(draft.source):
                if actor.sectors or not actor.country or actor.country in self.not_countries \
                        or not actor.reason.startswith(_OWN_COUNTRY_WORDS):
                    continue
                root = context.span_root(actor.start, actor.end)
                if root is not None and not (root.pos == PROPN or root.ent_type_ == "GPE"):
                    draft.source[index] = self._with_sectors(actor, [_MILITARY], "a state's word before its arms")

    def _with_sectors(self, actor: Actor, sectors: list[str], why: str) -> Actor:
        """`actor` of other sectors, coded anew, with why they are its sectors added to its reason."""
        return actor.revised(sectors=sectors, code=self.dictionary.code_for(actor.country, sectors),
                             reason=f"{actor.reason}; {why}")

    def offices_named_elsewhere(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A person in an event with no office of their own words ("Ode said", "he") holds the office the article
        gives the same person where it names them with one ("Ann Ode, Kenya's finance minister, ..."), the nearest
        such mention before, else after. After the event coder: the record's sector only (passing the office on
        before it cost an event on check, README session 7). Runs before `private_people`, which makes a person
        with no office a civilian."""
        offices: dict[str, list[Actor]] = defaultdict(list)  # person's name -> mentions with an office, in order
        for mention in context.mentions:
            if mention.actor.kind == "person" and mention.actor.sectors:
                offices[mention.actor.name].append(mention.actor)
        if not offices:
            return
        for role, index, actor in _role_slots(drafts):
            named = offices.get(actor.name) if actor.kind == "person" and not actor.sectors else None
            if not named:
                continue
            office = next((m for m in reversed(named) if m.start < actor.start), named[0])
            country = actor.country or office.country
            code = office.code if country == office.country else self.dictionary.code_for(country, office.sectors)
            role[index] = actor.revised(country=country, sectors=list(office.sectors), code=code,
                                        reason=actor.reason + f"; office named at {office.text!r}")

    def private_people(self, drafts: list[EventDraft]) -> None:
        """A person in an event who has a country but no office, title or body any rule found is a private person, a
        civilian (CODEBOOK CVL): officials are named with their office. After the event coder, whose senses tell
        people with no role from civilians."""
        civilians, criminals = [_CIVILIANS], [_CRIMINALS]
        for draft in drafts:
            violent = draft.event.cameo_root in self.roots.violent
            for role in (draft.source, draft.target):
                for index, actor in enumerate(role):
                    if actor.kind != "person" or not actor.country or actor.country in self.not_countries:
                        continue
                    if violent and role is draft.source and actor.sectors in ([], civilians):
                        # one private person who uses force, of no armed group or state body, is a criminal
                        # (CODEBOOK CRM): "a man stabbed two guards", "Ana Ode shot her neighbour"
                        role[index] = actor.revised(sectors=criminals,
                                                    code=self.dictionary.code_for(actor.country, criminals))
                    elif not actor.sectors:
                        role[index] = actor.revised(sectors=civilians,
                                                    code=self.dictionary.code_for(actor.country, civilians))

    def legislating_parties(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A party's members named as a party (a plural name: "Republicans", "Social Democrats"; not "the Labour
        Party") in an event whose sentence, or one next to it (legislative_caucus lawmaking_reach), speaks of
        lawmaking ("Republicans blocked the bill") act as legislators
        (CODEBOOK LEG; sectors.yaml legislative_caucus lawmaking), as the resolver's caucus rule reads "Senate
        Democrats". After the event coder: the record's sector only."""
        caucus = self.dictionary.caucus
        if caucus is None or not caucus.lawmaking:
            return
        lawmaking: dict[int, bool] = {}  # sentence -> whether it or one in reach speaks of lawmaking
        for role, index, actor in _role_slots(drafts):
            if actor.sectors[:1] != ["PTY"] or actor.kind == "person" or not actor.country \
                    or not actor.reason.startswith(_NAMED_GROUP):
                continue  # (a party groups.yaml names: not "politicians", a camp nor a copy of one)
            root = context.span_root(actor.start, actor.end)
            if root is None or root.tag_ not in PLURAL_TAGS:
                continue
            sentence = context.sentence_of(root.i)
            if sentence not in lawmaking:
                reach = context.sentences[max(0, sentence - caucus.lawmaking_reach):sentence + caucus.lawmaking_reach + 1]
                lawmaking[sentence] = any(lemma_of(t) in caucus.lawmaking for sent in reach for t in sent)
            if lawmaking[sentence]:
                role[index] = self._with_sectors(actor, [_LEGISLATURE], "members making laws")

    def police_officers(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """Bare words of rank ("officers", "an officer": sectors.yaml police_officers) in a story of the police are
        the police's (COP): a police mention within a few sentences, and no armed forces' mention there. After the
        event coder: the record's sector only."""
        rank = self.dictionary.police_officers
        if rank is None or not rank.words:
            return
        if rank.seconds and not rank.chiefs.isdisjoint(context.lowers):
            # (session 24) "Deputies went door to door" in a story with a sheriff: his deputies, no legislators
            for role, index, actor in _role_slots(drafts):
                root = context.span_root(actor.start, actor.end) if actor.sectors == [_LEGISLATURE] else None
                if root is not None and root.lower_ in rank.seconds and _bare_word(root):
                    role[index] = self._with_sectors(actor, ["COP"], "a sheriff's deputies")
        police = [context.sentence_of(m.head) for m in context.mentions if m.actor.sectors[:1] == ["COP"]]
        if not police:
            return
        armed = [context.sentence_of(m.head) for m in context.mentions
                 if m.actor.sectors[:1] == ["MIL"] and context.doc[m.head].lower_ not in rank.words]
        for role, index, actor in _role_slots(drafts):
            root = context.span_root(actor.start, actor.end) if actor.sectors == ["MIL"] else None
            if root is None or root.lower_ not in rank.words or not _bare_word(root):
                continue  # ("army officers", "Russian officers", "the navy's officers": their own words say)
            here = context.sentence_of(root.i)
            if any(abs(here - s) <= rank.sentences for s in police) \
                    and not any(abs(here - s) <= rank.sentences for s in armed):
                role[index] = self._with_sectors(actor, ["COP"], "officers of the police")

    def creeds(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A group named by its creed with no sector in an event is of that creed's sector (sectors.yaml creeds):
        "Islamists", "leftists" PTY (not in an act of armed force), "Muslims", "Catholics" REL. Runs after
        `protest_sources` and `target_sectors`, which make protesters and people hit by armed force what they are.
        After the event coder: as a party before it, a camp's acts would be read as a party's."""
        creeds = {word: creed for creed in self.dictionary.creeds for word in creed.words}
        if not creeds:
            return
        for draft in drafts:
            violent = draft.event.cameo_root in self.roots.violent
            for role, index, actor in _role_slots([draft]):
                if actor.sectors or not actor.country or actor.country in self.not_countries \
                        or actor.origin in _NAMED_BY_OTHERS or actor.kind in ("state", "person"):
                    continue
                root = context.span_root(actor.start, actor.end)
                creed = creeds.get(root.lower_) if root is not None else None
                if creed is not None and (creed.armed or not violent):
                    role[index] = self._with_sectors(actor, [creed.sector], "named by creed")

    def lone_attackers(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """One attacker named by what he did ("a gunman opened fire at a mall", "police shot the assailant") is a
        criminal (CODEBOOK CRM) when the story ties the violence to no armed cause: no armed group is named in it
        (militants, a named group, several gunmen) and none of its words says one (terrorism, jihad: sectors.yaml
        lone_attackers). After the event coder, whose senses read him as armed (CRM is no political sector)."""
        lone = self.dictionary.lone_attackers
        if lone is None or not lone.words:
            return
        violent = [draft for draft in drafts if draft.event.cameo_root in self.roots.violent]
        for role, index, actor in _role_slots(violent):
            if actor.sectors != ["REB"] or not actor.country or actor.country in self.not_countries \
                    or actor.origin in _NAMED_BY_OTHERS or actor.kind == "organization":
                continue
            root = context.span_root(actor.start, actor.end)
            if root is None or not self._one_attacker(root, lone.words) \
                    or self._armed_group(context, lone.words, actor.country) \
                    or self._cause_near(context, root, lone.armed_cause):
                continue
            role[index] = self._with_sectors(actor, [_CRIMINALS], "one attacker of no armed cause")

    @staticmethod
    def _one_attacker(head: Token, words: frozenset[str]) -> bool:
        """A singular attacker's word heading its phrase, with no named group or people describing it ("an
        Islamist gunman", "a Taliban attacker" are the group's)."""
        return head.lower_ in words and head.tag_ not in PLURAL_TAGS and not any(
            child.dep_ in ("compound", "amod", "poss") and (child.ent_type_ in ("ORG", "NORP") or child.pos_ == "PROPN")
            for child in head.children)

    @staticmethod
    def _armed_group(context: DocumentContext, words: frozenset[str], country: str | None) -> bool:
        """Whether the story names an armed group of the attacker's country or of none: a mention of an armed
        sector other than one attacker ("militants", a named group; not one fighting in another land the story
        also speaks of)."""
        doc = context.doc
        for mention in context.mentions:
            if {"REB", "UAF"}.intersection(mention.actor.sectors) and mention.actor.country in (country, None):
                head = doc[mention.head]
                if not (head.lower_ in words and head.tag_ not in PLURAL_TAGS):
                    return True
        return False

    @staticmethod
    def _cause_near(context: DocumentContext, attacker: Token, cause: frozenset[str]) -> bool:
        """Whether a word of an armed cause is said of the attack: in the attacker's sentence or the
        `_CAUSE_SENTENCES` around it (a story may speak of terrorism elsewhere, as a thing apart)."""
        doc, sentence = context.doc, context.sentence_of(attacker.i)
        first = doc[attacker.sent.start]
        for _ in range(_CAUSE_SENTENCES):  # (the sentences around it only, not the whole document per attacker)
            first = doc[first.i - 1].sent[0] if first.i > 0 else first
        last = attacker.sent.end
        for _ in range(_CAUSE_SENTENCES):
            last = doc[last].sent.end if last < len(doc) else last
        return any((lemma_of(token) in cause or token.lower_ in cause)
                   and abs(context.sentence_of(token.i) - sentence) <= _CAUSE_SENTENCES for token in doc[first.i:last])

    def protest_sources(self, drafts: list[EventDraft]) -> None:
        """Who protests is a protester (CODEBOOK sector PRO): a source of a demonstration, strike or riot that is
        civilians or a group with no sector ("residents marched", "hundreds of students rallied"); a state, a
        person with no office, or a body with a sector of its own (a party, a union) keeps its code."""
        protesting = self.dictionary.protesting_sectors
        for draft in drafts:
            if draft.event.cameo_root not in self.roots.protests:
                continue
            for index, actor in enumerate(draft.source):
                if not actor.country or actor.country in self.not_countries or actor.kind in ("state", "person") \
                        or len(actor.sectors) > 1 or not protesting.issuperset(actor.sectors):
                    continue
                draft.source[index] = actor.revised(sectors=[_PROTESTERS],
                                                    code=self.dictionary.code_for(actor.country, [_PROTESTERS]))

    def protest_crowds(self, context: DocumentContext, drafts: list[EventDraft]) -> None:
        """A crowd that force hits where a protest is told (in its sentence or the one before) is the
        protesters (CODEBOOK sector PRO): "police fired tear gas at crowds outside parliament" after "students
        protested"; a crowd hit where no protest is told stays civilians (sectors.yaml protest_crowds)."""
        protesting = {d.sentence_index for d in drafts if d.event.cameo_root in self.roots.protests}
        if not protesting:
            return
        for draft in drafts:
            if draft.event.cameo_root not in self.dictionary.protest_crowd_roots \
                    or protesting.isdisjoint((draft.sentence_index, draft.sentence_index - 1)):
                continue
            for index, actor in enumerate(draft.target):
                span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand") \
                    if actor.sectors == [_CIVILIANS] else None
                if span is not None and len(span) and lemma_of(span.root) in self.dictionary.protest_crowds:
                    draft.target[index] = actor.revised(sectors=[_PROTESTERS],
                                                        code=self.dictionary.code_for(actor.country, [_PROTESTERS]))

    def _implied(self, actor: Actor, country: str, rule: str) -> Actor:
        """An implied target with its country, named as the codebook writes one ("[implied: Chile]"): its words
        are the trigger's, since no words name it."""
        known = self.dictionary.countries.get(country)
        named = self._with_country(actor, country, rule)
        return named.revised(name=f"[implied: {known.name if known else country}]")

    def _apposition(self, context: DocumentContext, state: _Lookup, mention: ActorMention) -> Actor | None:
        """"a spokeswoman for the Red Cross", "Ana Ruiz, an official of the Red Cross,": a person no dictionary
        places is coded as the international or non-governmental organisation named in the complement of
        the person's words or of the apposition to the name (whom the person speaks for), else with the
        country the apposition's words name ("Tom Ode, a Kenyan lawyer,", "one of the best-known Kenyan
        poets"); the mention keeps its own words."""
        doc, actor = context.doc, mention.actor
        head = doc[mention.head]
        own = set(range(mention.token_start, mention.token_end))
        appositions = [c for c in head.children if c.dep_ == "appos" and c.i not in own]
        for word in (head, *appositions):
            owners = [obj for prep in word.children if prep.dep_ == "prep" and prep.lower_ in _MEMBER_PREPS
                      for obj in prep.children if obj.dep_ == "pobj"]
            # (session 19) "Marta Ruiz, the World Food Programme's director": the body that owns the office
            owners += [c for c in word.children if c.dep_ == "poss" and word is not head]
            for obj in owners:
                body = state.organization(obj.i) or self._agency_before(context, state, obj)
                if body is not None:
                    return actor.revised(country=body.country, sectors=list(body.sectors),
                                         code=body.code, reason=actor.reason + f"; speaks for {body.name}")
        for appos in appositions:
            # (session 19) "Marta Ruiz, the World Food Programme's deputy director": an office of a body of no state
            # the apposition names, before any place in it ("... director in Sudan")
            words = range(appos.left_edge.i, appos.i + 1)  # (the title's words end before its noun: "deputy")
            office = next((m.actor for m in context.mentions if m is not mention and m.actor.kind == "person"
                           and m.actor.country in self.not_countries and m.token_start in words), None)
            if office is not None and office.country:
                return actor.revised(country=office.country, sectors=list(office.sectors), code=office.code,
                                     reason=actor.reason + f"; office from apposition {office.text!r}")
        for appos in appositions:
            for token in (appos, *_noun_phrase_words(appos, renamed=False)):
                country = state.mention_country(token.i, exclude=mention) or state.place_country(token.i)
                if country and country not in self.not_countries:
                    return self._with_country(actor, country, "apposition")
        return None

    def _agency_before(self, context: DocumentContext, state: _Lookup, owner: Token) -> Actor | None:
        """"Anna Berg, the agency's director": "the agency" (coreference.yaml agencies) is the last body of no state
        named before it, within the reach of a referring phrase (the referring stage runs after this one)."""
        doc = context.doc
        # ("an agency spokesman", "a charity official": the word naming the body before the title refers as "the
        # agency" does)
        opening = "the" if owner.dep_ == "compound" else doc[owner.i - 1].lower_ if owner.i else ""
        if not any(words == (opening, owner.lower_) and kind == "agencies"
                   for words, kind in self.referring.phrases.get(opening, ())):
            return None
        sentence = context.sentence_of(owner.i)
        before = [m for i, m in state.bodies.items() if i < owner.i
                  and sentence - context.sentence_of(m.token_start) <= self.referring.reach_sentences]
        last = max(before, key=lambda m: m.token_start, default=None)
        return last.actor if last is not None else None

    def _referred_owner(self, context: DocumentContext, owner: Token) -> Actor | None:
        """The body a word before a title refers to, as the phrase "the <word>" would ("an agency spokesman", "a
        group official", "the charity's head": coreference.yaml agencies, groups, bodies); None for other words."""
        doc = context.doc
        before = "the" if owner.dep_ == "compound" else doc[owner.i - 1].lower_ if owner.i else ""
        kind = next((kind for words, kind in self.referring.phrases.get(before, ())
                     if words == (before, owner.lower_) and kind in _OWNER_KINDS), None)
        if kind is None:
            return None
        start = owner.i if owner.dep_ == "compound" else owner.i - 1
        found = self._refer(context, context.mentions, start, owner.i + 1, kind)
        return found[0].actor if found else None

    def _short_named_owner(self, context: DocumentContext, owner: Token, office: Token) -> Actor | None:
        """The organisation named before whose full name ends with a capitalised word before an office any body
        has ("the European Commission ... a Commission spokesman", "the Federal Reserve ... Reserve officials"):
        the body that word names again, the latest before it; None for other words (sectors.yaml body_offices)."""
        if owner.dep_ != "compound" or owner.pos != PROPN or office.lower_ not in self.dictionary.body_offices:
            return None
        tail = " " + owner.lower_
        return next((m.actor for m in reversed(context.mentions) if m.token_end <= owner.i and m.actor.country
                     and m.actor.kind == "organization" and (" " + m.actor.name.lower()).endswith(tail)), None)

    def _acronyms(self, context: DocumentContext) -> list[ActorMention]:
        """"the Port Safety Board (PSB) ... the PSB": a short name in capitals written in brackets right
        after an organisation's name is that organisation, there and wherever the article uses it again
        with nothing else saying whose it is (each mention keeps its own words). The article's own
        definition also beats a dictionary's other body of that short name ("the People Power Party (PPP)
        ... the PPP" is not Pakistan's PPP), and a body's word after it is that body's ("PPP leader")."""
        doc, mentions = context.doc, context.mentions
        # an organisation or group named before the brackets, else a body of a state named with its country ("the
        # Electoral Commission of Zambia (ECZ)")
        by_end = {m.token_end: m for m in mentions if m.actor.country and m.actor.kind == "state" and m.actor.sectors}
        by_end.update({m.token_end: m for m in mentions if m.actor.country and m.actor.kind in ("organization", "group")})
        defined: dict[str, Actor] = {}
        misread: dict[str, Actor] = {}  # a short name's dictionary body that the article's definition overrules
        moved: dict[tuple[str, str], str] = {}  # (name, code) of an actor named for a misread body: its short name
        out: list[ActorMention] = []
        for mention in mentions:
            actor = mention.actor
            words = [t.text for t in doc[mention.token_start:mention.token_end] if t.lower_ != "the"]
            short = words[0] if words and _is_acronym(words[0]) else None
            unknown = actor.country is None and not actor.sectors
            if short is not None and len(words) == 1 and (unknown or _dictionary_named(actor)):
                start = mention.token_start
                named = by_end.get(start - 1) if start > 0 and doc[start - 1].text == "(" else None
                if named is None and unknown and short not in defined:
                    named = _spelled_out(context, short, (m for m in mentions if m.token_end <= start
                                                          and m.actor.kind in _SPELLED_KINDS
                                                          and (m.actor.country or m.actor.sectors)))
                if named is not None and short not in defined and (unknown or actor.name != named.actor.name):
                    defined[short] = named.actor
                    if not unknown:
                        misread[short] = actor
                body = defined.get(short)
                if body is not None and (actor.origin in _UNKNOWN_NAMES
                                         or (short in misread and actor.name == misread[short].name)):
                    actor = body.revised(text=actor.text, start=actor.start, end=actor.end,
                                         reason=f"coreference: acronym -> {body.name}", origin="coreference",
                                         country_from=None)
            else:
                # "PPP leader", "PPP leader Cho", and "he" that refers back to them: named for the misread body
                wrong = next((k for k, body in misread.items() if actor.country == body.country
                              and (actor.name.startswith(body.name) or short == k)), None)
                if wrong is not None:
                    moved[(actor.name, actor.code)] = wrong
                wrong = moved.get((actor.name, actor.code))
                if wrong is not None:
                    actor = self._with_country(actor, defined[wrong].country or "", f"acronym -> {defined[wrong].name}")
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head) if actor is not
                       mention.actor else mention)
        return out

    def _short_names(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """"Von der Leyen survives censure vote ... European Commission President Ursula von der Leyen", "the
        European Commission ... the Commission": a name the tagger found that no dictionary knows and that says no
        country is the leader or the dictionary's body whose full name, written anywhere in the
        article, ends with its words (when only one does); else the organisation the tagger found before it whose
        name opens with its words ("Northfield Holdings ... Northfield said")."""
        doc = context.doc
        # each entity of no country named with a capital, by its index: " its words" in lower case
        tails: dict[int, str] = {}
        for index, mention in enumerate(mentions):
            if mention.actor.origin == "entity" and mention.actor.country is None:
                words = [t.text for t in doc[mention.token_start:mention.token_end]
                         if t.lower_ not in _SHORT_NAME_DETERMINERS]
                if words and words[0][:1].isupper():
                    tails[index] = " " + " ".join(words).lower()
        full = {m.actor.name.lower(): m.actor for m in mentions if m.actor.country
                and (m.actor.reason.startswith("leader:") or _dictionary_named(m.actor))}
        if tails:
            # a body named in full inside another actor's words ("European Commission President X"); only one whose
            # name ends with a tail can be chosen, so the text is searched for no other (400 searches an article)
            text = context.article.text  # (the Doc's own text: Doc.text joins its tokens again)
            endings = tuple(set(tails.values()))
            for written, lowered, entry in self.multiword_bodies:
                if lowered.endswith(endings) and lowered not in full and written in text:
                    full[lowered] = Actor(text=entry.name, start=0, end=len(entry.name), name=entry.name,
                                          country=entry.country, sectors=list(entry.sectors), code=entry.code,
                                          kind=entry.kind, reason=entry.reason)
        # organisations the tagger found, named by more words than one, each capitalised (not "Christie a" of a
        # broken tagging): "Northfield Holdings ... Northfield" is named again by its first words
        openings = [(m.token_start, " " + m.actor.name.lower() + " ", m.actor) for m in mentions
                    if m.actor.origin == "entity" and m.actor.kind == "organization" and len(m.actor.name.split()) > 1
                    and all(word[:1].isupper() for word in m.actor.name.split())]
        out: list[ActorMention] = []
        for index, mention in enumerate(mentions):
            actor = mention.actor
            tail = tails.get(index)
            if tail is not None:
                bodies = [body for name, body in full.items() if name.endswith(tail)] or list(
                    {body.name: body for start, name, body in openings
                     if start < mention.token_start and name.startswith(tail + " ")}.values())
                if len(bodies) == 1:
                    body = bodies[0]
                    actor = body.revised(text=actor.text, start=actor.start, end=actor.end,
                                         reason=f"coreference: short name -> {body.name}", origin="coreference",
                                         country_from=None)
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head) if actor is not
                       mention.actor else mention)
        return out

    @staticmethod
    def _bare_words(context: DocumentContext, actor: Actor) -> bool:
        """An actor the coder made of words no dictionary names, headed by a common noun ("a few trawlers")."""
        if not bare_phrase(actor):
            return False
        span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.pos_ == "NOUN"

    def _same_noun_before(self, context: DocumentContext, mention: ActorMention,
                          by_noun: dict[str, tuple[str, int]]) -> _Found | None:
        """"American nuns ... the nuns": a definite phrase repeats the noun of a group named before with its
        country, and is that group."""
        doc = context.doc
        first = doc[mention.token_start]
        if first.lower_ not in _DEFINITE or mention.head == mention.token_start:
            return None
        noun = lemma_of(doc[mention.head])
        if mention.token_end - mention.token_start == 2 and doc[mention.head].text[:1].isupper():
            # (session 28) "the Ministry", "the Embassy" with a capital: the short name of the body named in full
            # before ("The Ministry of Foreign Affairs of Estonia ... the Ministry summoned"), however far back and
            # whatever other ministry was named in between ("Estonia's ... the Belarusian Foreign Ministry")
            named = by_noun.get(_named_key(doc[mention.head].text))
            if named is not None:
                return _Found(named[0], "same noun before")
        country, sentence = by_noun.get(noun, ("", -1))
        # "the government" may be another state's than one named long before; "the nuns" are the nuns of the
        # article, and "the junta" the junta named before (sectors.yaml lasting_rule_nouns)
        state_body = bool(set(mention.actor.sectors) & STATE_SECTORS) and noun not in self.dictionary.lasting_rule_nouns
        # (an international court or council named in full stays "the court" further on: a national one named later
        # takes the noun over)
        far = context.sentence_of(mention.head) - sentence > _SAME_NOUN_SENTENCES and country != _BODY_OF_STATES
        if not country or (state_body and far):
            return None
        return _Found(country, "same noun before")

    def _appositions(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """"Jean Perrot, the mayor of Lyon,": a person no dictionary knows takes the office and country of the
        title in apposition to the name; "the Kivu Teachers Association, the province's largest union,": so does
        an organisation of no known sector from the body's word in apposition (the mention keeps its own words)."""
        by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
        out: list[ActorMention] = []
        for mention in mentions:
            actor = mention.actor
            if actor.kind in ("person", "organization") and not actor.sectors and not refers_back(actor) \
                    and "; speaks for " not in actor.reason:
                head = context.doc[mention.head]
                title = next((by_token[c.i] for c in head.children if c.dep_ == "appos" and c.i in by_token
                              and by_token[c.i] is not mention and by_token[c.i].actor.sectors
                              and (actor.kind == "person" or by_token[c.i].actor.kind == "group")), None)
                if title is not None:
                    country = title.actor.country or actor.country
                    sectors = list(title.actor.sectors)
                    actor = actor.revised(country=country, sectors=sectors,
                                          code=self.dictionary.code_for(country, sectors),
                                          reason=actor.reason + f"; office from apposition {title.actor.text!r}")
            out.append(ActorMention(actor, mention.token_start, mention.token_end, mention.head))
        return out

    def _surnames(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """A proper noun no mention covers that is the surname of a person named before it ("Ruiz said"):
        the tagger found no entity there (or did not run), or took the bare surname for an organisation of no
        sector ("Phiri said" after "chairperson Esau Phiri"), which the person replaces."""
        doc = context.doc
        covered = bytearray(len(doc))
        unnamed = {m.token_start: m for m in mentions if _unnamed_word(m)}
        for mention in mentions:
            if mention.token_start not in unnamed:
                covered[mention.token_start:mention.token_end] = b"\x01" * (mention.token_end - mention.token_start)
        people = [m for m in mentions if m.actor.kind == "person" and not refers_back(m.actor)
                  and self._written_surname(m.actor)]
        if not people:
            return mentions
        added: list[ActorMention] = []
        tags = doc.to_array(POS).tolist()  # (one attribute array: a Token object per word cost more than the test)
        for i, tag in enumerate(tags):
            if tag != PROPN or covered[i] or (i + 1 < len(tags) and tags[i + 1] == PROPN):
                continue
            token = doc[i]
            # the nearest person named before it
            person = same_surname(token.text, (m.actor for m in reversed(people) if m.token_end <= token.i),
                                  self._written_surname)
            if person is not None:
                actor = person.revised(text=token.text, start=token.idx,
                                       end=token.idx + len(token.text), reason=f"coreference: surname -> {person.name}",
                                       origin="coreference", country_from=None)
                added.append(ActorMention(actor, token.i, token.i + 1, token.i))
        if not added:
            return mentions
        replaced = {m.token_start for m in added}
        kept = [m for m in mentions if not (m.token_start in replaced and m.token_start in unnamed)]
        return sorted(kept + added, key=lambda m: (m.token_start, m.token_end))

    def _referring(self, context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
        """Mentions for "the two sides", "both countries", "the country", "the group": each carries the
        code of the actors named before it (the phrase replaces a sector word found inside it)."""
        doc, phrases = context.doc, self.referring_by_pair
        lowered = context.lowers  # (a phrase's words are compared at every "the")
        added: list[ActorMention] = []
        for start, word in enumerate(lowered):
            options = phrases.get(word)
            if options is None or context.token_in_furniture(doc[start]):
                continue
            second = lowered[start + 1] if start + 1 < len(lowered) else None
            for words, kind in options.get(second, options[None]):
                end = start + len(words)
                if tuple(lowered[start:end]) == words:
                    if (doc[end - 1].is_title and end - 1 > start) or (
                            kind != "pairs" and end < len(doc) and lowered[end] == "of" and not _charged_with(doc, end)):
                        # "the Organization of ...", "the Movement for ...": a name's first words; "the kingdom of
                        # Spain": its complement names it (but "both sides of the dispute" are the two sides, and
                        # "accused the agency of wasting money" is the agency)
                        break
                    if kind == "bare_pairs" and not _stands_alone(doc[start:end]):
                        continue  # "the two bills", "both reports": things counted, not the parties
                    if any(refers_back(m.actor) and m.token_start < end and start < m.token_end
                           for m in mentions):
                        break  # the resolver read it already ("the two leaders": the last two people)
                    added += self._refer(context, mentions, start, end, kind)
                    break
        if not added:
            return mentions
        taken = {i for m in added for i in range(m.token_start, m.token_end)}
        kept = [m for m in mentions if not any(i in taken for i in range(m.token_start, m.token_end))]
        return sorted(kept + added, key=lambda m: (m.token_start, m.token_end))

    def _refer(self, context: DocumentContext, mentions: list[ActorMention], start: int, end: int,
               kind: str) -> list[ActorMention]:
        sentence = context.sentence_of(start)
        pair = kind in _PAIR_KINDS
        # (session 19) an international body may be a party of a pair too ("the EU ... Indonesia ... the two sides"),
        # unless it is named as a place ("sent negotiators to Brussels"); see below
        earlier = [m for m in mentions if m.token_end <= start and (pair or m.actor.kind != "person")
                   and m.actor.country and (m.actor.country not in self.not_countries or kind in _BODY_KINDS
                                            or (pair and m.actor.country == _BODY_OF_STATES
                                                and not self._named_as_place(context, m)))
                   and (not refers_back(m.actor) or _named_again(context, m))
                   and sentence - context.sentence_of(m.token_start) <= self.referring.reach_sentences]
        antecedents: list[Actor] = []
        if pair:
            # "Brazil and Chile urged both sides to talk": not the subject of the clause the phrase is in
            own = _subject_above(context.doc[start:end].root)
            earlier = [m for m in earlier if (own is None or not own[0] <= m.token_start < own[1])
                       and not _no_side(context.doc, m, self.referring.words)]
            # two people of different countries first: "Scholz hosted Macron ... the war in Ukraine ... the pair
            # pledged" are the two men, not a country the talk was about
            # ("the two", "both" alone are two people only: "arrested two men in Paris and Berlin. The two were
            # charged" are not the two cities)
            two_states = kind == "state_pairs" or not self.referring.words.state_pair_nouns.isdisjoint(
                t.lower_ for t in context.doc[start:end])
            two: list[ActorMention] = []
            # a bloc of states (coreference.yaml pair_blocs; not its officials) only when no two states are found: a UN
            # envoy or agency urging "both sides" of a civil war is no side (the conflict set's precision fell 0.735 ->
            # 0.726 with every body and its people)
            of_states = [m for m in earlier if m.actor.country != _BODY_OF_STATES]
            with_blocs = [m for m in earlier if m.actor.country != _BODY_OF_STATES
                          or (m.actor.kind != "person" and m.actor.code in self.referring.words.pair_blocs)]
            bases = (of_states, with_blocs) if len(of_states) < len(with_blocs) else (of_states,)
            # (session 22) parties whose own words say their country first: "two officials present" whose country
            # was guessed from the actor before them is no side of its own
            tiers = [tier for base in bases for tier in (_said_parties(base), base)]
            for parties in tiers:
                people = [] if two_states else [m for m in parties if m.actor.kind == "person"]
                two = last_two(people, _party)
                if not two and two_states:
                    # (session 19) "both governments" are two states or their governments, not a hospital and a
                    # charity named after them
                    two = last_two([m for m in parties if _stands_for_a_state(m.actor)], _party)
                if not two and kind != "bare_pairs":
                    two = last_two(parties, _party)
                if not two and people and kind != "state_pairs":
                    two = self._visit(context, people[-1])
                if two:
                    break
            if kind == "state_pairs" and not all(m.actor.kind == "state" and sentence - context.sentence_of(m.token_start) <= 1
                                                 for m in two):
                two = []  # "the neighbours" are two states only right after both were named
            words = {t.lower_ for t in context.doc[start:end]}
            governs = not self.referring.words.government_words.isdisjoint(words)
            whole = not self.referring.words.whole_state_nouns.isdisjoint(words)
            antecedents = [self._governing(m.actor) if governs else self._whole_state(m.actor) if whole else m.actor
                           for m in two]
        elif kind == "states":
            named = [m for m in reversed(earlier) if m.actor.kind == "state" and not m.actor.sectors]
            states = [m.actor for m in named]
            # the article's own country in the words of one of its people ("Spain's minister said the country had
            # gas enough", another state named before or not); else a state named in this or the previous sentence;
            # else the article's own country; else the last named
            home = context.dominant_country if self.article_country else None
            spoken = home is not None and any(a.country == home for a in self._spoken_by(context, mentions, start))
            state = self._country_state(home, "article country, its speaker's") if home and spoken else None
            state = state or next((m.actor for m in named if sentence - context.sentence_of(m.token_start) <= 1), None)
            if state is None and home:
                state = self._country_state(home, "article country")
            state = state or (states[0] if states else None)
            antecedents = [state] if state is not None else []
        elif kind == "bodies":
            body = next((m.actor for m in reversed(earlier) if m.actor.country == _BODY_OF_STATES), None)
            antecedents = [body] if body is not None else []
        else:
            # ("the State Department said the group had killed ...": who speaks of the group is not it)
            speakers = {a.name for a in self._spoken_by(context, mentions, start)}
            # ("the agency", "the watchdog" name a body that administers or speaks, never an armed group)
            armed = self.dictionary.armed_sectors if kind == "agencies" else frozenset()
            group = next((m.actor for m in reversed(earlier) if m.actor.kind in ("group", "organization")
                          and m.actor.name[:1].isupper() and m.actor.name not in speakers
                          and armed.isdisjoint(m.actor.sectors[:1])), None)
            antecedents = [group] if group is not None else []
        span = context.doc[start:end]
        head = span.root.i
        return [ActorMention(a.revised(text=span.text, start=span.start_char, end=span.end_char,
                                       reason=f"coreference: {span.text.lower()!r} -> {a.name}", origin="coreference",
                                       country_from=None),
                             start, end, head)
                for a in antecedents]

    def _country_state(self, country: str, reason: str) -> Actor:
        """A state as a whole named by no words of the text (`_refer`'s antecedent of "the country")."""
        name = self.dictionary.countries[country].name if country in self.dictionary.countries else country
        return Actor(text=name, start=0, end=0, name=name, country=country, code=country, kind="state", reason=reason)

    @staticmethod
    def _spoken_by(context: DocumentContext, mentions: list[ActorMention], start: int) -> list[Actor]:
        """Who says the words the phrase at `start` is in: the actors of the subject of the verb of saying its
        clause hangs on ("the minister said the country would ..."); none for a quote's own words."""
        node = context.doc[start]
        while node.dep_ not in ("ccomp", "ROOT") and node.head.i != node.i:
            node = node.head
        subject = _subject_above(node) if node.dep_ == "ccomp" else None
        if subject is None:
            return []
        return [m.actor for m in mentions if subject[0] <= m.head < subject[1]]

    def _possessing_body(self, context: DocumentContext, owner: Token) -> _Found | None:
        """"the alliance's secretary general", "the bloc's envoy": a possessor that refers back to a body of states
        (coreference.yaml bodies, agencies) gives the last such body named before it, coded as the body itself."""
        words = tuple(t.lower_ for t in context.doc[owner.left_edge.i:owner.i + 1])
        if not any(kind in _BODY_KINDS and phrase == words for phrase, kind in self.referring.phrases.get(words[0], ())):
            return None
        body = _last_body_before(context, owner.left_edge.i, owner.i, self.referring.reach_sentences,
                                 named_only=True)
        if body is None:
            return None
        return _Found(_BODY_OF_STATES, "possessor", code=self._body_code(body))

    def _body_code(self, body: Actor) -> str:
        """A body's code without the sector of the words that named it ("NATO ministers": IGONATO)."""
        suffix = self.dictionary.code_for(None, body.sectors)
        return body.code[:-len(suffix)] if suffix and body.code.endswith(suffix) else body.code

    def _named_as_place(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether a mention is the object of a preposition of place ("to Brussels", "in Geneva": coreference.yaml
        place_preps)."""
        head = context.doc[mention.head]
        return head.dep_ == "pobj" and head.head.lower_ in self.referring.words.place_preps

    def _visit(self, context: DocumentContext, visitor: ActorMention) -> list[ActorMention]:
        """"The Polish president flew to Vilnius. The two leaders met": a person who travels to another country's
        place meets its government there; [visitor, host] when the person's sentence says so, else []."""
        doc, sentence = context.doc, context.sentence_of(visitor.token_start)
        words = self.referring.words.visit_words
        for place in context.places:
            country = place.place.country
            if (place.start < visitor.token_end or context.sentence_of(place.start) != sentence or not country
                    or country == visitor.actor.country or country in self.not_countries):
                continue
            token = doc[place.head]
            verb = token.head.head if token.dep_ == "pobj" else token.head
            if lemma_of(verb) in words or lemma_of(token.head) in words:
                name = self.dictionary.countries[country].name if country in self.dictionary.countries else country
                host = Actor(text=name, start=0, end=0, name=name, country=country, sectors=[_GOVERNMENT],
                             code=self.dictionary.code_for(country, [_GOVERNMENT]), kind="state",
                             reason="host of a visit")
                return [visitor, ActorMention(host, place.start, place.end, place.head)]
        return []

    def _governing(self, actor: Actor) -> Actor:
        """"the two leaders" after "Lula arrived in China": a state named bare stands for its government; so does a
        state's body of another sector ("the two governments" after "Ethiopian troops and Eritrean forces"), but not a
        person (a junta's generals stay who they are)."""
        if actor.kind == "person" or actor.country not in self.dictionary.countries \
                or not set(actor.sectors) <= _STATE_BODIES:
            return actor
        return actor.revised(sectors=[_GOVERNMENT], code=self.dictionary.code_for(actor.country, [_GOVERNMENT]))

    def _whole_state(self, actor: Actor) -> Actor:
        """"the two countries" after "Indian and Pakistani troops": the states themselves, coded bare."""
        country = self.dictionary.countries.get(actor.country) if actor.country else None
        if country is None:
            return actor  # (a body of states, a region: as named)
        return actor.revised(name=country.name, sectors=[], code=country.code, kind="state")

    def _named_before(self, context: DocumentContext, mention: ActorMention, named: list[Actor]) -> Actor | None:
        """"Walsh" after "Gov. Maria Walsh": a bare name the tagger took for an organisation or a new
        person is the first person of that surname named before (`named`; the mention keeps its own words)."""
        actor = mention.actor
        if actor.origin not in _UNKNOWN_NAMES or actor.country or actor.sectors:
            return None
        words = [t for t in context.doc[mention.token_start:mention.token_end]
                 if t.lower_ not in self.dictionary.honorifics and t.lower_ != "the" and not t.is_punct]
        person = same_surname(words[0].text, named, self._surname) if len(words) == 1 else None
        if person is None:
            return None
        return person.revised(text=actor.text, start=actor.start, end=actor.end,
                              reason=f"coreference: surname -> {person.name}", origin="coreference",
                              country_from=None)

    def _party_label(self, context: DocumentContext, mention: ActorMention) -> Actor | None:
        """"Sen. Ann Ruiz (R-Ohio)": a party letter and a place after a person's name make a legislator of
        the country the labels belong to."""
        labels = self.dictionary.party_labels
        actor = mention.actor
        if labels is None or actor.kind != "person" or actor.country:
            return None
        doc, i = context.doc, mention.token_end
        if i < len(doc) and doc[i].text in ("(", ","):
            i += 1
        if not (i + 2 < len(doc) and doc[i].text in labels.letters and doc[i + 1].text in ("-", "\u2013")
                and doc[i + 2].text[:1].isupper()):
            return None
        sectors = actor.sectors or [labels.sector]
        return actor.revised(country=labels.country, sectors=sectors,
                             code=self.dictionary.code_for(labels.country, sectors),
                             reason=actor.reason + "; country from party label", country_from="party label")

    def _elsewhere(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """Places of the sentence that say where an actor goes or what it speaks of, not whose it is: the goal of
        the verb it is the subject or object of, when that verb is one of motion ("troops were sent to Mali",
        "the minister flew to Bamako"), and places in a clause its verb reports ("the minister said troops would
        stay in Mali")."""
        if head.dep_ not in _ACTING_DEPS or head.head.i == head.i:
            return frozenset()
        verb = head.head
        moving = [acting for acting in _own_verbs(verb) if lemma_of(acting) in self.dictionary.motion_words]
        sentence = context.sentence_of(head.i)
        out: set[int] = set()
        # "held talks in Geneva", "met his counterpart in Doha": where the subject meets is not where it is from
        meeting = [acting for acting in _own_verbs(verb) if self._meets(acting)] if head.dep_ in _SUBJECT_DEPS else []
        for place_head, _ in (*state.where.get(sentence, ()), *state.named.get(sentence, ())):
            place = _place_phrase(context.doc[place_head])
            if any(_goal_of(place, acting) for acting in moving) \
                    or (head.dep_ in _SUBJECT_DEPS and _reported_by(place, verb)) \
                    or any(_venue_of(place, acting) for acting in meeting):
                out.add(place_head)
        return frozenset(out)

    def _told_places(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """Places of the sentence inside what the verb of an actor's clause tells, by the parse ("said the port in
        Peru was sold") or after a participle of saying after a comma ("blamed the government, saying it had sold
        the port to Peru", "urged the ministry to act, warning that mills in Chile were dumping grain"; sectors.yaml
        telling_words): what the speaker speaks of, not where the speaker or the one addressed is."""
        if head.dep_ not in _ACTING_DEPS or head.head.i == head.i:
            return frozenset()
        sentence = context.sentence_of(head.i)
        places = (*state.where.get(sentence, ()), *state.named.get(sentence, ()))
        if not places:
            return frozenset()
        doc, verb = context.doc, head.head
        telling = next((t.i for t in doc[max(verb.i, head.i) + 1:doc[head.i].sent.end]
                        if t.tag_ == "VBG" and doc[t.i - 1].lower_ == "," and lemma_of(t) in self.dictionary.telling_words),
                       len(doc))
        return frozenset(place_head for place_head, _ in places
                         if place_head > telling or _told_under(doc[place_head], verb))

    def _meets(self, verb: Token) -> bool:
        """Whether a verb is one of meeting, or takes a meeting noun as its object ("held talks")."""
        words = self.dictionary.meeting_words
        return lemma_of(verb) in words or any(c.dep_ == "dobj" and lemma_of(c) in words for c in verb.children)

    def _related_state(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """The tokens of a state's possessive before a noun of a relation between states ("its allies", "Chile's
        neighbours"; sectors.yaml state_relations), or none: a person's or a body's allies are their own side."""
        if lemma_of(head) not in self.dictionary.state_relations:
            return frozenset()
        for child in head.children:
            if child.dep_ != "poss":
                continue
            owner = state.by_token.get(child.i)
            if owner is None and child.lower_ in self.group_possessives:
                owner = antecedent(child, context.mentions, coreference=self.referring.words)
            if owner is not None and owner.actor.kind == "state":
                return frozenset(t.i for t in child.subtree)
        return frozenset()

    def _body_of_members(self, context: DocumentContext, head: Token) -> Actor | None:
        """The body of states that members with no owner of their own belong to ("urged members to spend more",
        "thanked the allies", "member states"; sectors.yaml membership_nouns): the last international organisation
        named before them in their sentence or the one before (NATO's ministers met ... the allies), if any."""
        nouns = self.dictionary.membership_nouns
        if lemma_of(head) not in nouns and not any(c.dep_ == "compound" and lemma_of(c) in nouns
                                                        for c in head.lefts):
            return None
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children):
            return None  # ("Chile's allies", "members of the union": their owner is named)
        return _last_body_before(context, head.i, head.i, _RECENT_SENTENCES)

    def _unplaced_body(self, mention: ActorMention, head: Token) -> bool:
        """Whether a mention is an aid body named by its kind alone ("aid groups", "the relief agencies"; sectors.yaml
        aid_bodies), its own words naming no country nor a name of its own ("the Walkley aid group") nor saying it is
        local ("local aid groups") nor describing what it does ("aid groups working on women's rights", whose work is
        the story's): of no state, as the codebook codes NGOs of no country."""
        before = head.doc[head.i - 1] if head.i > 0 else None
        term = lemma_of(head)
        if before is not None and before.head.i == head.i:
            term = f"{lemma_of(before)} {term}"  # ("aid groups": the kind is the word before the head too)
        return mention.actor.sectors[:1] == [_NGO] and not mention.actor.country \
            and term in self.dictionary.aid_bodies \
            and not any(c.lower_ in self.dictionary.local_words or c.pos_ == "PROPN" for c in head.lefts) \
            and not any(c.dep_ in _DESCRIBING_DEPS for c in head.rights)

    @staticmethod
    def _many_states(actor: Actor) -> bool:
        """Whether a sector word names states of the world at large ("donors", "the international community", "world
        powers": sectors.yaml IGO): none of them the story's country, so they take none from the story around them."""
        return actor.sectors[:1] == [_BODY_OF_STATES] and not actor.country

    def _in_title(self, word: Token, head: Token) -> bool:
        """Whether a word before a head opens a sector word with it: "foreign" in "the foreign minister" is
        the office's, not a word saying the minister belongs to no state ("foreign journalists")."""
        return " ".join(t.lower_ for t in word.doc[word.i:head.i + 1]) in self.dictionary.sector_terms

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

    def _country(self, context: DocumentContext, state: _Lookup, mention: ActorMention,
                 by_noun: dict[str, tuple[str, int]] | None = None, away: frozenset[int] = frozenset(),
                 skip: frozenset[int] = frozenset()) -> _Found | None:
        """The first rule that gives the mention a country (module docstring); `away`: tokens whose places say
        nothing of it; `skip`: tokens where an actor starts that is no recent actor for it (an act's own source)."""
        doc = context.doc
        head = doc[mention.head]
        own = set(range(mention.token_start, mention.token_end))
        # "international observers", "foreign journalists in Damascus": the story's places and country are
        # where they are, not whose they are
        stateless = any(child.lower_ in self.dictionary.stateless_words and not self._in_title(child, head)
                        for child in head.lefts) or self._outsiders(head) or self._many_states(mention.actor)
        # "its Gulf allies", "Chile's neighbours": the state named as possessor is the other side
        related = self._related_state(context, state, head)
        # (session 24) "the World Meteorological Organization", "the European steel association": a name that says
        # the body spans countries
        international = self._international_name(context, mention)
        stateless = stateless or bool(related) or international
        region = None if stateless else self._opening_region(context, state, mention)
        if region is not None:
            return _Found(region, _REGION)
        # (a coordination shares its words among actors: "the president and prime minister of Peru"; a thing acted
        # on, or the trigger an implied target stands on, is no actor of the coordination)
        shared = mention.actor.origin not in ("phrase words", "implied target")
        # the head and the nouns that rename it ("Ann Ode, the charity's director"): whose office a possessor says
        offices = {head.i, *(c.i for c in head.children if c.dep_ == "appos")}
        if head.dep_ == "appos":
            offices.add(head.head.i)  # "the charity's director, Ann Ode"
        for token in _noun_phrase_words(head, allegiance=self.dictionary.allegiance_words, shared=shared,
                                        dwelling=self.dictionary.dwelling_words, origin=self.dictionary.origin_words):
            if context.dateline is not None and context.dateline.covers(token.i):
                continue  # "PARIS (Reuters) - Fighters ...": where the report was filed
            if token.dep_ in ("poss", "compound") and token.head.i in offices and token.i < token.head.i:
                # "an agency spokesman", "the group's leader", "Ann Ode, the charity's director": the body "the
                # agency", "the group", "the charity" would refer to
                owned = self._possessing_body(context, token) if token.dep_ == "poss" else None
                if owned is not None:
                    return owned  # "the alliance's secretary general": the body's, not the last state's
                owner = self._referred_owner(context, token) or self._short_named_owner(context, token, token.head)
                if owner is not None and owner.country:
                    return _Found(owner.country, "possessor", code=self._body_code(owner))
            if (token.i in own and token.i != head.i and state.mention_country(token.i, exclude=mention) is None) \
                    or token.i in away or token.i in related:
                continue
            if stateless and token.head.dep_ == "prep" and token.head.lower_ in self.dictionary.place_prepositions:
                continue
            if beyond_border(token, self.dictionary.border_nouns, head):
                continue  # "a camp near the border with Chad" is where it is, not Chad's
            country = state.mention_country(token.i, exclude=mention) or state.place_country(token.i)
            if token.dep_ == "poss" and token.tag_ == "PRP$" and lemma_of(head) in self.dictionary.counterpart_words:
                continue  # "his counterpart" is the other side's, not his country's
            if not country and token.dep_ == "poss" and token.lower_ in self.group_possessives:
                # "its own people", "their militia allies": whose they are
                referent = antecedent(token, context.mentions, coreference=self.referring.words)
                country = referent.actor.country if referent is not None else None
                if referent is not None and country in self.not_countries and referent.actor.code != country \
                        and token.i not in own:
                    # (session 21) "the United Nations said its agencies had handed over ...": a body's own people
                    # are the body (IGOUNO), where a state's are of its country
                    return _Found(country, "possessor", code=referent.actor.code)
            if not country and token.dep_ == "poss":
                owned = self._possessing_body(context, token)
                if owned is not None:
                    return owned  # "the alliance's secretary general": the body's, not the last state's
            if country and country not in self.not_countries:
                return _Found(country, "noun phrase")
        header = None if stateless else self._item_country(context, doc[mention.token_start].idx)
        if header is not None:
            return _Found(header, _ITEM_HEADER_RULE)
        if not related:
            members_of = self._body_of_members(context, head)
            if members_of is not None:
                return _Found(str(members_of.country), "membership", code=members_of.code)
        same = self._same_noun_before(context, mention, by_noun) if by_noun else None
        if same is not None:
            return same
        if self._unplaced_body(mention, head):
            return _Found(_NGO, "of no state")
        if international and lemma_of(head) in self.dictionary.intergovernmental_heads:
            return _Found(_BODY_OF_STATES, _INTERNATIONAL_NAME, code=_BODY_OF_STATES)
        if stateless:
            # (session 20) "international aid organisations", "foreign charities": of no state, coded as the codebook
            # codes NGOs of no country, NGO (as a named one: organizations.yaml NGOICRC); not people ("international
            # observers" may be any body's)
            term = self.dictionary.sector_terms.get(lemma_of(head))
            body = mention.actor.sectors[:1] == [_NGO] and not (term is not None and term.person)
            return _Found(_NGO, "of no state") if body else None
        elsewhere = self._elsewhere(context, state, head) if set(mention.actor.sectors) & _NATIONAL_SECTORS \
            else frozenset()
        away = away | elsewhere | self._told_places(context, state, head) | self._host_venues(context, state, head)
        country = state.sentence_place(context, mention.head, state.where, away) or state.sentence_place(
            context, mention.head, state.named, away)
        if not country and mention.actor.code.startswith(_STATELESS_PREFIXES):
            country = state.sentence_place(context, mention.head, state.parties)
        if country:
            return _Found(country, "sentence place")
        found = self._from_article(context, state, mention, skip)
        if found is not None and elsewhere:
            # "the minister flew to Bamako": a country the document names only where its actor goes or meets
            # says nothing of whose the actor is
            went = frozenset(i for p in context.places if p.head in elsewhere for i in range(p.start, p.end))
            if not _named_outside(context, found.country, went):
                return None
        return found

    def _regional_chamber(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether a body of no sector whose name a region opens ends with a chamber's word (sectors.yaml
        regional_chambers: "the Ohio House" is Ohio's legislature)."""
        head = context.doc[mention.head]
        return not mention.actor.sectors and mention.actor.kind == "organization" \
            and head.i == mention.token_end - 1 and head.is_title and head.lower_ in self.dictionary.regional_chambers

    def _regional_army(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether an organisation read as an army whose name a region opens ends with a force's word (sectors.yaml
        regional_armies: "the Shan State Army" is an armed group of the region, not the state's army)."""
        head = context.doc[mention.head]
        return mention.actor.sectors == [_MILITARY] and mention.actor.kind == "organization" \
            and head.i == mention.token_end - 1 and head.is_title and head.lower_ in self.dictionary.regional_armies

    def _international_name(self, context: DocumentContext, mention: ActorMention) -> bool:
        """Whether an organisation no dictionary knows says in its name that it spans countries (sectors.yaml
        international_names: "the World Meteorological Organization", "the Commission for Africa"), or a name read
        by its sector word does ("the Inter-American Commission"; not a common noun: "world leaders")."""
        actor = mention.actor
        if (actor.kind != "organization" or actor.origin not in _UNKNOWN_NAMES) \
                and context.doc[mention.head].pos != PROPN:
            return False
        words = " ".join(t.lower_ for t in context.doc[mention.token_start:mention.token_end])
        name = f" {words.replace(' - ', '-')} "  # ("Inter-American": three tokens)
        return any(f" {word} " in name for word in self.dictionary.international_names)

    def _several_states(self, head: Token) -> bool:
        """"the juntas", "all three governments": the plural of a noun for one state's rule (sectors.yaml
        state_rule_nouns) names several states, of which the actor named just before is at most one."""
        return head.tag_ in ("NNS", "NNPS") and lemma_of(head) in self.dictionary.state_rule_nouns

    def _outsiders(self, head: Token) -> bool:
        """"refugees", "asylum seekers", "hundreds of diplomats": people who, by what they are, are not of where they
        are (sectors.yaml outsiders), named by the head noun or by the plural noun its "of" counts."""
        nouns = [head]
        if head.pos_ != "PROPN":
            nouns += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"]
        outsiders = self.dictionary.outsider_nouns
        for noun in nouns:
            # (a capitalised plural the tagger took for a name keeps its plural as its lemma: "Refugees blocked ...")
            lemma = lemma_of(noun)
            words = {lemma, lemma[:-1]} if noun.tag_ in ("NNS", "NNPS") and lemma.endswith("s") else {lemma}
            if words & outsiders or any(f"{lemma_of(c)} {word}" in outsiders
                                        for c in noun.lefts if c.dep_ == "compound" for word in words):
                return True
        return False

    def _opening_region(self, context: DocumentContext, state: _Lookup, mention: ActorMention) -> str | None:
        """The country of a first-level region whose name opens the mention before more of its words ("the Ohio
        Department of Health", "Punjab police" if only one country had a Punjab): a region of exactly one country,
        not a country's name, not a big town abroad, not a person's name."""
        if self.gazetteer is None:
            return None
        doc = context.doc
        start = mention.token_start
        while start < mention.token_end and doc[start].lower_ in _DEFINITE:
            start += 1
        while start > 0 and doc[start - 1].pos == PROPN and doc[start - 1].dep_ == "compound" \
                and mention.token_start <= doc[start - 1].head.i < mention.token_end:
            start -= 1  # "Tasmania police": the resolver's phrase may leave the name before it out
        end = start
        while end < mention.token_end and end - start < _REGION_WORDS and doc[end].pos == PROPN \
                and doc[end].ent_type_ != "PERSON" and state.mention_country(end, exclude=mention) is None:
            end += 1
        for stop in range(min(end, mention.token_end - 1), start, -1):  # the longest name, then shorter ones
            key = normalise(doc[start:stop].text)
            if key in self.gazetteer.data.common_words:
                continue  # "the Free ... Brigades", "the Unity Front": an English word some region is also called
            if self.gazetteer.knows(key):
                return self._region_country(key)
        return None

    def _acting_region(self, span: Span, draft: EventDraft, target: bool) -> str | None:
        """The country of the first-level region a role's words name and nothing more ("Colorado", "the Punjab"), if
        the role is one a government takes: not the target of force, an arrest or a show of force, where a region is
        a place struck or held ("shelled Kharkiv", "besieged the province")."""
        if self.gazetteer is None or (target and draft.event.cameo_root in
                                      self.roots.violent | self.roots.state_acts | self.roots.shows_of_force):
            return None
        words = [t for t in span if t.lower_ != "the"]
        if not words or any(t.pos != PROPN or t.ent_type_ == "PERSON" for t in words):
            return None
        key = normalise(" ".join(t.text for t in words))
        return self._region_country(key) if self.gazetteer.knows(key) else None

    def _region_country(self, key: str) -> str | None:
        if key not in self._region_countries:
            candidates = [place for place, _ in self.gazetteer.lookup_key(key)] if self.gazetteer else []
            regions = {p.country for p in candidates if p.kind == "admin1"}
            country = next(iter(regions)) if len(regions) == 1 else None
            if country is None or any(p.kind not in ("admin1", "city") for p in candidates) or any(
                    p.kind == "city" and p.country != country and (p.population or 0) >= _REGION_TOWN_ABROAD
                    for p in candidates):
                country = None
            self._region_countries[key] = country
        return self._region_countries[key]

    def _host_country(self, context: DocumentContext, state: _Lookup) -> str | None:
        """The dateline's country when the report's first sentence tells of others meeting there ("GENEVA - Yemen's
        government and Houthi rebels held talks in the Swiss city", "DOHA - Chad's government and rebels signed a
        deal in the Qatari capital"): the host of talks, a signing or a summit, not whose the actors are. Others: a
        subject of a verb of meeting says a country of its own other than the dateline's, and no actor of the
        sentence says the dateline's (a visit to the host's leader makes the host a party)."""
        if _HOST_MEMO in context.memo:
            host: str | None = context.memo[_HOST_MEMO]
            return host
        host = context.memo[_HOST_MEMO] = self._find_host(context, state)
        return host

    def _find_host(self, context: DocumentContext, state: _Lookup) -> str | None:
        dateline = state.dateline_country
        if not dateline or context.dateline is None:
            return None
        doc = context.doc
        if context.dateline.text_start >= len(doc):
            return None
        lede = doc[context.dateline.text_start].sent
        meetings = [t for t in lede if t.pos_ in ("VERB", "AUX") and self._meets(t)]
        if not meetings:
            return None
        subjects = {s.i for v in meetings for c in v.children if c.dep_ in _SUBJECT_DEPS
                    for s in (c, *c.conjuncts)}
        own = [m for m in context.mentions if lede.start <= m.token_start < lede.end and m.actor.country
               and says_its_country(m.actor) and not _describes_a_thing(context, m, state.in_mentions)
               and not context.dateline.covers(m.token_start)]
        if any(m.actor.country == dateline for m in own):
            return None
        others = any(m.head in subjects and m.actor.country not in self.not_countries for m in own)
        return dateline if others else None

    def _host_venues(self, context: DocumentContext, state: _Lookup, head: Token) -> frozenset[int]:
        """In a sentence with a verb of meeting, the places of the host country (`_host_country`): where the
        meeting is."""
        host = self._host_country(context, state)
        sentence = context.sentence_of(head.i)
        if host is None or not any(self._meets(t) for t in head.sent if t.pos_ in ("VERB", "AUX")):
            return frozenset()
        return frozenset(place_head for place_head, country in (*state.where.get(sentence, ()),
                                                                *state.named.get(sentence, ())) if country == host)

    def _item_country(self, context: DocumentContext, char: int) -> str | None:
        """The country named at the head of the factbox or briefing item a character is in ("FRANCE: The ministry
        said ...": the ministry is France's, whatever the page is about), if the page is such a list."""
        headers = context.memo.get(_ITEM_HEADERS_MEMO)
        if headers is None:
            headers = context.memo[_ITEM_HEADERS_MEMO] = self._item_headers(context.doc.text)
        index = bisect.bisect_right(headers, (char, "\uffff")) - 1
        if index < 0:
            return None
        start, country = headers[index]
        return country if "\n" not in context.doc.text[start:char] else None

    def _item_headers(self, text: str) -> list[tuple[int, str]]:
        """(start, country) of the lines opened by a country's name and a colon or dash, when there are several."""
        if self.gazetteer is None:
            return []
        headers = []
        for match in _ITEM_HEADER.finditer(text):
            key = normalise(match.group(1))
            if not self.gazetteer.knows(key):
                continue
            countries = {place.country for place, _ in self.gazetteer.lookup_key(key) if place.kind == "country"}
            if len(countries) == 1:
                headers.append((match.start(), str(next(iter(countries)))))
        return headers if len(headers) >= _MIN_ITEMS else []

    def _from_article(self, context: DocumentContext, state: _Lookup, mention: ActorMention,
                      skip: frozenset[int] = frozenset()) -> _Found | None:
        """The weak rules of the module docstring (3 to 6): the dateline, the article's country, a recent actor's,
        the top country."""
        dateline = state.dateline_country
        host = self._host_country(context, state)
        if dateline and dateline != host and context.countries and context.countries[0][0] == dateline:
            # (a report filed abroad, "CAIRO --" on Tunisia, says where the reporter is, not the actors)
            return _Found(dateline, "dateline")
        if self.article_country and context.dominant_country and context.dominant_country != host:
            return _Found(context.dominant_country, "article country")
        # (a group coded by where it acts, not by whom it is near, takes none of the rules below)
        nearby = self.article_country and not mention.actor.code.startswith(_STATELESS_PREFIXES)
        several = self._several_states(context.doc[mention.head])
        country = state.recent_country(context, mention, skip) if nearby and not several else None
        if country is None and skip and nearby and not several:
            # (with none named before the act's source in reach, the source's own: not the top country, which may be any)
            country = state.recent_country(context, mention)
        if country:
            # an article about several countries: the one of the actors named just before
            return _Found(country, RECENT_ACTOR)
        top = next((c for c, _ in context.countries if c not in self.not_countries and c != host), None)
        if top and nearby:
            # an article about countries close in weight, with none named near it: the one named most
            return _Found(top, "top country")
        return None


def _named_in_full(head: Token) -> bool:
    """A body's name with a capital and an "of" ("the Ministry of Foreign Affairs of Estonia", "the Embassy of
    Peru"), whose head alone with a capital is its short name later ("the Ministry")."""
    return head.text[:1].isupper() and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _named_key(word: str) -> str:
    """The key of `_same_noun_before`'s table for a body named in full by a capitalised noun (apart from the lemmas)."""
    return "named " + word


def _bare_word(word: Token) -> bool:
    """A word no modifier says whose it is ("officers", "the deputies"; not "army officers", "Russian officers", "the
    navy's officers")."""
    return not any(t.dep_ in ("compound", "amod", "poss") and t.pos_ != "DET" for t in word.children)


def _no_side(doc: Doc, mention: ActorMention, words: CoreferenceFile) -> bool:
    """Whether a mention names no side of a pair named after it: the mediator who brings two sides together
    ("talks mediated by Brazil", "Brazil, which brokered the truce", "Brazilian mediators", "Brazil's mediation"), or
    the place where they meet ("met in Quito", "talks in Geneva"; coreference.yaml mediation_*, venue_heads)."""
    head = doc[mention.token_start:mention.token_end].root  # (the phrase's, not its name's: "X's envoy, Ann Ode,")
    if lemma_of(head) in words.mediation_nouns or any(
            c.dep_ == "appos" and lemma_of(c) in words.mediation_nouns for c in head.children):
        return True  # "Brazilian mediators", "Brazil, the mediator,"
    above = head.head
    if head.dep_ == "pobj" and above.lower_ in ("by", "of"):
        above = above.head  # "mediated by Brazil", "mediation by Brazil", "in the presence of Brazil's president"
    elif head.dep_ == "pobj" and above.lower_ in words.place_preps:
        return lemma_of(above.head) in words.venue_heads  # "met in Quito", "talks in Geneva"
    elif head.dep_ not in ("nsubj", "poss", "compound", "amod"):
        above = head
    mediating = words.mediation_verbs | words.mediation_nouns
    # ("Brazil, which brokered the truce, said", "its envoy, shuttling between them,": what its clause says it does)
    return above is not head and lemma_of(above) in mediating or any(
        c.dep_ in _DESCRIBING_CLAUSES and lemma_of(c) in words.mediation_verbs for c in head.children)


def _last_body_before(context: DocumentContext, end: int, at: int, reach: int, named_only: bool = False) -> Actor | None:
    """The body of states (an international organisation) of the last mention ending by token `end`, named at most
    `reach` sentences before the sentence of token `at`; with `named_only`, not one that refers back ("the bloc")."""
    sentence = context.sentence_of(at)
    before = [m for m in context.mentions if m.token_end <= end and m.actor.country == _BODY_OF_STATES
              and not (named_only and refers_back(m.actor)) and sentence - context.sentence_of(m.token_start) <= reach]
    last = max(before, key=lambda m: m.token_start, default=None)
    return last.actor if last is not None else None


def _unnamed_word(mention: ActorMention) -> bool:
    """A single word the tagger took for an organisation that no dictionary knows and no word of it says the kind
    of (the resolver gave it no sector): it may be a person's bare surname."""
    actor = mention.actor
    return mention.token_end - mention.token_start == 1 and actor.kind == "organization" and not actor.sectors \
        and actor.origin == "entity" and actor.reason.startswith("ner: ORG")


def _said_parties(mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions whose country their own words say (or a named actor's), not one guessed from around them."""
    return [m for m in mentions if m.actor.country_from not in _GUESS_RULES]


def _party(mention: ActorMention) -> str | None:
    """Which party of a pair a mention names: its country, or for an international body the body itself (the EU and
    the WTO are two parties)."""
    actor = mention.actor
    return actor.code if actor.country == _BODY_OF_STATES else actor.country


def _listed_with(context: DocumentContext, actor: Actor, known: list[Actor]) -> bool:
    """A place name in one list with actors the dictionaries know is of their kind ("flew to Paris, Berlin and Rome":
    Paris, a place after a word of travel, is visited as Berlin and Rome are)."""
    head = context.span_root(actor.start, actor.end)
    if head is None or head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC"):
        return False  # (a company listed with bodies named is no place the resolver left out)
    # (listed with states or their seats: "with News Corporation and Fairfax" lists companies, whatever Fairfax is)
    heads = [h for a in known if a.country and a.code == a.country and (h := context.span_root(a.start, a.end)) is not None]
    return any((h.dep_ == "conj" and h.head.i == head.i) or (head.dep_ == "conj" and head.head.i == h.i) for h in heads)


def _of_the_state(actor: Actor) -> bool:
    """A state as a whole or one of its bodies (government, forces, courts, legislature), not its people or rebels."""
    return not actor.sectors or actor.sectors[0] in STATE_SECTORS


def _whole_state(actor: Actor) -> bool:
    """A state named as a whole ("Russia", "Moscow", "the Kremlin": CODEBOOK's bare country), no body of it."""
    return actor.kind == "state" and actor.code == actor.country and not actor.sectors


def _speaks_for_state(actor: Actor) -> bool:
    """A state named as such ("Hanoi", "Japan") or its government ("the foreign ministry")."""
    return actor.code == actor.country or "GOV" in actor.sectors


def _acted_on_heads(trigger: Token, about: Container[str]) -> list[Token]:
    """The heads of what an act is done to or about: the trigger's object and its complements of a preposition
    that says so (`about`: "protested against", "warned over"; not "during a visit to Paris", "in a speech"), or,
    for a judging word after a copula ("the vote was rigged"), the subject it judges."""
    heads = [c for c in trigger.children if c.dep_ in _ACTED_ON_DEPS or (c.dep_ == "prep" and c.lower_ in about)]
    head = trigger.head
    if head.i != trigger.i and trigger.pos_ in ("ADJ", "ADV", "NOUN"):
        if trigger.dep_ in _JUDGING_DEPS and head.lemma_ == "be":
            heads += [c for c in head.children if c.dep_ in _SUBJECT_DEPS]  # "the vote was rigged"
        elif trigger.dep_ == "oprd":
            heads += [c for c in head.children if c.dep_ == "dobj"]  # "called the vote a sham"
    return heads


def _role_slots(drafts: list[EventDraft]) -> Iterator[tuple[list[Actor], int, Actor]]:
    """Each actor of each event's source and target, with its role list and index (to replace it in place)."""
    for draft in drafts:
        for role in (draft.source, draft.target):
            for index, actor in enumerate(role):
                yield role, index, actor


def _role_tokens(context: DocumentContext, actors: list[Actor]) -> frozenset[int]:
    """The tokens of the words that name a role's actors."""
    out: set[int] = set()
    for actor in actors:
        span = context.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def _named_outside(context: DocumentContext, country: str, away: frozenset[int]) -> bool:
    """Whether a place or an actor that says its own country names `country` anywhere in the document but at `away`."""
    if any(p.place.country == country and not set(range(p.start, p.end)) <= away for p in context.places):
        return True
    return any(m.actor.country == country and says_its_country(m.actor)
               and not set(range(m.token_start, m.token_end)) <= away for m in context.mentions)


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


def is_border_noun(token: Token, borders: BorderNouns) -> bool:
    """A border noun heading a phrase of its own ("the border with Chad"), not one modifying a noun ("border guards")."""
    if token.dep_ == "compound" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.lower_ in borders.words or lemma_of(token) in borders.words:
        return True
    doc = token.doc
    return any(tuple(t.lower_ for t in doc[token.i:token.i + len(words)]) == words
               for words in borders.phrases.get(token.lower_, ()))


def border_acted_on(border: Token) -> bool:
    """"closed its border with Chad", "will reopen the frontier": a border a verb acts on is no place; what its
    complement names is the neighbour the act is aimed at."""
    return border.dep_ in _BORDER_OBJECT_DEPS and border.head.pos_ in ("VERB", "AUX")


def beyond_border(token: Token, borders: BorderNouns, head: Token | None = None) -> bool:
    """Whether a word lies in the complement of a border noun ("near the border with Chad", "on the Kenyan border")
    below `head` (the role's head, itself not counted) or, with no head, anywhere up its noun phrases: a border
    says where, so what it names is no party (sectors.yaml border_nouns)."""
    if not borders.words:
        return False
    word = token
    stop = head.i if head is not None else -1
    for _ in range(_SUBJECT_REACH):
        up = word.head  # (read once: each read of Token.head makes a new Token)
        if up.i == word.i or up.i == stop:
            return False
        word = up
        if word.pos_ not in _BORDER_PATH_POS:
            return False
        if is_border_noun(word, borders):
            return not border_acted_on(word)
        if word.lower_ not in _BORDER_PREPS:
            continue
        before = word.doc[word.i - 1] if word.i > 0 else word  # (read only after a preposition: most words are none)
        if before.i != stop and is_border_noun(before, borders):
            # "a camp near the border with Chad": the parser may hang "with Chad" on the camp
            return not border_acted_on(before)
    return False


def _place_phrase(place: Token) -> Token:
    """The word that places a place name in its clause: the first conjunct ("to Mali and Niger"), the part
    named of it ("the north of Mali")."""
    while True:
        if place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
        elif place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
            place = place.head.head
        else:
            return place


def _goal_of(place: Token, verb: Token) -> bool:
    """"flew to Bamako", "sent to Mali", "deployed in Mali", "visited Bamako": whether a place is where a verb
    (of motion) moves its actors to."""
    if place.dep_ == "dobj":
        return place.head.i == verb.i
    prep = place.head
    return place.dep_ == "pobj" and prep.head.i == verb.i and prep.lower_ in _GOAL_PREPS


def _own_verbs(verb: Token) -> list[Token]:
    """A verb and the verbs its subject also does ("plans to visit", "refused to send"): its open complements."""
    verbs = [verb]
    for acting in verbs:
        verbs += [c for c in acting.children if c.dep_ == "xcomp"]
    return verbs


def _venue_of(place: Token, verb: Token) -> bool:
    """"met in Doha", "held talks at the palace in Rabat": whether a place is where a verb of meeting, or its
    meeting noun, happens (a place of an "in" or "at" on the verb or on its object, or on a place in one)."""
    if place.dep_ != "pobj" or place.head.lower_ not in _VENUE_PREPS:
        return False
    holder = place.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ in _VENUE_PREPS:
        holder = holder.head.head  # "at a hotel in Vienna"
    return holder.i == verb.i or (holder.dep_ == "dobj" and holder.head.i == verb.i)


def _told_under(place: Token, verb: Token) -> bool:
    """Whether a place lies in a reported clause below the verb, at any depth ("said ...", "..., saying ...")."""
    node, up, told = place, place.head, False  # (each read of Token.head makes a new Token)
    while up.i != node.i and node.i != verb.i:
        told = told or node.dep_ in _REPORTED_DEPS
        node, up = up, up.head
    return node.i == verb.i and told


def _reported_by(place: Token, verb: Token) -> bool:
    """Whether a place lies in a clause the verb reports ("said troops would stay in Mali")."""
    node, up = place, place.head  # (each read of Token.head makes a new Token)
    while up.i != node.i and up.i != verb.i:
        node, up = up, up.head
    return up.i == verb.i and node.dep_ in _REPORTED_DEPS


def _paragraph_break(text: str) -> bool:
    """Whether a sentence's text and the spaces after it (a sentence's span may hold its line's end) end a paragraph."""
    return "\n" in text[len(text.rstrip()):]


def _modifies_a_noun(context: DocumentContext, mention: ActorMention) -> bool:
    """A lone country word describing what a noun after it names ("a US company", "the Dublin campus")."""
    head = context.doc[mention.head]
    return mention.token_end - mention.token_start == 1 and head.dep_ in ("amod", "compound") \
        and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i


def _named_as_where(word: Token, where: Container[str]) -> bool:
    """A name that says where something is or happens: the object of a preposition of place ("offices in Dublin",
    "outside the US"), alone or in a list."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in where


def _implied_at(word: Token, reason: str) -> Actor:
    """The stand-in for a party no words name, spanning the word that implies it (an act's trigger, a warned place)."""
    return Actor(text=word.text, start=word.idx, end=word.idx + len(word.text), name="[implied]", reason=reason,
                 origin="implied target")


def _ousted_ruler(context: DocumentContext, draft: EventDraft) -> list[Actor]:
    """The ruler or government a coup's own words name as ousted, where the roles named none ("led the coup that
    toppled the president"): the first government actor in the phrase of its trigger that is none of its doers."""
    away = _role_tokens(context, draft.source)
    phrase = context.doc[draft.trigger_token].subtree
    inside = {t.i for t in phrase} - away
    return next(([m.actor] for m in context.mentions if m.head in inside and _GOVERNMENT in m.actor.sectors), [])


def _implied_sector(root: str, speaker: Actor, roots: RootGroups) -> str | None:
    """The sector of an implied target of words, from the speaker's first sector: any actor but the government
    (a newspaper, a union, legislators, rebels) addresses the government, the government's demands its
    legislature, its criticism and refusals another government at home (a state suing the federal
    administration, a governor rejecting a city's plan); its other words, or a speaker of no sector (a whole
    state), say nothing of whom they address."""
    first = speaker.sectors[0] if speaker.sectors else None
    if first is None:
        return None
    if first != _GOVERNMENT and root in roots.authority_targets:
        return _GOVERNMENT
    if first == _GOVERNMENT and root in roots.legislature_targets:
        return _LEGISLATURE
    if first == _GOVERNMENT and root in roots.rival_targets:
        return _GOVERNMENT
    return None


def _describes_a_thing(context: DocumentContext, mention: ActorMention, in_mentions: Container[int]) -> bool:
    """A lone country word or demonym modifying a noun that is no actor of its own ("the British bill");
    `in_mentions`: the tokens inside the document's mentions."""
    if mention.token_end - mention.token_start != 1:
        return False
    head = context.doc[mention.head]
    return (head.dep_ in ("amod", "compound") and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i not in in_mentions)


def _dictionary_named(actor: Actor) -> bool:
    """Whether an actor is a body a dictionary names (organizations.yaml, groups.yaml, media.yaml)."""
    return actor.reason.startswith(("organizations:", _NAMED_GROUP, "media:"))


def _spelled_out(context: DocumentContext, short: str, bodies: Iterable[ActorMention]) -> ActorMention | None:
    """The last body named before whose written name the short name's letters are the initials of ("the Federal
    Emergency Management Agency ... FEMA said", "the Electoral Commission of Zambia ... the ECZ"; the small words
    "of", "and", "for" and "the" give no letter), though no brackets defined it."""
    def initials(mention: ActorMention) -> str:
        words = context.doc[mention.token_start:mention.token_end]
        return "".join(t.text[0] for t in words if t.lower_ not in _UNLETTERED and t.text[:1].isupper())
    return max((m for m in bodies if m.token_end - m.token_start >= 2 and initials(m) == short),
               key=lambda m: m.token_start, default=None)


def _is_acronym(word: str) -> bool:
    """"PSB", "UNHCR": two to eight letters, all capitals."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def says_its_country(actor: Actor) -> bool:
    """Whether an actor's country comes from its own words or a dictionary, not guessed from where it stands
    (a place in its sentence, the dateline, the article, an actor near it, the act's source)."""
    return not actor.country_from or actor.country_from in _OWN_COUNTRY_RULES


def _origin_of_a_noun(token: Token) -> bool:
    """"tourists from Chile, Peru and Bolivia": places after a noun's "from" say where its people come
    from, not where anything in the sentence happens."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.text.lower() == "from"
            and prep.head.pos_ in ("NOUN", "PROPN"))


def _noun_phrase_words(head: Token, renamed: bool = True, allegiance: frozenset[str] = frozenset(),
                       shared: bool = False, dwelling: frozenset[str] = frozenset(),
                       origin: frozenset[str] = frozenset()) -> list[Token]:
    """Words of the head's noun phrase that may name a country: its left modifiers, the objects of its
    "of / from / in / for" complements with their own modifiers, down a chain of "of" ("the ministry of health
    of Kenya"), those of "to / with" after an `allegiance` word ("fighters loyal to the Kenyan president"), then
    the words of a noun phrase in apposition, either way round ("the Kenyan firm Acme", "Acme, a Kenyan firm";
    `renamed` False: not those), then with `shared` the words its coordination shares with it (`_shared_words`);
    those of "in / at" after a `dwelling` verb ("families living in Chilean camps"), those of "from" after an
    `origin` verb ("tourists who had flown in from Peru", "families who fled from Chile")."""
    words: list[Token] = []
    for child in head.children:
        if child.dep_ in _NP_LEFT and child.i < head.i:
            words += [t for t in child.subtree]
        elif child.dep_ == "prep" and child.lower_ in _NP_PREPS:
            words += _complement_words(child)
        elif child.dep_ in ("amod", "acl") and child.i > head.i and lemma_of(child) in allegiance:
            words += _prep_complements(child, _SIDE_PREPS)
        elif child.dep_ in ("acl", "relcl") and child.i > head.i and lemma_of(child) in dwelling:
            words += _prep_complements(child, _DWELLING_PREPS)  # "families living in Chilean camps": where they live
        elif child.dep_ in ("acl", "relcl") and child.i > head.i and lemma_of(child) in origin:
            words += _prep_complements(child, _ORIGIN_PREPS)  # "tourists who had flown in from Peru": whence
    if renamed:
        appositions = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            appositions.insert(0, head.head)  # "the Kenyan firm Acme": the common noun the name renames
        for appos in appositions:
            words += [appos, *_noun_phrase_words(appos, renamed=False)]
    if shared:
        words += _shared_words(head)
    return words


def _shared_words(head: Token) -> list[Token]:
    """Words a coordination shares with each conjunct (read after the conjunct's own words, which win):
    "the president and prime minister of Peru" are both Peru's, "Iran's president and foreign minister" both
    Iran's. A later conjunct shares only when it opens with no determiner or possessive of its own ("the minister
    and his counterpart from Chile" are two people of two states)."""
    if head.pos_ not in ("NOUN", "PROPN") or not head.conjuncts:
        return []
    conjuncts = sorted((head, *head.conjuncts), key=lambda t: t.i)
    if any(c.pos_ not in ("NOUN", "PROPN") for c in conjuncts) or any(_opens_own_phrase(c) for c in conjuncts[1:]):
        return []
    words: list[Token] = []
    first, last = conjuncts[0], conjuncts[-1]
    if head is not first:
        words += [t for child in first.lefts if child.dep_ in _NP_LEFT for t in child.subtree]
    if head is not last:
        words += [w for prep in last.rights if prep.dep_ == "prep" and prep.lower_ in _NP_PREPS
                  for w in _complement_words(prep)]
    return words


def _opens_own_phrase(conjunct: Token) -> bool:
    """Whether a later conjunct has a determiner or possessive of its own ("and the minister", "and his aide")."""
    return any(c.dep_ in ("det", "poss") for c in conjunct.lefts)


def _prep_complements(word: Token, preps: Container[str]) -> list[Token]:
    """`_complement_words` of each of a word's prepositions in `preps` ("loyal to X", "living in X")."""
    return [w for prep in word.children if prep.dep_ == "prep" and prep.lower_ in preps for w in _complement_words(prep)]


def _complement_words(prep: Token, depth: int = 0) -> list[Token]:
    """The objects of a preposition with their left modifiers, and those of an "of" after them, a few deep."""
    words: list[Token] = []
    for obj in prep.children:
        if obj.dep_ == "pobj":
            words += [obj, *(c for c in obj.children if c.dep_ in _NP_LEFT)]
            if depth < _OF_CHAIN:
                for nested in obj.children:
                    if nested.dep_ == "prep" and nested.lower_ == "of":
                        words += _complement_words(nested, depth + 1)
    return words


class _Lookup:
    """Which country a token names, from the document's mentions and places."""

    def __init__(self, context: DocumentContext, not_countries: frozenset[str], regions: frozenset[str],
                 borders: BorderNouns) -> None:
        """`not_countries`, `regions`: the ontology's codes of no country and of regions acting as one;
        `borders`: border nouns, whose complements name no sentence place (sectors.yaml border_nouns)."""
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
                              and not beyond_border(context.doc[m.head], borders))
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
