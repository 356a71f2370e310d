"""Roles of a nominal or adjectival trigger ("Russia's invasion", "sanctions imposed by X", "X is skeptical of Y").

A noun's doer is its possessor, national modifier, hyphened leader ("a Saudi-led offensive"), by- or from-phrase, or
the subject of the light verb that carries it ("Macron hosted a UN summit"); its target an of-phrase, a prepositional
object, the person it possesses ("the senator's arrest") or the subject of a verb of undergoing ("Obama faced
criticism"); a state someone is in or moved by ("was stung by criticism from farmers") is theirs; an act told as a
clause's setting ("after talks with Putin, Macron said") is the clause subject's with the other party. An adjective
trigger takes its copula's subject and its preposition's object or its clause's parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.events.matching import MEASURE_ENTITIES, TriggerMatch, lemma_of, pronoun_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.clauses import _embedded_targets, _feeling_clause_subjects
from eventscope.events.roles.doers import (
    _between,
    _hyphened_agent,
    _hyphened_pair,
    _nominal_doers,
    _noun_agents,
    _stranded_actor,
)
from eventscope.events.roles.grammar import (
    _BY,
    _NATIONAL_ENTS,
    _OF,
    _PASSIVE_SUBJECT_DEPS,
    _TIME_ENTS,
    _WITH,
    Named,
    RoleHeads,
    _agents,
    _possessors,
    _prep_objects,
    _with_conjuncts,
)
from eventscope.events.roles.naming import _names_body, _names_or_resolved, _resolved
from eventscope.events.roles.subjects import subjects_of
from eventscope.events.roles.targets import _without_forum


def _noun_sources(noun: Token, target_preps: frozenset[str], patterns: TriggerPatterns,
                  named: Named = None, carriers: list[Token] | None = None) -> list[Token]:
    """Who does a nominal act: its possessor; a by-phrase or a from-phrase ("criticism from the U.N.") that
    names it outright; the actor subject of the light verb carrying it (`carriers`: "Macron hosted a UN summit",
    "Kushner attends a Cabinet meeting"); a national or named modifier (an entity, or a name `named` says the
    actor stage resolved: "the ISIS massacre"; not a word for people: "a cabinet meeting"); a participle's agent;
    the owner of the noun it is the of-object of."""
    sources = _possessors(noun)
    if not sources and carriers:
        # (not a participle's agent: "granted the order sought by the union" is the granter's order)
        sources = _prep_objects(noun, _BY) or _origins(noun, target_preps, patterns, named) or carriers
    if not sources and noun.dep_ == "ROOT" and any(c.dep_ == "dobj" and c.i > noun.i for c in noun.children):
        # "Kenyan police arrest opposition leader": a headline's verb the parser took for a root noun (it has an
        # object) acts through the noun it took for a modifier or a subject, its subject
        sources = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                   and c.ent_type_ not in MEASURE_ENTITIES]
    if not sources and (noun.dep_ == "ROOT" or noun.dep_ == "nsubj" and noun.left_edge.i == noun.sent.start
                        and noun.sent[0].pos_ != "DET"):
        # "Kenyan police fire tear gas at protesters": a headline's verb the parser took for a modifier of the act
        # noun, its subject for that modifier's own modifier; the people or body named there act (session 36: also
        # when the parser makes the act noun, opening a headline with no article, the subject of a clause after it:
        # "... at protesters as fuel tax anger spreads")
        sources = [g for c in noun.children if c.i < noun.i and c.dep_ == "compound"
                   for g in c.children if g.i < c.i and g.dep_ in ("compound", "nsubj") and _names_body(g, patterns)]
    if not sources:
        sources = [
            c for c in noun.children
            if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")
            and (c.ent_type_ in _NATIONAL_ENTS or (c.pos_ == "PROPN" and _resolved(c, named)))
        ]
    if not sources:
        sources = _leaders(noun, patterns, named)
    if not sources:
        sources = _nominal_doers(noun, patterns)
    partitive = _partitive_head(noun, patterns)
    if not sources and partitive is not None:
        # "a wave of arrests by the police", "Israel's series of raids": the counting noun holds the doer
        sources = _possessors(partitive) or _noun_agents(partitive)
    if not sources:
        sources = _origins(noun, target_preps, patterns, named)
    if not sources and noun.dep_ == "pobj" and lemma_of(noun.head) == "of" and noun.head.head.pos_ == "NOUN":
        # "Mr. Trump's announcement of sanctions": whose announcement it is
        sources = _possessors(noun.head.head)
    return sources


def _leaders(noun: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"A Saudi-led offensive", "Qatar-brokered talks", "UN-backed negotiations": the actor named before a hyphened
    participle of leading or backing on the act noun (roles.yaml leading_participles) leads or stands behind it."""
    return [name for participle in noun.children
            if participle.dep_ == "amod" and lemma_of(participle) in patterns.roles.leading_participles
            for name in _hyphened_agent(participle, patterns, named)]


_ROUTE_ENDS = frozenset({"to"})  # "a trip from Lisbon to Oslo": where a route ends


def _origins(noun: Token, target_preps: frozenset[str], patterns: TriggerPatterns,
             named: Named) -> list[Token]:
    """"criticism from the U.N.", "support from Washington", "approved a request from the ministry": whom a from-phrase
    says the act comes from; not "the release of X from jail", nor a route's start ("a trip from Lisbon to Oslo")."""
    if "from" in target_preps:
        return []
    if lemma_of(noun) in patterns.roles.route_nouns and any(
            t.dep_ == "prep" and lemma_of(t) in _ROUTE_ENDS
            for c in noun.children if c.dep_ == "prep" for t in c.subtree):
        return []  # (the parser hangs the to-phrase of "from A to B" on the noun, on "from" or on A)
    partners = _partner_complements(noun, target_preps)
    return [t for t in _prep_objects(noun, frozenset({"from"})) if t.head not in partners
            and (_names_body(t, patterns) or _resolved(t, named))]


_PARTNER_COMPLEMENTS = frozenset({"from", "of"})  # "executives from A", "representatives of B"


def _partner_complements(noun: Token, target_preps: frozenset[str]) -> list[Token]:
    """"held meetings with executives from A and B": a from- or of-phrase the parser hangs on the act noun right
    after the phrase of whom it is aimed at says where those people come from (the prepositions returned)."""
    ends = {g.right_edge.i for c in noun.children if c.dep_ == "prep" and lemma_of(c) in target_preps
            for g in c.children if g.dep_ == "pobj"}
    return [c for c in noun.children if c.dep_ == "prep" and lemma_of(c) in _PARTNER_COMPLEMENTS
            and lemma_of(c) not in target_preps and c.i - 1 in ends]


def _partners_told_on_the_act(noun: Token, targets: list[Token], target_preps: frozenset[str],
                              patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"held meetings with executives from A and B, representatives of C and a group from D": when the parser hangs
    the aimed-at people's from-phrase on the act noun, the bodies it names are whom the act is aimed at (in place of
    the bare word for their people), and the list items it then hangs on the noun as appositions are too."""
    stray = _partner_complements(noun, target_preps)
    if not stray:
        return targets
    origins = [o for prep in stray for o in prep.children if o.dep_ == "pobj"
               and (_names_body(o, patterns) or _resolved(o, named))]
    people = {prep.i - 1 for prep in stray}
    kept = [t for t in targets if not (origins and t.right_edge.i in people)]
    rest = [c for c in noun.children if c.dep_ == "appos" and c.i > min(people) and c.pos_ in ("NOUN", "PROPN")]
    return [*kept, *origins, *rest]


def _partitive_head(noun: Token, patterns: TriggerPatterns) -> Token | None:
    """The noun counting or grouping the act, of which it is the of-object ("a wave of arrests", "a series of
    strikes"; triggers.yaml: partitive_nouns)."""
    if noun.dep_ == "pobj" and lemma_of(noun.head) == "of" and lemma_of(noun.head.head) in patterns.phrases.partitive_nouns:
        return noun.head.head
    return None


def _noun_targets(match: TriggerMatch, patterns: TriggerPatterns) -> list[Token]:
    noun = match.token
    preps = match.pattern.target_preps
    targets = _prep_objects(noun, preps)
    for participle in (c for c in noun.children if c.dep_ == "acl"):
        targets += _prep_objects(participle, preps)
    if not targets:
        # "the attack by rebels on the convoy": the parser hangs the aimed-at phrase on the by-phrase's object
        targets = [t for agent in _noun_agents(noun) if agent.head.head.i == noun.i for t in _prep_objects(agent, preps)]
    partitive = _partitive_head(noun, patterns)
    if not targets and partitive is not None:
        # "a series of strikes against the rebels": the parser may hang the target on the counting noun
        targets = _prep_objects(partitive, preps, exclude=noun.head)
    if match.anchor.i != noun.i:
        carrier_prep = noun.head if noun.dep_ == "pobj" else None
        targets += _prep_objects(match.anchor, preps, exclude=carrier_prep)
        targets += [c for c in match.anchor.children if c.dep_ == "dative"]
        if carrier_prep is not None and lemma_of(carrier_prep) == "as":
            # "used civilians as human shields": the carrier's object suffers the event
            targets += [c for c in match.anchor.children if c.dep_ == "dobj"]
    if not targets:
        # "curbs imposed by several states targeting Iran": a targeting verb anywhere below.
        for token in noun.subtree:
            if lemma_of(token) in patterns.actors.target_verbs and token.pos_ == "VERB":
                targets += [c for c in token.children if c.dep_ == "dobj"]
                targets += _prep_objects(token, frozenset({"at", "on", "against"}))
    return targets


def _undergoing_verb(match: TriggerMatch, patterns: TriggerPatterns) -> Token | None:
    """The clause verb whose subject undergoes a nominal act: "Obama faced criticism", "the town came under
    fire", "the ministers are under house arrest", "she remains in custody", "it is on the blacklist"
    (triggers.yaml: state_verbs, undergone_states)."""
    noun = match.token
    anchor = match.anchor
    if anchor.i != noun.i and (lemma_of(anchor) in patterns.nominal.undergoing_verbs or any(
            c.dep_ in _PASSIVE_SUBJECT_DEPS and c.i != noun.i for c in anchor.children)):
        # "faced sanctions"; "was slapped with sanctions", "was subjected to torture": a passive carrier's subject
        return anchor
    dying = _dying_verb(noun, patterns)
    if dying is not None:
        return dying
    if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    prep, verb = lemma_of(noun.head), noun.head.head
    nominal = patterns.nominal
    if match.cameo[:2] in nominal.undergone_states.get(prep, ()) and (prep == "under" or lemma_of(verb) in nominal.state_verbs):
        return verb
    return None


def _dying_verb(noun: Token, patterns: TriggerPatterns) -> Token | None:
    """The verb of dying whose cause the noun names ("died after torture", "died due to torture", "died as a
    result of torture"): its subject is the victim."""
    if (noun.dep_ != "pobj" or lemma_of(noun.head) not in patterns.nominal.cause_preps
            or lemma_of(noun) in patterns.nominal.held_states):
        return None
    token = noun.head
    for _ in range(4):  # up through "due to", "as a result of"
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token if lemma_of(token) in patterns.nominal.dying_verbs else None
        if token.dep_ not in ("prep", "pobj", "amod", "acomp", "advmod") or token.head.i == token.i:
            return None
    return None


def _state_roles(verb: Token, noun: Token, patterns: TriggerPatterns,
                 named: Named) -> tuple[list[Token], list[Token]]:
    """Who holds and who is held in a state a noun names on `verb`: "X was taken into custody by police" (the
    passive subject, the agent), "police took X into custody" (the object, the subject), "X is under siege by
    rebels" (the subject, a by-phrase on the verb), "X is in police custody" (a named modifier holds)."""
    held = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS and c.i != noun.i]
    if held:
        holders = _agents(verb)
    elif lemma_of(verb) in patterns.nominal.undergoing_verbs:
        # "received support from the U.S. military", "faced criticism from lawmakers": the parser hangs who
        # does it on the verb
        doers = [t for t in _prep_objects(verb, patterns.roles.undergone_preps) if t.ent_type_ not in MEASURE_ENTITIES and t.i != noun.i]
        return doers, subjects_of(verb, patterns=patterns)
    else:
        held = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != noun.i and c.pos_ in ("NOUN", "PROPN", "PRON") and c.ent_type_ not in MEASURE_ENTITIES]
        holders = subjects_of(verb, patterns=patterns) if held else []
        held = held or subjects_of(verb, patterns=patterns)
    if not holders:
        holders = _prep_objects(verb, _BY)
    if not holders and named is not None:
        holders = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod") and named(c)
                   and _names_body(c, patterns)]
    return holders, held


def _felt_by(noun: Token) -> list[Token]:
    """"The minister was stung by criticism from farmers", "shaken by the force of the criticism": an act
    that is what someone was hit or moved by is aimed at that someone (the passive's or the copula's subject)."""
    phrase = noun
    while phrase.dep_ == "pobj" and lemma_of(phrase.head) == "of" and phrase.head.head.pos_ == "NOUN":
        phrase = phrase.head.head  # "the force of the criticism", "a wave of protests"
    if phrase.dep_ != "pobj" or lemma_of(phrase.head) != "by":
        return []
    governor = phrase.head.head
    if governor.pos_ == "VERB" and phrase.head.dep_ == "agent":
        return [c for c in governor.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        return [c for c in governor.head.children if c.dep_ == "nsubj"]
    return []


def _noun_roles(match: TriggerMatch, patterns: TriggerPatterns, named: Named) -> RoleHeads:
    noun = match.token
    undergoing = _undergoing_verb(match, patterns)
    carriers = _carrier_subjects(match, patterns, named) if undergoing is None else []
    sources = _noun_sources(noun, match.pattern.target_preps, patterns, named, carriers)
    targets = _partners_told_on_the_act(noun, _noun_targets(match, patterns), match.pattern.target_preps, patterns, named)
    targets = _without_forum(match, targets, patterns, named)  # "a protest with the AU about Egypt's statements"
    patients = _patient_possessors(noun, patterns)
    if patients and not targets:
        # "the senator's ouster by the army": the possessor is whom it is done to, not who does it; with no
        # one named doing it ("after his arrest") the noun only refers to the act, and has no roles
        sources = [s for s in sources if s not in patients] or _noun_agents(noun)
        targets = patients if sources else []
    sources, targets = _doer_of(noun, sources, targets, patterns, match.cameo)
    if not sources and match.anchor.i != noun.i and undergoing is None:
        sources = subjects_of(match.anchor, patterns=patterns)
    if not sources:
        sources = _owner(noun, patterns)
    if not sources:
        # (a two-sided act of any kind, "after bitter battles with his critics", by the partner named)
        sources = _other_party(noun, match.cameo, patterns, named)
    if not sources:
        sources = _said_of(noun, match.cameo, patterns, named)
    if not sources:
        sources = _judged_for(noun, patterns)
    if not sources and targets:
        # (an act noun aimed at no one, "killing 19 in an assault that ...", only restates the verb's own act)
        sources = _striker(noun, match.cameo, patterns)
    if undergoing is not None:
        holders, held = _state_roles(undergoing, noun, patterns, named)
        sources = sources or [h for h in holders if h.i != noun.i]
        # "faced criticism over its crackdown", "was hit with sanctions on its oil exports": who undergoes the act
        # is its target; the noun's own phrases only say what about
        targets = held or targets
    elif noun.dep_ == "pobj" and lemma_of(noun.head) == "under" and noun.head.head.pos_ in ("VERB", "AUX") and not targets:
        targets = subjects_of(noun.head.head, patterns=patterns)  # "cut its output under the deal": the subject is bound by it
    if not targets and match.pattern.embeds:
        targets = _embedded_targets(noun, patterns)  # "Peru's refusal to meet the envoy", as "Peru refused to meet"
    if not targets:
        targets = _felt_by(noun)
    if not targets and match.cameo in patterns.roles.visit_codes:
        # (session 20) "on his first Kenya visit", "the Paris trip": a place's name before a visit is where it goes
        targets = [c for c in noun.children if c.i < noun.i and c.dep_ == "compound" and c.ent_type_ == "GPE"]
        sources = [t for t in sources if t not in targets]
    hyphened = _hyphened_pair(noun) if match.cameo[:2] in patterns.root_groups.joint else []
    if hyphened and all(s.i == hyphened[1].i for s in sources):
        sources, targets = hyphened[:1], [hyphened[1], *(t for t in targets if t.i != hyphened[1].i)]
    pair = _with_conjuncts(_between(noun))
    if pair:
        # (session 22) "after years of talks between A and B, the border was reopened": a clause's subject that names
        # no actor is no party of the act, its "between" names both
        if not sources or named is not None and not any(map(named, sources)):
            sources, targets = [pair[0]], targets + pair[1:]
        else:
            targets += pair
    return RoleHeads(tuple(_with_conjuncts(sources)), tuple(_with_conjuncts(targets)))


def _carrier_subjects(match: TriggerMatch, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """The subjects of the light verb carrying a nominal act, when they name an actor: whoever holds, hosts or
    launches the act does it, before any actor named in the noun's own modifiers."""
    if match.anchor.i == match.token.i:
        return []
    subjects = subjects_of(match.anchor, patterns=patterns) or _stranded_actor(match.anchor, patterns, named)
    if subjects and all(_names_or_resolved(s, patterns, named)
                        or (pronoun_of(s) in patterns.pronouns.actors and lemma_of(s) not in patterns.pronouns.things)
                        for s in subjects):
        return subjects
    return []


def _said_of(noun: Token, cameo: str, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """Whose act a clause says it is, through its subject: "the US remains the largest donor" (what the subject
    is), "the cartel was responsible for the killings", "the militia was behind the attack" (what it answers for),
    "the minister flew to Rome for
    talks" (a meeting its subject went for)."""
    head = noun.head
    if noun.dep_ == "attr" and head.pos_ in ("VERB", "AUX"):
        clause = head
    elif noun.dep_ == "pobj" and lemma_of(head) == "for" and head.head.pos_ == "ADJ" \
            and lemma_of(head.head) in patterns.nominal.answering_adjectives and head.head.dep_ in ("acomp", "oprd"):
        clause = head.head.head
    elif noun.dep_ == "pobj" and lemma_of(head) in patterns.nominal.answering_preps and head.dep_ == "prep" \
            and lemma_of(head.head) == "be":
        clause = head.head  # "the militia was behind the attack"
    elif noun.dep_ == "pobj" and lemma_of(head) == "for" and head.head.pos_ == "VERB" and cameo[:2] in patterns.root_groups.consultations:
        clause = head.head
    else:
        return []
    subjects = [c for c in clause.children if c.dep_ == "nsubj"] or subjects_of(clause, patterns=patterns)
    return [s for s in subjects if _names_body(s, patterns) or _resolved(s, named)
            or pronoun_of(s) in patterns.pronouns.people_subjects]


def _other_party(noun: Token, cameo: str, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"After talks with Putin, Macron said", "militants were killed in clashes with the army", "after months of
    talks with the rebels, the government signed", "was confident after battles with his critics": an act done
    with someone, told in a phrase on a clause with no one else named doing it, has the clause's subject (active
    or passive) as the other party; so has a visit or meeting told so ("during a visit to Peru, the minister
    signed"), unless an of-phrase says whose it is ("during the visit of the king")."""
    phrase = _spell_counted(noun, patterns)
    if not _in_setting(phrase, patterns):
        return []
    verb = _clause_of_state(phrase.head.head)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # (the parser may hang the with-phrase on the counting noun: "after a series of clashes with the army")
    carriers = [noun] if phrase.i == noun.i else [noun, phrase]
    partners = [t for word in carriers for t in _prep_objects(word, _WITH) if _names_or_resolved(t, patterns, named)]
    visit = cameo[:2] in patterns.root_groups.consultations and not _prep_objects(noun, _OF)
    if not partners and not visit:
        return []  # (not "after the attack with heavy losses")
    if not partners and phrase.head.pos_ == "VERB":
        # ("following" read as a verb opens a setting only with the partner named: "hoped for more talks following
        # the first formal negotiations" may tell what came before, no meeting of the clause's subject)
        return []
    if not partners and any(p.cameo in patterns.roles.mediation_codes for p in patterns.candidates(lemma_of(verb), "verb")):
        # (session 40) "after two rounds of talks in Ankara, the president brokered a deal": a meeting told on a
        # go-between's act is the parties' meeting, not the go-between's
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) not in patterns.roles.empty_subjects] \
        or subjects_of(verb, patterns=patterns)


_NOUNS = ("NOUN", "PROPN", "PRON")


def _judged_for(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """(session 36) "sentenced a former commander to life for the kidnapping and murder of six students", "convicted two
    militia leaders of the massacre", "ordered the arrest of four officers over the killing of protesters": a deed told
    by a noun after a verb or noun of judging, punishing or arresting was done by the one judged (the verb's object or
    passive subject, the noun's of-phrase), as a deed told by a gerund is (subjects._judged_doers; roles.yaml
    deed_noun_preps, deed_of_verbs, deed_charging_verbs, deed_judging_nouns)."""
    deed = noun
    while deed.dep_ == "conj" and deed.head.pos_ == "NOUN" and deed.head.i != deed.i:
        deed = deed.head  # "for the kidnapping, torture and murder of"
    prep = deed.head
    if deed.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    roles = patterns.roles
    governor, word = prep.head, lemma_of(prep)
    verbs = {"with": roles.deed_charging_verbs, "of": roles.deed_of_verbs}.get(word, roles.deed_judging_verbs)
    if word not in roles.deed_noun_preps and word != "with":
        return []
    if governor.pos_ == "NOUN" and lemma_of(governor) in roles.deed_judging_nouns:
        # "the arrest of four officers over the killing": the judging noun's of-phrase (told before the deed)
        if word in ("of", "with"):
            return []
        return [t for t in _prep_objects(governor, _OF) if t.i < prep.i] or _patient_possessors(governor, patterns)
    if governor.pos_ in _NOUNS and governor.dep_ == "pobj" and lemma_of(governor.head) == "of" \
            and lemma_of(governor.head.head) in roles.deed_judging_nouns and word not in ("of", "with"):
        # "the arrest of three generals over the torture": the parser hangs the deed on the one arrested
        return [governor]
    if governor.pos_ in _NOUNS and governor.dep_ in ("dobj", "nsubjpass"):
        # "convicted two militia leaders of the massacre": the parser hangs the deed on the one judged
        verb, judged = governor.head, [governor]
    else:
        verb = governor
        judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i and c.pos_ in _NOUNS]
    if verb.pos_ != "VERB" or lemma_of(verb) not in verbs:
        return []
    return judged


def _striker(noun: Token, cameo: str, patterns: TriggerPatterns) -> list[Token]:
    """(session 36) "the army said it had neutralised dozens of fighters in air strikes on their bases", "rebels killed
    ten soldiers in an ambush": a violent act told by a noun in an instrument phrase (roles.yaml instrument_preps) on an
    active verb of what force did (harming_verbs, striking_verbs) was done by that verb's subject; the parser may hang
    the phrase on the verb's object. Not in the passive ("ten were killed in air strikes" names no striker)."""
    if cameo[:2] not in patterns.root_groups.violent:
        return []
    phrase = noun
    while phrase.dep_ == "conj" and phrase.head.pos_ == "NOUN" and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ != "pobj" or lemma_of(phrase.head) not in patterns.roles.instrument_preps:
        return []
    word = phrase.head.head
    for _ in range(3):  # "killed [dozens of fighters] in air strikes": up from the object to its verb
        if word.pos_ == "VERB" or word.head.i == word.i:
            break
        if word.dep_ == "pobj" and lemma_of(word.head) == "of" and word.head.head.pos_ in _NOUNS:
            word = word.head.head
        elif word.dep_ == "dobj" and word.pos_ in _NOUNS:
            word = word.head
        else:
            return []
    roles = patterns.roles
    if word.pos_ != "VERB" or lemma_of(word) not in roles.harming_verbs | roles.striking_verbs:
        return []
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in word.children):
        return []
    return subjects_of(word, patterns=patterns)


def _in_setting(phrase: Token, patterns: TriggerPatterns) -> bool:
    """Whether a noun phrase is the object of a preposition of setting ("after talks", "during the visit"); also of
    "following", which the parser tags as a verb and may give a direct object (session 40: "Following negotiations
    with the unions, the government ...")."""
    head = phrase.head
    if phrase.dep_ == "pobj":
        return lemma_of(head) in patterns.roles.setting_preps or head.text.lower() in patterns.roles.setting_preps
    return phrase.dep_ == "dobj" and head.dep_ == "prep" and head.text.lower() in patterns.roles.setting_preps


def _spell_counted(noun: Token, patterns: TriggerPatterns) -> Token:
    """The phrase of time that counts a nominal act ("after months of talks", "after weeks of clashes with"), or the
    noun counting or grouping it (session 40: "after a fourth round of talks", "after a series of clashes with";
    triggers.yaml partitive_nouns), else the noun itself: where the act's phrase hangs in its clause."""
    head = noun.head
    if noun.dep_ == "pobj" and lemma_of(head) == "of" and head.head.pos_ == "NOUN" and head.head.ent_type_ in _TIME_ENTS:
        return head.head
    partitive = _partitive_head(noun, patterns)
    if partitive is not None:
        return _spell_counted(partitive, patterns)  # "after months of a series of talks"
    return noun


def _clause_of_state(word: Token) -> Token:
    """The verb of the clause an adjective of state belongs to ("was relaxed and confident after battles with X":
    "was"), else the word itself."""
    while word.pos_ == "ADJ" and word.dep_ in ("acomp", "conj") and word.head.i != word.i:
        word = word.head
    return word


def _owner(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """"the rebels claimed the attack", "boasted of concessions", "would not add new sanctions": the subject of a verb
    owning the act as its own (triggers.yaml: owning_verbs) does it; in the passive, its by-phrase."""
    verb = noun.head
    if noun.dep_ == "pobj" and lemma_of(verb) in ("of", "to", "about"):
        verb = verb.head
    elif noun.dep_ == "nsubjpass":
        # (session 40) "the attack was claimed by the group": the passive's by-phrase
        return _agents(verb) if verb.pos_ == "VERB" and lemma_of(verb) in patterns.nominal.owning_verbs else []
    elif noun.dep_ != "dobj":
        return []
    if verb.pos_ != "VERB" or lemma_of(verb) not in patterns.nominal.owning_verbs:
        return []
    return subjects_of(verb, patterns=patterns)


def _patient_possessors(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """"the senator's arrest", "his ouster": the possessor of an act done to a person, when it names a person
    (triggers.yaml: patient_possessors); a state or body as possessor does the act ("Iran's arrest of ...")."""
    if lemma_of(noun) not in patterns.nominal.patient_possessors:
        return []
    return [c for c in noun.children if c.dep_ == "poss" and (
        c.ent_type_ == "PERSON" or pronoun_of(c) in patterns.pronouns.people_possessors
        or (c.ent_type_ == "" and lemma_of(c) in patterns.actors.people_nouns))]


def _doer_of(noun: Token, sources: list[Token], targets: list[Token],
             patterns: TriggerPatterns, cameo: str) -> tuple[list[Token], list[Token]]:
    """"abuses of the army against civilians": beside a target the act is aimed at, the "of"-phrase names
    who does it (triggers.yaml: aimed_preps); "the visit of the king to Spain": beside where a visit goes, the
    visitor (roles.yaml: visit_preps)."""
    if sources:
        return sources, targets
    preps = patterns.nominal.aimed_preps | (patterns.roles.visit_preps if cameo[:2] in patterns.root_groups.consultations else frozenset())
    doers = [t for t in _prep_objects(noun, _OF) if _names_body(t, patterns)]
    # (the parser often hangs the aimed-at phrase on the doer: "of [the army against civilians]")
    aimed = _prep_objects(noun, preps) + [t for doer in doers for t in _prep_objects(doer, preps)]
    if not aimed or not doers:
        return sources, targets
    return doers, [t for t in targets if t not in doers] + [t for t in aimed if t not in targets]


def _adjective_roles(match: TriggerMatch, patterns: TriggerPatterns) -> RoleHeads:
    """"X is skeptical of Y", "X was alarmed by Y": the copula's subject feels it about the preposition's
    object; with none, about the subject of the clause that says what happened ("was furious that the
    governor had cut the budget", "was alarmed when the minister spoke"). An adjective that offers an act
    ("ready to send troops to Mali", "open to talks with Kyiv") is aimed at whom that act is."""
    sources = subjects_of(match.anchor, patterns=patterns) if match.anchor.i != match.token.i else []
    targets = _offered_targets(match.token, patterns) if match.pattern.embeds else []
    targets = targets or _prep_objects(match.token, patterns.roles.feeling_preps)
    if not targets:
        targets = _feeling_clause_subjects(match, sources, patterns=patterns)
    return RoleHeads(tuple(_with_conjuncts(sources)), tuple(_with_conjuncts(targets)))


def _offered_targets(adjective: Token, patterns: TriggerPatterns) -> list[Token]:
    """Whom the act an adjective offers is aimed at: its infinitive's ("ready to send troops to Mali"), or the
    partner of the act its preposition names ("open to talks with Kyiv", "open to resuming the dialogue with Kyiv")."""
    # (the subject's own "its soldiers" are what it offers to move, not whom the act is aimed at)
    found = [t for t in _embedded_targets(adjective, patterns) if not any(
        c.dep_ == "poss" and pronoun_of(c) in patterns.pronouns.actors for c in t.children)]
    acts = [] if found else _prep_objects(adjective, patterns.roles.offered_act_preps)
    words = [w for act in acts for w in (act, *(c for c in act.children if c.dep_ == "dobj"))]
    return found or next((t for w in words if (t := _prep_objects(w, patterns.roles.embedded_target_preps))), [])
