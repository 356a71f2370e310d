"""Roles of one trigger match: the entry point the coder calls (`role_heads`).

It sends the match to the rules for its kind of trigger (verbs.py; nouns.py for nouns and adjectives), then applies,
in order, what holds for every trigger: companions (lists.py), a state's own act done where it happened, the targets
that are no party (a time, a border, a deed judged; targets.py), the rest of a list, victims of force used on a
place, then with no target yet the parties of a governed clause (clauses.py), a headline's clause set beside it
("Nepal declares emergency, India sends rescue teams"), the fallback search, and what moves goes where it goes.
`headline_trade` finds a headline's verb of exchange ("India and Pakistan exchange fire"): each side acts on the other.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.events.matching import MEASURE_ENTITIES, TriggerMatch, lemma_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.clauses import (
    _clause_subjects,
    _condition_parties,
    _content_subjects,
    _purpose_party,
    _what_a_feeling_is_about,
)
from eventscope.events.roles.grammar import (
    _WITH,
    Named,
    RoleHeads,
    _headline_passive,
    _is_passive,
    _prep_objects,
    _with_conjuncts,
)
from eventscope.events.roles.lists import _companions_of, _list_rest, _prepositions_again
from eventscope.events.roles.naming import _counts_someone, _names_actor, _names_or_resolved
from eventscope.events.roles.nouns import _adjective_roles, _noun_roles
from eventscope.events.roles.subjects import _judged_doers
from eventscope.events.roles.targets import (
    _addressed_in_meeting,
    _border_place,
    _fallback_targets,
    _named_place,
    _own_objects,
    _served_party,
    _victims_in_place,
    _where_it_goes,
    _where_it_happened,
)
from eventscope.events.roles.verbs import _verb_roles


def _juxtaposed_subjects(match: TriggerMatch, patterns: TriggerPatterns, cameo: str,
                         named: Named = None) -> list[Token]:
    """Whom help with no one named as helped goes to: a headline sets two clauses side by side with a comma
    ("Chile battles wildfires, Argentina sends planes"), and the subject of the other clause, an actor, is
    the one helped. A clause of saying ("the minister said"; "declares an emergency" does more than say) or one
    joined by a conjunction is no such clause."""
    verb = match.token
    if cameo[:2] not in patterns.root_groups.aid_acts or verb.pos_ not in ("VERB", "AUX"):
        return []
    others = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ in ("ccomp", "parataxis"):
        others.append(verb.head)
    speech = patterns.attribution.speech_verbs
    for other in others:
        saying = lemma_of(other) in speech and not any(c.dep_ == "dobj" for c in other.children)
        if other.pos_ not in ("VERB", "AUX") or saying or any(c.dep_ in ("mark", "cc") for c in other.children):
            continue
        low, high = sorted((other.i, verb.i))
        between = verb.doc[low:high + 1]
        if not any(t.text in (",", ";") and t.head.i in (verb.i, other.i) for t in between):
            continue
        subjects = [c for c in other.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                    and _names_or_resolved(c, patterns, named)]
        if subjects:
            return subjects[:1]
    return []


def role_heads(match: TriggerMatch, patterns: TriggerPatterns,
               named: Named = None, cameo: str | None = None) -> RoleHeads:
    """Head tokens of the source and target phrases of a matched trigger; `named` says whether the actor
    stage resolved an actor at a token (ActorPicker.is_actor); `cameo`, the act's code as refined by the
    sentence (the match's own if not given)."""
    cameo = cameo or match.cameo
    traded = None if match.is_verbal or match.is_predicative else headline_trade(match.token, patterns=patterns)
    traders = _headline_traders(match.token, traded) if traded is not None else []
    if traders:
        # ("Israel, Hamas trade blame for blast": each blames the other; what for is no party)
        return RoleHeads(tuple(traders), ())
    if match.is_verbal:
        roles = _verb_roles(match, patterns, named)
    elif match.is_predicative:
        roles = _adjective_roles(match, patterns)
    else:
        roles = _noun_roles(match, patterns, named)
    roles = RoleHeads(roles.sources + _companions_of(match, roles.sources, patterns), roles.targets, roles.inferred_target)
    # ("endorsed by the union and by forty mayors": each agent a source; session 39)
    agents = tuple(dict.fromkeys(again for s in roles.sources if s.head.dep_ == "agent" and match.is_verbal
                                 and s.head.head.i == match.token.i
                                 for again in _prepositions_again(s) if again not in roles.sources))
    if agents:
        roles = RoleHeads(roles.sources + agents, roles.targets, roles.inferred_target)
    if not roles.sources and match.is_verbal and (_is_passive(match.token) or _headline_passive(match, patterns=patterns)) \
            and match.cameo[:2] in patterns.root_groups.state_acts:
        states = [t for t in _prep_objects(match.token, frozenset({"in"})) if t.ent_type_ == "GPE"]
        roles = RoleHeads(tuple(states[:1]), roles.targets)
    # "met on Monday": a time or an amount is no target, so the search goes on
    targets = tuple(t for t in roles.targets if t.ent_type_ not in MEASURE_ENTITIES or _counts_someone(t))
    # "accused Asmara of massing troops": the troops are the deed's (a gerund parsed as their adjective), not accused
    targets = tuple(t for t in targets if not any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.i < t.i and _judged_doers(c, patterns=patterns) for c in t.children))
    # "attacked a post near the border with Chad": a border says where, so the search goes on, but for the acts aimed
    # across it ("massed troops on the Kenyan border"; sectors.yaml border_target_roots)
    targets = tuple(t for t in targets if not _border_place(t, cameo, patterns.borders))
    targets += tuple(rest for t in targets for rest in _list_rest(t) if rest not in targets)
    # ("met with the governor and with the mayor": a preposition of the act's own word; not "the deal, witnessed by A
    # and by B", whose "by" tells another act's doers; session 39)
    own = (match.token.i, match.anchor.i)
    targets += tuple(dict.fromkeys(again for t in targets if t.head.head.i in own and t.head.dep_ != "agent"
                                   for again in _prepositions_again(t) if again not in targets))
    if match.is_verbal and (cameo[:2] in patterns.root_groups.violent or cameo in patterns.roles.clash_codes):
        placed = tuple(t for t in targets if lemma_of(t) not in match.pattern.extra)  # ("fire" of "opened fire")
        targets = tuple(_with_conjuncts(_victims_in_place(match.token, placed, patterns))) or targets
        if targets and all(_where_it_happened(t, patterns) or _named_place(t, patterns) for t in targets):
            # "police clashed with protesters in the capital", "clashed with the secretary at Tuesday's hearing":
            # where force was used names no one; the other side its "with" names is who it was used on. (session 39)
            # A place's own name there is where too ("students clashed with riot police in Dhaka": the country is
            # no party beside the one fought), and so in a violent protest's clash (roles.yaml clash_codes)
            parties = [t for t in _prep_objects(match.token, _WITH) if _names_or_resolved(t, patterns, named)
                       and not _named_place(t, patterns)]
            targets = tuple(_with_conjuncts(parties)) or targets
    roles = RoleHeads(roles.sources, targets)
    if not roles.targets and match.is_verbal:
        subjects, sure = _clause_subjects(match, patterns, named)
        subjects = [t for t in subjects if t not in roles.sources]
        if subjects:
            roles = RoleHeads(roles.sources, tuple(_with_conjuncts(subjects)), inferred_target=not sure)
    if not roles.targets and not match.is_predicative and cameo in patterns.codes.feeling_codes:
        about = [t for t in _what_a_feeling_is_about(match, list(roles.sources), patterns=patterns) if t not in roles.sources]
        if about:
            roles = RoleHeads(roles.sources, tuple(_with_conjuncts(about)), inferred_target=True)
    if cameo[:2] in patterns.root_groups.clause_targets and not any(_names_actor(t, patterns) for t in roles.targets):
        about = [t for t in _content_subjects(match, roles.targets, patterns=patterns) if t not in roles.sources]
        if about:
            roles = RoleHeads(roles.sources, tuple(_with_conjuncts(about)), roles.inferred_target)
    if not roles.targets and match.is_verbal:
        waited_on = [t for t in _condition_parties(match.token, patterns=patterns) if t not in roles.sources]
        if waited_on:
            roles = RoleHeads(roles.sources, tuple(_with_conjuncts(waited_on)), inferred_target=True)
    if not roles.targets and match.is_verbal:
        helped = [t for t in _juxtaposed_subjects(match, patterns, cameo, named) if t not in roles.sources]
        if helped:
            roles = RoleHeads(roles.sources, tuple(helped), inferred_target=True)
    if cameo[:2] in patterns.root_groups.aid_acts and not any(
            _names_actor(t, patterns) for t in roles.targets):
        # help given as a thing, or with no one named as helped: whom its purpose names
        helped = [t for t in _purpose_party(match.token, patterns, named) if t not in roles.sources]
        if helped:
            roles = RoleHeads(roles.sources, tuple(_with_conjuncts(helped)), inferred_target=not roles.targets)
    if not roles.targets and not match.is_verbal and cameo[:2] in patterns.root_groups.consultations:
        met = [t for t in _addressed_in_meeting(match.token, patterns, named) if t not in roles.sources]
        if met:
            roles = RoleHeads(roles.sources, tuple(_with_conjuncts(met)), inferred_target=True)
    if not roles.targets:
        inferred = tuple(_with_conjuncts(_fallback_targets(match, patterns, roles.sources, cameo)))
        roles = RoleHeads(roles.sources, inferred, inferred_target=bool(inferred))
    elif match.is_verbal and lemma_of(match.token) not in patterns.roles.helping_verbs:  # (the people helped stay)
        roles = RoleHeads(roles.sources, _where_it_goes(match, roles.targets, patterns))
        if roles.sources and cameo[:2] in patterns.roles.own_object_codes and _own_objects(roles.targets, patterns):
            # (with no one named, the own thing stays: the act without it was measured to lose its confidence)
            served = _served_party(roles.targets, patterns)
            roles = RoleHeads(roles.sources, served, inferred_target=True) if served else roles
    trigger_tokens = {match.token.i, match.anchor.i}
    if match.is_verbal:
        # the phrasal verb's own words ("fire" of "opened fire on") are the trigger, no one acted on; but the people
        # a verb of help takes are the ones helped ("trained Ukrainian soldiers")
        if lemma_of(match.token) not in patterns.roles.helping_verbs:
            trigger_tokens |= {c.i for c in match.token.children if c.dep_ == "dobj" and lemma_of(c) in match.pattern.extra}
    return RoleHeads(
        tuple(t for t in roles.sources if t.i not in trigger_tokens),
        tuple(t for t in roles.targets if t.i not in trigger_tokens and t not in roles.sources),
        roles.inferred_target,
    )


def headline_trade(noun: Token, *, patterns: TriggerPatterns) -> Token | None:
    """"Israel, Hamas trade blame for blast", "India and Pakistan exchange fire": in a headline with no verb, the
    parser takes a present-tense verb of exchange (pairs.yaml exchange_verbs) for a noun compounded with the act it
    carries; that word, or None."""
    if noun.pos_ != "NOUN" or noun.i == 0:
        return None
    word = noun.doc[noun.i - 1]
    if word.dep_ != "compound" or word.head.i != noun.i or lemma_of(word) not in patterns.pairs.exchange_verbs:
        return None
    # (checked last: a walk of the whole sentence, for the rare noun that has such a word before it)
    return None if any(t.pos_ in ("VERB", "AUX") for t in noun.sent) else word


def _headline_traders(noun: Token, word: Token) -> list[Token]:
    """The two names before a headline's verb of exchange (`headline_trade`), whatever the parser hung them on: the
    proper nouns that head a name of their own (not "South" of "South Korea")."""
    names = [t for t in noun.sent if t.i < word.i and t.pos_ == "PROPN"
             and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN" and t.head.i < word.i)]
    return names if len(names) == 2 else []
