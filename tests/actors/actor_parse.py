"""Hand-built parses for the actor tests: (word, pos, tag, dep, head index) rows, with entity spans."""

import spacy
from spacy.tokens import Doc

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
