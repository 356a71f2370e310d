"""Session 39 (nonpol39, tests/articles/offtopic17.jsonl): states and their agents acting on EACH OTHER in ways no
politics is done: national sides and rankings ("Brazil beat Argentina", "India beat Japan on reserves": a win between
states as such, SenseRules.contest_between_states, judged on the completed roles in pipeline.py), praise of a
contest's run and a challenge to a game (senses.yaml sense rules), a push made on a race's stretch, and two officials
who meet someone else together ("the two ministers met the players": triggers.yaml `object_meetings`, coder.py). The
sentences were written for these tests."""

from __future__ import annotations

import pytest
from fairpage import acts_after_lead

from eventscope.events.senses import load_senses
from eventscope.records import Actor


def _actor(text: str, country: str | None, sectors: list[str] | None = None, kind: str = "group") -> Actor:
    return Actor(text=text, start=0, end=len(text), name=text, country=country, sectors=sectors or [], kind=kind)


CHILE = _actor("Chile", "CHL", kind="state")
PERU = _actor("Peru", "PER", kind="state")
POLICE = _actor("riot police", "CHL", ["COP"])
STUDENTS = _actor("the students", "CHL", ["CVL"])
TROOPS = _actor("Chilean troops", "CHL", ["MIL"], kind="state")


def test_a_win_between_states_as_such_is_a_contest():
    senses = load_senses()
    assert senses.contest_between_states("beat", [CHILE], [PERU])
    assert senses.contest_between_states("overtake", [PERU], [CHILE])
    assert senses.contest_between_states("outplay", [CHILE], [PERU, _actor("Bolivia", "BOL", kind="state")])


def test_a_beating_by_agents_or_of_people_and_a_war_won_stay():
    senses = load_senses()
    assert not senses.contest_between_states("beat", [POLICE], [STUDENTS])
    assert not senses.contest_between_states("beat", [TROOPS], [PERU])
    assert not senses.contest_between_states("beat", [CHILE], [STUDENTS])
    # a war's victory is told by other verbs
    assert not senses.contest_between_states("defeat", [CHILE], [PERU])
    assert not senses.contest_between_states("crush", [CHILE], [PERU])
    # one side unnamed: nothing to judge
    assert not senses.contest_between_states("beat", [CHILE], [])


def test_praise_of_a_contests_run_is_no_support():
    senses = load_senses()
    general = _actor("the army commander", "EST", ["MIL"])
    runners = _actor("the Latvian runners", "LVA", ["MIL"])
    assert senses.sense_fails("congratulate", "051", [general], [runners], causes={"on": frozenset({"relay"})})
    assert senses.sense_fails("praise", "051", [general], [runners], causes={"for": frozenset({"performance"})})
    assert senses.sense_fails("hail", "051", [general], [runners], causes={"for": frozenset({"marathon"})})
    # an election's victory, a reform, a mediation stay
    for cause in ("victory", "reform", "mediation", "win"):
        assert senses.sense_fails("congratulate", "051", [general], [runners],
                                  causes={"on": frozenset({cause})}) is None, cause


def test_a_challenge_to_a_game_is_no_demand():
    senses = load_senses()
    mayor = _actor("the mayor", "AUT", ["GOV"])
    other = _actor("his Bavarian counterpart", "DEU", ["GOV"])
    assert senses.sense_fails("challenge", "106", [mayor], [other], causes={"to": frozenset({"tug"})})
    assert senses.sense_fails("challenge", "106", [mayor], [other], causes={"to": frozenset({"rematch"})})
    assert senses.sense_fails("dare", "106", [mayor], [other], causes={"to": frozenset({"race"})})
    assert senses.sense_fails("challenge", "106", [mayor], [other], causes={"to": frozenset({"debate"})}) is None
    assert senses.sense_fails("challenge", "106", [mayor], [other], causes={"to": frozenset({"withdraw"})}) is None


def test_a_push_on_a_races_stretch_is_no_attack():
    senses = load_senses()
    rider = _actor("the Polish corporal", "POL", ["MIL"])
    assert senses.sense_fails("attack", "190", [rider], [], causes={"on": frozenset({"climb"})})
    assert senses.sense_fails("attack", "190", [rider], [], causes={"in": frozenset({"sprint"})})
    assert senses.sense_fails("attack", "190", [rider], [POLICE], causes={"on": frozenset({"border"})}) is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "\"Japan beat Korea again tonight, and nobody can say otherwise,\" the manager said.",
    "Mexico beat Colombia on reserves for the first time.",
    "In the table of gold holdings, Poland has overtaken Turkey and India has beaten Japan.",
    "On the last descent the Slovak sergeant attacked and opened a gap of twenty seconds.",
    "The Belgian general congratulated the Dutch crews on a fast and fair relay.",
    "The mayor of Graz challenged the mayor of Maribor to a rowing race on the Mur.",
])
def test_states_at_play_code_no_act(article, text):
    assert acts_after_lead(article, text) == [], acts_after_lead(article, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kenya's sports minister and Uganda's minister for youth watched the final and met the athletes afterwards.",
    "The Kenyan and Ugandan ministers toured the athletes' village and greeted the volunteers.",
])
def test_a_pair_that_meets_others_does_not_meet_each_other(article, text):
    acts = acts_after_lead(article, text)
    assert not any(source and source[:3] in ("KEN", "UGA") and any(t and t[:3] in ("KEN", "UGA") and t[:3] != source[:3]
                                                                  for t in targets)
                   for _, source, targets in acts), acts


@pytest.mark.slow
@pytest.mark.parametrize("text, plover", [
    ("Riot police beat the students with batons outside the university.", "ASSAULT"),
    ("The foreign ministers of Kenya and Uganda met in Kampala on Monday.", "CONSULT"),
    ("The Kenyan president met Uganda's president at the border on Monday.", "CONSULT"),
    ("The minister accused Russia of doping cover-ups and expelled its diplomats.", "ACCUSE"),
    ("The president congratulated Ruto on his election victory.", "SUPPORT"),
    ("The opposition leader challenged the president to resign.", "REQUEST"),
])
def test_political_acts_in_the_same_words_stay(article, text, plover):
    acts = acts_after_lead(article, text)
    assert any(p == plover for p, _, _ in acts), acts
