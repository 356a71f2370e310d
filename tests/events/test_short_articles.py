"""Whole article or lone sentences (senses.whole_article): a short news brief its source gives as an article
(a title, URL or published date) is coded as a whole article; a bare short text, like the sentences of the
sentence sets, is coded sentence by sentence (invented texts)."""

from dataclasses import replace
from datetime import date

import pytest

from eventscope.events.senses import load_senses, whole_article
from eventscope.records import Article

BRIEF = ("Chile's foreign minister said on Monday that the talks with Peru were going well. "
         "Peru's president met the Chilean ambassador in Lima. "
         "Both governments praised the new trade agreement.")


def article(text=BRIEF, **fields):
    return Article(id="a1", text=text, **fields)


def test_a_bare_short_text_is_lone_sentences_and_a_long_one_an_article():
    rules = load_senses()
    assert not whole_article(article(), 3, rules)
    assert not whole_article(article(), rules.min_sentences - 1, rules)
    assert whole_article(article(), rules.min_sentences, rules)


@pytest.mark.parametrize("fields", [
    {"title": "Chile and Peru hold trade talks"},
    {"url": "https://news.example.org/2023/03/06/chile-peru"},
    {"published": date(2023, 3, 6)},
])
def test_a_short_text_given_as_an_article_is_a_whole_article(fields):
    rules = load_senses()
    assert whole_article(article(**fields), rules.min_article_sentences, rules)
    assert not whole_article(article(**fields), rules.min_article_sentences - 1, rules)  # one sentence is a sentence


def test_a_forced_reading_overrides_the_length_and_the_source():
    rules = load_senses()
    assert not whole_article(article(title="Chile and Peru hold talks"), rules.min_sentences, rules, "sentences")
    assert whole_article(article(), 1, rules, "article")
    assert whole_article(article(), rules.min_sentences, rules, "auto")


def test_a_title_made_from_the_texts_own_first_words_says_nothing():
    # what ingest gives a text that came without a title: its first words, cut with "…"
    rules = load_senses()
    assert not whole_article(article(title="Chile's foreign minister said on Monday that the talks …"), 3, rules)
    assert not whole_article(article(title=BRIEF.split(". ")[0] + "."), 3, rules)
    assert whole_article(article(title="Chile's foreign minister upbeat on talks"), 3, rules)


def test_the_thresholds_are_typed_settings(tmp_path):
    from eventscope.events.patterns import PatternError

    path = tmp_path / "senses.yaml"
    path.write_text("min_article_sentences: 0\n", encoding="utf-8")
    with pytest.raises(PatternError, match="min_article_sentences"):
        load_senses(path)


def coded(coder, **fields):
    return [(e.sentence_index, e.event.plover, [a.text for a in e.source], [a.text for a in e.target], e.confidence)
            for e in coder.code_text(BRIEF, **fields).events]


@pytest.mark.slow
def test_a_titled_brief_is_coded_as_a_whole_article_and_a_bare_one_as_sentences(pipeline_coder):
    senses, reading = pipeline_coder.event_coder.senses, pipeline_coder.event_coder.reading
    titled = coded(pipeline_coder, title="Chile and Peru hold trade talks", published=date(2023, 3, 6))
    bare = coded(pipeline_coder)
    try:
        pipeline_coder.event_coder.senses = replace(senses, min_sentences=1)  # every text a whole article
        as_article = coded(pipeline_coder)
        pipeline_coder.event_coder.senses = replace(senses, min_sentences=100, min_article_sentences=100)
        as_sentences = coded(pipeline_coder, title="Chile and Peru hold trade talks", published=date(2023, 3, 6))
        pipeline_coder.event_coder.senses = senses
        pipeline_coder.event_coder.reading = "article"  # Settings.reading, `--reading article`
        read_as_article = coded(pipeline_coder)
        pipeline_coder.event_coder.reading = "sentences"
        read_as_sentences = coded(pipeline_coder, title="Chile and Peru hold trade talks", published=date(2023, 3, 6))
    finally:
        pipeline_coder.event_coder.senses = senses
        pipeline_coder.event_coder.reading = reading
    assert titled and titled == as_article == read_as_article
    assert bare and bare == as_sentences == read_as_sentences
    assert titled != bare
