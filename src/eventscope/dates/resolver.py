"""The DateResolver: each event's date, precision and reason, resolved against the publication date from the
date phrases of its clause, its sentence, its paragraph's episode and the narrative's year (see the package's
docstring for the rules)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventscope.context import DocumentContext
from eventscope.dates.background import BackgroundCues
from eventscope.dates.calendar import (
    YEAR,
    DateExpression,
    _add_months,
    _classify,
    _dateparser_date,
    _ends_counting_on,
    _period_end,
    _period_middle,
    _shift_year,
    _truncate,
    calendar_date,
)
from eventscope.dates.clauses import (
    MAX_FUTURE_CLIMB,
    NOUN_MODIFIER_DEPS,
    OTHER_CLAUSE_DEPS,
    _after,
    _background,
    _dates_a_noun,
    _dates_another_clause,
    _in_headline,
    _in_phrase_of,
    _inside,
    _on_verb,
    _one_of_several,
    _other_time,
    _own_judgement,
    _past_perfect,
    _past_tense,
    _points_ahead,
    _present_tense,
    _told_now,
    _up_to_now,
    _verb_of,
)
from eventscope.dates.patterns import DatePatterns, load_date_patterns
from eventscope.events.attribution import document_quotes
from eventscope.geo.clauses import clause_hops
from eventscope.records import DatePrecision, Event, EventDraft

PARSE_CACHE_SIZE = 4096
EXPRESSIONS_KEY = "eventscope.dates.expressions"
DATE_ENTITIES_KEY = "eventscope.dates.entities"
YEAR_ANCHORS_KEY = "eventscope.dates.year_anchors"
NEWS_DAY_KEY = "eventscope.dates.news_day"
SENTENCE_STARTS_KEY = "eventscope.dates.sentence_starts"
LOWER_TEXT_KEY = "eventscope.dates.lower_text"
HOST = "host clause"  # a rank reason: the date of the clause a noun of another time hangs on, not the event's
BARE_NUMBER = re.compile(r"\d{4}")
DECADE = re.compile(r"\b((?:1[5-9]|20)\d0)s\b|['\u2019](\d0)s\b")  # "the 1960s", "the '70s"
LINE_BREAK = re.compile(r"\n+")  # a paragraph break: "\n\n" between paragraphs is one, as "\n" is
WORD_SPLIT = re.compile(r"[^a-z]+")
EARLIEST_YEAR = 1500
Day = date  # DateResolver's method `date` hides the type inside the class: its annotations say Day
MAX_ASIDE_HOPS = 12  # how far up from a year `_aside_year` looks for its sentence's main verb
LATEST_YEARS_AHEAD = 10  # a parsed date further past publication than this is a misreading ("Friday 52")
MIN_LEAD_WORDS = 5  # a lead sentence has words enough to tell news (not "BRUSSELS —" or "Thu 26 Nov 2026 07.00 GMT")


class DateResolver:
    """Sets Event.date, date_precision, date_text and date_reason."""

    def __init__(self, patterns: DatePatterns | None = None) -> None:
        self.patterns = patterns or load_date_patterns()
        self.background = BackgroundCues(self.patterns)
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
                    verb := _verb_of(trigger)) is not None and self.background.named_as_then(verb)):
                # "announced on Monday that it had arrested 40": Monday is when it was told, the arrests before it
                value = self.to_date(expression, published, False)
                recent_host = recent_host or value is not None and published is not None and not self._old(
                    value, expression.precision, published)
                continue
            if reason == "sentence" and trigger is not None and _up_to_now(trigger):
                continue  # "has besieged the city for weeks, and shelled it on Sunday": Sunday is the shelling's
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
            year = self.context_year(context, expression.start, 0 if ahead else self.patterns.narrative_paragraphs,
                                     framing_only=True) if expression.kind in ("month_day", "month") else None
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
        background = self.background
        reported = (not ranked and trigger is not None and _past_perfect(trigger)
                    and background.backshifted(_verb_of(trigger)) and not background.told_as_past(trigger, context))
        # (session 23) "Lula said Brazil was ready to help": a state an adjective tells in reported speech holds when told
        stated = (not ranked and trigger is not None and trigger.pos_ == "ADJ"
                  and background.backshifted(_verb_of(trigger)) and not background.told_as_past(trigger, context))
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
                self.background.told_as_past(trigger, context) or _past_tense(trigger) and (
                    past_years or self._in_past_decade(context, event, trigger))):
            # "had seized", "has been critical of him in the past", "in the 1960s they marched": background, with no
            # date of its own
            return {"date": None, "date_precision": "unknown", "date_text": None, "date_reason": "background",
                    "modality": "historical"}
        if published is not None and not _background(event, trigger):
            # A headline tells the day's news in the present ("U.S. sends warship"): the article gives that day.
            reason = "headline" if event.modality == "asserted" and trigger is not None and _present_tense(
                trigger) and _in_headline(context, event.evidence.start) else "publication"
            news = self._news_day(context) if reason == "headline" or self._told_as_the_news(event, trigger) else None
            if news is not None and reason != "headline" and (
                    event.evidence.start < news[2] or self._day_named_since(context, news[2], event.evidence.start, news[0])):
                # told before the lead's day, or after another day ("accused him on Thursday. He denied the charges."):
                # the story may be of another day
                news = None
            if news is not None:
                # the headline tells the news of the day the lead names ("Leaders clash over loan" over "Leaders
                # clashed late Thursday"), not the publication day (a paper out the next morning)
                return {"date": news[0], "date_precision": "day", "date_text": news[1], "date_reason": "news day"}
            return {"date": published, "date_precision": "day", "date_text": None, "date_reason": reason}
        # Background told without a date of its own ("former"): never the publication date.
        return {"date": None, "date_precision": "unknown", "date_text": None,
                "date_reason": "background" if published is not None else None}

    def _day_named_since(self, context: DocumentContext, start: int, end: int, day: Day) -> bool:
        """Whether a date counted from publication other than `day` ("on Thursday", "last week"; not "Wednesday's
        attack" of the lead's Wednesday) lies between characters `start` (the end of the lead's day) and `end`: after it
        the story may tell another day than the lead's."""
        published = context.published
        for phrase_start, _, phrase in self._date_entities(context)[1]:
            if not start <= phrase_start < end or not self._now_phrase(phrase, ""):
                continue
            classified = self._classify(phrase)
            if published is None or classified is None or classified[0] != "day" or self._parse(phrase, published) != day:
                return True
        return False

    @staticmethod
    def _told_as_the_news(event: Event | EventDraft, trigger: Token | None) -> bool:
        """(session 30) An act told in the simple past with no date of its own, not in a clause about a noun: the story's
        news, of the day its lead names ("Police fired tear gas on Tuesday. ... Officers arrested 26 people." is
        Tuesday's). The present perfect ("has imposed") and a relative clause ("the group, which seized ...") tell no
        day. (In the tuning sets' gold, undated simple-past acts of articles whose lead names a day are dated by that
        day 88 times, by the publication day once, null 45 times; present perfects by it once, null 28 times.)"""
        if event.modality != "asserted" or trigger is None:
            return False
        # (session 31) an act asserted in a verb under a modal ("said the president would veto any bill that ...", "would
        # not hesitate to subpoena her if ...": a threat) is made in the telling: the verb of saying gives its tense
        trigger = _telling_of(trigger)
        if not _past_tense(trigger) or _past_perfect(trigger):
            return False
        verb = _verb_of(trigger)
        return verb is not None and verb.dep_ != "relcl"

    def _news_day(self, context: DocumentContext) -> tuple[Day, str, int] | None:
        """The day of the article's news as its lead names it: the first day of the week before publication (or its
        own day) that dates the main clause of one of the first sentences after the headline, told in the simple past
        ("Slovakia threatened late Thursday to veto the loan"); None when the lead names no such day."""
        return context.memoised(NEWS_DAY_KEY, lambda: self._find_news_day(context))

    def _find_news_day(self, context: DocumentContext) -> tuple[Day, str, int] | None:
        published = context.published
        if published is None:
            return None
        text, doc = context.article.text, context.doc
        # the lead: sentences after the headline, not on a byline or dateline line ("By ...", "Dec. 2, 2026")
        # (read lazily: only the first `lead_sentences` are wanted, and counting a sentence's words makes a Token each)
        lead = (s for s in self._sentences(context) if not _in_headline(context, s.start_char)
                and not context.in_furniture(s.start_char, s.end_char) and _verb_of(s.root) is not None
                and sum(t.is_alpha for t in s) >= MIN_LEAD_WORDS)
        for sentence in islice(lead, self.patterns.lead_sentences):
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
                        return value, expression.text, expression.end
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
                     news_after_flashback: bool = False, framing_only: bool = False) -> int | None:
        """The year the paragraph around character `position` is about, when it is an earlier year than the
        publication's: the last explicit year before `position` in the same paragraph ("in the autumn of 1978.
        However on October 2 ..." is 1978-10-02), or up to `paragraphs_back` paragraphs before it.
        `news_after_flashback`: a year told in the past perfect ("police had clashed with them in June 2023") is a
        flashback from the news, not the time of the story that goes on after it: no year then. A year of an earlier
        paragraph is the context only while the text stays in the past: a sentence told in the present between them
        ("The law is still in force.") brings it back to now.
        `framing_only`: a year of an earlier sentence counts only when it comes before that sentence's main verb, where
        it sets the time of what follows ("In 2019, the army seized the port. In April ..."); one after it dates that
        one fact ("... quit the bloc in January 2025. The envoy left in October." is last October)."""
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
        if news_after_flashback and paragraphs and self._aside_before(context, breaks, start, position):
            return None
        if framing_only and self._trails_another_sentence(context, start, position):
            return None
        return year if published is None or year < published.year else None

    @staticmethod
    def _trails_another_sentence(context: DocumentContext, start: int, position: int) -> bool:
        """(session 30) Whether the year at character `start`, in another sentence than the one at `position`, comes
        after its sentence's main verb and does not date that verb: it dates a fact told on the side ("expelled the
        troops before quitting the bloc in January 2025. The envoy left in October." is last October), not the time of
        the text after it ("She met him in 1986. On March 6 he wrote.", "In 2019, the army seized the port.")."""
        year = context.span_root(start, start + 1)
        if year is None or year.sent.start_char <= position < year.sent.end_char:
            return False
        while year.head.i != year.i and year.head.ent_type_ == "DATE" and year.ent_type_ == "DATE":
            year = year.head  # the head of the date phrase ("last" -> "year")
        if year.dep_ == "prep":  # a phrase that took its preposition in: "in 1986"
            year = next((c for c in year.children if c.dep_ == "pobj"), year)
        main = year.sent.root
        return year.i > main.i and not _on_verb(year, main)

    def _aside_before(self, context: DocumentContext, breaks: list[int], start: int, position: int) -> bool:
        """Whether the sentence at character `position` opens its paragraph, and the year at `start` (of an earlier
        paragraph) follows its sentence's main verb in a paragraph too short to tell a story (story_paragraph_sentences):
        an aside in a news story ("The case was brought by exiles in 2018." before "The government rejected the
        ruling."), after which the text is back at the news. A year set before the verb frames what follows ("In 2003
        the army took power." before "The generals jailed the opposition leaders.")."""
        root = context.span_root(start, start + 1)
        if root is None or root.i < root.sent.root.i:
            return False
        starts = context.memoised(SENTENCE_STARTS_KEY, lambda: [s.start_char for s in context.sentences])
        own_break = bisect_left(breaks, position) - 1  # the paragraph break before the event's sentence
        own_first = bisect_left(starts, breaks[own_break]) if own_break >= 0 else 0
        if bisect_left(starts, position + 1) - own_first > 1:
            return False  # a sentence of its paragraph comes before the event's: the story went on
        year_break = bisect_left(breaks, start)  # the paragraph of the year ends at the next break
        first = bisect_left(starts, breaks[year_break - 1]) if year_break > 0 else 0
        last = bisect_left(starts, breaks[year_break]) if year_break < len(breaks) else len(starts)
        return last - first < self.patterns.story_paragraph_sentences

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
        return context.memoised(YEAR_ANCHORS_KEY, lambda: self._find_year_anchors(context))

    def _find_year_anchors(self, context: DocumentContext) -> tuple[list[tuple[int, int | None, bool]], list[int]]:
        text = context.text
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
        return (anchors, [m.start() for m in LINE_BREAK.finditer(text)])

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
        text_lower = ""
        for s, e, entity_text in entities:
            if start <= s < end:
                # (the article in lower case, made once per document: this runs once per sentence)
                text_lower = text_lower or context.memoised(LOWER_TEXT_KEY, context.article.text.lower)
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
        return context.memoised(DATE_ENTITIES_KEY, lambda: self._find_date_entities(context))

    def _find_date_entities(self, context: DocumentContext) -> tuple[bool, list[tuple[int, int, str]]]:
        doc = context.doc
        entities: list[tuple[int, int, str]] = []
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
        return doc.has_annotation("ENT_IOB"), entities

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


def _telling_of(trigger: Token) -> Token:
    """The verb of saying an act told under a modal hangs on ("said [he would veto]", "warned [it would not hesitate to
    strike]"), through its infinitives and that-clause (three heads at most); else the trigger itself."""
    verb = trigger
    modal = False
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "ccomp"):
            break
        modal = modal or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        verb = verb.head
    return verb if modal and verb is not trigger else trigger
