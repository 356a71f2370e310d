"""Attribution: who reports or claims what a sentence says.

"as reported by CNN", "according to Xinhua", "citing officials" attribute every event of the sentence;
"X said (that) ..." attributes the events inside what X said. The words of these phrases are never role
phrases of an event: an outlet that reports does not act.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventscope.events.matching import lemma_of
from eventscope.events.patterns import AttributionCues

__all__ = ["Attribution", "find_attributions", "with_conjuncts"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporter's phrase heads, the token range it covers (events there are attributed to it; None means
    the whole sentence), and the token range of the attribution phrase. A reporting phrase ("according
    to X", "as reported by X") is never a participant; a speaker ("X said") may also act in what it says."""

    heads: tuple[Token, ...]
    scope: tuple[int, int] | None
    phrase: tuple[int, int]
    reporting_only: bool = True

    def covers(self, token: Token) -> bool:
        return self.scope is None or self.scope[0] <= token.i < self.scope[1]


def _span_of(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _pobjs(token: Token) -> list[Token]:
    return [g for g in token.children if g.dep_ in ("pobj", "dobj")]


def with_conjuncts(tokens: Sequence[Token]) -> tuple[Token, ...]:
    """Head tokens and their conjuncts ("the mayor and the governor"), without the conjunctions."""
    return tuple(t for head in tokens for t in (head, *head.conjuncts) if t.dep_ != "cc")


def _phrase_heads(token: Token, words: tuple[str, ...]) -> list[Token] | None:
    """For "according to X" at `token` ("according"), the objects X; None when the phrase is not here."""
    if lemma_of(token) not in (words[0], "accord") and token.text.lower() != words[0]:
        return None
    if len(words) == 1:
        return _pobjs(token)
    for child in token.children:
        if child.text.lower() == words[-1]:
            return _pobjs(child)
    return None


def find_attributions(sentence: SpacySpan, cues: AttributionCues, lemmas: Sequence[str] | None = None) -> list[Attribution]:
    """Attribution phrases of a sentence; `lemmas` (the document's, lower case) skips unrelated tokens."""
    found: list[Attribution] = []
    starts = cues.phrase_starts
    relevant = starts | cues.speech_verbs | cues.reporting_passives
    doc = sentence.doc
    for i in range(sentence.start, sentence.end):
        lemma = lemmas[i] if lemmas is not None else lemma_of(doc[i])
        if lemma not in relevant:
            continue
        token = doc[i]
        # "according to X", "citing X", "per X"
        if lemma in starts or token.text.lower() in starts:
            for words in cues.attribution_phrases:
                heads = _phrase_heads(token, words)
                if heads:
                    found.append(Attribution(with_conjuncts(heads), None, _span_of(token)))
                    break
        if token.pos_ not in ("VERB", "AUX"):
            continue
        # "as reported by CNN", "as detailed by state media"
        if lemma in cues.reporting_passives and token.tag_ == "VBN":
            agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents and token.dep_ in ("advcl", "ROOT", "parataxis", "conj", "acl"):
                scope = None if token.dep_ != "ROOT" else (sentence.start, sentence.end)
                found.append(Attribution(with_conjuncts(agents), scope, _span_of(token)))
                continue
        # "X said (that) ...", "..., X told Reuters": the speaker owns the complement.
        if lemma in cues.speech_verbs:
            complements = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")]
            if token.dep_ in ("parataxis", "ccomp") and not complements:
                complements = [token.head]  # '"...", he said' parsed with the quote as head
            speakers = [c for c in token.children if c.dep_ in ("nsubj",)]
            audience = [c for c in token.children if c.dep_ in ("dobj", "dative") and lemma == "tell"]
            for complement in complements:
                scope = _span_of(complement)
                if complement.i == token.head.i:
                    scope = (sentence.start, sentence.end)
                if speakers:
                    found.append(Attribution(with_conjuncts(speakers), scope, _span_of(speakers[0]), False))
                press = [a for a in audience if lemma_of(a) in cues.press_nouns or cues.is_outlet_name(a.text)]
                if press:
                    found.append(Attribution(with_conjuncts(press), scope, _span_of(press[0])))
    return found
