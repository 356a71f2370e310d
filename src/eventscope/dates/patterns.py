"""The dates' data: dates.yaml (the cues of calendar words, relative phrases, narrative time), validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import Field

from eventscope.datafiles import DataModel, Lemma, Regex, bundled_file, load_data_file
from eventscope.records import DatePrecision


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
    story_paragraph_sentences: int  # an earlier paragraph shorter than this is an aside: its year does not carry
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
    story_paragraph_sentences: int = Field(ge=1)
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
        story_paragraph_sentences=raw.story_paragraph_sentences,
        clock_words=frozenset(w.lower() for w in raw.clock_words),
        lead_sentences=raw.lead_sentences,
        news_days=raw.news_days,
    )
