"""Event dates: phrases found, classified, placed on the calendar relative to publication (no model)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import spacy
import yaml
from spacy.tokens import Doc

import eventscope
from eventscope.context import DocumentContext
from eventscope.dates import DateExpression, DateResolver, calendar_date, codebook_date, date_label, load_date_patterns
from eventscope.dates.calendar import NOT_COMMON, _classify, _dateparser_date, _period_middle
from eventscope.records import Article, Event, EventType, Span

THURSDAY = date(2024, 5, 16)
VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


def expression(text: str) -> DateExpression:
    precision, kind = _classify(text, load_date_patterns())
    return DateExpression(text, 0, len(text), precision, bool(re.search(r"\b(?:19|20)\d\d\b", text)), kind)


@pytest.mark.parametrize(("text", "precision", "kind"), [
    ("Thursday", "day", "weekday"),
    ("Thursday morning", "day", "weekday"),
    ("yesterday", "day", "relative"),
    ("last week", "month", "relative"),  # a week is known, not its day: CODEBOOK.md writes its month
    ("earlier this week", "month", "relative"),
    ("a week ago", "day", "relative"),
    ("on May 16", "day", "month_day"),
    ("May 3, 2021", "day", "absolute"),
    ("in December", "month", "month"),
    ("March 2023", "month", "absolute"),
    ("last month", "month", "relative"),
    ("last year", "year", "relative"),
    ("in 2019", "year", "absolute"),
])
def test_phrases_are_classified_by_what_they_say(text, precision, kind):
    assert _classify(text, load_date_patterns()) == (precision, kind)


@pytest.mark.parametrize("text", ["two-day", "75 years", "first", "decades", "may"])
def test_durations_ages_and_ordinals_are_not_dates(text):
    assert _classify(text, load_date_patterns()) is None


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("Thursday", False, "2024-05-16"),  # the day of publication, not the week before
    ("Thursday morning", False, "2024-05-16"),
    ("Tuesday", False, "2024-05-14"),
    ("Friday", False, "2024-05-10"),
    ("Friday", True, "2024-05-17"),  # "will travel on Friday"
    ("yesterday", False, "2024-05-15"),
    ("last week", False, "2024-05-01"),
    ("a week ago", False, "2024-05-09"),
    ("on May 16", False, "2024-05-16"),
    ("Oct. 12", False, "2023-10-12"),  # a past event on a day later in the year: last year's
    ("in December", False, "2023-12-01"),
    ("in June", True, "2024-06-01"),
    ("last year", False, "2023-01-01"),
    ("next month", True, "2024-06-01"),
    ("this weekend", True, "2024-05-18"),
])
def test_relative_phrases_are_placed_from_the_publication_date(resolver, text, future, expected):
    assert resolver.to_date(expression(text), THURSDAY, future).isoformat() == expected


def test_without_a_publication_date_only_phrases_with_a_year_are_placed(resolver):
    assert resolver.to_date(expression("Thursday"), None, False) is None
    assert resolver.to_date(expression("May 3, 2021"), None, False) == date(2021, 5, 3)


def test_each_phrase_is_parsed_once_per_publication_date(resolver):
    resolver.to_date(expression("Wednesday"), THURSDAY, False)
    before = resolver._parse.cache_info()
    resolver.to_date(expression("Wednesday"), THURSDAY, False)
    after = resolver._parse.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses


def visit_doc(with_date: bool = True) -> Doc:
    """'Putin visited China on Thursday .' parsed by hand, with the DATE entity NER would give."""
    words = ["Putin", "visited", "China"] + (["on", "Thursday"] if with_date else []) + ["."]
    heads = [1, 1, 1] + ([1, 3] if with_date else []) + [1]
    deps = ["nsubj", "ROOT", "dobj"] + (["prep", "pobj"] if with_date else []) + ["punct"]
    ents = ["B-PERSON", "O", "B-GPE"] + (["O", "B-DATE"] if with_date else []) + ["O"]
    spaces = [True] * (len(words) - 2) + [False, False]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, ents=ents,
               pos=["PROPN", "VERB", "PROPN"] + (["ADP", "PROPN"] if with_date else []) + ["PUNCT"])


def visit_event(doc: Doc, modality: str = "asserted") -> Event:
    start = doc.text.index("visited")
    return Event(id="e", article_id="a", sentence_index=0,
                 event=EventType(cameo="042", cameo_root="04", quad_class=1, goldstein=1.9),
                 trigger=Span(text="visited", start=start, end=start + 7),
                 evidence=Span(text=doc.text, start=0, end=len(doc.text)), modality=modality)


def test_the_date_in_the_event_clause_sets_all_four_fields(resolver):
    doc = visit_doc()
    dated = resolver.date(doc, visit_event(doc), THURSDAY)
    assert (dated.date, dated.date_precision, dated.date_text, dated.date_reason) == (
        THURSDAY, "day", "Thursday", "event clause")


def test_without_a_date_phrase_the_publication_date_is_used(resolver):
    doc = visit_doc(with_date=False)
    dated = resolver.date(doc, visit_event(doc), THURSDAY)
    assert (dated.date, dated.date_precision, dated.date_text, dated.date_reason) == (THURSDAY, "day", None, "publication")


def test_without_publication_and_without_an_absolute_date_the_date_is_null(resolver):
    doc = visit_doc()
    dated = resolver.date(doc, visit_event(doc), None)
    assert (dated.date, dated.date_precision) == (None, "unknown")


def test_patterns_find_dates_ner_missed(resolver):
    doc = Doc(VOCAB, words=["Talks", "ended", "yesterday", "after", "75", "years", "."])
    found = resolver.expressions(doc, 0, len(doc.text), doc.text)
    assert [x.text for x in found] == ["yesterday"]


def test_a_trigger_outside_the_text_still_gets_a_date(resolver):
    doc = visit_doc()
    broken = visit_event(doc).model_copy(update={"trigger": Span(text="x", start=500, end=501)})
    assert resolver.date(doc, broken, THURSDAY).date == THURSDAY


COMMON_PHRASES = [
    "Thursday", "Tuesday", "Friday", "last Thursday", "last Friday", "this Friday", "this Monday", "next Thursday",
    "next Friday", "yesterday", "today", "tomorrow", "last week", "next week", "three days ago", "2 weeks ago",
    "May 16", "Oct. 12", "Sept 3rd", "3 May 2023", "May 3, 2021", "2024-02-29", "in 2019",
]


@pytest.mark.parametrize("phrase", COMMON_PHRASES)
def test_the_fast_path_agrees_with_dateparser(phrase):
    """Common phrases skip dateparser (about 10 ms each); they must read exactly as dateparser reads them."""
    bare = phrase.removeprefix("in ")
    fast = calendar_date(bare, THURSDAY, load_date_patterns())
    assert fast is not NOT_COMMON
    assert fast == _dateparser_date(bare, THURSDAY) or bare == "2019" and fast == date(2019, 1, 1)


def test_month_and_period_phrases_agree_with_dateparser_on_their_period():
    for phrase in ["December", "March 2023", "last month", "next month", "last year", "three months ago", "a year ago"]:
        fast, slow = calendar_date(phrase, THURSDAY, load_date_patterns()), _dateparser_date(phrase, THURSDAY)
        assert (fast.year, fast.month) == (slow.year, slow.month), phrase


def test_other_phrases_fall_back_to_dateparser(resolver):
    assert calendar_date("the day before yesterday", THURSDAY, load_date_patterns()) is NOT_COMMON
    assert resolver.to_date(expression("the day before yesterday"), THURSDAY, False) == date(2024, 5, 14)


def test_the_date_data_is_validated(tmp_path):
    from eventscope.datafiles import SchemaError, load_yaml

    good = load_yaml((Path(eventscope.__file__).parent / "dates.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "dates.yaml"
    for data, message in [({**good, "holidays": ["Easter"]}, "dates.yaml: holidays: unknown key"),
                          ({**good, "historical_after_days": "a month"}, "dates.yaml: historical_after_days: Input should"),
                          ({**good, "period_units": {"week": "fortnight"}}, "dates.yaml: period_units.week: Input should"),
                          ({"weekdays": ["Monday"]}, "dates.yaml: weekdays: List should have at least 7 items")]:
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        with pytest.raises(SchemaError, match=f"^{message}"):
            load_date_patterns(path)
    path.write_text("{unclosed", encoding="utf-8")
    with pytest.raises(SchemaError, match="^dates.yaml: not valid YAML"):
        load_date_patterns(path)
    assert "thursday" in load_date_patterns().weekdays


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Tuesday, April 24, 2018 Moon", date(2018, 4, 24)),  # stray words after a full date
    ("this Dec. 13, 2018", date(2018, 12, 13)),
    ("6-10 February 2018", date(2018, 2, 6)),  # a range: where it starts
    ("the month of June", date(2024, 6, 1)),
])
def test_the_fast_path_reads_untidy_ner_phrases(phrase, expected):
    assert calendar_date(phrase, THURSDAY, load_date_patterns()) == expected


def test_fragments_without_a_relative_cue_are_no_date(resolver):
    assert resolver.to_date(expression("his weekend"), THURSDAY, False) is None
    assert resolver.to_date(expression("Friday 52"), THURSDAY, False) is None


@pytest.mark.parametrize(("words", "ents", "expected"), [
    (["Protesters", "gathered", "last", "night", "."], ["O", "O", "B-TIME", "I-TIME", "O"], ("last night", "2024-05-15")),
    (["They", "met", "Monday", "night", "."], ["O", "O", "B-TIME", "I-TIME", "O"], ("Monday night", "2024-05-13")),
    (["Police", "came", "this", "morning", "."], ["O", "O", "B-TIME", "I-TIME", "O"], ("this morning", "2024-05-16")),
])
def test_time_entities_with_a_calendar_cue_are_dates(resolver, words, ents, expected):
    doc = Doc(VOCAB, words=words, ents=ents)
    found = resolver.expressions(doc, 0, len(doc.text), doc.text)
    assert [(x.text, x.precision) for x in found] == [(expected[0], "day")]
    assert resolver.to_date(found[0], THURSDAY, False).isoformat() == expected[1]


def test_time_entities_without_a_calendar_cue_are_not_dates(resolver):
    doc = Doc(VOCAB, words=["Shelling", "began", "at", "10", "p.m.", "for", "two", "hours", "."],
              ents=["O", "O", "O", "B-TIME", "I-TIME", "O", "B-TIME", "I-TIME", "O"])
    assert resolver.expressions(doc, 0, len(doc.text), doc.text) == []


# ---------------------------------------------------------------- background, precision and the paragraph's year

def parsed_doc(words, heads, deps, tags, pos, ents, spaces=None) -> Doc:
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)


def event_on(doc: Doc, trigger: str, modality: str = "asserted", sentence: tuple[int, int] | None = None) -> Event:
    start = doc.text.index(trigger)
    s, e = sentence or (0, len(doc.text))
    return Event(id="e", article_id="a", sentence_index=0,
                 event=EventType(cameo="042", cameo_root="04", quad_class=1, goldstein=1.9),
                 trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                 evidence=Span(text=doc.text[s:e], start=s, end=e), modality=modality)


def test_an_event_years_before_publication_is_historical_and_keeps_its_year(resolver):
    # "Putin visited China in 2009 ."
    doc = parsed_doc(["Putin", "visited", "China", "in", "2009", "."], [1, 1, 1, 1, 3, 1],
                     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["NNP", "VBD", "NNP", "IN", "CD", "."],
                     ["PROPN", "VERB", "PROPN", "ADP", "NUM", "PUNCT"], ["B-PERSON", "O", "B-GPE", "B-DATE", "I-DATE", "O"])
    dated = resolver.date(doc, event_on(doc, "visited"), THURSDAY)
    assert (str(dated.date), dated.date_precision, dated.modality) == ("2009-01-01", "year", "historical")
    assert codebook_date(dated) == "2009"


def test_a_recent_date_leaves_the_modality_alone(resolver):
    doc = visit_doc()
    assert resolver.date(doc, visit_event(doc), THURSDAY).modality == "asserted"


def test_the_past_perfect_without_a_date_gets_no_date_not_the_publication_date(resolver):
    # "Rebels had seized the town ."
    doc = parsed_doc(["Rebels", "had", "seized", "the", "town", "."], [2, 2, 2, 4, 2, 2],
                     ["nsubj", "aux", "ROOT", "det", "dobj", "punct"], ["NNS", "VBD", "VBN", "DT", "NN", "."],
                     ["NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"], ["O"] * 6)
    dated = resolver.date(doc, event_on(doc, "seized"), THURSDAY)
    assert (dated.date, dated.date_reason) == (None, "background")


def test_a_historical_event_without_a_date_gets_none(resolver):
    doc = visit_doc(with_date=False)
    assert resolver.date(doc, visit_event(doc, "historical"), THURSDAY).date is None


def spring_doc() -> Doc:
    """'She met him in 1986 .\\nOn March 6 he wrote to her .' parsed by hand: two sentences of one paragraph
    when `same_paragraph`, else two paragraphs."""
    words = ["She", "met", "him", "in", "1986", ".", "On", "March", "6", "he", "wrote", "to", "her", "."]
    heads = [1, 1, 1, 1, 3, 1, 10, 6, 7, 10, 10, 10, 11, 10]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "prep", "pobj", "nummod", "nsubj", "ROOT", "prep", "pobj", "punct"]
    tags = ["PRP", "VBD", "PRP", "IN", "CD", ".", "IN", "NNP", "CD", "PRP", "VBD", "IN", "PRP", "."]
    pos = ["PRON", "VERB", "PRON", "ADP", "NUM", "PUNCT", "ADP", "PROPN", "NUM", "PRON", "VERB", "ADP", "PRON", "PUNCT"]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O"]
    return parsed_doc(words, heads, deps, tags, pos, ents)


def test_a_month_and_day_take_the_year_the_paragraph_is_about(resolver):
    doc = spring_doc()
    second = doc.text.index("On March")
    dated = resolver.date(doc, event_on(doc, "wrote", sentence=(second, len(doc.text))), THURSDAY)
    assert (str(dated.date), dated.date_precision, dated.modality) == ("1986-03-06", "day", "historical")


def test_the_year_of_another_paragraph_is_not_the_context():
    doc = spring_doc()
    resolver = DateResolver()
    # the same words with a paragraph break before "On": no year context, so last March
    broken = Doc(VOCAB, words=[t.text for t in doc][:6] + ["\n"] + [t.text for t in doc][6:],
                 ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc][:6] + ["O"]
                 + [t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc][6:])
    assert resolver.context_year(DocumentContext.of(broken, published=THURSDAY), broken.text.index("March")) is None
    assert resolver.context_year(DocumentContext.of(doc, published=THURSDAY), doc.text.index("March")) == 1986


def test_a_past_tense_event_told_after_a_sentence_dated_by_an_earlier_year_takes_that_year(resolver):
    # "In 1991 the talks began . The government collapsed .": the narrative's year, carried forward
    words = ["In", "1991", "the", "talks", "began", ".", "The", "government", "collapsed", "."]
    doc = parsed_doc(words, [4, 0, 3, 4, 4, 4, 7, 8, 8, 8],
                     ["prep", "pobj", "det", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
                     ["IN", "CD", "DT", "NNS", "VBD", ".", "DT", "NN", "VBD", "."],
                     ["ADP", "NUM", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                     ["O", "B-DATE", "O", "O", "O", "O", "O", "O", "O", "O"])
    second = doc.text.index("The government")
    dated = resolver.date(doc, event_on(doc, "collapsed", sentence=(second, len(doc.text))), THURSDAY)
    assert (dated.date, dated.date_precision, dated.modality) == (date(1991, 1, 1), "year", "historical")
    assert dated.date_reason == "narrative year"


def test_a_stretch_of_time_gives_no_year_context(resolver):
    doc = Doc(VOCAB, words=["Since", "2011", "it", "grew", ".", "In", "March", "it", "fell", "."],
              ents=["B-DATE", "I-DATE", "O", "O", "O", "O", "B-DATE", "O", "O", "O"])
    assert resolver.context_year(DocumentContext.of(doc, published=THURSDAY), doc.text.index("March")) is None


def test_a_month_said_in_the_past_about_a_future_act_is_the_last_such_month(resolver):
    # "They said in December that they would visit ." published in May: last December, not the next one
    words = ["They", "said", "in", "December", "that", "they", "would", "visit", "."]
    doc = parsed_doc(words, [1, 1, 1, 2, 7, 7, 7, 1, 1],
                     ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "ccomp", "punct"],
                     ["PRP", "VBD", "IN", "NNP", "IN", "PRP", "MD", "VB", "."],
                     ["PRON", "VERB", "ADP", "PROPN", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"],
                     ["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"])
    dated = resolver.date(doc, event_on(doc, "visit", modality="future"), THURSDAY)
    assert (str(dated.date), dated.date_precision) == ("2023-12-01", "month")


@pytest.mark.parametrize(("value", "precision", "label"), [
    ("1986-04-01", "month", "1986-04"), ("1986-01-01", "year", "1986"), ("2014-07-17", "day", "2014-07-17"),
    (date(2014, 7, 17), "day", "2014-07-17"), (None, "unknown", None),
])
def test_dates_are_written_to_their_precision(value, precision, label):
    assert date_label(value, precision) == label


def test_the_publication_stand_in_is_no_codebook_date(resolver):
    doc = visit_doc(with_date=False)
    dated = resolver.date(doc, visit_event(doc), THURSDAY)
    assert dated.date == THURSDAY and codebook_date(dated) is None


def test_a_date_of_another_noun_is_not_the_events_date(resolver):
    # "Francis backed the 2009 report ."
    doc = parsed_doc(["Francis", "backed", "the", "2009", "report", "."], [1, 1, 4, 4, 1, 1],
                     ["nsubj", "ROOT", "det", "nummod", "dobj", "punct"], ["NNP", "VBD", "DT", "CD", "NN", "."],
                     ["PROPN", "VERB", "DET", "NUM", "NOUN", "PUNCT"], ["B-PERSON", "O", "O", "B-DATE", "O", "O"])
    dated = resolver.date(doc, event_on(doc, "backed"), THURSDAY)
    assert (dated.date_reason, dated.modality) == ("publication", "asserted")


def test_a_date_of_the_occasion_dates_the_event(resolver):
    # "He warned during his May 9 speech ."
    doc = parsed_doc(["He", "warned", "during", "his", "May", "9", "speech", "."], [1, 1, 1, 6, 6, 4, 2, 1],
                     ["nsubj", "ROOT", "prep", "poss", "compound", "nummod", "pobj", "punct"],
                     ["PRP", "VBD", "IN", "PRP$", "NNP", "CD", "NN", "."],
                     ["PRON", "VERB", "ADP", "PRON", "PROPN", "NUM", "NOUN", "PUNCT"],
                     ["O", "O", "O", "O", "B-DATE", "I-DATE", "O", "O"])
    assert str(resolver.date(doc, event_on(doc, "warned"), THURSDAY).date) == "2024-05-09"


def test_a_weekday_under_a_future_clause_lies_ahead_whatever_the_modality(resolver):
    # "He will be the first to speak when he travels on Sunday ." (published on a Thursday): the coming Sunday
    words = ["He", "will", "be", "the", "first", "to", "speak", "when", "he", "travels", "on", "Sunday", "."]
    doc = parsed_doc(words, [2, 2, 2, 4, 2, 6, 4, 9, 9, 6, 9, 10, 2],
                     ["nsubj", "aux", "ROOT", "det", "attr", "aux", "relcl", "advmod", "nsubj", "advcl", "prep", "pobj",
                      "punct"],
                     ["PRP", "MD", "VB", "DT", "JJ", "TO", "VB", "WRB", "PRP", "VBZ", "IN", "NNP", "."],
                     ["PRON", "AUX", "AUX", "DET", "ADJ", "PART", "VERB", "SCONJ", "PRON", "VERB", "ADP", "PROPN", "PUNCT"],
                     ["O"] * 11 + ["B-DATE", "O"])
    assert str(resolver.date(doc, event_on(doc, "travels"), THURSDAY).date) == "2024-05-19"


def test_a_historical_reading_dated_within_the_month_is_asserted(resolver):
    doc = visit_doc()  # "Putin visited China on Thursday ." with a cue word the events stage read as background
    assert resolver.date(doc, visit_event(doc, modality="historical"), THURSDAY).modality == "asserted"


def test_last_month_counts_from_its_middle():
    # "in June" told on 24 July: its last day is 24 days back, its middle about six weeks: historical
    resolver = DateResolver()
    doc = parsed_doc(["Police", "raided", "it", "in", "June", "."], [1, 1, 1, 1, 3, 1],
                     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["NNS", "VBD", "PRP", "IN", "NNP", "."],
                     ["NOUN", "VERB", "PRON", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "O", "B-DATE", "O"])
    dated = resolver.date(doc, event_on(doc, "raided"), date(2024, 7, 24))
    assert (str(dated.date), dated.date_precision, dated.modality) == ("2024-06-01", "month", "historical")


# ---------------------------------------------------------------- the episode a sentence is told in, headlines

def episode_doc(sequence: str | None = None) -> Doc:
    """'In March the prefect rejected the plea . He criticized the speakers .' parsed by hand; with `sequence`
    ("then") on the second verb."""
    words = ["In", "March", "the", "prefect", "rejected", "the", "plea", ".", "He", "criticized", "the", "speakers", "."]
    heads = [4, 0, 3, 4, 4, 6, 4, 4, 9, 9, 11, 9, 9]
    deps = ["prep", "pobj", "det", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"]
    tags = ["IN", "NNP", "DT", "NN", "VBD", "DT", "NN", ".", "PRP", "VBD", "DT", "NNS", "."]
    pos = ["ADP", "PROPN", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    ents = ["O", "B-DATE"] + ["O"] * 11
    if sequence is not None:
        words.insert(9, sequence)
        heads = [h + (h >= 9) for h in heads]
        heads.insert(9, 10)
        deps.insert(9, "advmod")
        tags.insert(9, "RB")
        pos.insert(9, "ADV")
        ents.insert(9, "O")
    return parsed_doc(words, heads, deps, tags, pos, ents)


def test_a_past_event_without_a_date_takes_the_month_of_its_episode(resolver):
    doc = episode_doc()
    second = doc.text.index("He")
    dated = resolver.date(doc, event_on(doc, "criticized", sentence=(second, len(doc.text))), THURSDAY)
    assert (codebook_date(dated), dated.date_reason, dated.modality) == ("2024-03", "episode", "historical")


def test_a_clause_that_moves_the_story_on_is_not_the_episodes_time(resolver):
    doc = episode_doc("then")
    second = doc.text.index("He")
    dated = resolver.date(doc, event_on(doc, "criticized", sentence=(second, len(doc.text))), THURSDAY)
    assert (codebook_date(dated), dated.date_reason) == (None, "publication")


def test_the_episode_ends_with_its_paragraph(resolver):
    doc = episode_doc()
    broken = Doc(VOCAB, words=[t.text for t in doc][:8] + ["\n"] + [t.text for t in doc][8:],
                 heads=[t.head.i + (t.head.i >= 8) for t in doc][:8] + [7] + [t.head.i + 1 for t in doc][8:],
                 deps=[t.dep_ for t in doc][:8] + ["dep"] + [t.dep_ for t in doc][8:],
                 tags=[t.tag_ for t in doc][:8] + ["_SP"] + [t.tag_ for t in doc][8:],
                 pos=[t.pos_ for t in doc][:8] + ["SPACE"] + [t.pos_ for t in doc][8:],
                 ents=["O", "B-DATE"] + ["O"] * 12)
    second = broken.text.index("He")
    dated = resolver.date(broken, event_on(broken, "criticized", sentence=(second, len(broken.text))), THURSDAY)
    assert dated.date_reason == "publication"


def test_a_year_that_names_a_thing_is_not_the_year_the_paragraph_is_about(resolver):
    # "She backed the 2009 report . On March 6 he wrote to her ."
    words = ["She", "backed", "the", "2009", "report", ".", "On", "March", "6", "he", "wrote", "to", "her", "."]
    doc = parsed_doc(words, [1, 1, 4, 4, 1, 1, 10, 6, 7, 10, 10, 10, 11, 10],
                     ["nsubj", "ROOT", "det", "compound", "dobj", "punct", "prep", "pobj", "nummod", "nsubj", "ROOT",
                      "prep", "pobj", "punct"],
                     ["PRP", "VBD", "DT", "CD", "NN", ".", "IN", "NNP", "CD", "PRP", "VBD", "IN", "PRP", "."],
                     ["PRON", "VERB", "DET", "NUM", "NOUN", "PUNCT", "ADP", "PROPN", "NUM", "PRON", "VERB", "ADP", "PRON",
                      "PUNCT"],
                     ["O", "O", "O", "B-DATE", "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O"])
    assert resolver.context_year(DocumentContext.of(doc, published=THURSDAY), doc.text.index("March")) is None


def headline_context(title: str) -> DocumentContext:
    """'Navy sends warship\\nIt sailed .' parsed by hand, as an article with `title`."""
    words = ["Navy", "sends", "warship", "\n", "It", "sailed", "."]
    doc = parsed_doc(words, [1, 1, 1, 1, 5, 5, 5], ["nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "punct"],
                     ["NNP", "VBZ", "NN", "_SP", "PRP", "VBD", "."], ["PROPN", "VERB", "NOUN", "SPACE", "PRON", "VERB", "PUNCT"],
                     ["O"] * 7, spaces=[True, True, False, False, True, False, False])
    return DocumentContext.build(doc, Article(id="a", text=doc.text, title=title, published=THURSDAY))


def test_a_headline_in_the_present_is_the_news_of_the_publication_day(resolver):
    context = headline_context("Navy sends warship")
    event = event_on(context.doc, "sends", sentence=(0, len("Navy sends warship")))
    dated = resolver.resolve(context, event)
    assert (dated["date"], dated["date_reason"]) == (THURSDAY, "headline")
    assert codebook_date(event.model_copy(update=dated)) == "2024-05-16"


def test_a_first_line_that_is_not_the_title_is_no_headline(resolver):
    context = headline_context("Another title")
    event = event_on(context.doc, "sends", sentence=(0, len("Navy sends warship")))
    assert resolver.resolve(context, event)["date_reason"] == "publication"


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("last summer", False, "2023-01-01"),  # told in May: the summer of 2023, coded as its year
    ("last winter", False, "2024-01-01"),  # December 2023 to February 2024: the year of its January
    ("this spring", False, "2024-01-01"),
    ("the winter", True, "2025-01-01"),  # a future act: the next winter
    ("the summer of 2019", False, "2019-01-01"),
    ("next summer", True, "2024-01-01"),
])
def test_a_season_is_placed_as_its_year(resolver, text, future, expected):
    assert _classify(text, load_date_patterns()) == ("year", "season")
    assert resolver.to_date(expression(text), THURSDAY, future).isoformat() == expected


def test_a_month_of_last_or_this_year_is_that_month():
    patterns = load_date_patterns()
    assert calendar_date("April last year", THURSDAY, patterns) == date(2023, 4, 1)
    assert calendar_date("March of this year", THURSDAY, patterns) == date(2024, 3, 1)
    assert _classify("April last year", patterns) == ("month", "relative")  # no paragraph year moves it


def test_a_past_act_in_the_period_of_publication_lies_between_its_start_and_publication():
    # "earlier this year" told in mid-May is about mid-March (historical); told in late January, this month
    assert _period_middle(date(2024, 1, 1), "year", THURSDAY) == date(2024, 3, 9)
    assert _period_middle(date(2024, 1, 1), "year", date(2024, 1, 24)) == date(2024, 1, 12)
    assert _period_middle(date(2024, 5, 1), "month", THURSDAY) == date(2024, 5, 8)
    assert _period_middle(date(2023, 1, 1), "year", THURSDAY) == date(2023, 7, 1)  # a past year: its middle
