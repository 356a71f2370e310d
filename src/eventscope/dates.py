"""When: event dates from explicit and relative expressions (issue #5).

Candidates are the spaCy DATE entities of the event's sentence plus a few patterns NER misses (dates.yaml);
only phrases with a calendar cue (a weekday, a month, "yesterday", "last week", a year...) are parsed, with
dateparser relative to the publication date, and each distinct (phrase, publication date) is parsed once per
DateResolver. The date in the event's own clause wins, then the nearest in the sentence, then the publication
date. Future events move weekday and month-day dates forward ("will visit on Friday"); past events move
month-day dates that would lie in the future back a year ("on Oct. 12" published in May).

PREFER_DATES_FROM is left at dateparser's default: "past" would turn "Thursday" in an article published on a
Thursday into the week before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from eventscope.geo.clauses import clause_hops
from eventscope.records import DatePrecision, Event

__all__ = ["DateExpression", "DatePatterns", "DateResolver", "load_date_patterns"]

PARSE_CACHE_SIZE = 4096
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


@dataclass(frozen=True, slots=True)
class DatePatterns:
    """The word lists and patterns of dates.yaml, compiled."""

    weekdays: frozenset[str]
    months: frozenset[str]
    day_words: frozenset[str]
    relative_words: frozenset[str]
    period_units: dict[str, DatePrecision]
    candidates: tuple[re.Pattern[str], ...]
    qualifiers: re.Pattern[str]
    rewrites: dict[str, str]


@cache
def load_date_patterns() -> DatePatterns:
    raw = yaml.safe_load(resources.files("eventscope").joinpath("dates.yaml").read_text(encoding="utf-8"))
    try:
        units = {str(k): v for k, v in raw["period_units"].items()}
        if not set(units.values()) <= {"day", "month", "year"}:
            raise ValueError("period_units values must be day, month or year")
        return DatePatterns(
            weekdays=frozenset(w.lower() for w in raw["weekdays"]),
            months=frozenset(m.lower() for m in raw["months"]),
            day_words=frozenset(w.lower() for w in raw["day_words"]),
            relative_words=frozenset(w.lower() for w in raw["relative_words"]),
            period_units=units,
            candidates=tuple(re.compile(p) for p in raw["candidate_patterns"]),
            qualifiers=re.compile(
                r"^(?:" + "|".join(re.escape(q) for q in sorted(raw["qualifiers"], key=len, reverse=True)) + r")[\s-]+",
                re.IGNORECASE,
            ),
            rewrites={str(k).lower(): str(v) for k, v in raw["rewrites"].items()},
        )
    except (KeyError, TypeError, AttributeError, re.error) as error:
        raise ValueError(f"eventscope/dates.yaml is malformed: {error}") from error


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date phrase in the text, with what it says about precision."""

    text: str
    start: int  # character offsets into the document
    end: int
    precision: DatePrecision
    has_year: bool
    kind: str  # "weekday", "month_day", "month", "relative" or "absolute": how future/past events adjust it


def _classify(text: str, patterns: DatePatterns) -> tuple[DatePrecision, str] | None:
    """Precision and kind of a phrase, or None when it has no calendar cue (a duration, an age)."""
    words = re.findall(r"[a-z]+", text.lower())
    has_year = bool(YEAR.search(text))
    # Month names count only capitalised: "may" and "march" are also a modal verb and a noun.
    month = any(w.lower() in patterns.months and w[:1].isupper() for w in re.findall(r"[A-Za-z]+", text))
    if any(w in patterns.weekdays for w in words) or "weekend" in words:
        return "day", "weekday"
    if any(w in patterns.day_words for w in words):
        return "day", "relative"
    if month:
        if DAY_NUMBER.search(YEAR.sub("", text)):
            return "day", "absolute" if has_year else "month_day"
        return "month", "absolute" if has_year else "month"
    if any(w in patterns.relative_words for w in words):
        units = [patterns.period_units[w] for w in words if w in patterns.period_units]
        if units:
            return units[0], "relative"
    if has_year:
        return "year", "absolute"
    if re.fullmatch(r"\s*(?:19|20)\d\d-\d\d-\d\d\s*", text):
        return "day", "absolute"
    return None


def _truncate(value: date, precision: DatePrecision) -> date:
    """A month- or year-precise date is written as the first day of its period."""
    if precision == "month":
        return value.replace(day=1)
    if precision == "year":
        return value.replace(month=1, day=1)
    return value


class DateResolver:
    """Sets Event.date, date_precision, date_text and date_reason."""

    def __init__(self, patterns: DatePatterns | None = None) -> None:
        self.patterns = patterns or load_date_patterns()
        # Per-resolver memo of dateparser calls: the same phrase and base recur across events and articles.
        self._parse = lru_cache(maxsize=PARSE_CACHE_SIZE)(self._parse_uncached)

    def date(self, doc: Doc, event: Event, published: date | None) -> Event:
        return event.model_copy(update=self.resolve(doc, event, published))

    def resolve(self, doc: Doc, event: Event, published: date | None) -> dict[str, object]:
        """The date fields for an event (a dict for Event.model_copy)."""
        expressions = self.expressions(doc, event.evidence.start, event.evidence.end)
        trigger_span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        ranked = self._rank(doc, expressions, trigger_span.root if trigger_span is not None and len(trigger_span) else None)
        future = event.modality == "future"
        for expression, reason in ranked:
            value = self.to_date(expression, published, future)
            if value is not None:
                return {"date": value.isoformat(), "date_precision": expression.precision,
                        "date_text": expression.text, "date_reason": reason}
        if published is not None:
            return {"date": published.isoformat(), "date_precision": "day", "date_text": None, "date_reason": "publication"}
        return {"date": None, "date_precision": "unknown", "date_text": None, "date_reason": None}

    def expressions(self, doc: Doc, start: int, end: int) -> list[DateExpression]:
        """Date phrases in doc.text[start:end]: DATE entities (with a TIME word after them), then pattern matches."""
        found: list[DateExpression] = []
        taken: list[tuple[int, int]] = []

        def add(text: str, s: int, e: int) -> None:
            if any(s < te and ts < e for ts, te in taken):
                return
            classified = _classify(text, self.patterns)
            if classified is not None:
                taken.append((s, e))
                found.append(DateExpression(text, s, e, classified[0], bool(YEAR.search(text)), classified[1]))

        for ent in doc.ents:
            if ent.label_ == "DATE" and start <= ent.start_char < end:
                ent_end = ent.end
                if ent_end < len(doc) and doc[ent_end].ent_type_ == "TIME" and doc[ent_end].ent_iob_ == "B":
                    ent_end += 1  # "Thursday morning"
                span = doc[ent.start : ent_end]
                add(span.text, span.start_char, span.end_char)
        text = doc.text[start:end]
        for pattern in self.patterns.candidates:
            for match in pattern.finditer(text):
                add(match.group(0), start + match.start(), start + match.end())
        return sorted(found, key=lambda x: x.start)

    def _rank(self, doc: Doc, expressions: list[DateExpression], trigger: Token | None) -> list[tuple[DateExpression, str]]:
        """Dates in the trigger's clause (nearest first), then the others in the sentence (nearest first)."""
        if trigger is None:
            return [(x, "sentence") for x in expressions]
        in_clause, elsewhere = [], []
        for x in expressions:
            span: Span | None = doc.char_span(x.start, x.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            hops = clause_hops(span.root, trigger)
            distance = abs(span.root.i - trigger.i)
            (in_clause if hops is not None else elsewhere).append((hops or 0, distance, x))
        return [(x, "event clause") for *_, x in sorted(in_clause, key=lambda t: t[:2])] + [
            (x, "sentence") for *_, x in sorted(elsewhere, key=lambda t: t[:2])
        ]

    def to_date(self, expression: DateExpression, published: date | None, future: bool) -> date | None:
        """The calendar date a phrase points at, relative to the publication date; None when it cannot be placed."""
        if published is None and not expression.has_year:
            return None  # "Thursday" with no publication date is nowhere on the calendar
        parsed = self._parse(expression.text, published)
        if parsed is None:
            return None
        if published is not None:
            if expression.kind == "weekday":
                if future and parsed < published:
                    parsed += timedelta(days=7)
            elif expression.kind in ("month_day", "month"):
                if future and parsed < published:
                    parsed = _shift_year(parsed, 1)
                elif not future and parsed > published + timedelta(days=1):
                    parsed = _shift_year(parsed, -1)
        return _truncate(parsed, expression.precision)

    def _parse_uncached(self, text: str, published: date | None) -> date | None:
        import dateparser  # imported on first use: it takes a while and many runs never need it

        phrase = re.sub(r"^(?:on|in|during|since)\s+", "", text.strip(), flags=re.IGNORECASE)
        phrase = self.patterns.qualifiers.sub("", phrase)
        phrase = self.patterns.rewrites.get(phrase.lower(), phrase)
        settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False}
        if published is not None:
            settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
        try:
            result = dateparser.parse(phrase, languages=["en"], settings=settings)
        except (ValueError, OverflowError):
            return None
        return result.date() if result is not None else None


def _shift_year(value: date, years: int) -> date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)
