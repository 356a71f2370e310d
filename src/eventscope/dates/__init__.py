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
day's, a date the article gives; so is an undated act told after the lead's day in the simple past (not a perfect,
not a relative clause) while no other day is named between. A year of the paragraph before is no context for the
sentence that opens the next when it trails the main verb of a paragraph of one or two sentences (an aside in a news
story), and a bare month takes no year from a side clause after the main verb of an earlier sentence. A noun after a preposition of another time
("relaxed today after bitter battles") takes no date from its clause, and is not background when that clause is
recent; so does an act in a clause opened by one with its gap named ("a day after the rebels seized the town"), and a
past perfect under a dated telling ("announced on Monday it had arrested 40"). A speaker's own judgement ("X said the
governor did not fight hard enough") is said now, not background to the year its paragraph is about.

CODEBOOK.md writes a day, a month or a year: a calendar week ("last week") is coded as its month and a season ("last
summer") as its year; both are background only by their own days (a season over for more than a month).

PREFER_DATES_FROM is left at dateparser's default: "past" would turn "Thursday" in an article published on a
Thursday into the week before.
"""

from eventscope.dates.calendar import DateExpression, calendar_date, codebook_date
from eventscope.dates.patterns import DatePatterns, DatesFile, load_date_patterns
from eventscope.dates.resolver import DateResolver
from eventscope.records import date_label

__all__ = [
    "DateExpression", "DatePatterns", "DateResolver", "DatesFile", "calendar_date", "codebook_date", "date_label",
    "load_date_patterns",
]
