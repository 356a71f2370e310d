"""Who does a verb: its subject as the parse tells it and as a reader would.

`subjects_of` follows a verb to the phrase that does it: an active subject, a passive's by-agent, the subject of the
verb it is joined to or governed by (a controller of an infinitive: "Iran refused to meet"; "is willing to"), the
one judged for a deed told as a gerund ("accused Serbia of attacking Kosovo"), the nation that owns a plan ("a US
pledge to send aid"), the whole a partitive subject counts from ("most of the unions walked out"). The verb and noun rules
(verbs.py, nouns.py), role_heads and the coder all ask it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventscope.events.matching import is_infinitive, lemma_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.doers import _noun_agents
from eventscope.events.roles.grammar import (
    _FINITE_TAGS,
    _NATIONAL_ENTS,
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    _TIME_ENTS,
    _agents,
    _is_passive,
    _is_passive_clause,
    _verb_stranded_after,
)

# What only an active verb has: an object, a clause, a particle ("accused the judges", "called on X to resign")
_ACTIVE_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prt"})
# Steps up from the word before a verb to the title "whose" opens (`_whose_title_before`: Berg, envoy)
_WHOSE_REACH = 3
# Tags of a verb that cannot be an infinitive (a present plural "VBP" may be one the tagger misread)
_TENSED_TAGS = frozenset({"VBD", "VBZ"})


def _stranded_conjunct_subject(verb: Token) -> list[Token]:
    """The name `_verb_stranded_after` reads as the subject of `verb` ("... the deal and Belgium refused"), if any."""
    if verb.dep_ != "conj" or verb.i == 0:
        return []
    i = verb.i - 1
    while i > 0 and verb.doc[i].dep_ in ("aux", "neg", "advmod") and verb.doc[i].head.i == verb.i:
        i -= 1
    before, stranded = verb.doc[i], _verb_stranded_after(verb.doc[i])
    return [before] if stranded is not None and stranded.i == verb.i else []


def _whose_title_before(verb: Token) -> list[Token]:
    """(session 32) "talks were hosted by Norway, whose foreign minister, Anne Holt, urged both sides to compromise": the
    parser hangs the title opened by "whose" on the name before it as an apposition and joins the verb after it to the
    sentence's; the title (with its holder's name after it, up to the comma before the verb) is the verb's subject."""
    if verb.dep_ != "conj" or verb.i < 3 or verb.doc[verb.i - 1].text != ",":
        return []
    word = verb.doc[verb.i - 2]
    for _ in range(_WHOSE_REACH):
        if word.dep_ == "appos" and any(c.dep_ == "poss" and c.tag_ == "WP$" for c in word.children):
            return [word]
        if word.dep_ not in ("appos", "compound", "flat") or word.head.i >= word.i:
            return []
        word = word.head
    return []


def _subject_of_aside(verb: Token) -> list[Token]:
    """(session 38) "China's foreign ministry, asked about the listings, said ...": the parser takes the subject and
    the participle set off by commas after it for a clause of their own, the object of the verb after them, which is
    left with no subject; that subject is the verb's."""
    if verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return []
    for aside in (c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i and c.tag_ in ("VBN", "VBG", "VBD")):
        subjects = [c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i]
        if subjects and aside.i > 1 and verb.doc[aside.i - 1].text == ",":
            return subjects
    return []


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
    passive = _is_passive_clause(verb, patterns=patterns)
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
    aside = _subject_of_aside(verb)
    if aside:
        return aside
    head = verb.head
    if head.i == verb.i:
        return []
    whose = _whose_title_before(verb)
    if whose:
        return whose
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
    if verb.dep_ == "conj" and verb.tag_ in _TENSED_TAGS and head.dep_ == "xcomp" and is_infinitive(head) \
            and head.head.pos_ in ("VERB", "AUX"):
        # (session 30) "urged both sides to show restraint and offered to host talks": a verb in the past or the
        # third person is no infinitive; the parser joined it to the one the object was urged to, but it goes on
        # with the clause's own subject, not the one urged
        return subjects_of(head.head, depth + 1, patterns=patterns)
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
    while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.i != verb.i:
        # (session 30) "accused Malian troops and their allies of killing": the parser hangs the deed on the last
        # of those judged; all of them did it, the first standing for the list
        verb = verb.head
    if verb.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
        # "convicted the officer of torturing": the parser hangs the deed on the one judged
        verb, judged = verb.head, [verb]
    elif verb.dep_ == "pobj" and verb.head.dep_ == "agent" and verb.pos_ in ("NOUN", "PROPN"):
        # (session 35) "troops were accused by rights groups of massacring civilians": the parser hangs the deed on the
        # judges of the by-phrase; the passive's subject did it
        # (or the subject it shares with the verb before it: "troops fought alongside the army and were accused by ...")
        verb = verb.head.head
        judged = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
            [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.dep_ == "conj" else [])
    else:
        judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i]
    if judged and judged[0].dep_ == "nsubjpass" and not _agents(verb):
        # "soldiers were accused of beating protesters": judged by no one named, the deed is only alleged and the
        # sentence's act is the accusation (the codebook's unnamed critics), not the deed
        return []
    return judged if lemma_of(verb) in patterns.roles.deed_judging_verbs and verb.pos_ == "VERB" else []


def _whole_of(subject: Token, *, patterns: TriggerPatterns) -> Token:
    """"most of them refused", "several of the unions walked out": a part named by a word of quantity acts for the
    whole its of-phrase names (roles.yaml partitive_words), which the actor stage can resolve."""
    if lemma_of(subject) not in patterns.roles.partitive_words:
        return subject
    whole = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return whole if whole is not None else subject
