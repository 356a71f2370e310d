"""Session 33 (speech33): an answer a speaker says its side will give, told as hard ("would respond in kind", 'would
respond "in a tough manner"', "would take retaliatory measures"), is THREATEN (CAMEO 130), asserted, by the one who
will answer, aimed at whom it answers: "to"/"against" X, else whom the speaker's side aims another act of the
sentence at, else the doer of the last act of another side just before. An answer with no hard manner ("would
respond to the note next week"), done ("had responded firmly"), denied, or to no one ("respond firmly to the floods")
is no threat. Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow

EXPULSION = "Poland expelled two Belarusian diplomats on Tuesday after a spy was arrested near an air base. "


def _threats(coder, text):
    return [(e.event.cameo, e.modality, [a.country for a in e.source], [a.country for a in e.target])
            for e in coder.code_text(text).events if e.event.plover == "THREATEN" and e.sentence_index >= 1]


@pytest.mark.parametrize("text", [
    EXPULSION + "Minsk said it would respond in kind.",
    EXPULSION + '"We will respond in a tough and proportionate manner," the Belarusian foreign minister said.',
    EXPULSION + "The Belarusian foreign minister said Minsk would respond firmly to any provocation by Warsaw.",
    EXPULSION + "Minsk said it would take retaliatory measures.",
])
def test_a_hard_answer_foretold_warns_whom_it_answers(article, text):
    assert [(cameo, modality, "BLR" in source, "POL" in target) for cameo, modality, source, target
            in _threats(article, text)] == [("130", "asserted", True, True)]


def test_an_answer_aims_where_the_speakers_other_act_does(article):
    text = ("The Belarusian foreign minister, Maksim Ryzhenkov, called the Polish decision \"a provocation\" and said "
            "Minsk would respond accordingly.")
    threats = _threats(article, "Warsaw closed its last border crossing with Belarus on Monday. " + text)
    assert len(threats) == 1 and "POL" in threats[0][3]


@pytest.mark.parametrize("text", [
    EXPULSION + "The Belarusian foreign minister said Minsk would respond to the Polish note next week.",
    EXPULSION + "The Belarusian foreign minister said Minsk had responded firmly.",
    EXPULSION + "The Belarusian foreign minister said the army would respond forcefully to the floods.",
    EXPULSION + "The Belarusian health minister said hospitals would respond swiftly to the outbreak.",
    EXPULSION + "The Belarusian foreign minister said Minsk would take measures to protect its citizens.",
])
def test_an_answer_with_no_hard_manner_or_no_one_answered_is_no_threat(article, text):
    assert _threats(article, text) == []
