"""Judgements of a violent act (events/speech.py, data/speech.yaml judged_acts and criticism_of_acts; the one
judged: events/referents.py): "this heinous attack", "called the raid a war crime", "said the bombing was a crime"
are the speaker's ACCUSE; and the rates on the invented short articles of act_judgement_cases.yaml. Sentences
invented for the tests, parsed by hand (the rows the model gives them)."""

from pathlib import Path

import pytest
import yaml
from eventpicks import judged
from handparse import context_for, make_doc, mention

_CASES = yaml.safe_load((Path(__file__).parent / "act_judgement_cases.yaml").read_text(encoding="utf-8"))
_JUDGEMENTS = [tuple(case) for case in _CASES["judgements"]]
_NEAR_MISSES = list(_CASES["near_misses"])
# share of the judgements coded with the expected type, source and target country (40 of 66 before the rules
# of issue 13, 65 of 70 with them; session 16: 74 of 79, the four quoted judgements of an act noun, three acts
# said to amount to a crime and two acts branded added found, where 3 of 9 were before), and how many near misses
# are coded ACCUSE (7 of 30 before and after: a court's sentence, a building condemned, the weather blamed, a
# judgement of poverty are trigger senses, not these rules)
_RATE = 0.92
_NEAR_MISSES_CODED = 7


def accusations(coder, doc, mentions):
    return [(e.source[0].name if e.source else None, e.event.cameo, e.trigger.text)
            for e in coder.code(context_for(doc, mentions)) if e.event.plover == "ACCUSE"]


def test_a_heinous_attack_said_by_a_speaker_is_their_criticism(article_coder):
    # '"This heinous attack targeted children," France said.'
    doc = make_doc([
        ('"', '"', 'PUNCT', '``', 'punct', 9), ('This', 'this', 'DET', 'DT', 'det', 3),
        ('heinous', 'heinous', 'ADJ', 'JJ', 'amod', 3), ('attack', 'attack', 'NOUN', 'NN', 'nsubj', 4),
        ('targeted', 'target', 'VERB', 'VBD', 'ccomp', 9), ('children', 'child', 'NOUN', 'NNS', 'dobj', 4),
        (',', ',', 'PUNCT', ',', 'punct', 9), ('"', '"', 'PUNCT', "''", 'punct', 9),
        ('France', 'France', 'PROPN', 'NNP', 'nsubj', 9), ('said', 'say', 'VERB', 'VBD', 'ROOT', 9),
        ('.', '.', 'PUNCT', '.', 'punct', 9),
    ])
    assert ("France", "111", "heinous") in accusations(article_coder, doc, [mention(doc, 8, 9, "France", "FRA")])


def test_a_heinous_storm_judges_no_one(article_coder):
    # '"This heinous storm targeted children," France said.' (a storm is no one's act)
    doc = make_doc([
        ('"', '"', 'PUNCT', '``', 'punct', 9), ('This', 'this', 'DET', 'DT', 'det', 3),
        ('heinous', 'heinous', 'ADJ', 'JJ', 'amod', 3), ('storm', 'storm', 'NOUN', 'NN', 'nsubj', 4),
        ('targeted', 'target', 'VERB', 'VBD', 'ccomp', 9), ('children', 'child', 'NOUN', 'NNS', 'dobj', 4),
        (',', ',', 'PUNCT', ',', 'punct', 9), ('"', '"', 'PUNCT', "''", 'punct', 9),
        ('France', 'France', 'PROPN', 'NNP', 'nsubj', 9), ('said', 'say', 'VERB', 'VBD', 'ROOT', 9),
        ('.', '.', 'PUNCT', '.', 'punct', 9),
    ])
    assert accusations(article_coder, doc, [mention(doc, 8, 9, "France", "FRA")]) == []


def test_a_raid_called_a_war_crime_is_criticism(article_coder):
    # "Turkey called the raid a war crime."
    doc = make_doc([
        ('Turkey', 'Turkey', 'PROPN', 'NNP', 'nsubj', 1), ('called', 'call', 'VERB', 'VBD', 'ROOT', 1),
        ('the', 'the', 'DET', 'DT', 'det', 3), ('raid', 'raid', 'NOUN', 'NN', 'dobj', 1),
        ('a', 'a', 'DET', 'DT', 'det', 6), ('war', 'war', 'NOUN', 'NN', 'compound', 6),
        ('crime', 'crime', 'NOUN', 'NN', 'oprd', 1), ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    assert accusations(article_coder, doc, [mention(doc, 0, 1, "Turkey", "TUR")]) == [("Turkey", "111", "crime")]


def test_the_bombing_said_to_be_a_crime_is_criticism_and_crime_said_to_rise_is_not(article_coder):
    # "Britain said the bombing was a crime." / "Britain said the crime was rising."
    doc = make_doc([
        ('Britain', 'Britain', 'PROPN', 'NNP', 'nsubj', 1),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 1), ('the', 'the', 'DET', 'DT', 'det', 3),
        ('bombing', 'bombing', 'NOUN', 'NN', 'nsubj', 4), ('was', 'be', 'AUX', 'VBD', 'ccomp', 1),
        ('a', 'a', 'DET', 'DT', 'det', 6), ('crime', 'crime', 'NOUN', 'NN', 'attr', 4),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    assert accusations(article_coder, doc, [mention(doc, 0, 1, "Britain", "GBR")]) == [("Britain", "111", "crime")]
    rising = make_doc([
        ('Britain', 'Britain', 'PROPN', 'NNP', 'nsubj', 1),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 1), ('the', 'the', 'DET', 'DT', 'det', 3),
        ('crime', 'crime', 'NOUN', 'NN', 'nsubj', 5), ('was', 'be', 'AUX', 'VBD', 'aux', 5),
        ('rising', 'rise', 'VERB', 'VBG', 'ccomp', 1), ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    assert accusations(article_coder, rising, [mention(rising, 0, 1, "Britain", "GBR")]) == []


def test_the_cases_are_well_formed():
    assert len(_JUDGEMENTS) >= 60 and len(_NEAR_MISSES) >= 25
    assert all(len(case) == 4 and case[1] == "ACCUSE" for case in _JUDGEMENTS)


@pytest.mark.slow
def test_judgements_of_violent_acts_are_coded_at_the_rate_reached(article):
    missed = [case[0] for case in _JUDGEMENTS if not judged(article, *case)]
    assert 1 - len(missed) / len(_JUDGEMENTS) >= _RATE, missed


@pytest.mark.slow
def test_near_misses_stay_uncoded(article):
    coded = [text for text in _NEAR_MISSES
             if any(e.event.plover == "ACCUSE" for e in article.code_text(text).events)]
    assert len(coded) <= _NEAR_MISSES_CODED, coded


def test_deploring_the_violence_and_an_act_of_cowardice_are_criticism(article_coder):
    # "Kenya deplored the violence."
    doc = make_doc([
        ('Kenya', 'Kenya', 'PROPN', 'NNP', 'nsubj', 1), ('deplored', 'deplore', 'VERB', 'VBD', 'ROOT', 1),
        ('the', 'the', 'DET', 'DT', 'det', 3), ('violence', 'violence', 'NOUN', 'NN', 'dobj', 1),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    assert [a[:2] for a in accusations(article_coder, doc, [mention(doc, 0, 1, "Kenya", "KEN")])] == [("Kenya", "110")]
    # "Kenya deplored the weather." (no one's act)
    weather = make_doc([
        ('Kenya', 'Kenya', 'PROPN', 'NNP', 'nsubj', 1), ('deplored', 'deplore', 'VERB', 'VBD', 'ROOT', 1),
        ('the', 'the', 'DET', 'DT', 'det', 3), ('weather', 'weather', 'NOUN', 'NN', 'dobj', 1),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    assert accusations(article_coder, weather, [mention(weather, 0, 1, "Kenya", "KEN")]) == []
    # "Chad called the attack an act of cowardice."
    cowardice = make_doc([
        ('Chad', 'Chad', 'PROPN', 'NNP', 'nsubj', 1), ('called', 'call', 'VERB', 'VBD', 'ROOT', 1),
        ('the', 'the', 'DET', 'DT', 'det', 3), ('attack', 'attack', 'NOUN', 'NN', 'dobj', 1),
        ('an', 'an', 'DET', 'DT', 'det', 5), ('act', 'act', 'NOUN', 'NN', 'oprd', 1),
        ('of', 'of', 'ADP', 'IN', 'prep', 5), ('cowardice', 'cowardice', 'NOUN', 'NN', 'pobj', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    assert accusations(article_coder, cowardice, [mention(cowardice, 0, 1, "Chad", "TCD")]) == [("Chad", "111", "cowardice")]
