"""When: event dates from explicit and relative expressions (issue #5).

Candidates are the spaCy DATE entities of the event's sentence (or, when NER did not run, matches of the
patterns in dates.yaml); only phrases with a calendar cue (a weekday, a month, "yesterday", "last week", a
year...) are placed on the calendar, relative to the publication date. The common forms ("Thursday", "May 16",
"last year", "three days ago") are plain arithmetic that reads them exactly as dateparser does (a test holds
the two together); anything else goes to dateparser. Each distinct (phrase, publication date) is resolved
once per DateResolver. The date in the event's own clause wins, then the nearest in the sentence. Future events
move weekday and month-day dates forward ("will visit on Friday") unless the date hangs from a past-tense verb;
past events move dates without a year that would lie in the future back a year ("on Oct. 12" published in May). A
month or month and day without a year takes the year the paragraph is about when that is an earlier one ("in the
autumn of 1978. However on October 2 ..."); told in the past, the year of its narrative up to `narrative_paragraphs`
back, unless a date counted from publication ("on Monday", "last week") or a sentence told now ("has provided")
brought the text back to the present. Years run from 1500 ("in 1884, when the powers met"); a clock time NER took for
a year ("at 1700 gmt") is none.

A date phrase is not the event's when it sits in a clause about another noun or in reported content ("the
generals, who ruled from 1982"), in a subordinate clause with a time of its own ("because he was attacked on
May 3"; a "when" clause shares the event's time), is one of several ("in 2008 and 2012"), bounds a stretch ("after the coup in 1999") or hangs from a noun beside the event
("welcomed his promise on Tuesday").

An event without a date of its own gets the publication date (date_reason "publication") only when it is current
news; background (historical modality, the past perfect, a past habit "used to", a phrase of the clause such as "in
the past", "at the time", "back then", "years earlier", an era told as over "under the previous government", a perfect
"since 2011", a past decade, a past-tense sentence in a paragraph about an earlier year unless that year was told as a
flashback in the past perfect) gets no date, and is historical. "that Monday", "the following week" count from the
story's own time: they date nothing by themselves, and the event takes its paragraph's episode, if any. An asserted event dated more than `historical_after_days` before
publication becomes historical here, where its date is known; one dated after publication and not told in the past
tense becomes future ("travels to Kenya on Sunday", "arrives later today"); a nominal event with an old date of its
own is historical whatever clause holds it ("feared a repeat of the siege of the city in 2017"). `codebook_date` writes a date as CODEBOOK.md does ("1986", "1986-04").

A past event without a date of its own takes the month or day that dates the main clause of an earlier sentence of
its paragraph, the episode it is told in ("In April the prefect rejected the plea. He criticized the speakers."),
unless its clause, or a sentence between, moves on ("later", "then"); an earlier year there is the narrative's year
and carries the same way ("In 1975 the army seized power. Soldiers arrested students." is 1975, historical) when it
dates the main verb of its sentence in the simple past and the event's own sentence names no other year; else the
year is only the paragraph's context (no date, historical), and a year that names a thing ("backed the 2009 report")
is no context at all, nor is one in an aside (a clause about a noun: "the coalition, formed by lawmakers expelled in
the 2021 purge, condemned the attack"; a stretch up to now: "cold since the 2019 expulsion"). A headline in the present ("U.S. sends
warship") is the news of the day its lead names ("sent a warship on Tuesday", the news day), else the publication
day's, a date the article gives. A noun after a preposition of another time
("relaxed today after bitter battles") takes no date from its clause, and is not background when that clause is
recent; so does an act in a clause opened by one with its gap named ("a day after the rebels seized the town"), and a
past perfect under a dated telling ("announced on Monday it had arrested 40"). A speaker's own judgement ("X said the
governor did not fight hard enough") is said now, not background to the year its paragraph is about.

CODEBOOK.md writes a day, a month or a year: a calendar week ("last week") is coded as its month and a season ("last
summer") as its year; both are background only by their own days (a season over for more than a month).

PREFER_DATES_FROM is left at dateparser's default: "past" would turn "Thursday" in an article published on a
Thursday into the week before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path

from pydantic import Field
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventscope.context import DocumentContext
from eventscope.datafiles import DataModel, Lemma, Regex, bundled_file, load_data_file
from eventscope.events.attribution import document_quotes
from eventscope.geo.clauses import clause_hops
from eventscope.records import DatePrecision, Event, EventDraft, date_label

__all__ = [
    "DateExpression", "DatePatterns", "DateResolver", "DatesFile", "calendar_date", "codebook_date", "date_label",
    "load_date_patterns",
]

PARSE_CACHE_SIZE = 4096
EXPRESSIONS_KEY = "eventscope.dates.expressions"
DATE_ENTITIES_KEY = "eventscope.dates.entities"
YEAR_ANCHORS_KEY = "eventscope.dates.year_anchors"
NEWS_DAY_KEY = "eventscope.dates.news_day"
HOST = "host clause"  # a rank reason: the date of the clause a noun of another time hangs on, not the event's
# A year from 1500 on: background reaches back past 1900 ("in 1884, when the powers met in Berlin"). NER decides what
# is a date; these only read the year in a DATE phrase (a count such as "1500 soldiers" is no DATE entity), and a
# number of periods is no year ("1500 years ago"; a clock time, "at 1700 gmt", is left out with its entity).
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
YEAR = re.compile(rf"\b{YEAR_DIGITS}\b(?![\s-]+(?:year|month|week|day)s?\b)")
BARE_NUMBER = re.compile(r"\d{4}")
DECADE = re.compile(r"\b((?:1[5-9]|20)\d0)s\b|['\u2019](\d0)s\b")  # "the 1960s", "the '70s"
LINE_BREAK = re.compile(r"\n+")  # a paragraph break: "\n\n" between paragraphs is one, as "\n" is
WORD_SPLIT = re.compile(r"[^a-z]+")
DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
COUNTED_SPAN = re.compile(r"\b(?:past|next|last|coming|first)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|month|year)s?\b")
EARLIEST_YEAR = 1500
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
MAX_FUTURE_CLIMB = 3
# Dependencies by which a date modifies a noun rather than dating a clause ("the 2009 report", "Tuesday's vote").
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
Day = date  # DateResolver's method `date` hides the type inside the class: its annotations say Day
# Clauses that describe a noun or carry reported content: a date inside one belongs to that clause.
OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "csubj", "csubjpass"})
# Dependencies that open a clause inside another: a phrase past one is not the outer clause's.
CLAUSE_DEPS = OTHER_CLAUSE_DEPS | {"advcl", "xcomp", "conj", "parataxis"}
MAX_ASIDE_HOPS = 12  # how far up from a year `_aside_year` looks for its sentence's main verb
MAX_NOUN_PHRASE_HOPS = 4  # how far up a noun phrase `_told_when_of` looks for the dated noun
MAX_CLAUSE_HOPS = 6  # how far up from a word `_in_own_clause` looks for the clause's verb
LATEST_YEARS_AHEAD = 10  # a parsed date further past publication than this is a misreading ("Friday 52")
MIN_LEAD_WORDS = 5  # a lead sentence has words enough to tell news (not "BRUSSELS —" or "Thu 26 Nov 2026 07.00 GMT")


@dataclass(frozen=True, slots=True)
class DatePatterns:
    """The word lists and patterns of dates.yaml, compiled."""

    weekdays: frozenset[str]
    months: frozenset[str]
    day_words: frozenset[str]
    relative_words: frozenset[str]
    period_units: dict[str, DatePrecision]
    candidates: re.Pattern[str]
    qualifiers: re.Pattern[str]
    approximators: re.Pattern[str]  # "more than" in "more than four years ago": the count it rounds stays
    rewrites: dict[str, str]
    number_words: dict[str, int]
    times_of_day: frozenset[str]
    duration_words: frozenset[str]
    count_words: frozenset[str]  # words besides units and numbers that count a stretch ("just hours")
    cue_words: frozenset[str]  # a sentence without any of these (or a year) has no date the patterns can find
    dateparser_shape: re.Pattern[str]  # the relative phrases left to dateparser
    historical_after_days: int  # an event whose period ended longer than this before publication is background
    open_ended: frozenset[str]  # first words of a phrase that names a stretch from or to a date ("since 2011")
    day_bounds: frozenset[str]  # hours of a day a past perfect is reached by ("by noon"): the story's own day
    to_now_words: frozenset[str]  # words that open a stretch up to now ("since the 2018 poisoning")
    past_words: frozenset[str]  # objects of a preposition that put a clause in the past without a date ("in the past")
    past_periods: frozenset[str]  # periods counted from a past event ("in the decades since the coup")
    ahead_words: frozenset[str]  # adverbs that put a same-day date after publication ("later today")
    same_time_marks: frozenset[str]  # conjunctions of a clause that shares the event's time ("when")
    sequence_words: frozenset[str]  # adverbs that move a story on to another time ("later", "then")
    moved_on_after_days: int  # a clause moved on from an episode older than this is still background
    calendar_week_precision: DatePrecision  # what "last week" says: the CODEBOOK has no week, so its month
    seasons: dict[str, int]  # season name -> the month it begins
    other_time_preps: frozenset[str]  # prepositions that put a noun's act at another time than its clause's
    past_phrases: frozenset[str]  # prepositional phrases that put a clause in the past without a date ("at the time")
    past_phrase_length: int  # words of the longest of them
    clause_cue_words: frozenset[str]  # the words that can head one of the phrases above (or "since", "under" ...)
    long_periods: frozenset[str]  # "years" in "years earlier": a gap long enough to make a clause background
    before_words: frozenset[str]  # "earlier", "before": the gap's direction
    era_preps: frozenset[str]  # "under", "during" an era ...
    former_words: frozenset[str]  # ... named as over: "under the previous government"
    habitual_verbs: frozenset[str]  # "used" in "used to accuse": a past habit, background
    telling_verbs: frozenset[str]  # "said" in "said its units had shot down": a past perfect told is news, backshifted
    since_words: frozenset[str]  # "since 2011" on a perfect: an act under way from a past year, background
    anaphoric_words: frozenset[str]  # "that Monday", "the following week": counted from the story's time, not now
    following_words: frozenset[str]  # "the following October": the first one after the story's last date
    same_words: frozenset[str]  # "that May": the story's last date's year
    later_words: frozenset[str]  # "five years later", "two years after that": counted on from the story's last date
    story_units: dict[str, int]  # ... in months: a year, a decade
    then_words: frozenset[str]  # "Ferraro, then a lieutenant, ...", "then-President Menem": a doer named as he was then
    month_numbers: dict[str, int]  # "october" -> 10 (dates.yaml months: the twelve names in order, then short forms)
    era_in_preps: frozenset[str]  # "in" an era ...
    era_in_words: frozenset[str]  # ... named as over by one of these: "in his previous job"
    duration_preps: frozenset[str]  # "for", "over" in "has protested for years": an act kept up for long, background ...
    duration_periods: frozenset[str]  # ... for these periods, not counted ("jailed for five years" is a sentence)
    duration_quantifiers: frozenset[str]  # "for many years", "in recent years": a stretch still uncounted
    duration_counted_back: frozenset[str]  # "for the past two decades": a counted stretch reaching back to now
    era_nouns: frozenset[str]  # "throughout his career", "during her first term": a stretch of someone's life ...
    era_counters: frozenset[str]  # ... owned, or counted by one of these ("first", "previous")
    long_adverbs: frozenset[str]  # "has long accused": background
    narrative_paragraphs: int  # how far back a month told in the past looks for the year of its narrative
    clock_words: frozenset[str]  # "gmt" in "at 1700 gmt": a four-digit number before one is a time, not a year
    lead_sentences: int  # how many sentences after the headline may name the news day ("clashed late Thursday")
    news_days: int  # ... up to this many days before publication


Words = list[Lemma]


class DatesFile(DataModel):
    """dates.yaml: the words and patterns of date phrases."""

    version: int = 1
    weekdays: Words = Field(min_length=7, max_length=7)
    months: Words = Field(min_length=12)
    day_words: Words
    relative_words: Words
    period_units: dict[str, DatePrecision]
    candidate_patterns: list[Regex] = Field(min_length=1)
    qualifiers: list[str]
    approximators: list[str] = []
    duration_words: Words
    count_words: Words
    number_words: dict[str, int]
    times_of_day: Words
    dateparser_shape: Regex
    rewrites: dict[Lemma, str]
    historical_after_days: int = Field(ge=0)
    open_ended: Words
    to_now_words: Words
    day_bounds: Words
    past_words: Words
    past_periods: Words
    ahead_words: Words
    same_time_marks: Words
    sequence_words: Words
    moved_on_after_days: int = Field(ge=0)
    calendar_week_precision: DatePrecision
    seasons: dict[Lemma, int]
    other_time_preps: Words
    past_phrases: list[str]
    habitual_verbs: Words
    telling_verbs: Words = []
    since_words: Words
    anaphoric_words: Words
    following_words: Words = []
    same_words: Words = []
    later_words: list[str] = []
    story_units: dict[Lemma, int] = {}
    then_words: Words = []
    long_periods: Words
    before_words: Words
    era_preps: Words
    former_words: Words
    era_in_preps: Words
    era_in_words: Words
    duration_preps: Words
    duration_periods: Words
    duration_quantifiers: Words
    duration_counted_back: Words
    era_nouns: Words
    era_counters: Words
    long_adverbs: Words
    narrative_paragraphs: int = Field(ge=0)
    clock_words: Words
    lead_sentences: int = Field(1, ge=0)
    news_days: int = Field(0, ge=0)


@cache
def load_date_patterns(path: Path | None = None) -> DatePatterns:
    """The bundled dates.yaml (or `path`), validated and compiled."""
    raw = load_data_file(path or bundled_file("eventscope", "dates.yaml"), DatesFile)
    return DatePatterns(
        weekdays=frozenset(raw.weekdays),
        months=frozenset(raw.months),
        day_words=frozenset(raw.day_words),
        relative_words=frozenset(raw.relative_words),
        period_units=dict(raw.period_units),
        # One alternation, one pass over the sentence; at a given position the earlier pattern wins.
        candidates=re.compile("|".join(f"(?:{p})" for p in raw.candidate_patterns)),
        qualifiers=re.compile(
            r"^(?:" + "|".join(re.escape(q) for q in sorted(raw.qualifiers, key=len, reverse=True)) + r")[\s-]+",
            re.IGNORECASE,
        ),
        approximators=re.compile(
            r"^(?:" + "|".join(re.escape(q) for q in sorted(raw.approximators, key=len, reverse=True))
            + r")\s+(?=\w+\s+\w+\s+ago\b)", re.IGNORECASE),
        rewrites=raw.rewrites,
        number_words=raw.number_words,
        times_of_day=frozenset(raw.times_of_day),
        duration_words=frozenset(raw.duration_words),
        count_words=frozenset(raw.count_words),
        cue_words=frozenset([*raw.weekdays, *raw.months, *raw.day_words]) | {"ago", "week", "weekend", "month", "year"},
        dateparser_shape=re.compile(raw.dateparser_shape),
        historical_after_days=raw.historical_after_days,
        open_ended=frozenset(raw.open_ended),
        to_now_words=frozenset(raw.to_now_words),
        day_bounds=frozenset(raw.day_bounds),
        past_words=frozenset(raw.past_words),
        past_periods=frozenset(raw.past_periods),
        ahead_words=frozenset(raw.ahead_words),
        same_time_marks=frozenset(raw.same_time_marks),
        sequence_words=frozenset(raw.sequence_words),
        moved_on_after_days=raw.moved_on_after_days,
        calendar_week_precision=raw.calendar_week_precision,
        seasons=dict(raw.seasons),
        other_time_preps=frozenset(raw.other_time_preps),
        past_phrases=frozenset(p.lower() for p in raw.past_phrases),
        past_phrase_length=max((len(p.split()) for p in raw.past_phrases), default=0),
        clause_cue_words=frozenset(w.lower() for p in raw.past_phrases for w in (p.split()[0], p.split()[-1]))
        | frozenset(raw.since_words) | frozenset(raw.era_preps) | frozenset(raw.before_words)
        | frozenset(raw.duration_preps) | frozenset(raw.long_adverbs) | frozenset(raw.era_in_preps),
        habitual_verbs=frozenset(raw.habitual_verbs),
        telling_verbs=frozenset(raw.telling_verbs),
        since_words=frozenset(raw.since_words),
        anaphoric_words=frozenset(raw.anaphoric_words),
        following_words=frozenset(raw.following_words),
        same_words=frozenset(raw.same_words),
        later_words=frozenset(w.lower() for w in raw.later_words),
        story_units=dict(raw.story_units),
        then_words=frozenset(raw.then_words),
        month_numbers={name.lower(): number for number, full in enumerate(raw.months[:12], 1)
                       for name in [full, *(m for m in raw.months[12:] if full.startswith(m))]},
        long_periods=frozenset(raw.long_periods),
        before_words=frozenset(raw.before_words),
        era_preps=frozenset(raw.era_preps),
        former_words=frozenset(raw.former_words),
        era_in_preps=frozenset(raw.era_in_preps),
        era_in_words=frozenset(raw.era_in_words),
        duration_preps=frozenset(raw.duration_preps),
        duration_periods=frozenset(raw.duration_periods),
        duration_quantifiers=frozenset(raw.duration_quantifiers),
        duration_counted_back=frozenset(raw.duration_counted_back),
        era_nouns=frozenset(raw.era_nouns),
        era_counters=frozenset(raw.era_counters),
        long_adverbs=frozenset(raw.long_adverbs),
        narrative_paragraphs=raw.narrative_paragraphs,
        clock_words=frozenset(w.lower() for w in raw.clock_words),
        lead_sentences=raw.lead_sentences,
        news_days=raw.news_days,
    )


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date phrase in the text, with what it says about precision."""

    text: str
    start: int  # character offsets into the document
    end: int
    precision: DatePrecision
    has_year: bool
    kind: str  # "weekday", "month_day", "month", "relative" or "absolute": how future/past events adjust it
    root: int = -1  # token index of the phrase's syntactic head, -1 when unknown


def _classify(text: str, patterns: DatePatterns) -> tuple[DatePrecision, str] | None:
    """Precision and kind of a phrase, or None when it has no calendar cue (a duration, an age)."""
    words = re.findall(r"[a-z]+", text.lower())
    if any(w in patterns.duration_words for w in words) or COUNTED_SPAN.search(text.lower()):
        return None  # "the past few days", "the next eight weeks": a stretch of time, not a date
    has_year = bool(YEAR.search(text))
    # Month names count only capitalised: "may" and "march" are also a modal verb and a noun.
    month = any(w.lower() in patterns.months and w[:1].isupper() for w in re.findall(r"[A-Za-z]+", text))
    if month and DAY_NUMBER.search(YEAR.sub("", text)):  # "Saturday, June 7": the month and day decide
        return "day", "absolute" if has_year else "month_day"
    if any(w in patterns.weekdays for w in words) or "weekend" in words:
        return "day", "weekday"
    if any(w in patterns.day_words for w in words):
        return "day", "relative"
    if month:
        if not has_year and "year" in words and any(w in patterns.relative_words for w in words):
            return "month", "relative"  # "April last year": the year is counted from publication
        return "month", "absolute" if has_year else "month"
    if any(w in patterns.seasons for w in words):
        return "year", "season"  # "last summer": CODEBOOK.md writes its year
    counted_on = next((w for w in words if w in patterns.story_units), None)
    if counted_on is not None and _ends_counting_on(text, patterns):
        return patterns.period_units[counted_on] if counted_on in patterns.period_units else "year", "relative"
    if any(w in patterns.relative_words for w in words):
        if "week" in words and "ago" not in words:
            # "last week", "earlier this week": the week is known, not its day ("a week ago" counts back to a day)
            return patterns.calendar_week_precision, "relative"
        units = [patterns.period_units[w] for w in words if w in patterns.period_units]
        if units:
            return units[0], "relative"
    if has_year:
        return "year", "absolute"
    if "year" in words and not patterns.following_words.isdisjoint(words):
        return "year", "relative"  # "the following year": counted from the story's time (DateResolver._story_date)
    if re.fullmatch(r"\s*(?:19|20)\d\d-\d\d-\d\d\s*", text):
        return "day", "absolute"
    return None


def _period_middle(value: date, precision: DatePrecision, published: date | None = None) -> date:
    """The middle of the day, month or year that a date with this precision stands for: "in June" told on
    24 July is about six weeks back, not the 24 days since its last day. A past act in the month or year of
    publication lies between its first day and publication: "earlier this year" told in May is about March."""
    if precision == "year":
        start = value.replace(month=1, day=1)
        if published is not None and start <= published < start.replace(year=start.year + 1):
            return start + (published - start) / 2
        return value.replace(month=7, day=1)
    if precision == "month":
        start = value.replace(day=1)
        if published is not None and start <= published < _add_months(start, 1):
            return start + (published - start) / 2
        return value.replace(day=15)
    return value


def _period_end(value: date, precision: DatePrecision) -> date:
    """The last day of the day, month or year that a date with this precision stands for."""
    if precision == "year":
        return value.replace(month=12, day=31)
    if precision == "month":
        return _add_months(value.replace(day=1), 1) - timedelta(days=1)
    return value


def _verb_of(token: Token) -> Token | None:
    """The verb that carries a trigger's tense: the trigger itself, or the verb a nominal trigger hangs from."""
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            return token
        up = token.head  # (read once: each read of Token.head makes a new Token)
        if up.i == token.i:
            return None
        token = up
    return token if token.pos_ in ("VERB", "AUX") else None


def _past_tense(trigger: Token) -> bool:
    """Simple past ("attacked", "was attacked", "had attacked"); not the present perfect ("has attacked"). A
    participle clause with no subject or auxiliary of its own takes its head's tense ("slaughtered thousands,
    leading to sanctions")."""
    verb = _verb_of(trigger)
    if verb is not None and _bare_participle(verb) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb is None:
        return False
    auxiliary = _first_auxiliary(verb)
    return (auxiliary or verb).tag_ == "VBD"


def _first_auxiliary(verb: Token) -> Token | None:
    """The auxiliary that carries a verb's tense ("was" in "was attacked", "is" in "is travelling")."""
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)


def _bare_participle(verb: Token) -> bool:
    """"killing dozens" in "stormed the town, killing dozens": a participle clause without subject, auxiliary or
    conjunction, which happens at its head's time."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)


def _points_ahead(doc: Doc, expression: DateExpression, event: Event | EventDraft) -> bool:
    """Whether a date without a year lies ahead of publication: in a future event, unless the verb the date
    hangs from is in the past ("said in November that it would visit" is last November)."""
    if expression.root < 0:
        return event.modality == "future"
    verb = _verb_of(doc[expression.root])
    if verb is not None and _under_future(verb):  # "will be the first to address it when he travels on Sunday"
        return True
    if expression.kind in ("weekday", "month_day", "month") and _present_tense(doc[expression.root]):
        return True  # "the president travels to Kenya on Sunday", "votes on June 3": news tells the past in the past
    return event.modality == "future" and not _past_tense(doc[expression.root])


def _under_future(verb: Token) -> bool:
    """A verb with a future auxiliary, or a present-tense verb in a clause under one (up to three verbs up,
    not past a verb in the past tense)."""
    for _ in range(MAX_FUTURE_CLIMB):
        if _future_tense(verb):
            return True
        if verb.tag_ in ("VBD", "VBN") or verb.head.i == verb.i:
            return False
        head = _verb_of(verb.head)
        if head is None or head.i == verb.i:
            return False
        verb = head
    return False


def _ends_counting_on(text: str, patterns: DatePatterns) -> bool:
    """"two years after that", "a decade later": the phrase ends with one of dates.yaml later_words."""
    return any(text.lower().rstrip(" ,.").endswith(w) for w in patterns.later_words)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _future_tense(verb: Token) -> bool:
    """"will visit", "shall meet": a verb with a future auxiliary."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def _dates_a_noun(date_root: Token, trigger: Token) -> bool:
    """A date phrase attached to a noun other than the trigger, a participant of the event ("backed the 2009
    report", "called last year's bill"); a noun that says when ("during her May 9 speech") passes it on."""
    head = date_root.head
    return (date_root.dep_ in NOUN_MODIFIER_DEPS and head.i != date_root.i and head.pos_ in ("NOUN", "PROPN")
            and head.i != trigger.i and head.dep_ != "pobj" and not _told_when_of(head, trigger))


def _told_when_of(noun: Token, trigger: Token) -> bool:
    """"recalled the June 2024 protests, when demonstrators stormed parliament": an act in a "when" clause on a noun
    happens at the time the noun's date gives."""
    verb = _verb_of(trigger)
    if verb is None or verb.dep_ not in ("relcl", "acl", "advcl") or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return False
    node = verb.head  # the noun the clause hangs on, or one inside the dated noun's phrase ("the 2024 protests
    for _ in range(MAX_NOUN_PHRASE_HOPS):  # against a finance bill, when ...")
        if node.i == noun.i:
            return True
        if node.pos_ not in ("NOUN", "PROPN", "ADP") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _dates_another_clause(date_root: Token, trigger: Token, open_ended: frozenset[str],
                          same_time: frozenset[str] = frozenset()) -> bool:
    """A date that is not the event's though in its sentence: one inside a clause the trigger is not in, that
    describes a noun or reports what was said ("accuse the party, which ruled from 2011", "the group founded
    in 1983 that turned to violence", "is alleging the guards failed on May 3"), or one that only bounds a stretch
    of time ("after the collapse in 2011, they attacked": after 2011, not in it)."""
    above = {trigger.i, *(node.i for node in trigger.ancestors)}
    node = date_root
    while node.i not in above:
        if node.dep_ in OTHER_CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") and not (
                node.dep_ == "acl" and node.head.dep_ == "pobj"):  # "in an interview published today": the occasion
            return True
        if _told_for_another_time(node, trigger):
            return True  # "sued the board, and the case will be heard next month": next month is the hearing's
        if node.dep_ in ("prep", "mark") and node.lower_ in open_ended:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in same_time for c in node.children):
            return True  # "sued the club because he was attacked on May 3" (but "when he arrived on May 3")
        up = node.head  # (read once a step: each read of Token.head makes a new Token)
        if node.dep_ == "prep" and _dated_noun(up, above):
            return True
        if up.i == node.i:
            return False
        node = up
    return False


def _told_for_another_time(verb: Token, trigger: Token) -> bool:
    """A clause joined by "and"/"but" with a subject and a modal of its own that the trigger's clause lacks ("..., and
    the case will be heard next month"): its time is not the trigger's. Without the modal the two share one time ("two
    were killed and four wounded on Sunday", "attacked the post, and four soldiers died on Monday")."""
    if not (verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")):
        return False
    children = list(verb.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children) or not any(c.tag_ == "MD" for c in children):
        return False
    own = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return not any(c.tag_ == "MD" for c in own.children)


def _on_verb(date_root: Token, verb: Token) -> bool:
    """A date that dates the verb itself: "In 1975 the army seized", "seized power that year", not a date on a noun
    of its clause ("in a 1995 interview", "during his first run in 2009")."""
    if date_root.dep_ == "pobj":
        return date_root.head.dep_ == "prep" and date_root.head.head.i == verb.i
    return date_root.head.i == verb.i and date_root.dep_ in ("npadvmod", "advmod")


def _one_of_several(doc: Doc, expression: DateExpression) -> bool:
    """A date joined to another by "and"/"or" ("in 2008 and 2012", "on Monday or Tuesday"): no one date."""
    if expression.root < 0:
        return False
    root = doc[expression.root]
    return any(c.dep_ == "conj" and c.ent_type_ == "DATE" for c in root.children) or (
        root.dep_ == "conj" and root.head.ent_type_ == "DATE")


def _dated_noun(noun: Token, above: set[int]) -> bool:
    """Whether a prepositional date on `noun` dates that noun rather than the event: a noun beside the event
    ("backed his vow on Monday"), not one that says when ("during the talks on Monday") nor the subject of the
    event's clause, where the parser hangs a date that stands between subject and verb ("Police on Monday
    arrested")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in above or noun.dep_ == "pobj":
        return False
    return not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in above)


def _background(event: Event | EventDraft, trigger: Token | None) -> bool:
    """Told as background: historical modality, or the past perfect ("had seized") of an earlier time."""
    return event.modality == "historical" or (trigger is not None and _past_perfect(trigger))


def _past_perfect(trigger: Token) -> bool:
    """"had seized", and a participle that goes with one ("had swept through the north, seizing towns")."""
    verb = _verb_of(trigger)
    for _ in range(2):
        if verb is None:
            return False
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return True
        if not _bare_participle(verb):
            return False
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else None
    return False


def _present_tense(trigger: Token) -> bool:
    """"travels", "is travelling", "are meeting": a verb in the present with no past or modal auxiliary."""
    verb = _verb_of(trigger)
    if verb is None:
        return False
    auxiliary = _first_auxiliary(verb)
    if auxiliary is not None:
        return auxiliary.tag_ in ("VBZ", "VBP") and verb.tag_ == "VBG"
    return verb.tag_ in ("VBZ", "VBP")


def _told_now(verb: Token) -> bool:
    """"says", "is travelling", "has provided", "have been", "will vote": a verb in the present, the present perfect or
    the future (its tense on its first auxiliary, else on itself)."""
    auxiliary = _first_auxiliary(verb)
    if auxiliary is not None:
        return auxiliary.tag_ in ("VBZ", "VBP") or auxiliary.lower_ in FUTURE_AUXILIARIES
    return verb.tag_ in ("VBZ", "VBP")


def _after(value: date, precision: DatePrecision, published: date) -> bool:
    """Whether a date's day, month or year lies after the publication's."""
    if precision == "year":
        return value.year > published.year
    if precision == "month":
        return (value.year, value.month) > (published.year, published.month)
    return value > published


def _other_time(trigger: Token, prepositions: frozenset[str], units: dict[str, DatePrecision]) -> Token | None:
    """The phrase or clause that puts an act at another time than the clause it hangs on, or None: a nominal trigger's
    phrase opened by a preposition of another time ("after bitter battles", "following protests"), or a clause opened
    by one with the gap named ("struck on Wednesday, a day after the rebels seized the town"; a bare "before security
    forces raided it" is the same episode). Dates outside it are not the act's."""
    node = trigger
    while node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("pobj", "conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "prep" and node.lower_ in prepositions and node.i != trigger.i:
        return node
    verb = _verb_of(trigger)
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in prepositions for c in verb.children):
        return None
    gap = any(c.dep_ == "npadvmod" and c.lower_ in units for c in verb.children)
    return verb if gap else None


def _in_own_clause(token: Token, verb: Token) -> bool:
    """Whether a word of the verb's subtree belongs to the verb's own clause, not to a clause inside it."""
    node = token
    for _ in range(MAX_CLAUSE_HOPS):
        if node.i == verb.i:
            return True
        if node.dep_ in CLAUSE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _inside(token: Token, phrase: Token) -> bool:
    return phrase.left_edge.i <= token.i <= phrase.right_edge.i


def _in_phrase_of(date_root: Token, trigger: Token) -> bool:
    """A date inside a nominal trigger's own phrase ("the massacre of villagers in August")."""
    node = date_root
    for _ in range(6):
        if node.i == trigger.i:
            return True
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _own_judgement(event: Event | EventDraft) -> bool:
    """A speaker's judgement of what they speak of ("X said the governor did not fight hard enough": X ACCUSE the
    governor): the act is the saying, told now, whatever year the paragraph tells the story of."""
    speakers = {a.text for a in event.attribution}
    return bool(speakers) and bool(event.source) and all(a.text in speakers for a in event.source)


def _in_headline(context: DocumentContext, position: int) -> bool:
    """Whether a character offset lies in the article's headline: a first line that is the article's title, with no
    full stop (a title ingest made from a text's first sentence is no headline)."""
    text = context.article.text
    title = (context.article.title or "").strip()
    end = text.find("\n")
    first = text[: len(text) if end < 0 else end].strip()
    return bool(title) and position < len(first) and first == title and not first.endswith(".")


def codebook_date(event: Event) -> str | None:
    """The event's date as CODEBOOK.md writes gold dates: to its precision, and null when the article does not
    say (the publication date stands in for an undated current event but is no date the article gives)."""
    if event.date is None or event.date_reason == "publication":
        return None
    return date_label(event.date, event.date_precision)


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
        self._classify = lru_cache(maxsize=PARSE_CACHE_SIZE)(self._classify_uncached)

    def _classify_uncached(self, text: str) -> tuple[DatePrecision, str] | None:
        return _classify(text, self.patterns)

    def date(self, doc: Doc, event: Event, published: date | None) -> Event:
        """The event with its date, for a bare Doc (tools and tests; the pipeline uses `resolve`)."""
        context = DocumentContext.of(doc, published=published)
        return event.revised(**self.resolve(context, event))

    def resolve(self, context: DocumentContext, event: Event | EventDraft) -> dict[str, object]:
        """The date fields of an event (date, date_precision, date_text, date_reason), and its modality when
        the date makes it background (historical)."""
        doc, published = context.doc, context.published
        expressions = self.expressions(context, event.evidence.start, event.evidence.end, event.evidence.text)
        trigger = context.span_root(event.trigger.start, event.trigger.end)
        ranked = self._rank(doc, expressions, trigger)
        past_years = False  # the event's clause names several years, all past ones
        recent_host = False  # the clause a noun of another time (or a past perfect) hangs on is dated in the last month
        for expression, reason in ranked:
            if reason == HOST:
                value = self.to_date(expression, published, False)
                recent_host = recent_host or value is not None and published is not None and not self._old(
                    value, expression.precision, published)
                continue
            if reason == "sentence" and trigger is not None and (_past_perfect(trigger) or (
                    verb := _verb_of(trigger)) is not None and self._named_as_then(verb)):
                # "announced on Monday that it had arrested 40": Monday is when it was told, the arrests before it
                value = self.to_date(expression, published, False)
                recent_host = recent_host or value is not None and published is not None and not self._old(
                    value, expression.precision, published)
                continue
            if reason == "sentence" and trigger is not None and event.modality in ("future", "hypothetical") and (
                    self._dates_the_telling(doc[expression.root], trigger)):
                continue  # "announced on Thursday that it would deliver": Thursday is when it was said, not the plan's
            story = self._story_date(context, expression)
            if story is not None:
                # "the following October", "five years later": counted from the story's last date, not from now
                counted: dict[str, object] = {"date": story[0], "date_precision": story[1],
                                               "date_text": expression.text, "date_reason": "story time"}
                return self._with_modality(counted, event, story[0], replace(expression, precision=story[1]),
                                           published, trigger, doc)
            if self._anaphoric(doc, expression):
                continue  # "that Monday": the story's own time, which its episode gives (below), not this week
            if len(set(YEAR.findall(expression.text))) > 1 or _one_of_several(doc, expression):
                # "in 2008 and 2012", "2011 to 2013": several dates or a stretch, no one date; if all its years
                # are past ones, background
                years = [int(y) for y in YEAR.findall(self._dates_together(doc, expression))]
                if years and published is not None and max(years) < published.year:
                    past_years = True
                continue
            ahead = _points_ahead(doc, expression, event)
            # a month told in the past takes the year of the narrative it is told in, a few paragraphs back at most
            # ("In a note dated March 18 1986 ... [paragraphs] ... In early April she gave in" is April 1986)
            year = self.context_year(context, expression.start, 0 if ahead else self.patterns.narrative_paragraphs) \
                if expression.kind in ("month_day", "month") else None
            value = self.to_date(expression, published, ahead, year)
            if value is not None:
                fields: dict[str, object] = {"date": value, "date_precision": expression.precision,
                                             "date_text": expression.text, "date_reason": reason}
                return self._with_modality(fields, event, value, expression, published, trigger, doc)
        episode = self._episode_date(context, event, trigger)
        if episode is not None:
            return episode
        # a past perfect in what a speaker told with no date ("the ministry said its troops had captured the village")
        # is news (a dated telling is the host above: "In 2019, the government announced it had arrested 40")
        reported = (not ranked and trigger is not None and _past_perfect(trigger)
                    and self._backshifted(_verb_of(trigger)) and not self._told_as_past(trigger, context))
        # (session 23) "Lula said Brazil was ready to help": a state an adjective tells in reported speech holds when told
        stated = (not ranked and trigger is not None and trigger.pos_ == "ADJ" and self._backshifted(_verb_of(trigger))
                  and not self._told_as_past(trigger, context))
        if stated or (recent_host or reported) and (
                event.modality == "historical" or trigger is not None and _past_perfect(trigger)):
            # "was relaxed today, after bitter battles with his critics", "announced on Monday it had arrested 40":
            # before a recent day, but not well before (the preposition or the past perfect alone made it background);
            # the date only undoes background: "insisted the army had not fired" stays negated
            told: dict[str, object] = {"date": published, "date_precision": "day", "date_text": None,
                                       "date_reason": "publication"}
            return told | {"modality": "asserted"} if event.modality in ("asserted", "historical") else told
        # No date of its own: a past-tense event in a paragraph about an earlier year is background to it
        # ("In 1991, the premier opposed the talks. ... Her cabinet soon fell.", also when the story goes on in
        # the next paragraph), but the year is only context, not a date the article gives the event.
        year = self.context_year(context, event.trigger.start, 1, news_after_flashback=True)
        if year is not None and trigger is not None and event.modality == "asserted" and _past_tense(trigger) and not (
                _own_judgement(event)):
            return {"date": None, "date_precision": "unknown", "date_text": None,
                    "date_reason": f"background (paragraph about {year})", "modality": "historical"}
        if trigger is not None and event.modality == "asserted" and (
                self._told_as_past(trigger, context) or _past_tense(trigger) and (
                    past_years or self._in_past_decade(context, event, trigger))):
            # "had seized", "has been critical of him in the past", "in the 1960s they marched": background, with no
            # date of its own
            return {"date": None, "date_precision": "unknown", "date_text": None, "date_reason": "background",
                    "modality": "historical"}
        if published is not None and not _background(event, trigger):
            # A headline tells the day's news in the present ("U.S. sends warship"): the article gives that day.
            reason = "headline" if event.modality == "asserted" and trigger is not None and _present_tense(
                trigger) and _in_headline(context, event.evidence.start) else "publication"
            news = self._news_day(context) if reason == "headline" else None
            if news is not None:
                # the headline tells the news of the day the lead names ("Leaders clash over loan" over "Leaders
                # clashed late Thursday"), not the publication day (a paper out the next morning)
                return {"date": news[0], "date_precision": "day", "date_text": news[1], "date_reason": "news day"}
            return {"date": published, "date_precision": "day", "date_text": None, "date_reason": reason}
        # Background told without a date of its own ("former"): never the publication date.
        return {"date": None, "date_precision": "unknown", "date_text": None,
                "date_reason": "background" if published is not None else None}

    def _news_day(self, context: DocumentContext) -> tuple[Day, str] | None:
        """The day of the article's news as its lead names it: the first day of the week before publication (or its
        own day) that dates the main clause of one of the first sentences after the headline, told in the simple past
        ("Slovakia threatened late Thursday to veto the loan"); None when the lead names no such day."""
        if NEWS_DAY_KEY not in context.memo:
            context.memo[NEWS_DAY_KEY] = self._find_news_day(context)
        found: tuple[Day, str] | None = context.memo[NEWS_DAY_KEY]
        return found

    def _find_news_day(self, context: DocumentContext) -> tuple[Day, str] | None:
        published = context.published
        if published is None:
            return None
        text, doc = context.article.text, context.doc
        # the lead: sentences after the headline, not on a byline or dateline line ("By ...", "Dec. 2, 2026")
        lead = [s for s in self._sentences(context) if not _in_headline(context, s.start_char)
                and not context.in_furniture(s.start_char, s.end_char) and _verb_of(s.root) is not None
                and sum(t.is_alpha for t in s) >= MIN_LEAD_WORDS]
        for sentence in lead[: self.patterns.lead_sentences]:
            expressions = self.expressions(context, sentence.start_char, sentence.end_char,
                                           text[sentence.start_char:sentence.end_char])
            for verb in self._told_verbs(sentence.root):
                if not _past_tense(verb) or _past_perfect(verb):
                    continue
                for expression, reason in self._rank(doc, expressions, verb):
                    # a date with its year is the byline's or a report's, not the lead's "on Tuesday"
                    if reason != "event clause" or expression.precision != "day" or expression.has_year or (
                            self._anaphoric(doc, expression) or _one_of_several(doc, expression)):
                        continue
                    value = self.to_date(expression, published, False)
                    if value is not None and 0 <= (published - value).days <= self.patterns.news_days:
                        return value, expression.text
        return None

    def _dates_the_telling(self, date_root: Token, trigger: Token) -> bool:
        """A date on a verb of telling in the past that the event is told under ("said Tuesday he would decide by
        Friday whether to veto", "announced on Thursday that it would send"): the day of the telling."""
        verb = _verb_of(date_root)
        return verb is not None and verb.lemma_ in self.patterns.telling_verbs and verb.tag_ == "VBD" and (
            verb.is_ancestor(trigger))

    def _told_verbs(self, root: Token) -> list[Token]:
        """A sentence's main verb, and the clause it tells when it is a verb of telling put after it ("Police fired
        tear gas on Tuesday, witnesses said": the news is the firing)."""
        told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i] if (
            root.lemma_ in self.patterns.telling_verbs) else []
        return [root, *told]

    def _episode_date(self, context: DocumentContext, event: Event | EventDraft,
                      trigger: Token | None) -> dict[str, object] | None:
        """The date of the episode a past event without a date of its own is told in: the month or day that dates
        the main clause of an earlier sentence of its paragraph ("But in April, the prefect rejected the plea. He
        criticized the speakers." is April). A year alone is only the paragraph's context (see `resolve`), and a
        clause that moves the story on ("later", "then") is another time."""
        published = context.published
        if published is None or trigger is None or event.modality not in ("asserted", "historical"):
            return None
        doc = context.doc
        sentences = self._sentences(context)
        own = context.sentence_of(trigger.i)  # (Token.sent walks the sentence at every call)
        if not (_past_tense(trigger) or _past_tense(sentences[own].root)):
            return None
        moved = self._moves_on(trigger)
        if moved and (_own_judgement(event) or _past_perfect(trigger)):
            return None
        text = context.article.text
        for index in range(own - 1, -1, -1):
            sentence = sentences[index]
            if LINE_BREAK.search(text, sentence.start_char, event.evidence.start) is not None:
                return None  # another paragraph
            expressions = self.expressions(context, sentence.start_char, sentence.end_char,
                                           text[sentence.start_char:sentence.end_char])
            dated = [x for x, reason in self._rank(doc, expressions, sentence.root) if reason == "event clause"]
            if not dated:
                if self._moves_on(sentence.root):
                    return None  # "... The army then closed the border. The president resigned.": another time
                continue
            expression = dated[0]
            if expression.precision not in ("day", "month", "year") or _one_of_several(doc, expression) or not (
                    _past_tense(sentence.root)):
                return None
            year = self.context_year(context, expression.start, self.patterns.narrative_paragraphs) \
                if expression.kind in ("month_day", "month") else None
            value = self.to_date(expression, published, False, year)
            if value is None:
                return None
            if moved:
                return self._after_old_episode(value, expression.precision, published)
            if expression.precision == "year":
                # a speaker's own judgement is said now, a past perfect is a flashback from the narrative's time
                return None if _own_judgement(event) or _past_perfect(trigger) else self._narrative_year(
                    context, expression, value, sentence, own)
            old = self._old(value, expression.precision, published)
            return {"date": value, "date_precision": expression.precision, "date_text": expression.text,
                    "date_reason": "episode", "modality": "historical" if old else "asserted"}
        return None

    def _after_old_episode(self, value: Day, precision: DatePrecision, published: Day) -> dict[str, object] | None:
        """A clause that moves the story on ("later", "then") from an episode that ended long before publication
        ("The unrest recalls the June 2024 protests. Ruto later withdrew the bill.") is background with no date of
        its own; moved on from a recent one it may be the news, and nothing is said."""
        if (published - _period_end(value, precision)).days <= self.patterns.moved_on_after_days:
            return None
        return {"date": None, "date_precision": "unknown", "date_text": None,
                "date_reason": "background (after an old episode)", "modality": "historical"}

    def _narrative_year(self, context: DocumentContext, expression: DateExpression, value: Day, told: SpacySpan,
                        own: int) -> dict[str, object] | None:
        """The year a past narrative is told in, carried to a later sentence of its paragraph ("In 1975 the army
        seized power. The president resigned." is 1975): only an earlier year that dates the main verb of the
        sentence that tells it (not "in a 1995 interview", "during his run for office in 2009"), told in the simple
        past (a past perfect is a flashback from the news), and only to a sentence that names no date of its own
        (one it did not take is another time: "after the uprising in 2003, ...", "after clashes on Friday"; "that
        same week" is the story's). (A speaker's own judgement, and a flashback in the past perfect: the caller
        leaves them out.)"""
        published = context.published
        doc = context.doc
        if published is None or value.year >= published.year or _past_perfect(told.root) or not (
                expression.root >= 0 and _on_verb(doc[expression.root], told.root)):
            return None
        sentence = self._sentences(context)[own]
        if any(not self._anaphoric(doc, x) for x in self.expressions(
                context, sentence.start_char, sentence.end_char,
                context.article.text[sentence.start_char:sentence.end_char])):
            return None
        return {"date": value, "date_precision": "year", "date_text": expression.text, "date_reason": "narrative year",
                "modality": "historical"}

    def _old(self, value: Day, precision: DatePrecision, published: Day) -> bool:
        """Whether a date lies well before publication (more than about a month, CODEBOOK): background."""
        return (published - _period_middle(value, precision, published)).days > self.patterns.historical_after_days

    def _moves_on(self, trigger: Token) -> bool:
        """"They later seized the city", "Then, the Church accused them": a sequence adverb on the event's clause."""
        node = trigger
        for _ in range(MAX_FUTURE_CLIMB + 1):
            if any(c.dep_ == "advmod" and c.lower_ in self.patterns.sequence_words for c in node.children):
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    @staticmethod
    def _sentences(context: DocumentContext) -> list[SpacySpan]:
        """The document's sentences, listed once per document (by the context)."""
        return context.sentences

    def _in_past_decade(self, context: DocumentContext, event: Event | EventDraft, trigger: Token) -> bool:
        """A decade ("the 1960s", "the early 1990s", "the '70s") that ended before the publication year, named in
        the event's clause."""
        published = context.published
        _, entities = self._date_entities(context)
        for start, end, text in entities:
            if not event.evidence.start <= start < event.evidence.end:
                continue
            decade = DECADE.search(text)
            if decade is None:
                continue
            year = int(decade.group(1)) if decade.group(1) else 1900 + int(decade.group(2))
            span = context.doc.char_span(start, end, alignment_mode="expand")
            if (published is None or year + 9 < published.year) and span is not None and len(span) and (
                    clause_hops(span.root, trigger) is not None):
                return True
        return False

    @staticmethod
    def _dates_together(doc: Doc, expression: DateExpression) -> str:
        """The text of a date and those joined to it ("2008 and 2012")."""
        if expression.root < 0:
            return expression.text
        root = doc[expression.root]
        first = root.head if root.dep_ == "conj" else root
        return "".join(t.text_with_ws for t in first.subtree)

    def _told_as_past(self, trigger: Token, context: DocumentContext) -> bool:
        """The past perfect, a past habit ("used to accuse"), or a phrase of the clause that puts it in the past
        without a date ("in the past", "at the time", "in the decades since the coup", a perfect "since 2011")."""
        verb = _verb_of(trigger)
        if _past_perfect(trigger) and not self._backshifted(verb) and not self._by_time_of_day(verb):
            return True
        if verb is not None and self._habitual(verb):
            return True
        if verb is not None and self._past_phrase_in_clause(context, verb):
            return True
        if verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and (
                self._past_phrase_in_clause(context, verb.head) and not _own_subject(verb)):
            return True  # "Since taking power, he has expelled the troops and ended the pact": the phrase is both's
        if verb is not None and self._named_as_then(verb):
            return True
        heads = [trigger] if verb is None or verb.i == trigger.i else [trigger, verb]
        # and an infinitive of purpose, which spans the same time ("worked together to end it in the years since")
        heads += [c for h in list(heads) for c in h.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
        return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and self._past_object(o) for o in c.children)
                   for head in heads for c in head.children)

    def _by_time_of_day(self, verb: Token | None) -> bool:
        """"By noon thousands had marched", "by the evening the president had put the army on alert": a past perfect
        reached by an hour of the story's own day is that day's news, not background."""
        return verb is not None and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" and o.lower_ in self.patterns.day_bounds
                                                         for o in c.children) for c in verb.children)

    def _named_as_then(self, verb: Token) -> bool:
        """The doer is named by the office he held at the time: "Ferraro, then a lieutenant, took part", "then-President
        Menem pardoned them" (the act lies in that time, told as background)."""
        for _ in range(4):  # "had drawn up a list and took part in torturing them": the clause's subject
            if _own_subject(verb):
                break
            if verb.dep_ in ("conj", "xcomp"):
                verb = verb.head
            elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
                verb = verb.head.head
            else:
                break
        doc = verb.doc
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for token in subject.subtree:
                if token.lower_ not in self.patterns.then_words:
                    continue
                if token.dep_ == "advmod" and (token.head.i == subject.i or (
                        token.head.dep_ == "appos" and token.head.head.i == subject.i)):
                    return True  # "Ferraro, then a lieutenant,"
            first = subject.left_edge.i
            # "Then-President Carlos Menem": the parser may cut "Then" or "Then-" off the name
            if any(doc[i].lower_ in self.patterns.then_words and doc[i + 1].text in ("-", "\u2010")
                   for i in range(max(0, first - 2), min(first + 1, len(doc) - 1))):
                return True
        return False

    def _story_date(self, context: DocumentContext, expression: DateExpression) -> tuple[Day, DatePrecision] | None:
        """A month or year counted from the story's own time: the last date with a year named before the phrase, up to
        narrative_paragraphs back ("In August 1904 ... the following October" is 1904-10, "that May" the May of that
        year, "the following year" the next one, "five years later" and "two years after that" that many years on).
        None for any other phrase, or with no such date before it (a day or week counted so stays the episode's)."""
        patterns, doc, text = self.patterns, context.doc, context.article.text
        words = self._anaphoric_words(doc, expression)
        after = text[expression.end:expression.end + 12].lower().split()
        later = any(" ".join(after[:n]).strip(",.;") in patterns.later_words for n in (1, 2)) or self._counts_on(expression)
        month = next((patterns.month_numbers[w] for w in words if w in patterns.month_numbers), None)
        unit = next((patterns.story_units[w] for w in words if w in patterns.story_units), None)
        if month is not None and expression.kind == "month" and not patterns.following_words.isdisjoint(words):
            shift = "following"
        elif month is not None and expression.kind == "month" and not patterns.same_words.isdisjoint(words):
            shift = "same"
        elif unit is not None and later:
            shift = "later"
        elif unit == patterns.story_units.get("year") and not patterns.following_words.isdisjoint(words):
            shift = "next year"
        else:
            return None
        anchor = self._story_anchor(context, expression.start)
        if anchor is None:
            return None
        year, anchor_month = anchor
        if shift == "following" and month is not None:
            return date(year + (anchor_month is not None and month <= anchor_month), month, 1), "month"
        if shift == "same" and month is not None:
            return date(year, month, 1), "month"
        if shift == "next year":
            return date(year + 1, 1, 1), "year"
        count = next((int(w) if w.isdigit() else patterns.number_words[w] for w in words
                      if w.isdigit() or w in patterns.number_words), 1)
        months = count * (unit or 0)
        if months < 12:
            return None  # "days later", "weeks later": the episode's own time (below)
        return date(year + months // 12, 1, 1), "year"

    def _counts_on(self, expression: DateExpression) -> bool:
        """"two years after that", "a decade later": a stretch counted on from the story's time (dates.yaml later_words)."""
        return expression.kind == "relative" and _ends_counting_on(expression.text, self.patterns)

    def _story_anchor(self, context: DocumentContext, position: int) -> tuple[int, int | None] | None:
        """The year (and month, when it names one) of the last date phrase with a year before character `position`,
        up to narrative_paragraphs back and earlier than the publication's year (`context_year`)."""
        year = self.context_year(context, position, self.patterns.narrative_paragraphs)
        if year is None:
            return None
        anchors, _ = self._year_anchors(context)
        index = bisect_left(anchors, (position,)) - 1
        start = anchors[index][0]
        phrase = context.article.text[start:start + 40].lower()
        words = phrase.split(str(year))[0].split() if str(year) in phrase else []
        month = next((number for w in words if (number := self.patterns.month_numbers.get(w.strip(",."))) is not None),
                     None)
        return year, month

    def _anaphoric_words(self, doc: Doc, expression: DateExpression) -> list[str]:
        """The lower-case words of a date phrase, with the determiner or adjective on its head and the word before it
        (either may lie outside the DATE entity: "the following October", "That Friday")."""
        words = expression.text.lower().split()
        if expression.root >= 0:
            words += [c.lower_ for c in doc[expression.root].children if c.dep_ in ("det", "amod")]
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            if span is not None and span.start > 0:
                words.append(doc[span.start - 1].lower_)
        return words

    def _anaphoric(self, doc: Doc, expression: DateExpression) -> bool:
        """"that Monday", "the following week", "the same day": a date counted from the story's time (the
        determiner may lie outside the DATE entity)."""
        if expression.kind == "absolute":
            return False
        return not self.patterns.anaphoric_words.isdisjoint(self._anaphoric_words(doc, expression))

    def _backshifted(self, verb: Token | None) -> bool:
        """A past perfect in what a speaker told in the simple past ("the air force said its units had shot down 71
        drones"): the tense of reported speech, which puts the act before the telling, not in the past of the story
        (a past phrase of its own still does: "said they had met in the past")."""
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "said its forces had struck ... and that its troops had captured ..."
        if verb is None or verb.dep_ not in ("ccomp", "acl"):
            return False
        teller = verb.head
        if verb.dep_ == "acl":
            # "said in a statement that army aircraft had bombed the market": the parser hangs the content on the noun
            if not any(c.dep_ == "mark" for c in verb.children) or teller.dep_ != "pobj":
                return False
            teller = teller.head.head
        if teller.tag_ == "VBG" and _bare_participle(teller):
            teller_head = teller.head  # "defended the law, saying the broadcaster had lost ...": told when "defended" was
            return teller.lemma_.lower() in self.patterns.telling_verbs and teller_head.tag_ == "VBD"
        return teller.tag_ == "VBD" and teller.lemma_.lower() in self.patterns.telling_verbs

    def _habitual(self, verb: Token) -> bool:
        """"used to consult", "the minister used to accuse Athens": an infinitive under a past habit verb."""
        head = verb.head  # (the parser may take "used" for a participle on the subject: "a minister used to ...")
        return (verb.dep_ == "xcomp" and verb.tag_ == "VB" and head.lower_ in self.patterns.habitual_verbs
                and head.tag_ in ("VBD", "VBN") and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
                and not any(c.dep_ in ("auxpass", "dobj") for c in head.children))  # not "used tear gas to ..."

    def _past_phrase_in_clause(self, context: DocumentContext, verb: Token) -> bool:
        """A phrase of the verb's own clause (not of a clause inside it) that puts the act in the past: "at the
        time", "back then", "in the past" (also on the object: "retaliated against such expulsions in the past"),
        "years earlier", an era told as over ("under the previous government"), and "since" a past year on a
        perfect ("have carried out attacks since 2011"). Only the words that can head such a phrase are looked at
        (the document's lower-cased words are a list; a Token per word costs more)."""
        lowers, doc, patterns, published = context.lowers, context.doc, self.patterns, context.published
        for index in range(verb.left_edge.i, verb.right_edge.i + 1):
            if lowers[index] not in patterns.clause_cue_words or not _in_own_clause(doc[index], verb):
                continue
            node = doc[index]
            if node.dep_ == "advmod" and self._past_adverb(node, lowers):
                return True
            if node.dep_ == "advmod" and node.head.i == verb.i and self._long_adverb(node):
                return True
            if node.dep_ != "prep":
                continue
            if node.head.i == verb.i and node.lower_ in patterns.duration_preps \
                    and (self._long_stretch(node) or self._life_stretch(node)):
                return True
            if self._era_over(node):
                return True
            if self._past_phrase(lowers, node.i, node.right_edge.i):
                return True
            if node.lower_ in patterns.since_words and published is not None and node.head.i == verb.i:
                phrase = doc[node.i:node.right_edge.i + 1]
                years = [int(y) for y in YEAR.findall(phrase.text)]
                perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'ve", "'s") for c in verb.children)
                if years and max(years) < published.year and perfect:
                    return True  # a perfect
                # (session 19) "Since taking power, he has expelled French troops": a perfect counted from a deed of
                # the doer's own, told with no date, is a record kept up over time (a dated start is the date's)
                if perfect and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in node.children) and not any(
                        t.ent_type_ in ("DATE", "TIME") for t in phrase):
                    return True
        return False

    def _era_over(self, preposition: Token) -> bool:
        """An era told as over: "under the previous government", "during the old regime" (era_preps, former_words);
        "in his previous job" ("in" only with era_in_words, and not before a period: "in the previous week" is a
        date)."""
        patterns = self.patterns
        return any(preposition.lower_ in preps and any(
            m.dep_ == "amod" and m.lower_ in over
            for o in preposition.children if o.dep_ == "pobj" and o.lower_ not in periods for m in o.children)
            for preps, over, periods in ((patterns.era_preps, patterns.former_words, ()),
                                         (patterns.era_in_preps, patterns.era_in_words, patterns.period_units)))

    def _long_adverb(self, adverb: Token) -> bool:
        """"has long accused", "had long opposed": a stance kept up for long (not "as long as", "how long")."""
        return adverb.lower_ in self.patterns.long_adverbs and not any(c.dep_ == "advmod" for c in adverb.children) \
            and not (adverb.i + 1 < len(adverb.doc) and adverb.doc[adverb.i + 1].lower_ in ("as", "before", "after"))

    def _long_stretch(self, preposition: Token) -> bool:
        """"for years", "in recent years", "over the past two decades" on the verb: an act kept up for long, told as
        background. A stretch counted on its own ("jailed for five years", "banned for a decade") is the act's own
        scope, and news; so are weeks and months (a campaign of this month). (`preposition` is one of
        duration_preps.)"""
        periods = [o for o in preposition.children if o.dep_ == "pobj" and o.lower_ in self.patterns.duration_periods]
        if not periods:
            return False
        # (an infinitive the parser hung on the period is the verb's: "urged the government for years to pay")
        modifiers = [m for m in periods[0].children if m.dep_ not in ("relcl", "acl")]
        back = any(m.dep_ == "amod" and m.lower_ in self.patterns.duration_counted_back for m in modifiers)
        return all(
            (m.dep_ == "det" and m.lower_ == "the") or (m.dep_ == "nummod" and back)
            or (m.dep_ == "amod" and m.lower_ in self.patterns.duration_quantifiers) for m in modifiers)

    def _life_stretch(self, preposition: Token) -> bool:
        """"throughout his career", "during her first term", "in his presidency": a stretch of someone's life or
        office (owned, or counted: "in the first term"), told as background; "in the long term" is no one's.
        (`preposition` is one of duration_preps.)"""
        return any(o.dep_ == "pobj" and o.lower_ in self.patterns.era_nouns and any(
            m.dep_ == "poss" or (m.dep_ == "amod" and m.lower_ in self.patterns.era_counters) for m in o.children)
            for o in preposition.children)

    def _past_adverb(self, adverb: Token, lowers: list[str]) -> bool:
        """"back then", "long ago" (a phrase of dates.yaml past_phrases), "years earlier", "decades before"."""
        if adverb.lower_ in self.patterns.before_words:
            return any(c.dep_ == "npadvmod" and c.lower_ in self.patterns.long_periods for c in adverb.children)
        return self._past_phrase(lowers, adverb.left_edge.i, adverb.right_edge.i)

    def _past_phrase(self, lowers: list[str], first: int, last: int) -> bool:
        """Whether the words first..last (token indices, inclusive) are one of dates.yaml past_phrases."""
        return last - first < self.patterns.past_phrase_length and " ".join(
            lowers[first:last + 1]) in self.patterns.past_phrases

    def _past_object(self, word: Token) -> bool:
        """"the past" (bare: "the past week" is a date), or "the years since ..." """
        if word.lower_ in self.patterns.past_words:
            return not any(m.dep_ in ("amod", "compound", "nummod") for m in word.children)
        return word.lower_ in self.patterns.past_periods and any(
            m.dep_ in ("prep", "advmod") and m.lower_ == "since" for m in word.children)

    def _with_modality(self, fields: dict[str, object], event: Event | EventDraft, value: Day,
                       expression: DateExpression, published: Day | None, trigger: Token | None,
                       doc: Doc) -> dict[str, object]:
        """The modality a date gives (the events stage cannot see dates; this is where the date is known): an
        asserted event dated well before publication is told as background, historical; a historical one dated
        within the last month is asserted; one dated after publication and not told in the past is ahead,
        future ("travels to Kenya on Sunday", "lands later today"); a nominal event with an old date of its own
        happened, whatever the clause around it says ("feared a repeat of the massacre in August")."""
        if published is None:
            return fields
        precision = expression.precision
        # historical means more than about a month before publication (CODEBOOK); a cue word ("after",
        # "ago") in a clause dated last week does not make it so
        # a season is coded as its year, but it is background only when it ended over a month ago ("last winter"
        # told in May; not "this spring")
        over = self._season(expression.text, published, False, end=True) if expression.kind == "season" else None
        old = (published - over).days > self.patterns.historical_after_days if over is not None else self._old(
            value, precision, published)
        if event.modality in ("asserted", "historical"):
            # a relative phrase is ahead when the day it counts to is ("next week" told early in the month is ahead,
            # though its month is the publication's)
            counted = self._parse(expression.text, published) if expression.kind == "relative" else None
            ahead = _after(counted, "day", published) if isinstance(counted, Day) else _after(value, precision, published)
            if trigger is not None and not _past_tense(trigger) and (
                    ahead or value == published and self._said_later(trigger, expression, doc)):
                fields["modality"] = "future"
            else:
                fields["modality"] = "historical" if old else "asserted"
        elif (old and trigger is not None and trigger.pos_ == "NOUN" and expression.root >= 0
              and _in_phrase_of(doc[expression.root], trigger)):
            fields["modality"] = "historical"
        return fields

    def _said_later(self, trigger: Token, expression: DateExpression, doc: Doc) -> bool:
        """"flies to Oslo later on Sunday", "arrives later today": a word on the verb or the date phrase that puts
        a date of the publication day after publication."""
        words = expression.text.lower().split()
        if words and words[0] in self.patterns.ahead_words:
            return True
        heads = [t for t in (_verb_of(trigger),) if t is not None]
        if expression.root >= 0:
            heads += [doc[expression.root], doc[expression.root].head]  # "later on Sunday": on the preposition
        return any(c.dep_ == "advmod" and c.lower_ in self.patterns.ahead_words for h in heads for c in h.children)

    def context_year(self, context: DocumentContext, position: int, paragraphs_back: int = 0,
                     news_after_flashback: bool = False) -> int | None:
        """The year the paragraph around character `position` is about, when it is an earlier year than the
        publication's: the last explicit year before `position` in the same paragraph ("in the autumn of 1978.
        However on October 2 ..." is 1978-10-02), or up to `paragraphs_back` paragraphs before it.
        `news_after_flashback`: a year told in the past perfect ("police had clashed with them in June 2023") is a
        flashback from the news, not the time of the story that goes on after it: no year then. A year of an earlier
        paragraph is the context only while the text stays in the past: a sentence told in the present between them
        ("The law is still in force.") brings it back to now."""
        published = context.published
        anchors, breaks = self._year_anchors(context)
        index = bisect_left(anchors, (position,)) - 1
        if index < 0:
            return None
        paragraphs = bisect_left(breaks, position) - bisect_left(breaks, anchors[index][0])
        if paragraphs > paragraphs_back:
            return None  # no year before it, or a line break between
        start, year, flashback = anchors[index]
        if year is None or news_after_flashback and flashback:
            return None  # the text came back to the present ("On Monday ...") or the year was a flashback
        if paragraphs and self._present_between(context, start, position):
            return None
        return year if published is None or year < published.year else None

    def _present_between(self, context: DocumentContext, start: int, end: int) -> bool:
        """Whether a sentence after the one at character `start` and before the one at `end` is told now: its main
        verb in the present, the present perfect or the future ("is", "has provided", "will vote"), not inside a quote
        (a quote is told at its speaker's time: "Leaders have shown courage," he said in 2013)."""
        quotes = document_quotes(context)
        return any(start < s.start_char and s.end_char <= end and _told_now(s.root)
                   and not any(q.start < s.root.idx < q.end for q in quotes) for s in self._sentences(context))

    def _year_anchors(self, context: DocumentContext) -> tuple[list[tuple[int, int | None, bool]], list[int]]:
        """(character offset, year, whether told in the past perfect) of the document's date phrases that name a
        year, in text order (phrases for a stretch of time, "since 2011", are left out), with year None for a phrase
        that brings the text back to the present ("on Monday", "last week"; not "that Monday", "a week later", counted
        from the story's own time), or the year it counts back to when that lies well back ("last year"); and the
        offsets of its paragraph breaks. Found once per document."""
        cached = context.memo.get(YEAR_ANCHORS_KEY)
        if cached is None:
            text = context.article.text  # the parsed text; Doc.text rebuilds it from the tokens each time
            ner_ran, entities = self._date_entities(context)
            phrases = entities if ner_ran else [
                (m.start(), m.end(), m.group(0)) for m in self.patterns.candidates.finditer(text)]
            anchors: list[tuple[int, int | None, bool]] = []
            for start, _, phrase in phrases:
                year = YEAR.search(phrase)
                # the phrase's first word, or the word before it when NER left the preposition out ("from 2011")
                before = text[max(0, start - 20):start].split()
                first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
                bounded = first in self.patterns.open_ended or bool(before) and before[-1].lower() in self.patterns.open_ended
                if year is not None and not bounded and self._classify(phrase) is not None and not (
                        ner_ran and (self._names_a_thing(context.doc, start, start + len(phrase))
                                     or self._aside_year(context, start, start + len(phrase)))):
                    anchors.append((start, int(year.group(0)), ner_ran and self._in_past_perfect(context.doc, start, start + len(phrase))))
                elif year is None and self._now_phrase(phrase, before[-1].lower() if before else ""):
                    counted = self._counted_year(phrase, context.published)
                    if counted is None or not (ner_ran and self._aside_year(context, start, start + len(phrase))):
                        anchors.append((start, counted, False))
            anchors.sort()
            cached = (anchors, [m.start() for m in LINE_BREAK.finditer(text)])
            context.memo[YEAR_ANCHORS_KEY] = cached
        return cached

    def _counted_year(self, phrase: str, published: Day | None) -> int | None:
        """The year of a phrase counted from publication when it lies well back ("last year", "two years ago": the text
        moves to that year), else None (the present: "on Monday", "last week")."""
        classified = self._classify(phrase)
        value = self._parse(phrase, published) if published is not None and classified is not None else None
        if value is None or published is None or classified is None or not self._old(value, classified[0], published):
            return None
        return value.year

    def _now_phrase(self, phrase: str, word_before: str) -> bool:
        """A date phrase counted from publication, which brings a text back to the present: "on Monday", "last week",
        "earlier this year"; not one counted from the story's own time ("that Monday", "the following week", "a week
        later", "two days earlier")."""
        classified = self._classify(phrase)
        if classified is None or classified[1] not in ("relative", "weekday"):
            return False
        words = {*re.findall(r"[a-z]+", phrase.lower()), word_before}
        patterns = self.patterns
        if not patterns.anaphoric_words.isdisjoint(words):
            return False
        story = patterns.sequence_words | patterns.before_words | patterns.other_time_preps
        return "this" in words or story.isdisjoint(words)

    @staticmethod
    def _in_past_perfect(doc: Doc, start: int, end: int) -> bool:
        """Whether the date phrase at doc.text[start:end] dates a clause in the past perfect."""
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and _past_perfect(span.root)

    def _aside_year(self, context: DocumentContext, start: int, end: int) -> bool:
        """A year that does not date what its sentence tells, only an aside to it: in a clause about a noun or in
        reported content ("lawmakers ousted in the 2021 coup condemned the attack", "Hichilema, who was first elected
        in 2021, urged ..."), or bounding a stretch ("since the two countries signed the deal in 2022"). The paragraph
        is not about that year."""
        root = context.span_root(start, end)
        if root is None:
            return False
        node = root
        for _ in range(MAX_ASIDE_HOPS):  # up to the sentence's main verb, the root of its tree
            if node.dep_ in OTHER_CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") and not (
                    node.dep_ == "acl" and node.head.dep_ == "pobj"):  # "in a speech given in 2019": the occasion
                return True
            if node.dep_ in ("prep", "mark") and node.lower_ in self.patterns.to_now_words or node.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in self.patterns.to_now_words for c in node.children):
                return True
            up = node.head
            if up.i == node.i:
                return False
            node = up
        return False

    @staticmethod
    def _names_a_thing(doc: Doc, start: int, end: int) -> bool:
        """A year that names a thing rather than the time the paragraph is about: "backed the 2009 report" (a noun
        beside the clause; "in the 2014 war" still says when)."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return (root.dep_ in NOUN_MODIFIER_DEPS and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN")
                and root.head.dep_ != "pobj")

    def expressions(self, context: DocumentContext | Doc, start: int, end: int, text: str) -> list[DateExpression]:
        """Date phrases in the sentence `text` = doc.text[start:end]: DATE entities (with a TIME word after them),
        then pattern matches. Found once per sentence and kept in the context: a sentence often holds many events.
        (A bare Doc is read as a context of its own.)"""
        if isinstance(context, Doc):
            context = DocumentContext.of(context)
        cache = context.memo.setdefault(EXPRESSIONS_KEY, {})
        if (start, end) not in cache:
            cache[(start, end)] = self._find_expressions(context, start, end, text)
        return cache[(start, end)]

    def _find_expressions(self, context: DocumentContext, start: int, end: int, text: str) -> list[DateExpression]:
        doc = context.doc
        found: list[DateExpression] = []
        taken: list[tuple[int, int]] = []

        def add(text: str, s: int, e: int, head_end: int | None = None) -> None:
            if any(s < te and ts < e for ts, te in taken):
                return
            classified = self._classify(text)
            if classified is not None:
                taken.append((s, e))
                span = doc.char_span(s, head_end or e, alignment_mode="expand")
                root = span.root.i if span is not None and len(span) else -1
                found.append(DateExpression(text, s, e, classified[0], bool(YEAR.search(text)), classified[1], root))

        ner_ran, entities = self._date_entities(context)
        text_lower = context.article.text.lower()
        for s, e, entity_text in entities:
            if start <= s < end:
                # "two years after that": NER leaves out the words that count the stretch from the story's time
                later = next((w for w in self.patterns.later_words if text_lower.startswith(" " + w, e)
                              and not text_lower[e + 1 + len(w):e + 2 + len(w)].isalpha()), None)
                if later is not None and self._classify(entity_text) is None:
                    add(f"{entity_text} {later}", s, e + 1 + len(later), head_end=e)
                else:
                    add(entity_text, s, e)
        # The patterns stand in for NER when it did not run (they cost ~0.2 ms a sentence, NER's dates nothing).
        if not ner_ran and (
            not self.patterns.cue_words.isdisjoint(WORD_SPLIT.split(text.lower())) or YEAR.search(text)
        ):
            for match in self.patterns.candidates.finditer(text):
                add(match.group(0), start + match.start(), start + match.end())
        return sorted(found, key=lambda x: x.start)

    def _date_entities(self, context: DocumentContext) -> tuple[bool, list[tuple[int, int, str]]]:
        """Whether NER ran, and (start, end, text) of the document's DATE entities (not a clock time NER took for a
        year) with a TIME word right after them ("Thursday morning"), and of its TIME entities (NER calls "last night" and "Monday night" times;
        those without a calendar cue, "10 p.m.", are dropped when classified); found once per document
        (Span.ents walks the whole document each time)."""
        doc = context.doc
        cached = context.memo.get(DATE_ENTITIES_KEY)
        if cached is None:
            entities: list[tuple[int, int, str]] = []
            cached = (doc.has_annotation("ENT_IOB"), entities)
            for ent in context.entities:
                if ent.label_ == "DATE" and self._clock_time(doc, ent):
                    continue
                if ent.label_ == "DATE":
                    end = ent.end
                    if end < len(doc) and doc[end].ent_type_ == "TIME" and doc[end].ent_iob_ == "B":
                        end += 1
                    span = doc[ent.start : end]
                    entities.append(self._before_comma(span.start_char, span.text))
                elif ent.label_ == "TIME" and not (ent.start > 0 and doc[ent.start - 1].ent_type_ == "DATE"):
                    entities.append((ent.start_char, ent.end_char, ent.text))
            context.memo[DATE_ENTITIES_KEY] = cached
        return cached

    def _before_comma(self, start: int, text: str) -> tuple[int, int, str]:
        """(start, end, text) of a DATE entity, cut at a comma when NER ran a date into the clause after it ("on Monday,
        days after the vote" gives "Monday, days") and only the part before the comma is a date ("Monday, Nov. 3" and
        "May 3, 2024" are dates whole)."""
        comma = text.find(",")
        if comma > 0 and self._counts_time(text[comma + 1:]) and self._classify(text[:comma]) is not None:
            text = text[:comma]
        return start, start + len(text), text

    def _counts_time(self, text: str) -> bool:
        """Words that only count a stretch of time ("days", "two weeks", "just hours"), no date of their own."""
        patterns = self.patterns
        words = WORD_SPLIT.split(text.lower())
        return any(words) and all(not w or w in patterns.period_units or w in patterns.duration_words
                                  or w in patterns.number_words or w in patterns.count_words for w in words)

    def _clock_time(self, doc: Doc, entity: SpacySpan) -> bool:
        """A four-digit clock time that NER took for a year: "at 1700 gmt", "by 1930 hours" (dates.yaml clock_words
        after it, or "at" before it)."""
        if not BARE_NUMBER.fullmatch(entity.text):
            return False
        after = doc[entity.end].lower_ if entity.end < len(doc) else ""
        before = doc[entity.start - 1].lower_ if entity.start > 0 else ""
        return after in self.patterns.clock_words or before == "at"

    def _rank(self, doc: Doc, expressions: list[DateExpression], trigger: Token | None) -> list[tuple[DateExpression, str]]:
        """Dates in the trigger's clause (nearest first), then the others in the sentence (nearest first); a date
        that modifies another noun ("the 2009 report", "Tuesday's elections") is that thing's, not the event's."""
        if trigger is None:
            return [(x, "sentence") for x in expressions]
        in_clause: list[tuple[int, int, DateExpression]] = []
        elsewhere: list[tuple[int, int, DateExpression]] = []
        host: list[DateExpression] = []
        other_time = _other_time(trigger, self.patterns.other_time_preps, self.patterns.period_units)
        for x in expressions:
            if x.root < 0 or _dates_a_noun(doc[x.root], trigger):
                continue
            if other_time is not None and not _inside(doc[x.root], other_time):
                host.append(x)  # "relaxed today after bitter battles": today is the host clause's, not the battles'
                continue
            if _dates_another_clause(doc[x.root], trigger, self.patterns.open_ended, self.patterns.same_time_marks) and not (
                    self._counts_on(x)):
                continue  # ("two years after that" is the event's own time, counted on from the story's)
            hops = clause_hops(doc[x.root], trigger)
            distance = abs(x.root - trigger.i)
            (in_clause if hops is not None else elsewhere).append((hops or 0, distance, x))
        return [(x, "event clause") for *_, x in sorted(in_clause, key=lambda t: t[:2])] + [
            (x, "sentence") for *_, x in sorted(elsewhere, key=lambda t: t[:2])
        ] + [(x, HOST) for x in host]

    def to_date(
        self, expression: DateExpression, published: Day | None, future: bool, context_year: int | None = None
    ) -> Day | None:
        """The calendar date a phrase points at, relative to the publication date; None when it cannot be placed.
        `context_year` is the year the paragraph is about, for a month or month and day without a year."""
        if context_year is not None and expression.kind in ("month_day", "month"):
            parsed = self._parse(expression.text, published or date(context_year, 1, 1))
            return None if parsed is None else _truncate(_shift_year(parsed, context_year - parsed.year), expression.precision)
        if published is None and not expression.has_year:
            return None  # "Thursday" with no publication date is nowhere on the calendar
        if expression.kind == "season":
            return self._season(expression.text, published, future)
        parsed = self._parse(expression.text, published)
        if parsed is None:
            return None
        latest = (published or date.today()).year + LATEST_YEARS_AHEAD
        if not EARLIEST_YEAR <= parsed.year <= latest:
            return None
        if published is not None:
            if expression.kind == "weekday":
                if future and parsed < published:
                    parsed += timedelta(days=7)
            elif expression.kind in ("month_day", "month"):
                # A date without a year is the nearest one on the event's side of publication.
                def key(value: date) -> tuple[int, ...]:
                    return (value.year, value.month) if expression.kind == "month" else (value.year, value.month, value.day)

                if future and key(parsed) < key(published):
                    parsed = _shift_year(parsed, 1)
                elif not future and key(parsed) > key(published + timedelta(days=1)):
                    parsed = _shift_year(parsed, -1)
        return _truncate(parsed, expression.precision)

    def _season(self, text: str, published: Day | None, future: bool, end: bool = False) -> Day | None:
        """The year of a season ("last summer", "this winter", "in the spring of 2019"), as CODEBOOK.md writes a
        stretch it cannot give a day or month for: the year of its middle month (a winter's January). "last" is the
        latest such season over before publication, "next" the first to begin after it, "this" the one under way or
        next to come; a bare season is the latest begun (the next one for a future act). `end`: the day after it
        ends, not its year."""
        words = re.findall(r"[a-z]+", text.lower())
        season = next((w for w in words if w in self.patterns.seasons), None)
        year = YEAR.search(text)
        if season is None:
            return None
        start = self.patterns.seasons[season]
        if year is not None:
            begun = date(int(year.group(0)), start, 1)
            return _add_months(begun, 3) if end else _truncate(_add_months(begun, 1), "year")
        if published is None:
            return None

        def begins(offset: int) -> date:  # the season beginning `offset` years from the one begun by publication
            first = published.year if published.month >= start else published.year - 1
            return date(first + offset, start, 1)

        which = next((w for w in words if w in ("last", "past", "previous", "this", "next", "coming")), None)
        if which in ("last", "past", "previous"):
            offset = 0 if _add_months(begins(0), 3) <= published else -1  # the latest one over
        elif which in ("next", "coming"):
            offset = 1
        elif which == "this" or future:
            offset = 0 if _add_months(begins(0), 3) > published else 1  # the one under way, else the next
        else:
            offset = 0
        return _add_months(begins(offset), 3) if end else _truncate(_add_months(begins(offset), 1), "year")

    def _parse_uncached(self, text: str, published: Day | None) -> Day | None:
        phrase = re.sub(r"^(?:on|in|during|since)\s+", "", text.strip(), flags=re.IGNORECASE)
        phrase = self.patterns.qualifiers.sub("", phrase)
        phrase = self.patterns.approximators.sub("", phrase)
        phrase = self.patterns.rewrites.get(phrase.lower(), phrase)
        common = calendar_date(phrase, published, self.patterns)
        if common is None or isinstance(common, Day):  # else NOT_COMMON
            return common
        # dateparser (~10 ms a phrase, ~0.4 s on first use) only for the relative forms arithmetic does not
        # cover ("the day before yesterday", "two weeks from now"); other leftovers are fragments NER cut
        # badly ("his weekend", "Friday 52"), which dateparser misreads or rejects anyway.
        if not self.patterns.dateparser_shape.match(phrase.lower()):
            return None
        return _dateparser_date(phrase, published)


# ---------------------------------------------------------------- the common phrases, without dateparser
# dateparser costs ~10 ms a phrase; these forms make up nearly all dates in news and are plain arithmetic.
# Each follows dateparser's reading with its default settings (tests/test_dates.py checks they agree).

NOT_COMMON = object()
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = rf"({YEAR_DIGITS})"
_FORMS = {
    "weekday": re.compile(r"(?:(last|this|next) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"),
    "day_word": re.compile(r"(yesterday|today|tonight|tomorrow)"),
    "period": re.compile(r"(last|this|next|past|previous|coming) (week|month|year)"),
    "ago": re.compile(r"(\w+) (day|week|month|year)s? ago"),
    "month_day": re.compile(_MONTH + r" " + _DAY + r"(?:,? " + _YEAR + r")?"),
    "day_month": re.compile(_DAY + r" " + _MONTH + r"(?:,? " + _YEAR + r")?"),
    "dated": re.compile(_MONTH + r" " + _DAY + r",? " + _YEAR + r"\b"),
    "month": re.compile(_MONTH + r"(?:,? " + _YEAR + r")?"),
    "year": re.compile(_YEAR),
    "named_month": re.compile(r"(last|this|next) " + _MONTH),
    "month_of_year": re.compile(_MONTH + r" (?:of )?(last|this|next|past|previous|coming) year"),
    "iso": re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)"),
}


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    day = min(value.day, 28) if month + 1 == 2 else min(value.day, 30 if month + 1 in (4, 6, 9, 11) else 31)
    return date(year, month + 1, day)


def _month_number(name: str) -> int:
    return _MONTH_NAMES.index(name[:3]) + 1


def calendar_date(phrase: str, published: date | None, patterns: DatePatterns) -> date | None | object:
    """The date of a common phrase, None when it names no valid date, NOT_COMMON when it is another form."""
    words = phrase.lower().replace(",", " ").replace("\u2019", "'").removesuffix("'s").split()
    while words and words[-1] in patterns.times_of_day:  # "Thursday morning"
        words.pop()
    if len(words) > 2 and words[0] in _WEEKDAY_NAMES:  # "Sunday, Jan. 31, 2021": the date decides
        words = words[1:]
    if words[:3] == ["the", "month", "of"]:
        words = words[3:]
    if len(words) > 2 and words[0] == "this" and _FORMS["month_day"].match(" ".join(words[1:])):
        words = words[1:]  # "this Dec. 13, 2018"
    if words and (days := re.fullmatch(r"(\d{1,2})[-\u2013]\d{1,2}", words[0])):
        words = [days[1], *words[1:]]  # "6-10 February 2018": where it starts
    if "to" in words[1:]:  # "June 19 to June 28": where it starts
        words = words[: words.index("to")]
    text = " ".join(words)
    base = published
    try:
        if match := _FORMS["iso"].fullmatch(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        dated = _FORMS["dated"].match(text)  # a full date followed by stray words ("April 24, 2018 Moon")
        if match := _FORMS["month_day"].fullmatch(text) or _FORMS["day_month"].fullmatch(text) or dated:
            month_name, day = (match[2], match[1]) if match.re is _FORMS["day_month"] else (match[1], match[2])
            year = int(match[3]) if match[3] else (base.year if base else None)
            return None if year is None else date(year, _month_number(month_name), int(day))
        if match := _FORMS["month"].fullmatch(text):
            year = int(match[2]) if match[2] else (base.year if base else None)
            return None if year is None else date(year, _month_number(match[1]), 1)
        if match := _FORMS["year"].fullmatch(text):
            return date(int(match[1]), 1, 1)
        if base is None:
            return NOT_COMMON
        if match := _FORMS["month_of_year"].fullmatch(text):  # "April last year", "March of this year"
            step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[match[2]]
            return date(base.year + step, _month_number(match[1]), 1)
        if match := _FORMS["named_month"].fullmatch(text):  # "last October": the latest October before this month
            named = date(base.year, _month_number(match[2]), 1)
            if match[1] == "last" and (named.month >= base.month):
                return named.replace(year=base.year - 1)
            if match[1] == "next" and named.month <= base.month:
                return named.replace(year=base.year + 1)
            return named
        if match := _FORMS["weekday"].fullmatch(text):
            weekday = _WEEKDAY_NAMES.index(match[2])
            if match[1] == "next":
                return base + timedelta(days=(weekday - base.weekday()) % 7 or 7)
            if match[1] == "this":  # the coming such day, publication included
                return base + timedelta(days=(weekday - base.weekday()) % 7)
            if match[1] == "last":  # strictly before publication
                return base - timedelta(days=(base.weekday() - weekday) % 7 or 7)
            return base - timedelta(days=(base.weekday() - weekday) % 7)  # the latest such day, publication included
        if match := _FORMS["day_word"].fullmatch(text):
            return base + timedelta(days={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[match[1]])
        if match := _FORMS["period"].fullmatch(text):
            step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[match[1]]
            if match[2] == "week":
                return base + timedelta(weeks=step)
            return _add_months(base, step * (12 if match[2] == "year" else 1))
        if match := _FORMS["ago"].fullmatch(text):
            count = int(match[1]) if match[1].isdigit() else patterns.number_words.get(match[1])
            if count is None:
                return NOT_COMMON
            if match[2] in ("day", "week"):
                return base - timedelta(days=count * (7 if match[2] == "week" else 1))
            return _add_months(base, -count * (12 if match[2] == "year" else 1))
    except ValueError:  # "February 30"
        return None
    return NOT_COMMON


def _dateparser_date(phrase: str, published: date | None) -> date | None:
    import dateparser  # imported on first use: it takes a while and most phrases never need it

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
