"""Hand-built parses for the actor tests: (word, pos, tag, dep, head index) rows, with entity spans."""

import spacy
from spacy.tokens import Doc

from eventscope.records import Actor, EventDraft, EventType, Span

VOCAB = spacy.blank("en").vocab


def parse(vocab, rows, entities=()):
    """rows: (word, pos, tag, dep, head index); entities: (start, end, label) token spans."""
    words = [row[0] for row in rows]
    return Doc(vocab, words=words, spaces=spaces_between(words), pos=[r[1] for r in rows], tags=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], ents=iob_tags(len(words), entities))


def iob_tags(length, entities):
    """The Doc's `ents` for (start, end, label) token spans: B-/I- tags, "O" elsewhere."""
    tags = ["O"] * length
    for start, end, label in entities:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def spaces_between(words):
    """A space after every word but before "'s" and punctuation."""
    return [i + 1 < len(words) and words[i + 1] not in ("'s", ".", ",") for i in range(len(words))]


def tagged(vocab, words, tags, lemmas, heads, deps):
    """One sentence from its tags, lemmas and absolute head indices (no entities)."""
    return Doc(vocab, words=words, tags=tags, lemmas=lemmas, heads=heads, deps=deps,
               sent_starts=[i == 0 for i in range(len(words))])


def phrase_actor(doc, words):
    """An actor for the first occurrence of `words` in the Doc, as the resolver leaves a phrase it cannot code."""
    start = doc.text.index(words)
    return Actor(text=words, start=start, end=start + len(words), name=words, reason="unresolved phrase",
                 origin="phrase words")


def event_draft(doc, cameo, trigger_token, source):
    """An asserted draft event of `cameo` on the whole one-sentence Doc, triggered at `trigger_token`, no target."""
    word = doc[trigger_token]
    return EventDraft(article_id="a", sentence_index=0,
                      event=EventType(cameo=cameo, cameo_root=cameo[:2], quad_class=3, goldstein=-2.0),
                      trigger=Span(text=word.text, start=word.idx, end=word.idx + len(word.text)),
                      trigger_token=trigger_token, source=source, target=[], modality="asserted", attribution=[],
                      evidence=Span(text=doc.text, start=0, end=len(doc.text)), confidence=1.0)
