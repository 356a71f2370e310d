"""The nominal and phrasal paraphrase set (nominal_cases.yaml): invented news sentences that say an act with a noun
carried by a light verb, an idiom, an adjective of a stance or a verb the trigger data lacked, and near misses that
use the same words for no political act. Each sentence is coded alone through the whole pipeline; the coder must
find the expected type (and, for the dyad rate, the expected source and target countries) at least as often as
it did when the set was written (session 13)."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_family_floors, assert_no_event_floor

CASES: dict[str, list[dict]] = yaml.safe_load((Path(__file__).parent / "nominal_cases.yaml").read_text(encoding="utf-8"))

# Shares reached when the set was written: type found, and type with both countries right (before session 13:
# AID 11, COERCE 11, ACCUSE 14, SUPPORT 5, THREATEN 5, COOPERATE 6, MOBILIZE 6, ASSAULT 6, SANCTION 3: 67 of 124;
# now 112 of 124).
FLOORS = {
    "AID": (0.85, 0.55),
    "COERCE": (0.90, 0.70),
    "ACCUSE": (0.95, 0.80),
    "SUPPORT": (0.90, 0.90),
    "THREATEN": (0.80, 0.60),
    "COOPERATE": (0.80, 0.80),
    "MOBILIZE": (0.90, 0.80),
    "ASSAULT": (0.85, 0.85),
    "SANCTION": (0.80, 0.65),
}
NO_EVENT_FLOOR = 0.75  # share of the near misses coded with no PLOVER event (a lone sentence keeps private acts)


def test_the_set_is_large_and_has_near_misses():
    assert set(CASES) == {*FLOORS, "NONE"}
    assert sum(len(CASES[kind]) for kind in FLOORS) >= 100
    assert len(CASES["NONE"]) >= 40


def _coded(coder, text):
    return [(e.event.plover, e.event.cameo) for e in coder.code_text(text).events]


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_acts_said_with_nouns_and_idioms_are_found(pipeline_coder, kind):
    assert_family_floors(pipeline_coder, CASES[kind], {kind}, FLOORS[kind], kind)


@pytest.mark.slow
def test_near_misses_stay_no_political_act(pipeline_coder):
    assert_no_event_floor(pipeline_coder, CASES["NONE"], NO_EVENT_FLOOR)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), [
    # money lent on call and goods handed out are aid (triggers.yaml 070)
    ("Chile extended a credit line of 100 million dollars to Peru.", "070"),
    ("Chile provided Peru with 100 million dollars.", "070"),
    ("Chile distributed tents and blankets to families in Peru.", "070"),
    ("Chile approved the sale of tanks to Peru.", "072"),
    # jail, questioning and silencing (173, 1721)
    ("Chilean police put the Peruvian consul behind bars.", "173"),
    ("Chilean police took the Peruvian consul in for questioning.", "173"),
    ("The Chilean junta imposed a media blackout on the south.", "1721"),
    ("The Chilean government muzzled the opposition press.", "1721"),
    # a count of acts is those acts ("made dozens of arrests", partitive_nouns)
    ("Chilean police made dozens of arrests in the capital.", "173"),
    ("The Peruvian minister faced a barrage of criticism from Chile.", "111"),
    # blame, criticism and lawsuits said with a noun or a phrase (111, 112, 115)
    ("Chile cast the blame for the spill on Peru.", "112"),
    ("Chile took aim at Peru over the fishing quotas.", "111"),
    ("Chilean senators grilled the Peruvian ambassador about the spill.", "111"),
    ("Chile took Peru to court over the border.", "115"),
    # criticism in plain words (111, 112, 114, 110)
    ("The Chilean president ripped into Peru over the fishing quotas.", "111"),
    ("Chile's minister impugned the motives of the Peruvian government.", "111"),
    ("Chile scapegoated Peru for the smuggling.", "112"),
    ("The Chilean senator called into question Peru's commitment to the treaty.", "110"),
    # backing said as a stance or an idiom (051, 052)
    ("Chile came out in favour of Peru's candidacy.", "051"),
    ("Chile was supportive of Peru's bid.", "051"),
    ("Chile rallied to Peru's side in the dispute.", "051"),
    ("Chile spoke up for Peru at the summit.", "052"),
    ("Chilean lawmakers cheered Peru's decision to reopen the border.", "051"),
    # menace (130)
    ("Chile put Peru on notice over the fishing fleet.", "130"),
    ("Chile rattled its sabres at Peru.", "130"),
    # acting together (060, 061, 062)
    ("Chile and Peru have combined their forces against the smugglers.", "060"),
    ("Chile and Peru pooled their resources to fight the fires.", "060"),
    ("Chilean and Peruvian soldiers fought side by side against the rebels.", "062"),
    # forces moved (154), fire rained (190), lists and transit (163)
    ("Chile redeployed two brigades to the border with Peru.", "154"),
    ("Chile poured troops into the border region with Peru.", "154"),
    ("Chilean jets rained bombs on rebel camps in Peru.", "190"),
    ("Chile placed five Peruvian firms on its entity list.", "163"),
])
def test_a_noun_or_idiom_says_the_act(pipeline_coder, text, cameo):
    assert cameo in [c for _, c in _coded(pipeline_coder, text)], _coded(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the sense rules of the new bare words ask for a political actor (senses.yaml)
    "The chef grilled the fish over an open fire.",
    "The dog was muzzled before the walk.",
    "The late goal silenced the home crowd.",
    "The airline redeployed its cabin crews to busier routes.",
    "The parents were supportive of the new school uniform.",
    "The burglar knocked down the back door of the house.",
    "The tornado ripped through the small town at dawn.",
    "Fans cheered the team after the final whistle.",
    # a barrage of what is no weapon is no shelling
    "The striker launched a barrage of shots on goal.",
])
def test_the_same_words_in_no_political_sense(pipeline_coder, text):
    assert not [p for p, _ in _coded(pipeline_coder, text) if p], _coded(pipeline_coder, text)
