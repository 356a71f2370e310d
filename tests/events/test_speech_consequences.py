"""Session 33 (speech33): harm a speaker says will come, with no verb of threat ("said there would be consequences
for Minsk", "said Moscow would face consequences", '"They will pay a heavy price"'), is THREATEN (CAMEO 130),
asserted, by the speaker, aimed at whoever will face it: the subject of the verb of facing, to whom it is "for", or
the subject of the clause the consequences are told in ("X should be in no doubt that there will be ..."). Said of no
one named ('"There will be consequences," he said'), told plainly ("the ban had consequences"), denied, or as a cost
("will pay a higher price for gas") it is no threat.
Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow

EXPULSION = "Poland expelled two Belarusian diplomats on Tuesday after a spy was arrested near an air base. "


def _threats(coder, text):
    return [(e.event.cameo, e.modality, [a.country for a in e.source], [a.country for a in e.target])
            for e in coder.code_text(text).events if e.event.plover == "THREATEN"]


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
