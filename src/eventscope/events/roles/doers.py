"""Who does an act told by a noun or left stranded by the parser.

A nominal act names its doer inside its own phrase: a by-phrase or of-phrase ("the attack by rebels"), a hyphened
agent ("US-led strikes"), the pair "between A and B", the maker of an act acted on ("the demands of the
protesters"). A finite verb the parser left without subject ("USAID provided shelter") has its actor right before
it. Verb and noun rules both ask these, and the actor stage asks for the doers of a nominal act.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventscope.events.matching import MEASURE_ENTITIES, lemma_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.grammar import (
    _BY,
    _FINITE_TAGS,
    _OF,
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    Named,
    _agents,
    _is_passive,
    _prep_objects,
)
from eventscope.events.roles.naming import _ACTOR_ENTS, _names_actor, _names_body, _resolved

# The dependencies of a clause verb that should have a subject of its own (see grammar.py _FINITE_TAGS).
_STRANDING_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})


def _maker_of(act: Token, names: Callable[[Token], bool], *, patterns: TriggerPatterns) -> Token | None:
    """Who made an act: the people its "of", "from" or "by" phrase, or its participle's by-phrase, names
    ("the demands of the protesters", "an appeal filed by the workers"), as `names` says."""
    holders = [act] + [c for c in act.rights if c.dep_ == "acl" and c.tag_ == "VBN"]
    for holder in holders:
        for prep in holder.rights:
            if prep.dep_ in ("prep", "agent") and lemma_of(prep) in patterns.roles.maker_preps:
                objects = [t for t in prep.rights if t.dep_ == "pobj"][:1]
                if objects and objects[0].pos_ in ("NOUN", "PROPN") and names(objects[0]):
                    return objects[0]
    return None


def _stranded_actor(verb: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"USAID provided shelter", "On a visit to Zimbabwe, President A B voiced support": a finite active verb
    the parser left with no subject (it read the name as an adverb, or as a conjunct of an earlier phrase)
    has as its subject the actor named right before it (past its auxiliaries and adverbs)."""
    finite = verb.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ != "TO" and c.i < verb.i for c in verb.children)
    if not finite or verb.dep_ not in _STRANDING_DEPS or _is_passive(verb):
        return []
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in ("aux", "neg", "advmod") \
            and not _resolved(verb.doc[i], named):
        i -= 1
    if i < 0:
        return []
    before = verb.doc[i]
    if before.ent_type_ in MEASURE_ENTITIES or before.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS:
        return []
    if (before.pos_ in ("NOUN", "PROPN") and _names_actor(before, patterns)) or _resolved(before, named):
        # with the items listed after it, not the phrase the parser hung it on
        return [before, *(c for c in before.conjuncts if c.i > before.i)]
    return []


def _hyphened_agent(participle: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"Saudi-led", "UN-backed", "army-brokered": the actor named before the hyphen of a past participle modifying a
    noun does what the participle says (the parser hangs the name on the participle or on the noun)."""
    if participle.i < 2 or participle.doc[participle.i - 1].text != "-":
        return []
    name = participle.doc[participle.i - 2]
    if name.head.i in (participle.i, participle.head.i) and (
            name.ent_type_ in _ACTOR_ENTS or _names_body(name, patterns) or _resolved(name, named)):
        return [name]
    return []


def _noun_agents(noun: Token) -> list[Token]:
    """Who does a nominal act by a by-phrase, on the noun or on a participle of it ("sanctions imposed by X")."""
    agents = [g for c in noun.children if c.dep_ == "prep" and lemma_of(c) == "by" for g in c.children if g.dep_ == "pobj"]
    for participle in (c for c in noun.children if c.dep_ == "acl" and not agents):
        agents += _agents(participle)
    return agents


def _stranded_noun_agents(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """Who does a nominal act by a by-phrase the parser hung elsewhere: on the act's of-object ("the arrest of the
    opposition leader by police"), on a name in apposition to it or on where it went ("the takeover of the chipmaker
    Alder Semiconductors by a Chinese group", "the discharge of water into the Pacific by Japan"), or on the active
    verb the act is the object of, right after the act's phrase or past phrases of place the parser also hung there
    ("condemned the demolition of homes by the army", "criticised the seizure of the ship off Somalia by Eritrean
    forces"); only a name or a body ("by telephone", "by force" say how)."""
    holders = [patient for patient in _prep_objects(noun, _OF) if patient.pos_ in ("NOUN", "PROPN")]
    # (session 34) one step further into the act's phrase: a name in apposition, or where the act or its object went
    holders += [part for holder in (noun, *holders) for part in (
        *(c for c in holder.children if c.dep_ == "appos" and c.pos_ == "PROPN"),  # (not a noun restating the act)
        *_prep_objects(holder, patterns.roles.act_place_preps)) if part.pos_ in ("NOUN", "PROPN")]
    agents = [agent for patient in holders for agent in _prep_objects(patient, _BY)]
    if noun.dep_ == "dobj" and not _is_passive(noun.head):
        agents += _by_after_places(noun, patterns)[0]
    return [agent for agent in agents if agent.pos_ == "PROPN" or _names_body(agent, patterns)]


def _by_after_places(noun: Token, patterns: TriggerPatterns) -> tuple[list[Token], list[Token]]:
    """The objects of a by-phrase the parser hung on the active verb an act noun is the object of, right after the
    noun's phrase or after phrases of place hung there too (roles.yaml act_place_preps: "into the Pacific", "off
    Somalia"; the parser's "agent" on an active verb is such a phrase as well), and the objects of the phrases of
    place it passed: they belong to the act's phrase ("condemned the deportation of activists to Belarus by
    Lithuanian police": Belarus is where they went)."""
    end = noun.right_edge.i + 1
    passed: list[Token] = []
    for child in noun.head.rights:
        if child.i < end:
            continue
        if child.i != end or child.dep_ not in ("prep", "agent"):
            break
        if lemma_of(child) == "by":
            return [g for g in child.children if g.dep_ == "pobj"], passed
        if lemma_of(child) not in patterns.roles.act_place_preps:
            break
        passed += [g for g in child.children if g.dep_ == "pobj"]
        end = child.right_edge.i + 1
    return [], []


def _nominal_doers(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """Who does a nominal act by a by-phrase: on the noun or its participle, else where the parser stranded it."""
    return _noun_agents(noun) or _stranded_noun_agents(noun, patterns)


def _between(noun: Token) -> list[Token]:
    """The parties "between" or "among" whom a joint act happens: on the noun ("clashes between A and B") or,
    when the noun is the subject of the verb that tells it happened, on that verb ("clashes broke out between A
    and B", "fighting erupted between A and B")."""
    holders = [noun, noun.head] if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") else [noun]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and lemma_of(c) in ("between", "among")
            for g in c.children if g.dep_ == "pobj"]


def _hyphened_pair(noun: Token) -> list[Token]:
    """"Russia-Ukraine talks", "the Biden-Xi summit": two names joined by a hyphen before the noun of a joint
    act are its two parties (the parser hangs the first on the second)."""
    for second in (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        firsts = [c for c in second.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == second.i - 2
                  and second.doc[second.i - 1].text == "-"]
        if firsts:
            return [firsts[0], second]
    return []
