"""The per-document context every stage reads: one object per parsed article, built once.

    DocumentContext: the Doc, the Article, its dateline, its page furniture (bylines, credits, author
    bios: never evidence, never context), its actor mentions and their coreference chains, the places it
    names and the countries it is about, ranked by salience.

Stages fill it in order (see `pipeline.Coder.code_doc`): the dateline and furniture when it is built, then
the actors, then the places, then the country ranking; the event coder reads it all. Per-document memos
of the stages (trigger heads, date phrases by sentence, chosen places) live in `memo`, not in
`Doc.user_data`, so nothing of them travels with a pickled Doc and each has one owner.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pydantic import Field
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from eventscope.datafiles import DataModel, Regex, load_data_file
from eventscope.ontology import load_ontology
from eventscope.quotemarks import doc_quotes
from eventscope.records import ActorMention, Article, TokenSpanned, refers_back

__all__ = ["ContextFile", "ContextRules", "Dateline", "DocumentContext", "find_dateline", "find_furniture",
           "load_context_rules", "rank_countries"]

# A title-case dateline: at most this many words and commas ("Rio de Janeiro, Brazil" has lower-case words
# and is read only in capitals); a separator with no agency before it must be a long dash.
MAX_TITLE_DATELINE_WORDS = 5
LONG_DASHES = frozenset({"\u2014", "\u2013", "--"})

_T = TypeVar("_T")


class PlaceMention(TokenSpanned, Protocol):
    """What the context reads of a place mention (geo.locator.PlaceMention; the geo stage depends on this
    module, not the other way round). Read-only, so that a frozen record with a narrower `usage` fits."""

    @property
    def char_start(self) -> int: ...
    @property
    def char_end(self) -> int: ...
    @property
    def usage(self) -> str: ...
    @property
    def place(self) -> Any: ...  # geo.gazetteer.Place: .country, .kind


@dataclass(frozen=True, slots=True)
class ContextRules:
    """The data of context.yaml: how datelines and page furniture look, how countries are weighed."""

    dateline: DatelineRules
    furniture_starts: re.Pattern[str]  # the furniture patterns anchored at the line start ("^..."), joined
    furniture_anywhere: tuple[re.Pattern[str], ...]  # the others, one by one
    credit_lines: re.Pattern[str]  # a photo credit alone on its line: the line before it is the photo's caption
    teaser_headings: re.Pattern[str]  # "Read more:", "Trending": near the end, the lines after are teasers
    teaser_tail: float  # a teaser heading after this share of the text ends the story
    weights: dict[str, float]
    dominant: DominantRule
    not_countries: frozenset[str]  # codes of no country (ontology/actor_types.yaml): never what an article is about


def _scoped(pattern: str) -> str:
    """One alternative of a joined pattern; a leading (?i) applies to it alone."""
    return f"(?i:{pattern[4:]})" if pattern.startswith("(?i)") else f"(?:{pattern})"


def _line_patterns(patterns: list[str]) -> dict[str, Any]:
    """The anchored patterns ("^...") joined, to be matched at the line start, and each other one alone: a
    search with an alternation tries every alternative at every position of a long paragraph (4 ms an article)."""
    anchored = [p for p in patterns if p.removeprefix("(?i)").startswith("^")]
    floating = tuple(re.compile(p) for p in patterns if p not in anchored)
    return {"furniture_starts": re.compile("|".join(_scoped(p) for p in anchored) or "(?!)"),
            "furniture_anywhere": floating}


class DatelineRules(DataModel):
    separators: frozenset[str] = Field(min_length=1)
    reach_tokens: int = Field(ge=1)
    reach_chars: int = Field(ge=1)
    min_letters: int = Field(ge=0)


class CountryWeights(DataModel):
    """The weight of each kind of evidence that an article is about a country (see rank_countries)."""

    dateline: float = 0.0
    place_locative: float = 0.0
    place_venue: float = 0.0
    place_modifier: float = 0.0
    place_actor: float = 0.0
    place_other: float = 0.0
    actor_state: float = 0.0
    actor_person: float = 0.0
    actor_organization: float = 0.0
    actor_group: float = 0.0
    actor_of_thing: float = 0.0
    lead_chars: float = 0.0  # characters (a float like the other weights: the table is one dict of floats)
    lead_factor: float = 1.0


class DominantRule(DataModel):
    share: float = Field(ge=0, le=1)
    lead: float = Field(ge=1)
    min_weight: float = Field(ge=0)


class ContextFile(DataModel):
    """context.yaml: how datelines and page furniture look, and how countries are weighed."""

    dateline: DatelineRules
    furniture_lines: list[Regex]
    credit_lines: list[Regex] = Field(min_length=1)
    teaser_headings: list[Regex] = Field(min_length=1)
    teaser_tail: float = Field(ge=0, le=1)
    country_weights: CountryWeights
    dominant: DominantRule


@cache
def load_context_rules(path: Path | None = None) -> ContextRules:
    """The rules of the bundled context.yaml (or of `path`)."""
    raw = load_data_file(path or Path(str(resources.files("eventscope").joinpath("context.yaml"))), ContextFile)
    return ContextRules(
        dateline=raw.dateline,
        **_line_patterns(raw.furniture_lines),
        credit_lines=re.compile("|".join(_scoped(p) for p in raw.credit_lines)),
        teaser_headings=re.compile("|".join(_scoped(p) for p in raw.teaser_headings)),
        teaser_tail=raw.teaser_tail,
        weights=raw.country_weights.model_dump(),
        dominant=raw.dominant,
        not_countries=load_ontology().non_state_codes,
    )


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where the report says it was filed ("CAIRO —", "SURABAYA, Indonesia (Reuters) -").

    Tokens [start, place_end) are the capitalised place name; [start, text_start) the whole dateline, after
    which the article's own text begins."""

    start: int
    place_end: int
    text_start: int
    text: str  # the place name as written
    char_start: int
    char_end: int

    def covers(self, token: int) -> bool:
        return self.start <= token < self.text_start


def _line_starts(doc: Doc, reach_chars: int) -> list[int]:
    """Tokens that open a line (the first token, and the first after a line break) within the reach."""
    starts = [0] if len(doc) else []
    for token in doc:
        if token.idx > reach_chars:
            break
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt = token.i + 1
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc) and (not starts or starts[-1] != nxt):
                starts.append(nxt)
    return starts


def _dateline_at(doc: Doc, start: int, rules: ContextRules) -> Dateline | None:
    place_end = start
    while place_end < len(doc) and doc[place_end].text.isalpha() and doc[place_end].text.isupper():
        place_end += 1
    letters = sum(len(doc[i].text) for i in range(start, place_end))
    if place_end == start:
        return _title_case_dateline(doc, start, rules)
    if letters < rules.dateline.min_letters:
        return None  # "US, China agree ...": a headline, not a dateline
    for token in doc[place_end:min(len(doc), start + rules.dateline.reach_tokens)]:
        if token.text in rules.dateline.separators:
            spaced = doc[token.i - 1].whitespace_ or token.text in (":", "\u2014", "\u2013")
            if spaced:  # a hyphen glued to its word is "US-led", no separator
                span = doc[start:place_end]
                return Dateline(start, place_end, token.i + 1, span.text, span.start_char, span.end_char)
        if token.text.isalpha() and token.text.islower():
            return None  # running text before any separator: a sentence, not a dateline
    return None


def _title_case_dateline(doc: Doc, start: int, rules: ContextRules) -> Dateline | None:
    """A dateline in title case: the place (maybe ", Region"), then an agency in brackets and a separator, or
    a long dash straight away ("Washington (CNN) -", "Kabul, Afghanistan \u2014"). A title-case headline
    ("Trump, Xi agree ...") has neither."""
    end = start
    limit = min(len(doc), start + MAX_TITLE_DATELINE_WORDS)
    while end < limit and (doc[end].text.istitle() and doc[end].text.isalpha() or (
            doc[end].text == "," and end > start and end + 1 < len(doc) and doc[end + 1].text.istitle())):
        end += 1
    if end == start or doc[end - 1].text == "," or end >= len(doc):
        return None
    after = end
    if doc[after].text == "(":  # an agency in brackets: "(CNN)", "(AP)"
        close = next((t.i for t in doc[after:min(len(doc), after + 5)] if t.text == ")"), None)
        if close is None or close + 1 >= len(doc):
            return None
        after = close + 1
        separators = rules.dateline.separators
    else:
        separators = LONG_DASHES
    if doc[after].text not in separators:
        return None
    place = doc[start:end]
    name_end = next((t.i for t in place if t.text == ","), end)
    span = doc[start:name_end]
    return Dateline(start, name_end, after + 1, span.text, span.start_char, span.end_char)


def find_dateline(doc: Doc, rules: ContextRules | None = None) -> Dateline | None:
    """The article's dateline: an all-capitals place opening one of its first lines, then a dash, a colon
    or an agency in brackets before running text ("KYIV, March 10 (Reuters) -", "VATICAN CITY—Six")."""
    rules = rules or load_context_rules()
    for start in _line_starts(doc, rules.dateline.reach_chars):
        found = _dateline_at(doc, start, rules)
        if found is not None:
            return found
    return None


def find_furniture(text: str, rules: ContextRules | None = None) -> tuple[tuple[int, int], ...]:
    """Character ranges of whole lines that are page furniture: bylines, photo credits and the captions above
    them, author bios, share prompts, and the teasers after a closing "Read more:" or "Trending" heading.
    Nothing in them is evidence or context ("in Brooklyn" in a bio is no story place)."""
    rules = rules or load_context_rules()
    lines: list[tuple[int, int, str]] = []  # start, end and text of each non-blank line, stripped
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append((offset + lead, offset + lead + len(stripped), stripped))
        offset += len(line) + 1
    flagged = [bool(rules.furniture_starts.match(line)) or any(p.search(line) for p in rules.furniture_anywhere)
               for _, _, line in lines]
    for i, (start, _, line) in enumerate(lines):
        if rules.credit_lines.match(line):
            flagged[i] = True
            if i > 0 and not lines[i - 1][2].endswith((".", "\u201d", '"', ":")):
                flagged[i - 1] = True  # a caption has no full stop; a paragraph before a credit does
        elif rules.teaser_headings.match(line) and start >= rules.teaser_tail * len(text):
            flagged[i:] = [True] * (len(lines) - i)
            break
    return tuple((start, end) for (start, end, _), flag in zip(lines, flagged, strict=True) if flag)


@dataclass(eq=False)
class DocumentContext:
    """Everything known about one document, shared by its stages (see the module docstring)."""

    doc: Doc
    article: Article
    dateline: Dateline | None = None
    furniture: tuple[tuple[int, int], ...] = ()  # character ranges to ignore
    mentions: list[ActorMention] = field(default_factory=list)
    chains: list[list[ActorMention]] = field(default_factory=list)  # coreferent mentions, first mention first
    places: Sequence[PlaceMention] = field(default_factory=list)
    countries: list[tuple[str, float]] = field(default_factory=list)  # by salience, highest first
    dominant_country: str | None = None
    # country names the document uses for a region of another country, lower case -> the region's country
    # ("georgia" -> "USA" in a story filed from Atlanta: geo/locator.regions_named_like_countries)
    region_namesakes: dict[str, str] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # per-document memos, one key per stage concern
    _sentences: list[Span] | None = None
    _sentence_starts: list[int] | None = None
    _entities: tuple[Span, ...] | None = None
    _lowers: list[str] | None = None

    @classmethod
    def build(cls, doc: Doc, article: Article, rules: ContextRules | None = None) -> DocumentContext:
        """A context with what the text alone says: its dateline and furniture."""
        rules = rules or load_context_rules()
        doc_quotes(doc, article.text)  # (found from the text in hand: the actor stage asks first, with the Doc alone)
        return cls(doc, article, find_dateline(doc, rules), find_furniture(article.text, rules))  # Doc.text: ~1 ms

    @classmethod
    def of(cls, doc: Doc, mentions: list[ActorMention] | None = None, published: date | None = None) -> DocumentContext:
        """A context for a bare Doc (tests, tools that hold no Article)."""
        context = cls.build(doc, Article(id=Article.make_id(doc.text), text=doc.text, published=published))
        context.mentions = list(mentions or [])
        return context

    @property
    def published(self) -> date | None:
        return self.article.published

    @property
    def text(self) -> str:
        """The document's text: the article's, which the Doc was parsed from (Doc.text joins the tokens again at
        every read)."""
        return self.article.text

    @property
    def text_start(self) -> int:
        """The first token of the article's own text (after its dateline)."""
        return self.dateline.text_start if self.dateline is not None else 0

    def in_furniture(self, char_start: int, char_end: int | None = None) -> bool:
        """Whether the characters [char_start, char_end) lie in a byline, credit or bio line."""
        end = char_start + 1 if char_end is None else char_end
        return any(start <= char_start and end <= stop for start, stop in self.furniture)

    def token_in_furniture(self, token: Token) -> bool:
        return bool(self.furniture) and self.in_furniture(token.idx, token.idx + len(token.text))

    @property
    def lowers(self) -> list[str]:
        """The document's words in lower case, read once for the stages that compare words (each Token read
        from the Doc is a new object: a list of strings is far cheaper to scan)."""
        if self._lowers is None:
            # (Token.lower_ is the same with a language's vocabulary, but empty with a bare one; the words are
            # read from one attribute array, as a Token object per word costs more than the lowering)
            strings = self.doc.vocab.strings
            self._lowers = [strings[orth].lower() for orth in self.doc.to_array(ORTH).tolist()]
        return self._lowers

    @property
    def sentences(self) -> list[Span]:
        """The document's sentences, listed once (each walk of Doc.sents makes its Spans again); none when the
        Doc has no sentence boundaries."""
        sentences = self._sentences
        if sentences is None:
            doc = self.doc
            has = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
            sentences = self._sentences = list(doc.sents) if has and len(doc) else []
        return sentences

    @property
    def entities(self) -> tuple[Span, ...]:
        """The document's named entities, built once (each read of Doc.ents walks the Doc and makes new Spans)."""
        entities = self._entities
        if entities is None:
            entities = self._entities = tuple(self.doc.ents)
        return entities

    def sentence_of(self, token_index: int) -> int:
        """The index of the sentence holding a token (0 when the Doc has no sentences)."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences] or [0]
        return max(0, bisect.bisect_right(self._sentence_starts, token_index) - 1)

    def memoised(self, key: str, compute: Callable[[], _T]) -> _T:
        """The document's value under `key` in `memo`, computed by `compute` the first time a stage asks (None is a
        value too: a lead that names no day is not searched again)."""
        memo = self.memo
        if key in memo:
            found: _T = memo[key]
            return found
        value = memo[key] = compute()
        return value

    def span_root(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens covering doc.text[start:end] (memoised: where and when both ask)."""
        roots = self.memo.setdefault("span_roots", {})
        if (start, end) not in roots:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            roots[(start, end)] = span.root.i if span is not None and len(span) else None
        index = roots[(start, end)]
        return None if index is None else self.doc[index]


def rank_countries(context: DocumentContext, rules: ContextRules | None = None) -> list[tuple[str, float]]:
    """Countries the article is about, by salience: places named as where things happen, the dateline, and
    the countries of its actors, each weighted (context.yaml), more in the headline and first sentences.
    Nothing in page furniture counts."""
    rules = rules or load_context_rules()
    weights = rules.weights
    scores: defaultdict[str, float] = defaultdict(float)
    lead_chars = int(weights.get("lead_chars", 0))

    def add(country: str | None, weight: float, char_start: int) -> None:
        if not country or country in rules.not_countries or len(country) != 3 or context.in_furniture(char_start):
            return
        scores[country] += weight * (weights.get("lead_factor", 1.0) if char_start < lead_chars else 1.0)

    if context.dateline is not None:
        place = next((p for p in context.places if p.start == context.dateline.start), None)
        if place is not None and place.place.country:
            scores[place.place.country] += weights.get("dateline", 0.0)
    for place in context.places:
        if place.usage == "dateline":
            continue
        weight = weights.get(f"place_{place.usage}", 0.0)
        if weight:
            add(place.place.country, weight, place.char_start)
    covered = {i for mention in context.mentions for i in range(mention.token_start, mention.token_end)}
    for mention in context.mentions:
        actor = mention.actor
        if refers_back(actor):
            continue  # a pronoun repeats its antecedent: the antecedent counted already
        kind = "of_thing" if _of_thing(context.doc[mention.head], mention, covered) else actor.kind
        add(actor.country, weights.get(f"actor_{kind}", 0.0), actor.start)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def _of_thing(head: Token, mention: ActorMention, covered: set[int]) -> bool:
    """A one-word state mention that only says whose a thing is ("a Chinese takeover", "Chinese-owned"): it tells
    less of what the article is about than a state that acts or is acted on."""
    if mention.token_end - mention.token_start != 1 or mention.actor.kind != "state":
        return False
    return head.dep_ in ("amod", "compound", "npadvmod") and head.head.i not in covered


def dominant(countries: list[tuple[str, float]], rules: ContextRules | None = None) -> str | None:
    """The one country an article is mostly about: the top country, with enough weight, holding a share of
    all the weight and clearly ahead of the next (context.yaml: dominant)."""
    rules = rules or load_context_rules()
    if not countries:
        return None
    total = sum(score for _, score in countries)
    top, score = countries[0]
    runner_up = countries[1][1] if len(countries) > 1 else 0.0
    if score < rules.dominant.min_weight or score / total < rules.dominant.share:
        return None
    return top if score >= rules.dominant.lead * runner_up else None
