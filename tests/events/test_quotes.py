"""Quoted judgements by tone (events/quotes.py) and quoted phrases with no verb (events/attribution.py): a quote
with a named speaker that judges an actor by its overall tone is the speaker's ACCUSE; quotes about a situation, a
thing or the speaker, and questions, judge no one; and the rates on the invented short articles of quote_cases.yaml.
Sentences invented for the tests, parsed by hand (the rows the model gives them)."""

from pathlib import Path

import pytest
import yaml
from eventpicks import judged
from handparse import context_for, make_doc, mention

from eventscope.events.attribution import find_attributions
from eventscope.events.quotes import load_quote_rules, toned_quotes

_CASES = yaml.safe_load((Path(__file__).parent / "quote_cases.yaml").read_text(encoding="utf-8"))
_JUDGEMENTS = [tuple(case) for case in _CASES["judgements"]]
_NEAR_MISSES = list(_CASES["near_misses"])
# share of the judgements coded with the expected type, source and target country (41 of 52 before the rules of
# quotes.py and the speakers of attribution.py, 48 with them), and how many near misses are coded ACCUSE or
# SUPPORT (3 of 32 before and after: "terrible", "awful", "great" said of a thing by speech.py's word rules)
_RATE = 0.9
_NEAR_MISSES_CODED = 3


def _lies(subject: str = "Nothing") -> list[tuple[str, str, str, str, str, int]]:
    # '"Nothing but lies and nonsense," the Egyptian minister said of Ethiopia.'
    return [
        ('"', '"', 'PUNCT', '``', 'punct', 11), (subject, subject.lower(), 'PRON', 'NN', 'dep', 11),
        ('but', 'but', 'CCONJ', 'CC', 'cc', 1), ('lies', 'lie', 'NOUN', 'NNS', 'conj', 1),
        ('and', 'and', 'CCONJ', 'CC', 'cc', 3), ('nonsense', 'nonsense', 'NOUN', 'NN', 'conj', 3),
        (',', ',', 'PUNCT', ',', 'punct', 11), ('"', '"', 'PUNCT', "''", 'punct', 11),
        ('the', 'the', 'DET', 'DT', 'det', 10), ('Egyptian', 'egyptian', 'ADJ', 'JJ', 'amod', 10),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 11), ('said', 'say', 'VERB', 'VBD', 'ROOT', 11),
        ('of', 'of', 'ADP', 'IN', 'prep', 11), ('Ethiopia', 'Ethiopia', 'PROPN', 'NNP', 'pobj', 12),
        ('.', '.', 'PUNCT', '.', 'punct', 11),
    ]


def test_a_quoted_phrase_before_its_verb_is_what_was_said_not_who_said_it(patterns):
    doc = make_doc(_lies())
    found = find_attributions(doc[:], patterns.attribution)
    assert [(tuple(t.text for t in a.heads), a.scope) for a in found] == [(("minister",), (1, 6))]


def test_a_harsh_quote_said_of_an_actor_is_the_speakers_criticism(article_coder):
    doc = make_doc(_lies())
    mentions = [mention(doc, 8, 11, "Egypt minister", "EGY"), mention(doc, 13, 14, "Ethiopia", "ETH")]
    events = article_coder.code(context_for(doc, mentions))
    assert [(e.event.plover, e.source[0].country, e.target[0].country) for e in events] == [("ACCUSE", "EGY", "ETH")]


def test_the_tone_rule_leaves_a_sentence_already_judged_and_a_neutral_quote_alone(article_coder, patterns):
    doc = make_doc(_lies())
    attributions = find_attributions(doc[:], patterns.attribution)
    cues = article_coder.speech
    assert toned_quotes(doc[:], attributions, cues, lambda t: True, ["an act found"]) == []
    assert toned_quotes(doc[:], attributions, cues, lambda t: True, [], load_quote_rules().model_copy(update={"criticism_threshold": None})) == []


def _quote_about(subject: tuple[str, str, str, str], adjective: str) -> list[tuple[str, str, str, str, str, int]]:
    # '"<subject> is cruel and dishonest," the minister said.'
    return [
        ('"', '"', 'PUNCT', '``', 'punct', 10), (*subject, 'nsubj', 2), ('is', 'be', 'AUX', 'VBZ', 'ccomp', 10),
        (adjective, adjective, 'ADJ', 'JJ', 'acomp', 2), ('and', 'and', 'CCONJ', 'CC', 'cc', 3),
        ('dishonest', 'dishonest', 'ADJ', 'JJ', 'conj', 3), (',', ',', 'PUNCT', ',', 'punct', 10),
        ('"', '"', 'PUNCT', "''", 'punct', 10), ('the', 'the', 'DET', 'DT', 'det', 9),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 10), ('said', 'say', 'VERB', 'VBD', 'ROOT', 10),
        ('.', '.', 'PUNCT', '.', 'punct', 10),
    ]


@pytest.mark.parametrize(("subject", "judged"), [
    (('Uganda', 'Uganda', 'PROPN', 'NNP'), ["Uganda"]),
    (('It', 'it', 'PRON', 'PRP'), []),    # a situation
    (('I', 'I', 'PRON', 'PRP'), []),      # the speaker's own state
])
def test_a_harsh_quote_judges_the_actor_its_clause_is_said_of(article_coder, patterns, subject, judged):
    doc = make_doc(_quote_about(subject, "cruel"))
    attributions = find_attributions(doc[:], patterns.attribution)
    acts = toned_quotes(doc[:], attributions, article_coder.speech, lambda t: t.pos_ == "PROPN", [])
    assert [t.text for a in acts for t in a.spoken_of] == judged
    assert all(a.code == "111" and [t.text for t in a.speakers] == ["minister"] for a in acts)


def test_a_quote_about_a_thing_judges_no_one(article_coder, patterns):
    doc = make_doc(_quote_about(('weather', 'weather', 'NOUN', 'NN'), "cruel"))
    attributions = find_attributions(doc[:], patterns.attribution)
    assert toned_quotes(doc[:], attributions, article_coder.speech, lambda t: t.pos_ == "PROPN", []) == []


def test_the_cases_are_well_formed():
    assert len(_JUDGEMENTS) >= 50 and len(_NEAR_MISSES) >= 30
    assert all(len(case) == 4 and case[1] in ("ACCUSE", "SUPPORT") for case in _JUDGEMENTS)


@pytest.mark.slow
def test_quoted_judgements_are_coded_at_the_rate_reached(article):
    missed = [case[0] for case in _JUDGEMENTS if not judged(article, *case)]
    assert 1 - len(missed) / len(_JUDGEMENTS) >= _RATE, missed


@pytest.mark.slow
def test_near_misses_stay_uncoded(article):
    coded = [text for text in _NEAR_MISSES
             if any(e.event.plover in ("ACCUSE", "SUPPORT") for e in article.code_text(text).events)]
    assert len(coded) <= _NEAR_MISSES_CODED, coded
