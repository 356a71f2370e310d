"""Roles of a verbal trigger: its subjects and objects, and the readings the parse leaves to rules.

`_verb_roles` takes the verb's subjects (subjects.py) and objects (direct, dative, prepositional, what a clause of
naming names), then: a participle used as an adjective ("the slain soldiers"), a participle on a thing someone acts
with ("released a report accusing the police"), a deed blamed on someone, a thing given beside whom it is given to, a
relative pronoun standing for its noun ("the envoy, who was expelled by Peru"), an act acted on aimed at who made it
("rejected the offer made by X"), a denial aimed at the accuser ("a claim Moscow denies"), a clause judged ("...,
which Japan condemned"), a weapon's wielder, for a passive killing with no one named whoever does the violence of
its clause, and a speaker going on ("said the report was biased and accused Uganda").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.events.matching import (
    MEASURE_ENTITIES,
    TriggerMatch,
    clause_verb,
    lemma_of,
    passive_infinitive,
    pronoun_of,
)
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.clauses import _embedded_targets
from eventscope.events.roles.doers import (
    _between,
    _by_after_places,
    _hyphened_agent,
    _hyphened_pair,
    _maker_of,
    _nominal_doers,
    _noun_agents,
    _stranded_actor,
    _stranded_noun_agents,
)
from eventscope.events.roles.grammar import (
    _OF,
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    _TIME_ENTS,
    _WITH,
    Named,
    RoleHeads,
    _agents,
    _headline_passive,
    _is_passive,
    _is_passive_clause,
    _possessors,
    _prep_objects,
    _with_conjuncts,
)
from eventscope.events.roles.naming import (
    _ACTOR_ENTS,
    _is_named,
    _names_actor,
    _names_body,
    _names_or_resolved,
    _resolved,
)
from eventscope.events.roles.subjects import _national_owners, subjects_of
from eventscope.events.roles.targets import _without_forum

# Links up from the noun a denial's "which" hangs on to the accusing verb ("accused X of laying mines on the side of
# the line, which Y denied": line, of, side, on, laying, of, accused).
_ACCUSATION_REACH = 8
# Links up from a clause deep in a speaker's words to the said clause (`_said_clause_above`: "said ... would not approve
# measures that raised prices and accused X": raised, measures, approve)
_SAID_CLAUSE_REACH = 4


def _thing_carrying_the_act(verb: Token, sources: list[Token], patterns: TriggerPatterns) -> list[Token]:
    """"issued statements praising the plan", "released a report accusing the police": a participle on a thing
    (no actor) that someone's verb acts with is done by that verb's subject (session 38: so is a participle joined to
    it, "a statement defending the plan and criticizing its foes")."""
    first = verb
    while first.dep_ == "conj" and first.tag_ == "VBG" and first.head.tag_ == "VBG" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "acl" or first.tag_ != "VBG" or len(sources) != 1 or sources[0].i != first.head.i:
        return sources
    thing = first.head
    if thing.dep_ != "dobj" or thing.head.pos_ != "VERB" or _names_actor(thing, patterns) or thing.pos_ != "NOUN":
        return sources
    return subjects_of(thing.head, patterns=patterns) or sources


def _attributive_roles(match: TriggerMatch) -> RoleHeads:
    """"the slain soldiers": the noun a past participle modifies undergoes the act, done by no one named;
    "the fleeing army": the noun a present participle modifies does it, to its objects."""
    verb, noun = match.token, match.token.head
    if verb.tag_ != "VBG":
        return RoleHeads((), tuple(_with_conjuncts([noun])))
    targets = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + _prep_objects(verb, match.pattern.target_preps)
    return RoleHeads(tuple(_with_conjuncts([noun])), tuple(_with_conjuncts(targets)))


def _verb_roles(match: TriggerMatch, patterns: TriggerPatterns, named: Named = None) -> RoleHeads:
    verb = match.token
    pattern = match.pattern
    if match.attributive:
        return _attributive_roles(match)
    if _headline_passive(match, patterns=patterns):
        return RoleHeads((), tuple(_with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"])))
    if passive_infinitive(verb, patterns.phrases.passive_infinitives):
        # "the rebels were to blame": they are the ones blamed; who blames them is the speaker, if any
        return RoleHeads((), tuple(_with_conjuncts([c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS])))
    sources = [] if _judged_plan(verb, patterns) else _with_conjuncts(
        _thing_carrying_the_act(verb, subjects_of(verb, patterns=patterns), patterns))
    sources = [doer for source in sources for doer in (_wielders(source, patterns, named) or [source])]
    if len(sources) == 1 and (match.cameo[:2] in patterns.root_groups.violent
                              or match.cameo[:2] in patterns.root_groups.state_acts):
        sources = _reported_relative_antecedent(verb, sources[0], patterns) or sources
    if sources and (not any(_names_or_resolved(s, patterns, named) for s in sources) or _after_a_passive(verb)):
        sources = _speaker_going_on(verb, patterns, named, match.cameo) or sources
    passive = _is_passive_clause(verb, patterns=patterns)  # (asked up to seven times below: each walks the verb's children)
    if not sources:
        sources = _stranded_actor(verb, patterns, named)
    if not sources and verb.dep_ == "amod":
        sources = _hyphened_agent(verb, patterns, named)  # "Iranian-backed militias": Iran backs them
    if not sources and passive and match.cameo[:2] in patterns.root_groups.violent:
        sources = _with_conjuncts(_violence_of_clause(verb, patterns, named))
    if not sources and passive and match.cameo[:2] in patterns.root_groups.deployments and not _agents(verb):
        # "2,000 Russian soldiers were deployed": forces sent by no one named act for their own country
        sources = [c for c in verb.children if c.dep_ == "nsubjpass" and pronoun_of(c) not in patterns.pronouns.actors
                   and c.pos_ in ("NOUN", "PROPN") and (_names_body(c, patterns) or _resolved(c, named))]
    if not sources and passive and not _agents(verb) and lemma_of(verb) in patterns.roles.called_to_verbs:
        # "the envoy was summoned to the foreign ministry": the body called to summoned (not a city: "summoned to
        # Paris" calls an envoy home)
        sources = [t for t in _prep_objects(verb, frozenset({"to"})) if t.ent_type_ != "GPE" and _names_or_resolved(t, patterns, named)]
    targets: list[Token] = []
    if passive:
        targets += [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
        if verb.dep_ == "acl" and not targets:
            # "talks mediated by Qatar", "a swap brokered by Turkey": a go-between acts on the parties of the act it
            # eased, not on the act
            mediated = _mediated_parties(verb.head, patterns=patterns) if match.cameo in patterns.roles.mediation_codes else []
            targets += mediated or [verb.head]
        if verb.dep_ == "conj" and not targets and verb.head.pos_ in ("VERB", "AUX") and not _stranded_subject(verb):
            # (session 20) "the rebels attacked the town and were condemned by the UN": a passive joined to an earlier
            # verb with no subject of its own acts on that verb's subject (not when a name stands right before its
            # auxiliary: "talks ended after envoy A B was detained", _stranded_subject)
            targets += [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
                        and c.dep_ != "expl" and c.i < verb.i]
    preps = pattern.target_preps | ({pattern.particle_prep} if pattern.particle_prep else set())
    if match.object_token is not None:
        # "imposed sanctions on Iran": the prepositions of the verb and of its object name the target;
        # "released 37 prisoners": with none, the object itself is acted on.
        obj = match.object_token
        # ("lent Belarus two billion dollars": a dative names whom the object goes to)
        aimed = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
        if match.prep_token is not None and obj.head.i == match.prep_token.i:
            # "asked the descendants for forgiveness": with the object on the closing preposition, the verb's own
            # direct object is whom the act is aimed at
            aimed += [c for c in verb.children if c.dep_ == "dobj" and c.i != obj.i]
        # (session 22) "designated the militia a terrorist group": of two objects, the first is who is so named
        # (or the label, an indefinite noun, hung on the first as its apposition: "designated the group X in Chad a
        # terrorist organisation"; not "sending counselors, not officers")
        named_first = [c for c in verb.children if c.dep_ == "dobj" and c.i < obj.i and c.pos_ in ("NOUN", "PROPN")
                       ] if obj.dep_ in ("dobj", "oprd") else [obj.head] if (
            obj.dep_ == "appos" and obj.head.dep_ == "dobj" and obj.head.head.i == verb.i
            and any(c.dep_ == "det" and lemma_of(c) in ("a", "an") for c in obj.children)) else []
        aimed += named_first + _prep_objects(verb, preps) + _prep_objects(obj, preps)
        if not named_first and (_acted_on_object(match, patterns, aimed) or _owned_object(match, patterns, aimed, named)):
            # "released prisoners on humanitarian grounds": the people, not the grounds; a thing no word of its own
            # names, acted on as its possessor's ("rejected the UN expert's report on evictions", "searched the
            # ambassador's residence"), stands for its owner
            targets += [obj] if _is_named(obj) else (_owners(obj, patterns, named) or [obj])
        else:
            targets += aimed
            maker = None if passive else _agent_of_act_object(obj, patterns)
            if maker is not None:
                # (session 33) "blocked the takeover of the airline by a Chinese firm": the act acted on is aimed at
                # whose act it is, not at what that act is done to
                patients = set(_prep_objects(obj, _OF))
                targets = [t for t in targets if t not in patients] + [maker]
            # ((session 35) or one the actor stage resolved that the parser tagged as no name: "left the regional bloc
            # ECOWAS", the pattern's own object word)
            if not targets and (lemma_of(obj) in patterns.actors.people_nouns or obj.ent_type_ in _ACTOR_ENTS
                                or obj.pos_ == "PROPN" and _resolved(obj, named)) and not _names_the_act(match, patterns):
                targets.append(obj)
            if not targets and (patterns.candidates(lemma_of(obj), "noun") or lemma_of(obj) in patterns.roles.intent_nouns
                                or lemma_of(obj) in patterns.roles.charge_nouns):
                # "accepted demands from the farmers": an act acted on is aimed at who made it; "accepted the
                # government's offer", "rejected their plan": whose it is; "rejected the claims by Kyiv", "denied the
                # council's claim": a charge denied is aimed at who made it
                maker = _maker_of(obj, lambda t: _names_or_resolved(t, patterns, named), patterns=patterns)
                targets += [maker] if maker is not None else _owners(obj, patterns, named)
    else:
        targets += _objects_given(verb, patterns, named)
        if not targets and match.cameo[:2] in patterns.root_groups.judgements:
            targets += _what_it_called(verb, patterns)
        if match.prep_token is not None:
            targets += [g for g in match.prep_token.children if g.dep_ in ("pobj", "pcomp")]
            if match.prep_token.dep_ == "mark":
                # "called for the king to resign": the one called on to act is the clause's subject
                targets += [c for c in match.prep_token.head.children if c.dep_ == "nsubj"]
        targets += _prep_objects(verb, preps, exclude=match.prep_token)
    judged = (_judged_clause_doers(verb, patterns=patterns) if match.cameo[:2] in patterns.root_groups.deed_judgements else []) \
        or _denied_accusers(verb, patterns)
    if judged:
        targets = judged + [t for t in targets if lemma_of(t) not in patterns.roles.wh_words]
    elif verb.dep_ == "relcl" and any(lemma_of(c) in patterns.roles.wh_words and c.dep_ in ("dobj", "pobj") for c in verb.subtree):
        targets.append(verb.head)
    targets = [t for t in targets if t.pos_ not in ("VERB", "AUX") or t.dep_ == "pobj"]
    targets = _without_forum(match, targets, patterns, named)
    targets = _deed_put_on(verb, targets, patterns, named)
    # (a passive relative clause with no doer, "who had been repressed", says what its noun went through before: no
    # new act to code on its own)
    targets = [_antecedent(t, patterns, named) for t in targets] if sources else targets
    if not passive:
        targets = _misplaced_agents(verb, targets, patterns)
    if not targets and not passive:
        targets = _embedded_targets(verb, patterns)
    if not targets and passive:
        # (not with its conjuncts: the parser that stranded it made them too, "founder and leader A B")
        return RoleHeads(tuple(sources), tuple(_stranded_subject(verb)))
    return RoleHeads(tuple(sources), tuple(_with_conjuncts(targets)))


def _mediated_parties(act: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """The parties of an act a go-between eased: those it is "between" ("talks between Chad and Sudan, mediated by
    Qatar"), else the subject of the verb it is the object or an adjunct of ("A and B signed a deal brokered by Turkey",
    "delegates met for talks mediated by Norway")."""
    between = _between(act) or _hyphened_pair(act)
    if between:
        return between
    holder = act.head if act.dep_ == "dobj" else act.head.head if act.dep_ == "pobj" else None
    return subjects_of(holder, patterns=patterns) if holder is not None and holder.pos_ in ("VERB", "AUX") else []


def _judged_clause_doers(verb: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """"North Korea fired a missile on Sunday, which Japan condemned", "Iran seized a tanker, a move that London
    denounced": a "which" or "that" judged whose noun is a time or a word for a deed (roles.yaml
    clause_antecedents), or that the parser hung on no noun, stands for the clause before it; its doer is judged."""
    if verb.dep_ not in ("relcl", "advcl") or not any(
            c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in patterns.roles.clause_pronouns for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "relcl":
        if head.ent_type_ not in _TIME_ENTS and lemma_of(head) not in patterns.roles.clause_antecedents:
            return []
        head = clause_verb(head)  # up from the noun to the verb of its clause
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return []
    return [c for c in head.children if c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]


def _set_after_clause(noun: Token) -> bool:
    """Whether a noun is set after the clause it hangs on, past a comma: in apposition ("..., a claim Moscow denies"),
    or read as the clause's object ("Kyiv says Russia deported the children, a charge which Moscow dismisses")."""
    if noun.dep_ in ("appos", "npadvmod"):
        return True
    before = noun.left_edge.i - 1
    return noun.head.i < noun.i and before > noun.sent.start and noun.doc[before].text == ","


def _denied_accusers(verb: Token, patterns: TriggerPatterns) -> list[Token]:
    """"Bangkok accused Phnom Penh of laying mines, which Cambodia denied", "blamed the army for the massacre, which
    the army denies": a denial (roles.yaml denial_verbs) whose "which" or "that" hangs on a noun or clause inside an
    accusation told before it in its sentence (a verb of charge_codes, CAMEO 11) denies that accusation, and is aimed
    at whoever made it: the accusing verb's subject. So is one (roles.yaml charge_answers) of a charge noun set after
    the clause that makes it ("..., a claim Moscow denies"): at the main clause's subject."""
    head = verb.head
    if (lemma_of(verb) in patterns.roles.charge_answers and verb.dep_ == "relcl" and lemma_of(head) in patterns.roles.charge_nouns
            and _set_after_clause(head) and not any(c.dep_ == "dobj" and lemma_of(c) not in patterns.roles.clause_pronouns
                                                               for c in verb.children)):
        # "Kyiv says Russian troops shelled a hospital, a claim Moscow denies": the charge set after the clause that
        # makes it was made by the main clause's subject
        root = verb.sent.root
        return [s for s in subjects_of(root, patterns=patterns) if s.pos_ in ("NOUN", "PROPN")] if root.pos_ in ("VERB", "AUX") else []
    if lemma_of(verb) not in patterns.roles.denial_verbs or verb.dep_ != "relcl" or not any(
            c.dep_ == "dobj" and lemma_of(c) in patterns.roles.clause_pronouns for c in verb.children):
        return []
    for _ in range(_ACCUSATION_REACH):
        if head.i >= verb.i:
            return []
        if head.pos_ in ("VERB", "AUX") and any(p.root in patterns.roles.charge_codes and not p.extra and not p.objects
                                                for p in patterns.candidates(lemma_of(head), "verb")):
            return [s for s in subjects_of(head, patterns=patterns) if s.pos_ in ("NOUN", "PROPN")]
        if head.head.i == head.i:
            return []
        head = head.head
    return []


def _deed_put_on(verb: Token, targets: list[Token], patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"blamed the bombing of the hotel on the rebels", "blamed the killing of the journalist on the police": beside a
    phrase naming whom a verb of blaming puts a deed on (roles.yaml culprit_verbs, culprit_preps; the parser hangs it on
    the verb or on the deed), the deed, its object, is no target: its victims are not the ones blamed. (Only verbs
    of blaming: "denounced the crackdown on students" aims the crackdown at them.)"""
    deeds = [t for t in targets if t.dep_ == "dobj" and t.head.i == verb.i and t.pos_ == "NOUN"]
    if not deeds or lemma_of(verb) not in patterns.roles.culprit_verbs:
        return targets
    culprits = [o for h in (verb, *deeds) for o in _prep_objects(h, patterns.roles.culprit_preps)
                if _names_or_resolved(o, patterns, named)]
    if not culprits:
        return targets
    return [t for t in targets if t not in deeds] + [c for c in culprits if c not in targets]


def _objects_given(verb: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """A verb's objects as targets: "offered the US an armored regiment", "sent Kyiv 300 tanks": beside a dative naming
    a party, the direct object is what is given or sent, no party (alone it stays: "expelled two diplomats")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
    datives = [next((o for o in d.children if o.dep_ == "pobj"), d) if d.pos_ == "ADP" else d
               for d in objects if d.dep_ == "dative"]
    if any(_names_or_resolved(d, patterns, named) for d in datives):
        return [o for o in objects if o.dep_ == "dative"]
    return objects


def _antecedent(token: Token, patterns: TriggerPatterns, named: Named) -> Token:
    """"the envoy, who was expelled by Peru": a relative pronoun acted on in its clause stands for the noun the
    clause is about, when that noun names an actor ("images that were released by the navy" frees no one)."""
    clause = token.head
    if (lemma_of(token) in patterns.roles.wh_words and token.tag_ in ("WDT", "WP") and clause.dep_ == "relcl"
            and clause.head.i < token.i and _names_or_resolved(clause.head, patterns, named)):
        return clause.head
    return token


def _judged_plan(verb: Token, patterns: TriggerPatterns) -> bool:
    """"Poland condemned the decision to invade", "welcomed the plan to withdraw": a plan no one owns that a verb
    of judging (its bare patterns all disapprove, reject or praise) is about is someone else's, not the judge's."""
    noun = verb.head
    if verb.dep_ != "acl" or lemma_of(noun) not in patterns.roles.intent_nouns or noun.dep_ != "dobj" or any(
            c.dep_ == "poss" for c in noun.children) or _national_owners(noun):
        return False
    bare = [p for p in patterns.candidates(lemma_of(noun.head), "verb") if not p.extra and not p.objects]
    return bool(bare) and all(p.root in patterns.root_groups.judgements or p.cameo in patterns.roles.plan_judging_codes for p in bare)


def _what_it_called(verb: Token, patterns: TriggerPatterns) -> list[Token]:
    """"condemned what it called Israel's seizure of the land", "denounced what it described as aggression": the
    object of a verb with none of its own is what the clause of naming below it names ("what" its object)."""
    namings = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
               and lemma_of(c) in patterns.phrases.calling_verbs
               and any(lemma_of(o) == "what" and o.dep_ == "dobj" for o in c.children)]
    named = [c for n in namings for c in n.children if c.dep_ in ("oprd", "attr") and c.i > n.i]
    return named + [g for n in namings for c in n.children if c.dep_ == "prep" and lemma_of(c) == "as"
                    for g in c.children if g.dep_ == "pobj"]


def _acted_on_object(match: TriggerMatch, patterns: TriggerPatterns, aimed: list[Token]) -> bool:
    """Whether a trigger's own object names the people acted on rather than the phrases `aimed` by its
    prepositions: a named one ("summoned an Indian diplomat to its ministry") or any beside phrases naming no
    actor ("released prisoners on humanitarian grounds"); forces or help sent are only what moves ("sent troops
    to Iraq"), so where they go stays the target."""
    obj = match.object_token
    if obj is None:
        return False
    if lemma_of(match.token) in patterns.roles.helping_verbs:
        return True  # "evacuated foreign nationals from Sudan", "trained Ukrainian soldiers": the people are helped
    if match.cameo[:2] in patterns.root_groups.deployments:
        return False
    if not (lemma_of(obj) in patterns.actors.people_nouns or obj.ent_type_ in _ACTOR_ENTS):
        return False
    if _names_the_act(match, patterns):
        return False
    return _is_named(obj) or not any(_names_actor(t, patterns) for t in aimed)


def _agent_of_act_object(obj: Token, patterns: TriggerPatterns) -> Token | None:
    """(session 33) Who does an act noun that is an active verb's own (pattern) object, named in its by-phrase
    (`_nominal_doers`: on the noun, on its participle or where the parser stranded it, "blocked the takeover of X by
    Y")."""
    if not (patterns.candidates(lemma_of(obj), "noun") or lemma_of(obj) in patterns.roles.intent_nouns):
        return None
    return next((doer for doer in _nominal_doers(obj, patterns) if doer.ent_type_ not in MEASURE_ENTITIES), None)


def _reported_relative_antecedent(verb: Token, subject: Token, patterns: TriggerPatterns) -> list[Token]:
    """(session 33) "separatists, who India says have attacked its diplomats": the parser hangs the relative pronoun
    in the clause reported under a relative clause of saying; it stands for that clause's noun ("extremist elements",
    whoever they are). Kept to acts of force or coercion (the caller): a reading for every act coded pairs no one
    matched."""
    said = verb.head
    if not (verb.dep_ == "ccomp" and said.dep_ == "relcl" and subject.dep_ == "nsubj" and subject.head.i == verb.i
            and subject.tag_ in ("WP", "WDT") and lemma_of(subject) in patterns.roles.wh_words and subject.i < said.i):
        return []
    noun = said.head
    return _with_conjuncts([noun]) if noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in MEASURE_ENTITIES else []


def _names_the_act(match: TriggerMatch, patterns: TriggerPatterns) -> bool:
    """(session 29) Whether a trigger's own object is a noun of the act the trigger tells ("voiced opposition to the
    nominee", "voiced strong opposition"): a word for people as well ("the opposition"), it is no party here."""
    obj = match.object_token
    return obj is not None and any(p.root == match.cameo[:2] for p in patterns.candidates(lemma_of(obj), "noun"))


def _owned_object(match: TriggerMatch, patterns: TriggerPatterns, aimed: list[Token], named: Named = None) -> bool:
    """Whether a trigger's own object is a thing whose nationality word or possessor names whose it is, beside
    phrases `aimed` by its prepositions that name no actor ("rejected the Armenian proposal on a new format",
    "rejected the prime minister's deal on fishing", "rejected the UN expert's report on evictions"): the owner is
    acted on, not what the thing is about."""
    obj = match.object_token
    if obj is None or match.cameo[:2] in patterns.root_groups.deployments or not aimed:
        return False
    return (_is_named(obj) or bool(_owners(obj, patterns, named))) and not any(_names_actor(t, patterns) for t in aimed)


def _wielders(thing: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"The shells fired by the army struck", "a bomb planted by rebels killed": a thing doing an
    act, which a participle says someone used, is their weapon; they act. (Not "the governor's office
    declined": an office is a body; nor "a bombing by X killed": an act keeps its own phrase, which holds X.)"""
    if thing.pos_ != "NOUN" or _names_or_resolved(thing, patterns, named) \
            or patterns.candidates(lemma_of(thing), "noun"):
        return []
    doers = [a for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _agents(c)]
    return [d for d in doers if d.ent_type_ not in MEASURE_ENTITIES and d.pos_ in ("NOUN", "PROPN", "PRON")]


def _violence_of_clause(verb: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"Two guards were killed when militants launched a raid", "civilians were killed as government forces shelled
    the town": a killing told in the passive with no one named doing it is done by whoever does the armed act
    of its when/as/after clause (not by the subject of any clause: "were arrested after they stormed the hall"),
    or by the other side of the fighting it happened in ("were killed in clashes with the army"), or by who did the
    armed act it happened in ("were killed in an attack by rebels")."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or _is_passive(clause):
            continue
        if not {lemma_of(c) for c in clause.children if c.dep_ in ("mark", "advmod")} & patterns.roles.cause_marks:
            continue
        acts = [clause] + [c for c in clause.children if c.dep_ == "dobj"]
        if not any(patterns.roots(lemma_of(act), "verb" if act is clause else "noun") & patterns.root_groups.violent for act in acts):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and all(_names_or_resolved(c, patterns, named) for c in subjects):
            return subjects
    # "were killed in clashes with the army": the other side of the fighting
    for fight in _prep_objects(verb, patterns.roles.setting_preps):
        if patterns.roots(lemma_of(fight), "noun") & patterns.root_groups.violent:
            others = [t for t in _prep_objects(fight, _WITH)
                      if _names_or_resolved(t, patterns, named)]
            # "were killed in an attack by al-Shabaab militants", "in Russia's shelling of the city": its doer
            doers = [t for t in _possessors(fight) + _noun_agents(fight) + _stranded_noun_agents(fight, patterns)
                     if _names_or_resolved(t, patterns, named)]
            if others or doers:
                return others or doers
    return []


def _stranded_subject(verb: Token) -> list[Token]:
    """"after leader A B was captured by Turkey", parsed with the name hung on an earlier noun: a passive
    with no subject of its own, whose auxiliary opens it right after a name or noun outside it, has that
    word as its subject."""
    aux = [c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.i < verb.i]
    if not aux or verb.dep_ not in ("conj", "advcl", "ccomp", "ROOT") or aux[0].i != verb.left_edge.i:
        return []
    before = verb.doc[aux[0].i - 1] if aux[0].i > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.ent_type_ in MEASURE_ENTITIES:
        return []
    return [before]


def _misplaced_agents(verb: Token, targets: list[Token], patterns: TriggerPatterns) -> list[Token]:
    """"resisting mediation by a priest", "condemned the demolition of homes by the army": an act acted on whose
    by-phrase the parser hung elsewhere is aimed at who does it, in its stead (not at those it was done to); where the
    act went, hung on the verb before that by-phrase, is no target either ("condemned the deportation of activists to
    Belarus by Lithuanian police")."""
    found: list[Token] = []
    places: set[int] = set()
    for target in targets:
        doers = _stranded_noun_agents(target, patterns) if target.dep_ == "dobj" and patterns.candidates(
            lemma_of(target), "noun") else []
        if doers:
            places |= {t.i for t in _by_after_places(target, patterns)[1]}
        found += doers or [target]
    return [t for t in found if t.i not in places]


def _owners(noun: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """The possessors of a plan or an act that name an actor ("the union's demand", "Kenya's offer"); not a
    pronoun, as often the actor's own ("gave Ukraine its backing")."""
    return [c for c in _possessors(noun) if c.pos_ != "PRON" and _names_or_resolved(c, patterns, named)]


def _after_a_passive(verb: Token) -> bool:
    """(session 29) "said the arrested men had been paid by Moscow and accused Russia of spying": an active verb with an
    object of its own, joined to a passive, does not share the passive's subject, the one acted on."""
    return verb.dep_ == "conj" and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children) and not any(c.dep_ == "auxpass" for c in verb.children)


def _speaker_going_on(verb: Token, patterns: TriggerPatterns, named: Named, cameo: str = "") -> list[Token]:
    """(session 22) "The spokesman said the report was biased and accused Uganda of lying": a verb the parser joined
    to what a speaker said, whose shared subject there names no one ("the report"), goes on with the speaker's own
    clause: the speaker acts (a thing said to be biased accuses no one). (session 32) So does a speech act aimed at
    someone that the parser joined to a clause inside the speaker's words (`_said_clause_above`)."""
    if verb.dep_ != "conj":
        return []
    head = verb.head
    said = head if head.dep_ == "ccomp" and lemma_of(head.head) in patterns.attribution.speech_verbs \
        else _said_clause_above(verb, patterns, cameo, named)
    if said is None:
        return []
    speakers = [c for c in said.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < said.i]
    return [t for t in _with_conjuncts(speakers) if _names_or_resolved(t, patterns, named)]


def _said_clause_above(verb: Token, patterns: TriggerPatterns, cameo: str, named: Named = None) -> Token | None:
    """(session 32) "said the men had been paid for jobs that no longer exist and accused Serbia", "said Dakar would
    close the border until order was restored and urged the officers to return": the parser joins the speaker's next
    verb to the last one in the speaker's words, a relative or adverbial clause there whose subject names no one. Only
    a speech act (roots.yaml speech_acts) with an object of its own is so taken back to the speaker: the content
    clause of the verb of saying it goes on from, or None. (A deed joined so, "said the rebels attacked the town that
    the army held and killed ten", stays with the clause; session 30 took every verb back and coded a false event.)"""
    clause = verb.head
    if clause.dep_ not in ("relcl", "advcl") or cameo[:2] not in patterns.root_groups.speech_acts \
            or not any(c.dep_ == "dobj" and _names_or_resolved(c, patterns, named) for c in verb.children):
        return None
    for _ in range(_SAID_CLAUSE_REACH):
        clause = clause.head
        if clause.dep_ == "ccomp" and clause.pos_ in ("VERB", "AUX") \
                and lemma_of(clause.head) in patterns.attribution.speech_verbs:
            return clause
        if clause.dep_ not in ("dobj", "pobj", "prep") or clause.head.i == clause.i:
            return None
    return None
