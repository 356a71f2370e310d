"""The recall paraphrase set (recall_cases.yaml): invented news sentences for material and consultative acts said
with words the trigger data lacked before session 14 (children vaccinated, a hunt for the missing joined, gear
donated or lent, money earmarked, views exchanged, an audience granted, a stopover, a bill shelved or watered down,
forces drawn down or scaled back, unrest quelled, freedoms curbed), and near misses that use the same words for no
political act. Each sentence is coded alone through the whole pipeline; the coder must find the expected type (and,
for the dyad rate, the expected source and target countries) at least as often as it did when the set was written."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_family_floors, assert_no_event_floor

CASES: dict[str, list[dict]] = yaml.safe_load((Path(__file__).parent / "recall_cases.yaml").read_text(encoding="utf-8"))

ACCEPTED = {"RETREAT_CONCEDE": {"RETREAT", "CONCEDE"}}

# Shares reached when the set was written (session 14; before its trigger words: AID 7 of 22, CONSULT 1 of 12,
# RETREAT_CONCEDE 0 of 19, COERCE 0 of 12; now 22, 12, 18, 12): type found, and type with both countries right.
FLOORS = {
    "AID": (0.95, 0.80),
    "CONSULT": (0.95, 0.80),
    "RETREAT_CONCEDE": (0.90, 0.50),
    # (session 31: two of COERCE's, "put down the uprising", "crushed the protests", are violent repression, 175, and
    # moved to ASSAULT; both had their countries right, so the same six of the ten left make 0.60, 8 of 12 before)
    "COERCE": (0.95, 0.60),
    "ASSAULT": (0.95, 0.50),
}
# Share of the near misses coded with no PLOVER event. A lone sentence is read as political, so the object patterns
# ("took part in the search", "exchanged views", "shelved plans") still code a firm's or a crowd's act there; in a
# whole article about something else only acts between two political actors are kept. (0.92 before the new words,
# 0.78 with them.)
NO_EVENT_FLOOR = 0.75


def test_the_set_is_large_and_has_near_misses():
    assert set(CASES) == {*FLOORS, "NONE"}
    assert sum(len(CASES[kind]) for kind in FLOORS) >= 60
    assert len(CASES["NONE"]) >= 30


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_acts_in_words_the_data_lacked_are_found(pipeline_coder, kind):
    assert_family_floors(pipeline_coder, CASES[kind], ACCEPTED.get(kind, {kind}), FLOORS[kind], kind)


@pytest.mark.slow
def test_near_misses_stay_no_political_act(pipeline_coder):
    assert_no_event_floor(pipeline_coder, CASES["NONE"], NO_EVENT_FLOOR)


_BOMBING_STORY = ("A blast tore through a market in Kabul on Sunday, police said. Police sealed off the area. "
                  "The president condemned the attack and promised to find those behind it.")


def _assaults(coder, text):
    article = coder.code_text(text, title="Bombings hit Kabul markets", published="2024-05-12")
    return [e for e in article.events if e.event.plover == "ASSAULT"]


@pytest.mark.slow
def test_a_bombing_with_no_target_named_hits_civilians_in_an_article(pipeline_coder):
    # triggers.yaml implied_targets CVL: the people where it went off, the country from the context (a bombing
    # aimed at a place named, "bombings at two markets", keeps that target)
    hits = _assaults(pipeline_coder, _BOMBING_STORY)
    assert any(not e.source and any(t.code == "AFGCVL" for t in e.target) for e in hits), hits


@pytest.mark.slow
def test_a_bomb_named_as_a_weapon_hits_no_one(pipeline_coder):
    text = ("North Korea tested a hydrogen bomb on Sunday. Seoul condemned the test. "
            "Tokyo called for new sanctions against Pyongyang.")
    assert not any(any("CVL" in (t.code or "") for t in e.target) for e in _assaults(pipeline_coder, text))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # forces deployed to evacuate, to bring goods or to rebuild help (triggers.yaml refinements, a linked purpose)
    ("India mobilized military planes to evacuate its citizens from Sudan.", "AID"),
    ("Chile deployed two transport planes to deliver food to Peru.", "AID"),
    ("Spain deployed army engineers to Morocco to rebuild villages after the earthquake.", "AID"),
    # ... troops sent to guard, to deter or to help another fight are a deployment
    ("Russia deployed troops to Belarus to help guard the border.", "MOBILIZE"),
    ("Iran deployed troops to Syria to help its ally fight the rebels.", "MOBILIZE"),
    ("Turkey deployed warships near Cyprus to assert its claims.", "MOBILIZE"),
])
def test_a_deployment_to_evacuate_or_rebuild_is_aid(pipeline_coder, text, plover):
    assert plover in [e.event.plover for e in pipeline_coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # troops sent as peacekeepers, or to join a peacekeeping force, protect (074, triggers.yaml refinements) ...
    ("Kenya deployed troops to Somalia as peacekeepers.", "AID"),
    ("Italy sent troops to Lebanon as part of the peacekeeping force.", "AID"),
    # ... but a peacekeeping mission that sends its own patrols or units moves its forces (the word names the doer,
    # `not_subject`), as any army does
    ("The UN peacekeeping mission in Congo sent extra patrols to the border town.", "MOBILIZE"),
    ("The peacekeeping force sent extra patrols to the bridge and flew in a reserve battalion.", "MOBILIZE"),
])
def test_peacekeepers_sent_protect_but_a_peacekeeping_force_moving_its_units_deploys(pipeline_coder, text, plover):
    assert {e.event.plover for e in pipeline_coder.code_text(text).events} == {plover}
