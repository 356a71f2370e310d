"""Whether a phrase names a participant, by its words or by what the actor stage resolved.

Role rules keep a phrase only when it names someone who can act or be acted on: a named state, body or person at
its head or in its left modifiers, a word for people ("the protesters"), a body of people ("the army"), a number
counting members ("dozens of activists"). `Named` is the actor stage's answer for a token, passed down so that a
rule can also take a phrase the actor dictionaries resolved though its words name no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.events.matching import MEASURE_ENTITIES, lemma_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.grammar import _OF, Named, _prep_objects

_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})  # entity kinds that name an actor
# Left modifiers through which a phrase names an actor ("Saudi Arabia's King", "an Armenian proposal").
_NAMING_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})


def _names_body(token: Token, patterns: TriggerPatterns) -> bool:
    """A word naming people or a body of them, or a phrase naming an actor: "police", "the army", "the
    Ethiopian army" (not "hospital arrest", "accusations of the dictatorship")."""
    lemma = lemma_of(token)
    actors = patterns.actors
    return token.pos_ in ("NOUN", "PROPN") and (
        lemma in actors.people_nouns or lemma in actors.agent_nouns or _is_named(token))


def _counts_someone(token: Token) -> bool:
    """"hundreds of banks", "dozens of activists": a number heading an "of" phrase counts its members."""
    return token.ent_type_ == "CARDINAL" and any(c.dep_ == "prep" and lemma_of(c) == "of" for c in token.children)


def _is_named(token: Token) -> bool:
    """A phrase naming a state, organisation, group or person by name, at its head or in its left modifiers."""
    return token.ent_type_ in _ACTOR_ENTS or any(
        c.dep_ in _NAMING_MODIFIERS and c.ent_type_ in _ACTOR_ENTS for c in token.lefts)


def _names_actor(token: Token, patterns: TriggerPatterns) -> bool:
    """A noun phrase that names a participant: a named actor at its head or in its left modifiers, or
    a word for people ("the protesters")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in MEASURE_ENTITIES:
        return False
    if lemma_of(token) in patterns.phrases.partitive_nouns:
        # "some districts of northern Mali", "a number of militia groups": the whole named by its "of"-phrase
        return any(_names_actor(t, patterns) for t in _prep_objects(token, _OF))
    return lemma_of(token) in patterns.actors.people_nouns or _is_named(token)


def _resolved(token: Token, named: Named) -> bool:
    """Whether the actor stage resolved an actor at `token` (`named`, as role_heads takes it; none: no)."""
    return named is not None and named(token)


def _names_or_resolved(token: Token, patterns: TriggerPatterns, named: Named) -> bool:
    """A phrase naming a participant by its words (_names_actor), or one the actor stage resolved."""
    return _names_actor(token, patterns) or _resolved(token, named)
