"""Session 30 (speech30): giving way disowned ("has no intention of backing down") is a refusal. A wrong a speaker
says will not be let pass ('"This aggression will not go unanswered," the spokesman said') warns whoever did it
(THREATEN, CAMEO 130, aimed at the doer of the act told before); said plainly ("the attack went unanswered") it warns
no one. And a lone common noun quoted as what a naming verb calls someone ('called the senators "quitters"') judges
them by its tone, as a quoted label with a determiner does; a quoted name ('called the plan "Phoenix"') judges no
one. Sentences invented for the tests, coded through the whole pipeline as one article."""

import pytest

pytestmark = pytest.mark.slow

ATTACK = "Ethiopian troops attacked a Sudanese army post near the border on Tuesday, killing four soldiers. "


def _events(coder, text, plover):
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None)
            for e in coder.code_text(text).events if e.event.plover == plover]


@pytest.mark.parametrize("text", [
    ATTACK + '"This aggression will not go unanswered," a Sudanese army spokesman said.',
    ATTACK + '"Such attacks will never go unpunished," the Sudanese defence minister told reporters.',
])
def test_a_wrong_that_will_not_go_unanswered_warns_its_doer(article, text):
    assert ("SDN", "ETH") in _events(article, text, "THREATEN")


@pytest.mark.parametrize("text", [
    ATTACK + "Sudanese officials said the attack went unanswered for hours.",
    ATTACK + '"The attack did not go unnoticed," a Sudanese army spokesman said.',
])
def test_a_wrong_told_as_unanswered_warns_no_one(article, text):
    assert _events(article, text, "THREATEN") == []


@pytest.mark.parametrize(("text", "plover"), [
    ('Seven Republican senators voted against the bill. The governor called the senators "quitters".', "ACCUSE"),
    ('Thousands of protesters marched in Lima. The mayor called the protesters "heroes".', "SUPPORT"),
    # (the one named parsed inside the label)
    ('Seven Republican senators voted against the bill. The president called the seven Republicans "quitters".',
     "ACCUSE"),
])
def test_a_lone_quoted_noun_a_naming_verb_gives_judges_the_one_named(article, text, plover):
    assert _events(article, text, plover)


def test_a_quoted_name_judges_no_one(article):
    text = 'The Peruvian government unveiled a housing plan. Opposition leader Ana Ruiz called the plan "Phoenix".'
    assert _events(article, text, "ACCUSE") == [] and _events(article, text, "SUPPORT") == []


@pytest.mark.parametrize("text", [
    "Opposition parties demanded that Prime Minister Jan Kolar resign. Kolar has no intention of resigning, his "
    "spokesman said.",
    "Teachers marched in Prague for higher pay, but the education minister said she had no intention of backing down.",
])
def test_giving_way_disowned_is_a_refusal(article, text):
    # (session 30) "has no intention of" one of speech.yaml yielding_acts
    assert _events(article, text, "REJECT")


def test_an_intention_disowned_of_no_giving_way_refuses_nothing(article):
    text = "The Czech governor met her party's leaders on Monday. She has no intention of running again, her aides said."
    assert _events(article, text, "REJECT") == []
