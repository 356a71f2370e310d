"""Session 34 (speech34): pronouns that point back in speech acts. A pronoun a naming verb judges ("vetoed the bill;
senators called it reckless") stands for the sentence's act told before it, by another side: its doers are judged
(coder._doers_named_back), not the thing the pronoun's coreference gives. A vow not to tolerate "this" names no deed
and no one warned (speech._refusals): no THREATEN; "will not tolerate attacks on our border posts" still warns.
A vow to take power from someone ("vowed to strip the court of its power") is a threat (speech._vowed_curbs); a vow
to work with someone stays a promise. Sentences invented for the tests, coded through the whole pipeline as one
article."""

import pytest

pytestmark = pytest.mark.slow


def _acts(coder, text, plover):
    return [(e.source[0].text if e.source else None, [t.text for t in e.target])
            for e in coder.code_text(text).events if e.event.plover == plover]


@pytest.mark.parametrize("text", [
    'The governor vetoed the school budget bill on Tuesday; senate leaders called it "reckless and cynical".',
    "The governor vetoed the school budget bill on Tuesday, and senate leaders called it a disgrace.",
])
def test_a_pronoun_named_after_an_act_judges_its_doer(article, text):
    found = _acts(article, text, "ACCUSE")
    assert any(s and "leaders" in s and any("governor" in t for t in ts) for s, ts in found), found


def test_a_pronoun_named_after_praise_judges_the_praisers(article):
    found = _acts(article, "Opposition senators praised the mayor for her handling of the floods, and the governor "
                           "called it a disgrace.", "ACCUSE")
    assert any(s and "governor" in s and any("senators" in t for t in ts) for s, ts in found), found


def test_a_pronoun_named_with_no_act_before_it_takes_no_doer(article):
    # (near miss: the act comes after the pronoun, so the pronoun does not stand for it)
    found = _acts(article, "Senate leaders called it a disgrace before the governor vetoed the school budget bill.",
                  "ACCUSE")
    assert not any(s and "leaders" in s and any("governor" in t for t in ts) for s, ts in found), found


@pytest.mark.parametrize("text", [
    '"We will not tolerate this on Polish soil," Foreign Minister Jan Kowalski said after the embassy was attacked.',
    '"We will not tolerate it," the interior minister said of the arson attack in Warsaw.',
])
def test_a_vow_not_to_tolerate_this_warns_no_one(article, text):
    assert not _acts(article, text, "THREATEN")


def test_a_vow_not_to_tolerate_a_deed_still_warns(article):
    found = _acts(article, '"We will not tolerate attacks on our border posts," the defence minister told reporters.',
                  "THREATEN")
    assert found


@pytest.mark.parametrize("text", [
    "The ruling Fidesz party vowed on Tuesday to strip the constitutional court of its power to review laws.",
    "Senate Republicans pledged to defund the state election commission.",
])
def test_a_vow_to_curb_someone_is_a_threat_not_a_promise(article, text):
    assert _acts(article, text, "THREATEN")
    assert not _acts(article, text, "AGREE")


def test_a_vow_to_work_with_someone_stays_a_promise(article):
    text = "The prime minister vowed on Tuesday to work with the new mayor."
    assert _acts(article, text, "AGREE")
    assert not _acts(article, text, "THREATEN")
