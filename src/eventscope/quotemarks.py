"""Quotes in raw text: where each quoted stretch opens and closes, from the quotation marks alone.

A leaf module (it imports nothing of eventscope): the event stages (events/attribution.py, confidence) and the
actor stages (actors/antecedents.py: a "they" inside a quote is not the speaker's side) both read quotes, and the
actor stages run before the event stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CLOSING", "OPENING", "STRAIGHT", "TOKEN_OPENERS", "Quote", "closes_quote", "doc_quotes", "opens_quote",
           "quotes_of"]

# Quotation marks: curly ones open or close, a straight one opens or closes by turns. (Single quotes are
# left alone: the closing one is also the apostrophe.)
OPENING, CLOSING, STRAIGHT = "\u201c", "\u201d", '"'
_QUOTE_MARKS = re.compile(f"[\n{OPENING}{CLOSING}{STRAIGHT}]")
# A parsed token that is a quotation mark around a few quoted words ('called the plan "reckless"', "a 'coronation'"):
# single marks count here, where the words around them show a quotation, not an apostrophe.
TOKEN_OPENERS = frozenset({OPENING, STRAIGHT, "'", "\u2018"})
_TOKEN_CLOSERS = frozenset({CLOSING, STRAIGHT, "'", "\u2019"})


def opens_quote(token_text: str) -> bool:
    """Whether a token (its text) is a mark that may open a quotation."""
    return token_text in TOKEN_OPENERS


def closes_quote(token_text: str) -> bool:
    """Whether a token (its text) is a mark that may close a quotation."""
    return token_text in _TOKEN_CLOSERS


@dataclass(frozen=True, slots=True)
class Quote:
    """A stretch of quoted text: the character offsets of its opening mark and of its closing mark (or of the
    end of its paragraph, when the quote runs on into the next one as news quotes do)."""

    start: int
    end: int


def quotes_of(text: str) -> list[Quote]:
    """The quotes of a text, paragraph by paragraph (a line break ends an open quote)."""
    quotes: list[Quote] = []
    opened: int | None = None
    # (only the marks and line breaks are read: a Python loop over every character costs 1-2% of coding)
    for mark in _QUOTE_MARKS.finditer(text):
        at, char = mark.start(), mark.group()
        if char == "\n":
            if opened is not None:
                quotes.append(Quote(opened, at))
            opened = None
        elif opened is None and char in (OPENING, STRAIGHT):
            opened = at
        elif opened is not None and char in (CLOSING, STRAIGHT) and not (char == STRAIGHT and text[opened] == OPENING):
            quotes.append(Quote(opened, at))
            opened = None
    if opened is not None:
        quotes.append(Quote(opened, len(text)))
    return quotes


_DOC_KEY = "eventscope.quotes"


def doc_quotes(doc: Doc, text: str | None = None) -> list[Quote]:
    """The quotes of a parsed document, found once per document: the actor stages (a quoted "they"), which run
    before the document's context exists, and the event stages (speakers, narrative dates) read the same list,
    kept in `Doc.user_data`. `text`: the document's text when the caller holds it (`Doc.text` rebuilds it)."""
    quotes: list[Quote] | None = doc.user_data.get(_DOC_KEY)
    if quotes is None:
        quotes = doc.user_data[_DOC_KEY] = quotes_of(doc.text if text is None else text)
    return quotes
