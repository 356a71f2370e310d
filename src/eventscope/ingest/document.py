"""From what a source yields (RawDocument) to an Article: extraction, cleaning, checks and language.

Sources only read bytes and metadata; everything costly (HTML extraction, language detection) happens in
`prepare`, which runs inside the coding workers so that it scales with them.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Literal

import dateutil.parser
import lxml.html
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from pydantic import Field, StrictStr

from eventscope.datafiles import DataModel, bundled_file, load_data_file
from eventscope.ingest.clean import InputError, clean_text
from eventscope.records import Article
from eventscope.settings import FieldMap, IngestOptions

__all__ = ["FieldMap", "IngestOptions", "RawDocument", "detect_language", "extract_html", "prepare", "parse_date"]

Markup = Literal["text", "html", "fragment"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as read from a source, before extraction and cleaning."""

    origin: str
    content: str
    markup: Markup = "text"  # html: a whole page (trafilatura); fragment: an HTML snippet such as a feed summary
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    title: str | None = None
    input_id: str | None = None
    crawled: date | None = None  # when a crawler fetched it: stands in if the page gives no publication date


def parse_date(value: object, origin: str) -> date | None:
    """A publication date as feeds, mail archives and APIs write them: ISO 8601 / RFC 3339 ('2019-11-18',
    '2019-11-18T09:30:00Z'), RFC 2822 ('Tue, 18 Nov 2019 09:30:00 +0000', also without the time) and other
    unambiguous written dates ('18 November 2019'); the date is the one in the timestamp's own time zone.
    A date without its day ('Nov 2019') gives None rather than a made-up first of the month; anything that is
    no date is an InputError."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        # dateutil for the rest, twice with different stand-ins for missing parts: where the two disagree, the
        # text lacks the year, month or day ("Nov 2019"), and a publication day must not be made up
        first = dateutil.parser.parse(text, default=datetime(1, 1, 1))
        second = dateutil.parser.parse(text, default=datetime(2, 2, 2))
    except (ValueError, OverflowError):
        first = second = None
    if first is not None:
        return first.date() if first.date() == second.date() else None
    raise InputError("bad_date", f"{origin}: invalid date {text[:40]!r} (expected e.g. 2019-11-18, "
                     "2019-11-18T09:30:00Z or Tue, 18 Nov 2019 09:30:00 +0000)") from None


def extract_html(html: str, origin: str) -> tuple[str, dict[str, object]]:
    """Main text and metadata (title, date, site, url) of a page, comments left out."""
    import trafilatura  # heavy; only HTML needs it
    from trafilatura.settings import Document

    try:
        page = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    except (ValueError, TypeError, AttributeError) as error:  # lxml refuses some inputs outright
        raise InputError("broken_html", f"{origin}: HTML could not be parsed ({error})") from None
    text = page.text or "" if isinstance(page, Document) else ""  # a Document (a dict only with as_dict=True)
    if not isinstance(page, Document) or not text.strip():
        raise InputError("broken_html", f"{origin}: no article text could be extracted from the HTML")
    meta: dict[str, object] = {"title": page.title, "publisher": page.sitename, "url": page.url}
    try:
        meta["published"] = date.fromisoformat(page.date[:10]) if page.date else None
    except ValueError:
        meta["published"] = None
    return text, meta


def fragment_text(html: str) -> str:
    """Text of an HTML snippet (feed summaries), paragraphs kept apart."""
    if "<" not in html:
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    text: str = root.text_content()
    return text


@cache
def _language_factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)  # langdetect is randomised; a fixed seed makes it deterministic
    return factory


@dataclass(frozen=True, slots=True)
class _FunctionWords:
    sample_chars: int
    min_share: float
    by_language: dict[str, frozenset[str]]


class LanguageFile(DataModel):
    """language.yaml: the function words of each accepted language (strict: a YAML boolean is no word)."""

    version: Literal[1] = 1
    sample_chars: int = Field(gt=0)
    min_share: float = Field(gt=0, le=1)
    function_words: dict[str, list[StrictStr]]


@cache
def _function_words() -> _FunctionWords:
    data = load_data_file(bundled_file("eventscope.ingest", "language.yaml"), LanguageFile)
    words = {lang: frozenset(w.lower() for w in listed) for lang, listed in data.function_words.items()}
    return _FunctionWords(data.sample_chars, data.min_share, words)


_WORD = re.compile(r"[^\W\d_]+")


def obvious_language(text: str, accepted: Sequence[str]) -> str | None:
    """An accepted language the text is plainly written in, judged by its share of function words; None
    when that does not settle it (then the statistical detector decides)."""
    table = _function_words()
    words = _WORD.findall(text[: table.sample_chars].lower())
    if len(words) < 20:
        return None
    for language in accepted:
        listed = table.by_language.get(language)
        if listed and sum(word in listed for word in words) >= table.min_share * len(words):
            return language
    return None


def detect_language(text: str) -> tuple[str, float]:
    """The most probable language of the text (ISO 639-1) and its probability; ('', 0) if undecidable."""
    detector = _language_factory().create()
    detector.append(text[:1000])  # plenty to tell a language; the cost grows with the length
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "", 0.0
    return best.lang, best.prob


_TITLE_WORDS = 14


def headline(text: str) -> str:
    """A title for an article that came without one: its first sentence, cut to a few words (never a path)."""
    first = re.split(r"(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0].strip()
    words = first.split()
    return " ".join(words[:_TITLE_WORDS]) + (" …" if len(words) > _TITLE_WORDS else "")


def prepare(doc: RawDocument, options: IngestOptions, use_input_id: bool = True) -> Article:
    """Extract, clean, check and identify one document; InputError says why it cannot be coded.

    The article id is the input's own id when it has one (a JSONL `id`, a CSV id column), else the hash of the
    clean text, as the record contract says; either way a second ingest of the same input adds nothing."""
    metadata: dict[str, object] = {}
    if doc.markup == "html":
        body, metadata = extract_html(doc.content, doc.origin)
    elif doc.markup == "fragment":
        body = fragment_text(doc.content)
    else:
        body = doc.content
    text = clean_text(body)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError("invalid_text", f"{doc.origin}: a lone surrogate at character {error.start}, not text") from None
    if not text:
        raise InputError("empty", f"{doc.origin}: no text")
    if len(text) > options.max_chars:
        raise InputError("oversize", f"{doc.origin}: {len(text)} characters, more than the limit of {options.max_chars}")
    language = "en"  # too short to judge: accepted
    if sum(ch.isalpha() for ch in text[:3000]) >= options.min_language_letters:
        language = obvious_language(text, options.languages) or ""
        if not language:
            language, probability = detect_language(text)
            if language not in options.languages:
                raise InputError(
                    "not_english", f"{doc.origin}: language detected as {language or 'unknown'} ({probability:.2f})"
                )
    return Article(
        id=doc.input_id if use_input_id and doc.input_id else Article.make_id(text),
        text=text,
        url=doc.url or metadata.get("url"),
        publisher=doc.publisher or metadata.get("publisher"),
        published=doc.published or metadata.get("published") or doc.crawled,
        title=doc.title or metadata.get("title") or headline(text),
        language=language,
        origin=doc.origin,
    )
