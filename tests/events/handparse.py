"""Hand-built parses for model-free tests: a sentence as (word, lemma, pos, tag, dep, head) rows."""

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventscope.context import DocumentContext
from eventscope.events import EventCoder
from eventscope.events.matching import find_triggers
from eventscope.events.patterns import TriggerPatterns
from eventscope.events.roles.heads import role_heads
from eventscope.records import Actor, ActorMention, Article, EventDraft

_VOCAB = Vocab()


def make_doc(rows: list[tuple[str, str, str, str, str, int]], ents: list[str] | None = None,
             starts: tuple[int, ...] = (0,)) -> Doc:
    """Rows of (word, lemma, POS, tag, dep, head index); one sentence, or one from each of `starts` on (the
    indices of the sentences' first words); heads are absolute indices."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" and rows[i + 1][0] != "'s" for i in range(len(rows))]
    return Doc(
        _VOCAB, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
        tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows],
        sent_starts=[i in starts for i in range(len(rows))], ents=ents,
    )


def mention(doc: Doc, start: int, end: int, name: str, country: str | None, kind: str = "state") -> ActorMention:
    span = doc[start:end]
    actor = Actor(text=span.text, start=span.start_char, end=span.end_char, name=name, country=country,
                  kind=kind, reason="test")
    return ActorMention(actor=actor, token_start=start, token_end=end, head=end - 1)


def mentions_of(*found: ActorMention) -> Callable[[Token], list[ActorMention]]:
    """A stand-in for ActorPicker.mentions_in: the mentions covering a word."""
    return lambda token: [m for m in found if m.token_start <= token.i < m.token_end]


def article_for(doc: Doc) -> Article:
    return Article(id="test-article", text=doc.text)


def context_for(doc: Doc, mentions: list[ActorMention]) -> DocumentContext:
    """The document context the event coder reads, with the given actor mentions."""
    context = DocumentContext.build(doc, article_for(doc))
    context.mentions = mentions
    return context


def code(coder: EventCoder, doc: Doc, mentions: list[ActorMention]) -> list[EventDraft]:
    """The event drafts `coder` finds in a hand-built document with the given actor mentions."""
    return coder.code(context_for(doc, mentions))


# Sentences more than one test file parses by hand, with their actor mentions.

def refusal_doc() -> tuple[Doc, list[ActorMention]]:
    """"Freedonia refused to sign the treaty with Sylvania." (a refusal over a joint act)."""
    doc = make_doc([
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("sign", "sign", "VERB", "VB", "xcomp", 1),
        ("the", "the", "DET", "DT", "det", 5),
        ("treaty", "treaty", "NOUN", "NN", "dobj", 3),
        ("with", "with", "ADP", "IN", "prep", 3),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 6),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    return doc, [mention(doc, 0, 1, "Freedonia", "FRE"), mention(doc, 7, 8, "Sylvania", "SYL")]


def invasion_continued_doc() -> tuple[Doc, list[ActorMention]]:
    """"The invasion by Freedonia continued." (a definite act noun with no one acted on)."""
    doc = make_doc([
        ("The", "the", "DET", "DT", "det", 1),
        ("invasion", "invasion", "NOUN", "NN", "nsubj", 4),
        ("by", "by", "ADP", "IN", "prep", 1),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 2),
        ("continued", "continue", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ])
    return doc, [mention(doc, 3, 4, "Freedonia", "FRE")]


def role_words(patterns: TriggerPatterns, rows: list[tuple[str, str, str, str, str, int]], trigger: str,
               ents: list[str] | None = None, named: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """Source and target head words of the event triggered at word `trigger`; `named`: words the actor stage
    resolved."""
    doc = make_doc(rows, ents)
    match = next(m for m in find_triggers(doc[:], patterns) if m.token.text == trigger)
    named_words = set(named)
    heads = role_heads(match, patterns, lambda t: t.text in named_words)
    return [t.text for t in heads.sources], [t.text for t in heads.targets]
