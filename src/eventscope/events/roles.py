"""Roles from the dependency parse: who acts (source) and who is acted on (target).

First the role *phrases* are found (their head tokens): active and passive subjects, by-agents, direct,
indirect and prepositional objects, conjuncts, relative clauses, controllers of infinitives, the subject
of "is willing / ready to", and for nominal triggers the possessor ("Russia's invasion"), a national
modifier ("Russian advances"), by-phrases and participles ("sanctions imposed by X targeting Y"). Then:
- a time or amount is no target ("met on Monday"); with no target left, the nearest phrase below the
  trigger that names an actor is ("sought refuge in Bangladesh", "met in Seoul"), else the object of an
  aimed-at preposition ("filed a lawsuit against the broadcaster");
- an object that is only what moves ("returned 12 skulls to Peru", "withdraw its troops from Gaza")
  gives way to the named party it goes to or comes from;
- an arrest or detention with no one named doing it was done by the state where it happened;
- a verb with no target of its own acts on the subject of its small clause ("found the mayor guilty"), and a
  demand or accusation on the subject of its that-clause ("demanded that the minister resign"); a feeling
  ("was alarmed when the minister spoke") is about the subject of the clause that caused it;
- a nominal act that someone was moved or hit by ("was stung by criticism from farmers") is aimed at them;
- people acted on whose country was only guessed from where they were take the one their apposition gives
  ("12 aid workers - eight of them Kenyan nationals -");
- a passive whose subject the parser hung on an earlier noun ("after leader A B was captured") acts on the
  word before its auxiliary;
- (session 7) an act acted on is aimed at who made it, named in its participle's by-phrase ("rejected the offer
  made by X"); a refusal or consent to let people act is aimed at them ("refused to allow the inspectors to
  enter"); help given as a thing or to no one named goes to whom its purpose infinitive names ("donated pumps
  to assist Peru"); a refusal that waits on another's act is aimed at whoever must act first ("will not call off
  the stoppage before the ministry pays"); an investigation is about the subject of its content ("into claims that
  two soldiers abused children", "into whether the envoy was spied on"); "some districts of northern Mali" names
  what its of-phrase names.
- (session 8) the people a trigger's own object names are its target when named or beside prepositions naming no
  actor ("summoned an Indian diplomat to its ministry", "released prisoners on humanitarian grounds"); a voiced
  feeling (triggers.yaml feeling_codes) is about its preposition's object or its that-clause's subject ("hoped
  that Peru would sign"); an act acted on whose maker has no name is aimed at the people its of/from/by phrase
  names ("accepted demands from the farmers"); a dative "to" stands for its object; words inside a target
  already found make no second one.
- (session 11) a deed told by a gerund after a verb of judging, stopping or rewarding (roles.yaml
  deed_judging_verbs) is done by the one judged ("accused Serbia of attacking Kosovo", "thanked Japan for sending
  aid"; in the passive only when someone named judges: "soldiers were accused of" stays an accusation); a nation
  named before a plan owns it ("a US pledge to send aid"); a plan no one owns that a verb of judging is about is
  not the judge's ("condemned the decision to invade"); a headline verb read as a noun keeps its subject for its
  purpose infinitive; a relative pronoun acted on stands for its noun when that names an actor and the clause
  names who acts ("the envoy, who was expelled by Peru"). Measured on tests/events/control_cases.yaml.
- (session 11) every party a role lists is an actor: companions ("Sweden, together with Norway", "alongside France",
  on the head or on its verb), named members of a group that add an actor code ("some Gulf states, including Qatar")
  in place of a group with no country of its own, a committing noun's by-phrase as the doer of its infinitive ("the
  offer by Japan to send teams"), an attack's target hung on its by-phrase, a list broken after a direct object.
- (session 13) force used on a place where people are (roles.yaml peopled_places) is aimed at the victims its
  participle counts ("stormed a hotel in Bamako, killing six guests"); a role phrase never ends in a preposition or
  determiner a broken parse left on it; an actor's own thing moved, opened or sent (roles.yaml own_object_codes:
  "agreed to open its ports for ships to reach Peru") is aimed at the party named as the one it serves, where it goes
  or where it is, else stays (plv_train target token F1 0.670 -> 0.672, countries bench target 556 -> 558). With
  actors/completion.py's state-owned things (a state's decision GOV, its jet MIL), measured on
  tests/events/target_cases.yaml: 68/68 aimed at the expected code (main 39 of the first 64). A thing moved to a named
  party ("returned a stolen Italian painting to the Mexican government") is no party itself, whatever its words
  name; near misses 0/34 (4/34 before that rule).
Who acts when the parse does not say it outright: the subject of a light verb before a name in the noun's
modifiers ("Macron hosted a UN summit"); whom a verb of undergoing names ("received aid from Japan"); the actor
right before a finite verb the parser left without subject; for a passive killing with no one named, whoever does
the armed act of its when/as clause or the other side of the clashes it happened in; for an act done with
someone or a visit told as a clause's setting ("after talks with Putin, Macron said", "during a visit to Peru,
the minister signed"), the clause's subject; for a weapon someone fired, its firer;
what a copula says of its subject ("remains the largest donor", "was responsible for the killings", "flew to
Rome for talks"), that subject; forces deployed by no one named, the forces themselves (for their country).
Then the actor mentions inside each phrase are chosen (the ones closest to its head); a phrase with no
mention still yields an actor built from its words, so a role is never lost; a *source* built from words
alone must name someone who can act (people, a body of people, a proper name: "a furnace exploded" has no
source), and beside a known actor a target phrase naming only a thing is dropped.

An actor's text is the whole noun phrase a reader marks for the role (`role_span`): determiners,
adjectives, compounds and possessors, then name parts, an "of"/"in"/"from"/"for" complement and a title in
apposition, never a relative clause, a conjunct or other prepositions; a source also keeps a description
of who it is ("forces loyal to Haftar"), while a target named by name drops a description opened by "a" or
"its" ("Odin Sanchez, a former congressman") and where a person was ("President X in Washington"). An event noun acted on ("rejected a call from President X")
yields its actor's own phrase. Several actor words before one head make one actor ("Bosnian Serb units").
No role reaches into an article's dateline ("KABUL (Pajhwok):", "MANILA, Philippines --"); a headline above it
is a sentence like any other, and help with no one named as helped goes, in a headline of two clauses set side
by side ("Nepal declares emergency, India sends rescue teams"), to the other clause's subject. The resolved
actor (name, country) stays the mention's. A verb with no target of its own that governs an infinitive
takes that infinitive's ("threatened to shell Haifa", "refused to send troops to Iraq"); an infinitive that is
no act ("offered to help locate the boat") lends only an object that names an actor.

Measured (`eventscope evaluate`, main event per sentence, token F1 of role text vs gold spans), tuned on
the even lines of each file and checked on the odd lines:
plv_train odd     source 0.789 -> 0.820, target 0.509 -> 0.603
conflibert odd    source 0.789 -> 0.818, target 0.557 -> 0.672
(session 7, whole files, the target rules above: plv_train target 0.621 -> 0.643 with the other helpers' work,
about 0.017 of it these rules; conflibert_train 0.669 -> 0.695, about 0.020 of it these rules.)
(earlier: plv_train source 0.742 -> 0.788, target 0.433 -> 0.491.)
(session 8, whole files, the session 8 rules above and the coder's joint failures: plv_train target 0.644 -> 0.656,
conflibert_train 0.698 -> 0.720, with other helpers' work in between; `eventscope evaluate --roles N` lists the
sentences whose target words differ, worst first.)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventscope.actors.antecedents import PLURAL_TAGS, antecedents
from eventscope.actors.completion import beyond_border, border_acted_on, is_border_noun, says_its_country
from eventscope.context import Dateline, find_dateline
from eventscope.events.matching import (
    MEASURE_ENTITIES,
    TriggerMatch,
    headline_passive_subjects,
    is_infinitive,
    lemma_of,
    passive_infinitive,
    pronoun_of,
)
from eventscope.events.patterns import BorderCues, PronounCues, TriggerPatterns
from eventscope.records import UNRESOLVED_PHRASE, Actor, ActorMention, bare_phrase

__all__ = ["RoleHeads", "ActorPicker", "role_heads"]

# Whether the actor stage resolved an actor at a token (ActorPicker.is_actor); None: it was not asked.
Named = Callable[[Token], bool] | None
# Links up from the noun a denial's "which" hangs on to the accusing verb ("accused X of laying mines on the side of
# the line, which Y denied": line, of, side, on, laying, of, accused).
_ACCUSATION_REACH = 8

_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# What only an active verb has: an object, a clause, a particle ("accused the judges", "called on X to resign")
_ACTIVE_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prt"})
_NATIONAL_ENTS = frozenset({"GPE", "NORP", "ORG"})
_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_OF = frozenset({"of"})  # the preposition of a part, an owner or a doer ("access of aid workers")
_WITH = frozenset({"with"})  # the preposition of a partner or of the other side ("clashed with police")
_BY = frozenset({"by"})  # the preposition of a doer ("the attack by rebels")
# Pre-modifiers that belong to a role phrase's words.
_PREMODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct", "predet"})
# Right-hand name parts of a noun phrase a reader marks with it (with an apposition, "Alice Wells, a senior
# official", and a complement of roles.yaml phrase_preps, "the leader of the network").
_NAME_PARTS = frozenset({"compound", "flat", "nummod"})
_OBJECT_REACH = 12  # words after a preposition searched for its object
# Dependencies followed from a trigger when it has no target of its own: its objects, prepositional
# phrases, complements and infinitives, never its subject or a clause of its own (what someone *said*).
# A participle's by-phrase on an act acted on names who made it: "rejected every offer made by the rebels".
_FALLBACK_DEPS = frozenset({"dobj", "dative", "obj", "prep", "pobj", "pcomp", "attr", "oprd", "xcomp", "acl",
                            "appos", "conj", "npadvmod", "advmod", "acomp", "agent"})
# Left modifiers through which a phrase names an actor ("Saudi Arabia's King", "an Armenian proposal").
_NAMING_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
_FALLBACK_REACH = 4  # dependency steps searched below the trigger
# How the parser hangs the later items of a list it broke after the first comma (see `_list_rest`).
_LIST_DEPS = frozenset({"npadvmod", "appos", "dobj", "nsubj", "conj", "dep"})
# Tags of finite verbs, and the dependencies of a clause verb that should have a subject of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_STRANDING_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})


@dataclass(frozen=True, slots=True)
class RoleHeads:
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    # True when no pattern gave a target and it was searched for below the trigger (`_fallback_targets`):
    # a likelier guess than none, but weaker evidence that this is the sentence's main event
    inferred_target: bool = False


def _is_list_item(token: Token, *, patterns: TriggerPatterns) -> bool:
    """An apposition that goes on with conjuncts of its own ("Indonesia, Australia, Malaysia and Singapore")
    is an item of a list, not a description of the word before it, as is one opened by "even"; one opened by
    "a" ("A B, a priest and author") describes who that is, unless the word before it is plural ("two generals,
    a company and a bank": one of them cannot be who they are)."""
    if token.dep_ != "appos":
        return False
    return _adds_to_list(token, patterns=patterns) or (any(c.dep_ == "conj" for c in token.children) and (
        token.head.tag_ in PLURAL_TAGS and token.tag_ not in PLURAL_TAGS
        or not any(c.dep_ == "det" and lemma_of(c) in ("a", "an") for c in token.children)))


def _adds_to_list(token: Token, *, patterns: TriggerPatterns) -> bool:
    """"farmers, truckers, even the port workers": an apposition opened by "even" is one more of them, not
    who they are ("also" is left out: "Smith, also a senator," says who Smith is)."""
    return token.dep_ == "appos" and any(c.dep_ == "advmod" and lemma_of(c) in patterns.roles.adding_words and c.i < token.i
                                         for c in token.children)


def _describes_a_name(head: Token, appos: Token, pronouns: PronounCues) -> bool:
    """"Odin Sanchez, a former congressman", "Kuwait, its first mission abroad": an apposition opened by "a" or
    a possessive pronoun after a name describes the one named; a reader marks the name alone as the one acted
    on (a definite title stays: "Marie Smith, the former ambassador")."""
    return head.pos_ == "PROPN" and any(
        (c.dep_ == "det" and lemma_of(c) in ("a", "an")) or (c.dep_ == "poss" and pronoun_of(c) in pronouns.actors)
        for c in appos.children if c.i < appos.i)


def _list_items(token: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """A word and the words listed after it as its conjuncts (or as list items the parser made appositions)."""
    items = [token]
    for child in token.rights:
        if child.dep_ == "conj" or _is_list_item(child, patterns=patterns):
            items += _list_items(child, patterns=patterns)
    return items


def _list_opening(prep: Token, words: frozenset[str]) -> Token | None:
    """The object of a preposition on a role's head when it opens members or companions (`words`): one word
    ("including Qatar"), or two, the word before it and itself ("such as France", "together with Norway") or itself
    and the preposition the parser hangs on it ("along with Australia")."""
    if prep.dep_ != "prep":
        return None
    word = prep.text.lower()
    if word in words or (prep.i > 0 and f"{prep.doc[prep.i - 1].text.lower()} {word}" in words):
        return next((c for c in prep.rights if c.dep_ == "pobj"), None)
    for inner in prep.rights:
        if inner.dep_ == "prep" and f"{word} {inner.text.lower()}" in words:
            return next((c for c in inner.rights if c.dep_ == "pobj"), None)
    return None


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


def _stranded_conjunct_subject(verb: Token) -> list[Token]:
    """The name `_verb_stranded_after` reads as the subject of `verb` ("... the deal and Belgium refused"), if any."""
    if verb.dep_ != "conj" or verb.i == 0:
        return []
    i = verb.i - 1
    while i > 0 and verb.doc[i].dep_ in ("aux", "neg", "advmod") and verb.doc[i].head.i == verb.i:
        i -= 1
    before, stranded = verb.doc[i], _verb_stranded_after(verb.doc[i])
    return [before] if stranded is not None and stranded.i == verb.i else []


def _list_rest(target: Token) -> list[Token]:
    """"met with envoys from Chile, leaders of the unions and a group of farmers": the parser hangs the items
    after the first comma of a list on the verb or an earlier noun; an item right after the target's
    phrase, whose own phrase closes the list with "and"/"or", is aimed at too."""
    doc = target.doc
    comma = target.right_edge.i + 1
    if target.dep_ not in ("pobj", "dobj") or comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    item = doc[comma + 1]
    # up from the item's first word through the words that modify the phrase head from its left ("the
    # International Red Cross"), never to a head the phrase does not open
    while item.dep_ in _PREMODIFIERS and item.head.i > item.i and item.head.left_edge.i == comma + 1:
        item = item.head
    if (item.pos_ not in ("NOUN", "PROPN") or item.left_edge.i != comma + 1 or item.head.i >= target.i
            or item.dep_ not in _LIST_DEPS):
        return []
    closes = any(t.dep_ == "cc" and lemma_of(t) in ("and", "or") for t in item.subtree)
    return [item, *(t for t in item.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN"))] if closes else []


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or _reduced_passive(verb) \
        or _shared_passive(verb)


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


def _is_headline_infinitive_on_noun(verb: Token) -> bool:
    """"French minister to visit Algeria": in a headline with no finite verb the parser hangs the infinitive on
    the noun before it, the sentence's root, which is its subject."""
    head = verb.head
    return (verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and head.i < verb.i and is_infinitive(verb))


def _infinitive_of_intent(verb: Token, *, patterns: TriggerPatterns) -> bool:
    """An infinitive on a noun of will ("Russia's decision to invade"), or of a measure moved ("a resolution to censure
    the governor", which the parser may take for a relative clause): done by whose the noun is."""
    return (verb.dep_ in ("acl", "relcl") and lemma_of(verb.head) in patterns.roles.intent_nouns
            and any(c.dep_ == "aux" and lemma_of(c) == "to" for c in verb.children))


def subjects_of(verb: Token, depth: int = 0, *, patterns: TriggerPatterns) -> list[Token]:
    """The acting subject of a verb, following control, coordination and relative clauses."""
    if depth > 6:
        return []
    passive = _is_passive(verb)
    if passive:
        # ("who was jailed and tortured by the police": passives joined with no subject of their own share the by-phrase
        # the parser hung on the last)
        agents = _agents(verb) or [a for c in verb.children if c.dep_ == "conj" and _is_passive(c)
                                   and not any(g.dep_ in _PASSIVE_SUBJECT_DEPS for g in c.children) for a in _agents(c)]
        if agents:
            return agents
        if verb.dep_ == "acl":
            return []
    own = [_whole_of(c, patterns=patterns) for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.dep_ != "expl"]
    if own:
        if verb.dep_ == "relcl" and lemma_of(own[0]) in patterns.roles.wh_words:
            return [verb.head]
        return own
    if passive and any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "relcl" and not _infinitive_of_intent(verb, patterns=patterns):
        return [head]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.ent_type_ in _TIME_ENTS and head.dep_ == "pobj" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        # "shelled the town for a sixth day, killing 32": the participle goes with the clause, not the day
        return subjects_of(head.head.head, depth + 1, patterns=patterns)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        return [head]
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.sent.root.pos_ in ("NOUN", "PROPN") \
            and (head.dep_ in ("appos", "ROOT") or head.pos_ == "PROPN"):
        # (session 19) "The Labour leader, Sir Keir Starmer, called on ministers to act": a sentence with no main
        # verb, whose finite verb the parser hung on the named subject before it
        return [head]
    if _infinitive_of_intent(verb, patterns=patterns):
        return _intent_owners(head, depth, patterns=patterns)
    if _is_headline_infinitive_on_noun(verb):
        return [head]
    if verb.dep_ == "xcomp":
        return _controllers(head, depth, patterns=patterns)
    if verb.dep_ == "advcl" and lemma_of(head) in patterns.roles.joining_verbs and is_infinitive(verb):
        # "Dutch experts joined Belgian engineers to assist": those joined act with those joining
        return subjects_of(head, depth + 1, patterns=patterns) + [c for c in head.children if c.dep_ == "dobj"]
    if verb.dep_ in ("acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
        return subjects_of(head, depth + 1, patterns=patterns)  # "Russia is willing to withdraw": the copula's subject
    if verb.dep_ == "conj" and head.dep_ == "conj" and head.pos_ not in ("VERB", "AUX"):
        # "they drill, march, cook and raid X": a list of verbs with one misread as a noun still shares the
        # first verb's subject
        first = head
        while first.dep_ == "conj" and first.head.i != first.i and first.pos_ not in ("VERB", "AUX"):
            first = first.head
        return subjects_of(first, depth + 1, patterns=patterns) if first.pos_ in ("VERB", "AUX") else []
    if verb.dep_ == "dep" and head.pos_ == "VERB" and verb.tag_ in _FINITE_TAGS and verb.i > head.i \
            and verb.doc[verb.left_edge.i - 1].text in (",", ";", "and"):
        # "signed a pact on Friday, then accused Bolivia": a finite verb after a comma that the parser left hanging
        # with no subject of its own goes on with the clause's subject
        return subjects_of(head, depth + 1, patterns=patterns)
    if verb.dep_ in ("advcl", "xcomp") and head.pos_ == "NOUN" and head.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" for c in head.children):
        # "Germany and Chile hand over trucks to support ...": a headline verb tagged as a noun keeps its subject
        return subjects_of(head, depth + 1, patterns=patterns)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and _is_passive(head) \
            and any(c.dep_ in _ACTIVE_COMPLEMENT_DEPS for c in verb.children):
        # (session 19) "she was disappointed by the ruling and accused the judges": an active verb with an object or
        # a clause joined to a passive one shares its subject, not the passive's agent ("was arrested by police and
        # charged with sedition" stays passive)
        shared = [c for c in head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
        if shared:
            return shared
    if verb.dep_ == "conj" and head.pos_ == "ADJ":
        # "she was frustrated by the ruling and accused the judges": an adjective the parser made the clause's head
        # (its copula an auxiliary) shares its subject with the verb joined to it
        shared = [c for c in head.children if c.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS and c.dep_ != "expl"]
        if shared:
            return shared
    if verb.dep_ in ("conj", "advcl", "pcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "ccomp":
            return []
        stranded = _stranded_conjunct_subject(verb)
        if stranded:
            return stranded  # (session 20) "... veto the deal and Belgium refused": the name before it, not the first subject
        if verb.dep_ == "conj" and _is_passive(head) and not passive:
            # "was alarmed by the decision and rejected the charges": the two verbs share the passive's subject, not
            # its agent
            shared = [c for c in head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
            if shared:
                return shared
        return subjects_of(head, depth + 1, patterns=patterns)
    if verb.dep_ == "pcomp" or (verb.dep_ == "pobj" and head.dep_ == "prep"):
        return _judged_doers(verb, patterns=patterns) or _prepositional_subjects(head.head, depth, patterns=patterns)
    if verb.dep_ == "amod" and head.dep_ == "pobj":
        return _judged_doers(verb, patterns=patterns)  # "accused Asmara of massing troops", the gerund parsed as its object's adjective
    return []


def _intent_owners(noun: Token, depth: int, *, patterns: TriggerPatterns) -> list[Token]:
    """Who has the intent a noun with an infinitive names: "his intention to resist", "Russia's decision to invade":
    whose intention it is; "announced a plan to build": who announced it. ("the refusal by Peru to meet": a refusal's
    by-phrase is whose it is too; not every noun's: "failed efforts by X to repeal" would code a plan, measured on
    conflibert_train.)"""
    owners = [c for c in noun.children if c.dep_ == "poss"] or _national_owners(noun) or (
        _noun_agents(noun) if lemma_of(noun) in patterns.roles.committing_nouns else [])
    if owners or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return owners
    return subjects_of(noun.head, depth + 1, patterns=patterns)


def _controllers(governor: Token, depth: int, *, patterns: TriggerPatterns) -> list[Token]:
    """Who does what an open complement of `governor` says: the object of a verb of object control ("urged Iran to
    talk", "called on Iran to talk"), the raised passive subject ("Putin is expected to visit"), else the
    governor's own subject."""
    if lemma_of(governor) in patterns.roles.object_control_verbs:
        controllers = [c for c in governor.children if c.dep_ in ("dobj", "dative")]
        controllers += [g for c in governor.children if c.dep_ == "prep" and lemma_of(c) in ("on", "upon")
                        for g in c.children if g.dep_ == "pobj"]
        if controllers:
            return controllers
    raised = [c for c in governor.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
    return raised or subjects_of(governor, depth + 1, patterns=patterns)


def _prepositional_subjects(governor: Token, depth: int, *, patterns: TriggerPatterns) -> list[Token]:
    """Who does an act named inside a prepositional phrase, by what the preposition hangs on (`governor`)."""
    if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "oprd") and governor.head.i != governor.i:
        governor = governor.head  # "X was guilty of breaking ...": the copula's subject acts
    if governor.pos_ in ("VERB", "AUX"):
        return subjects_of(governor, depth + 1, patterns=patterns)
    if governor.pos_ == "NOUN" and governor.dep_ == "pobj" and governor.head.head.pos_ in ("VERB", "AUX"):
        # "set sail with the aim of coming back to raid the port": who set sail
        return subjects_of(governor.head.head, depth + 1, patterns=patterns)
    if (governor.pos_ == "NOUN" and lemma_of(governor) in patterns.roles.intent_nouns and governor.dep_ == "pobj"
            and lemma_of(governor.head) == "with" and governor.head.head.pos_ in ("NOUN", "PROPN")):
        # "recruits who crossed the river, with the aim of coming back to raid": those with the aim
        return [governor.head.head]
    return []


def _national_owners(noun: Token) -> list[Token]:
    """"a US pledge to send aid", "the Russian decision to withdraw": a nation, body or people named before an
    intent noun is whose it is."""
    return [c for c in noun.children if c.i < noun.i and c.ent_type_ in _NATIONAL_ENTS
            and ((c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.ent_type_ == "NORP"))]


def _judged_doers(deed: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """"accused Serbia of attacking Kosovo", "Kenya was blamed for shelling the town": the one a verb of judging,
    stopping or rewarding acts on (its object, or its passive subject) did the deed its gerund tells."""
    prep = deed.head
    if deed.dep_ == "amod" and prep.dep_ == "pobj" and deed.i < prep.i:
        prep = prep.head  # "accused Asmara of massing troops": the parser took the gerund for an adjective of "troops"
    verb = prep.head
    if deed.tag_ != "VBG" or prep.dep_ != "prep" or lemma_of(prep) not in patterns.roles.deed_preps:
        return []
    if verb.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
        # "convicted the officer of torturing": the parser hangs the deed on the one judged
        verb, judged = verb.head, [verb]
    else:
        judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i]
    if judged and judged[0].dep_ == "nsubjpass" and not _agents(verb):
        # "soldiers were accused of beating protesters": judged by no one named, the deed is only alleged and the
        # sentence's act is the accusation (the codebook's unnamed critics), not the deed
        return []
    return judged if lemma_of(verb) in patterns.roles.deed_judging_verbs and verb.pos_ == "VERB" else []


def _prep_objects(token: Token, preps: frozenset[str], exclude: Token | None = None) -> list[Token]:
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and lemma_of(child) in preps and (exclude is None or child.i != exclude.i):
            found += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
    return found


def _thing_carrying_the_act(verb: Token, sources: list[Token], patterns: TriggerPatterns) -> list[Token]:
    """"issued statements praising the plan", "released a report accusing the police": a participle on a thing
    (no actor) that someone's verb acts with is done by that verb's subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or len(sources) != 1 or sources[0].i != verb.head.i:
        return sources
    thing = verb.head
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
    if sources and not any(_names_or_resolved(s, patterns, named) for s in sources):
        sources = _speaker_going_on(verb, patterns, named) or sources
    passive = _is_passive(verb)  # (asked up to seven times below: each walks the verb's children)
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
        if not named_first and (_acted_on_object(match, patterns, aimed) or _owned_object(match, patterns, aimed)):
            targets.append(obj)  # "released prisoners on humanitarian grounds": the people, not the grounds
        else:
            targets += aimed
            if not targets and (lemma_of(obj) in patterns.actors.people_nouns or obj.ent_type_ in _ACTOR_ENTS):
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


def _whole_of(subject: Token, *, patterns: TriggerPatterns) -> Token:
    """"most of them refused", "several of the unions walked out": a part named by a word of quantity acts for the
    whole its of-phrase names (roles.yaml partitive_words), which the actor stage can resolve."""
    if lemma_of(subject) not in patterns.roles.partitive_words:
        return subject
    whole = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return whole if whole is not None else subject


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
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head  # up from the noun to the verb of its clause
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
    return _is_named(obj) or not any(_names_actor(t, patterns) for t in aimed)


def _owned_object(match: TriggerMatch, patterns: TriggerPatterns, aimed: list[Token]) -> bool:
    """Whether a trigger's own object is a thing whose nationality word or possessor names whose it is, beside
    phrases `aimed` by its prepositions that name no actor ("rejected the Armenian proposal on a new format",
    "rejected the prime minister's deal on fishing"): the owner is acted on, not what the thing is about."""
    obj = match.object_token
    if obj is None or match.cameo[:2] in patterns.root_groups.deployments or not aimed:
        return False
    return _is_named(obj) and not any(_names_actor(t, patterns) for t in aimed)


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


def _wielders(thing: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """"The shells fired by the army struck", "a bomb planted by rebels killed": a thing doing an
    act, which a participle says someone used, is their weapon; they act. (Not "the governor's office
    declined": an office is a body; nor "a bombing by X killed": an act keeps its own phrase, which holds X.)"""
    if thing.pos_ != "NOUN" or _names_or_resolved(thing, patterns, named) \
            or patterns.candidates(lemma_of(thing), "noun"):
        return []
    doers = [a for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _agents(c)]
    return [d for d in doers if d.ent_type_ not in MEASURE_ENTITIES and d.pos_ in ("NOUN", "PROPN", "PRON")]


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
    by-phrase the parser hung elsewhere is aimed at who does it, in its stead (not at those it was done to)."""
    return [t for target in targets for t in (
        (_stranded_noun_agents(target, patterns) if target.dep_ == "dobj" and patterns.candidates(
            lemma_of(target), "noun") else []) or [target])]


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


def _owners(noun: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """The possessors of a plan or an act that name an actor ("the union's demand", "Kenya's offer"); not a
    pronoun, as often the actor's own ("gave Ukraine its backing")."""
    return [c for c in _possessors(noun) if c.pos_ != "PRON" and _names_or_resolved(c, patterns, named)]


def _possessors(noun: Token) -> list[Token]:
    """The possessors of a noun that may be actors ("Israel's raids"; not a date's or a number's)."""
    return [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in MEASURE_ENTITIES]


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


def _noun_agents(noun: Token) -> list[Token]:
    """Who does a nominal act by a by-phrase, on the noun or on a participle of it ("sanctions imposed by X")."""
    agents = [g for c in noun.children if c.dep_ == "prep" and lemma_of(c) == "by" for g in c.children if g.dep_ == "pobj"]
    for participle in (c for c in noun.children if c.dep_ == "acl" and not agents):
        agents += _agents(participle)
    return agents


def _stranded_noun_agents(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """Who does a nominal act by a by-phrase the parser hung elsewhere: on the act's of-object ("the arrest of the
    opposition leader by police") or, right after the act, on the active verb it is the object of ("condemned the
    demolition of homes by the army"); only a name or a body ("by telephone", "by force" say how)."""
    holders = [patient for patient in _prep_objects(noun, _OF) if patient.pos_ in ("NOUN", "PROPN")]
    agents = [agent for patient in holders for agent in _prep_objects(patient, _BY)]
    if noun.dep_ == "dobj" and not _is_passive(noun.head):
        agents += [g for c in noun.head.children if c.dep_ == "prep" and lemma_of(c) == "by"
                   and c.i == noun.right_edge.i + 1 for g in c.children if g.dep_ == "pobj"]
    return [agent for agent in agents if agent.pos_ == "PROPN" or _names_body(agent, patterns)]


def _nominal_doers(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """Who does a nominal act by a by-phrase: on the noun or its participle, else where the parser stranded it."""
    return _noun_agents(noun) or _stranded_noun_agents(noun, patterns)


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
    if noun.dep_ != "pobj" or lemma_of(noun.head) not in patterns.nominal.cause_preps:
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
    is), "the cartel was responsible for the killings" (what it answers for), "the minister flew to Rome for
    talks" (a meeting its subject went for)."""
    head = noun.head
    if noun.dep_ == "attr" and head.pos_ in ("VERB", "AUX"):
        clause = head
    elif noun.dep_ == "pobj" and lemma_of(head) == "for" and head.head.pos_ == "ADJ" \
            and lemma_of(head.head) in patterns.nominal.answering_adjectives and head.head.dep_ in ("acomp", "oprd"):
        clause = head.head.head
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
    phrase = _spell_counted(noun)
    if phrase.dep_ != "pobj" or lemma_of(phrase.head) not in patterns.roles.setting_preps:
        return []
    verb = _clause_of_state(phrase.head.head)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    partners = [t for t in _prep_objects(noun, _WITH) if _names_or_resolved(t, patterns, named)]
    visit = cameo[:2] in patterns.root_groups.consultations and not _prep_objects(noun, _OF)
    if not partners and not visit:
        return []  # (not "after the attack with heavy losses")
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) not in patterns.roles.empty_subjects] \
        or subjects_of(verb, patterns=patterns)


def _spell_counted(noun: Token) -> Token:
    """The phrase of time that counts a nominal act ("after months of talks", "after weeks of clashes with"), else
    the noun itself: where the act's phrase hangs in its clause."""
    head = noun.head
    if noun.dep_ == "pobj" and lemma_of(head) == "of" and head.head.pos_ == "NOUN" and head.head.ent_type_ in _TIME_ENTS:
        return head.head
    return noun


def _clause_of_state(word: Token) -> Token:
    """The verb of the clause an adjective of state belongs to ("was relaxed and confident after battles with X":
    "was"), else the word itself."""
    while word.pos_ == "ADJ" and word.dep_ in ("acomp", "conj") and word.head.i != word.i:
        word = word.head
    return word


def _owner(noun: Token, patterns: TriggerPatterns) -> list[Token]:
    """"the rebels claimed the attack", "boasted of concessions": the subject of a verb owning the act as its
    own (triggers.yaml: owning_verbs) does it."""
    verb = noun.head
    if noun.dep_ == "pobj" and lemma_of(verb) in ("of", "to", "about"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return []
    if verb.pos_ != "VERB" or lemma_of(verb) not in patterns.nominal.owning_verbs:
        return []
    return subjects_of(verb, patterns=patterns)


def _names_body(token: Token, patterns: TriggerPatterns) -> bool:
    """A word naming people or a body of them, or a phrase naming an actor: "police", "the army", "the
    Ethiopian army" (not "hospital arrest", "accusations of the dictatorship")."""
    lemma = lemma_of(token)
    actors = patterns.actors
    return token.pos_ in ("NOUN", "PROPN") and (
        lemma in actors.people_nouns or lemma in actors.agent_nouns or _is_named(token))


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


def _naming_subjects(clause: Token, *, patterns: TriggerPatterns) -> list[Token]:
    """The subjects of a clause that name someone (not "it is clear that", "there were")."""
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
            and lemma_of(c) not in patterns.roles.empty_subjects]


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


def _speaker_going_on(verb: Token, patterns: TriggerPatterns, named: Named) -> list[Token]:
    """(session 22) "The spokesman said the report was biased and accused Uganda of lying": a verb the parser joined
    to what a speaker said, whose shared subject there names no one ("the report"), goes on with the speaker's own
    clause: the speaker acts (a thing said to be biased accuses no one)."""
    said = verb.head
    if verb.dep_ != "conj" or said.dep_ != "ccomp" or lemma_of(said.head) not in patterns.attribution.speech_verbs:
        return []
    speakers = [c for c in said.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < said.i]
    return [t for t in _with_conjuncts(speakers) if _names_or_resolved(t, patterns, named)]


def _names_or_resolved(token: Token, patterns: TriggerPatterns, named: Named) -> bool:
    """A phrase naming a participant by its words (_names_actor), or one the actor stage resolved."""
    return _names_actor(token, patterns) or _resolved(token, named)


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
    weapons"): its modifiers may name whose or where from, its head names what."""
    lemma = lemma_of(token)
    return (token.pos_ == "NOUN" and token.ent_type_ not in _ACTOR_ENTS and lemma not in patterns.actors.people_nouns
            and lemma not in patterns.actors.agent_nouns and not lemma.endswith(patterns.actors.agent_suffixes)
            and not lemma.endswith(patterns.roles.agentive_endings))


def _where_it_goes(match: TriggerMatch, targets: tuple[Token, ...], patterns: TriggerPatterns) -> tuple[Token, ...]:
    """A verb's object that is only what moves ("returned 12 skulls to Peru", "withdrew peacekeepers from
    Rwanda") gives way to the named party it goes to or comes from: that party is acted on; a thing moved beside
    such a party is none, whoever its words say it came from ("returned Greek coins to the Turkish government")."""
    verb = match.token
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


def _companions_of(match: TriggerMatch, sources: tuple[Token, ...], patterns: TriggerPatterns) -> tuple[Token, ...]:
    """"Turkey, along with Iran, met Russia", "Britain imposed sanctions alongside France": companions the parser
    hangs on the active verb (or on the light verb carrying a noun) act with its subject."""
    verb = match.token if match.is_verbal else match.anchor
    if not sources or verb.pos_ != "VERB" or _is_passive(verb):
        return ()
    found = [item for prep in verb.children if (obj := _list_opening(prep, patterns.roles.companion_preps)) is not None
             for item in _list_items(obj, patterns=patterns) if _names_body(item, patterns) and item not in sources]
    return tuple(found)


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
    if match.is_verbal and cameo[:2] in patterns.root_groups.violent:
        placed = tuple(t for t in targets if lemma_of(t) not in match.pattern.extra)  # ("fire" of "opened fire")
        targets = tuple(_with_conjuncts(_victims_in_place(match.token, placed, patterns))) or targets
        if targets and all(_where_it_happened(t, patterns) for t in targets):
            # "police clashed with protesters in the capital", "clashed with the secretary at Tuesday's hearing":
            # where force was used names no one; the other side its "with" names is who it was used on
            parties = [t for t in _prep_objects(match.token, _WITH) if _names_actor(t, patterns)]
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


def _border_place(token: Token, cameo: str, borders: BorderCues) -> bool:
    """A border ("near the border with Chad") or a word in its complement, for an act not aimed across it."""
    if cameo[:2] in borders.target_roots:
        return False
    # ("closed its border with Chad": a border acted on stands for the neighbour; completion.beyond_border)
    return (is_border_noun(token, borders.nouns) and not border_acted_on(token)) or beyond_border(token, borders.nouns)


def _within(actor: Actor, actors: list[Actor]) -> bool:
    """Whether an actor's words lie inside those of one already found for the role, of the same country or
    with none of its own: two heads of one phrase ("his counterpart President X") make one actor."""
    return any(other.start <= actor.start and actor.end <= other.end
               and (not actor.country or actor.country == other.country) for other in actors)


class ActorPicker:
    """Turns role heads into actors: the mentions nearest each head, else an actor made of the phrase."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], patterns: TriggerPatterns,
                 dateline: Dateline | None | bool = True) -> None:
        """`dateline`: the article's (the context's), None when it has none; left out, it is found here."""
        self.doc = doc
        self.patterns = patterns
        # No role reaches into the dateline ("KABUL (Pajhwok):"). A headline or kicker above it is a sentence
        # like any other: its actors count (bylines and credits are furniture, left out before this).
        if dateline is True:
            dateline = find_dateline(doc)
        self.dateline_start, self.text_start = (dateline.start, dateline.text_start) if isinstance(dateline, Dateline) \
            else (0, 0)
        self.mentions = sorted((m for m in mentions if not self.in_dateline(m.token_start)), key=lambda m: m.token_start)
        # (mentions_in looks among the mentions that may overlap a phrase, by their starts, not at every one)
        self._starts = [m.token_start for m in self.mentions]
        self._longest = max((m.token_end - m.token_start for m in self.mentions), default=0)
        self._by_head: dict[int, list[ActorMention]] = {}
        self._spans: dict[tuple[int, int, bool], tuple[int, int]] = {}  # role_span by its arguments
        self._list_preps: dict[int, bool] = {}  # _opens_list by the preposition's index
        self._found_in: dict[int, tuple[ActorMention, ...]] = {}  # mentions_in by the head's index
        self._borders = patterns.borders.nouns
        for mention in self.mentions:
            for i in range(mention.token_start, mention.token_end):
                self._by_head.setdefault(i, []).append(mention)

    def _code_in(self, country: str, actor: Actor) -> str:
        """The actor's code with `country` as its country: the same sectors (the coder's own dictionary)."""
        return self.patterns.dictionary.code_for(country, actor.sectors)

    def in_dateline(self, i: int) -> bool:
        """Whether token i lies in the article's dateline."""
        return self.dateline_start <= i < self.text_start

    def is_actor(self, token: Token) -> bool:
        """Whether an actor mention covers the token."""
        return token.i in self._by_head

    def _depth_below(self, token: Token, head: Token) -> int | None:
        """Steps from a token up to a role head, None when the token is not in that head's phrase
        (a conjunct of the head starts a phrase of its own)."""
        depth = steps = 0
        while token.i != head.i:
            up = token.head  # (read once a step: each read of Token.head makes a new Token)
            if up.i == token.i or token.dep_ in ("relcl", "advcl", "acl"):
                return None
            if (token.dep_ == "conj" or _adds_to_list(token, patterns=self.patterns)) and up.i == head.i:
                return None
            if token.dep_ == "prep" and self._opens_list(token):
                return None  # "states, including Qatar": the members are parties of their own (`_listed_with`)
            # "between Russia and China": conjuncts sit at the same depth, as do the items of a list the
            # parser reads as an apposition ("from Indonesia, Australia, Malaysia and Singapore")
            depth += token.dep_ != "conj" and not _is_list_item(token, patterns=self.patterns)
            token = up
            steps += 1
            if steps > 12:
                return None
        return depth

    def mentions_in(self, head: Token) -> list[ActorMention]:
        """The mentions inside the phrase headed by `head`, nearest first: only those at the least depth (memoised: the
        roles of a sentence's triggers share heads; a new list each time)."""
        if head.i not in self._found_in:
            self._found_in[head.i] = tuple(self._mentions_in(head))
        return list(self._found_in[head.i])

    def _mentions_in(self, head: Token) -> list[ActorMention]:
        best: list[tuple[int, ActorMention]] = []
        left, right = head.left_edge.i, head.right_edge.i
        first = bisect_left(self._starts, left - self._longest + 1)  # (one starting before it ends before left)
        for mention in self.mentions[first:bisect_right(self._starts, right)]:
            if mention.token_end <= left:
                continue
            if mention.token_start <= head.i < mention.token_end:
                depth: int | None = 0
            elif beyond_border(self.doc[mention.head], self._borders, head):
                continue  # "a post near the border with Chad": the border's complement says where the post is
            else:
                depth = self._depth_below(self.doc[mention.head], head)
            if depth is not None:
                best.append((depth, mention))
        if not best:
            return []
        nearest = min(d for d, _ in best)
        return [m for d, m in best if d == nearest]

    def _antecedents(self, pronoun: Token) -> list[ActorMention]:
        """A pronoun with no mention of its own: the mention it agrees with, a subject first, or the people joined
        before it whom "they" names (actors/antecedents.py)."""
        return antecedents(pronoun, self.mentions, coreference=self.patterns.coreference)

    def phrase_tokens(self, head: Token) -> tuple[int, int]:
        """Token range [start, end) of a role phrase's words: the head with its pre-modifiers, or its entity."""
        start = head.i
        for child in head.lefts:
            if child.dep_ in _PREMODIFIERS:
                start = min(start, child.left_edge.i)
        end = head.i + 1
        for child in head.rights:
            if child.dep_ in ("compound", "flat", "nummod") or (child.dep_ == "case" and child.i == end):
                end = max(end, child.right_edge.i + 1)
        if head.ent_type_:
            # the entity around the head, by its IOB tags (cheaper than building doc.ents per phrase)
            doc = self.doc
            ent_start, ent_end = head.i, head.i + 1
            while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
                ent_end += 1
            start, end = min(start, ent_start), max(end, ent_end)
        if head.i >= self.text_start > start:
            start = self.text_start  # (never back into the dateline)
        while start < head.i and self.doc[start].dep_ in ("punct", "cc", "case"):
            start += 1
        return start, end

    def role_span(self, head: Token, depth: int = 0, described: bool = False) -> tuple[int, int]:
        """Token range [start, end) of the whole noun phrase a reader would mark for a role: determiners,
        adjectives, compounds and possessors before the head; name parts, an "of"/"in"/"from"/"for" complement and an
        apposition after it, each without its own relative clauses, conjuncts or other prepositions; when
        `described`, also a description saying who it is ("forces loyal to Haftar", "workers employed by the UN")."""
        key = (head.i, depth, described)
        if key not in self._spans:
            self._spans[key] = self._role_span(head, depth, described)
        return self._spans[key]

    def _role_span(self, head: Token, depth: int, described: bool) -> tuple[int, int]:
        start, end = self.phrase_tokens(head)
        if head.pos_ not in ("NOUN", "PROPN"):
            return start, end
        for child in head.rights:
            if any(self.doc[i].dep_ != "punct" for i in range(end, child.left_edge.i)):
                break  # a gap: the words between belong to something else
            if child.dep_ in _NAME_PARTS:
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ == "prep" and lemma_of(child) in self.patterns.roles.phrase_preps and depth < 2:
                obj = self._object_of(child)
                if obj is None or obj.ent_type_ in MEASURE_ENTITIES:
                    break
                if not described and head.ent_type_ == "PERSON" and lemma_of(child) == "in":
                    break  # "met President X in Washington": where a person named was, not who
                end = max(end, self.role_span(obj, depth + 1)[1])
            elif child.dep_ == "appos" and depth < 2 and not _is_list_item(child, patterns=self.patterns):
                if not described and _describes_a_name(head, child, self.patterns.pronouns):
                    break
                end = max(end, self.role_span(child, depth + 1)[1])
            elif depth == 0 and described and self._describes(child):
                end = max(end, self._description_end(child))
            elif child.dep_ == "punct" and child.i == end and lemma_of(child) == ",":
                continue
            else:
                break
        return start, end

    @staticmethod
    def _describes(child: Token) -> bool:
        """A description after a noun that says who it is: "forces loyal to Haftar", "workers employed by
        the UN", "troops based in Vitez" (an adjective or past participle with its complement)."""
        return ((child.dep_ == "amod" and child.pos_ == "ADJ" and any(c.dep_ == "prep" for c in child.children))
                or (child.dep_ == "acl" and child.tag_ == "VBN" and child.i + 1 < len(child.doc)
                    and child.nbor().dep_ in ("prep", "agent") and child.nbor().head.i == child.i
                    and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in child.children)))

    def _description_end(self, child: Token) -> int:
        """End of a description: its own words and first prepositional phrase, never a clause of its own."""
        end = child.i + 1
        for part in child.rights:
            if part.dep_ in ("prep", "agent") and part.i == end:
                obj = self._object_of(part)
                if obj is None:
                    break
                end = self.role_span(obj, 1)[1]
            elif part.dep_ in ("advmod", "prt") and part.i == end:
                end = part.i + 1
            else:
                break
        return end

    def _object_of(self, prep: Token) -> Token | None:
        """The object of a preposition, looked for among the next few words (walking `children` of a
        preposition costs its whole subtree, which in a run-on sentence is long)."""
        for i in range(prep.i + 1, min(prep.right_edge.i + 1, prep.i + _OBJECT_REACH)):
            token = self.doc[i]
            if token.head.i == prep.i and token.dep_ == "pobj":
                return token
        return None

    def is_event_noun(self, head: Token) -> bool:
        """A noun naming an event or act ("a call", "the decision", "sanctions"), not a participant."""
        return (head.pos_ == "NOUN" and head.ent_type_ not in _ACTOR_ENTS
                and bool(self.patterns.candidates(lemma_of(head), "noun")))

    def _widened(self, actor: Actor, head: Token, mention: ActorMention, acting: bool = False) -> Actor:
        """The mention's actor, its text widened to the role's noun phrase when the mention lies inside it.
        An event noun acted on with an actor in its complement ("rejected a call from President X",
        "welcomed the decision by the Forum") has that actor as the target, so the text is the actor's own
        phrase; a modifier before the noun ("the Quetta attack", "U.S. calls") keeps the whole phrase."""
        if not acting and mention.token_start > head.i and self.is_event_noun(head):
            inner = self.doc[mention.head]
            while inner.dep_ in _NAMING_MODIFIERS and inner.head.i > inner.i:
                inner = inner.head  # "an attack on a government building": the building's phrase
            head = inner
        # a source's description says who acts ("forces loyal to Haftar"); a target's is often where it is
        start, end = self.role_span(head, described=acting)
        start, end = min(start, mention.token_start), max(end, mention.token_end)
        # (a phrase never ends in a preposition or a determiner: "a warship in the Gulf on" of a broken parse)
        while end > start + 1 and self.doc[end - 1].dep_ in ("punct", "cc", "case", "prep", "det"):
            end -= 1
        span = self.doc[start:end]
        if span.start_char == actor.start and span.end_char == actor.end:
            return actor
        return actor.revised(text=span.text, start=span.start_char, end=span.end_char)

    def phrase_actor(self, head: Token, described: bool = False) -> Actor:
        start, end = self.role_span(head, described=described)
        span = self.doc[start:end]
        words = span.text.strip()
        return Actor(
            text=words,
            start=span.start_char,
            end=span.end_char,
            name=words,
            country=None,
            kind="group",
            reason=UNRESOLVED_PHRASE,
            origin="phrase words",
        )

    def is_press(self, head: Token, actor: Actor) -> bool:
        cues = self.patterns.attribution
        return cues.is_outlet_name(actor.name) or cues.is_outlet_name(actor.text) or (
            lemma_of(head) in cues.press_nouns and not actor.country
        )

    def could_act(self, head: Token) -> bool:
        """A phrase with no actor mention may still act when it names people or an organisation; "a
        furnace exploded", "numerous roads were closed" have no one acting."""
        lemma = pronoun_of(head)
        return (self._names_people(head) or head.ent_type_ in _ACTOR_ENTS
                or (lemma in self.patterns.pronouns.actors and lemma not in self.patterns.pronouns.things))

    def actors_for(self, heads: tuple[Token, ...], excluded_spans: list[tuple[int, int]],
                   acting: bool = False) -> list[Actor]:
        """Actors of a role: mentions near each head, else the pronoun's antecedent, else the phrase itself
        (for an `acting` role only a phrase that could act). Reporting outlets never act (a newspaper
        sued is still a target); tokens inside attribution phrases never become participants; beside
        a known actor, a target phrase naming only a thing is dropped."""
        actors: list[Actor] = []
        phrase_only: list[bool] = []  # per actor: built from words alone, and naming no people
        # ("two generals, a company and a bank": the items of a list the parser hung on its first as an apposition)
        heads = tuple(t for head in heads for t in (head, *(c for c in head.rights if _adds_to_list(c, patterns=self.patterns))))
        members: dict[int, int] = {}  # a member of a group named before it ("states, including Qatar"): the group's head
        heads = tuple(t for head in heads for t in (head, *self._listed_with(head, members)))
        given_heads: list[int] = []  # per actor: the head it came from
        for given in heads:
            head = self._out_of_dateline(given) if self.in_dateline(given.i) else given
            if head is not None and head.pos_ == "ADP":
                head = self._object_of(head)  # "offered to Chile two frigates": a dative "to" stands for its object
            if head is None:
                continue
            if any(start <= head.i < end for start, end in excluded_spans) or lemma_of(head) in self.patterns.roles.wh_words:
                continue
            found = self.mentions_in(head)
            if not acting and self.is_event_noun(head) and not self._names_people(head):
                # ("forces backed by Russia": a word for people is who is acted on, whoever backs them)
                found = self._doers_named(head) or found
            if len(found) > 1 and all(m.token_end <= head.i for m in found) and \
                    found[0].token_start >= self.phrase_tokens(head)[0]:
                # "Bosnian Serb units": words before one head make one actor, the one nearest the head
                found = found[-1:]
            if len(found) > 1:
                # "his wife Maria": the named one is who it is; the possessive pronoun beside it only says whose
                named = [m for m in found if not self._possessive_pronoun(m)]
                found = named or found
            if len(found) > 1:
                # "the EU's foreign policy chief, Ana Ode,": the name in apposition is the title's holder, no second
                # actor; the body the title names before its head says whom she acts for
                owners = [m for m in found if not self._apposed_name(m, head)]
                found = owners if owners and any(m.token_end <= head.i for m in owners) else found
            # One actor in the phrase (or the one heading it) takes the phrase's words; several actors
            # inside one phrase ("cooperation between X and Y") keep their own, so none is lost.
            chosen = [self._widened(m.actor, head, m, acting)
                      if len(found) == 1 or m.token_start <= head.i < m.token_end else m.actor for m in found]
            chosen += self._listed_countries(head, found)
            if not chosen and (pronoun_of(head) in self.patterns.pronouns.actors or self._stands_for_people(head)):
                chosen = [m.actor for m in self._antecedents(head)]
            if not chosen:
                if head.pos_ in ("PUNCT", "SPACE", "NUM", "ADP", "VERB", "AUX") or head.ent_type_ in MEASURE_ENTITIES:
                    continue
                if self.patterns.candidates(lemma_of(head), "noun"):
                    # an event noun acted on names who made it ("conceded to the demands of the striking drivers");
                    # else ("talks", "cooperation") with no actor in it, it is no participant
                    maker = None if acting or head.pos_ != "NOUN" else _maker_of(head, self._names_people, patterns=self.patterns)
                    if maker is None:
                        continue
                    chosen = [self.phrase_actor(maker)]
                elif acting and not self.could_act(head):
                    continue
                else:
                    chosen = [self.phrase_actor(head, described=acting)]
            if not acting:
                chosen = [self._apposed_country(head, actor) for actor in chosen]
            for actor in chosen:
                if not (acting and self.is_press(head, actor)) and actor not in actors and not _within(actor, actors):
                    actors.append(actor)
                    phrase_only.append(bare_phrase(actor) and self._names_thing(head))
                    given_heads.append(given.i)
        if members:
            actors, phrase_only = self._with_members(actors, phrase_only, given_heads, members)
        # "return weapons-usable uranium to Russia": beside a known actor, a phrase naming a thing is no
        # participant (it is what is acted with, when or how). Alone it stays: dropping it was measured and
        # lost events and gold target spans (plv_train target F1 0.599 -> 0.589) for +0.003 dev dyad F1.
        if not acting and not all(phrase_only):
            actors = [actor for actor, thing in zip(actors, phrase_only) if not thing]
        return actors

    def _apposed_name(self, mention: ActorMention, head: Token) -> bool:
        """Whether a mention is a person's name in apposition to the role's head (a title)."""
        word = self.doc[mention.head]
        return mention.actor.kind == "person" and word.dep_ == "appos" and word.head.i == head.i \
            and word.pos_ == "PROPN"

    def _doers_named(self, act: Token) -> list[ActorMention]:
        """"condemned the bombing of a hospital by coalition jets", "the killing of protesters by soldiers drew
        condemnation": an act judged, rejected or welcomed is aimed at whom its by-phrase names as doing it, not at
        those it was done to."""
        doers = _nominal_doers(act, self.patterns)
        return [m for doer in doers for m in self.mentions_in(doer)]

    @staticmethod
    def _with_members(actors: list[Actor], phrase_only: list[bool], given_heads: list[int],
                      members: dict[int, int]) -> tuple[list[Actor], list[bool]]:
        """The actors of a role whose heads list members of a group: a member is one more party only when it has a
        country and adds an actor code the role lacks ("some Gulf states, including Qatar's"; not
        "protesters, including students", who are the group), and a group with no country of its own ("several
        countries, including Israel and Iran") is the members kept."""
        codes = {a.code or a.country for a, i in zip(actors, given_heads) if i not in members}
        keep: list[bool] = []
        for actor, i in zip(actors, given_heads):
            code = actor.code or actor.country
            # (a member with no country adds no party yet)
            keep.append(i not in members or (bool(actor.country) and code not in codes))
            codes.add(code)
        groups = {members[i] for i, k in zip(given_heads, keep) if k and i in members}  # groups with members kept
        keep = [k and (i not in groups or (bool(a.country) and says_its_country(a)))
                for a, i, k in zip(actors, given_heads, keep)]
        return [a for a, k in zip(actors, keep) if k], [p for p, k in zip(phrase_only, keep) if k]

    def _listed_with(self, head: Token, members: dict[int, int]) -> list[Token]:
        """The parties listed with a role's head by its prepositions: companions ("Sweden, together with Norway and
        Finland", "Britain, alongside France") and members of the group it names ("states, including Qatar and
        Kuwait", "countries such as France"), whose indexes go into `members` with the head's."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return []
        found: list[Token] = []
        # ("leaders of neighbouring states, including Uganda": the members of the group the head's of-phrase names)
        groups = [o for c in head.rights if c.dep_ == "prep" and lemma_of(c) in ("of", "from")
                  for o in c.rights if o.dep_ == "pobj"]
        for prep in (p for holder in (head, *groups) for p in holder.rights):
            if prep.dep_ != "prep":
                continue
            companion = _list_opening(prep, self.patterns.roles.companion_preps)
            member = None if companion is not None else _list_opening(prep, self.patterns.roles.member_preps)
            if companion is not None:
                # ("provided food alongside medicine": a thing is no companion)
                found += [i for i in _list_items(companion, patterns=self.patterns) if i.pos_ in ("NOUN", "PROPN") and i.ent_type_ not in
                          MEASURE_ENTITIES and (_is_named(i) or self._names_people(i))]
            for item in self._named_members(member) if member is not None else []:
                members[item.i] = head.i
                found.append(item)
        return found

    def _named_members(self, opened: Token) -> list[Token]:
        """The items of a list of members that name a party ("including Kenya", "the presidents of Kenya", a
        dictionary actor), not one more kind of people ("protesters, including students")."""
        return [item for item in _list_items(opened, patterns=self.patterns) if item.pos_ in ("NOUN", "PROPN") and (
            _is_named(item) or any(m.actor.country for m in self._by_head.get(item.i, ()))
            or any(_is_named(o) for o in _prep_objects(item, self.patterns.roles.maker_preps)))]

    def _opens_list(self, prep: Token) -> bool:
        """Whether a preposition opens companions, or members of whom one has a country ("states, including Qatar";
        not "weapons including rifles"), of a role's head (`_listed_with`): they are parties of their own."""
        if prep.i not in self._list_preps:
            if _list_opening(prep, self.patterns.roles.companion_preps) is not None:
                opens = True
            else:
                member = _list_opening(prep, self.patterns.roles.member_preps)
                opens = member is not None and any(m.actor.country for item in self._named_members(member)
                                                   for m in self._by_head.get(item.i, ()))
            self._list_preps[prep.i] = opens
        return self._list_preps[prep.i]

    def _stands_for_people(self, head: Token) -> bool:
        """"many", "some" alone as a subject or object ("many praised the plan"), not counting a phrase of their own
        ("many of the senators") nor modifying a noun."""
        return (lemma_of(head) in self.patterns.pronouns.quantifiers and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and not any(c.dep_ == "prep" and lemma_of(c) == "of" for c in head.children))

    def _possessive_pronoun(self, mention: ActorMention) -> bool:
        """A mention that is a lone possessive pronoun ("his", "their")."""
        token = self.doc[mention.head]
        return mention.token_end - mention.token_start == 1 and token.dep_ == "poss" and pronoun_of(token) in self.patterns.pronouns.actors

    def _apposed_country(self, head: Token, actor: Actor) -> Actor:
        """"12 aid workers - eight of them Kenyan nationals -": people with no country of their own take the
        one their apposition gives (who they are), not where they were."""
        if actor.country and says_its_country(actor):
            return actor
        for appos in [c for c in head.rights if c.dep_ == "appos"] + self._counted_after(head):
            countries = [m.actor.country for m in self.mentions_in(appos) if m.actor.country]
            if countries:
                country = countries[0]
                if country == actor.country:
                    return actor
                return actor.revised(country=country, code=self._code_in(country, actor),
                                     reason=actor.reason + "; country from apposition",
                                     country_from="apposition")
        return actor

    def _counted_after(self, head: Token) -> list[Token]:
        """"21 pilgrims - 20 of them Ethiopian migrants -" with the dash phrase hung elsewhere by the parser:
        a phrase right after the head's that counts "of them" is an apposition saying who they are."""
        doc, i = self.doc, head.right_edge.i
        i += doc[i].pos_ != "PUNCT"  # (the parser may hang the opening dash on the head)
        if i + 4 >= len(doc) or doc[i].pos_ != "PUNCT" or doc[i + 1].pos_ != "NUM" or \
                doc[i + 2].lower_ != "of" or doc[i + 3].lower_ not in ("them", "whom", "those"):
            return []
        for token in doc[i + 4:min(len(doc), i + 10)]:
            if token.pos_ == "PUNCT":
                break
            if token.pos_ in ("NOUN", "PROPN") and token.head.i not in range(i + 4, token.i + 1):
                return [token]  # the head of the counted phrase ("Ethiopian migrants")
        return []

    def _listed_countries(self, head: Token, found: list[ActorMention]) -> list[Actor]:
        """"officials from Germany, Italy and Spain": the actor at the head has the country of the list's
        first item; each other country listed gives the same actor of that country (one event per pair)."""
        if len(found) != 1 or not found[0].token_start <= head.i < found[0].token_end or not found[0].actor.country:
            return []
        actor = found[0].actor
        country = actor.country or ""
        listed: list[Actor] = []
        for prep in head.rights:
            obj = self._object_of(prep) if prep.dep_ == "prep" and lemma_of(prep) in ("from", "of") else None
            if obj is None:
                continue
            items = [m.actor for item in _list_items(obj, patterns=self.patterns) for m in self._by_head.get(item.i, ())]
            if len(items) < 2 or items[0].country != country:
                continue
            for item in items[1:]:
                if item.country and item.country != country and item.kind == "state":
                    listed.append(actor.revised(text=item.text, start=item.start, end=item.end,
                                                country=item.country, code=self._code_in(item.country, actor)))
        return listed

    def _names_thing(self, head: Token) -> bool:
        """A phrase naming a thing, not people: no proper name, no word for people, no agent noun
        ("engineers", "directors", "residents", "employees" name people the lists may lack)."""
        return not (self._names_people(head) or lemma_of(head).endswith(self.patterns.roles.agentive_endings))

    def _out_of_dateline(self, head: Token) -> Token | None:
        """"MANILA, Philippines -- President Duterte would": the parser heads the phrase with the dateline;
        the phrase's first noun after it is the role's real head."""
        for token in head.subtree:
            if token.i >= self.text_start and self.in_dateline(token.head.i) and token.pos_ in ("NOUN", "PROPN"):
                return token
        return None

    def _names_people(self, head: Token) -> bool:
        """A phrase headed by a proper name or a word for people or a body of them."""
        lemma = lemma_of(head)
        return (lemma in self.patterns.actors.people_nouns or lemma in self.patterns.actors.agent_nouns
                or lemma.endswith(self.patterns.actors.agent_suffixes) or head.pos_ == "PROPN")
