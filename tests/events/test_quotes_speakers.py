"""Speakers of a verb of saying with no subject of its own (events/attribution.py): "the union rejected the offer,
saying ..." and "Egypt condemned the raid and said ..." are said by the subject of the verb the verb of saying
hangs on, "the minister was quoted as saying ..." by the one quoted; a statement "saying ..." names no speaker. A
quote a colon opens in a sentence with no verb of saying ('The minister had a message: "..."') is said by the
subject of the clause before the colon, but "it" or "there". Sentences invented for the tests, parsed by hand (the rows the
model gives them), and the rates on the invented short articles of tone_cases.yaml."""

from pathlib import Path

import pytest
import yaml
from eventpicks import judged
from handparse import make_doc
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventscope.events.attribution import find_attributions, quote_speakers

_CASES = yaml.safe_load((Path(__file__).parent / "tone_cases.yaml").read_text(encoding="utf-8"))
_JUDGEMENTS = [tuple(case) for case in _CASES["judgements"]]
_NEAR_MISSES = list(_CASES["near_misses"])
# share of the judgements coded with the expected type, source and target country (14 of 65 before the speakers of
# a verb of saying with no subject, 44 with them, 47 with the subject of the clause before a colon that opens a
# quote: the rest are acts no word of judgement names, "had sheltered the rebels"),
# and how many near misses are coded ACCUSE or SUPPORT (3 of 36 before, 4 with them: "saying her government had
# failed", the speaker's own government)
_RATE = 0.72
_NEAR_MISSES_CODED = 4

# The union rejected the offer, saying the ministry had betrayed the workers.
_SAYING = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('union', 'union', 'NOUN', 'NN', 'nsubj', 2),
    ('rejected', 'reject', 'VERB', 'VBD', 'ROOT', 2), ('the', 'the', 'DET', 'DT', 'det', 4),
    ('offer', 'offer', 'NOUN', 'NN', 'dobj', 2), (',', ',', 'PUNCT', ',', 'punct', 2),
    ('saying', 'say', 'VERB', 'VBG', 'advcl', 2), ('the', 'the', 'DET', 'DT', 'det', 8),
    ('ministry', 'ministry', 'NOUN', 'NN', 'nsubj', 10), ('had', 'have', 'AUX', 'VBD', 'aux', 10),
    ('betrayed', 'betray', 'VERB', 'VBN', 'ccomp', 6), ('the', 'the', 'DET', 'DT', 'det', 12),
    ('workers', 'worker', 'NOUN', 'NNS', 'dobj', 10), ('.', '.', 'PUNCT', '.', 'punct', 2),
]
# Egypt condemned the raid and said Israel must respect the truce.
_AND_SAID = [
    ('Egypt', 'Egypt', 'PROPN', 'NNP', 'nsubj', 1), ('condemned', 'condemn', 'VERB', 'VBD', 'ROOT', 1),
    ('the', 'the', 'DET', 'DT', 'det', 3), ('raid', 'raid', 'NOUN', 'NN', 'dobj', 1),
    ('and', 'and', 'CCONJ', 'CC', 'cc', 1), ('said', 'say', 'VERB', 'VBD', 'conj', 1),
    ('Israel', 'Israel', 'PROPN', 'NNP', 'nsubj', 8), ('must', 'must', 'AUX', 'MD', 'aux', 8),
    ('respect', 'respect', 'VERB', 'VB', 'ccomp', 5), ('the', 'the', 'DET', 'DT', 'det', 10),
    ('truce', 'truce', 'NOUN', 'NN', 'dobj', 8), ('.', '.', 'PUNCT', '.', 'punct', 1),
]
# The ministry released a statement saying the army had withdrawn.
_STATEMENT_SAYING = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('ministry', 'ministry', 'NOUN', 'NN', 'nsubj', 2),
    ('released', 'release', 'VERB', 'VBD', 'ROOT', 2), ('a', 'a', 'DET', 'DT', 'det', 4),
    ('statement', 'statement', 'NOUN', 'NN', 'dobj', 2), ('saying', 'say', 'VERB', 'VBG', 'acl', 4),
    ('the', 'the', 'DET', 'DT', 'det', 7), ('army', 'army', 'NOUN', 'NN', 'nsubj', 9),
    ('had', 'have', 'AUX', 'VBD', 'aux', 9), ('withdrawn', 'withdraw', 'VERB', 'VBN', 'ccomp', 5),
    ('.', '.', 'PUNCT', '.', 'punct', 2),
]
# The Peruvian minister was quoted as saying the Chilean navy had violated the border.
_QUOTED_AS_SAYING = [
    ('The', 'the', 'DET', 'DT', 'det', 2), ('Peruvian', 'peruvian', 'ADJ', 'JJ', 'amod', 2),
    ('minister', 'minister', 'NOUN', 'NN', 'nsubjpass', 4), ('was', 'be', 'AUX', 'VBD', 'auxpass', 4),
    ('quoted', 'quote', 'VERB', 'VBN', 'ROOT', 4), ('as', 'as', 'ADP', 'IN', 'prep', 4),
    ('saying', 'say', 'VERB', 'VBG', 'pcomp', 5), ('the', 'the', 'DET', 'DT', 'det', 9),
    ('Chilean', 'chilean', 'ADJ', 'JJ', 'amod', 9), ('navy', 'navy', 'NOUN', 'NN', 'nsubj', 11),
    ('had', 'have', 'AUX', 'VBD', 'aux', 11), ('violated', 'violate', 'VERB', 'VBN', 'ccomp', 6),
    ('the', 'the', 'DET', 'DT', 'det', 13), ('border', 'border', 'NOUN', 'NN', 'dobj', 11),
    ('.', '.', 'PUNCT', '.', 'punct', 4),
]


@pytest.mark.parametrize(("rows", "expected"), [
    (_SAYING, [(("union",), (7, 13))]),      # the complement of "saying" is the union's
    (_AND_SAID, [(("Egypt",), (6, 11))]),    # the complement of "said" is Egypt's
    (_QUOTED_AS_SAYING, [(("minister",), (7, 14))]),  # the one quoted says it
    (_STATEMENT_SAYING, []),                 # a statement saying: no verb whose subject says it
])
def test_a_verb_of_saying_with_no_subject_says_with_the_subject_of_its_head(patterns, rows, expected):
    doc = make_doc(rows)
    found = find_attributions(doc[:], patterns.attribution)
    assert [(tuple(t.text for t in a.heads), a.scope) for a in found if not a.reporting_only] == expected


def test_the_cases_are_well_formed():
    assert len(_JUDGEMENTS) >= 60 and len(_NEAR_MISSES) >= 30
    assert all(len(case) == 4 and case[1] in ("ACCUSE", "SUPPORT") for case in _JUDGEMENTS)


@pytest.mark.slow
def test_judgements_said_by_a_named_speaker_are_coded_at_the_rate_reached(article):
    missed = [case[0] for case in _JUDGEMENTS if not judged(article, *case)]
    assert 1 - len(missed) / len(_JUDGEMENTS) >= _RATE, missed


@pytest.mark.slow
def test_near_misses_stay_uncoded(article):
    coded = [text for text in _NEAR_MISSES
             if any(e.event.plover in ("ACCUSE", "SUPPORT") for e in article.code_text(text).events)]
    assert len(coded) <= _NEAR_MISSES_CODED, coded


def _doc(rows: list[tuple[str, str, str, str, str, int]], spaces: list[bool]) -> Doc:
    """One sentence, as handparse.make_doc, with the spaces given (make_doc puts none before a quote mark)."""
    return Doc(Vocab(), words=[r[0] for r in rows], spaces=spaces, lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows], deps=[r[4] for r in rows],
               heads=[r[5] for r in rows], sent_starts=[i == 0 for i in range(len(rows))])


# The minister had a message: "Chile lied."  (the quote's verb heads the sentence)
_COLON = [
    ('The', 'the', 'DET', 'DT', 'det', 1), ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 2),
    ('had', 'have', 'VERB', 'VBD', 'ccomp', 8), ('a', 'a', 'DET', 'DT', 'det', 4),
    ('message', 'message', 'NOUN', 'NN', 'dobj', 2), (':', ':', 'PUNCT', ':', 'punct', 8),
    ('"', '"', 'PUNCT', '``', 'punct', 8), ('Chile', 'Chile', 'PROPN', 'NNP', 'nsubj', 8),
    ('lied', 'lie', 'VERB', 'VBD', 'ROOT', 8), ('.', '.', 'PUNCT', '.', 'punct', 8),
    ('"', '"', 'PUNCT', "''", 'punct', 8),
]


def _speakers(doc: Doc, patterns) -> dict[int, tuple[tuple[str, ...], tuple[int, int] | None, bool]]:
    found = quote_speakers(list(doc.sents), patterns.attribution)
    return {i: (tuple(t.text for t in a.heads), a.scope, a.carried) for i, a in found.items()}


def test_a_quote_a_colon_opens_is_said_by_the_subject_before_the_colon(patterns):
    spaces = [True] * len(_COLON)
    for i in (4, 6, 8, 9, 10):
        spaces[i] = False
    doc = _doc(_COLON, spaces)
    assert doc.text == 'The minister had a message: "Chile lied."'
    assert _speakers(doc, patterns) == {0: (("minister",), (5, 11), True)}


@pytest.mark.parametrize("subject, verb", [("It", "was"), ("This", "was"), ("We", "were"), ("You", "were")])
def test_a_quote_a_colon_opens_after_it_names_no_speaker(patterns, subject, verb):
    # 'It was simple: "Chile lied."': a situation pronoun (quotes.yaml situation_pronouns), the first person
    # (coreference.yaml) and quotes.yaml's own no_speaker_subjects name no speaker
    rows = [(subject, subject.lower(), 'PRON', 'PRP', 'nsubj', 1), (verb, 'be', 'AUX', 'VBD', 'ccomp', 6),
            ('simple', 'simple', 'ADJ', 'JJ', 'acomp', 1), (':', ':', 'PUNCT', ':', 'punct', 6),
            ('"', '"', 'PUNCT', '``', 'punct', 6), ('Chile', 'Chile', 'PROPN', 'NNP', 'nsubj', 6),
            ('lied', 'lie', 'VERB', 'VBD', 'ROOT', 6), ('.', '.', 'PUNCT', '.', 'punct', 6),
            ('"', '"', 'PUNCT', "''", 'punct', 6)]
    spaces = [True, True, False, True, False, True, False, False, False]
    doc = _doc(rows, spaces)
    assert doc.text == f'{subject} {verb} simple: "Chile lied."'
    assert _speakers(doc, patterns) == {}
