"""Parties told in a clause the trigger governs, when the trigger has none of its own.

A verb with no target acts on the subject of its small clause ("found the mayor guilty") or of its that-clause
("demanded that the minister resign"); a permission is aimed at whom it lets act ("refused to allow the inspectors
to enter"); a refusal waiting on another's act at whoever must act first; an investigation at the subject of its
content ("into claims that two soldiers abused children"); a feeling at the subject of the clause that caused it
("was alarmed when the minister spoke"); help given as a thing at whom its purpose infinitive names.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.events.matching import MEASURE_ENTITIES, TriggerMatch, is_infinitive, lemma_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.grammar import _OF, Named, _agents, _naming_subjects, _prep_objects
from eventscope.events.roles.naming import (
    _ACTOR_ENTS,
    _is_named,
    _names_actor,
    _names_body,
    _names_or_resolved,
    _resolved,
)


def _permitted(verb: Token, patterns: TriggerPatterns) -> list[Token]:
    """Whom a verb of letting (roles.yaml permission_verbs) lets act, when it names someone: its object ("allow
    a Russian plane to land"), the subject of its clause ("allow UN inspectors access", as the parser hangs it)
    or one its object is of ("allow access of aid workers"); else []."""
    if lemma_of(verb) not in patterns.roles.permission_verbs:
        return []
    held = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    held += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for s in _naming_subjects(c, patterns=patterns)]
    found = [t for t in held if _names_actor(t, patterns)]
    return found or [t for h in held for t in _prep_objects(h, _OF) if _names_actor(t, patterns)]


def _embedded_targets(verb: Token, patterns: TriggerPatterns, depth: int = 0) -> list[Token]:
    """"threatened to shell Haifa", "refused to send troops to Iraq": with no target of its own, a verb
    governing an infinitive acts on whom that infinitive acts on."""
    for child in verb.children:
        # ("the refusal to send troops to Iraq": a noun's infinitive as a verb's)
        infinitive = child.dep_ == "xcomp" or (child.dep_ == "acl" and verb.pos_ == "NOUN" and is_infinitive(child))
        if not infinitive or child.pos_ != "VERB" or depth > 1:
            continue
        permitted = _permitted(child, patterns)
        if permitted:
            return permitted
        # "provide Sri Lanka with technology": a named object; "send troops to Iraq": a prepositional
        # recipient; else the object ("shell the positions")
        objects = [c for c in child.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")]
        # "agreed to allow UN workers to enter": those let act, when they are people or a body of them
        objects = objects or [t for t in _small_clause_subjects(child, patterns=patterns) if _names_body(t, patterns)]
        if not patterns.candidates(lemma_of(child), "verb"):
            # "sent a ship to help find the jet": what an infinitive that is no act does to a thing is not
            # whom the act is for
            objects = [o for o in objects if _names_actor(o, patterns)]
        found = [o for o in objects if o.ent_type_ in _ACTOR_ENTS]
        # (the parser hangs the recipient on the object as often as on the verb: "lift sanctions against X")
        # ("refused to back the French proposal on quotas": a thing its nationality or possessor names is whose it is)
        found = found or _prep_objects(child, patterns.roles.embedded_target_preps) or [o for o in objects if _is_named(o)] or [
            t for o in objects for t in _prep_objects(o, patterns.roles.embedded_target_preps)] or objects
        found = [t for t in found if t.ent_type_ not in MEASURE_ENTITIES]
        if found:
            return found
        return _embedded_targets(child, patterns, depth + 1)
    return []


def _feeling_clause_subjects(match: TriggerMatch, sources: list[Token], *, patterns: TriggerPatterns) -> list[Token]:
    """The subject of a that-clause or of a when/after/because-clause after a feeling adjective (or after its
    copula): whom the feeling is about."""
    holders = [match.token] + ([match.anchor] if match.anchor.i != match.token.i else [])
    for holder in holders:
        for clause in holder.children:
            if clause.i < match.token.i or clause.pos_ not in ("VERB", "AUX"):
                continue
            marks = {lemma_of(c) for c in clause.children if c.dep_ in ("mark", "advmod")}
            if not (clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and marks & patterns.roles.feeling_marks)):
                continue
            subjects = [c for c in _naming_subjects(clause, patterns=patterns) if c not in sources]
            if subjects:
                return subjects
    return []


def _what_a_feeling_is_about(match: TriggerMatch, sources: list[Token], *, patterns: TriggerPatterns) -> list[Token]:
    """What a feeling voiced by a verb or noun is about: the object of its preposition ("expressed optimism
    about the talks") or the subject of its that-clause ("hoped that the envoy would succeed")."""
    holders = [match.token] + ([match.object_token] if match.object_token is not None else [])
    about = [t for holder in holders for t in _prep_objects(holder, patterns.roles.feeling_preps)]
    if about:
        return about[:1]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ in ("ccomp", "acl") and clause.i > holder.i and clause.pos_ in ("VERB", "AUX"):
                subjects = [c for c in _naming_subjects(clause, patterns=patterns) if c not in sources and c.pos_ != "PRON"]
                if subjects:
                    return subjects
    return []


def _clause_subjects(match: TriggerMatch, patterns: TriggerPatterns,
                     named: Named = None) -> tuple[list[Token], bool]:
    """Whom a verb with no object acts on through the clause it governs, and whether that is sure: a small
    clause ("found the regime guilty", "declared him a traitor") names who is judged; the subject of a
    that-clause under a demand or accusation ("demanded that the minister resign", "alleged the police beat
    him") is whom it is made of, a likely guess. Under a denial only an actor is ("denied that its troops had
    crossed the border"; "denied that prices rose" denies no one), else the one the clause's act was done to
    ("denied that it had hacked the ministry"); `named`: whether the actor stage resolved an actor at a token."""
    verb = match.token
    denial = match.cameo in patterns.codes.denial_codes

    def actor(token: Token) -> bool:
        return token.pos_ != "PRON" and _names_or_resolved(token, patterns, named)

    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        subjects = _naming_subjects(clause, patterns=patterns)
        if not subjects:
            continue
        if clause.pos_ in ("ADJ", "NOUN") and not any(c.dep_ in ("aux", "cop", "auxpass") for c in clause.children):
            return subjects, True
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        if denial:
            denied = [s for s in subjects if actor(s)] or [o for o in clause.children if o.dep_ == "dobj" and actor(o)]
            if denied:
                return denied, False
        elif match.cameo[:2] in patterns.root_groups.clause_targets:
            return subjects, False
    return [], False


def _condition_parties(verb: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """"will not call off the stoppage before the ministry pays", "will not lift the embargo unless Cuba reforms": who
    must act first, the subject (or a passive's agent) of the clause the act waits on, is whom it is aimed at."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i or not any(
                c.dep_ == "mark" and lemma_of(c) in patterns.roles.condition_marks for c in clause.children):
            continue
        parties = [s for s in _naming_subjects(clause, patterns=patterns) if s.pos_ in ("NOUN", "PROPN") and s.dep_ == "nsubj"]
        parties = parties or _agents(clause)
        if parties:
            return parties
    return []


def _content_subjects(match: TriggerMatch, targets: tuple[Token, ...], *, patterns: TriggerPatterns) -> list[Token]:
    """Whom an investigation, demand or accusation told by its content clause is about: the subject of "claims
    that two soldiers abused children" (a target noun's that-clause, or the act's own: "the demand that the
    army withdraw") or of "into whether the envoy was spied on" (a clause a preposition on the act opens)."""
    nouns = [t for t in targets if t.pos_ == "NOUN"] or ([] if match.is_verbal else [match.token])
    clauses = [c for t in nouns for c in t.children if c.dep_ in ("acl", "ccomp")
               and any(m.dep_ == "mark" and lemma_of(m) == "that" for m in c.children)]
    if not targets:
        holders = [match.token] + ([match.object_token] if match.object_token is not None else [])
        clauses += [c for holder in holders for prep in holder.children if prep.dep_ == "prep"
                    for c in prep.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")
                    and any(m.dep_ == "mark" and lemma_of(m) in ("whether", "if") for m in c.children)]
    return [s for c in clauses for s in _naming_subjects(c, patterns=patterns) if s.pos_ in ("NOUN", "PROPN")][:1]


def _is_infinitive_clause(clause: Token) -> bool:
    """A bare or "to" infinitive with a subject of its own, the small clause of "let", "allow", "help" ("allowed
    the airlines to land", "helped Nepal cope"); not a that-clause nor one with a modal ("said it would go")."""
    return clause.tag_ == "VB" and not any(
        c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.tag_ != "TO") for c in clause.children)


def _small_clause_subjects(verb: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """The subjects of a verb's infinitive small clauses ("allow UN workers to enter": the workers)."""
    return [s for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and _is_infinitive_clause(c)
            for s in _naming_subjects(c, patterns=patterns) if s.pos_ in ("NOUN", "PROPN")]


def _purpose_party(verb: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """Whom help is for when its own phrases name no one: the actor its purpose infinitive acts on ("donated
    ventilators to assist Ethiopia", "sent aid to help Nepal cope"), or one named in that infinitive's object
    ("gave funds to promote development in Ethiopia"); a noun of help's purpose is its infinitive clause
    ("new funding to fight the outbreak in East Africa")."""
    def names(token: Token) -> bool:
        return _names_actor(token, patterns) or (_resolved(token, named) and token.pos_ in ("NOUN", "PROPN"))

    # (the parser hangs a noun's purpose on the verb it is the object of: "announced funding to fight ...")
    holder = verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb
    for purpose in [*verb.children, *(holder.children if holder.i != verb.i else ())]:
        purposing = purpose.dep_ == "advcl" or (purpose.dep_ == "acl" and verb.pos_ == "NOUN")
        if not purposing or purpose.i < verb.i or not is_infinitive(purpose):
            continue
        objects = [c for c in purpose.children if c.dep_ in ("dobj", "dative")]
        found = [o for o in objects + _small_clause_subjects(purpose, patterns=patterns) if names(o)]
        found = found or [t for o in (purpose, *objects) for t in _prep_objects(o, patterns.roles.purpose_preps) if names(t)]
        if found:
            return found[:1]
    return []
