"""Acts named again by a noun: "condemned the attack" is aimed at whoever carried out the attack the
article reported before.

A coded event with no target whose verb acts on an event noun ("condemned the attack", "protested against
the killings", "apologised for the raid") that names no actor takes as its target the source of the latest
earlier event of the same CAMEO root in the article (a reader codes "X condemned the attack" as X ACCUSE
the attackers).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventscope.events.matching import lemma_of
from eventscope.events.patterns import TriggerPatterns
from eventscope.records import EventDraft

__all__ = ["targets_from_earlier_acts"]

# Prepositions by which a verb acts on an act ("protested against the killings", "apologised for the raid").
_ACT_PREPS = frozenset({"against", "for", "over", "about", "on"})


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
            continue
        for noun in _acted_on_nouns(doc[draft.trigger_token]):
            roots = {p.cameo[:2] for p in patterns.candidates(lemma_of(noun), "noun")}
            if not roots:
                continue
            earlier = next((e for e in reversed(drafts[:index]) if e.event.cameo_root in roots and e.source
                            and e.trigger.end <= noun.idx), None)
            if earlier is not None:
                draft.target = list(earlier.source)
                break
