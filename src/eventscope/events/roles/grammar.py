"""The parse's shapes every role rule asks about, and the record the rules return.

RoleHeads is what the rules give the actor stage: the head tokens of the source and target phrases. The helpers here
read one construction of the dependency parse each, with no view of who is an actor: whether a verb is passive (also
a shared or reduced passive, a headline's bare participle), its by-agents, the objects of given prepositions, a
possessor, the conjuncts of a phrase (never a name that is the subject of a later verb the parser left without one),
the subjects of a clause. They live apart so that every later module reads the parse the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from eventscope.events.matching import MEASURE_ENTITIES, TriggerMatch, headline_passive_subjects, lemma_of
from eventscope.events.patterns import TriggerPatterns

# Whether the actor stage resolved an actor at a token (ActorPicker.is_actor); None: it was not asked.
Named = Callable[[Token], bool] | None

_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
_NATIONAL_ENTS = frozenset({"GPE", "NORP", "ORG"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_OF = frozenset({"of"})  # the preposition of a part, an owner or a doer ("access of aid workers")
_WITH = frozenset({"with"})  # the preposition of a partner or of the other side ("clashed with police")
_BY = frozenset({"by"})  # the preposition of a doer ("the attack by rebels")
# Pre-modifiers that belong to a role phrase's words.
_PREMODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct", "predet"})
# Tags of finite verbs (a clause verb that should have a subject of its own: doers.py _STRANDING_DEPS).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# What closes a sentence (a headline or caption has none).
_CLOSING_STOPS = (".", "!", "?", "\u201d", '"')


@dataclass(frozen=True, slots=True)
class RoleHeads:
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    # True when no pattern gave a target and it was searched for below the trigger (`_fallback_targets`):
    # a likelier guess than none, but weaker evidence that this is the sentence's main event
    inferred_target: bool = False


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        # (a subject stranded on an earlier list, "... the deal and Belgium refused", lists only what follows it)
        stranded = _verb_stranded_after(token) is not None
        for t in (token, *token.conjuncts):
            if t not in out and t.dep_ not in ("cc", "punct") and (t.i == token.i or _verb_stranded_after(t) is None) \
                    and not (stranded and t.i < token.i):
                out.append(t)
    return out


def _verb_stranded_after(noun: Token) -> Token | None:
    """"Slovakia threatened to veto the deal and Belgium refused to sign": a name the parser hung as a conjunct on an
    earlier verb's object, right before a finite verb joined to an earlier one with no subject of its own (past its
    auxiliaries and adverbs), is that verb's subject, no item of the earlier noun's list; the verb, else None."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("NOUN", "PROPN") \
            or noun.head.dep_ != "dobj":
        return None  # (an object's list only: "tensions between A and B exploded" has its subject before)
    doc, i = noun.doc, noun.i + 1
    while i < len(doc) and doc[i].dep_ in ("aux", "neg", "advmod") and doc[i].head.i > i:
        i += 1
    verb = doc[i] if i < len(doc) else None
    if verb is None or verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS or verb.head.i > noun.i \
            or any(c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    return verb


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _reduced_passive(verb) \
        or _shared_passive(verb)


def _is_passive_clause(verb: Token, *, patterns: TriggerPatterns) -> bool:
    """_is_passive, but for a clause's own verb the parser hung on its subject as a participle (`_misread_promise`)."""
    return _is_passive(verb) and not _misread_promise(verb, patterns=patterns)


def _misread_promise(verb: Token, *, patterns: TriggerPatterns) -> bool:
    """(session 33) "Thailand's foreign minister offered in September to host talks": a verb whose subject does what
    its infinitive says (roles.yaml subject_control_verbs), hung as a participle on the sentence's root noun with a
    to-infinitive after it, is the sentence's verb misread: its noun acts. Not in a line with no closing stop (a
    headline drops a passive's auxiliary: "Migrants offered to go home"), nor with a doer of its own."""
    head = verb.head
    # (session 38) also a noun the parser joined to an earlier clause's verb ("X have met Y, and Thailand's minister
    # offered to host talks"): a noun is no conjunct of a verb, it is the subject of a clause of its own
    clause_head = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i)
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and clause_head and head.pos_ in ("NOUN", "PROPN")
            and lemma_of(verb) in patterns.roles.subject_control_verbs and not _agents(verb)
            and any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                    and any(a.dep_ == "aux" and lemma_of(a) == "to" for a in c.children) for c in verb.children)
            and verb.sent.text.rstrip().endswith(_CLOSING_STOPS))


def _shared_passive(verb: Token) -> bool:
    """"the leader was arrested and charged by police": a participle joined to a passive, with no auxiliary, subject or
    object of its own, shares its auxiliary (session 20)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children)


def _reduced_passive(verb: Token) -> bool:
    """"the convoy attacked by rebels": a participle after a noun. One with an object of its own is the
    clause's verb misread ("The leader of the party, A B, condemned the attack"): its noun acts. So does one with no
    doer of its own after a name set off by commas on the sentence's root noun ("Malaysia's special envoy, Farid
    Rahman, shuttled between the two delegations", session 21)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    head = verb.head
    return not (head.dep_ == "ROOT" and not _agents(verb)
                and any(c.dep_ == "appos" and head.i < c.i < verb.i for c in head.children))


def _headline_passive(match: TriggerMatch, *, patterns: TriggerPatterns) -> bool:
    """"Opposition leader detained ahead of rally", "Two soldiers killed near Gao": a headline's passive with no
    auxiliary (matching.headline_passive_subjects) of an act done to someone (ontology roots: undergone): its
    subject is the one acted on. A headline tells an act in the present ("Police detain ..."), and "Protesters
    marched" is no act done to them."""
    return match.cameo[:2] in patterns.root_groups.undergone and bool(headline_passive_subjects(match.token))


def _agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _prep_objects(token: Token, preps: frozenset[str], exclude: Token | None = None) -> list[Token]:
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and lemma_of(child) in preps and (exclude is None or child.i != exclude.i):
            found += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
    return found


def _possessors(noun: Token) -> list[Token]:
    """The possessors of a noun that may be actors ("Israel's raids"; not a date's or a number's)."""
    return [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in MEASURE_ENTITIES]


def _naming_subjects(clause: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """The subjects of a clause that name someone (not "it is clear that", "there were")."""
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
            and lemma_of(c) not in patterns.roles.empty_subjects]
