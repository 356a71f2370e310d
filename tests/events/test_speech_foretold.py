"""Session 33 (speech33): harm or a hard answer foretold with no verb of threat.

Harm a speaker says will come, with no verb of threat ("said there would be consequences
for Minsk", "said Moscow would face consequences", '"They will pay a heavy price"'), is THREATEN (CAMEO 130),
asserted, by the speaker, aimed at whoever will face it: the subject of the verb of facing, to whom it is "for", or
the subject of the clause the consequences are told in ("X should be in no doubt that there will be ..."). Said of no
one named ('"There will be consequences," he said'), told plainly ("the ban had consequences"), denied, or as a cost
("will pay a higher price for gas") it is no threat.

An answer a speaker says its side will give, told as hard ("would respond in kind", 'would
respond "in a tough manner"', "would take retaliatory measures"), is THREATEN (CAMEO 130), asserted, by the one who
will answer, aimed at whom it answers: "to"/"against" X, else whom the speaker's side aims another act of the
sentence at, else the doer of the last act of another side just before. An answer with no hard manner ("would
respond to the note next week"), done ("had responded firmly"), denied, or to no one ("respond firmly to the floods")
is no threat. Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow

EXPULSION = "Poland expelled two Belarusian diplomats on Tuesday after a spy was arrested near an air base. "


def _threats(coder, text):
    """The THREATEN events after the lead sentence (the expulsion), each as (CAMEO, modality, source countries,
    target countries)."""
    return [(e.event.cameo, e.modality, [a.country for a in e.source], [a.country for a in e.target])
            for e in coder.code_text(text).events if e.event.plover == "THREATEN" and e.sentence_index >= 1]


@pytest.mark.parametrize(("text", "target"), [
    (EXPULSION + '"Minsk should be under no illusion that there will be consequences," the Polish foreign minister '
     "said.", "BLR"),
    (EXPULSION + "The Polish foreign minister said Belarus would face serious consequences.", "BLR"),
    (EXPULSION + '"Minsk will pay a heavy price for this," the Polish foreign minister told reporters.', "BLR"),
    (EXPULSION + "The Polish foreign minister said there would be repercussions for Belarus.", "BLR"),
])
def test_harm_foretold_is_a_threat_to_whoever_faces_it(article, text, target):
    threats = _threats(article, text)
    assert [(cameo, modality, target in found) for cameo, modality, _, found in threats] == [("130", "asserted", True)]
    assert threats[0][2] == ["POL"]


def test_a_warning_verb_and_its_consequences_are_one_threat(article):
    threats = _threats(article, EXPULSION + "The Polish foreign minister warned that there would be consequences for "
                                            "Belarus.")
    assert len(threats) == 1 and "BLR" in threats[0][3]


@pytest.mark.parametrize("text", [
    EXPULSION + "The Polish foreign minister said the expulsions had consequences for trade with Belarus.",
    EXPULSION + "The Polish foreign minister said Belarus would not face consequences.",
    EXPULSION + "Polish farmers will pay a higher price for fertiliser from Belarus, the Polish farm minister said.",
    EXPULSION + "Analysts expect there will be consequences for the region.",
    EXPULSION + '"There will be consequences," the Polish foreign minister said.',
])
def test_harm_told_plainly_denied_or_as_a_cost_is_no_threat(article, text):
    assert _threats(article, text) == []


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
