"""Date phrases onto the calendar: what a phrase says (its precision and kind), the common forms read by plain
arithmetic as dateparser reads them, dateparser for the rest, and a date written as CODEBOOK.md writes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from eventscope.dates.patterns import DatePatterns
from eventscope.records import DatePrecision, Event, date_label

# A year from 1500 on: background reaches back past 1900 ("in 1884, when the powers met in Berlin"). NER decides what
# is a date; these only read the year in a DATE phrase (a count such as "1500 soldiers" is no DATE entity), and a
# number of periods is no year ("1500 years ago"; a clock time, "at 1700 gmt", is left out with its entity).
YEAR_DIGITS = r"(?:1[5-9]|20)\d\d"
YEAR = re.compile(rf"\b{YEAR_DIGITS}\b(?![\s-]+(?:year|month|week|day)s?\b)")
DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
COUNTED_SPAN = re.compile(r"\b(?:past|next|last|coming|first)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|month|year)s?\b")


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


def _ends_counting_on(text: str, patterns: DatePatterns) -> bool:
    """"two years after that", "a decade later": the phrase ends with one of dates.yaml later_words."""
    return any(text.lower().rstrip(" ,.").endswith(w) for w in patterns.later_words)

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
