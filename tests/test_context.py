"""The per-document context: datelines, page furniture, country salience (no model: Docs built by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml
from spacy.tokens import Doc, Span

import eventscope
from eventscope.context import (
    DocumentContext,
    dominant,
    find_dateline,
    find_furniture,
    load_context_rules,
    rank_countries,
)
from eventscope.datafiles import SchemaError, load_yaml
from eventscope.quotemarks import Quote, doc_quotes
from eventscope.records import Actor, ActorMention, Article

TOKENIZER = spacy.blank("en").tokenizer


@pytest.mark.parametrize(
    "words, expected",
    [
        (["ACCRA", "--", "Ghana", "signed", "."], 2),
        (["THE", "HAGUE", ",", "Netherlands", "--", "A", "court", "ruled", "."], 5),
        (["QUITO", "(", "AP", ")", ":", "Police", "left", "."], 5),
        (["US", "-", "led", "forces", "left", "."], None),  # "US-led" is no dateline: no space before the dash
        (["Ghana", "signed", "a", "deal", "."], None),
        (["NATO", "said", "the", "talks", "-", "long", "stalled", "-", "resume", "."], None),
    ],
)
def test_the_dateline_ends_after_its_separator(words, expected):
    spaces = [not (w == "US" or (w == "-" and words[i - 1] == "US")) for i, w in enumerate(words)]
    dateline = find_dateline(Doc(spacy.blank("en").vocab, words=words, spaces=spaces))
    assert (dateline.text_start if dateline else None) == expected


def test_a_dateline_may_follow_a_headline_and_close_with_an_em_dash_glued_to_the_text():
    doc = TOKENIZER("Ministers meet on trade\nBOGOTA\nBOGOTA (Reuters) - Talks opened on Monday.")
    dateline = find_dateline(doc)
    assert dateline is not None and dateline.text == "BOGOTA" and doc[dateline.text_start].text == "Talks"
    glued = find_dateline(TOKENIZER("SAN JOSE\u2014Farmers marched on Tuesday."))
    assert glued is not None and glued.text == "SAN JOSE"


def test_a_headline_in_capitals_with_a_comma_is_no_dateline():
    assert find_dateline(TOKENIZER("US, Peru sign a trade deal in Lima")) is None


def test_bylines_credits_and_bios_are_furniture_and_the_story_is_not():
    text = ("By Anna Kowalczyk and Tom Reyes\n"
            "Farmers blocked roads in Brittany on Monday.\n"
            "By Tuesday, the police had cleared most of them.\n"
            "Photo: a tractor on a motorway (AFP Photo/Staff)\n"
            "Jane Okafor is a freelance writer based in Lagos.\n"
            "Liu Wen contributed reporting.")
    lines = [text[start:end] for start, end in find_furniture(text)]
    assert lines == ["By Anna Kowalczyk and Tom Reyes", "Photo: a tractor on a motorway (AFP Photo/Staff)",
                     "Jane Okafor is a freelance writer based in Lagos.", "Liu Wen contributed reporting."]


def furniture_lines(text: str) -> list[str]:
    return [text[start:end] for start, end in find_furniture(text)]


def test_agency_credits_contacts_and_post_signatures_are_furniture():
    text = ("Troops crossed the border on Friday.\n"
            "(Reporting by Ola Berg in Oslo; Editing by Sam Reed)\n"
            "Kim Park may be reached at kpark@example.org. Follow her on Twitter.\n"
            "\u2014 Some Reporter (@somereporter) March 3, 2020\n"
            "Continue reading the main story\n"
            "This article originally appeared on Example Weekly.")
    assert furniture_lines(text) == text.split("\n")[1:]


def test_print_edition_notes_and_corrections_are_furniture():
    text = ("Rebels seized the airport on Sunday.\n"
            "A version of this article appears in print on May 4, 2026, Section A, Page 8 with the headline: "
            "Rebels Seize Airport Amid Calls for Talks.\n"
            "Correction: An earlier version of this story misstated the date of the talks.\n"
            "Correction (May 5): The minister resigned on Friday, not Thursday.\n"
            "A correction was demanded by the ministry, officials said.")
    assert furniture_lines(text) == text.split("\n")[1:4]


def test_the_line_above_a_credit_is_a_caption_unless_it_ends_a_sentence():
    text = ("Soldiers patrol a market in the capital\n(Getty)\n"
            "The army took the town on Sunday.\nPhoto: Reuters\n")
    assert furniture_lines(text) == ["Soldiers patrol a market in the capital", "(Getty)", "Photo: Reuters"]


def test_a_closing_teaser_heading_makes_the_rest_teasers_but_not_an_early_one():
    story = "Ministers met in Rome on Monday and agreed a ceasefire. " * 4
    closing = story + "\nRead more:\nRebels shell a port in the south\nTrade talks stall"
    assert furniture_lines(closing) == ["Read more:", "Rebels shell a port in the south", "Trade talks stall"]
    early = "Related\n" + story + "\nThe talks resume next week."
    assert furniture_lines(early) == []


def _mention(doc: Doc, start: int, end: int, country: str, kind: str = "state", reason: str = "test") -> ActorMention:
    span = doc[start:end]
    actor = Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=country,
                  kind=kind, reason=reason, origin="coreference" if reason.startswith("coreference") else None)
    return ActorMention(actor, start, end, end - 1)


def test_countries_are_ranked_by_salience_and_furniture_does_not_count():
    text = "Peru and Chile met.\nPeru protested.\nJane Okafor is a freelance writer based in Kenya."
    doc = TOKENIZER(text)
    context = DocumentContext.build(doc, Article(id="a", text=text))
    kenya = next(t.i for t in doc if t.text == "Kenya")
    context.mentions = [_mention(doc, 0, 1, "PER"), _mention(doc, 2, 3, "CHL"), _mention(doc, 6, 7, "PER"),
                        _mention(doc, 7, 8, "PER", reason="coreference: 'it' -> Peru"),
                        _mention(doc, kenya, kenya + 1, "KEN")]
    ranked = rank_countries(context)
    assert [country for country, _ in ranked] == ["PER", "CHL"]
    assert dominant(ranked) == "PER"
    assert dominant([("PER", 3.0), ("CHL", 2.5), ("BOL", 1.0)]) is None  # two countries close: none dominates
    assert dominant([("PER", 1.0)]) is None  # too little said to tell


def test_a_state_word_saying_whose_a_thing_is_weighs_less_than_a_state_that_acts():
    """"a Chinese takeover" says whose the takeover is; "Britain blocked" names who acted (context.yaml
    actor_of_thing): with one mention each, Britain ranks first."""
    words = ["Britain", "blocked", "a", "Chinese", "takeover", "."]
    deps = ["nsubj", "ROOT", "det", "amod", "dobj", "punct"]
    heads = [1, 1, 4, 4, 1, 1]
    doc = Doc(TOKENIZER.vocab, words=words, deps=deps, heads=heads)
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = [_mention(doc, 0, 1, "GBR"), _mention(doc, 3, 4, "CHN")]
    ranked = rank_countries(context)
    assert [country for country, _ in ranked] == ["GBR", "CHN"]
    assert ranked[0][1] == 2 * ranked[1][1]


def test_the_span_root_of_a_trigger_is_remembered_in_the_context():
    doc = TOKENIZER("Talks opened.")
    context = DocumentContext.of(doc)
    assert context.span_root(0, 5).text == "Talks"
    assert context.memo["span_roots"][(0, 5)] == 0
    assert context.span_root(500, 501) is None


@pytest.mark.parametrize(
    "text, place, first_word",
    [
        ("Washington (CNN) - The president spoke.", "Washington", "The"),
        ("Headline on trade\nNew Delhi (Reuters) - Talks opened.", "New Delhi", "Talks"),
        ("Kabul, Afghanistan \u2014 Gunmen attacked a school.", "Kabul", "Gunmen"),
        ("Trump, Xi agree to talk - sources", None, None),  # a title-case headline has no agency and no long dash
        ("Ministers Meet In Rome\nThe talks opened.", None, None),
    ],
)
def test_title_case_datelines_need_an_agency_or_a_long_dash(text, place, first_word):
    doc = TOKENIZER(text)
    dateline = find_dateline(doc)
    assert (dateline.text, doc[dateline.text_start].text) == (place, first_word) if place else dateline is None


@pytest.mark.parametrize(("change", "message"), [
    ({"country_weights": {"dateline": 4.0, "place_locativ": 1.0}}, "context.yaml: country_weights.place_locativ: unknown key"),
    ({"dominant": {"share": "most", "lead": 1.5, "min_weight": 2.0}}, "context.yaml: dominant.share: Input should be a valid number"),
    ({"credit_lines": ["(unclosed"]}, "context.yaml: credit_lines.0: '(unclosed' is not a regular expression"),
])
def test_a_bad_context_file_names_the_file_and_the_field(tmp_path, change, message):
    good = load_yaml((Path(eventscope.__file__).parent / "context.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "context.yaml"
    path.write_text(yaml.safe_dump({**good, **change}), encoding="utf-8")
    with pytest.raises(SchemaError) as raised:
        load_context_rules(path)
    assert str(raised.value).startswith(message)


def test_the_lower_case_words_are_read_once_per_document():
    context = DocumentContext.of(TOKENIZER("The Council MET in Accra."))
    assert context.lowers == ["the", "council", "met", "in", "accra", "."]
    assert context.lowers is context.lowers  # (one list, shared by the stages)


def test_the_sentences_and_entities_are_built_once_per_document():
    doc = TOKENIZER("Chile protested. Peru replied today.")
    doc[3].is_sent_start = True  # "Peru" opens the second sentence
    for token in doc[1:]:
        if token.i != 3:
            token.is_sent_start = False
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 3, 4, label="GPE")]
    context = DocumentContext.of(doc)
    assert [s.text for s in context.sentences] == ["Chile protested.", "Peru replied today."]
    assert context.sentences is context.sentences  # (one list, shared by the stages)
    assert context.sentence_of(4) == 1
    assert [(e.text, e.label_) for e in context.entities] == [("Chile", "GPE"), ("Peru", "GPE")]
    assert context.entities is context.entities


def test_a_memoised_value_is_computed_once_per_document_even_when_it_is_none():
    context = DocumentContext.of(TOKENIZER("Talks opened in Accra."))
    asked: list[str] = []

    def found(value: str | None) -> str | None:
        asked.append(str(value))
        return value

    assert context.memoised("day", lambda: found(None)) is None
    assert context.memoised("day", lambda: found("Monday")) is None  # (None was the answer: not searched again)
    assert context.memoised("place", lambda: found("Accra")) == "Accra"
    assert context.memoised("place", lambda: found("Lome")) == "Accra"
    assert asked == ["None", "Accra"]
    assert DocumentContext.of(TOKENIZER("Talks opened.")).memoised("place", lambda: found("Lome")) == "Lome"


def test_the_context_text_is_the_articles():
    text = "Talks opened in Accra.\n\nThey closed."
    context = DocumentContext.build(TOKENIZER(text), Article(id="a", text=text))
    assert context.text == text == context.doc.text


def test_a_doc_with_no_sentence_boundaries_has_no_sentences_and_one_index():
    context = DocumentContext.of(TOKENIZER("Talks opened"))
    assert context.sentences == []
    assert context.sentence_of(1) == 0


def test_the_quotes_are_found_from_the_article_text_when_the_context_is_built():
    text = 'The minister said "we will talk" on Monday.'
    doc = TOKENIZER(text)
    DocumentContext.build(doc, Article(id="a", text=text))
    assert doc_quotes(doc) == [Quote(18, 31)]  # (read from Doc.user_data: no Doc.text rebuilt)


def test_time_stamps_and_bio_lines_are_furniture():
    text = ("Nurses walk out at two city hospitals\n"
            "POSTED: March 3, 2025 at 7:05 a.m. | LAST UPDATED: March 3, 2025 at 11:20 a.m.\n"
            "Mon 3 Mar 2025 09.14 GMT\n"
            "Tuesday 4 March 2025 17:48\n"
            "Published in The Morning Herald, March 4th, 2025\n"
            "Hundreds of nurses walked out on Monday.\n"
            "Published reports said the union had voted in 2024.\n"
            "Jo Lind covers labour for The Morning Herald. Reach her at 555-0100.\n"
            "Nurses gather outside the hospital. Photograph: Kim Yu/Reuters")
    assert furniture_lines(text) == text.split("\n")[1:5] + text.split("\n")[7:]
