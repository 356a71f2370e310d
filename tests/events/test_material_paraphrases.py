"""The material-act paraphrase set (material_cases.yaml): invented news sentences for each material PLOVER type,
said in many ways (verbs, phrasal verbs, passives, nouns), and near misses that are no political act. Each
sentence is coded alone through the whole pipeline; the coder must find the expected type (and, for the dyad
rate, the expected source and target countries) at least as often as it did when the set was written."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_family_floors, assert_no_event_floor

CASES: dict[str, list[dict]] = yaml.safe_load((Path(__file__).parent / "material_cases.yaml").read_text(encoding="utf-8"))

# The PLOVER types a set accepts (RETREAT_CONCEDE: either way of yielding).
ACCEPTED = {"RETREAT_CONCEDE": {"RETREAT", "CONCEDE"}}

# Shares reached when the set was written (session 10): type found, and type with both countries right.
FLOORS = {
    "AID": (0.75, 0.65),
    "SANCTION": (0.75, 0.60),
    "COERCE": (0.90, 0.80),
    "ASSAULT": (0.95, 0.80),
    "RETREAT_CONCEDE": (0.85, 0.65),
    "COOPERATE": (0.50, 0.40),
    "MOBILIZE": (0.85, 0.45),
}
NO_EVENT_FLOOR = 0.90  # share of the near misses coded with no PLOVER event


def test_the_set_is_large_and_covers_every_material_type():
    assert set(CASES) == {*FLOORS, "NONE"}
    assert all(len(rows) >= 30 for rows in CASES.values())


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_material_acts_are_found_in_their_many_wordings(pipeline_coder, kind):
    assert_family_floors(pipeline_coder, CASES[kind], ACCEPTED.get(kind, {kind}), FLOORS[kind], kind)


@pytest.mark.slow
def test_near_misses_stay_no_political_act(pipeline_coder):
    assert_no_event_floor(pipeline_coder, CASES["NONE"], NO_EVENT_FLOOR)


def _coded(coder, text):
    return [(e.event.plover, e.event.cameo, [a.text for a in e.source]) for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "source"), [
    # the answer given is the act, done by who answers (triggers.yaml `response_verbs`), not an attack
    ("Ruritania retaliated with tariffs on Freedonian cheese.", "SANCTION", "Ruritania"),
    ("The ministry responded with a ban on foreign observers.", "COERCE", "The ministry"),
    ("Moscow responded with sanctions against Polish officials.", "SANCTION", "Moscow"),
])
def test_an_answer_with_an_act_is_that_act(pipeline_coder, text, plover, source):
    coded = _coded(pipeline_coder, text)
    assert (plover, source) in [(p, s[0] if s else None) for p, _, s in coded]
    assert "ASSAULT" not in [p for p, _, _ in coded]


@pytest.mark.slow
def test_a_retaliation_with_no_act_named_stays_an_attack(pipeline_coder):
    assert "ASSAULT" in [p for p, _, _ in _coded(pipeline_coder, "Israel retaliated against Hamas on Sunday.")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), [
    # goods sent by a state to another are aid; weapons, military aid (072)
    ("Chile shipped tents and water pumps to Peru.", "070"),
    ("Chile shipped rifles and ammunition to Peru.", "072"),
    ("Chile handed Peru two field hospitals.", "070"),
])
def test_goods_sent_to_a_state_are_aid(pipeline_coder, text, cameo):
    assert ("AID", cameo) in [(p, c) for p, c, _ in _coded(pipeline_coder, text)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The ministry sent a short letter to the European Commission.",  # words sent are no aid
    "The king transferred power to his son.",  # nor power handed on
    "The retailer shipped parcels to customers in Chile.",  # nor goods a firm sends to buyers
])
def test_sendings_that_are_no_aid(pipeline_coder, text):
    assert "AID" not in [p for p, _, _ in _coded(pipeline_coder, text)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), [
    # things made or forces trained together (triggers.yaml 061/062 with "jointly", "together")
    ("Chile and Peru trained together in the Atacama desert.", "062"),
    ("Chile and Peru jointly built a bridge over the river.", "061"),
    # people handed to another state's justice are cooperation, not aid
    ("Chile handed over three suspected smugglers to Peru.", "063"),
    # a carrier group sent is a deployment
    ("Chile dispatched a naval task force to the south.", "154"),
])
def test_joint_acts_handovers_and_deployments(pipeline_coder, text, cameo):
    assert cameo in [c for _, c, _ in _coded(pipeline_coder, text)]
