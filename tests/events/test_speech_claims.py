"""Criticism told as claims, blame and judgements in what a speaker says (events/speech.py, data/speech.yaml):
verbs of misdeed said of an actor, words of judgement in another sense, judgements said of nothing, blame for a
wave of harms or lying with someone, a speaker named by "according to", and a claim's target over a targetless
accusation verb; and the rates on the invented cases of claim_blame_cases.yaml. Sentences invented for the tests,
parsed by hand (the rows the model gives them)."""

from pathlib import Path

import pytest
import yaml
from handparse import context_for, make_doc, mention

from eventscope.events import load_patterns
from eventscope.events.attribution import find_attributions
from eventscope.events.speech import find_speech_acts, load_speech_cues

_CASES = yaml.safe_load((Path(__file__).parent / "claim_blame_cases.yaml").read_text(encoding="utf-8"))
_ACCUSATIONS = [tuple(case) for case in _CASES["accusations"]]
_NEAR_MISSES = list(_CASES["near_misses"])
# share of the accusations coded as an ACCUSE of the expected target by the expected source (0.73 of the first 111
# before this module's rules, 1.00 of all 118 with them), and how many near misses may be coded ACCUSE (3 of the
# first 46 then, 0 of 53 now)
_RATE = 0.97
_NEAR_MISSES_CODED = 0
# words that name actors in the hand-parsed sentences below
_ACTOR_WORDS = frozenset({"senator", "governor", "minister", "police", "cartels", "union", "ministry", "opposition",
                          "party", "regime"})

# The senator said the governor had squandered the surplus.
_SQUANDERED = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('senator', 'senator', 'NOUN', 'NN', 'nsubj', 2),
    ('said', 'say', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('governor', 'governor', 'NOUN', 'NN', 'nsubj', 6), ('had', 'have', 'AUX', 'VBD', 'aux', 6),
    ('squandered', 'squander', 'VERB', 'VBN', 'ccomp', 2), ('the', 'the', 'DET', 'DT', 'det', 8),
    ('surplus', 'surplus', 'NOUN', 'NN', 'dobj', 6), ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# The senator said the floods had wrecked the bridge.
_WRECKED = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('senator', 'senator', 'NOUN', 'NN', 'nsubj', 2),
    ('said', 'say', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('floods', 'flood', 'NOUN', 'NNS', 'nsubj', 6), ('had', 'have', 'AUX', 'VBD', 'aux', 6),
    ('wrecked', 'wreck', 'VERB', 'VBN', 'ccomp', 2), ('the', 'the', 'DET', 'DT', 'det', 8),
    ('bridge', 'bridge', 'NOUN', 'NN', 'dobj', 6), ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# The minister said the police did nothing wrong.
_NOTHING_WRONG = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 2),
    ('said', 'say', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('police', 'police', 'NOUN', 'NN', 'nsubj', 5), ('did', 'do', 'VERB', 'VBD', 'ccomp', 2),
    ('nothing', 'nothing', 'PRON', 'NN', 'dobj', 5), ('wrong', 'wrong', 'ADJ', 'JJ', 'advmod', 5),
    ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# The senator said the blame lay with the governor.
_BLAME_LAY = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('senator', 'senator', 'NOUN', 'NN', 'nsubj', 2),
    ('said', 'say', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('blame', 'blame', 'NOUN', 'NN', 'nsubj', 5), ('lay', 'lie', 'VERB', 'VBD', 'ccomp', 2),
    ('with', 'with', 'ADP', 'IN', 'prep', 5), ('the', 'the', 'DET', 'DT', 'det', 8),
    ('governor', 'governor', 'NOUN', 'NN', 'pobj', 6), ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# The governor said the village lay in ruins.
_IN_RUINS = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('governor', 'governor', 'NOUN', 'NN', 'nsubj', 2),
    ('said', 'say', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('village', 'village', 'NOUN', 'NN', 'nsubj', 5), ('lay', 'lie', 'VERB', 'VBD', 'ccomp', 2),
    ('in', 'in', 'ADP', 'IN', 'prep', 5), ('ruins', 'ruin', 'NOUN', 'NNS', 'pobj', 6),
    ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# The minister said the cartels were behind the wave of killings.
_WAVE = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 2),
    ('said', 'say', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('cartels', 'cartel', 'NOUN', 'NNS', 'nsubj', 5), ('were', 'be', 'AUX', 'VBD', 'ccomp', 2),
    ('behind', 'behind', 'ADP', 'IN', 'prep', 5), ('the', 'the', 'DET', 'DT', 'det', 8),
    ('wave', 'wave', 'NOUN', 'NN', 'pobj', 6), ('of', 'of', 'ADP', 'IN', 'prep', 8),
    ('killings', 'killing', 'NOUN', 'NNS', 'pobj', 9), ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# According to the union, the ministry lied to the nurses.
_ACCORDING = [
    ('According', 'accord', 'VERB', 'VBG', 'prep', 7), ('to', 'to', 'ADP', 'IN', 'prep', 0),
    ('the', 'the', 'DET', 'DT', 'det', 3), ('union', 'union', 'NOUN', 'NN', 'pobj', 1),
    (',', ',', 'PUNCT', ',', 'punct', 7), ('the', 'the', 'DET', 'DT', 'det', 6),
    ('ministry', 'ministry', 'NOUN', 'NN', 'nsubj', 7), ('lied', 'lie', 'VERB', 'VBD', 'ROOT', 7),
    ('to', 'to', 'ADP', 'IN', 'prep', 7), ('the', 'the', 'DET', 'DT', 'det', 10),
    ('nurses', 'nurse', 'NOUN', 'NNS', 'pobj', 8), ('.', '.', 'PUNCT', '.', 'punct', 7),
]

# The opposition alleged that the party cheated.
_ALLEGED = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('opposition', 'opposition', 'NOUN', 'NN', 'nsubj', 2),
    ('alleged', 'allege', 'VERB', 'VBD', 'ROOT', 2), ('that', 'that', 'SCONJ', 'IN', 'mark', 6),
    ('the', 'the', 'DET', 'DT', 'det', 5), ('party', 'party', 'NOUN', 'NN', 'nsubj', 6),
    ('cheated', 'cheat', 'VERB', 'VBD', 'ccomp', 2), ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# The opposition claims the regime tried to muzzle the press.
_TRIED_TO = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('opposition', 'opposition', 'NOUN', 'NN', 'nsubj', 2),
    ('claims', 'claim', 'VERB', 'VBZ', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('regime', 'regime', 'NOUN', 'NN', 'nsubj', 5), ('tried', 'try', 'VERB', 'VBD', 'ccomp', 2),
    ('to', 'to', 'PART', 'TO', 'aux', 7), ('muzzle', 'muzzle', 'VERB', 'VB', 'xcomp', 5),
    ('the', 'the', 'DET', 'DT', 'det', 9), ('press', 'press', 'NOUN', 'NN', 'dobj', 7),
    ('.', '.', 'PUNCT', '.', 'punct', 2),
]

# The minister said the rebels were to blame for the delay.
_TO_BLAME = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 2),
    ('said', 'say', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('rebels', 'rebel', 'NOUN', 'NNS', 'nsubj', 5), ('were', 'be', 'AUX', 'VBD', 'ccomp', 2),
    ('to', 'to', 'PART', 'TO', 'aux', 7), ('blame', 'blame', 'VERB', 'VB', 'xcomp', 5),
    ('for', 'for', 'ADP', 'IN', 'prep', 7), ('the', 'the', 'DET', 'DT', 'det', 10),
    ('delay', 'delay', 'NOUN', 'NN', 'pobj', 8), ('.', '.', 'PUNCT', '.', 'punct', 2),
]


def _speech_acts(rows):
    """The speech acts of a hand-parsed sentence, the words of _ACTOR_WORDS taken for actors."""
    doc = make_doc(rows)
    attributions = find_attributions(doc[:], load_patterns().attribution)
    return find_speech_acts(doc[:], attributions, load_speech_cues(), lambda t: t.text.lower() in _ACTOR_WORDS)


def _acts(rows):
    """The speech acts of a hand-parsed sentence: (code, speakers, the ones spoken of)."""
    return [(a.code, [s.text for s in a.speakers], [t.text for t in a.spoken_of]) for a in _speech_acts(rows)]


def _in_articles_only(rows):
    return [a.in_articles_only for a in _speech_acts(rows)]


def test_a_misdeed_told_of_an_actor_criticises_it():
    assert _acts(_SQUANDERED) == [("111", ["senator"], ["governor"])]


def test_a_misdeed_verb_of_a_happening_judges_no_one():
    assert _acts(_WRECKED) == []


def test_a_misdeed_tried_is_the_trying_subjects():
    assert _acts(_TRIED_TO) == [("111", ["opposition"], ["regime"])]


def test_a_wrong_said_of_nothing_judges_no_one():
    assert _acts(_NOTHING_WRONG) == []


def test_a_word_in_its_other_sense_judges_no_one():
    assert _acts(_IN_RUINS) == []


def test_blame_that_lies_with_someone_blames_them():
    assert [(code, speakers) for code, speakers, _ in _acts(_BLAME_LAY)] == [("112", ["senator"])]


def test_the_ones_said_to_be_to_blame_are_blamed_whatever_for():
    # ("responsible for the delay" names no harm and blames no one: test_speech.py)
    assert [(code, speakers) for code, speakers, _ in _acts(_TO_BLAME)] == [("112", ["minister"])]


def test_the_one_behind_a_wave_of_harms_is_blamed():
    assert _acts(_WAVE) == [("112", ["minister"], ["cartels"])]


def test_a_speaker_named_by_according_to_judges_in_a_whole_article():
    assert _acts(_ACCORDING) == [("111", ["union"], ["ministry"])]
    assert _in_articles_only(_ACCORDING) == [True]


def test_a_claims_target_is_kept_over_an_accusation_verb_with_none(coder):
    doc = make_doc(_ALLEGED)
    events = coder.code(context_for(doc, [mention(doc, 0, 2, "the opposition", "USA", "group"),
                                          mention(doc, 4, 6, "the party", "USA", "group")]))
    accusations = [(e.source[0].name, [t.name for t in e.target]) for e in events if e.event.plover == "ACCUSE"]
    assert accusations == [("the opposition", ["the party"])]


def test_the_cases_are_well_formed():
    assert len(_ACCUSATIONS) >= 80 and len(_NEAR_MISSES) >= 40
    assert all(len(case) == 3 for case in _ACCUSATIONS)
    assert all(source is None or source.lower() in text.lower() for text, source, _ in _ACCUSATIONS)
    assert all(target.lower() in text.lower() for text, _, target in _ACCUSATIONS)


def _accusations(coder, text: str) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.source], [a.text for a in e.target])
            for e in coder.code_text(text).events if e.event.plover == "ACCUSE"]


def _found(coder, text: str, source: str | None, target: str) -> bool:
    return any((not sources if source is None else any(source in s for s in sources)) and any(target in t for t in targets)
               for sources, targets in _accusations(coder, text))


@pytest.mark.slow
def test_claims_and_blame_are_coded_at_the_rate_reached(article):
    missed = [case[0] for case in _ACCUSATIONS if not _found(article, *case)]
    assert 1 - len(missed) / len(_ACCUSATIONS) >= _RATE, missed


@pytest.mark.slow
def test_near_misses_stay_uncoded(article):
    coded = [text for text in _NEAR_MISSES if _accusations(article, text)]
    assert len(coded) <= _NEAR_MISSES_CODED, coded
