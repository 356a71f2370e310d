"""Actor mentions of a whole page written for a test, read through the coder's per-document context."""

from __future__ import annotations

from eventscope.records import ActorMention, Article


def page_codes(coder, text: str) -> list[tuple[str, str]]:
    """(words, code) of each actor mention the coder's context finds in `text`, in page order."""
    article = Article(id=Article.make_id(text), text=text, title="A page written for the test", published="2026-11-20")
    return [(m.actor.text, m.actor.code) for m in coder.context(article, coder.nlp(text)).mentions]


def code_of(codes: list[tuple[str, str]], words: str, occurrence: int = 1) -> str | None:
    """The code of the `occurrence`-th mention written `words`, or None when there are fewer."""
    found = [code for text, code in codes if text == words]
    return found[occurrence - 1] if len(found) >= occurrence else None


def text_mentions(coder, text: str) -> list[ActorMention]:
    """The actor mentions the coder's context finds in `text`, read as an article with no title or date."""
    return coder.context(Article(id=Article.make_id(text), text=text), coder.nlp(text)).mentions


def mention_codes(coder, text: str, words: str) -> list[str]:
    """The code of each actor mention written `words` in `text` (text_mentions), in page order."""
    return [m.actor.code for m in text_mentions(coder, text) if m.actor.text == words]
