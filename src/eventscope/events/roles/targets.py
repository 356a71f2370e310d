"""Which target phrases stay, and where to look when none does: forums, places, fallbacks, things that move.

A phrase where an act is lodged or heard ("filed a complaint with the UN against Greece") is no target beside the one
it is aimed at; a place names no one acted on ("in the capital", "at a rally in Ohio") and a border only says where;
force used on a place where people are is aimed at the victims its participle counts ("stormed a hotel, killing six
guests"). With no target left, the nearest phrase below the trigger that names an actor is taken (a likelier
guess than none, flagged as inferred), else the object of an aimed-at preposition; a meeting named in an adjunct of a
verb of address is with whom it names. An object that is only what moves ("returned 12 skulls to Peru") gives way
to where it goes, and an actor's own thing ("withdrew its troops") to the party it serves.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.actors.antecedents import PLURAL_TAGS
from eventscope.actors.completion.words import beyond_border, border_acted_on, is_border_noun
from eventscope.events.matching import MEASURE_ENTITIES, TriggerMatch, lemma_of, pronoun_of
from eventscope.events.patterns import BorderCues, TriggerPatterns
from eventscope.events.roles.doers import _nominal_doers
from eventscope.events.roles.grammar import _NATIONAL_ENTS, Named, _prep_objects, _with_conjuncts
from eventscope.events.roles.naming import _ACTOR_ENTS, _is_named, _names_actor, _names_or_resolved, _resolved

_PLACE_ENTS = frozenset({"GPE", "LOC"})
# Dependencies followed from a trigger when it has no target of its own: its objects, prepositional
# phrases, complements and infinitives, never its subject or a clause of its own (what someone *said*).
# A participle's by-phrase on an act acted on names who made it: "rejected every offer made by the rebels".
_FALLBACK_DEPS = frozenset({"dobj", "dative", "obj", "prep", "pobj", "pcomp", "attr", "oprd", "xcomp", "acl",
                            "appos", "conj", "npadvmod", "advmod", "acomp", "agent"})
_FALLBACK_REACH = 4  # dependency steps searched below the trigger


def _without_forum(match: TriggerMatch, targets: list[Token], patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"filed a complaint with the UN against Greece", "brought a case against Chile at the world court": beside a
    phrase naming whom a judgement accuses (an actor, or an act of one: "about Israeli air strikes"), the body it is
    lodged with or heard at is where it is made, no target (roles.yaml accused_preps, forum_preps)."""
    def prep_of(token: Token) -> str:
        return lemma_of(token.head) if token.dep_ in ("pobj", "pcomp") else ""

    def names_doer(token: Token) -> bool:
        # (an act or any other thing of an actor's: "over Israel's settlement plans", "about China's reporting")
        return _names_or_resolved(token, patterns, named) or (token.pos_ == "NOUN" and any(
            c.dep_ in ("poss", "amod", "compound") and (c.ent_type_ in _NATIONAL_ENTS or _resolved(c, named))
            for c in token.children))

    if match.cameo[:2] not in patterns.root_groups.judgements:
        return targets
    forums = [t for t in targets if prep_of(t) in patterns.roles.forum_preps]
    # ("with [the commission against the party]": the parser may hang the accused on the forum; and beside a forum, the
    # act's own "over" or "about" phrase names the accused even when its pattern takes no such target: "lodged a
    # protest with the UN over Israel's settlement plans")
    own = [match.token, *([match.anchor] if match.anchor.i != match.token.i else []),
           *([match.object_token] if match.object_token is not None else [])]
    beside = [o for h in own for o in _prep_objects(h, patterns.roles.accused_preps)] if forums else []
    accused = [t for t in targets + [o for f in forums for o in _prep_objects(f, patterns.roles.accused_preps)] + beside
               if prep_of(t) in patterns.roles.accused_preps and names_doer(t)]
    # ("took China to the WTO", "accused Japan at the UN": beside a forum, the act's direct object is the accused)
    accused += [t for t in targets if forums and t.dep_ == "dobj" and t.head.i == match.token.i and names_doer(t)]
    if not accused:
        return targets
    return [t for t in targets if t not in forums] + [t for t in accused if t not in targets]


def _counted_people(token: Token, patterns: TriggerPatterns) -> bool:
    """"four people", "at least 30", "nine guests", "foreign visitors": whom a harming participle counts."""
    return token.ent_type_ == "CARDINAL" or token.pos_ == "NUM" or (token.pos_ in ("NOUN", "PROPN") and (
        _names_actor(token, patterns) or token.tag_ in PLURAL_TAGS and lemma_of(token) not in patterns.roles.peopled_places
        and any(c.dep_ == "nummod" for c in token.children)))


def _victims_in_place(verb: Token, targets: tuple[Token, ...], patterns: TriggerPatterns) -> list[Token]:
    """"fired into a theatre, killing four", "stormed a hotel, wounding nine guests": force used on a place
    where people are (roles.yaml peopled_places) is aimed at the victims its participle counts."""
    def peopled(token: Token) -> bool:
        return lemma_of(token) in patterns.roles.peopled_places or token.ent_type_ == "FAC"

    def where(token: Token) -> bool:  # "a market in Lahore": where the place is names no one acted on
        return token.dep_ == "pobj" and lemma_of(token.head) in patterns.roles.place_preps

    if not any(peopled(t) for t in targets) or any(
            _names_actor(t, patterns) and not peopled(t) and not where(t) for t in targets):
        return []
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG"]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "conj" and g.tag_ == "VBG"]
    return [o for c in clauses if lemma_of(c) in patterns.roles.harming_verbs
            for o in c.children if o.dep_ in ("dobj", "obj") and _counted_people(o, patterns)][:1]


def _where_it_happened(token: Token, patterns: TriggerPatterns) -> bool:
    """A phrase of place after "in", "at", "near" ... (roles.yaml place_preps) that names no actor ("in the capital")."""
    return token.dep_ == "pobj" and lemma_of(token.head) in patterns.roles.place_preps and not _names_actor(token, patterns)


def _named_place(token: Token, patterns: TriggerPatterns) -> bool:
    """A place's own name after "in", "at", "near" ... (roles.yaml place_preps): "in Dhaka", "near Goma"."""
    return token.dep_ == "pobj" and token.ent_type_ in _PLACE_ENTS and lemma_of(token.head) in patterns.roles.place_preps


def _place_of_a_thing(token: Token, match: TriggerMatch, patterns: TriggerPatterns) -> bool:
    """"resigned after protests in Kenya", "spoke at a rally in Ohio": a place after "in" or "at" on a noun that
    names no actor (not the act's own words: "sought refuge in Bangladesh") says where that thing is or happened."""
    if token.dep_ != "pobj" or token.ent_type_ not in _PLACE_ENTS or lemma_of(token.head) not in patterns.roles.place_preps \
            or match.cameo[:2] in patterns.root_groups.place_targets:
        return False  # (help and armed force go where they happen: "the largest donor of assistance in Iraq")
    holder = token.head.head
    own = {match.token.i, match.anchor.i} | ({match.object_token.i} if match.object_token is not None else set())
    return holder.pos_ == "NOUN" and holder.i not in own and not _names_actor(holder, patterns)


def _fallback_targets(match: TriggerMatch, patterns: TriggerPatterns, sources: tuple[Token, ...],
                      cameo: str) -> list[Token]:
    """With no target found by the patterns, the nearest phrase below the trigger that names an actor
    ("sought refuge in Bangladesh", "filed a lawsuit against a newspaper", "called Saudi Arabia's
    King Salman"): breadth first over objects and prepositional phrases, nearest depth first."""
    # the sources' phrases are no target, but a relative clause holding the trigger is searched ("militants
    # who joined the fighters in Syria": the source's subtree holds the whole clause)
    blocked: set[int] = set()
    for head in sources:
        phrase = {t.i for t in head.subtree}
        for word in (match.token, match.anchor):
            if word.i in phrase and word.i != head.i:
                phrase -= {t.i for t in word.subtree}
        blocked |= phrase
    frontier = [match.token] + ([match.anchor] if match.anchor.i != match.token.i else [])
    seen = {t.i for t in frontier}
    for _ in range(_FALLBACK_REACH):
        found: list[Token] = []
        following: list[Token] = []
        for token in frontier:
            for child in token.children:
                # ("searched the ambassador's residence": a thing acted on names no one, its owner is acted on)
                owner = child.dep_ == "poss" and token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj") and token.i not in (
                    match.token.i, match.anchor.i)
                if child.i in seen or child.i in blocked or (child.dep_ not in _FALLBACK_DEPS and not owner):
                    continue
                if _border_place(child, cameo, patterns.borders):
                    continue  # "fired near the border with Chad": a border and what it names are where, no one acted on
                if _place_of_a_thing(child, match, patterns):
                    continue  # "resigned after protests in Kenya": where the protests were, no one acted on
                if child.dep_ == "agent" and token.i in (match.token.i, match.anchor.i):
                    continue  # the trigger's own by-phrase is who does it ("asked by reporters")
                seen.add(child.i)
                following.append(child)
                if _names_actor(child, patterns):
                    found.append(child)
        if found:
            return found[:1]
        frontier = following
    aimed = _prep_objects(match.token, patterns.roles.aimed_preps)
    if match.object_token is not None:
        aimed += _prep_objects(match.object_token, patterns.roles.aimed_preps)
    return [t for t in aimed if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in MEASURE_ENTITIES
            and t.i not in blocked and not _border_place(t, cameo, patterns.borders)][:1]


def _own_phrase(head: Token) -> list[Token]:
    """The tokens of a noun phrase without the clauses inside it (relative clauses, infinitives):
    "the pipeline, which goes from Iraq" does not go anywhere itself."""
    tokens: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        for child in token.children:
            if child.dep_ in ("relcl", "ccomp", "advcl", "parataxis") or (
                    child.dep_ == "acl" and any(c.dep_ == "aux" for c in child.children)):
                continue
            stack.append(child)
    return sorted(tokens, key=lambda t: t.i)


def _is_thing(token: Token, patterns: TriggerPatterns) -> bool:
    """A common noun that names no people or body of them ("statues", "the skulls of fighters", "Russian-made
    weapons", "power", "the border"): its modifiers may name whose or where from, its head names what."""
    lemma = lemma_of(token)
    return (token.pos_ == "NOUN" and token.ent_type_ not in _ACTOR_ENTS and lemma not in patterns.actors.people_nouns
            and lemma not in patterns.actors.agent_nouns and not lemma.endswith(patterns.actors.agent_suffixes)
            and not _agentive(lemma, patterns))


def _agentive(lemma: str, patterns: TriggerPatterns) -> bool:
    """(session 36) Whether a noun names whoever does an act by its ending (roles.yaml agentive_endings): the ending
    after the stem of a verb the coder knows ("negotiator", "protester", "employee", "robber", "participant"), not a
    word that merely ends so ("power", "border", "order", "tractor", "agreement"); a noun-making ending of doers
    ("-ist", "-ian") names them after any stem (roles.yaml nominal_agentive_endings)."""
    roles = patterns.roles
    for ending in roles.agentive_endings:
        if not lemma.endswith(ending) or len(lemma) - len(ending) < 3:
            continue
        if ending in roles.nominal_agentive_endings:
            return True
        stem = lemma[: -len(ending)]
        stems = {stem, stem + "e", stem + "ate", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
        if stem.endswith("i"):
            stems.add(stem[:-1] + "y")  # ("occupier": occupy)
        if any(patterns.candidates(s, "verb") for s in stems):
            return True
    return False


def _where_it_goes(match: TriggerMatch, targets: tuple[Token, ...], patterns: TriggerPatterns) -> tuple[Token, ...]:
    """A verb's object that is only what moves ("returned 12 skulls to Peru", "withdrew peacekeepers from
    Rwanda") gives way to the named party it goes to or comes from: that party is acted on; a thing moved beside
    such a party is none, whoever its words say it came from ("returned Greek coins to the Turkish government")."""
    verb = match.token
    if len(targets) == 1 and targets[0].dep_ == "dobj" and targets[0].head.i == verb.i \
            and patterns.candidates(lemma_of(targets[0]), "noun") and _nominal_doers(targets[0], patterns):
        # (session 34) "condemned the release of water into the Pacific by Japan": an act whose doer its by-phrase names,
        # the verb's one object, is no thing the verb moves; where it went is its own (the act stands for its doer:
        # picker._doers_named)
        return targets
    moved = [t for t in targets if _is_thing(t, patterns) and (t.dep_ == "dobj" and t.head.i == verb.i or (
        t.dep_ == "conj" and t.head.dep_ == "dobj" and t.head.head.i == verb.i))]
    ends = [t for t in targets if t not in moved]
    if moved and ends and all(_names_actor(t, patterns) or not _is_thing(t, patterns) for t in ends) and any(
            t.dep_ == "pobj" and lemma_of(t.head) in patterns.roles.direction_preps and t.head.head.i == verb.i for t in ends):
        # "returned Greek coins to the Turkish government": what is moved, whoever it came from, is no party
        return tuple(ends)
    if not targets or any(t.dep_ != "dobj" or t.head.i != verb.i or _is_named(t) for t in targets):
        return targets
    own = [t for t in targets if any(c.dep_ == "poss" and pronoun_of(c) in patterns.pronouns.actors for c in t.children)]
    if match.object_token is None and any(_names_actor(t, patterns) for t in targets) and len(own) < len(targets):
        return targets  # "arrested six protesters in Kabul": people acted on stay the target; "its troops" are own
    # the verb's own phrases first, then any inside the object's ("returned a pendant engraved with an
    # image to Russian authorities": the parser hangs "to" on the nearest word)
    holders = [verb] + [t for target in targets for t in _own_phrase(target) if t.pos_ in ("NOUN", "PROPN", "VERB")]
    found: list[Token] = []
    for holder in holders:
        for place in _prep_objects(holder, patterns.roles.direction_preps):
            # "for the 1991 war against Iraq": one step into the phrase
            found += [place] if _is_named(place) else [t for t in _prep_objects(place, patterns.roles.direction_preps) if _is_named(t)]
        if found:
            return tuple(_with_conjuncts(found[:1]))
    return targets


def _own_objects(targets: tuple[Token, ...], patterns: TriggerPatterns) -> bool:
    """"withdrew its troops", "to open its airspace": every target is an object its actor's own pronoun possesses,
    naming no one else ("his Iranian counterpart", "its neighbour Kyrgyzstan", "his deputy Ana Ode" are others)."""
    return bool(targets) and all(
        t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj")
        and any(c.dep_ == "poss" and pronoun_of(c) in patterns.pronouns.actors for c in t.children)
        and not any(w.ent_type_ in _ACTOR_ENTS or w.pos_ == "PROPN" for w in t.subtree) for t in targets)


def _served_party(targets: tuple[Token, ...], patterns: TriggerPatterns) -> tuple[Token, ...]:
    """Whom an actor's own things or people are moved to, taken from or sent for: a named party after a direction
    preposition of their verb ("withdrew its troops from Chad"), else one its purpose clause names ("opened its
    ports for ships to reach Peru", "sent its ships to help Chile"), or where the own thing is ("extend its
    mission in Haiti"); none found: ()."""
    # ("extend their mission in the Balkan republic": where the own thing is sent or kept names the party too)
    found = [p for t in targets for p in _prep_objects(t, patterns.roles.place_preps) if _names_actor(p, patterns)]
    if found:
        return tuple(_with_conjuncts(found[:1]))
    for verb in {t.head for t in targets if t.head.pos_ in ("VERB", "AUX")}:
        found = [p for p in _prep_objects(verb, patterns.roles.direction_preps) if _names_actor(p, patterns)]
        doers: list[Token] = []  # ("for ships to reach Peru": whom the clause's act reaches first, then its doer)
        for clause in (c for c in verb.subtree if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.i > verb.i):
            found += [o for o in clause.children if o.dep_ == "dobj" and _names_actor(o, patterns)]
            found += [p for p in _prep_objects(clause, patterns.roles.direction_preps) if _names_actor(p, patterns)]
            doers += [o for o in clause.children if o.dep_ == "nsubj" and _names_actor(o, patterns)]
        if found or doers:
            return tuple(_with_conjuncts((found + doers)[:1]))
    return ()


def _addressed_in_meeting(noun: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """(session 21) Whom a meeting named in an adjunct of a verb of address is with, when its own phrase names no
    one: the one the verb is said to ("told Scholz in a phone call that ...", "warned his counterpart during a meeting
    in Bangkok", "urged him at the talks to ...": modality.yaml adjunct_preps)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or lemma_of(prep) not in patterns.modality.adjunct_preps:
        return []
    verb = prep.head
    if verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < prep.i
            and (_names_actor(c, patterns) or (_resolved(c, named) and c.pos_ in ("NOUN", "PROPN", "PRON")))][:1]


def _border_place(token: Token, cameo: str, borders: BorderCues) -> bool:
    """A border ("near the border with Chad") or a word in its complement, for an act not aimed across it."""
    if cameo[:2] in borders.target_roots:
        return False
    # ("closed its border with Chad": a border acted on stands for the neighbour; completion.beyond_border)
    return (is_border_noun(token, borders.nouns) and not border_acted_on(token)) or beyond_border(token, borders.nouns)
