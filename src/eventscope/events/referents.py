"""Acts named again by a noun: "condemned the attack" is aimed at whoever carried out the attack the
article reported before.

A coded event with no target whose verb acts on an event noun ("condemned the attack", "protested against
the killings", "apologised for the raid") that names no actor takes as its target the source of the latest
earlier event of the same CAMEO root in the article (a reader codes "X condemned the attack" as X ACCUSE
the attackers).

A violent act in the passive with no one named doing it ("two guards were killed", "the slain guards") is done by whoever did
the latest violent act reported just before it (the gunmen of the attack the article tells).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventscope.events.matching import lemma_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.speech import load_speech_cues
from eventscope.ontology import load_ontology
from eventscope.records import EventDraft, from_phrase_words

__all__ = ["sources_from_earlier_acts", "targets_from_earlier_acts"]

# Prepositions by which a verb acts on an act ("protested against the killings", "apologised for the raid").
_ACT_PREPS = frozenset({"against", "for", "over", "about", "on"})
_VIOLENT_ROOTS = load_ontology().root_group("violent")
_SOURCE_REACH = 2  # sentences back in which the violent act that a passive one continues is looked for
# Where a word of judgement names what its verb acts on ("called the move shameful", "deemed the plan reckless").
_NAMING_DEPS = frozenset({"oprd", "xcomp"})
_ACT_REACH = 1  # sentences back in which the act that "the decision", "the move" names again is looked for
# Determiners of a noun that names an act told before ("the decision", "this move"; not "a decision to build").
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _acted_on_nouns(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [g for c in verb.children if c.dep_ == "prep" and lemma_of(c) in _ACT_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return [t for t in found if t.pos_ == "NOUN"]


def targets_from_earlier_acts(doc: Doc, drafts: list[EventDraft], patterns: TriggerPatterns) -> None:
    """Fill, in place, the empty targets of `drafts` (one article's, in text order) that act on an act
    reported before."""
    for index, draft in enumerate(drafts):
        if draft.target:
            if all(map(from_phrase_words, draft.target)):
                _from_act_named_again(doc, drafts, index)  # (a target made of "the decision"'s own words)
            continue
        for noun in _acted_on_nouns(doc[draft.trigger_token]):
            # only the senses whose words are there: "the attack" is no "scathing attack" (a criticism)
            words = {lemma_of(t) for t in noun.subtree if t.i != noun.i}
            roots = {p.cameo[:2] for p in patterns.candidates(lemma_of(noun), "noun") if set(p.extra) <= words}
            if not roots:
                continue
            earlier = next((e for e in reversed(drafts[:index]) if e.event.cameo_root in roots and e.source
                            and e.trigger.end <= noun.idx), None)
            if earlier is not None:
                draft.target = list(earlier.source)
                break
        else:
            _from_act_named_again(doc, drafts, index)


def _from_act_named_again(doc: Doc, drafts: list[EventDraft], index: int) -> None:
    """"Hungary blocked the aid. Berlin condemned the decision": a word for any act said of no one (speech.yaml
    work_nouns: "the decision", "this move") names the act told just before by another actor, whose doer is the
    target."""
    draft = drafts[index]
    work_nouns = load_speech_cues().work_nouns
    trigger = doc[draft.trigger_token]
    # (a naming's word of judgement: "called the move shameful" judges what its verb acts on)
    verb = trigger.head if trigger.dep_ in _NAMING_DEPS else trigger
    for noun in _acted_on_nouns(verb):
        if lemma_of(noun) not in work_nouns or any(c.dep_ not in ("det", "amod") for c in noun.children):
            continue  # ("the council's decision", "the decision to build": its owner, or what it is, named there)
        if not any(c.dep_ == "det" and lemma_of(c) in _BACK_DETERMINERS for c in noun.children):
            continue
        earlier = next((e for e in reversed(drafts[:index]) if e.source and e.trigger.end <= noun.idx
                        and e.sentence_index >= draft.sentence_index - _ACT_REACH
                        and not any(a.text == s.text for a in e.source for s in draft.source)), None)
        if earlier is not None:
            draft.target = list(earlier.source)
            return


def _agentless_passive(verb: Token) -> bool:
    """"two guards were killed", or a past participle before its noun, "the slain guards" (no agent there)."""
    if verb.dep_ == "amod" and verb.tag_ == "VBN":
        return True
    return (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children))


def sources_from_earlier_acts(doc: Doc, drafts: list[EventDraft]) -> None:
    """Fill, in place, the empty sources of violent acts in the passive with no agent (`drafts` of one
    article, in text order) with the source of the latest violent act just before."""
    for index, draft in enumerate(drafts):
        if draft.source or draft.event.cameo_root not in _VIOLENT_ROOTS:
            continue
        if not _agentless_passive(doc[draft.trigger_token]):
            continue
        # an act whose source is one of the victims ("police raided ... a police officer was killed") is passed
        # over for the one before it
        earlier = next((e for e in reversed(drafts[:index]) if e.event.cameo_root in _VIOLENT_ROOTS and e.source
                        and draft.sentence_index - e.sentence_index <= _SOURCE_REACH
                        and not any(a.country and a.code == s.code for a in draft.target for s in e.source)), None)
        if earlier is not None:
            draft.source = list(earlier.source)
