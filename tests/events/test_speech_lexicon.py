"""Words of judgement from the valence lexicon (events/valence.py, speech.yaml `lexicon_*`): a strongly negative word
the hand lists miss is criticism where their words are (said of an actor, in a naming, as how an actor acted), never
a word of harm, happening or feeling, a verb, a word said of a situation ("it"), or one in a question. Hand-built
parses of invented sentences; the slow tests measure the invented set judgement_lexicon_cases.yaml."""

from pathlib import Path

import pytest
import yaml
from handparse import code, make_doc, mention

from eventscope.events.speech import load_speech_cues
from eventscope.events.valence import judging_words, valence_lexicon

_CASES = yaml.safe_load((Path(__file__).parent / "judgement_lexicon_cases.yaml").read_text(encoding="utf-8"))
# share of the criticisms coded as an ACCUSE of the expected target by the expected source (main before the lexicon:
# 6 of 56; measured 2026-12-03: 41 of 56), how many praises are coded as SUPPORT of the target (praise from the
# lexicon is off, speech.yaml: the hand lists' 2 of 34; 30 with it), and how many near misses may be coded ACCUSE
# or SUPPORT (1 of 44, as on main: harm told with a hand-list word, "the war had been terrible")
_ACCUSE_FOUND = 41
_SUPPORT_FOUND = 2
_NEAR_MISSES_CODED = 1


def _smith_said_was(word: str, lemma: str, subject: tuple[str, str, str, str]) -> list:
    # "Smith said the <subject> was <word>."
    return [("Smith", "Smith", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), (*subject, "nsubj", 4),
            ("was", "be", "AUX", "VBD", "ccomp", 1), (word, lemma, "ADJ", "JJ", "acomp", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]


def _accusations(coder, rows, mentions=((0, 1, "John Smith"), (2, 4, "governor"))):
    doc = make_doc(rows)
    events = code(coder, doc, [mention(doc, s, e, name, "USA", "person") for s, e, name in mentions])
    return [(e.source[0].name, e.target[0].name if e.target else None) for e in events if e.event.plover == "ACCUSE"]


def test_the_lexicon_is_read_from_the_installed_wheel():
    ratings = valence_lexicon()
    assert len(ratings) > 7000 and ratings["heartless"] < -2 and ratings["magnificent"] > 2
    assert all(word.replace("-", "").replace("'", "").isalpha() for word in ratings)


def test_the_lexicon_adds_words_the_hand_lists_miss_without_the_excluded():
    cues = load_speech_cues()
    assert {"heartless", "horrendous", "ungrateful"} <= cues.lexicon_criticism
    assert not {"dead", "tragedy", "sad", "war"} & cues.lexicon_criticism  # speech.yaml lexicon_exclusions
    assert not {"fail", "disgrace", "corrupt"} & cues.lexicon_criticism  # the hand lists say those
    assert cues.lexicon_praise == frozenset()  # praise from the lexicon is off (speech.yaml)


def test_judging_words_by_threshold():
    excluded, known = frozenset({"horrendous"}), frozenset({"heartless"})
    criticism, praise = judging_words(2.0, 2.0, excluded, known)
    assert "ungrateful" in criticism and not {"horrendous", "heartless"} & criticism and "magnificent" in praise
    assert judging_words(None, None, excluded, known) == (frozenset(), frozenset())


def test_a_lexicon_word_said_of_an_actor_is_criticism(coder):
    rows = _smith_said_was("heartless", "heartless", ("governor", "governor", "NOUN", "NN"))
    assert _accusations(coder, rows) == [("John Smith", "governor")]


def test_an_excluded_word_judges_no_one(coder):
    # "Smith said the governor was sad": a feeling, no verdict
    rows = _smith_said_was("sad", "sad", ("governor", "governor", "NOUN", "NN"))
    assert _accusations(coder, rows) == []


def test_a_lexicon_word_said_of_a_situation_judges_no_one_else_in_the_clause(coder):
    # "Smith said it was horrendous for the governor."
    rows = [("Smith", "Smith", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("it", "it", "PRON", "PRP", "nsubj", 3), ("was", "be", "AUX", "VBD", "ccomp", 1),
            ("horrendous", "horrendous", "ADJ", "JJ", "acomp", 3), ("for", "for", "ADP", "IN", "prep", 4),
            ("the", "the", "DET", "DT", "det", 7), ("governor", "governor", "NOUN", "NN", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert _accusations(coder, rows, ((0, 1, "John Smith"), (6, 8, "governor"))) == []


def test_a_lexicon_adverb_of_how_an_actor_acted_is_criticism(coder):
    # "Smith said the governor acted heartlessly."
    rows = [("Smith", "Smith", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("governor", "governor", "NOUN", "NN", "nsubj", 4),
            ("acted", "act", "VERB", "VBD", "ccomp", 1), ("heartlessly", "heartlessly", "ADV", "RB", "advmod", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert "heartlessly" in load_speech_cues().lexicon_criticism
    assert _accusations(coder, rows) == [("John Smith", "governor")]


def test_a_lexicon_word_in_an_indirect_question_judges_no_one(coder):
    # "Smith asked why the governor was heartless."
    rows = [("Smith", "Smith", "PROPN", "NNP", "nsubj", 1), ("asked", "ask", "VERB", "VBD", "ROOT", 1),
            ("why", "why", "SCONJ", "WRB", "advmod", 5), ("the", "the", "DET", "DT", "det", 4),
            ("governor", "governor", "NOUN", "NN", "nsubj", 5), ("was", "be", "AUX", "VBD", "ccomp", 1),
            ("heartless", "heartless", "ADJ", "JJ", "acomp", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    assert _accusations(coder, rows, ((0, 1, "John Smith"), (3, 5, "governor"))) == []


def test_a_lexicon_word_on_a_noun_that_only_describes_judges_no_one(coder):
    # "Smith said the nasty governor resigned."
    rows = [("Smith", "Smith", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 4), ("nasty", "nasty", "ADJ", "JJ", "amod", 4),
            ("governor", "governor", "NOUN", "NN", "nsubj", 5), ("resigned", "resign", "VERB", "VBD", "ccomp", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert _accusations(coder, rows, ((0, 1, "John Smith"), (2, 5, "governor"))) == []


def test_the_cases_are_well_formed():
    assert len(_CASES["ACCUSE"]) + len(_CASES["SUPPORT"]) >= 80 and len(_CASES["none"]) >= 40
    rows = _CASES["ACCUSE"] + _CASES["SUPPORT"]
    assert all(len(row) == 3 and row[0].lower() in row[2].lower() and row[1].lower() in row[2].lower() for row in rows)
    assert len({row[2] for row in rows} | set(_CASES["none"])) == len(rows) + len(_CASES["none"])


def _names(actors, word: str) -> bool:
    return word.lower() in " ".join(a.text for a in actors).lower()


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "least"), [("ACCUSE", _ACCUSE_FOUND), ("SUPPORT", _SUPPORT_FOUND)])
def test_judgements_in_lexicon_words_are_coded_at_the_rate_reached(article, kind, least):
    found = sum(any(e.event.plover == kind and _names(e.source, source) and _names(e.target, target)
                    for e in article.code_text(text).events) for source, target, text in _CASES[kind])
    assert found >= least, found


@pytest.mark.slow
def test_lexicon_near_misses_stay_uncoded(article):
    coded = [text for text in _CASES["none"]
             if any(e.event.plover in ("ACCUSE", "SUPPORT") for e in article.code_text(text).events)]
    assert len(coded) <= _NEAR_MISSES_CODED, coded


def _paying_for_doc(noun: str, lemma: str) -> list:
    # '"Patients will pay for the union's <noun>," the minister said.'
    return [('"', '"', "PUNCT", "``", "punct", 3), ("Patients", "patient", "NOUN", "NNS", "nsubj", 3),
            ("will", "will", "AUX", "MD", "aux", 3), ("pay", "pay", "VERB", "VB", "ccomp", 13),
            ("for", "for", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
            ("union", "union", "NOUN", "NN", "poss", 8), ("'s", "'s", "PART", "POS", "case", 6),
            (noun, lemma, "NOUN", "NN", "pobj", 4), (",", ",", "PUNCT", ",", "punct", 13),
            ('"', '"', "PUNCT", "''", "punct", 13), ("the", "the", "DET", "DT", "det", 12),
            ("minister", "minister", "NOUN", "NN", "nsubj", 13), ("said", "say", "VERB", "VBD", "ROOT", 13),
            (".", ".", "PUNCT", ".", "punct", 13)]


@pytest.mark.parametrize(("noun", "lemma"), [("intransigence", "intransigence"), ("obstinacy", "obstinacy"),
                                             ("incompetence", "incompetence")])
def test_a_failing_said_of_whose_it_is_judges_its_owner_not_the_clause_subject(coder, noun, lemma):
    # (session 22) refusing to give way is criticism ("intransigence"); the union whose failing it is, not the
    # patients who pay for it, is the one judged
    doc = make_doc(_paying_for_doc(noun, lemma))
    found = code(coder, doc, [mention(doc, 1, 2, "patients", "GBR", "group"), mention(doc, 5, 7, "union", "GBR", "group"),
                              mention(doc, 11, 13, "minister", "GBR", "person")])
    assert [(e.source[0].name, e.target[0].name) for e in found if e.event.plover == "ACCUSE"] == [("minister", "union")]


def test_what_a_seizure_is_called_by_those_who_lose_by_it_is_criticism():
    cues = load_speech_cues()
    assert {"theft", "extortion", "blackmail", "grab"} <= cues.insult_words
    assert {"intransigence", "obstinate"} <= cues.criticism_words
